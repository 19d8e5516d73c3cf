#!/usr/bin/env node
// Entry point. In a clone, Node runs the TypeScript sources through tsx (no build step);
// an installed package runs the JavaScript that tools/buildPackage.mjs wrote to dist/.
import { existsSync } from 'node:fs';

// `kenes query … | head` closes the pipe early: that ends the output, not with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
const sources = new URL('../cli/cli.ts', import.meta.url);
let runCli;
if (existsSync(sources)) {
  const { register } = await import('tsx/esm/api');
  register();
  ({ runCli } = await import(sources.href));
} else {
  ({ runCli } = await import('../dist/cli.mjs'));
}
process.exitCode = await runCli(process.argv.slice(2));
