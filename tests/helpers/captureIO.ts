import type { CliIO } from '../../cli/cli.ts';

/** A CliIO that keeps what a command prints, for tests that run the CLI in-process. */
export function captureIO(): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, isTTY: false, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}
