/**
 * The files an ingest reads, from what the user named: a file is taken as
 * given (ingest says if it is not a register); a folder is walked, every
 * level, in name order so runs repeat. A walk skips what is not input, each
 * with a one-line note: Office lock files (`~$appeals.xlsx`, left while Excel
 * has the file open), hidden files and folders, file types kenes does not
 * read, and the workspace's own outputs and database.
 */
import { readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { EXIT_USAGE, KenesError } from '../sources/KenesError.ts';

/** Extensions ingest reads: registers, then documents. */
export const INPUT_EXTENSIONS = new Set(['.csv', '.tsv', '.xlsx', '.xlsm', '.txt', '.docx', '.pdf']);

export interface CollectedInputs {
  /** Absolute paths, in the order given (a folder's files in name order). */
  files: string[];
  /** Files found in a folder rather than named: one that is no register is skipped with a note, not an error. */
  fromFolders: Set<string>;
  /** One line per file or folder skipped while walking. */
  notes: string[];
}

export interface CollectOptions {
  /** Folders never walked into (the workspace's out/ and backups/); named files inside are still read. */
  exclude?: string[];
}

export async function collectInputs(args: string[], options: CollectOptions = {}): Promise<CollectedInputs> {
  const result: CollectedInputs = { files: [], fromFolders: new Set(), notes: [] };
  const excluded = new Set((options.exclude ?? []).map((d) => resolve(d)));
  for (const arg of args) {
    const path = resolve(arg);
    const info = await stat(path).catch(() => null);
    if (!info) throw new KenesError('read.notFound', 'no such file or folder', { location: { file: arg }, exitCode: EXIT_USAGE });
    if (info.isDirectory()) await walk(path, arg, result, excluded);
    else result.files.push(path);
  }
  const seen = new Set<string>();
  result.files = result.files.filter((f) => !seen.has(f) && seen.add(f));
  return result;
}

/** `shown` is the folder as the user wrote it, so notes name files the way they were asked for. */
async function walk(dir: string, shown: string, result: CollectedInputs, excluded: Set<string>): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    const skip = (why: string) => result.notes.push(`${join(shown, entry.name)} — skipped: ${why}`);
    if (entry.name.startsWith('.')) {
      skip(entry.isDirectory() ? 'hidden folder' : 'hidden file');
    } else if (entry.isDirectory()) {
      if (excluded.has(path)) skip('the workspace\'s own outputs, not inputs');
      else await walk(path, join(shown, entry.name), result, excluded);
    } else if (entry.name.startsWith('~$')) {
      skip('an Office lock file (the document is open in Excel or Word)');
    } else if (!entry.isFile()) {
      skip('not a regular file');
    } else if (!INPUT_EXTENSIONS.has(extname(entry.name).toLowerCase())) {
      if (!/\.duckdb(\.wal)?$|\.lock$|^kenes\.config\.json$/.test(entry.name)) {
        skip(`kenes does not read ${extname(entry.name) || 'files without an extension'} (registers: .xlsx, .csv; documents: .txt, .docx, .pdf)`);
      }
    } else {
      result.files.push(path);
      result.fromFolders.add(path);
    }
  }
}
