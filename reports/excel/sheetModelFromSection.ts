/**
 * Builds one sheet of the workbook from a section of SECTIONS and that
 * section's mart rows: headers and enumerated values (metric ids, activity
 * types, bodies) are translated; figures are passed through as they are.
 */
import type { Labels } from '../i18n/getLabels.ts';
import { localizeValue } from '../i18n/localizeValue.ts';
import type { Section } from '../sections.ts';
import type { SheetModel } from './WorkbookModel.ts';

export function sheetModelFromSection(section: Section, labels: Labels, rows: Record<string, unknown>[]): SheetModel {
  const title = labels.sections[section.titleKey];
  const translated = section.columns.filter((c) => c.values !== undefined);
  return {
    sectionId: section.id,
    name: title,
    title,
    columns: section.columns.map((c) => ({ key: c.key, label: labels.columns[c.labelKey], type: c.type })),
    rows:
      translated.length === 0
        ? rows
        : rows.map((row) => {
            const out = { ...row };
            for (const c of translated) out[c.key] = localizeValue(labels, c.values!, row[c.key]);
            return out;
          }),
  };
}
