/**
 * The lines a section declares under its table (`Section.notes`): a sentence
 * of the labels, or one that states the rows of another section of the same
 * output — the KPI weights, as the config sets them, under the member KPIs.
 */
import type { Labels } from '../i18n/getLabels.ts';
import { localizeValue } from '../i18n/localizeValue.ts';
import type { SectionNoteId } from '../sections/Section.ts';

type Rows = Record<string, unknown>[];

/** The rows of another section of the same output, by its id (none: no rows). */
export type RowsOf = (sectionId: string) => Rows;

/** Each note's line, or null when it has nothing to state. */
export const SECTION_NOTES: Record<SectionNoteId, (labels: Labels, rowsOf: RowsOf) => string | null> = {
  forReview: (labels) => labels.ui.forReview,
  kpiWeights: (labels, rowsOf) => weightsNote(labels, rowsOf('kpiWeights')),
};

/** "KPI component weights: Attendance 0.4 (40%); …" — from mart_kpi_weights' rows, heaviest first. */
function weightsNote(labels: Labels, rows: Rows): string | null {
  if (rows.length === 0) return null;
  const number = new Intl.NumberFormat(labels.meta.locale, { maximumFractionDigits: 3 });
  const percent = new Intl.NumberFormat(labels.meta.locale, { style: 'percent', maximumFractionDigits: 1 });
  const parts = rows.map((r) => `${String(localizeValue(labels, 'kpiComponents', r.component))} ${number.format(Number(r.weight))} (${percent.format(Number(r.share))})`);
  return `${labels.ui.weights}: ${parts.join('; ')}`;
}
