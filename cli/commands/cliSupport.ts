/** What every command file shares: where output goes, the logger, the --workspace option, subcommands. */
import { type Command, Option } from 'commander';
import type { Logger } from '../../workspace/Logger.ts';
import { cleanOutputText } from '../../reports/cleanOutputText.ts';

export interface CliIO {
  out: (text: string) => void;
  err: (text: string) => void;
  isTTY: boolean;
}

/**
 * What reaches a terminal is cleaned (cleanOutputText): messages quote input text (a file name, a value, a
 * check's failing row), and an escape character in it could rewrite the screen. Output piped to a program
 * (JSON, CSV) is left exact; JSON escapes control characters itself and CSV is cleaned by formatRows.
 */
const forTerminal = (text: string) => cleanOutputText(text).text;

export const processIO: CliIO = {
  out: (t) => process.stdout.write((process.stdout.isTTY ? forTerminal(t) : t) + '\n'),
  err: (t) => process.stderr.write(forTerminal(t) + '\n'),
  isTTY: Boolean(process.stdout.isTTY),
};

/** Progress and warnings go to stderr, so stdout stays clean for JSON and CSV. */
export function loggerFor(io: CliIO): Logger {
  return { info: (m) => io.err(m), warn: (m) => io.err(`warning: ${m}`) };
}

export const workspaceOption = () => new Option('-w, --workspace <dir>', 'workspace folder').default('.');

export function example(...lines: string[]): string {
  return `\nExample${lines.length > 1 ? 's' : ''}:\n${lines.map((l) => `  ${l}`).join('\n')}`;
}

/**
 * Attaches subcommands that inherit the program's settings (exitOverride, output)
 * when the parent does: cli.ts copies them onto each top-level command only, and
 * a subcommand without them would exit the process on a usage error.
 */
export function withSubcommands(parent: Command, subcommands: Command[]): Command {
  for (const sub of subcommands) parent.addCommand(sub);
  const copy = parent.copyInheritedSettings.bind(parent);
  parent.copyInheritedSettings = (source: Command) => {
    copy(source);
    for (const sub of subcommands) sub.copyInheritedSettings(parent);
    return parent;
  };
  return parent;
}
