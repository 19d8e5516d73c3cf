/**
 * A register is refused as binary only when it is binary. A stray control
 * character inside a cell (a vertical tab pasted from Word, U+0001, a lone
 * NUL, a FileMaker export's in-cell line breaks) is text someone wrote: the
 * file loads, by the JS path and by the bulk (DuckDB) path alike, and the
 * database holds the cell exactly as it was written (the writers clean it on
 * the way out). An image, an archive or random bytes with a .csv name are
 * still refused, in one line that says what the file is.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../workspace/config.ts';
import { openDatabase, queryRows } from '../../workspace/db.ts';
import { ingestFiles } from '../../pipelines/ingest/ingest.ts';
import { silentLogger } from '../../workspace/Logger.ts';
import { readCsv } from '../../sources/readers/readCsv.ts';
import { seededRandom } from '../helpers/hardText.ts';
import { useTempDir } from '../helpers/tempDir.ts';

const tempDir = useTempDir();
const config = defaultConfig('Тестовый совет');

const SUBJECTS = [
  'О ремонте\u000bдороги',
  'Жол жөндеу\u0001туралы',
  'Тема с\u0000нулём',
  'Әлеуметтік\u001fмәселелер 😀',
  'Form\u000cfeed и\u0008backspace',
  'Обычная тема 𝔸',
];

/** letters.csv: one letter per subject, every cell written as given. */
function lettersCsv(subjects: string[]): string {
  return ['letter_id,sent_on,addressee,subject', ...subjects.map((s, i) => `L${i + 1},2023-01-${String(i + 1).padStart(2, '0')},D01,"${s}"`)].join('\n') + '\n';
}

async function loadedSubjects(dir: string, file: string, bulk: boolean): Promise<unknown[]> {
  const db = await openDatabase(join(dir, `${bulk ? 'bulk' : 'js'}.duckdb`));
  try {
    const result = await ingestFiles(db, [file], { config, logger: silentLogger, bulkThresholdBytes: bulk ? 0 : Number.MAX_SAFE_INTEGER });
    expect(result.tables.map((t) => [t.register, t.loaded, t.rejected])).toEqual([['letters', SUBJECTS.length, 0]]);
    return (await queryRows(db, 'select subject from raw_letters order by source_row')).map((r) => r.subject);
  } finally {
    db.close();
  }
}

describe('stray control characters in a register', () => {
  it('load, by both paths, each cell as written', async () => {
    const dir = await tempDir();
    const file = join(dir, 'letters.csv');
    await writeFile(file, lettersCsv(SUBJECTS));
    expect(await loadedSubjects(dir, file, false)).toEqual(SUBJECTS);
    expect(await loadedSubjects(dir, file, true)).toEqual(SUBJECTS);
  });

  it('load from Windows-1251 and UTF-8 with a BOM alike', async () => {
    const dir = await tempDir();
    const ru = SUBJECTS.filter((s) => !/[әңөұүқғһі😀𝔸]/i.test(s));
    const text = lettersCsv(ru).replace(/,/g, ';');
    for (const [name, bytes] of [['cp1251.csv', iconv.encode(text, 'win1251')], ['bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])]] as const) {
      const path = join(dir, name);
      await writeFile(path, bytes);
      const [table] = await readCsv(path);
      expect(table.rows.slice(1).map((r) => r.cells[3])).toEqual(ru);
    }
  });

  it('load when every row has one, as an export that writes in-cell line breaks as vertical tabs does', async () => {
    const dir = await tempDir();
    const file = join(dir, 'letters.csv');
    const subjects = Array.from({ length: 30 }, (_, i) => `ул. Абая, ${i}\u000bкв. ${i}`);
    await writeFile(file, lettersCsv(subjects));
    const [table] = await readCsv(file);
    expect(table.rows.slice(1).map((r) => r.cells[3])).toEqual(subjects);
  });

  it('do not make a real binary file loadable: each is refused in one line saying what it is', async () => {
    const dir = await tempDir();
    const random = seededRandom(7);
    const noise = Buffer.from(Array.from({ length: 4096 }, () => Math.floor(random() * 256)));
    const cases: [string, Buffer, string][] = [
      ['png.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), 'this is not a text file (it is a PNG image)'],
      ['jpeg.csv', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]), 'this is not a text file (it is a JPEG image)'],
      ['gzip.csv', Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 3]), 'this is not a text file (it is a gzip archive)'],
      ['noise.csv', noise, 'this is not a text file (it contains binary data)'],
      ['padded.csv', Buffer.concat([Buffer.from('letter_id,sent_on\n'), Buffer.alloc(64), Buffer.from('L1,2023-01-01\n')]), 'this is not a text file (it contains binary data)'],
    ];
    for (const [name, bytes, message] of cases) {
      const path = join(dir, name);
      await writeFile(path, bytes);
      const error = await readCsv(path).then(() => null, (e: unknown) => e);
      expect(error, name).toMatchObject({ code: 'read.binaryFile', exitCode: 2, message, location: { file: name } });
      expect(String(error)).not.toContain('\n');
    }
  });
});
