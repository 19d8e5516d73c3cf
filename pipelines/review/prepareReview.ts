/**
 * `kenes ingest` of a review workbook, before anything is written: the review
 * must be of the document as it is — its bytes on disk, or else the bytes
 * loaded last — or it is refused, naming both (a line number of an older
 * version points at another sentence of the new one). Then the decisions are
 * read and turned into rows (reviewedRows.ts); a decision the same workbook
 * took before keeps its time.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { ContractContext } from '../../sources/contracts/defineRegister.ts';
import { KenesError } from '../../sources/KenesError.ts';
import type { Table } from '../../sources/readers/Table.ts';
import { queryRows, queryValue, type Db } from '../../workspace/db.ts';
import { pathOfIdentity } from '../../workspace/fileIdentity.ts';
import { readReviewSheet } from './readReviewSheet.ts';
import type { ReviewMarker } from './reviewFormat.ts';
import { reviewedRows, type ReviewedRows, type StoredDecision } from './reviewedRows.ts';

export interface PreparedReview extends ReviewedRows {
  marker: ReviewMarker;
}

export async function prepareReview(db: Db, tables: Table[], file: string, options: {
  /** Where document identities are relative to (the workspace). */
  baseDir: string;
  memberIds: ReadonlySet<string>;
  ctx: ContractContext;
}): Promise<PreparedReview> {
  const review = readReviewSheet(tables, file);
  const { marker } = review;
  const onDisk = pathOfIdentity(marker.document, options.baseDir);
  const current = existsSync(onDisk)
    ? createHash('sha256').update(await readFile(onDisk)).digest('hex')
    : await queryValue<string | null>(db, `select file_hash from batches where source_file = $file and note is null order by batch_id desc limit 1`, { file: marker.document });
  if (current !== null && current !== marker.document_sha256) {
    throw new KenesError('review.documentChanged',
      `this review is of ${marker.document} as it was (sha256 ${marker.document_sha256.slice(0, 12)}…), but ${marker.document} has changed since `
      + `(${existsSync(onDisk) ? 'on disk' : 'as loaded'}: sha256 ${current.slice(0, 12)}…); its line numbers may point at other text now`, {
        location: { file },
        hint: `Write a new review of the document (kenes extract … ${marker.document} --review …, or kenes ingest ${marker.document}) and decide again.`,
      });
  }
  const rows = reviewedRows(review, file, options.memberIds, options.ctx);
  return { marker, ...rows, decisions: await keepDecisionTimes(db, file, marker, rows.decisions) };
}

/**
 * A workbook ingested again replaces its own decisions; one it still takes as before keeps the time it
 * was first taken. Otherwise a review filled again to change one item would take every other item back
 * from a later decision (a web page's, another workbook's) on it: decisions are per item, the latest counts.
 */
async function keepDecisionTimes(db: Db, file: string, marker: ReviewMarker, decisions: StoredDecision[]): Promise<StoredDecision[]> {
  const same = (d: Pick<StoredDecision, 'item_kind' | 'source_line' | 'item_key' | 'decision' | 'value' | 'row_key' | 'note'>) =>
    JSON.stringify([d.item_kind, d.source_line, d.item_key, d.decision, d.value, d.row_key ?? null, d.note]);
  // As text to the microsecond: a time read back as a Date would lose its last digits, and its order with them.
  const earlier = await queryRows(db, `select item_kind, source_line, item_key, decision, value, row_key, note,
      strftime(decided_at, '%Y-%m-%d %H:%M:%S.%f') as decided_at
    from review_decisions where source_file = $file and document_hash = $hash`, { file, hash: marker.document_sha256 });
  const times = new Map(earlier.map((e) => [same(e as never), String(e.decided_at)]));
  return decisions.map((d) => (times.has(same(d)) ? { ...d, decided_at: times.get(same(d)) } : d));
}
