#!/usr/bin/env node
/**
 * After `npm install` in a clone: apply patches/ to node_modules (patch-package).
 * An installed package has no patches/ and needs none (tools/buildPackage.mjs
 * bundles the patched exceljs), and patch-package would fail there, looking for
 * node_modules inside the package.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
if (existsSync(`${root}patches`) && existsSync(`${root}pipelines`)) {
  const run = spawnSync('npx', ['--no-install', 'patch-package'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  process.exit(run.status ?? 1);
}
