-- Names in documents that match no member, or several: the secretariat's review list.
-- grain: one row per name mention that was not resolved
create table if not exists name_review (
  batch_id integer not null,
  source_file varchar not null,
  source_line integer,
  name varchar not null,
  resolution varchar not null,
  candidates varchar
);
