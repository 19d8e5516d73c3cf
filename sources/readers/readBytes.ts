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

/** Magic numbers of the binary files people mistake for text (first bytes; ASCII ones end in a byte no text starts with). */
const MAGIC: [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x49, 0x49, 0x2a, 0x00], 'a TIFF image'],
  [[0x4d, 0x4d, 0x00, 0x2a], 'a TIFF image'],
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'a PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'a zip file (an .xlsx or .docx?)'],
  [[0x50, 0x4b, 0x05, 0x06], 'a zip file (an .xlsx or .docx?)'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Office file (.xls or .doc)'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], 'a 7-Zip archive'],
  [[0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], 'a RAR archive'],
  [[0x7f, 0x45, 0x4c, 0x46], 'a program'],
  [[0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x6d, 0x61, 0x74, 0x20, 0x33, 0x00], 'an SQLite database'],
];

/** What a binary file is, by its magic number, or null when its first bytes are none known. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const [magic, kind] of MAGIC) if (magic.every((b, i) => bytes[i] === b)) return kind;
  // RIFF containers (WebP, WAV, AVI) and ISO media (MP4, HEIC: "ftyp" at offset 4).
  if (bytes[0] === 0x52 && bytes[1] === 0x49 && bytes[2] === 0x46 && bytes[3] === 0x46 && bytes.subarray(8, 12).every((b) => b >= 0x20 && b < 0x7f)) return 'a media file';
  if (bytes[4] === 0x66 && bytes[5] === 0x74 && bytes[6] === 0x79 && bytes[7] === 0x70 && bytes[0] === 0) return 'a media file';
  return null;
}
