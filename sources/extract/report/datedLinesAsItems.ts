import { parseDatePhrase } from '../parseDatePhrase.ts';
import { activityTypeOf, HELD_VERBS } from './activityLexicon.ts';

/**
 * A count's heading closed by a colon over lines that each open with a day, typed with no bullet: "Мониторингтер (барлығы
 * 5):" / "2026 жылғы 8 шілдеде – …;" / "22 шілдеде – …;" / "тамыздың 5-і – …;" / "19.08.2026 ж. – ….", as a plain-text
 * letter or a mail sets a list. The heading states its count and names no plan; no line of the run is called off or put off. Each such line is an item of the heading's list, as if bulleted ("- "): the list readers
 * read items, not bare lines. Only a run of two lines or more right under the heading (no blank line between), each
 * opening with a day and closed by ";" or "." (the last), the run ending at a blank line — a paragraph that opens with a day is one sentence, not a list.
 */
export function datedLinesAsItems(lines: string[]): string[] {
  const out = [...lines];
  for (let k = 0; k < lines.length; k++) {
    const type = /:\s*$/u.test(lines[k]) ? activityTypeOf(lines[k]) : null;
    // The heading states its count ("(барлығы 5)", "– 3"), is no plan's, and is no hearings' heading (their days under a
    // heading are datedHearingsUnderHeading's, which knows an entry called off or planned).
    // A label, not a sentence: no verb of what was held, no year ("Проведено 2 мониторинга в 2024 году:" tells its own time).
    if (type === null || type.type === 'report_hearing' || !/\d/u.test(lines[k]) || PLAN.test(lines[k]) || HELD_VERBS.test(lines[k]) || /(?<!\d)(?:19|20)\d{2}(?!\d)/u.test(lines[k]) || /^\s*(?:[-–—•·*]|\d{1,2}[.)])\s/u.test(lines[k + 1] ?? '')) continue;
    let end = k;
    while (end + 1 < lines.length && opensWithDay(lines[end + 1]) && /[;.]\s*$/u.test(lines[end + 1]) && !PLAN.test(lines[end + 1])) end++;
    // The whole run or nothing: a line under it that is no dated item (text, not a blank line) may be one the reading
    // missed, and a list cut short would be counted short.
    if (end - k < 2 || (lines[end + 1] ?? '').trim() !== '') continue;
    for (let j = k + 1; j <= end; j++) out[j] = `- ${lines[j].trimStart()}`;
    k = end;
  }
  return out;
}

/** A plan's or a changed entry's words: "План …", "жоспар", "запланирован", "отменено", "перенесено", "тоқтатылды". */
const PLAN = /(?<![\p{L}])(?:план|жоспар|запланир|предстоит|отмен|перенес|тоқтатыл|кейінге\s+қалдыр)\p{L}*/iu;

/** The line opens with its day: the date phrase read from its first words, before a dash or its text. */
function opensWithDay(line: string): boolean {
  const head = /^\s*(\S.{2,40}?)\s+[–—-]\s/u.exec(line);
  return head !== null && !/[;:]/u.test(head[1]) && parseDatePhrase(head[1], 2000) !== null;
}
