/**
 * Another council's half-year report (report-karaganda-2024-h1.txt, from
 * ../shared/examples): every figure the extractor states must be one its
 * expected.json holds, with that value — a false figure is worse than a
 * missing one — and the doubtful numbers (another period, a part still
 * pending) are candidates, not figures.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { readDocumentText } from '../../../sources/readers/readDocumentText.ts';
import { examplePath } from '../../helpers/examples.ts';

describe('report-karaganda-2024-h1 (another council, half-year)', async () => {
  const want = JSON.parse(await readFile(examplePath('report-karaganda-2024-h1.expected.json'), 'utf8'));
  const x = parseReport(await readDocumentText(examplePath('report-karaganda-2024-h1.txt')));
  const got = Object.fromEntries(x.figures.map((f) => [f.metric, f.value]));

  it('reads the half-year period', () => {
    expect(x.period).toEqual(want.period);
  });

  it('states no figure that expected.json does not hold, and none with another value', () => {
    const wrong = x.figures.filter((f) => want.figures[f.metric] !== f.value).map((f) => `${f.metric}=${f.value} (line ${f.line})`);
    expect(wrong).toEqual([]);
  });

  it('states 24 of the 25 expected figures (npa_pending is in the sentence after the one naming the NPAs)', () => {
    const missing = Object.keys(want.figures).filter((m) => got[m] === undefined);
    expect(missing).toEqual(['npa_pending']);
  });

  it('reads the media per platform, views with thousands ("85 тыс.", "12,4 тыс." on the next line)', () => {
    const media = Object.fromEntries(x.media.map((m) => [m.platform, Object.fromEntries(Object.entries({ publications: m.publications, views: m.views }).filter(([, v]) => v !== null))]));
    expect(media).toEqual(want.media);
  });

  it('keeps the last year\'s figures and the parts still pending as candidates', () => {
    expect(x.candidates.map((c) => [c.metric, c.value, c.line])).toEqual([
      ['commission_meetings', 14, 24], ['general_meetings', 3, 24], ['appeals_received', 6, 69], ['letters_sent', 14, 71],
    ]);
  });
});
