/**
 * The report draft in the structure of the council's own reports (general
 * information, meetings, hearings, monitoring, NPA, appeals and letters, round
 * tables, media, member KPI): sentences from the labels with the figures of
 * mart_metric_change filled in, and dated lists from mart_activities. Numbers
 * and dates are only formatted here, never computed.
 */
import { describeOpenError, type DraftNotice } from '../DraftNotice.ts';
import type { DefinitionRow } from '../definitionRows.ts';
import type { Labels } from '../i18n/getLabels.ts';
import { localizeValue } from '../i18n/localizeValue.ts';
import { closeBidi } from '../cleanOutputText.ts';
import type { NarrativeBlock, NarrativeDoc } from './NarrativeDoc.ts';

export interface NarrativeInput {
  councilName: string;
  period: string;
  labels: Labels;
  /** Rows of mart_metric_change. */
  metrics: Record<string, unknown>[];
  /** Rows of mart_activities (date_start, date_end, type, title, commission). */
  activities: Record<string, unknown>[];
  /** Rows of mart_member_kpi, by rank (rank, full_name, commission, score). */
  kpi: Record<string, unknown>[];
  /** Rows of mart_mandatory_coverage not heard (name). */
  notHeard?: Record<string, unknown>[];
  /** Rows of mart_letters_followup with overdue letters, most overdue first (addressee_name, overdue, oldest_overdue_working_days). */
  overdue?: Record<string, unknown>[];
  /** Rows of mart_media (platform, publications, views). */
  media?: Record<string, unknown>[];
  /** What the figures mean under the council's own rules (definitionRows): the draft's closing section. */
  definitions?: DefinitionRow[];
  /** Open data errors: the draft says so at its top, with the figures they touch and the errors. */
  draft?: DraftNotice;
}

const KPI_ROWS = 10;

export function buildNarrative(input: NarrativeInput): NarrativeDoc {
  const { labels } = input;
  const n = labels.narrative;
  const number = new Intl.NumberFormat(labels.meta.locale, { maximumFractionDigits: 2 });
  const byMetric = new Map(input.metrics.map((r) => [String(r.metric), r]));
  const fill = (template: string) =>
    template.replace(/\{(\w+)\}/g, (_m, metric: string) => {
      const row = byMetric.get(metric);
      if (typeof row?.value === 'number') return number.format(row.value);
      // A row with a null value: the period has no records in the metric's register — no data, never a
      // 0 nobody recorded. A metric without a row at all is a dash.
      return row ? n.noData : '—';
    });
  const list = (types: string[]) =>
    input.activities
      .filter((a) => types.includes(String(a.type)))
      .map((a) => {
        const dates = [formatDate(a.date_start), a.date_end && a.date_end !== a.date_start ? formatDate(a.date_end) : null].filter(Boolean).join('–');
        const commission = a.commission ? ` (${labels.bodies.commissionNumbered.replace('{n}', String(a.commission))})` : '';
        // A title's own direction marks end with it: an override left open would reverse the commission after it.
        return `${dates} — ${closeBidi(String(a.title ?? ''))}${commission}`;
      });
  const section = (heading: string, text: string | null, items: string[] = []): NarrativeBlock[] => [
    { kind: 'heading', level: 2, text: heading },
    ...(text ? [{ kind: 'paragraph', text } as NarrativeBlock] : []),
    ...(items.length ? [{ kind: 'list', items } as NarrativeBlock] : []),
  ];

  const blocks: NarrativeBlock[] = [
    ...(input.draft ? draftBlocks(input.draft, labels) : []),
    { kind: 'paragraph', text: `${input.councilName} · ${labels.ui.period}: ${input.period}` },
    { kind: 'paragraph', text: n.draftNote, italic: true },
    ...section(n.introHeading, fill(n.compositionText)),
    ...section(n.meetingsHeading, fill(n.meetingsText)),
    // The reports heard under their heading; the public hearings, which the same paragraph counts, after a lead-in of their own.
    ...section(labels.sections.reportHearings, fill(n.hearingsText), list(['report_hearing'])),
    ...listBlock(n.publicHearingsText, list(['public_hearing'])),
    ...listBlock(n.notHeardText.replace('{n}', String(input.notHeard?.length ?? 0)), (input.notHeard ?? []).map((r) => closeBidi(String(r.name ?? r.body_id ?? '')))),
    ...section(labels.sections.monitorings, fill(n.monitoringText), list(['monitoring'])),
    ...section(labels.sections.npaReviews, fill(n.npaText)),
    ...section(labels.sections.appeals, fill(n.appealsText)),
    ...listBlock(n.overdueText, (input.overdue ?? []).map((r) => `${closeBidi(String(r.addressee_name ?? r.addressee ?? ''))} — ${labels.columns.overdue}: ${number.format(Number(r.overdue))}; ${labels.columns.oldest_overdue_working_days}: ${r.oldest_overdue_working_days === null || r.oldest_overdue_working_days === undefined ? '—' : number.format(Number(r.oldest_overdue_working_days))}`)),
    ...section(labels.sections.roundTables, fill(n.eventsText), list(['round_table', 'dialog_platform'])),
    ...section(labels.sections.media, fill(n.mediaText)),
    ...listBlock(n.mediaListText, (input.media ?? []).map((r) => `${String(localizeValue(labels, 'platforms', r.platform))} — ${number.format(Number(r.publications))}${typeof r.views === 'number' ? ` (${labels.columns.views}: ${number.format(r.views)})` : ''}`)),
  ];
  const top = input.kpi.slice(0, KPI_ROWS);
  if (top.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: labels.sections.memberKpi });
    blocks.push({ kind: 'paragraph', text: n.kpiText.replace('{n}', String(top.length)) });
    blocks.push({
      kind: 'table',
      header: [labels.columns.rank, labels.columns.full_name, labels.columns.commission, labels.columns.score],
      rows: top.map((r) => [String(r.rank ?? ''), String(r.full_name ?? ''), String(r.commission ?? ''), typeof r.score === 'number' ? number.format(r.score) : '']),
    });
  }
  if (input.definitions?.length) {
    blocks.push({ kind: 'heading', level: 2, text: labels.sections.definitions });
    blocks.push({ kind: 'list', items: input.definitions.map((d) => `${d.term} — ${d.definition}`) });
  }
  return { title: `${input.draft ? `${labels.draft.mark} — ` : ''}${labels.ui.reportTitle} — ${input.period}`, blocks };
}

/** The banner at the top of a draft written while data errors are open: what they touch, then each error. */
function draftBlocks(draft: DraftNotice, labels: Labels): NarrativeBlock[] {
  const errors = draft.errors.map((e) => describeOpenError(e, labels));
  if (draft.unlisted > 0) errors.push(labels.draft.more.replace('{n}', String(draft.unlisted)));
  return [
    { kind: 'paragraph', text: draft.banner, bold: true },
    ...listBlock(labels.draft.touched, draft.touched),
    ...listBlock(`${labels.draft.see}:`, errors),
  ];
}

/** A lead-in sentence and its list; nothing when the list is empty. */
function listBlock(text: string, items: string[]): NarrativeBlock[] {
  return items.length ? [{ kind: 'paragraph', text }, { kind: 'list', items }] : [];
}

function formatDate(value: unknown): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(value ?? ''));
  return m ? `${m[3]}.${m[2]}.${m[1]}` : String(value ?? '');
}
