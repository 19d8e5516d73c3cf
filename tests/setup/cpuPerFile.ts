/**
 * `KENES_TEST_CPU=FILE npm test` appends one line per test file to FILE: the worker's CPU seconds from the file's start to
 * its end (imports included), the CPU of its child processes that ended (the CLI, LibreOffice; Linux only), the wall
 * seconds, the worker's pid and the file. Wall time on a shared 2-core machine says little about what a file costs; its
 * CPU does (issue 13: a suite in 150 s). Without the variable it does nothing.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';

const out = process.env.KENES_TEST_CPU;

/** The CPU seconds of this process's children that have ended (cutime + cstime of /proc/self/stat), 0 where there is no /proc. */
function childrenCpu(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return 0;
  }
}

if (out) {
  const cpu = process.cpuUsage();
  const children = childrenCpu();
  const started = Date.now();
  let file = '?';
  // (Vitest hands a hook its context first and the suite second; the file is the suite's.)
  beforeAll(({}, suite) => {
    file = (suite as { file?: { filepath?: string } }).file?.filepath ?? suite.name;
  });
  afterAll(() => {
    const used = process.cpuUsage(cpu);
    const seconds = (n: number) => n.toFixed(2);
    appendFileSync(out!, [seconds((used.user + used.system) / 1e6), seconds(childrenCpu() - children), seconds((Date.now() - started) / 1000), process.pid, file.replace(/.*\/tests\//, '')].join('\t') + '\n');
  });
}
