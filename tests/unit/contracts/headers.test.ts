/**
 * Headers as people write them (issue 11): number signs, hints in brackets,
 * line breaks, `*` and `:`, Kazakh headers, a running-number column, and a
 * table under title rows or starting in column B.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appeals } from '../../../sources/contracts/appeals.ts';
import { attendance } from '../../../sources/contracts/attendance.ts';
import { letters } from '../../../sources/contracts/letters.ts';
import { normalizeHeader } from '../../../sources/contracts/normalizeHeader.ts';
import { REGISTERS } from '../../../sources/contracts/registers.ts';
import { validateTable } from '../../../sources/contracts/validateTable.ts';
import type { Table } from '../../../sources/readers/Table.ts';

const ctx = { commissions: ['1', '2', '3'] };
const table = (rows: unknown[][], file = 'appeals.csv'): Table => ({ file, sheet: null, hidden: false, rows: rows.map((cells, i) => ({ row: i + 1, cells })) });

describe('normalizeHeader', () => {
  it('writes every number sign as №', () => {
    for (const sign of ['№', 'No.', 'No', 'N', 'Nº', 'N°', '#', '№№']) expect(normalizeHeader(sign)).toBe('№');
    expect(normalizeHeader('No. обращения')).toBe('№ обращения');
    expect(normalizeHeader('№обращения')).toBe('№ обращения');
    expect(normalizeHeader('N п/п')).toBe('№ п/п');
    // A word that starts with n stays a word.
    expect(normalizeHeader('Name')).toBe('name');
    expect(normalizeHeader('note')).toBe('note');
  });

  it('drops hints in brackets, date-format hints, line breaks, double spaces, a trailing * or :', () => {
    expect(normalizeHeader('Дата поступления (дд.мм.гггг)')).toBe('дата поступления');
    expect(normalizeHeader('Статус [выбрать из списка]')).toBe('статус');
    expect(normalizeHeader('Дата\nпоступления*')).toBe('дата поступления');
    expect(normalizeHeader('  Дата   ответа:  ')).toBe('дата ответа');
    expect(normalizeHeader('Дата ответа, дд.мм.гггг')).toBe('дата ответа');
    expect(normalizeHeader('Дата {YYYY-MM-DD}')).toBe('дата');
    // A soft hyphen from Word, a zero-width space from the web.
    expect(normalizeHeader('Дата поступ\u00adления')).toBe('дата поступления');
    expect(normalizeHeader('Ста\u200bтус')).toBe('статус');
  });
});

describe('matchHeader', () => {
  it('maps the ways people name an id column to it', () => {
    for (const h of ['№ обращения', 'Номер обращения', 'Рег. №', 'Рег. номер', '№ заявления', 'Өтініш нөмірі', 'No. обращения']) {
      expect([h, appeals.matchHeader(h)]).toEqual([h, 'appeal_id']);
    }
    for (const h of ['№ письма', 'Исх. №', 'Номер письма', 'Хат нөмірі']) expect([h, letters.matchHeader(h)]).toEqual([h, 'letter_id']);
  });

  it('reads Kazakh headers, with or without Kazakh letters', () => {
    expect(appeals.matchHeader('Өтініш нөмірі')).toBe('appeal_id');
    expect(appeals.matchHeader('Түскен күні')).toBe('received_on');
    expect(appeals.matchHeader('Мәртебесі')).toBe('status');
    expect(appeals.matchHeader('Жауап берілген күн')).toBe('answered_on');
    // Typed on a Russian keyboard: қ→к, ә→а, ү→у, і→и.
    expect(appeals.matchHeader('Туекен куни'.replace('Туекен', 'Тускен'))).toBe('received_on');
    expect(attendance.matchHeader('Қатысуы')).toBe('status');
  });

  it('every column of every register has a Kazakh header', () => {
    const kazakh = /[әғқңөұүһі]/i;
    // Kazakh words with no letter of their own.
    const KAZAKH_PLAIN = new Set(['жарияланымдар', 'орындаушы', 'аудан', 'жоспар', 'арна', 'ай']);
    const missing = REGISTERS.flatMap((r) => Object.entries(r.columns)
      .filter(([, c]) => !(c.aliases ?? []).some((a) => kazakh.test(a) || KAZAKH_PLAIN.has(a)))
      .map(([name]) => `${r.id}.${name}`));
    expect(missing).toEqual([]);
  });

  it('no header names two columns of one register', () => {
    const clashes = REGISTERS.flatMap((r) => Object.entries(r.columns).flatMap(([name, c]) => (c.aliases ?? [])
      .filter((a) => r.matchHeader(a) !== name).map((a) => `${r.id}.${name}: "${a}" is ${r.matchHeader(a)}`)));
    expect(clashes).toEqual([]);
  });

  it('property: a known header in any case, spacing, line breaks, a bracketed hint and a * or : is the same column', () => {
    const known = REGISTERS.flatMap((r) => Object.entries(r.columns).flatMap(([name, c]) => [name, ...(c.aliases ?? [])]
      .filter((a) => r.matchHeader(a) === name).map((a) => ({ register: r, name, alias: a }))));
    const spell = fc.record({
      pick: fc.constantFrom(...known),
      caseMode: fc.constantFrom('upper', 'lower', 'title', 'asis'),
      gap: fc.constantFrom(' ', '  ', '\n', ' \n ', '\u00a0', '\t'),
      hint: fc.constantFrom('', ' (дд.мм.гггг)', ' [выбрать из списка]', ' (обязательно)', ' (заполняется секретарём)'),
      tail: fc.constantFrom('', '*', ':', ' *', ' :'),
      pad: fc.constantFrom('', ' ', '  ', '\n'),
    });
    fc.assert(fc.property(spell, ({ pick, caseMode, gap, hint, tail, pad }) => {
      let text = pick.alias.split(' ').join(gap);
      if (caseMode === 'upper') text = text.toUpperCase();
      else if (caseMode === 'lower') text = text.toLowerCase();
      else if (caseMode === 'title') text = text.charAt(0).toUpperCase() + text.slice(1);
      const header = `${pad}${text}${hint}${tail}${pad}`;
      expect([header, pick.register.matchHeader(header)]).toEqual([header, pick.name]);
    }), { numRuns: 1000 });
  });
});

describe('the header row', () => {
  it('"№ обращения" is the id; "№ п/п" is a running number read past, in neither a column nor extra', () => {
    const result = validateTable(table([
      ['№ п/п', '№ обращения', 'Дата поступления', 'Статус'],
      [1, 'A-17', '12.03.2025', 'отвечено'],
      [2, 'A-18', '13.03.2025', 'open'],
    ]), appeals, ctx);
    expect(result.rejects).toEqual([]);
    expect(result.rows.map((r) => [r.values.appeal_id, r.values.status, r.extra])).toEqual([['A-17', 'answered', null], ['A-18', 'in_progress', null]]);
  });

  it('a bare № is the id where no other column is, and the running number where one is', () => {
    const alone = validateTable(table([['№', 'Дата поступления'], ['17', '12.03.2025']]), appeals, ctx);
    expect(alone.rows[0].values.appeal_id).toBe('17');
    const withId = validateTable(table([['№', 'Номер обращения', 'Дата'], ['1', 'A-17', '12.03.2025']]), appeals, ctx);
    expect([withId.rows[0].values.appeal_id, withId.rows[0].extra]).toEqual(['A-17', null]);
    // Attendance has no number column: a bare № is a running number there.
    const att = validateTable(table([['№', 'Заседание', 'ФИО', 'Отметка'], ['1', 'C1', 'Иванов И.И.', '+']]), attendance, ctx);
    expect([att.rows[0].values, att.rows[0].extra]).toEqual([{ meeting_id: 'C1', member: 'Иванов И.И.', status: 'present', note: null }, null]);
  });

  it('a column with no header holding 1, 2, 3… is a running number; one holding anything else is kept in extra', () => {
    const result = validateTable(table([
      [null, '№ обращения', 'Дата', null],
      ['1', 'A1', '01.03.2025', 'звонок'],
      ['2', 'A2', '02.03.2025', null],
      ['3', 'A3', '03.03.2025', 'письмо'],
    ]), appeals, ctx);
    expect(result.rows.map((r) => r.extra)).toEqual([{ 'column 4': 'звонок' }, null, { 'column 4': 'письмо' }]);
    const notRunning = validateTable(table([[null, '№ обращения', 'Дата'], ['1', 'A1', '01.03.2025'], ['3', 'A2', '02.03.2025']]), appeals, ctx);
    expect(notRunning.rows.map((r) => r.extra)).toEqual([{ 'column 1': '1' }, { 'column 1': '3' }]);
  });

  it('finds the header under several title rows and a merged title, with the table starting in column C', () => {
    const result = validateTable(table([
      [null, null, 'Общественный совет г. Алматы'],
      [null, null, 'Реестр обращений граждан за I квартал 2025 года'],
      [null, null, 'по состоянию на 01.04.2025', null, null],
      [null, null, '№\nп/п', 'Өтініш нөмірі', 'Түскен күні', 'Мәртебесі', 'Жауап берілген күн'],
      [null, null, 1, 'Ө-1', '2025 жылғы 3 наурыз', 'жауап берілді', '10.03.2025'],
    ]), appeals, ctx);
    expect(result.headerRow).toBe(4);
    expect(result.rows.map((r) => [r.sourceRow, r.values.appeal_id, r.values.received_on, r.values.status, r.values.answered_on]))
      .toEqual([[5, 'Ө-1', '2025-03-03', 'answered', '2025-03-10']]);
  });

  it('a title row that names one column is not the header; of two rows naming as many columns, the one with every required column wins', () => {
    const result = validateTable(table([
      ['Статус'],
      ['Статус', 'Адресат', 'Тема'],
      ['№ обращения', 'Дата', 'Тема'],
      ['A1', '01.02.2025', 'ЖКХ'],
    ]), appeals, ctx);
    expect(result.headerRow).toBe(3);
    expect(result.rows.map((r) => r.values.appeal_id)).toEqual(['A1']);
  });

  it('a header in two rows: a group over its sub-headers', () => {
    const dates = validateTable(table([
      ['Реестр обращений'],
      ['№ обращения', 'Дата', null, 'Статус'],
      [null, 'поступления', 'ответа', null],
      ['A1', '01.03.2025', '05.03.2025', 'отвечено'],
    ]), appeals, ctx);
    expect([dates.headerRow, dates.rejects]).toEqual([3, []]);
    expect(dates.rows.map((r) => [r.values.appeal_id, r.values.received_on, r.values.answered_on, r.values.status]))
      .toEqual([['A1', '2025-03-01', '2025-03-05', 'answered']]);
    const votes = validateTable(table([
      ['Заседание', '№ вопроса', 'Голосование', null, null, 'Итог'],
      [null, null, 'за', 'против', 'воздержались', null],
      ['C1', '1', '12 ', '0', '1', 'принято'],
    ], 'votes.csv'), REGISTERS.find((r) => r.id === 'votes')!, ctx);
    expect(votes.rows.map((r) => [r.values.for, r.values.against, r.values.abstain, r.values.declared])).toEqual([[12, 0, 1, 'adopted']]);
    // A first data row is no sub-header: its cells are values.
    const plain = validateTable(table([['№ обращения', 'Дата', 'Статус'], ['A1', '01.03.2025', 'отвечено']]), appeals, ctx);
    expect([plain.headerRow, plain.rows.length]).toEqual([1, 1]);
  });
});
