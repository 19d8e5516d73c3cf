#!/usr/bin/env node
// Entry point: lets Node run the TypeScript sources directly (no build step), then hands over to the CLI.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../pipelines/cli.ts');
process.exitCode = await runCli(process.argv.slice(2));
