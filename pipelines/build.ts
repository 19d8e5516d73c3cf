/**
 * `kenes build`: the workspace's settings into cfg_ tables, then every SQL
 * model (staging → core → marts) in dependency order, then the data checks.
 * A model is a file whose name is the table it creates and whose text is one
 * select; the order comes from which model names each file mentions.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { KenesError } from '../sources/KenesError.ts';
import type { Config } from './config.ts';
import { inTransaction, queryRows, quoteIdent, run, type Db, type Row } from './db.ts';
import { ensureSchema } from './ensureSchema.ts';
import type { ComparedPeriods } from './parsePeriod.ts';
import { SQL_DIR } from './paths.ts';

const LAYERS = ['staging', 'core', 'marts'] as const;

export interface Model {
  name: string;
  layer: string;
  path: string;
  sql: string;
}

export interface CheckResult {
  name: string;
  description: string;
  failures: number;
  sample: Row[];
}

export interface BuildResult {
  models: string[];
  checks: CheckResult[];
}

export async function loadModels(dir = SQL_DIR): Promise<Model[]> {
  const models: Model[] = [];
  for (const layer of LAYERS) {
    for (const file of (await readdir(join(dir, layer))).filter((f) => f.endsWith('.sql')).sort()) {
      const path = join(dir, layer, file);
      models.push({ name: basename(file, '.sql'), layer, path, sql: await readFile(path, 'utf8') });
    }
  }
  return orderModels(models);
}

/** Dependency order: a model runs after every model whose name it mentions. */
export function orderModels(models: Model[]): Model[] {
  const byName = new Map(models.map((m) => [m.name, m]));
  const deps = new Map(models.map((m) => {
    const text = stripComments(m.sql);
    return [m.name, models.filter((o) => o !== m && new RegExp(`\\b${o.name}\\b`).test(text)).map((o) => o.name)];
  }));
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

function stripComments(sql: string): string {
  return sql.replace(/--.*$/gm, '');
}

/** The config and the period as tables and variables the SQL reads. */
export async function writeSettings(db: Db, config: Config, periods: ComparedPeriods): Promise<void> {
  const vars: Record<string, number | boolean> = {
    quorum_share: config.rules.quorum_share,
    online_counts_as_present: config.rules.online_counts_as_present,
    vote_majority_of_present: config.rules.vote_majority_of_present,
    unexcused_absence_warning: config.rules.unexcused_absence_warning,
    absence_window_months: config.rules.unexcused_absence_window_months,
    appeal_working_days: config.deadlines.appeal_working_days,
    letter_working_days: config.deadlines.letter_working_days,
  };
  for (const [name, value] of Object.entries(vars)) {
    // SET VARIABLE takes no bound parameters; values are numbers/booleans from the validated config.
    await run(db, `set variable ${name} = ${typeof value === 'boolean' ? value : Number(value)}`);
  }
  await run(db, 'create or replace table cfg_periods (period_role varchar, period varchar, date_from date, date_to date)');
  for (const [role, p] of [['current', periods.current], ['previous', periods.previous], ['year_ago', periods.yearAgo]] as const) {
    await run(db, 'insert into cfg_periods values ($role, $id, cast($from as date), cast($to as date))', { role, id: p.id, from: p.from, to: p.to });
  }
  await run(db, 'create or replace table cfg_commissions (commission varchar, name varchar)');
  for (const c of config.commissions) await run(db, 'insert into cfg_commissions values ($id, $name)', { id: c.id, name: c.name });
  await run(db, 'create or replace table cfg_kpi_weights (component varchar, weight double)');
  for (const [component, weight] of Object.entries(config.kpi_weights)) {
    await run(db, 'insert into cfg_kpi_weights values ($component, $weight)', { component, weight });
  }
}

export async function buildModels(db: Db, config: Config, periods: ComparedPeriods): Promise<BuildResult> {
  await ensureSchema(db);
  const models = await loadModels();
  await inTransaction(db, async () => {
    await writeSettings(db, config, periods);
    for (const model of models) {
      try {
        await run(db, `create or replace table ${quoteIdent(model.name)} as\n${model.sql}`);
      } catch (cause) {
        throw new KenesError('build.modelFailed', `model ${model.name} failed: ${(cause as Error).message}`, {
          location: { file: `sql/${model.layer}/${model.name}.sql` }, exitCode: 1, cause,
        });
      }
    }
  });
  return { models: models.map((m) => m.name), checks: await runChecks(db) };
}

/** Each file in sql/checks is a query returning the offending rows; none is a pass. */
export async function runChecks(db: Db, dir = join(SQL_DIR, 'checks')): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.sql')).sort()) {
    const sql = await readFile(join(dir, file), 'utf8');
    const description = /^--\s*(.*)$/m.exec(sql)?.[1] ?? '';
    const rows = await queryRows(db, sql);
    results.push({ name: basename(file, '.sql'), description, failures: rows.length, sample: rows.slice(0, 20) });
  }
  return results;
}
