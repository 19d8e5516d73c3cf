import { partsOfPeriod } from './partsOfPeriod.ts';
import { partNamedInText } from './partNamedInText.ts';
import { MONTH_WORD, daysInMonth, isoDate, monthOfWord } from '../monthNames.ts';
import { parseDatePhrase } from '../parseDatePhrase.ts';
import type { ExtractIssue } from '../types.ts';
import { matchesOf } from '../grammar/matchesOf.ts';
import { TERM_WORD } from './wholeTerm.ts';

const re = (source: string, flags = 'iu') => new RegExp(source, flags);

export type Period = { from: string; to: string };

const ORDINAL_HALF: Record<string, 1 | 2> = { 'первом': 1, 'первого': 1, 'втором': 2, 'второго': 2, 'первое': 1, '1': 1, '1-е': 1, 'i': 1, 'бірінші': 1, 'второе': 2, '2': 2, '2-е': 2, 'ii': 2, 'екінші': 2 };
const KK_QUARTER: Record<string, number> = { 'бірінші': 1, '1': 1, 'i': 1, 'екінші': 2, '2': 2, 'ii': 2, 'үшінші': 3, '3': 3, 'iii': 3, 'төртінші': 4, '4': 4, 'iv': 4 };
/** Months in words, ru and kk ("за девять месяцев", "2025 жылдың тоғыз айы"): a report of the year's first N months. */
const MONTHS_WORD: Record<string, number> = {
  'два': 2, 'двух': 2, 'три': 3, 'трех': 3, 'трёх': 3, 'четыре': 4, 'четырех': 4, 'четырёх': 4, 'пять': 5, 'пяти': 5, 'шесть': 6, 'шести': 6,
  'семь': 7, 'семи': 7, 'восемь': 8, 'восьми': 8, 'девять': 9, 'девяти': 9, 'десять': 10, 'десяти': 10, 'одиннадцать': 11, 'одиннадцати': 11,
  'екі': 2, 'үш': 3, 'төрт': 4, 'бес': 5, 'алты': 6, 'жеті': 7, 'сегіз': 8, 'тоғыз': 9, 'он': 10, 'он бір': 11,
};
const MONTHS_WORD_RE = Object.keys(MONTHS_WORD).sort((a, b) => b.length - a.length).join('|');
const monthsCount = (w: string): number | null => {
  const n = /^\d+$/.test(w) ? Number(w) : MONTHS_WORD[w.toLowerCase().replace(/\s+/g, ' ')];
  return n !== undefined && n >= 1 && n <= 12 ? n : null;
};
/** An ordinal of a half or a quarter, as a numeral or the word's stem in any case ("третьем", "үшінші", "III", "2-м"). */
const PART_ORDINAL = String.raw`[1-4]|IV|I{1,3}|перв[\p{L}]*|втор[\p{L}]*|трет[\p{L}]*|четв[её]рт[\p{L}]*|бірінші|екінші|үшінші|төртінші`;
const EXECUTION_BEFORE = /(?:выполнени|исполнени)[\p{L}]*\s+(?:[\p{L}]+\s+)?$/iu;
// (A bracket telling the part's months may stand between: "… жоспарының 9 айда (қаңтар – қыркүйек) орындалуы", held-out 152.)
const EXECUTION_AFTER = /^\s*(?:\([^()]{1,40}\)\s*)?(?:[\p{L}]+\s+)?орындал/iu;
function ordinalOfPart(word: string): number | null {
  const w = word.toLowerCase();
  if (/^[1-4]$/u.test(w)) return Number(w);
  const roman: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
  if (roman[w] !== undefined) return roman[w];
  const stems: [RegExp, number][] = [[/^(?:перв|бірінші)/u, 1], [/^(?:втор|екінші)/u, 2], [/^(?:трет|үшінші)/u, 3], [/^(?:четв|төртінші)/u, 4]];
  return stems.find(([r]) => r.test(w))?.[1] ?? null;
}
const ORDINAL_QUARTER: Record<string, number> = { 'первый': 1, '1': 1, 'i': 1, 'второй': 2, '2': 2, 'ii': 2, 'третий': 3, '3': 3, 'iii': 3, 'четвертый': 4, '4': 4, 'iv': 4 };

export function yearPeriod(y: number, fromMonth: number, toMonth: number): Period | null {
  const from = isoDate(y, fromMonth, 1);
  const to = isoDate(y, toMonth, daysInMonth(y, toMonth));
  return from && to && from <= to ? { from, to } : null;
}

/** The execution of a year's plan in a part of that year: see its comment; first of the title's patterns, then as one. */
const PLAN_PART: { source: string; read: (m: RegExpExecArray) => Period | null } = {
    // The execution of a year's plan in a part of that year (held-out 87): "о выполнении плана работы на 2026 год за 9
    // месяцев", "… на 2026 год в III квартале", "за I полугодие", "2026 жылғы жұмыс жоспарының III тоқсанда орындалуы",
    // "… жоспарының I жарты жылдықта орындалуы", "… жоспарының 9 айда орындалуы". The plan's year is the part's year; read as
    // the year alone it would make a quarter's report a year's.
    source: `(?:план[\\p{L}]*(?:\\s+[\\p{L}«»"-]+){0,6}?\\s+на\\s+(\\d{4})\\s*(?:г\\.|год[\\p{L}]*)\\s*,?\\s+(?:за|в|во|по\\s+итогам)\\s+|(\\d{4})\\s*(?:жыл[\\p{L}]*|ж\\.)\\s+(?:арналған\\s+)?(?:жұмыс\\s+)?жоспар[\\p{L}]*\\s+)(?:(${PART_ORDINAL})\\s*(?:-?\\s*(?:е|м|й|ом|ый|ій|ші|шы)\\s+|-\\s*|\\s+)?(полугоди|квартал|жарты\\s*жыл|тоқсан)[\\p{L}]*|(\\d{1,2}|${MONTHS_WORD_RE})\\s+(мес(?:\\.|яц[\\p{L}]*)|ай[\\p{L}]*))(?![\\p{L}])`,
    read: (m) => {
      // Only a title of the plan's execution: "план работы на 2027 год в I квартале" alone is a plan, its span no report's.
      // The execution's word right before the plan (ru: "о выполнении плана работы на …") or right after the part (kk: "…
      // жоспарының III тоқсанда орындалуы"): "Отчет о выполнении плана за 2026 год. План работы на 2027 год в I квартале" is none.
      const before = m.input.slice(0, m.index);
      const after = m.input.slice(m.index + m[0].length);
      if (!(m[1] !== undefined ? EXECUTION_BEFORE.test(before) : EXECUTION_AFTER.test(after))) return null;
      const y = Number(m[1] ?? m[2]);
      if (m[5] !== undefined) {
        const n = monthsCount(m[5]);
        return n && n < 12 ? yearPeriod(y, 1, n) : null;
      }
      const no = ordinalOfPart(m[3]);
      if (/^(?:полугоди|жарты)/iu.test(m[4])) return no === 1 ? yearPeriod(y, 1, 6) : no === 2 ? yearPeriod(y, 7, 12) : null;
      return no !== null && no <= 4 ? yearPeriod(y, no * 3 - 2, no * 3) : null;
    },
  };

/**
 * A span whose two ends each carry their year, as a period that straddles the calendar is written (held-out 125): a winter
 * "декабрь 2025 г. – февраль 2026 г.", an academic year "2025 жылғы қыркүйек – 2026 жылғы мамыр", a council's first year
 * "(2025 жылғы 15 наурыз – 2026 жылғы 14 наурыз)", "15.03.2025 – 14.03.2026", "с декабря 2025 г. по февраль 2026 г.",
 * "2025 жылғы желтоқсаннан 2026 жылғы ақпанға дейін". An end that names a month alone is its first day (from) or its last
 * (to); an end with its day is that day. Read as the year of one end, the period was a calendar year neither end names.
 * Only a span of a month to a year: "12.05.2026 – 14.05.2026" is a visit's days, no report's period; "01.07.2025 ж. бастап
 * 30.09.2026 ж. дейін", fifteen months, is a year mistyped more likely than a report's span (dates34) — unless it is a council's term (isWholeTerm).
 */
const SPAN_END = `(?:\\d{1,2}\\.\\d{1,2}\\.\\d{4}(?:\\s*(?:ж|г)\\.)?(?:\\s*-\\s*(?:дан|ден|тан|тен|нан|нен|ға|ге|қа|ке|на|не|а|е)(?![\\p{L}]))?|\\d{4}\\s*(?:жыл[\\p{L}]*|ж\\.)\\s+(?:\\d{1,2}\\s+)?${MONTH_WORD}|(?:\\d{1,2}\\s+)?${MONTH_WORD}\\s+\\d{4}(?:\\s*(?:г\\.|года?(?![\\p{L}])))?)`;
const SPAN_OF_TWO_YEARS: { source: string; read: (m: RegExpExecArray) => Period | null } = {
  source: `(?:(?<![\\p{L}])с\\s+(${SPAN_END})\\s+(?:по|до)\\s+(${SPAN_END})|(${SPAN_END})(?:\\s+бастап)?\\s+(${SPAN_END})\\s+дейін|(${SPAN_END})\\s*[-–—]\\s*(${SPAN_END}))`,
  read: (m) => {
    const [a, b] = m[1] !== undefined ? [m[1], m[2]] : m[3] !== undefined ? [m[3], m[4]] : [m[5], m[6]];
    // The Kazakh ends say it by their cases: the first from ("-нан", or "бастап" after it), the last to ("-ға" before "дейін").
    if (m[3] !== undefined && !/(?:дан|ден|тан|тен|нан|нен)(?:\s*(?:ж|г)\.)?$/iu.test(a) && !/\sбастап\s/iu.test(m[0])) return null;
    const from = endOfSpan(a, 'from');
    const to = endOfSpan(b, 'to');
    if (from === null || to === null) return null;
    const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
    return (days >= 27 && days <= 366) || isWholeTerm(from, to, m.input) ? { from, to } : null;
  },
};

/**
 * A council's whole term as a report's span (set 171): "Қоғамдық кеңестің өкілеттік мерзімі ішіндегі (2023 жылғы 12 сәуір –
 * 2026 жылғы 11 сәуір) қызметі туралы", "о работе Совета за срок полномочий (19.07.2023 – 24.06.2026)". Longer than a year,
 * it is one only when its ends are whole years apart to the day (a term of three years from the day the council was formed)
 * or the title names the term; at most four years (a term is three): fifteen months between dated ends with neither is a
 * year mistyped.
 */
function isWholeTerm(from: string, to: string, text: string): boolean {
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  if (years < 1 || (Date.parse(to) - Date.parse(from)) / 86_400_000 > 4 * 366) return false;
  const dayBefore = new Date(Date.parse(`${Number(from.slice(0, 4)) + years}${from.slice(4)}`) - 86_400_000).toISOString().slice(0, 10);
  return dayBefore === to || TERM_WORD.test(text);
}

/** One end of a span as its ISO day: its day when it names one, else its month's first day (from) or last (to). */
function endOfSpan(text: string, side: 'from' | 'to'): string | null {
  const numeric = /(\d{1,2})\.(\d{1,2})\.(\d{4})/u.exec(text);
  if (numeric) return isoDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  const year = Number(/\d{4}/u.exec(text)?.[0]);
  const month = monthOfWord(re(MONTH_WORD).exec(text)?.[0] ?? '');
  if (!year || !month) return null;
  const day = /(?<!\d)(\d{1,2})\s+\p{L}/u.exec(text);
  return isoDate(year, month, day ? Number(day[1]) : side === 'from' ? 1 : daysInMonth(year, month));
}

/** The readings of a period phrase, most specific first. */
/**
 * A Kazakh month in its locative adjective right before the work or report it qualifies: "2026 жылғы қарашадағы жұмысы туралы
 * есептен", "2026 жылғы қазандағы атқарылған жұмыс туралы ақпарат" — the month's report, as "қазан айындағы" is. Only the work
 * or report words right after it: "желтоқсандағы отырыста бекітілген есеп" is a meeting's month, no period.
 */
const MONTH_IN_WORK = '(?<=\\p{L}(?:да|де|та|те)(?:ғы|гі))(?=\\s+(?:(?:атқарылған|атқарған)\\s+)?(?:жұмыс|қызмет|есеп|ақпарат)[\\p{L}]*(?![\\p{L}]))';
const PERIOD_PATTERNS: { source: string; read: (m: RegExpExecArray) => Period | null }[] = [
  SPAN_OF_TWO_YEARS,
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
    // A range of months named in the title: "2025 жылғы қаңтар – қыркүйек айлары", "за январь – сентябрь 2025 года",
    // "январь-июнь 2025 г.": the months from the first to the last (a nine months' report is no year's). The year may stand
    // in a bracket after them: "қаңтар–қыркүйек айларындағы (2026 ж.)", "за январь – сентябрь (2026 г.)".
    source: `(?:(\\d{4})\\s*(?:жыл[\\p{L}]*|ж\\.)\\s+)?(${MONTH_WORD})\\s*[-–—]\\s*(${MONTH_WORD})(?:\\s+(?:айлар[\\p{L}]*|ай[\\p{L}]{0,5}))?(?:\\s+(\\d{4})(?!\\d)|\\s*\\(\\s*(\\d{4})\\s*(?:ж\\.?|жыл[\\p{L}]*|г\\.?|год[\\p{L}]*)?\\s*\\))?`,
    read: (m) => {
      const [a, b] = [monthOfWord(m[2]), monthOfWord(m[3])];
      const after = m[4] ?? m[5];
      const y = m[1] ?? after;
      // One year exactly, before (kk) or after (ru) the months.
      if (!a || !b || a >= b || (m[1] === undefined) === (after === undefined)) return null;
      return yearPeriod(Number(y), a, b);
    },
  },
  {
    // за первое полугодие 2024 года, в первом полугодии 2025 года, по итогам первого полугодия 2025 года, 2024 жылдың бірінші жартыжылдығы, 2025 жылғы бірінші жарты жылдағы (two words),
    // 2025 жылғы 1-жартыжылдықтағы (the number joined to the noun by its hyphen); "the year's first half": 2025 жылдың
    // бірінші жартысындағы, за первую половину 2025 года
    source: `(первое|второе|первом|втором|первого|второго|1-?е?|2-?е?|I{1,2})\\s+полугоди[\\p{L}]*\\s+(\\d{4})|(\\d{4})\\s*(?:жыл[\\p{L}]*|ж\\.)\\s+(бірінші|екінші|I{1,2}|[12])(?:\\s*-\\s*[\\p{L}]{1,3}\\s+|\\s*-\\s*|\\s+)жарты(?:\\s*жыл|сы)|(перв|втор)(?:ая|ую|ой)\\s+половин[\\p{L}]*\\s+(\\d{4})`,
    read: (m) => {
      const word = m[5] === undefined ? (m[1] ?? m[4]) : m[5] === 'перв' || m[5] === 'Перв' ? '1' : '2';
      const half = ORDINAL_HALF[word.toLowerCase()];
      const y = Number(m[2] ?? m[3] ?? m[6]);
      return half === 1 ? yearPeriod(y, 1, 6) : half === 2 ? yearPeriod(y, 7, 12) : null;
    },
  },
  {
    // A run of quarters: "за II–III кварталы 2026 года", "2–3 кварталы 2026 г.", "2026 жылғы II–III тоқсандағы", "2026 ж.
    // 2-3 тоқсан" — from the first quarter's first month to the last's last (before a single quarter, which would read the
    // last alone).
    source: `(?<![\\p{L}\\d])([1-4]|I{1,3}|IV)\\s*[-–—]\\s*([1-4]|I{1,3}|IV)[-\\s]*(?:й\\s+|е\\s+)?квартал[\\p{L}]*\\s+(\\d{4})|(\\d{4})\\s*(?:жыл[\\p{L}]*|ж\\.)\\s+([1-4]|I{1,3}|IV)\\s*[-–—]\\s*([1-4]|I{1,3}|IV)(?:\\s*-\\s*[\\p{L}]{1,3})?\\s*-?\\s*тоқсан`,
    read: (m) => {
      const [a, b, y] = m[1] !== undefined ? [m[1], m[2], m[3]] : [m[5], m[6], m[4]];
      const first = ORDINAL_QUARTER[a.toLowerCase()];
      const last = ORDINAL_QUARTER[b.toLowerCase()];
      return first && last && first < last ? yearPeriod(Number(y), first * 3 - 2, last * 3) : null;
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
    // Kazakh quarters: 2024 жылғы 3-тоқсан, 2024 жылдың үшінші тоқсаны, 2024 ж. III тоқсан
    source: `(\\d{4})\\s*(?:жыл[\\p{L}]*|ж\\.)\\s+(бірінші|екінші|үшінші|төртінші|[1-4]|I{1,3}|IV)(?:\\s*-\\s*[\\p{L}]{1,3})?\\s*-?\\s*тоқсан`,
    read: (m) => {
      const q = KK_QUARTER[m[2].toLowerCase()];
      return q ? yearPeriod(Number(m[1]), q * 3 - 2, q * 3) : null;
    },
  },
  {
    // A slide's or a cover's title puts the quarter before its year: "III ТОҚСАН 2026", "3-тоқсан 2026 ж.", "ІІІ тоқсан,
    // 2026 жыл" (the Russian order, "III квартал 2026", is read above).
    source: `(?<![\\p{L}\\d])(бірінші|екінші|үшінші|төртінші|[1-4]|I{1,3}|IV)(?:\\s*-\\s*[\\p{L}]{1,3})?\\s*-?\\s*тоқсан[\\p{L}]*[\\s,]+(\\d{4})(?!\\d)`,
    read: (m) => {
      const q = KK_QUARTER[m[1].toLowerCase()];
      return q ? yearPeriod(Number(m[2]), q * 3 - 2, q * 3) : null;
    },
  },
  {
    // A span of whole months given by its first and last day, the year once: "2026 жылғы 1 шілде – 30 қыркүйек",
    // "1 июля – 30 сентября 2026 года". Only from a month's first day to a month's last: "12 – 14 августа" is an event's.
    source: `(?:(\\d{4})\\s*(?:жыл[\\p{L}]*|ж\\.)\\s+)?(\\d{1,2})\\s+(${MONTH_WORD})\\s*[-–—]\\s*(\\d{1,2})\\s+(${MONTH_WORD})(?:\\s+(\\d{4})(?!\\d))?`,
    read: (m) => {
      const [a, b] = [monthOfWord(m[3]), monthOfWord(m[5])];
      const y = m[1] ?? m[6];
      if (!a || !b || a > b || (m[1] === undefined) === (m[6] === undefined)) return null;
      if (Number(m[2]) !== 1 || Number(m[4]) !== daysInMonth(Number(y), b)) return null;
      return yearPeriod(Number(y), a, b);
    },
  },
  {
    // The same span said with Kazakh case endings instead of a dash: "2026 жылғы 1 қаңтардан 30 қыркүйекке дейінгі кезеңдегі",
    // "2026 жылғы 1 шілдеден бастап 30 қыркүйекке дейін", "01.07.2026 ж. бастап 30.09.2026 ж. дейін" — the ablative (or
    // "бастап") on the first day, "дейін" after the last. Only from a month's first day to a month's last, as above
    // ("наурыздың 10-нан 14-іне дейін" is an event's, and not in this form anyway).
    source: `(?:(\\d{4})\\s*(?:жыл[\\p{L}]*|ж\\.)\\s+)?(?:(\\d{1,2})\\s+(${MONTH_WORD})|(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\s*(?:ж\\.?)?(?:\\s*-?\\s*(?:дан|ден|тан|тен|нан|нен))?)\\s+(?:бастап\\s+)?(?:(\\d{1,2})\\s+(${MONTH_WORD})|(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\s*(?:ж\\.?)?(?:\\s*-?\\s*(?:ға|ге|қа|ке|на|не|а|е))?)\\s+дейін(?![\\p{L}]*\\s+(?:созыл|жалғас))`,
    read: (m) => {
      const fromWord = m[3] !== undefined;
      const toWord = m[8] !== undefined;
      // A month word on the first day must carry its ablative or "бастап" follows: "1 қаңтардан", "1 шілде бастап".
      if (fromWord && !/(?:дан|ден|тан|тен|нан|нен)$/iu.test(m[3]) && !/\sбастап\s/iu.test(m[0])) return null;
      const a = fromWord ? monthOfWord(m[3]) : Number(m[5]);
      const b = toWord ? monthOfWord(m[8]) : Number(m[10]);
      const y = Number(m[6] ?? m[11] ?? m[1]);
      if (!a || !b || !y || a > b) return null;
      // The years stated must agree with each other (a word date takes the year before it).
      if ((m[6] !== undefined && Number(m[6]) !== y) || (m[11] !== undefined && Number(m[11]) !== y) || (m[1] !== undefined && Number(m[1]) !== y)) return null;
      if ((!fromWord || !toWord) && (m[6] === undefined || m[11] === undefined)) return null;
      if (fromWord && toWord && m[1] === undefined) return null;
      const firstDay = Number(m[2] ?? m[4]);
      const lastDay = Number(m[7] ?? m[9]);
      if (firstDay !== 1 || lastDay !== daysInMonth(y, b)) return null;
      return yearPeriod(y, a, b);
    },
  },
  {
    // 2024 жылдың 9 айы, 2024 жылғы 9 ай, 2025 жылғы 9 айда (қаңтар-қыркүйек)
    source: `(\\d{4})\\s*(?:жыл[\\p{L}]*|ж\\.)\\s+(\\d{1,2}|${MONTHS_WORD_RE})\\s+ай(?:ы|ында|ындағы|да|дағы|лық)?(?![\\p{L}])`,
    read: (m) => {
      const n = monthsCount(m[2]);
      return n ? yearPeriod(Number(m[1]), 1, n) : null;
    },
  },
  {
    // за 9 месяцев 2022 года, за девять месяцев 2025 года, за 9 мес. 2024 г.
    source: `за\\s+(\\d{1,2}|${MONTHS_WORD_RE})\\s+(?:месяц[\\p{L}]*|мес\\.)\\s+(\\d{4})`,
    read: (m) => {
      const n = monthsCount(m[1]);
      return n ? yearPeriod(Number(m[2]), 1, n) : null;
    },
  },
  {
    // One month's report (held-out 99): "2026 жылғы қазан айындағы жұмысы туралы", "2026 ж. қазан (айлық есеп)", "за
    // октябрь 2026 года". Read as the year alone it was the whole year's. Only a month right after its year (kk) or after
    // "за" (ru), and (kk) named as the month ("айы", "айындағы", "(айлық есеп)"): "2026 жылғы 18 қараша" is a day's date,
    // "… ауылы        2026 жылғы қаңтар" the month a year's report was signed in (held-out 64), "қаңтар – қыркүйек" a
    // range (read above).
    source: `(?:(\\d{4})\\s*(?:жыл[\\p{L}]*|ж\\.)\\s+(${MONTH_WORD})(?:(?=\\s+ай(?:ы|ын[\\p{L}]*|лық)(?![\\p{L}])|\\s*\\(\\s*айлық)|${MONTH_IN_WORK})|(?<![\\p{L}])за\\s+(${MONTH_WORD})\\s+(\\d{4})(?!\\d)(?!\\s*[-–—]))`,
    read: (m) => {
      const month = monthOfWord(m[2] ?? m[3]);
      return month ? yearPeriod(Number(m[1] ?? m[4]), month, month) : null;
    },
  },
  {
    // A month's report titled by its month alone in brackets under the heading ("АҚПАРАТ" / "(2026 жылғы қазан)",
    // "ИНФОРМАЦИЯ (октябрь 2026 г.)"): the bracket, the whole of its line, specifies the title — no signing date (that
    // one stands on a line of its own without brackets, held-out 64) and no day's date (those carry their day).
    source: `^\\s*(?:(?:ақпарат|есеп|информация|отч[её]т|справка|анықтама)[\\p{L}]*\\s*)?\\(\\s*(?:(\\d{4})\\s*(?:жыл[\\p{L}]*|ж\\.)\\s+(${MONTH_WORD})(?:\\s+ай[\\p{L}]*)?|(${MONTH_WORD})\\s+(\\d{4})\\s*(?:г\\.?|года?)?)\\s*\\)\\s*$`,
    read: (m) => {
      const month = monthOfWord(m[2] ?? m[3]);
      return month ? yearPeriod(Number(m[1] ?? m[4]), month, month) : null;
    },
  },
  {
    // A monthly form's field of its month: "Есепті ай: 2026 жылғы қазан", "Отчётный месяц – октябрь 2026 г.", "Есепті ай:
    // қазан, 2026 ж.". The field names the month, so no "айы" / "за" is needed; a form's other date fields (a signature's
    // "Күні: 2026 жылғы 3 қараша") carry their day and are no month's field.
    source: `(?<![\\p{L}])(?:есепті\\s+ай|отч[её]тный\\s+месяц)\\s*[:–—-]?\\s*(?:(\\d{4})\\s*(?:жыл[\\p{L}]*|ж\\.)\\s+(${MONTH_WORD})|(${MONTH_WORD})\\s*,?\\s+(\\d{4})(?!\\d))`,
    read: (m) => {
      const month = monthOfWord(m[2] ?? m[3]);
      return month ? yearPeriod(Number(m[1] ?? m[4]), month, month) : null;
    },
  },
  {
    // A channel's monthly digest titled by its month (held-out 145): "🗓 ДАЙДЖЕСТ: ОКТЯБРЬ 2026", "Итоги октября 2026 года",
    // "Қазан 2026: дайджест", "ҚАРАША 2026 | ҚОРЫТЫНДЫ". The digest's or the results' word beside the month makes the month
    // the text's span; a month and year alone ("ноябрь 2026", a signing line) or a day before it ("итоги 14 октября 2026")
    // is no period.
    source: `(?<![\\p{L}])(?:дайджест|digest|итог[\\p{L}]*|қорытынды[\\p{L}]*)\\s*[:|–—-]?\\s*(?:за\\s+)?(${MONTH_WORD})(?:\\s+ай[\\p{L}]*)?\\s+(\\d{4})(?!\\d)(?!\\s*[-–—]\\s*\\d)|(?<![\\p{L}\\d]\\s?)(${MONTH_WORD})(?:\\s+ай[\\p{L}]*)?\\s+(\\d{4})\\s*(?:г\\.|года?|ж\\.|жыл[\\p{L}]*)?\\s*[:|–—-]\\s*(?:дайджест|digest|итог[\\p{L}]*|қорытынды[\\p{L}]*)(?![\\p{L}])`,
    read: (m) => {
      const month = monthOfWord(m[1] ?? m[3]);
      return month ? yearPeriod(Number(m[2] ?? m[4]), month, month) : null;
    },
  },
  PLAN_PART,
  {
    // за 2019г., за 2024 год, 2023 жылғы есеп, 2025 жылғы атқарылған жұмысы туралы АҚПАРАТ, 2025 ЖЫЛЫ АТҚАРҒАН ЖҰМЫСЫ ТУРАЛЫ КЕҢЕСКЕ ЕСЕБІ, 2025 жылғы қызметінің
    // негізгі көрсеткіштері, Отчет … 2023 год, 2025 ЖЫЛҒЫ ЖҰМЫСЫМЫЗҒА ШОЛУ (an overview), a form's "кеңестің 2025 жылғы қызметі туралы"
    source: `(?:за\\s+(\\d{4})\\s*(?:г\\.?|год[\\p{L}]*)?(?![\\d\\-–])|(\\d{4})\\s*(?:жыл[\\p{L}]*|ж\\.)(?:\\s+[\\p{L}]+){0,4}?\\s+(?:есе[пб]|қорытынды|ақпарат|көрсеткіш|шолу|қызмет[\\p{L}]*\\s+туралы))|^\\s*(?:отч[её]т|есеп)(?![\\p{L}])[^\\n]{0,100}?(\\d{4})\\s*(?:г\\.?|год|жыл)`,
    read: (m) => yearPeriod(Number(m[1] ?? m[2] ?? m[3]), 1, 12),
  },
  {
    // A form's field of its period, the year alone: "Есепті кезең: 2025 жыл", "Отчётный период – 2025 год", "Есепті кезең.
    // Жауап: 2025 жыл (1 қаңтар – 31 желтоқсан)". (A part of the year after it, "2025 жыл, ІІ тоқсан", is no year's: none.)
    source: `(?:есепті\\s+кезең|отч[её]тный\\s+период)[\\s.:–—-]*(?:(?:жауап|ответ)\\s*[:–—-]\\s*)?(\\d{4})\\s*(?:жыл|ж\\.|год|г\\.)(?![\\p{L}])(?![\\s,;]*(?:[IІV]+\\s|\\d|бірінші|екінші|үшінші|первое|второе|первый|второй|третий|перв|втор|\\p{L}+\\s+(?:тоқсан|квартал|жарты|полугоди|ай|месяц)))`,
    read: (m) => {
      // A bracket after the year gives its span: the whole year's ("(1 қаңтар – 31 желтоқсан)", "(01.01–31.12)") or none.
      const bracket = /^\s*\(([^()]*)\)/u.exec(m.input.slice(m.index + m[0].length));
      if (bracket !== null && /\d|[\p{L}]{4}/u.test(bracket[1]) && !(/қаңтар|январ|01\.01/iu.test(bracket[1]) && /желтоқсан|декабр|31\.12/iu.test(bracket[1]))) return null;
      return yearPeriod(Number(m[1]), 1, 12);
    },
  },
  {
    // об итогах работы Общественного совета Карагандинской области в 2025 году, о деятельности Совета в 2024 г.
    source: `(?:итог[\\p{L}]*|работ[\\p{L}]*|деятельност[\\p{L}]*)(?:\\s+[\\p{L}«»"-]+){0,8}?\\s+в\\s+(\\d{4})\\s*(?:г\\.|году)(?![\\p{L}])`,
    read: (m) => yearPeriod(Number(m[1]), 1, 12),
  },
];

/**
 * The period from the title lines ("за 2019г." in the title wins over "за
 * период с марта по декабрь 2019 года" further down); else `defaultYear`;
 * else the year most full dates in the text carry, with an issue saying so.
 */
export function readPeriod(lines: string[], defaultYear: number | undefined, issues: ExtractIssue[]): Period | null {
  const title = lines.map((l, i) => ({ l, i })).filter((x) => x.l.trim() !== '').slice(0, 10);
  for (const [k, { l }] of title.entries()) {
    // A title typed over short lines ("… Қоғамдық кеңесінің" / "2024 жылғы қызметі туралы" / "ЕСЕП") is read as one
    // line before the text further down, where an earlier year is a comparison ("(2023 жылы – бес)").
    // (Its short lines only: "… кеңесінің 2025 жылғы жұмысы туралы" / "ЕСЕП" over the text's first long sentence.)
    // The first line may be long ("Алматы облысының … кеңестің 2025 жылғы жұмысы туралы" / "ЕСЕП" / "Қонаев қаласы, 2026
    // жылғы 14 қаңтар": read from "ЕСЕП" on, its place and date line gave 2026, held-out 51).
    const lead = title.slice(k, k + 3).map((x) => x.l.trim());
    const short = lead.findIndex((h, j) => j > 0 && h.length > 80);
    const heading = short < 0 ? lead : lead.slice(0, short);
    const joined = heading.length >= 2 ? heading.join(' ') : l;
    // A plan's year on the title's line and its part on the next ("Отчет о выполнении плана работы на 2026 год" / "за 9
    // месяцев"): the joined lines first, or the first line alone would read the whole year.
    const plan = joined === l ? null : re(PLAN_PART.source).exec(latinRoman(joined));
    const planPart = plan !== null && PLAN_PART.read(plan) !== null;
    for (const text of (joined === l ? [l] : planPart ? [joined] : [l, joined]).flatMap((t) => [yearMovedIn(t), t].filter((x) => x !== null))) {
      for (const p of PERIOD_PATTERNS) {
        const m = re(p.source).exec(latinRoman(text));
        const period = m ? p.read(m) : null;
        if (period) return period;
      }
    }
  }
  const headed = periodOfHeadings(lines);
  if (headed) {
    issues.push({ line: headed.line, message: `no period in the title; ${headed.period.from}..${headed.period.to} read from the heading on line ${headed.line}` });
    return headed.period;
  }
  if (defaultYear !== undefined && Number.isInteger(defaultYear)) return yearPeriod(defaultYear, 1, 12);
  const years = new Map<number, number>();
  lines.forEach((l) => {
    for (const m of matchesOf(l, /(?<![\d.])\d{1,2}\.\d{1,2}\.(\d{4})(?!\d)/g)) years.set(Number(m[1]), (years.get(Number(m[1])) ?? 0) + 1);
    for (const m of matchesOf(l, re(`\\d{1,2}\\s+${MONTH_WORD}\\s+(\\d{4})`, 'giu'))) years.set(Number(m[1]), (years.get(Number(m[1])) ?? 0) + 1);
  });
  const best = [...years.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  // A title that names a quarter or a half without saying which ("ТОҚСАН ҚОРЫТЫНДЫСЫ ҚАНДАЙ?", "ИТОГИ КВАРТАЛА"), the text
  // naming which one ("Үшінші тоқсанда …") and its dates the year: that part (partNamedInText says when it is sure).
  // Only a heading's words: a sentence among the first lines ("Бірінші жартыжылдықта Кеңес 3 отырыс өткізді.") is a news
  // item's, whose part without its year gives no period (statedPart below).
  const titlePart = title.slice(0, 5).find((x) => PART_OF_YEAR.test(x.l) && !/\d/u.test(x.l) && !/\.\s*$/u.test(x.l) && x.l.trim().split(/\s+/u).length <= 10);
  const named = titlePart ? partNamedInText(lines, titlePart.l) : null;
  if (named) {
    issues.push({ line: named.line, message: `the title names a part of the year without its number or year; ${named.from}..${named.to} read from the part named on line ${named.line} and the year of the dates` });
    return { from: named.from, to: named.to };
  }
  if (!best) {
    issues.push({ line: 1, message: 'no period stated; dates without a year are left undated' });
    return null;
  }
  // "… Қоғамдық кеңесі биылғы 9 айдың жұмысын қорытындылады", "за 9 месяцев текущего года" (a news item of set 168): the
  // part is this year's, the year the one its dates (the page's, the dateline's) carry.
  const current = thisYearsPart(lines, best[0]);
  if (current) {
    issues.push({ line: current.line, message: `the period is a part of "this year" (line ${current.line}); ${best[0]} taken from the dates in the text` });
    return current.period;
  }
  // A title that names a part of the year ("полугодие", "жартыжылдық", "квартал", "тоқсан") in words this reader cannot
  // read (a Kazakh title typed on a Russian keyboard) is no year's report: the dates' year is no period then.
  const part = title.slice(0, 5).find((x) => PART_OF_YEAR.test(x.l));
  if (part) {
    issues.push({ line: part.i + 1, message: `the title names a part of the year that could not be read; no period taken (dates read in ${best[0]})` });
    return null;
  }
  // A text that states its period as a part of a year with no year to it ("за первое полугодие", "с января по июнь", "в
  // январе–июне", "6 ай ішінде", "бірінші жартыжылдықта" — a news article retelling a half-year's work) is no year's
  // report either: the dates' year would make a whole year of a half. No period, said so.
  const stated = lines.findIndex((l) => statedPart(l) !== null);
  if (stated >= 0) {
    issues.push({ line: stated + 1, message: `the text states a part of the year without its year ("${statedPart(lines[stated])}"); no period taken (dates read in ${best[0]})` });
    return null;
  }
  issues.push({ line: 1, message: `no period stated; ${best[0]} taken from the dates in the text` });
  return yearPeriod(best[0], 1, 12);
}

/**
 * A title whose year follows its part, in brackets or after a comma: "қазан айы бойынша қысқаша есеп (2026 ж.)", "Отчет
 * за октябрь (2026 г.)", "ІІІ тоқсан бойынша есеп, 2026 жыл". Read as the year stands in a title ("2026 жылғы қазан айы
 * бойынша …", "… за октябрь 2026 года"), or the bracket's year alone would be read as the whole year. Null when the
 * title has no such year at its end, or another year before it.
 */
function yearMovedIn(text: string): string | null {
  const m = /\s*[(,]\s*(\d{4})\s*(?:ж\.?|жыл[\p{L}]*|г\.?|год[\p{L}]*)?\s*\)?\s*\.?\s*$/u.exec(text);
  // "Қазан (2026 ж.) айының қорытындысы бойынша", "Итоги за октябрь (2026 г.) месяца": the bracket of a year alone inside
  // the title, after its month or part — read where a title puts it.
  // The bracket may name the part too: "шілде – қыркүйек айларындағы (2026 ж., III тоқсан) қызметі туралы" (set 180) — the
  // year taken out, the part left in its bracket.
  const inside = m ? null : /\s*\(\s*(\d{4})\s*(?:ж\.?|жыл[\p{L}]*|г\.?|год[\p{L}]*)?\s*(?:[,;]\s*([^()\d]{2,30}?)\s*)?\)/u.exec(text);
  if (inside) {
    const rest = text.replace(inside[0], inside[2] !== undefined ? ` (${inside[2]})` : '');
    if (/(?<!\d)\d{4}(?!\d)/u.test(rest) || !/\p{L}/u.test(text.slice(0, inside.index))) return null;
    return /[әғқңөұүһі]/iu.test(rest) ? `${inside[1]} жылғы ${rest.trim()}` : text.replace(inside[0], ` ${inside[1]} года`);
  }
  if (!m) return null;
  const before = text.slice(0, m.index);
  if (/(?<!\d)\d{4}(?!\d)/u.test(before) || !/\p{L}/u.test(before)) return null;
  return /[әғқңөұүһі]/iu.test(before) ? `${m[1]} жылғы ${before}` : `${before} ${m[1]} года`;
}

/**
 * A part of a year stated as the text's span, in any line: the half-year ("за первое полугодие", "во 2-м полугодии",
 * "бірінші жартыжылдықта", "за полгода"), the first months ("за 9 месяцев", "6 ай ішінде", "тоғыз айда"), a run of
 * months from January short of the year ("с января по июнь", "в январе–сентябре", "қаңтар–маусым"): its words, or null.
 * A quarter is no such statement (a news item's "в I квартале" tells when, not the text's span).
 */
function statedPart(line: string): string | null {
  const lower = line.toLowerCase();
  for (const p of partsOfPeriod(line)) {
    const before = lower.slice(0, p.index);
    const after = lower.slice(p.index + p.text.length);
    const words = `${/(?:за|в|по\s+итогам)\s+$/u.exec(before)?.[0] ?? ''}${p.text}`;
    const ru = /(?:^|[^\p{L}])(?:за|в|по\s+итогам)\s+$/u.test(before);
    if (p.kind === 'half' && p.no !== null && (/жарты/u.test(p.text) || ru)) return words;
    if (p.kind === 'half' && p.no === null && !p.own && !p.several && /^(?:полгода|полугодие)$/u.test(p.text) && /(?:^|[^\p{L}])за\s+$/u.test(before)) return words;
    if (p.kind !== 'months' || p.span === null || p.span[0] !== 1 || p.span[1] >= 12) continue;
    // "за 9 месяцев", "6 ай ішінде", "тоғыз айында": the first months; "с января по июнь", "в январе – сентябре", "қаңтар–маусым": a run from January.
    if (/мес/u.test(p.text) && /(?:^|[^\p{L}])за\s+$/u.test(before)) return words;
    if (/ай(?:да|ында)$/u.test(p.text) || (/ай$/u.test(p.text) && /^\s+ішінде(?![\p{L}])/u.test(after))) return words;
    if (/^с\s/u.test(p.text) || /^қаңтар/u.test(p.text) || (/^январ/u.test(p.text) && /(?:^|[^\p{L}])(?:в|за)\s+$/u.test(before))) return words;
  }
  return null;
}
const PART_OF_YEAR = /(?<![\p{L}])(?:жарты\s*жыл|полугоди|квартал|то[қк]сан|месяц)/iu;

/** "this year's" before a part ("биылғы 9 айдың", "осы жылғы бірінші жартыжылдықта") or after it ("за 9 месяцев текущего года"). */
const THIS_YEAR_BEFORE = /(?<![\p{L}])(?:биылғы|осы\s+жылғы|ағымдағы\s+жылдың)\s+$/iu;
const THIS_YEAR_AFTER = /^\s+(?:текущего|этого|нынешнего|сего)\s+года(?![\p{L}])/iu;

/**
 * The year's first months or one of its halves, told as this year's: that part of `year`, and its line (1-based); null when
 * no line tells one. Two such parts that differ say no one period: null.
 */
function thisYearsPart(lines: string[], year: number): { period: Period; line: number } | null {
  const found: { period: Period; line: number }[] = [];
  lines.forEach((line, i) => {
    for (const p of partsOfPeriod(line)) {
      if ((p.kind !== 'months' && p.kind !== 'half') || p.span === null || p.span[0] !== 1 || p.span[1] >= 12) continue;
      if (!THIS_YEAR_BEFORE.test(line.slice(0, p.index)) && !THIS_YEAR_AFTER.test(line.slice(p.index + p.text.length))) continue;
      const period = yearPeriod(year, p.span[0], p.span[1]);
      if (period) found.push({ period, line: i + 1 });
    }
  });
  return found.length > 0 && found.every((f) => f.period.to === found[0].period.to) ? found[0] : null;
}

/**
 * A digest with no title (a channel's copied posts, a note pasted into a mail) names its period on a line of its own
 * over the figures: "2025 жылғы қаңтар–қыркүйек:", "За 9 месяцев 2025 года:". Such a line, nothing but the period
 * phrase (or it and "в цифрах", "сандармен" over a box of figures), is the period when every such line in the text names the same one; the year of the dates would read a nine
 * months' digest as the year's. A period inside a sentence ("в I квартале 2025 года проведено …") is no heading.
 */
function periodOfHeadings(lines: string[]): { period: Period; line: number } | null {
  const found: { period: Period; line: number }[] = [];
  lines.forEach((l, i) => {
    const text = latinRoman(l);
    for (const p of PERIOD_PATTERNS) {
      const m = re(p.source).exec(text);
      const period = m ? p.read(m) : null;
      if (!m || !period) continue;
      const rest = (text.slice(0, m.index) + text.slice(m.index + m[0].length)).replace(/[^\p{L}]+/gu, ' ').trim();
      // A figures box's heading: "ЯНВАРЬ – ИЮНЬ 2025 В ЦИФРАХ", "2025 жылғы қаңтар–маусым сандармен".
      // A post's heading of its results (held-out 145): "📊 9 АЙ ҚОРЫТЫНДЫСЫ | Қоғамдық кеңес 2026 жылғы қаңтар–қыркүйекте 👇",
      // "ИТОГИ | Общественный совет за январь – сентябрь 2026 года" — the results' word, the council's name at most beside it.
      const results = /^(?:(?:ай\s+)?(?:қорытынды[\p{L}]*|итоги|дайджест)(?:\s+(?:қоғамдық\s+кеңес[\p{L}]*|общественн[\p{L}]*\s+совет[\p{L}]*))?(?:\s+за)?)$/iu;
      if (/^(?:за|итоги|кезең[\p{L}]*)?$/iu.test(rest) || /^(?:(?:за\s+)?(?:в\s+)?(?:цифрах|цифры|числах)|сандармен|сандарда|сандар\s+тілінде)$/iu.test(rest) || results.test(rest)) found.push({ period, line: i + 1 });
      break;
    }
  });
  const same = found.every((f) => f.period.from === found[0].period.from && f.period.to === found[0].period.to);
  return found.length > 0 && same ? found[0] : null;
}

/**
 * Roman numerals typed with the Cyrillic letter І (Kazakh keyboards have it, not the Latin I):
 * "2025 жылғы І тоқсан", "ІІІ квартал" read as Latin "I", "III". Only a word of nothing but
 * І, I and V is one; the length stays, so offsets do not move.
 */
export function latinRoman(text: string): string {
  return text.replace(/(?<![\p{L}])[IІӀVІ]{1,4}(?![\p{L}])/gu, (w) => (/^(?:I{1,3}|IV|V)$/.test(w.replace(/[ІӀ]/gu, 'I')) ? w.replace(/[ІӀ]/gu, 'I') : w));
}

/** The calendar years a period touches. */
export function yearsOf(period: Period): number[] {
  const years: number[] = [];
  for (let y = Number(period.from.slice(0, 4)); y <= Number(period.to.slice(0, 4)); y++) years.push(y);
  return years;
}

/** How many months a period spans (12 when there is none: a report is read as a year's). */
export function monthsOf(period: Period | null): number {
  if (!period) return 12;
  const [fy, fm] = period.from.split('-').map(Number);
  const [ty, tm] = period.to.split('-').map(Number);
  return (ty - fy) * 12 + tm - fm + 1;
}

/**
 * The months of a quarter or half-year a text names by its number ("во II полугодии", "ІІ жартыжылдықта", "екінші
 * жартыжылдықта", "в IV квартале", "төртінші тоқсанда", "за 3-й квартал"): [first, last] month, or null when it names
 * none or names it without a number.
 */
export function namedPartMonths(text: string): [number, number] | null {
  return partsOfPeriod(text).find((p) => (p.kind === 'quarter' || p.kind === 'half') && p.no !== null)?.span ?? null;
}

/** Whether a text names a quarter or half-year of the period's year that lies wholly outside the period ("во II полугодии" of a first half's report). */
export function namesPartOutside(text: string, period: Period | null): boolean {
  if (period === null || period.from.slice(0, 4) !== period.to.slice(0, 4)) return false;
  const part = namedPartMonths(text);
  if (part === null) return false;
  const [from, to] = [Number(period.from.slice(5, 7)), Number(period.to.slice(5, 7))];
  return part[1] < from || part[0] > to;
}
