#!/usr/bin/env node
/**
 * `npm test`: the type check and the test files at the same time, failing if either fails. One after
 * the other, tsc (one thread, ~16 s of CPU from cold) left the second core idle while it ran; beside
 * Vitest it takes the time the test files leave free. Arguments go to `vitest run`. tsc keeps what it
 * checked in .tmp/ (--incremental), so a run after a small change checks only what changed.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
    child.on('error', (error) => {
      console.error(`${command}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const [types, tests] = await Promise.all([
  run(bin('tsc'), ['--noEmit', '--incremental', '--tsBuildInfoFile', '.tmp/tsc-test.tsbuildinfo']),
  run(bin('vitest'), ['run', ...process.argv.slice(2)]),
]);
if (types !== 0) console.error('npm test: the type check failed (tsc --noEmit)');
process.exit(types || tests);
