/**
 * exceljs's streaming XML reader (lib/utils/parse-sax.js, patched in
 * patches/exceljs+4.4.0.patch) fed the same XML cut into chunks at any
 * boundaries gives the same text: a character whose UTF-8 bytes are split
 * between two chunks is read whole, not as two U+FFFD (exceljs #2063, #2316).
 * And XML that stops part-way is an error, not a shorter document.
 */
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HARD_PIECES, xmlText } from '../../helpers/hardText.ts';

type SaxEvent = { eventType: 'opentag' | 'text' | 'closetag'; value: unknown };
const parseSax = createRequire(import.meta.url)('exceljs/lib/utils/parse-sax.js') as (chunks: AsyncIterable<Buffer>) => AsyncIterable<SaxEvent[]>;

async function* chunksOf(bytes: Buffer, cuts: number[]): AsyncIterable<Buffer> {
  let from = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    yield bytes.subarray(from, cut);
    from = cut;
  }
  yield bytes.subarray(from);
}

/** The text of every element and the value of every attribute, in document order. */
async function read(chunks: AsyncIterable<Buffer>): Promise<string[]> {
  const out: string[] = [];
  for await (const events of parseSax(chunks)) {
    for (const { eventType, value } of events) {
      if (eventType === 'text') out.push(value as string);
      if (eventType === 'opentag') out.push(...Object.values((value as { attributes: Record<string, string> }).attributes));
    }
  }
  return out;
}

const text = fc.array(fc.constantFrom(...HARD_PIECES), { minLength: 1, maxLength: 30 }).map((p) => p.join(''));

describe('exceljs parse-sax, patched', () => {
  it('reads the same text and attributes wherever the bytes are cut into chunks', async () => {
    await fc.assert(fc.asyncProperty(
      fc.array(text, { minLength: 1, maxLength: 4 }),
      fc.array(fc.nat(), { maxLength: 12 }),
      async (texts, rawCuts) => {
        const xml = `<?xml version="1.0" encoding="UTF-8"?><sst>${texts.map((t) => `<si a="${xmlText(t).replace(/"/g, '&quot;')}"><t>${xmlText(t)}</t></si>`).join('')}</sst>`;
        const bytes = Buffer.from(xml, 'utf8');
        const cuts = rawCuts.map((c) => c % (bytes.length + 1));
        // Each text appears twice: as the attribute, then as the element's text.
        expect((await read(chunksOf(bytes, cuts))).join('|')).toBe(texts.flatMap((t) => [t, t]).join('|'));
      },
    ), { numRuns: 500 });
  });

  it('reads a text cut after every single byte', async () => {
    const want = HARD_PIECES.join('');
    const bytes = Buffer.from(`<t>${xmlText(want)}</t>`, 'utf8');
    expect((await read(chunksOf(bytes, Array.from(bytes.keys())))).join('')).toBe(want);
  });

  it('refuses XML that stops before its root element closes, wherever it stops', async () => {
    const bytes = Buffer.from('<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Қоғамдық кеңес</t></is></c></row></sheetData></worksheet>', 'utf8');
    await fc.assert(fc.asyncProperty(fc.integer({ min: 1, max: bytes.length - 1 }), async (end) => {
      await expect(read(chunksOf(bytes.subarray(0, end), []))).rejects.toThrow(/unclosed tag|unexpected end|root element|invalid/i);
    }), { numRuns: 100 });
    expect(await read(chunksOf(bytes, []))).toContain('Қоғамдық кеңес');
  });
});
