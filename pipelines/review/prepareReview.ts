/**
 * `kenes ingest` of a review workbook, before anything is written: the review
 * must be of the document as it is — its bytes on disk, or else the bytes
 * loaded last — or it is refused, naming both (a line number of an older
 * version points at another sentence of the new one). Then the decisions are
 * read and turned into rows (reviewedRows.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { ContractContext } from '../../sources/contracts/defineRegister.ts';
import { KenesError } from '../../sources/KenesError.ts';
import type { Table } from '../../sources/readers/Table.ts';
import { queryValue, type Db } from '../../workspace/db.ts';
import { pathOfIdentity } from '../../workspace/fileIdentity.ts';
import { readReviewSheet } from './readReviewSheet.ts';
import type { ReviewMarker } from './reviewFormat.ts';
import { reviewedRows, type ReviewedRows } from './reviewedRows.ts';

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
  return { marker, ...reviewedRows(review, file, options.memberIds, options.ctx) };
}
