/**
 * A UTF-8 register with a few bytes that are not UTF-8 (cut off
 * mid-character, or two exports of two encodings joined) used to be read
 * whole as Windows-1251: every letter became mojibake ("РћР±СЂР°С‰РµРЅРёРµ")
 * and loaded without a word. It is refused, naming the line, by the JS path
 * and the bulk path alike; a real Windows-1251 file still loads.
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
import { readDocumentText } from '../../sources/readers/readDocumentText.ts';
import { useTempDir } from '../helpers/tempDir.ts';

const tempDir = useTempDir();
const config = defaultConfig('Тестовый совет');

const LINES = ['letter_id;sent_on;addressee;subject', 'L1;2023-01-05;D01;Жол жөндеу туралы', 'L2;2023-01-06;D02;Обращение о ремонте', 'L3;2023-01-07;D03;Әлеуметтік мәселелер'];

describe('UTF-8 with damaged bytes', () => {
  it('is refused naming the line, by readCsv and by both ingest paths', async () => {
    const dir = await tempDir();
    const cases: [string, Buffer, number][] = [
      // A Windows-1251 line pasted into a UTF-8 file.
      ['mixed.csv', Buffer.concat([Buffer.from(LINES.slice(0, 3).join('\n') + '\n'), iconv.encode('L4;2023-01-08;D04;Тема\n', 'win1251'), Buffer.from(LINES[3] + '\n')]), 4],
      // Cut off in the middle of the last letter.
      ['cut.csv', Buffer.from(LINES.join('\n')).subarray(0, -1), 4],
    ];
    for (const [name, bytes, line] of cases) {
      const path = join(dir, name);
      await writeFile(path, bytes);
      const want = { code: 'read.badEncoding', exitCode: 2, location: { file: name, line } };
      await expect(readCsv(path), name).rejects.toMatchObject(want);
      for (const bulk of [false, true]) {
        const db = await openDatabase(join(dir, `${name}-${bulk}.duckdb`));
        try {
          const error = await ingestFiles(db, [path], { config, logger: silentLogger, register: 'letters', bulkThresholdBytes: bulk ? 0 : Number.MAX_SAFE_INTEGER }).then(() => null, (e: unknown) => e);
          expect(error, `${name} bulk=${bulk}`).toMatchObject(want);
        } finally {
          db.close();
        }
      }
    }
  });

  it('in a .txt document is refused too, with the same words', async () => {
    const dir = await tempDir();
    const path = join(dir, 'protocol.txt');
    await writeFile(path, Buffer.concat([Buffer.from('Протокол № 5\nҚоғамдық кеңес отырысы\n'), Buffer.from([0xd0])]));
    await expect(readDocumentText(path)).rejects.toMatchObject({ code: 'extract.unreadable', message: expect.stringContaining('cut off mid-character') });
  });

  it('does not touch a real Windows-1251 file, by either path', async () => {
    const dir = await tempDir();
    const path = join(dir, 'letters.csv');
    const ru = ['letter_id;sent_on;addressee;subject', 'L1;2023-01-05;D01;Обращение о ремонте «двора» № 5', 'L2;2023-01-06;D02;Ёлки и ёжики — всё'];
    await writeFile(path, iconv.encode(ru.join('\r\n') + '\r\n', 'win1251'));
    for (const bulk of [false, true]) {
      const db = await openDatabase(join(dir, `${bulk}.duckdb`));
      try {
        await ingestFiles(db, [path], { config, logger: silentLogger, bulkThresholdBytes: bulk ? 0 : Number.MAX_SAFE_INTEGER });
        expect((await queryRows(db, 'select subject from raw_letters order by source_row')).map((r) => r.subject)).toEqual(['Обращение о ремонте «двора» № 5', 'Ёлки и ёжики — всё']);
      } finally {
        db.close();
      }
    }
  });
});
