import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, it, expect } from 'vitest';

// The committed CSV is what the pipeline reads, so the test reads the CSV (not the generator).
const CSV_PATH = fileURLToPath(new URL('../../../sources/reference/calendar-kz.csv', import.meta.url));
const text = readFileSync(CSV_PATH, 'utf8');
const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
const rows = parsed.data.map((r) => ({ date: r.date ?? '', kind: r.kind ?? '', name: r.name ?? '' }));
const byDate = new Map(rows.map((r) => [r.date, r]));

const FIRST_YEAR = 2019;
const LAST_YEAR = 2026;

function utc(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}
function isValidDate(iso: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) && !Number.isNaN(utc(iso).getTime()) && utc(iso).toISOString().slice(0, 10) === iso;
}
function addDays(iso: string, n: number): string {
  const d = utc(iso);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
function isWeekend(iso: string): boolean {
  const w = utc(iso).getUTCDay();
  return w === 0 || w === 6;
}
function kindOf(iso: string): string | undefined {
  return byDate.get(iso)?.kind;
}
/** Working day on a 5-day week under the calendar. */
function isWorkingDay(iso: string): boolean {
  const kind = kindOf(iso);
  if (kind === 'working_day') return true;
  if (kind === 'holiday' || kind === 'day_off') return false;
  return !isWeekend(iso);
}
/** The n-th working day strictly after `start` (deadline "n working days after"). */
function addWorkingDays(start: string, n: number): string {
  let d = start;
  for (let counted = 0; counted < n; ) {
    d = addDays(d, 1);
    if (isWorkingDay(d)) counted++;
  }
  return d;
}
function workingDaysInYear(year: number): number {
  let n = 0;
  for (let d = `${year}-01-01`; d.startsWith(`${year}-`); d = addDays(d, 1)) if (isWorkingDay(d)) n++;
  return n;
}

describe('calendar-kz.csv: format', () => {
  it('has the header date,kind,name and parses cleanly', () => {
    expect(text.split(/\r?\n/)[0]).toBe('date,kind,name');
    expect(parsed.errors).toEqual([]);
    expect(rows.length).toBeGreaterThan(100);
  });

  it('uses only the three kinds and non-empty names', () => {
    for (const r of rows) {
      expect(['holiday', 'day_off', 'working_day'], r.date).toContain(r.kind);
      expect(r.name.trim(), r.date).not.toBe('');
    }
  });

  it('has valid dates, strictly sorted, with no duplicates', () => {
    const dates = rows.map((r) => r.date);
    for (const d of dates) expect(isValidDate(d), d).toBe(true);
    expect(new Set(dates).size).toBe(dates.length);
    expect([...dates].sort()).toEqual(dates);
    for (let i = 1; i < dates.length; i++) expect(dates[i - 1] < dates[i], dates[i]).toBe(true);
  });

  it('covers every year 2019–2026 and nothing outside', () => {
    const years = new Set(rows.map((r) => Number(r.date.slice(0, 4))));
    expect([...years].sort()).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });

  it('puts working_day only on Sat/Sun and day_off only on Mon–Fri', () => {
    for (const r of rows) {
      if (r.kind === 'working_day') expect(isWeekend(r.date), r.date).toBe(true);
      if (r.kind === 'day_off') expect(isWeekend(r.date), r.date).toBe(false);
    }
  });
});

describe('calendar-kz.csv: facts', () => {
  it('has the fixed public holidays every year', () => {
    for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
      for (const md of ['01-01', '01-02', '01-07', '03-08', '03-21', '03-22', '03-23', '05-01', '05-07', '05-09', '07-06', '08-30', '12-16']) {
        expect(kindOf(`${y}-${md}`), `${y}-${md}`).toBe('holiday');
      }
      // Republic Day from 2022; First President Day and 17 Dec until 2021.
      expect(kindOf(`${y}-10-25`) === 'holiday', `${y}-10-25`).toBe(y >= 2022);
      expect(kindOf(`${y}-12-01`) === 'holiday', `${y}-12-01`).toBe(y <= 2021);
      expect(kindOf(`${y}-12-17`) === 'holiday', `${y}-12-17`).toBe(y <= 2021);
    }
  });

  it('has the first day of Kurban Ait', () => {
    for (const d of ['2019-08-11', '2020-07-31', '2021-07-20', '2022-07-09', '2023-06-28', '2024-06-16', '2025-06-06', '2026-05-27']) {
      expect(byDate.get(d), d).toMatchObject({ kind: 'holiday', name: 'Kurban Ait' });
    }
    // 2024: first published as 17 June; DUMK fixed 16 June (a Sunday), so 17 June 2024 stayed a working day.
    expect(byDate.has('2024-06-17')).toBe(false);
    expect(isWorkingDay('2024-06-17')).toBe(true);
  });

  it('has Nauryz 2023 and the 2022 New Year moves', () => {
    expect(['2023-03-21', '2023-03-22', '2023-03-23'].map(kindOf)).toEqual(['holiday', 'holiday', 'holiday']);
    expect(kindOf('2022-01-03')).toBe('day_off');
    expect(kindOf('2022-01-04')).toBe('day_off');
    expect(isWorkingDay('2022-01-03')).toBe(false);
  });

  it('has the decreed working Saturdays/Sundays and their days off', () => {
    const transfers: [worked: string, off: string][] = [
      ['2019-05-04', '2019-05-10'],
      ['2020-01-05', '2020-01-03'],
      ['2020-12-20', '2020-12-18'],
      ['2021-07-03', '2021-07-05'],
      ['2022-03-05', '2022-03-07'],
      ['2022-08-27', '2022-08-29'],
      ['2022-10-22', '2022-10-24'],
      ['2023-07-01', '2023-07-07'],
      ['2024-05-04', '2024-05-08'],
      ['2025-01-05', '2025-01-03'],
    ];
    for (const [worked, off] of transfers) {
      expect(kindOf(worked), worked).toBe('working_day');
      expect(kindOf(off), off).toBe('day_off');
    }
    expect(rows.filter((r) => r.kind === 'working_day').map((r) => r.date)).toEqual(transfers.map(([w]) => w).sort());
  });

  it('moves weekend holidays to the next working day (and follows the 2020 decree for Victory Day)', () => {
    for (const d of ['2019-03-25', '2019-07-08', '2019-12-02', '2020-03-09', '2020-03-24', '2020-03-25', '2020-08-31',
      '2021-01-04', '2021-03-24', '2021-05-03', '2021-05-10', '2022-05-02', '2022-05-10', '2023-01-03', '2023-05-08',
      '2023-12-18', '2024-03-25', '2024-07-08', '2025-03-10', '2025-03-24', '2025-03-25', '2025-07-07', '2025-09-01',
      '2025-10-27', '2026-03-09', '2026-03-24', '2026-03-25', '2026-05-11', '2026-08-31', '2026-10-26']) {
      expect(kindOf(d), d).toBe('day_off');
    }
    // Victory Day 2020 fell on Saturday; the decree gave Fri 8 May off instead of Mon 11 May.
    expect(kindOf('2020-05-08')).toBe('day_off');
    expect(isWorkingDay('2020-05-11')).toBe(true);
    // Orthodox Christmas and Kurban Ait are not moved: Sun 2024-01-07 and Sat 2022-07-09 leave Monday working.
    expect(isWorkingDay('2024-01-08')).toBe(true);
    expect(isWorkingDay('2022-07-11')).toBe(true);
  });

  it('compensates every weekend holiday and every worked weekend day with exactly one day_off per year', () => {
    const notMoved = (r: { date: string; name: string }) => r.name === 'Kurban Ait' || r.date.endsWith('-01-07');
    for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
      const inYear = rows.filter((r) => r.date.startsWith(`${y}-`));
      const weekendHolidays = inYear.filter((r) => r.kind === 'holiday' && isWeekend(r.date) && !notMoved(r)).length;
      const worked = inYear.filter((r) => r.kind === 'working_day').length;
      const daysOff = inYear.filter((r) => r.kind === 'day_off').length;
      expect(daysOff, String(y)).toBe(weekendHolidays + worked);
    }
  });

  it('matches published yearly working-day totals (5-day week)', () => {
    expect(workingDaysInYear(2019)).toBe(246); // 119 days off in 2019 (egov.kz via zakon.kz)
    expect(workingDaysInYear(2024)).toBe(249); // Ministry balance: 248, plus 17 June after the Kurban Ait correction
    expect(workingDaysInYear(2026)).toBe(246); // published 2026 production calendar
  });
});

describe('working-day deadlines', () => {
  it('counts 15 working days for an appeal across Nauryz 2023', () => {
    // Fri 17 Mar 2023: Mon 20 (1), 21–23 Nauryz, Fri 24 (2), 27–31 (3–7), 3–7 Apr (8–12), 10–12 Apr (13–15).
    expect(addWorkingDays('2023-03-17', 15)).toBe('2023-04-12');
  });

  it('counts 10 working days for a letter across a working Saturday and March 2022 holidays', () => {
    // Fri 4 Mar 2022: Sat 5 worked (1), 7 off, 8 holiday, 9–11 (2–4), 14–18 (5–9), 21–23 Nauryz, Thu 24 (10).
    expect(addWorkingDays('2022-03-04', 1)).toBe('2022-03-05');
    expect(addWorkingDays('2022-03-04', 10)).toBe('2022-03-24');
  });

  it('counts across the May 2024 holidays and a year boundary', () => {
    // Wed 1 May 2024: 2, 3 (1–2), Sat 4 worked (3), Mon 6 (4), 7–9 off, Fri 10 (5), 13–17 (6–10).
    expect(addWorkingDays('2024-05-01', 10)).toBe('2024-05-17');
    // Fri 20 Dec 2024: 23–27 (1–5), 30–31 (6–7), 1–3 Jan off, Sun 5 Jan worked (8), Mon 6 (9), 7 holiday,
    // 8–10 (10–12), 13–15 (13–15).
    expect(addWorkingDays('2024-12-20', 15)).toBe('2025-01-15');
    expect(isWorkingDay('2025-01-05')).toBe(true);
    expect(isWorkingDay('2025-01-03')).toBe(false);
  });
});
