/**
 * A register is recognised by its name's words, else by what it holds
 * (issue 11): the header row decides, and a tie or a name the header
 * contradicts is refused naming both registers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recognizeTable } from '../../../sources/contracts/recognizeTable.ts';
import { recognizeRegister, REGISTERS, registersNamedBy } from '../../../sources/contracts/registers.ts';
import type { Table } from '../../../sources/readers/Table.ts';
import { kenesErrorOf } from '../../helpers/kenesErrorOf.ts';
import { KenesError } from '../../../sources/KenesError.ts';

const csv = (file: string, rows: unknown[][]): Table => ({ file, sheet: null, hidden: false, rows: rows.map((cells, i) => ({ row: i + 1, cells })) });
const sheet = (file: string, name: string, rows: unknown[][], hidden = false): Table => ({ ...csv(file, rows), sheet: name, hidden });
const APPEALS = [['№ обращения', 'Дата поступления', 'Заявитель', 'Статус'], ['A1', '12.03.2025', 'Иванов', 'open']];
const ATTENDANCE = [['Заседание', 'ФИО', 'Отметка'], ['C1', 'Иванов И.И.', '+']];

describe('names, by their words', () => {
  it('a word or a run of words that is a register name, in ru/kk/en, in any form', () => {
    const cases: [string, string[]][] = [
      ['appeals.csv', ['appeals']],
      ['appeals-2025-q1.csv', ['appeals']],
      ['appeals-cp1251-semicolon.csv', ['appeals']],
      ['Обращения_Q1.xlsx', ['appeals']],
      ['Реестр обращений граждан 2025.xlsx', ['appeals']],
      ['Өтініштер 2025.xlsx', ['appeals']],
      ['npa_reviews.csv', ['npa_reviews']],
      ['Экспертиза НПА.xlsx', ['npa_reviews']],
      ['Список членов совета.xlsx', ['members']],
      ['Кеңес мүшелері.csv', ['members']],
      ['votes 2001 bad counts.csv', ['votes']],
      ['Итоги голосования.csv', ['votes']],
      ['Выгрузка из журнала 2025.csv', []],
      ['Лист1', []],
      ['unknown register.csv', []],
    ];
    for (const [name, ids] of cases) expect([name, registersNamedBy(name).map((r) => r.id)]).toEqual([name, ids]);
  });

  it('a name naming two registers names none by itself', () => {
    expect(registersNamedBy('Посещаемость заседаний.xlsx').map((r) => r.id).sort()).toEqual(['attendance', 'meetings']);
    expect(recognizeRegister('Посещаемость заседаний.xlsx')).toBeUndefined();
    expect(recognizeRegister('Обращения 2023.csv')?.id).toBe('appeals');
  });
});

describe('recognizeTable', () => {
  it('a file whose name says nothing is known by its header, under a title and from column B', () => {
    expect(recognizeTable(csv('Выгрузка из журнала 2025.csv', [['Журнал'], ...APPEALS.map((r) => [null, ...r])]))?.id).toBe('appeals');
    expect(recognizeTable(csv('export.csv', ATTENDANCE))?.id).toBe('attendance');
    expect(recognizeTable(csv('export.csv', [['a', 'b'], ['1', '2']]))).toBeUndefined();
  });

  it('a name naming two registers is settled by the header', () => {
    expect(recognizeTable(csv('Посещаемость заседаний.csv', ATTENDANCE))?.id).toBe('attendance');
    expect(kenesErrorOf(() => recognizeTable(csv('Посещаемость заседаний.csv', APPEALS))).message)
      .toBe('the name names both the meetings and the attendance register, and the header fits neither');
  });

  it('two registers fitting equally are refused, naming both and asking for --register', () => {
    // № | Дата | Адресат | Тема | Дата ответа: an appeals header and a letters header alike.
    const error = kenesErrorOf(() => recognizeTable(csv('export.csv', [['№', 'Дата', 'Адресат', 'Тема', 'Дата ответа'], ['1', '01.02.2025', 'D01', 'x', '']])));
    expect(error.code).toBe('ingest.ambiguousRegister');
    expect(error.message).toBe('the header fits both the appeals and the letters register (5 columns each)');
    expect(error.hint).toBe('Pass --register appeals or --register letters, or name the file after its register.');
    expect(error.toString()).toMatch(/^export\.csv — /);
  });

  it('a name that says one register while the header is another\'s is refused', () => {
    const error = kenesErrorOf(() => recognizeTable(csv('letters.csv', APPEALS)));
    expect(error.code).toBe('ingest.registerMismatch');
    expect(error.message).toBe('the name says letters but the header is that of the appeals register');
    expect(error.hint).toContain('--register appeals');
  });

  it('a name with a header that fits nothing stays the named register (its missing columns are reported later)', () => {
    expect(recognizeTable(csv('meetings.csv', [['meeting_id', 'title'], ['C1', 'x']]))?.id).toBe('meetings');
  });

  it('a workbook: each sheet by its own name, else by its header; a lone sheet by the file name; a hidden sheet only by name', () => {
    const a = sheet('Книга1.xlsx', 'Лист1', APPEALS);
    const b = sheet('Книга1.xlsx', 'Лист2', ATTENDANCE);
    const notes = sheet('Книга1.xlsx', 'Заметки', [['это не реестр']]);
    const all = [a, b, notes];
    expect(all.map((t) => recognizeTable(t, all)?.id)).toEqual(['appeals', 'attendance', undefined]);
    const lone = sheet('Обращения.xlsx', 'Sheet1', [['№', 'Дата поступления'], ['1', '01.01.2025']]);
    expect(recognizeTable(lone, [lone])?.id).toBe('appeals');
    const named = sheet('x.xlsx', 'Посещаемость', ATTENDANCE);
    expect(recognizeTable(named, [named, a])?.id).toBe('attendance');
    const hidden = sheet('x.xlsx', 'Списки', APPEALS, true);
    expect(recognizeTable(hidden, [hidden, a])).toBeUndefined();
  });

  it('property: any register\'s header, spelt any way, under titles, from any column, with a running number, is that register (or a tie naming it)', () => {
    const header = fc.constantFrom(...REGISTERS).chain((register) => fc.record({
      register: fc.constant(register),
      cells: fc.tuple(...Object.entries(register.columns).map(([name, c]) => fc.record({
        label: fc.constantFrom(...[name, ...(c.aliases ?? [])].filter((a) => register.matchHeader(a) === name)),
        keep: c.required ? fc.constant(true) : fc.boolean(),
        upper: fc.boolean(),
        hint: fc.constantFrom('', ' (дд.мм.гггг)', ' [из списка]', '*', ':', '\n'),
      }))),
      titles: fc.integer({ min: 0, max: 3 }),
      offset: fc.integer({ min: 0, max: 2 }),
      runningNumber: fc.constantFrom(null, '№ п/п', 'п/п', 'N п/п'),
    }));
    fc.assert(fc.property(header, ({ register, cells, titles, offset, runningNumber }) => {
      const labels = cells.filter((c) => c.keep).map((c) => `${c.upper ? c.label.toUpperCase() : c.label}${c.hint}`);
      const pad = Array.from({ length: offset }, () => null);
      const rows = [
        ...Array.from({ length: titles }, (_, i) => [...pad, `Заголовок ${i + 1}`]),
        [...pad, ...(runningNumber ? [runningNumber] : []), ...labels],
        [...pad, ...(runningNumber ? [1] : []), ...labels.map(() => 'x')],
      ];
      try {
        expect(recognizeTable(csv('Выгрузка.csv', rows))?.id).toBe(register.id);
      } catch (error) {
        if (!(error instanceof KenesError)) throw error;
        expect([error.code, error.message.includes(` ${register.id} `)]).toEqual(['ingest.ambiguousRegister', true]);
      }
    }), { numRuns: 1500 });
  });
});

describe('a header is a row that names two columns at least', () => {
  it('an instructions sheet listing column names one per row, or a lone "ФИО" list, is no register', () => {
    const instructions = sheet('Шаблон.xlsx', 'Инструкция', [['member_id', 'код — обязательно'], ['full_name', 'фио — обязательно'], ['commission', 'комиссия']]);
    const names = sheet('Шаблон.xlsx', 'Лист2', [['ФИО', null], ['Иванов Иван', null], ['Петров Пётр', null]]);
    expect(recognizeTable(instructions, [instructions, names])).toBeUndefined();
    expect(recognizeTable(names, [instructions, names])).toBeUndefined();
    // Named, a members sheet of names only is still read: its ids are the names (members.member_id defaultFrom).
    expect(recognizeTable(sheet('Шаблон.xlsx', 'Члены совета', [['ФИО'], ['Иванов Иван']]))?.id).toBe('members');
  });
});

