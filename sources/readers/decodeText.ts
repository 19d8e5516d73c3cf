import iconv from 'iconv-lite';
import { KenesError } from '../KenesError.ts';

/**
 * Bytes → text for the encodings councils' files come in: UTF-8 with or
 * without a BOM, UTF-16 with a BOM (Excel's "Unicode text"), and Windows-1251
 * (Russian Excel's CSV). UTF-8 is tried strictly first: a cp1251 file is
 * almost never valid UTF-8, so the fallback is safe.
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  let text: string;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    text = new TextDecoder('utf-8').decode(bytes.subarray(3));
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = iconv.decode(Buffer.from(bytes), 'win1251');
    }
  }
  // A NUL never occurs in a text register; it means a binary file with a text name.
  if (text.includes('\u0000')) {
    throw new KenesError('read.binaryFile', 'this is not a text file (it contains binary data)', {
      location: { file },
      hint: 'Save the register as .xlsx or as CSV (UTF-8 or Windows-1251).',
    });
  }
  return text.replace(/\r\n?/g, '\n');
}
