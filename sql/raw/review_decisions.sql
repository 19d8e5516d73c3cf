-- The decision store: what a person decided about an item kenes was unsure of (or listed) in a
-- document — a report's figure or candidate, a protocol's attendee, absentee or vote. Written by
-- `kenes ingest` of a review workbook, and by anything else that reviews (a web page) alike.
-- grain: one row per decision taken; an item (document_file + document_hash + item_kind + source_line
--   + item_key) may have several, from several reviewers: the latest (decided_at, then decision_id)
--   is the one in force, and the rows the earlier ones loaded stop counting (stg_review_superseded)
-- source_file: who decided — the review workbook's identity (or the tool's, e.g. `web:<user>`); a
--   workbook ingested again replaces its own earlier decisions, never another reviewer's
-- source_sheet, source_row: where in the review the decision was taken (null from a tool)
-- document_file, document_hash: the document and the bytes reviewed; a decision counts only while
--   the loaded document has these bytes
-- item_kind: figure | candidate | attendee | absentee | vote
-- source_line: the item's line in the document
-- item_key: the metric, the member as the document's row holds it (id or name), the vote's item_no
-- decision: accept | correct | reject
-- value: what was loaded (the figure, the member id, the vote as JSON); null for a rejection
-- row_key: what the row this decision loaded into the raw tables holds for the item (the metric it
--   was loaded as, the member chosen, the item_no); null when it loaded none — a rejection, or a
--   decision recorded without a row (an "accept" from a web page: the document's row stands)
-- decided_at: when; decision_id: the order decisions were stored in (null before schema version 5)
create sequence if not exists review_decision_id;
create table if not exists review_decisions (
  batch_id integer,
  source_file varchar not null,
  source_sheet varchar,
  source_row integer,
  document_file varchar not null,
  document_hash varchar not null,
  item_kind varchar not null,
  source_line integer not null,
  item_key varchar not null,
  decision varchar not null,
  value varchar,
  note varchar,
  decided_at timestamp not null default current_timestamp,
  row_key varchar,
  decision_id bigint default nextval('review_decision_id')
)
