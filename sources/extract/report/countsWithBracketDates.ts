import { maskNeverCounts } from '../maskNeverCounts.ts';
import { parseDatePhrase } from '../parseDatePhrase.ts';
import { tidy } from '../toLines.ts';
import type { ReportActivity } from '../types.ts';
import { activityTypesIn } from './activityLexicon.ts';

/** Between the dates of a run: a comma, a semicolon, "и", "және", "мен". */
const JOIN = /\s*(?:[,;]|\s(?:и|және|мен)\s)\s*/gu;
/** A count opening a clause, the type's words right after it: "2 дөңгелек үстел", "1 меморандумға", "3 круглых стола". */
const COUNT_THEN_WORDS = /(?<![\p{L}\d.,/-])(\d{1,2})\s+(?=\p{L})/u;
/**
 * The type's words first, a dash and the count closing the clause right before the bracket (set 153): "семинар для
 * участковых инспекторов – 1 (07.07.2026)", "круглых столов – 2 (12.03.2026, 11.08.2026)", "дөңгелек үстел – 2 (…)".
 */
const WORDS_THEN_COUNT = /^\s*(\p{L}[^\d]*?)\s*[-–—:]\s*(\d{1,2})\s*$/u;
/** Words of what is still to come: a date in the bracket is planned, not held. */
const PLANNED = /(?<![\p{L}])(?:планир|запланир|будет|будут|предстоит|жоспар|өткізіледі|алдағы)[\p{L}]*/iu;
/** The most events one bracket is read to date one by one. */
const MOST = 6;

/**
 * A paragraph that counts its events kind by kind, each count's days in the bracket after it: "Өзге іс-шаралар: 1
 * қоғамдық тыңдау (2026 жылғы 11 тамыз, … жобасы бойынша), 2 дөңгелек үстел (2026 жылғы 16 шілде және 10 қыркүйек), …
 * 1 меморандумға қол қойылды (2026 жылғы 1 қыркүйек).", "Проведены 2 круглых стола (12 марта и 14 мая), 1 семинар (3
 * июня, для членов Совета).". One event per day, when the clause before the bracket (from the last comma, semicolon or
 * colon outside brackets) holds one count and names one type, and the bracket opens with exactly as many days of one
 * day each as the count (words after them, past a comma, are the event's topic). Anything else — a bracket of other
 * days, fewer or more days than counted, a span, a plan — gives nothing: the count stands, its events are not guessed.
 */
export function readCountsWithBracketDates(lines: string[], inTable: Set<number>, year: number | undefined, taken: ReportActivity[]): ReportActivity[] {
  const out: ReportActivity[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (inTable.has(i) || lines[i].trim() === '') continue;
    // The paragraph: lines up to a blank one, joined; each character's line kept to place the events.
    let text = '';
    const lineAt: number[] = [];
    let k = i;
    for (; k < lines.length && lines[k].trim() !== '' && !inTable.has(k); k++) {
      const piece = `${lines[k].trim()} `;
      text += piece;
      for (let c = 0; c < piece.length; c++) lineAt.push(k + 1);
    }
    i = k;
    if (PLANNED.test(text)) continue;
    const found: ReportActivity[] = [];
    let clauseStart = 0;
    let depth = 0;
    let open = -1;
    for (let c = 0; c < text.length; c++) {
      const ch = text[c];
      if (ch === '(') {
        if (depth === 0) open = c;
        depth++;
      } else if (ch === ')' && depth > 0) {
        depth--;
        if (depth === 0) {
          found.push(...eventsOfBracket(text.slice(clauseStart, open), text.slice(open + 1, c), year, lineAt[open], /:\s*$/u.test(text.slice(0, clauseStart))));
          clauseStart = c + 1;
        }
      } else if (depth === 0 && /[,;:.]/u.test(ch) && !/\d/u.test(text[c + 1] ?? '')) clauseStart = c + 1;
    }
    for (const a of found) {
      if ([...taken, ...out].some((t) => t.type === a.type && t.date_start === a.date_start)) continue;
      out.push(a);
    }
  }
  return out;
}

/** The events a clause counts and its bracket dates; empty unless count, type and days agree. */
/** `afterColon`: the clause follows a colon, its owner named before it ("Маслихатом района: круглые столы – 2 (…)"): a label there is not read. */
function eventsOfBracket(clause: string, bracket: string, year: number | undefined, line: number, afterColon = false): ReportActivity[] {
  const masked = maskNeverCounts(clause);
  const m = COUNT_THEN_WORDS.exec(masked);
  const label = m === null && !afterColon ? WORDS_THEN_COUNT.exec(masked) : null;
  if (m === null && label === null) return [];
  const count = Number(m?.[1] ?? label?.[2]);
  // One count in the clause, the type's words after it (a bracket after "15 өтініш (жеке тұлғалардан – 12 …)" names no type).
  if (count < 1 || count > MOST || (masked.match(/(?<![\p{L}\d.,/-])\d+(?![\d.,]\d)/gu) ?? []).length !== 1) return [];
  // The words that name the events: after the count, or before the dash of a label.
  const words = m !== null ? clause.slice(m.index).replace(/^\d+\s+/u, '') : labelWords(clause, label!);
  const types = activityTypesIn(words);
  if (types.length !== 1) return [];
  const topics = daysWithTopics(bracket, year, count);
  if (topics !== null) {
    const kind = words;
    return topics.map((t) => ({ type: types[0].type, title: tidy(`${kind} (${t.topic})`).slice(0, 300), date_start: t.date.start, date_end: t.date.end, line }));
  }
  const days = leadingDays(bracket, year, count);
  if (days === null) return [];
  const after = tidy(bracket.slice(days.end).replace(/^[\s,;–—-]+/u, ''));
  const title = tidy(`${words}${after ? ` (${after})` : ''}`).slice(0, 300);
  return days.dates.map((d) => ({ type: types[0].type, title, date_start: d.start, date_end: d.end, line }));
}

/**
 * The bracket's first parts, joined by commas or "и / және / мен", that are wholly dates of one day each, exactly `count`
 * of them and the part after them (if any) no date; null else. A year written once in the run is every date's.
 */
function leadingDays(bracket: string, year: number | undefined, count: number): { dates: { start: string; end: string }[]; end: number } | null {
  const masked = maskNeverCounts(bracket);
  const parts: { from: number; to: number }[] = [];
  let from = 0;
  for (const c of masked.matchAll(JOIN)) {
    parts.push({ from, to: c.index ?? 0 });
    from = (c.index ?? 0) + c[0].length;
  }
  parts.push({ from, to: bracket.length });
  const isDate = (p: { from: number; to: number }) => /^\s*\uE000[\uE000\s]*(?:(?:г|ж)\.?)?\s*$/u.test(masked.slice(p.from, p.to));
  if (parts.length < count || !parts.slice(0, count).every(isDate) || (parts.length > count && isDate(parts[count]))) return null;
  const run = bracket.slice(0, parts[count - 1].to);
  const years = new Set([...run.matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/gu)].map((y) => Number(y[0])));
  const y = years.size === 1 ? [...years][0] : year;
  const dates: { start: string; end: string }[] = [];
  for (const p of parts.slice(0, count)) {
    const d = parseDatePhrase(bracket.slice(p.from, p.to), y);
    if (d === null || d.start !== d.end) return null;
    dates.push(d);
  }
  return { dates, end: parts[count - 1].to };
}

/**
 * The bracket as each event's day and its topic, the events parted by semicolons (set 146): "2 круглых стола (28 октября – о
 * поддержке молодых фермеров; 15 декабря – о профилактике бытового насилия)", "1 общественное слушание (2 декабря – проект
 * бюджета района на 2027-2029 годы)", "2 дөңгелек үстел (16 шілде – жастар туралы; 10 қыркүйек – …)". Exactly `count`
 * parts, each opening with a date of one day, a dash after it and words; null else (a bracket of one part with two days,
 * a part without its day, a span).
 */
function daysWithTopics(bracket: string, year: number | undefined, count: number): { date: { start: string; end: string }; topic: string }[] | null {
  const parts = bracket.split(/\s*;\s*/u);
  if (parts.length !== count) return null;
  const out: { date: { start: string; end: string }; topic: string }[] = [];
  for (const part of parts) {
    const m = DAY_DASH_TOPIC.exec(part);
    if (m === null || !/^\s*\uE000[\uE000\s]*(?:(?:г|ж)\.?)?\s*$/u.test(maskNeverCounts(m[1]))) return null;
    const date = parseDatePhrase(m[1], year);
    if (date === null || date.start !== date.end) return null;
    out.push({ date, topic: m[2] });
  }
  return out;
}

/** A day, a dash, the topic: "28 октября – о поддержке …", "2026 жылғы 16 шілде – жастар туралы". */
const DAY_DASH_TOPIC = /^\s*([^–—]{3,30}?)\s+[–—-]\s+(\p{L}.*)$/u;

/** The words of a label before its dash, as written (the label was found in the masked clause, offsets the same). */
function labelWords(clause: string, label: RegExpExecArray): string {
  const from = label[0].indexOf(label[1]);
  return tidy(clause.slice(from, from + label[1].length));
}
