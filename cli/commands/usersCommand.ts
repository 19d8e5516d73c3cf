import { Command, Option } from 'commander';
import { example, workspaceOption, type CliIO } from './cliSupport.ts';

/** `kenes users add NAME --role R`: who may use `kenes serve`; the password is read from stdin (typed, or piped). */
export function usersCommand(io: CliIO, readPassword: () => Promise<string> = readStdinLine): Command {
  const users = new Command('users').description('people who may use kenes serve (users.json in the workspace, passwords hashed with scrypt)');
  users.addCommand(new Command('add')
    .description('add a user, or set the role and password of one; the password is read from the terminal or stdin')
    .argument('<name>', 'user name (letters, digits, . _ -)')
    .addOption(new Option('--role <role>', 'what the user may do').choices(['secretariat', 'viewer']).makeOptionMandatory())
    .addOption(workspaceOption())
    .addHelpText('after', example('kenes users add aigerim --role secretariat', 'echo "a long password" | kenes users add analyst --role viewer'))
    .action(async (name: string, opts: { role: string; workspace: string }) => {
      const [{ openWorkspace }, { addUser }] = await Promise.all([import('../../workspace/workspace.ts'), import('../../serve/users.ts')]);
      const ws = await openWorkspace(opts.workspace);
      if (io.isTTY) io.err(`password for ${name}:`);
      const user = await addUser(ws.dir, name, opts.role, await readPassword());
      io.out(`user ${user.name} (${user.role}) saved in ${ws.dir}/users.json`);
    }));
  return users;
}

/** The first line of stdin, without echoing it when stdin is a terminal. */
async function readStdinLine(): Promise<string> {
  const stdin = process.stdin;
  const tty = stdin.isTTY;
  if (tty) stdin.setRawMode(true);
  try {
    let text = '';
    for await (const chunk of stdin) {
      text += String(chunk);
      const end = text.search(/[\r\n\u0003\u0004]/);
      if (end >= 0) {
        if (text[end] === '\u0003') throw new Error('cancelled');
        return text.slice(0, end);
      }
    }
    return text;
  } finally {
    if (tty) stdin.setRawMode(false);
    stdin.pause();
  }
}
