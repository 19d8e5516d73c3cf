import { findCounts } from '../grammar/findCounts.ts';
import { bodyKindOf } from './bodyKindOf.ts';
import { itemsClosedByBrackets } from './itemsClosedByBrackets.ts';
import { lowerCase } from '../grammar/lowerCase.ts';
import { sentencesOf } from '../grammar/sentencesOf.ts';
import { maskNeverCounts } from '../maskNeverCounts.ts';
import { MONTH_WORD } from '../monthNames.ts';
import { tidy } from '../toLines.ts';
import type { MetricId, ReportFigure } from '../types.ts';

/**
 * The bodies heard, listed after the count of reports heard, each closed by the bracket of its month or date: "Кеңес
 * отырыстарында 4 есеп тыңдалды: аудандық білім бөлімінің (ақпан), … бөлімінің (сәуір), аудандық ТКШ, … жолдары бөлімінің
 * (мамыр) басшылары, сондай-ақ «…» МКК директоры (маусым)", "заслушано 4 отчета: … отдела образования (февраль), …, а
 * также директора ГКП «…» (июнь)". Each item names one body of one kind — a department (бөлім, басқарма, отдел,
 * управление, департамент) or a subordinate organisation (МКК, ГКП, КГП, ведомстволық бағынысты, подведомственная) — and
 * the items are as many as the sentence's count: then the departments heard and the subordinate organisations heard are
 * the items of each kind. An item of neither kind or of both ("аудан әкімінің орынбасары", "бөлімі мен МКК"), a body in
 * the plural ("бөлімдерінің"), a count the items do not meet, or a report_hearings figure of another value: nothing.
 */
export function readBodiesHeardList(lines: string[], figures: ReportFigure[]): ReportFigure[] {
  const stated = (metric: MetricId) => figures.some((f) => f.metric === metric);
  if (stated('departments_heard') && stated('subordinate_orgs_heard')) return [];
  const hearings = figures.find((f) => f.metric === 'report_hearings');
  for (const [i, line] of lines.entries()) {
    if (!HEARD.test(lowerCase(line))) continue;
    const masked = maskNeverCounts(line);
    for (const sentence of sentencesOf(masked)) {
      const kinds = kindsListed(sentence.text);
      if (kinds === null || (hearings !== undefined && hearings.value !== kinds.length)) continue;
      const text = tidy(line.slice(sentence.start, sentence.start + sentence.text.length)).slice(0, 300);
      const out: ReportFigure[] = [];
      for (const metric of ['departments_heard', 'subordinate_orgs_heard'] as const) {
        const value = kinds.filter((k) => k === metric).length;
        if (value > 0 && !stated(metric)) out.push({ metric, value, line: i + 1, text });
      }
      return out;
    }
  }
  return [];
}

/** A sentence about reports heard: "тыңдалды", "тыңдалған", "заслушано", "заслушаны". */
const HEARD = /(?:тыңдал|заслуш)/u;

/** The head before the colon: the verb of hearing and the reports ("4 есеп тыңдалды", "заслушано 4 отчета"). */
const HEAD = /(?:есеп|отч[её]т)[\p{L}]*/u;

/** A bracket of a time only: a month ("(ақпан)", "(февраль)") or a masked date ("(12.02.2025)", "(2025 жылғы 12 ақпан)"). */
const TIME = new RegExp(`^(?:${MONTH_WORD}|[\\uE000\\s.,–—-]|(?:г|ж)\\.)+$`, 'u');
const isTime = (inside: string) => /[\p{L}\uE000]/u.test(inside) && TIME.test(inside);

/**
 * The kind of each body a sentence lists after its head's colon, or null: the head names the reports heard and states
 * one count; every item ends with a time bracket; the items are as many as the count and each names one body of one kind.
 */
function kindsListed(sentence: string): ('departments_heard' | 'subordinate_orgs_heard')[] | null {
  const colon = sentence.indexOf(':');
  if (colon < 0) return null;
  const head = sentence.slice(0, colon);
  const lower = lowerCase(head);
  if (!HEARD.test(lower) || !HEAD.test(lower)) return null;
  const counts = findCounts(head);
  if (counts.length !== 1) return null;
  // Every bracket of the list is a time: a bracket of words ("(ТКШ)") may be a body's own name, and then the split is unsure.
  const items = itemsClosedByBrackets(sentence.slice(colon + 1), isTime);
  if (items === null || items.length !== counts[0].value || items.length < 2) return null;
  const kinds = items.map(bodyKindOf);
  if (kinds.some((k) => k === null || k === 'other')) return null;
  return kinds.map((k) => (k === 'department' ? 'departments_heard' : 'subordinate_orgs_heard'));
}
