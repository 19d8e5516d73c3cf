/**
 * The generators' protocols and reports through a bad copy (tests/generators/mangleCopy.ts: Latin look-alike letters,
 * letters drawn as digits, Kazakh typed on a Russian keyboard) read as the clean render does — and, where they cannot,
 * state nothing the document does not hold. Held-out set 36 showed each damage in a real copy; these draw them over every
 * phrasing the generators know.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { MANGLINGS, mangleCopy, typedOnKeyboard as typedOnKeyboardAll, type Mangling } from '../../generators/mangleCopy.ts';
import { makeSpec, renderProtocol, type ExpectedProtocol } from '../../generators/renderProtocol.ts';
import { renderReport, reportX } from '../../generators/renderReport.ts';
import { viewOfProtocol } from '../../generators/viewOfProtocol.ts';

const seed = fc.integer({ min: 1, max: 2 ** 31 - 1 });
const manglings = fc.subarray([...MANGLINGS], { minLength: 1 });

/**
 * What a keyboard copy of a Kazakh protocol should give: its names and titles as they were typed — but for the Latin i,
 * which a Cyrillic word takes as і (repairCopy).
 */
function asTyped(want: ExpectedProtocol, kinds: readonly Mangling[]): ExpectedProtocol {
  if (!kinds.includes('keyboard')) return want;
  const typedOnKeyboard = (text: string) => typedOnKeyboardAll(text).replace(/i/gu, 'і').replace(/I/gu, 'І');
  return {
    ...want,
    attendees: want.attendees.map((a) => ({ ...a, name: typedOnKeyboard(a.name) })),
    absentees: want.absentees.map((a) => ({ ...a, name: typedOnKeyboard(a.name) })),
    agenda: want.agenda.map(typedOnKeyboard),
  };
}

// A few hundred renders a run (~25 ms each to render and parse, unloaded); FC_SEED=random explores more.
describe('a mangled copy reads as its clean render', () => {
  it('reports: the same figures', () => {
    fc.assert(
      fc.property(reportX, seed, seed, manglings, (x, renderSeed, mangleSeed, kinds) => {
        const text = mangleCopy(renderReport(x, renderSeed), mangleSeed, kinds);
        const figures = Object.fromEntries(parseReport(text).figures.map((f) => [f.metric, f.value]));
        expect(figures, text).toEqual(x.figures);
      }),
      { numRuns: 150 },
    );
  }, 180_000);

  it('protocols: the same counts, names, agenda and votes', () => {
    fc.assert(
      fc.property(seed, seed, seed, manglings, (specSeed, renderSeed, mangleSeed, kinds) => {
        const { text, expected } = renderProtocol(makeSpec(specSeed), renderSeed);
        const copy = mangleCopy(text, mangleSeed, kinds);
        expect(viewOfProtocol(parseProtocol(copy)), copy).toEqual(asTyped(expected, kinds));
      }),
      { numRuns: 100 },
    );
  }, 180_000);

  // A Kazakh sentence typed without a Kazakh letter keeps Kazakh word order: the owner before the noun ("Комиссия
  // отырыстарынын саны" is the commissions' meetings), where Russian "Комиссия провела" is one commission's.
  it.each([
    ['Комиссия отырыстарынын саны: 40 (2020 жылы – 7).', { commission_meetings: 40 }],
    ['Комиссия отырыстарының саны – 12.', { commission_meetings: 12 }],
    ['Комиссия провела 4 заседания.', {}],
  ])('%s', (line, want) => {
    const report = parseReport(`2021 жылғы Қоғамдық кеңестің қызметі туралы есеп\n\n${line}\n`);
    expect(Object.fromEntries(report.figures.map((f) => [f.metric, f.value]))).toEqual(want);
  });
});
