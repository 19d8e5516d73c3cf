import { readFile } from 'node:fs/promises';
import { EXIT_USAGE, KenesError } from '../KenesError.ts';

/** A file's bytes; a file that cannot be opened (no permission, a folder, gone) is a KenesError naming it. */
export async function readBytes(path: string, file: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    throw new KenesError('read.cannotOpen', code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'this is a folder, not a file' : `cannot open the file (${code ?? oneLine(String(cause))})`, {
      location: { file }, exitCode: code === 'ENOENT' || code === 'EISDIR' ? EXIT_USAGE : undefined, cause,
    });
  }
}

/** A library's error message as one short line: messages are printed as `file — reason` on a single line. */
export function oneLine(text: string, max = 160): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** What the first bytes say a file really is, whatever its name. */
export function sniffFormat(bytes: Uint8Array): 'zip' | 'ole2' | 'pdf' | 'unknown' {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06)) return 'zip';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'ole2';
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return 'pdf';
  return 'unknown';
}
