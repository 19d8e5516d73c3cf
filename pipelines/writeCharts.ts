/**
 * Every chart of the report as files: `charts/<id>.svg` (Vega, headless) and
 * `charts/<id>.png` (resvg), each written to a temp name and renamed. Returns
 * the PNGs too, for the workbook's sheets.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TopLevelSpec } from 'vega-lite';
import type { Lang } from '../reports/i18n/getLabels.ts';
import { renderChartSvg, svgToPng } from '../reports/charts/renderChartImage.ts';
import type { SheetImage } from '../reports/excel/WorkbookModel.ts';

export interface ChartFiles {
  files: string[];
  images: Map<string, SheetImage>;
}

export async function writeCharts(dir: string, charts: { id: string; spec: TopLevelSpec }[], lang: Lang): Promise<ChartFiles> {
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  const images = new Map<string, SheetImage>();
  for (const chart of charts) {
    const svg = await renderChartSvg(chart.spec, lang);
    const image = svgToPng(svg);
    images.set(chart.id, image);
    for (const [ext, data] of [['svg', svg], ['png', image.png]] as const) {
      const path = join(dir, `${chart.id}.${ext}`);
      const tmp = `${path}.tmp-${process.pid}`;
      await writeFile(tmp, data);
      await rename(tmp, path);
      files.push(path);
    }
  }
  return { files, images };
}
