-- One row per file per ingest batch: what was loaded, from which bytes, when.
-- grain: batch_id + source_file
-- source_file: the file's path relative to the workspace (absolute outside it); a record with a
--   note loaded nothing (a copy of a file already loaded, or a file that moved away).
create table if not exists batches (
  batch_id integer not null,
  source_file varchar not null,
  file_hash varchar not null,
  registers varchar,
  rows_loaded integer not null,
  rows_rejected integer not null,
  note varchar,
  loaded_at timestamp not null default current_timestamp
);
