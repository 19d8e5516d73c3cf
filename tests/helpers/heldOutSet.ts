/**
 * A held-out set of tests/fixtures/extract: its documents (protocol-*, report-*: .txt, .docx or .pdf) and each one
 * scored against its .expected.json as tools/scoreHeldOut.ts scores it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseProtocol } from '../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../sources/extract/parseReport.ts';
import { readDocumentText } from '../../sources/readers/readDocumentText.ts';
import { expect, it } from 'vitest';
import { scoreExtract } from './scoreExtract.ts';
import type { ProtocolExtract, ReportExtract } from '../../sources/extract/types.ts';

const DOCUMENT = /\.(?:txt|docx|pdf)$/;

export function heldOutCases(dir: string): string[] {
  return readdirSync(dir).filter((f) => DOCUMENT.test(f) && /^(?:protocol|report)-/.test(f));
}

/**
 * A document's extract, read and parsed once for the tests of a file: a pin scores each document of its set and its
 * trap tests read some of them again (a tenth of the pins' time went to parsing a document a second time). The last
 * few are kept (a file's set is a few documents; the worker runs many files). Shared: a test must not change it.
 */
const parsed = new Map<string, Promise<ProtocolExtract | ReportExtract>>();
const PARSED_KEPT = 32;
function parsedOnce(kind: 'protocol' | 'report', path: string): Promise<ProtocolExtract | ReportExtract> {
  const key = `${kind} ${resolve(path)}`;
  let extract = parsed.get(key);
  if (extract === undefined) {
    if (parsed.size >= PARSED_KEPT) parsed.delete(parsed.keys().next().value!);
    extract = readDocumentText(path).then((text) => (kind === 'protocol' ? parseProtocol(text) : parseReport(text)));
    parsed.set(key, extract);
  }
  return extract;
}
/** The protocol at `path` parsed (once for the file's tests: see parsedOnce). */
export const protocolOf = (path: string): Promise<ProtocolExtract> => parsedOnce('protocol', path) as Promise<ProtocolExtract>;
/** The report at `path` parsed (once for the file's tests: see parsedOnce). */
export const reportOf = (path: string): Promise<ReportExtract> => parsedOnce('report', path) as Promise<ReportExtract>;

/** The document's extract scored: its false figures and the fields it missed. */
export async function scoreHeldOutDocument(dir: string, file: string): Promise<ReturnType<typeof scoreExtract>> {
  const name = file.replace(DOCUMENT, '');
  const want = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8'));
  const path = join(dir, file);
  return scoreExtract(await (name.startsWith('protocol-') ? protocolOf(path) : reportOf(path)), want);
}

/**
 * The set-level tests of a held-out set's protocols or reports: the number of documents, and each document
 * scored with no false figure and exactly the misses pinned for it (`missed`: by document name, the fields, with
 * why beside them in the test). A change that loses or gains a field shows here. `kind` may name a part of the set by
 * its documents' prefix ("report-kk", "protocol-ru") or list their names, so that a set's documents can be pinned in more than one file.
 */
export function itScoresEachDocument(dir: string, kind: 'protocol' | 'report' | `${'protocol' | 'report'}-${string}` | string[], count: number, missed: Record<string, string[]>): void {
  // A list of names: those documents of the set (a part several people pinned, document by document).
  const cases = heldOutCases(dir).filter((f) => (Array.isArray(kind) ? kind.includes(f.replace(DOCUMENT, '')) : f.startsWith(`${kind}-`)));
  it(`holds ${count} ${kind}s`, () => {
    expect(cases).toHaveLength(count);
  });
  it.each(cases)('%s: every field right but the pinned misses, no false figure', async (file) => {
    const score = await scoreHeldOutDocument(dir, file);
    expect(score.falseFigures).toEqual([]);
    // A miss is pinned by its field ("figure departments_heard"), not by what the extract gave instead.
    expect(score.missed.map((m) => m.replace(/:.*$/, ''))).toEqual(missed[file.replace(DOCUMENT, '')] ?? []);
  });
}
