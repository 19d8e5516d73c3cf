/**
 * The one dialect step of the national SQL per engine. The models of
 * sql/national are plain SQL in the common subset of DuckDB, ClickHouse, Spark
 * SQL and Trino and run unchanged on each; what no common form exists for is
 * here, and only that:
 *
 *   - how a table folder of the export is read in place (hive partitions
 *     `council=<id>/year=<yyyy>` typed as the export writes them: `council` is
 *     text even where an id is all digits, a `year=__HIVE_DEFAULT_PARTITION__`
 *     folder — Hive's, and DuckDB's, name for a null year — is a null year);
 *   - session settings for standard SQL behaviour (ClickHouse: outer joins give
 *     nulls, not zeros);
 *   - how cfg_national_period is made and a model's result kept.
 *
 * kenes runs the DuckDB step itself (`kenes rollup`); `kenes rollup --print-sql
 * clickhouse` writes the whole script for clickhouse-local or chDB, and the
 * portability test runs that script on chDB and compares the figures.
 */
import { sqlString } from '../../sources/contracts/contractSql.ts';
import { quoteIdent } from '../../workspace/db.ts';
import type { Period } from '../build/parsePeriod.ts';

export type NationalEngine = 'duckdb' | 'clickhouse';

/** The hive partition keys of an export (pipelines/national/exportParquet.ts). */
export type PartitionKey = 'council' | 'year';

/** One statement of a national script; `params` are bound by the engine's client, never pasted. */
export interface NationalStatement {
  sql: string;
  params?: Record<string, string>;
}

export interface NationalDialect {
  engine: NationalEngine;
  /** Session settings run first. */
  setup: readonly string[];
  /** A view named `table` over the Parquet files under `folder`, whose hive partition keys are `partitions`. */
  readTable(table: string, folder: string, partitions: readonly PartitionKey[]): string;
  /** cfg_national_period (period, date_from, date_to) with the period bound, or written as literals for a script. */
  period(period: Period, inline: boolean): NationalStatement[];
  /** A model's query kept as a table. */
  materialize(name: string, sql: string): string;
}

const PARTITION_TYPES: Record<PartitionKey, Record<NationalEngine, string>> = {
  council: { duckdb: 'varchar', clickhouse: 'String' },
  // A null year (a member without joined_on) is written to year=__HIVE_DEFAULT_PARTITION__.
  year: { duckdb: 'bigint', clickhouse: 'Nullable(Int64)' },
};

/** The literal a Hive partition folder holds for a null value. */
const HIVE_NULL = '__HIVE_DEFAULT_PARTITION__';

// The Parquet files of a table folder: one star per partition level (council=STAR/year=STAR/STAR.parquet), as the
// export lays them out; a fixed depth is listed faster than a recursive pattern, and skips anything else there.
export function partitionGlob(folder: string, partitions: readonly PartitionKey[]): string {
  return [folder, ...partitions.map((k) => `${k}=*`), '*.parquet'].join('/');
}


export const duckdbDialect: NationalDialect = {
  engine: 'duckdb',
  setup: [],
  readTable: (table, folder, partitions) => {
    // hive_types: DuckDB would otherwise guess a type per key from the folder names (council=01 → 1).
    const types = partitions.map((k) => `${sqlString(k)}: ${sqlString(PARTITION_TYPES[k].duckdb)}`).join(', ');
    return `create or replace view ${quoteIdent(table)} as
select * from read_parquet(${sqlString(partitionGlob(folder, partitions))}, hive_partitioning = true, hive_types = {${types}})`;
  },
  period: (period, inline) => [
    { sql: 'create or replace table cfg_national_period (period varchar, date_from date, date_to date)' },
    inline
      ? { sql: `insert into cfg_national_period values (${sqlString(period.id)}, cast(${sqlString(period.from)} as date), cast(${sqlString(period.to)} as date))` }
      : { sql: 'insert into cfg_national_period values ($period, cast($date_from as date), cast($date_to as date))', params: periodParams(period) },
  ],
  materialize: (name, sql) => `create or replace table ${quoteIdent(name)} as\n${sql}`,
};

/** A ClickHouse string literal: a backslash escapes there, so it is escaped too. */
function clickhouseString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

export const clickhouseDialect: NationalDialect = {
  engine: 'clickhouse',
  setup: [
    // The partition values are read from the path by each view (below): ClickHouse's own hive reading guesses
    // a type per key from the first folder (council=01 → 1, then fails on council=almaty) and takes
    // __HIVE_DEFAULT_PARTITION__ for a value.
    'set use_hive_partitioning = 0',
    // An outer join's missing side is null, as in standard SQL (ClickHouse's default gives 0 and '').
    'set join_use_nulls = 1',
    // count(distinct …) exact, whatever a server's profile says (it may make it uniq, an estimate).
    "set count_distinct_implementation = 'uniqExact'",
  ],
  readTable: (table, folder, partitions) => {
    const keys = partitions.map((k) => {
      const value = `extract(_path, ${clickhouseString(`/${k}=([^/]*)/`)})`;
      const type = PARTITION_TYPES[k].clickhouse;
      return `cast(${type.startsWith('Nullable') ? `nullIf(${value}, ${clickhouseString(HIVE_NULL)})` : value} as ${type}) as ${quoteIdent(k)}`;
    });
    return `create or replace view ${quoteIdent(table)} as
select *, ${keys.join(', ')} from file(${clickhouseString(partitionGlob(folder, partitions))}, Parquet)`;
  },
  period: (period, inline) => [
    { sql: 'create or replace table cfg_national_period (period String, date_from Date32, date_to Date32) engine = Memory' },
    inline
      ? { sql: `insert into cfg_national_period values (${clickhouseString(period.id)}, ${clickhouseString(period.from)}, ${clickhouseString(period.to)})` }
      : { sql: 'insert into cfg_national_period values ({period:String}, {date_from:Date32}, {date_to:Date32})', params: periodParams(period) },
  ],
  materialize: (name, sql) => `create or replace table ${quoteIdent(name)} engine = Memory as\n${sql}`,
};

function periodParams(period: Period): Record<string, string> {
  return { period: period.id, date_from: period.from, date_to: period.to };
}

export function nationalDialect(engine: NationalEngine): NationalDialect {
  return engine === 'duckdb' ? duckdbDialect : clickhouseDialect;
}
