/**
 * The chunked scan of a CSV's bytes against the same questions asked of the
 * whole file at once: for random files made of the bytes that matter (line
 * ends, NUL, a non-breaking space, Cyrillic, a broken UTF-8 sequence), cut
 * into chunks of every small size, so every pattern falls across a boundary.
 */
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashFile } from '../../../sources/readers/hashFile.ts';
import { scanCsvBytes } from '../../../sources/readers/scanCsvBytes.ts';
import { useTempDir } from '../../helpers/tempDir.ts';

const tempDir = useTempDir();

/** The questions on the whole buffer, the plain way. */
function expected(bytes: Buffer, headBytes: number) {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  let end = body.length;
  while (end > 0 && (body[end - 1] === 0x0a || body[end - 1] === 0x0d)) end--;
  const core = body.subarray(0, end);
  let loneCr = false;
  for (let i = 0; i < core.length; i++) if (core[i] === 0x0d && core[i + 1] !== 0x0a) loneCr = true;
  const text = body.toString('utf8');
  return {
    bom,
    binary: (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || bytes.includes(0),
    utf8: isUtf8(body),
    irregularLines: core.includes('\n\n') || core.includes('\n\r\n') || core.includes('\r\r') || loneCr,
    crlf: core.includes(0x0d),
    // Only asked of UTF-8 files.
    unicodeSpaces: isUtf8(body) ? /[\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/.test(text) : undefined,
    head: Buffer.from(body.subarray(0, headBytes)),
    edgeSpaces: [' ', ...['\t', '\v', '\f', '\r'].filter((c) => bytes.includes(c)), ...(bytes.includes('"') ? ['\n'] : [])],
  };
}

const PIECES = ['a', ';', '"', '\n', '\r', '\r\n', '\t', '\v', '\f', '\u00a0', 'ж', '\u2028', '\ufeff', '\u{1F600}', '\0', 'x'].map((p) => Buffer.from(p, 'utf8'));
const BROKEN = Buffer.from([0xd0]); // the first half of a Cyrillic letter

describe('scanCsvBytes', () => {
  it('answers as the whole-file checks do, however the file is cut into chunks', async () => {
    const dir = await tempDir();
    let n = 0;
    await fc.assert(fc.asyncProperty(
      fc.boolean(),
      fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.constant(BROKEN)), { maxLength: 40 }),
      fc.integer({ min: 1, max: 9 }),
      async (withBom, pieces, chunk) => {
        const bytes = Buffer.concat([withBom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), ...pieces]);
        const path = join(dir, `f${n++}.csv`);
        await writeFile(path, bytes);
        const want = expected(bytes, 5);
        const got = await scanCsvBytes(path, 5, chunk);
        expect({ ...got, unicodeSpaces: want.utf8 ? got.unicodeSpaces : undefined }).toEqual(want);
      },
    ), { numRuns: 400 });
  });

  it('reads a file larger than its buffer: a blank line at the far end; hashFile hashes it whole', async () => {
    const dir = await tempDir();
    const path = join(dir, 'big.csv');
    const bytes = Buffer.concat([Buffer.from('id;name\n'), Buffer.from('1;Жанар\n'.repeat(200_000)), Buffer.from('\n2;Ерлан\n')]);
    await writeFile(path, bytes);
    const got = await scanCsvBytes(path, 20, 1 << 20);
    expect(await hashFile(path)).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(got.irregularLines).toBe(true);
    expect(got.utf8).toBe(true);
    expect(got.head.toString()).toBe('id;name\n1;Жанар');
  });
});
