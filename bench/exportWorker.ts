/**
 * A worker of the benchmark's national export: exports every `step`-th
 * council of a generated set, starting at `offset`, into the shared folder.
 *   node --import tsx bench/exportWorker.ts <councilsDir> <exportDir> <period> <offset> <step>
 * Prints one line per council (`<id> <rows>`) for the parent's progress bar.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { exportCouncil } from './exportCouncil.ts';

const [councilsDir, exportDir, period, offset, step] = process.argv.slice(2);
const ids = (await readdir(councilsDir)).sort();
for (let i = Number(offset); i < ids.length; i += Number(step)) {
  // Resumable: a council already in the export (an interrupted run) is not done again.
  if (await stat(join(exportDir, 'councils', `council=${ids[i]}`)).catch(() => null)) {
    process.stdout.write(`${ids[i]} 0\n`);
    continue;
  }
  const result = await exportCouncil(join(councilsDir, ids[i]), exportDir, period, { coreOnly: true });
  process.stdout.write(`${result.council} ${result.rows}\n`);
}
