/**
 * How much a reader agrees to read. A register is thousands of rows; a file
 * far beyond these limits is a mistake (the wrong export, a database dump) or
 * an attack (a zip bomb), and either way it must stop with a message before
 * it exhausts memory. The workspace config sets them (`limits` in
 * kenes.config.json); these are the defaults.
 */
import { stat } from 'node:fs/promises';
import { KenesError } from '../KenesError.ts';

export interface ReadLimits {
  /** Largest file read at all, in MB (10^6 bytes). */
  max_file_mb: number;
  /** Most rows in one file (all sheets together). */
  max_rows: number;
  /** Largest total an .xlsx or .docx may inflate to, in MB, read from its zip directory before unpacking. */
  max_xlsx_uncompressed_mb: number;
  /** Most pages of a PDF document read (a protocol or a report is a few dozen). */
  max_pdf_pages: number;
}

export const DEFAULT_LIMITS: ReadLimits = { max_file_mb: 200, max_rows: 2_000_000, max_xlsx_uncompressed_mb: 500, max_pdf_pages: 2_000 };

const MB = 1_000_000;

export const megabytes = (bytes: number) => `${(bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0)} MB`;

/** Refuses a file larger than `max_file_mb` before a byte of it is read. */
export async function checkFileSize(path: string, file: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<number> {
  const info = await stat(path);
  if (info.size > limits.max_file_mb * MB) {
    throw new KenesError('read.tooLarge', `the file is ${megabytes(info.size)}, more than the limit of ${limits.max_file_mb} MB`, {
      location: { file },
      hint: 'Split it (one register per file, one year per file), or raise limits.max_file_mb in kenes.config.json.',
    });
  }
  return info.size;
}

/** Refuses a table with more rows than `max_rows`; `row` is where the limit was crossed. */
export function tooManyRows(file: string, sheet: string | null, limits: ReadLimits): KenesError {
  return new KenesError('read.tooManyRows', `more than ${limits.max_rows.toLocaleString('en-US')} rows, the limit`, {
    location: { file, sheet: sheet ?? undefined },
    hint: 'Split the file (one year per file), or raise limits.max_rows in kenes.config.json.',
  });
}
