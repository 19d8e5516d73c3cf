/**
 * After a batch has landed: each document with something a person must decide gets its review
 * workbook in `out/review/<name>.review.xlsx`. `kenes ingest` and `kenes serve` both call this, so a
 * review written from the terminal and one decided in the browser are the same file in the same place.
 */
import { basename, extname, join, relative } from 'node:path';
import type { IngestResult } from '../ingest.ts';
import { writeReviewSheet } from './writeReviewSheet.ts';

export interface WrittenReview {
  document: string;
  /** The workbook's path relative to the workspace, with `/`. */
  sheet: string;
}

/** Writes the review workbooks of `result`'s documents and takes their models out of it (they are large). */
export async function writeBatchReviews(result: IngestResult, workspaceDir: string, outDir: string): Promise<WrittenReview[]> {
  const written: WrittenReview[] = [];
  const names = new Set<string>();
  for (const d of result.documents) {
    if (!d.review) continue;
    // protocol-8.txt and protocol-8.pdf, or two folders' report.txt, in one batch: each its own review.
    const stem = basename(d.file, extname(d.file));
    let name = stem;
    for (let n = 2; names.has(name); n++) name = `${stem}-${n}`;
    names.add(name);
    const sheet = join(outDir, 'review', `${name}.review.xlsx`);
    await writeReviewSheet(sheet, d.review);
    written.push({ document: d.file, sheet: relative(workspaceDir, sheet).split('\\').join('/') });
    delete d.review;
  }
  return written;
}
