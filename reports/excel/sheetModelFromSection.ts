/**
 * Builds one sheet of the workbook from a section of SECTIONS and that
 * section's mart rows: headers and enumerated values (metric ids, activity
 * types, bodies) are translated; figures are passed through as they are.
 * `public` leaves out the columns that could identify an applicant.
 */
import type { Labels } from '../i18n/getLabels.ts';
import { localizeValue } from '../i18n/localizeValue.ts';
import type { Section } from '../sections.ts';
import type { RowStyle, SheetModel } from './WorkbookModel.ts';

export interface SheetOptions {
  public?: boolean;
}

export function sheetModelFromSection(section: Section, labels: Labels, rows: Record<string, unknown>[], options: SheetOptions = {}): SheetModel {
  const title = labels.sections[section.titleKey];
  const columns = section.columns.filter((c) => !(options.public && c.personal) && !(c.optional && rows.every((row) => isEmpty(row[c.key]))));
  const rowStyles: RowStyle[] = rows.map((row) => rowStyle(section, row));
  const firstKey = columns[0]?.key;
  return {
    sectionId: section.id,
    name: title,
    title,
    columns: columns.map((c) => ({ key: c.key, label: labels.columns[c.labelKey], type: c.type, ...(c.noData ? { noData: true } : {}) })),
    rows: rows.map((row, i) => {
      const out: Record<string, unknown> = {};
      for (const c of columns) out[c.key] = c.values === undefined ? row[c.key] : localizeValue(labels, c.values, row[c.key]);
      // A group row (a month of the monitoring table) names its month in the first column, as the 2019 report does.
      if (rowStyles[i] === 'group' && firstKey) out[firstKey] = localizeValue(labels, 'months', row.month);
      return out;
    }),
    rowStyles: rowStyles.some(Boolean) ? rowStyles : undefined,
    notes: section.highlight && rowStyles.includes('highlight') ? [labels.ui.highlighted] : undefined,
  };
}

function rowStyle(section: Section, row: Record<string, unknown>): RowStyle {
  if (section.groupRow && row[section.groupRow] === 'month') return 'group';
  const h = section.highlight;
  if (!h) return undefined;
  const v = row[h.key];
  if (h.when === 'set') return isEmpty(v) ? undefined : 'highlight';
  if (h.when === 'nonzero') return v !== null && v !== undefined && Number(v) !== 0 ? 'highlight' : undefined;
  return v === h.when ? 'highlight' : undefined;
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}
