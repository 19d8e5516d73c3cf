/**
 * The SQL twin of the TypeScript coercers in columnTypes.ts, generated from the
 * same contract object: for each column, an expression giving the typed value,
 * null where the coercer refuses the cell. Bulk loads (pipelines/ingest/bulkLoadCsv.ts)
 * read a CSV with DuckDB's `read_csv` as text and type it with these
 * expressions, so a file gives the same raw rows and the same rejects whichever
 * path loads it (tests/integration/bulkLoad.test.ts checks both on the same files).
 *
 * JavaScript and RE2 differ in two ways that matter here: JS `\s` and `trim()`
 * know Unicode spaces (RE2's `\s` is ASCII), and JS `.` stops at \r, \u2028 and
 * \u2029 too. The classes below spell the JS sets out.
 */
import { BOOL_VALUES, coerceCommission, enumLookup, normalizeLabel, type EnumValues } from './columnTypes.ts';
import type { ColumnSpec, ContractContext } from './defineRegister.ts';

/** JS `\s` (and what `String.prototype.trim` removes), as an RE2 class body. */
const JS_SPACE = '\\t\\n\\x{0B}\\f\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}';
/** The same characters as a literal string, for DuckDB's `trim(text, characters)`. */
const JS_SPACE_CHARS = '\t\n\u000b\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
/** JS `.`: anything but a line terminator. */
const JS_DOT = '[^\\n\\r\\x{2028}\\x{2029}]';

/** A string literal; the one way a value from a contract enters generated SQL. */
export function sqlString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * `text` is one of `values`: a scalar test. Not `text IN (…)`, which DuckDB may
 * plan as a join — and a join does not keep the reader's order, which the bulk
 * loader's record numbers rely on (pipelines/ingest/bulkLoadCsv.ts).
 */
function isOneOf(text: string, values: readonly string[]): string {
  return `list_contains([${values.map(sqlString).join(', ')}], ${text})`;
}

/** The ASCII characters JS `trim()` removes. */
const ASCII_SPACES = ['\t', '\n', '\u000b', '\f', '\r', ' '];

/**
 * cellText: non-breaking spaces as spaces, trimmed as JS trims, '' as null.
 * Options say what the file holds, as the bulk loader found by scanning its bytes:
 * `crlf`: carriage returns, which the TS reader turns into \n;
 * `unicodeSpaces`: a non-breaking or other Unicode space somewhere;
 * `edgeSpaces`: the ASCII spaces a cell may start or end with (default: all of them).
 */
export function cellTextSql(raw: string, options: { crlf?: boolean; unicodeSpaces?: boolean; edgeSpaces?: readonly string[] } = {}): string {
  const text = options.crlf ? `regexp_replace(${raw}, '\\r\\n?', '\n', 'g')` : raw;
  const slow = `nullif(trim(replace(${text}, chr(160), ' '), ${sqlString(JS_SPACE_CHARS)}), '')`;
  // Fast path: most cells have no space at either end and are taken as they are. Without Unicode
  // spaces in the file, prefix/suffix LIKEs (which DuckDB runs as plain byte compares) are the whole
  // test — one pair per space the file can have there.
  const ascii = ASCII_SPACES.filter((c) => (options.edgeSpaces ?? ASCII_SPACES).includes(c));
  const edges = ascii.flatMap((c) => [`${raw} like ${sqlString(`${c}%`)}`, `${raw} like ${sqlString(`%${c}`)}`]);
  if (options.crlf) edges.push(`contains(${raw}, chr(13))`);
  if (options.unicodeSpaces) edges.push(`regexp_matches(${raw}, '^[${JS_SPACE}]|[${JS_SPACE}]$|\\x{A0}')`);
  // '' is a quoted empty cell (""): empty, like an unquoted one.
  return `case when ${raw} is null or ${raw} = '' then null when ${edges.join(' or ')} then ${slow} else ${raw} end`;
}

/** normalizeLabel: lowercase, ё→е, Kazakh letters folded, invisible characters out, runs of spaces and underscores as one space, punctuation out, dashes tight. */
export function normalizeLabelSql(text: string): string {
  const visible = `regexp_replace(lower(${text}), '[\\x{AD}\\x{200B}-\\x{200D}\\x{2060}]', '', 'g')`;
  const folded = `translate(${visible}, 'ёәғқңөұүһі', 'еагкноуухи')`;
  const spaced = `regexp_replace(${folded}, '[_${JS_SPACE}]+', ' ', 'g')`;
  const unpunctuated = `regexp_replace(${spaced}, '[.:*"«»“”„()]', '', 'g')`;
  return `trim(regexp_replace(${unpunctuated}, ' ?[-–—] ?', '-', 'g'))`;
}

/** How one column's cell text becomes its typed value in SQL. */
export interface ColumnSql {
  /** The typed value: null for an empty cell or one the contract refuses. */
  value: string;
  /** The value of a cell in the common form, cheaply; null otherwise — so most cells skip `value`. */
  fast?: string;
}

const NONE_WORDS = ['-', '—', '–', 'нет', 'жоқ', 'none', 'no'];

/** compactCount: spaces out; `,` `'` `’` out where they split groups of three digits. */
function intSql(t: string): ColumnSql {
  const spaceless = `regexp_replace(${t}, '[${JS_SPACE}]', '', 'g')`;
  const grouped = `regexp_full_match(${spaceless}, ${sqlString("-?[0-9]{1,3}([,'’][0-9]{3})+")})`;
  const compact = `case when ${grouped} then regexp_replace(${spaceless}, ${sqlString("[,'’]")}, '', 'g') else ${spaceless} end`;
  const isNone = isOneOf(`lower(${t})`, NONE_WORDS);
  const isInt = `regexp_full_match(${compact}, '-?[0-9]+')`;
  return {
    fast: `case when regexp_full_match(${t}, '[0-9]{1,9}') then cast(${t} as integer) end`,
    value: `case when ${t} is null then null when ${isNone} then 0 when ${isInt} and try_cast(${compact} as double) >= 0 then try_cast(${compact} as integer) end`,
  };
}

/** coerceNumber: spaces and apostrophes out; with both `,` and `.` the last is the decimal mark; a lone `,` is one. */
function numberSql(t: string): ColumnSql {
  const bare = `regexp_replace(${t}, ${sqlString(`[${JS_SPACE}'’]`)}, '', 'g')`;
  const marks = `case when regexp_full_match(${bare}, '-?[0-9]{1,3}(,[0-9]{3})+\\.[0-9]+') then replace(${bare}, ',', '')
    when regexp_full_match(${bare}, '-?[0-9]{1,3}(\\.[0-9]{3})+,[0-9]+') then replace(${bare}, '.', '') else ${bare} end`;
  const compact = `regexp_replace(${marks}, ',', '.')`;
  const isNumber = `regexp_full_match(${compact}, '-?[0-9]+(\\.[0-9]+)?')`;
  return {
    fast: `case when regexp_full_match(${t}, '[0-9]{1,15}(\\.[0-9]{1,6})?') then cast(${t} as double) end`,
    value: `case when ${isNumber} then try_cast(${compact} as double) end`,
  };
}

function boolSql(t: string, custom?: EnumValues): ColumnSql {
  return { value: `case ${enumSql(t, BOOL_VALUES, custom).value} when 'true' then true when 'false' then false end` };
}

/** A valid calendar date from year, month, day text, or null (31.02 is not a date). */
function isoDateSql(y: string, m: string, d: string): string {
  // Nested CASE: make_date only runs on rows whose month is real.
  return `case when ${y} between 1900 and 2200 and ${m} between 1 and 12 and ${d} >= 1
    then case when ${d} <= day(last_day(make_date(${y}, ${m}, 1))) then make_date(${y}, ${m}, ${d}) end end`;
}

/** A time after a date (coerceDate drops it); a date-time with a zone is not read here (see dateValueSql). */
const SQL_TIME = `(?:[T${JS_SPACE}]+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?`;
const ISO_DATE = `^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})${SQL_TIME}$`;
const YMD_DATE = '^([0-9]{4})[./]([0-9]{1,2})[./]([0-9]{1,2})$';
const DMY_DATE = `^([0-9]{1,2})[./-]([0-9]{1,2})[./-]([0-9]{2}|[0-9]{4})(?:[${JS_SPACE}]*[гж]\\.?)?${SQL_TIME}$`;
const SERIAL_DATE = '[0-9]{5}(\\.[0-9]+)?';

/**
 * coerceDate on text, in its common forms: ISO (with a time but no zone),
 * yyyy/mm/dd, dd.mm.yyyy and dd-mm-yyyy (two-digit years are 20xx, `г.` and a
 * time allowed), an Excel serial between 1954 and 2119. The rare forms — month
 * names, a time with a zone (read in the council's time zone) — are null here:
 * the bulk loader hands such records to the TypeScript coercers, which read
 * them (bulkLoadCsv.ts: rescueRecords).
 */
function dateValueSql(t: string): string {
  const iso = `regexp_extract(${t}, ${sqlString(ISO_DATE)}, ['y', 'm', 'd'])`;
  const ymd = `regexp_extract(${t}, ${sqlString(YMD_DATE)}, ['y', 'm', 'd'])`;
  const dmy = `regexp_extract(${t}, ${sqlString(DMY_DATE)}, ['d', 'm', 'y'])`;
  const num = (s: string) => `try_cast(${s} as integer)`;
  const f = (struct: string, field: string) => `struct_extract(${struct}, '${field}')`;
  const dmyYear = `case when length(${f(dmy, 'y')}) = 2 then 2000 + ${num(f(dmy, 'y'))} else ${num(f(dmy, 'y'))} end`;
  const serial = `try_cast(${t} as double)`;
  const isSerial = `regexp_full_match(${t}, ${sqlString(SERIAL_DATE)})`;
  return `case
      when ${f(iso, 'y')} <> '' then ${isoDateSql(num(f(iso, 'y')), num(f(iso, 'm')), num(f(iso, 'd')))}
      when ${f(ymd, 'y')} <> '' then ${isoDateSql(num(f(ymd, 'y')), num(f(ymd, 'm')), num(f(ymd, 'd')))}
      when ${f(dmy, 'y')} <> '' then ${isoDateSql(dmyYear, num(f(dmy, 'm')), num(f(dmy, 'd')))}
      when ${isSerial} and ${serial} between 20000 and 80000 then cast(date '1899-12-30' + cast(floor(${serial}) as integer) as date)
    end`;
}

/** dd.mm.yyyy and yyyy-mm-dd with two-digit day and month and a year 1900–2199: DuckDB's own parsers agree with coerceDate there. */
const DMY_FAST = '(0[1-9]|[12][0-9]|3[01])\\.(0[1-9]|1[0-2])\\.(19|20|21)[0-9]{2}';
const ISO_FAST = '(19|20|21)[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])';

function dateSql(t: string): ColumnSql {
  return {
    // 31.02.2023 is in the common form but no date: null here, and null from `value` too.
    fast: `case when regexp_full_match(${t}, '${DMY_FAST}') then cast(try_strptime(${t}, '%d.%m.%Y') as date)
      when regexp_full_match(${t}, '${ISO_FAST}') then try_cast(${t} as date) end`,
    value: dateValueSql(t),
  };
}

function monthSql(t: string): ColumnSql {
  const ym = `regexp_extract(${t}, '^([0-9]{4})-([0-9]{1,2})$', ['y', 'm'])`;
  const my = `regexp_extract(${t}, '^([0-9]{1,2})[./]([0-9]{4})$', ['m', 'y'])`;
  const f = (struct: string, field: string) => `struct_extract(${struct}, '${field}')`;
  // Nested CASE: the cast only runs on rows the pattern matched.
  const okMonth = (m: string) => `case when ${m} <> '' then try_cast(${m} as integer) between 1 and 12 else false end`;
  return {
    fast: `case when regexp_full_match(${t}, '[0-9]{4}-(0[1-9]|1[0-2])') then ${t} end`,
    value: `case
    when ${okMonth(f(ym, 'm'))} then ${f(ym, 'y')} || '-' || lpad(${f(ym, 'm')}, 2, '0')
    when ${okMonth(f(my, 'm'))} then ${f(my, 'y')} || '-' || lpad(${f(my, 'm')}, 2, '0')
    else strftime(${dateValueSql(t)}, '%Y-%m') end`,
  };
}

function enumSql(t: string, values: EnumValues, custom?: EnumValues): ColumnSql {
  const lookup = enumLookup(values, custom);
  // Fast path: a cell written exactly as an id or a spelling (the common case) skips the regexes;
  // its answer is the same, since normalizeLabel of the same text is the same key.
  const exact = new Map<string, string>();
  for (const [id, spellings] of [...Object.entries(custom ?? {}), ...Object.entries(values)]) {
    for (const form of [id, ...spellings]) {
      for (const variant of [form, form.charAt(0).toUpperCase() + form.slice(1)]) {
        const hit = lookup.get(normalizeLabel(variant));
        if (hit && !exact.has(variant)) exact.set(variant, hit);
      }
    }
  }
  // A list lookup, not a CASE: a CASE tests its WHENs one by one over the rows left, and an
  // enumeration with its synonyms has dozens; list_position scans a constant list in one call.
  // (DuckDB's coalesce works out its second argument only for the rows the first left null.)
  if (lookup.size === 0) return { value: 'cast(null as varchar)' };
  const find = (m: Map<string, string>, key: string) =>
    `[${[...m.values()].map(sqlString).join(', ')}][list_position([${[...m.keys()].map(sqlString).join(', ')}], ${key})]`;
  return { value: `coalesce(${find(exact, t)}, ${find(lookup, normalizeLabelSql(t))})` };
}

const COMMISSION = '^(?:(?:комиссия|комиссиясы|commission|к) *)?№? *([0-9]+)(?: *-? *(?:комиссия|комиссиясы))?$';

function commissionSql(t: string, known: readonly string[]): ColumnSql {
  const digits = `regexp_extract(${normalizeLabelSql(t)}, ${sqlString(COMMISSION)}, 1)`;
  const slow = `case when ${digits} <> '' then coalesce(nullif(ltrim(${digits}, '0'), ''), '0') else ${t} end`;
  // Fast path for a cell that is already a known id (and that coerceCommission maps to itself).
  const plain = known.filter((k) => { const r = coerceCommission(k, known); return r.ok && r.value === k; });
  const id = plain.length > 0 ? `case when ${isOneOf(t, plain)} then ${t} else ${slow} end` : slow;
  if (known.length === 0) return { value: id };
  return { value: `case when not ${isOneOf(`(${id})`, known)} then null else ${id} end` };
}

/**
 * The typed value of one column's cell, `t` being the SQL of the cell text
 * (see cellTextSql): null when the cell is empty or the contract refuses it.
 * Why a cell was refused is not worked out here: the bulk loader hands the
 * few refused records to the TypeScript coercers, which word every reason.
 */
export function columnSql(spec: ColumnSpec, t: string, ctx: ContractContext): string {
  const coerced = ((): ColumnSql => {
    switch (spec.type) {
      case 'text': return { value: t };
      case 'int': return intSql(t);
      case 'number': return numberSql(t);
      case 'date': return dateSql(t);
      case 'bool': return boolSql(t, spec.custom);
      case 'month': return monthSql(t);
      case 'enum': return enumSql(t, spec.values ?? {}, spec.custom);
      case 'commission': return commissionSql(t, ctx.commissions);
    }
  })();
  // DuckDB's coalesce works out its second argument only for the rows the first left null.
  return coerced.fast ? `coalesce(${coerced.fast}, ${coerced.value})` : coerced.value;
}
