// Each document of a held-out folder (<name>.txt|.docx|.pdf beside <name>.expected.json) read as `kenes extract` reads it
// and scored against what its writer expects — the one loop tools/scoreHeldOut.ts and tools/scoreAllHeldOut.ts share.
// The extractors are passed in, so that a tool can score with another checkout's (a detached worktree of another commit).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { parseProtocol } from '../sources/extract/parseProtocol.ts';
import type { parseReport } from '../sources/extract/parseReport.ts';
import type { readDocumentText } from '../sources/readers/readDocumentText.ts';
import type { scoreExtract } from '../tests/helpers/scoreExtract.ts';

export interface Extractors {
  parseProtocol: typeof parseProtocol;
  parseReport: typeof parseReport;
  readDocumentText: typeof readDocumentText;
  scoreExtract: typeof scoreExtract;
}

export interface ScoredDocument {
  file: string;
  name: string;
  extract: ReturnType<typeof parseProtocol> | ReturnType<typeof parseReport>;
  score: ReturnType<typeof scoreExtract>;
}

/** The scored documents of `dir` (only those whose file names start with one of `only`, when given), in file name order. */
export async function* scoreFolder(dir: string, x: Extractors, only: string[] = []): AsyncGenerator<ScoredDocument> {
  const files = readdirSync(dir).filter((f) => /\.(txt|docx|pdf)$/.test(f) && (only.length === 0 || only.some((o) => f.startsWith(o)))).sort();
  for (const file of files) {
    const name = file.replace(/\.(txt|docx|pdf)$/, '');
    let want: Record<string, unknown>;
    try {
      want = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8'));
    } catch {
      continue;
    }
    const text = await x.readDocumentText(join(dir, file));
    const extract = name.startsWith('protocol') ? x.parseProtocol(text) : x.parseReport(text);
    yield { file, name, extract, score: x.scoreExtract(extract, want) };
  }
}
