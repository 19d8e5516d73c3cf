#!/usr/bin/env node
// Entry point: lets Node run the TypeScript sources directly (no build step), then hands over to the CLI.
import { register } from 'tsx/esm/api';

register();
// `kenes query … | head` closes the pipe early: that ends the output, not with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
const { runCli } = await import('../pipelines/cli.ts');
process.exitCode = await runCli(process.argv.slice(2));
