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
    .addHelpText('after', example('kenes rollup /srv/national --period 2025', 'kenes rollup /srv/national --period 2016-01-01..2025-12-31 --lang kk'))
    .action(async (dir: string, opts: { period: string; lang: 'ru' | 'kk' | 'en'; out?: string; memoryLimit: string; json?: boolean }) => {
      const [{ rollup }, { terminalProgress }] = await Promise.all([import('../rollup.ts'), import('../progress.ts')]);
      const result = await rollup(dir, { period: opts.period, lang: opts.lang, out: opts.out, memoryLimit: opts.memoryLimit, logger: loggerFor(io), progress: terminalProgress() });
      if (opts.json || !io.isTTY) return io.out(JSON.stringify(result, null, 2));
      io.out(`${result.councils} councils, ${result.period}:`);
      for (const t of result.totals) io.out(`  ${String(t.metric).padEnd(24)} ${Number(t.value).toLocaleString('en-US')}`);
      for (const file of result.files) io.out(file);
    });
}
