import { Command } from 'commander';
import { EXIT_USAGE, KenesError } from '../../sources/KenesError.ts';

/** A command of DESIGN.md that does not exist yet: listed, honest about it, exits 1. */
export function notBuiltCommand(name: string, what: string, issue: string): Command {
  return new Command(name)
    .description(`${what} (not built yet)`)
    .allowUnknownOption()
    .argument('[args...]')
    .action(() => {
      throw new KenesError('cli.notBuilt', `\`kenes ${name}\` is not built yet`, { exitCode: EXIT_USAGE, hint: `It is planned in the "${issue}" issue.` });
    });
}
