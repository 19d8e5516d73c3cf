/**
 * A chart spec to a standalone SVG (Vega, headless) and a PNG (resvg). The
 * dashboard sizes charts to their container; a file needs a fixed width, and
 * the DejaVu fonts so Cyrillic and Kazakh letters (ә, ғ, қ, ң, ө, ұ, ү, һ, і)
 * have glyphs whatever fonts the machine has.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderAsync, Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { None as LOG_NONE, parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { encodePng } from './encodePng.ts';
import type { Lang } from '../i18n/getLabels.ts';
import { CHART_TEXT_MAX, cleanOutputText, type CleanReason } from '../cleanOutputText.ts';
import { cleanOutputValue } from '../cleanOutputValue.ts';
import { FORMAT_LOCALES } from '../i18n/formatLocales.ts';

export const IMAGE_FONT = 'DejaVu Sans';
const FONT_DIRS = ['/usr/share/fonts/truetype/dejavu', '/usr/share/fonts'];
/** Debian's fonts-dejavu-core: the faces the charts use (labels, bold titles, italic notes). */
const DEJAVU_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf', 'DejaVuSans-BoldOblique.ttf']
  .map((f) => join(FONT_DIRS[0], f));

const QUIET = {
  level(): number { return 0; },
  error(): typeof QUIET { return QUIET; },
  warn(): typeof QUIET { return QUIET; },
  info(): typeof QUIET { return QUIET; },
  debug(): typeof QUIET { return QUIET; },
} as never;

/**
 * Every text of the spec (its rows, titles, labels) goes through cleanOutputText first: Vega writes
 * text into the SVG as it is, and one vertical tab in a member's name made the SVG unreadable to resvg
 * (and to any XML reader). `onClean` hears which texts were changed.
 */
export async function renderChartSvg(
  spec: TopLevelSpec,
  lang: Lang,
  width = 760,
  onClean?: (where: string, changed: CleanReason[]) => void,
): Promise<string> {
  const clean = cleanOutputValue(spec, { maxLength: CHART_TEXT_MAX }, onClean);
  // A faceted spec sizes its panels itself and may not have a top-level width.
  const faceted = 'facet' in clean;
  const sized = {
    ...clean,
    ...(faceted ? {} : { width, autosize: { type: 'fit-x', contains: 'padding' } }),
    background: 'white',
    config: { ...(clean as { config?: object }).config, font: `${IMAGE_FONT}, sans-serif` },
  } as TopLevelSpec;
  const key = JSON.stringify([sized, lang]);
  const known = recall(svgs, key);
  if (known !== undefined) return known;
  const kept = await fromDisk(key, 'svg');
  if (kept) return keep(svgs, key, kept.toString('utf8'));
  // Vega-Lite's notes on dropped autosize settings are for spec authors, not for a report run's output.
  const vegaSpec = compile(sized, { logger: QUIET }).spec;
  const view = new View(parse(vegaSpec), { renderer: 'none', locale: FORMAT_LOCALES[lang], logLevel: LOG_NONE } as never);
  try {
    // Text Vega makes itself (formatted numbers, a locale's month names) is cleaned too: the SVG is XML whatever it holds.
    const svg = cleanOutputText(await view.toSVG(), { closeBidi: false }).text;
    await toDisk(key, 'svg', svg);
    return keep(svgs, key, svg);
  } finally {
    view.finalize();
  }
}

/**
 * The pictures drawn last, by what they were drawn from. Drawing is a pure function of the spec (its rows
 * included), the language and the scale, and it is most of a report's time: `kenes serve` reports again
 * after every upload or decision, and most charts' rows have not changed since (the same holds for the
 * test suite, which reports the sample many times in one process). Bounded: a chart's SVG and PNG are
 * some hundred kilobytes.
 */
const REMEMBERED = 64;
const svgs = new Map<string, string>();
const pngs = new Map<string, Promise<{ png: Uint8Array; width: number; height: number }>>();

function recall<T>(memo: Map<string, T>, key: string): T | undefined {
  const value = memo.get(key);
  if (value !== undefined) {
    memo.delete(key); // most recently used last, so the oldest goes first
    memo.set(key, value);
  }
  return value;
}

function keep<T>(memo: Map<string, T>, key: string, value: T): T {
  memo.set(key, value);
  if (memo.size > REMEMBERED) memo.delete(memo.keys().next().value!);
  return value;
}

/**
 * With `KENES_CHART_CACHE` set to a folder, the pictures are also kept there, by a hash of what they were
 * drawn from, for every process drawing into the same folder. Only the test suite sets it, to a folder of its
 * run (tests/setup/sharedWorkspaces.ts): its files, in three workers and in the CLI processes they start,
 * report the sample again and again, and the same charts were drawn anew in each (half of a report's time).
 * The bytes are those a drawing gives; a picture that failed is never kept.
 */
function diskPath(key: string, ext: 'svg' | 'png'): string | undefined {
  const dir = process.env.KENES_CHART_CACHE;
  return dir ? join(dir, `${createHash('sha256').update(key).digest('hex')}.${ext}`) : undefined;
}

async function fromDisk(key: string, ext: 'svg' | 'png'): Promise<Buffer | undefined> {
  const path = diskPath(key, ext);
  return path ? readFile(path).catch(() => undefined) : undefined;
}

async function toDisk(key: string, ext: 'svg' | 'png', data: string | Uint8Array): Promise<void> {
  const path = diskPath(key, ext);
  if (!path) return;
  // Written whole under another name and renamed: a process reading at the same time sees all of it or nothing.
  const tmp = `${path}.${process.pid}-${Math.random().toString(36).slice(2)}`;
  await mkdir(process.env.KENES_CHART_CACHE!, { recursive: true });
  await writeFile(tmp, data);
  await rename(tmp, path);
}

/**
 * resvg loads its fonts for every picture. Loading only the DejaVu faces the
 * charts use, where the machine has them, is a third of a chart's rendering
 * time less than scanning every system font; elsewhere, the system's fonts.
 * (fonts-dejavu-core has the upright faces; the oblique ones come with -extra.)
 */
const FONTS: ResvgRenderOptions['font'] = existsSync(DEJAVU_FILES[0])
  ? { loadSystemFonts: false, fontFiles: DEJAVU_FILES.filter((f) => existsSync(f)), defaultFontFamily: IMAGE_FONT, sansSerifFamily: IMAGE_FONT }
  : { loadSystemFonts: true, fontDirs: FONT_DIRS, defaultFontFamily: IMAGE_FONT, sansSerifFamily: IMAGE_FONT };

function pngOptions(scale: number): ResvgRenderOptions {
  return { fitTo: { mode: 'zoom', value: scale }, background: 'white', font: FONTS };
}

export function svgToPng(svg: string, scale = 2): { png: Uint8Array; width: number; height: number } {
  const image = new Resvg(svg, pngOptions(scale)).render();
  return { png: image.asPng(), width: image.width / scale, height: image.height / scale };
}

/**
 * The same on libuv's thread pool — rasterising and compressing — so several
 * charts are drawn at once while Vega lays out the next on the main thread.
 */
export function svgToPngAsync(svg: string, scale = 2): Promise<{ png: Uint8Array; width: number; height: number }> {
  const key = `${scale} ${svg}`;
  const known = recall(pngs, key);
  if (known !== undefined) return known;
  const drawn = (async () => {
    const kept = await fromDisk(key, 'png');
    // The size in pixels from the PNG's header (IHDR: width, then height, from byte 16).
    if (kept) return { png: kept, width: kept.readUInt32BE(16) / scale, height: kept.readUInt32BE(20) / scale };
    const image = await renderAsync(svg, pngOptions(scale));
    const png = await encodePng(image.pixels, image.width, image.height);
    await toDisk(key, 'png', png);
    return { png, width: image.width / scale, height: image.height / scale };
  })();
  // A picture that failed is drawn again next time (and fails again with its own error), never remembered.
  drawn.catch(() => pngs.get(key) === drawn && pngs.delete(key));
  return keep(pngs, key, drawn);
}
