// Scores kenes' extractors on a folder of held-out documents (<name>.txt|.docx|.pdf with
// <name>.expected.json, in the format of tests/fixtures/examples): npx tsx tools/scoreHeldOut.ts DIR [names…]
// Reads each document as `kenes extract` does and prints the misses, the false figures, the activities read long (events
// the text does not state) and the candidates. The last line's fourth and last words (right/total, false figures) are
// what tools/scoreAllHeldOut.ts's lines are compared by.
import { parseProtocol } from '../sources/extract/parseProtocol.ts';
import { parseReport } from '../sources/extract/parseReport.ts';
import { readDocumentText } from '../sources/readers/readDocumentText.ts';
import { scoreExtract } from '../tests/helpers/scoreExtract.ts';
import { scoreFolder } from './scoreFolder.ts';

const [dir, ...only] = process.argv.slice(2);
if (!dir) throw new Error('usage: npx tsx tools/scoreHeldOut.ts DIR [names…]');
let right = 0;
let total = 0;
let falseFigures = 0;
let readLong = 0;
for await (const { file, extract: x, score: s } of scoreFolder(dir, { parseProtocol, parseReport, readDocumentText, scoreExtract }, only)) {
  right += s.right;
  total += s.total;
  falseFigures += s.falseFigures.length;
  readLong += s.readLong.length;
  console.log(`${file}: ${s.right}/${s.total}`);
  for (const f of s.falseFigures) console.log(`  FALSE ${f}`);
  for (const m of s.missed) console.log(`  missed ${m}`);
  for (const m of s.readLong) console.log(`  READ LONG ${m}`);
  for (const m of s.unlisted) console.log(`  unlisted ${m}`);
  if (x.kind === 'report' && x.candidates.length > 0) console.log(`  candidates: ${x.candidates.map((c) => `${c.metric}=${c.value}@${c.line}`).join(', ')}`);
}
console.log(`\nfields right ${right}/${total} = ${((100 * right) / Math.max(total, 1)).toFixed(1)} %; activity types read long ${readLong}; false figures ${falseFigures}`);
