/**
 * Generates sources/reference/calendar-kz.csv: Kazakhstan's working-day calendar
 * (5-day week), one row per date that deviates from the ordinary Mon–Fri week.
 *
 *   npx tsx sources/reference/generateCalendarKz.ts          # (re)write the CSV
 *   npx tsx sources/reference/generateCalendarKz.ts --check  # exit 1 if the CSV differs
 *
 * The committed CSV is the source of truth at run time; this script exists so a
 * maintainer can see the facts, edit them, and add a year. Everything below the
 * "FACTS" marker is data; the code after "RULES" only applies it. See README.md
 * in this folder for where each fact comes from.
 *
 * Deterministic: no clock, no network, no randomness. All dates are UTC.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// ───────────────────────────── FACTS ─────────────────────────────

export const FIRST_YEAR = 2019;
export const LAST_YEAR = 2026;

interface FixedHoliday {
  month: number; // 1–12
  day: number;
  name: string;
  /** First / last year the date is a public holiday (inclusive); open if absent. */
  from?: number;
  to?: number;
  /** false: a holiday that falls on Sat/Sun is NOT moved to the next working day. */
  moves: boolean;
}

/** Public holidays with a fixed Gregorian date (Labour Code art. 84/85 and the law on holidays). */
const FIXED_HOLIDAYS: FixedHoliday[] = [
  { month: 1, day: 1, name: 'New Year', moves: true },
  { month: 1, day: 2, name: 'New Year', moves: true },
  { month: 1, day: 7, name: 'Orthodox Christmas', moves: false },
  { month: 3, day: 8, name: "International Women's Day", moves: true },
  { month: 3, day: 21, name: 'Nauryz', moves: true },
  { month: 3, day: 22, name: 'Nauryz', moves: true },
  { month: 3, day: 23, name: 'Nauryz', moves: true },
  { month: 5, day: 1, name: 'Unity Day', moves: true },
  { month: 5, day: 7, name: 'Defender of the Fatherland Day', moves: true },
  { month: 5, day: 9, name: 'Victory Day', moves: true },
  { month: 7, day: 6, name: 'Capital Day', moves: true },
  { month: 8, day: 30, name: 'Constitution Day', moves: true },
  { month: 10, day: 25, name: 'Republic Day', from: 2022, moves: true },
  { month: 12, day: 1, name: 'First President Day', to: 2021, moves: true },
  { month: 12, day: 16, name: 'Independence Day', moves: true },
  { month: 12, day: 17, name: 'Independence Day', to: 2021, moves: true },
];

/**
 * First day of Kurban Ait (a day off, never moved). Set each year by the Ministry of
 * Labour from the date announced by the Spiritual Administration of Muslims (DUMK).
 * 2024: first published as 17 June; DUMK fixed 16 June (a Sunday) on 7 June 2024,
 * and 17 June stayed a working day — see README.
 */
const KURBAN_AIT: Record<number, string> = {
  2019: '2019-08-11',
  2020: '2020-07-31',
  2021: '2021-07-20',
  2022: '2022-07-09',
  2023: '2023-06-28',
  2024: '2024-06-16',
  2025: '2025-06-06',
  2026: '2026-05-27',
};

interface YearFacts {
  /** Where the year's facts were checked (copied into README; not used by the code). */
  source: string;
  /**
   * Published weekday days off of the year (moved holidays and bridge days). Every
   * date here becomes a `day_off` row. A date that is also a rule-derived move is
   * written once, named after the move.
   */
  listedDaysOff: string[];
  /**
   * true: listedDaysOff is the complete published list of weekday days off, so every
   * rule-derived move must be on it (the script fails otherwise — list wins, fix one of them).
   * false: rule-derived moves are added on top of listedDaysOff.
   */
  listComplete: boolean;
  /** Weekend days decreed working days, each with the weekday the day off went to. */
  workingDays: { date: string; dayOffMovedTo: string }[];
  /**
   * Government decree moved a rule-derived substitute day elsewhere:
   * the `from` weekday stays a working day, `to` becomes the day off.
   */
  movedSubstitutes: { from: string; to: string }[];
}

const YEARS: Record<number, YearFacts> = {
  2019: {
    source: 'rule + decree of 2018 (adilet P1800000888): Sat 4 May worked, Fri 10 May off',
    listedDaysOff: ['2019-05-10'],
    listComplete: false,
    workingDays: [{ date: '2019-05-04', dayOffMovedTo: '2019-05-10' }],
    movedSubstitutes: [],
  },
  2020: {
    source:
      'rule + decree of 2019 (adilet P1900000820): Sun 5 Jan -> Fri 3 Jan; Mon 11 May -> Fri 8 May; Sun 20 Dec -> Fri 18 Dec',
    listedDaysOff: ['2020-01-03', '2020-12-18'],
    listComplete: false,
    workingDays: [
      { date: '2020-01-05', dayOffMovedTo: '2020-01-03' },
      { date: '2020-12-20', dayOffMovedTo: '2020-12-18' },
    ],
    // Victory Day (Sat 9 May) would move to Mon 11 May; the decree moved that day off to Fri 8 May.
    movedSubstitutes: [{ from: '2020-05-11', to: '2020-05-08' }],
  },
  2021: {
    source: 'rule + decree of 2020 (adilet P2000000930): Sat 3 Jul worked, Mon 5 Jul off',
    listedDaysOff: ['2021-07-05'],
    listComplete: false,
    workingDays: [{ date: '2021-07-03', dayOffMovedTo: '2021-07-05' }],
    movedSubstitutes: [],
  },
  2022: {
    source: 'project fact list (checked against rule and decree P2200000796)',
    listedDaysOff: ['2022-01-03', '2022-01-04', '2022-03-07', '2022-05-02', '2022-05-10', '2022-08-29', '2022-10-24'],
    listComplete: true,
    workingDays: [
      { date: '2022-03-05', dayOffMovedTo: '2022-03-07' },
      { date: '2022-08-27', dayOffMovedTo: '2022-08-29' },
      { date: '2022-10-22', dayOffMovedTo: '2022-10-24' },
    ],
    movedSubstitutes: [],
  },
  2023: {
    source: 'project fact list (checked against rule and decree P2300000326)',
    listedDaysOff: ['2023-01-03', '2023-05-08', '2023-07-07', '2023-12-18'],
    listComplete: true,
    workingDays: [{ date: '2023-07-01', dayOffMovedTo: '2023-07-07' }],
    movedSubstitutes: [],
  },
  2024: {
    source: 'project fact list (checked against rule and decree G24G0000109); Kurban Ait corrected to 16 Jun',
    listedDaysOff: ['2024-03-25', '2024-05-08', '2024-07-08'],
    listComplete: true,
    workingDays: [{ date: '2024-05-04', dayOffMovedTo: '2024-05-08' }],
    movedSubstitutes: [],
  },
  2025: {
    source:
      'project fact list (checked against rule and decree G24G0000436); Sun 5 Jan working day added from that decree',
    listedDaysOff: ['2025-01-03', '2025-03-10', '2025-03-24', '2025-03-25', '2025-07-07', '2025-09-01', '2025-10-27'],
    listComplete: true,
    workingDays: [{ date: '2025-01-05', dayOffMovedTo: '2025-01-03' }],
    movedSubstitutes: [],
  },
  2026: {
    source: 'project fact list (checked against rule and the published 2026 calendar: 246 working days)',
    listedDaysOff: ['2026-03-09', '2026-03-24', '2026-03-25', '2026-05-11', '2026-08-31', '2026-10-26'],
    listComplete: true,
    workingDays: [],
    movedSubstitutes: [],
  },
};

// ───────────────────────────── RULES ─────────────────────────────

export type Kind = 'holiday' | 'day_off' | 'working_day';
export interface CalendarRow {
  date: string;
  kind: Kind;
  name: string;
}

const DOW = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseIso(iso: string): Date {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new Error(`not a YYYY-MM-DD date: ${iso}`);
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (toIso(d) !== iso) throw new Error(`invalid calendar date: ${iso}`);
  return d;
}
function toIso(d: Date): string {
  return d.toISOString().slice(0, 10);
}
function ymd(year: number, month: number, day: number): string {
  return toIso(new Date(Date.UTC(year, month - 1, day)));
}
function addDays(iso: string, n: number): string {
  const d = parseIso(iso);
  d.setUTCDate(d.getUTCDate() + n);
  return toIso(d);
}
function dow(iso: string): (typeof DOW)[number] {
  return DOW[parseIso(iso).getUTCDay()];
}
function isWeekend(iso: string): boolean {
  const w = parseIso(iso).getUTCDay();
  return w === 0 || w === 6;
}

function fail(message: string): never {
  throw new Error(`calendar-kz: ${message}`);
}

export function buildYear(year: number): CalendarRow[] {
  const facts = YEARS[year] ?? fail(`no facts for ${year}`);
  const kurban = KURBAN_AIT[year] ?? fail(`no Kurban Ait date for ${year}`);
  const rows = new Map<string, CalendarRow>();
  const put = (row: CalendarRow): void => {
    if (!row.date.startsWith(`${year}-`)) fail(`${row.date} listed under ${year}`);
    if (/[,"\r\n]/.test(row.name)) fail(`name must not contain comma, quote or newline: ${row.name}`);
    const prev = rows.get(row.date);
    if (prev) fail(`${row.date} would be written twice (${prev.kind} "${prev.name}" and ${row.kind} "${row.name}")`);
    rows.set(row.date, row);
  };

  // 1. Public holidays (written on their own date, weekend or not).
  const holidays: { date: string; name: string; moves: boolean }[] = FIXED_HOLIDAYS.filter(
    (h) => (h.from ?? -Infinity) <= year && year <= (h.to ?? Infinity),
  ).map((h) => ({ date: ymd(year, h.month, h.day), name: h.name, moves: h.moves }));
  parseIso(kurban);
  holidays.push({ date: kurban, name: 'Kurban Ait', moves: false });
  holidays.sort((a, b) => a.date.localeCompare(b.date));
  for (const h of holidays) put({ date: h.date, kind: 'holiday', name: h.name });
  const holidayDates = new Set(holidays.map((h) => h.date));

  // 2. Rule: a movable holiday on Sat/Sun gives the next working day off (in date order,
  //    skipping weekends, holidays and days already taken by an earlier move).
  const ruleMoves = new Map<string, string>(); // substitute date -> name
  for (const h of holidays) {
    if (!h.moves || !isWeekend(h.date)) continue;
    let d = addDays(h.date, 1);
    while (isWeekend(d) || holidayDates.has(d) || ruleMoves.has(d)) d = addDays(d, 1);
    ruleMoves.set(d, `Day off moved from ${dow(h.date)} ${h.date} (${h.name})`);
  }

  // 3. Decrees that moved a rule-derived substitute day.
  for (const { from, to } of facts.movedSubstitutes) {
    const name = ruleMoves.get(from) ?? fail(`${from} is not a rule-derived day off, cannot move it`);
    if (isWeekend(to) || holidayDates.has(to)) fail(`${to} must be an ordinary weekday`);
    ruleMoves.delete(from);
    ruleMoves.set(to, `${name} by decree from ${dow(from)} ${from}`);
  }

  // 4. Listed days off vs rule-derived moves.
  const listed = new Set(facts.listedDaysOff);
  if (listed.size !== facts.listedDaysOff.length) fail(`${year}: duplicate date in listedDaysOff`);
  if (facts.listComplete) {
    for (const d of ruleMoves.keys()) {
      if (!listed.has(d)) fail(`${year}: rule gives ${d} off but the (complete) list does not — reconcile the facts`);
    }
  }
  const worked = new Map(facts.workingDays.map((w) => [w.dayOffMovedTo, w.date]));
  for (const d of [...new Set([...ruleMoves.keys(), ...listed])].sort()) {
    if (isWeekend(d)) fail(`day off ${d} is a ${dow(d)}`);
    if (holidayDates.has(d)) fail(`day off ${d} is already a holiday`);
    const fromWeekend = worked.get(d);
    const name =
      ruleMoves.get(d) ??
      (fromWeekend ? `Day off moved from ${dow(fromWeekend)} ${fromWeekend}` : 'Bridge day off by government decree');
    if (ruleMoves.has(d) && fromWeekend) fail(`${d} is both a holiday move and a transfer from ${fromWeekend}`);
    put({ date: d, kind: 'day_off', name });
  }

  // 5. Weekend days decreed working days.
  for (const w of facts.workingDays) {
    if (!isWeekend(w.date)) fail(`working_day ${w.date} is a ${dow(w.date)}, not Sat/Sun`);
    if (rows.get(w.dayOffMovedTo)?.kind !== 'day_off') fail(`${w.date}: ${w.dayOffMovedTo} is not a day_off row`);
    put({ date: w.date, kind: 'working_day', name: `Working day (day off moved to ${dow(w.dayOffMovedTo)} ${w.dayOffMovedTo})` });
  }

  return [...rows.values()].sort((a, b) => a.date.localeCompare(b.date));
}

export function buildCalendar(): CalendarRow[] {
  const rows: CalendarRow[] = [];
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) rows.push(...buildYear(y));
  return rows;
}

export function toCsv(rows: CalendarRow[]): string {
  return ['date,kind,name', ...rows.map((r) => `${r.date},${r.kind},${r.name}`)].join('\n') + '\n';
}

/** Working days (5-day week) per year, for comparison with published production calendars. */
export function workingDaysPerYear(rows: CalendarRow[]): Record<number, number> {
  const byDate = new Map(rows.map((r) => [r.date, r.kind]));
  const out: Record<number, number> = {};
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
    let n = 0;
    for (let d = `${y}-01-01`; d.startsWith(String(y)); d = addDays(d, 1)) {
      const kind = byDate.get(d);
      if (kind === 'working_day' || (!isWeekend(d) && kind !== 'holiday' && kind !== 'day_off')) n++;
    }
    out[y] = n;
  }
  return out;
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const csvPath = fileURLToPath(new URL('./calendar-kz.csv', import.meta.url));
  const rows = buildCalendar();
  const csv = toCsv(rows);
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(csvPath, 'utf8');
    } catch {
      // missing file counts as different
    }
    if (current !== csv) {
      console.error(`${csvPath} differs from the generated calendar (it may have been edited by hand).`);
      process.exit(1);
    }
    console.log(`${csvPath} matches the generator (${rows.length} rows).`);
  } else {
    writeFileSync(csvPath, csv, 'utf8');
    console.log(`wrote ${rows.length} rows to ${csvPath}`);
  }
  console.log('working days per year (5-day week):', JSON.stringify(workingDaysPerYear(rows)));
}
