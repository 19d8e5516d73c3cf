/**
 * `KENES_TEST_CPU=FILE npm test` appends one line per test file to FILE: the worker's CPU seconds from the file's start to
 * its end (imports included), the CPU of its child processes that ended (the CLI, LibreOffice; Linux only), the CPU its
 * live descendants spent meanwhile (the worker's Chromium, which ends only with the worker), the wall seconds, the file's
 * start and end (seconds since the epoch: where it ran in the run, alone or beside others), the worker's pid, the file, and
 * the worker's user and system seconds apart (the first column's two parts: DuckDB's page faults and madvise are system time).
 * tests/setup/cpuOfRun.ts adds a line for the main process and one for the run. Wall time on a shared 2-core machine says
 * little about what a file costs; its CPU does (issue 13: a suite in 150 s). Without the variable it does nothing.
 */
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';

const out = process.env.KENES_TEST_CPU;

/** Fields of /proc/PID/stat after the command's name (field 3, the state, first), or null when there is none. */
function stat(pid: number | 'self'): string[] | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return text.slice(text.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/** The CPU seconds of this process's children that have ended (cutime + cstime of /proc/self/stat), 0 where there is no /proc. */
function childrenCpu(): number {
  const fields = stat('self');
  return fields ? (Number(fields[13]) + Number(fields[14])) / 100 : 0;
}

/** The CPU seconds of this process's live descendants, with their own ended children (0 where there is no /proc). */
function descendantsCpu(): number {
  let pids: number[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map(Number);
  } catch {
    return 0;
  }
  const parent = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const pid of pids) {
    const fields = stat(pid);
    if (!fields) continue;
    parent.set(pid, Number(fields[1]));
    cpu.set(pid, (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / 100);
  }
  let sum = 0;
  for (const [pid, seconds] of cpu) {
    for (let up = parent.get(pid); up !== undefined && up > 1; up = parent.get(up)) {
      if (up === process.pid) {
        sum += seconds;
        break;
      }
    }
  }
  return sum;
}

if (out) {
  const cpu = process.cpuUsage();
  const children = childrenCpu();
  const descendants = descendantsCpu();
  const started = Date.now();
  let file = '?';
  // (Vitest hands a hook its context first and the suite second; the file is the suite's.)
  beforeAll(({}, suite) => {
    file = (suite as { file?: { filepath?: string } }).file?.filepath ?? suite.name;
  });
  afterAll(() => {
    const used = process.cpuUsage(cpu);
    const ended = Date.now();
    const seconds = (n: number) => n.toFixed(2);
    appendFileSync(out!, [seconds((used.user + used.system) / 1e6), seconds(childrenCpu() - children), seconds(Math.max(0, descendantsCpu() - descendants)),
      seconds((ended - started) / 1000), seconds(started / 1000), seconds(ended / 1000), process.pid, file.replace(/.*\/tests\//, ''), seconds(used.user / 1e6), seconds(used.system / 1e6)].join('\t') + '\n');
  });
}
