import { Command } from 'commander';
import { example, loggerFor, type CliIO } from './cliSupport.ts';

export function demoCommand(io: CliIO): Command {
  return new Command('demo')
    .description('the whole flow on the embedded 2023 sample: copy it, ingest, build, report')
    .argument('[dir]', 'where to put the demo workspace', 'demo')
    .addHelpText('after', example('kenes demo /tmp/kenes-demo'))
    .action(async (dir: string) => {
      const { runDemo } = await import('../demo.ts');
      const result = await runDemo(dir, loggerFor(io));
      io.out(`demo workspace: ${result.workspace}`);
      for (const file of result.files) io.out(`  ${file}`);
    });
}
