/**
 * The workbook's first sheet, for the reader who holds the printout: whose report it is, the
 * period, how current the data is (the last ingest batch), whether it is a draft or final, and
 * how many data errors and warnings are still open. Every figure arrives in the CoverModel, read
 * from SQL (mart_report_cover and the data checks); this only lays it out.
 */
import type ExcelJS from 'exceljs';
import type { Labels, Lang } from '../i18n/getLabels.ts';
import type { CoverModel } from './WorkbookModel.ts';
import { heightForLines } from './measureText.ts';
import { printSetup } from './printSetup.ts';
import { rowHeight } from './rowHeight.ts';
import type { SheetText } from './sheetText.ts';
import { BODY_FONT, BOLD_FONT, TITLE_FONT } from './workbookFont.ts';
import { writeWideText } from './writeWideText.ts';

export interface CoverContext {
  labels: Labels;
  lang: Lang;
  /** The draft mark ("ЧЕРНОВИК") while data errors are open. */
  draft?: string;
  text: SheetText;
  page: { council?: string; period: string };
}

const WIDTHS = [32, 48, 48];
const DATE_TIME_FMT: Record<Lang, string> = { ru: 'dd.mm.yyyy hh:mm', kk: 'dd.mm.yyyy hh:mm', en: 'yyyy-mm-dd hh:mm' };
const DRAFT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4D6' } };

type Value = string | number | Date | null;

export async function writeCoverSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, cover: CoverModel, context: CoverContext): Promise<void> {
  const { labels, lang, text } = context;
  const c = labels.cover;
  const ws = workbook.addWorksheet(name, {
    properties: { defaultRowHeight: heightForLines(1, BODY_FONT) } as ExcelJS.WorksheetProperties,
    ...printSetup(context.page),
  });
  ws.columns = WIDTHS.map((width) => ({ width }));

  const title = ws.getRow(1);
  const draft = context.draft ? `${context.draft} — ` : '';
  writeWideText(ws, title, WIDTHS.length, WIDTHS.reduce((a, b) => a + b, 0), TITLE_FONT, text.setText(title.getCell(1), `${draft}${cover.title}`));

  const isDraft = cover.openErrors > 0;
  const lines: [label: string, value: Value, comment: string | null][] = [
    [c.council, cover.council, null],
    [c.period, cover.period, `${formatDate(cover.dateFrom, lang)} – ${formatDate(cover.dateTo, lang)}`],
    cover.dataAsOf
      ? [c.dataAsOf, new Date(cover.dataAsOf), cover.lastBatch === null ? null : c.lastBatch.replace('{n}', String(cover.lastBatch))]
      : [c.dataAsOf, c.noData, null],
    [c.status, isDraft ? c.draft : c.final, null],
    [c.openErrors, cover.openErrors, cover.openErrors > 0 ? c.checkHint : null],
    [c.warnings, cover.warnings, null],
  ];
  lines.forEach(([label, value, comment], i) => {
    const row = ws.getRow(3 + i);
    const cells = [label, value, comment].map((v, j) => {
      const cell = row.getCell(j + 1);
      cell.alignment = { vertical: 'top', wrapText: true, horizontal: 'left' };
      if (j === 0) cell.font = BOLD_FONT;
      if (v === null) return { value: null, width: WIDTHS[j], font: BODY_FONT };
      if (typeof v === 'string') return { value: text.setText(cell, v), width: WIDTHS[j], font: j === 0 ? BOLD_FONT : BODY_FONT };
      cell.value = v;
      if (v instanceof Date) cell.numFmt = DATE_TIME_FMT[lang];
      return { value: v, width: WIDTHS[j], font: BODY_FONT };
    });
    if (label === c.status && isDraft) for (let j = 1; j <= WIDTHS.length; j++) row.getCell(j).fill = DRAFT_FILL;
    row.height = rowHeight(cells, BODY_FONT);
    row.commit();
  });
  ws.commit();
}

/** An ISO date as the report's language writes it (as the sheets' date format shows dates). */
function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return lang === 'en' ? `${m[1]}-${m[2]}-${m[3]}` : `${m[3]}.${m[2]}.${m[1]}`;
}
