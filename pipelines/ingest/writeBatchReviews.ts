/**
 * After a batch has landed: each document with something a person must decide gets its review
 * workbook in `out/review/<stem>.<hash>.review.xlsx` (reviewFileName). `kenes ingest` and `kenes serve`
 * both call this, so a review written from the terminal and one decided in the browser are the same
 * file in the same place.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { IngestResult } from './ingest.ts';
import type { ReviewLang } from '../review/reviewLabels.ts';
import { reviewFileName } from '../review/reviewFileName.ts';
import { writeReviewSheet } from '../review/writeReviewSheet.ts';

export interface WrittenReview {
  document: string;
  /** The workbook's path relative to the workspace, with `/`. */
  sheet: string;
}

/** Writes the review workbooks of `result`'s documents and takes their models out of it (they are large). */
export async function writeBatchReviews(result: IngestResult, workspaceDir: string, outDir: string, lang?: ReviewLang): Promise<WrittenReview[]> {
  const written: WrittenReview[] = [];
  for (const d of result.documents) {
    if (!d.review) continue;
    const sheet = join(outDir, 'review', reviewFileName(d.review.marker));
    // The same name is the same document in the same bytes: a review a person may be filling is kept.
    if (!existsSync(sheet)) await writeReviewSheet(sheet, d.review, { lang });
    written.push({ document: d.file, sheet: relative(workspaceDir, sheet).split('\\').join('/') });
    delete d.review;
  }
  return written;
}
