// The extract of every document under tests/fixtures, for a change that must leave every output as it was (a speed-up):
//   npx tsx tools/extractSnapshot.ts OUT.json [CPU.tsv]      (before the change, and after it: `cmp` the two JSONs)
// protocol-* is read by parseProtocol, report-* by parseReport, any other document by both. CPU.tsv gets each parse's CPU
// milliseconds; run node with --no-regexp-tier-up as the tests do (`node --no-regexp-tier-up --import tsx …`) for their
// costs. Compare CPU of runs made side by side: on a loaded machine one run's seconds differ from the next's by a third.
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseProtocol } from '../sources/extract/parseProtocol.ts';
import { parseReport } from '../sources/extract/parseReport.ts';
import { readDocumentText } from '../sources/readers/readDocumentText.ts';

const [outFile, cpuFile] = process.argv.slice(2);
if (!outFile) throw new Error('usage: npx tsx tools/extractSnapshot.ts OUT.json [CPU.tsv]');

const walk = (dir: string): string[] => readdirSync(dir).sort().flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
/** Maps, sets, undefined and non-finite numbers written so that JSON keeps them apart. */
function plain(v: unknown): unknown {
  if (v === undefined) return '<undefined>';
  if (v instanceof Map) return { '<map>': [...v].map(([k, x]) => [plain(k), plain(x)]) };
  if (v instanceof Set) return { '<set>': [...v].map(plain) };
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  return typeof v === 'number' && !Number.isFinite(v) ? String(v) : v;
}

const out: Record<string, unknown> = {};
const cpu: string[] = [];
let total = 0;
for (const file of walk('tests/fixtures').filter((f) => /\.(?:txt|docx|pdf)$/.test(f) && !f.includes('registers-corpus'))) {
  let text: string;
  try {
    text = await readDocumentText(file);
  } catch {
    continue; // not a document (a damaged or encrypted fixture)
  }
  const name = basename(file);
  const kinds = name.startsWith('protocol') ? ['protocol'] : name.startsWith('report') ? ['report'] : ['protocol', 'report'];
  for (const kind of kinds) {
    const start = process.cpuUsage();
    let extract: unknown;
    try {
      extract = kind === 'protocol' ? parseProtocol(text) : parseReport(text);
    } catch (e) {
      extract = { error: String(e) };
    }
    const spent = process.cpuUsage(start);
    const ms = (spent.user + spent.system) / 1000;
    total += ms;
    cpu.push(`${ms.toFixed(1)}\t${kind}\t${file}`);
    out[`${kind} ${file}`] = plain(extract);
  }
}
writeFileSync(outFile, JSON.stringify(out, null, 1));
if (cpuFile) writeFileSync(cpuFile, `${cpu.join('\n')}\n`);
console.log(`${cpu.length} parses, ${(total / 1000).toFixed(1)} s of CPU`);
