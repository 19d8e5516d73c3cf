/**
 * A register's contract, declared once: its columns with their types, the
 * ru/kk/en headers people write, the allowed values, which columns hold
 * personal data. From that one object come the zod schema that checks rows,
 * the SQL table the rows land in, and the header matching — so the checks,
 * the table and the templates can never disagree.
 */
import { z } from 'zod';
import {
  coerceBool, coerceCommission, coerceDate, coerceEnum, coerceInt, coerceMonth, coerceNumber, coerceText,
  normalizeLabel, type Coerced, type ColumnType, type EnumValues,
} from './columnTypes.ts';
import { normalizeHeader } from './normalizeHeader.ts';

export interface ColumnSpec {
  type: ColumnType;
  required?: boolean;
  /** Headers in Russian, Kazakh and English besides the canonical name. */
  aliases?: readonly string[];
  /** For `enum`: canonical id → spellings people use. */
  values?: EnumValues;
  /** For `enum` and `bool`: the council's own spellings (config `values`), read before the contract's. */
  custom?: EnumValues;
  /** Applicants' personal data: masked in exports, never in `--public` output. */
  personal?: boolean;
  /**
   * Where the table has no such column, or the cell is empty, the value of this other column is
   * taken: a members register kept without ids (`№ п/п`, ФИО, …) names its members by full name.
   */
  defaultFrom?: string;
}

export interface RegisterSpec {
  id: string;
  /** Sheet or file names that mean this register (besides the id). */
  names: readonly string[];
  /** Columns that identify a row; duplicates within a batch are rejected. */
  key: readonly string[];
  columns: Readonly<Record<string, ColumnSpec>>;
}

/**
 * The council's own words for enumerated and yes/no values (config `values`):
 * `"appeals.status"` (one column) or `"appeals"` (every enumerated column of
 * the register that has the id) → id → spellings.
 */
export type ValueWords = Readonly<Record<string, EnumValues>>;

/** What the checks need from the workspace. */
export interface ContractContext {
  /** The known commission ids: any other is refused. */
  commissions: readonly string[];
  /** The council's own spellings of enumerated values (config `values`). */
  values?: ValueWords;
  /** The IANA zone a date-time with an offset is read in (config `timezone`; default Asia/Almaty). */
  timezone?: string;
}

export interface Register extends RegisterSpec {
  schema(ctx: ContractContext): z.ZodType<Record<string, unknown>>;
  /** The columns as the workspace reads them: each enumeration with the council's own words (ctx.values). */
  columnsFor(ctx: ContractContext): Readonly<Record<string, ColumnSpec>>;
  sqlType(column: string): string;
  /** The column a header cell names (normalizeHeader), or null. */
  matchHeader(header: string): string | null;
  /** The names of the register (id, names, English id words), normalised: what file and sheet names are compared with. */
  nameWords: readonly (readonly string[])[];
}

const SQL_TYPES: Record<ColumnType, string> = {
  text: 'varchar', enum: 'varchar', commission: 'varchar', month: 'varchar',
  int: 'integer', number: 'double', date: 'date', bool: 'boolean',
};

function coerce(name: string, spec: ColumnSpec, raw: unknown, ctx: ContractContext): Coerced<unknown> {
  switch (spec.type) {
    case 'text': return coerceText(raw);
    case 'int': return coerceInt(raw);
    case 'number': return coerceNumber(raw);
    case 'date': return coerceDate(raw, ctx.timezone);
    case 'bool': return coerceBool(raw, spec.custom);
    case 'month': return coerceMonth(raw, ctx.timezone);
    case 'enum': return coerceEnum(raw, spec.values ?? {}, { column: name, custom: spec.custom });
    case 'commission': return coerceCommission(raw, ctx.commissions);
  }
}

/** A column's own words from the config: those for the column, then those for the whole register. */
function customWords(register: string, column: string, spec: ColumnSpec, words: ValueWords | undefined): EnumValues | undefined {
  if (!words || (spec.type !== 'enum' && spec.type !== 'bool')) return undefined;
  const ids = spec.type === 'bool' ? ['true', 'false'] : Object.keys(spec.values ?? {});
  const merged: Record<string, string[]> = {};
  for (const scope of [`${register}.${column}`, register]) {
    for (const [id, spellings] of Object.entries(words[scope] ?? {})) {
      if (ids.includes(id)) (merged[id] ??= []).push(...spellings);
    }
  }
  return Object.keys(merged).length > 0 ? merged : undefined;
}

function columnSchema(name: string, spec: ColumnSpec, ctx: ContractContext) {
  return z.unknown().transform((raw, zctx) => {
    const result = coerce(name, spec, raw, ctx);
    if (!result.ok) {
      zctx.addIssue({ code: 'custom', message: result.reason });
      return z.NEVER;
    }
    if (result.value === null && spec.required) {
      zctx.addIssue({ code: 'custom', message: `${name} is required` });
      return z.NEVER;
    }
    return result.value;
  });
}

export function defineRegister(spec: RegisterSpec): Register {
  const headerIndex = new Map<string, string>();
  for (const [column, col] of Object.entries(spec.columns)) {
    for (const label of [column, column.replace(/_/g, ' '), ...(col.aliases ?? [])]) {
      const key = normalizeHeader(label);
      if (!headerIndex.has(key)) headerIndex.set(key, column);
    }
  }
  const matchHeader = (header: string) => {
    const key = normalizeHeader(header);
    // "Дата ответа, если дан": the words before a comma, when the whole says nothing.
    return headerIndex.get(key) ?? (key.includes(',') ? headerIndex.get(normalizeHeader(key.split(',')[0])) : undefined) ?? null;
  };
  const nameWords = [spec.id, ...spec.names].map((n) => splitName(n)).filter((w) => w.length > 0);
  // Column specs with the config's words, made once per context's `values` object.
  const withWords = new WeakMap<object, Record<string, ColumnSpec>>();
  const columnsFor = (ctx: ContractContext): Record<string, ColumnSpec> => {
    if (!ctx.values) return spec.columns;
    let columns = withWords.get(ctx.values);
    if (!columns) {
      columns = Object.fromEntries(Object.entries(spec.columns).map(([name, col]) => {
        const custom = customWords(spec.id, name, col, ctx.values);
        return [name, custom ? { ...col, custom } : col];
      }));
      withWords.set(ctx.values, columns);
    }
    return columns;
  };
  return {
    ...spec,
    schema(ctx) {
      const shape = Object.fromEntries(
        Object.entries(columnsFor(ctx)).map(([name, col]) => [name, columnSchema(name, col, ctx)]),
      );
      return z.object(shape) as unknown as z.ZodType<Record<string, unknown>>;
    },
    columnsFor,
    sqlType: (column) => SQL_TYPES[spec.columns[column].type],
    matchHeader,
    nameWords,
  };
}

/**
 * The words of a file, sheet or register name: split on spaces, `_`, `-`,
 * `.`, digits and other punctuation, normalised (`Обращения_Q1.xlsx` →
 * обращения, q, xlsx; `appeals-cp1251-semicolon` → appeals, cp, semicolon).
 */
export function splitName(name: string): string[] {
  return normalizeLabel(name.replace(/[_\-–—.,;()[\]{}0-9]+/g, ' ')).split(' ').filter((w) => w.length > 0);
}
