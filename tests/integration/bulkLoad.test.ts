/**
 * The bulk CSV path (DuckDB read_csv + SQL generated from the contract) against
 * the JS path (papaparse + zod) on the same files, bad rows included: the raw
 * rows, the rejects and the counts must be the same, or the two paths have
 * diverged and a large file would be read differently from a small one.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { stageCsv, dropStaged } from '../../pipelines/ingest/bulkLoadCsv.ts';
import { defaultConfig, parseConfig, type Config } from '../../workspace/config.ts';
import { openDatabase, queryRows, run, type Db } from '../../workspace/db.ts';
import { ingestFiles, type IngestResult } from '../../pipelines/ingest/ingest.ts';
import { silentLogger } from '../../workspace/Logger.ts';
import { cellText } from '../../sources/contracts/columnTypes.ts';
import { REGISTERS } from '../../sources/contracts/registers.ts';
import { rawTableName } from '../../sources/contracts/rawTableSql.ts';
import { cellTextSql, columnSql } from '../../sources/contracts/contractSql.ts';
import { defineRegister, type ColumnSpec } from '../../sources/contracts/defineRegister.ts';
import { PLATFORMS } from '../../sources/contracts/media.ts';
import { useTempDir } from '../helpers/tempDir.ts';

const tempDir = useTempDir();
const config = defaultConfig('Тестовый совет');

interface Loaded {
  result: IngestResult;
  raw: Record<string, unknown[]>;
  rejects: unknown[];
}

/** Ingests `files` into a fresh database, by the JS path (`bulk: false`) or the bulk path. */
async function load(dir: string, files: string[], bulk: boolean, name: string, options: { config?: Config } = {}): Promise<Loaded> {
  const db = await openDatabase(join(dir, `${name}.duckdb`));
  try {
    const result = await ingestFiles(db, files, { config: options.config ?? config, logger: silentLogger, bulkThresholdBytes: bulk ? 0 : Number.MAX_SAFE_INTEGER });
    const raw: Record<string, unknown[]> = {};
    for (const register of REGISTERS) {
      const rows = await queryRows(db, `select * exclude (batch_id, extra), cast(extra as varchar) as extra from ${rawTableName(register)} order by source_file, source_row`);
      raw[register.id] = rows.map((r) => ({ ...r, extra: r.extra === null ? null : JSON.parse(String(r.extra)) }));
    }
    const rejects = await queryRows(db, 'select register, source_file, source_sheet, source_row, source_line, column_name, value, reason from rejects order by source_file, source_row, column_name, reason');
    return { result, raw, rejects };
  } finally {
    db.close();
  }
}

async function expectSamePaths(dir: string, files: string[], options: { config?: Config } = {}): Promise<Loaded> {
  const js = await load(dir, files, false, 'js', options);
  const bulk = await load(dir, files, true, 'bulk', options);
  expect(bulk.raw).toEqual(js.raw);
  expect(bulk.rejects).toEqual(js.rejects);
  expect(bulk.result.tables).toEqual(js.result.tables);
  expect(bulk.result.rejects).toEqual(js.result.rejects);
  return bulk;
}

async function usesBulkPath(path: string, register?: string): Promise<boolean> {
  const db = await openDatabase(':memory:');
  try {
    const forced = register ? REGISTERS.find((r) => r.id === register) : undefined;
    const staged = await stageCsv(db, path, { ctx: { commissions: ['1', '2', '3', '4', '5'] }, forced, thresholdBytes: 0 });
    if (staged) await dropStaged(db, staged);
    return staged !== null;
  } finally {
    db.close();
  }
}

describe('bulk CSV path', () => {
  it('gives the same raw rows and rejects as the JS path on appeals with bad rows, a title row and unknown columns', async () => {
    const dir = await tempDir();
    const file = join(dir, 'appeals-2023.csv');
    await writeFile(file, [
      'Реестр обращений граждан за 2023 год,,,,,,,,',
      '№,Дата поступления,Тип заявителя,Заявитель,Комиссия,Статус,Дата ответа,Примечание,Канал',
      'A1,05.01.2023,физическое лицо,Иванов И.И.,1,отвечено,20.01.2023,срочно,портал',
      'A2,2023-01-06,Юридическое лицо,"ТОО ""Ромашка""",Комиссия № 2,answered,2023-01-20T10:00,,',
      'A3,31.02.2023,individual,Петров,3,new,,,',
      'A4,07.01.23 г.,юл,Сидоров,№ 9,в работе,,,',
      'A5,  08.01.2023\u00a0,ФЛ,"Многострочный\nзаявитель",к3,Дан ответ,44950,x,',
      'A1,09.01.2023,individual,Повтор,1,new,,,',
      ',10.01.2023,individual,Без номера,1,new,,,',
      'A6,завтра,кто-то,Ким,commission 4,непонятно,12345,,',
      'A7,11.01.2023,individual,Ким,04,closed,99999.5,,',
      ',,,,,,,,',
      'A8,12.1.2023 10:30,Legal Entity,ТОО,5-комиссия,ЗАКРЫТО,,,почта',
      'A9,13.01.2023,individual,Ли,1,new,,,,лишнее',
      // A quoted cell may start or end with a line break, and the file has no tab: both trimmed all the same.
      'A10,14.01.2023,individual,"\nЛеонов ",1,new,,"\nпозвонить\n",',
    ].join('\n'));
    expect(await usesBulkPath(file)).toBe(true);
    const bulk = await expectSamePaths(dir, [file]);
    expect(bulk.result.tables).toEqual([{ file: 'appeals-2023.csv', sheet: null, register: 'appeals', loaded: 6, rejected: 6 }]);
    expect(bulk.raw.appeals.find((r) => (r as { appeal_id: string }).appeal_id === 'A10')).toMatchObject({ applicant: 'Леонов', extra: { 'Примечание': 'позвонить' } });
  });

  it('gives the same rows on a Windows-1251, semicolon-separated, CRLF file with ints, bools and numbers', async () => {
    const dir = await tempDir();
    const votes = join(dir, 'votes.csv');
    await writeFile(votes, iconv.encode([
      'Заседание;Вопрос;Предложение;За;Против;Воздержались;Единогласно;Итог',
      'M1;1;Утвердить план;12 500;0;-;да;принято',
      'M1;2;"Принять\r\nрешение";10;3;нет;нет;Не принято',
      'M1;x;Плохой номер;1;1;1;иә;принято',
      'M2;1;Отрицательное;-5;0;0;ложь;принято',
      'M2;2;Дробное;1,5;0;0;может быть;отклонено',
      'M2;1;Повтор;1;0;0;+;принято',
      'M3;;Без номера;1;0;0;;',
    ].join('\r\n') + '\r\n', 'win1251'));
    const figures = join(dir, 'stated_figures.csv');
    await writeFile(figures, [
      'period_from,period_to,metric,value,source',
      '2023-01-01,2023-12-31,monitorings,27,report',
      '2023-01-01,2023-12-31,appeals_received,"1 234,5",report',
      '2023-01-01,2023-12-31,publications,abc,report',
      '2023-01-01,2023-12-31,monitorings,28,report',
      '2023-01-01,2023-12-31,letters_sent,,report',
      ' 2023-01-01, 2023-12-31 ,\tseminars , 5\t, report ',
      '2023-01-01,2023-12-31,"  round_tables\t", 7 ,"\treport"',
    ].join('\n'));
    const media = join(dir, 'media.csv');
    await writeFile(media, [
      'platform,month,publications,views',
      'Инстаграм,2023-05,10,1000',
      'instagram,05.2023,11,1100',
      'telegram,2023-13,1,1',
      'tg,15.06.2023,3,300',
      'сайт,2023-7,—,',
    ].join('\n'));
    expect(await usesBulkPath(votes)).toBe(true);
    const bulk = await expectSamePaths(dir, [votes, figures, media]);
    expect(bulk.raw.votes.length).toBeGreaterThan(0);
  });

  it('reads headers and values as people write them the same way: synonyms, thousands, dates in words and with zones, the council\'s own words', async () => {
    const dir = await tempDir();
    // Named after nothing: recognised by its header, as the JS path recognises it.
    const file = join(dir, 'Выгрузка из журнала 2025.csv');
    await writeFile(file, [
      'Журнал регистрации обращений граждан,,,,,,',
      '"№\nп/п",№ обращения,"Дата поступления (дд.мм.гггг)",Заявитель*,Статус [выбрать из списка],Дата ответа:,Примечание',
      '1,A1,12.03.2025 г.,Иванов,open,20.03.2025,',
      '2,A2,12 марта 2025,Петров,В РАБОТЕ,,',
      '3,A3,2025 жылғы 12 наурыз,Ким,жауап берілді,2025-03-20T20:30:00Z,вечером по Алматы — уже 21-е',
      '4,A4,12-03-2025,Ли,закрыт ответом,2025/03/21,слово совета',
      '5,A5,2025-03-12 18:30,Пак,  Ответ  дан ,21 марта 2025 г.,',
      '6,A6,12.03.2025,Ан,отвеченно,,опечатка: не угадывается',
      '7,A2,13.03.2025,Повтор,на контроле,,повтор номера после спасённой строки',
      '8,A7,31 февраля 2025,Ох,open,,',
    ].join('\n'));
    const media = join(dir, 'media.csv');
    await writeFile(media, ['platform,month,publications,views', "Инстаграм,2025-01,12,12'500", 'ФБ,2025-01,"1,200","1 234 567"', 'Официальный сайт,2025-01,3,"12,5"'].join('\n'));
    expect(await usesBulkPath(file)).toBe(true);
    const withWords = parseConfig({ council: { name: 'Тестовый совет' }, commissions: config.commissions, values: { 'appeals.status': { answered: ['закрыт ответом'] } } });
    const bulk = await expectSamePaths(dir, [file, media], { config: withWords });
    expect(bulk.raw.appeals.map((r) => {
      const { appeal_id, received_on, status, answered_on, extra } = r as Record<string, unknown>;
      return [appeal_id, received_on, status, answered_on, extra];
    })).toEqual([
      ['A1', '2025-03-12', 'in_progress', '2025-03-20', null],
      ['A2', '2025-03-12', 'in_progress', null, null],
      ['A3', '2025-03-12', 'answered', '2025-03-21', { 'Примечание': 'вечером по Алматы — уже 21-е' }],
      ['A4', '2025-03-12', 'answered', '2025-03-21', { 'Примечание': 'слово совета' }],
      ['A5', '2025-03-12', 'answered', '2025-03-21', null],
    ]);
    expect(bulk.rejects.map((r) => { const { source_file, source_row, column_name, reason } = r as Record<string, unknown>; return [source_file, source_row, column_name, reason]; })).toEqual([
      ['media.csv', 4, 'views', '"12,5" is not a whole number'],
      ['Выгрузка из журнала 2025.csv', 8, 'Статус [выбрать из списка]', '"отвеченно" is not an allowed status; nearest: отвечено (answered), ответ дан (answered), отозвано (closed); allowed: new, in_progress, answered, redirected, closed'],
      ['Выгрузка из журнала 2025.csv', 9, '№ обращения', 'duplicate appeal_id: the same as row 4'],
      ['Выгрузка из журнала 2025.csv', 10, 'Дата поступления (дд.мм.гггг)', '"31 февраля 2025" is not a valid calendar date'],
    ]);
    expect(bulk.raw.media.map((r) => (r as { views: number | null }).views)).toEqual([12500, 1234567]);
  });

  it('goes the JS way for blank lines, and keeps cells past the header in extra as the JS path does', async () => {
    const dir = await tempDir();
    const blank = join(dir, 'letters.csv');
    await writeFile(blank, 'letter_id,sent_on,addressee\nL1,2023-01-05,D01\n\nL2,2023-01-06,D02\n');
    expect(await usesBulkPath(blank)).toBe(false);
    const long = join(dir, 'bodies.csv');
    const lines = ['body_id,name,kind', ...Array.from({ length: 60 }, (_, i) => `B${i},Орган ${i},управление`), 'B99,Орган,управление,лишнее'];
    await writeFile(long, lines.join('\n'));
    expect(await usesBulkPath(long)).toBe(true);
    // A header in two rows (a group over its sub-headers) goes the JS way too.
    const twoRows = join(dir, 'appeals.csv');
    await writeFile(twoRows, ['№ обращения,Дата,,Статус', ',поступления,ответа,', 'A1,01.03.2025,05.03.2025,отвечено', 'A2,02.03.2025,,в работе'].join('\n'));
    expect(await usesBulkPath(twoRows)).toBe(false);
    const loaded = await expectSamePaths(dir, [blank, long, twoRows]);
    expect(loaded.raw.appeals.map((r) => (r as { answered_on: string | null }).answered_on)).toEqual(['2025-03-05', null]);
  });

  it('re-ingesting a large file replaces its rows', async () => {
    const dir = await tempDir();
    const file = join(dir, 'letters.csv');
    await writeFile(file, 'letter_id,sent_on,addressee\nL1,2023-01-05,D01\nL2,bad,D02\n');
    const db = await openDatabase(join(dir, 'kenes.duckdb'));
    try {
      for (let i = 0; i < 3; i++) await ingestFiles(db, [file], { config, logger: silentLogger, bulkThresholdBytes: 0 });
      expect(await queryRows(db, 'select (select count(*) from raw_letters) as rows, (select count(*) from rejects) as rejects, (select count(*) from batches) as batches'))
        .toEqual([{ rows: 1, rejects: 1, batches: 3 }]);
    } finally {
      db.close();
    }
  });

  it('numbers rows by their place in the file when DuckDB reads a large file on several threads', async () => {
    const dir = await tempDir();
    const file = join(dir, 'appeals.csv');
    // ~24 MB: several of DuckDB's CSV buffers, so the read is split between threads.
    const rows = 120_000;
    const filler = 'Просьба рассмотреть вопрос благоустройства двора, освещения и ремонта дороги у дома'.repeat(2);
    const lines = ['№;Дата поступления;Тип заявителя;Заявитель;Суть обращения;Комиссия;Статус'];
    for (let i = 1; i <= rows; i++) {
      // Row 90 001's date is in words: SQL leaves it to the TypeScript coercers, whose value is written back in place.
      const date = i === 100_000 ? '31.02.2023' : i === 90_000 ? '15 марта 2023 г.' : '15.03.2023';
      const id = i === 110_000 ? 'A5' : `A${i}`;
      lines.push(`${id};${date};физическое лицо;Заявитель ${i};${filler};${(i % 5) + 1};отвечено`);
    }
    await writeFile(file, lines.join('\n') + '\n');
    const db = await openDatabase(join(dir, 'kenes.duckdb'));
    try {
      // Several threads whatever the machine's cores (and the one thread the suite gives DuckDB elsewhere).
      await run(db, 'set threads = 4');
      const result = await ingestFiles(db, [file], { config, logger: silentLogger, bulkThresholdBytes: 0 });
      expect(result.tables).toEqual([{ file: 'appeals.csv', sheet: null, register: 'appeals', loaded: rows - 2, rejected: 2 }]);
      // The batch records the file's own hash, worked out while DuckDB wrote the rows.
      expect(await queryRows(db, 'select file_hash, rows_loaded, rows_rejected from batches')).toEqual([{
        file_hash: createHash('sha256').update(await readFile(file)).digest('hex'), rows_loaded: rows - 2, rows_rejected: 2,
      }]);
      // Row n of the file (the header is row 1) holds appeal A{n-1}.
      expect(await queryRows(db, `select count(*) as rows, count(*) filter (where appeal_id <> 'A' || (source_row - 1)) as misplaced,
        min(source_row) as first, max(source_row) as last from raw_appeals`)).toEqual([{ rows: rows - 2, misplaced: 0, first: 2, last: rows + 1 }]);
      expect(await queryRows(db, `select received_on, source_row from raw_appeals where appeal_id = 'A90000'`)).toEqual([{ received_on: '2023-03-15', source_row: 90_001 }]);
      expect(await queryRows(db, 'select source_row, column_name, value, reason from rejects order by source_row')).toEqual([
        { source_row: 100_001, column_name: 'Дата поступления', value: '31.02.2023', reason: '"31.02.2023" is not a valid calendar date' },
        { source_row: 110_001, column_name: '№', value: 'A5', reason: 'duplicate appeal_id: the same as row 6' },
      ]);
    } finally {
      db.close();
    }
  });

  it('the contract SQL types and refuses cells as the TypeScript coercers do, for every column type', async () => {
    const cells = ['', '  ', '12', ' 12 ', '12 500', '-5', '-0', '007', '1,5', '1.25', 'нет', '—', 'x', 'да', 'Иә', '✓', 'ложь',
      '05.01.2023', '5.1.23', '31.02.2023', '29.02.2024', '2023-01-05', '2023-1-5T10:00', '2023-13-01', '07.01.23 г.', '12.1.2023 10:30',
      '44950', '12345', '99999.5', '1899-12-31', '2023-05', '05.2023', '2023-5', '2023-13', '15.06.2023', 'вчера',
      'Инстаграм', 'instagram', 'TG', 'Телеграмм', 'web-сайт', 'сайт', 'kazkenes.kz', 'другое', 'прочее',
      '3', '№ 3', 'Комиссия № 2', 'комиссия 4', '5-комиссия', 'к3', 'commission 1', '03', '9', 'Комиссия № 99',
      '\u00a012\u00a0', '\t05.01.2023\t', '1\u00a0234',
      // Issue 11: values as people write them. The SQL twin reads the common forms; the rare ones (month
      // names, a time with a zone) it leaves to the TypeScript coercers, which the bulk loader asks.
      "12'500", '12,500', '1,234,567', '12,50', '1\u202f234', '1 234,5', '1,234.5', '1.234,5', "12'500.5",
      '12-03-2025', '2025/03/12', '2025.03.12', '12.03.2025г', '12.03.2025 г.', '12.03.2025 18:30', '2025-03-12 18:30:00',
      '12 марта 2025', '12 марта 2025 г.', '2025 жылғы 12 наурыз', 'March 12, 2025', '2025-03-12T20:30:00Z', '2025-03-12T20:30+05:00',
      'есть', 'бар', 'Единогласно', 'ФБ', 'Официальный сайт', 'Теле\u00adграм', 'инста\u200bграм', '“сайт”', 'март 2025', '2025 жылғы наурыз'];
    // The common forms the SQL twin must read itself, to keep large files on the fast path.
    const sqlReads = new Set(["12'500", '12,500', '1,234,567', '1\u202f234', '12-03-2025', '2025/03/12', '12.03.2025г', '12.03.2025 г.',
      '12.03.2025 18:30', '2025-03-12 18:30:00', 'есть', 'Единогласно', 'ФБ', 'Официальный сайт', '05.01.2023', '2023-01-05', '44950',
      'Теле\u00adграм', 'инста\u200bграм', '“сайт”']);
    const specs: Record<string, ColumnSpec> = {
      int: { type: 'int' }, number: { type: 'number' }, date: { type: 'date' }, bool: { type: 'bool' }, month: { type: 'month' },
      platform: { type: 'enum', values: PLATFORMS }, commission: { type: 'commission' }, required: { type: 'text', required: true },
    };
    const ctx = { commissions: ['1', '2', '3', '4', '5'] };
    const register = defineRegister({ id: 'probe', names: [], key: ['required'], columns: specs });
    const db = await openDatabase(':memory:');
    try {
      await run(db, 'create table cells (raw varchar, has_nbsp boolean)');
      for (const raw of cells) await run(db, 'insert into cells values ($raw, $nbsp)', { raw, nbsp: /\u00a0/.test(raw) });
      for (const [name, spec] of Object.entries(specs)) {
        for (const unicodeSpaces of [false, true]) {
          const t = cellTextSql('raw', { unicodeSpaces });
          const rows = await queryRows(db, `select raw, cast(${columnSql(spec, 't', ctx)} as ${register.sqlType(name)}) as v
            from (select raw, ${t} as t from cells where ${unicodeSpaces ? 'true' : 'not has_nbsp'})`);
          for (const row of rows) {
            const parsed = defineRegister({ id: 'probe', names: [], key: [name], columns: { [name]: spec } }).schema(ctx).safeParse({ [name]: row.raw });
            // -0 and 0 are one value here (an integer column stores both as 0).
            const zero = (v: unknown) => (v === 0 ? 0 : v);
            // The bulk loader refuses a record whose cell has text but no value, or a required cell without one.
            const refused = row.v === null && (cellText(row.raw) !== null || spec.required === true);
            const expected = parsed.success ? { v: zero(parsed.data[name] ?? null), refused: false } : { v: null, refused: true };
            // A cell SQL leaves unread that TypeScript reads goes to the coercers (checkRefused): never a different value.
            if (refused && parsed.success && !sqlReads.has(row.raw as string)) continue;
            expect({ name, raw: row.raw, v: zero(row.v), refused }).toEqual({ name, raw: row.raw, ...expected });
          }
        }
      }
    } finally {
      db.close();
    }
  });
});
