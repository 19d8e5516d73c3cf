import { Command, Option } from 'commander';
import { example, loggerFor, type CliIO } from './cliSupport.ts';

export function rollupCommand(io: CliIO): Command {
  return new Command('rollup')
    .description("national figures from a folder of councils' Parquet exports (`kenes export parquet`), read in place; a national workbook and dashboard comparing the councils")
    .argument('<dir>', 'the export folder')
    .requiredOption('-p, --period <period>', 'period: 2025, 2025-H1, 2025-Q3, 2025-05, 2016-01-01..2025-12-31')
    .addOption(new Option('-l, --lang <lang>', 'language of labels').choices(['ru', 'kk', 'en']).default('ru'))
    .option('-o, --out <dir>', 'output folder (default: DIR/out)')
    .option('--memory-limit <size>', "DuckDB's memory limit; beyond it, it spills to disk", '1GB')
    .option('--json', 'print the national totals as JSON')
    .addOption(new Option('--print-sql <engine>', "print the whole national run as one SQL script for the engine's own client (clickhouse-local, chDB, duckdb): its dialect step, then sql/national unchanged; runs nothing").choices(['duckdb', 'clickhouse']))
    .addHelpText('after', example('kenes rollup /srv/national --period 2025', 'kenes rollup /srv/national --period 2016-01-01..2025-12-31 --lang kk',
      'kenes rollup /srv/national --period 2025 --print-sql clickhouse > national.sql'))
    .action(async (dir: string, opts: { period: string; lang: 'ru' | 'kk' | 'en'; out?: string; memoryLimit: string; json?: boolean; printSql?: 'duckdb' | 'clickhouse' }) => {
      if (opts.printSql) {
        const [{ nationalScriptText }, { parsePeriod }] = await Promise.all([import('../../pipelines/national/rollup.ts'), import('../../pipelines/build/parsePeriod.ts')]);
        return io.out(await nationalScriptText(opts.printSql, dir, parsePeriod(opts.period).current));
      }
      const [{ rollup }, { terminalProgress }] = await Promise.all([import('../../pipelines/national/rollup.ts'), import('../terminalProgress.ts')]);
      const result = await rollup(dir, { period: opts.period, lang: opts.lang, out: opts.out, memoryLimit: opts.memoryLimit, logger: loggerFor(io), progress: terminalProgress() });
      if (opts.json || !io.isTTY) return io.out(JSON.stringify(result, null, 2));
      io.out(`${result.councils} councils, ${result.period}:`);
      for (const t of result.totals) io.out(`  ${String(t.metric).padEnd(24)} ${Number(t.value).toLocaleString('en-US')}`);
      for (const file of result.files) io.out(file);
    });
}
