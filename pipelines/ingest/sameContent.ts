/**
 * Whether a file's bytes are already in the database under another path: a
 * copy (`inputs/appeals.csv` and `backup/appeals.csv`) would count every
 * appeal twice, and a file that moved (`appeals.csv` → `2025/appeals.csv`)
 * looks like a new file while its old rows are still loaded. Both are found
 * by the sha256 the batches table keeps. A copy is reported, not loaded; a
 * move is not guessed: the user is asked to say so (`--moved-from`).
 */

/** The latest load of each file still counted: batches' last record per file, when it loaded rows. */
export interface LoadedFile {
  source_file: string;
  file_hash: string;
  batch_id: number;
}

export type ContentVerdict =
  | { kind: 'new' }
  /** The same bytes are loaded from another path that is still there (or come earlier in this batch). */
  | { kind: 'copy'; of: string; batchId: number | null }
  /** The same bytes were loaded from a path that is no longer there. */
  | { kind: 'moved'; from: string; batchId: number };

export function judgeContent(
  file: { id: string; hash: string },
  loaded: readonly LoadedFile[],
  earlierInBatch: readonly { id: string; hash: string }[],
  exists: (id: string) => boolean,
): ContentVerdict {
  const inBatch = earlierInBatch.find((f) => f.hash === file.hash && f.id !== file.id);
  if (inBatch) return { kind: 'copy', of: inBatch.id, batchId: null };
  const same = loaded.filter((l) => l.file_hash === file.hash && l.source_file !== file.id);
  const present = same.find((l) => exists(l.source_file));
  if (present) return { kind: 'copy', of: present.source_file, batchId: present.batch_id };
  if (same.length > 0) return { kind: 'moved', from: same[0].source_file, batchId: same[0].batch_id };
  return { kind: 'new' };
}

/** Why a file was not loaded, in words for the ingest report and the batches table. */
export function verdictReason(verdict: Exclude<ContentVerdict, { kind: 'new' }>, id: string): string {
  if (verdict.kind === 'copy') {
    return verdict.batchId === null
      ? `the same content as ${verdict.of} in this batch: loaded once, not twice`
      : `the same content as ${verdict.of} (loaded in batch ${verdict.batchId}): not loaded twice`;
  }
  return `the same content as ${verdict.from} (loaded in batch ${verdict.batchId}), which is no longer there. `
    + `If the file moved, run: kenes ingest ${id} --moved-from ${verdict.from}`;
}
