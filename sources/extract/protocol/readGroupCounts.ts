import { parseCount } from '../parseCount.ts';
import type { ProtocolAbsentee } from '../types.ts';
import { splitCells, TOTALS_WORD } from './readAttendanceTable.ts';
import { regroupCellTable, type HeaderTest } from './regroupCellTable.ts';
import { re } from './re.ts';
import { classifyAbsence, splitPerson } from './splitPerson.ts';

/**
 * Attendance told only as counts per commission, in a table whose totals row is the council's ("Комиссия | Членов, чел. |
 * Присутствовали, чел. | в т.ч. онлайн, чел. | Отсутствовали, чел. | Отсутствующие (причина)", "Итого по Совету | 25 | 20 |
 * 2 | 5 | —" above or below the commissions' rows). The totals row states the council's counts; the absentees are named in
 * the reasons' column ("Жаксыбеков Н.Т. – командировка (г. Астана)", several in a cell). Nothing is added up: the counts are
 * the totals row's, taken only when the commissions' rows agree with it (each column's rows sum to its total, those present
 * and absent to the members), and the absentees named only when as many as its count.
 */
export interface GroupCounts {
  members_total: number | null;
  present: number | null;
  online: number | null;
  absentees: ProtocolAbsentee[] | null;
}

// "Постоянная комиссия", "Тұрақты комиссия": the kind of commission before the word.
const GROUP = re('^\\s*(?:(?:постоянн|тұрақты)[\\p{L}]*\\s+)?(?:комисси[\\p{L}]*|рабоч[\\p{L}]*\\s+групп[\\p{L}]*|секци[\\p{L}]*|комиссия(?:лар)?|жұмыс\\s+тоб[\\p{L}]*)\\s*$');
const MEMBERS = re('^\\s*(?:член[\\p{L}]*|состав|всего\\s+член[\\p{L}]*|мүше[\\p{L}]*|(?:кеңес\\s+)?мүшелер[\\p{L}]*(?:\\s+саны)?)(?:\\s*\\(?,?\\s*чел\\.?\\)?|\\s*\\(?,?\\s*адам\\)?)?\\s*$');
// "Присутствовали (всего)", "Қатысқандар (барлығы)": the whole of those present, online among them.
const PRESENT = re('^\\s*(?:присутствовал[\\p{L}]*|присутству[\\p{L}]*|присутств\\.|қатысқан[\\p{L}]*|қатысты)(?:\\s*\\(?,?\\s*(?:чел\\.?|адам|всего|барлығы)\\)?)?\\s*$');
const ONLINE = re('^\\s*(?:в\\s+т\\.\\s?ч\\.\\s+|в\\s+том\\s+числе\\s+|из\\s+них\\s+|оның\\s+ішінде\\s+)?(?:онлайн|он-лайн|online|по\\s+вкс|қашықтан)(?:\\s*\\(?,?\\s*(?:чел\\.?|адам)\\)?)?\\s*$');
const ABSENT = re('^\\s*(?:отсутствовал[\\p{L}]*|отсутству[\\p{L}]*|отсутств\\.|қатыспаған[\\p{L}]*|қатыспады)(?:\\s*\\(?,?\\s*(?:чел\\.?|адам)\\)?)?\\s*$');
const NAMED = re('^\\s*(?:отсутствующ[\\p{L}]*|қатыспағандар|фио\\s+отсутств[\\p{L}]*)\\s*(?:\\((?:причин[\\p{L}]*|себеб[\\p{L}]*)\\)|,?\\s*(?:причин[\\p{L}]*|себеб[\\p{L}]*))\\s*$');
const TOTALS = re(TOTALS_WORD);

interface Columns { group: number; members: number; present: number; online?: number; absent?: number; named?: number }

/** Whether a header cell names the column: a bilingual one names it twice ("мүшелері / членов", "қатысты / присутств."), either half. */
const names = (r: RegExp, cell: string) => r.test(cell) || cell.split(/\s\/\s/u).some((half) => r.test(half));

function columnsOf(cells: string[]): Columns | null {
  const at = (r: RegExp) => {
    const k = cells.findIndex((c) => names(r, c));
    return k >= 0 ? k : undefined;
  };
  const group = at(GROUP);
  const members = at(MEMBERS);
  const present = at(PRESENT);
  if (group !== 0 || members === undefined || present === undefined) return null;
  return { group, members, present, online: at(ONLINE), absent: at(ABSENT), named: at(NAMED) };
}

/** The header, whole: the cell after it (the first row's) names no column of it ("Комиссия | Членов" is no header of three more). */
const header: HeaderTest = (cells, next) => (columnsOf(cells) && ![GROUP, MEMBERS, PRESENT, ONLINE, ABSENT, NAMED].some((r) => names(r, next)) ? {} : null);

/** A count cell: digits, or a dash for none. */
function countOf(cell: string | undefined): number | null {
  const text = (cell ?? '').trim();
  if (/^[-–—]$/u.test(text)) return 0;
  return /^\d{1,3}$/.test(text) ? parseCount(text) : null;
}

export function readGroupCounts(lines: string[]): GroupCounts | null {
  const table = regroupCellTable(lines, header);
  for (let i = 0; i < table.lines.length; i++) {
    const head = splitCells(table.lines[i]);
    const cols = head ? columnsOf(head) : null;
    if (!cols) continue;
    const rows: { cells: string[]; line: number }[] = [];
    for (let k = i + 1; k < table.lines.length; k++) {
      const cells = splitCells(table.lines[k]);
      if (!cells) break;
      rows.push({ cells, line: table.numbers[k] });
    }
    const totals = rows.filter((r) => TOTALS.test(r.cells[cols.group] ?? ''));
    const groups = rows.filter((r) => !TOTALS.test(r.cells[cols.group] ?? ''));
    if (totals.length !== 1 || groups.length < 2) return null;
    const total = totals[0].cells;
    const stated = (k: number | undefined) => (k === undefined ? null : countOf(total[k]));
    // Each column's rows must come to its total: else a row is not read as written, and no count is the council's.
    const agrees = (k: number | undefined) => {
      if (k === undefined) return true;
      const t = stated(k);
      const parts = groups.map((g) => countOf(g.cells[k]));
      return t !== null && parts.every((p) => p !== null) && parts.reduce((s, p) => s + (p ?? 0), 0) === t;
    };
    if (![cols.members, cols.present, cols.online, cols.absent].every(agrees)) return null;
    const members = stated(cols.members);
    const present = stated(cols.present);
    const absent = stated(cols.absent);
    if (members === null || present === null || present > members || (absent !== null && present + absent !== members)) return null;
    return { members_total: members, present, online: stated(cols.online), absentees: absent === null ? null : namedIn(groups, cols.named, absent) };
  }
  return null;
}

/** The absentees named in the reasons' column, one a line or a semicolon; null unless as many as stated. */
function namedIn(groups: { cells: string[]; line: number }[], column: number | undefined, count: number): ProtocolAbsentee[] | null {
  if (column === undefined) return count === 0 ? [] : null;
  const out: ProtocolAbsentee[] = [];
  for (const g of groups) {
    for (const part of (g.cells[column] ?? '').split(/;/u)) {
      const text = part.trim();
      if (text === '' || /^[-–—]$/u.test(text)) continue;
      const person = splitPerson(text);
      if (!person) return null;
      const reason = person.rest?.replace(/^[\s–—-]+/u, '').trim() || null;
      out.push({ name: person.name, excused: reason === null ? null : classifyAbsence(reason), reason, line: g.line });
    }
  }
  return out.length === count ? out : null;
}
