/**
 * A file is what it is, not its name (issue 11): a secretariat that keeps a
 * folder per year has two `appeals.csv`, and loading 2025's must not delete
 * 2024's; a copy of a loaded file must not count its rows twice; a file that
 * moved is asked about, not guessed. `kenes ingest` of a folder reads every
 * level and skips what is not input with a note.
 */
import { cp, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/cli.ts';
import { openDatabase, queryRows, queryValue, run } from '../../workspace/db.ts';
import { ingestFiles } from '../../pipelines/ingest/ingest.ts';
import { defaultConfig } from '../../workspace/config.ts';
import { silentLogger } from '../../workspace/Logger.ts';
import { useTempDir } from '../helpers/tempDir.ts';
import { captureIO } from '../helpers/captureIO.ts';

const tempDir = useTempDir();

const capture = captureIO;

const appeals = (year: number, n: number) =>
  'appeal_id,received_on,status\n' + Array.from({ length: n }, (_, i) => `A${year}-${i + 1},${year}-03-${String(i + 1).padStart(2, '0')},answered`).join('\n') + '\n';

async function workspace(): Promise<string> {
  const ws = join(await tempDir(), 'ws');
  expect(await runCli(['init', ws], capture())).toBe(0);
  return ws;
}

async function ingest(ws: string, ...args: string[]): Promise<{ code: number; stderr: string; result: any }> {
  const io = capture();
  const code = await runCli(['ingest', '-w', ws, ...args], io);
  const out = io.stdout.join('\n');
  return { code, stderr: io.stderr.join('\n'), result: out ? JSON.parse(out) : null };
}

async function rowsByFile(ws: string): Promise<Record<string, number>> {
  const db = await openDatabase(join(ws, 'kenes.duckdb'));
  try {
    const rows = await queryRows(db, 'select source_file, count(*)::int as n from raw_appeals group by all order by all');
    return Object.fromEntries(rows.map((r) => [String(r.source_file), Number(r.n)]));
  } finally {
    db.close();
  }
}

describe('files are identified by their path in the workspace', () => {
  it('a folder per year keeps every year; the same path again replaces its own rows only', async () => {
    const ws = await workspace();
    await mkdir(join(ws, 'inputs', '2024'));
    await mkdir(join(ws, 'inputs', '2025'));
    await writeFile(join(ws, 'inputs', '2024', 'appeals.csv'), appeals(2024, 3));
    await writeFile(join(ws, 'inputs', '2025', 'appeals.csv'), appeals(2025, 5));

    // No path: the workspace's inputs, every level.
    const first = await ingest(ws);
    expect(first.code).toBe(0);
    expect(first.result.tables.map((t: any) => [t.file, t.loaded])).toEqual([['inputs/2024/appeals.csv', 3], ['inputs/2025/appeals.csv', 5]]);
    expect(await rowsByFile(ws)).toEqual({ 'inputs/2024/appeals.csv': 3, 'inputs/2025/appeals.csv': 5 });

    // 2025's register corrected: one appeal less. 2024's rows stay as they were.
    await writeFile(join(ws, 'inputs', '2025', 'appeals.csv'), appeals(2025, 4));
    expect((await ingest(ws, join(ws, 'inputs', '2025', 'appeals.csv'))).code).toBe(0);
    expect(await rowsByFile(ws)).toEqual({ 'inputs/2024/appeals.csv': 3, 'inputs/2025/appeals.csv': 4 });

    // The year figures are each year's: nothing of 2024 was lost to the 2025 file.
    expect(await runCli(['build', '-w', ws, '-p', '2025'], capture())).toBe(0);
    const q = capture();
    expect(await runCli(['query', "select value, year_ago_value from mart_period_metrics where metric = 'appeals_received'", '-w', ws, '-f', 'json'], q)).toBe(0);
    expect(JSON.parse(q.stdout.join('\n'))).toEqual([{ value: 4, year_ago_value: 3 }]);
  });

  it('a copy of a loaded file is reported and not counted twice; a moved file is asked about, then replaced with --moved-from', async () => {
    const ws = await workspace();
    await writeFile(join(ws, 'inputs', 'appeals.csv'), appeals(2025, 4));
    expect((await ingest(ws)).code).toBe(0);

    // The same bytes under another name, in the same folder walk.
    await cp(join(ws, 'inputs', 'appeals.csv'), join(ws, 'inputs', 'appeals 2025 copy.csv'));
    const copy = await ingest(ws);
    expect(copy.code).toBe(0);
    expect(copy.result.skipped).toEqual([{ file: 'inputs/appeals 2025 copy.csv', reason: expect.stringContaining('the same content as inputs/appeals.csv') }]);
    expect(copy.stderr).toContain('inputs/appeals 2025 copy.csv — not loaded: the same content as inputs/appeals.csv');
    expect(await rowsByFile(ws)).toEqual({ 'inputs/appeals.csv': 4 });
    await rm(join(ws, 'inputs', 'appeals 2025 copy.csv'));

    // Moved into a year folder: the old path is gone, its rows are still loaded. kenes asks.
    await mkdir(join(ws, 'inputs', '2025'));
    await rename(join(ws, 'inputs', 'appeals.csv'), join(ws, 'inputs', '2025', 'appeals.csv'));
    const moved = await ingest(ws, join(ws, 'inputs', '2025', 'appeals.csv'));
    expect(moved.code).toBe(0);
    expect(moved.result.skipped[0].reason).toContain('no longer there');
    expect(moved.result.skipped[0].reason).toContain('--moved-from inputs/appeals.csv');
    expect(await rowsByFile(ws)).toEqual({ 'inputs/appeals.csv': 4 });

    const told = await ingest(ws, join(ws, 'inputs', '2025', 'appeals.csv'), '--moved-from', join(ws, 'inputs', 'appeals.csv'));
    expect(told.code).toBe(0);
    expect(told.result.skipped).toEqual([]);
    expect(await rowsByFile(ws)).toEqual({ 'inputs/2025/appeals.csv': 4 });
    const db = await openDatabase(join(ws, 'kenes.duckdb'));
    try {
      expect(await queryRows(db, 'select source_file, rows_loaded, note from batches where batch_id = (select max(batch_id) from batches) order by all'))
        .toEqual([
          { source_file: 'inputs/2025/appeals.csv', rows_loaded: 4, note: null },
          { source_file: 'inputs/appeals.csv', rows_loaded: 0, note: 'moved to inputs/2025/appeals.csv' },
        ]);
    } finally {
      db.close();
    }
    // --moved-from a file kenes never loaded is a usage error, and changes nothing.
    expect((await ingest(ws, join(ws, 'inputs', '2025', 'appeals.csv'), '--moved-from', 'nowhere.csv')).code).toBe(1);
  });

  it('the bulk CSV path finds a copy too, after reading it, and leaves no rows of it', async () => {
    const dir = await tempDir();
    const db = await openDatabase(join(dir, 'kenes.duckdb'));
    try {
      await mkdir(join(dir, 'a'));
      await mkdir(join(dir, 'b'));
      await writeFile(join(dir, 'a', 'appeals.csv'), appeals(2025, 20));
      await writeFile(join(dir, 'b', 'appeals.csv'), appeals(2025, 20));
      const options = { config: defaultConfig('Тест'), logger: silentLogger, baseDir: dir, bulkThresholdBytes: 1 };
      const first = await ingestFiles(db, [join(dir, 'a', 'appeals.csv')], options);
      expect(first.tables).toEqual([expect.objectContaining({ file: 'a/appeals.csv', loaded: 20 })]);
      const second = await ingestFiles(db, [join(dir, 'b', 'appeals.csv')], options);
      expect(second.tables).toEqual([]);
      expect(second.skipped[0]).toMatchObject({ file: 'b/appeals.csv', reason: expect.stringContaining('same content as a/appeals.csv') });
      expect(await queryRows(db, 'select source_file, count(*)::int as n from raw_appeals group by all')).toEqual([{ source_file: 'a/appeals.csv', n: 20 }]);
    } finally {
      db.close();
    }
  });

  it('a folder walk skips lock files, hidden files, other types and files with no register, each with a note', async () => {
    const ws = await workspace();
    const inputs = join(ws, 'inputs');
    await writeFile(join(inputs, 'appeals.csv'), appeals(2025, 2));
    await writeFile(join(inputs, '~$appeals.xlsx'), 'lock');
    await writeFile(join(inputs, '.appeals.csv'), appeals(2024, 9));
    await mkdir(join(inputs, '.git'));
    await writeFile(join(inputs, '.git', 'appeals.csv'), appeals(2023, 9));
    await writeFile(join(inputs, 'scan.tiff'), 'II*\0');
    await writeFile(join(inputs, 'shopping list.csv'), 'item,qty\nmilk,2\n');
    // The workspace's outputs are not inputs, when the whole workspace is ingested.
    await writeFile(join(ws, 'out', 'appeals.csv'), appeals(2022, 9));

    const result = await ingest(ws, ws);
    expect(result.code).toBe(0);
    expect(result.result.tables.map((t: any) => t.file)).toEqual(['inputs/appeals.csv']);
    expect(result.result.skipped).toEqual([{ file: 'inputs/shopping list.csv', reason: 'no register recognised in it' }]);
    for (const note of ['~$appeals.xlsx — skipped: an Office lock file', '.appeals.csv — skipped: hidden file', '.git — skipped: hidden folder',
      'scan.tiff — skipped: kenes does not read .tiff', 'out — skipped: the workspace\'s own outputs']) {
      expect(result.stderr).toContain(note);
    }
    // Named on its own, a file with no register is still an error.
    expect((await ingest(ws, join(inputs, 'shopping list.csv'))).code).toBe(2);
  });

  it('a database from before path identity keeps its rows once: the file of that name takes their place', async () => {
    const ws = await workspace();
    await writeFile(join(ws, 'inputs', 'appeals.csv'), appeals(2025, 3));
    // As kenes loaded files up to schema version 2: known by name only, and written into its file (an older
    // database on disk; the suite closes databases without a checkpoint, and DuckDB 1.5 cannot replay a log
    // holding an ALTER of batches: workspace/ensureSchema.ts).
    const db = await openDatabase(join(ws, 'kenes.duckdb'));
    try {
      await ingestFiles(db, [join(ws, 'inputs', 'appeals.csv')], { config: defaultConfig('Тест'), logger: silentLogger });
      expect(await queryValue(db, 'select any_value(source_file) from raw_appeals')).toBe('appeals.csv');
      await run(db, 'delete from schema_version; insert into schema_version (version) values (2); drop table legacy_files; alter table batches drop column note; checkpoint');
    } finally {
      db.close();
    }
    await writeFile(join(ws, 'inputs', 'appeals.csv'), appeals(2025, 2));
    expect((await ingest(ws)).code).toBe(0);
    expect(await rowsByFile(ws)).toEqual({ 'inputs/appeals.csv': 2 });
    const after = await openDatabase(join(ws, 'kenes.duckdb'));
    try {
      expect(await queryValue(after, 'select count(*)::int from legacy_files')).toBe(0);
      // A file in the workspace's root is known by its name both ways: once ingested, its name leaves the
      // legacy list too, so a later file of that name in a folder never takes its rows.
      await ingestFiles(after, [join(ws, 'inputs', 'appeals.csv')], { config: defaultConfig('Тест'), logger: silentLogger });
      await run(after, "insert into legacy_files values ('appeals.csv')");
      await ingestFiles(after, [join(ws, 'inputs', 'appeals.csv')], { config: defaultConfig('Тест'), logger: silentLogger, baseDir: join(ws, 'inputs') });
      expect(await queryValue(after, 'select count(*)::int from legacy_files')).toBe(0);
      expect(await queryValue(after, 'select max(version) from schema_version')).toBe(5);
    } finally {
      after.close();
    }
  });
});

describe('registration numbers start again each year', () => {
  it('№1 of 2024 and №1 of 2025 are two appeals (and two letters); the same number twice in one year is one, listed', async () => {
    const ws = await workspace();
    await mkdir(join(ws, 'inputs', '2024'));
    await mkdir(join(ws, 'inputs', '2025'));
    await writeFile(join(ws, 'inputs', '2024', 'appeals.csv'), 'appeal_id,received_on,status\n1,2024-02-01,answered\n2,2024-12-27,in_progress\n');
    // The 2025 register carries over the December appeal still open, and starts its own numbering at 1.
    await writeFile(join(ws, 'inputs', '2025', 'appeals.csv'), 'appeal_id,received_on,status\n2,2024-12-27,in_progress\n1,2025-01-15,new\n3,2025-01-16,new\n');
    await writeFile(join(ws, 'inputs', '2024', 'letters.csv'), 'letter_id,sent_on,addressee,related_appeal\n1,2024-02-05,Акимат,1\n');
    await writeFile(join(ws, 'inputs', '2025', 'letters.csv'), 'letter_id,sent_on,addressee,related_appeal\n1,2025-01-20,Акимат,1\n');
    expect((await ingest(ws)).code).toBe(0);
    expect(await runCli(['build', '-w', ws, '-p', '2025'], capture())).toBe(0);
    const db = await openDatabase(join(ws, 'kenes.duckdb'));
    try {
      expect(await queryRows(db, 'select appeal_id, received_on::varchar as received_on, source_file from fct_appeals order by received_on')).toEqual([
        { appeal_id: '1', received_on: '2024-02-01', source_file: 'inputs/2024/appeals.csv' },
        { appeal_id: '2', received_on: '2024-12-27', source_file: 'inputs/2024/appeals.csv' },
        { appeal_id: '1', received_on: '2025-01-15', source_file: 'inputs/2025/appeals.csv' },
        { appeal_id: '3', received_on: '2025-01-16', source_file: 'inputs/2025/appeals.csv' },
      ]);
      // Each letter is one row, related to the appeal of its number received before it was sent.
      expect(await queryRows(db, 'select letter_id, sent_on::varchar as sent_on from fct_letters order by sent_on')).toEqual([
        { letter_id: '1', sent_on: '2024-02-05' }, { letter_id: '1', sent_on: '2025-01-20' },
      ]);
      expect(await queryValue(db, `select value from mart_period_metrics where metric = 'appeals_received'`)).toBe(2);
      expect(await queryValue(db, `select year_ago_value from mart_period_metrics where metric = 'appeals_received'`)).toBe(2);
    } finally {
      db.close();
    }
    const check = capture();
    await runCli(['check', '-w', ws, '-p', '2025'], check);
    expect(check.stdout.join('\n')).toContain('inputs/2025/appeals.csv:row 2 — appeal_id 2 appears more than once in 2024');
  });
});
