import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../workspace/config.ts';
import { openDatabase, queryRows, queryValue, type Db } from '../../workspace/db.ts';
import { ingestFiles } from '../../pipelines/ingest/ingest.ts';
import { silentLogger } from '../../workspace/Logger.ts';
import { KenesError } from '../../sources/KenesError.ts';
import { useTempDir } from '../helpers/tempDir.ts';

const tempDir = useTempDir();
const config = defaultConfig('Тестовый совет');
const ingest = (db: Db, files: string[], register?: string) => ingestFiles(db, files, { config, logger: silentLogger, register });

async function freshDb(dir: string): Promise<Db> {
  return openDatabase(join(dir, 'kenes.duckdb'));
}

describe('ingest', () => {
  it('loads good rows and sends a bad date and an unknown commission to rejects with their location', async () => {
    const dir = await tempDir();
    const file = join(dir, 'npa_reviews.csv');
    await writeFile(file, [
      'npa_id,title,source_body,received_on,reviewed_on,commission,result',
      'N1,Проект постановления о парковках,D01,01.02.2023,15.02.2023,1,одобрено',
      'N2,Проект правил благоустройства,D02,31.02.2023,01.03.2023,2,approved',
      'N3,Проект решения маслихата,K01,05.03.2023,20.03.2023,Комиссия № 9,approved',
      'N4,Проект тарифов,D03,10.03.2023,,Комиссия № 3,',
    ].join('\n'));
    const db = await freshDb(dir);
    try {
      const result = await ingest(db, [file]);
      expect(result.tables).toEqual([{ file: 'npa_reviews.csv', sheet: null, register: 'npa_reviews', loaded: 2, rejected: 2 }]);
      expect(await queryRows(db, 'select npa_id, reviewed_on, commission, result, source_row from raw_npa_reviews order by npa_id')).toEqual([
        { npa_id: 'N1', reviewed_on: '2023-02-15', commission: '1', result: 'approved', source_row: 2 },
        { npa_id: 'N4', reviewed_on: null, commission: '3', result: null, source_row: 5 },
      ]);
      expect(await queryRows(db, 'select source_file, source_row, column_name, value, reason from rejects order by source_row')).toEqual([
        { source_file: 'npa_reviews.csv', source_row: 3, column_name: 'received_on', value: '31.02.2023', reason: '"31.02.2023" is not a valid calendar date' },
        { source_file: 'npa_reviews.csv', source_row: 4, column_name: 'commission', value: 'Комиссия № 9', reason: 'unknown commission "Комиссия № 9" (known: 1, 2, 3, 4, 5)' },
      ]);
    } finally {
      db.close();
    }
  });

  it('re-ingesting a file replaces its rows: three times gives the same counts', async () => {
    const dir = await tempDir();
    const file = join(dir, 'letters.csv');
    await writeFile(file, 'letter_id,sent_on,addressee,answered_on\nL1,2023-01-05,D01,2023-01-12\nL2,2023-01-06,D02,\nL3,bad,D02,\n');
    const db = await freshDb(dir);
    try {
      for (let i = 0; i < 3; i++) await ingest(db, [file]);
      expect(await queryValue(db, 'select count(*) from raw_letters')).toBe(2);
      expect(await queryValue(db, 'select count(*) from rejects')).toBe(1);
      expect(await queryValue(db, 'select count(*) from batches')).toBe(3);
    } finally {
      db.close();
    }
  });

  it('a file that cannot be parsed leaves the database unchanged and names the file', async () => {
    const dir = await tempDir();
    const good = join(dir, 'letters.csv');
    await writeFile(good, 'letter_id,sent_on,addressee\nL1,2023-01-05,D01\n');
    const broken = join(dir, 'appeals.xlsx');
    await writeFile(broken, 'PK\u0003\u0004 this is not really a zip');
    const db = await freshDb(dir);
    try {
      await ingest(db, [good]);
      await writeFile(good, 'letter_id,sent_on,addressee\nL9,2023-02-05,D01\n');
      const error = await ingest(db, [good, broken]).catch((e) => e);
      expect(error).toBeInstanceOf(KenesError);
      expect(error.code).toBe('read.badXlsx');
      expect(error.exitCode).toBe(2);
      expect(error.toString()).toMatch(/^appeals\.xlsx — /);
      // the first batch's row is still there; the second batch's new row is not
      expect(await queryRows(db, 'select letter_id from raw_letters')).toEqual([{ letter_id: 'L1' }]);
      expect(await queryValue(db, 'select count(*) from batches')).toBe(1);
    } finally {
      db.close();
    }
  });

  it('reads Russian Excel CSV: Windows-1251, semicolons, dd.mm.yyyy, Russian headers and values', async () => {
    const dir = await tempDir();
    const file = join(dir, 'Обращения 2023.csv');
    const text = [
      'Номер;Дата поступления;Тип заявителя;Заявитель;Тема;Комиссия;Статус;Дата ответа',
      '17;03.04.2023;Физическое лицо;Иванов И.И.;ЖКХ;Комиссия № 2;отвечено;12.04.2023',
      '18;04.04.2023;юридическое лицо;ТОО «Ромашка»;Транспорт;4;в работе;',
    ].join('\r\n');
    await writeFile(file, iconv.encode(text, 'win1251'));
    const db = await freshDb(dir);
    try {
      await ingest(db, [file]);
      expect(await queryRows(db, 'select appeal_id, received_on, applicant_type, applicant, commission, status, answered_on from raw_appeals order by appeal_id')).toEqual([
        { appeal_id: '17', received_on: '2023-04-03', applicant_type: 'individual', applicant: 'Иванов И.И.', commission: '2', status: 'answered', answered_on: '2023-04-12' },
        { appeal_id: '18', received_on: '2023-04-04', applicant_type: 'legal_entity', applicant: 'ТОО «Ромашка»', commission: '4', status: 'in_progress', answered_on: null },
      ]);
    } finally {
      db.close();
    }
  });

  it('finds a header below a title row in a sheet named in Russian, keeps unknown columns in extra', async () => {
    const dir = await tempDir();
    const file = join(dir, 'registers.xlsx');
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Члены совета');
    sheet.addRow(['Состав совета на 2023 год']);
    sheet.addRow([]);
    sheet.addRow(['ID', 'ФИО', 'Комиссия', 'Роль', 'Дата вступления', 'Телефон для связи']);
    sheet.addRow(['M1', 'Сериков Арман Болатович', 1, 'председатель', new Date(Date.UTC(2022, 4, 20)), '+7 701 000 00 00']);
    sheet.addRow(['M2', 'Ермекова Динара', '№2', 'член', 44701, null]);
    wb.addWorksheet('Заметки').addRow(['это не реестр']);
    await wb.xlsx.writeFile(file);
    const db = await freshDb(dir);
    try {
      const result = await ingest(db, [file]);
      expect(result.tables.map((t) => [t.sheet, t.register, t.loaded])).toEqual([['Члены совета', 'members', 2]]);
      expect(await queryRows(db, 'select member_id, commission, role, joined_on, source_sheet, source_row, extra from raw_members order by member_id')).toEqual([
        { member_id: 'M1', commission: '1', role: 'chair', joined_on: '2022-05-20', source_sheet: 'Члены совета', source_row: 4, extra: '{"Телефон для связи":"+7 701 000 00 00"}' },
        { member_id: 'M2', commission: '2', role: 'member', joined_on: '2022-05-20', source_sheet: 'Члены совета', source_row: 5, extra: null },
      ]);
    } finally {
      db.close();
    }
  });

  it('a missing required column is a data error naming file, row and column', async () => {
    const dir = await tempDir();
    const file = join(dir, 'meetings.csv');
    await writeFile(file, 'meeting_id,title\nC1,Заседание\n');
    const db = await freshDb(dir);
    try {
      const error = await ingest(db, [file]).catch((e) => e);
      expect(error.code).toBe('ingest.missingColumn');
      expect(error.toString()).toContain('meetings.csv:row 1 — missing required columns body, date in the meetings header');
    } finally {
      db.close();
    }
  });

  it('a duplicated key within a file is rejected, not loaded twice', async () => {
    const dir = await tempDir();
    const file = join(dir, 'bodies.csv');
    await writeFile(file, 'body_id,name,kind,mandatory\nD01,Управление образования,department,да\nD01,Управление здравоохранения,управление,нет\n');
    const db = await freshDb(dir);
    try {
      await ingest(db, [file]);
      expect(await queryRows(db, 'select body_id, name, mandatory from raw_bodies')).toEqual([{ body_id: 'D01', name: 'Управление образования', mandatory: true }]);
      expect(await queryValue(db, 'select reason from rejects')).toBe('duplicate body_id: the same as row 2');
    } finally {
      db.close();
    }
  });

  it('a binary file named .csv is a clear data error', async () => {
    const dir = await tempDir();
    const file = join(dir, 'votes.csv');
    await writeFile(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
    const db = await freshDb(dir);
    try {
      const error = await ingest(db, [file]).catch((e) => e);
      expect(error.code).toBe('read.binaryFile');
      expect(error.location.file).toBe('votes.csv');
    } finally {
      db.close();
    }
  });

  it('one meaning per code: a file holding no register is a data error (exit 2), a --register naming none a usage error (exit 1)', async () => {
    const dir = await tempDir();
    const file = join(dir, 'shopping list.csv');
    await writeFile(file, 'a,b,c\n1,2,3\n');
    const db = await freshDb(dir);
    try {
      const unknownFile = await ingest(db, [file]).catch((e) => e);
      expect([unknownFile.code, unknownFile.exitCode, unknownFile.location.file]).toEqual(['ingest.unknownRegister', 2, 'shopping list.csv']);
      const unknownOption = await ingest(db, [file], 'shopping').catch((e) => e);
      expect(unknownOption).toBeInstanceOf(KenesError);
      expect([unknownOption.code, unknownOption.exitCode, unknownOption.message]).toEqual(['ingest.unknownRegisterOption', 1, '--register "shopping" names no register']);
      expect(unknownOption.hint).toMatch(/^Registers: .*appeals.*letters/);
      // The file named as a register it is not: its rows are validated as that register, not refused as unknown.
      const forced = await ingest(db, [file], 'letters').catch((e) => e);
      expect(forced.code).not.toMatch(/^ingest\.unknownRegister/);
    } finally {
      db.close();
    }
  });
});

describe('an older database', () => {
  it('gets the columns a contract gained, in contract order, keeping its rows (ingest appends by position)', async () => {
    const dir = await tempDir();
    const db = await openDatabase(join(dir, 'kenes.duckdb'));
    try {
      // A version-1 letters table: no handled_by/commission columns, rejects without source_line.
      await db.connection.run(`create table raw_letters (letter_id varchar, sent_on date, addressee varchar, subject varchar,
        related_appeal varchar, answered_on date, source_file varchar not null, source_sheet varchar, source_row integer,
        source_line integer, batch_id integer not null, extra json)`);
      await db.connection.run(`insert into raw_letters values ('OLD1', '2022-01-05', 'D01', null, null, null, 'old.csv', null, 2, null, 1, null)`);
      await db.connection.run(`create table rejects (batch_id integer not null, register varchar not null, source_file varchar not null,
        source_sheet varchar, source_row integer, column_name varchar, value varchar, reason varchar not null)`);
      const file = join(dir, 'letters.csv');
      await writeFile(file, 'letter_id,sent_on,addressee\nL1,2023-01-05,D01\nL2,bad,D01\n');
      await ingest(db, [file]);
      expect(await queryRows(db, 'select letter_id, sent_on, source_file from raw_letters order by letter_id')).toEqual([
        { letter_id: 'L1', sent_on: '2023-01-05', source_file: 'letters.csv' },
        { letter_id: 'OLD1', sent_on: '2022-01-05', source_file: 'old.csv' },
      ]);
      expect(await queryValue(db, 'select count(*) from rejects where source_line is null')).toBe(1);
    } finally {
      db.close();
    }
  });
});
