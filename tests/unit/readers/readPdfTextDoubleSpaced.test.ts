/**
 * A PDF set double-spaced throughout, no two lines a single line's step apart (held-out 36's Otyrar report: a copy
 * pasted into Word with a hard break at every line's end and printed to PDF again, every step 24.7 pt at 12 pt): its
 * step is its pitch, so its paragraphs read as paragraphs — not every line a paragraph of its own with an empty line
 * after it, a sentence cut wherever the copy broke it. And a word broken with a hyphen at a line's end, its rest opening
 * the next line in lower case, is one word whether or not the rest would have fitted on the line.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { readDocumentText } from '../../../sources/readers/readDocumentText.ts';
import { readPdfText } from '../../../sources/readers/readPdfText.ts';
import { textPdf, type TextRun } from '../../helpers/textPdf.ts';

const read = (pages: TextRun[][]) => readPdfText(textPdf(pages), 'case.pdf');
const EXTRACT = new URL('../../fixtures/extract/', import.meta.url).pathname;
// Helvetica 12 pt: thirteen "nnnnn" run from x=57 to 530.8, the text's right edge.
const full = Array.from({ length: 13 }, () => 'nnnnn').join(' ');

describe('a document double-spaced throughout', () => {
  it('kk (set 36, Otyrar): a paragraph the copy broke over three lines is one line, the figures of its sentences read', async () => {
    const text = await readDocumentText(`${EXTRACT}held-out-36/report-kk-otyrar-2025-9m.pdf`);
    expect(text).toContain('3 тұрақты комиссия жұмыс істейді (әлеуметтік мәселелер; экономика және ауыл шаруашылығы; заңдылық және сыбайлас жемқор-лыққа қарсы іс-қимыл). Есепті кезеңде кеңестің 4 отырысы және комиссиялардың 9 отырысы өткізілді.');
    const figures = Object.fromEntries(parseReport(text).figures.map((f) => [f.metric, f.value]));
    expect(figures).toMatchObject({ general_meetings: 4, commission_meetings: 9, letters_sent: 11, letters_answered: 9 });
  });

  it('variant: 12 pt lines 24.7 pt apart, two paragraphs an empty line apart', async () => {
    const runs: TextRun[] = [];
    let y = 800;
    for (const text of [full, full, 'end of the first.']) runs.push({ x: 57, y: (y -= 24.7), text, size: 12 });
    y -= 24.7;
    for (const text of [full, full, 'end of the second.']) runs.push({ x: 57, y: (y -= 24.7), text, size: 12 });
    expect(await read([runs])).toBe(`${full} ${full} end of the first.\n\n${full} ${full} end of the second.\n`);
  });

  it('variant: 10 pt lines 28 pt apart (a copy at 2.8 sizes), a list under a heading, a line each', async () => {
    const runs: TextRun[] = [];
    let y = 800;
    runs.push({ x: 57, y: (y -= 28), text: 'Monitorings (3):' });
    for (const k of [1, 2, 3]) runs.push({ x: 57, y: (y -= 28), text: `- 1${k}.03.2025 - the road to village ${k};` });
    runs.push({ x: 57, y: (y -= 28), text: 'Round tables (1): 05.02.2025.' });
    expect(await read([runs])).toBe('Monitorings (3):\n- 11.03.2025 - the road to village 1;\n- 12.03.2025 - the road to village 2;\n- 13.03.2025 - the road to village 3;\nRound tables (1): 05.02.2025.\n');
  });

  it('near miss: single-spaced paragraphs a few of whose gaps are double keep an empty line between them, as before', async () => {
    const runs: TextRun[] = [];
    let y = 800;
    for (let p = 0; p < 3; p++) {
      for (const text of [full, full, `end of paragraph ${p}.`]) runs.push({ x: 57, y: (y -= 14), text, size: 12 });
      y -= 14;
    }
    expect(await read([runs])).toBe([0, 1, 2].map((p) => `${full} ${full} end of paragraph ${p}.`).join('\n\n') + '\n');
  });

  it('near miss: lines three sizes apart or more (a form\'s fields) stay lines of their own', async () => {
    const runs = [1, 2, 3, 4, 5, 6].map((k) => ({ x: 57, y: 800 - 40 * k, text: k === 3 ? full : `Field ${k}: value`, size: 12 }));
    const lines = (await read([runs])).split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(6);
  });
});

describe('a word broken with a hyphen at a line\'s end', () => {
  it('kk (set 36, Otyrar): "нақты-" / "ланған", "өткізіл-" / "ген." are joined though the rest would have fitted', async () => {
    const text = await readDocumentText(`${EXTRACT}held-out-36/report-kk-otyrar-2025-9m.pdf`);
    expect(text).toContain('аудандық бюджеттің 2025 жылға арналған нақты-ланған жобасы бойынша;');
    expect(text).toContain('1 қоғамдық тыңдау өткізіл-ген.');
  });

  it('variant: a short ragged line ending "re-" over "vised draft" reads on', async () => {
    expect(await read([[
      { x: 57, y: 800, text: 'Public hearings on the re-', size: 12 },
      { x: 57, y: 786, text: 'vised draft of the budget.', size: 12 },
    ]])).toBe('Public hearings on the re-vised draft of the budget.\n');
  });

  it('near miss: a dash after a space, or a hyphen over a line opening in capitals, ends the line as before', async () => {
    expect(await read([[
      { x: 57, y: 800, text: 'Round tables -', size: 12 },
      { x: 57, y: 786, text: 'three in all.', size: 12 },
      { x: 57, y: 772, text: 'Almaty-', size: 12 },
      { x: 57, y: 758, text: 'Astana road works.', size: 12 },
    ]])).toBe('Round tables -\nthree in all.\nAlmaty-\nAstana road works.\n');
  });
});
