import { createInflateRaw } from 'node:zlib';
import { storedBytes, type ZipEntry } from './inspectZip.ts';

/** U+FFFD in UTF-8, and the same character written as an XML character reference or Excel's `_xFFFD_`. */
const ENCODED = Buffer.from([0xef, 0xbf, 0xbd]);
const REFERENCE = /&#(?:x0*fffd|0*65533);|_xfffd_/gi;
/** Bytes carried from one inflated chunk to the next, so a match split between them is seen: the longest reference less one. */
const CARRY = 15;

/**
 * How many U+FFFD (the replacement character) the source bytes of these zip
 * entries hold, as UTF-8 or escaped. A U+FFFD the source
 * holds is text someone wrote; one it does not hold was made by a decoder
 * that lost a character. Counted on the stored bytes, never on decoded text,
 * which would count the decoder's own. Entries are inflated as a stream, so
 * memory stays small whatever their size.
 */
export async function replacementCharsInZip(bytes: Buffer, entries: ZipEntry[]): Promise<number> {
  let total = 0;
  for (const entry of entries) total += await countInEntry(storedBytes(bytes, entry), entry.method);
  return total;
}

function countInEntry(stored: Buffer, method: number): Promise<number> {
  if (method === 0) return Promise.resolve(countIn(stored.toString('latin1')));
  return new Promise((resolve, reject) => {
    let count = 0;
    let tail = '';
    const inflater = createInflateRaw({ chunkSize: 64 * 1024 });
    inflater.on('data', (chunk: Buffer) => {
      // latin1 maps each byte to one character, so byte patterns become string patterns.
      const text = tail + chunk.toString('latin1');
      const safe = Math.max(0, text.length - CARRY);
      // A match is counted in the chunk where it starts; one starting in the carried tail is counted next time.
      count += countIn(text, safe);
      tail = text.slice(safe);
    });
    inflater.on('error', reject);
    inflater.on('end', () => resolve(count + countIn(tail)));
    inflater.end(stored);
  });
}

/** Matches that start before `before` (all of them by default). */
function countIn(text: string, before = text.length): number {
  let n = 0;
  const encoded = ENCODED.toString('latin1');
  for (let i = text.indexOf(encoded); i >= 0 && i < before; i = text.indexOf(encoded, i + 1)) n++;
  for (const match of text.matchAll(REFERENCE)) if (match.index < before) n++;
  return n;
}
