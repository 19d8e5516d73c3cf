/**
 * Rows of counts under a row of counts, their labels indented ("Заслушано отчетов, всего  5" / "  в т.ч. отделов акимата
 * района  3"), set in single spacing (held-out set 64's Merki report, a two-column table of indicators): each a row of its
 * own, not the wrapped cells of the first — the whole block had been read as one row, "… всего в т.ч. … 5 3 1 1", and none
 * of its figures stated. Geometry on pages built for each case, and the set's PDF as LibreOffice wrote it.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { readDocumentText } from '../../../sources/readers/readDocumentText.ts';
import { readPdfText } from '../../../sources/readers/readPdfText.ts';
import { textPdf } from '../../helpers/textPdf.ts';

const read = (pages: Parameters<typeof textPdf>[0]) => readPdfText(textPdf(pages), 'case.pdf');
const MERKI = new URL('../../fixtures/extract/held-out-64/report-ru-merki-2025-9m.pdf', import.meta.url).pathname;

describe('indented rows of counts under a row of counts', () => {
  it('each row its own line, its count beside it', async () => {
    expect(await read([[
      { x: 57, y: 780, text: 'Hearings held, in all' }, { x: 400, y: 780, text: '5' },
      { x: 63, y: 768, text: 'of them district departments' }, { x: 400, y: 768, text: '3' },
      { x: 63, y: 756, text: 'of them subordinate bodies' }, { x: 400, y: 756, text: '1' },
      { x: 57, y: 744, text: 'Monitorings' }, { x: 400, y: 744, text: '6' },
    ]])).toBe('Hearings held, in all\t5\nof them district departments\t3\nof them subordinate bodies\t1\nMonitorings\t6\n');
  });

  it('near miss: a label wrapped under its row, no count of its own, stays the row\'s label', async () => {
    expect(await read([[
      { x: 57, y: 780, text: 'Appeals of citizens and' }, { x: 400, y: 780, text: '14' },
      { x: 63, y: 768, text: 'organisations, in all' },
      { x: 57, y: 752, text: 'Monitorings' }, { x: 400, y: 752, text: '6' },
    ]])).toBe('Appeals of citizens and organisations, in all\t14\nMonitorings\t6\n');
  });

  it('set 64 Merki: the rows of members, hearings, drafts, appeals and letters read, the departments of the akimat no akimats', async () => {
    const text = await readDocumentText(MERKI);
    expect(text).toContain('Заслушано отчетов, всего\t5\nв т.ч. отделов акимата района\t3\n');
    const figures = Object.fromEntries(parseReport(text).figures.map((f) => [f.metric, f.value]));
    expect(figures).toMatchObject({
      members_total: 13, members_civil: 10, members_state: 3, report_hearings: 5, departments_heard: 3, subordinate_orgs_heard: 1,
      npa_reviewed: 6, npa_approved: 4, npa_with_remarks: 2, appeals_received: 14, appeals_individuals: 12, appeals_legal_entities: 2,
      appeals_answered: 13, letters_sent: 10, letters_answered: 8,
    });
    expect(figures.district_akimats_heard).not.toBe(3);
  });
});
