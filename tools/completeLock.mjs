#!/usr/bin/env node
// Completes package-lock.json after `npm install` on this machine's registry mirror.
//
// Why: the mirror serves only the linux builds of packages that ship native
// binaries per platform (@duckdb/node-bindings-*, @resvg/resvg-js-*). npm install
// then leaves the other platforms' optional packages out of the lock, and
// `npm ci` refuses such a lock as "not in sync". Each missing optional package
// gets an entry with its os/cpu/libc (read from its name), so npm ci accepts the
// lock and skips those packages on machines they do not fit.
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const packages = lock.packages;

function platformOf(name) {
  const os = ['darwin', 'linux', 'win32', 'android', 'freebsd'].find((o) => name.includes(`-${o}-`));
  const cpu = ['x64', 'arm64', 'ia32', 'arm'].find((c) => new RegExp(`-${c}(-|$)`).test(name));
  const libc = os === 'linux' ? (name.includes('musl') ? ['musl'] : ['glibc']) : undefined;
  return os && cpu ? { os: [os], cpu: [cpu], libc } : null;
}

let added = 0;
for (const [key, entry] of Object.entries(packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const depKey = `node_modules/${dep}`;
    if (packages[depKey]) continue;
    const platform = platformOf(dep);
    if (!platform) {
      console.error(`cannot tell the platform of ${dep} (needed by ${key || 'the root'}); add it by hand`);
      process.exitCode = 1;
      continue;
    }
    packages[depKey] = { version, cpu: platform.cpu, ...(platform.libc ? { libc: platform.libc } : {}), optional: true, os: platform.os };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)));
writeFileSync(path, JSON.stringify(lock, null, 2) + '\n');
console.log(`completeLock: ${added} optional platform package(s) added`);
