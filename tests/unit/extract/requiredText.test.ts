import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeCounts } from '../../../sources/extract/grammar/codeCounts.ts';
import { lowerCase } from '../../../sources/extract/grammar/lowerCase.ts';
import { requiredText } from '../../../sources/extract/grammar/requiredText.ts';
import { maskNeverCounts } from '../../../sources/extract/maskNeverCounts.ts';
import { FIGURE_LEXICON } from '../../../sources/extract/report/figureLexicon.ts';

const sorted = (s: string[] | null) => (s === null ? null : [...s].sort());

describe('requiredText', () => {
  it('finds the literal run a match must hold, the longest of a sequence', () => {
    expect(requiredText('(\\d+)\\s+мониторинг[\\p{L}]*')).toEqual(['мониторинг']);
    expect(requiredText('заседани[\\p{L}]*\\s+президиум')).toEqual(['президиум']);
    expect(sorted(requiredText('(?:президиум|төралқа)[\\p{L}]*'))).toEqual(['президиум', 'төралқа']);
    expect(requiredText('a\\.b')).toEqual(['a.b']);
    expect(requiredText('\\u0430\\u{431}в')).toEqual(['абв']);
    // zero-width parts join the run around them: they hold no text
    expect(requiredText('abc\\bdef')).toEqual(['abcdef']);
    expect(requiredText('(?<![\\p{L}])круглы(?=х)')).toEqual(['круглы']);
  });

  it('never counts what may be absent: optional parts, repeats beyond one, classes, look-arounds, back-references', () => {
    expect(requiredText('(?:мониторинг)?\\d+')).toBeNull();
    expect(requiredText('(?:мониторинг|\\d+)')).toBeNull();
    expect(requiredText('\\d+')).toBeNull();
    expect(requiredText('[абв]+')).toBeNull();
    expect(requiredText('(?=семинар)\\d')).toBeNull();
    expect(requiredText('(а)\\1')).toEqual(['а']);
    // "ab+c" holds "ab" and "c", never "abc"
    expect(requiredText('ab+c')).toEqual(['ab']);
    expect(requiredText('x{2,3}yz')).toEqual(['yz']);
    expect(requiredText('x{2}yz')).toEqual(['yz']);
    expect(requiredText('x{1}yz')).toEqual(['xyz']);
  });

  it('is sound: whatever a pattern matches holds one of the texts it requires', () => {
    const pieces = ['а', 'б', 'ab', '(?:а|б)', '(?:аб)?', 'б+', '\\d', '[аб]', '(?<=а)', '(?!б)', '|', 'а*', '(?:а|бв|)', '\\s', 'а{2}', 'б{1,2}'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 6 }), fc.string({ unit: fc.constantFrom('а', 'б', 'в', '1', ' '), maxLength: 12 }), (parts, text) => {
        const source = parts.join('');
        const needs = requiredText(source);
        if (needs !== null && new RegExp(source, 'u').test(text)) expect(needs.some((n) => text.includes(n)), `${source} on "${text}"`).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('holds for every figure pattern on the lines of the held-out reports', () => {
    const root = new URL('../../fixtures/extract/', import.meta.url);
    const lines: string[] = [];
    for (const set of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
      const dir = new URL(`${set}/`, root);
      for (const file of readdirSync(dir).filter((f) => f.startsWith('report') && f.endsWith('.txt'))) lines.push(...readFileSync(new URL(file, dir), 'utf8').split('\n'));
    }
    expect(lines.length).toBeGreaterThan(3000);
    let tried = 0;
    const unsound: string[] = [];
    // Every sixth line, read as readFigures reads it (the lexicon is tried only on text holding a count): the
    // patterns on lines where they cannot match are what the look-up saves, so all lines took seconds.
    for (const [k, line] of lines.entries()) {
      if (k % 6 !== 0) continue;
      const { coded: upper, counts } = codeCounts(maskNeverCounts(line), { kazakh: false });
      if (counts.size === 0) continue;
      const coded = lowerCase(upper);
      for (const entry of FIGURE_LEXICON) {
        for (const form of entry.forms) {
          if (form.needs === null || form.needs.some((n) => coded.includes(n))) continue;
          tried++;
          form.regex.lastIndex = 0;
          if (form.regex.test(coded)) unsound.push(`${entry.metric} /${form.regex.source.slice(0, 60)}…/ on "${line}"`);
        }
      }
    }
    expect(unsound).toEqual([]);
    expect(tried).toBeGreaterThan(50_000);
    // ~15 s alone; a minute and more while other suites share the two cores.
  }, 180_000);
});
