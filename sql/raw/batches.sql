-- One row per file per ingest batch: what was loaded, from which bytes, when.
-- grain: batch_id + source_file
create table if not exists batches (
  batch_id integer not null,
  source_file varchar not null,
  file_hash varchar not null,
  registers varchar,
  rows_loaded integer not null,
  rows_rejected integer not null,
  loaded_at timestamp not null default current_timestamp
);
