#!/usr/bin/env node
/**
 * Builds what `npm pack` ships: the CLI as plain JavaScript in dist/, so an
 * installed kenes starts without compiling TypeScript (tsx stays for
 * development, see bin/kenes.mjs).
 *
 * exceljs is bundled in, from this clone's node_modules — that is, with
 * patches/exceljs+4.4.0.patch applied: patch-package can only patch the
 * project it runs in, and an installed kenes must not read registers with the
 * unpatched streaming decoder (it changes Cyrillic text). So exceljs is a
 * devDependency: a clone installs it (and patches it) for development, an
 * installed package carries it bundled and never downloads it and its 180
 * packages again. Every dependency stays an import, installed by npm as usual
 * (two are native); whatever the CLI imports beyond them is bundled.
 * Commands load their modules on demand (esbuild splits them into chunks), so
 * `kenes --help` does not parse DuckDB, exceljs and vega first.
 */
import { build } from 'esbuild';
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const manifest = JSON.parse(await readFile(`${root}package.json`, 'utf8'));
const external = Object.keys(manifest.dependencies).flatMap((name) => [name, `${name}/*`]);

/**
 * The CLI's JavaScript in `dist` (emptied first). Its modules find sql/ and sources/ in the folder above `dist`
 * (workspace/paths.ts) and the dependencies in the node_modules above it: the test suite builds one in a folder
 * whose sql/ and sources/ lead to the clone's (tests/setup/compiledCli.ts).
 */
export async function buildDist(dist) {
  await rm(dist, { recursive: true, force: true });
  await build({
    entryPoints: { cli: `${root}cli/cli.ts` },
    outdir: dist,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external,
    // exceljs and its dependencies are CommonJS and call require() for Node's own modules.
    banner: { js: "import { createRequire as __kenesRequire } from 'node:module'; const require = __kenesRequire(import.meta.url);" },
    logLevel: 'warning',
  });
  // Files the code reads next to itself (new URL('./…', import.meta.url)); sql/ and sources/ ship as they are.
  await mkdir(dist, { recursive: true });
  for (const file of ['reports/dashboard/dashboard.css', 'reports/dashboard/dashboardClient.js']) {
    await copyFile(`${root}${file}`, `${dist}/${file.slice(file.lastIndexOf('/') + 1)}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildDist(`${root}dist`);
