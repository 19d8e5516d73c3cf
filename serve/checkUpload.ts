/**
 * An uploaded file before it touches the disk: its name must stay inside the inputs folder (no
 * `..`, no absolute path, no drive letter, no control character, no hidden name), its type must be
 * one ingest reads, its bytes must be what its extension says — sniffed as the readers sniff them —
 * and its size within the workspace's `limits.max_file_mb`.
 */
import { extname, join, relative, resolve, sep, isAbsolute } from 'node:path';
import { KenesError } from '../sources/KenesError.ts';
import { binaryKind, sniffFormat } from '../sources/readers/readBytes.ts';
import { INPUT_EXTENSIONS } from '../workspace/collectInputs.ts';

const ZIP_TYPES = new Set(['.xlsx', '.xlsm', '.docx']);
const MB = 1024 * 1024;

/** The path under `inputsDir` an uploaded name is saved to; a name that would leave it is refused. */
export function uploadPath(inputsDir: string, name: string): string {
  const refuse = (why: string) => new KenesError('serve.badFileName', `the file name "${name}" is refused: ${why}`, { location: { file: name } });
  if (name.length === 0 || name.length > 255) throw refuse('empty or too long');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) throw refuse('it holds a control character');
  if (isAbsolute(name) || /^[a-zA-Z]:/.test(name) || name.startsWith('\\') || name.startsWith('/')) throw refuse('an absolute path');
  const parts = name.split(/[/\\]/);
  if (parts.some((p) => p === '..' || p === '.')) throw refuse('".." or "." in the path');
  if (parts.some((p) => p === '' || p.startsWith('.') || p.startsWith('~$'))) throw refuse('an empty, hidden or Office lock-file name');
  const target = resolve(inputsDir, ...parts);
  const rel = relative(resolve(inputsDir), target);
  if (rel.startsWith('..') || isAbsolute(rel) || rel === '') throw refuse('it leaves the inputs folder');
  return join(resolve(inputsDir), rel.split(sep).join(sep));
}

/** Refuses bytes that are not what the name says, or too many of them. */
export function checkUploadContent(name: string, bytes: Uint8Array, maxFileMb: number): void {
  const refuse = (code: string, why: string) => new KenesError(code, `${name}: ${why}`, { location: { file: name } });
  if (bytes.length > maxFileMb * MB) throw refuse('serve.tooLarge', `larger than the workspace's limit of ${maxFileMb} MB (limits.max_file_mb)`);
  const ext = extname(name).toLowerCase();
  if (!INPUT_EXTENSIONS.has(ext)) throw refuse('serve.badType', `kenes does not read ${ext || 'files without an extension'} (it reads ${[...INPUT_EXTENSIONS].join(', ')})`);
  const format = sniffFormat(bytes);
  if (ZIP_TYPES.has(ext) && format !== 'zip') throw refuse('serve.badContent', `not ${ext} inside (its bytes are ${binaryKind(bytes) ?? 'text or unknown'})`);
  if (ext === '.pdf' && format !== 'pdf') throw refuse('serve.badContent', `not a PDF inside (its bytes are ${binaryKind(bytes) ?? 'text or unknown'})`);
  if (!ZIP_TYPES.has(ext) && ext !== '.pdf') {
    const kind = binaryKind(bytes);
    if (kind !== null) throw refuse('serve.badContent', `a text file expected, but its bytes are ${kind}`);
  }
}
