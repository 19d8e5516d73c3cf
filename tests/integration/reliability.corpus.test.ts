import { readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tableCounts } from '../../workspace/backup.ts';
import { runCli } from '../../cli/cli.ts';
import { openDatabase } from '../../workspace/db.ts';
import { useTempDir } from '../helpers/tempDir.ts';
import { captureIO } from '../helpers/captureIO.ts';

// The bad-file corpus: each file gives exit 2 with one line naming it (and the row where there is
// one) and leaves the database as it was, or loads with its bad rows in rejects — never exit 3.
const BAD = fileURLToPath(new URL('../fixtures/bad/', import.meta.url));
const expected = JSON.parse(readFileSync(join(BAD, 'expected.json'), 'utf8')) as Record<string, Expectation>;
delete (expected as Record<string, unknown>)._about;
type Expectation =
  | { exit: 2; code: string; message: string; row?: number }
  | { exit: 0; loaded: number; rejects: [number, string, string][] };

const tempDir = useTempDir();

const capture = captureIO;

async function corpusWorkspace(): Promise<string> {
  const ws = join(await tempDir(), 'ws');
  expect(await runCli(['init', ws], capture())).toBe(0);
  const config = JSON.parse(readFileSync(join(ws, 'kenes.config.json'), 'utf8'));
  config.limits = { max_file_mb: 1, max_rows: 1000, max_xlsx_uncompressed_mb: 10 };
  await writeFile(join(ws, 'kenes.config.json'), JSON.stringify(config));
  // Something in the database, so "unchanged" means more than "still empty".
  const letters = join(ws, 'inputs', 'letters.csv');
  await writeFile(letters, 'letter_id,sent_on,addressee\nL1,2023-01-05,D01\nL2,2023-01-06,D02\n');
  expect(await runCli(['ingest', letters, '-w', ws], capture())).toBe(0);
  return ws;
}

async function counts(ws: string): Promise<Record<string, number>> {
  const db = await openDatabase(join(ws, 'kenes.duckdb'));
  try {
    return await tableCounts(db);
  } finally {
    db.close();
  }
}

describe('the bad-file corpus (tests/fixtures/bad)', () => {
  it('lists every file of the folder in expected.json', () => {
    const files = readdirSync(BAD).filter((f) => f !== 'make.ts' && f !== 'expected.json').sort();
    expect(Object.keys(expected).sort()).toEqual(files);
  });

  it('broken files: exit 2, one line naming the file (and row), the database unchanged', async () => {
    const ws = await corpusWorkspace();
    const before = await counts(ws);
    for (const [file, want] of Object.entries(expected)) {
      if (want.exit !== 2) continue;
      const io = capture();
      const code = await runCli(['ingest', join(BAD, file), '-w', ws], io);
      const lines = io.stderr.join('\n').split('\n').filter((l) => !l.startsWith('warning: '));
      expect({ file, code }).toEqual({ file, code: 2 });
      // The corpus lies outside the workspace: the message names the file by its whole path.
      expect(lines[0], file).toMatch(new RegExp(`^error: (?:/.*/)?${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(:[^—]*)? — `));
      expect(lines[0], file).toContain(want.message);
      if (want.row !== undefined) expect(lines[0], file).toContain(`:row ${want.row} — `);
      // One line, the hint included; never a stack trace.
      expect(lines, file).toHaveLength(1);
      expect(await counts(ws), file).toEqual(before);
    }
  });

  it('broken files: each with its stable error code', async () => {
    const { ingestFiles } = await import('../../pipelines/ingest/ingest.ts');
    const { openWorkspace } = await import('../../workspace/workspace.ts');
    const { silentLogger } = await import('../../workspace/Logger.ts');
    const ws = await openWorkspace(await corpusWorkspace());
    const db = await openDatabase(ws.dbPath);
    try {
      for (const [file, want] of Object.entries(expected)) {
        if (want.exit !== 2) continue;
        const error = await ingestFiles(db, [join(BAD, file)], { config: ws.config, logger: silentLogger }).catch((e) => e);
        expect({ file, code: error?.code, exitCode: error?.exitCode }).toEqual({ file, code: want.code, exitCode: 2 });
      }
    } finally {
      db.close();
    }
  });

  it('files with bad rows load the good rows and list the bad ones with row, column and reason', async () => {
    const ws = await corpusWorkspace();
    for (const [file, want] of Object.entries(expected)) {
      if (want.exit !== 0) continue;
      const io = capture();
      expect(await runCli(['ingest', join(BAD, file), '-w', ws, '--json'], io), file).toBe(0);
      const result = JSON.parse(io.stdout.join('\n'));
      expect({ file, loaded: result.tables.reduce((n: number, t: { loaded: number }) => n + t.loaded, 0) }).toEqual({ file, loaded: want.loaded });
      expect(result.rejects.map((r: { source_row: number; column_name: string; reason: string }) => [r.source_row, r.column_name, r.reason]), file).toEqual(want.rejects);
    }
    const query = capture();
    expect(await runCli(['query', `select member_id, full_name, commission, joined_on from raw_members order by member_id`, '-w', ws, '-f', 'json'], query)).toBe(0);
    // Formulas give their cached values; the title rows and merged title cell are skipped; the hidden sheet is not loaded.
    expect(JSON.parse(query.stdout.join('\n'))).toEqual([
      { member_id: 'M1', full_name: 'Сериков Арман', commission: '1', joined_on: '2022-05-20' },
      { member_id: 'M2', full_name: 'Ермекова Динара', commission: '2', joined_on: '2022-05-20' },
      { member_id: 'M3', full_name: 'Дубль Ид', commission: '2', joined_on: '2022-05-20' },
    ]);
    const votes = capture();
    await runCli(['query', `select count(*) as n from raw_votes where meeting_id = 'C9'`, '-w', ws, '-f', 'json'], votes);
    expect(JSON.parse(votes.stdout.join('\n'))).toEqual([{ n: 0 }]);
  });
});
