/**
 * Every mart row the annual report shows, read in one step before anything is
 * written: the workbook's sections, the cover, the figures the open data errors
 * touch, the dashboard (headline metrics, summary, one set of rows per chart)
 * and the narrative. The writers then take these rows and
 * return files; none of them sees the database, so what the report shows is
 * what was read here, once.
 *
 * `mask` (`--public`) is applied to the rows a reader sees as text — sections,
 * charts, the dashboard summary, the narrative. Rows that only carry figures
 * and ids (metrics, cover, the touched meetings and votes) are read as stored,
 * as they always were.
 */
import type { DashboardSummary } from '../../reports/dashboard/DashboardModel.ts';
import { chartRegistry, type ChartId } from '../../reports/charts/chartRegistry.ts';
import { SECTIONS } from '../../reports/sections/annual.ts';
import type { Db, Row } from '../../workspace/db.ts';
import { queryMart } from './readMart.ts';
import { readSection } from './readSection.ts';

type Mask = (row: Row) => Row;

/** How many bodies the summary names as most overdue. */
const MOST_OVERDUE = 3;
/** The KPI ranks the summary names (ties share a rank, so there may be more members). */
const KPI_LEADERS = 3;

export interface DashboardRows {
  /** mart_metric_change: the headline metrics with their change. */
  metrics: Row[];
  /** None for a period without its row. */
  summary?: DashboardSummary;
  /** Each chart of the registry: its mart's rows for the period. */
  charts: Map<ChartId, Row[]>;
}

export interface NarrativeRows {
  metrics: Row[];
  activities: Row[];
  kpi: Row[];
  notHeard: Row[];
  overdue: Row[];
  media: Row[];
}

/** The meetings and votes whose figures open data errors touch (their data_issues). */
export interface TouchedRows {
  /** Every meeting of the period, to name the meeting of a flagged vote as a reader knows it. */
  meetings: Row[];
  /** Votes with data issues. */
  votes: Row[];
}

export interface ReportRows {
  /** The workbook's sections (reports/sections/annual.ts), by section id. */
  sections: Map<string, Row[]>;
  /** mart_report_cover's row; none when the period has none. */
  cover: Row | undefined;
  /** mart_kpi_weights, heaviest first: the definitions (the note under the member KPI section states the kpiWeights section's rows). */
  weights: Row[];
  /** mart_rules: the council's rules (the config as the build wrote it) for the definitions. */
  rules: Row[];
  /** Read only when the report is a draft (open data errors). */
  touched?: TouchedRows;
  dashboard: DashboardRows;
  narrative: NarrativeRows;
}

export async function readReportRows(db: Db, period: string, options: { mask?: Mask; draft: boolean }): Promise<ReportRows> {
  const { mask } = options;
  const sections = new Map<string, Row[]>();
  for (const section of SECTIONS) {
    sections.set(section.id, await readSection(db, section, period, { mask }));
  }
  return {
    sections,
    cover: await readCoverRow(db, period),
    weights: await queryMart(db, 'mart_kpi_weights', period, { columns: ['component', 'weight', 'share'], orderBy: 'weight desc, component' }),
    rules: await queryMart(db, 'mart_rules', period, { columns: ['rule', 'value', 'as_in_law'], orderBy: 'rule' }),
    touched: options.draft ? await readTouchedRows(db, period) : undefined,
    dashboard: await readDashboardRows(db, period, mask),
    narrative: await readNarrativeRows(db, period, mask),
  };
}

/** The cover's figures: the period's days and the last ingest batch. */
export async function readCoverRow(db: Db, period: string): Promise<Row | undefined> {
  const [row] = await queryMart(db, 'mart_report_cover', period, { columns: ['date_from', 'date_to', 'last_batch_id', 'data_as_of'] });
  return row;
}

export async function readTouchedRows(db: Db, period: string): Promise<TouchedRows> {
  return {
    meetings: await queryMart(db, 'mart_meetings', period, { columns: ['date', 'body', 'number', 'meeting_id', 'data_issues'], orderBy: 'date, meeting_id' }),
    votes: await queryMart(db, 'mart_votes', period, { columns: ['date', 'meeting_id', 'item_no', 'data_issues'], where: 'data_issues is not null', orderBy: 'date, meeting_id, item_no' }),
  };
}

export async function readDashboardRows(db: Db, period: string, mask?: Mask): Promise<DashboardRows> {
  const metrics = await queryMart(db, 'mart_metric_change', period, {
    columns: ['metric', 'value', 'previous_value', 'change', 'change_share', 'year_ago_value', 'previous_period', 'year_ago_period'],
    orderBy: 'metric_order, metric',
  });
  const charts = new Map<ChartId, Row[]>();
  // Every column, in order: a chart sorts its marks by its own encoding, and rows that tie there (two bars of one
  // length) must still come out in the same order on every build — a mart read without order has none.
  for (const id of Object.keys(chartRegistry) as ChartId[]) charts.set(id, await queryMart(db, chartRegistry[id].mart, period, { mask, orderBy: 'all' }));
  return { metrics, summary: await readDashboardSummary(db, period, mask), charts };
}

/** The summary's figures as the marts hold them. */
async function readDashboardSummary(db: Db, period: string, mask?: Mask): Promise<DashboardSummary | undefined> {
  const [figures] = await queryMart(db, 'mart_dashboard_summary', period, { mask });
  if (!figures) return undefined;
  const overdueBodies = await queryMart(db, 'mart_letters_followup', period, {
    columns: ['addressee', 'addressee_name', 'overdue', 'oldest_overdue_working_days'],
    where: 'overdue > 0',
    orderBy: 'overdue desc, oldest_overdue_working_days desc, addressee',
    mask,
  });
  const kpiLeaders = await queryMart(db, 'mart_member_kpi', period, {
    columns: ['member_id', 'full_name', 'commission', 'score', 'rank'],
    where: `rank <= ${KPI_LEADERS} and score is not null`,
    orderBy: 'rank, full_name, member_id',
    mask,
  });
  return { figures, overdueBodies: overdueBodies.slice(0, MOST_OVERDUE), kpiLeaders };
}

export async function readNarrativeRows(db: Db, period: string, mask?: Mask): Promise<NarrativeRows> {
  return {
    metrics: await queryMart(db, 'mart_metric_change', period, { columns: ['metric', 'value', 'previous_value', 'change'], orderBy: 'metric_order, metric', mask }),
    activities: await queryMart(db, 'mart_activities', period, { columns: ['date_start', 'date_end', 'type', 'title', 'commission'], orderBy: 'date_start, activity_id', mask }),
    kpi: await queryMart(db, 'mart_member_kpi', period, { columns: ['rank', 'full_name', 'commission', 'score'], orderBy: 'rank, full_name, member_id', mask }),
    notHeard: await queryMart(db, 'mart_mandatory_coverage', period, { columns: ['name', 'body_id'], where: 'not heard', orderBy: 'name, body_id', mask }),
    overdue: await queryMart(db, 'mart_letters_followup', period, {
      columns: ['addressee', 'addressee_name', 'overdue', 'oldest_overdue_working_days'],
      where: 'overdue > 0',
      orderBy: 'oldest_overdue_working_days desc nulls last, overdue desc, addressee',
      mask,
    }),
    media: await queryMart(db, 'mart_media', period, { columns: ['platform', 'publications', 'views'], orderBy: 'publications desc, platform', mask }),
  };
}
