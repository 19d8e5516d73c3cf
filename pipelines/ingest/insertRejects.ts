/**
 * A batch's rejects into the rejects table: appended to a temp table of the
 * connection, then copied by column name — the Appender is the fast way in
 * (an INSERT per row runs at ~30 k rows/s), and naming the columns keeps a
 * database whose rejects table gained a column at its end (schema v1) right.
 */
import type { Reject } from '../../sources/contracts/validateTable.ts';
import { run, type Db } from '../../workspace/db.ts';

const COLUMNS = 'register, source_file, source_sheet, source_row, source_line, column_name, value, reason';

export async function insertRejects(db: Db, batchId: number, rejects: readonly Reject[]): Promise<void> {
  if (rejects.length === 0) return;
  await run(db, `create or replace temp table kenes_new_rejects (register varchar, source_file varchar, source_sheet varchar,
    source_row integer, source_line integer, column_name varchar, value varchar, reason varchar)`);
  const appender = await db.connection.createAppender('kenes_new_rejects', 'main', 'temp');
  try {
    const text = (value: string | null | undefined) => (value == null ? appender.appendNull() : appender.appendVarchar(value));
    const int = (value: number | null | undefined) => (value == null ? appender.appendNull() : appender.appendInteger(value));
    for (const r of rejects) {
      text(r.register);
      text(r.source_file);
      text(r.source_sheet);
      int(r.source_row);
      int(r.source_line);
      text(r.column_name);
      text(r.value);
      text(r.reason);
      appender.endRow();
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
  await run(db, `insert into rejects (batch_id, ${COLUMNS}) select $batch, ${COLUMNS} from kenes_new_rejects`, { batch: batchId });
  await run(db, 'drop table kenes_new_rejects');
}
