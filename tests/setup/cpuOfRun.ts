/**
 * Global setup: with `KENES_TEST_CPU=FILE`, one line for Vitest's main process when the run ends, in the columns of
 * tests/setup/cpuPerFile.ts — its own CPU seconds (collecting, transforming the TypeScript for the workers, reporting),
 * its wall seconds from the global setup to the teardown, their start and end. tools/test.mjs adds the type check's
 * line and the whole run's. Without the variable it does nothing.
 */
import { appendFileSync } from 'node:fs';

export default function setup(): (() => void) | undefined {
  const out = process.env.KENES_TEST_CPU;
  if (!out) return undefined;
  const started = Date.now();
  const cpu = process.cpuUsage();
  return () => {
    const own = process.cpuUsage();
    const ended = Date.now();
    const seconds = (n: number) => n.toFixed(2);
    // (Before the global setup the process had already started Vite and collected the files: that CPU counts too.)
    appendFileSync(out, [seconds((own.user + own.system) / 1e6), '0.00', '0.00', seconds((ended - started) / 1000), seconds(started / 1000), seconds(ended / 1000), process.pid,
      `(vitest main process; ${seconds((cpu.user + cpu.system) / 1e6)} s of it before the global setup)`].join('\t') + '\n');
  };
}
