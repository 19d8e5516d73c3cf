/** Bars: publications per platform in the period (mart_media). */
import type { TopLevelSpec } from 'vega-lite';
import type { Labels } from '../i18n/getLabels.ts';
import { localizeValue } from '../i18n/localizeValue.ts';
import { chartFrame } from './chartFrame.ts';

export function buildMediaPlatformsSpec(rows: Record<string, unknown>[], labels: Labels): TopLevelSpec {
  const text = labels.charts.mediaPlatforms;
  const values = rows.map((r) => ({ ...r, platform_label: localizeValue(labels, 'platforms', r.platform) }));
  return {
    ...chartFrame(text),
    height: { step: 24 },
    data: { values },
    mark: { type: 'bar', tooltip: true },
    encoding: {
      y: { field: 'platform_label', type: 'nominal', title: text.y, sort: '-x' },
      x: { field: 'publications', type: 'quantitative', title: text.x },
      tooltip: [
        { field: 'platform_label', type: 'nominal', title: labels.columns.platform },
        { field: 'publications', type: 'quantitative', title: labels.columns.publications },
        { field: 'views', type: 'quantitative', title: labels.columns.views, format: ',' },
      ],
    },
  };
}
