import { sentencesOf } from '../grammar/sentencesOf.ts';
import { matchesOf } from '../grammar/matchesOf.ts';
import { parseDatePhrase } from '../parseDatePhrase.ts';
import type { ReportActivity, ReportFigure } from '../types.ts';
import { activityTypesIn } from './activityLexicon.ts';
import { itemsClosedByBrackets } from './itemsClosedByBrackets.ts';
import { runningLines } from './runningLines.ts';

/**
 * Some of the events a count states, named after "В их числе:" / "Среди них:" / "Олардың ішінде:", each closed by the
 * bracket of its day: "Из 6 мониторингов … В их числе: мониторинг подвоза учащихся (13 марта), качества ремонта дорог
 * (21 мая), обеспечения лекарствами (17 сентября).", "Олардың ішінде: мектеп асханаларына мониторинг (2025 жылғы 6
 * наурыз), …". The first item names the kind and the others none of their own; the kind's count, read already, is at
 * least as many as the items: then one dated activity each. Any bracket that is no day, an item naming another kind, or
 * no count of the kind: nothing.
 */
export function readSampleItems(lines: string[], inTable: Set<number>, year: number | undefined, figures: ReportFigure[], listed: ReportActivity[]): ReportActivity[] {
  const out: ReportActivity[] = [];
  for (const unit of runningLines(lines, inTable)) {
    const lineOf = (offset: number) => unit.first + unit.starts.filter((s) => s <= offset).length;
    for (const sentence of sentencesOf(unit.text)) {
      const head = AMONG_THEM.exec(sentence.text);
      if (head === null) continue;
      const rest = sentence.text.slice(head[0].length);
      const days = matchesOf(rest, /\(([^()]*)\)/gu).map((b) => parseDatePhrase(b[1].trim(), year));
      const items = itemsClosedByBrackets(rest, () => true);
      if (items === null || items.length < 2 || days.length !== items.length || days.some((d) => d === null || d.start !== d.end)) continue;
      const kinds = activityTypesIn(items[0]);
      if (kinds.length !== 1 || kinds[0].metric === null || items.slice(1).some((item) => activityTypesIn(item).length > 0)) continue;
      const count = figures.find((f) => f.metric === kinds[0].metric);
      if (count === undefined || count.value < items.length || listed.some((a) => a.type === kinds[0].type)) continue;
      const line = lineOf(sentence.start);
      items.forEach((title, k) => out.push({ type: kinds[0].type, title: title.slice(0, 300), date_start: days[k]!.start, date_end: days[k]!.end, line }));
    }
  }
  return out;
}

/** "В их числе:", "В том числе:", "Среди них:", "Из них:", "Олардың ішінде:", "Соның ішінде:" opening the sentence. */
const AMONG_THEM = /^\s*(?:в\s+их\s+числе|в\s+том\s+числе|среди\s+них|из\s+них|олардың\s+ішінде|соның\s+ішінде|оның\s+ішінде)\s*:\s*/iu;
