/**
 * `kenes extract … --review OUT.xlsx`: the review workbook of one document,
 * identified as `kenes ingest` identifies it (its path relative to the
 * workspace, and the sha256 of its bytes), so the review, once filled, loads
 * against the document as ingested.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { ProtocolExtract, ReportExtract } from '../../sources/extract/types.ts';
import { fileIdentity } from '../../workspace/fileIdentity.ts';
import { buildProtocolReview, buildReportReview } from './buildReviewModel.ts';
import { needsReview } from './reviewFormat.ts';
import type { ReviewLang } from './reviewLabels.ts';
import { workspaceLang, workspaceMembers } from './workspaceMembers.ts';
import { writeReviewSheet } from './writeReviewSheet.ts';

export async function writeExtractReview(extract: ProtocolExtract | ReportExtract, options: {
  /** The document, its text as read, the workspace folder, the workbook to write. */
  file: string; text: string; workspace: string; out: string;
  /** The workbook's language; by default the workspace's (config lang), Russian outside a workspace. */
  lang?: ReviewLang;
}): Promise<{ items: number; toDecide: number; members: boolean }> {
  const doc = {
    document: fileIdentity(options.file, options.workspace),
    sha256: createHash('sha256').update(await readFile(options.file)).digest('hex'),
    text: options.text,
  };
  const members = extract.kind === 'protocol' ? await workspaceMembers(options.workspace) : null;
  const model = extract.kind === 'protocol' ? buildProtocolReview(extract, doc, members) : buildReportReview(extract, doc);
  await writeReviewSheet(options.out, model, { lang: options.lang ?? await workspaceLang(options.workspace) });
  return { items: model.items.length, toDecide: model.items.filter(needsReview).length, members: members !== null };
}
