/**
 * Writes decisions into the store (sql/raw/review_decisions.sql), the one
 * place every reviewer writes: `kenes ingest` of a review workbook, and a web
 * page that records one decision at a time. `batchId` is the ingest batch
 * (null for a tool that writes outside one).
 *
 * Decisions are per item: nothing here deletes. A later decision on the same
 * item (document bytes, kind, line, key) supersedes an earlier one, whoever
 * took it — by decided_at, then by the order stored (decision_id) —, and the
 * row the earlier one loaded stops counting (sql/staging/stg_review_superseded.sql).
 * A review workbook ingested again replaces its own earlier decisions, as
 * every file's rows are replaced (ingest deletes by source_file).
 */
import { insertRows, type Db } from '../../workspace/db.ts';
import type { StoredDecision } from './reviewedRows.ts';

const COLUMNS = ['batch_id', 'source_file', 'source_sheet', 'source_row', 'document_file', 'document_hash', 'item_kind', 'source_line',
  'item_key', 'decision', 'value', 'note', 'row_key'];

export async function insertDecisions(db: Db, batchId: number | null, decisions: readonly StoredDecision[]): Promise<void> {
  const row = (d: StoredDecision) => [batchId, d.source_file, d.source_sheet, d.source_row, d.document_file,
    d.document_hash, d.item_kind, d.source_line, d.item_key, d.decision, d.value, d.note, d.row_key ?? null];
  // Those stored now first, in the order given (decision_id follows it); then those that carry their own time.
  await insertRows(db, 'review_decisions', decisions.filter((d) => !d.decided_at).map(row), COLUMNS);
  const timed = decisions.filter((d) => d.decided_at);
  await insertRows(db, 'review_decisions', timed.map((d) => [...row(d), d.decided_at instanceof Date ? d.decided_at.toISOString() : d.decided_at!]), [...COLUMNS, 'decided_at']);
}
