/**
 * Builds one sheet of a workbook from a section (reports/sections/) and that
 * section's mart rows: headers and enumerated values (metric ids, activity
 * types, bodies) are translated; figures are passed through as they are.
 * Whatever a sheet shows beyond its rows — a highlight, notes under the table,
 * the subject in its title, a record turned on its side — the section declares.
 * `public` leaves out the columns that could identify an applicant.
 */
import type { Labels } from '../i18n/getLabels.ts';
import { localizeValue } from '../i18n/localizeValue.ts';
import type { AnySection, SectionColumn } from '../sections/Section.ts';
import { SECTION_NOTES, type RowsOf } from './sectionNotes.ts';
import type { RowStyle, SheetColumn, SheetModel } from './WorkbookModel.ts';

type Row = Record<string, unknown>;

export interface SheetOptions {
  public?: boolean;
  /** What the output is about, for a section `titleWithSubject`: the member's name, the national report's period. */
  subject?: string;
  /** The rows of the output's other sections, for the notes that state them (the KPI weights). */
  rowsOf?: RowsOf;
}

export function sheetModelFromSection(section: AnySection, labels: Labels, rows: Row[], options: SheetOptions = {}): SheetModel {
  const headers = labels[section.headers ?? 'columns'] as Record<string, string>;
  const name = labels.sections[section.titleKey];
  const title = section.titleWithSubject && options.subject !== undefined ? `${name} — ${options.subject}` : name;
  const columns = (section.columns as SectionColumn[]).filter((c) => !(options.public && c.personal) && !(c.optional && rows.every((row) => isEmpty(row[c.key]))));
  const table = section.record ? recordTable(section.record, columns, headers, labels, rows[0] ?? {}) : rowTable(section, columns, headers, labels, rows);
  const highlighted = section.highlight && section.highlight.noted !== false && table.rowStyles?.includes('highlight') ? [labels.ui.highlighted] : [];
  const declared = (section.notes ?? []).flatMap((id) => SECTION_NOTES[id](labels, options.rowsOf ?? (() => [])) ?? []);
  const notes = [...highlighted, ...declared];
  return { sectionId: section.id, name, title, ...table, notes: notes.length > 0 ? notes : undefined };
}

type Table = Pick<SheetModel, 'columns' | 'rows' | 'rowStyles'>;

function rowTable(section: AnySection, columns: SectionColumn[], headers: Record<string, string>, labels: Labels, rows: Row[]): Table {
  const rowStyles: RowStyle[] = rows.map((row) => rowStyle(section, row));
  const firstKey = columns[0]?.key;
  return {
    columns: columns.map((c): SheetColumn => ({ key: c.key, label: headers[c.labelKey], type: c.type, ...(c.noData ? { noData: true } : {}) })),
    rows: rows.map((row, i) => {
      const out: Row = {};
      for (const c of columns) out[c.key] = c.values === undefined ? row[c.key] : localizeValue(labels, c.values, row[c.key]);
      // A group row (a month of the monitoring table) names its month in the first column, as the 2019 report does.
      if (rowStyles[i] === 'group' && firstKey) out[firstKey] = localizeValue(labels, 'months', row.month);
      return out;
    }),
    rowStyles: rowStyles.some(Boolean) ? rowStyles : undefined,
  };
}

/**
 * One row on its side: a line per column. The value column is a number column, so figures stay numbers;
 * a text field is written as text (toCellValue keeps a text that is not a number as it is).
 */
function recordTable(record: NonNullable<AnySection['record']>, columns: SectionColumn[], headers: Record<string, string>, labels: Labels, row: Row): Table {
  return {
    columns: [
      { key: 'field', label: labels.columns[record.field], type: 'text' },
      { key: 'value', label: labels.columns[record.value], type: 'number' },
    ],
    rows: columns.map((c) => {
      const value = c.values === undefined ? row[c.key] : localizeValue(labels, c.values, row[c.key]);
      return { field: headers[c.labelKey], value: c.type === 'text' && value !== null && value !== undefined ? String(value) : value };
    }),
  };
}

function rowStyle(section: AnySection, row: Row): RowStyle {
  if (section.groupRow && row[section.groupRow] === 'month') return 'group';
  const h = section.highlight;
  if (!h) return undefined;
  const v = row[h.key];
  if (Array.isArray(h.when)) return h.when.includes(String(v)) ? 'highlight' : undefined;
  if (h.when === 'set') return isEmpty(v) ? undefined : 'highlight';
  if (h.when === 'nonzero') return v !== null && v !== undefined && Number(v) !== 0 ? 'highlight' : undefined;
  return v === h.when ? 'highlight' : undefined;
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}
