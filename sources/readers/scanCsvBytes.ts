/**
 * One pass over a CSV file's bytes, in 8 MB chunks through one buffer, for
 * what the bulk loader must know before DuckDB reads it: whether it is UTF-8,
 * and the few things DuckDB's reader would count differently from the JS path
 * (blank lines, lone carriage returns, NUL bytes). (Its hash is worked out
 * later, while DuckDB writes the rows: hashFile.) Reading a large
 * file whole costs four times as much — the pages of a fresh buffer the size
 * of the file — as reading it through one small buffer.
 *
 * Patterns are looked for across chunk boundaries: each chunk starts with the
 * last few bytes of the one before (from a character boundary), so a "\n\n" or
 * a UTF-8 character split between two reads is seen whole.
 */
import { open } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';

const CHUNK = 8 << 20;
/** Bytes kept from one chunk for the next: a 3-byte pattern, or the rest of a 4-byte character. */
const OVERLAP = 6;
/** Lines that DuckDB skips or splits where papaparse counts a record. */
const IRREGULAR = ['\n\n', '\n\r\n', '\r\r'].map((p) => Buffer.from(p, 'latin1'));

export interface CsvBytes {
  /** A UTF-8 byte order mark at the start. */
  bom: boolean;
  /** UTF-16 (a byte order mark) or NUL bytes: not text the bulk path reads. */
  binary: boolean;
  utf8: boolean;
  /** Blank lines or lone carriage returns before the file's last record (trailing ones do not count). */
  irregularLines: boolean;
  /** Carriage returns before the last record: CRLF line ends (or CRs inside quoted cells). */
  crlf: boolean;
  /** A non-breaking or other Unicode space (UTF-8 files). */
  unicodeSpaces: boolean;
  /**
   * The ASCII spaces that may stand at the edge of a cell, for the trim test:
   * a space always; tab, vertical tab, form feed and CR if the file has them;
   * a line break if it has quotes (a quoted cell may hold one).
   */
  edgeSpaces: string[];
  /** The first bytes after the byte order mark, for sniffing the header. */
  head: Buffer;
}

/** `chunkBytes` is for tests, which cut small files in many places. */
export async function scanCsvBytes(path: string, headBytes: number, chunkBytes = CHUNK): Promise<CsvBytes> {
  const buffer = Buffer.allocUnsafe(chunkBytes + OVERLAP);
  const handle = await open(path);
  const found = { binary: false, utf8: true, unicodeSpaces: false };
  const present = new Map([0x09, 0x0b, 0x0c, 0x0d, 0x22].map((b) => [b, false]));
  // Absolute offsets: the first match of each pattern and the first lone CR and CR; the last byte that is no line end.
  const firstIrregular = IRREGULAR.map(() => -1);
  let firstLoneCr = -1;
  let firstCr = -1;
  let lastContent = -1;
  let start = Buffer.alloc(0); // the file's first bytes: byte order mark and head
  try {
    let base = 0; // file offset of buffer[0]
    let kept = 0; // bytes at the start of the buffer carried over from the last chunk
    for (;;) {
      const { bytesRead } = await handle.read(buffer, kept, chunkBytes, null);
      const length = kept + bytesRead;
      const last = bytesRead === 0;
      const view = buffer.subarray(0, length);
      if (start.length < 3 + headBytes) start = Buffer.concat([start, buffer.subarray(kept, Math.min(length, kept + 3 + headBytes - start.length))]);
      if (!found.binary && view.includes(0)) found.binary = true;
      for (const [byte, seen] of present) if (!seen && view.includes(byte)) present.set(byte, true);
      IRREGULAR.forEach((pattern, k) => {
        if (firstIrregular[k] < 0) {
          const at = view.indexOf(pattern);
          if (at >= 0) firstIrregular[k] = base + at;
        }
      });
      for (let i = view.indexOf(0x0d); i >= 0; i = view.indexOf(0x0d, i + 1)) {
        if (firstCr < 0) firstCr = base + i;
        // A CR at the end of the chunk is judged with the next one, which starts with it.
        if (i + 1 < length && view[i + 1] !== 0x0a && firstLoneCr < 0) firstLoneCr = base + i;
        if (firstLoneCr >= 0) break;
      }
      for (let i = length - 1; i >= 0; i--) {
        if (view[i] !== 0x0a && view[i] !== 0x0d) {
          lastContent = Math.max(lastContent, base + i);
          break;
        }
      }
      // Validate up to the last whole character; the rest comes round again with the next chunk.
      const cut = last ? length : characterStart(view, length);
      if (found.utf8 && !isUtf8(view.subarray(0, cut))) found.utf8 = false;
      if (!found.unicodeSpaces && hasUnicodeSpace(view, base)) found.unicodeSpaces = true;
      if (last) break;
      const from = characterStart(view, Math.max(0, Math.min(cut, length - 2)));
      buffer.copyWithin(0, from, length);
      base += from;
      kept = length - from;
    }
  } finally {
    await handle.close();
  }
  const bom = start[0] === 0xef && start[1] === 0xbb && start[2] === 0xbf;
  const utf16 = (start[0] === 0xff && start[1] === 0xfe) || (start[0] === 0xfe && start[1] === 0xff);
  const head = start.subarray(bom ? 3 : 0, (bom ? 3 : 0) + headBytes);
  // What lies after the last record — line ends only — is not between records.
  const coreEnd = lastContent + 1;
  const irregularLines = firstIrregular.some((at, k) => at >= 0 && at + IRREGULAR[k].length <= coreEnd)
    || (firstLoneCr >= 0 && firstLoneCr < coreEnd);
  return {
    bom, binary: utf16 || found.binary, utf8: found.utf8, irregularLines,
    crlf: firstCr >= 0 && firstCr < coreEnd, unicodeSpaces: found.unicodeSpaces, head,
    edgeSpaces: [' ', ...(['\t', '\v', '\f', '\r'] as const).filter((c) => present.get(c.charCodeAt(0))), ...(present.get(0x22) ? ['\n'] : [])],
  };
}

/** The start of the UTF-8 character that `end` falls in or just after, if that character is not whole before `end`. */
function characterStart(bytes: Buffer, end: number): number {
  for (let i = end - 1; i >= Math.max(0, end - 4); i--) {
    const b = bytes[i];
    if ((b & 0xc0) === 0x80) continue; // a continuation byte
    const size = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    return i + size > end ? i : end;
  }
  return end;
}

/**
 * A Unicode space JS `\s` and `trim()` know besides ASCII's, found from UTF-8
 * lead bytes without decoding. `base` is the file offset of `bytes`: U+FEFF at
 * the very start is the byte order mark, no cell's space.
 */
function hasUnicodeSpace(bytes: Buffer, base: number): boolean {
  const at = (i: number, ...tail: number[]) => tail.every((b, k) => bytes[i + 1 + k] === b);
  for (let i = bytes.indexOf(0xc2); i >= 0; i = bytes.indexOf(0xc2, i + 1)) if (at(i, 0xa0)) return true;
  for (let i = bytes.indexOf(0xe1); i >= 0; i = bytes.indexOf(0xe1, i + 1)) if (at(i, 0x9a, 0x80)) return true;
  for (let i = bytes.indexOf(0xe2); i >= 0; i = bytes.indexOf(0xe2, i + 1)) {
    const [b1, b2] = [bytes[i + 1], bytes[i + 2]];
    if (b1 === 0x80 && ((b2 >= 0x80 && b2 <= 0x8a) || b2 === 0xa8 || b2 === 0xa9 || b2 === 0xaf)) return true;
    if (b1 === 0x81 && b2 === 0x9f) return true;
  }
  for (let i = bytes.indexOf(0xe3); i >= 0; i = bytes.indexOf(0xe3, i + 1)) if (at(i, 0x80, 0x80)) return true;
  for (let i = bytes.indexOf(0xef); i >= 0; i = bytes.indexOf(0xef, i + 1)) if (at(i, 0xbb, 0xbf) && base + i > 0) return true;
  return false;
}
