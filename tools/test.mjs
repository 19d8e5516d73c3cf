#!/usr/bin/env node
/**
 * `npm test`: the type check and the test files at the same time, failing if either fails. One after
 * the other, tsc (one thread, ~16 s of CPU from cold) left the second core idle while it ran; beside
 * Vitest it takes the time the test files leave free. Arguments go to `vitest run`. tsc keeps what it
 * checked in .tmp/ (tsconfig.json: incremental) and runs in build mode (-b): when no file changed since a
 * check that passed it reads no file at all — 0.5 s of CPU where `tsc --noEmit --incremental` took 8.4 s
 * (it parses and binds all 1,560 files, 207k lines of type definitions, before it sees that nothing
 * changed); after a change it checks what the change reaches (a cold check: ~28 s of CPU).
 * With KENES_TEST_CPU=FILE (tests/setup/cpuPerFile.ts) it adds the type check's CPU and wall seconds and
 * the whole run's (Linux: the CPU of the children that ended, from /proc/self/stat).
 */
import { spawn } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
const cpuFile = process.env.KENES_TEST_CPU;
const started = Date.now();

/** CPU seconds of this process's children that ended (tsc, Vitest and all they started), 0 without /proc. */
function childrenCpu() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return 0;
  }
}

/** One line in cpuPerFile.ts's columns: CPU, 0, 0, wall, start, end, pid, what. */
function record(cpu, from, pid, what) {
  if (!cpuFile) return;
  const seconds = (n) => n.toFixed(2);
  const now = Date.now();
  appendFileSync(cpuFile, [seconds(cpu), '0.00', '0.00', seconds((now - from) / 1000), seconds(from / 1000), seconds(now / 1000), pid, what].join('\t') + '\n');
}

let counted = 0;

function run(command, args, what) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
    child.on('error', (error) => {
      console.error(`${command}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => {
      // Each child's CPU is what the ended children's grew by when it ended (Node reaps it before 'exit').
      const cpu = childrenCpu() - counted;
      counted += cpu;
      record(cpu, started, child.pid, what);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

const [types, tests] = await Promise.all([
  run(bin('tsc'), ['-b'], '(tsc, the type check)'),
  run(bin('vitest'), ['run', ...process.argv.slice(2)], '(vitest: its main process, workers and all they started)'),
]);
record(childrenCpu(), started, process.pid, '(npm test: the type check, Vitest and all they started)');
if (types !== 0) console.error('npm test: the type check failed (tsc -b)');
process.exit(types || tests);
