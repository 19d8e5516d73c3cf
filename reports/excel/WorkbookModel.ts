/**
 * What writeWorkbook lays out: already-computed rows, already-translated
 * labels. Nothing in here is counted; see sheetModelFromSection for how a
 * section of SECTIONS becomes a SheetModel.
 */
import type { Lang } from '../i18n/getLabels.ts';
import type { ColumnType } from '../sections/Section.ts';

export type { ColumnType } from '../sections/Section.ts';

export interface SheetColumn {
  /** Key of the value in each row (a mart column name). */
  key: string;
  /** Header text, in the report language. */
  label: string;
  type: ColumnType;
  /** A null is a period without records: the cell is left empty with a note "no data" (never a 0). */
  noData?: boolean;
}

/** How one data row is drawn: a group row (a month of the monitoring table) or a row that needs attention. */
export type RowStyle = 'group' | 'highlight' | undefined;

export interface SheetImage {
  /** PNG bytes. */
  png: Uint8Array;
  width: number;
  height: number;
}

export interface SheetModel {
  sectionId: string;
  /** Tab name; cleaned and cut to Excel's 31 characters by writeWorkbook. */
  name: string;
  /** Text of the title row above the header. */
  title: string;
  columns: SheetColumn[];
  rows: Record<string, unknown>[];
  /** One entry per row (or none): the row's style. */
  rowStyles?: RowStyle[];
  /** Lines printed under the table (explanations, KPI weights). */
  notes?: string[];
  /** Charts placed to the right of the table. */
  images?: SheetImage[];
}

/** The cover sheet: what the report is and how sure its figures are; every figure read from SQL. */
export interface CoverModel {
  council: string;
  /** The report's title ("Годовой отчёт — 2023"). */
  title: string;
  period: string;
  /** The period's first and last day (ISO dates, mart_report_cover). */
  dateFrom: string;
  dateTo: string;
  /** When the last ingest batch was loaded (ISO timestamp) and its number; null before any (mart_report_cover). */
  dataAsOf: string | null;
  lastBatch: number | null;
  /** Offending rows of the error-level and of the warning-level data checks (the checks query); errors make a draft. */
  openErrors: number;
  warnings: number;
}

export interface WorkbookModel {
  title: string;
  /** The council's name: in every page's footer. */
  council?: string;
  /** A cover sheet put first. */
  cover?: CoverModel;
  /**
   * Set while data errors are open: the word ("ЧЕРНОВИК") that marks the workbook as a draft —
   * before its title (document properties) and before every sheet's title row.
   */
  draft?: string;
  period: string;
  lang: Lang;
  sheets: SheetModel[];
}
