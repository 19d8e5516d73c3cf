/**
 * The name `kenes ingest` gives a document's review in out/review/: the
 * document's name and a short hash of its identity and bytes
 * (`protocol-8.3f9a01c2.review.xlsx`), so two documents of one name — in two
 * folders, as .txt and .pdf, or the same file changed between two batches —
 * each get their own review and none overwrites another a person may be
 * filling. The name is for people only: a review is read by its marker,
 * whatever it is called.
 */
import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import type { ReviewMarker } from './reviewFormat.ts';

export function reviewFileName(marker: Pick<ReviewMarker, 'document' | 'document_sha256'>): string {
  const name = basename(marker.document.split('\\').join('/'));
  const stem = basename(name, extname(name)) || 'document';
  const hash = createHash('sha256').update(`${marker.document}\n${marker.document_sha256}`).digest('hex').slice(0, 8);
  return `${stem}.${hash}.review.xlsx`;
}
