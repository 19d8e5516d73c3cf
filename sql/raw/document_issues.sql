-- What the extractors noticed in ingested documents: contradictions, gaps, what could not be loaded.
-- grain: one row per issue
create table if not exists document_issues (
  batch_id integer not null,
  source_file varchar not null,
  source_line integer,
  message varchar not null
);
