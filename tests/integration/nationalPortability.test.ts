/**
 * The national SQL is portable, as a fact: the same export read in place, the same models of
 * sql/national unchanged, run by kenes on DuckDB and — through the script `kenes rollup
 * --print-sql clickhouse` writes — on ClickHouse's engine (chDB), give the same national totals and
 * per-council figures. The export holds what a sample never shows: a council whose id is all digits
 * (a hive partition an engine would guess to be a number), a member without a joining date (a
 * year=__HIVE_DEFAULT_PARTITION__ folder), and a council with no letters at all (an outer join's
 * missing side, null in standard SQL and 0 in ClickHouse by default).
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { councilSpecs, writeCouncil } from '../../bench/generate.ts';
import { exportCouncil } from '../../bench/exportCouncil.ts';
import { runCli } from '../../cli/cli.ts';
import { openDatabase, queryRows, run, type Db, type Row } from '../../workspace/db.ts';
import { parsePeriod } from '../../pipelines/build/parsePeriod.ts';
import { buildNationalMarts } from '../../pipelines/national/rollup.ts';
import { loadChdb } from '../helpers/chdb.ts';
const chdb = loadChdb();
if (!chdb.chdb) process.stderr.write(`nationalPortability: the ClickHouse test is skipped — ${chdb.reason}\n`);

/** What each engine is asked for: every national mart, in one order. */
const QUERIES = {
  totals: 'select period, metric, value, councils, councils_active from mart_national_totals order by metric',
  metrics: 'select period, council, metric, value from mart_national_metrics order by council, metric',
  councils: `select period, council, name, members_total, meetings_held, attendance_rate, activities, appeals_received,
    appeals_on_time_rate, letters_sent, letters_answer_rate, npa_reviewed, publications, activities_per_member, rank_activity
    from mart_national_councils order by council`,
};
const TEXT_COLUMNS = new Set(['period', 'council', 'name', 'metric']);

/** A row as plain values: the engines' integer types (BIGINT, UInt64 sent as text in JSON) as numbers. */
function plain(row: Row): Row {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === null || TEXT_COLUMNS.has(k) ? v : Number(v)]));
}

async function duckdbFigures(db: Db): Promise<Record<string, Row[]>> {
  const out: Record<string, Row[]> = {};
  for (const [name, sql] of Object.entries(QUERIES)) out[name] = (await queryRows(db, sql)).map(plain);
  return out;
}

async function printSql(engine: string, dir: string, period: string): Promise<string> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['rollup', dir, '--period', period, '--print-sql', engine], { out: (t) => out.push(t), err: (t) => err.push(t), isTTY: false });
  expect({ code, err: err.join('\n') }).toEqual({ code: 0, err: '' });
  return out.join('\n');
}

describe('national SQL on DuckDB and on ClickHouse', () => {
  // One export for every test here (made once: it takes a while), removed at the end.
  let dir = '';
  let exportDir = '';
  const period = '2025';
  const councilIds: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kenes-test-'));
    exportDir = join(dir, 'national');
    const specs = [councilSpecs(1)[0], { ...councilSpecs(25)[24], id: '0101' }];
    for (const spec of specs) {
      const council = await writeCouncil(join(dir, 'councils'), spec, 2);
      if (spec.id === '0101') {
        // No letters register, and one member with no joining date.
        for (const name of await readdir(join(council.dir, 'inputs'))) if (name.startsWith('letters')) await rm(join(council.dir, 'inputs', name));
        const members = join(council.dir, 'inputs', 'members.csv');
        const [header, first, ...rest] = (await readFile(members, 'utf8')).split('\n');
        const cells = first.split(';');
        cells[header.replace(/^\uFEFF/, '').split(';').indexOf('joined_on')] = '';
        await writeFile(members, [header, cells.join(';'), ...rest].join('\n'));
      }
      councilIds.push((await exportCouncil(council.dir, exportDir, period, { coreOnly: true })).council);
    }
  }, 180_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('the export holds the cases the engines must agree on', async () => {
    expect(councilIds).toEqual(['astana', '0101']);
    expect(await readdir(join(exportDir, 'dim_members', 'council=0101'))).toContain('year=__HIVE_DEFAULT_PARTITION__');
    expect(await readdir(join(exportDir, 'fct_letters'))).toEqual(['council=astana']);
  });

  it('the DuckDB script kenes prints gives what kenes rollup gives', async () => {
    const db = await openDatabase(':memory:');
    const printed = await openDatabase(':memory:');
    try {
      await buildNationalMarts(db, exportDir, parsePeriod(period).current);
      const kenes = await duckdbFigures(db);
      await run(printed, await printSql('duckdb', exportDir, period));
      expect(await duckdbFigures(printed)).toEqual(kenes);
      // The council whose id is digits keeps it as text; it keeps no letters register, so it has no letters figures:
      // no data, null — not 0 letters — on both engines.
      const council = kenes.councils.find((r) => r.council === '0101')!;
      expect(council).toMatchObject({ letters_sent: null, letters_answer_rate: null });
      expect(kenes.metrics.filter((r) => r.council === '0101' && String(r.metric).startsWith('letters_')).map((r) => r.value)).toEqual([null, null]);
      expect(council.members_total).toBeGreaterThan(10);
      expect(kenes.metrics.filter((r) => r.council === '0101')).toHaveLength(30);
    } finally {
      db.close();
      printed.close();
    }
  });

  it.skipIf(!chdb.chdb)(`ClickHouse (chDB) gives the same national totals and per-council figures as DuckDB${chdb.chdb ? '' : ` — skipped: ${chdb.reason}`}`, async () => {
    const db = await openDatabase(':memory:');
    let duckdb: Record<string, Row[]>;
    try {
      await buildNationalMarts(db, exportDir, parsePeriod(period).current);
      duckdb = await duckdbFigures(db);
    } finally {
      db.close();
    }
    const session = new chdb.chdb!.Session();
    try {
      session.query(await printSql('clickhouse', exportDir, period));
      const clickhouse: Record<string, Row[]> = {};
      for (const [name, sql] of Object.entries(QUERIES)) {
        clickhouse[name] = session.query(sql, 'JSONEachRow').split('\n').filter(Boolean).map((line) => plain(JSON.parse(line) as Row));
      }
      expect(clickhouse.totals).toEqual(duckdb.totals);
      expect(clickhouse.councils).toEqual(duckdb.councils);
      expect(clickhouse.metrics).toEqual(duckdb.metrics);
      // Not two empty answers agreeing: the country's figures are there, for both councils.
      expect(duckdb.totals).toHaveLength(30);
      expect(duckdb.totals.find((r) => r.metric === 'appeals_received')).toMatchObject({ councils: 2, councils_active: 2 });
      expect(Number(duckdb.totals.find((r) => r.metric === 'appeals_received')!.value)).toBeGreaterThan(100);
      expect(duckdb.councils.map((r) => r.council)).toEqual(['0101', 'astana']);
    } finally {
      session.close();
    }
  });
});
