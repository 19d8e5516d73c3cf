// Scores every held-out set (and other-councils) in one process, one line per set and a total:
//   npx tsx tools/scoreAllHeldOut.ts [CHECKOUT] [--misses] [EXTRA_DIR…]
// CHECKOUT (default: this one) is the kenes checkout whose extractors score — to compare two commits, run it against a
// detached worktree of each and diff the outputs; --misses adds each document's false, missed and read-long fields.
// (One node process for ~100 sets: a tsx start per set, as the shell loop it replaces did, took over an hour under load.)
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Extractors, scoreFolder } from './scoreFolder.ts';

const args = process.argv.slice(2);
const misses = args.includes('--misses');
const [root = resolve('.'), ...extra] = args.filter((a) => a !== '--misses').map((a) => resolve(a));
const x: Extractors = {
  parseProtocol: (await import(join(root, 'sources/extract/parseProtocol.ts'))).parseProtocol,
  parseReport: (await import(join(root, 'sources/extract/parseReport.ts'))).parseReport,
  readDocumentText: (await import(join(root, 'sources/readers/readDocumentText.ts'))).readDocumentText,
  scoreExtract: (await import(join(root, 'tests/helpers/scoreExtract.ts'))).scoreExtract,
};
const base = join(root, 'tests/fixtures/extract');
const dirs = [
  ...readdirSync(base).filter((d) => d.startsWith('held-out-') || d === 'other-councils')
    .sort((a, b) => (Number(a.split('-').pop()) || 1e9) - (Number(b.split('-').pop()) || 1e9)).map((d) => join(base, d)),
  ...extra,
];
const all = { right: 0, total: 0, falseFigures: 0 };
for (const dir of dirs) {
  const set = { right: 0, total: 0, falseFigures: 0 };
  const lines: string[] = [];
  for await (const { name, score: s } of scoreFolder(dir, x)) {
    set.right += s.right;
    set.total += s.total;
    set.falseFigures += s.falseFigures.length;
    for (const f of s.falseFigures) lines.push(`  ${name} FALSE ${f}`);
    for (const m of s.missed) lines.push(`  ${name} missed ${m}`);
    for (const m of s.readLong) lines.push(`  ${name} READ LONG ${m}`);
  }
  for (const k of ['right', 'total', 'falseFigures'] as const) all[k] += set[k];
  console.log(`${dir.split('/').pop()} ${set.right}/${set.total} = ${((100 * set.right) / set.total).toFixed(1)} %, false ${set.falseFigures}`);
  if (misses) for (const l of lines) console.log(l);
}
console.log(`all ${dirs.length} sets: ${all.right}/${all.total} = ${((100 * all.right) / all.total).toFixed(1)} %, false ${all.falseFigures}`);
