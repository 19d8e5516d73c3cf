/**
 * How one cell of a register becomes a typed value. Each coercer takes what a
 * reader produced (string, number, Date, boolean, null) and returns either the
 * canonical value or a reason a person can act on. The same coercers serve
 * every register, so `31.02.2023` is rejected the same way everywhere.
 */
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

export function coerceInt(raw: unknown): Coerced<number> {
  if (typeof raw === 'number') {
    if (!Number.isInteger(raw)) return fail(`${raw} is not a whole number`);
    return raw < 0 ? fail(`${raw} is negative`) : ok(raw);
  }
  const text = cellText(raw);
  if (text === null) return ok(null);
  if (NONE_WORDS.has(text.toLowerCase())) return ok(0);
  // "12 500" and "12 500" are how Russian Excel and people write thousands.
  const compact = text.replace(/[\s\u202f]/g, '');
  if (!/^-?\d+$/.test(compact)) return fail(`"${text}" is not a whole number`);
  const value = Number(compact);
  return value < 0 ? fail(`${value} is negative`) : ok(value);
}

export function coerceNumber(raw: unknown): Coerced<number> {
  if (typeof raw === 'number') return Number.isFinite(raw) ? ok(raw) : fail('not a finite number');
  const text = cellText(raw);
  if (text === null) return ok(null);
  const compact = text.replace(/[\s\u202f]/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(compact)) return fail(`"${text}" is not a number`);
  return ok(Number(compact));
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', 'да', 'д', 'иә', 'ия', '+', 'x', 'v', '✓', 'истина']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', 'нет', 'н', 'жоқ', '-', 'ложь']);

export function coerceBool(raw: unknown): Coerced<boolean> {
  if (typeof raw === 'boolean') return ok(raw);
  if (typeof raw === 'number') return raw === 1 ? ok(true) : raw === 0 ? ok(false) : fail(`${raw} is not yes/no`);
  const text = cellText(raw);
  if (text === null) return ok(null);
  const word = text.toLowerCase();
  if (TRUE_WORDS.has(word)) return ok(true);
  if (FALSE_WORDS.has(word)) return ok(false);
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

export function coerceDate(raw: unknown): Coerced<string> {
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) return fail('not a date');
    // exceljs gives dates at UTC midnight; a time part from a datetime cell is dropped.
    return ok(raw.toISOString().slice(0, 10));
  }
  if (typeof raw === 'number') {
    // Serial numbers of Excel dates between 1954 and 2119; anything else is a typo, not a date.
    if (!Number.isFinite(raw) || raw < 20000 || raw > 80000) return fail(`${raw} is not a date`);
    return ok(new Date(EXCEL_EPOCH_MS + Math.floor(raw) * 86400000).toISOString().slice(0, 10));
  }
  const text = cellText(raw);
  if (text === null) return ok(null);
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
  if (m) return checked(isoDate(+m[1], +m[2], +m[3]), text);
  m = /^(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})\s*(?:г\.?|ж\.?)?(?:\s+\d{1,2}:\d{2}(:\d{2})?)?$/.exec(text);
  if (m) {
    const year = m[3].length === 2 ? 2000 + +m[3] : +m[3];
    return checked(isoDate(year, +m[2], +m[1]), text);
  }
  if (/^\d{5}(\.\d+)?$/.test(text)) return coerceDate(Number(text));
  return fail(`"${text}" is not a date (expected dd.mm.yyyy or yyyy-mm-dd)`);
}

function checked(iso: string | null, text: string): Coerced<string> {
  return iso ? ok(iso) : fail(`"${text}" is not a valid calendar date`);
}

/** A month as `YYYY-MM`, from `2023-05`, `05.2023`, or any date in that month. */
export function coerceMonth(raw: unknown): Coerced<string> {
  const text = raw instanceof Date || typeof raw === 'number' ? null : cellText(raw);
  if (text !== null) {
    let m = /^(\d{4})-(\d{1,2})$/.exec(text);
    if (m && +m[2] >= 1 && +m[2] <= 12) return ok(`${m[1]}-${m[2].padStart(2, '0')}`);
    m = /^(\d{1,2})[./](\d{4})$/.exec(text);
    if (m && +m[1] >= 1 && +m[1] <= 12) return ok(`${m[2]}-${m[1].padStart(2, '0')}`);
  } else if (raw === null || raw === undefined) {
    return ok(null);
  }
  const asDate = coerceDate(raw);
  if (asDate.ok) return ok(asDate.value ? asDate.value.slice(0, 7) : null);
  return fail(`"${cellText(raw)}" is not a month (expected YYYY-MM)`);
}

/** Lowercase, ё→е, runs of spaces/underscores/dashes collapsed: how headers and enum values are compared. */
export function normalizeLabel(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\u00a0_\s]+/g, ' ')
    .replace(/[.:*"«»()]/g, '')
    .replace(/\s*[-–—]\s*/g, '-')
    .trim();
}

const lookups = new WeakMap<object, Map<string, string>>();

/**
 * Normalised spelling → id for an enumeration, the first id in declaration
 * order winning; made once per enumeration (the SQL twin builds its CASE from it too).
 */
export function enumLookup(values: Readonly<Record<string, readonly string[]>>): Map<string, string> {
  let lookup = lookups.get(values);
  if (!lookup) {
    lookup = new Map();
    for (const [id, spellings] of Object.entries(values)) {
      for (const form of [id, id.replace(/_/g, ' '), ...spellings]) {
        const key = normalizeLabel(form);
        if (!lookup.has(key)) lookup.set(key, id);
      }
    }
    lookups.set(values, lookup);
  }
  return lookup;
}

/** An enumerated value: canonical ids and their ru/kk/en spellings. */
export function coerceEnum(raw: unknown, values: Record<string, readonly string[]>): Coerced<string> {
  const text = cellText(raw);
  if (text === null) return ok(null);
  const id = enumLookup(values).get(normalizeLabel(text));
  return id === undefined ? fail(`"${text}" is not one of: ${Object.keys(values).join(', ')}`) : ok(id);
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
