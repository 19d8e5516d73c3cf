import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDatePhrase } from '../../../sources/extract/parseDatePhrase.ts';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { resolveMember } from '../../../sources/people/resolveMember.ts';

// Text made of the pieces documents are made of, so the generator reaches the
// grammar's branches (lists, votes, dates, tables) and not only random noise.
const pieces = [
  'Протокол № 8', 'Присутствовали:', 'Отсутствовали:', 'Повестка дня:', 'Голосовали:', 'За – 5', 'против – нет',
  'воздержались – 6', 'Қолдайтындар?/Кто за?- 16', 'единогласно', 'Решение не принято.', 'Шешім қабылданды',
  '1.', '2)', '· ', '\t№', '\tАпрель', '\t1.', '\t-', 'Итого: 18', '14-15 марта 2024 г.', '17.10.', '31.02.2024',
  'за 2019г.', 'за первое полугодие 2024 года', 'Instagram – 12 500 просмотров', 'Кобеева А.О.', '(он-лайн)',
  'из 39 членов присутствуют 30', '«', '»', ':', '\n', '\n\n', ' ', '(', ')', '-', '–', 'мониторинг', 'круглых столов',
];
const cyrillic = fc.string({ unit: fc.constantFrom(...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһіАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯӘҒҚҢӨҰҮҺІ .,:;-–—«»()0123456789\n\t№'.split('')) });
const documentLike = fc.array(fc.oneof(fc.constantFrom(...pieces), cyrillic, fc.string(), fc.nat({ max: 3000 }).map(String)), { maxLength: 60 }).map((p) => p.join(''));
const anyText = fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), cyrillic, documentLike);

describe('extractors never throw', () => {
  it('parseProtocol returns a protocol for any text', () => {
    fc.assert(fc.property(anyText, (text) => {
      const x = parseProtocol(text);
      expect(x.kind).toBe('protocol');
      expect(x.issues.every((i) => i.message.startsWith('could not read') === false)).toBe(true);
    }), { numRuns: 300 });
  });

  it('a table header alone at the end of the text reads as an empty table (fast-check found "\\t№")', () => {
    const x = parseReport('\t№');
    expect(x.issues.filter((i) => i.message.startsWith('could not read'))).toEqual([]);
    expect(x.activities).toEqual([]);
  });

  it('parseReport returns a report for any text and year', () => {
    fc.assert(fc.property(anyText, fc.option(fc.integer({ min: -5, max: 3000 }), { nil: undefined }), (text, year) => {
      const x = parseReport(text, { defaultYear: year });
      expect(x.kind).toBe('report');
      expect(x.issues.every((i) => i.message.startsWith('could not read') === false)).toBe(true);
    }), { numRuns: 300 });
  });

  it('parseDatePhrase returns null or a valid ISO range', () => {
    fc.assert(fc.property(anyText, fc.option(fc.integer({ min: -5, max: 3000 }), { nil: undefined }), (text, year) => {
      const r = parseDatePhrase(text, year);
      if (r) expect(r.start <= r.end && /^\d{4}-\d{2}-\d{2}$/.test(r.start)).toBe(true);
    }), { numRuns: 500 });
  });

  it('resolveMember answers for any name and register', () => {
    const member = fc.record({ member_id: fc.string(), full_name: fc.oneof(cyrillic, fc.string()) });
    fc.assert(fc.property(anyText, fc.array(member, { maxLength: 8 }), (name, members) => {
      expect(['matched', 'unmatched', 'ambiguous']).toContain(resolveMember(name, members).status);
    }), { numRuns: 300 });
  });
});
