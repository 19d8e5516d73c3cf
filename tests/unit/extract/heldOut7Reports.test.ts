/**
 * The seventh blind held-out set (issue 12, "Done when"), its reports: five written by an agent that never saw the
 * extractors — a slide deck pasted as text (bullets under slide headings, a slide of plans), a Kazakh pipe table of
 * 2024 | 2025 | % with "оның ішінде" rows, a half-year with a quarter's section and an appendix table of dated
 * events, a nine-month report copied from a PDF (page furniture, words hyphenated across lines, counts in words),
 * a ministry's Plan | Fact | % table in fixed-width columns. Blind, before any fix: 49.7 % of 177 report fields.
 * The classes were fixed with cases of our own (report/tables7, report/prose7, pageFurniture): every field right
 * now, no false value. Below, the traps each document must not fall into.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { readDocumentText } from '../../../sources/readers/readDocumentText.ts';
import { itScoresEachDocument, reportOf } from '../../helpers/heldOutSet.ts';
import { figureMap } from '../../helpers/extractCases.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-7');
const read = async (name: string) => (await reportOf(join(DIR, `${name}.txt`)));
const figuresOf = figureMap;

describe('held-out reports (set 7), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'report', 5, {});

  it('Pavlodar (slides): the plans for the second half are candidates, never figures', async () => {
    const x = await read('report-ru-pavlodar-2025-h1');
    // "ПЛАНЫ НА II ПОЛУГОДИЕ": "• провести 4 мониторинга", "• 3 круглых стола".
    expect(x.candidates.map((c) => `${c.line}:${c.metric}=${c.value}`)).toEqual(['93:monitorings=4', '94:round_tables=3']);
    expect(x.candidates.every((c) => /plans or tasks ahead/.test(c.why))).toBe(true);
    expect(x.figures.filter((f) => f.line > 90)).toEqual([]);
  });

  it('Turkistan: the 2025 column only — no 2024 value and no percent is a figure', async () => {
    const x = await read('report-kk-turkistan-2025');
    expect(x.period).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(figuresOf(x)).toMatchObject({ general_meetings: 6, commission_meetings: 22, publications: 176 });
  });

  it('Minprosv: the Fact column, not the plan; the total row is no figure of its own', async () => {
    const x = await read('report-mixed-minprosv-2025');
    expect(figuresOf(x)).toMatchObject({ round_tables: 3, npa_reviewed: 52, npa_pending: 2 });
  });

  it('Shu: the second quarter\'s section states the quarter\'s counts, candidates of the half-year', async () => {
    const x = await read('report-kk-shu-2025-h1');
    expect(x.period).toEqual({ from: '2025-01-01', to: '2025-06-30' });
    expect(x.candidates.length).toBeGreaterThanOrEqual(9);
  });
});
