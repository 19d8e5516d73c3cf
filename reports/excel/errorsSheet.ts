/**
 * The draft workbook's first sheet: every open data error, one row each — what is wrong, the
 * row's own details, where it is (file, sheet, row or text line), the members a name could be
 * and what to do — then, under the table, the figures those errors touch.
 */
import type { DraftNotice } from '../DraftNotice.ts';
import type { Labels } from '../i18n/getLabels.ts';
import type { SheetModel } from './WorkbookModel.ts';

export function errorsSheet(notice: DraftNotice, labels: Labels): SheetModel {
  const c = labels.columns;
  return {
    sectionId: 'dataErrors',
    name: labels.draft.sheetName,
    title: labels.draft.sheetTitle,
    columns: [
      { key: 'title', label: c.problem, type: 'text' },
      { key: 'details', label: c.details, type: 'text' },
      { key: 'file', label: c.source_file, type: 'text' },
      { key: 'sheet', label: c.source_sheet, type: 'text' },
      { key: 'row', label: c.source_row, type: 'int' },
      { key: 'candidates', label: c.candidates, type: 'text' },
      { key: 'todo', label: c.todo, type: 'text' },
      { key: 'check', label: c.check, type: 'text' },
    ],
    rows: notice.errors.map((e) => ({ ...e, row: e.row ?? e.line })),
    rowStyles: notice.errors.map(() => 'highlight'),
    notes: [
      notice.banner,
      labels.draft.sheetNote,
      ...(notice.unlisted > 0 ? [labels.draft.more.replace('{n}', String(notice.unlisted))] : []),
      ...(notice.touched.length ? [labels.draft.touched, ...notice.touched] : []),
    ],
  };
}
