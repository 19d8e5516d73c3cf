import { matchesOf } from '../grammar/matchesOf.ts';
import { monthOfWord } from '../monthNames.ts';

/**
 * A chart a Word report embedded, saved as text as its description in brackets: "[Диаграмма 2. Заседания, ед. (I
 * полугодие 2024 г. / I полугодие 2025 г.) / Тип: гистограмма с группировкой. / Ряд «I пол. 2024»: Совет – 2; … / Ряд «I
 * пол. 2025»: Совет – 3; … / Ось Y: 0, 2, 4, … 12.]", "[Диаграмма 1. Состав … , чел. / Тип: круговая. Подписи данных:
 * «… – 18 (85,7 %)»; … В центре: «Всего 21».]".
 *
 * Read as the sentence it stands for, on the block's first line ("Заседания: Совет – 3; президиум – 2; комиссии – 11.",
 * "Состав … – всего 21 чел.: … – 18; … – 3."), its other lines blank: the chart's type, its axis ticks, the names of its
 * parts ("Подписи данных:", "Сектора:", "Выноска:") and the shares beside the counts ("(85,7 %)") are no text; the total
 * the chart writes apart from its title ("В центре: «Всего 21»", "Заголовок ряда: «Всего: 7»", "(всего 4)") is the
 * title's count. Of a chart of several series, only the one of the latest year (the report's; never a plan's) is read; a
 * chart whose series do not each name a year is not understood, and its series go.
 */
export function readChartDescriptions(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < lines.length; i++) {
    const open = CHART_OPEN.exec(lines[i]);
    if (open === null) continue;
    let end = i;
    while (end < lines.length && end - i < 15 && !/\]\s*$/u.test(lines[end])) end++;
    if (end >= lines.length || end - i >= 15) continue;
    const [title, ...rest] = lines.slice(i, end + 1).map((l, k) => (k === 0 ? l.trim().slice(open[0].trim().length) : l.trim()).replace(/\]\s*$/u, ''));
    const chart = chartOf(title, rest.join(' '));
    const rows = rowsOf(chart);
    for (let k = i; k <= end; k++) out[k] = '';
    if (rows !== null && rows.length <= end - i + 1) rows.forEach((r, k) => (out[i + k] = r));
    else out[i] = `${chart.total === null ? chart.title : chart.title.replace(BY_MONTH, '')}${chart.total === null ? '' : ` – ${chart.total}${chart.unit}`}${chart.rest === '' ? '.' : `: ${chart.rest}.`}`;
    i = end;
  }
  return out;
}

const CHART_OPEN = /^\s*\[\s*(?:диаграмма|рисунок|рис\.|график|сурет|инфографика)\s*(?:№\s*)?\d{0,2}\s*[.:]/iu;
const KIND = /(?<![\p{L}])(?:тип|түрі)\s*:\s*[^.]*\.\s*/giu;
const AXIS = /(?<![\p{L}])(?:ось|ось\s+[xyхуи]|ос[іi])\s*[xyхуи]?\s*:\s*[\d\s,.…-]*?(?:\.\s+|\.?$)/giu;
const PART_NAMES = /(?<![\p{L}])(?:полоса|столбец|подписи\s+данных|метки\s+данных|сектора|секторы|значения|выноска|заголовок(?:\s+ряда)?|в\s+центре|легенда|деректер\s+белгілері|секторлар|мәндер)\s*:\s*/giu;
const SHARE = /\s*\(\s*\d{1,3}(?:[.,]\d+)?\s*%\s*\)/gu;
const SERIES = /(?<![\p{L}])(?:ряд|серия|қатар)\s*«([^»]+)»\s*:\s*(.*?)(?=\s*(?:(?:ряд|серия|қатар)\s*«|$))/giu;
const TOTAL = /(?<![\p{L}])(?:всего|итого|барлығы|жиыны)\s*[:–—-]?\s*(\d{1,4})(?!\d)\.?\s*/iu;
/** "по месяцам I полугодия 2025 г.": how the chart splits its total, no part of what it counts. */
const BY_MONTH = /\s+(?:по\s+месяцам|айлар\s+бойынша)(?:\s+[^–—]*)?$/iu;
const PLAN = /(?<![\p{L}])(?:план|прогноз|жоспар)/iu;
const UNIT = /,\s*(?:ед|шт|бірл|дана)\.?(?=\s|$)/giu;
const ABBREVIATIONS: [RegExp, string][] = [
  [/(?<=\d\s*)публ\.(?=\s|$|[;,])/gu, 'публикаций'],
  [/(?<=\d(?:[.,]\d+)?\s*(?:тыс\.\s*)?)просм\.(?=\s|$|[;,])/gu, 'просмотров'],
];

/**
 * The chart as rows a dot-leader reader reads, one a line: its title with its total ("Состав … ...... 21") and its
 * parts set in under it ("    Представители госорганов ...... 3"), or the title alone as the heading of its parts
 * ("Заседания" over "Совет ...... 3"). Null when a part is not a label and its count ("январь – 1" months are parts
 * of a total the title holds, left out), or there are none.
 */
function rowsOf(chart: { title: string; total: string | null; unit: string; rest: string }): string[] | null {
  const pieces = chart.rest.split(/\s*[;,]\s*|\.\s+/u).filter((p) => p.trim() !== '');
  // Months are parts of the total the title holds ("Всего: 7"): the title's row alone, a sentence.
  if (chart.total !== null && pieces.some((p) => monthOfWord(p.trim().split(/\s/u)[0]) !== null)) return null;
  const parts = pieces.map((p) => /^(\p{L}[^–—]*?)\s+[–—-]\s+(\d{1,4})$/u.exec(p.trim()));
  if (parts.length === 0 || parts.some((p) => p === null || monthOfWord(p[1]) !== null)) return null;
  // A title over its parts is their heading, typed as one ("ЗАСЕДАНИЯ" over "Совет ...... 3").
  const head = chart.total === null ? chart.title.toUpperCase() : `${chart.title} ...... ${chart.total}${chart.unit}`;
  return [head, ...parts.map((p) => `${chart.total === null ? '' : '    '}${p![1]} ...... ${p![2]}`)];
}

/** The chart's description (its title line "Заседания, ед.", then "Тип: … Ряд «…»: …") as its title, its total and its counts. */
function chartOf(titleLine: string, description: string): { title: string; total: string | null; unit: string; rest: string } {
  let title = titleLine.trim();
  // "Полоса «Рассмотрено – 9» разделена на: «одобрено – 7», …": the bar's own label and count, then its parts.
  let text = description.replace(/(?<![\p{L}])(?:полоса|столбец)\s*«([^»]*)»\s*(?:разделена|разбита|делится)\s+на\s*:/giu, '$1;').replace(KIND, '').replace(AXIS, '').replace(SHARE, '');
  for (const [from, to] of ABBREVIATIONS) text = text.replace(from, to);
  const series = matchesOf(text, SERIES);
  if (series.length > 0) {
    const years = series.map((s) => Math.max(0, ...(s[1].match(/(?:19|20)\d\d/gu) ?? []).map(Number)));
    const latest = Math.max(...years);
    const own = series.filter((s, k) => years[k] === latest && latest > 0 && !PLAN.test(s[1]));
    const kept = years.every((y) => y > 0) && own.length === 1 ? own[0][2].trim() : '';
    text = `${text.slice(0, series[0].index)} ${kept}`;
  }
  let rest = text.trim();
  // A bracket of the years compared ("(I полугодие 2024 г. / I полугодие 2025 г.)") is the series', read above.
  title = title.replace(/\s*\([^()]*(?:19|20)\d\d[^()]*\/[^()]*\)/u, '');
  let total: string | null = null;
  const inTitle = TOTAL.exec(title);
  if (inTitle) {
    total = inTitle[1];
    title = title.replace(/\s*\(\s*(?:всего|итого|барлығы|жиыны)\s*[:–—-]?\s*\d{1,4}\s*\)/iu, '').replace(TOTAL, '');
  }
  rest = rest.replace(PART_NAMES, '').replace(/[«»"]/gu, '');
  const apart = TOTAL.exec(rest);
  if (total === null && apart) {
    total = apart[1];
    rest = rest.replace(TOTAL, '');
  }
  const unit = /,\s*(чел|адам)\.?\s*$/iu.test(title) ? ' чел.' : '';
  title = title.replace(UNIT, '').replace(/,\s*(?:чел|адам)\.?\s*$/iu, '').replace(/[\s,.;:]+$/u, '');
  rest = rest.replace(/^[\s.;:]+|[\s.;:]+$/gu, '');
  return { title, total, unit, rest };
}
