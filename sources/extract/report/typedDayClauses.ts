import { parseDatePhrase } from '../parseDatePhrase.ts';
import { sentencesOf } from '../grammar/sentencesOf.ts';
import { tidy } from '../toLines.ts';
import { MONTH_WORD } from '../monthNames.ts';
import type { ReportActivity, ReportFigure } from '../types.ts';
import { HELD_VERBS, MEETING_WORD, activityTypeOf, activityTypesIn } from './activityLexicon.ts';

/**
 * One day: "26.08", "26.08.2026", "26 августа", "26 тамыз"; a day and month alone take the period's year. Never a month
 * alone nor a span.
 */
const DAY = String.raw`(?:\d{1,2}\.\d{2}(?:\.(?:19|20)\d{2})?|\d{1,2}\s+${MONTH_WORD}(?:\s+(?:19|20)\d{2})?)(?:\s*(?:г|ж)\.)?`;

/** A clause: the type's label (a word to three, no digit), its day, then what it was about. */
const TYPE_DAY = new RegExp(String.raw`^\s*([\p{L}][\p{L}-]*(?:\s+[\p{L}-]+){0,2}?)\s*[-–—]?\s*(${DAY})(?![\d.]\d)\s*[-–—,:]?\s*(\S.*)?$`, 'u');

/** Words of a plan, not of a deed. */
const PLANNED = /планир|запланир|будет|будут|предстоит|жоспарлан|өткізіледі|алдағы|жоспар(?:ы|да)?\s+бойынша/iu;

/**
 * The day as parseDatePhrase reads it: "26.08" written "26.08." (a day of the period's year).
 */
function dayOf(text: string, year: number | undefined): { start: string; end: string } | null {
  const day = text.trim();
  const d = parseDatePhrase(/^\d{1,2}\.\d{2}$/u.test(day) ? `${day}.` : day, year);
  return d !== null && d.start === d.end ? d : null;
}

/** The lines of the paragraph joined, each character's line kept. */
function paragraphs(lines: string[], inTable: Set<number>): { text: string; lineAt: (offset: number) => number }[] {
  const out: { text: string; lineAt: (offset: number) => number }[] = [];
  for (let i = 0; i < lines.length; ) {
    if (lines[i].trim() === '' || inTable.has(i)) {
      i++;
      continue;
    }
    const starts: number[] = [];
    const first = i;
    let text = '';
    while (i < lines.length && lines[i].trim() !== '' && !inTable.has(i)) {
      starts.push(text.length);
      text += (text === '' ? '' : ' ') + lines[i].trim();
      i++;
    }
    out.push({ text, lineAt: (offset) => first + Math.max(0, starts.filter((s) => s <= offset).length - 1) + 1 });
  }
  return out;
}

/**
 * "Круглый стол 26.08 «Жастар және жұмыспен қамту»; диалоговая площадка 17.09 с предпринимателями; семинар 14.07 для членов
 * Совета …", "Дөңгелек үстел 12.03 – «…»; семинар 4 маусым – …": a sentence of clauses split by semicolons, each opening with a
 * type's label alone and the one day it was held — one event of that type on that day, told with no verb (a summary's
 * line). Every clause must be such, two at least, each naming one type (not a meeting's, not a plan), the types named
 * once each or with as many days as the report counts of them; else nothing. Events read already (type and day) are not
 * read twice.
 */
export function readTypedDayClauses(lines: string[], inTable: Set<number>, year: number | undefined, taken: ReportActivity[], figures: ReportFigure[]): ReportActivity[] {
  const out: ReportActivity[] = [];
  for (const para of paragraphs(lines, inTable)) {
    for (const sentence of sentencesOf(para.text)) {
      const clauses = sentence.text.replace(/[.\s]+$/u, '').split(/\s*;\s*/u);
      if (clauses.length < 2 || PLANNED.test(sentence.text)) continue;
      const found: ReportActivity[] = [];
      const metrics = new Map<ReportActivity['type'], string | null>();
      let offset = sentence.start;
      for (const clause of clauses) {
        const m = TYPE_DAY.exec(clause);
        const type = m === null ? null : activityTypeOf(m[1]);
        const day = m === null ? null : dayOf(m[2].replace(/\s*(?:г|ж)\.$/u, ''), year);
        const rest = m?.[3] ?? '';
        if (m === null || type === null || day === null || activityTypesIn(m[1]).length !== 1 || HELD_VERBS.test(m[1]) || MEETING_WORD.test(m[1])
          || activityTypesIn(rest.replace(/«[^»]*»|"[^"]*"|“[^”]*”/gu, ' ')).some((t) => t.type !== type.type)) {
          found.length = 0;
          break;
        }
        metrics.set(type.type, type.metric ?? null);
        found.push({ type: type.type, title: tidy(rest).replace(/[.;]+$/u, '').slice(0, 300), date_start: day.start, date_end: day.end, line: para.lineAt(offset) });
        offset += clause.length + 1;
      }
      // A type the report counts fewer of than the clauses date: the days are not all its events.
      const counted = (t: ReportActivity['type']) => figures.find((f) => f.metric === metrics.get(t))?.value;
      if (found.some((a) => { const n = counted(a.type); return n !== undefined && found.filter((b) => b.type === a.type).length > n; })) continue;
      for (const a of found) if (!taken.some((t) => t.type === a.type && t.date_start === a.date_start)) out.push(a);
    }
  }
  return out;
}
