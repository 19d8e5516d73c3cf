import type { Register } from './defineRegister.ts';

/** Provenance every raw row carries, whichever register it belongs to. */
export const PROVENANCE_COLUMNS = [
  ['source_file', 'varchar not null'],
  ['source_sheet', 'varchar'],
  ['source_row', 'integer'],
  ['source_line', 'integer'],
  ['batch_id', 'integer not null'],
  ['extra', 'json'],
] as const;

export function rawTableName(register: Register): string {
  return `raw_${register.id}`;
}

/** The raw table of a register, typed from its contract, so the two cannot diverge. */
export function rawTableSql(register: Register): string {
  const columns = [
    ...Object.keys(register.columns).map((c) => `  "${c}" ${register.sqlType(c)}`),
    ...PROVENANCE_COLUMNS.map(([c, t]) => `  ${c} ${t}`),
  ];
  return `create table if not exists ${rawTableName(register)} (\n${columns.join(',\n')}\n)`;
}
