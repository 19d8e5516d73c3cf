-- Files loaded before kenes identified a file by its path (schema version 3): their rows carry the
-- file's name only. The first file of that name ingested since takes their place, and leaves this list.
-- grain: source_file
create table if not exists legacy_files (source_file varchar not null)
