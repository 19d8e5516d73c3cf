/**
 * Data checks with severities, and the working-day calendar a workspace can
 * override: `kenes build` lists an error-level check and builds (exit 0), stops
 * (exit 2) on it only with --strict; `kenes check` lists the offending rows with file:row.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/cli.ts';
import { queryRows, openDatabase } from '../../workspace/db.ts';
import { useTempDir } from '../helpers/tempDir.ts';
import { captureIO } from '../helpers/captureIO.ts';

const tempDir = useTempDir();

const capture = captureIO;

async function workspaceWith(files: Record<string, string>): Promise<string> {
  const dir = await tempDir();
  const ws = join(dir, 'ws');
  expect(await runCli(['init', ws], capture())).toBe(0);
  const paths = [];
  for (const [name, text] of Object.entries(files)) {
    await writeFile(join(dir, name), text);
    paths.push(join(dir, name));
  }
  expect(await runCli(['ingest', ...paths, '-w', ws], capture())).toBe(0);
  return ws;
}

const MEMBERS = 'member_id,full_name,commission,joined_on\nM1,Сериков Арман Болатович,1,2022-05-20\nM2,Тасова Алия Ерлановна,1,2024-07-01\n';
const MEETINGS = 'meeting_id,body,date\nC1,council,2024-02-15\n';

describe('data checks', () => {
  it('an error-level check (attendance before joining) is listed by kenes build, which stops (exit 2) only with --strict; kenes check shows the row', async () => {
    const ws = await workspaceWith({
      'members.csv': MEMBERS,
      'meetings.csv': MEETINGS,
      'attendance.csv': 'meeting_id,member,status\nC1,M1,present\nC1,M2,present\n',
    });
    const build = capture();
    expect(await runCli(['build', '-w', ws, '-p', '2024'], build)).toBe(0);
    expect(build.stdout.join('\n')).toContain('FAIL attendance_within_membership — error, 1 row');
    expect(build.stdout.at(-1)).toBe('built; 1 data error, 0 warnings — see kenes check');
    const strict = capture();
    expect(await runCli(['build', '-w', ws, '-p', '2024', '--strict'], strict)).toBe(2);
    expect(strict.stderr.join('\n')).toContain('--strict: 1 data error in 1 check(s): attendance_within_membership');
    const check = capture();
    expect(await runCli(['check', '-w', ws, '-p', '2024'], check)).toBe(2);
    expect(check.stdout.join('\n')).toContain('attendance.csv:row 3 — M2 recorded present at C1 on 2024-02-15 but was a member 2024-07-01 – …');
  });

  it('warnings alone do not stop the build: a vote count that does not add up', async () => {
    const ws = await workspaceWith({
      'members.csv': MEMBERS.replace('2024-07-01', '2022-05-20'),
      'meetings.csv': MEETINGS,
      'attendance.csv': 'meeting_id,member,status\nC1,M1,present\nC1,M2,present\n',
      'votes.csv': 'meeting_id,item_no,for,against,abstain,declared\nC1,1,1,0,0,adopted\n',
    });
    const build = capture();
    expect(await runCli(['build', '-w', ws, '-p', '2024'], build)).toBe(0);
    expect(build.stdout.join('\n')).toContain('WARN votes_add_up — warning, 1 row');
    // …and votes_outcome_declared: 1 for of 2 present is rejected by the rule, declared adopted.
    expect(build.stdout.at(-1)).toBe('built; 0 data errors, 2 warnings — see kenes check');
    const check = capture();
    expect(await runCli(['check', '-w', ws, '-p', '2024'], check)).toBe(0);
    expect(check.stdout.join('\n')).toContain('votes.csv:row 2 — meeting C1 item 1: 1 votes but 2 present');
  });

  it("the workspace's own calendar-kz.csv replaces the shipped one", async () => {
    const ws = await workspaceWith({ 'letters.csv': 'letter_id,sent_on,addressee\nL1,2024-03-05,D1\n' });
    const due = async () => {
      const db = await openDatabase(join(ws, 'kenes.duckdb'));
      try {
        return (await queryRows(db, 'select due_on from fct_letters'))[0].due_on;
      } finally {
        db.close();
      }
    };
    expect(await runCli(['build', '-w', ws, '-p', '2024'], capture())).toBe(0);
    expect(await due()).toBe('2024-03-20'); // 8 March is a holiday in the shipped calendar
    // a council's calendar in which 8 March is a working day and 20 March a day off
    await writeFile(join(ws, 'calendar-kz.csv'), 'date,kind,name\n2024-03-20,day_off,Test day off\n');
    expect(await runCli(['build', '-w', ws, '-p', '2024'], capture())).toBe(0);
    expect(await due()).toBe('2024-03-19');
  });
});
