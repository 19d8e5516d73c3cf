import {
  ACTIVITY_PHRASES, HELD_VERBS, MEDIA_GENERAL, MEDIA_PUBLICATIONS, MEDIA_VIEWS, METRIC_PARTS, METRIC_PHRASES, PLATFORM_PHRASES,
} from './metricPhrases.ts';
import { doubtOfFigure } from './doubtOfFigure.ts';
import { maskNeverCounts } from './maskNeverCounts.ts';
import { MONTH_WORD, daysInMonth, isoDate, monthOfWord } from './monthNames.ts';
import { COUNT_SOURCE, parseCount } from './parseCount.ts';
import { parseDatePhrase } from './parseDatePhrase.ts';
import { tidy, toLines } from './toLines.ts';
import type { ActivityType, ExtractIssue, MetricId, ReportActivity, ReportCandidate, ReportExtract, ReportFigure, ReportMedia } from './types.ts';

const N = COUNT_SOURCE;
const re = (source: string, flags = 'iu') => new RegExp(source, flags);

/**
 * A narrative report as structured data: its period; the figures it states,
 * with DESIGN.md metric ids; media figures per platform; the activities it
 * lists (numbered and bulleted lists under their headings, flattened tables
 * such as the monthly monitoring table, dated sentences). Numbering gaps and
 * totals that do not match their lists go to `issues`. Phrase-less dates
 * (`17.10.`, `2 апреля`) take their year from the period, or from
 * `opts.defaultYear`. Never throws.
 */
export function parseReport(text: string, opts: { defaultYear?: number } = {}): ReportExtract {
  const lines = toLines(text);
  const issues: ExtractIssue[] = [];
  const out: ReportExtract = { kind: 'report', period: null, figures: [], media: [], activities: [], candidates: [], issues };
  const tables: Table[] = [];
  guard(issues, 'period', () => (out.period = readPeriod(lines, opts.defaultYear, issues)));
  const year = out.period ? Number(out.period.from.slice(0, 4)) : opts.defaultYear;
  guard(issues, 'tables', () => tables.push(...findTables(lines)));
  const inTable = new Set<number>();
  for (const t of tables) for (let i = t.start; i <= t.end; i++) inTable.add(i);
  guard(issues, 'media', () => (out.media = readMedia(lines, inTable)));
  const periodYears = out.period ? yearsOf(out.period) : year !== undefined ? [year] : [];
  guard(issues, 'figures', () => (out.figures = readFigures(lines, inTable, new Set(out.media.map((m) => m.line - 1)), periodYears, out.candidates, issues)));
  guard(issues, 'lists', () => out.activities.push(...readLists(lines, inTable, year, out.figures, issues, out.candidates)));
  guard(issues, 'tables', () => out.activities.push(...readTableActivities(lines, tables, year, out.figures, issues)));
  guard(issues, 'sentences', () => out.activities.push(...readDatedSentences(lines, inTable, year, out.activities, out.figures, issues, out.candidates)));
  guard(issues, 'checks', () => checkParts(out.figures, issues));
  guard(issues, 'checks', () => checkTypeTotals(out.figures, out.activities, issues));
  out.activities.sort((a, b) => a.line - b.line);
  issues.sort((a, b) => a.line - b.line);
  return out;
}

/**
 * A stated count against the activities of that type found anywhere in the text
 * (a list, a table, a dated sentence): "8 dialogue platforms" with nine described
 * is a contradiction the analyst should see. Mismatches already reported for a
 * single list are not repeated.
 */
function checkTypeTotals(figures: ReportFigure[], activities: ReportActivity[], issues: ExtractIssue[]): void {
  for (const { type, metric } of ACTIVITY_PHRASES) {
    if (!metric || issues.some((i) => i.message.startsWith(`${metric}:`))) continue;
    const stated = figures.find((f) => f.metric === metric);
    const found = activities.filter((a) => a.type === type);
    if (stated && found.length > 0 && found.length !== stated.value) {
      issues.push({ line: stated.line, message: `${metric}: ${stated.value} stated, ${found.length} described in the text (lines ${found.map((a) => a.line).join(', ')})` });
    }
  }
}

function guard(issues: ExtractIssue[], step: string, run: () => unknown): void {
  try {
    run();
  } catch (error) {
    issues.push({ line: 1, message: `could not read the ${step}: ${(error as Error)?.message ?? String(error)}` });
  }
}

// ---------------------------------------------------------------- period

type Period = { from: string; to: string };

const ORDINAL_HALF: Record<string, 1 | 2> = { 'первое': 1, '1': 1, '1-е': 1, 'i': 1, 'бірінші': 1, 'второе': 2, '2': 2, '2-е': 2, 'ii': 2, 'екінші': 2 };
const ORDINAL_QUARTER: Record<string, number> = { 'первый': 1, '1': 1, 'i': 1, 'второй': 2, '2': 2, 'ii': 2, 'третий': 3, '3': 3, 'iii': 3, 'четвертый': 4, '4': 4, 'iv': 4 };

function yearPeriod(y: number, fromMonth: number, toMonth: number): Period | null {
  const from = isoDate(y, fromMonth, 1);
  const to = isoDate(y, toMonth, daysInMonth(y, toMonth));
  return from && to && from <= to ? { from, to } : null;
}

/** The readings of a period phrase, most specific first. */
const PERIOD_PATTERNS: { source: string; read: (m: RegExpExecArray) => Period | null }[] = [
  {
    // за период с 1 мая по 31 декабря 2023 г., с 01.05.2023 по 31.12.2023
    source: `с\\s+((?:\\d{1,2}\\.\\d{1,2}\\.\\d{2,4})|(?:\\d{1,2}\\s+${MONTH_WORD}(?:\\s+\\d{4})?))\\s*(?:г\\.?|года)?\\s+(?:по|до)\\s+((?:\\d{1,2}\\.\\d{1,2}\\.\\d{2,4})|(?:\\d{1,2}\\s+${MONTH_WORD}\\s+\\d{4}))`,
    read: (m) => {
      const to = parseDatePhrase(m[2]);
      const from = to ? parseDatePhrase(m[1], Number(to.start.slice(0, 4))) : null;
      return from && to && from.start <= to.end ? { from: from.start, to: to.end } : null;
    },
  },
  {
    // за период с мая по декабрь 2023г.
    source: `с\\s+(${MONTH_WORD})\\s+(?:по|до)\\s+(${MONTH_WORD})\\s+(\\d{4})`,
    read: (m) => {
      const [a, b] = [monthOfWord(m[1]), monthOfWord(m[2])];
      return a && b ? yearPeriod(Number(m[3]), a, b) : null;
    },
  },
  {
    // за первое полугодие 2024 года, 2024 жылдың бірінші жартыжылдығы
    source: `(первое|второе|1-?е?|2-?е?|I{1,2})\\s+полугоди[\\p{L}]*\\s+(\\d{4})|(\\d{4})\\s+жыл[\\p{L}]*\\s+(бірінші|екінші)\\s+жартыжыл`,
    read: (m) => {
      const half = ORDINAL_HALF[(m[1] ?? m[4]).toLowerCase()];
      const y = Number(m[2] ?? m[3]);
      return half === 1 ? yearPeriod(y, 1, 6) : half === 2 ? yearPeriod(y, 7, 12) : null;
    },
  },
  {
    // за 3 квартал 2024 года, за III квартал 2024 г.
    source: `(первый|второй|третий|четвертый|четвёртый|[1-4]|I{1,3}|IV)[-\\s]*(?:й\\s+)?квартал[\\p{L}]*\\s+(\\d{4})`,
    read: (m) => {
      const q = ORDINAL_QUARTER[m[1].toLowerCase().replace('ё', 'е')];
      return q ? yearPeriod(Number(m[2]), q * 3 - 2, q * 3) : null;
    },
  },
  {
    // за 9 месяцев 2022 года
    source: `за\\s+(\\d{1,2})\\s+месяц[\\p{L}]*\\s+(\\d{4})`,
    read: (m) => (Number(m[1]) >= 1 && Number(m[1]) <= 12 ? yearPeriod(Number(m[2]), 1, Number(m[1])) : null),
  },
  {
    // за 2019г., за 2024 год, 2023 жылғы есеп, Отчет … 2023 год
    source: `(?:за\\s+(\\d{4})\\s*(?:г\\.?|год[\\p{L}]*)?(?![\\d\\-–])|(\\d{4})\\s*(?:жыл[\\p{L}]*|ж\\.)(?:\\s+[\\p{L}]+){0,3}?\\s+(?:есеп|қорытынды))|^\\s*(?:отч[её]т|есеп)[^\\n]{0,100}?(\\d{4})\\s*(?:г\\.?|год|жыл)`,
    read: (m) => yearPeriod(Number(m[1] ?? m[2] ?? m[3]), 1, 12),
  },
];

/**
 * The period from the title lines ("за 2019г." in the title wins over "за
 * период с марта по декабрь 2019 года" further down); else `defaultYear`;
 * else the year most full dates in the text carry, with an issue saying so.
 */
function readPeriod(lines: string[], defaultYear: number | undefined, issues: ExtractIssue[]): Period | null {
  const title = lines.map((l, i) => ({ l, i })).filter((x) => x.l.trim() !== '').slice(0, 10);
  for (const { l } of title) {
    for (const p of PERIOD_PATTERNS) {
      const m = re(p.source).exec(l);
      const period = m ? p.read(m) : null;
      if (period) return period;
    }
  }
  if (defaultYear !== undefined && Number.isInteger(defaultYear)) return yearPeriod(defaultYear, 1, 12);
  const years = new Map<number, number>();
  lines.forEach((l) => {
    for (const m of l.matchAll(/(?<![\d.])\d{1,2}\.\d{1,2}\.(\d{4})(?!\d)/g)) years.set(Number(m[1]), (years.get(Number(m[1])) ?? 0) + 1);
    for (const m of l.matchAll(re(`\\d{1,2}\\s+${MONTH_WORD}\\s+(\\d{4})`, 'giu'))) years.set(Number(m[1]), (years.get(Number(m[1])) ?? 0) + 1);
  });
  const best = [...years.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  if (!best) {
    issues.push({ line: 1, message: 'no period stated; dates without a year are left undated' });
    return null;
  }
  issues.push({ line: 1, message: `no period stated; ${best[0]} taken from the dates in the text` });
  return yearPeriod(best[0], 1, 12);
}

// ---------------------------------------------------------------- figures

/** Sentences with their offsets; "г. Алматы", "т.г.", "ул." do not end one. */
function sentencesOf(line: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  // Not after an initial either: "Стамбекова Е. Д. на тему …" is one sentence.
  const boundary = /(?<!(?:^|[\s.(])(?:г|гг|т\.г|ул|им|т\.е|др|тыс|млн|ст|п|пп|РК|мкр|д|[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]))[.!?]\s+(?=[«"“A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])/gu;
  let start = 0;
  for (const m of line.matchAll(boundary)) {
    const end = (m.index ?? 0) + 1;
    out.push({ text: line.slice(start, end), start });
    start = end + (m[0].length - 1);
  }
  out.push({ text: line.slice(start), start });
  return out;
}

interface Taken {
  start: number;
  end: number;
}

const ANY_COUNT = re(N);

const COMPILED = METRIC_PHRASES.map((p) => ({
  ...p,
  regexes: p.forms.map((f) => re(f.replaceAll('{N}', N), 'giu')),
  context: p.context ? re(p.context) : null,
  notContext: p.notContext ? re(p.notContext) : null,
}));

/**
 * Stated figures: every number that stands next to the words of a metric.
 * Numbers that are never counts (dates, years, references, phones, money,
 * percentages: maskNeverCounts) are blanked first; a number that is a count
 * but doubtful for this metric and period (doubtOfFigure) is a candidate.
 * The first statement of a metric is kept; a later, different one is an issue.
 */
function readFigures(lines: string[], inTable: Set<number>, mediaLines: Set<number>, periodYears: number[], candidates: ReportCandidate[], issues: ExtractIssue[]): ReportFigure[] {
  const figures: ReportFigure[] = [];
  lines.forEach((line, i) => {
    if (inTable.has(i) || line.trim() === '') return;
    const masked = maskNeverCounts(line);
    for (const sentence of sentencesOf(masked)) {
      // Most sentences hold no count at all; one scan for a number spares the phrase table.
      if (!ANY_COUNT.test(sentence.text)) continue;
      const original = line.slice(sentence.start, sentence.start + sentence.text.length);
      const taken: Taken[] = [];
      for (const phrase of COMPILED) {
        if (phrase.context && !phrase.context.test(sentence.text)) continue;
        if (phrase.notContext && phrase.notContext.test(sentence.text)) continue;
        if (phrase.metric === 'publications' && mediaLines.has(i)) continue;
        for (const regex of phrase.regexes) {
          regex.lastIndex = 0;
          for (const m of sentence.text.matchAll(regex)) {
            const raw = m[1];
            if (raw === undefined) continue;
            const start = (m.index ?? 0) + m[0].indexOf(raw);
            const end = start + raw.length;
            if (taken.some((t) => start < t.end && end > t.start)) continue;
            const value = parseCount(raw);
            if (value === null || isYearOrNumberSign(sentence.text, start, end, value)) continue;
            taken.push({ start, end });
            const found = { metric: phrase.metric, value, line: i + 1, text: tidy(original).slice(0, 300) };
            const why = doubtOfFigure(original, start, end, phrase.metric, periodYears);
            if (why === null) addFigure(figures, issues, found);
            else if (!candidates.some((c) => c.metric === found.metric && c.value === value && c.line === found.line)) candidates.push({ ...found, why });
          }
        }
      }
    }
  });
  return figures;
}

/** The calendar years a period touches. */
function yearsOf(period: Period): number[] {
  const years: number[] = [];
  for (let y = Number(period.from.slice(0, 4)); y <= Number(period.to.slice(0, 4)); y++) years.push(y);
  return years;
}

/** "2019 году", "№ 3", "70%" are not counts. */
function isYearOrNumberSign(text: string, start: number, end: number, value: number): boolean {
  const before = text.slice(Math.max(0, start - 3), start);
  const after = text.slice(end, end + 6);
  if (/№\s*$/.test(before) || /^\s*%/.test(after)) return true;
  return value >= 1900 && value <= 2100 && /^\s*(?:г|год|жыл|ж\.)/iu.test(after);
}

function addFigure(figures: ReportFigure[], issues: ExtractIssue[], f: ReportFigure): void {
  const earlier = figures.find((x) => x.metric === f.metric);
  if (!earlier) {
    figures.push(f);
  } else if (earlier.value !== f.value) {
    issues.push({ line: f.line, message: `${f.metric} stated as ${earlier.value} (line ${earlier.line}) and ${f.value} (line ${f.line}); the first is kept` });
  }
}

function checkParts(figures: ReportFigure[], issues: ExtractIssue[]): void {
  const byMetric = new Map(figures.map((f) => [f.metric, f]));
  for (const rule of METRIC_PARTS) {
    const whole = byMetric.get(rule.whole);
    const parts = rule.parts.map((p) => byMetric.get(p));
    if (!whole || parts.some((p) => p === undefined)) continue;
    const sum = parts.reduce((acc, p) => acc + p!.value, 0);
    const wrong = rule.exact ? sum !== whole.value : sum > whole.value;
    if (!wrong) continue;
    const terms = parts.map((p) => `${p!.value} ${p!.metric}`).join(' + ');
    issues.push({ line: parts[parts.length - 1]!.line, message: `${terms} = ${sum}, but ${rule.whole} is ${whole.value}` });
  }
}

// ---------------------------------------------------------------- media

/**
 * Media figures: a clause naming one platform with publications and/or views,
 * "Instagram – 180 публикаций, 52 000 просмотров; Facebook: 120 постов, охват 12 500".
 * A sentence about social networks in general is a total, not a platform.
 */
function readMedia(lines: string[], inTable: Set<number>): ReportMedia[] {
  const out: ReportMedia[] = [];
  const platformRe = re(PLATFORM_PHRASES.map((p) => `(${p.source})`).join('|'), 'giu');
  lines.forEach((line, i) => {
    if (inTable.has(i)) return;
    // A sentence broken across lines ("Facebook – 37 публикаций" / "(12,4 тыс. просмотров).") goes on in the next line.
    const next = lines[i + 1] ?? '';
    const continued = !/[.;:!?]\s*$/.test(line) && next.trim() !== '' && !ITEM.test(next) && !inTable.has(i + 1) && /^\s*[(\p{Ll}\d]/u.test(next);
    const clean = maskNeverCounts(continued ? `${line} ${next}` : line, { millions: true });
    const mentions = [...clean.matchAll(platformRe)].filter((m) => (m.index ?? 0) < line.length);
    if (mentions.length === 0) return;
    mentions.forEach((m, k) => {
      // The clause of one platform: up to the next platform, a semicolon, or the end of the sentence.
      const segment = clean.slice(m.index ?? 0, k + 1 < mentions.length ? mentions[k + 1].index : undefined).split(/[;\n]|[.!?](?=\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])/u)[0];
      if (re(MEDIA_GENERAL).test(segment)) return;
      const platform = PLATFORM_PHRASES[m.slice(1).findIndex((g) => g !== undefined)].platform;
      const pub = re(`(${N})\\s*(?:[\\p{L}]+\\s+)?${MEDIA_PUBLICATIONS}|${MEDIA_PUBLICATIONS}\\s*[-–—:]\\s*(${N})`).exec(segment);
      const views = re(`(${N})\\s*(?:[\\p{L}]+\\s+)?${MEDIA_VIEWS}|${MEDIA_VIEWS}\\s*[-–—:]?\\s*(${N})`).exec(segment);
      const publications = pub ? parseCount(pub[1] ?? pub[2]) : null;
      const viewCount = views ? parseCount(views[1] ?? views[2]) : null;
      if (publications === null && viewCount === null) return;
      out.push({ platform, publications, views: viewCount, line: i + 1 });
    });
  });
  return out;
}

// ---------------------------------------------------------------- lists

const ACTIVITY_RES = ACTIVITY_PHRASES.map((a) => ({ ...a, regex: re(a.source) }));

function activityTypeOf(text: string): (typeof ACTIVITY_PHRASES)[number] | null {
  return ACTIVITY_RES.find((a) => a.regex.test(text)) ?? null;
}

/** An item's own type, when it opens with one ("Круглый стол на тему …", "Встреча с …"), before any quoted title. */
function itemTypeOf(text: string): ActivityType | null {
  const head = text.split(/[«"“]/)[0].split(/\s+/).slice(0, 4).join(' ');
  return activityTypeOf(head)?.type ?? null;
}

const ITEM = /^\s*(?:(\d{1,3})\s*[.)](?!\d)|([·•▪◦*]|[-–—](?=\s)))\s*(.*)$/u;

interface ListItem {
  no: number | null;
  text: string;
  line: number;
}

/**
 * Numbered (or bulleted) lists. A list whose heading (up to three non-blank
 * lines above) names an activity type gives one activity per item; a list
 * under a heading that states a count is checked against it; numbering gaps
 * are issues. Non-numbered lines between items ("Цель: …") belong to the item above.
 */
function readLists(lines: string[], inTable: Set<number>, year: number | undefined, figures: ReportFigure[], issues: ExtractIssue[], candidates: ReportCandidate[]): ReportActivity[] {
  const activities: ReportActivity[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (inTable.has(i)) continue;
    const first = ITEM.exec(lines[i]);
    if (!first || first[3].trim() === '') continue;
    const headingAt = findHeading(lines, i);
    const items: ListItem[] = [];
    const bullet = first[1] === undefined;
    let j = i;
    let lastItem = i;
    for (; j < lines.length && !inTable.has(j); j++) {
      const m = ITEM.exec(lines[j]);
      if (m && (m[1] === undefined) === bullet && m[3].trim() !== '') {
        const no = m[1] !== undefined ? Number(m[1]) : null;
        const prev = items.length > 0 ? items[items.length - 1].no : null;
        if (no !== null && prev !== null && no <= prev) break; // a new list starts
        items.push({ no, text: m[3], line: j + 1 });
        lastItem = j;
        continue;
      }
      if (lines[j].trim() === '') {
        if (j - lastItem > 1) break;
        continue;
      }
      // A non-item line continues the item above only when the list goes on after it.
      const next = nextItemLine(lines, j);
      const prevNo = items[items.length - 1]?.no ?? null;
      const nm = next !== null ? ITEM.exec(lines[next]) : null;
      const continues = nm && (nm[1] === undefined) === bullet && (bullet || Number(nm[1]) === (prevNo ?? 0) + 1) && next! - j <= 3;
      if (!continues) break;
      items[items.length - 1].text += ' ' + lines[j];
    }
    i = Math.max(i, lastItem);
    if (items.length === 0) continue;
    checkNumbering(items, issues);
    const heading = headingAt !== null ? lines[headingAt] : '';
    const type = headingAt !== null ? activityTypeOf(heading) : null;
    const found: ReportActivity[] = [];
    for (const item of type ? items : []) {
      const title = tidy(item.text.replace(/^[\s.)]+/, ''));
      const dates = parseDatePhrase(title, year);
      found.push({ type: itemTypeOf(title) ?? type!.type, title: title.slice(0, 300), date_start: dates?.start ?? null, date_end: dates?.end ?? null, line: item.line });
    }
    // "Круглые столы и встречи:" — only the round tables count towards round_tables.
    const count = type ? found.filter((a) => a.type === type.type).length : items.length;
    checkListTotal(lines, headingAt, count, type?.metric ?? null, bullet, figures, issues, candidates);
    activities.push(...found);
  }
  return activities;
}

function nextItemLine(lines: string[], from: number): number | null {
  for (let k = from + 1; k < lines.length && k <= from + 4; k++) if (ITEM.test(lines[k]) && ITEM.exec(lines[k])![3].trim() !== '') return k;
  return null;
}

/** The nearest non-blank, non-item line above a list, if within three non-blank lines. */
function findHeading(lines: string[], itemLine: number): number | null {
  let seen = 0;
  let nearest: number | null = null;
  for (let k = itemLine - 1; k >= 0 && seen < 3; k--) {
    if (lines[k].trim() === '') continue;
    if (ITEM.test(lines[k])) return nearest;
    seen++;
    nearest ??= k;
    // "Провели семинары …:" above "Темы семинаров:" — the first line naming a type is the heading.
    if (activityTypeOf(lines[k])) return k;
  }
  return nearest;
}

function checkNumbering(items: ListItem[], issues: ExtractIssue[]): void {
  for (let k = 1; k < items.length; k++) {
    const [a, b] = [items[k - 1].no, items[k].no];
    if (a !== null && b !== null && b !== a + 1) issues.push({ line: items[k].line, message: `numbering jumps from ${a} to ${b}` });
  }
  if (items[0].no !== null && items[0].no > 1) issues.push({ line: items[0].line, message: `numbering starts at ${items[0].no}` });
}

/**
 * A list under a heading with a stated count ("Проведено 4 общественных
 * слушания на тему:") must have that many items; a list of an activity type
 * whose count is stated nowhere gives that count as the figure.
 */
function checkListTotal(lines: string[], headingAt: number | null, count: number, metric: MetricId | null, bullet: boolean, figures: ReportFigure[], issues: ExtractIssue[], candidates: ReportCandidate[]): void {
  if (headingAt === null) return;
  const onHeading = figures.filter((f) => f.line === headingAt + 1);
  // A numbered list right under "… 7 комиссий по следующим направлениям:" counts those 7; a bulleted
  // list under "(проведено 17 заседаний):" lists the questions discussed, not the meetings.
  const lone = !bullet && onHeading.length === 1 && /:\s*$/.test(lines[headingAt]) ? onHeading[0] : undefined;
  const stated = onHeading.find((f) => f.metric === metric) ?? lone;
  if (stated) {
    if (stated.value !== count) issues.push({ line: headingAt + 1, message: `${stated.metric}: ${stated.value} stated, ${count} listed` });
    return;
  }
  if (!metric) return;
  const elsewhere = figures.find((f) => f.metric === metric);
  if (elsewhere) {
    if (elsewhere.value !== count) issues.push({ line: headingAt + 1, message: `${metric}: ${elsewhere.value} stated (line ${elsewhere.line}), ${count} listed` });
    return;
  }
  const listed = { metric, value: count, line: headingAt + 1, text: `${tidy(lines[headingAt]).slice(0, 250)} [${count} listed]` };
  // A count the text states only doubtfully (a candidate) is not replaced by the count of a list: both go to the review.
  if (candidates.some((c) => c.metric === metric)) candidates.push({ ...listed, why: 'counted from the list; the stated count is a candidate' });
  else figures.push(listed);
}

// ---------------------------------------------------------------- tables

interface MonthGroup {
  month: number | null;
  line: number;
  stated: number | null;
  rows: number;
}

interface Table {
  start: number;
  end: number;
  header: string[];
}

/**
 * Tables flattened to text (a Word table saved as text): every cell starts a
 * line with a tab, a cell's further lines have none. A table starts at a
 * header whose first cell is "№" and ends at a non-tab line after a blank one.
 */
function findTables(lines: string[]): Table[] {
  const tables: Table[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^\t\s*№/.test(lines[i])) continue;
    const header: string[] = [];
    let k = i;
    for (; k < lines.length; k++) {
      if (!lines[k].startsWith('\t')) break;
      const cell = lines[k].trim();
      if (k > i && (monthOfWord(cell) !== null || /^\d+\.?$/.test(cell))) break;
      header.push(cell);
    }
    // The header's last line, until body lines extend it (a header alone at the end of the text has none).
    let end = k - 1;
    for (let j = k; j < lines.length; j++) {
      const line = lines[j];
      if (line.startsWith('\t')) end = j;
      else if (line.trim() === '') continue;
      else if (lines[j - 1]?.trim() !== '') end = j; // a cell's second line
      else break;
    }
    tables.push({ start: i, end, header: header.filter((c) => c !== '') });
    i = end;
  }
  return tables;
}

/** The cells of a table body in order: a tab opens a cell, a line without one continues it. */
function cellsOf(lines: string[], from: number, to: number): { text: string; line: number }[] {
  const cells: { text: string; line: number }[] = [];
  for (let j = from; j <= to; j++) {
    const line = lines[j];
    if (line.startsWith('\t')) {
      for (const part of line.slice(1).split('\t')) cells.push({ text: part, line: j + 1 });
    } else if (line.trim() !== '' && cells.length > 0) {
      cells[cells.length - 1].text += '\n' + line;
    }
  }
  return cells.map((c) => ({ text: tidy(c.text), line: c.line }));
}

/**
 * Activities from a table: rows grouped under month rows ("Апрель") get that
 * month as their dates; the title is the "Тема"/"Наименование" column; rows
 * with no title ("-") are empty months, not activities. The "Кол-во" column
 * and an "Итого: N" line are checked against the rows.
 */
function readTableActivities(lines: string[], tables: Table[], year: number | undefined, figures: ReportFigure[], issues: ExtractIssue[]): ReportActivity[] {
  const out: ReportActivity[] = [];
  for (const t of tables) {
    let context = '';
    for (let k = t.start - 1, seen = 0; k >= 0 && seen < 3; k--) if (lines[k].trim() !== '') [context, seen] = [context + ' ' + lines[k], seen + 1];
    const type = activityTypeOf(context) ?? activityTypeOf(t.header.join(' '));
    const cols = Math.max(t.header.length, 1);
    const titleCol = Math.max(0, t.header.findIndex((h) => /тема|наименован|название|мероприяти|тақырып|атауы/i.test(h)));
    const countCol = t.header.findIndex((h) => /кол-?во|количеств|саны/i.test(h));
    const dateCol = t.header.findIndex((h) => /дата|срок|күні|мерзімі/i.test(h));
    const bodyStart = t.start + t.header.length;
    const cells = cellsOf(lines, bodyStart, t.end);
    let month: number | null = null;
    let row: { text: string; line: number }[] = [];
    let group: MonthGroup | null = null;
    const groups: MonthGroup[] = [];
    let total: { value: number; line: number } | null = null;

    const flush = () => {
      if (row.length === 0) return;
      const cellsOfRow = row;
      row = [];
      const title = cellsOfRow[titleCol]?.text ?? '';
      if (countCol >= 0 && group && group.stated === null) group.stated = parseCount(cellsOfRow[countCol]?.text ?? '');
      if (title === '' || /^[-–—\s]+$/.test(title) || !type) return;
      let dates: { start: string; end: string } | null = null;
      if (dateCol >= 0) dates = parseDatePhrase(cellsOfRow[dateCol]?.text ?? '', year);
      if (!dates && month !== null && year !== undefined) {
        const start = isoDate(year, month, 1);
        const end = isoDate(year, month, daysInMonth(year, month));
        if (start && end) dates = { start, end };
      }
      if (group) group.rows++;
      // Every row of a monitoring table is a monitoring, whatever its title says ("Встреча многодетных матерей …").
      out.push({ type: type.type, title: title.slice(0, 300), date_start: dates?.start ?? null, date_end: dates?.end ?? null, line: cellsOfRow[0].line });
    };

    for (const cell of cells) {
      const totalMatch = re(`^(?:итого|всего|барлығы|жиыны)\\s*:?\\s*(${N})`).exec(cell.text);
      if (totalMatch) {
        flush();
        total = { value: parseCount(totalMatch[1]) ?? 0, line: cell.line };
        continue;
      }
      const monthHere = /^\p{L}+$/u.test(cell.text) ? monthOfWord(cell.text) : null;
      if (monthHere !== null) {
        // A month row ends the row before it, even if that row was short of cells.
        row = row.length >= cols - 1 ? row : [];
        flush();
        month = monthHere;
        group = { month, line: cell.line, stated: null, rows: 0 };
        groups.push(group);
        continue;
      }
      row.push(cell);
      if (row.length === cols) flush();
    }
    if (row.length >= cols - 1) flush();
    for (const g of groups) {
      if (g.stated !== null && g.stated !== g.rows) issues.push({ line: g.line, message: `table: ${g.stated} stated for the month, ${g.rows} rows` });
    }
    const listed = out.filter((a) => a.line > t.start && a.line <= t.end + 1).length;
    if (total && total.value !== listed) issues.push({ line: total.line, message: `table total ${total.value}, ${listed} rows` });
    if (type?.metric) {
      const stated = figures.find((f) => f.metric === type.metric);
      if (stated && stated.value !== listed) issues.push({ line: t.start + 1, message: `${type.metric}: ${stated.value} stated (line ${stated.line}), ${listed} rows in the table` });
    }
  }
  return out;
}

// ---------------------------------------------------------------- sentences

/**
 * Activities outside lists: "7.08.2023 состоялась диалоговая площадка … на
 * тему: «…»" (a dated sentence naming a type and saying it took place), and
 * "Состоялись общественные слушания по темам: «A» и «B»" (quoted titles after
 * a heading that names a type).
 */
function readDatedSentences(lines: string[], inTable: Set<number>, year: number | undefined, listed: ReportActivity[], figures: ReportFigure[], issues: ExtractIssue[], candidates: ReportCandidate[]): ReportActivity[] {
  const out: ReportActivity[] = [];
  const listedLines = new Set(listed.map((a) => a.line));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (inTable.has(i) || listedLines.has(i + 1) || ITEM.test(line) || line.trim() === '') continue;
    const type = activityTypeOf(line);
    if (!type) continue;
    // Heading then quoted titles on the next non-blank line.
    if (/(?:тем[аеиы]|тақырып[\p{L}]*)\s*:\s*$/iu.test(line.trim()) || /:\s*$/.test(line.trim())) {
      let k = i + 1;
      while (k < lines.length && lines[k].trim() === '') k++;
      if (k < lines.length && !ITEM.test(lines[k]) && !listedLines.has(k + 1)) {
        const titles = quotedTitles(lines[k]);
        for (const title of titles) out.push({ type: type.type, title, date_start: null, date_end: null, line: k + 1 });
        if (titles.length > 0) {
          checkListTotal(lines, i, titles.length, type.metric, false, figures, issues, candidates);
          i = k;
          continue;
        }
      }
    }
    for (const sentence of sentencesOf(line)) {
      const t = activityTypeOf(sentence.text);
      if (!t || !re(HELD_VERBS).test(sentence.text)) continue;
      const dates = parseDatePhrase(sentence.text, year);
      if (!dates) continue;
      const quoted = quotedTitles(sentence.text)[0];
      out.push({ type: t.type, title: (quoted ?? tidy(sentence.text)).slice(0, 300), date_start: dates.start, date_end: dates.end, line: i + 1 });
    }
  }
  return out;
}

/** Top-level «…» titles; inner quotes («ТОО «Алматы СпецТехПаркинг»») stay inside. */
function quotedTitles(text: string): string[] {
  const titles: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '«' || ch === '“') {
      if (depth > 0) current += ch;
      depth++;
    } else if ((ch === '»' || ch === '”') && depth > 0) {
      depth--;
      if (depth === 0) {
        if (tidy(current) !== '') titles.push(tidy(current));
        current = '';
      } else current += ch;
    } else if (depth > 0) current += ch;
  }
  return titles;
}
