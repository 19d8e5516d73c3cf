/** Horizontal bars: councils by activities per member in the period, most active first (mart_national_councils). */
import type { TopLevelSpec } from 'vega-lite';
import { chartFrame } from './chartFrame.ts';

export interface NationalChartText {
  title: string;
  description: string;
  x: string;
  y: string;
}

export function buildNationalActivitySpec(rows: Record<string, unknown>[], text: NationalChartText): TopLevelSpec {
  // The ranking is the mart's (rank_activity); the chart only draws it.
  const values = rows.map((r) => ({ council: r.name ?? r.council, activities_per_member: r.activities_per_member, rank: r.rank_activity }));
  return {
    ...chartFrame(text),
    height: { step: 14 },
    data: { values },
    mark: { type: 'bar', tooltip: true },
    encoding: {
      y: { field: 'council', type: 'nominal', title: text.y, sort: { field: 'rank', order: 'ascending' }, axis: { labelLimit: 320 } },
      x: { field: 'activities_per_member', type: 'quantitative', title: text.x },
      tooltip: [
        { field: 'council', type: 'nominal', title: text.y },
        { field: 'activities_per_member', type: 'quantitative', title: text.x, format: '.2f' },
        { field: 'rank', type: 'ordinal' },
      ],
    },
  } as TopLevelSpec;
}
