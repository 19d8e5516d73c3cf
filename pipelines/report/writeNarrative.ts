/**
 * The report draft for a period: `<base>.md` and `<base>.docx`, from the rows
 * readNarrativeRows read (mart_metric_change, mart_activities, mart_member_kpi,
 * …), each written to a temp name and renamed into place.
 */
import { rename, writeFile } from 'node:fs/promises';
import type { DefinitionRow } from '../../reports/definitionRows.ts';
import type { DraftNotice } from '../../reports/DraftNotice.ts';
import type { CleaningLog } from '../../reports/CleaningLog.ts';
import type { Labels, Lang } from '../../reports/i18n/getLabels.ts';
import { buildNarrative } from '../../reports/narrative/buildNarrative.ts';
import { renderDocx } from '../../reports/narrative/renderDocx.ts';
import { renderMarkdown } from '../../reports/narrative/renderMarkdown.ts';
import type { NarrativeRows } from './readReportRows.ts';

export interface NarrativeOptions {
  councilName: string;
  period: string;
  lang: Lang;
  labels: Labels;
  /** The definitions under the council's rules (definitionRows): the draft's closing section. */
  definitions?: DefinitionRow[];
  /** Open data errors: the draft says so at its top (see buildDraftNotice). */
  draft?: DraftNotice;
  /** Where text was changed to be written (see cleanOutputText). */
  cleaning?: CleaningLog;
}

export async function writeNarrative(base: string, rows: NarrativeRows, options: NarrativeOptions): Promise<string[]> {
  const doc = buildNarrative({
    councilName: options.councilName,
    period: options.period,
    labels: options.labels,
    ...rows,
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
