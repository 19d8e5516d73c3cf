-- Rows a register's contract refused, one row per problem, with the place to fix it.
-- grain: one row per problem (a row with two bad cells has two rows here)
create table if not exists rejects (
  batch_id integer not null,
  register varchar not null,
  source_file varchar not null,
  source_sheet varchar,
  source_row integer,
  source_line integer,
  column_name varchar,
  value varchar,
  reason varchar not null
);
