/**
 * `npx tsx tools/pinHeldOut.ts DIR [PREFIX]`: the `const MISSED … };` block of a held-out set's pin test
 * (tests/unit/extract/heldOutN*.test.ts) as the extractors score it now — each document's missed fields, by
 * document, from the set's documents whose names start with PREFIX (all by default). Paste it over the test's block
 * after a change that turns a miss right; a false figure is printed to standard error, never pinned (the test fails on it).
 */
import { heldOutCases, scoreHeldOutDocument } from '../tests/helpers/heldOutSet.ts';

const [dir, prefix = ''] = process.argv.slice(2);
if (!dir) throw new Error('usage: tools/pinHeldOut.ts DIR [PREFIX]');
const lines = ['// Each document\'s fields still missed (none false); a change that loses or gains one shows here.', 'const MISSED: Record<string, string[]> = {'];
for (const file of heldOutCases(dir).filter((f) => f.startsWith(prefix)).sort()) {
  const score = await scoreHeldOutDocument(dir, file);
  for (const f of score.falseFigures) console.error(`FALSE ${file}: ${f}`);
  const missed = score.missed.map((m) => m.replace(/:.*$/, ''));
  if (missed.length === 0) continue;
  lines.push(`  '${file.replace(/\.(?:txt|docx|pdf)$/, '')}': [`, `    ${missed.map((m) => `'${m}'`).join(', ')},`, '  ],');
}
lines.push('};');
console.log(lines.join('\n'));
