import { escapeMark } from './guestMark.ts';
import { tidy } from '../toLines.ts';
import type { ExtractIssue } from '../types.ts';
import { ABSENT_HEADING, EXCUSED, IN_PERSON, INVITED_HEADING, INVITED_STATUS, MEMBERS_HEADING, NAME_COLUMN, ONLINE, PARTICIPATION_COLUMN, PRESENT_HEADING, UNEXCUSED } from './lexicon.ts';
import { dayColumnOf } from './dayColumns.ts';
import { otherBodyAtJoint } from './jointMeeting.ts';
import { partOfSymbol } from './markSymbols.ts';
import { PERSON_NAME, SURNAME_INITIALS, re } from './re.ts';
import type { ListKind, Roll } from './readAttendance.ts';
import { classifyAbsence, looksLikePersonLine, splitPerson } from './splitPerson.ts';
import { positionFirst } from './positionFirst.ts';
import { exOfficioMember } from './exOfficio.ts';

/** Where each column of an attendance table stands. */
interface Columns {
  no?: number;
  name: number;
  role?: number;
  /** "Мәртебесі" / "Статус": member or invited. */
  status?: number;
  part?: number;
  reason?: number;
  /** "Подпись" / "Қолы": a registration sheet signed at the door, with no participation column. */
  signature?: number;
  /**
   * A mark ("+") in one of two columns instead of a participation cell ("Участвует" over "очно | онлайн"), a reason in the
   * absentees' column ("Отсутствует (причина)"): where each stands.
   */
  marks?: { inPerson?: number; online?: number; absent?: number; absentAlso?: { at: number; reason: string }[] };
}

export interface TableState {
  cols: Columns;
  /** The last row read, so a cell wrapped onto the next line is read with it. */
  last: {
    cells: string[];
    line: number;
    placed: { kind: 'present' | 'absent'; index: number } | null;
    /** The row made the table unsure (a cell not understood): its issues, and whether the roll was unsure before it. */
    undo?: { pending: ExtractIssue[]; roll: boolean };
  } | null;
  /** An "Приглашенные" row inside the table: the rows below are not members. */
  invited: boolean;
  /** A row whose attendance the table does not tell (an unsigned row with no note): the table's counts are not stated. */
  unsure?: boolean;
  /** Some row of the sheet is signed: an empty signature cell is no signature, not a sheet typed before it was signed. */
  signed?: boolean;
  /**
   * No row is signed, but the signature column notes who was away ("отсутствует (командировка)") or online: the sheet was
   * published with the paper's signatures left out, and an empty cell is one who came and signed.
   */
  awayNoted?: boolean;
  /**
   * Some row's dash in the signature column has an online note beside it ("— | участвовал по ВКС", set 16): a dash there
   * is no signature of one who may have joined online, and a dash alone tells nothing.
   */
  dashOnline?: boolean;
  /** A sheet of several days' columns, none of them the protocol's date: no row tells this protocol's attendance. */
  otherDays?: boolean;
  /**
   * A header lined up with tabs (two or more between two of its columns): where each of its columns starts on the screen,
   * tab stops every 8 or 4, and which it names (`alignTabRow`).
   */
  tabHeader?: { starts: Record<8 | 4, number[]>; named: number[] };
}

/** A cell that opens with a participation: "онлайн", "очно (төраға)", "отсутствовал". */
const PARTICIPATION_OPENS = re(`^\\s*(?:${ONLINE}|${IN_PERSON}|${ABSENT_HEADING})`);

/**
 * Tabs typed to line text up, not to part cells: a header "Аты-жөні / Ф.И.О.<tab><tab>Қатысу / Участие" over rows
 * "Жаңабергенов Серік Әбдіұлы<tab>очно" — on the screen the typist saw, "очно" stands under "Қатысу", one tab after a
 * long name and two after a short header; and the other way, "Ким Е.<tab><tab>очно" under "Ф.И.О.<tab><tab>Участие". A
 * row of another count of cells than its header is laid onto the header's columns by where each cell starts on the
 * screen (tab stops every 8 characters, or every 4), when every filled cell starts where a named column of the header does.
 * Failing that, a row of as many filled cells as the header names columns, the last of them a participation
 * ("онлайн", "очно (төраға)") where the header's last named column is the participation's: the header's columns in order
 * (one tab a row, two in the header). Otherwise the row is read as typed.
 */
function alignTabRow(cells: string[], line: string, table: TableState): string[] {
  const header = table.tabHeader;
  if (!header || line.includes('|') || !line.includes('\t') || cells.length === header.starts[8].length) return cells;
  const width = header.named.length === 0 ? 0 : header.named[header.named.length - 1] + 1;
  for (const stop of [8, 4] as const) {
    const columns = header.starts[stop];
    const starts = cellStarts(line, stop);
    const out = Array<string>(width).fill('');
    const placed = cells.every((c, k) => {
      if (c === '') return true;
      const at = columns.indexOf(starts[k]);
      // A cell under a column the header leaves unnamed is not lined up: that gap is the header's own alignment.
      if (!header.named.includes(at)) return false;
      out[at] = c;
      return true;
    });
    if (placed) return out;
  }
  // Runs of tabs typed to line a cell up ("Әлімқұлов Ерсін Нұржанұлы<tab><tab><tab>қатысты" under "Аты-жөні / ФИО<tab><tab><tab><tab>
  // Қатысуы / Участие", off the header's stops by one) part no empty cells: the filled cells are the row's.
  const filled = cells.filter((c) => c !== '');
  const last = filled[filled.length - 1];
  const inOrder = filled.length === header.named.length && header.named[header.named.length - 1] === table.cols.part
    // (or only a reason of absence: "бала күтімі демалысы / отпуск по уходу за ребенком")
    && (PARTICIPATION_OPENS.test(last) || classifyAbsence(last) !== null);
  if (!inOrder) return cells;
  const out = Array<string>(width).fill('');
  filled.forEach((c, k) => (out[header.named[k]] = c));
  return out;
}

/** Where each tab-parted cell of a line starts on the screen, tab stops every `stop` characters. */
function cellStarts(line: string, stop: number): number[] {
  const starts = [0];
  let col = 0;
  for (const ch of line.replace(/\s+$/u, '')) {
    if (ch === '\t') {
      col = (Math.floor(col / stop) + 1) * stop;
      starts.push(col);
    } else col++;
  }
  return starts;
}

/**
 * Whether any row of a sheet with a signature column (the rows below its header, to the table's end) is signed: a sheet
 * typed with its signature column blank for signatures by hand tells nothing of who came.
 */
export function noteSignatures(table: TableState, below: string[]): void {
  const k = table.cols.signature;
  if (k === undefined) return;
  for (const line of below) {
    const cells = splitCells(line);
    if (!cells) {
      if (line.trim() === '') continue;
      break;
    }
    const sign = tidy(cells[k] ?? '');
    if (DASH.test(sign) && cells.some((c, n) => n !== k && re(ONLINE).test(c))) table.dashOnline = true;
    if (AWAY_NOTE.test(sign)) {
      table.awayNoted = true;
      continue;
    }
    if (re(ONLINE).test(sign) && sign.length <= 40) continue;
    if (sign !== '' && !UNSIGNED.test(sign) && !notASignature(sign)) table.signed = true;
  }
  if (table.signed) table.awayNoted = false;
}

/**
 * "отсутствует (командировка)", "отсутствовал – больничный", "қатыспады (іссапар)", "отсутств. (больничный лист)": an absence
 * noted in the signature's cell, its word cut short or not.
 */
const AWAY_NOTE = re(`^(?:${ABSENT_HEADING})\\.?(?:\\s*[(\\-–—:,]\\s*[^()]+\\)?)?\\.?$`, 'iu');

/**
 * A signature's cell that holds what is no signature: an absence however worded ("по болезни отсутств.", "не был – отпуск")
 * or a reason alone ("командировка", "іссапарда"). Read as a signature, it made the absent present.
 */
function notASignature(sign: string): boolean {
  return re(ABSENT_HEADING).test(sign) || classifyAbsence(sign) !== null;
}

/** The cells of a text-table line: tabs or " | " between them; null when the line is not one. */
export function splitCells(line: string): string[] | null {
  // A table drawn with box characters ("│ 1  │ Жолдасбеков Канат │ очно │") is a pipe table.
  let text = line.replace(/[│┃║]/gu, '|').replace(/\s+$/, '');
  let cells: string[];
  if (text.includes('|')) {
    // A pipe at the very start is the table's border; after blanks it follows an empty first cell (" | Иванович |").
    text = text.replace(/^\|/, '').replace(/\|\s*$/, '');
    cells = text.split('|');
  } else if (text.includes('\t')) cells = text.split('\t');
  else return null;
  cells = cells.map((c) => tidy(c));
  // "   | 1 | Иванов |": an indented border, not an empty cell.
  if (cells[0] === '' && /^\d{1,3}\.?$/.test(cells[1] ?? '')) cells.shift();
  // "№ Ф.И.О.<tab>Участие": a PDF's gap between the number's column and the name's too narrow for a tab — two columns.
  // (Only before the names' heading: "№ вопроса" is one heading, the question's number.)
  const numbered = NUMBER_THEN_HEADING.exec(cells[0]);
  if (numbered && re(`^${NAME_COLUMN}`).test(numbered[2])) cells.splice(0, 1, numbered[1], numbered[2]);
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells.length >= 2 ? cells : null;
}

const ROLE_COLUMN = '(?:должность|статус|роль|лауазым[\\p{L}]*|қызмет[\\p{L}]*)';
/** A column saying whether the person is a member or invited: "Мәртебесі", "Статус", "Категория". */
const STATUS_COLUMN = '(?:статус|мәртебе[\\p{L}]*|категори[\\p{L}]*)';
/** "нет – командировка", "жоқ – іссапар / командировка": a participation cell saying no, with the reason after it. */
// "жоқ / нет", "жоқ / нет – іссапар / командировка": the no of a bilingual sheet, in both languages.
const NO_CELL = /^(?:(?:нет|жоқ)(?:\s*\/\s*(?:нет|жоқ))?\s*(?:$|[-–—:,;(]\s*)|[-–—]\s*$)/iu;
/**
 * "не подключился (отпуск)", "не подключилась", "қосылмады": a participation cell of an online meeting saying no; "болмады",
 * "не был" (was not there), alone or before the reason, the same of any meeting.
 */
const NOT_CONNECTED = re(`^\\s*(?:не\\s+подключ[\\p{L}]*|қосылма[\\p{L}]*|(?:болмады|болған\\s+жоқ|не\\s+был[аио]?)(?![\\p{L}]))`);
/** "членом комиссии не является", "не является членом совета", "кеңес мүшесі емес". */
const NO_MEMBER_ROLE = '(?<![\\p{L}])(?:член[\\p{L}]*\\s+(?:[\\p{L}]+\\s+){0,2}?не\\s+явля[\\p{L}]*|не\\s+явля[\\p{L}]*\\s+член[\\p{L}]*|мүшесі\\s+емес)';
const REASON_COLUMN = '(?:причин[\\p{L}]*|себеб[\\p{L}]*|примечани[\\p{L}]*|ескерт(?:у|пе))';
/** "Подпись", "Роспись", "Қолы", "Қолтаңба": the column a member signs in when in the room. */
const SIGNATURE_COLUMN = '(?:подпис[\\p{L}]*|роспис[\\p{L}]*|қолы(?![\\p{L}])|қолтаңба[\\p{L}]*)';
/** One column for the signature and a note: "Подпись / примечание", "Қолы / ескертпе", "Подпись, примечание". */
const SIGNATURE_AND_NOTE = `${SIGNATURE_COLUMN}\\s*(?:[/,]|и|және)\\s*${REASON_COLUMN}`;
/**
 * A row of the table that names a section, its other cells empty: "Члены Общественного совета", "Приглашенные", "Шақырылған
 * тұлғалар", "Кеңес мүшелері" — the rows below are the section's (members, or guests who are never members).
 */
const INVITED_SECTION = re(`^(?:${INVITED_HEADING}|${INVITED_STATUS})(?:\\s+[\\p{L}«»"-]+){0,3}\\s*:?$`, 'iu');
const MEMBERS_SECTION = re(`^${MEMBERS_HEADING}(?:\\s+[\\p{L}«»"-]+){0,4}\\s*:?$`, 'iu');
/** A cell that names a section of the table's rows alone, the members' or the guests' (a row merged across the table). */
export const isSectionCell = (cell: string): boolean => INVITED_SECTION.test(cell) || MEMBERS_SECTION.test(cell);

/** The header of a table's running-number column: "№", "№ п/п", Kazakh "Р/с" (реттік саны). */
export const NO_COLUMN = /^(?:№|n|#|р\/с)\s*(?:п\/п)?\.?$/iu;
/** A header's first cell holding the number's column and the names' heading: "№ Ф.И.О.", "№ п/п Аты-жөні". */
const NUMBER_THEN_HEADING = /^((?:№|#|р\/с)\s*(?:п\/п\.?)?)\s+(\p{L}.*)$/iu;

/** A cell that is a person named in full (a surname with initials or with a name and patronymic), perhaps numbered. */
const PERSON_CELL = re(`^(?:\\d{1,3}[.)]?\\s*)?${PERSON_NAME}(?![\\p{L}])`, 'u');
/** "Жұмабаев Ерлан", "2. Сапарова Гүлнар": two or three capitalised words and nothing else — a name, no column's heading. */
const TITLED_WORDS = /^(?:\d{1,3}[.)]?\s*)?\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?){1,2}$/u;
const namesPerson = (cell: string): boolean => PERSON_CELL.test(cell) || TITLED_WORDS.test(cell);

/** "очно", "лично", "в зале", "бетпе-бет", "күндізгі", "залда": the words of taking part in the room. */
export const IN_PERSON_WORDS = '(?:очно|лично|в\\s+зале|бетпе-бет|күндізгі|залда)';

/**
 * "очно", "Участвует очно", "лично", "Бетпе-бет", "Залда": the header of a column marked for those in the room; also "Орнында
 * қатысты" ("took part on the spot", held-out 186's Zhalanash table beside "Онлайн режимде | Қатыспаған").
 */
const IN_PERSON_MARK = re(`(?:^|\\s)(?:${IN_PERSON_WORDS}|орнында\\s+қатыс(?:ты|қан(?:дар)?))\\s*$`);

/** The mark columns of a header (in person, online, and the absentees' reasons beside them); undefined without both kinds. */
function marksOf(cells: string[], name: number): Columns['marks'] {
  const inPerson = cells.findIndex((c) => IN_PERSON_MARK.test(c) && !re(ONLINE).test(c));
  // A mark column's heading run into the names' ("№ Аты-жөні / Ф.И.О. бетпе-бет / очно": a PDF's header of narrow columns,
  // held-out 124's Makhambet) says nothing of where the marks stand: no columns of marks.
  if (inPerson === name) return undefined;
  const online = cells.findIndex((c) => re(`^\\s*(?:\\p{L}+\\s+)?${ONLINE}`).test(c) && c.length <= 40);
  const absent = cells.findIndex((c) => re(`^\\s*${ABSENT_HEADING}`).test(c));
  if (inPerson < 0 || (online < 0 && absent < 0)) return undefined;
  // "Отсутствует по уважительной причине | Отсутствует без уважительной причины": two columns of those away (a header cell
  // split in two), the absence's kind in each heading — a bare mark under one is an absence of that kind.
  const absentAlso = cells.flatMap((c, k) => (k > absent && re(`^\\s*${ABSENT_HEADING}`).test(c) ? [{ at: k, reason: headingReason(c) }] : []));
  return {
    inPerson, online: online >= 0 ? online : undefined, absent: absent >= 0 ? absent : undefined,
    ...(absent >= 0 && absentAlso.length > 0 ? { absentAlso: [{ at: absent, reason: headingReason(cells[absent]) }, ...absentAlso] } : {}),
  };
}

/** What an absentees' column's heading says of the absence after its word: "по уважительной причине", "" for none. */
function headingReason(heading: string): string {
  return tidy(heading.replace(re(`^\\s*${ABSENT_HEADING}[\\s,:;–—-]*`), '').replace(/^\((.*)\)$/u, '$1'));
}

/** A cell that is a bare mark, no words: "+", "✓", "V", "х". */
const BARE_MARK = /^(?:[+✓✔☑vVхxХX*•●]|да|иә)$/u;

/** A mark cell left unmarked: empty, a dash, "нет", "жоқ". */
const UNMARKED = /^(?:[-–—]+|нет|жоқ)?\.?$/iu;

/**
 * The participation a row of mark columns tells, as a participation cell would say it: "онлайн (+ (ВКС, г. Аксу))",
 * "очно", "отсутствует (больничный лист)"; empty when no column is marked, null when more than one is.
 */
function partOfMarks(cells: string[], marks: NonNullable<Columns['marks']>): string | null {
  const cell = (k: number | undefined) => (k === undefined ? '' : tidy(cells[k] ?? ''));
  const told = [
    UNMARKED.test(cell(marks.online)) ? null : `онлайн (${cell(marks.online)})`,
    UNMARKED.test(cell(marks.inPerson)) ? null : 'очно',
    ...(marks.absentAlso ?? [{ at: marks.absent, reason: '' }]).map(({ at, reason }) => {
      const said = cell(at);
      if (UNMARKED.test(said)) return null;
      // A bare mark under "без уважительной причины" is the heading's reason; words in the cell are the reason itself.
      const why = BARE_MARK.test(said) && reason !== '' ? reason : said;
      return `отсутствует (${why})`;
    }),
  ].filter((t) => t !== null);
  // "| 17 | Тұрсынов М.Ә. |   |   | – |": no mark of presence, a dash in the absentees' column alone — away, no reason given
  // (a dash beside a mark of presence is the column left blank).
  if (told.length === 0 && marks.absent !== undefined && /^[-–—]$/u.test(cell(marks.absent))) return 'отсутствует';
  return told.length > 1 ? null : told[0] ?? '';
}

/** An absence's reason not known yet: "(уточняется)", "(нақтылануда)", "выясняется". */
const REASON_PENDING = /^\s*\(?\s*(?:уточняется|выясняется|нақтылануда|анықталуда)\s*\)?\s*$/iu;

/** A participation column headed by the verb of presence: "Қатысты", "Присут.", "Присутствовал". */
const PRESENCE_VERB_HEAD = /^\s*(?:қатысты|присут\.|присутствовал)/iu;

/**
 * A header row ("№ | ФИО | Должность | Участие") opens an attendance table. `date` is the protocol's (ISO): a sheet of
 * a meeting held over several days has a column a day, and only its date's column is this protocol's participation.
 */
export function startTable(line: string, date: string | null = null): TableState | null {
  const cells = splitCells(line);
  // A header names at least two columns; "\tФамилия, имя, отчество" alone is one cell of a table written a cell a line.
  if (!cells || cells.filter((c) => c !== '').length < 2) return null;
  const find = (source: string) => {
    const k = cells.findIndex((c) => re(`^\\s*${source}`).test(c));
    return k >= 0 ? k : undefined;
  };
  const name = find(NAME_COLUMN);
  if (name === undefined) return null;
  // "Петров Петр Петрович<tab>член Совета", "Сейтов А.Б.<tab>Кеңес мүшесі": a row of a list whose role reads like a name
  // column's heading ("Член Совета", "Кеңес мүшесі") — a header names no one, so a row naming a person opens no table.
  // (A cell that is itself a column's heading, "Член Совета" beside "Фамилия Имя Отчество", is no person.)
  const heading = (c: string) => [NAME_COLUMN, ROLE_COLUMN, STATUS_COLUMN, PARTICIPATION_COLUMN, REASON_COLUMN, SIGNATURE_COLUMN].some((h) => re(`^\\s*${h}`).test(c));
  if (cells.some((c, k) => k !== name && namesPerson(c) && !heading(c))) return null;
  const no = cells.findIndex((c) => NO_COLUMN.test(c));
  const role = find(ROLE_COLUMN);
  // A status column besides the role ("Лауазымы | Мәртебесі"); a lone "Статус" column is the role and says the status too.
  // "Кеңестегі мәртебесі", "Статус в Совете": one word may stand before it.
  const status = cells.findIndex((c, k) => k !== role && re(`^\\s*(?:\\p{L}+\\s+)?${STATUS_COLUMN}`).test(c));
  const day = dayColumnOf(cells, date);
  // A sheet of several days' columns: the protocol's day's column is its participation.
  // "Қатысты | Онлайн", "Присутствовал | По ВКС": a verb of presence over a column beside an online one is one column of
  // a grid of marks (readMarkedGrid), no participation cell; alone ("Қатысты / Присут." | "Себебі") it is the participation.
  const found = find(PARTICIPATION_COLUMN);
  const markColumn = found !== undefined && PRESENCE_VERB_HEAD.test(cells[found]) && cells.some((c, k) => k !== found && re(`^\\s*(?:\\p{L}+\\s+)?${ONLINE}`).test(c) && c.length <= 40);
  const part = (markColumn ? undefined : found) ?? (typeof day === 'number' ? day : undefined);
  return {
    cols: {
      // "Форма участия | Подпись / примечание" (set 165): beside a participation column, the signature's column that is the
      // note's too holds the absent's reason ("отсутствует" | "командировка").
      name, no: no >= 0 ? no : undefined, role, status: status >= 0 ? status : undefined, part,
      reason: find(REASON_COLUMN) ?? (part !== undefined ? find(SIGNATURE_AND_NOTE) : undefined),
      signature: find(SIGNATURE_COLUMN), marks: part === undefined ? marksOf(cells, name) : undefined,
    },
    last: null,
    invited: false,
    otherDays: day === 'unknown',
    tabHeader: /\S\t\t+\S/u.test(line) && !line.includes('|') ? { starts: { 8: cellStarts(line, 8), 4: cellStarts(line, 4) }, named: cells.flatMap((c, k) => (c !== '' ? [k] : [])) } : undefined,
  };
}

/**
 * A header typed over two lines ("№ | Фамилия, инициалы | Форма | Вопрос 1" / " | | участия | (отчет)"): the second line
 * has nothing in the number's and the name's columns, and no number anywhere — a row always names someone. Returns the
 * header with each cell joined to the words under it, or null when the next line is no such continuation.
 */
export function headerContinued(header: string, next: string): string | null {
  const top = splitCells(header);
  const below = splitCells(next);
  const table = startTable(header);
  if (!top || !below || !table) return null;
  const filled = below.filter((c) => c !== '');
  if (filled.length === 0 || (below[table.cols.name] ?? '') !== '' || (table.cols.no !== undefined && (below[table.cols.no] ?? '') !== '')) return null;
  if (filled.some((c) => /\d/.test(c.replace(/\([^)]*\)/g, '')))) return null;
  // "| Қатысу нысаны |" over "| бетпе-бет | онлайн |": a cell merged over two columns of the row below (a drawn table's
  // two header rows) — the columns are the lower row's, each under the upper cell that spans it; a column split from a
  // merged cell is named by its own heading (the rows' marks stand under it), one not split by both lines' words.
  const spans = below.length > top.length ? mergedSpans(header, next) : null;
  if (spans) return spans.join('\t');
  // "№ | Ф.И.О. | Участие | | Отсутствует | " over " | | очно | онлайн | по уважительной причине | без уважительной причины": a
  // Word cell merged across columns (gridSpan), written as the cell and an empty one for each further column it covers — the
  // columns under it are split from it, each named by its own heading.
  const topAll = header.split('\t').map((c) => tidy(c));
  const belowAll = next.split('\t').map((c) => tidy(c));
  if (!header.includes('|') && !next.includes('|') && topAll.some((c, k) => c === '' && k > 0 && (belowAll[k] ?? '') !== '')) {
    const owner = (k: number) => {
      let j = k;
      while (j > 0 && topAll[j] === '') j--;
      return j;
    };
    const named = Array.from({ length: Math.max(topAll.length, belowAll.length) }, (_, k) => {
      const j = owner(k);
      const split = j !== k || (topAll[k + 1] === '' && (belowAll[k + 1] ?? '') !== '');
      return split && (belowAll[k] ?? '') !== '' ? splitColumnName(topAll[j], belowAll[k]) : tidy(`${topAll[k] ?? ''} ${belowAll[k] ?? ''}`);
    });
    return named.join('\t').replace(/\t+$/u, '');
  }
  const width = Math.max(top.length, below.length);
  return Array.from({ length: width }, (_, k) => tidy(`${top[k] ?? ''} ${below[k] ?? ''}`)).join('\t');
}

/**
 * The name of a column split from a merged header cell: its own heading ("очно", "онлайн" under "Участие"); under an
 * absence's heading ("Отсутствует" over "по уважительной причине | без уважительной причины") the absence's word kept
 * before it, so that each is read as a column of those away, its reason in its heading.
 */
function splitColumnName(top: string, own: string): string {
  return re(`^\\s*${ABSENT_HEADING}`).test(top) && !re(`^\\s*${ABSENT_HEADING}`).test(own) ? tidy(`${top} ${own}`) : own;
}

/** The cells of a pipe line with where each stands on the line (the outer border's pipes dropped). */
function pipeCells(line: string, open = false): { text: string; from: number; to: number }[] | null {
  const text = line.replace(/[│┃║]/gu, '|').replace(/\s+$/u, '');
  if (!text.includes('|')) return null;
  const out: { text: string; from: number; to: number }[] = [];
  // "Комиссия | Аты-жөні | Қатысуы" with no border after its last cell: a cell merged over the columns below it ("бетпе-бет |
  // онлайн | қатыспады (себебі)") reaches as far right as the table does, however short its word.
  // (A line opening with its first cell, no border before it, has that cell from the line's start.)
  let from = /^\s*\|/u.test(text) ? text.indexOf('|') + 1 : 0;
  for (let k = from; k <= text.length; k++) {
    if (k === text.length || text[k] === '|') {
      if (k < text.length || text.slice(from).trim() !== '') out.push({ text: tidy(text.slice(from, k)), from, to: k === text.length && open ? Infinity : k });
      from = k + 1;
    }
  }
  return out;
}

/**
 * A header's two pipe lines joined column by column, by where each cell stands: the lower line's cells, each under the
 * upper cell that spans it, and an upper cell with none under it ("Шешім" beside "Дауыстар" over "жақтап | қарсы | қалыс")
 * a column of its own; null when they do not line up.
 */
export function mergedSpans(header: string, next: string): string[] | null {
  const top = pipeCells(header, true);
  const below = pipeCells(next);
  if (!top || !below) return null;
  const over = below.map((b) => top.findIndex((t) => t.from <= (b.from + b.to) / 2 && (b.from + b.to) / 2 <= t.to));
  if (over.some((k) => k < 0)) return null;
  const out: string[] = [];
  top.forEach((t, j) => {
    const under = below.flatMap((b, k) => (over[k] === j ? [b] : []));
    if (under.length === 0) out.push(t.text);
    for (const b of under) out.push(under.length > 1 && b.text !== '' ? splitColumnName(t.text, b.text) : tidy(`${t.text} ${b.text}`));
  });
  return out;
}

/** "ИТОГО «за»", "Всего участвуют", "Барлығы", "Жиыны": a row of totals in a table of members, no one's row. */
export const TOTALS_WORD = '^\\s*(?:итого|всего|барлығы|жиыны|қорытынды)(?![\\p{L}])';
const TOTALS_ROW = re(TOTALS_WORD);

/**
 * One line of an attendance table. A row whose first cell is empty carries on
 * the row above (cells wrapped). The participation cell says in person,
 * online, or absent with a reason; a row that says none of these is an issue,
 * not a guess. Returns false when the line is not a row: the table has ended.
 */
export function readTableRow(line: string, lineNo: number, table: TableState, kind: ListKind, roll: Roll, issues: ExtractIssue[]): boolean {
  const split = splitCells(line) ?? rowOfLostTab(line, table);
  if (!split) return false;
  const cells = alignTabRow(split, line, table);
  // "1 Жолдыбаев Арман Канатович | Председатель | очно" under "№ | Ф.И.О. | …": the number and the name in one cell (a PDF
  // whose narrow № column left no gap, a secretary's space for a tab). A № cell holds no words: the rest is the next cell's.
  const no = table.cols.no;
  // "6 —<tab>руководитель отдела … (по должности)": a dash in the name's place, the member named by position only.
  const merged = no !== undefined && no + 1 === table.cols.name ? /^(\d{1,3}[.)]?)\s+(\p{L}.*|[-–—])$/u.exec(cells[no] ?? '') : null;
  if (merged) cells.splice(no!, 1, merged[1], merged[2]);
  // "2<tab>Сагындыкова Асель Маратовна<tab>очно / бетпе-бет" under "№ ФИО<tab>Должность в Совете<tab>Участие": a PDF gives no
  // tab for an empty cell, so a row without a role is a cell short and its participation stands in the role's column.
  // A row exactly one cell short, its last cell a participation where the role column stands before the participation's:
  // the empty role cell put back.
  const { role, part, name } = table.cols;
  const lastCell = cells[cells.length - 1] ?? '';
  if (part !== undefined && role !== undefined && name < role && role < part && cells.length === part && cells.length - 1 === role
    && (PARTICIPATION_OPENS.test(lastCell) || classifyAbsence(lastCell) !== null)) cells.splice(role, 0, '');
  const filled = cells.filter((c) => c !== '');
  if (filled.length === 0) return true;
  // "№ | Аты-жөні | Қатысуы" again after row 6: the header a printed page repeats after its break (the page's footer and
  // header between, dropped) — no one's row; the rows below are the same table's.
  if (startTable(line)?.cols.name === table.cols.name) {
    table.last = null;
    return true;
  }
  // The totals of a table (above its members or below them) are no member, nor the rest of the row above.
  if (TOTALS_ROW.test(filled[0])) {
    table.last = null;
    return true;
  }
  // "\tПриглашенные\t\t\t" under the last member: a section row in the names' column (or before it), not the rest of a
  // wrapped name; "приглашенный" alone right of the names is a role cell wrapped.
  const section = filled.length === 1 && cells.indexOf(filled[0]) <= table.cols.name;
  if (section && (INVITED_SECTION.test(filled[0]) || MEMBERS_SECTION.test(filled[0]))) {
    table.invited = INVITED_SECTION.test(filled[0]);
    table.last = null;
    return true;
  }
  // One cell filled right of the names is the rest of a wrapped cell ("| | | | командировка) |"), not a sub-heading.
  const wrappedTail = filled.length === 1 && cells[0] === '' && table.last !== null && cells.indexOf(filled[0]) > table.cols.name && !re(INVITED_HEADING).test(filled[0]);
  if (filled.length === 1 && cells[table.cols.name] !== filled[0] && !wrappedTail) {
    // A sub-heading row: "Приглашенные", "Отсутствовали".
    table.invited = re(INVITED_HEADING).test(filled[0]);
    return true;
  }
  if (cells[0] === '' && table.last && !underMergedLabel(cells, table)) {
    const last = table.last;
    // "16\tЕрмаханов С.Т.\tқатыспады – мемлекеттік" / "\tқызметтегі тағылымдама (Шымкент қ.)": a lower-case tail with one
    // tab stands under the name only for the tabs a typist left out; a placed row's name is whole, so it carries on the
    // row's last filled cell.
    const lastFilled = last.cells.reduce((at, c, k) => (c !== '' ? k : at), -1);
    if (last.placed && filled.length === 1 && cells.indexOf(filled[0]) === table.cols.name && /^\p{Ll}/u.test(filled[0]) && lastFilled > table.cols.name) {
      cells.splice(0, cells.length, ...last.cells.map((_, k) => (k === lastFilled ? filled[0] : '')));
    }
    const merged = last.cells.map((c, k) => tidy(`${c} ${cells[k] ?? ''}`));
    for (let k = last.cells.length; k < cells.length; k++) merged.push(cells[k]);
    last.cells = merged;
    if (!last.placed) {
      // "И.И." alone on the row's first line: the name is whole only now.
      // "10 | Габдуллин С.А. | … | баласының сырқатына байланысты" / "| | | қатыспады": the participation whole only now — the
      // row's cell not understood alone no longer makes the table unsure, nor its issue stands.
      const undo = last.undo;
      if (undo) table.unsure = false;
      last.placed = placeRow(merged, last.line, table, kind, roll, issues);
      if (undo && last.placed) {
        roll.unsure = undo.roll;
        for (const issue of undo.pending) issues.splice(issues.indexOf(issue), 1);
        last.undo = undefined;
      } else if (undo) table.unsure = true;
      return true;
    }
    const probe: Roll = { attendees: [], absentees: [] };
    const placed = placeRow(merged, last.line, table, kind, probe, []);
    if (placed && placed.kind === last.placed.kind) {
      if (placed.kind === 'present') roll.attendees[last.placed.index] = probe.attendees[0];
      else roll.absentees[last.placed.index] = probe.absentees[0];
    }
    return true;
  }
  // The row is placed now; an issue about it waits until no wrapped line can complete it.
  const pending: ExtractIssue[] = [];
  const before = { table: table.unsure, roll: roll.unsure };
  const placed = placeRow(cells, lineNo, table, kind, roll, pending);
  issues.push(...pending);
  table.last = { cells, line: lineNo, placed, undo: placed === null && table.unsure && !before.table ? { pending, roll: before.roll ?? false } : undefined };
  if (table.unsure) roll.unsure = true;
  return true;
}

/**
 * "Кеңес басшылығы | Мұхамбетов Ғалым Сейітұлы | + |" / "                | Сәрсенғалиева Әсем Қайратқызы | + |": a label
 * merged down a column before the names' (a commission over its members' rows) leaves that cell empty in the rows below
 * its first — a row of its own when it names a whole person and so did the row above, never the name above wrapped.
 */
function underMergedLabel(cells: string[], table: TableState): boolean {
  const { name, no } = table.cols;
  if (name === 0 || no === 0 || !table.last) return false;
  const whole = (c: string) => PERSON_CELL.test(c) && /\s\S+\s+\S/u.test(c.trim());
  return whole(cells[name] ?? '') && whole(table.last.cells[name] ?? '');
}

/**
 * "12 Тасмагамбетова Ж.И. очно" among rows "13 Утегенов М.Б.<tab>очно": a row of a table whose participation column stands
 * right after the names, the tab before its cell lost (a PDF's narrow gap, a typist's space) — its cells are the number, a
 * name with initials or in full, and a participation opening the rest. Only inside a table (its first row too: the gap is
 * as narrow right under the header); null else.
 */
function rowOfLostTab(line: string, table: TableState): string[] | null {
  const { no, name, part } = table.cols;
  if (part !== name + 1 || (no !== undefined && no !== name - 1)) return null;
  const m = LOST_TAB.exec(tidy(line));
  if (!m || (no === undefined) !== (m[1] === undefined)) return null;
  const cells = Array.from({ length: part + 1 }, () => '');
  if (no !== undefined) cells[no] = m[1];
  cells[name] = m[2];
  cells[part] = m[3];
  return cells;
}
// The participation cell may be the reason alone, the absence told by it ("10 Төлегенова Ж.М. демалыста / в отпуске", "4 Орлов
// П.С. в командировке"): a reason opening the rest, after a preposition perhaps, is the cell's start as a mark is.
const LOST_TAB = re(`^(?:(\\d{1,3})[.)]?\\s+)?(${SURNAME_INITIALS}|${PERSON_NAME})\\s+((?:${ONLINE}|${IN_PERSON}|${ABSENT_HEADING}|(?:(?:в|во|на|по)\\s+)?(?:${UNEXCUSED}|${EXCUSED}))(?![\\p{L}]).*)$`, 'iu');

function placeRow(cells: string[], lineNo: number, table: TableState, kind: ListKind, roll: Roll, issues: ExtractIssue[]): { kind: 'present' | 'absent'; index: number } | null {
  if (table.invited || kind === 'skip') return null;
  if (table.otherDays) return unsure(splitPerson(cells[table.cols.name] ?? '')?.name ?? `row ${lineNo}`, 'the sheet has a column per day and none is the protocol\'s date', lineNo, table, issues);
  const nameCell = cells[table.cols.name] ?? '';
  // "Заместитель акима города (по должности)" in the name's cell, or "—" there and the position in the role's: a member named
  // by position only, who counts as a named one.
  const exOfficio = exOfficioMember(nameCell) ?? (/^\s*[-–—]\s*$/u.test(nameCell) && table.cols.role !== undefined ? exOfficioMember(cells[table.cols.role] ?? '') : null);
  if (!exOfficio && !looksLikePersonLine(nameCell, true)) return null;
  // "Председатель Совета, к.т.н. Ли-Ким Виктор Андреевич": the position before the name.
  const person = exOfficio ?? splitPerson(positionFirst(nameCell) ?? nameCell);
  if (!person) return null;
  // "Ф.И.О. | Статус | Примечание" over "Гордеева С.А. | присутствует |", "Аты-жөні | Мәртебесі" over "қатысты": a status
  // column (or the role's) holding each row's participation, no column of its own for it — the participation's cell.
  const partAt = table.cols.part ?? (table.cols.marks === undefined ? [table.cols.role, table.cols.status].find((k) => k !== undefined && PARTICIPATION_OPENS.test(cells[k] ?? '')) : undefined);
  const role = table.cols.role !== undefined && table.cols.role !== partAt && cells[table.cols.role] ? cells[table.cols.role] : person.rest;
  // "шақырылған", "приглашенный" in the status (or role) column: invited persons in the members' table are never members.
  const status = table.cols.status !== undefined && table.cols.status !== partAt ? cells[table.cols.status] ?? '' : '';
  // "приглашенный (ГУ «Отдел ЖКХ»)", "приглашённая, аким Подстепновского с/о": the status opening the role cell, whom the
  // guest represents in brackets or after a comma or a dash.
  if (re(`^\\s*(?:${INVITED_STATUS})`).test(status) || re(`^\\s*(?:${INVITED_STATUS})\\s*(?:\\(|[,;–—-]|$)`).test(role ?? '')) return null;
  // "руководитель ГУ … (приглашённый)", "председатель Общественного совета (приглашён, членом комиссии не является)": a guest
  // told in brackets after the role, or a role saying it is no member.
  if (re(`\\(\\s*(?:${INVITED_STATUS})`).test(role ?? '') || re(NO_MEMBER_ROLE).test(role ?? '')) return null;
  // "Кеңес хатшысы (Кеңес мүшесі емес)" in the status column: the secretary signs the sheet, but is no member.
  if (re(`\\(\\s*(?:${INVITED_STATUS})`).test(status) || re(NO_MEMBER_ROLE).test(status)) return null;
  // "мәслихат депутаты, комиссия төрағасы" in the rows after the council's at a joint meeting with the maslikhat's commission.
  if (roll.joint && otherBodyAtJoint(status.trim() !== '' ? status : role)) return null;
  const marked = table.cols.marks ? partOfMarks(cells, table.cols.marks) : '';
  if (marked === null) {
    issues.push({ line: lineNo, message: `more than one participation column marked for ${person.name}` });
    return null;
  }
  // "✅ залда", "💻 онлайн", "❌": a symbol opening the cell says in person, online or absent.
  const symbolled = partOfSymbol(partAt !== undefined ? cells[partAt] ?? '' : marked);
  // "+*" under the footnote "* – ВКС арқылы / по ВКС", "очно¹" …: the mark of those online closing a presence cell — present,
  // online; the mark is no part of the cell's words.
  const markedOnline = roll.onlineMark ? onlineMarked(symbolled, roll.onlineMark) : null;
  const part = markedOnline ?? symbolled;
  const reasonCell = table.cols.reason !== undefined ? cells[table.cols.reason] ?? '' : '';
  // "Қолы | Белгі", "Подпись | Отметка" (set 183): a mark column beside the signature's holds only the exceptions
  // ("еңбек демалысы", "б/л"); a row with nothing in it is told by its signature ("[қолы]", "онлайн (Zoom)", "—").
  // (Only on a sheet with signatures: a blank one, to be signed by hand, leaves such a row untold, the marks still read.)
  const signedOnly = partAt !== undefined && partAt !== table.cols.signature && part.trim() === '' && table.cols.signature !== undefined && table.signed === true;
  if ((partAt === undefined || signedOnly) && table.cols.signature !== undefined) {
    return placeSigned(person.name, role ? tidy(role) : null, cells[table.cols.signature] ?? '', reasonCell, lineNo, table, kind, roll, issues);
  }
  // "қатысты" | "бейнебайланыс арқылы" in the note's (or role's) column beside it: present, online.
  const noted = `${reasonCell} ${table.cols.role !== undefined && table.cols.role !== partAt ? cells[table.cols.role] ?? '' : ''}`;
  const online = markedOnline !== null || re(ONLINE).test(part) || re(ONLINE).test(nameCell) || (re(ONLINE).test(noted) && re(`^\\s*(?:${IN_PERSON}|${PRESENT_HEADING}|очно|қатысты)`).test(part) && !re(ABSENT_HEADING).test(part));
  // "отпуск", "болезнь", "іссапар": a participation cell that is only a reason of absence (never one saying "очно" or online).
  // The words of presence are whole words: "да" (yes) inside "іссапарда / командировка" says nothing.
  // ("белгісіз", "неизвестно" alone is the participation unknown, no reason of an absence: not understood.)
  const inPersonWord = re(`(?<![\\p{L}])(?:очно|${IN_PERSON})(?![\\p{L}])|${PRESENT_HEADING}`).test(part);
  const reasonOnly = part.trim() !== '' && !online && !inPersonWord && classifyAbsence(part) !== null && !UNKNOWN_ALONE.test(part);
  // "–  белгісіз / неизвестно", "— іссапарда": a dash opening the cell says no, what follows it is the reason.
  const dashThenReason = DASH_THEN.test(part) && !online && !inPersonWord;
  // "5 | Нұрланқызы А. |  | іссапар / командировка" under "Қатысты | Себебі": the presence column's cell left empty where the
  // others hold a mark, and the reason-of-absence column filled — the row of one absent, its reason that cell's (an
  // unknown one, "(уточняется)", is still no reason: the split is then left out by the roll).
  // (The reason cell must say an absence's reason, known or still being clarified: "кеңес төрағасы" there is a role.)
  const emptyWithReason = part.trim() === '' && partAt !== undefined && (classifyAbsence(reasonCell) !== null || REASON_PENDING.test(reasonCell));
  const absent = re(ABSENT_HEADING).test(part) || NO_CELL.test(part.trim()) || NOT_CONNECTED.test(part) || reasonOnly || dashThenReason || emptyWithReason;
  if (absent) {
    const said = part.trim().replace(NO_CELL, (m) => (m.endsWith('(') ? '(' : '')).replace(NOT_CONNECTED, '').replace(/^[\s,;:–—-]+/u, '');
    // (A bracket a clipped cell never closed, "(служебная командир", is no part of the reason either.)
    const reason = tidy(`${said.replace(re(`^[^(]*?${ABSENT_HEADING}[\\s,:;–—-]*`), '').replace(/^\((.*)\)$/, '$1').replace(/^\(([^)]*)$/, '$1')} ${reasonCell}`).replace(/^[,;\s]+|[,;.\s]+$/g, '');
    const text = reason === '' || /^(?:нет|жоқ|[-–—])$/iu.test(reason) ? null : reason;
    roll.absentees.push({ name: person.name, excused: classifyAbsence(`${part} ${reasonCell}`), reason: text, line: lineNo });
    return { kind: 'absent', index: roll.absentees.length - 1 };
  }
  // "күндізгі (2-мәселеден кейін кетті)", "очно (ушёл после 2-го вопроса)": in person, a note in brackets after it.
  const inPerson = online || re(`^\\s*${IN_PERSON}\\s*[.]?\\s*(?:\\((?![^()]*(?:${ABSENT_HEADING}))[^()]*\\))?\\s*$`).test(part) || re(`очно|${PRESENT_HEADING}`).test(part);
  if ((partAt !== undefined || table.cols.marks !== undefined) && !inPerson) {
    issues.push({ line: lineNo, message: part === '' ? `no participation stated for ${person.name}` : `participation "${part}" of ${person.name} not understood` });
    // "✅ залда" read for none of the members would leave only the others counted: a cell not understood leaves the
    // table's counts unstated (the rows read are kept).
    if (part !== '') table.unsure = true;
    return null;
  }
  if (kind === 'absent') {
    roll.absentees.push({ name: person.name, excused: classifyAbsence(reasonCell), reason: reasonCell || null, line: lineNo });
    return { kind: 'absent', index: roll.absentees.length - 1 };
  }
  roll.attendees.push({ name: person.name, role: role ? tidy(role) : null, online, line: lineNo });
  return { kind: 'present', index: roll.attendees.length - 1 };
}

/**
 * A participation cell closed by the online mark a legend explains: its words without the mark ("+*" → "+", "қатысты¹" →
 * "қатысты"), or null when the cell carries no such mark or what is left says no presence ("жоқ*" is absent, whatever the
 * star) — only presence marked online is online.
 */
function onlineMarked(cell: string, mark: string): string | null {
  const escaped = escapeMark(mark);
  const m = new RegExp(`^(.*?\\S)\\s?(?:${escaped})(?![*†‡#¹²³⁴⁵⁶⁷⁸⁹])\\s*$`, 'u').exec(cell.trim());
  if (!m) return null;
  const rest = m[1].trim();
  // ("+**" under "* – онлайн" is another mark, "**", no online one.)
  if (/[*†‡#¹²³⁴⁵⁶⁷⁸⁹]$/u.test(rest)) return null;
  return re(`^(?:${IN_PERSON}|${PRESENT_HEADING})(?![\\p{L}])`).test(rest) && !re(ABSENT_HEADING).test(rest) ? rest : null;
}

/** The word for unknown alone, in one language or both: "белгісіз", "неизвестно", "белгісіз / неизвестно". */
const UNKNOWN_ALONE = /^\s*(?:белгісіз|неизвестн[оа]|не\s+известн[оа])(?:\s*\/\s*(?:белгісіз|неизвестн[оа]|не\s+известн[оа]))?\s*\.?\s*$/iu;
/** A dash opening a participation cell, words after it: "–  белгісіз / неизвестно". */
const DASH_THEN = /^\s*[-–—]\s*(?=\p{L})/u;

/** A dash alone in a cell. */
const DASH = /^[-–—]+$/u;

/** A signature cell that is no signature: a dash, "нет", "жоқ", "отсутствовал". */
const UNSIGNED = re(`^(?:[-–—]+|нет|жоқ|${ABSENT_HEADING}[\\p{L}\\s]*)\\.?$`, 'iu');

/**
 * A row of a registration sheet: a signature ("подпись", "/қолы/", "+") is presence in the room; no signature (an empty
 * cell or a dash) is presence online when the note says so ("участвовал по ВКС", "онлайн (Zoom)"), absence when the note
 * gives a reason ("командировка", "себебін хабарламады"), absence with no reason known when both cells are empty (and the
 * sheet has signatures at all). A dash with no note, or a note that says none of these, tells nothing: an issue, and the
 * table's counts are not stated.
 */
function placeSigned(name: string, role: string | null, signCell: string, note: string, lineNo: number, table: TableState, kind: ListKind, roll: Roll, issues: ExtractIssue[]): { kind: 'present' | 'absent'; index: number } | null {
  const sign = tidy(signCell);
  const text = tidy(note);
  const present = (online: boolean) => {
    if (kind === 'absent') return null;
    roll.attendees.push({ name, role, online, line: lineNo });
    return { kind: 'present' as const, index: roll.attendees.length - 1 };
  };
  const absent = (reason: string | null) => {
    roll.absentees.push({ name, excused: reason === null ? null : classifyAbsence(reason), reason, line: lineNo });
    return { kind: 'absent' as const, index: roll.absentees.length - 1 };
  };
  // "отсутствует (командировка)" in the signature's cell: away, the bracket the reason.
  if (AWAY_NOTE.test(sign)) return absent(/\(([^()]+)\)/.exec(sign)?.[1] ?? (sign.replace(re(`^(?:${ABSENT_HEADING})\\s*[-–—:,]?\\s*`, 'iu'), '') || text || null));
  // An absence worded otherwise, or a reason alone ("командировка"), in the signature's cell: away, the cell the reason.
  if (sign !== '' && !re(ONLINE).test(sign) && notASignature(sign)) return absent(sign);
  if (sign !== '' && !UNSIGNED.test(sign)) {
    if (re(ONLINE).test(sign)) return present(true);
    // Signed, and a note saying the person was away: the two cells disagree.
    if (text !== '' && (re(ABSENT_HEADING).test(text) || classifyAbsence(text) !== null) && !re(ONLINE).test(text)) return unsure(name, `signed, but the note says "${text}"`, lineNo, table, issues);
    return present(false);
  }
  if (re(ONLINE).test(text)) return present(true);
  if (text !== '' && (classifyAbsence(text) !== null || re(ABSENT_HEADING).test(text))) return absent(text);
  if (text === '' && sign === '' && table.awayNoted) return present(false);
  // "12  Дүйсенбаев Тимур Әділұлы   кәсіпкер   —" on a sheet others signed (set 183): a dash where the signature goes is
  // none, as an empty cell is — unless the sheet's dashes are also those who joined online (dashOnline).
  if (text === '' && DASH.test(sign) && table.signed && !table.dashOnline) return absent(null);
  if (text === '' && sign === '') return table.signed ? absent(null) : unsure(name, 'no row of the sheet is signed', lineNo, table, issues);
  return unsure(name, text === '' ? `"${sign}" in the signature column and no note` : `not signed, the note "${text}" not understood`, lineNo, table, issues);
}

function unsure(name: string, why: string, lineNo: number, table: TableState, issues: ExtractIssue[]): null {
  table.unsure = true;
  issues.push({ line: lineNo, message: `attendance of ${name} not read: ${why}; the counts of the table are not stated` });
  return null;
}
