/**
 * Writes decisions into the store (sql/raw/review_decisions.sql), the one
 * place every reviewer writes: `kenes ingest` of a review workbook now, a web
 * UI later. `batchId` is the ingest batch (null for a tool that writes outside
 * one); replacing a reviewer's earlier decisions is the caller's (ingest
 * deletes by source_file, as for every file's rows).
 */
import { insertRows, type Db } from '../../workspace/db.ts';
import type { StoredDecision } from './reviewedRows.ts';

const COLUMNS = ['batch_id', 'source_file', 'source_sheet', 'source_row', 'document_file', 'document_hash', 'item_kind', 'source_line',
  'item_key', 'decision', 'value', 'note'];

export async function insertDecisions(db: Db, batchId: number | null, decisions: readonly StoredDecision[]): Promise<void> {
  await insertRows(db, 'review_decisions', decisions.map((d) => [batchId, d.source_file, d.source_sheet, d.source_row, d.document_file,
    d.document_hash, d.item_kind, d.source_line, d.item_key, d.decision, d.value, d.note]), COLUMNS);
}
