/**
 * One member lookup (issue 13, item 2): the build and a review written on its
 * own match names against the same members (workspace/membersAtHand.ts) — the
 * built register while no batch has come after the build, the loaded one before
 * a build and after a new ingest, none in an empty database. Guards the two
 * ways it could go wrong: a review after an ingest matching against a built
 * register the new one has changed, and a build matching against the raw rows
 * (a duplicated id twice) instead of the members it has just staged.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildModels } from '../../pipelines/build/build.ts';
import { parsePeriod } from '../../pipelines/build/parsePeriod.ts';
import { ingestFiles } from '../../pipelines/ingest/ingest.ts';
import { workspaceMembers } from '../../pipelines/review/workspaceMembers.ts';
import { defaultConfig } from '../../workspace/config.ts';
import { openDatabase, queryRows, run, type Db } from '../../workspace/db.ts';
import { ensureSchema } from '../../workspace/ensureSchema.ts';
import { silentLogger } from '../../workspace/Logger.ts';
import { membersAtHand } from '../../workspace/membersAtHand.ts';
import { initWorkspace } from '../../workspace/workspace.ts';
import { useTempDir } from '../helpers/tempDir.ts';

const tempDir = useTempDir();
const config = defaultConfig('Тестовый совет');

// M01 twice: the second file's row is a data error (sql/checks lists it); dim_members keeps the first file's.
const MEMBERS_A = 'member_id,full_name,commission,joined_on\nM01,Иванов Иван Иванович,1,2022-01-10\nM02,Петрова Анна Сергеевна,1,2022-01-10\n';
const MEMBERS_B = 'member_id,full_name,commission,joined_on\nM01,Сидоров Пётр Ильич,2,2022-01-10\n';
const MEETINGS = 'meeting_id,body,date\nC1,council,2024-03-15\n';
// "Сидоров П.И." is M01 only by the second file's duplicated row: not a member of the built register.
const ATTENDANCE = 'meeting_id,member,status\nC1,Иванов И.И.,present\nC1,Сидоров П.И.,present\nC1,Петрова А.С.,present\n';

async function withDb(test: (db: Db, dir: string) => Promise<void>): Promise<void> {
  const dir = await tempDir();
  const db = await openDatabase(join(dir, 'kenes.duckdb'));
  try {
    await test(db, dir);
  } finally {
    db.close();
  }
}

async function ingest(db: Db, dir: string, files: Record<string, string>): Promise<void> {
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  await ingestFiles(db, Object.keys(files).map((f) => join(dir, f)), { config, logger: silentLogger, baseDir: dir });
}

// The tests read models, not the data checks: those are left out.
const build = (db: Db) => buildModels(db, config, parsePeriod('2024'), { checks: false });
const names = async (db: Db) => (await membersAtHand(db)).map((m) => `${m.member_id} ${m.full_name}`);
const matches = (db: Db) => queryRows(db, "select name_ref, resolution, member_id from int_name_matches where rank = 1 or rank is null order by name_ref");

describe('membersAtHand', () => {
  it('gives no members in an empty database, or one with empty raw tables', () => withDb(async (db) => {
    expect(await membersAtHand(db)).toEqual([]);
    await ensureSchema(db);
    expect(await membersAtHand(db)).toEqual([]);
  }));

  it('reads the loaded register before a build, the built one after it, and the loaded one again after a new ingest', () => withDb(async (db, dir) => {
    await ingest(db, dir, { 'members-a.csv': MEMBERS_A, 'members-b.csv': MEMBERS_B });
    // Before a build: every loaded row, the duplicated id too (there is nothing else to match against).
    expect(await names(db)).toEqual(['M01 Иванов Иван Иванович', 'M01 Сидоров Пётр Ильич', 'M02 Петрова Анна Сергеевна']);
    await build(db);
    // Built: one row per id, the first file's.
    expect(await names(db)).toEqual(['M01 Иванов Иван Иванович', 'M02 Петрова Анна Сергеевна']);
    // A corrected register ingested and not yet built: the built one would name Петрова, who is gone.
    await ingest(db, dir, { 'members-a.csv': MEMBERS_A.replace('Петрова Анна Сергеевна', 'Ахметова Айгуль Бековна') });
    expect(await names(db)).toEqual(['M01 Иванов Иван Иванович', 'M01 Сидоров Пётр Ильич', 'M02 Ахметова Айгуль Бековна']);
    await build(db);
    expect(await names(db)).toEqual(['M01 Иванов Иван Иванович', 'M02 Ахметова Айгуль Бековна']);
  }));

  it('after any batch, of another register too, the built register is not trusted: the build has not seen it', () => withDb(async (db, dir) => {
    await ingest(db, dir, { 'members-a.csv': MEMBERS_A, 'members-b.csv': MEMBERS_B });
    await build(db);
    expect(await names(db)).toEqual(['M01 Иванов Иван Иванович', 'M02 Петрова Анна Сергеевна']);
    await ingest(db, dir, { 'meetings.csv': MEETINGS });
    expect(await names(db)).toEqual(['M01 Иванов Иван Иванович', 'M01 Сидоров Пётр Ильич', 'M02 Петрова Анна Сергеевна']);
  }));

  it("a build matches against the members it has just staged, also when a batch came after the last build", () => withDb(async (db, dir) => {
    await ingest(db, dir, { 'members-a.csv': MEMBERS_A, 'members-b.csv': MEMBERS_B, 'meetings.csv': MEETINGS, 'attendance.csv': ATTENDANCE });
    await build(db);
    const expected = [
      { name_ref: 'Иванов И.И.', resolution: 'matched', member_id: 'M01' },
      { name_ref: 'Петрова А.С.', resolution: 'matched', member_id: 'M02' },
      // Against the raw rows this would be M01 (the duplicate's name), and Иванов ambiguous between two M01s.
      { name_ref: 'Сидоров П.И.', resolution: 'unmatched', member_id: null },
    ];
    expect(await matches(db)).toEqual(expected);
    // A new batch, then a build: the build's own state is recorded first, so it reads its fresh dim_members.
    await ingest(db, dir, { 'attendance.csv': `${ATTENDANCE}C1,Петрова А.С.,present\n` });
    await build(db);
    expect(await matches(db)).toEqual(expected);
  }));

  it("a build of an older kenes (no last batch recorded) is not trusted: the loaded register is read", () => withDb(async (db, dir) => {
    await ingest(db, dir, { 'members-a.csv': MEMBERS_A, 'members-b.csv': MEMBERS_B });
    await build(db);
    await run(db, 'alter table build_state drop column last_batch');
    expect(await names(db)).toEqual(['M01 Иванов Иван Иванович', 'M01 Сидоров Пётр Ильич', 'M02 Петрова Анна Сергеевна']);
  }));

  it('workspaceMembers (a review written on its own) reads the same members, or null before any', async () => {
    const dir = await tempDir();
    const ws = await initWorkspace(join(dir, 'council'), 'Тестовый совет');
    expect(await workspaceMembers(ws.dir)).toBeNull();
    const db = await openDatabase(ws.dbPath);
    try {
      await ingest(db, ws.dir, { 'members-a.csv': MEMBERS_A, 'members-b.csv': MEMBERS_B });
      await build(db);
    } finally {
      db.close();
    }
    expect((await workspaceMembers(ws.dir))?.map((m) => m.member_id)).toEqual(['M01', 'M02']);
  });
});
