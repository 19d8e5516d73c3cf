import iconv from 'iconv-lite';
import { KenesError } from '../KenesError.ts';

/**
 * Bytes → text for the encodings councils' files come in: UTF-8 with or
 * without a BOM, UTF-16 with a BOM (Excel's "Unicode text"), and Windows-1251
 * (Russian Excel's CSV). UTF-8 is tried strictly first: a cp1251 file is
 * almost never valid UTF-8, so the fallback is safe. Line endings become `\n`
 * whatever mix of `\r\n`, `\r` and `\n` the file has.
 */
export function decodeText(bytes: Uint8Array, file: string): string {
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
      text = iconv.decode(Buffer.from(bytes), 'win1251');
    }
  }
  // A NUL never occurs in a text register, nor do many other control characters:
  // either means a binary file (an image, a .doc, a zip) with a text name.
  if (text.includes('\u0000') || isMostlyControl(text)) {
    throw new KenesError('read.binaryFile', 'this is not a text file (it contains binary data)', {
      location: { file },
      hint: 'Save the register as .xlsx or as CSV (UTF-8 or Windows-1251).',
    });
  }
  // A second BOM (files concatenated, or saved twice) would stick to the first header.
  return text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
}

/**
 * UTF-16 saved without a BOM: text in the ASCII range has a zero in every other
 * byte (odd positions for little-endian), which no 8-bit text has.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

/** More than 1% of the first 64 K characters are control characters other than tab and line ends. */
function isMostlyControl(text: string): boolean {
  const head = text.slice(0, 65536);
  const control = head.match(/[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/g)?.length ?? 0;
  return control >= 4 && control > head.length / 100;
}
