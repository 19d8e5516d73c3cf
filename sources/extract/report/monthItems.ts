import { sentencesOf } from '../grammar/sentencesOf.ts';
import { matchesOf } from '../grammar/matchesOf.ts';
import { itemsClosedByBrackets } from './itemsClosedByBrackets.ts';
import { monthOfWord } from '../monthNames.ts';
import { parseCount } from '../parseCount.ts';
import type { ReportActivity, ReportFigure } from '../types.ts';
import { activityTypesIn } from './activityLexicon.ts';
import { runningLines } from './runningLines.ts';
import { findCounts } from '../grammar/findCounts.ts';
import { maskNeverCounts } from '../maskNeverCounts.ts';

/**
 * A count and its noun, a colon, then the events run on in the sentence, each closed by its month in brackets: "Проведено
 * 4 общественных мониторинга (в 2024 году – 3): качество подвоза школьников (февраль), состояние детских игровых
 * площадок (май), …", "2 круглых стола: «Доступная среда …» (март) и «Профилактика …» (ноябрь)", "4 қоғамдық мониторинг
 * жүргізілді: … (ақпан), … (мамыр)". The noun's count must be a figure read, as many items as it, each closed by a
 * bracket holding only a month, and nothing but the sentence's end after the last: then one activity each, undated (a
 * month is no day). A kind listed already in those lines is left as it is.
 */
export function readMonthItems(lines: string[], inTable: Set<number>, figures: ReportFigure[], listed: ReportActivity[]): ReportActivity[] {
  const out: ReportActivity[] = [];
  for (const unit of runningLines(lines, inTable)) {
    const lineOf = (offset: number) => unit.first + unit.starts.filter((s) => s <= offset).length;
    for (const sentence of sentencesOf(unit.text)) {
      // "Общественных мониторингов за год пять (семь годом ранее): качество уборки снега (февраль), …", "Круглых столов было
      // три - о … (март), …": the noun before its count, the count a figure read of the sentence.
      const head = HEAD_COLON.exec(sentence.text);
      const kind = head === null ? [] : activityTypesIn(head[1]);
      const stated = head === null || kind.length !== 1 ? undefined : figures.find((f) => f.metric === kind[0].metric && f.line === lineOf(sentence.start) && findCounts(maskNeverCounts(head[1])).some((c) => c.value === f.value));
      if (head !== null && stated !== undefined && stated.value >= 2 && !listed.some((a) => a.type === kind[0].type && a.line === stated.line)) {
        const titles = itemsClosedByBrackets(sentence.text.slice(head[0].length), isMonth);
        if (titles !== null && titles.length === stated.value) {
          for (const title of titles) out.push({ type: kind[0].type, title: title.slice(0, 300), date_start: null, date_end: null, line: stated.line });
          continue;
        }
      }
      for (const m of matchesOf(sentence.text, COUNT_COLON)) {
        const count = parseCount(m[1]);
        const kinds = activityTypesIn(m[2]);
        if (count === null || count < 2 || kinds.length !== 1 || kinds[0].metric === null) continue;
        const line = lineOf(sentence.start + (m.index ?? 0));
        const last = lineOf(sentence.start + sentence.text.length - 1);
        if (!figures.some((f) => f.metric === kinds[0].metric && f.value === count && f.line >= unit.first + 1 && f.line <= last)) continue;
        if (listed.some((a) => a.type === kinds[0].type && a.line >= unit.first + 1 && a.line <= last)) continue;
        const titles = itemsClosedByBrackets(sentence.text.slice((m.index ?? 0) + m[0].length), isMonth);
        if (titles === null || titles.length !== count) continue;
        for (const title of titles) out.push({ type: kinds[0].type, title: title.slice(0, 300), date_start: null, date_end: null, line });
      }
    }
  }
  return out;
}

/** A count, up to four words naming what it counts (a bracket of last year's may follow), a verb or not, a colon. */
const COUNT_COLON = /(?<![\p{L}\d])(\d{1,2})\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)(?:\s*\([^()]{0,40}\))?(?:\s+[\p{L}]+){0,1}\s*:/gu;

/** The sentence up to its first colon, no bracket of months before it: the head of a list that may count it. */
// Or up to a dash that opens the items: "Круглых столов было три - о доступной среде … (март), о бездомных животных (июль) …".
const HEAD_COLON = /^([^:()–—]*?(?:\([^()]*\)[^:()–—]*?)?)(?::|\s[-–—]\s)/u;

/** A bracket of a month alone: "(февраль)", "(в мае)", "(ақпан)". */
function isMonth(inside: string): boolean {
  const words = inside.trim().split(/\s+/u).filter((w) => !/^(?:в|во)$/iu.test(w));
  return words.length === 1 && monthOfWord(words[0]) !== null;
}
