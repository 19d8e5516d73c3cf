import { tidy } from '../toLines.ts';
import { monthOfWord } from '../monthNames.ts';
import type { MetricId, ReportActivity, ReportCandidate, ReportFigure } from '../types.ts';
import { type Period, monthsOf } from './readPeriod.ts';
import { ACTIVITY_PHRASES, activityTypesIn } from './activityLexicon.ts';
import { isMonthHeading, itemOf } from './readLists.ts';
import { statesNothingSections } from './statesNothingSections.ts';

/**
 * A type's noun in the plural in an item: the item may tell several events ("мониторинги школ (12 августа)",
 * "заслушаны отчеты руководителей …", "дөңгелек үстелдер"), so its count is not one.
 */
const PLURAL_ITEM = /(?<![\p{L}])(?:мониторинг(?:и|ов|ам|ах|тер[\p{L}]*)|круглы[ех]\s+стол(?:ы|ов)|үстелдер[\p{L}]*|тыңдаулар[\p{L}]*|отч[её]т(?:ы|ов)|есептер[\p{L}]*|семинар(?:ы|ов|лар[\p{L}]*)|тренинг(?:и|ов|тер[\p{L}]*)|диалогов[\p{L}]*\s+площадк(?:и|ок)|диалог\s+алаңдар[\p{L}]*|рейд(?:ы|ов|тер[\p{L}]*)|встреч(?:и|ами)|кездесулер[\p{L}]*)(?![\p{L}])/iu;

/** A line that tells what is planned, not what was held: "В 4 квартале планируется … провести мониторинг". */
const PLANNED = /(?<![\p{L}])(?:планиру[\p{L}]*|запланирован[\p{L}]*|предстоит|будет|будут|жоспарлан[\p{L}]*|жоспар[\p{L}]*|көзделуде|көзделген)(?![\p{L}])/iu;

/**
 * A report laid out month by month ("Помесячно:" / "Июль" / "  - общественный мониторинг … (16-17 июля)" / "Август" /
 * …), a heading for each month of its period in order and only dated items under them: the diary is the period's
 * account, so the items of a type, each one event in the singular, are that type's count — "monitorings 2" from two
 * monitoring items. Only when the report states no figure of the type, tells no event of it outside the diary, and
 * names the type elsewhere only in a plan or in a line whose count was judged another span's (a candidate: "Справочно:
 * за 9 месяцев … 5 мониторингов"). A month missing, a paragraph between the months, an item telling the type in the
 * plural ("мониторинги", "отчеты"): nothing.
 */
export function readDiaryCounts(lines: string[], period: Period | null, activities: ReportActivity[], figures: ReportFigure[], candidates: ReportCandidate[]): ReportFigure[] {
  const span = diarySpan(lines, period);
  if (span === null) return [];
  const plans = statesNothingSections(lines).plan;
  const out: ReportFigure[] = [];
  for (const { type, metric } of ACTIVITY_PHRASES) {
    if (!metric || figures.some((f) => f.metric === metric)) continue;
    const ofType = activities.filter((a) => a.type === type);
    const inside = ofType.filter((a) => a.line - 1 >= span.from && a.line - 1 <= span.to);
    if (inside.length === 0 || inside.length !== ofType.length || inside.some((a) => a.date_start === null || PLURAL_ITEM.test(a.title))) continue;
    const judged = new Set(candidates.filter((c) => c.metric === metric).map((c) => c.line - 1));
    const elsewhere = lines.some((l, k) => (k < span.from || k > span.to) && !plans.has(k) && !judged.has(k) && activityTypesIn(l).some((t) => t.type === type) && !PLANNED.test(paragraphOf(lines, k)));
    if (elsewhere) continue;
    out.push({ metric: metric as MetricId, value: inside.length, line: inside[0].line, text: tidy(lines[span.from]).slice(0, 300) });
  }
  return out;
}

const ONE_MONTH = /^\s*\p{L}+(?:\s+(?:айы|месяц))?(?:\s+(?:19|20)\d{2}(?:\s*(?:г\.?|года|ж\.?|жыл[\p{L}]*))?)?\s*:?\s*$/iu;

/**
 * The lines of a diary: a bare month heading for each month of the period, in order, each followed by its items
 * (a dash or a number, their wrapped lines set in under them) and blank lines only; to the last item of the last month.
 */
function diarySpan(lines: string[], period: Period | null): { from: number; to: number } | null {
  if (period === null) return null;
  const fm = Number(period.from.slice(5, 7));
  const months = monthsOf(period);
  if (months < 2 || months > 12) return null;
  // One month a heading ("Июль", "ИЮЛЬ 2025 г.:", "Шілде айы"); "Июль – август" is two.
  const headings = lines.flatMap((l, k) => (isMonthHeading(l) && ONE_MONTH.test(l) ? [k] : []));
  if (headings.length !== months) return null;
  if (!headings.every((k, n) => monthOfWord(lines[k].trim().split(/[\s:]/u)[0]) === ((fm - 1 + n) % 12) + 1)) return null;
  let to = headings[0];
  for (let k = headings[0] + 1; k < lines.length; k++) {
    const line = lines[k];
    if (line.trim() === '') continue;
    if (headings.includes(k)) continue;
    if (itemOf(line) !== null || (/^\s/u.test(line) && k === to + 1)) {
      to = k;
      continue;
    }
    // A paragraph between two months' items: no diary.
    if (k < headings[headings.length - 1]) return null;
    break;
  }
  return to > headings[headings.length - 1] ? { from: headings[0], to } : null;
}

/** The paragraph line `at` stands in, from blank line to blank line: a plan's verb may stand on the line before its type. */
function paragraphOf(lines: string[], at: number): string {
  let from = at;
  let to = at;
  while (from > 0 && lines[from - 1].trim() !== '') from--;
  while (to + 1 < lines.length && lines[to + 1].trim() !== '') to++;
  return lines.slice(from, to + 1).join(' ');
}
