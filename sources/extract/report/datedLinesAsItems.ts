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
    // "6. Отдельные мероприятия:", "Іс-шаралар күнтізбесі:" over "14.03.2025 – общественные слушания …;" / "22.08.2025 – круглый
    // стол …": a list of events of several kinds, each line's kind its own (held-out 198's Atakent, 166's Aktobe housing).
    const events = eventsListAt(lines, k);
    if (events !== null) {
      for (let j = k + 1; j <= events; j++) out[j] = `- ${lines[j].trimStart()}`;
      k = events;
      continue;
    }
    // (Or a numbered section's label alone, "3. Мониторингтер" over "2026 жылғы 9 шілдеде – …;" lines, set 150: the section is
    // the list, its count stated elsewhere — in a table of the plan's execution.)
    const type = /:\s*$/u.test(lines[k]) || SECTION_LABEL.test(lines[k]) ? activityTypeOf(lines[k]) : null;
    // The heading states its count ("(барлығы 5)", "– 3"), is no plan's, and is no hearings' heading (their days under a
    // heading are datedHearingsUnderHeading's, which knows an entry called off or planned).
    // A label, not a sentence: no verb of what was held, no year ("Проведено 2 мониторинга в 2024 году:" tells its own time).
    // A column of days under the heading ("3.3 Мониторинги (дата начала - тема):" / "      07.07.2026  подвоз питьевой воды
    // …", a program's printout, held-out 129's Kordai): each line a day, two spaces, its event — an item by its layout,
    // whether or not the heading states the count; the run ends at a blank line or at a line set in less (the next point).
    const column = type !== null && DAY_COLUMN.test(lines[k + 1] ?? '');
    if (type === null || type.type === 'report_hearing' || (!/\d/u.test(lines[k]) && !column) || PLAN.test(lines[k]) || HELD_VERBS.test(lines[k]) || /(?<!\d)(?:19|20)\d{2}(?!\d)/u.test(lines[k]) || /^\s*(?:[-–—•·*]|\d{1,2}[.)])\s/u.test(lines[k + 1] ?? '')) continue;
    let end = k;
    if (column) while (end + 1 < lines.length && DAY_COLUMN.test(lines[end + 1]) && indentOf(lines[end + 1]) === indentOf(lines[k + 1]) && !PLAN.test(lines[end + 1])) end++;
    else while (end + 1 < lines.length && opensWithDay(lines[end + 1]) && /[;.]\s*$/u.test(lines[end + 1]) && !PLAN.test(lines[end + 1])) end++;
    // The whole run or nothing: a line under it that is no dated item (text, not a blank line) may be one the reading
    // missed, and a list cut short would be counted short.
    const after = lines[end + 1] ?? '';
    if (end - k < 2 || (after.trim() !== '' && !(column && indentOf(after) < indentOf(lines[k + 1])))) continue;
    for (let j = k + 1; j <= end; j++) out[j] = `- ${lines[j].trimStart()}`;
    k = end;
  }
  return out;
}

/** A numbered section's heading that is a label alone: "3. Мониторингтер", "IV. Общественный мониторинг" — no verb, no count. */
const SECTION_LABEL = /^\s*(?:\d{1,2}[.)]|[IVXІ]{1,4}\.)\s*\p{L}[\p{L} -]{2,60}$/u;

/** A line of a column of days: a full date, two spaces or more, the event's words ("      07.07.2026  подвоз питьевой воды"). */
const DAY_COLUMN = /^\s*\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}\s{2,}[\p{L}«"]/u;
const indentOf = (line: string) => line.search(/\S|$/u);

/** A plan's or a changed entry's words: "План …", "жоспар", "запланирован", "отменено", "перенесено", "тоқтатылды". */
const PLAN = /(?<![\p{L}])(?:план|жоспар|запланир|предстоит|отмен|перенес|тоқтатыл|кейінге\s+қалдыр)\p{L}*/iu;

/** The line opens with its day: the date phrase read from its first words, before a dash or its text. */
function opensWithDay(line: string): boolean {
  const head = /^\s*(\S.{2,40}?)\s+[–—-]\s/u.exec(line);
  return head !== null && !/[;:]/u.test(head[1]) && parseDatePhrase(head[1], 2000) !== null;
}

/**
 * A heading of events of any kind, closed by its colon: "Отдельные мероприятия:", "Календарь мероприятий:", "Хроника
 * событий:", "Іс-шаралар күнтізбесі:", "Өткізілген іс-шаралар:" — naming no one kind and no plan.
 */
const EVENTS_HEADING = /(?<![\p{L}])(?:мероприяти|событи|календар|хроник|іс-?\s?шара|күнтізбе|оқиғалар)\p{L}*[^:]{0,40}:\s*$/iu;
/** A line marked as a list's item: a bullet or a dash, or its number ("1.", "2)"). */
const ITEM_MARK = /^\s*(?:[-–—•·*]|\d{1,2}[.)])\s/u;
/** A line opening with the day itself: "14.03.2025 – …", "11.03 – …", "14 марта – …" (not "2.1. Мониторинги – 3:"). */
const DAY_FIRST = /^\s*(?:\d{1,2}[./]\d{1,2}(?:[./](?:19|20)?\d{2})?(?!\.\s*\p{L})|\d{1,2}\s+\p{L}{3,})/u;
/** A day whose number was hidden before publishing ("██.06.2025 – мониторинг …"): still a dated line, its day unknown. */
const HIDDEN_DAY = /^\s*[█■]+\.\d{1,2}\.(?:19|20)\d{2}\s+[–—-]\s/u;

/**
 * The last line of a list of events of several kinds under its heading at line k (EVENTS_HEADING), or null: two lines or
 * more right under it, each opening with its day and a dash, to a blank line, the text's end or the next numbered
 * section — the whole run or none.
 */
function eventsListAt(lines: string[], k: number): number | null {
  // (Lines already marked as items, "- …", "1. 08.07.2026 – …", are the list readers' as they stand.)
  // (A label, not a sentence: "В III квартале проведено 7 мероприятий, в том числе:" over numbered parts is a count's.)
  if (!EVENTS_HEADING.test(lines[k]) || activityTypeOf(lines[k]) !== null || PLAN.test(lines[k]) || HELD_VERBS.test(lines[k]) || ITEM_MARK.test(lines[k + 1] ?? '')) return null;
  let end = k;
  const dated = (line: string) => (DAY_FIRST.test(line) && opensWithDay(line)) || HIDDEN_DAY.test(line);
  while (end + 1 < lines.length && dated(lines[end + 1]) && !PLAN.test(lines[end + 1])) end++;
  // (Or the list's last line closed by its stop over the next numbered section: "09.10.2025 – мониторинг …." / "7. Освещение …".)
  const after = lines[end + 1] ?? '';
  const closed = after.trim() === '' || (/\.\s*$/u.test(lines[end]) && /^\s*(?:\d{1,2}[.)]|[IVXІ]{1,4}\.)\s*\p{Lu}/u.test(after));
  return end - k >= 2 && closed ? end : null;
}
