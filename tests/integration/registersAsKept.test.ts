/**
 * Registers as secretariats keep them (issue 11), through ingestFiles: named
 * anything, under merged titles, starting in column B, with running numbers,
 * Kazakh headers, the values people write, and a council's own words.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { defaultConfig, parseConfig, type Config } from '../../workspace/config.ts';
import { openDatabase, queryRows, queryValue, type Db } from '../../workspace/db.ts';
import { ingestFiles } from '../../pipelines/ingest/ingest.ts';
import { silentLogger } from '../../workspace/Logger.ts';
import { KenesError } from '../../sources/KenesError.ts';
import { useTempDir } from '../helpers/tempDir.ts';

const tempDir = useTempDir();
const config = defaultConfig('Тестовый совет');

async function withDb<T>(dir: string, work: (db: Db) => Promise<T>): Promise<T> {
  const db = await openDatabase(join(dir, 'kenes.duckdb'));
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

const ingest = (db: Db, files: string[], options: { register?: string; config?: Config } = {}) =>
  ingestFiles(db, files, { config: options.config ?? config, logger: silentLogger, register: options.register });

const appealRows = (db: Db) => queryRows(db, 'select appeal_id, received_on, status, answered_on, source_sheet, source_row, extra from raw_appeals order by source_row');

describe('registers as people keep them', () => {
  it('a CSV named "Выгрузка из журнала 2025.csv" holding appeals, with "№ п/п" and "№ обращения"', async () => {
    const dir = await tempDir();
    const file = join(dir, 'Выгрузка из журнала 2025.csv');
    await writeFile(file, [
      'Журнал регистрации обращений граждан за 2025 год',
      '№ п/п,№ обращения,Дата поступления (дд.мм.гггг),Статус [выбрать из списка],Дата ответа,Примечание',
      '1,О-1,12.03.2025 г.,open,,',
      '2,О-2,13.03.2025,open,,повторное',
      '3,О-3,14 марта 2025,Ответ дан,2025-03-20T20:30:00Z,',
    ].join('\n'));
    await withDb(dir, async (db) => {
      const result = await ingest(db, [file]);
      expect(result.tables).toEqual([{ file: 'Выгрузка из журнала 2025.csv', sheet: null, register: 'appeals', loaded: 3, rejected: 0 }]);
      expect(await appealRows(db)).toEqual([
        { appeal_id: 'О-1', received_on: '2025-03-12', status: 'in_progress', answered_on: null, source_sheet: null, source_row: 3, extra: null },
        { appeal_id: 'О-2', received_on: '2025-03-13', status: 'in_progress', answered_on: null, source_sheet: null, source_row: 4, extra: '{"Примечание":"повторное"}' },
        // 20:30 UTC on the 20th is the 21st in Almaty.
        { appeal_id: 'О-3', received_on: '2025-03-14', status: 'answered', answered_on: '2025-03-21', source_sheet: null, source_row: 5, extra: null },
      ]);
    });
  });

  it('an xlsx with a merged title over a table that starts in column B, Kazakh headers, a hidden list sheet', async () => {
    const dir = await tempDir();
    const file = join(dir, 'Есеп.xlsx');
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Лист1');
    sheet.getCell('B1').value = 'Азаматтардың өтініштерінің тізілімі, 2025 жыл';
    sheet.mergeCells('B1:F1');
    sheet.getCell('B2').value = 'Алматы қаласының қоғамдық кеңесі';
    sheet.mergeCells('B2:F2');
    sheet.getRow(4).values = [null, 'Р/с', 'Өтініш нөмірі', 'Түскен күні', 'Мәртебесі', 'Жауап берілген күн'];
    sheet.getRow(5).values = [null, 1, 'Ө-1', new Date(Date.UTC(2025, 2, 3)), 'жауап берілді', 45730];
    sheet.getRow(6).values = [null, 2, 'Ө-2', '2025 жылғы 4 наурыз', 'қаралуда', null];
    sheet.getRow(7).values = [null, 3, 'Ө-3', '05.03.2025', 'жауап берилди', '2025-03-12 18:30'];
    const lists = wb.addWorksheet('Тізімдер', { state: 'hidden' });
    lists.addRow(['жауап берілді', 'қаралуда']);
    await wb.xlsx.writeFile(file);
    await withDb(dir, async (db) => {
      const result = await ingest(db, [file]);
      expect(result.tables).toEqual([{ file: 'Есеп.xlsx', sheet: 'Лист1', register: 'appeals', loaded: 3, rejected: 0 }]);
      expect((await appealRows(db)).map((r) => [r.appeal_id, r.received_on, r.status, r.answered_on, r.source_row, r.extra])).toEqual([
        ['Ө-1', '2025-03-03', 'answered', '2025-03-14', 5, null],
        ['Ө-2', '2025-03-04', 'in_progress', null, 6, null],
        ['Ө-3', '2025-03-05', 'answered', '2025-03-12', 7, null],
      ]);
    });
  });

  it('a votes sheet whose header takes two merged rows: "Голосование" over за | против | воздержались', async () => {
    const dir = await tempDir();
    const file = join(dir, 'Протоколы 2025.xlsx');
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Итоги голосования');
    sheet.getRow(1).values = ['Итоги голосования на заседаниях 2025 года'];
    sheet.mergeCells('A1:G1');
    sheet.getRow(2).values = ['№ п/п', 'Заседание', '№ вопроса', 'Голосование', null, null, 'Итог'];
    sheet.getRow(3).values = [null, null, null, 'за', 'против', 'воздержались', null];
    for (const cell of ['A2:A3', 'B2:B3', 'C2:C3', 'D2:F2', 'G2:G3']) sheet.mergeCells(cell);
    sheet.getRow(4).values = [1, 'C1', 1, '12', '0', '1', 'Принято'];
    sheet.getRow(5).values = [2, 'C1', 2, '1 200', 0, 0, 'қабылданды'];
    await wb.xlsx.writeFile(file);
    await withDb(dir, async (db) => {
      expect((await ingest(db, [file])).tables).toEqual([{ file: 'Протоколы 2025.xlsx', sheet: 'Итоги голосования', register: 'votes', loaded: 2, rejected: 0 }]);
      expect(await queryRows(db, 'select item_no, "for", against, abstain, declared, source_row, extra from raw_votes order by item_no')).toEqual([
        { item_no: 1, for: 12, against: 0, abstain: 1, declared: 'adopted', source_row: 4, extra: null },
        { item_no: 2, for: 1200, against: 0, abstain: 0, declared: 'adopted', source_row: 5, extra: null },
      ]);
    });
  });

  it('a workbook of sheets named "Лист1", "Лист2": each known by its header', async () => {
    const dir = await tempDir();
    const file = join(dir, 'Книга1.xlsx');
    const wb = new ExcelJS.Workbook();
    const a = wb.addWorksheet('Лист1');
    a.addRow(['№', 'Номер обращения', 'Дата', 'Статус*']);
    a.addRow([1, 'A-1', '01.02.2025', 'на исполнении']);
    const b = wb.addWorksheet('Лист2');
    b.addRow(['No.', 'Заседание', 'ФИО члена совета', 'Отметка о присутствии', 'Причина отсутствия']);
    b.addRow([1, 'C1', 'Иванов И.И.', '+', null]);
    b.addRow([2, 'C1', 'Петров П.П.', 'командировка', 'Астана']);
    b.addRow([3, 'C1', 'Сидоров С.С.', 'н/я', null]);
    await wb.xlsx.writeFile(file);
    await withDb(dir, async (db) => {
      const result = await ingest(db, [file]);
      expect(result.tables.map((t) => [t.sheet, t.register, t.loaded, t.rejected])).toEqual([['Лист1', 'appeals', 1, 0], ['Лист2', 'attendance', 3, 0]]);
      expect(await queryRows(db, 'select member, status, note, extra from raw_attendance order by source_row')).toEqual([
        { member: 'Иванов И.И.', status: 'present', note: null, extra: null },
        { member: 'Петров П.П.', status: 'absent_excused', note: 'Астана', extra: null },
        { member: 'Сидоров С.С.', status: 'absent_unexcused', note: null, extra: null },
      ]);
    });
  });

  it('"appeals-cp1251-semicolon.csv": a name with more words than the register\'s, Windows-1251, semicolons', async () => {
    const dir = await tempDir();
    const file = join(dir, 'appeals-cp1251-semicolon.csv');
    await writeFile(file, iconv.encode(['№ обращения;Дата поступления;Статус;Число подписей', 'A1;12.03.2025;в работе;1 200', 'A2;13.03.2025;отвечено;12,500'].join('\r\n'), 'win1251'));
    await withDb(dir, async (db) => {
      expect((await ingest(db, [file])).tables).toEqual([{ file: 'appeals-cp1251-semicolon.csv', sheet: null, register: 'appeals', loaded: 2, rejected: 0 }]);
    });
  });

  it('a header that fits two registers equally is refused naming both, the database unchanged; --register settles it', async () => {
    const dir = await tempDir();
    const file = join(dir, 'export.csv');
    await writeFile(file, ['№,Дата,Адресат,Тема,Дата ответа', '1,01.02.2025,Управление,Дороги,'].join('\n'));
    await withDb(dir, async (db) => {
      const error = await ingest(db, [file]).catch((e) => e);
      expect(error).toBeInstanceOf(KenesError);
      expect([error.code, error.exitCode]).toEqual(['ingest.ambiguousRegister', 2]);
      expect(error.toString()).toBe('export.csv — the header fits both the appeals and the letters register (5 columns each). Hint: Pass --register appeals or --register letters, or name the file after its register.');
      expect(await queryValue(db, 'select count(*) from batches')).toBe(0);
      expect((await ingest(db, [file], { register: 'letters' })).tables.map((t) => [t.register, t.loaded])).toEqual([['letters', 1]]);
    });
  });

  it('a refused value names the column, the row and the nearest allowed values; the council\'s own words load', async () => {
    const dir = await tempDir();
    const file = join(dir, 'appeals.csv');
    await writeFile(file, ['appeal_id,received_on,status', 'A1,2025-03-01,закрыт ответом', 'A2,2025-03-02,отвеченно'].join('\n'));
    await withDb(dir, async (db) => {
      await ingest(db, [file]);
      expect(await queryRows(db, 'select source_row, column_name, value, reason from rejects order by source_row')).toEqual([
        { source_row: 2, column_name: 'status', value: 'закрыт ответом', reason: '"закрыт ответом" is not an allowed status; nearest: дан ответ (answered), закрыто (closed), открыто (in_progress); allowed: new, in_progress, answered, redirected, closed' },
        { source_row: 3, column_name: 'status', value: 'отвеченно', reason: '"отвеченно" is not an allowed status; nearest: отвечено (answered), ответ дан (answered), отозвано (closed); allowed: new, in_progress, answered, redirected, closed' },
      ]);
      const withWords = parseConfig({ council: { name: 'Тестовый совет' }, commissions: config.commissions, values: { 'appeals.status': { answered: ['закрыт ответом'] } } });
      await ingest(db, [file], { config: withWords });
      expect(await queryRows(db, 'select appeal_id, status from raw_appeals')).toEqual([{ appeal_id: 'A1', status: 'answered' }]);
      expect(await queryValue(db, 'select count(*) from rejects')).toBe(1);
    });
  });

  it('a members register kept without ids names members by full name, and a meetings register numbers its meetings', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'Состав совета.csv'), 'Состав совета на 2025 год\n№ п/п,Ф.И.О. члена совета,Комиссия,"Дата\nвступления"\n'
      + '1,Сейтказиева Айгерим Маратовна,Комиссия № 1,10.01.2023\n2,Ёлкин Пётр Сергеевич,2,10.01.2023\n3,,1,01.10.2025\n');
    await writeFile(join(dir, 'Заседания.csv'), 'Номер заседания;Номер протокола;Орган;Дата проведения\nЗ-1;7;Общественный совет;14 марта 2025 г.\n');
    await writeFile(join(dir, 'Посещаемость.csv'), 'Заседание,ФИО,Статус\nЗ-1,Сейтказиева А.М.,присутствовала\nЗ-1,П.С. Елкин,отсутствовал по уважительной причине\n');
    await withDb(dir, async (db) => {
      const result = await ingest(db, ['Состав совета.csv', 'Заседания.csv', 'Посещаемость.csv'].map((f) => join(dir, f)));
      expect(result.tables.map((t) => [t.register, t.loaded, t.rejected])).toEqual([['members', 2, 1], ['meetings', 1, 0], ['attendance', 2, 0]]);
      // A row with neither an id nor a name is refused, not given an invented id.
      expect(result.rejects.map((r) => [r.source_row, r.reason])).toEqual([[5, 'member_id is required'], [5, 'full_name is required']]);
      expect(await queryRows(db, 'select member_id, full_name, commission from raw_members order by source_row')).toEqual([
        { member_id: 'Сейтказиева Айгерим Маратовна', full_name: 'Сейтказиева Айгерим Маратовна', commission: '1' },
        { member_id: 'Ёлкин Пётр Сергеевич', full_name: 'Ёлкин Пётр Сергеевич', commission: '2' },
      ]);
      expect(await queryRows(db, 'select meeting_id, number from raw_meetings')).toEqual([{ meeting_id: 'З-1', number: '7' }]);
    });
  });
});
