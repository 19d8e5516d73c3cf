/**
 * `kenes build`: the workspace's settings into cfg_ tables, then every SQL
 * model (staging → core → marts) in dependency order, then the data checks.
 * A model is a file whose name is the table it creates and whose text is one
 * select; the order comes from which model names each file mentions. A rule
 * several models apply (membership on a date, a working-day deadline) is a
 * macro in sql/macros, a file named after the macro it creates: it takes its
 * place in the same order, after the tables it reads and before the models that
 * call it, as a temporary macro of the build's connection (it is not kept in the
 * database, so a backup or another tool never meets a macro without its tables).
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { rawTableName } from '../../sources/contracts/rawTableSql.ts';
import { REGISTERS } from '../../sources/contracts/registers.ts';
import { KenesError } from '../../sources/KenesError.ts';
import { CFG_METRICS_TABLE, cfgMetricsRows } from '../../sources/reference/metrics.ts';
import { KPI_COMPONENTS, LAW_RULES, type Config } from '../../workspace/config.ts';
import { inTransaction, insertRows, queryRows, queryValue, quoteIdent, run, type Db, type Row } from '../../workspace/db.ts';
import { ensureSchema } from '../../workspace/ensureSchema.ts';
import { findCalendar, loadCalendar } from './loadCalendar.ts';
import { mentionsTable } from './mentionsTable.ts';
import type { ComparedPeriods } from './parsePeriod.ts';
import { SQL_DIR } from '../../workspace/paths.ts';
import { resolveNames, splitAtNameMatches } from './resolveNames.ts';

const LAYERS = ['macros', 'staging', 'core', 'marts'] as const;

export interface Model {
  name: string;
  layer: string;
  path: string;
  sql: string;
}

/**
 * `error`: a data error — listed by `kenes build` and `kenes check`, flagged on the figures it
 * touches and on every report as a draft, and a stop only for a `--strict` (publishable) run.
 * `warn`: listed, never a stop. Figures are never withheld for an error in some rows.
 */
export type Severity = 'error' | 'warn';

export interface CheckResult {
  name: string;
  description: string;
  severity: Severity;
  failures: number;
  sample: Row[];
}

export interface BuildResult {
  models: string[];
  checks: CheckResult[];
  /** True when the models were up to date and kept (BuildOptions.reuse). */
  reused?: boolean;
}

export interface BuildOptions {
  /** The workspace folder: its own `calendar-kz.csv`, when there is one, replaces the shipped calendar. */
  workspace?: string;
  /**
   * Keep the models when nothing they depend on changed since the last build (the config, the
   * period, the SQL, the calendar, the loaded batches and the raw row counts): `kenes report`
   * right after `kenes build` does not compute everything twice. `kenes build` always rebuilds.
   */
  reuse?: boolean;
  /** Run the data checks after the models (default true); outputs that only read marts (a member's sheet, the quarterly export) skip them. */
  checks?: boolean;
  /** How many offending rows of each check to keep (default 20): a report lists every open error. */
  checkRows?: number;
  /**
   * Build only these models and the models they read, with no checks and no record of a build (build_state: a later
   * `reuse` computes everything): for a caller that reads one table, such as the tests of review decisions, which read
   * stg_stated_figures — 3 of ~80 models. A part that waits on the names' resolution is built with every model.
   */
  only?: string[];
}

export async function loadModels(dir = SQL_DIR): Promise<Model[]> {
  // Read at once, not one file after another: every build reads the ~80 files, and one read at a time took 18 ms of CPU, 5 ms so.
  const layers = await Promise.all(LAYERS.map(async (layer) => {
    const files = (await readdir(join(dir, layer))).filter((f) => f.endsWith('.sql')).sort();
    return Promise.all(files.map(async (file) => {
      const path = join(dir, layer, file);
      const model = { name: basename(file, '.sql'), layer, path, sql: await readFile(path, 'utf8') };
      if (layer === 'macros') checkMacro(model);
      return model;
    }));
  }));
  return orderModels(layers.flat());
}

/** A macro's file creates the one temporary macro it is named after, and nothing else. */
function checkMacro(model: Model): void {
  const created = [...model.sql.replace(/--.*$/gm, '').matchAll(/create\s+or\s+replace\s+temp\s+macro\s+(\w+)\s*\(/gi)].map((m) => m[1]);
  if (created.length !== 1 || created[0] !== model.name || /;\s*\S/.test(model.sql.replace(/--.*$/gm, ''))) {
    throw new KenesError('build.badMacro', `sql/macros/${model.name}.sql must hold one statement: create or replace temp macro ${model.name}(…) as …`, {
      location: { file: `sql/macros/${model.name}.sql` }, exitCode: 1,
    });
  }
}

/** Dependency order: a model runs after every model whose name it mentions. */
export function orderModels(models: Model[]): Model[] {
  const byName = new Map(models.map((m) => [m.name, m]));
  const deps = new Map(models.map((m) => [m.name, models.filter((o) => o !== m && mentionsTable(m.sql, o.name)).map((o) => o.name)]));
  const ordered: Model[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string, path: string[]) => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting') {
      throw new KenesError('build.cycle', `models depend on each other: ${[...path, name].join(' → ')}`, { exitCode: 1 });
    }
    state.set(name, 'visiting');
    for (const dep of deps.get(name) ?? []) visit(dep, [...path, name]);
    state.set(name, 'done');
    ordered.push(byName.get(name)!);
  };
  for (const m of models) visit(m.name, []);
  return ordered;
}

/**
 * The rules of the config, by the name the SQL reads them with (`getvariable(name)`, and a row of
 * cfg_rules, which the definitions the reports print are read from), each with the law's value.
 */
export function ruleSettings(config: Config): { rule: string; value: number | boolean; law: number | boolean }[] {
  const { rules, deadlines } = config;
  return [
    { rule: 'quorum_share', value: rules.quorum_share, law: LAW_RULES.quorum_share },
    { rule: 'quorum_more_than', value: rules.quorum_more_than, law: LAW_RULES.quorum_more_than },
    { rule: 'online_counts_as_present', value: rules.online_counts_as_present, law: LAW_RULES.online_counts_as_present },
    { rule: 'vote_majority_of_present', value: rules.vote_majority_of_present, law: LAW_RULES.vote_majority_of_present },
    { rule: 'unexcused_absence_warning', value: rules.unexcused_absence_warning, law: LAW_RULES.unexcused_absence_warning },
    { rule: 'absence_window_months', value: rules.unexcused_absence_window_months, law: LAW_RULES.unexcused_absence_window_months },
    { rule: 'appeal_working_days', value: deadlines.appeal_working_days, law: LAW_RULES.appeal_working_days },
    { rule: 'appeal_extension_months', value: deadlines.appeal_extension_months, law: LAW_RULES.appeal_extension_months },
    { rule: 'letter_working_days', value: deadlines.letter_working_days, law: LAW_RULES.letter_working_days },
  ];
}

/** The config and the period as tables and variables the SQL reads. */
export async function writeSettings(db: Db, config: Config, periods: ComparedPeriods): Promise<void> {
  const rules = ruleSettings(config);
  // SET VARIABLE takes no bound parameters; values are numbers/booleans from the validated config.
  await run(db, rules.map(({ rule, value }) => `set variable ${rule} = ${typeof value === 'boolean' ? value : Number(value)}`).join(';\n'));
  // A yes/no rule is 1 or 0 in the table, so every rule is one number.
  const asNumber = (v: number | boolean) => Number(v);
  await writeTable(db, 'cfg_rules (rule varchar, value double, law_value double)', rules.map((r) => [r.rule, asNumber(r.value), asNumber(r.law)]));
  const periodRows = ([['current', periods.current], ['previous', periods.previous], ['year_ago', periods.yearAgo]] as const)
    .map(([role, p]) => [role, p.id, p.from, p.to]);
  await writeTable(db, 'cfg_periods (period_role varchar, period varchar, date_from date, date_to date)', periodRows);
  await writeTable(db, 'cfg_commissions (commission varchar, name varchar)', config.commissions.map((c) => [c.id, c.name]));
  await writeTable(db, 'cfg_convocations (convocation varchar, date_from date, date_to date)', config.convocations.map((c) => [c.id, c.from, c.to]));
  await writeTable(db, 'cfg_register_coverage (register varchar, date_from date, date_to date)',
    Object.entries(config.coverage).map(([register, span]) => [register, span!.from, span!.to ?? null]));
  // Every component, with 0 for those the config leaves out, so the report can print the full set.
  await writeTable(db, 'cfg_kpi_weights (component varchar, weight double)', KPI_COMPONENTS.map((c) => [c, config.kpi_weights[c] ?? 0]));
  // The metric ids, in the reports' order (sources/reference/metrics.json): every SQL list of metrics reads them.
  await writeTable(db, CFG_METRICS_TABLE, cfgMetricsRows());
}

/** A settings table, created afresh and filled in one INSERT with bound values (the table's types cast them). */
async function writeTable(db: Db, definition: string, rows: (string | number | boolean | null)[][]): Promise<void> {
  await run(db, `create or replace table ${definition}`);
  await insertRows(db, definition.split(' ')[0], rows);
}

/**
 * Runs every model and every check. Failing checks are returned, not thrown:
 * the caller decides (`kenes build` lists them and stops only when `--strict`).
 */
export async function buildModels(db: Db, config: Config, periods: ComparedPeriods, options: BuildOptions = {}): Promise<BuildResult> {
  await ensureSchema(db);
  const models = await loadModels();
  const part = options.only ? upstreamOf(models, options.only) : null;
  if (part && splitAtNameMatches(part).after.length === 0) return buildPart(db, config, periods, part, await findCalendar(options.workspace));
  const calendar = await findCalendar(options.workspace);
  const fingerprint = await buildFingerprint(db, config, periods, models, calendar);
  if (options.reuse && (await lastFingerprint(db)) === fingerprint) {
    return { models: tableNames(models), checks: options.checks === false ? [] : await runChecks(db, undefined, options.checkRows), reused: true };
  }
  const writeInputs = () => writeInputsOfModels(db, config, periods, calendar);
  // Names that are not member ids are resolved between the models that find them and those that count them.
  const { before, after } = splitAtNameMatches(models);
  const writeResolvedNames = async () => {
    await writeInputs();
    await runModels(db, before, writeInputs);
    await resolveNames(db);
  };
  await inTransaction(db, async () => {
    // Recorded first, in the build's transaction (only a build that completes leaves it): with the last batch it
    // sees, so the build's own steps and later readers know its dim_members is current (workspace/membersAtHand.ts).
    await run(db, 'create or replace table build_state (fingerprint varchar, built_at timestamp default current_timestamp, last_batch integer)');
    await run(db, 'insert into build_state (fingerprint, last_batch) select $fingerprint, max(batch_id) from batches', { fingerprint });
    await writeResolvedNames();
    await runModels(db, after, writeResolvedNames);
  });
  return { models: tableNames(models), checks: options.checks === false ? [] : await runChecks(db, undefined, options.checkRows), reused: false };
}

/** What the models read besides the raw tables: settings and the working-day calendar. */
async function writeInputsOfModels(db: Db, config: Config, periods: ComparedPeriods, calendar: string): Promise<void> {
  await writeSettings(db, config, periods);
  try {
    await loadCalendar(db, calendar);
  } catch (cause) {
    throw new KenesError('build.badCalendar', `the working-day calendar cannot be read: ${(cause as Error).message}`, {
      location: { file: calendar }, exitCode: 1, cause,
      hint: 'Expected a CSV with the header date,kind,name (see sources/reference/README.md).',
    });
  }
}

/** The named models and every model they read, in the models' order. */
function upstreamOf(models: Model[], names: string[]): Model[] {
  const wanted = new Set(names);
  // The models come in dependency order: going back from the last, a model's readers are seen before it.
  for (const model of [...models].reverse()) {
    if (wanted.has(model.name)) for (const other of models) if (other !== model && mentionsTable(model.sql, other.name)) wanted.add(other.name);
  }
  return models.filter((m) => wanted.has(m.name));
}

/** BuildOptions.only: the part's models, their inputs written first, in one transaction; no build state, no checks. */
async function buildPart(db: Db, config: Config, periods: ComparedPeriods, part: Model[], calendar: string): Promise<BuildResult> {
  const writeInputs = () => writeInputsOfModels(db, config, periods, calendar);
  await inTransaction(db, async () => {
    await writeInputs();
    await runModels(db, part, writeInputs);
  });
  return { models: tableNames(part), checks: [], reused: false };
}

/** The tables the models make (a macro is no table). */
const tableNames = (models: Model[]) => models.filter((m) => m.layer !== 'macros').map((m) => m.name);

/** The statement that makes a model: its table from its select, or a macro's own create statement. */
export const createSql = (model: Model) =>
  // The newline after the text: a script joins statements with ';', which a file's last line, were it a comment, would swallow.
  model.layer === 'macros' ? `${model.sql.replace(/;\s*$/, '')}\n` : `create or replace table ${quoteIdent(model.name)} as\n${model.sql}\n`;

/**
 * Every model in one script: one round trip to DuckDB instead of one per
 * model. DuckDB's error does not say which statement of a script failed, so
 * on a failure the models run again one by one, in a fresh transaction with
 * their inputs written again, to name the model — the slow way only when
 * something is wrong.
 */
export async function runModels(db: Db, models: Model[], writeInputs: () => Promise<void>): Promise<void> {
  try {
    await run(db, models.map(createSql).join(';\n'));
    return;
  } catch (scriptError) {
    await run(db, 'rollback');
    await run(db, 'begin transaction');
    await writeInputs();
    for (const model of models) {
      try {
        await run(db, createSql(model));
      } catch (cause) {
        throw new KenesError('build.modelFailed', `model ${model.name} failed: ${(cause as Error).message}`, {
          location: { file: `sql/${model.layer}/${model.name}.sql` }, exitCode: 1, cause,
        });
      }
    }
    throw scriptError;
  }
}

/** Everything the models are computed from, hashed: equal fingerprints mean equal marts. */
async function buildFingerprint(db: Db, config: Config, periods: ComparedPeriods, models: Model[], calendar: string): Promise<string> {
  const counts = await queryRows(db, REGISTERS.map((r) => `select '${rawTableName(r)}' as t, count(*) as n from ${rawTableName(r)}`).join(' union all '));
  const batches = await queryRows(db, 'select count(*) as n, max(batch_id) as last, max(loaded_at) as at from batches');
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ config, periods, metrics: cfgMetricsRows(), counts: counts.sort((a, b) => String(a.t).localeCompare(String(b.t))), batches }));
  for (const model of models) hash.update(`\0${model.name}\0${model.sql}`);
  hash.update(await readFile(calendar).catch(() => Buffer.from('no calendar')));
  return hash.digest('hex');
}

async function lastFingerprint(db: Db): Promise<string | null> {
  const exists = await queryValue<number>(db, `select count(*) from information_schema.tables where table_name = 'build_state'`);
  return exists ? queryValue<string | null>(db, 'select fingerprint from build_state limit 1') : null;
}

/** How many offending rows of a check are kept to show. */
const SAMPLE_ROWS = 20;

/**
 * Each file in sql/checks is a query returning the offending rows; none is a pass.
 * A check calls no macro of sql/macros: a build that reuses its models makes none.
 * Its first comment line says what it checks; a `-- severity: warn` line makes it a
 * warning (the default is error). All checks run as one query — each one's count
 * and first rows, as JSON — and, should that fail, one by one to name the check.
 */
export async function runChecks(db: Db, dir = join(SQL_DIR, 'checks'), sampleRows = SAMPLE_ROWS): Promise<CheckResult[]> {
  const checks = await Promise.all((await readdir(dir)).filter((f) => f.endsWith('.sql')).sort().map(async (file) => {
    const sql = await readFile(join(dir, file), 'utf8');
    const name = basename(file, '.sql');
    return { file, name, sql, description: /^--\s*(?!severity:)(.*)$/m.exec(sql)?.[1] ?? '', severity: readSeverity(sql, name) };
  }));
  if (checks.length === 0) return [];
  // row_number() over () numbers the rows as the check's own ORDER BY gives them; the sample keeps that order.
  const found = checks.map((c, i) => `select ${i} as check_index, row_number() over () as n, cast(to_json(found) as varchar) as sample
from (
${c.sql}
) as found`).join('\nunion all\n');
  const union = `select check_index, count(*) as failures, list(sample order by n) filter (where n <= ${Math.max(0, Math.trunc(sampleRows))}) as sample
from (
${found}
)
group by check_index`;
  let rows: Row[];
  try {
    rows = await queryRows(db, union);
  } catch (unionError) {
    for (const check of checks) {
      try {
        await queryRows(db, check.sql);
      } catch (cause) {
        throw new KenesError('build.checkFailed', `check ${check.name} failed to run: ${(cause as Error).message}`, {
          location: { file: `sql/checks/${check.file}` }, exitCode: 1, cause,
        });
      }
    }
    throw unionError;
  }
  return checks.map(({ name, description, severity }, i) => {
    const failed = rows.find((r) => r.check_index === i);
    const sample = ((failed?.sample ?? []) as string[]).map((json) => JSON.parse(json) as Row);
    return { name, description, severity, failures: Number(failed?.failures ?? 0), sample };
  });
}

function readSeverity(sql: string, name: string): Severity {
  const declared = /^--\s*severity:\s*(\S+)/im.exec(sql)?.[1]?.toLowerCase();
  if (declared === undefined || declared === 'error') return 'error';
  if (declared === 'warn' || declared === 'warning') return 'warn';
  throw new KenesError('build.badSeverity', `check ${name}: severity "${declared}" is not error or warn`, {
    location: { file: `sql/checks/${name}.sql` }, exitCode: 1,
  });
}
