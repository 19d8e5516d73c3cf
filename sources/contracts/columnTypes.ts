/**
 * How one cell of a register becomes a typed value. Each coercer takes what a
 * reader produced (string, number, Date, boolean, null) and returns either the
 * canonical value or a reason a person can act on. The same coercers serve
 * every register, so `31.02.2023` is rejected the same way everywhere.
 */
import { foldKazakh } from '../extract/monthNames.ts';
import { editDistance } from '../extract/grammar/editDistance.ts';

export type ColumnType = 'text' | 'int' | 'number' | 'date' | 'bool' | 'enum' | 'month' | 'commission';

export type Coerced<T> = { ok: true; value: T | null } | { ok: false; reason: string };

const ok = <T>(value: T | null): Coerced<T> => ({ ok: true, value });
const fail = (reason: string): Coerced<never> => ({ ok: false, reason });

/** Trimmed text, or null for an empty cell. Non-breaking spaces count as spaces. */
export function cellText(raw: unknown): string | null {
  if (raw === null || raw === undefined) return null;
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? null : raw.toISOString().slice(0, 10);
  const text = String(raw).replace(/\u00a0/g, ' ').trim();
  return text === '' ? null : text;
}

export function coerceText(raw: unknown): Coerced<string> {
  return ok(cellText(raw));
}

/** Placeholders people type for "nothing" in count columns. */
const NONE_WORDS = new Set(['-', '—', '–', 'нет', 'жоқ', 'none', 'no']);

/**
 * Thousands as people write them: "12 500" (Russian Excel, with a space, NBSP
 * or narrow NBSP), "12,500" and "12'500" (English and Swiss habits). A comma
 * or an apostrophe counts as a thousands separator only between groups of
 * exactly three digits, so "1,5" stays a decimal (and is no whole number).
 */
const GROUPED = /^-?\d{1,3}(?:[,'’]\d{3})+$/;

/** The digits of a count with its thousands separators taken out, or null if it is not written as one. */
export function compactCount(text: string): string | null {
  const compact = text.replace(/\s/g, '');
  if (/^-?\d+$/.test(compact)) return compact;
  return GROUPED.test(compact) ? compact.replace(/[,'’]/g, '') : null;
}

export function coerceInt(raw: unknown): Coerced<number> {
  if (typeof raw === 'number') {
    if (!Number.isInteger(raw)) return fail(`${raw} is not a whole number`);
    return raw < 0 ? fail(`${raw} is negative`) : ok(raw);
  }
  const text = cellText(raw);
  if (text === null) return ok(null);
  if (NONE_WORDS.has(text.toLowerCase())) return ok(0);
  const compact = compactCount(text);
  if (compact === null) return fail(`"${text}" is not a whole number`);
  const value = Number(compact);
  return value < 0 ? fail(`${value} is negative`) : ok(value);
}

/**
 * A number: "1 234,5" (Russian: comma decimal, space thousands), "1,234.5"
 * (English), "12'500". With both a comma and a dot the last one is the
 * decimal mark; a lone comma is a decimal mark, as in Russian.
 */
export function coerceNumber(raw: unknown): Coerced<number> {
  if (typeof raw === 'number') return Number.isFinite(raw) ? ok(raw) : fail('not a finite number');
  const text = cellText(raw);
  if (text === null) return ok(null);
  let compact = text.replace(/[\s'’]/g, '');
  if (/^-?\d{1,3}(,\d{3})+\.\d+$/.test(compact)) compact = compact.replace(/,/g, '');
  else if (/^-?\d{1,3}(\.\d{3})+,\d+$/.test(compact)) compact = compact.replace(/\./g, '');
  compact = compact.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(compact)) return fail(`"${text}" is not a number`);
  return ok(Number(compact));
}

/** Yes and no in ru/kk/en, as the bool columns read them (a council may add its own words). */
export const BOOL_VALUES = {
  true: ['yes', 'y', '1', 'да', 'д', 'иә', 'ия', 'иа', '+', 'x', 'х', 'v', '✓', '✔', 'истина', 'есть', 'имеется', 'бар', 'единогласно', 'бірауыздан'],
  false: ['no', 'n', '0', 'нет', 'н', 'жоқ', '-', 'ложь', 'не', 'отсутствует'],
} as const;

export function coerceBool(raw: unknown, custom?: EnumValues): Coerced<boolean> {
  if (typeof raw === 'boolean') return ok(raw);
  if (typeof raw === 'number') return raw === 1 ? ok(true) : raw === 0 ? ok(false) : fail(`${raw} is not yes/no`);
  const text = cellText(raw);
  if (text === null) return ok(null);
  const id = enumLookup(BOOL_VALUES, custom).get(normalizeLabel(text));
  if (id !== undefined) return ok(id === 'true');
  return fail(`"${text}" is not yes/no (true/false, да/нет, иә/жоқ)`);
}

/** ISO date string for a valid calendar date, or null (31.02 is not a date). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

// Excel's day 0 is 1899-12-30 once its 1900 leap-year bug is accounted for.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** The council's time zone when the config names none (Almaty: UTC+5 since March 2024, UTC+6 before). */
export const DEFAULT_TIMEZONE = 'Asia/Almaty';

const DAY_OF_ZONE = new Map<string, Intl.DateTimeFormat>();

/** The calendar day an instant falls on in `timezone`. */
function dayInZone(instant: Date, timezone: string): string {
  let format = DAY_OF_ZONE.get(timezone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit' });
    DAY_OF_ZONE.set(timezone, format);
  }
  return format.format(instant);
}

const TIME = '(?:[t\\s]+\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?)?';
/** "г.", "г", "года", "ж.", "жыл", "жылы" after a year. */
const YEAR_WORD = '(?:\\s*(?:г(?:ода?)?|ж(?:ыл(?:ы|ғы)?)?)\\.?)?';
const ISO_ZONED = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})$/i;
const ISO = new RegExp(`^(\\d{4})-(\\d{1,2})-(\\d{1,2})${TIME}$`);
const YMD = new RegExp(`^(\\d{4})[./](\\d{1,2})[./](\\d{1,2})${YEAR_WORD}${TIME}$`);
const DMY = new RegExp(`^(\\d{1,2})[./-](\\d{1,2})[./-](\\d{2}|\\d{4})${YEAR_WORD}${TIME}$`);
const LETTERS = '([a-zа-яёәғқңөұүһі]+)';
/** 12 марта 2025 г., 12 наурыз 2025 ж., 12 March 2025. */
const DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2})\\s*${LETTERS}\\.?,?\\s*(\\d{4})${YEAR_WORD}${TIME}$`);
/** 2025 жылғы 12 наурыз, 2025 г. 12 марта. */
const YEAR_DAY_MONTH = new RegExp(`^(\\d{4})${YEAR_WORD}\\s+(\\d{1,2})\\s*${LETTERS}\\.?$`);
/** March 12, 2025. */
const MONTH_DAY_YEAR = new RegExp(`^${LETTERS}\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})$`);

/**
 * Month stems on the folded form (foldKazakh): Russian (with the short forms `янв`, `мар`, `ноя`),
 * Kazakh, English. May is its own forms: a stem `ма` would take `мар` (March) for May.
 */
const MONTH_STEMS: readonly (readonly string[])[] = [
  ['январ', 'янв', 'кантар', 'jan'], ['феврал', 'фев', 'акпан', 'feb'], ['март', 'мар', 'наурыз', 'mar'], ['апрел', 'апр', 'сауир', 'apr'],
  ['мамыр', 'may'], ['июн', 'маусым', 'jun'], ['июл', 'шилде', 'jul'], ['август', 'авг', 'тамыз', 'aug'],
  ['сентябр', 'сен', 'кыркуйек', 'sep'], ['октябр', 'окт', 'казан', 'oct'], ['ноябр', 'ноя', 'караша', 'nov'], ['декабр', 'дек', 'желтоксан', 'dec'],
];
const MAY_FORMS = new Set(['май', 'мая', 'мае', 'маю', 'маем']);
const ENGLISH_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * 1–12 for a month word: Russian in any case (`марта`, `март`), Kazakh with
 * its endings (`наурыз`, `наурызда`), English (`March`, `Mar`) — a stem and an
 * ending of at most three letters, so `мартобря` is no month.
 */
function monthNumber(word: string): number | null {
  const english = ENGLISH_MONTHS.findIndex((m) => word.length >= 3 && m.startsWith(word));
  if (english >= 0) return english + 1;
  const folded = foldKazakh(word);
  if (MAY_FORMS.has(folded)) return 5;
  const index = MONTH_STEMS.findIndex((stems) => stems.some((stem) => folded.startsWith(stem) && folded.length - stem.length <= 3));
  return index >= 0 ? index + 1 : null;
}

/**
 * A date as people write it: a Date cell, an Excel serial (1900 system),
 * ISO (`2025-03-12`, with a time, or with `Z` or an offset — then the day is
 * the one in the council's time zone, not UTC's), `12.03.2025`, `12.03.25`,
 * `12-03-2025`, `2025/03/12`, each optionally with `г.`/`ж.` and a time, and
 * `12 марта 2025 г.`, `2025 жылғы 12 наурыз`, `March 12, 2025`.
 */
export function coerceDate(raw: unknown, timezone: string = DEFAULT_TIMEZONE): Coerced<string> {
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) return fail('not a date');
    // exceljs gives a cell's wall-clock date and time as if it were UTC; a time part is dropped.
    return ok(raw.toISOString().slice(0, 10));
  }
  if (typeof raw === 'number') {
    // Serial numbers of Excel dates between 1954 and 2119; anything else is a typo, not a date.
    if (!Number.isFinite(raw) || raw < 20000 || raw > 80000) return fail(`${raw} is not a date`);
    return ok(new Date(EXCEL_EPOCH_MS + Math.floor(raw) * 86400000).toISOString().slice(0, 10));
  }
  const text = cellText(raw);
  if (text === null) return ok(null);
  const folded = text.toLowerCase().replace(/[«»"“”„]/g, '').replace(/\s+/g, ' ').replace(/\.$/, '');
  let m = ISO_ZONED.exec(folded);
  if (m) {
    if (!isoDate(+m[1], +m[2], +m[3]) || +m[4] > 23 || +m[5] > 59) return checked(null, text);
    const zone = m[7].toUpperCase() === 'Z' ? 'Z' : `${m[7].slice(0, 3)}:${m[7].slice(-2)}`;
    const instant = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}${zone}`);
    return Number.isNaN(instant.getTime()) ? checked(null, text) : ok(dayInZone(instant, timezone));
  }
  if ((m = ISO.exec(folded)) || (m = YMD.exec(folded))) return checked(isoDate(+m[1], +m[2], +m[3]), text);
  m = DMY.exec(folded);
  if (m) {
    const year = m[3].length === 2 ? 2000 + +m[3] : +m[3];
    return checked(isoDate(year, +m[2], +m[1]), text);
  }
  m = DAY_MONTH_YEAR.exec(folded);
  if (m && monthNumber(m[2])) return checked(isoDate(+m[3], monthNumber(m[2])!, +m[1]), text);
  m = YEAR_DAY_MONTH.exec(folded);
  if (m && monthNumber(m[3])) return checked(isoDate(+m[1], monthNumber(m[3])!, +m[2]), text);
  m = MONTH_DAY_YEAR.exec(folded);
  if (m && monthNumber(m[1])) return checked(isoDate(+m[3], monthNumber(m[1])!, +m[2]), text);
  if (/^\d{5}(\.\d+)?$/.test(text)) return coerceDate(Number(text));
  return fail(`"${text}" is not a date (expected dd.mm.yyyy or yyyy-mm-dd)`);
}

function checked(iso: string | null, text: string): Coerced<string> {
  return iso ? ok(iso) : fail(`"${text}" is not a valid calendar date`);
}

/** Март 2025, март 2025 г., March 2025; 2025 жылғы наурыз. */
const MONTH_YEAR = new RegExp(`^${LETTERS}\\.?,?\\s*(\\d{4})${YEAR_WORD}$`);
const YEAR_MONTH = new RegExp(`^(\\d{4})${YEAR_WORD}\\s+${LETTERS}$`);

/** A month as `YYYY-MM`, from `2023-05`, `05.2023`, `май 2023`, `2023 жылғы мамыр`, or any date in that month. */
export function coerceMonth(raw: unknown, timezone: string = DEFAULT_TIMEZONE): Coerced<string> {
  const text = raw instanceof Date || typeof raw === 'number' ? null : cellText(raw);
  if (text !== null) {
    let m = /^(\d{4})-(\d{1,2})$/.exec(text);
    if (m && +m[2] >= 1 && +m[2] <= 12) return ok(`${m[1]}-${m[2].padStart(2, '0')}`);
    m = /^(\d{1,2})[./](\d{4})$/.exec(text);
    if (m && +m[1] >= 1 && +m[1] <= 12) return ok(`${m[2]}-${m[1].padStart(2, '0')}`);
    const folded = text.toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '');
    const [word, year] = (m = MONTH_YEAR.exec(folded)) ? [m[1], m[2]] : (m = YEAR_MONTH.exec(folded)) ? [m[2], m[1]] : [null, null];
    const month = word ? monthNumber(word) : null;
    if (month && +year! >= 1900 && +year! <= 2200) return ok(`${year}-${String(month).padStart(2, '0')}`);
  } else if (raw === null || raw === undefined) {
    return ok(null);
  }
  const asDate = coerceDate(raw, timezone);
  if (asDate.ok) return ok(asDate.value ? asDate.value.slice(0, 7) : null);
  return fail(`"${cellText(raw)}" is not a month (expected YYYY-MM)`);
}

/**
 * How headers and enumerated values are compared: lowercase, ё→е, Kazakh
 * letters folded to the Russian ones people type in their place (қ→к, ә→а…),
 * invisible characters out, runs of spaces/underscores collapsed,
 * `.:*"«»“”„()` out, dashes tight.
 */
export function normalizeLabel(text: string): string {
  // Soft hyphens and zero-width characters come with text pasted from Word and the web; they are invisible.
  return foldKazakh(text.toLowerCase().replace(/ё/g, 'е').replace(/[\u00ad\u200b-\u200d\u2060]/g, ''))
    .replace(/[\u00a0_\s]+/g, ' ')
    .replace(/[.:*"«»“”„()]/g, '')
    .replace(/\s*[-–—]\s*/g, '-')
    .trim();
}

/** An enumeration: canonical id → the spellings people use. */
export type EnumValues = Readonly<Record<string, readonly string[]>>;

/** One spelling of an enumeration, normalised and as written (for messages). */
interface Spelling {
  key: string;
  written: string;
  id: string;
}

const NO_WORDS: EnumValues = {};
const spellingCache = new WeakMap<object, WeakMap<object, Spelling[]>>();

/**
 * Every spelling of an enumeration, the council's own words (`custom`, from
 * the config's `values`) first, then the ids and the contract's spellings in
 * declaration order; made once per enumeration.
 */
function spellingsOf(values: EnumValues, custom: EnumValues = NO_WORDS): Spelling[] {
  let byCustom = spellingCache.get(values);
  if (!byCustom) spellingCache.set(values, (byCustom = new WeakMap()));
  let list = byCustom.get(custom);
  if (!list) {
    list = [];
    for (const source of [custom, values]) {
      for (const [id, spellings] of Object.entries(source)) {
        for (const written of [...spellings, ...(source === values ? [id, id.replace(/_/g, ' ')] : [])]) {
          list.push({ key: normalizeLabel(written), written, id });
        }
      }
    }
    byCustom.set(custom, list);
  }
  return list;
}

const lookups = new WeakMap<Spelling[], Map<string, string>>();

/**
 * Normalised spelling → id for an enumeration, the first spelling winning: a
 * council's own word over the contract's, then the first id in declaration
 * order. The SQL twin builds its CASE from the same map.
 */
export function enumLookup(values: EnumValues, custom?: EnumValues): Map<string, string> {
  const spellings = spellingsOf(values, custom);
  let lookup = lookups.get(spellings);
  if (!lookup) {
    lookup = new Map();
    for (const { key, id } of spellings) if (!lookup.has(key)) lookup.set(key, id);
    lookups.set(spellings, lookup);
  }
  return lookup;
}

/** The allowed spellings nearest to `text`, as "отвечено (answered)". */
export function nearestValues(text: string, values: EnumValues, custom?: EnumValues, count = 3): string[] {
  const key = normalizeLabel(text);
  const seen = new Set<string>();
  return spellingsOf(values, custom)
    .filter((s) => !seen.has(s.key) && seen.add(s.key))
    .map((s, order) => ({ ...s, order, distance: editDistance(key, s.key) }))
    .sort((a, b) => a.distance - b.distance || a.order - b.order)
    .slice(0, count)
    .map((s) => (s.written === s.id ? s.id : `${s.written} (${s.id})`));
}

/**
 * An enumerated value: canonical ids and their ru/kk/en spellings, any case
 * and spacing, plus the council's own words. A value it cannot place is
 * refused with the nearest allowed spellings, never guessed.
 */
export function coerceEnum(raw: unknown, values: EnumValues, options: { column?: string; custom?: EnumValues } = {}): Coerced<string> {
  const text = cellText(raw);
  if (text === null) return ok(null);
  const id = enumLookup(values, options.custom).get(normalizeLabel(text));
  if (id !== undefined) return ok(id);
  const what = options.column ? `an allowed ${options.column}` : 'an allowed value';
  return fail(`"${text}" is not ${what}; nearest: ${nearestValues(text, values, options.custom).join(', ')}; allowed: ${Object.keys(values).join(', ')}`);
}

/**
 * A commission as its id: `3`, `№3`, `Комиссия № 3`, `комиссия 3`, `3-комиссия`
 * and `commission 3` are all commission `3`. Unknown ids are rejected against
 * the workspace's list so a typo never creates a new commission.
 */
export function coerceCommission(raw: unknown, known: readonly string[]): Coerced<string> {
  const text = cellText(raw);
  if (text === null) return ok(null);
  const m = /^(?:(?:комиссия|комиссиясы|commission|к)\s*)?№?\s*(\d+)(?:\s*-?\s*(?:комиссия|комиссиясы))?$/i.exec(normalizeLabel(text));
  const id = m ? String(Number(m[1])) : text;
  if (known.length > 0 && !known.includes(id)) return fail(`unknown commission "${text}" (known: ${known.join(', ')})`);
  return ok(id);
}
