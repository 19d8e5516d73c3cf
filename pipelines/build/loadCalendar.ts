/**
 * The Kazakhstan working-day calendar as the table `ref_calendar` (date, kind,
 * name), read by DuckDB from `sources/reference/calendar-kz.csv` — or from the
 * workspace's own `calendar-kz.csv` when it has one, which is how a council
 * corrects a date or adds a year without touching kenes.
 */
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { run, type Db } from '../../workspace/db.ts';
import { REFERENCE_DIR } from '../../workspace/paths.ts';

export const CALENDAR_FILE = 'calendar-kz.csv';

/** The workspace's calendar if it has one, else the one shipped with kenes. */
export async function findCalendar(workspace?: string): Promise<string> {
  if (workspace) {
    const own = join(workspace, CALENDAR_FILE);
    try {
      await access(own);
      return own;
    } catch {
      // no calendar of its own: the shipped one
    }
  }
  return join(REFERENCE_DIR, CALENDAR_FILE);
}

export async function loadCalendar(db: Db, path: string): Promise<void> {
  // The path is bound, never pasted; every column is read as text and cast in SQL,
  // so a bad date in a hand-edited file fails here with DuckDB's message.
  await run(db, `
    create or replace table ref_calendar as
    select
        cast(trim("date") as date) as date,
        lower(trim(kind)) as kind,
        trim(name) as name,
        $path as source_file,
        cast(row_number() over () + 1 as integer) as source_row,
    from read_csv($path, header = true, all_varchar = true, columns = {'date': 'varchar', 'kind': 'varchar', 'name': 'varchar'})
  `, { path });
}
