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

  it('states all 25 expected figures (npa_pending is in the sentence after the one naming the NPAs)', () => {
    const missing = Object.keys(want.figures).filter((m) => got[m] === undefined);
    expect(missing).toEqual([]);
  });

  it('lists the activities of each type (a numbered list with a gap, "3)" among "1.", dash sub-items; two hearings in one sentence)', () => {
    for (const [type, count] of Object.entries(want.activities)) expect([type, x.activities.filter((a) => a.type === type).length]).toEqual([type, count]);
  });

  it('dates the activities, the year from the period', () => {
    for (const { type, date } of want.dated_activities_sample) {
      expect(x.activities.some((a) => a.type === type && a.date_start === date), `${type} on ${date}`).toBe(true);
    }
  });

  it('takes numbered section titles ("   2. Организационная работа") for no list: no numbering issue, no activity', () => {
    expect(x.issues.map((i) => i.message)).toEqual(['numbering jumps from 6 to 8']);
    expect(x.activities.some((a) => /Организационная работа|Круглые столы и общественные/.test(a.title))).toBe(false);
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
