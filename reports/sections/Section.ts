/**
 * What a sheet of any output is, as data: the mart it reads, the columns it
 * shows (each a mart column and the key of its header label), the order, and
 * how it is laid out. The outputs' files in this folder — annual.ts,
 * member.ts, quarterly.ts, national.ts — are lists of these; pipelines/report
 * reads each one's rows (readSection), reports/excel lays them out
 * (sheetModelFromSection). A sheet is read as
 *   select <columns.key> from <mart> where period = $period [and <where>] [and <match>] order by <orderBy>
 * so every key is a mart column name, spelled exactly as in sql/.
 */
import type { Labels } from '../i18n/getLabels.ts';
import type { ValueDictionary } from '../i18n/localizeValue.ts';

export type ColumnType = 'text' | 'int' | 'number' | 'percent' | 'date' | 'bool';

/** The label groups a section's headers come from: `columns` (every council's output) or `nationalColumns` (the national workbook). */
export type HeaderGroup = 'columns' | 'nationalColumns';

export interface SectionColumn<G extends HeaderGroup = 'columns'> {
  /** Mart column name. */
  key: string;
  /** Key of the section's header group of labels (typed, so a missing label fails the typecheck). */
  labelKey: keyof Labels[G];
  type: ColumnType;
  /** When set, the cell shows the label of the value (metric id → its name). */
  values?: ValueDictionary;
  /** Could identify an applicant: left out of `--public` outputs. */
  personal?: boolean;
  /** Shown only when some row has a value (a data-error flag: a clean report has no such column). */
  optional?: boolean;
  /** A null here is a period without records (int_register_coverage): no data, not 0 — the cell says so. */
  noData?: boolean;
}

/** Lines under a sheet's table: see reports/excel/sectionNotes.ts for each one's text. */
export type SectionNoteId = 'kpiWeights' | 'forReview';

export interface Section<G extends HeaderGroup = 'columns'> {
  id: string;
  titleKey: keyof Labels['sections'];
  /** Where the headers' labels are (default `columns`). */
  headers?: G;
  mart: string;
  columns: SectionColumn<G>[];
  /** SQL `order by` list, made of this mart's column names. */
  orderBy: string;
  /** SQL condition on this mart's columns (code, never input), for sections that show part of a mart. */
  where?: string;
  /**
   * Only the rows of the output's subject (the member of a member sheet, the commission of a quarterly
   * export): mart column = value, where `{name}` stands for the subject's field of that name. Bound as
   * parameters, never pasted.
   */
  match?: Record<string, string>;
  /**
   * The chart the dashboard shows in this section (dashboardSections.ts), if any: drawn from its own mart
   * as reports/charts/chartRegistry.ts says, not from this section's rows. The sheet's pictures are `images`.
   */
  chart?: keyof Labels['charts'];
  /** Charts placed on this section's sheet as images. */
  images?: (keyof Labels['charts'])[];
  /**
   * Rows that need attention, highlighted: where this mart column is true, false, not zero, set (not null),
   * or one of the values listed. A line under the table says what the colour means, unless `noted` is false.
   */
  highlight?: { key: string; when: true | false | 'nonzero' | 'set' | string[]; noted?: false };
  /** A mart column whose value 'month' marks a group row (the monthly table layout of the 2019 report). */
  groupRow?: string;
  /** Mart columns read for layout (highlight, groupRow) without being shown. */
  hidden?: string[];
  /** The title goes on with " — " and the output's subject (the member's name, the national report's period). */
  titleWithSubject?: boolean;
  /**
   * One row turned on its side: a line per column, its header's label (under `field`) and its value (under
   * `value`; a number column, so figures stay numbers and texts stay texts). The member's KPI record.
   */
  record?: { field: keyof Labels['columns']; value: keyof Labels['columns'] };
  /** Lines printed under the table, after the highlight's. */
  notes?: SectionNoteId[];
}

/** A section of any output: the national workbook's take their headers from their own group. */
export type AnySection = Section | Section<'nationalColumns'>;
