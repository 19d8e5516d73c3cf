import iconv from 'iconv-lite';
import { KenesError } from '../KenesError.ts';
import { binaryKind } from './readBytes.ts';

/**
 * Bytes → text for the encodings councils' files come in: UTF-8 with or
 * without a BOM, UTF-16 with a BOM (Excel's "Unicode text"), and Windows-1251
 * (Russian Excel's CSV). UTF-8 is tried strictly first: a cp1251 file is
 * almost never valid UTF-8, so the fallback is safe. Line endings become `\n`
 * whatever mix of `\r\n`, `\r` and `\n` the file has.
 *
 * A file is refused as binary only when it is: its first bytes are a known
 * binary format's, or control characters are too many or run together as in
 * binary data. A stray control character in a cell (a vertical tab pasted
 * from Word, a U+0001, a NUL) is text someone wrote: it is kept as it is, and
 * cleaned on the way out by the writers.
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  const kind = binaryKind(bytes);
  if (kind) throw binaryFile(file, `this is not a text file (it is ${kind})`);
  let text: string;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    text = new TextDecoder('utf-8').decode(bytes.subarray(3));
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  } else if (utf16WithoutBom(bytes)) {
    text = new TextDecoder(utf16WithoutBom(bytes)!).decode(bytes);
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = decodeWindows1251(bytes, file);
    }
  }
  if (looksBinary(text)) throw binaryFile(file, 'this is not a text file (it contains binary data)');
  // A second BOM (files concatenated, or saved twice) would stick to the first header.
  return text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
}

/**
 * UTF-16 saved without a BOM: the high byte of each character (odd positions
 * for little-endian) is 0x00 for ASCII and 0x04 for Cyrillic, Kazakh letters
 * included: zeros in many of those positions, or 0x04 in many and one of the
 * two in nine of ten. No 8-bit text has zeros in every other byte, nor 0x04
 * bytes at all.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  const count = (from: 0 | 1) => {
    let zeros = 0;
    let cyrillic = 0;
    for (let i = from; i < n; i += 2) {
      if (bytes[i] === 0) zeros++;
      else if (bytes[i] === 0x04) cyrillic++;
    }
    return { zeros, cyrillic };
  };
  const even = count(0);
  const odd = count(1);
  const pairs = n / 2;
  const highBytes = (high: { zeros: number; cyrillic: number }, low: { zeros: number }) =>
    low.zeros < pairs * 0.05 && (high.zeros > pairs * 0.4 || (high.cyrillic > pairs * 0.4 && high.zeros + high.cyrillic >= pairs * 0.9));
  if (highBytes(odd, even)) return 'utf-16le';
  if (highBytes(even, odd)) return 'utf-16be';
  return null;
}

/**
 * Windows-1251 bytes as text — unless they are UTF-8 with a few bytes that
 * are not (a file cut off mid-character, or two files of two encodings
 * joined): decoding all of it as Windows-1251 would turn every letter of it
 * into mojibake without a word, so it is refused, naming the line.
 */
export function decodeWindows1251(bytes: Uint8Array, file: string): string {
  const damage = utf8Damage(bytes);
  if (damage.firstInvalid >= 0 && damage.valid >= 4 && damage.valid >= damage.invalid * 4) {
    let line = 1;
    for (let i = 0; i < damage.firstInvalid; i++) if (bytes[i] === 0x0a) line++;
    throw new KenesError('read.badEncoding', `the file is UTF-8 but ${damage.invalid === 1 ? 'one byte is' : `${damage.invalid} bytes are`} not (the first on this line): it was cut off mid-character or mixes two encodings`, {
      location: { file, line },
      hint: 'Open the file, check that line, and save it again as UTF-8 (or save the register as .xlsx).',
    });
  }
  return iconv.decode(Buffer.from(bytes), 'win1251');
}

/** Multi-byte UTF-8 characters that are whole, bytes above 0x7F that are in none, and where the first of those is. */
function utf8Damage(bytes: Uint8Array): { valid: number; invalid: number; firstInvalid: number } {
  let valid = 0;
  let invalid = 0;
  let firstInvalid = -1;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    const size = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let whole = size > 0 && i + size <= bytes.length;
    for (let k = 1; whole && k < size; k++) whole = (bytes[i + k] & 0xc0) === 0x80;
    if (whole) {
      valid++;
      i += size - 1;
    } else {
      invalid++;
      if (firstInvalid < 0) firstInvalid = i;
    }
  }
  return { valid, invalid, firstInvalid };
}

function binaryFile(file: string, message: string): KenesError {
  return new KenesError('read.binaryFile', message, {
    location: { file },
    hint: 'Save the register as .xlsx or as CSV (UTF-8 or Windows-1251).',
  });
}

/**
 * Binary data, not text with a stray control character: in the first 64 K
 * characters, a run of NULs (binary formats pad with zeros; no person types
 * three in a row), or control characters other than tab and line ends making
 * up a tenth of the text (random bytes hold about one in nine), or, past a
 * few dozen, a fiftieth in many different kinds. Text has few kinds: an export that writes line
 * breaks inside cells as vertical tabs (FileMaker) has one on every row.
 */
function looksBinary(text: string): boolean {
  const head = text.slice(0, 65536);
  if (head.includes('\u0000\u0000\u0000')) return true;
  const controls = head.match(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g) ?? [];
  if (controls.length < 4) return false;
  return controls.length > head.length / 10 || (controls.length >= 32 && controls.length > head.length / 50 && new Set(controls).size >= 6);
}
