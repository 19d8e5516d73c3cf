/**
 * The kenes command line. The only place that prints or exits: commands call
 * library functions, which return values or throw KenesError.
 */
import { join, resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { EXIT_DATA, EXIT_USAGE, KenesError, formatLocation } from '../sources/KenesError.ts';
import type { Logger } from './Logger.ts';

export interface CliIO {
  out: (text: string) => void;
  err: (text: string) => void;
  isTTY: boolean;
}

const defaultIO: CliIO = {
  out: (t) => process.stdout.write(t + '\n'),
  err: (t) => process.stderr.write(t + '\n'),
  isTTY: Boolean(process.stdout.isTTY),
};

function loggerFor(io: CliIO, quiet = false): Logger {
  return { info: (m) => { if (!quiet) io.err(m); }, warn: (m) => io.err(`warning: ${m}`) };
}

const workspaceOption = () => new Option('-w, --workspace <dir>', 'workspace folder').default('.');

export function buildProgram(io: CliIO = defaultIO): Command {
  const program = new Command('kenes')
    .description('Registers and documents of a public council in; figures, workbooks and dashboards out.')
    .option('--debug', 'print stack traces of unexpected errors')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });

  program.command('init')
    .description('create a workspace: kenes.config.json, inputs/, out/')
    .argument('<dir>', 'folder to create')
    .option('--council <name>', 'council name', 'Общественный совет')
    .addHelpText('after', '\nExample:\n  kenes init almaty --council "Общественный совет г. Алматы"')
    .action(async (dir: string, opts: { council: string }) => {
      const { initWorkspace } = await import('./workspace.ts');
      const ws = await initWorkspace(dir, opts.council);
      io.out(`workspace ready: ${ws.dir}\n  config  ${join(ws.dir, 'kenes.config.json')}\n  inputs  ${ws.inputsDir}\n  out     ${ws.outDir}\n  db      ${ws.dbPath}`);
    });

  program.command('ingest')
    .description('load register files (.xlsx, .csv) into the workspace database, one all-or-nothing batch')
    .argument('<files...>', 'register files')
    .addOption(workspaceOption())
    .option('-r, --register <id>', 'treat every file as this register')
    .option('--json', 'print the result as JSON')
    .addHelpText('after', '\nExamples:\n  kenes ingest inputs/appeals.csv inputs/members.xlsx\n  kenes ingest export.csv --register letters')
    .action(async (files: string[], opts: { workspace: string; register?: string; json?: boolean }) => {
      const [{ openWorkspace }, { openDatabase }, { ingestFiles }] = await Promise.all([
        import('./workspace.ts'), import('./db.ts'), import('./ingest.ts')]);
      const ws = await openWorkspace(opts.workspace);
      const db = await openDatabase(ws.dbPath);
      try {
        const result = await ingestFiles(db, files.map((f) => resolve(f)), { config: ws.config, logger: loggerFor(io), register: opts.register });
        if (opts.json || !io.isTTY) return io.out(JSON.stringify(result, null, 2));
        io.out(`batch ${result.batchId}:`);
        for (const t of result.tables) {
          io.out(`  ${t.file}${t.sheet ? ` [${t.sheet}]` : ''} → ${t.register}: ${t.loaded} rows loaded, ${t.rejected} rejected`);
        }
        for (const r of result.rejects.slice(0, 20)) {
          io.out(`  rejected ${formatLocation({ file: r.source_file, sheet: r.source_sheet ?? undefined, row: r.source_row, column: r.column_name ?? undefined })} — ${r.reason}`);
        }
        if (result.rejects.length > 20) io.out(`  … ${result.rejects.length - 20} more in the rejects table (kenes query "select * from rejects")`);
      } finally {
        db.close();
      }
    });

  program.command('build')
    .description('run the SQL models (staging → core → marts) and the data checks')
    .addOption(workspaceOption())
    .option('-p, --period <period>', 'period the marts are computed for (default: config default_period, else the current year)')
    .addHelpText('after', '\nExample:\n  kenes build --period 2023')
    .action(async (opts: { workspace: string; period?: string }) => {
      const { withBuiltWorkspace } = await import('./report.ts');
      await withBuiltWorkspace(opts.workspace, opts.period, loggerFor(io), async (_ws, _db, build) => {
        io.out(`built ${build.models.length} models for ${build.period}`);
        printChecks(io, build.checks);
      });
    });

  program.command('check')
    .description('run the data checks and list the failing rows with their locations (exit 2 if any fail)')
    .addOption(workspaceOption())
    .option('-p, --period <period>', 'period')
    .addHelpText('after', '\nExample:\n  kenes check --period 2023')
    .action(async (opts: { workspace: string; period?: string }) => {
      const { withBuiltWorkspace } = await import('./report.ts');
      await withBuiltWorkspace(opts.workspace, opts.period, loggerFor(io), async (_ws, _db, build) => {
        printChecks(io, build.checks, true);
        const failing = build.checks.filter((c) => c.failures > 0);
        if (failing.length > 0) {
          throw new KenesError('check.failed', `${failing.length} data check(s) found problems`, { exitCode: EXIT_DATA });
        }
      });
    });

  program.command('query')
    .description('run SQL against the workspace database')
    .argument('<sql>', 'a query, e.g. "select * from mart_period_metrics"')
    .addOption(workspaceOption())
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'csv', 'json']))
    .addHelpText('after', `\nExample:\n  kenes query "select metric, value from mart_period_metrics order by metric"`)
    .action(async (sql: string, opts: { workspace: string; format?: 'table' | 'csv' | 'json' }) => {
      const [{ openWorkspace }, { openDatabase, queryRows }, { formatRows }] = await Promise.all([
        import('./workspace.ts'), import('./db.ts'), import('./formatRows.ts')]);
      const ws = await openWorkspace(opts.workspace);
      const db = await openDatabase(ws.dbPath);
      try {
        const rows = await queryRows(db, sql).catch((cause: Error) => {
          throw new KenesError('query.failed', cause.message, { exitCode: EXIT_USAGE, hint: 'Tables: raw_*, stg_*, dim_*, fct_*, mart_*, rejects, batches.' });
        });
        io.out(formatRows(rows, opts.format ?? (io.isTTY ? 'table' : 'json')));
      } finally {
        db.close();
      }
    });

  program.command('report')
    .description('write the annual workbook and the dashboard for a period')
    .addOption(workspaceOption())
    .option('-p, --period <period>', 'period: 2025, 2025-H1, 2025-Q3, 2025-05, 2025-05-01..2025-12-31, convocation:IV')
    .addOption(new Option('-l, --lang <lang>', 'language of labels').choices(['ru', 'kk', 'en']))
    .option('-o, --out <dir>', 'output folder (default: the workspace out/)')
    .option('--public', 'leave out all personal data of applicants')
    .addHelpText('after', '\nExample:\n  kenes report --period 2023 --lang kk')
    .action(async (opts: { workspace: string; period?: string; lang?: 'ru' | 'kk' | 'en'; out?: string; public?: boolean }) => {
      const { writeReport } = await import('./report.ts');
      const result = await writeReport(opts.workspace, { period: opts.period, lang: opts.lang, out: opts.out, public: opts.public, logger: loggerFor(io) });
      for (const file of result.files) io.out(file);
    });

  program.command('demo')
    .description('the whole flow on the embedded 2023 sample: copy it, ingest, build, report')
    .argument('[dir]', 'where to put the demo workspace', 'demo')
    .addHelpText('after', '\nExample:\n  kenes demo /tmp/kenes-demo')
    .action(async (dir: string) => {
      const { runDemo } = await import('./demo.ts');
      const result = await runDemo(dir, loggerFor(io));
      io.out(`demo workspace: ${result.workspace}`);
      for (const file of result.files) io.out(`  ${file}`);
    });

  for (const [name, what, issue] of [
    ['extract', 'turn a protocol or a narrative report into JSON', 'document extracts'],
    ['template', 'write Excel input templates, one per register', 'reports'],
    ['export', 'secretariat exports (quarterly summaries)', 'reports'],
    ['rollup', 'national figures from many councils\' Parquet exports', 'scale'],
  ] as const) {
    program.command(name)
      .description(`${what} (not built yet)`)
      .allowUnknownOption()
      .argument('[args...]')
      .action(() => {
        throw new KenesError('cli.notBuilt', `\`kenes ${name}\` is not built yet`, { exitCode: EXIT_USAGE, hint: `It is planned in the "${issue}" issue.` });
      });
  }
  return program;
}

function printChecks(io: CliIO, checks: { name: string; description: string; failures: number; sample: Record<string, unknown>[] }[], detailed = false): void {
  for (const c of checks) {
    io.out(`  ${c.failures === 0 ? 'ok  ' : 'FAIL'} ${c.name}${c.failures ? ` — ${c.failures} row(s)` : ''}`);
    if (c.failures && detailed) {
      for (const r of c.sample) io.out(`       ${r.source_file ?? ''}${r.source_row ? `:row ${r.source_row}` : ''} — ${r.problem ?? JSON.stringify(r)}`);
      if (c.failures > c.sample.length) io.out(`       … ${c.failures - c.sample.length} more`);
    }
  }
}

/** Runs the CLI and returns the exit code; `bin/kenes.mjs` exits with it. */
export async function runCli(argv: string[], io: CliIO = defaultIO): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    if (error instanceof KenesError) {
      io.err(`error: ${error.toString()}`);
      return error.exitCode;
    }
    io.err(`Unexpected error: ${(error as Error)?.message ?? String(error)}`);
    if (argv.includes('--debug')) io.err((error as Error)?.stack ?? '');
    else io.err('Run again with --debug for details, and please report it.');
    return EXIT_DATA + 1;
  }
}


