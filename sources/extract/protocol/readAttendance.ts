import { COUNT_SOURCE as N, parseCount } from '../parseCount.ts';
import { lineLanguage, tidy } from '../toLines.ts';
import type { ExtractIssue, ProtocolAbsentee, ProtocolAttendee, ProtocolExtract } from '../types.ts';
import { carryWrappedLead } from './carryWrappedLead.ts';
import { ABSENCE_KIND_HEADING, ABSENT_HEADING, AGENDA_HEADING, ALSO_PRESENT, INVITED_HEADING, INVITED_STATUS, MEMBERS_HEADING, ONLINE, ONLINE_LEAD, ONLINE_PHRASE, OTHER_BODY_STATUS, PRESENT_HEADING, SECTION_NEW } from './lexicon.ts';
import { INITIALS, LIST_NO, NAME_WORD, PERSON_NAME, re, SURNAME_INITIALS } from './re.ts';
import { classifyAbsence, looksLikePersonLine, splitOutsideParens, splitPerson } from './splitPerson.ts';
import { withoutListTotal } from './listTotal.ts';
import { headerContinued, isSectionCell, noteSignatures, readTableRow, splitCells, startTable, type TableState } from './readAttendanceTable.ts';
import { readAbsentSentence } from './readAbsentSentence.ts';
import { clauseNames, readAbsentParagraph } from './readAbsentParagraph.ts';
import { paragraphsOf } from './paragraphsOf.ts';
import { explainAbsences } from './explainAbsences.ts';
import { readAbsenceNotes } from './absenceNotes.ts';
import { MARKS, carriesMark, readGuestMark } from './guestMark.ts';
import { isJointMeeting, otherBodyAtJoint } from './jointMeeting.ts';
import { readOnlineMark } from './onlineMark.ts';
import { attendanceHeader, regroupCellTable } from './regroupCellTable.ts';
import { tabBareCells } from './tabBareCells.ts';
import { respreadAttendanceTables } from './respreadAttendanceTable.ts';
import { joinListTitles } from './joinListTitles.ts';
import { isRoleLine } from './isRoleLine.ts';
import { ALL_IN_ALL } from './readStatedCounts.ts';
import { openBrackets } from '../grammar/openBrackets.ts';
import { unquotedName } from './quotedName.ts';
import { positionFirst } from './positionFirst.ts';
import { exOfficioMember } from './exOfficio.ts';
import { withoutOutlineNumber } from './outlineNumber.ts';
import { hasQuestionColumn } from './readMemberVoteTable.ts';

export type ListKind = 'present' | 'absent' | 'skip';

interface ListState {
  kind: ListKind;
  online: boolean;
  excused: boolean | null;
  lastNo: number | null;
  blank: number;
  /** The list is written as names separated by commas, and its last line ended with one: the next line goes on with names. */
  commas?: boolean;
  /** A run of names on the heading line (or after it) ended without a comma: only an online sub-heading or a marked item may follow. */
  closed?: boolean;
  /** The person of the last item, so a line wrapped by hand is read with it. */
  last: { raw: string; line: number; kind: 'present' | 'absent'; index: number; dropped?: boolean } | null;
  table: TableState | null;
}

/** A list just opened under a heading: nothing read in it yet. */
function listOf(heading: Pick<ListState, 'kind' | 'online' | 'excused'>): ListState {
  return { ...heading, lastNo: null, blank: 0, last: null, table: null };
}

/** The list a person line belongs to; attendees and absentees as read so far. */
export interface Roll {
  attendees: ProtocolAttendee[];
  absentees: ProtocolAbsentee[];
  /** A row of a table whose attendance was not read: how many came or missed the meeting is not stated. */
  unsure?: boolean;
  /** A group of absentees whose names are not as many as its count: how many missed the meeting is not stated. */
  absentUnsure?: boolean;
  /** The mark of guests in a list of everyone present ("*" under a legend "* – приглашенные"). */
  guestMark?: string | null;
  /** The mark of those present online ("Мамбетов Е.Т.*" under a footnote "* – участвовали в режиме видеоконференцсвязи"). */
  onlineMark?: string | null;
  /** A joint meeting with another body (a maslikhat's commission): its deputies in the lists are not the council's. */
  joint?: boolean;
}

/**
 * A sentence after the last name saying nobody took part online ("Нұрмұхамбетов Б.С. Бейнебайланыс арқылы қосылған мүше
 * жоқ.", "… Онлайн-участников нет."): no mark of that person.
 */
const NOBODY_ONLINE = re(`${ONLINE}[^.;]{0,40}?(?:жоқ|болмады|нет|не\\s+было)(?![\\p{L}])|(?<![\\p{L}])(?:никто|ешкім)[^.;]{0,30}?${ONLINE}`);

/**
 * Adds one person of a list. Invited persons ('skip') are never members, so
 * never attendees. Returns where the person went, for a wrapped line.
 */
export function addPerson(roll: Roll, raw: string, lineNo: number, kind: ListKind, listOnline: boolean, listExcused: boolean | null): { kind: 'present' | 'absent'; index: number } | null {
  if (kind === 'skip') return null;
  // "ардагерлер кеңесінің төрағасы Жұмабаев Қайрат Есенұлы": the position before the name read as if after it; "Руководитель
  // отдела … (член Совета по должности)": a member by position only, the position the name.
  const person = exOfficioMember(raw) ?? splitPerson(positionFirst(raw) ?? raw);
  if (!person) return null;
  // "– Кеңес мүшелері – 11 (Кеңестің 14 мүшесінің);", "– члены Совета – 11;": a part of those present counted, no person.
  if (GROUP_COUNTED.test(raw)) return null;
  // "Есмағамбетов Б.Ғ. – мәслихат депутаты" at a joint meeting with the maslikhat's commission: the other body's.
  if (roll.joint && otherBodyAtJoint(person.rest)) return null;
  if (kind === 'present') {
    // "Бакиева Г.С.*" under "* – шақырылғандар / приглашенные": a guest among the members, never one of them.
    if (roll.guestMark && carriesMark(raw, roll.guestMark)) return null;
    // "Байжанова Л.Е. – маман (Кеңес мүшесі емес)", "Петров П.П. (не является членом Совета)": present, but no member.
    if (person.rest && re(NOT_MEMBER).test(person.rest)) return null;
    const marked = roll.onlineMark ? carriesMark(raw, roll.onlineMark) : false;
    // The mark is no part of the name: "Мамбетов Е.Т.*" is Мамбетов Е.Т.
    const name = marked ? person.name.replace(MARK_AFTER_NAME, '') : person.name;
    roll.attendees.push({ name, role: person.rest, online: listOnline || (re(ONLINE).test(raw) && !NOBODY_ONLINE.test(raw)) || marked, line: lineNo });
    return { kind, index: roll.attendees.length - 1 };
  }
  const reason = person.rest;
  roll.absentees.push({ name: person.name, excused: classifyAbsence(reason ?? '') ?? listExcused, reason, line: lineNo });
  return { kind, index: roll.absentees.length - 1 };
}

/** A list's mark closing a name: "Мамбетов Е.Т.*", "Бекенов Ғ.Ж.¹". */
const MARK_AFTER_NAME = new RegExp(`\\s?(?:${MARKS})$`, 'u');
const GROUP_COUNTED = re(`^\\s*(?:[-–—•]\\s*)?(?:${MEMBERS_HEADING}|${INVITED_HEADING}|${INVITED_STATUS})\\s*[:\\-–—]\\s*${N}(?![\\p{L}\\d.])`);
const NOT_MEMBER = '(?<![\\p{L}])(?:не\\s+(?:является\\s+)?член[\\p{L}]*|мүшесі\\s+емес|(?:приглаш[её]нн?[\\p{L}]*|шақырылған)(?!\\s+член))';

/** A title over a table, no colon, short: "СПИСОК ПРИГЛАШЕННЫХ", "Шақырылғандар тізімі", "Приглашенные лица". */
const INVITED_TITLE = re(`^[^:]{0,30}(?<![\\p{L}])(?:${INVITED_HEADING}|${INVITED_STATUS})[^:]{0,40}$`);

/** The title of the table whose header is line i (one of the two lines above it, blanks skipped) names the invited. */
function titledInvited(lines: string[], i: number): boolean {
  const above = lines.slice(Math.max(0, i - 5), i).filter((l) => l.trim() !== '').slice(-2);
  return above.some((l) => INVITED_TITLE.test(l.trim()) && !re(PRESENT_HEADING).test(l) && !re(MEMBERS_HEADING).test(l));
}

/** A title over a table, no colon, no count, short: "Отырысқа қатыспаған мүшелер", "Отсутствующие члены Совета", "Список отсутствовавших". */
const ABSENT_TITLE = re(`^[^:\\d]{0,40}(?<![\\p{L}])(?:${ABSENT_HEADING})[^:\\d]{0,40}$`);

/**
 * The title right above the table whose header is line i (the nearest line with text) names the absent, and the table has
 * no column of participation, marks or signatures to tell each row's own: every row is one absent, its reason in its column.
 */
function titledAbsent(lines: string[], i: number, table: TableState): boolean {
  const { part, marks, signature } = table.cols;
  if (part !== undefined || marks !== undefined || signature !== undefined) return false;
  const above = lines.slice(Math.max(0, i - 3), i).filter((l) => l.trim() !== '').slice(-1)[0] ?? '';
  return ABSENT_TITLE.test(above.trim()) && !re(PRESENT_HEADING).test(above);
}

/** A line that carries on the item above it: "   мәселелері жөніндегі комиссияның төрағасы;", "(онлайн)". */
function continues(line: string, previousRaw: string, above: string): boolean {
  const text = line.trim();
  // "посредством ВКС:" alone on its line, lowercase under "11. Сагинтаев А.Б.": the online sub-heading, not the role wrapped.
  if (ONLINE_LEAD_ALONE.test(line)) return false;
  // "аудан әкімінің орынбасары Исабеков М.Т. (шақырылған);" under an item ended by its ";": the next person, the position first.
  if (/[;.]\s*$/.test(previousRaw) && positionFirst(text) !== null) return false;
  if (/^\p{Ll}/u.test(text) || /^\(/.test(text)) return true;
  // "10. Нұрланова Жанар" / "Ерболқызы": a patronymic alone on its line, under a surname and a given name — the name wrapped
  // in its column.
  if (PATRONYMIC_ALONE.test(text) && SURNAME_AND_NAME.test(previousRaw)) return true;
  // A person a line, the role on the next ("Серікова Айгүл Маратқызы" / "Кеңес мүшесі", "Петров П.П." / "Член Совета"): the
  // role of the person above when that person has none yet — read alone, "Член Совета" looks like a surname and a name.
  if (isRoleLine(text) && splitPerson(previousRaw)?.rest == null) return true;
  // A list indented as a whole ("  Сүлейменова Г.Б. – Кеңес төрағасы" / "  Мұқанов Б.Т."): a name with its initials as far in
  // as the line above is the next person, not the one above wrapped.
  // So is a full name with its patronymic ("  Ибраев Талгат Серикович" / "  Ким Виталий Эдуардович").
  if (indentOf(line) <= indentOf(above) && (NAME_WITH_INITIALS.test(text) || FULL_NAME.test(text))) return false;
  // An indented line after an item that did not end its sentence.
  return /^\s{2,}/.test(line) && !/[;.]\s*$/.test(previousRaw) && text.split(/\s+/).length <= 12;
}

const PATRONYMIC_ALONE = /^\p{Lu}\p{Ll}+(?:вич|вна|ична|ұлы|улы|қызы|кызы)[.,;]?$/u;
const SURNAME_AND_NAME = /^\s*\p{Lu}[\p{Ll}'-]+\s+\p{Lu}\p{Ll}+\s*$/u;

/** "Ким Ольга Валерьевна — …", "Ким О.В. – …": a name of two or three words (or a surname and initials), then a dash. */
const DASHED_PERSON = re(`^\\s*${NAME_WORD}\\s+(?:${INITIALS}|${NAME_WORD}(?:\\s+${NAME_WORD})?)\\s*[-–—]\\s`, 'u');
const indentOf = (line: string): number => /^\s*/.exec(line)![0].length;
/** "Ким Виталий Эдуардович", "Сейтқалиев Арман Бекұлы": a surname, a given name and a patronymic opening a line. */
const FULL_NAME = /^\p{Lu}[\p{Ll}-]+\s+\p{Lu}[\p{Ll}-]+\s+\p{Lu}\p{Ll}+(?:ич|вна|ична|ұлы|улы|қызы|кызы)(?![\p{L}])/u;
/** "Мұқанов Б.Т.", "Дәулетқызы А.", "Б.Т. Мұқанов" opening a line. */
const NAME_WITH_INITIALS = /^(?:\p{Lu}[\p{Ll}-]+\s+\p{Lu}\.(?:\s*\p{Lu}\.)?|\p{Lu}\.\s*(?:\p{Lu}\.\s*)?\p{Lu}\p{Ll}+)(?![\p{L}])/u;

/**
 * The attendance lists: a heading ("…присутствуют 30 членов:", "Присутствовали:",
 * "Отсутствовали по уважительной причине:", "Қатысқандар:") followed by one
 * person per line (numbered, bulleted or plain, wrapped by hand onto the next
 * line), the names on the heading line itself separated by commas, or a text
 * table (tabs or " | ") with a participation column. A list ends at a line
 * that is not a name.
 */
// "----+------+-----" (no outer border, the first column's dashes first) is one too.
const TABLE_BORDER = /^\s*(?:[+|][-=+|:\s]*[-=]{3}[-=+|:\s]*|[-=]{2,}\+[-=+|:\s]*[-=]{3}[-=+|:\s]*|[┌├└╔╠╚][─━═┬┼┴╦╬╩]*[┐┤┘╗╣╝])$/u;

/** A rule drawn under some cells of a row only: "|    |    +-----------+---------+     |". */
const INNER_RULE = /^\s*\|[\s|]*\|\s*\+[-=+]*[-=]{3}[-=+]*\+?\s*(?:\|[\s|]*)?$/u;

export function readAttendance(text: string[], issues: ExtractIssue[], date: string | null = null): Pick<ProtocolExtract, 'attendees' | 'absentees' | 'attendees_listed' | 'absentees_listed'> {
  // A table laid out a cell a line (a .docx, Word's text export) is read row by row; `numbers` keeps the text's line numbers.
  // Its rows may be parted by a section's row merged across it ("Члены Общественного совета", "Приглашённые").
  // A PDF viewer's copy of such a table has its cells bare ("№" / "Ф.И.О." / "Статус в ОС" / "Форма участия" / "1" / …): each
  // given the tab Word's export gives it first — a status with its reason a cell up to a line's length.
  // A table lined up by spaces in a fixed font (a pasted Zoom participants' list completed by the secretary) is laid out a tab
  // between cells first.
  const bare = tabBareCells(respreadAttendanceTables(text), attendanceHeader, 60, true);
  const cells = joinListTitles(joinWrappedHeadings(splitInlineHeadings(carryWrappedLead(regroupCellTable(bare.lines, undefined, false, isSectionCell)))));
  const lines = cells.lines;
  const numbers = cells.numbers.map((n) => bare.numbers[n - 1] ?? n);
  const roll: Roll = { attendees: [], absentees: [], guestMark: readGuestMark(lines), onlineMark: readOnlineMark(lines), joint: isJointMeeting(text) };
  let state: ListState | null = null;
  const headings = new HeadingGroups(roll, issues);
  // The agenda or the first question opened: a "Члены комиссии:" below is the signatures' block.
  let pastAttendance = false;
  // A heading of those present was read and no list of the invited since: a commission's heading below groups its present members.
  let presentOpen = false;
  // A heading of those present naming the members ("Присутствовали члены Совета:") had people read under it.
  let membersListed = false;
  let membersHeading: { before: number } | null = null;
  // A heading whose list is grouped by commission ("ОТСУТСТВОВАЛИ:" / "Комиссия по …:" / names): the groups below are of its kind.
  let grouped: Pick<ListState, 'kind' | 'online' | 'excused'> | null = null;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // The ruled border of a text table ("+----+------+", "|----|------|"): nothing in it, and no end of the list above it.
    if (TABLE_BORDER.test(line)) continue;
    // "3. ПОВЕСТКА ДНЯ", "II. КҮН ТӘРТІБІ": the agenda's heading numbered as a section of the outline is the agenda's too.
    const agendaHeading = re(AGENDA_HEADING).test(line) || re(AGENDA_HEADING).test(withoutOutlineNumber(line));
    if (agendaHeading || re(SECTION_NEW).test(line)) pastAttendance = true;
    // "1. ТЫҢДАЛДЫ: …", "СЛУШАЛИ: …" right under the absentees (no agenda heading between): a question's section ends the
    // list above; read on as its item, "ТЫҢДАЛДЫ" was an absent person.
    if (re(SECTION_NEW).test(line) && !readListHeading(line)) state = null;
    // "ПОВЕСТКА ДНЯ" right under the last absentee, no colon and no blank line: the agenda's heading, no person.
    else if (agendaHeading && !readListHeading(line)) state = null;
    let heading = readListHeading(line) ?? readBulletHeading(line) ?? readPointHeading(line);
    // "Присутствовали члены Общественного совета: …" read, then "В расширенном заседании приняли участие:" — those
    // besides the members: a second heading of those present that no longer names the members lists guests.
    if (heading?.kind === 'present' && !heading.online && membersListed && !re(MEMBERS_HEADING).test(line.slice(0, line.indexOf(':') + 1 || undefined))) {
      heading = { kind: 'skip', online: false, excused: null };
    }
    if (heading) {
      presentOpen = heading.kind === 'present' || (presentOpen && heading.kind === 'absent');
      grouped = heading.kind !== 'skip' && /:\s*$/.test(line) && groupHeadsNames(lines, i, true) ? heading : null;
      if (membersHeading && roll.attendees.length > membersHeading.before) membersListed = true;
      membersHeading = heading.kind === 'present' && re(MEMBERS_HEADING).test(line) ? { before: roll.attendees.length } : null;
      headings.open(heading.kind, numbers[i], line, expectsNames(line));
      // Some protocols give the agenda first: a heading of the lists opens the attendance again.
      if (heading.kind !== 'skip') pastAttendance = false;
      state = listOf(heading);
      // "Присутствовали: Иванов И.И., Петров П.П. (онлайн)" — names on the heading line.
      // "Председательствующий: … Кворум бар. Отсутствуют / Қатыспағандар:": a speaker's words ending with the list's heading,
      // its last sentence — the list is below it, nothing after the speaker's colon is a name.
      let after = closesWithHeading(line, heading.kind) ? '' : line.slice(line.indexOf(':') + 1);
      // "ПРИСУТСТВОВАЛИ: 12 членов Совета из 15 (в том числе 3 – по видеосвязи): Ковальчук С.В., …", "Қатысқандар: 13 мүшенің
      // 11-і (оның ішінде 2-еуі онлайн): Ахметов …" (set 171): the count's clause closed by a colon of its own, the names after
      // it — the run of the heading's line, the count read apart (readStatedCounts).
      const countLead = COUNT_THEN_COLON.exec(after);
      if (countLead && after.slice(countLead[0].length).trim() !== '') after = after.slice(countLead[0].length);
      const numbered = RUN_OPENS_NUMBERED.test(after);
      if (numbered) after = withoutRunNumbers(after);
      if (line.includes(':') && after.trim() !== '' && !COUNT_FIRST.test(after)) {
        // "Отырысқа кеңестің төрт мүшесі келмеді: Әбдіқалықов … ауырып қалғандықтан ауруханада емделуде, ал Нұрпейісова …":
        // the absentees told in a running paragraph, which the list's commas part mid-reason.
        const told = state.kind === 'absent' ? absentParagraph(roll, lines, numbers, i, state) : null;
        if (told !== null) {
          i = told;
          state.closed = true;
          continue;
        }
        // The names after the heading wrapped as a paragraph, mid-entry ("…, Қуанышева Ж.Б." / "(төрағаның орынбасары), Әділов Н.Т.,"
        // or "Мырзағалиев" / "Д.О."): read as one run when the whole paragraph is names.
        const headingLine = numbers[i];
        const wrapped = wrappedRun(numbered ? withoutRunNumbersFrom(lines, i) : lines, i, after);
        if (wrapped) {
          after = wrapped.text;
          i = wrapped.last;
        }
        // "…, Омаров К.Е. (…) и Турсынбаев Д.Ж. В 10 ч. 25 мин. к заседанию присоединился Садыков Е.Р., …": the run of those
        // present ends with its sentence — the next one, opening with a time after a name's initials, is no name of the run.
        const end = state.kind === 'present' && openBrackets(after) === 0 ? RUN_ENDS.exec(after) : null;
        const rest = end ? after.slice(end.index) : '';
        if (end) after = after.slice(0, end.index);
        // Only what reads as a name: "Кворум имеется" after the names is not a person.
        const added = addNames(roll, after, headingLine, state);
        if (state.kind === 'present' && rest !== '') addLateArrival(roll, rest, headingLine, added);
        // "Қатыспағандар: Сұлтанов А.Е. – себебін хабарламады;" goes on with the next name as after a comma.
        state.commas = added > 0 && /[,;]\s*$/.test(after);
        state.closed = added > 0 && !state.commas;
      } else if (heading.kind === 'present' && line.includes(':') && COUNT_FIRST.test(after)) {
        // "Присутствовали: 10 (десять) членов Совета," / "из них двое – онлайн." / "Утегенов Б.Е., …, Тулегенов А.Е.": the count,
        // its sentence ended, then a paragraph of as many names as it counts.
        const named = namesUnderCount(lines, i, after);
        // "Қатысқандар / Присутствовали: 7 (барлығы залда / все очно)" / "" / "Жүнісова Мәдина Серікқызы – төраға / председатель"
        // / …: the count on the heading's line, a blank line, then a column of as many names, one a line.
        const column = named ? null : namesColumnAfterCount(lines, i, parseCount(COUNT_FIRST.exec(after)![0]));
        if (named) {
          addNames(roll, named.text, numbers[named.first], state);
          i = named.last;
          state.closed = true;
        } else if (column) {
          for (const k of column) addPerson(roll, LIST_ITEM.exec(lines[k])?.[2] ?? lines[k], numbers[k], 'present', false, null);
          i = column[column.length - 1];
          state.closed = true;
        }
      } else if (heading.kind === 'absent' && line.includes(':') && COUNT_FIRST.test(after)) {
        // "Отсутствовали: 2 члена (Иванов И.И. – командировка, Петров П.П. – болезнь).", "Қатыспаған: 2 мүше (Әбілов Р.Т. –
        // іссапарда болуда, Шевченко Л.А. –" / "кезекті еңбек демалысы).": the count, then its people in one bracket.
        const told = countedInBracket(lines, i, after);
        if (told) {
          addNames(roll, told.text, numbers[i], state);
          i = told.last;
          state.closed = true;
        }
      } else if (/:\s*$/.test(line)) {
        // "Присутствовали:" over a paragraph of names wrapped mid-entry ("…, Жалгасова Раушан Тулегеновна" / "(заместитель
        // председателя), Абенов …"): read as one run, when the whole paragraph is names.
        // (Numbered as they run, "1) …; 2) …" opening the line under the heading: the numbers blanked, as on the heading's line.)
        // (Only a run: "2)" on the first line after a semicolon or comma — one person a line is a list, read as ever.)
        const numberedBelow = RUN_OPENS_NUMBERED.test(lines[i + 1] ?? '') && /[;,]\s*2\)\s+\p{Lu}/u.test(lines[i + 1] ?? '');
        const runLines = numberedBelow ? withoutRunNumbersFrom(lines, i) : lines;
        const wrapped = wrappedRun(runLines, i + 1, runLines[i + 1] ?? '') ?? (numberedBelow && allNames(runLines[i + 1]) ? { text: runLines[i + 1], last: i + 1 } : null);
        if (wrapped && namesOfRun(wrapped.text).length >= 3) {
          const added = addNames(roll, wrapped.text, numbers[i + 1], state);
          i = wrapped.last;
          state.closed = added > 0;
        }
      }
      continue;
    }
    if (pastAttendance) presentOpen = false;
    if (pastAttendance) grouped = null;
    // Those present listed by commission: "Экономика … жөніндегі комиссия" / "(комиссия құрамы – 7 мүше):" above its members,
    // after the absentees of the commission before — those below are present again; or under a heading the groups
    // follow directly ("ОТСУТСТВОВАЛИ:" / "Комиссия по …:" / "Оспанова Ж.Б. — командировка"), of that heading's kind.
    // A chair's role alone on its line ("Председатель Общественного совета" / "  Каримжанов Е.С.") groups him the same way.
    if ((presentOpen || grouped) && (isGroupHeading(line) || isRoleHeading(line)) && groupHeadsNames(lines, i)) {
      const kind = grouped ?? { kind: 'present' as const, online: false, excused: null };
      headings.open(kind.kind, numbers[i], line, true);
      state = listOf(kind);
      continue;
    }
    // "Присутствовали 14 из 19 членов Совета.", "Отырысқа 18 мүше қатысты.": a count of those present without a colon is no
    // list, but a "Члены Совета:" right below it lists them.
    if (!state && !pastAttendance && re(PRESENT_HEADING).test(line) && !re(ABSENT_HEADING).test(line) && !ALSO_PRESENT_LINE.test(line) && A_COUNT.test(line)) {
      headings.open('present', numbers[i], line, false);
      // "Присутствуют 10 членов Совета (1 – онлайн)." over a column of ten names, no heading between: the names it counts.
      const column = namesColumnUnderCount(lines, i);
      if (column) {
        for (const k of column) addPerson(roll, LIST_ITEM.exec(lines[k])?.[2] ?? lines[k], numbers[k], 'present', false, null);
        i = column[column.length - 1];
        continue;
      }
    }
    // A table row, under a heading or after a header row naming a participation column.
    const prev = state as ListState | null;
    // A header typed over two lines is read whole: its second line names the participation column ("Форма" / "участия").
    // (A drawn table's inner rule between its two header lines, "|    |   +------+-----+   |", under the merged cell only, is
    // no row: the header's second line is the one after it.)
    const second = INNER_RULE.test(lines[i + 1] ?? '') ? i + 2 : i + 1;
    const header = prev?.table ? null : headerContinued(line, lines[second] ?? '');
    const tableStart: TableState | null = prev?.table ? null : startTable(header ?? line, date);
    if (header !== null && tableStart) i = second;
    if (tableStart) {
      noteSignatures(tableStart, lines.slice(i + 1));
      // "СПИСОК ПРИГЛАШЕННЫХ" / "№ | Ф.И.О. | Должность": a table titled as the guests' lists no member, whatever came before.
      // "№ | Член Совета | Вопрос 1 | Вопрос 2" after the agenda, no column of taking part: a roll call's sheet of votes (set
      // 190) — who voted how, not who came (an absent member has a row there too).
      const votesOnly = pastAttendance && tableStart.cols.part === undefined && tableStart.cols.marks === undefined && hasQuestionColumn(header ?? line);
      const kind = titledInvited(lines, i) || votesOnly ? 'skip' : titledAbsent(lines, i, tableStart) ? 'absent' : prev?.kind ?? 'present';
      state = { kind, online: prev?.online ?? false, excused: prev?.excused ?? null, lastNo: null, blank: 0, last: null, table: tableStart };
      continue;
    }
    if (state?.table) {
      if (readTableRow(line, numbers[i], state.table, state.kind, roll, issues)) continue;
      // A PDF puts a blank line between a table's rows: one blank line before another row does not end it.
      // (A line after the blank whose first cell is empty carries no row on: it is the next table's, a .docx's cell run
      // "\tКҮН ТӘРТІБІ" / "\tПОВЕСТКА ДНЯ" after the registration table, never the last member's name wrapped.)
      const after = line.trim() === '' ? splitCells(lines[i + 1] ?? '') : null;
      if (after && after[0] !== '') continue;
      state.table = null;
      if (line.trim() === '') continue;
    }
    // "Члены Совета:" right under "Присутствовали: 14 из 19 членов" (or under "Присутствовали:", or inside its list after
    // "Председатель – …") heads the list of those present; elsewhere it says nothing of who came.
    const members = MEMBERS_LINE.exec(line);
    if (members && !pastAttendance && (state?.kind === 'present' || headings.awaitsPresent(numbers[i]) || underParticipantsTitle(lines, i)) && (members[1].trim() === '' || allNames(members[1]))) {
      headings.open('present', numbers[i], line, true);
      state = listOf({ kind: 'present', online: false, excused: null });
      if (members[1].trim() !== '') {
        state.commas = addNames(roll, members[1], numbers[i], state) > 0 && /,\s*$/.test(line);
        state.closed = !state.commas;
      }
      continue;
    }
    if (members && !pastAttendance && state?.kind !== 'present' && looksLikePersonLine(members[1].trim() || nextFilled(lines, i), false)) {
      issues.push({ line: numbers[i], message: `names under "${tidy(line).slice(0, 60)}" not read: no heading says whether they were present` });
    }
    if (!state) continue;
    if (line.trim() === '') {
      // One blank line inside a list is tolerated; two end it.
      if (++state.blank >= 2 || (state.lastNo === null && roll.attendees.length + roll.absentees.length > 0 && state.blank > 1)) state = null;
      continue;
    }
    // A list number ("1.", "1)", the Kazakh ordinal "1-ші."), a bullet, or a lowercase letter "а)", "б.", "ж)"
    // (Cyrillic or Latin; "А." capital is an initial).
    const item = LIST_ITEM.exec(line);
    // An online sub-heading with its names after the colon: "в режиме онлайн: Серикбаев Д.А., Ли В.Г.", "ZOOM платформасы арқылы: …".
    const onlineNames = ONLINE_NAMES.exec(item ? item[2] : line);
    if (onlineNames && state.kind !== 'skip' && allNames(onlineNames[1])) {
      state.online = true;
      state.blank = 0;
      state.commas = addNames(roll, onlineNames[1], numbers[i], state) > 0 && /,\s*$/.test(line);
      state.closed = !state.commas;
      continue;
    }
    // "Ганюшкино ауылы: Сейілов Қ.Ж. (төраға); Байменова Ж.Т.;", "Комиссия по социальным вопросам: Иванов И.И., Петров П.П.": a
    // group of the list (a village, a commission) named before its people on their line — the list's people, of its kind.
    // The label names a place or a part of the body ("… ауылы", "Атырау қаласынан", "Комиссия по …", "г. Уральск"): not a role's
    // label ("Секретарь: …"), who may be no member, nor a note ("Примечание: Дронов И.Ю. о причине …"), nor "из них онлайн: …"
    // (those already listed, again), nor a heading of another list (read above).
    const group = state.kind !== 'skip' && !item ? GROUP_LABEL.exec(line) : null;
    if (group && GROUP_WORD.test(group[1]) && !GROUP_NOT.test(group[1]) && allNames(group[2])) {
      state.blank = 0;
      state.last = null;
      state.commas = addNames(roll, group[2], numbers[i], state) > 0 && /[,;]\s*$/.test(line);
      state.closed = !state.commas;
      continue;
    }
    // Names separated by commas run on over the next line after a comma: "…, Бөлекбаев Н.С.," / "Рахметова А.Ж., …, Тілеуберді Қ.Ж.;";
    // or a run of several names starts under its heading: "Қатысқандар:" / "Р.Т. Қалиасқаров, Н.Ә. Бекболатова,".
    // A full name wrapped mid-name ("…, Оспанқұлов Ғани" / "Бекжанұлы, Сейтқалиева Роза …"): the run's paragraph read joined.
    // "Қатысқандар / Присутствовали: 9, оның ішінде онлайн: 1" / "" / "Нұрланов Қ.Т. (төраға), Соколова И.А., …": one blank
    // line between a heading and the first run of its names, nothing read under it yet, is no end of it.
    const fresh = state.blank === 1 && state.last === null && !state.commas && !state.closed && state.kind !== 'skip';
    const joined = !item && (state.blank === 0 || fresh) && (state.commas || (state.kind !== 'skip' && state.last === null && !state.closed)) ? wrappedMidName(lines, i) ?? wrappedReason(lines, i) ?? wrappedBracket(lines, i) : null;
    const runText = joined?.text ?? line;
    const run = !item && (state.blank === 0 || fresh) && allNames(runText) && (state.commas || (state.kind !== 'skip' && state.last === null && !state.closed && splitOutsideParens(runText).length >= 2));
    if (run) {
      state.blank = 0;
      addNames(roll, runText, numbers[i], state);
      if (joined) i = joined.last;
      state.commas = /[,;]\s*$/.test(runText);
      state.closed = !state.commas;
      continue;
    }
    // A run of names that ended without a comma is whole: "Сидоров С.С. открыл заседание." below it is no attendee.
    if (!item && state.closed && !ONLINE_LEAD_ALONE.test(line)) {
      state = null;
      continue;
    }
    if (!item && state.last && state.blank === 0 && continues(line, state.last.raw, lines[i - 1] ?? '')) {
      rereadWrapped(roll, state, line);
      continue;
    }
    state.blank = 0;
    // An online sub-heading inside the list: "В режиме онлайн:", "Онлайн:".
    if (ONLINE_LEAD_ALONE.test(line)) {
      state.online = true;
      state.closed = false;
      // The item above is whole: "  Габдуллин Руслан Ерикович" indented under "По ВКС / ВКС арқылы:" is the next person.
      state.last = null;
      continue;
    }
    // "1. Руководство Совета" / "   1.1. Жаксылыков Ерболат Маратович – председатель Совета;": an item whose own sub-items
    // follow it is the heading of a group of the list (a commission, the leadership), no person; the sub-items are its people.
    // (Not when that line heads a list of its own: "2) Тасымова Д.К." / "2.2. Отсутствовали – 3:" is the last person of one
    // sub-list over the outline's next point.)
    const below = nextFilledRaw(lines, i);
    if (item?.[1] && !/^\s*\d{1,3}\.\d/u.test(line) && SUB_ITEM_OF(item[1]).test(below) && !(readListHeading(below) ?? readPointHeading(below))) {
      state.last = null;
      state.lastNo = null;
      continue;
    }
    const content = unquotedName(item ? item[2] : line);
    // "- отпуск – 2 (Исмагулова Д.Н., Сапаров Ж.К.);", "іссапар – 1 (Жұмағалиев Б.Н.);": the absentees grouped by their reason,
    // each group counted, the names in brackets — each name absent for the reason, when as many as counted; a group whose
    // count its names do not make leaves the absentees' count unstated.
    const byReason = state.kind === 'absent' ? REASON_GROUP.exec(content) : null;
    if (byReason) {
      const names = namesOfRun(byReason[3]);
      if (allNames(byReason[3]) && names.length === parseCount(byReason[2])) {
        for (const name of names) addPerson(roll, `${name.text} – ${byReason[1]}`, numbers[i], 'absent', false, state.excused);
      } else roll.absentUnsure = true;
      state.last = null;
      state.blank = 0;
      continue;
    }
    // A plain line continues a list only right after an item ("Повестка дня:" after a blank line does not).
    const afterBlank = i > 0 && lines[i - 1].trim() === '';
    // Under an item already read, a full name with a long reason after a dash is an item too: "Ким Ольга Валерьевна — причина
    // не сообщена, отсутствует без уважительной причины;".
    const dashed = state.last !== null && DASHED_PERSON.test(content);
    // "Мұқанов Е.Қ., Серикова Н.П., Досжанов А.Ж. – причины не сообщили.": several people sharing one reason.
    const shared = SHARED_REASON.exec(content);
    // "3) ардагерлер кеңесінің төрағасы Жұмабаев Қайрат Есенұлы;", "«…» газетінің тілшісі Мейрамова Д. (шақырылған)." after an
    // item ended by ";": a person, the position before the name (a numbered item, or a line ended as the list's items are —
    // a sentence "Заседание открыл председатель Совета Иванов И.И." is none).
    const listLike = item !== null || /;\s*$/.test(line) || (state.last !== null && /;\s*$/.test(state.last.raw));
    const reordered = listLike ? positionFirst(content) ?? (exOfficioMember(content) ? content : null) : null;
    if (/:\s*$/.test(line) || (!item && afterBlank) || (!shared && !reordered && !looksLikePersonLine(content, item !== null || dashed))) {
      state = null;
      continue;
    }
    if (item?.[1]) {
      const no = Number(item[1]);
      if (state.lastNo !== null && no !== state.lastNo + 1) {
        issues.push({ line: numbers[i], message: `list numbering jumps from ${state.lastNo} to ${no}` });
      }
      state.lastNo = no;
    }
    if (shared) {
      for (const name of shared[1].split(/\s*,\s*|\s+(?:и|және|мен|пен|бен)\s+/u)) addPerson(roll, `${name} ${shared[2]}`, numbers[i], state.kind, state.online, state.excused);
      state.last = null;
      continue;
    }
    const added = addPerson(roll, content, numbers[i], state.kind, state.online, state.excused);
    state.last = added ? { raw: content, line: numbers[i], ...added } : null;
  }
  headings.close();
  // No list of absentees: they may be told in a sentence ("Не присутствовали члены совета Ахметов Б.Б., …, и Ли О.В. – …").
  if (roll.absentees.length === 0) {
    const listed = new Set(roll.attendees.map((a) => a.name));
    roll.absentees.push(...readAbsentSentence(lines, numbers).filter((a) => !listed.has(a.name)));
  }
  // "Примечание секретаря: Пак Д.Э. о причине отсутствия не сообщил." under the sheet: the reason of an absentee listed without one.
  const agendaAt = lines.findIndex((l) => re(AGENDA_HEADING).test(l) || re(SECTION_NEW).test(l));
  explainAbsences(roll.absentees, lines, numbers, agendaAt < 0 ? lines.length : agendaAt);
  // "Абенов Тимур Калиевич[1]" over the note "[1] Служебная командировка …" at the foot: the note's reason.
  readAbsenceNotes(roll.absentees, lines);
  shareLastReason(roll.absentees);
  const { unsure, absentUnsure, guestMark: _mark, onlineMark: _online, joint: _joint, ...read } = roll;
  if (unsure) return { ...read, attendees_listed: false, absentees_listed: false };
  return absentUnsure ? { ...read, absentees_listed: false } : read;
}

/** "(соңғы екеуі – себепсіз)", "(последние двое – без уважительной причины)": a reason told once for the last names of the run. */
const LAST_ONES = re(`^\\s*\\(?\\s*(?:соңғы|кейінгі|последн[\\p{L}]*)\\s+(${N})\\s*[-–—:]\\s*([^()]+?)\\s*\\)?\\s*$`);

/** Oспанова's "(соңғы екеуі – себепсіз)" is also the reason of Смағұлов before her, who has none of his own. */
function shareLastReason(absentees: ProtocolAbsentee[]): void {
  absentees.forEach((a, k) => {
    const m = a.reason ? LAST_ONES.exec(a.reason) : null;
    const count = m ? parseCount(m[1]) : null;
    if (!m || count === null || count < 2 || count > k + 1) return;
    const covered = absentees.slice(k + 1 - count, k);
    // Each of the others has no reason of his own (else the reason is not shared as read) and stands near her.
    if (covered.some((b) => b.reason || a.line - b.line > 2)) return;
    const excused = classifyAbsence(m[2]);
    for (const b of [...covered, a]) {
      b.reason = m[2];
      b.excused = excused;
    }
  });
}

/**
 * The list headings read, grouped while they are of one kind ("Отсутствовали:" then "По уважительной причине:"):
 * a group of attendees or absentees under which no person was read is an issue, for an empty list would be
 * loaded as nobody attended (or nobody missed the meeting).
 */
class HeadingGroups {
  /** line: of the group's first heading (where an issue is told); latest: of its last one (how far "Члены Совета:" may stand). */
  private group: { kind: ListKind; line: number; latest: number; text: string; before: number; expectsNames: boolean } | null = null;

  constructor(private readonly roll: Roll, private readonly issues: ExtractIssue[]) {}

  private people(): number {
    return this.roll.attendees.length + this.roll.absentees.length;
  }

  open(kind: ListKind, line: number, text: string, expectsNames: boolean): void {
    if (this.group?.kind === kind) {
      this.group.expectsNames ||= expectsNames;
      this.group.latest = line;
      return;
    }
    this.close();
    this.group = { kind, line, latest: line, text: tidy(text).slice(0, 80), before: this.people(), expectsNames };
  }

  /** A heading of those present stands just above, and no one has been read under it yet. */
  awaitsPresent(line: number): boolean {
    const g = this.group;
    return g !== null && g.kind === 'present' && this.people() === g.before && line - g.latest <= MEMBERS_HEADING_REACH;
  }

  close(): void {
    const g = this.group;
    this.group = null;
    if (!g || g.kind === 'skip' || !g.expectsNames || this.people() !== g.before) return;
    this.issues.push({ line: g.line, message: `"${g.text}" heads a list of ${g.kind === 'present' ? 'attendees' : 'absentees'}, but no person was read under it` });
  }
}

/**
 * How many lines below the heading of those present a "Члены Совета:" may stand (the quorum sentence and a blank
 * between them): further down, "Члены комиссии:" is the signatures' block, not who came.
 */
const MEMBERS_HEADING_REACH = 5;

/**
 * A commission, section or group named alone on its line, perhaps with its size in brackets: "Комиссия по вопросам ЖКХ",
 * "(комиссия құрамы – 6 мүше):"; the council's leaders grouped before the commissions: "Руководство Совета (2):",
 * "Кеңес басшылығы (2):".
 */
const GROUP = re(`(?:комисси|секци|фракци|подкомитет|рабоч[\\p{L}]*\\s+групп|жұмыс\\s+тоб|руководств|басшылы[ғқ])[\\p{L}]*`);
function isGroupHeading(line: string): boolean {
  const text = line.trim();
  // An item of the list ("4. Жолдыбаев М.С. – председатель комиссии") is a person, whatever the role names.
  const item = /^(?:\d{1,3}\s*[.)]|[-–—•·*▪])/u.test(text);
  // "Представители комиссии по делам молодежи:" names people who are not members; the invited are never members.
  const others = OTHERS_OPEN.test(text);
  // "Руководство Совета (2):" reads like a surname and a name; its size in brackets before the colon is no person's.
  const sized = /\(\s*\d{1,3}\s*\)\s*:$/.test(text);
  return !item && !others && text.length >= 5 && text.length <= 200 && GROUP.test(text) && !/[.;,]$/.test(text) && (sized || !looksLikePersonLine(text, false));
}

/**
 * The group heading stands above a person (or above its size in brackets, itself above a person); with `below`, line i is
 * a list's heading and the line under it is such a group heading (or a chair's role) above a person.
 */
function groupHeadsNames(lines: string[], i: number, below = false): boolean {
  const k = lines.findIndex((l, j) => j > i && l.trim() !== '');
  if (k < 0) return false;
  if (below) return (isGroupHeading(lines[k]) || isRoleHeading(lines[k])) && groupHeadsNames(lines, k);
  const next = nextFilled(lines, i);
  return looksLikePersonLine(next, false) || (isGroupHeading(lines[k]) && looksLikePersonLine(nextFilled(lines, k), false));
}

/**
 * A chair's role alone on its line above the name: "Председатель Общественного совета", "Заместитель председателя:",
 * "Кеңес төрағасы". Only the chair and his deputies: a secretary may be no member, and a plain role is no heading.
 */
const ROLE_HEADING = re(
  `^(?:(?:заместител[\\p{L}]*\\s+|со)?председател[\\p{L}]*(?:\\s+(?:Общественн[\\p{L}]*\\s+)?(?:совет|комисси)[\\p{L}]*)?|(?:(?:Қоғамдық\\s+)?(?:кеңес|комиссия)[\\p{L}]*\\s+)?төраға(?:сы|ның\\s+орынбасар[\\p{L}]*)?)\\s*:?$`,
);
function isRoleHeading(line: string): boolean {
  return ROLE_HEADING.test(line.trim());
}

/** The next line with text after line i, as written. */
function nextFilledRaw(lines: string[], i: number): string {
  return lines.slice(i + 1).find((l) => l.trim() !== '') ?? '';
}
/** A sub-item of item n: "1.1.", "2.3)", "4.1 ". */
const SUB_ITEM_OF = (n: string) => new RegExp(`^\\s*${Number(n)}\\.\\d{1,3}(?:[.)]|\\s)`, 'u');

/** The next line with text after line i, with its bullet or number taken off. */
function nextFilled(lines: string[], i: number): string {
  const next = lines.slice(i + 1).find((l) => l.trim() !== '') ?? '';
  return next.replace(ITEM_MARK, '');
}

/** A heading is followed by names unless it states a count or that there was nobody: "Присутствовали: 14 из 19", "Отсутствовали: нет". */
function expectsNames(line: string): boolean {
  const tail = line.slice(line.indexOf(':') + 1).trim();
  return line.includes(':') && !NO_NAMES_AFTER.test(tail);
}

/** "- по уважительной причине: Байғожина Л.К. (іссапар), …": a sub-heading written as an item of the list. */
function readBulletHeading(line: string): ReturnType<typeof readListHeading> {
  const bullet = /^\s*[-–—•·*▪]\s*/u.exec(line);
  if (!bullet) return null;
  const content = line.slice(bullet[0].length);
  return looksLikePersonLine(content, false) ? null : readListHeading(content);
}

/**
 * A sub-heading of the attendance numbered as a point of an outline or lettered as a list's part, its count before the colon:
 * "2.1.1. в зале (8):", "а) залда отырғандар (9):", "ә) онлайн (ZOOM арқылы) қосылғандар (3):", "1.1.2. онлайн – 2:", "2.1.2. по
 * видеосвязи (2):" — read as the heading its words make without the number and the count (each sub-list's own numbering
 * then restarts at 1). Only a line ending with its colon: "1.1. Жаксылыков Е.М. – председатель Совета;" is a person.
 */
function readPointHeading(line: string): ReturnType<typeof readListHeading> {
  const rest = withoutOutlineNumber(line);
  if (rest === line || !/:\s*$/.test(rest)) return null;
  const words = rest.replace(COUNT_BEFORE_COLON, ':').replace(/\s*\([^()\d]*\)/gu, '');
  const heading = readListHeading(words);
  if (heading) return heading;
  // "онлайн:", "по видеосвязи:", "ZOOM арқылы:": the means alone heads the part of those present who joined by it.
  return ONLINE_MEANS_HEADING.test(words) ? { kind: 'present', online: true, excused: null } : null;
}
/** The count of a sub-heading before its colon: "(8):", "(3 чел.):", "– 12:". */
const COUNT_BEFORE_COLON = /\s*(?:\(\s*\d{1,3}\s*(?:чел\.?|человек|адам|мүше)?\s*\)|[-–—]\s*\d{1,3})\s*:\s*$/u;
const ONLINE_MEANS_HEADING = re(`^\\s*${ONLINE_PHRASE}[\\p{L}]*(?:\\s+(?:арқылы|режимінде|режимде|форматында|форматта))?\\s*:\\s*$`);

/**
 * The absentees after a heading's colon told as a running paragraph (to a blank line, the next heading or a list's item):
 * read by readAbsentParagraph when the list's reading would not give each name opening a clause its own entry — when it
 * does, the list is read as ever. Returns the paragraph's last line, or null for a list. A paragraph not read with
 * certainty adds nobody and leaves the absentees' count unstated.
 */
/** The line's last sentence, after a stop, is a heading of the kind read and ends the line with its colon. */
const LAST_SENTENCE_HEADING = /[.!?…]\s+([^.!?…:]{3,80}):\s*$/u;
function closesWithHeading(line: string, kind: ListKind): boolean {
  const last = LAST_SENTENCE_HEADING.exec(line);
  return last !== null && readListHeading(`${last[1]}:`)?.kind === kind;
}

function absentParagraph(roll: Roll, lines: string[], numbers: number[], i: number, state: ListState): number | null {
  // The paragraph runs on while a line ends mid-sentence or the next goes on in lower case: "…, себебін ешкімге айтпаған." /
  // "Сонымен қатар … шақырылып келді." is another sentence, of the guests. A line opening with a bracket goes on too: the
  // full stop above it closed the initials of the name the bracket is of ("…, Шаймерденов К.Б." / "(отпуск), Ибраев …").
  let end = i + 1;
  while (end < lines.length && lines[end].trim() !== '' && !readListHeading(lines[end]) && !LIST_ITEM.test(lines[end])
    && !re(AGENDA_HEADING).test(lines[end]) && !re(SECTION_NEW).test(lines[end])
    && (!SENTENCE_ENDS.test(lines[end - 1]) || /^\s*[\p{Ll}(]/u.test(lines[end]))) end++;
  const paragraph = paragraphsOf(lines.slice(i, end), numbers.slice(i, end), { endsAt: () => -1, proseOnly: false })[0];
  if (!paragraph) return null;
  // "Қатыспағандар: 2 мүше: Иманбаев Н.Ж. – іссапар, …": the names after the count's own colon.
  const colon = paragraph.text.indexOf(':') + 1;
  const from = colon + (COUNT_THEN_COLON.exec(paragraph.text.slice(colon))?.[0].length ?? 0);
  const tail = paragraph.text.slice(from);
  const opening = clauseNames(tail).length;
  if (opening < 2) return null;
  const probe: Roll = { attendees: [], absentees: [] };
  addNames(probe, tail, numbers[i], { ...state });
  if (probe.absentees.length === opening) {
    // A list of names and reasons wrapped mid-reason ("Тулеев Е.М. по семейным" / "обстоятельствам, Карпов И.А. – …") is
    // read whole, each name at its own line — only there: a line ending with a comma goes on as a list ever did.
    // (So is a list whose heading's line ends its entry when a line below breaks one mid-reason: "…; Оспанов Б.К. – в связи с" /
    // "переездом в г. Актау, подал заявление …" / "(вопрос включен в повестку); Мусин А.А. – …".)
    if (end === i + 1 || lines.slice(i, end - 1).every((l) => /[,;.]\s*$/.test(l))) return null;
    for (const a of probe.absentees) roll.absentees.push({ ...a, line: paragraph.lineAt(from + Math.max(0, tail.indexOf(a.name))) });
    return end - 1;
  }
  const read = readAbsentParagraph(lines[i].slice(0, lines[i].indexOf(':')), paragraph, from);
  if (read) roll.absentees.push(...read);
  else roll.absentUnsure = true;
  return end - 1;
}

/** A line that ends a sentence: a stop, "!" or "?" at its end, perhaps inside a bracket or quotes. */
const SENTENCE_ENDS = /[.!?…][)»"”]*\s*$/u;

/**
 * Adds each name of a comma-separated run; returns how many were people. From an online sub-heading inside the run on,
 * the names are online. A part in lower case after a person is that person's role or reason: "Қатыспады: Жанұзақова А.С.,
 * жастар комиссиясының төрағасы – іссапарда." is one absentee, away on business.
 */
function addNames(roll: Roll, text: string, lineNo: number, state: ListState): number {
  let added = 0;
  let last: { raw: string; placed: { kind: 'present' | 'absent'; index: number } } | null = null;
  // Absentees of the run with no reason of their own, waiting for the bracketed reason of the next name.
  let waiting: number[] = [];
  const groupedByReason = GROUPED_BY_REASON.test(text) && !REASON_THEN_NAME.test(text);
  // Those present with no mark of their own, waiting for the mark that closes their group: "Кушербаева Д.Р., Бахтыгереев
  // А.Н. – онлайн (WhatsApp)." — both online, as a reason after a dash is the whole group's.
  let unmarked: number[] = [];
  const groupedByMark = GROUPED_BY_MARK.test(withoutBrackets(text)) && !MARK_THEN_NAME.test(withoutBrackets(text));
  for (const part of namesOfRun(text)) {
    if (part.online) state.online = true;
    if (part.excused !== undefined) state.excused = part.excused;
    const placed = looksLikePersonLine(part.text, false) ? addPerson(roll, part.text, lineNo, state.kind, state.online, state.excused) : null;
    if (placed) {
      added++;
      last = { raw: part.text, placed };
      if (placed.kind === 'present' && groupedByMark) {
        if (!DASH_REASON.test(withoutBrackets(part.text))) unmarked.push(placed.index);
        else {
          // The mark after the dash says online, not a bracket of the last name's own ("Оразалина Н.С. (WhatsApp арқылы) –
          // барлығы 5 мүше": she alone online).
          const mark = withoutBrackets(part.text).replace(/^.*?\s[-–—]\s*/u, '');
          if (roll.attendees[placed.index].online && re(ONLINE).test(mark)) for (const k of unmarked) roll.attendees[k].online = true;
          unmarked = [];
        }
      }
      if (placed.kind === 'absent') {
        const a = roll.absentees[placed.index];
        if (a.reason === null) waiting.push(placed.index);
        else {
          // "Куанова А.С., Сулейменов Р.Т. (себебін хабарламады / причины не сообщили)": names with no reason before a name
          // with one in brackets share it, as they share one after a dash.
          if (/\)\s*[.;]?\s*$/.test(part.text) || (groupedByReason && DASH_REASON.test(part.text))) {
            for (const k of waiting) Object.assign(roll.absentees[k], { reason: a.reason, excused: a.excused });
          }
          waiting = [];
        }
      }
    } else if (last && !part.online && /^\p{Ll}/u.test(part.text)) {
      last.raw = `${last.raw}, ${part.text}`;
      reread(roll, last.placed, last.raw, lineNo, state);
      waiting = [];
    } else {
      last = null;
      waiting = [];
    }
  }
  return added;
}

/**
 * "Р.Е. Абенов, М.К. Дюсенова – по болезни; И.С. Федоров – в отпуске; А.Т. Каирбеков, З.Н. Тулеуова – без причины.": names
 * grouped by their reason, the groups parted by semicolons — a reason after a dash is its whole group's. Not when a reason
 * is followed by a comma and another name ("Иванов И.И., Петров П.П. – по болезни, Сидоров С.С."): there each name has its own.
 */
const GROUPED_BY_REASON = re(`\\s[-–—]\\s*\\p{Ll}[^,;()]*(?:;|\\.?\\s*$)`, 'u');
const REASON_THEN_NAME = re(`\\s[-–—]\\s*\\p{Ll}[^;()]*,\\s*(?:\\p{Lu}|${INITIALS})`, 'u');
const DASH_REASON = re(`\\s[-–—]\\s*\\p{Ll}`, 'u');
/**
 * A run of those present whose marks after a dash each close a group ("…, Орынбасаров Н.Т. – очно; Кушербаева Д.Р.,
 * Бахтыгереев А.Н. – онлайн."), not each name's own ("Иванов И.И. – онлайн, Петров П.П."): read with the brackets left out
 * ("– онлайн (Zoom, WhatsApp)" is one mark).
 */
const GROUPED_BY_MARK = re(`\\s[-–—]\\s*\\p{Ll}[^,;]*(?:;|\\.?\\s*$)`, 'u');
const MARK_THEN_NAME = re(`\\s[-–—]\\s*\\p{Ll}[^;]*,\\s*(?:\\p{Lu}|${INITIALS})`, 'u');
const withoutBrackets = (text: string) => text.replace(/\([^()]*\)/gu, '');


const WRAPPED_INITIALS = re(`^\\s*${INITIALS}\\s*(?:[,;.(]|$)`, 'u');

/** The names after a heading and the lines of their paragraph (to a blank line), when two or more lines make a run of names that only joined reads. */
function wrappedRun(lines: string[], i: number, after: string): { text: string; last: number } | null {
  // "…, Сүлейменова Г.Т. (науқас," / "анықтама ұсынылды), Иманбаев Н.Ж. …": a comma inside a bracket left open is no end of a name.
  if (allNames(after) && /[,;]\s*$/.test(after) && openBrackets(after) === 0) return null;
  let text = after.trim();
  // The run read so far, whole names only: a line ending with ";" may be followed by more of the same paragraph
  // ("…; Орлова Н.П. (больничный" / "лист); …; Рахимжанов Б.А. (командировка);" / "Тусупбеков М.К. (…); …").
  let run: { text: string; last: number } | null = null;
  for (let k = i + 1; k < lines.length && k <= i + 20; k++) {
    // A line with a colon opens something else ("Без уважительной причины: …").
    if (lines[k].trim() === '' || lines[k].includes(':') || readListHeading(lines[k]) !== null) break;
    // Wrapped mid-entry only: after a comma, before a bracket or a lowercase word, between a surname and its initials,
    // between a name and the dash of its reason ("…; Бекова Р.Н." / "– іссапар / командировка; Қайратов Н.С.", set 174).
    if (!/[,;]\s*$/.test(text) && !/^\s*(?:[-–—]\s*)?[(\p{Ll}]/u.test(lines[k]) && !WRAPPED_INITIALS.test(lines[k]) && !/\p{L}{2}\s*$/u.test(text)) break;
    text = `${text} ${lines[k].trim()}`;
    // "… Оразбек Д.Қ." / "(себепсіз), Нұрлыбеков А.А. …": initials end a line, the person's bracket on the next goes on.
    if (/^\s*\(/.test(lines[k + 1] ?? '') && openBrackets(text) === 0) continue;
    if (/[.;]\s*$/.test(lines[k]) && allNames(text) && namesOfRun(text).length >= 2) {
      run = { text, last: k };
      if (/\.\s*$/.test(lines[k])) return run;
    }
  }
  return run;
}

/**
 * The people a count names in one bracket after it, the bracket closing on the line or within two lines below: read only when
 * the bracket holds as many names, each with at most its reason after a dash, as counted ("2 мүше (…)", "2 члена (…)").
 */
function countedInBracket(lines: string[], i: number, after: string): { text: string; last: number } | null {
  let text = after.trim();
  let last = i;
  while (openBrackets(text) > 0 && last < i + 2 && last + 1 < lines.length && lines[last + 1].trim() !== '' && !lines[last + 1].includes(':')) {
    text = `${text} ${lines[++last].trim()}`;
  }
  const m = COUNT_THEN_BRACKET.exec(text);
  const count = m ? parseCount(m[1]) : null;
  if (!m || count === null) return null;
  const names = namesOfRun(m[2]);
  if (names.length !== count || !names.every((n) => NAME_ENTRY.test(n.text))) return null;
  return { text: m[2], last };
}
const COUNT_THEN_BRACKET = re(`^(${N})\\s+(?:член|мүше|человек|адам|чел\\.)[\\p{L}]*\\s*\\(([^()]+)\\)\\s*[.;]?\\s*$`);

/**
 * The paragraph of names under a heading's count ("Присутствовали: 10 (десять) членов Совета," / "из них двое – онлайн." /
 * names): the count's sentence ends on the heading's line or on a line below it going on in lower case; the names'
 * paragraph runs from the next line to a blank line or a line with a colon, each line after a comma or a semicolon. Read
 * only when it is all names, as many as counted: a paragraph of fewer or more is not the list the count is of.
 */
function namesUnderCount(lines: string[], i: number, after: string): { text: string; first: number; last: number } | null {
  const count = parseCount(COUNT_FIRST.exec(after)![0]);
  if (count === null || count < 2) return null;
  let k = i;
  while (!/\.\s*$/.test(lines[k]) && k < i + 2 && /^\s*\p{Ll}[^:]*$/u.test(lines[k + 1] ?? '')) k++;
  if (!/\.\s*$/.test(lines[k])) return null;
  const first = k + 1;
  let text = (lines[first] ?? '').trim();
  let last = first;
  while (/[,;]\s*$/.test(text) && last + 1 < lines.length && lines[last + 1].trim() !== '' && !lines[last + 1].includes(':') && last < first + 20) {
    text = `${text} ${lines[++last].trim()}`;
  }
  const names = namesOfRun(text);
  if (text === '' || text.includes(':') || !allNames(text) || names.length !== count || !names.every((n) => NAME_ENTRY.test(n.text))) return null;
  return { text, first, last };
}
/**
 * A column of names, one a line, under a sentence that counts those present and has no colon ("Присутствуют 10 членов Совета
 * (1 – онлайн) / 10 мүше қатысты (1-еуі онлайн)." / "" / "\tЖаксылыков М.Т." / …, "Отырысқа 9 мүше қатысты" / "1. …"): the
 * people it counts — read only when every line to the blank line or heading after it is one name as a list gives it and they
 * are as many as counted (a blank line at most between the sentence and the column). The lines' indices, or null.
 */
function namesColumnUnderCount(lines: string[], i: number): number[] | null {
  const stated = PRESENT_THEN_COUNT.exec(lines[i]) ?? COUNT_THEN_PRESENT.exec(lines[i]);
  const count = stated ? parseCount(stated[1]) : null;
  if (count === null || count < 2 || /:\s*$/.test(lines[i])) return null;
  let k = i + 1;
  if ((lines[k] ?? '').trim() === '') k++;
  const column: number[] = [];
  for (; k < lines.length && lines[k].trim() !== '' && column.length <= count; k++) {
    const entry = LIST_ITEM.exec(lines[k])?.[2] ?? lines[k];
    if (readListHeading(lines[k]) !== null || !NAME_ENTRY.test(entry)) return null;
    column.push(k);
  }
  return column.length === count ? column : null;
}
/**
 * A column of names, one a line, after a heading of those present that counts them on its own line and a blank line
 * ("Присутствовали: 7" / "" / "Жүнісова Мәдина Серікқызы – төраға / председатель" / "Ким Анна Робертовна – хатшы" / …): the
 * people it counts — only when every line to the next blank line is one name (initials or a full name with its
 * patronymic, a role after a dash) and they are exactly as many as counted. The lines' indices, or null.
 */
function namesColumnAfterCount(lines: string[], i: number, count: number | null): number[] | null {
  if (count === null || count < 2) return null;
  // "Қатысқандар / Присутствовали: 11 мүше / 11 членов Совета, оның ішінде 2-еуі" / "онлайн / из них 2 – онлайн. Кворум бар /
  // Кворум имеется." / "  Мұқашев Т.Ж. – төраға / председатель" / … (set 169): the count's sentence run on in lower case to
  // its stop, the column right under it, no blank line (on the heading's own line, a blank line before the column).
  let end = i;
  while (end < i + 2 && !/[.:]\s*$/u.test(lines[end]) && /^\s*\p{Ll}[^:]*$/u.test(lines[end + 1] ?? '')) end++;
  if (end > i && !/\.\s*$/u.test(lines[end])) return null;
  const blank = (lines[end + 1] ?? '').trim() === '';
  if (end === i && !blank) return null;
  const column: number[] = [];
  for (let k = end + (blank ? 2 : 1); k < lines.length && lines[k].trim() !== '' && column.length <= count; k++) {
    const entry = LIST_ITEM.exec(lines[k])?.[2] ?? lines[k];
    // (The next list's heading right under the column, "Қатыспағандар / Отсутствовали: …", ends it.)
    if (readListHeading(lines[k]) !== null && column.length > 0) break;
    if (readListHeading(lines[k]) !== null || !(NAME_ENTRY.test(entry) || FULL_NAME_ENTRY.test(entry))) return null;
    column.push(k);
  }
  return column.length === count ? column : null;
}
/** A full name with its patronymic as a list gives it, a role after a dash: "Ким Анна Робертовна – хатшы / секретарь". */
const FULL_NAME_ENTRY = re(`^\\s*(?:${PERSON_NAME})(?:\\s*\\([^()]*\\))?\\s*(?:[-–—]\\s*[^,;]*)?[.;]?\\s*$`, 'u');
const PRESENT_THEN_COUNT = re(`(?:${PRESENT_HEADING})[^.;:\\d]{0,40}?(?<![\\p{L}\\d])(${N})(?![\\p{L}\\d])`);
const COUNT_THEN_PRESENT = re(`(?<![\\p{L}\\d])(${N})(?![\\p{L}\\d])[^.;:\\d]{0,40}(?:${PRESENT_HEADING})`);

/** A name as a list gives it, its mark in brackets or its role after a dash ("Утегенов Б.Е. открыл заседание" is a sentence). */
const NAME_ENTRY = re(`^\\s*(?:${SURNAME_INITIALS})(?:\\s*\\([^()]*\\))?\\s*(?:[-–—]\\s*[^,;]*)?[.;]?\\s*$`, 'u');

/**
 * A line of a run of names that ends inside a person's bracket ("…, Утегенов М.С. (себебі" / "белгісіз)."): joined with the
 * lines below up to the one closing it, when those begin lowercase and open nothing else (no colon).
 */
function wrappedReason(lines: string[], i: number): { text: string; last: number } | null {
  let text = lines[i].trim();
  let k = i;
  while (openBrackets(text) > 0 && k + 1 < lines.length && k < i + 3) {
    const next = lines[k + 1].trim();
    // "…, Ковальчук О.И. (бейнебайланыс," / "Павлодар қ.), Мұқанова С.Ә.": a line that closes the bracket may open with a
    // place's name in capitals.
    if ((!/^\p{Ll}/u.test(next) && !CLOSES_BRACKET.test(next)) || next.includes(':')) return null;
    text = `${text} ${next}`;
    k++;
  }
  return k > i && openBrackets(text) === 0 && allNames(text) ? { text, last: k } : null;
}

/**
 * "В 10 ч. 25 мин. к заседанию присоединился Садыков Е.Р., задержавшийся …, – с этого момента присутствуют 10 членов Совета",
 * "10.40-та Ғабитов Д.Е. келіп қосылды; осы сәттен бастап отырысқа 10 мүше қатысуда": a member named joining late, after the
 * run of those present at the opening — present too, when the count said from then on is the run's and one more (a guest
 * joining is counted in no such sentence).
 */
function addLateArrival(roll: Roll, text: string, line: number, run: number): void {
  const late = LATE_NAMED.exec(text);
  const whole = late ? ALL_IN_ALL.exec(text.slice(late.index)) : null;
  if (!late || !whole || parseCount(whole[1] ?? whole[2] ?? whole[3] ?? whole[4]) !== run + 1) return;
  const name = late[1] ?? late[2];
  const clause = text.slice(late.index, late.index + whole.index);
  roll.attendees.push({ name: tidy(name), role: null, online: re(ONLINE).test(clause), line });
}
const LATE_NAMED = re(`(?:к\\s+заседанию\\s+(?:присоединил|подключил)[\\p{L}]*|(?:присоединил|подключил)[\\p{L}]*\\s+к\\s+заседанию)\\s+(${SURNAME_INITIALS})`
  + `|(?<![\\p{L}])(${SURNAME_INITIALS})\\s+(?:отырысқа\\s+)?(?:кешігіп\\s+(?:келіп\\s+)?|кейін\\s+)?(?:келіп\\s+)?қосылды`);
/**
 * The end of a run's sentence: after a name's initials, a sentence opening with a time ("В 10 ч. 25 мин.", "Сағат 10.40-та")
 * — not a reason or a mark after the name ("Ыдырысов Қ.Ж. Алматы қаласында іссапарда", "Омаров К.Е. Zoom арқылы").
 */
const RUN_ENDS = re(`(?<=(?<![\\p{L}])\\p{Lu}\\.\\s?(?:\\p{Lu}\\.)?)\\s+(?=\\p{Lu}\\p{Ll}*\\s+\\d{1,2}(?:\\s*ч|[.:]\\d{2}))`, 'u');

/**
 * A line of a run of names whose last person's bracket opens the next line ("…, Мұратбекова Л.Е." / "(Microsoft Teams
 * арқылы), Оңғарбаев С.Т., Төлеубаев Д.М."): joined with it, when the whole is names — the bracket is that person's mark.
 */
function wrappedBracket(lines: string[], i: number): { text: string; last: number } | null {
  const next = (lines[i + 1] ?? '').trim();
  if (!next.startsWith('(') || /[,;]\s*$/.test(lines[i])) return null;
  const text = `${lines[i].trim()} ${next}`;
  return openBrackets(text) === 0 && allNames(text) ? { text, last: i + 1 } : null;
}

/**
 * A line of a run of names that ends inside a name ("…, Оспанқұлов Ғани") joined with the lines below up to the one
 * ending an entry (a comma, a semicolon, a full stop): only when the line above ends with a letter, the next begins with
 * one or two capital words or initials and a comma or a bracket follows ("Бекжанұлы, …", "Төлеуқызы (онлайн), …",
 * "С.С., …"), and the whole is names.
 */
function wrappedMidName(lines: string[], i: number): { text: string; last: number } | null {
  let text = lines[i].trim();
  let k = i;
  while (/\p{L}\s*$/u.test(text) && k + 1 < lines.length && k < i + 20) {
    const next = lines[k + 1].trim();
    if (!MID_NAME_TAIL.test(next) || next.includes(':')) return null;
    text = `${text} ${next}`;
    k++;
  }
  // "…, Головко Ирина" / "Викторовна, …, Ковальчук Олег Иванович (бейнебайланыс," / "Павлодар қ.), …": the lines joined end
  // inside a person's bracket, read on to the line closing it.
  if (k > i && openBrackets(text) > 0) {
    const closed = wrappedReason([text, ...lines.slice(k + 1)], 0);
    if (!closed) return null;
    [text, k] = [closed.text, k + closed.last];
  }
  return k > i && allNames(text) && namesOfRun(text).length >= 2 ? { text, last: k } : null;
}
/** A line that closes a bracket left open above before opening any: "Павлодар қ.), Мұқанова С.Ә.". */
const CLOSES_BRACKET = /^[^()]*\)/u;
const MID_NAME_TAIL = re(`^(?:\\p{Lu}[\\p{Ll}-]+(?:\\s+\\p{Lu}[\\p{Ll}-]+)?|${INITIALS})(?:\\s*\\([^)]*\\))?\\s*(?:[,;.]|$)`, 'u');

/** A line that is nothing but names separated by commas ("Мусина А.Р., Ткаченко В.В.;"), each perhaps with its role in brackets. */
function allNames(text: string): boolean {
  const parts = namesOfRun(text);
  return parts.length > 0 && parts.every((p) => looksLikePersonLine(p.text, false));
}

/** "председатель Общественного совета Жумабеков Т.А.", "члены Совета: Абдраимова Г.С.": a role written before the name. */
const ROLE_FIRST = re(`^(?:[\\p{Ll}][\\p{L}-]*|Общественн[\\p{L}]*|Совет[\\p{L}]*|Кеңес[\\p{L}]*|ОС|ҚК)(?:[\\s:]+(?:[\\p{L}-]+|ОС|ҚК))*?[\\s:]+((?:${SURNAME_INITIALS})(?:\\s*\\([^)]*\\))?)$`, 'u');
/** A group named before the names of a run, with a dash or a colon: "… комиссиядан – Ә.Сейтқалиева". */
const GROUP_LEAD = re(`^([^–—:()]{3,120}?)\\s+[-–—:]\\s*(?=(?:${SURNAME_INITIALS})(?![\\p{L}]))`, 'u');
/**
 * "Карпов И.А. и Серикбаева А.А. – без уважительной причины": two people sharing what follows. The first may have a bracket
 * of his own, "Омаров К.Е. (участвует дистанционно, через Zoom) и Турсынбаев Д.Ж.": it is his alone. Names written whole
 * too, with a patronymic (FULL_NAME): "Уразов Ержан Кайратович и Петренко Наталья Владимировна (оба – онлайн)" is two people,
 * both online.
 */
const WHOLE_NAME = FULL_NAME.source.slice(1);
const BOTH = /(?<![\p{L}])(?:оба|обе|обоих|екеуі|екеуіде)(?![\p{L}])/iu;
const PAIR = re(`^((?:${SURNAME_INITIALS}|${WHOLE_NAME})(\\s*\\([^()]*\\))?)\\s+(?:и|және|мен|пен|бен|а\\s+также)\\s+((?:${SURNAME_INITIALS}|${WHOLE_NAME}))(.*)$`, 'u');

/** A name in a run that shares one reason: initials or whole ("Рахымбердиев Асқар Талғатұлы, Сейдахметова Айгерім Мұратқызы – …"). */
const ONE_NAME = `${SURNAME_INITIALS}|${WHOLE_NAME}`;

/** Two or more names by commas (the last perhaps by "и") and one reason after a dash for them all. */
const SHARED_REASON = re(`^\\s*((?:${ONE_NAME})(?:\\s*,\\s*(?:${ONE_NAME}))+(?:\\s*,?\\s+(?:и|және|мен|пен|бен)\\s+(?:${ONE_NAME}))?)\\s+([-–—]\\s*\\p{Ll}.*)$`, 'u');

/**
 * The parts of a comma-separated run of names, each a person: a role before a name is left out, a pair joined by "и"
 * is two; "…, Утебаева Ж.Н.; дистанционно (по видеосвязи): Абаев Т.С., …" opens the online names (online: true on the first).
 */
function namesOfRun(text: string): { text: string; online: boolean; excused?: boolean | null }[] {
  // (The tally closing the run, "… – всего 12 человек из 15, в том числе онлайн – 1", is no part of its last name: withoutListTotal.)
  return withReasonsWhole(splitOutsideParens(withoutListTotal(text))).flatMap((raw) => {
    // "по уважительной причине — Ахметов Б.Т. (командировка), …; без уважительной причины — Омарбеков Т.Ж.": the kind of
    // absence names the group of the names after it.
    const kind = re(ABSENCE_KIND_LEAD, 'u').exec(raw);
    const excused = kind ? { excused: classifyAbsence(kind[1]) } : {};
    const unled = kind ? raw.slice(kind[0].length) : raw;
    const lead = re(ONLINE_LEAD).exec(unled);
    let part = lead ? unled.slice(lead[0].length).trim() : unled;
    // "әлеуметтік мәселелер жөніндегі комиссиядан – Ә.Сейтқалиева", "от комиссии по ЖКХ – Иванов И.И.": the group before the first name.
    const group = GROUP_LEAD.exec(part);
    if (group && GROUP.test(group[1]) && !looksLikePersonLine(group[1], false)) part = part.slice(group[0].length);
    const pair = PAIR.exec(part);
    const roleFirst = ROLE_FIRST.exec(part);
    // (A bracket after the second name is his alone unless it says both, "(оба – онлайн)", "(екеуі де онлайн)"; a dash's reason is shared.)
    const shared = pair && !(/^\s*\(/u.test(pair[4]) && !BOTH.test(pair[4]));
    const names = pair ? [pair[2] || !shared ? pair[1] : `${pair[1]}${pair[4]}`, `${pair[3]}${pair[4]}`] : [roleFirst ? roleFirst[1] : part];
    return names.map((name, k) => ({ text: name, online: lead !== null && k === 0, ...(k === 0 ? excused : {}) }));
  });
}

/**
 * "Қатысқандар: 1) Нұрмұханов Ғалым Кенжеұлы (төраға); 2) Әміржанова Гүлсім" / "Бақытқызы (хатшы); 3) …": the names after the
 * heading numbered as they run, from "1)" right after the colon — each number the item's place, no part of a name: blanked
 * out of the run's paragraph (a number bracketed only: a stop would be an initial's, "А. Иванов").
 */
const RUN_OPENS_NUMBERED = /^\s*1\)\s+(?=\p{Lu})/u;
const RUN_ITEM_NO = /(^\s*|[;,]\s*)\d{1,2}\)\s+(?=\p{Lu})/gu;
const withoutRunNumbers = (text: string): string => text.replace(RUN_ITEM_NO, '$1');
/** The lines of the paragraph under line i (as far as a run is read) with the run's numbers blanked. */
const withoutRunNumbersFrom = (lines: string[], i: number): string[] => lines.map((l, k) => (k > i && k <= i + 21 ? withoutRunNumbers(l) : l));

/**
 * "Федорченко А.А. – не явилась, о причинах не сообщила": a reason after a dash goes on past a comma in lower case — that
 * part is the reason's, no name of its own.
 */
function withReasonsWhole(parts: string[]): string[] {
  const out: string[] = [];
  for (const part of parts) {
    const last = out.length - 1;
    if (last >= 0 && /^\s*\p{Ll}/u.test(part) && /\s[-–—]\s*\S/u.test(out[last])) out[last] = `${out[last]}, ${part.trim()}`;
    else out.push(part);
  }
  return out;
}

/** A kind of absence before the names of its group, after a dash or a colon: "без уважительной причины — ", "себепсіз: ". */
const ABSENCE_KIND_LEAD = `^\\s*(${ABSENCE_KIND_HEADING.replace(/^\^\\s\*/, '')})\\s*[-–—:]\\s*(?=\\p{Lu})`;

/**
 * A paragraph holding several lists ("…, Юсупова Ф.Х.; отсутствовали: Аманжолов Е.К. …") is split where the
 * next list's heading opens after a semicolon or a full stop, each part on a line of its own (the same line number).
 */
function splitInlineHeadings(table: { lines: string[]; numbers: number[] }): { lines: string[]; numbers: number[] } {
  const lines: string[] = [];
  const numbers: number[] = [];
  table.lines.forEach((line, k) => {
    const parts = line.split(INLINE_HEADING);
    for (const part of parts) {
      lines.push(part);
      numbers.push(table.numbers[k]);
    }
  });
  return { lines, numbers };
}
/**
 * A heading whose bracket wraps onto the next line ("Қатысқандар / Присутствовали (әліпби бойынша; * – шақырылғандар /" /
 * "приглашенные, Кеңес мүшелері емес):"): one line, the next taken away with its number, so the names below are its list.
 */
function joinWrappedHeadings(table: { lines: string[]; numbers: number[] }): { lines: string[]; numbers: number[] } {
  const lines: string[] = [];
  const numbers: number[] = [];
  for (let k = 0; k < table.lines.length; k++) {
    const line = table.lines[k];
    const next = table.lines[k + 1] ?? '';
    const open = openBrackets(line);
    const closes = (next.match(/\)/g) ?? []).length - (next.match(/\(/g) ?? []).length === 1 && /\)\s*:\s*$/.test(next);
    if ((open === 1 && !line.includes(':') && WRAPPED_HEADING.test(line) && closes) || wrappedCountHeading(line, next) || countGoesOn(line, next)) {
      lines.push(`${line.trimEnd()} ${next.trim()}`);
      numbers.push(table.numbers[k]);
      k++;
      continue;
    }
    lines.push(line);
    numbers.push(table.numbers[k]);
  }
  return { lines, numbers };
}
/**
 * A sentence counting those present (or absent) that opens a list, wrapped before its colon: "Отырысқа Кеңестің 9 мүшесі
 * қатысты, оның ішінде біреуі WhatsApp" / "бейнебайланысы арқылы:", "Бүгінгі отырысқа соның 10-ы келді, біреуі" / "Microsoft
 * Teams бағдарламасы арқылы қосылып отыр:". The second line ends the sentence with its only colon and either goes on in lower
 * case or is no heading of its own; a first line ending its sentence ("… из них двое –" / "онлайн.") heads no list, and a line
 * with a colon of its own is a heading already.
 */
function wrappedCountHeading(line: string, next: string): boolean {
  if (line.includes(':') || /[.;!?]\s*$/.test(line) || !/^[^:]{1,80}:\s*$/.test(next)) return false;
  if (!/^\s*\p{Ll}/u.test(next) && readListHeading(next) !== null) return false;
  return PRESENT_COUNTED.test(line.slice(line.lastIndexOf('. ') + 1)) || (WRAPPED_COUNT_HEADING.test(line) && !ALSO_PRESENT_LINE.test(line));
}
/**
 * A heading whose count after the colon goes on in lower case on the next line, its sentence ended there: "Қатысқаны /
 * Присутствовали: кеңестің 15 мүшесінің 13-і / 13 из 15 членов Совета," / "оның ішінде онлайн / в том числе онлайн – 3."
 * (set 161), "Присутствовали: членов Совета 11, из" / "них двое по видеосвязи." — one heading; read apart, the second line
 * is no name and ended the list before its first name.
 */
function countGoesOn(line: string, next: string): boolean {
  if (!/^\s*\p{Ll}/u.test(next) || /[.;!?:]\s*$/u.test(line) || !/[.:]\s*$/u.test(next) || (next.includes(':') && !/:\s*$/u.test(next))) return false;
  const colon = line.indexOf(':');
  // (A count opening the words after the colon, "Присутствовали: 5 членов Совета," / "из них двое – онлайн.", is read with
  // its names below by namesUnderCount, as many as it counts.)
  return colon >= 0 && A_COUNT.test(line.slice(colon + 1)) && !COUNT_FIRST.test(line.slice(colon + 1)) && readListHeading(line)?.kind === 'present';
}
/** A sentence of those present with their count: "отырысқа соның 10-ы келді", "присутствуют 6 членов Совета". */
const PRESENT_COUNTED = re(`(?:${PRESENT_HEADING})[^.;:]*(?<![\\p{L}\\d])${N}(?![\\p{L}\\d])|(?<![\\p{L}\\d])${N}(?![\\p{L}\\d])[^.;:]*(?:${PRESENT_HEADING})`);
const WRAPPED_COUNT_HEADING = re(`(?:${PRESENT_HEADING}|${ABSENT_HEADING})[^:]{0,80}$`, 'iu');
const WRAPPED_HEADING = re(`^\\s*(?:[\\p{L}]+\\s*/\\s*)?(?:${PRESENT_HEADING}|${ABSENT_HEADING}|${INVITED_HEADING})[^(]{0,60}\\(`, 'iu');

const INLINE_HEADING = re(`(?<=[;.])\\s+(?=(?:${ABSENT_HEADING}|${INVITED_HEADING})[\\p{L}\\s]{0,40}:)`, 'u');

/** Reads the last person again with the wrapped line joined to it. */
function rereadWrapped(roll: Roll, state: ListState, line: string): void {
  const last = state.last!;
  // A role alone on its line under a name with none ("Жақыпова Б.Р." / "мүше, онлайн") is set after a dash, as typed on one
  // line: joined by a space, its comma would end the name ("Жақыпова Б.Р. мүше").
  const role = isRoleLine(line) && splitPerson(last.raw)?.rest == null;
  const raw = `${last.raw.trimEnd()}${role ? ' – ' : ' '}${line.trim()}`;
  if (last.dropped) {
    last.raw = raw;
    return;
  }
  if (reread(roll, last, raw, last.line, state)) last.raw = raw;
  // "6. Исмагулова Салтанат Ержановна – руководитель управления здравоохранения области" / "   (приглашена)": the guest's
  // mark on the wrapped line takes back the attendee read from the first (the last one read, so no other index moves).
  else if (last.kind === 'present' && last.index === roll.attendees.length - 1 && isNoMember(raw)) {
    roll.attendees.pop();
    last.raw = raw;
    last.dropped = true;
  }
}

/** A person line whose role says the person is no member: "(приглашена)", "(Кеңес мүшесі емес)". */
function isNoMember(raw: string): boolean {
  const rest = splitPerson(raw)?.rest;
  return rest !== null && rest !== undefined && re(NOT_MEMBER).test(rest);
}

/** Reads a person already placed again from a longer text of theirs; false (and nothing changed) when it is no person. */
function reread(roll: Roll, placed: { kind: 'present' | 'absent'; index: number }, raw: string, lineNo: number, state: ListState): boolean {
  const probe: Roll = { attendees: [], absentees: [] };
  if (!addPerson(probe, raw, lineNo, placed.kind, state.online, state.excused)) return false;
  if (placed.kind === 'present') roll.attendees[placed.index] = probe.attendees[0];
  else roll.absentees[placed.index] = probe.absentees[0];
  return true;
}

/** Those taking part, members among them, named in one heading: "Участники заседания (члены комиссии и …)", "Қатысушылар (кеңес мүшелері мен …)". */
const MIXED_HEADING = `^\\s*(?:[\\p{L}]+\\s+){0,2}?(?:участник[\\p{L}]*|қатысушы[\\p{L}]*|${PRESENT_HEADING})[^:]{0,60}?(?<![\\p{L}])(?:член[\\p{L}]*|мүше[\\p{L}]*)(?![\\p{L}])[^:]{0,60}?(?:\\s(?:и|а\\s+также|және|мен|пен|бен)\\s|,)`;

const MARK_LEGEND = /(?<=[(;,]\s*)(?:[*†‡#]{1,2}|\([^()]{1,12}\))\s*[-–—]\s*[^;()]*(?:\([^()]*\)[^;()]*)*/gu;

/**
 * A heading in Russian and in Kazakh, a slash between ("В зале / Залда:", "Присутствовали / Қатысқандар:"): each half is the
 * whole heading — read as the halves say it when both read as the same heading, or as the one half that reads as one when
 * the other is of the other language. "Присутствовали / отсутствовали:" (two headings of one language) is read as ever.
 */
export function readListHeading(line: string): Pick<ListState, 'kind' | 'online' | 'excused'> | null {
  const two = BILINGUAL_HEADING.exec(line);
  if (two) {
    const [a, b] = [readOneListHeading(`${two[1]}${two[3]}`), readOneListHeading(`${two[2]}${two[3]}`)];
    if (a && b && a.kind === b.kind && a.online === b.online) return a;
    const languages = [lineLanguage(two[1]), lineLanguage(two[2])];
    if ((a === null) !== (b === null) && languages[0] !== null && languages[1] !== null && languages[0] !== languages[1]) return a ?? b;
  }
  return readOneListHeading(line);
}
const BILINGUAL_HEADING = /^\s*([^/:\d]*\p{L}{2}[^/:\d]*?)\s+\/\s+([^/:\d]*\p{L}{2}[^/:\d]*?)(\s*:.*)$/u;

function readOneListHeading(line: string): Pick<ListState, 'kind' | 'online' | 'excused'> | null {
  const trimmed = line.trim();
  // A heading ends with a colon, or has one followed by names (as many as there are). A time's colon ("09:50" in a row of
  // a Zoom list, "приглашённый<tab>09:50") is none.
  const colon = trimmed.search(/(?<!\d):|:(?!\d)/u);
  const head = colon >= 0 ? trimmed.slice(0, colon) : '';
  // A sentence of counts with its online part before the names ("Присутствовали 14 из 17 членов Совета, в том числе 3 – в
  // режиме видеоконференцсвязи: Абенов Д.Ж. (председатель), …") runs longer than a heading of words: it may take 160.
  const headReach = colon > 80 && colon <= 160 && PARTS_COUNTED.test(head) && re(PRESENT_HEADING).test(head) ? 160 : 80;
  if (trimmed === '' || (trimmed.length > 250 && (colon < 0 || colon > headReach))) return null;
  const tail = colon >= 0 ? trimmed.slice(colon + 1).trim() : '';
  const endsWithColon = /:\s*(?:\([^)]*\)\s*)?$/.test(trimmed) || /\):\s*$/.test(trimmed);
  if (!endsWithColon && (colon < 0 || tail === '' || head.length > headReach)) return null;
  // "(…; * – шақырылғандар / приглашенные; (ВКС) – по видеосвязи)": a legend of the list's marks names the invited and the
  // online among those listed, not the list's kind.
  const scope = (endsWithColon ? trimmed : head).replace(MARK_LEGEND, ' ');
  // "Участники заседания (члены комиссии и приглашённые):" lists the members and the guests together (a table whose status
  // column tells each guest): a list of those present, each guest left out by the status of the row.
  if (re(MIXED_HEADING).test(scope) && INVITED_ANY.test(scope)) return { kind: 'present', online: false, excused: null };
  // "На заседании также присутствовали:" lists guests (or the council's members at a commission's meeting), as the invited.
  if (re(INVITED_HEADING).test(scope) || ALSO_PRESENT_LINE.test(scope)) return { kind: 'skip', online: false, excused: null };
  // "Мәслихат комиссиясынан:", "От маслихата:", "Депутаты маслихата:": another body's people at a joint sitting, never the
  // council's attendees (a heading of a few words naming that body, none of presence or absence).
  if (OTHER_BODY_HEADING.test(scope) && !re(PRESENT_HEADING).test(scope) && !re(ABSENT_HEADING).test(scope) && !re(MEMBERS_HEADING).test(scope)) return { kind: 'skip', online: false, excused: null };
  // "Келмеген үш мүшенің екеуі алдын ала хабарласты: A …, B …", "Из трёх отсутствовавших двое предупредили: …": only a part
  // of the absentees named after the colon (the rest in the next sentence) — no list of them all; the sentences are read.
  if (PART_OF_ABSENT.test(head)) return null;
  // "Отырысқа қатысқан және қатыспаған мүшелер:", "Присутствовавшие и отсутствовавшие члены Совета:": one roll of all the
  // members, each row's mark or note telling whether they came — a list of those present, the absent told by their rows.
  if (PRESENT_AND_ABSENT.test(scope)) return { kind: 'present', online: false, excused: null };
  // "Не приняли участие в заседании:" — the heading's own words ("участие в …") are no reason.
  if (re(ABSENT_HEADING).test(scope) || re(ABSENCE_KIND_HEADING).test(scope)) return { kind: 'absent', online: false, excused: classifyAbsence(scope.replace(re(ABSENT_HEADING, 'giu'), '')) };
  if (re(PRESENT_HEADING).test(scope)) {
    // "В режиме онлайн:", "…участвовали онлайн:", "Присутствовали в режиме онлайн: Гарин Р.Ш." (the names after the colon),
    // "Присутствовали онлайн (ZOOM):" (a table's column).
    // "Присутствуют 12 членов, из них 2 – в режиме видеоконференцсвязи:" counts those online among the list, which is of
    // all those present (each online member marked in it): no online heading.
    if (PARTS_COUNTED.test(scope)) return { kind: 'present', online: false, excused: null };
    const online = ONLINE_OPENS.test(scope) || ONLINE_CLOSES.test(scope) || PRESENT_ONLINE.test(scope);
    return { kind: 'present', online, excused: null };
  }
  // Short headings of a summary, with the count in brackets: "Не было (4 чел.):", "В зале:", "Подключились по Zoom:".
  const bare = scope.replace(/:\s*(?:\([^)]*\)\s*)?$/, '').replace(/\s*\([^)]*\)\s*$/, '').trim();
  if (re(`^(?:не\\s+было|не\\s+пришли|болмады|келмегені)$`).test(bare)) return { kind: 'absent', online: false, excused: null };
  if (re(`^(?:в\\s+зале|очно|лично|залда|бетпе-бет)$`).test(bare)) return { kind: 'present', online: false, excused: null };
  if (ONLINE_JOINED.test(bare)) {
    return { kind: 'present', online: true, excused: null };
  }
  return null;
}

// Patterns the readers above try on every line, built once: a pattern built from a template at each call hashed its
// kilobyte source again to find it compiled (protocol/re.ts), a tenth of a protocol's reading.
const COUNT_FIRST = re(`^\\s*${N}`);
/** A count and its clause up to a colon outside brackets: "12 членов Совета из 15 (в том числе 3 – по видеосвязи):". */
// (One sentence only: "Присутствовали: 10 членов. Отсутствовали: Иванов И.И." ends the count before the other heading's colon.)
const COUNT_CLAUSE_TEXT = `(?:[^:().\\n]|\\.(?!\\s*\\p{Lu}\\p{Ll}))*`;
// ("Присутствовали: члены комиссии – 7 из 8, в том числе онлайн – 1: …", "Қатысқандар: комиссия мүшелері – 8-ден 7, …":
// the members' words before the count, a dash between.)
const COUNT_THEN_COLON = re(`^\\s*(?:\\p{Ll}[\\p{L}]*(?:\\s+\\p{Ll}[\\p{L}]*){0,2}\\s*[-–—]\\s*)?${N}(?![\\p{L}\\d])${COUNT_CLAUSE_TEXT}(?:\\([^()]*\\)${COUNT_CLAUSE_TEXT})*:`);
const ALSO_PRESENT_LINE = re(ALSO_PRESENT);
const PRESENT_AND_ABSENT = re(`(?<![\\p{L}])(?:${PRESENT_HEADING})\\s+(?:и|және|мен|пен|бен)\\s+(?:${ABSENT_HEADING})`);
// "отпуск – 2 (Исмагулова Д.Н., Сапаров Ж.К.);": a reason in lower case, its count, the names in brackets, nothing after.
const REASON_GROUP = re(`^\\s*(\\p{Ll}[^()\\d:]{1,60}?)\\s*[-–—:]\\s*(${N})(?:\\s+(?:чел\\.?|человек[\\p{L}]*|член[\\p{L}]*|мүше[\\p{L}]*|адам))?\\s*\\(([^()]+)\\)\\s*[.;,]?\\s*$`, 'u');
const PART_OF_ABSENT = re(`(?:${ABSENT_HEADING})\\s+${N}\\s+мүше(?:нің|сінің)\\s+${N}|(?<![\\p{L}])из\\s+[\\p{L}\\d]+\\s+(?:${ABSENT_HEADING})\\s+(?:${N}|двое|трое|четверо)(?![\\p{L}])`);
const A_COUNT = re(`(?<![\\p{L}\\d])${N}(?![\\p{L}\\d])`);
/**
 * A slide's title of the sitting's participants right above "Члены Совета:" ("Участники заседания" / "Члены Совета:" / "1.
 * Абдикаримов Н.С. – председатель", set 188's deck; "Отырысқа қатысушылар" / "Кеңес мүшелері:"): the members who took part,
 * those present. Alone ("Участники заседания:" over guests and members together) it names no list's kind.
 */
const PARTICIPANTS_TITLE = /^\s*(?:участники\s+(?:выездного\s+)?заседания|(?:отырысқа\s+)?қатысушылар|отырыс(?:қа)?\s+қатысушылары)\s*:?\s*$/iu;
function underParticipantsTitle(lines: string[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && lines[k].trim() === '') k--;
  return k >= 0 && i - k <= 2 && PARTICIPANTS_TITLE.test(lines[k]);
}
// "Члены Совета (кроме председательствующего и секретаря):": a note in brackets before the colon, no count in it.
const MEMBERS_LINE = re(`^\\s*(?:[-–—•]\\s*)?${MEMBERS_HEADING}\\s*(?:\\([^()\\d]*\\)\\s*)?:\\s*(.*)$`);
const LIST_ITEM = re(`^\\s*(?:(?:\\d{1,3}\\.)?${LIST_NO}|[-–—•·*▪◦●○■□➢►✓]|[а-яёәіңғүұқөһa-z]\\s*[).](?=\\s))\\s*(.*)$`, 'u');
const ONLINE_NAMES = re(`${ONLINE_LEAD}\\s*(\\S.*)$`);
/** A group's label before the colon, a few words with no digit, and the text after it. */
const GROUP_LABEL = /^\s*(\p{L}[^:\d()]{1,40}?)\s*:\s*(\S.*)$/u;
/** The words of a group's label: a settlement, a district, a commission or a section of the body. */
const GROUP_WORD = re(`(?<![\\p{L}])(?:ауыл|қала|аудан|округ|кент|елді\\s+мекен|комисси|секци|президиум|төралқа|тоб[ыы]|групп|сел[оа]|город|район|посел|(?:с|г|п)\\.)`);
/** Labels of roles, of counts and of those online, no group of the list. */
const GROUP_NOT = re(`секретар|хатшы|председател|төраға|приглаш|шақыр|кворум|${ONLINE}|${INVITED_HEADING}|${ABSENT_HEADING}|${PRESENT_HEADING}`);
const ONLINE_LEAD_ALONE = re(`${ONLINE_LEAD}\\s*$`);
const OTHER_BODY_HEADING = re(`^\\s*(?:от\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:${OTHER_BODY_STATUS})(?:\\s+[\\p{L}-]+){0,3}\\s*$`);
const OTHERS_OPEN = re(`^\\(?\\s*(?:${INVITED_HEADING}|представител|сотрудник|работник|специалист|өкіл|қызметкер|маман)`);
const ITEM_MARK = re(`^\\s*(?:(?:\\d{1,3}\\.)?${LIST_NO}|[-–—•·*▪])\\s*`, 'u');
const NO_NAMES_AFTER = re(`^(?:${N}|нет|жоқ|не\\s+было|отсутствуют|[-–—]\\s*$)`);
const INVITED_ANY = re(`(?:${INVITED_HEADING}|${INVITED_STATUS})`);
// "участвуют 11 членов Совета, двое из которых – по видеосвязи:", "оның екеуі – Zoom арқылы:": the part counted before its "of whom".
const PARTS_COUNTED = re(`(?:из\\s+них|в\\s+том\\s+числе|оның\\s+ішінде|олардың\\s+ішінде|из\\s+которых)\\s*${N}`
  + `|(?<![\\p{L}])(?:${N}|один|одна|двое|трое|четверо|пятеро)\\s+из\\s+(?:которых|них)(?![\\p{L}])`
  + `|(?<![\\p{L}])(?:оның|соның|олардың|солардың)\\s+(?:бірі|біреуі|екеуі|үшеуі|төртеуі|бесеуі|\\d{1,2}-?(?:і|ы|сі|сы))(?![\\p{L}])`
  // "Участвуют в заседании 13 человек, двое – по видеосвязи:": the part online after a comma, its count and a dash.
  + `|[,;]\\s*(?:${N}|двое|трое|четверо|пятеро|екеуі|үшеуі|төртеуі)\\s*(?:(?:член|человек|мүше)[\\p{L}]*\\s*)?[-–—]\\s*(?:(?:в\\s+(?:режиме|формате)|по|через)\\s+)?${ONLINE}`);
const ONLINE_OPENS = re(`^\\s*${ONLINE_PHRASE}`);
// "УЧАСТВОВАЛИ (онлайн):", "ҚАТЫСҚАНДАР (Zoom арқылы):": the means alone in brackets before the colon (no count: "(в т.ч. 2
// онлайн)" counts a part of the list).
const ONLINE_CLOSES = re(`${ONLINE}[\\p{L}\\s]{0,20}:\\s*$|\\(\\s*${ONLINE_PHRASE}[^()\\d]{0,30}\\)\\s*:\\s*$`);
const PRESENT_ONLINE = re(`${PRESENT_HEADING}\\s+${ONLINE_PHRASE}[\\p{L}\\s()]{0,20}:?\\s*$`);
// "Подключились по видеосвязи:", "Zoom арқылы қосылғандар:", "Бейнеқоңырауға қосылған Кеңес мүшелері:", "Подключившиеся к
// видеоконференции члены Совета:" (set 156); the bare "Подключились (члены Совета):" of a meeting by a
// platform ("connected" is said only of a call: those who joined late in the hall "присоединились", no list of the online).
const ONLINE_JOINED = re(`^(?:(?:подключил|присоединил)[\\p{L}]*\\s+(?:к\\s+[\\p{L}]+\\s+)?${ONLINE_PHRASE}[\\p{L}]*|${ONLINE_PHRASE}[\\p{L}]*(?:\\s+арқылы)?\\s+(?:қосылғандар|қосылды|подключил[\\p{L}]*|қосылған\\s+(?:кеңес\\s+|комиссия\\s+)?мүше[\\p{L}]*)`
  + `|подключил(?:ись|ось)|подключивш(?:иеся|ихся)(?:\\s+(?:к|по|через)\\s+[\\p{L}]+)?(?:\\s+член[\\p{L}]*(?:\\s+[\\p{L}]+)?)?|(?:конференцияға|желіге|байланысқа)\\s+қосылғандар|қосылған\\s+(?:кеңес\\s+|комиссия\\s+)?мүшелер[\\p{L}]*)$`);
