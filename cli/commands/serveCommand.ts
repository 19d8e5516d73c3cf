import { Command } from 'commander';
import { example, workspaceOption, type CliIO } from './cliSupport.ts';

/** `kenes serve`: the workspace in a browser; runs until stopped (Ctrl+C). */
export function serveCommand(io: CliIO): Command {
  return new Command('serve')
    .description('the workspace in a browser: upload registers and documents, fix rejects, review, build, download (on 127.0.0.1 unless users are set up)')
    .addOption(workspaceOption())
    .option('--port <port>', 'port', '8040')
    .option('--host <host>', 'address to listen on; another than 127.0.0.1 needs users (kenes users add)', '127.0.0.1')
    .option('--origin <url>', 'the address people open behind an HTTPS reverse proxy (https://kenes.example.kz)')
    .option('--no-open', 'do not open the browser (it opens on a desktop, when run from a terminal)')
    .addHelpText('after', example('kenes serve', 'kenes serve --workspace almaty --port 8040',
      'kenes serve --host 0.0.0.0 --origin https://kenes.council.kz   (users set up with kenes users add)'))
    .action(async (opts: { workspace: string; port: string; host: string; origin?: string; open: boolean }) => {
      const [{ openWorkspace }, { startServer }] = await Promise.all([import('../../workspace/workspace.ts'), import('../../serve/startServer.ts')]);
      const ws = await openWorkspace(opts.workspace);
      const running = await startServer(ws, { host: opts.host, port: Number(opts.port), origin: opts.origin });
      io.out(`kenes serve: ${running.url} (workspace ${ws.dir}; Ctrl+C stops)`);
      if (opts.open && io.isTTY) openBrowser(running.url);
      await new Promise<void>((resolve) => {
        const stop = () => { void running.close().then(resolve); };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}

/** The desktop's browser on `url`, when there is a desktop; nothing happens (and nothing fails) otherwise. */
function openBrowser(url: string): void {
  const desktop = process.platform === 'darwin' || process.platform === 'win32' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (!desktop) return;
  const [command, args] = process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
  void import('node:child_process').then(({ spawn }) => {
    const child = spawn(command, args as string[], { detached: true, stdio: 'ignore' });
    child.on('error', () => undefined);
    child.unref();
  });
}
