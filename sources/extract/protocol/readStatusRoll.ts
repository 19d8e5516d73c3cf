import type { ProtocolAbsentee, ProtocolAttendee } from '../types.ts';
import { MEMBERS_HEADING, ONLINE } from './lexicon.ts';
import { LIST_NO, re } from './re.ts';
import { classifyAbsence, looksLikePersonLine, splitPerson } from './splitPerson.ts';
import { readListHeading } from './readAttendance.ts';

/**
 * The status closing a member's line: "– присутствовала (онлайн)", "– отсутствовал, ежегодный отпуск", "– қатысты",
 * "– қатыспады, себебі: іссапар". Only the words of presence itself: a role or a reason is never taken for one.
 */
const STATUS = re(
  '^(.*\\S)\\s*[-–—]\\s*(?:(не\\s+присутствовал[\\p{L}]*|отсутствовал[\\p{L}]*|отсутствует|қатыспады|қатыспаған)|(присутствовал[\\p{L}]*|присутствует|қатысты|қатысқан|қатысып\\s+отыр))(?![\\p{L}])\\s*(.*?)\\s*[.;,]?\\s*$',
  'u',
);
/**
 * A roster's line with dot leaders between the name and its status, the status anywhere in what follows, a reason before or
 * after it: "Ғабдуллин С.А. .............. келді", "Дәулетов Н.Қ. ....... келді (қашықтан, Zoom)", "Бекмұхамбетов Т.С. ....
 * демалыста, келмеді", "Исабеков М.М. ..... келмеді, себебі белгісіз", "Петров П.П. ........ отсутствовал (отпуск)".
 */
// A registration sheet typed with tabs sets its status in a column after one: "15.\tЖолдасбеков Мирас Ерланұлы\tқатысты /
// присутствовал", "19.\tҚуанышев Т.А.\tсебепсіз / без уважительной причины" — the tab is the leader.
const DOTTED = /^(.*?[^\s.](?:\.(?=\s))?)(?:\s*(?:\.\s?){4,}\s*|[ ]*\t[\t ]*)(\S.*?)\s*[.;]?\s*$/u;
export const DOTTED_ABSENT = re('(?<![\\p{L}])(?:келмеді|қатыспады|отсутствовал[\\p{L}]*|отсутствует|не\\s+присутствовал[\\p{L}]*|не\\s+явил[\\p{L}]*)(?![\\p{L}])', 'u');
export const DOTTED_PRESENT = re('(?<![\\p{L}])(?:келді|қатысты|присутствовал[\\p{L}]*|присутствует)(?![\\p{L}])', 'u');

/** A status line in either form, as STATUS gives it: [whole, person, absent word, present word, the rest]. */
function statusOf(content: string): (string | undefined)[] | null {
  const status = STATUS.exec(content);
  if (status) return [...status];
  const dotted = DOTTED.exec(content);
  if (!dotted) return null;
  const tail = dotted[2];
  const absent = DOTTED_ABSENT.exec(tail);
  const present = absent ? null : DOTTED_PRESENT.exec(tail);
  const word = absent ?? present;
  // "Шаяхметова Г.К. ........ іссапарда / командировка (г. Костанай)": no word of presence, only a reason of absence in the
  // status's place — the member was away for it.
  if (!word) return classifyAbsence(tail) === null ? null : [content, dotted[1], tail, undefined, tail];
  // The rest is the reason (or the means), whichever side of the status word it stood.
  const rest = `${tail.slice(0, word.index)} ${tail.slice(word.index + word[0].length)}`.replace(/^[\s,;:.–—-]+|[\s,;:.–—-]+$/gu, '').replace(/\s+/gu, ' ');
  return [content, dotted[1], absent?.[0], present?.[0], rest];
}

const ITEM = re(`^\\s*(?:${LIST_NO}|[-–—•·*])\\s*(.*)$`, 'u');
/**
 * A registration sheet's checkbox after the item's number: "3. [x] Абдрахманов Т.К., председатель Совета", "4. [ ] Ахметова
 * Л.Е. — больничный лист", "☑ …", "☐ …". The box is the status: ticked, present (online when the line says so); empty,
 * absent, the reason after the dash. The same boxes as a report's checklist (report/checklist.ts), here of persons.
 */
const BOX = /^(?:\[([ xXхХvV+✓✔]?)\]|([☑☒☐]))\s*(\S.*)$/u;
const TICKED = /^[xXхХvV+✓✔☑☒]$/u;
/** A reason after a dash closing an absentee's line: "— больничный лист", "– командировка (г. Астана)". */
const DASH_REASON = /\s+[-–—]\s+(.*?)\s*[.;,]?\s*$/u;
const MIN_MEMBERS = 3;

/** "2. Стрельникова Ирина Павловна – присутствовала (онлайн)": an item of a list (numbered or bulleted), one person and a status. */
export function isStatusLine(line: string): boolean {
  const item = ITEM.exec(line);
  const status = item ? statusOf(item[2]) : DOTTED.test(line) ? statusOf(line.trim()) : null;
  return status !== null && splitPerson(status[1]!) !== null && looksLikePersonLine(status[1]!, true);
}

export interface StatusRoll {
  attendees: ProtocolAttendee[];
  absentees: ProtocolAbsentee[];
}

/**
 * A list of all the members under a heading that says nothing of presence ("Список членов совета:", "Кеңес мүшелерінің
 * тізімі:"), each line closed by its own status ("1. Кенжебулатов А.С., председатель совета – присутствовал",
 * "6. Демченко В.А. – отсутствовал, ежегодный отпуск"): each person is where the line says. Read only when every item of
 * the list carries a status — one line without leaves who came unknown, and nothing is read from that list — save a
 * members' list whose lines without a status close the stated counts (MEMBERS_LIST, below).
 */
export function readStatusRoll(lines: string[], stated: { present: number | null; total: number | null } = { present: null, total: null }): StatusRoll | null {
  for (let i = 0; i < lines.length; i++) {
    if (!/:\s*$/.test(lines[i]) && !SHEET_CAPTION.test(lines[i])) continue;
    const roll: StatusRoll = { attendees: [], absentees: [] };
    // Those with no status on their line, present only if the counts close the list (MEMBERS_LIST).
    const unmarked: ProtocolAttendee[] = [];
    const membersList = stated.present !== null && stated.total !== null && MEMBERS_LIST.test(lines[i]);
    // (A blank line may stand between the heading and its list.)
    let j = lines[i + 1]?.trim() === '' ? i + 2 : i + 1;
    let whole = true;
    /** Items read so far, and how many of them were boxes. */
    let [items, boxes] = [0, 0];
    for (; j < lines.length; j++) {
      if (lines[j].trim() === '') {
        // "Қатысқан мүшелер:" / "- [x] …" then "Қатыспағандар:" / "- [ ] … — іссапарда" (a Markdown note's task lists under
        // their headings): the boxes of the next list of attendance go on with the roll.
        const next = whole && items > 0 && boxes === items ? nextBoxedList(lines, j) : null;
        if (next === null) break;
        j = next - 1;
        continue;
      }
      items++;
      const item = ITEM.exec(lines[j]);
      const content = item ? item[2] : lines[j].trim();
      const box = BOX.exec(content);
      if (box) {
        boxes++;
        const ticked = TICKED.test(box[1] ?? box[2] ?? '');
        const dash = ticked ? null : DASH_REASON.exec(box[3]);
        const person = splitPerson(dash ? box[3].slice(0, dash.index) : box[3]);
        if (!person) {
          whole = false;
          break;
        }
        if (ticked) roll.attendees.push({ name: person.name, role: person.rest, online: re(ONLINE).test(box[3]), line: j + 1 });
        else {
          const reason = dash ? dash[1] : null;
          roll.absentees.push({ name: person.name, excused: reason ? classifyAbsence(reason) : null, reason, line: j + 1 });
        }
        continue;
      }
      const status = statusOf(content);
      if (!status) {
        const person = membersList && item !== null ? splitPerson(content) : null;
        if (person && looksLikePersonLine(content, true)) {
          unmarked.push({ name: person.name, role: person.rest, online: re(ONLINE).test(content), line: j + 1 });
          continue;
        }
        // A member's line with no status in the list: who came is not told for all.
        if (looksLikePersonLine(content, item !== null)) whole = false;
        break;
      }
      const person = splitPerson(status[1]!);
      if (!person) {
        whole = false;
        break;
      }
      const tail = status[4]!.replace(/^[,:;]\s*/, '').trim();
      if (status[3]) roll.attendees.push({ name: person.name, role: person.rest, online: re(ONLINE).test(tail), line: j + 1 });
      else {
        const reason = tail.replace(/^(?:себебі|причина)\s*[:–—-]\s*/iu, '') || null;
        roll.absentees.push({ name: person.name, excused: reason ? classifyAbsence(reason) : null, reason, line: j + 1 });
      }
    }
    if (unmarked.length > 0) {
      const closes = roll.absentees.length > 0 && roll.attendees.length + unmarked.length === stated.present
        && roll.attendees.length + unmarked.length + roll.absentees.length === stated.total;
      if (!closes) whole = false;
      else roll.attendees = [...roll.attendees, ...unmarked].sort((a, b) => a.line - b.line);
    }
    if (whole && roll.attendees.length + roll.absentees.length >= MIN_MEMBERS) return roll;
    i = Math.max(i, j - 1);
  }
  return null;
}

/**
 * The first item's line of a list of boxes under a heading of attendance ("Қатыспағандар:", "Отсутствовали:") after the
 * blank lines from `at`; null when the text goes on otherwise.
 */
function nextBoxedList(lines: string[], at: number): number | null {
  let k = at;
  while (k < lines.length && lines[k].trim() === '') k++;
  const heading = k < lines.length && /:\s*$/u.test(lines[k]) ? readListHeading(lines[k]) : null;
  // (The invited, "Шақырылғандар:", are no roll of the members.)
  if (heading === null || (heading.kind !== 'present' && heading.kind !== 'absent')) return null;
  let first = k + 1;
  while (first < lines.length && lines[first].trim() === '') first++;
  const item = ITEM.exec(lines[first] ?? '');
  return item !== null && BOX.test(item[2]) ? first : null;
}

/**
 * The members' whole list with a status only on the absent lines ("Кеңес мүшелерінің тізімі және қатысуы:" / "3. Арыстанова Ә.Қ."
 * / "4. Бақытжанов Е.Т. – қатыспады, ауырып қалуына байланысты" / "6. Есенова М.Б. (Zoom)"): a line without one is a member
 * present — read only under a heading naming the members' list, when the lines without a status are as many as stated
 * present and the list as long as the members stated.
 */
/**
 * The caption of a registration sheet annexed to the protocol, with no colon: "ЛИСТ РЕГИСТРАЦИИ", "ТІРКЕУ ПАРАҒЫ / ЛИСТ
 * РЕГИСТРАЦИИ (24.06.2026)", "Қатысу парағы", "Явочный лист" — it heads the roll as "Список членов совета:" does.
 */
const SHEET_CAPTION = re('^\\s*(?:лист\\s+(?:регистрации|присутствия)|явочный\\s+лист|тіркеу\\s+парағы|қатысу\\s+парағы)(?![\\p{L}]).{0,80}$');
const MEMBERS_LIST = re(`(?:${MEMBERS_HEADING}|(?:список|состав)\\s+член[\\p{L}]*|мүшелерінің\\s+(?:тізімі|құрамы))`);
