import { MONTH_WORD, isoDate, monthOfWord } from './monthNames.ts';
import { matchesOf } from './grammar/matchesOf.ts';
import { typedOnRussianKeyboard } from './typedOnRussianKeyboard.ts';
import { KAZAKH_DAY_WORDS, RUSSIAN_DAY_WORDS, kazakhDayOfWords, russianDayOfWords } from './dayInWords.ts';

export interface DateRange {
  start: string;
  end: string;
}

/**
 * The first date (or date range) written anywhere in `text`, as ISO dates:
 * `14-15 марта 2024 г.`, `5 – 7 апреля`, `30 мая – 2 июня 2024`, `05.04.2024 г.`,
 * `14-15.03.2024`, `17.10.`, `2 апреля`, `10. октября`, `2024 жылғы 5 наурыз`,
 * `2024-04-05`. A phrase without a year takes `defaultYear` (the report's
 * period) and is skipped when there is none. Impossible days (31.02) are
 * skipped, and a time such as `10.00 ч.` is never read as a date.
 * Never throws; null when nothing in the text is a date.
 */
export function parseDatePhrase(text: string, defaultYear?: number): DateRange | null {
  if (typeof text !== 'string' || text.length === 0) return null;
  // «3» октября 2024 г. — the day in quotes, as official letterheads write it
  text = text.replace(/[«"„“](\d{1,2})[»"“”]/g, '$1');
  // «11» қараша / ноября 2026 ж./г. — a bilingual form names the month in both languages: one month, read once (two
  // different months with a slash are a span's, left as written).
  text = text.replace(MONTH_PAIR, (pair, a: string, b: string) => (monthOfWord(a) !== null && monthOfWord(a) === monthOfWord(b) ? a + ' '.repeat(pair.length - a.length) : pair));
  const found: { index: number; length: number; range: DateRange }[] = [];
  for (const pattern of PATTERNS) {
    if (pattern.needs !== undefined && !text.includes(pattern.needs)) continue;
    pattern.regex.lastIndex = 0;
    for (const m of matchesOf(text, pattern.regex)) {
      const range = pattern.read(m, defaultYear);
      if (range && range.start <= range.end && !twoDigitYearNoDate(text, m, range, defaultYear) && !AFTER_NUMBER_SIGN.test(text.slice(0, m.index ?? 0))) found.push({ index: m.index ?? 0, length: m[0].length, range });
    }
  }
  if (found.length === 0) return null;
  // The earliest phrase wins; at one position the longest reading (a range over a single day).
  found.sort((a, b) => a.index - b.index || b.length - a.length);
  return found[0].range;
}

const MONTH_PAIR = new RegExp(`(?<![\\p{L}])(${MONTH_WORD})\\s*/\\s*(${MONTH_WORD})(?![\\p{L}])`, 'giu');

/**
 * A phrase that opens on the number a "№" gives is no date's: "Протокол №11 — 18.11.2026" read "11 — 18.11" as the days
 * 11 to 18 (a title's number set before its date by a dash, as a Notion or wiki page names itself). The date after it
 * is still read on its own.
 */
const AFTER_NUMBER_SIGN = /№\s*$/u;

/** A date whose year is typed in two digits ("12.03.26", "09.04.26 ж."). */
const TWO_DIGIT_YEAR = /(?<![\d.])\d{1,2}\.\d{1,2}\.\d{2}(?![\d])/u;
/** A point or an article of an act before the number: "п. 3.12.15", "ст. 12.05.26", "тарм. 2.1.14", "бап 4.3.11". */
const REFERENCE_BEFORE = /(?<![\p{L}])(?:пп?|ст|ч|подп|тарм|тармақ|бап|б)\.?\s*$/iu;

/**
 * "12.03.26" is a date only where nothing makes it another number: not a point or an article of an act ("п. 3.12.15",
 * "ст. 12.05.26" — numbered as dates are written), and, when the text's period is known, a year within one of the
 * period's ("2.3.14" in a report on 2026 is a point's number, never 2014).
 */
function twoDigitYearNoDate(text: string, m: RegExpMatchArray, range: DateRange, defaultYear?: number): boolean {
  if (!TWO_DIGIT_YEAR.test(m[0])) return false;
  if (REFERENCE_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 12), m.index ?? 0))) return true;
  return defaultYear !== undefined && Math.abs(Number(range.start.slice(0, 4)) - defaultYear) > 1;
}

interface DatePattern {
  regex: RegExp;
  /** Text every match holds: a text without it is not tried (the pattern is rare, the function called on every clause). */
  needs?: string;
  read: (m: RegExpMatchArray, defaultYear?: number) => DateRange | null;
}

const DAY = '(\\d{1,2})';
const DASH = '\\s*[-–—]\\s*';
// "2024 г.", "2024г", "2024 года", "2024 ж.", "2024 жылы" — only the digits matter.
const YEAR = '(\\d{4})';
/**
 * After a day and its month, a year that is not the date's: the year a topic is for ("26 қарашада 2026 жылға арналған
 * бюджеттің …", "2026–2028 жылдарға"), or a span's first year ("26 ноября 2026–2028 гг."). The date's year is then the period's.
 */
const NOT_ITS_YEAR = '(?!\\d)(?!\\s*(?:жылға|жылдарға|[-–—]\\s*\\d{4}))';

function yearOf(raw: string | undefined, defaultYear?: number): number | null {
  if (raw === undefined || raw === '') return defaultYear ?? null;
  const y = Number(raw);
  return raw.length === 2 ? 2000 + y : y;
}

function rangeOf(y1: number | null, m1: number | null, d1: number, y2: number | null, m2: number | null, d2: number): DateRange | null {
  if (y1 === null || y2 === null || m1 === null || m2 === null) return null;
  const start = isoDate(y1, m1, d1);
  const end = isoDate(y2, m2, d2);
  return start && end ? { start, end } : null;
}

/** A Kazakh date typed on a Russian keyboard ("2025 жылгы 18 маусым") is a date too. */
const keyboard = (source: string, flags: string) => new RegExp(typedOnRussianKeyboard(source), flags);

const PATTERNS: DatePattern[] = [
  {
    // 30 мая – 2 июня 2024 г.
    regex: keyboard(`(?<!\\d)${DAY}\\.?\\s*(${MONTH_WORD})${DASH}${DAY}\\.?\\s*(${MONTH_WORD})(?:\\s*${YEAR}${NOT_ITS_YEAR})?`, 'gu'),
    read: (m, dy) => {
      const y = yearOf(m[5], dy);
      return rangeOf(y, monthOfWord(m[2]), Number(m[1]), y, monthOfWord(m[4]), Number(m[3]));
    },
  },
  {
    // 14-15 марта 2024 г., 14 – 15 наурыз
    regex: keyboard(`(?<!\\d)${DAY}${DASH}${DAY}\\.?\\s*(${MONTH_WORD})(?:\\s*${YEAR}${NOT_ITS_YEAR})?`, 'gu'),
    read: (m, dy) => {
      const y = yearOf(m[4], dy);
      const month = monthOfWord(m[3]);
      return rangeOf(y, month, Number(m[1]), y, month, Number(m[2]));
    },
  },
  {
    // с 15 по 19 января 2024 г., с 28 февраля по 2 марта
    regex: keyboard(`(?<![\\p{L}])[сС]\\s+${DAY}(?:\\s*(${MONTH_WORD}))?\\s+по\\s+${DAY}\\s*(${MONTH_WORD})(?:\\s*${YEAR}${NOT_ITS_YEAR})?`, 'gu'),
    read: (m, dy) => {
      const y = yearOf(m[5], dy);
      const to = monthOfWord(m[4]);
      return rangeOf(y, m[2] ? monthOfWord(m[2]) : to, Number(m[1]), y, to, Number(m[3]));
    },
  },
  {
    // Kazakh, the month in the genitive first: шілденің 6-сы, 2024 жылғы қазанның 10-ы, сәуірдің 16–17-сі, a form's
    // "2025 жыл, қыркүйектің 24-і"
    regex: keyboard(`(?:${YEAR}\\s*(?:жылғы|жылдың|жылы|жыл\\s*,|ж\\.?)\\s*)?(${MONTH_WORD})(?<=(?:ның|нің|дың|дің|тың|тің))\\s+${DAY}(?:-[\\p{L}]{1,3})?(?:${DASH}${DAY}(?:-[\\p{L}]{1,3})?)?(?![\\d\\p{L}])`, 'gu'),
    read: (m, dy) => {
      const y = yearOf(m[1], dy);
      const month = monthOfWord(m[2]);
      return rangeOf(y, month, Number(m[3]), y, month, Number(m[4] ?? m[3]));
    },
  },
  {
    // Kazakh, the genitive month and the day in words: "тамыздың жиырма бесінде", "2025 жылғы маусымның он бірі" (dayInWords.ts).
    regex: new RegExp(`${typedOnRussianKeyboard(`(?:${YEAR}\\s*(?:жылғы|жылдың|жылы|жыл\\s*,|ж\\.?)\\s*)?(${MONTH_WORD})(?<=(?:ның|нің|дың|дің|тың|тің))\\s+`)}(${KAZAKH_DAY_WORDS})(?![\\p{L}])`, 'gu'),
    read: (m, dy) => {
      const y = yearOf(m[1], dy);
      const month = monthOfWord(m[2]);
      const day = kazakhDayOfWords(m[3]);
      return day === null ? null : rangeOf(y, month, day, y, month, day);
    },
  },
  {
    // Russian, the day as an ordinal in words: "двадцать пятого августа", "первого марта 2025 года" (dayInWords.ts).
    regex: new RegExp(`(?<![\\p{L}])(${RUSSIAN_DAY_WORDS})\\s+(${MONTH_WORD})(?:\\s*${YEAR}${NOT_ITS_YEAR})?`, 'giu'),
    read: (m, dy) => {
      const y = yearOf(m[3], dy);
      const month = monthOfWord(m[2]);
      const day = russianDayOfWords(m[1]);
      return day === null ? null : rangeOf(y, month, day, y, month, day);
    },
  },
  {
    // 2 апреля, 10. октября 2024 г., 5 наурыз 2024 ж., 5-наурызда, 1-го марта
    regex: keyboard(`(?<![\\d.])${DAY}(?:-?(?:го|е|ое))?\\.?\\s*-?\\s*(${MONTH_WORD})(?:\\s*${YEAR}${NOT_ITS_YEAR})?`, 'gu'),
    read: (m, dy) => {
      const y = yearOf(m[3], dy);
      const month = monthOfWord(m[2]);
      return rangeOf(y, month, Number(m[1]), y, month, Number(m[1]));
    },
  },
  {
    // "В феврале же, 20-го числа", "В апреле … — 17-го, о …": the month said first, the day after it by its ordinal alone
    // (never "во 2-го квартала": the ordinal closes its clause or is followed by "числа").
    needs: '-го',
    regex: /(?<![\p{L}])(?:[Вв]|[Вв]о)\s+([Яя]нвар|[Фф]еврал|[Мм]арт|[Аа]прел|[Мм]а[ея]|[Ии]юн|[Ии]юл|[Аа]вгуст|[Сс]ентябр|[Оо]ктябр|[Нн]оябр|[Дд]екабр)[\p{L}]*(?:\s+же)?[^.;\d]{0,60}?(?<![\d\p{L}])(\d{1,2})-го(?:\s+числа(?![\p{L}])|(?=\s*(?:[,.;:)—–]|$)))/gu,
    read: (m, dy) => {
      const y = yearOf(undefined, dy);
      const month = monthOfWord(m[1]);
      return rangeOf(y, month, Number(m[2]), y, month, Number(m[2]));
    },
  },
  {
    // Kazakh order: 2024 жылғы 14-15 наурыз, 2024 ж. 5 сәуірде, 2025 жыл, 24 қыркүйек; in a translation from Kazakh that kept
    // the order, "2026 годовой 14 октябрь", "2026 года 14 октября"
    regex: keyboard(`(?<!\\d)${YEAR}\\s*(?:жылғы|жылдың|жылы|жыл\\s*,|ж\\.?|год(?:а|овой|овая)?\\s*,?|г\\.)\\s*${DAY}(?:${DASH}${DAY})?\\s*[-]?\\s*(${MONTH_WORD})`, 'gu'),
    read: (m) => {
      const y = Number(m[1]);
      const month = monthOfWord(m[4]);
      return rangeOf(y, month, Number(m[2]), y, month, Number(m[3] ?? m[2]));
    },
  },
  {
    // 05.04.2024 – 07.04.2024, 05.04.24
    regex: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d.]\d)\s*[-–—]\s*(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?!\d)/g,
    read: (m) => rangeOf(yearOf(m[3]), Number(m[2]), Number(m[1]), yearOf(m[6]), Number(m[5]), Number(m[4])),
  },
  {
    // 17.04–18.04.2025, 17.04.–18.04.: the first date's year (or both) left out
    regex: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.?\s*[-–—]\s*(\d{1,2})\.(\d{1,2})\.(?:(\d{4}|\d{2})(?!\d)|(?![\d]))/g,
    read: (m, dy) => {
      const y = yearOf(m[5], dy);
      return rangeOf(y, Number(m[2]), Number(m[1]), y, Number(m[4]), Number(m[3]));
    },
  },
  {
    // 14-15.03. — the year from the period, as for 17.10.
    regex: /(?<![\d.])(\d{1,2})\s*[-–—]\s*(\d{1,2})\.(\d{1,2})\.(?![\d])/g,
    read: (m, dy) => {
      const y = yearOf(undefined, dy);
      return rangeOf(y, Number(m[3]), Number(m[1]), y, Number(m[3]), Number(m[2]));
    },
  },
  {
    // 14-15.03.2024
    regex: /(?<![\d.])(\d{1,2})\s*[-–—]\s*(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?!\d)/g,
    read: (m) => {
      const y = yearOf(m[4]);
      return rangeOf(y, Number(m[3]), Number(m[1]), y, Number(m[3]), Number(m[2]));
    },
  },
  {
    // 05.04.2024, 7.08.2023г., 05.04.24 (but not 1.2.3.4 or a version number)
    regex: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d]|\.\d)/g,
    read: (m) => {
      const y = yearOf(m[3]);
      return rangeOf(y, Number(m[2]), Number(m[1]), y, Number(m[2]), Number(m[1]));
    },
  },
  {
    // 17.10. — the year comes from the period. The closing dot is required so
    // that a time ("10.00") or a decimal ("1.5") is not a date.
    regex: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(?![\d])/g,
    read: (m, dy) => {
      const y = yearOf(undefined, dy);
      return rangeOf(y, Number(m[2]), Number(m[1]), y, Number(m[2]), Number(m[1]));
    },
  },
  {
    // ISO 2024-04-05
    regex: /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d])/g,
    read: (m) => rangeOf(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[1]), Number(m[2]), Number(m[3])),
  },
];
