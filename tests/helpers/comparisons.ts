/**
 * What a reader sees of a figure and the periods it is compared with, read back from each output:
 * the workbook's summary sheet (exceljs), the dashboard's cards (Chromium) and the history chart's
 * points (its SVG) — for the tests of "no data is not zero" (issue 14).
 */
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import type { Labels } from '../../reports/i18n/getLabels.ts';

export interface SummaryCell {
  value: unknown;
  /** The cell's note, if any (a period without records says "нет данных"). */
  note: string | null;
}

/** The summary sheet's value, previous-period and year-ago cells, by metric id. */
export async function readSummary(xlsx: string, labels: Labels): Promise<Map<string, { value: SummaryCell; previous: SummaryCell; yearAgo: SummaryCell }>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsx);
  const sheet = wb.getWorksheet(labels.sections.summary);
  if (!sheet) throw new Error('no summary sheet');
  const header = sheet.getRow(2).values as unknown[];
  const column = (label: string) => header.indexOf(label);
  const byName = new Map(Object.entries(labels.metrics).map(([id, name]) => [name, id]));
  const cell = (row: ExcelJS.Row, label: string): SummaryCell => {
    const c = row.getCell(column(label));
    const note = c.note;
    return { value: c.value, note: note === undefined ? null : typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join('') };
  };
  const out = new Map<string, { value: SummaryCell; previous: SummaryCell; yearAgo: SummaryCell }>();
  sheet.eachRow((row, r) => {
    const id = byName.get(String(row.getCell(1).value));
    if (r > 2 && id) out.set(id, { value: cell(row, labels.columns.value), previous: cell(row, labels.columns.previous_value), yearAgo: cell(row, labels.columns.year_ago_value) });
  });
  return out;
}

export interface Card {
  label: string;
  /** The card's comparison line as shown. */
  change: string;
  /** An ▲/▼ arrow is drawn. */
  arrow: boolean;
}

/** Every KPI card of an opened dashboard. */
export async function readCards(page: Page): Promise<Card[]> {
  return page.locator('.kpi').evaluateAll((cards) => cards.map((card) => ({
    label: card.querySelector('.kpi-label')?.textContent ?? '',
    change: card.querySelector('.kpi-change')?.textContent ?? '',
    arrow: card.querySelector('.kpi-change .up, .kpi-change .down') !== null,
  })));
}

/** The points the history chart draws: year and value of each, from the SVG's accessible labels. */
export function historyPoints(svg: string): { year: string; value: string }[] {
  return [...svg.matchAll(/aria-label="year_label: (\d{4}); value: ([^;"]*)[^"]*"[^>]*aria-roledescription="point"/g)]
    .map((m) => ({ year: m[1], value: m[2] }));
}
