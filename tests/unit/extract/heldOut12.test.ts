/**
 * The twelfth blind held-out set (issue 12, "Done when"): five protocols and five reports as pasted from e-mail,
 * Word, websites and messengers, written by an agent that never saw the extractors and scored at the start of
 * session 8 — a presidium's written poll inside an e-mail, a forwarded mail hard-wrapped at 72 characters, a village
 * council's protocol from a WhatsApp chat, "Присутствовали" split into members and guests, a news page's "ЦИФРЫ
 * ГОДА", Kazakh counts in words with suffixes, a quarter's numbered list of dated events of five kinds, a report
 * comparing two years in every sentence, commissions reporting their own figures under their headings.
 * Blind: 84.6 % of 259 fields, 7 false values. Fixed as classes (protocol12, report/reports12a, report/reports12b):
 * every field right, no false value.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { readDocumentText } from '../../../sources/readers/readDocumentText.ts';
import { itScoresEachDocument, protocolOf, reportOf } from '../../helpers/heldOutSet.ts';
import { figureMap } from '../../helpers/extractCases.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-12');

describe('held-out documents (set 12), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'protocol', 5, {});
  itScoresEachDocument(DIR, 'report', 5, {});

  it('Aksu: a forwarded e-mail\'s date is not the meeting\'s', async () => {
    expect((await protocolOf(join(DIR, 'protocol-ru-aksu-2025-09-17.txt'))).date).toBe('2025-09-17');
  });

  it('Zhitikara: the news page\'s own "Просмотров: 1 254" is no figure of the council', async () => {
    const x = (await reportOf(join(DIR, 'report-ru-zhitikara-2025.txt')));
    expect([...x.figures.map((f) => f.value), ...x.media.map((m) => m.views)]).not.toContain(1254);
  });

  it('Tekeli: a commission\'s own round table and hearing under its heading are no figures of the council', async () => {
    const x = (await reportOf(join(DIR, 'report-kk-tekeli-2025-9m.txt')));
    expect(figureMap(x).round_tables).not.toBe(1);
    expect(x.candidates.some((c) => c.metric === 'round_tables' && c.value === 1)).toBe(true);
  });
});
