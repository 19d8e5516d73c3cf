/**
 * What writeWorkbook lays out: already-computed rows, already-translated
 * labels. Nothing in here is counted; see sheetModelFromSection for how a
 * section of SECTIONS becomes a SheetModel.
 */
import type { Lang } from '../i18n/getLabels.ts';
import type { ColumnType } from '../sections.ts';

export type { ColumnType } from '../sections.ts';

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

export interface WorkbookModel {
  title: string;
  /**
   * Set while data errors are open: the word ("ЧЕРНОВИК") that marks the workbook as a draft —
   * before its title (document properties) and before every sheet's title row.
   */
  draft?: string;
  period: string;
  lang: Lang;
  sheets: SheetModel[];
}
