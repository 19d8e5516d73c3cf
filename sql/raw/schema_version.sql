-- The version of the raw schema this database was created with; migrations read it.
create table if not exists schema_version (version integer not null, applied_at timestamp default current_timestamp);
