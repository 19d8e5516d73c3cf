/**
 * The report draft for a period: `<base>.md` and `<base>.docx`, from
 * mart_metric_change, mart_activities and mart_member_kpi, each written to a
 * temp name and renamed into place.
 */
import { rename, writeFile } from 'node:fs/promises';
import type { DefinitionRow } from '../reports/definitionRows.ts';
import type { DraftNotice } from '../reports/DraftNotice.ts';
import type { CleaningLog } from '../reports/CleaningLog.ts';
import type { Labels, Lang } from '../reports/i18n/getLabels.ts';
import { buildNarrative } from '../reports/narrative/buildNarrative.ts';
import { renderDocx } from '../reports/narrative/renderDocx.ts';
import { renderMarkdown } from '../reports/narrative/renderMarkdown.ts';
import type { Db, Row } from './db.ts';
import { queryMart as queryMartUnmasked } from './readMart.ts';

export interface NarrativeOptions {
  councilName: string;
  period: string;
  lang: Lang;
  labels: Labels;
  /** `--public`: applied to every mart row read (see publicMask in report.ts). */
  mask?: (row: Row) => Row;
  /** The definitions under the council's rules (readDefinitions): the draft's closing section. */
  definitions?: DefinitionRow[];
  /** Open data errors: the draft says so at its top (see buildDraftNotice). */
  draft?: DraftNotice;
  /** Where text was changed to be written (see cleanOutputText). */
  cleaning?: CleaningLog;
}

export async function writeNarrative(db: Db, base: string, options: NarrativeOptions): Promise<string[]> {
  const queryMart: typeof queryMartUnmasked = (d, mart, period, query = {}) => queryMartUnmasked(d, mart, period, { ...query, mask: options.mask });
  const doc = buildNarrative({
    councilName: options.councilName,
    period: options.period,
    labels: options.labels,
    metrics: await queryMart(db, 'mart_metric_change', options.period, { columns: ['metric', 'value', 'previous_value', 'change'], orderBy: 'metric_order, metric' }),
    activities: await queryMart(db, 'mart_activities', options.period, { columns: ['date_start', 'date_end', 'type', 'title', 'commission'], orderBy: 'date_start, activity_id' }),
    kpi: await queryMart(db, 'mart_member_kpi', options.period, { columns: ['rank', 'full_name', 'commission', 'score'], orderBy: 'rank, full_name, member_id' }),
    notHeard: await queryMart(db, 'mart_mandatory_coverage', options.period, { columns: ['name', 'body_id'], where: 'not heard', orderBy: 'name, body_id' }),
    overdue: await queryMart(db, 'mart_letters_followup', options.period, {
      columns: ['addressee', 'addressee_name', 'overdue', 'oldest_overdue_working_days'],
      where: 'overdue > 0',
      orderBy: 'oldest_overdue_working_days desc nulls last, overdue desc, addressee',
    }),
    media: await queryMart(db, 'mart_media', options.period, { columns: ['platform', 'publications', 'views'], orderBy: 'publications desc, platform' }),
    draft: options.draft,
    definitions: options.definitions,
  });
  const files: [string, string | Uint8Array][] = [
    [`${base}.md`, renderMarkdown(doc, (where, changed) => options.cleaning?.record(`${base}.md`, where, changed))],
    [`${base}.docx`, await renderDocx(doc, (where, changed) => options.cleaning?.record(`${base}.docx`, where, changed))],
  ];
  for (const [path, data] of files) {
    const tmp = `${path}.tmp-${process.pid}`;
    await writeFile(tmp, data);
    await rename(tmp, path);
  }
  return files.map(([path]) => path);
}
