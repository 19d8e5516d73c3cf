/**
 * Values as people write them (issue 11): enumerations in ru/kk/en with their
 * synonyms in any case and spacing, counts with thousands separators, dates
 * in every supported form, date-times in the council's time zone, the
 * council's own words, and refusals that name the nearest allowed values.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APPEAL_STATUSES, appeals } from '../../../sources/contracts/appeals.ts';
import { attendance } from '../../../sources/contracts/attendance.ts';
import { coerceDate, coerceEnum, coerceInt, coerceMonth, coerceNumber, enumLookup, normalizeLabel } from '../../../sources/contracts/columnTypes.ts';
import { REGISTERS } from '../../../sources/contracts/registers.ts';
import { validateTable } from '../../../sources/contracts/validateTable.ts';

describe('enumerations', () => {
  it('appeal statuses people write', () => {
    const cases: [string, string][] = [
      ['open', 'in_progress'], ['Open', 'in_progress'], ['в работе', 'in_progress'], ['На исполнении', 'in_progress'], ['на контроле', 'in_progress'],
      ['ответ дан', 'answered'], ['Отвечено', 'answered'], ['дан ответ', 'answered'], ['жауап берілді', 'answered'], ['ЖАУАП БЕРИЛДИ', 'answered'],
      ['answered', 'answered'], ['рассмотрено', 'answered'], ['новое', 'new'], ['перенаправлено', 'redirected'], ['снято с контроля', 'closed'],
    ];
    for (const [text, id] of cases) expect([text, coerceEnum(text, APPEAL_STATUSES)]).toEqual([text, { ok: true, value: id }]);
  });

  it('attendance marks people write', () => {
    const cases: [string, string][] = [
      ['присутствовал', 'present'], ['+', 'present'], ['был', 'present'], ['қатысты', 'present'], ['онлайн', 'online'],
      ['отсутствовал по уважительной причине', 'absent_excused'], ['болезнь', 'absent_excused'], ['командировка', 'absent_excused'],
      ['н/я', 'absent_unexcused'], ['қатыспады', 'absent_unexcused'], ['отсутствовала', 'absent_unexcused'], ['—', 'absent_unexcused'],
    ];
    const { status } = attendance.columns;
    for (const [text, id] of cases) expect([text, coerceEnum(text, status.values!)]).toEqual([text, { ok: true, value: id }]);
  });

  it('two appeals with the status "open" load (issue 11)', () => {
    const table = { file: 'appeals.csv', sheet: null, hidden: false, rows: [
      { row: 1, cells: ['appeal_id', 'received_on', 'status'] },
      { row: 2, cells: ['A1', '2025-03-01', 'open'] },
      { row: 3, cells: ['A2', '2025-03-02', 'open'] },
    ] };
    const result = validateTable(table, appeals, { commissions: [] });
    expect([result.rows.length, result.rejects]).toEqual([2, []]);
  });

  it('a value it cannot place is refused with the column and the nearest allowed spellings', () => {
    expect(coerceEnum('отвеченно', APPEAL_STATUSES, { column: 'status' })).toEqual({
      ok: false,
      reason: '"отвеченно" is not an allowed status; nearest: отвечено (answered), ответ дан (answered), отозвано (closed); allowed: new, in_progress, answered, redirected, closed',
    });
  });

  it('the council\'s own words are read first, even over a contract spelling', () => {
    const custom = { answered: ['закрыт ответом'], new: ['open'] };
    expect(coerceEnum('Закрыт  ответом', APPEAL_STATUSES, { custom })).toEqual({ ok: true, value: 'answered' });
    expect(coerceEnum('open', APPEAL_STATUSES, { custom })).toEqual({ ok: true, value: 'new' });
    expect(coerceEnum('open', APPEAL_STATUSES)).toEqual({ ok: true, value: 'in_progress' });
  });

  it('the config\'s words reach the register\'s checks, by column or for the whole register', () => {
    const read = (register: string, header: string[], row: unknown[], values: Record<string, Record<string, string[]>>) =>
      validateTable({ file: 'x.csv', sheet: null, hidden: false, rows: [{ row: 1, cells: header }, { row: 2, cells: row }] },
        REGISTERS.find((r) => r.id === register)!, { commissions: [], values }).rows[0]?.values;
    expect(read('appeals', ['appeal_id', 'received_on', 'status'], ['A', '2025-01-01', 'Архив'], { 'appeals.status': { closed: ['архив'] } })?.status).toBe('closed');
    expect(read('attendance', ['meeting_id', 'member', 'status'], ['C', 'M', 'декрет'], { attendance: { absent_excused: ['декрет'] } })?.status).toBe('absent_excused');
    expect(read('votes', ['meeting_id', 'item_no', 'unanimous'], ['C', '1', 'едино'], { 'votes.unanimous': { true: ['едино'] } })?.unanimous).toBe(true);
    // Without the words, the same cell is refused.
    expect(read('appeals', ['appeal_id', 'received_on', 'status'], ['A', '2025-01-01', 'Архив'], {})).toBeUndefined();
  });

  it('no spelling of an enumeration means two values', () => {
    const clashes = REGISTERS.flatMap((r) => Object.entries(r.columns).filter(([, c]) => c.type === 'enum').flatMap(([name, c]) =>
      Object.entries(c.values!).flatMap(([id, spellings]) => spellings
        .filter((s) => enumLookup(c.values!).get(normalizeLabel(s)) !== id).map((s) => `${r.id}.${name}: "${s}"`))));
    expect(clashes).toEqual([]);
  });

  it('property: every spelling of every enumeration, in any case and spacing, is its value', () => {
    const spellings = REGISTERS.flatMap((r) => Object.values(r.columns).filter((c) => c.type === 'enum')
      .flatMap((c) => Object.entries(c.values!).flatMap(([id, list]) => [id, ...list].map((text) => ({ values: c.values!, id, text })))));
    fc.assert(fc.property(fc.constantFrom(...spellings), fc.constantFrom('upper', 'lower', 'title'), fc.constantFrom(' ', '  ', '\u00a0', ' \t'), fc.constantFrom('', ' ', '  '),
      ({ values, id, text }, mode, gap, pad) => {
        let written = text.split(' ').join(gap);
        written = mode === 'upper' ? written.toUpperCase() : mode === 'lower' ? written.toLowerCase() : written.charAt(0).toUpperCase() + written.slice(1);
        expect([written, coerceEnum(`${pad}${written}${pad}`, values)]).toEqual([written, { ok: true, value: id }]);
      }), { numRuns: 2000 });
  });
});

describe('a time sheet\'s marks', () => {
  it('Б, К, ОТ are reasons for an absence; НН is not known; 1 and 0 are present and absent', () => {
    const statuses = attendance.columns.status.values!;
    const read = (mark: string) => { const r = coerceEnum(mark, statuses); return r.ok ? r.value : r.reason; };
    expect(['Б', 'К', 'ОТ', 'по болезни', 'НН', '1', '0', 'отс.', 'неуваж.'].map(read))
      .toEqual(['absent_excused', 'absent_excused', 'absent_excused', 'absent_excused', 'unknown', 'present', 'absent_unexcused', 'absent_unexcused', 'absent_unexcused']);
  });
});

describe('counts', () => {
  it('thousands with spaces, NBSP, narrow NBSP, commas and apostrophes; no decimals in a whole-number column', () => {
    for (const text of ['12 500', '12\u00a0500', '12\u202f500', '12,500', "12'500", '12’500']) expect([text, coerceInt(text)]).toEqual([text, { ok: true, value: 12500 }]);
    expect(coerceInt('1,234,567')).toEqual({ ok: true, value: 1234567 });
    for (const text of ['1,5', '12,50', '12.500', '1,2345', '12 500,5']) expect([text, coerceInt(text).ok]).toEqual([text, false]);
    expect(coerceNumber('1 234,5')).toEqual({ ok: true, value: 1234.5 });
    expect(coerceNumber('1,234.5')).toEqual({ ok: true, value: 1234.5 });
    expect(coerceNumber('1.234,5')).toEqual({ ok: true, value: 1234.5 });
  });

  it('property: a count with random thousands separators is the count', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 2_000_000_000 }), fc.constantFrom(' ', '\u00a0', '\u202f', ',', "'", '’', ''), (n, sep) => {
      const written = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
      expect([written, coerceInt(written)]).toEqual([written, { ok: true, value: n }]);
    }), { numRuns: 1000 });
  });
});

describe('dates', () => {
  it('reads the forms people write', () => {
    const forms = ['12.03.2025', '12.03.2025 г.', '12.03.2025г', '12.03.25', '12-03-2025', '2025/03/12', '2025.03.12', '12 марта 2025', '12 марта 2025 г.',
      '«12» марта 2025 года', '2025 жылғы 12 наурыз', '12 наурыз 2025 ж.', 'March 12, 2025', '12 Mar 2025', '12.03.2025 18:30', '2025-03-12T18:30:00',
      '2025-03-12T12:00:00Z', '2025-03-12T23:30:00+05:00', 45728, '45728', new Date(Date.UTC(2025, 2, 12, 18, 30))];
    for (const form of forms) expect([form, coerceDate(form)]).toEqual([form, { ok: true, value: '2025-03-12' }]);
  });

  it('every month in Russian (whole and short), Kazakh and English is its own month: "мар" is March, not May', () => {
    const months = [
      ['января', 'янв', 'қаңтар', 'January'], ['февраля', 'фев', 'ақпан', 'Feb'], ['марта', 'мар', 'наурыз', 'March'], ['апреля', 'апр', 'сәуір', 'Apr'],
      ['мая', 'май', 'мамыр', 'May'], ['июня', 'июн', 'маусым', 'June'], ['июля', 'июл', 'шілде', 'Jul'], ['августа', 'авг', 'тамыз', 'Aug'],
      ['сентября', 'сен', 'қыркүйек', 'Sep'], ['октября', 'окт', 'қазан', 'October'], ['ноября', 'ноя', 'қараша', 'Nov'], ['декабря', 'дек', 'желтоқсан', 'Dec'],
    ];
    months.forEach((forms, i) => {
      for (const form of forms) expect([form, coerceDate(`5 ${form} 2025`)]).toEqual([form, { ok: true, value: `2025-${String(i + 1).padStart(2, '0')}-05` }]);
    });
    for (const text of ['5 ма 2025', '5 мартобря 2025', '5 маяк 2025']) expect([text, coerceDate(text).ok]).toEqual([text, false]);
  });

  it('months as people write them in a media register', () => {
    for (const text of ['2025-03', '03.2025', 'март 2025', 'Март 2025 г.', 'МАРТ 2025', 'March 2025', 'Mar 2025', '2025 жылғы наурыз', 'наурыз 2025', '12.03.2025']) {
      expect([text, coerceMonth(text)]).toEqual([text, { ok: true, value: '2025-03' }]);
    }
    for (const text of ['мартобрь 2025', '13.2025', 'март']) expect([text, coerceMonth(text).ok]).toEqual([text, false]);
  });

  it('a date-time with a zone is read in the council\'s time zone, not UTC', () => {
    // 20:30 UTC on 12 March is 01:30 on 13 March in Almaty (UTC+5), and still 12 March in Moscow (UTC+3).
    expect(coerceDate('2025-03-12T20:30:00Z')).toEqual({ ok: true, value: '2025-03-13' });
    expect(coerceDate('2025-03-12T20:30:00Z', 'Europe/Moscow')).toEqual({ ok: true, value: '2025-03-12' });
    // Before March 2024 Almaty was UTC+6.
    expect(coerceDate('2023-03-12T18:30:00Z')).toEqual({ ok: true, value: '2023-03-13' });
    expect(coerceDate('2025-03-12T18:30:00+00:00')).toEqual({ ok: true, value: '2025-03-12' });
  });

  it('refuses dates that do not exist, whatever the form', () => {
    for (const text of ['31 февраля 2025', '2025 жылғы 30 ақпан', '31-04-2025', '2025/02/29', '2025-03-12T25:00:00Z', '12 мартобря 2025']) {
      expect([text, coerceDate(text).ok]).toEqual([text, false]);
    }
  });

  it('property: a date in any supported form is the same ISO date', () => {
    const RU = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
    const KK = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'];
    const EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    const pad = (n: number) => String(n).padStart(2, '0');
    const day = fc.date({ min: new Date(Date.UTC(1960, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
      .map((d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())));
    fc.assert(fc.property(day, fc.integer({ min: 0, max: 15 }), (date, form) => {
      const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
      const iso = `${y}-${pad(m)}-${pad(d)}`;
      const written: unknown = [
        `${pad(d)}.${pad(m)}.${y}`, `${d}.${m}.${y} г.`, `${pad(d)}.${pad(m)}.${y}г`, `${pad(d)}-${pad(m)}-${y}`, `${y}/${pad(m)}/${pad(d)}`,
        `${d} ${RU[m - 1]} ${y}`, `${d} ${RU[m - 1]} ${y} г.`, `${y} жылғы ${d} ${KK[m - 1]}`, `${d} ${KK[m - 1].toUpperCase()} ${y} ж.`,
        `${EN[m - 1]} ${d}, ${y}`, iso, `${iso}T10:15:00`, `${pad(d)}.${pad(m)}.${y} 09:05`,
        // Noon UTC is the same day in Almaty (UTC+5 or +6).
        `${iso}T12:00:00Z`, date,
        (date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000,
      ][form];
      // Excel serials are read from 1954 on (smaller numbers are typos, not dates).
      if (typeof written === 'number' && y < 1955) return;
      expect([written, coerceDate(written)]).toEqual([written, { ok: true, value: iso }]);
    }), { numRuns: 2000 });
  });
});
