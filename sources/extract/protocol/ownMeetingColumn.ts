import { tidy } from '../toLines.ts';
import { ABSENT_HEADING, IN_PERSON, NAME_COLUMN, ONLINE, PRESENT_HEADING } from './lexicon.ts';
import { splitCells } from './readAttendanceTable.ts';
import { re } from './re.ts';
import { classifyAbsence, looksLikePersonLine } from './splitPerson.ts';

/**
 * An attendance MATRIX: the members' rows against a column for each meeting of the year (or half-year) — "18.02 (№ 1) |
 * 15.04 (№ 2) | … | 21.10 (№ 5)", "№1 25.02 | … | №5 28.10 (осы отырыс / текущее)", "1-отырыс 12.02 | … | 6-отырыс 11.11
 * (осы отырыс)" — each cell a mark a legend explains ("«+» – присутствовал; «В» – участвовал по ВКС; «н/б» – по болезни;
 * «×» – не являлся членом Совета"). The protocol is one meeting's: only the column of ITS meeting (its date, its number, or
 * the column told "настоящее / осы отырыс / текущее") tells who attended it; the other columns are earlier meetings, their
 * totals and the per-member counts ("Посещено (из 6)") no field of it.
 *
 * The matrix is rewritten, line for line, into the plain attendance table the table reader knows — "№ | name | Участие",
 * the own column's mark spelled by the legend ("очно", "онлайн", "отсутствует (по болезни)"). A mark saying the person was
 * no member then ("×") makes the row empty: neither attendee nor absentee. A row naming no one (a totals row above or
 * below the members, "Присутствовало (с ВКС) | 13 | 14") is emptied too: its figures are the columns' sums, read by no one.
 * A matrix whose own column is not found once and only once is left as it is (reading another meeting's would be worse
 * than reading none). Lines keep their number.
 */
export function keepOwnMeetingColumn(lines: string[], date: string | null, number: string | null): string[] {
  const out = [...lines];
  for (let i = 0; i < out.length; i++) {
    const cellRun = readCellRun(out, i);
    if (cellRun) {
      const done = rewriteCellRun(out, i, cellRun, date, number);
      if (done > i) {
        i = done;
        continue;
      }
    }
    const header = splitCells(out[i]);
    if (!header || !header.some((c) => NAME_HEAD.test(c))) continue;
    // A header over two lines ("| 18.02 |" / "| (№ 1) |"): the second line names no one and its cells carry on the first's.
    const below = splitCells(out[i + 1] ?? '');
    const continued = below !== null && below.slice(0, 2).every((c) => c === '' || /^№$/u.test(c)) && !below.some((c) => looksLikePersonLine(c, true));
    const joined = continued ? header.map((c, k) => tidy(`${c} ${below![k] ?? ''}`)) : header;
    const own = ownColumn(joined, date, number);
    if (own === null) continue;
    const fromRight = joined.length - 1 - own;
    const twoInOne = joined.some((c) => [...c.matchAll(DAY)].length > 1);
    const legend = readLegend(out, i);
    const sep = out[i].includes('|') ? ' | ' : '\t';
    const nameHead = joined.find((c) => NAME_HEAD.test(c))!.replace(/^№\s*/u, '');
    // The columns kept beside the own meeting's: a status, a role, a reason ("Причина отсутствия") — not the other meetings',
    // nor a count of each member's meetings ("Посещено (из 6)").
    const kept = keptColumns(joined, own);
    out[i] = kept ? kept.map((c) => (c === own ? 'Форма участия' : joined[c])).join(sep) : ['№', nameHead, 'Форма участия'].join(sep);
    let k = i + 1;
    if (continued) out[k++] = '';
    for (; k < out.length; k++) {
      const line = out[k];
      if (BORDER.test(line)) continue;
      const cells = splitCells(line);
      if (!cells) break;
      const row = memberOf(cells);
      if (!row) {
        out[k] = sep === '\t' ? '\t\t' : '|  |  |';
        continue;
      }
      // A header cell holding two meetings' days (a PDF's merged header) counts its columns from the right; else a row
      // counts from the left, its number and name split if one cell, its empty cells at the end lost.
      const bare = /^\d{1,3}[.)]?$/u.test(cells[0]) ? cells : [row.no, row.name, ...cells.slice(1)];
      const cell = twoInOne ? cells[cells.length - 1 - fromRight] : bare[own] ?? '';
      const spelled = spell(cell ?? '', legend);
      // A row of the header's cells keeps the kept columns; one of fewer (a PDF's merged number and name) its number, name and own cell.
      const whole = kept && !twoInOne ? kept.map((c) => (c === own ? spelled : bare[c] ?? '')) : null;
      out[k] = spelled === null ? (sep === '\t' ? '\t\t' : '|  |  |') : (whole ?? [row.no, row.name, spelled]).join(sep);
    }
    i = k - 1;
  }
  return out;
}

/** "Ф.И.О.", "Аты-жөні", "№ Ф.И.О." (a PDF's narrow gap): the names' column of the header. */
const NAME_HEAD = re(`^(?:№\\s*)?${NAME_COLUMN}`);
/** A ruled line between a text table's rows. */
const BORDER = /^\s*[+|]?[-=+|\s]*[-=]{3}[-=+|\s]*$/u;
/** "21.10", "28.10.2026": a meeting's day in a column's header. */
const DAY = /(?<!\d)(\d{1,2})\.(\d{1,2})(?:\.\d{2,4})?(?!\d)/gu;
/** "№ 5", "№5", "5-отырыс", "5-е заседание": a meeting's number in a column's header. */
const MEETING_NO = re(`(?:№\\s*(\\d{1,2})(?!\\d)|(?<!\\d)(\\d{1,2})\\s*-\\s*(?:отырыс|заседани|е\\s+заседани)\\p{L}*)`, 'gu');
/** "настоящее", "текущее", "данное заседание", "осы отырыс": the column told as this meeting's. */
const OWN_WORD = re(`(?<![\\p{L}])(?:настоящ\\p{L}*|текущ\\p{L}*|данн\\p{L}+\\s+заседани\\p{L}*|осы\\s+отырыс\\p{L}*)`);

/**
 * The index of the protocol's own meeting's column among a header's cells, when the header has two meeting columns or
 * more (days, meeting numbers); null when it is no matrix or the own column is not one alone.
 */
export function ownColumn(cells: string[], date: string | null, number: string | null): number | null {
  const meetings = cells.flatMap((c, k) => {
    const days = [...c.matchAll(DAY)].filter((m) => Number(m[1]) <= 31 && Number(m[2]) <= 12).length;
    const nos = [...c.matchAll(MEETING_NO)].length;
    return days + nos > 0 ? [{ k, count: Math.max(days, nos) }] : [];
  });
  if (meetings.reduce((n, m) => n + m.count, 0) < 2) return null;
  const pick = (test: (c: string) => boolean) => {
    const found = meetings.filter((m) => test(cells[m.k]));
    return found.length === 1 ? found[0].k : found.length > 1 ? -1 : null;
  };
  const byWord = pick((c) => OWN_WORD.test(c));
  if (byWord !== null) return byWord >= 0 ? byWord : null;
  if (date) {
    const [month, day] = [Number(date.slice(5, 7)), Number(date.slice(8, 10))];
    const byDate = pick((c) => [...c.matchAll(DAY)].some((m) => Number(m[1]) === day && Number(m[2]) === month));
    if (byDate !== null) return byDate >= 0 ? byDate : null;
  }
  if (number && /^\d{1,2}$/u.test(number)) {
    const byNo = pick((c) => [...c.matchAll(MEETING_NO)].some((m) => (m[1] ?? m[2]) === number));
    if (byNo !== null) return byNo >= 0 ? byNo : null;
  }
  return null;
}

/**
 * The header's columns to keep: every one but the other meetings' and a count of each member's meetings; null when the
 * number's and the name's columns are not the first two (a PDF's "№ Ф.И.О." in one cell: the rows are read by their ends).
 */
function keptColumns(header: string[], own: number): number[] | null {
  if (!NAME_HEAD.test(header[1] ?? '') || /\p{L}{3}/u.test((header[0] ?? '').replace(/№/u, ''))) return null;
  return header.flatMap((h, c) => (c === own || (c < 2) || (!isMeetingCell(h) && !PER_MEMBER_COUNT.test(h)) ? [c] : []));
}
const isMeetingCell = (cell: string) => [...cell.matchAll(DAY)].length + [...cell.matchAll(MEETING_NO)].length > 0;
/** "Посещено заседаний (из 6)", "Қатысқан отырыстар саны", "Всего посещений": each member's count over the meetings. */
const PER_MEMBER_COUNT = re(`(?:\\(из\\s+\\d+\\)|посещ\\p{L}*|қатысқан\\s+отырыс|барлығы|всего|итого)`);

/** A member's row: its number and name ("3 Володин Артем Сергеевич" in one cell when a PDF's gap was narrow). */
function memberOf(cells: string[]): { no: string; name: string } | null {
  let [no, name] = [cells[0] ?? '', cells[1] ?? ''];
  const merged = /^(\d{1,3})[.)]?\s+(\p{L}.*)$/u.exec(no);
  if (merged) [no, name] = [merged[1], merged[2]];
  if (!/^\d{1,3}[.)]?$/u.test(no) || !looksLikePersonLine(name, true)) return null;
  return { no, name };
}

type Meaning = 'present' | 'online' | 'none' | { absent: string };

/**
 * The legend of the marks, above the matrix or below it: quoted ("«+» – присутствовал; «н/б» – отсутствовал по болезни")
 * or bare after a label ("Белгілер: қ – қатысты; З – Zoom арқылы қатысты; × – Кеңес құрамында болмады"). The paragraph
 * within a few lines of the header or of the table's end is searched; a legend further off is another table's.
 */
function readLegend(lines: string[], header: number): Map<string, Meaning> {
  const marks = new Map<string, Meaning>();
  let end = header + 1;
  while (end < lines.length && lines[end].trim() !== '' && (splitCells(lines[end]) !== null || BORDER.test(lines[end]))) end++;
  const near = [...range(Math.max(0, header - 8), header), ...range(end, Math.min(lines.length, end + 4))];
  for (const k of near) {
    // A legend's paragraph wraps: its next lines up to a blank, a table, or the full stop that ends it ("…, «н/я» – не
    // явился, причину не сообщил." over "Приглашенные: …").
    let text = lines[k];
    for (let j = k + 1; j < lines.length && j < k + 4 && !/\.\s*$/u.test(text) && lines[j].trim() !== '' && splitCells(lines[j]) === null; j++) text += ` ${lines[j]}`;
    const pairs = [...text.matchAll(QUOTED)].map((m) => [m[1], m[2]] as const);
    const bare = pairs.length >= 2 ? [] : BARE_LEGEND.test(text) ? text.replace(BARE_LEGEND, '').split(/;/u).flatMap((p) => {
      const m = /^\s*(\S{1,5})\s+[-–—=]\s+(.+?)\s*\.?\s*$/u.exec(p);
      return m ? [[m[1], m[2]] as const] : [];
    }) : [];
    const found = pairs.length >= 2 ? pairs : bare;
    if (found.length < 2) continue;
    for (const [mark, meaning] of found) {
      const told = meaningOf(meaning);
      if (told !== null && !marks.has(mark.trim())) marks.set(mark.trim(), told);
    }
    if (marks.size > 0) break;
  }
  return marks;
}
const QUOTED = /[«"„“]([^«»"„“”]{1,12})[»"”“]\s*[-–—=]\s*(.*?)(?=\s*[;,]?\s*[«"„“][^«»"„“”]{1,12}[»"”“]\s*[-–—=]|\s*[;.]?\s*$)/gu;
/** "Белгілер:", "Условные обозначения:", "Обозначения:", "Отметки:": the label of a legend of bare marks. */
const BARE_LEGEND = re(`^\\s*(?:белгілер|шартты\\s+белгілер|условные\\s+обозначения|обозначения|отметки)\\s*:`);
/** "не являлся членом Совета", "Кеңес құрамында болмады": the person was no member at that meeting. */
const NO_MEMBER = re(`(?:не\\s+(?:являл|был)\\p{L}*\\s+член|не\\s+входил|құрамында\\s+(?:болмады|болған\\s+жоқ)|мүшесі\\s+болмады)`);

function meaningOf(text: string): Meaning | null {
  const t = tidy(text);
  if (NO_MEMBER.test(t)) return 'none';
  if (re(ONLINE).test(t)) return 'online';
  if (classifyAbsence(t) !== null || re(ABSENT_HEADING).test(t)) return { absent: t };
  if (re(IN_PERSON).test(t) || re(PRESENT_HEADING).test(t)) return 'present';
  return null;
}

/** The own column's cell as the table reader reads a participation; null for a row to leave out (no member then). */
function spell(cell: string, legend: Map<string, Meaning>): string | null {
  const told = legend.get(tidy(cell));
  if (told === undefined) return cell;
  if (told === 'none') return null;
  if (told === 'present') return 'очно';
  if (told === 'online') return 'онлайн';
  return `отсутствует (${told.absent})`;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

/**
 * A Word table a cell a line ("\t№" / "\tАты-жөні" / "\t1-отырыс" / "12.02" …, a cell's further paragraphs without the
 * tab): its cells and their lines, when the run opens with a header naming the names' column.
 */
function readCellRun(lines: string[], i: number): { text: string; line: number }[] | null {
  if (!/^\t[^\t]*$/u.test(lines[i]) || !/^\t\s*№/u.test(lines[i])) return null;
  const cells: { text: string; line: number }[] = [];
  let j = i;
  for (; j < lines.length && (lines[j].trim() !== '' || /^\t[ \t]*$/u.test(lines[j])); j++) {
    if (lines[j].slice(1).includes('\t')) return null;
    if (lines[j].startsWith('\t')) cells.push({ text: lines[j].trim(), line: j });
    else if (cells.length > 0) cells[cells.length - 1].text = tidy(`${cells[cells.length - 1].text} ${lines[j].trim()}`);
  }
  return cells.length >= 4 && NAME_HEAD.test(cells[1].text) ? cells : null;
}

/**
 * The cell run of a Word matrix rewritten as a tab table: the header and each member's row on the line of its first cell,
 * the run's other lines blank after the last row (a blank line between rows would end the table). Returns the run's last
 * line, or `i` when the run is no matrix of this meeting.
 */
function rewriteCellRun(out: string[], i: number, cells: { text: string; line: number }[], date: string | null, number: string | null): number {
  // The header's cells: up to the first row's opening cell (a row number, or the empty cell of a totals row).
  const width = cells.findIndex((c, k) => k >= 2 && (c.text === '' || /^\d{1,3}[.)]?$/u.test(c.text)));
  if (width < 4 || cells.length % width !== 0) return i;
  const header = cells.slice(0, width).map((c) => c.text);
  const own = ownColumn(header, date, number);
  if (own === null) return i;
  const legend = readLegend(out, i);
  const last = cells[cells.length - 1].line;
  const kept = keptColumns(header, own) ?? [0, 1, own];
  const rows: string[] = [kept.map((c) => (c === own ? 'Форма участия' : header[c])).join('\t')];
  for (let k = width; k < cells.length; k += width) {
    const row = cells.slice(k, k + width).map((c) => c.text);
    const member = memberOf(row);
    const spelled = member ? spell(row[own] ?? '', legend) : null;
    if (member && spelled !== null) rows.push(kept.map((c) => (c === own ? spelled : row[c] ?? '')).join('\t'));
  }
  for (let k = i; k <= last; k++) out[k] = k - i < rows.length ? rows[k - i] : '';
  return last;
}
