/**
 * `kenes backup` and `kenes restore`: the whole workspace database as a folder
 * of Parquet files (DuckDB's EXPORT DATABASE: one file per table, plus
 * schema.sql and load.sql), and back.
 *
 * A backup is a FULL copy: raw tables keep applicants' names, contacts and
 * appeal texts exactly as ingested. It is written outside `out/` (which holds
 * what may be published) — by default to `backups/<timestamp>/` — and must be
 * stored like the database itself.
 *
 * Both are crash-safe: the backup is exported to a temporary folder and
 * renamed into place; a restore imports into a temporary database file,
 * checks its row counts against the backup's manifest, and only then takes
 * the database's place (the previous database is kept beside it).
 */
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { EXIT_USAGE, KenesError } from '../sources/KenesError.ts';
import { openDatabase, queryRows, queryValue, quoteIdent, run, type Db } from './db.ts';
import type { Workspace } from './workspace.ts';

export const MANIFEST_FILE = 'kenes-backup.json';

export interface BackupManifest {
  kind: 'kenes-backup';
  created: string;
  schema_version: number | null;
  /** Rows per table at the time of the backup: a restore must give the same. */
  tables: Record<string, number>;
  note: string;
}

export interface BackupResult {
  dir: string;
  tables: Record<string, number>;
}

/**
 * EXPORT/IMPORT DATABASE take their folder as a literal (no parameter can be bound
 * there), so the path is quoted as an SQL string: the one place a value enters SQL text.
 */
function sqlString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

const isInside = (child: string, parent: string) => {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

export function defaultBackupDir(ws: Workspace, now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return join(ws.dir, 'backups', stamp);
}

export async function backupDatabase(ws: Workspace, outDir?: string): Promise<BackupResult> {
  const dir = resolve(outDir ?? defaultBackupDir(ws));
  if (isInside(dir, ws.outDir)) {
    throw new KenesError('backup.insideOut', `a backup may not be written inside ${ws.outDir}`, {
      exitCode: EXIT_USAGE,
      hint: 'out/ holds what may be published; a backup holds personal data. Choose another folder with --out.',
    });
  }
  if (await isNonEmptyDir(dir)) {
    throw new KenesError('backup.exists', `${dir} exists and is not empty`, { exitCode: EXIT_USAGE, hint: 'Choose a new folder with --out.' });
  }
  if (!(await stat(ws.dbPath).catch(() => null))) {
    throw new KenesError('backup.noDatabase', `there is no database to back up (${ws.dbPath})`, { exitCode: EXIT_USAGE, hint: 'Run `kenes ingest` first.' });
  }
  const partial = `${dir}.partial-${process.pid}`;
  await rm(partial, { recursive: true, force: true });
  await mkdir(dirname(dir), { recursive: true });
  const db = await openDatabase(ws.dbPath);
  let tables: Record<string, number>;
  try {
    tables = await tableCounts(db);
    const version = tables.schema_version !== undefined ? await queryValue<number | null>(db, 'select max(version) from schema_version') : null;
    await run(db, `export database ${sqlString(partial)} (format parquet)`);
    const manifest: BackupManifest = {
      kind: 'kenes-backup', created: new Date().toISOString(), schema_version: version, tables,
      note: 'A full copy of the workspace database, with the personal data of applicants. Store it like the database; never publish it.',
    };
    await writeFile(join(partial, MANIFEST_FILE), JSON.stringify(manifest, null, 2) + '\n');
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    throw error;
  } finally {
    db.close();
  }
  await rm(dir, { recursive: true, force: true }); // an empty folder the user named
  await rename(partial, dir);
  return { dir, tables };
}

export interface RestoreResult {
  dbPath: string;
  tables: Record<string, number>;
  /** Where the database that was replaced now is (with --force), or null. */
  previous: string | null;
}

export async function restoreDatabase(ws: Workspace, fromDir: string, options: { force?: boolean } = {}): Promise<RestoreResult> {
  const from = resolve(fromDir);
  const manifest = await readManifest(from);
  const existing = await stat(ws.dbPath).catch(() => null);
  if (existing && !options.force && (await databaseRows(ws.dbPath)) > 0) {
    throw new KenesError('restore.notEmpty', `the workspace database ${ws.dbPath} already holds data`, {
      exitCode: EXIT_USAGE, hint: 'Restore into a new workspace (kenes init), or pass --force to replace it (the current one is kept beside it).',
    });
  }
  const temp = `${ws.dbPath}.restore-${process.pid}`;
  await removeDatabaseFiles(temp);
  const db = await openDatabase(temp);
  let tables: Record<string, number>;
  try {
    await run(db, `import database ${sqlString(from)}`);
    tables = await tableCounts(db);
    const differ = Object.entries(manifest.tables).filter(([t, n]) => tables[t] !== n);
    if (differ.length > 0) {
      throw new KenesError('restore.mismatch', `the restored database differs from the backup: ${differ.map(([t, n]) => `${t} ${tables[t] ?? 'missing'} rows, expected ${n}`).join('; ')}`, {
        location: { file: join(from, MANIFEST_FILE) }, hint: 'The backup folder is incomplete or was changed; use another backup.',
      });
    }
    await run(db, 'checkpoint');
  } catch (error) {
    db.close();
    await removeDatabaseFiles(temp);
    if (error instanceof KenesError) throw error;
    throw new KenesError('restore.failed', `cannot import the backup: ${(error as Error).message.split('\n')[0]}`, {
      location: { file: from }, cause: error, hint: 'Is it a folder written by `kenes backup`?',
    });
  }
  db.close();
  let previous: string | null = null;
  if (existing) {
    previous = `${ws.dbPath}.before-restore-${new Date().toISOString().replace(/[-:]/g, '').slice(0, 15)}`;
    await rename(ws.dbPath, previous);
    // The old database's write-ahead log belongs to it: left in place it would be replayed onto the restored file.
    await rename(`${ws.dbPath}.wal`, `${previous}.wal`).catch(() => {});
  }
  await rm(`${ws.dbPath}.wal`, { force: true });
  await rename(temp, ws.dbPath);
  await rm(`${temp}.wal`, { force: true });
  return { dbPath: ws.dbPath, tables, previous };
}

async function readManifest(dir: string): Promise<BackupManifest> {
  const file = join(dir, MANIFEST_FILE);
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(await readFile(file, 'utf8')) as BackupManifest;
  } catch {
    throw new KenesError('restore.notABackup', `${dir} is not a kenes backup (no readable ${MANIFEST_FILE})`, {
      location: { file: dir }, exitCode: EXIT_USAGE, hint: 'Pass the folder `kenes backup` wrote.',
    });
  }
  if (manifest?.kind !== 'kenes-backup' || typeof manifest.tables !== 'object' || manifest.tables === null) {
    throw new KenesError('restore.notABackup', `${MANIFEST_FILE} is not a kenes backup manifest`, { location: { file }, exitCode: EXIT_USAGE });
  }
  return manifest;
}

/** Rows per table of the main schema. */
export async function tableCounts(db: Db): Promise<Record<string, number>> {
  const names = (await queryRows(db, `select table_name from information_schema.tables where table_schema = 'main' and table_type = 'BASE TABLE' order by table_name`))
    .map((r) => String(r.table_name));
  const counts: Record<string, number> = {};
  for (const name of names) counts[name] = Number(await queryValue(db, `select count(*) from ${quoteIdent(name)}`));
  return counts;
}

async function databaseRows(path: string): Promise<number> {
  const db = await openDatabase(path);
  try {
    const counts = await tableCounts(db);
    return Object.entries(counts).filter(([t]) => t !== 'schema_version').reduce((n, [, c]) => n + c, 0);
  } finally {
    db.close();
  }
}

async function removeDatabaseFiles(path: string): Promise<void> {
  await rm(path, { force: true });
  await rm(`${path}.wal`, { force: true });
}

async function isNonEmptyDir(dir: string): Promise<boolean> {
  const names = await readdir(dir).catch(() => null);
  return names !== null && names.length > 0;
}
