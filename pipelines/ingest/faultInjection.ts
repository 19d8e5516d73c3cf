/**
 * TEST-ONLY fault injection, to prove that a batch is all or nothing. Never
 * set these variables in real use.
 *
 * - `KENES_FAULT_AFTER_ROWS=n`: once a batch has written at least n rows
 *   inside its transaction (checked after each table), ingest fails.
 * - `KENES_FAULT_MODE=throw` (default): it throws a plain Error, as a bug
 *   or a full disk would, and the transaction must roll back.
 * - `KENES_FAULT_MODE=wait`: it writes the file named by
 *   `KENES_FAULT_READY_FILE` (if set) and waits forever, so a test can kill
 *   the process with SIGKILL in the middle of the batch.
 */
import { renameSync, writeFileSync } from 'node:fs';

export async function injectFault(rowsWritten: number, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const after = env.KENES_FAULT_AFTER_ROWS;
  if (after === undefined || after === '' || rowsWritten < Number(after)) return;
  if (env.KENES_FAULT_MODE === 'wait') {
    // Written whole under another name, then renamed: a test polling for the file never reads it half written (it once
    // read an empty file, created but not yet filled, in a full run).
    const ready = env.KENES_FAULT_READY_FILE;
    if (ready) {
      writeFileSync(`${ready}.part`, `${process.pid} ${rowsWritten}\n`);
      renameSync(`${ready}.part`, ready);
    }
    // A timer keeps the process alive until the test kills it.
    await new Promise<never>(() => { setInterval(() => {}, 60_000); });
  }
  throw new Error(`injected fault after ${rowsWritten} rows (KENES_FAULT_AFTER_ROWS, test only)`);
}
