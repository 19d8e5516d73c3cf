/**
 * The minified browser builds of vega, vega-lite and vega-embed, read from
 * node_modules so the dashboard works offline (no CDN). The packages' `exports`
 * hide their build folders from require.resolve('vega/build/vega.min.js'), so
 * we resolve each package's entry point and walk up to its package.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { EXIT_USAGE, KenesError } from '../../sources/KenesError.ts';

const BUNDLES = [
  { pkg: 'vega', file: 'build/vega.min.js' },
  { pkg: 'vega-lite', file: 'build/vega-lite.min.js' },
  { pkg: 'vega-embed', file: 'build/vega-embed.min.js' },
] as const;

let cached: Promise<string[]> | undefined;

/** The three scripts, in load order (vega-lite needs vega, vega-embed needs both). Read once per process. */
export function readVegaBundles(): Promise<string[]> {
  cached ??= Promise.all(BUNDLES.map(({ pkg, file }) => readFile(join(packageRoot(pkg), file), 'utf8'))).catch((error: unknown) => {
    cached = undefined;
    throw new KenesError('report.vegaMissing', `Cannot read the Vega scripts for the dashboard: ${(error as Error).message}`, {
      hint: 'Run npm install in the kenes folder.',
      exitCode: EXIT_USAGE,
      cause: error,
    });
  });
  return cached;
}

function packageRoot(pkg: string): string {
  const require = createRequire(import.meta.url);
  let dir = dirname(require.resolve(pkg));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === pkg) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`package.json of ${pkg} not found`);
    dir = parent;
  }
}
