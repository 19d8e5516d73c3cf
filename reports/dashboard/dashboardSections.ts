/**
 * The dashboard below its summary: the sections of the report in the report's order (SECTIONS),
 * each with the cards of its metrics and its charts, instead of every card in one wall (issue 14).
 * A section's charts are its `chart` and `images`; the summary section is the page's top, so its
 * images go with the sections that own them. A metric or chart no section claims is not dropped:
 * it goes to a last group, "other figures".
 */
import type { Labels } from '../i18n/getLabels.ts';
import { METRICS } from '../../sources/reference/metrics.ts';
import { SECTIONS } from '../sections/annual.ts';

export interface DashboardSection {
  id: string;
  title: string;
  /** Metric ids (rows of mart_metric_change), in the order they arrive. */
  metrics: string[];
  /** Chart ids, in the section's order. */
  charts: string[];
}

/** The section each headline metric belongs to: its `section` in the metrics file. */
const METRIC_SECTION = new Map(METRICS.map((m) => [m.id, m.section]));

/** Charts no section of the workbook draws, placed beside the section they belong to. */
const CHART_SECTION: Record<string, string> = {
  attendanceHeatmap: 'memberAttendance',
};

export const OTHER_SECTION = 'other';

export function dashboardSections(labels: Labels, metricIds: string[], chartIds: string[]): DashboardSection[] {
  const sections = SECTIONS.filter((s) => s.id !== 'summary').map((s): DashboardSection => ({
    id: s.id,
    title: labels.sections[s.titleKey],
    metrics: [],
    charts: [],
  }));
  const byId = new Map(sections.map((s) => [s.id, s]));
  const other: DashboardSection = { id: OTHER_SECTION, title: labels.dashboard.otherSection, metrics: [], charts: [] };
  const available = new Set(chartIds);
  const placed = new Set<string>();
  for (const s of SECTIONS) {
    const target = byId.get(s.id);
    if (!target) continue;
    for (const id of [s.chart, ...(s.images ?? [])]) {
      if (id && available.has(id) && !placed.has(id)) {
        target.charts.push(id);
        placed.add(id);
      }
    }
  }
  for (const id of chartIds) {
    if (placed.has(id)) continue;
    (byId.get(CHART_SECTION[id]) ?? other).charts.push(id);
    placed.add(id);
  }
  for (const metric of metricIds) (byId.get(METRIC_SECTION.get(metric) ?? '') ?? other).metrics.push(metric);
  return [...sections, other].filter((s) => s.metrics.length > 0 || s.charts.length > 0);
}
