/** What every command file shares: where output goes, the logger, the --workspace option. */
import { Option } from 'commander';
import type { Logger } from '../Logger.ts';

export interface CliIO {
  out: (text: string) => void;
  err: (text: string) => void;
  isTTY: boolean;
}

export const processIO: CliIO = {
  out: (t) => process.stdout.write(t + '\n'),
  err: (t) => process.stderr.write(t + '\n'),
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
