import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureSchema } from '../../../workspace/ensureSchema.ts';
import { openDatabase, queryValue, run } from '../../../workspace/db.ts';

const folders: string[] = [];
afterEach(async () => {
  for (const f of folders.splice(0)) await rm(f, { recursive: true, force: true });
});

describe('ensureSchema: a migrated database survives a kill before its close', () => {
  it('the columns added to an older database are in the file, not only in its write-ahead log', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kenes-schema-'));
    folders.push(dir);
    const path = join(dir, 'kenes.duckdb');
    // An older workspace: batches without its note column (schema version 2), written out whole.
    const old = await openDatabase(path);
    try {
      await ensureSchema(old);
      await run(old, "insert into batches (batch_id, source_file, file_hash, rows_loaded, rows_rejected) values (1, 'appeals.csv', 'h', 3, 0)");
      await run(old, 'alter table batches drop column note; delete from schema_version; insert into schema_version (version) values (2); checkpoint');
    } finally {
      old.close();
    }
    // kenes opens it, migrates, and is killed before closing: no checkpoint on shutdown stands for the kill.
    const migrating = await openDatabase(path);
    try {
      await run(migrating, 'pragma disable_checkpoint_on_shutdown');
      await ensureSchema(migrating);
    } finally {
      migrating.close();
    }
    const after = await openDatabase(path);
    try {
      expect(await queryValue(after, "select count(*)::int from duckdb_columns() where table_name = 'batches' and column_name = 'note'")).toBe(1);
      expect(await queryValue(after, 'select count(*)::int from batches')).toBe(1);
      expect(await queryValue(after, 'select max(version) from schema_version')).toBe(5);
    } finally {
      after.close();
    }
  });
});
