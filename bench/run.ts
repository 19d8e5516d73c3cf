/**
 * The benchmark: `npm run bench [-- --quick]`. Measures, in one run, kenes
 * against DuckDB's own speed on the same data and the same machine, writes
 * bench/results.json and prints a table with each target and pass/fail.
 *
 *   ingest_rows_per_s, ingest_ratio   a large CSV register through `kenes ingest`
 *                                      vs `create table … as select * from read_csv(…)`
 *   xlsx_rows_per_s                   a large .xlsx register through `kenes ingest`
 *   build_ratio                       `kenes build` (every model and check) vs the very
 *                                      statements it ran, replayed straight into DuckDB
 *   council_year_seconds              one council-year: ingest + build + workbook + dashboard
 *   national_seconds, _peak_rss_mb    `kenes rollup` over every council's Parquet export
 *   national_ratio                    the rollup's national marts (`rollup`, in process) vs the same SQL
 *                                      (`kenes rollup --print-sql duckdb`) run straight in DuckDB over the same files
 *   cli_start_ms                      `kenes --help` from the sources (tsx)
 *   cli_packaged_ms, _ratio           `kenes --help` as the package runs it (dist/) vs `node -e 0`
 *   extract_report_ms                 `kenes extract report` of the Majilis resolution (start included)
 *
 * Generated data is kept in bench/data/ (gitignored) and reused while the
 * generator's arguments are the same; the national export is made once by
 * exporting every generated council, two at a time (bench/exportWorker.ts).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpus, tmpdir, totalmem } from 'node:os';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildModels } from '../pipelines/build/build.ts';
import { defaultConfig } from '../workspace/config.ts';
import { openDatabase, type Db, type Params } from '../workspace/db.ts';
import { ingestFiles } from '../pipelines/ingest/ingest.ts';
import { silentLogger } from '../workspace/Logger.ts';
import { parsePeriod } from '../pipelines/build/parsePeriod.ts';
import { ROOT_DIR } from '../workspace/paths.ts';
import { terminalProgress } from '../cli/terminalProgress.ts';
import { writeReport } from '../pipelines/report/report.ts';
import { NO_FILE_CACHE, nationalScriptText, rollup } from '../pipelines/national/rollup.ts';
import { listInputs, openWorkspace } from '../workspace/workspace.ts';
import { BENCH_DIR, councilSpecs, FULL, generateBench, LAST_YEAR, QUICK, setName, type BenchSize } from './generate.ts';

/** Bump when the generator's output changes, so old data is not reused. */
const GENERATOR_VERSION = 2;

interface Target {
  metric: string;
  value: number;
  op: '>=' | '<=' | '<';
  target: number;
}

const progress = terminalProgress();
const log = (text: string) => process.stderr.write(`${text}\n`);
const seconds = (ms: number) => ms / 1000;

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

/** The best of `n` runs: the machine's noise only ever makes a run slower. */
async function best(n: number, run: () => Promise<number>): Promise<number> {
  let min = Infinity;
  for (let i = 0; i < n; i++) min = Math.min(min, await run());
  return min;
}

async function fresh(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `kenes-bench-${prefix}-`));
}

async function ensureData(size: BenchSize): Promise<string> {
  const root = join(BENCH_DIR, 'data', setName(size));
  const manifest = join(root, 'manifest.json');
  const wanted = JSON.stringify({ version: GENERATOR_VERSION, size });
  if ((await readFile(manifest, 'utf8').catch(() => '')) === wanted) return root;
  log(`generating ${size.councils} councils × ${size.years} years in ${root} …`);
  const { ms } = await timed(() => generateBench(size, root));
  await writeFile(manifest, wanted);
  log(`  generated in ${seconds(ms).toFixed(1)} s`);
  return root;
}

async function countLines(path: string): Promise<number> {
  const bytes = await readFile(path);
  let n = 0;
  for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) n++;
  return n;
}

/** `kenes ingest` of the large CSV vs DuckDB's own read_csv into a table, each into a fresh database file. */
async function measureCsv(path: string, runs: number): Promise<{ rows: number; kenesMs: number; nativeMs: number }> {
  const rows = (await countLines(path)) - 1;
  const config = benchConfig();
  let nativeMs = Infinity;
  let kenesMs = Infinity;
  // Interleaved, so a busy spell on the machine hits both sides alike.
  for (let i = 0; i < runs; i++) {
    nativeMs = Math.min(nativeMs, await measureNativeCsv(path));
    kenesMs = Math.min(kenesMs, await measureIngestCsv(path, rows, config));
  }
  return { rows, kenesMs, nativeMs };
}

/** A workspace config for the large files: the default limits refuse a 1 M-row register (as they should for a council). */
function benchConfig() {
  const config = defaultConfig('Бенчмарк');
  config.limits = { ...config.limits, max_file_mb: 2000, max_rows: 5_000_000 };
  return config;
}

async function measureNativeCsv(path: string): Promise<number> {
  const dir = await fresh('native');
  const db = await openDatabase(join(dir, 'native.duckdb'));
  try {
    return (await timed(() => db.connection.run('create table appeals as select * from read_csv($path)', { path }))).ms;
  } finally {
    db.close();
    await rm(dir, { recursive: true, force: true });
  }
}

async function measureIngestCsv(path: string, rows: number, config: ReturnType<typeof benchConfig>): Promise<number> {
  const dir = await fresh('ingest');
  const db = await openDatabase(join(dir, 'kenes.duckdb'));
  try {
    const { ms, value } = await timed(() => ingestFiles(db, [path], { config, logger: silentLogger, progress }));
    const loaded = value.tables.reduce((n, t) => n + t.loaded + t.rejected, 0);
    if (loaded !== rows) throw new Error(`ingest saw ${loaded} rows of ${rows}`);
    return ms;
  } finally {
    db.close();
    await rm(dir, { recursive: true, force: true });
  }
}

async function measureXlsx(path: string, rows: number): Promise<number> {
  const dir = await fresh('xlsx');
  const db = await openDatabase(join(dir, 'kenes.duckdb'));
  try {
    const { ms } = await timed(() => ingestFiles(db, [path], { config: benchConfig(), logger: silentLogger, progress }));
    return rows / seconds(ms);
  } finally {
    db.close();
    await rm(dir, { recursive: true, force: true });
  }
}

interface Statement {
  sql: string;
  params?: Params;
}

/** Every statement `db` is asked to run while `work` runs. */
async function recordStatements(db: Db, work: () => Promise<unknown>): Promise<Statement[]> {
  const statements: Statement[] = [];
  const connection = db.connection;
  const run = connection.run.bind(connection);
  const runAndReadAll = connection.runAndReadAll.bind(connection);
  connection.run = ((sql: string, params?: Params) => (statements.push({ sql, params }), run(sql, params))) as typeof connection.run;
  connection.runAndReadAll = ((sql: string, params?: Params) => (statements.push({ sql, params }), runAndReadAll(sql, params))) as typeof connection.runAndReadAll;
  try {
    await work();
  } finally {
    connection.run = run;
    connection.runAndReadAll = runAndReadAll;
  }
  return statements;
}

/**
 * `kenes build` on a council's workspace vs the same SQL straight into DuckDB:
 * the statements the build ran, recorded, replayed on a copy of the database as
 * it was before — runs of statements without parameters as one script.
 */
async function measureBuild(workspace: string, runs: number): Promise<{ kenesMs: number; directMs: number; models: number }> {
  const dir = await fresh('build');
  try {
    await cp(workspace, join(dir, 'ws'), { recursive: true });
    const ws = await openWorkspace(join(dir, 'ws'));
    let db = await openDatabase(ws.dbPath);
    try {
      await ingestFiles(db, await listInputs(ws), { config: ws.config, logger: silentLogger });
    } finally {
      db.close();
    }
    const periods = parsePeriod(String(LAST_YEAR), ws.config);
    const before = join(dir, 'before.duckdb');
    await cp(ws.dbPath, before);
    let statements: Statement[] = [];
    let models = 0;
    const kenesMs = await best(runs, async () => {
      await cp(before, ws.dbPath);
      db = await openDatabase(ws.dbPath);
      try {
        let ms = 0;
        statements = await recordStatements(db, async () => {
          const result = await timed(() => buildModels(db, ws.config, periods, { workspace: ws.dir }));
          ms = result.ms;
          models = result.value.models.length;
        });
        return ms;
      } finally {
        db.close();
      }
    });
    const directMs = await best(runs, async () => {
      await cp(before, ws.dbPath);
      db = await openDatabase(ws.dbPath);
      try {
        return (await timed(async () => {
          let script: string[] = [];
          const flush = async () => {
            if (script.length > 0) await db.connection.run(script.join(';\n'));
            script = [];
          };
          for (const s of statements) {
            const hasParams = s.params !== undefined && (Array.isArray(s.params) ? s.params.length > 0 : Object.keys(s.params).length > 0);
            if (!hasParams) {
              script.push(s.sql);
              continue;
            }
            await flush();
            await db.connection.run(s.sql, s.params);
          }
          await flush();
        })).ms;
      } finally {
        db.close();
      }
    });
    return { kenesMs, directMs, models };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** One council-year from its registers to the workbook and dashboard, in a fresh workspace. */
async function measureCouncilYear(workspace: string, year: number): Promise<number> {
  const dir = await fresh('year');
  try {
    await mkdir(join(dir, 'ws', 'inputs'), { recursive: true });
    await cp(join(workspace, 'kenes.config.json'), join(dir, 'ws', 'kenes.config.json'));
    for (const name of await readdir(join(workspace, 'inputs'))) {
      if (!/-\d{4}\.csv$/.test(name) || name.includes(`-${year}.`)) await cp(join(workspace, 'inputs', name), join(dir, 'ws', 'inputs', name));
    }
    const { ms } = await timed(async () => {
      const ws = await openWorkspace(join(dir, 'ws'));
      const db = await openDatabase(ws.dbPath);
      try {
        await ingestFiles(db, await listInputs(ws), { config: ws.config, logger: silentLogger });
      } finally {
        db.close();
      }
      await writeReport(ws.dir, { period: String(year), logger: silentLogger });
    });
    return seconds(ms);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The national export of the generated set, made once: every council ingested, built and exported, two at a time. */
async function ensureNationalExport(root: string, size: BenchSize): Promise<string> {
  const exportDir = join(root, 'national');
  const manifest = join(root, 'national.json');
  const wanted = JSON.stringify({ version: GENERATOR_VERSION, size });
  if ((await readFile(manifest, 'utf8').catch(() => '')) === wanted) return exportDir;
  // An interrupted export is resumed (the worker skips councils already there); the data is regenerated only with a new manifest.
  const councilsDir = join(root, 'councils');
  const total = (await readdir(councilsDir)).length;
  const workers = Math.max(1, Math.min(2, cpus().length));
  log(`exporting ${total} councils to ${exportDir} (${workers} at a time) …`);
  const task = progress.start('national export', total);
  let done = 0;
  const { ms } = await timed(() => Promise.all(Array.from({ length: workers }, (_, offset) => new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(BENCH_DIR, 'exportWorker.ts'), councilsDir, exportDir, String(LAST_YEAR), String(offset), String(workers)],
      { cwd: ROOT_DIR, stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', (chunk: Buffer) => task.update(done += chunk.toString().split('\n').filter(Boolean).length));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`export worker ${offset} exited with ${code}`))));
  }))));
  task.stop();
  await writeFile(manifest, wanted);
  log(`  exported in ${seconds(ms).toFixed(1)} s`);
  return exportDir;
}

/** `kenes rollup` as a user runs it, in its own process: wall time and peak RSS (VmHWM, polled). */
async function measureRollup(exportDir: string, period: string): Promise<{ seconds: number; peakRssMb: number; councils: number }> {
  const out = await fresh('rollup');
  try {
    const started = performance.now();
    const child = spawn(process.execPath, [join(ROOT_DIR, 'bin', 'kenes.mjs'), 'rollup', exportDir, '--period', period, '--out', out, '--json'],
      { cwd: ROOT_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    let peakKb = 0;
    const poll = setInterval(async () => {
      const status = await readFile(`/proc/${child.pid}/status`, 'utf8').catch(() => '');
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      peakKb = Math.max(peakKb, kb);
    }, 25);
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    clearInterval(poll);
    const elapsed = seconds(performance.now() - started);
    if (code !== 0) throw new Error(`kenes rollup exited with ${code}:\n${stderr}`);
    return { seconds: elapsed, peakRssMb: Math.round(peakKb / 1024), councils: JSON.parse(stdout).councils };
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

/**
 * The national marts as kenes builds them (`rollup` without the workbook and dashboard, in this process)
 * vs the very SQL it runs — the script `kenes rollup --print-sql duckdb` writes — straight into a fresh
 * in-memory DuckDB with the same memory limit, then the same totals query. Interleaved, best of `runs`.
 */
async function measureNationalRatio(exportDir: string, period: string, runs: number): Promise<{ kenesMs: number; directMs: number }> {
  const script = await nationalScriptText('duckdb', exportDir, parsePeriod(period).current);
  let kenesMs = Infinity;
  let directMs = Infinity;
  for (let i = 0; i < runs; i++) {
    directMs = Math.min(directMs, (await timed(async () => {
      const db = await openDatabase(':memory:');
      try {
        // The settings `rollup` makes: the same SQL under the same settings.
        await db.connection.run("set memory_limit = '1GB'");
        await db.connection.run(NO_FILE_CACHE);
        await db.connection.run(script);
        await db.connection.runAndReadAll('select metric, value, councils, councils_active from mart_national_totals order by metric');
      } finally {
        db.close();
      }
    })).ms);
    kenesMs = Math.min(kenesMs, (await timed(() => rollup(exportDir, { period, noReports: true, logger: silentLogger }))).ms);
  }
  return { kenesMs, directMs };
}

/**
 * `kenes --help`, median of `runs`: from the sources (through tsx, as in a clone) and as the package runs it
 * (dist/, built here by tools/buildPackage.mjs), interleaved with a bare `node -e 0` on the same machine.
 */
function measureCliStart(runs: number): { devMs: number; packagedMs: number; nodeMs: number } {
  const build = spawnSync(process.execPath, [join(ROOT_DIR, 'tools', 'buildPackage.mjs')], { cwd: ROOT_DIR, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('tools/buildPackage.mjs failed');
  const packaged = `const { runCli } = await import(${JSON.stringify(join(ROOT_DIR, 'dist', 'cli.mjs'))}); await runCli(['--help']);`;
  const commands = {
    devMs: [join(ROOT_DIR, 'bin', 'kenes.mjs'), '--help'],
    packagedMs: ['--input-type=module', '-e', packaged],
    nodeMs: ['-e', '0'],
  };
  const times: Record<string, number[]> = { devMs: [], packagedMs: [], nodeMs: [] };
  for (let i = 0; i < runs; i++) {
    for (const [name, args] of Object.entries(commands)) {
      const started = performance.now();
      const result = spawnSync(process.execPath, args, { cwd: ROOT_DIR, stdio: 'ignore' });
      if (result.status !== 0) throw new Error(`${name}: kenes --help failed`);
      times[name].push(performance.now() - started);
    }
  }
  const median = (xs: number[]) => Math.round(xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]);
  return { devMs: median(times.devMs), packagedMs: median(times.packagedMs), nodeMs: median(times.nodeMs) };
}

/** The national goals: the rollup of the full set under 10 s and 512 MB, and within 1.2 × DuckDB running the same SQL. */
function nationalTargets(results: { national_seconds: number; national_peak_rss_mb: number; national_ratio: number }): Target[] {
  return [
    { metric: 'national_seconds', value: results.national_seconds, op: '<', target: 10 },
    { metric: 'national_peak_rss_mb', value: results.national_peak_rss_mb, op: '<', target: 512 },
    { metric: 'national_ratio', value: results.national_ratio, op: '<=', target: 1.2 },
  ];
}

/** Median wall time of a kenes command from the sources, start included. */
function measureCommand(runs: number, args: string[]): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const result = spawnSync(process.execPath, [join(ROOT_DIR, 'bin', 'kenes.mjs'), ...args], { cwd: ROOT_DIR, stdio: 'ignore' });
    if (result.status !== 0) throw new Error(`kenes ${args.join(' ')} failed`);
    times.push(performance.now() - started);
  }
  return Math.round(times.sort((a, b) => a - b)[Math.floor(times.length / 2)]);
}

function passes(t: Target): boolean {
  return t.op === '>=' ? t.value >= t.target : t.op === '<=' ? t.value <= t.target : t.value < t.target;
}

function printTable(results: Record<string, number>, targets: Target[]): void {
  const rows = Object.entries(results).map(([metric, value]) => {
    const target = targets.find((t) => t.metric === metric);
    return [metric, Number.isInteger(value) ? value.toLocaleString('en-US') : value.toFixed(value < 10 ? 2 : 1),
      target ? `${target.op} ${target.target}` : '', target ? (passes(target) ? 'pass' : 'FAIL') : ''];
  });
  const widths = [0, 1, 2, 3].map((i) => Math.max(...[['metric', 'value', 'target', ''], ...rows].map((r) => r[i].length)));
  const line = (r: string[]) => `${r[0].padEnd(widths[0])}  ${r[1].padStart(widths[1])}  ${r[2].padEnd(widths[2])}  ${r[3]}`;
  process.stdout.write([line(['metric', 'value', 'target', '']), ...rows.map(line)].join('\n') + '\n');
}

async function main(argv: string[]): Promise<void> {
  const quick = argv.includes('--quick');
  const size = quick ? QUICK : FULL;
  // Best of two: other work on the machine only ever makes a run slower.
  const runs = 2;
  const started = performance.now();
  const root = await ensureData(size);
  if (argv.includes('--prepare')) {
    // Data only: the generated set and its national export, for a later run to reuse.
    await ensureNationalExport(root, size);
    return;
  }
  if (argv.includes('--national')) {
    // The national measures only (rollup, its memory, national_ratio), printed and not written to results.json.
    const exportDir = await ensureNationalExport(root, size);
    const nationalPeriod = `${LAST_YEAR - size.years + 1}-01-01..${LAST_YEAR}-12-31`;
    const rolled = await measureRollup(exportDir, nationalPeriod);
    const ratio = await measureNationalRatio(exportDir, nationalPeriod, 3);
    const results = {
      national_seconds: rolled.seconds, national_peak_rss_mb: rolled.peakRssMb, national_marts_seconds: seconds(ratio.kenesMs),
      national_direct_seconds: seconds(ratio.directMs), national_ratio: ratio.kenesMs / ratio.directMs,
    };
    printTable(results, nationalTargets(results));
    return;
  }
  const councils = (await readdir(join(root, 'councils'))).sort();
  // The generator's first council (Astana) keeps a file per register and year, as a secretariat does; a
  // council-year takes that year's files of it.
  const yearly = join(root, 'councils', councilSpecs(size.councils)[0].id);

  log('cli start …');
  const cliStart = measureCliStart(quick ? 3 : 5);
  log('extract report …');
  // A 13 000-character resolution: the report grammar's first parse in a process (it once took ten seconds).
  const extractReportMs = measureCommand(3, ['extract', 'report', join(ROOT_DIR, 'tests', 'fixtures', 'examples', 'resolution-majilis-2022-10-14.txt')]);
  log('csv ingest …');
  // Three interleaved pairs: on a shared machine a single slow spell otherwise decides the ratio either way.
  const csv = await measureCsv(join(root, 'large', 'appeals.csv'), 3);
  log('xlsx ingest …');
  const xlsxRowsPerS = await measureXlsx(join(root, 'large', 'activities.xlsx'), size.largeXlsxRows);
  log('build …');
  const build = await measureBuild(yearly, runs);
  log('council-year …');
  // Three runs: the first also loads the report's modules (Vega, exceljs), which `cli_start_ms` does not cover
  // and a long-running process pays once; the best of the other two is the council-year's own time.
  const councilYear = await best(3, () => measureCouncilYear(yearly, LAST_YEAR));
  const exportDir = await ensureNationalExport(root, size);
  log('rollup …');
  const nationalPeriod = `${LAST_YEAR - size.years + 1}-01-01..${LAST_YEAR}-12-31`;
  const national = await measureRollup(exportDir, nationalPeriod);
  log('national ratio …');
  const nationalRatio = await measureNationalRatio(exportDir, nationalPeriod, 3);

  const results = {
    ingest_rows_per_s: Math.round(csv.rows / seconds(csv.kenesMs)),
    native_read_csv_rows_per_s: Math.round(csv.rows / seconds(csv.nativeMs)),
    ingest_ratio: csv.nativeMs / csv.kenesMs,
    xlsx_rows_per_s: Math.round(xlsxRowsPerS),
    build_seconds: seconds(build.kenesMs),
    build_direct_seconds: seconds(build.directMs),
    build_ratio: build.kenesMs / build.directMs,
    council_year_seconds: councilYear,
    national_seconds: national.seconds,
    national_peak_rss_mb: national.peakRssMb,
    national_marts_seconds: seconds(nationalRatio.kenesMs),
    national_direct_seconds: seconds(nationalRatio.directMs),
    national_ratio: nationalRatio.kenesMs / nationalRatio.directMs,
    cli_start_ms: cliStart.devMs,
    cli_packaged_ms: cliStart.packagedMs,
    cli_packaged_ratio: cliStart.packagedMs / cliStart.nodeMs,
    extract_report_ms: extractReportMs,
  };
  const targets: Target[] = [
    { metric: 'ingest_ratio', value: results.ingest_ratio, op: '>=', target: 0.5 },
    { metric: 'build_ratio', value: results.build_ratio, op: '<=', target: 1.2 },
    { metric: 'council_year_seconds', value: results.council_year_seconds, op: '<', target: 3 },
    { metric: 'cli_packaged_ratio', value: results.cli_packaged_ratio, op: '<=', target: 2 },
    { metric: 'extract_report_ms', value: results.extract_report_ms, op: '<', target: 1000 },
    ...nationalTargets(results),
  ];
  const report = {
    mode: quick ? 'quick' : 'full',
    measured_at: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', memory_mb: Math.round(totalmem() / 2 ** 20), node: process.version, platform: process.platform },
    data: {
      councils: councils.length, years: size.years, large_csv_rows: csv.rows, large_csv_mb: Math.round((await stat(join(root, 'large', 'appeals.csv'))).size / 1e6),
      large_xlsx_rows: size.largeXlsxRows, build_models: build.models, rollup_councils: national.councils,
    },
    ...results,
    targets: targets.map((t) => ({ ...t, pass: passes(t) })),
    bench_seconds: seconds(performance.now() - started),
  };
  await writeFile(join(BENCH_DIR, 'results.json'), JSON.stringify(report, null, 2) + '\n');
  printTable(results, targets);
  process.stdout.write(`${quick ? 'quick' : 'full'} bench: ${councils.length} councils × ${size.years} years, ${report.bench_seconds.toFixed(0)} s; bench/results.json\n`);
}

main(process.argv.slice(2)).catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exitCode = 1;
});
