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
  normalizeLabel, type Coerced, type ColumnType,
} from './columnTypes.ts';

export interface ColumnSpec {
  type: ColumnType;
  required?: boolean;
  /** Headers in Russian, Kazakh and English besides the canonical name. */
  aliases?: readonly string[];
  /** For `enum`: canonical id → spellings people use. */
  values?: Readonly<Record<string, readonly string[]>>;
  /** Applicants' personal data: masked in exports, never in `--public` output. */
  personal?: boolean;
}

export interface RegisterSpec {
  id: string;
  /** Sheet or file names that mean this register (besides the id). */
  names: readonly string[];
  /** Columns that identify a row; duplicates within a batch are rejected. */
  key: readonly string[];
  columns: Readonly<Record<string, ColumnSpec>>;
}

/** What the checks need from the workspace: today only the known commissions. */
export interface ContractContext {
  commissions: readonly string[];
}

export interface Register extends RegisterSpec {
  schema(ctx: ContractContext): z.ZodType<Record<string, unknown>>;
  sqlType(column: string): string;
  matchHeader(header: string): string | null;
  matchesName(name: string): boolean;
}

const SQL_TYPES: Record<ColumnType, string> = {
  text: 'varchar', enum: 'varchar', commission: 'varchar', month: 'varchar',
  int: 'integer', number: 'double', date: 'date', bool: 'boolean',
};

function coerce(spec: ColumnSpec, raw: unknown, ctx: ContractContext): Coerced<unknown> {
  switch (spec.type) {
    case 'text': return coerceText(raw);
    case 'int': return coerceInt(raw);
    case 'number': return coerceNumber(raw);
    case 'date': return coerceDate(raw);
    case 'bool': return coerceBool(raw);
    case 'month': return coerceMonth(raw);
    case 'enum': return coerceEnum(raw, spec.values ?? {});
    case 'commission': return coerceCommission(raw, ctx.commissions);
  }
}

function columnSchema(name: string, spec: ColumnSpec, ctx: ContractContext) {
  return z.unknown().transform((raw, zctx) => {
    const result = coerce(spec, raw, ctx);
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
      headerIndex.set(normalizeLabel(label), column);
    }
  }
  const names = [spec.id, spec.id.replace(/_/g, ' '), ...spec.names].map(normalizeLabel);
  return {
    ...spec,
    schema(ctx) {
      const shape = Object.fromEntries(
        Object.entries(spec.columns).map(([name, col]) => [name, columnSchema(name, col, ctx)]),
      );
      return z.object(shape) as unknown as z.ZodType<Record<string, unknown>>;
    },
    sqlType: (column) => SQL_TYPES[spec.columns[column].type],
    matchHeader: (header) => headerIndex.get(normalizeLabel(header)) ?? null,
    // `appeals.csv`, `appeals-2023.csv`, `Обращения 2023` all name the appeals register.
    matchesName(name) {
      const n = normalizeLabel(name.replace(/\.(csv|xlsx|txt)$/i, '')).replace(/[-\s]*\d{4}.*$/, '');
      return names.includes(n);
    },
  };
}
