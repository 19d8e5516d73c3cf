/**
 * What every chart shares: title, screen-reader description, the width of its
 * container (the dashboard's <figure>, or a page when printed) and a quiet
 * style. Each builder spreads this and adds its data, marks and encodings.
 */
import type { TopLevelSpec } from 'vega-lite';

export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

type Frame = Pick<TopLevelSpec, '$schema' | 'title' | 'description' | 'autosize' | 'config'> & { width: 'container' };

export function chartFrame(text: { title: string; description: string }): Frame {
  return {
    // Identifies the spec format only; vega-embed never fetches it.
    $schema: VEGA_LITE_SCHEMA,
    title: text.title,
    // Vega-Lite puts this on the SVG as aria-label, so screen readers announce it.
    description: text.description,
    width: 'container',
    autosize: { type: 'fit-x', contains: 'padding' },
    config: {
      font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
      view: { stroke: null },
      axis: { labelLimit: 220, titleFontWeight: 'normal' },
      legend: { labelLimit: 260, orient: 'bottom', direction: 'horizontal', columns: 3 },
      title: { anchor: 'start', fontSize: 15 },
    },
  };
}
