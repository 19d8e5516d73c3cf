import { parseDatePhrase } from '../parseDatePhrase.ts';
import { tidy } from '../toLines.ts';
import { MONTH_WORD } from '../monthNames.ts';
import type { ReportActivity, ReportFigure } from '../types.ts';
import { activityTypesIn } from './activityLexicon.ts';

/**
 * A line of the dates alone, under the sentence that counts the events: "Даты: 19.02 (білім бөлімі), 14.05 («…»), 24.06 (ТҮКШ
 * бөлімі), 18.08 (кент әкімі аппараты).", "Күндері: 12.03, 20.05 және 17.09.", "Өткізілген күндері: 5 наурыз, 9 маусым." — the
 * label in either language (a word of dates or days, two words at most before it), a colon, then days only, each with its
 * bracket or its dash and words at most.
 */
const LABEL = /^\s*(?:[-–—•]\s*)?((?:[\p{L}]+\s+){0,2}?(?:даты|дата|даталар[\p{L}]*|күндері|күні))\s*:\s*(.+)$/iu;
const DAY = String.raw`(?:\d{1,2}\.\d{2}(?:\.(?:19|20)\d{2})?|\d{1,2}\s+${MONTH_WORD}(?:\s+(?:19|20)\d{2})?)(?:\s*(?:г|ж)\.)?`;
const PART = new RegExp(String.raw`^\s*(${DAY})\s*(?:\(([^()]*)\)|[-–—]\s*([^,;()]+))?\s*$`, 'u');
/** Between the parts: a comma or semicolon outside brackets, "и", "және", "мен". */
const JOIN = /\s*(?:[,;]|\s(?:и|және|мен)\s)\s*/u;
const PLANNED = /план|жоспар|предстоит|будет|будут|алдағы/iu;

/**
 * The events a paragraph counts, dated on a line of their own after it (LABEL): one event a day, of the one type the
 * paragraph above names (from its section's title down to the label; two types or none, nothing). Never more than the
 * report's figure of that type (the dates are some of them: "6 отчет тыңдалды … Даты: (four)" dates four of six); never
 * a plan's dates; each day of the report's year. Events read already on those days are not read twice.
 */
export function readDatesLabelLine(lines: string[], inTable: Set<number>, year: number | undefined, taken: ReportActivity[], figures: ReportFigure[]): ReportActivity[] {
  const out: ReportActivity[] = [];
  for (let i = 1; i < lines.length; i++) {
    const m = inTable.has(i) ? null : LABEL.exec(lines[i]);
    if (m === null || PLANNED.test(m[1])) continue;
    // The label's run may wrap onto the next lines (to a blank line).
    let said = m[2];
    let last = i;
    while (last + 1 < lines.length && lines[last + 1].trim() !== '' && !LABEL.test(lines[last + 1]) && /[,;(]\s*$|\s(?:и|және|мен)\s*$/u.test(said)) said += ` ${lines[++last].trim()}`;
    const parts = splitOutsideBrackets(said.replace(/[.\s]+$/u, ''));
    const days = parts.map((p) => PART.exec(p));
    if (days.length < 2 || days.some((d) => d === null)) continue;
    // The paragraph above, up to its blank line (a heading just above it belongs to it).
    let top = i - 1;
    while (top > 0 && lines[top - 1].trim() !== '') top--;
    const above = lines.slice(top, i).join(' ').replace(/«[^»]*»|"[^"]*"|“[^”]*”/gu, ' ');
    const types = activityTypesIn(above);
    if (types.length !== 1 || PLANNED.test(above)) continue;
    const [kind] = types;
    const found: ReportActivity[] = [];
    for (const d of days) {
      const said = d![1].replace(/\s*(?:г|ж)\.$/u, '');
      const date = parseDatePhrase(/^\d{1,2}\.\d{2}$/u.test(said) ? `${said}.` : said, year);
      if (date === null || date.start !== date.end || (year !== undefined && Number(date.start.slice(0, 4)) !== year)) {
        found.length = 0;
        break;
      }
      found.push({ type: kind.type, title: tidy(d![2] ?? d![3] ?? '').slice(0, 300), date_start: date.start, date_end: date.end, line: i + 1 });
    }
    const count = kind.metric === null ? undefined : figures.find((f) => f.metric === kind.metric)?.value;
    if (found.length === 0 || (count !== undefined && found.length > count)) continue;
    for (const a of found) if (!taken.some((t) => t.type === a.type && t.date_start === a.date_start)) out.push(a);
    i = last;
  }
  return out;
}

function splitOutsideBrackets(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let k = 0; k < text.length; k++) {
    if (text[k] === '(') depth++;
    else if (text[k] === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      const join = JOIN.exec(text.slice(k));
      if (join !== null && join.index === 0 && join[0].length > 0) {
        parts.push(text.slice(from, k));
        k += join[0].length - 1;
        from = k + 1;
      }
    }
  }
  parts.push(text.slice(from));
  return parts.filter((p) => p.trim() !== '');
}
