/**
 * The eighth blind held-out set (issue 12, "Done when"), its reports: five written by an agent that never saw the
 * extractors — a press release (the chair's quote, approximations "около 40", "свыше 60", totals since 2016), a
 * third quarter's "Показатель — значение" block beside a "Справочно" block of running totals and a plan of the
 * fourth quarter, a Kazakh annual report in numbered paragraphs with numbers in words and suffixes, a ministry's
 * bilingual pipe table with approximate cells, a reply letter of slash triples ("5 / 3 / 12") with 2024's in
 * brackets and a plan appendix. Blind, before any fix: 97 of 154 report fields, 8 false values. The classes were
 * fixed with cases of our own (report/tables8, report/prose8): every field right now, no false value.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { readDocumentText } from '../../../sources/readers/readDocumentText.ts';
import { itScoresEachDocument, reportOf } from '../../helpers/heldOutSet.ts';
import { figureMap } from '../../helpers/extractCases.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-8');
const read = async (name: string) => (await reportOf(join(DIR, `${name}.txt`)));
const figuresOf = figureMap;

describe('held-out reports (set 8), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'report', 5, {});

  it('Balkhash: the slash triple is 2025\'s, its bracket 2024\'s; the plan appendix states nothing', async () => {
    const x = await read('report-ru-balkhash-2025');
    expect(figuresOf(x)).toMatchObject({ general_meetings: 5, presidium_meetings: 3, commission_meetings: 12 });
    expect(x.figures.filter((f) => f.line >= 80)).toEqual([]);
    expect(x.candidates.filter((c) => c.line >= 80)).toEqual([]);
  });

  it('Aktau: no approximation is a figure ("около 40", "свыше 60", "более 300")', async () => {
    const x = await read('report-ru-aktau-2025');
    const f = figuresOf(x);
    expect([f.appeals_received, f.letters_sent, f.publications]).toEqual([undefined, undefined, undefined]);
  });

  it('Temirtau: the "Справочно" block and the fourth quarter\'s plan are no figure of the quarter', async () => {
    const x = await read('report-ru-temirtau-2025-q3');
    expect(x.period).toEqual({ from: '2025-07-01', to: '2025-09-30' });
    expect(figuresOf(x)).toMatchObject({ appeals_received: 14, appeals_answered: 11, letters_sent: 9 });
  });
});
