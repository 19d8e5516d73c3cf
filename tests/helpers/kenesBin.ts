/**
 * The kenes command a test starts as a process of its own (`node <kenesBin()> …`): the CLI compiled once for the
 * run (tests/setup/compiledCli.ts), bin/kenes.mjs as an installed package runs it; bin/kenes.mjs of the clone
 * (the sources through tsx) where a file runs without that setup.
 */
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';

export function kenesBin(): string {
  try {
    return inject('kenesBin') ?? fileURLToPath(new URL('../../bin/kenes.mjs', import.meta.url));
  } catch {
    return fileURLToPath(new URL('../../bin/kenes.mjs', import.meta.url));
  }
}
