/**
 * What every reader returns: the file's tables as rows of raw cells, each row
 * with the number a person sees (spreadsheet row, or CSV record counted from 1
 * with the header as 1), so an error can point at it.
 */
export interface TableRow {
  row: number;
  cells: unknown[];
}

export interface Table {
  file: string;
  /** Sheet name for workbooks; null for CSV. */
  sheet: string | null;
  hidden: boolean;
  rows: TableRow[];
}
