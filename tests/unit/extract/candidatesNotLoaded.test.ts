/**
 * Candidates are shown to a person and never loaded as stated figures: the
 * summary of `kenes extract` lists them with their reason, and the rows of a
 * report's ingest hold only the figures (the candidates go to the document's
 * issues, to be reviewed).
 */
import { describe, expect, it } from 'vitest';
import { rowsFromReport } from '../../../sources/contracts/rowsFromDocument.ts';
import { formatReportSummary } from '../../../sources/extract/formatExtractSummary.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const text = 'Отчет за 2024 год\nПоступило 90 обращений граждан (за 2023 год – 70), 5 обращений находятся на рассмотрении.';

describe('candidates', () => {
  const x = parseReport(text);

  it('are not figures', () => {
    expect(x.figures.map((f) => [f.metric, f.value])).toEqual([['appeals_received', 90]]);
    expect(x.candidates.map((c) => [c.metric, c.value, c.line])).toEqual([['appeals_received', 5, 2]]);
  });

  it('are listed by the summary with their reason', () => {
    const summary = formatReportSummary(x);
    expect(summary).toContain('Candidates, not stated figures (1):');
    expect(summary).toContain('appeals_received       5   line 2: the number counts a part still pending or unanswered, not the total');
  });

  it('are not loaded as stated figures; the issues say what waits for review', () => {
    const rows = rowsFromReport(x, 'report.txt', { commissions: [] });
    const stated = rows.tables.find((t) => t.register.id === 'stated_figures')!;
    expect(stated.rows.map((r) => [r.values.metric, r.values.value])).toEqual([['appeals_received', 90]]);
    expect(rows.issues).toContainEqual({ source_line: 2, message: 'not loaded, to review: appeals_received 5 — the number counts a part still pending or unanswered, not the total' });
  });
});
