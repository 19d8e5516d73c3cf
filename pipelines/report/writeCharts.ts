/**
 * Every chart of the report as files: `charts/<id>.svg` (Vega, headless) and
 * `charts/<id>.png` (resvg), each written to a temp name and renamed. Returns
 * the PNGs too, for the workbook's sheets.
 *
 * A chart that cannot be drawn fails the whole call with its id, but only once
 * every picture already handed to the thread pool has finished: the caller
 * closes the database and exits next, and work still running then is what
 * kept `kenes report` alive for minutes after its error (issue 11).
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TopLevelSpec } from 'vega-lite';
import { EXIT_DATA, KenesError } from '../../sources/KenesError.ts';
import type { CleaningLog } from '../../reports/CleaningLog.ts';
import { fieldOf } from '../../reports/cleanOutputValue.ts';
import type { Lang } from '../../reports/i18n/getLabels.ts';
import { renderChartSvg, svgToPngAsync } from '../../reports/charts/renderChartImage.ts';
import type { SheetImage } from '../../reports/excel/WorkbookModel.ts';

export interface ChartFiles {
  files: string[];
  images: Map<string, SheetImage>;
}

export async function writeCharts(dir: string, charts: { id: string; spec: TopLevelSpec }[], lang: Lang, log?: CleaningLog): Promise<ChartFiles> {
  await mkdir(dir, { recursive: true });
  const images = new Map<string, SheetImage>();
  const written: Promise<string[]>[] = [];
  let failure: unknown;
  for (const chart of charts) {
    if (failure) break; // a picture failed on the thread pool: draw no more
    const svgPath = join(dir, `${chart.id}.svg`);
    let svg: string;
    try {
      svg = await renderChartSvg(chart.spec, lang, undefined, (where, changed) => log?.record(dir, `${chart.id}: ${fieldOf(where)}`, changed));
    } catch (error) {
      failure = chartError(chart.id, svgPath, error);
      break;
    }
    // Rasterising runs off the main thread while the next chart is laid out.
    written.push(svgToPngAsync(svg).then(async (image) => {
      images.set(chart.id, image);
      return [await writeAtomically(svgPath, svg), await writeAtomically(join(dir, `${chart.id}.png`), image.png)];
    }).catch((error: unknown) => {
      failure ??= chartError(chart.id, svgPath, error);
      return [];
    }));
  }
  const files = (await Promise.all(written)).flat();
  if (failure) throw failure;
  // Map order follows the chart list, whichever picture finished first.
  return { files, images: new Map(charts.filter((c) => images.has(c.id)).map((c) => [c.id, images.get(c.id)!])) };
}

function chartError(id: string, file: string, error: unknown): KenesError {
  if (error instanceof KenesError) return error;
  return new KenesError('report.chartFailed', `Cannot draw the chart ${id}: ${(error as Error)?.message ?? String(error)}`, {
    location: { file },
    hint: 'Run again with --debug for details, and please report it with the chart id.',
    exitCode: EXIT_DATA,
    cause: error,
  });
}

async function writeAtomically(path: string, data: string | Uint8Array): Promise<string> {
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw error;
  }
  return path;
}
