/**
 * The kenes command line. The only place that exits, and with the command
 * files the only place that prints: commands call library functions, which
 * return values or throw KenesError.
 */
import { Command, CommanderError } from 'commander';
import { EXIT_DATA, EXIT_USAGE, KenesError } from '../sources/KenesError.ts';
import { backupCommand } from './commands/backupCommand.ts';
import { buildCommand } from './commands/buildCommand.ts';
import { checkCommand } from './commands/checkCommand.ts';
import { processIO, type CliIO } from './commands/cliSupport.ts';
import { demoCommand } from './commands/demoCommand.ts';
import { extractCommand } from './commands/extractCommand.ts';
import { ingestCommand } from './commands/ingestCommand.ts';
import { initCommand } from './commands/initCommand.ts';
import { queryCommand } from './commands/queryCommand.ts';
import { reportCommand } from './commands/reportCommand.ts';
import { rollupCommand } from './commands/rollupCommand.ts';
import { templateCommand } from './commands/templateCommand.ts';
import { exportCommand } from './commands/exportCommand.ts';
import { restoreCommand } from './commands/restoreCommand.ts';
import { serveCommand } from './commands/serveCommand.ts';
import { usersCommand } from './commands/usersCommand.ts';
import { explainDatabaseLock } from '../workspace/workspaceLock.ts';

export type { CliIO } from './commands/cliSupport.ts';

export function buildProgram(io: CliIO = processIO): Command {
  const program = new Command('kenes')
    .description('Registers and documents of a public council in; figures, workbooks and dashboards out.')
    .option('--debug', 'print stack traces of unexpected errors')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });

  const commands = [
    initCommand(io),
    ingestCommand(io),
    buildCommand(io),
    checkCommand(io),
    queryCommand(io),
    reportCommand(io),
    demoCommand(io),
    extractCommand(io),
    backupCommand(io),
    restoreCommand(io),
    templateCommand(io),
    exportCommand(io),
    rollupCommand(io),
    serveCommand(io),
    usersCommand(io),
  ];
  for (const command of commands) {
    // addCommand does not pass settings down the way .command() does: exits and output must stay ours.
    program.addCommand(command.copyInheritedSettings(program));
  }
  return program;
}

/** Runs the CLI and returns the exit code; `bin/kenes.mjs` exits with it. */
export async function runCli(argv: string[], io: CliIO = processIO): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    // DuckDB refusing a second process is not a bug: it becomes the same "workspace busy" message.
    const known = error instanceof KenesError ? error : explainDatabaseLock(error);
    if (known) {
      io.err(`error: ${known.toString()}`);
      return known.exitCode;
    }
    io.err(`Unexpected error: ${(error as Error)?.message ?? String(error)}`);
    if (argv.includes('--debug')) io.err((error as Error)?.stack ?? '');
    else io.err('Run again with --debug for details, and please report it.');
    return EXIT_DATA + 1;
  }
}
