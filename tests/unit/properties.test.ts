import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../pipelines/build/parsePeriod.ts';
import { KenesError } from '../../sources/KenesError.ts';
import { applicantNames } from '../../sources/privacy/ApplicantNames.ts';
import { findPersonalData } from '../../sources/privacy/findPersonalData.ts';
import { maskPersonalData } from '../../sources/privacy/maskPersonalData.ts';
import { decodeText } from '../../sources/readers/decodeText.ts';
import { readCsv } from '../../sources/readers/readCsv.ts';
import { readTables } from '../../sources/readers/readTables.ts';
import { useTempDir } from '../helpers/tempDir.ts';

const tempDir = useTempDir();

/** Throws only KenesError, or nothing: anything else would reach the user as "Unexpected error". */
async function onlyKenesErrors(work: () => unknown): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof KenesError)) throw error;
    expect(error.toString().split('\n')[0]).not.toMatch(/\n/);
  }
}

const csvLike = fc.array(fc.oneof(
  fc.constantFrom('letter_id', 'sent_on', 'addressee', ',', ';', '\t', '"', '""', '\r\n', '\n', '\r', '\ufeff', '=1+1', '31.02.2023', 'L1', '2023-01-05', 'Комиссия № 3'),
  fc.string({ unit: 'grapheme' }),
), { maxLength: 40 }).map((parts) => parts.join(''));

describe('readers never throw anything but KenesError', () => {
  it('decodeText: any bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
      try {
        const text = decodeText(bytes, 'x.csv');
        expect(text.includes('\r')).toBe(false);
      } catch (error) {
        expect(error).toBeInstanceOf(KenesError);
      }
    }), { numRuns: 500 });
  });

  it('readCsv and readTables: any bytes, any CSV-like text, written to a file', async () => {
    const dir = await tempDir();
    await fc.assert(fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 3000 }), csvLike.map((t) => new TextEncoder().encode(t))), async (bytes) => {
      const path = join(dir, 'letters.csv');
      await writeFile(path, bytes);
      await onlyKenesErrors(() => readCsv(path));
      await onlyKenesErrors(() => readTables(path));
    }), { numRuns: 200 });
  });

  it('readTables: any bytes named .xlsx, including damaged zips', async () => {
    const dir = await tempDir();
    const zipish = fc.uint8Array({ maxLength: 2000 }).map((b) => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...b, 0x50, 0x4b, 0x05, 0x06, ...b.slice(0, 18)]));
    await fc.assert(fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 2000 }), zipish), async (bytes) => {
      const path = join(dir, 'letters.xlsx');
      await writeFile(path, bytes);
      await onlyKenesErrors(() => readTables(path));
    }), { numRuns: 150 });
  });
});

describe('parsePeriod never throws anything but KenesError', () => {
  it('any text', async () => {
    const pieces = fc.constantFrom('2025', '-', 'H', 'Q', '1', '2', '3', '4', '9', '..', '2025-05-01', 'convocation:', 'IV', ' ', '13', '00', '02-30');
    await fc.assert(fc.asyncProperty(fc.oneof(fc.string(), fc.array(pieces, { maxLength: 8 }).map((p) => p.join(''))), async (text) => {
      await onlyKenesErrors(() => {
        const p = parsePeriod(text, { convocations: [{ id: 'IV', from: '2022-05-20', to: null }] });
        expect(p.current.from <= p.current.to).toBe(true);
      });
    }), { numRuns: 500 });
  });
});

describe('the privacy extractor', () => {
  const names = applicantNames(['Садыков Ерлан Маратович', 'Пак Дмитрий Александрович']);
  const pii = fc.constantFrom('+7 707 395 45 99', '8 (727) 261-45-67', 'erlan@example.kz', 'ИИН 630901398450', 'ул. Утепова, д. 58, кв. 113', 'Садыков Е.М.', 'Ерлан Садыков');
  const filler = fc.string({ unit: fc.constantFrom(...'абвгд еёжз ,.;()0123456789«»\n'.split('')), maxLength: 30 });

  it('finds no overlapping matches, in order, within the text, for any text', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), fc.array(fc.oneof(pii, filler), { maxLength: 10 }).map((p) => p.join(' '))), (text) => {
      const found = findPersonalData(text, { names });
      for (let i = 0; i < found.length; i++) {
        expect(text.slice(found[i].start, found[i].end)).toBe(found[i].text);
        if (i > 0) expect(found[i].start).toBeGreaterThanOrEqual(found[i - 1].end);
      }
    }), { numRuns: 400 });
  });

  it('masked text contains none of the personal data put into it', () => {
    fc.assert(fc.property(fc.array(fc.tuple(filler, pii), { minLength: 1, maxLength: 6 }), (parts) => {
      const text = parts.map(([f, p]) => `${f} ${p} `).join('');
      const masked = maskPersonalData(text, { names });
      for (const [, p] of parts) expect(masked).not.toContain(p);
      // Masking is idempotent: a mask is not personal data.
      expect(maskPersonalData(masked, { names })).toBe(masked);
    }), { numRuns: 300 });
  });
});

describe('an error is one line', () => {
  it('even when a header it quotes has a line break in its cell', () => {
    const error = new KenesError('ingest.missingColumn', 'missing required column member_id', {
      location: { file: 'Состав.xlsx', sheet: 'Лист\n1', row: 3 }, hint: 'Headers found: № п/п, Дата\nвступления, Сектор.',
    });
    expect(error.toString()).toBe('Состав.xlsx:Лист 1:row 3 — missing required column member_id. Hint: Headers found: № п/п, Дата вступления, Сектор.');
  });
});
