import { sentencesOf } from '../grammar/sentencesOf.ts';
import { maskNeverCounts } from '../maskNeverCounts.ts';
import { matchesOf } from '../grammar/matchesOf.ts';
import { parseDatePhrase } from '../parseDatePhrase.ts';
import type { ReportActivity, ReportFigure } from '../types.ts';
import { activityTypesIn } from './activityLexicon.ts';
import { itemsClosedByBrackets } from './itemsClosedByBrackets.ts';
import { runningLines } from './runningLines.ts';
import { clausesOfDays } from './datedClauses.ts';

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
    const sentences = sentencesOf(unit.text);
    for (const [n, sentence] of sentences.entries()) {
      const head = AMONG_THEM.exec(sentence.text);
      if (head === null) {
        out.push(...amongThemByDays(sentence, sentences[n - 1], lineOf, year, figures, listed), ...namedOfCount(sentence, lineOf, year, listed));
        continue;
      }
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

/**
 * "Кеңес мүшелері тоқсанда 4 қоғамдық мониторинг жүргізді. Олардың ішінде 11 ақпанда … жұмысы, 4 наурызда … жай-күйі
 * тексерілді.", "Проведено 5 мониторингов. Среди них 12 марта – …, 20 мая – …": some of the count the sentence before
 * states, each clause opening with its day. The sentence before names one kind and its count is read on it (so it passed
 * the figures' guards), at least as many as the clauses; no clause names another kind and none of the kind is read yet.
 */
function amongThemByDays(sentence: { start: number; text: string }, before: { start: number; text: string } | undefined, lineOf: (offset: number) => number, year: number | undefined, figures: ReportFigure[], listed: ReportActivity[]): ReportActivity[] {
  const head = AMONG_THEM_DAYS.exec(sentence.text);
  if (head === null || before === undefined) return [];
  const kinds = activityTypesIn(before.text);
  if (kinds.length !== 1 || kinds[0].metric === null || listed.some((a) => a.type === kinds[0].type)) return [];
  const count = figures.find((f) => f.metric === kinds[0].metric && f.line === lineOf(before.start));
  const clauses = clausesOfDays(sentence.text.slice(head[0].length), year);
  if (count === undefined || clauses.length === 0 || clauses.length > count.value || clauses.some((c) => activityTypesIn(c.title).some((t) => t.type !== kinds[0].type))) return [];
  return clauses.map((c) => ({ type: kinds[0].type, title: c.title.slice(0, 300), date_start: c.start, date_end: c.end, line: lineOf(sentence.start) }));
}

/**
 * "Из 7 мониторингов за полугодие отметим: 22.01.2026 – …; 17.03.2026 – …", "7 мониторингтің ішінен мыналарды атап өтейік:
 * 22 қаңтарда – …; …": some of a count the same sentence states, named after the writer says he names some, each clause
 * opening with its day. One kind named before the colon, no more clauses than its count, no clause of another kind, and
 * none of the kind read yet (a list elsewhere tells them all).
 */
function namedOfCount(sentence: { start: number; text: string }, lineOf: (offset: number) => number, year: number | undefined, listed: ReportActivity[]): ReportActivity[] {
  const named = namedSomeOfCount(sentence.text, year);
  if (named === null || listed.some((a) => a.type === named.type)) return [];
  return named.clauses.map((c) => ({ type: named.type, title: c.title.slice(0, 300), date_start: c.start, date_end: c.end, line: lineOf(sentence.start) }));
}

/** The kind and the dated clauses of a sentence naming some of its count (namedOfCount), or null. */
export function namedSomeOfCount(text: string, year: number | undefined): { type: ReportActivity['type']; clauses: { title: string; start: string; end: string }[] } | null {
  // "7 қоғамдық мониторинг жүргізілді (2023 ж. – 4, 2024 ж. – 5), оның ішінде 2025 жылғы 12 наурызда …", "Из 8 мониторингов
  // 2025 года (в 2024 году – 6) отметим: …" (set 171): the dates masked, a bracket comparing other years' counts blanked —
  // the count's words read as if neither stood there (same length, so the clauses are cut where the head ends).
  const head = NAMES_SOME.exec(maskNeverCounts(text).replace(/\([^()]*\uE000[^()]*\)/gu, (b) => ' '.repeat(b.length)));
  if (head === null) return null;
  const kinds = activityTypesIn(head[0]);
  if (kinds.length !== 1 || kinds[0].metric === null) return null;
  const clauses = clausesOfDays(text.slice(head[0].length), year);
  const count = Number(head[1] ?? head[2] ?? head[3]);
  if (new RegExp(ONE_OF, 'iu').test(head[0]) && clauses.length !== 1) return null;
  if (clauses.length === 0 || clauses.length > count || clauses.some((c) => activityTypesIn(c.title).some((t) => t.type !== kinds[0].type))) return null;
  return { type: kinds[0].type, clauses };
}

/** "One of them": "соның бірі", "олардың бірі", "один из них" — one event of the count, dated. */
const ONE_OF = String.raw`(?:соның|олардың)\s+бірі|(?:один|одна|одно)\s+из\s+них`;

/**
 * "Из 7 мониторингов (за полугодие) отметим:", "Из проведённых 5 мониторингов назовём:", "7 мониторингтің ішінен мыналарды
 * атап өтейік:"; and a count with "in particular" and a colon: "Членами Совета проведено 7 мониторингов, в том числе: 03.03.2026
 * – …", "5 мониторинг жүргізілді, оның ішінде: 12 наурызда – …"; the colon left out before a day ("8 қоғамдық мониторинг
 * жүргізді, в том числе 05.03 – …, 28.04 – …"); one of them after a dash, "Дөңгелек үстелдер саны – 3, соның бірі – 15 мамырдағы
 * «…»", "3 круглых стола, один из них – 15 мая, «…»" (set 171).
 */
const NAMES_SOME = new RegExp(String.raw`^\s*(?:из\s+(?:провед[её]нн[\p{L}]*\s+)?(\d{1,3})\s+[^:\d]{3,60}?\s(?:отметим|назов[её]м|выделим|привед[её]м|перечислим|(?:можно|следует)\s+(?:отметить|выделить|назвать))|(\d{1,3})(?:-?[\p{L}]{1,4})?\s+[^:\d]{3,60}?\s(?:ішінен|ішінде)\s+(?:мыналарды\s+)?(?:атап\s+(?:өтейік|өтуге\s+болады)|айта\s+кетейік)|(?:[^:\d]{0,60}?\s)?(\d{1,3})(?:-?[\p{L}]{1,4})?\s+[^:\d]{3,60}?,?\s(?:в\s+том\s+числе|в\s+их\s+числе|среди\s+них|оның\s+ішінде|олардың\s+ішінде|соның\s+ішінде|${ONE_OF}))(?:\s*:\s*|(?<=(?:числе|них|ішінде|бірі))(?:\s*[-–—]\s*|\s+)(?=\d{1,2}[.\s]\d{0,2}|\uE000))`, 'iu');

/** "Олардың ішінде", "Соның ішінде", "Среди них", "В их числе", "Из них" opening the sentence, no colon, a day after it. */
const AMONG_THEM_DAYS = /^\s*(?:в\s+их\s+числе|в\s+том\s+числе|среди\s+них|из\s+них|олардың\s+ішінде|соның\s+ішінде|оның\s+ішінде)\s*,?\s+(?=\d)/iu;

/** "В их числе:", "В том числе:", "Среди них:", "Из них:", "Олардың ішінде:", "Соның ішінде:" opening the sentence. */
const AMONG_THEM = /^\s*(?:в\s+их\s+числе|в\s+том\s+числе|среди\s+них|из\s+них|олардың\s+ішінде|соның\s+ішінде|оның\s+ішінде)\s*:\s*/iu;
