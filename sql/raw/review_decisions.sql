-- The decision store: what a person decided about an item kenes was unsure of (or listed) in a
-- document — a report's figure or candidate, a protocol's attendee, absentee or vote. Written by
-- `kenes ingest` of a review workbook, and by anything else that reviews (a web UI) alike.
-- grain: one row per decision (document_file + item_kind + source_line + item_key, per reviewer)
-- source_file: who decided — the review workbook's identity (or the tool's, e.g. `web:<user>`);
--   a new review of the same document replaces every earlier decision on it
-- source_sheet, source_row: where in the review the decision was taken (null from a tool)
-- document_file, document_hash: the document and the bytes reviewed; a decision counts only while
--   the loaded document has these bytes
-- item_kind: figure | candidate | attendee | absentee | vote
-- source_line: the item's line in the document
-- item_key: the metric, the member as the document's row holds it (id or name), the vote's item_no
-- decision: accept | correct | reject
-- value: what was loaded (the figure, the member id, the vote as JSON); null for a rejection
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
  decided_at timestamp not null default current_timestamp
)
