/** Grouped bars: each commission's meetings, activities by type and appeals (mart_commission_summary). */
import type { TopLevelSpec } from 'vega-lite';
import type { Labels } from '../i18n/getLabels.ts';
import { chartFrame } from './chartFrame.ts';

const MEASURES = ['meetings', 'monitorings', 'public_hearings', 'report_hearings', 'round_tables', 'appeals_received', 'appeals_answered'] as const;

export function buildCommissionsComparedSpec(rows: Record<string, unknown>[], labels: Labels): TopLevelSpec {
  const text = labels.charts.commissionsCompared;
  // Long form: one mart row becomes one point per measure, its value copied as it is.
  const values = rows.flatMap((r) =>
    MEASURES.map((m) => ({
      commission: r.commission,
      commission_label: labels.bodies.commissionNumbered.replace('{n}', String(r.commission)),
      commission_name: r.commission_name,
      measure: labels.columns[m],
      count: r[m],
    })),
  );
  return {
    ...chartFrame(text),
    height: { step: 10 },
    data: { values },
    mark: { type: 'bar', tooltip: true },
    encoding: {
      y: { field: 'commission_label', type: 'nominal', title: text.y },
      yOffset: { field: 'measure', type: 'nominal', sort: MEASURES.map((m) => labels.columns[m]) },
      x: { field: 'count', type: 'quantitative', title: text.x, axis: { tickMinStep: 1 } },
      color: { field: 'measure', type: 'nominal', title: text.color, sort: MEASURES.map((m) => labels.columns[m]) },
      tooltip: [
        { field: 'commission_label', type: 'nominal', title: labels.columns.commission },
        { field: 'commission_name', type: 'nominal', title: labels.columns.commission_name },
        { field: 'measure', type: 'nominal', title: text.color },
        { field: 'count', type: 'quantitative', title: text.x },
      ],
    },
  };
}
