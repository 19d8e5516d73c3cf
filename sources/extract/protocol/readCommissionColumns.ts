import type { ProtocolAbsentee, ProtocolAttendee } from '../types.ts';
import { ONLINE } from './lexicon.ts';
import { re } from './re.ts';
import { classifyAbsence, looksLikePersonLine, splitPerson } from './splitPerson.ts';

/**
 * A Word table of the members laid out by commission: a header row of the commissions ("Комиссия № 1 по социальным
 * вопросам (5)" | "Комиссия № 2 …" | …), the members' names in the cells below — a column a commission, so read row by
 * row the commissions interleave — and perhaps a last row of each column's count ("присутствует 4 из 5" | …). Above the
 * header, a row merged across the table may hold the council's leaders, who sit in no commission ("Председатель Совета –
 * Кенжегалиев М.С.; заместитель председателя – Губайдуллина Р.Т. (онлайн)"). Each cell tells its member's attendance:
 * nothing said is present, "(онлайн)" online, "– отсутствует (трудовой отпуск)" absent with the reason.
 *
 * As a .docx reads (readers/docxHtmlToText.ts) each cell is a line opening with a tab, its further paragraphs after it
 * without one. The table is read only when each column's count row, if there is one, is that column's members as read
 * (present of all); without such a row, when those read present are the `present` the text states. Anything else —
 * a cell that is neither a member nor empty, a count that disagrees — and nothing is read.
 */
export function readCommissionColumns(lines: string[], present: number | null): CommissionRoll | null {
  for (let i = 0; i < lines.length; i++) {
    if (!isCell(lines[i]) || (i > 0 && isCell(lines[i - 1]))) continue;
    const cells = cellRun(lines, i);
    const roll = readRun(cells, present);
    if (roll) return roll;
  }
  return null;
}

export interface CommissionRoll {
  attendees: ProtocolAttendee[];
  absentees: ProtocolAbsentee[];
}

interface Cell {
  text: string;
  line: number;
}

const isCell = (line: string): boolean => line.startsWith('\t');

/** The cells of the run of tab lines from line i: a line without a tab carries on the cell above. */
function cellRun(lines: string[], i: number): Cell[] {
  const cells: Cell[] = [];
  for (let j = i; j < lines.length && (lines[j].trim() !== '' || isCell(lines[j])); j++) {
    if (isCell(lines[j])) cells.push({ text: lines[j].trim(), line: j + 1 });
    else cells[cells.length - 1].text += ` ${lines[j].trim()}`;
  }
  return cells;
}

/** "Комиссия № 1 по социальным вопросам (5)", "№ 2 әлеуметтік мәселелер жөніндегі комиссия (5)": a commission's cell. */
const COMMISSION = re(`^(?:\\S+\\s+){0,8}?(?:комисси|секци|жұмыс\\s+тоб|рабоч[\\p{L}]*\\s+групп)[\\p{L}]*(?![\\p{L}])`);
/** "присутствует 4 из 5", "4 из 5", "қатысты 4/5", "5 мүшеден 4 қатысты": a column's count, present of all. */
const COUNT_CELL = re(`^(?:(?:присутству[\\p{L}]*|присутствовал[\\p{L}]*|қатыс[\\p{L}]*)\\s*[:\\-–—]?\\s*)?(\\d{1,2})\\s*(?:из|/)\\s*(\\d{1,2})\\s*(?:қатыс[\\p{L}]*)?\\.?$|^(\\d{1,2})\\s*(?:-?(?:тен|ден|нен|тан|дан|нан)|мүшеден|мүшесінен)\\s+(\\d{1,2})(?:-?[\\p{L}]+)?\\s+қатыс[\\p{L}]*\\.?$`);
/** "– отсутствует (трудовой отпуск)", "– қатыспады (іссапар)": the member's absence closing the cell, the reason after it. */
const ABSENT = re(`^(.*\\S)\\s*[-–—]\\s*(?:отсутств[\\p{L}]*|не\\s+присутств[\\p{L}]*|қатыспа[\\p{L}]*)\\s*(?:\\((.*)\\)|[,:]\\s*(.*))?\\s*[.;]?$`, 'u');
/** "Председатель Совета – Кенжегалиев М.С.", "Кеңес төрағасы – Ахметов А.А.": a leader's role before the name. */
// (Matched case-sensitively, so that the name after the dash opens with a capital: the role's first letter is either.)
const LEADER = re(`^\\s*(?:(?:[Зз]аместител[\\p{L}]*\\s+)?[Пп]редседател[\\p{L}]*|(?:[\\p{L}]+\\s+){0,2}?төраға[\\p{L}]*(?:\\s+орынбасар[\\p{L}]*)?)(?:\\s+[\\p{L}]+){0,3}?\\s*[-–—]\\s*(?=\\p{Lu})`, 'u');

function readRun(cells: Cell[], present: number | null): CommissionRoll | null {
  const start = cells.findIndex((c, k) => COMMISSION.test(c.text) && !looksLikePersonLine(c.text, false) && COMMISSION.test(cells[k + 1]?.text ?? ''));
  if (start < 0) return null;
  let width = 0;
  while (start + width < cells.length && COMMISSION.test(cells[start + width].text) && !looksLikePersonLine(cells[start + width].text, false)) width++;
  const body = cells.slice(start + width);
  if (body.length === 0 || body.length % width !== 0) return null;
  const roll: CommissionRoll = { attendees: [], absentees: [] };
  // The leaders above the header: each "role – name" of the merged row.
  for (const cell of cells.slice(0, start)) {
    for (const part of cell.text.split(';')) {
      const lead = LEADER.exec(part);
      const role = lead?.[0].replace(/\s*[-–—]\s*$/u, '').trim() ?? null;
      if (lead && !placeMember(roll, part.slice(lead[0].length), cell.line, role)) return null;
    }
  }
  const counts: { present: number; all: number }[] = [];
  const columns = Array.from({ length: width }, () => ({ present: 0, all: 0 }));
  for (let k = 0; k < body.length; k++) {
    const cell = body[k];
    if (cell.text === '') continue;
    const count = COUNT_CELL.exec(cell.text);
    if (count) {
      // "4 из 5" / "4/5"; "5 мүшеден 4 қатысты": all first.
      counts[k % width] = count[1] !== undefined ? { present: Number(count[1]), all: Number(count[2]) } : { present: Number(count[4]), all: Number(count[3]) };
      continue;
    }
    // A count row is the table's last: a member below it is no layout read here.
    if (counts.length > 0) return null;
    const placed = placeMember(roll, cell.text, cell.line);
    if (!placed) return null;
    columns[k % width].all++;
    if (placed === 'present') columns[k % width].present++;
  }
  if (counts.length > 0 && columns.some((c, k) => counts[k] === undefined || counts[k].present !== c.present || counts[k].all !== c.all)) return null;
  if ((counts.length === 0 && present === null) || (present !== null && present !== roll.attendees.length)) return null;
  return roll.attendees.length + roll.absentees.length >= width ? roll : null;
}

/** One member's cell: present, online, or absent with the reason; null when the cell names no one. */
function placeMember(roll: CommissionRoll, text: string, line: number, role: string | null = null): 'present' | 'absent' | null {
  const absent = ABSENT.exec(text);
  const who = absent ? absent[1] : text;
  if (!looksLikePersonLine(who, false)) return null;
  const person = splitPerson(who);
  if (!person) return null;
  if (absent) {
    const reason = (absent[2] ?? absent[3] ?? '').trim() || null;
    roll.absentees.push({ name: person.name, excused: reason ? classifyAbsence(reason) : null, reason, line });
    return 'absent';
  }
  roll.attendees.push({ name: person.name, role: person.rest ?? role, online: re(ONLINE).test(text), line });
  return 'present';
}
