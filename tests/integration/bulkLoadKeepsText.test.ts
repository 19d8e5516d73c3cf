/**
 * The bulk CSV path (DuckDB's reader, for files past the threshold) keeps
 * every character of a large file of Russian, Kazakh, emoji and astral text:
 * DuckDB reads the file in buffers and splits them between threads, so
 * character boundaries fall at every kind of place; each subject in the
 * database must be the one written (as the JS path would store it).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dropStaged, stageCsv } from '../../pipelines/ingest/bulkLoadCsv.ts';
import { defaultConfig } from '../../workspace/config.ts';
import { openDatabase, queryRows } from '../../workspace/db.ts';
import { ingestFiles } from '../../pipelines/ingest/ingest.ts';
import { silentLogger } from '../../workspace/Logger.ts';
import { cellText } from '../../sources/contracts/columnTypes.ts';
import { hardText, seededRandom } from '../helpers/hardText.ts';
import { useTempDir } from '../helpers/tempDir.ts';

const tempDir = useTempDir();
const config = defaultConfig('Тестовый совет');

describe('bulk CSV path', () => {
  it('stores every character of ~12 MB of ru/kk/emoji/astral text as written', async () => {
    const dir = await tempDir();
    const file = join(dir, 'letters.csv');
    const random = seededRandom(21);
    const subjects = Array.from({ length: 26_000 }, (_, i) => hardText(random, 20 + ((i * 37) % 400)).replace(/"/g, '«'));
    const lines = ['letter_id;sent_on;addressee;subject', ...subjects.map((s, i) => `L${i + 1};2023-01-05;D01;"${s}"`)];
    const bytes = Buffer.from(lines.join('\n') + '\n');
    expect(bytes.length).toBeGreaterThan(10_000_000);
    await writeFile(file, bytes);
    const db = await openDatabase(join(dir, 'kenes.duckdb'));
    try {
      // The file goes the bulk way (the JS path would be chosen for anything DuckDB might read differently).
      const staged = await stageCsv(db, file, { ctx: { commissions: ['1'] }, thresholdBytes: 0 });
      expect(staged).not.toBeNull();
      await dropStaged(db, staged!);
      const result = await ingestFiles(db, [file], { config, logger: silentLogger, bulkThresholdBytes: 0 });
      expect(result.tables).toEqual([{ file: 'letters.csv', sheet: null, register: 'letters', loaded: subjects.length, rejected: 0 }]);
      const stored = (await queryRows(db, 'select subject from raw_letters order by source_row')).map((r) => r.subject as string);
      const want = subjects.map((s) => cellText(s));
      const changed = stored.map((s, i) => (s === want[i] ? -1 : i + 2)).filter((row) => row >= 0);
      expect(changed).toEqual([]);
      expect(stored.some((s) => s.includes('\ufffd'))).toBe(false);
    } finally {
      db.close();
    }
  });
});
