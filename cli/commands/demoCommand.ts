import { Command } from 'commander';
import { example, loggerFor, type CliIO } from './cliSupport.ts';

export function demoCommand(io: CliIO): Command {
  return new Command('demo')
    .description('the whole flow on the embedded 2023 sample: copy it, ingest, build, report')
    .argument('[dir]', 'where to put the demo workspace', 'demo')
    .addHelpText('after', example('kenes demo /tmp/kenes-demo'))
    .action(async (dir: string) => {
      const [{ mkdir }, { resolve }, { runDemo }, { withWorkspaceLock }] = await Promise.all([
        import('node:fs/promises'), import('node:path'), import('../../pipelines/demo.ts'), import('../../workspace/workspaceLock.ts')]);
      await mkdir(resolve(dir), { recursive: true });
      const result = await withWorkspaceLock(resolve(dir), 'demo', () => runDemo(dir, loggerFor(io)));
      io.out(`demo workspace: ${result.workspace}`);
      for (const file of result.files) io.out(`  ${file}`);
    });
}
