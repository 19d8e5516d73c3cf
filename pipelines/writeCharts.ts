/**
 * Every chart of the report as files: `charts/<id>.svg` (Vega, headless) and
 * `charts/<id>.png` (resvg), each written to a temp name and renamed. Returns
 * the PNGs too, for the workbook's sheets.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TopLevelSpec } from 'vega-lite';
import type { Lang } from '../reports/i18n/getLabels.ts';
import { renderChartSvg, svgToPngAsync } from '../reports/charts/renderChartImage.ts';
import type { SheetImage } from '../reports/excel/WorkbookModel.ts';

export interface ChartFiles {
  files: string[];
  images: Map<string, SheetImage>;
}

export async function writeCharts(dir: string, charts: { id: string; spec: TopLevelSpec }[], lang: Lang): Promise<ChartFiles> {
  await mkdir(dir, { recursive: true });
  const images = new Map<string, SheetImage>();
  const written: Promise<string[]>[] = [];
  for (const chart of charts) {
    const svg = await renderChartSvg(chart.spec, lang);
    // Rasterising runs off the main thread while the next chart is laid out.
    written.push(svgToPngAsync(svg).then(async (image) => {
      images.set(chart.id, image);
      return [await writeAtomically(join(dir, `${chart.id}.svg`), svg), await writeAtomically(join(dir, `${chart.id}.png`), image.png)];
    }));
  }
  const files = (await Promise.all(written)).flat();
  // Map order follows the chart list, whichever picture finished first.
  return { files, images: new Map(charts.filter((c) => images.has(c.id)).map((c) => [c.id, images.get(c.id)!])) };
}

async function writeAtomically(path: string, data: string | Uint8Array): Promise<string> {
  const tmp = `${path}.tmp-${process.pid}`;
  await writeFile(tmp, data);
  await rename(tmp, path);
  return path;
}
