import { SAYS_NONE } from './noneHeldVerbs.ts';
import { matchesOf } from '../grammar/matchesOf.ts';
import { metricOfRow } from './tableRowLexicon.ts';
import { SCHEDULE_CELL } from './wordCellTable.ts';
import { NOTE_HEAD } from './flattenFigureTables.ts';

/**
 * A table typed in fixed-width columns, spaces only ("Іс-шара / Мероприятие   Жоспар / План   Факт   Орындалуы, %"
 * over "1. Кеңес отырыстары / Заседания ОС     4     5     125"), as the rows of a table typed with pipes, each at its
 * own line: "| 1. Кеңес отырыстары / Заседания ОС | 4 | 5 | 125 |". A header is a line of three cells or more apart
 * by two spaces or more, or of two whose second names a count or a year ("Показатель   Количество"); a row is a label, then counts in the columns under the header's cells (a count is put in the
 * column whose header it stands under, so an empty cell stays empty); a line set in under the header extends it
 * ("2024" over "год"); a line of words set in under a row continues
 * its label; a blank line ends the table. Null when line `at` opens no such table of two rows or more.
 */
export function fixedWidthTable(lines: string[], at: number): { rows: { line: string; at: number }[]; end: number } | null {
  const header = cellsAt(lines[at]);
  // Two cells make a header only when the second names a count or a year ("Показатель   Количество", "Көрсеткіш   2025 ж.").
  // Two cells set in over the labels' column make one when both name a period by its year ("I полуг. 2025   I полуг.
  // 2026", "2024 ж.   2025 ж."): a comparison whose labels' column has no header of its own.
  const periods = header.length === 2 && /^\s{8,}\S/u.test(lines[at]) && header.every((c) => YEAR_HEAD.test(c.text));
  const counted = (header.length === 2 && /^\S/u.test(lines[at]) && COUNT_HEAD.test(header[1].text)) || periods;
  if ((header.length < 3 && !counted) || header.filter((c) => /\p{L}/u.test(c.text)).length < 2 || /[|\t]/u.test(lines[at])) return null;
  // A header whose cells wrap over lines above its fullest line too ("                 Дөңгелек    Жолданған" over
  // "Комиссия   Отырыстар   Мониторингтер" over "                 үстелдер     хаттар"): a line of words set in right above
  // it gives the header its cells — over a header cell, that cell's first words; beside them, a column of its own.
  for (let k = at - 1; k >= Math.max(0, at - 2) && /^\s{8,}\S/u.test(lines[k]) && !/[\d|\t]|[.:;]\s*$/u.test(lines[k]); k--) {
    for (const c of cellsAt(lines[k])) {
      const over = header.find((h) => Math.min(h.end, c.end) > Math.max(h.start, c.start));
      if (over) over.text = `${c.text} ${over.text}`;
      else header.splice(header.filter((h) => h.start < c.start).length, 0, { ...c });
    }
  }
  // A last column of remarks ("Примечание", "Ескерту") beside the counts ("Мониторинги   5   4   1 перенесен на 08.10.2026"):
  // a row's counts end before it, its words are the row's note cell; a line of remarks alone ("перенесен на IV кв.", set in
  // under the column) goes on with the row above's note.
  const noted = header.length >= 3 && NOTE_HEAD.test(header[header.length - 1].text);
  const noteOf = (line: string): { body: string; note: string } => {
    if (!noted) return { body: line, note: '' };
    const cells = cellsAt(line).filter((c) => c.start >= header[header.length - 1].start - 2);
    return cells.length === 0 ? { body: line, note: '' } : { body: line.slice(0, cells[0].start).trimEnd(), note: line.slice(cells[0].start).trim() };
  };
  const rows: { label: string; counts: Cell[]; at: number; rest?: number; note?: string }[] = [];
  let k = at + 1;
  // A rule of dashes right under the header ("Көрсеткіш   2024 жыл   2025 жыл" / "   -----------"): its underline, never
  // a header line set in.
  if (RULE.test(lines[k] ?? '')) k++;
  // A header typed over two or three lines ("2024" over "год"): a line set in under it, before any row, extends it.
  // A header of names broken with hyphens over four lines ("Заседа-" / "ния" / "Совета") goes on to the fifth.
  const deep = header.some((c) => /\p{L}-$/u.test(c.text));
  // A header set in over the labels' column whose next line names that column at the margin ("          ВСЕГО   обл."
  // / "Показатель   по   уро-" / "          Совету  вень"): the labels' column has its header cell on that line.
  const setIn = /^\s*/u.exec(lines[at])![0].length;
  const named = cellsAt(lines[k] ?? '');
  const marginHead = setIn >= 8 && named.length > 1 && named[0].start === 0 && named[0].end < setIn - 1 && /^\p{L}+$/u.test(named[0].text) && !ROW.test(lines[k]) && !/\d/u.test(lines[k]);
  if (marginHead) header.unshift({ text: '', start: 0, end: setIn - 2 });
  for (; k < at + (deep ? 5 : 3) && k < lines.length && (/^\s+\S/u.test(lines[k]) || (marginHead && k === at + 1)) && !ROW.test(noteOf(lines[k]).body) && !/[|\t]/u.test(lines[k]); k++) {
    // A header cell spanning columns ("Өтініштер" over "түскені  жауап" / "берілгені"): two cells of the line under it are
    // its sub-columns, each a column of its own named with the span's words; a word run into the next column's ("берілгені
    // дар", one space apart) is cut where that column starts.
    const under = new Map<number, Cell[]>();
    for (const c of cellsAt(lines[k]).flatMap((cell) => splitAtColumns(cell, header, lines[k]))) {
      const column = columnOf(header, c);
      under.set(column, [...(under.get(column) ?? []), c]);
    }
    for (const column of [...under.keys()].sort((a, b) => b - a)) {
      const cells = under.get(column)!;
      const span = header[column];
      if (cells.length === 1) span.text += ` ${cells[0].text}`;
      else header.splice(column, 1, ...cells.map((c, n) => ({ text: `${span.text} ${c.text}`, start: n === 0 ? Math.min(span.start, c.start) : c.start, end: n === cells.length - 1 ? Math.max(span.end, c.end) : c.end })));
    }
  }
  // A rule under the header ("-------"), and one closing the table, are no rows.
  if (RULE.test(lines[k] ?? '')) k++;
  // A header set in over the column of the rows' labels ("        Заседания   Мониторинги" over "2025 г., факт   7   5"):
  // the labels' column has no header cell of its own.
  const indent = /^\s*/u.exec(lines[at])![0].length;
  const firstRow = ROW.exec(lines[k] ?? '');
  if (!marginHead && indent >= 8 && firstRow && /^\S/u.test(lines[k]) && firstRow[1].trimEnd().length < indent) header.unshift({ text: '', start: 0, end: indent - 2 });
  // A label wrapped so that its counts stand on its second line ("Заслушивание отчетов руководителей" over
  // "  госорганов      2      3"): the first line waits for the row it opens.
  let opener: { text: string; at: number } | null = null;
  for (; k < lines.length && lines[k].trim() !== '' && !/[|\t]/u.test(lines[k]); k++) {
    if (RULE.test(lines[k]) && rows.length > 0) {
      if (k + 1 < lines.length && ROW.test(noteOf(lines[k + 1]).body)) continue;
      break;
    }
    const { body, note } = noteOf(lines[k]);
    if (body.trim() === '' && note !== '' && rows.length > 0 && opener === null) {
      const last = rows[rows.length - 1];
      last.note = `${last.note ?? ''} ${note}`.trim();
      continue;
    }
    // "6. Общественные слушания, ед.      не проводились": a row whose value says none in words is a row of 0.
    const line = scheduleAsDash(noneAsZero(body));
    const m = ROW.exec(line);
    if (RULE.test(lines[k])) {
      k++;
      break;
    }
    if (m) {
      const counts = cellsAt(line).filter((c) => c.start >= m[1].length);
      const label = m[1].replace(/\s+$/u, '');
      // The opener's row stands on the opener's line, so the sentence it becomes is read where the label starts.
      if (opener) rows.push({ label: `${opener.text} ${label.trim()}`, counts, at: opener.at, rest: k, note });
      else rows.push({ label, counts, at: k, note });
      opener = null;
    } else if (opener === null && opensWrappedRow(lines, k)) {
      opener = { text: lines[k].replace(/\s+$/u, ''), at: k };
    } else if (opener === null && rows.length > 0 && (/^\s+\p{L}/u.test(lines[k]) || endsLabel(lines, k)) && !/\d/u.test(lines[k])) {
      rows[rows.length - 1].label += ` ${lines[k].trim()}`;
    } else break;
  }
  if (opener !== null) k = opener.at;
  if (rows.length < 2) return null;
  if (RULE.test(lines[k] ?? '')) k++;
  const out = [{ line: pipeLine(header.map((c) => c.text)), at }];
  const noteColumn = noted ? header.length - 1 : -1;
  // A column of row numbers first ("№   Показатель   2024   2025"): the number is its cell, the label the next one's.
  const numbered = /^(?:№|n|п\/п|№\s*п\/п)$/iu.test(header[0].text);
  const labelAt = numbered ? 1 : 0;
  for (const r of rows) {
    const cells = header.map(() => '');
    const number = numbered ? /^\s*(\d{1,3}[.)]?)\s{2,}(\S.*)$/u.exec(r.label) : null;
    if (number) [cells[0], cells[1]] = [number[1], number[2]];
    else cells[labelAt] = numbered ? r.label.trim() : r.label;
    let last = labelAt;
    for (const c of r.counts) {
      const column = columnOf(header, c, labelAt + 1);
      if (column <= last) return null;
      if (column === noteColumn) return null;
      cells[column] = c.text;
      last = column;
    }
    if (noteColumn >= 0) cells[noteColumn] = r.note ?? '';
    out.push({ line: pipeLine(cells), at: r.at });
    // The wrapped label's second line is part of the row: an empty row, so the table's lines stay its own.
    if (r.rest !== undefined) out.push({ line: pipeLine(header.map(() => '')), at: r.rest });
  }
  return { rows: out, end: k - 1 };
}

/**
 * A row whose last cell only says none ("6. Общественные слушания, ед.      не проводились", "өткізілген жоқ") with a
 * 0 where that cell ends, so it stands in the column of counts; any other line as it is.
 */
function noneAsZero(line: string): string {
  const cells = cellsAt(line);
  const last = cells[cells.length - 1];
  if (cells.length < 2 || !SAYS_NONE.test(last.text) || !/\p{L}/u.test(cells[0].text)) return line;
  return `${line.slice(0, last.start)}${' '.repeat(last.end - last.start - 1)}0${line.slice(last.end)}`;
}

/**
 * A row whose plan cell tells when, not how many ("НҚА жобаларын қарау      түсуіне қарай   4", "по мере поступления"):
 * that cell read as a dash, no plan's count, so the row's fact stands in its column and the words stay out of the label.
 * Only a cell between the label and a count: a row of words alone is no row.
 */
function scheduleAsDash(line: string): string {
  const cells = cellsAt(line);
  if (cells.length < 3 || !/\p{L}/u.test(cells[0].text)) return line;
  let out = line;
  // The dash at the cell's middle, under the header the words stood under (its end may reach the next column's).
  for (const c of cells.slice(1, -1)) {
    const mid = Math.floor((c.end - c.start - 1) / 2);
    if (SCHEDULE_CELL.test(c.text)) out = `${out.slice(0, c.start)}${' '.repeat(mid)}–${' '.repeat(c.end - c.start - 1 - mid)}${out.slice(c.end)}`;
  }
  return out;
}

/**
 * A rule typed across a table ("-------", "=======", "_______", "───────"), or one cut under each column as a program
 * prints it ("------------------------------  ----  ------", "-----------   ----": a console's or an old DOS program's
 * table, held-out 129) — its first dash run five long at least, the others two.
 */
const RULE = /^\s*(?:-{5,}|={5,}|_{5,}|—{5,}|─{5,})(?:\s+(?:-{2,}|={2,}|_{2,}|—{2,}|─{2,}))*\s*$/u;

/**
 * A line of words with no count, not set in, whose next line is set in further, opens in lower case and ends with
 * the counts ("Заслушивание отчетов руководителей" / "  госорганов    2    3"; "Тыңдалған есептер" / "  саны   4"): the
 * first half of a row's label.
 */
function opensWrappedRow(lines: string[], k: number): boolean {
  const next = lines[k + 1] ?? '';
  const indent = (line: string) => line.search(/\S|$/u);
  if (/\d/u.test(lines[k]) || !/\p{L}/u.test(lines[k]) || cellsAt(lines[k]).length !== 1) return false;
  if (!ROW.test(next) || SUB.test(next)) return false;
  // At the margin too, when the line names no row of its own ("Жолаушылар тасымалы жөніндегі" over "комиссия   4   3"):
  // a line naming a metric over rows in lower case ("Заседания комиссий" over "по социальным вопросам   4") heads them.
  return (indent(next) > indent(lines[k]) && /^\s+\p{Ll}/u.test(next)) || (indent(next) === indent(lines[k]) && /^\s*\p{Ll}/u.test(next) && metricOfRow(lines[k].trim(), null) === null);
}

/**
 * A line of words at the margin, opening in lower case, under a row whose label it ends ("азаматтардың өтініштері
 * жөніндегі   3   1   –   3" over "комиссия"): the label's last line — unless it names a row of its own, or the row
 * under it opens in lower case too (then it is that row's first line).
 */
function endsLabel(lines: string[], k: number): boolean {
  const next = lines[k + 1] ?? '';
  return /^\p{Ll}/u.test(lines[k]) && cellsAt(lines[k]).length === 1 && metricOfRow(lines[k].trim(), null) === null && !(ROW.test(next) && /^\s*\p{Ll}/u.test(next));
}

/** A sub-row's opening words: "в т.ч.", "из них", "оның ішінде" is no second half of a label. */
const SUB = /^\s*(?:в\s+т(?:ом|\.)\s*ч|из\s+них|в\s+(?:их\s+)?числе|оның|олардың|соның)/iu;

/** A column's header that is a period named by its year: "2025", "2025 г.", "I полуг. 2026", "9 ай 2025 ж.", "за 2024 год". */
const YEAR_HEAD = /^(?:[\p{L}.\s]{0,16}\s)?(?:19|20)\d{2}(?:\s*(?:г\.?|год[\p{L}]*|ж\.?|жыл[\p{L}]*))?$/iu;

const COUNT_HEAD = /^(?:кол-?во|количеств[\p{L}]*|число|саны|всего|итого|барлығы|факт[\p{L}]*|орындалды|значени[\p{L}]*|мән[іi]|(?:(?:за\s+)?\d{4}\s*(?:г\.?|год|ж\.?|жыл[\p{L}]*)?))$/iu;

interface Cell {
  text: string;
  start: number;
  end: number;
}

/**
 * A count cell: "12", "12 500", "+20", "-50", "118 %", "4,5", a dash for none, "×" for not applicable; a count in
 * thousands ("12,4 мың", "31,5 тыс.": a media table's views, held-out 53's Temirtau report) is a cell too.
 */
const COUNT = String.raw`(?:[+\-−]?\d{1,3}(?:[ \u00a0]\d{3})+|[+\-−]?\d+(?:[.,]\d+)?)(?:\s?%|\s(?:тыс\.?|мың)(?![\p{L}]))?|[-–—×]`;
/** A row: its label (letters in it), then counts apart by two spaces or more. */
const ROW = new RegExp(String.raw`^(\s*\S.*?\p{L}.*?)(?:\s{2,}(?:${COUNT}))+\s*$`, 'u');

/** The cells of a line, apart by two spaces or more, with where they stand. */
function cellsAt(line: string): Cell[] {
  return matchesOf(line, /\S+(?: \S+)*/gu).map((m) => ({ text: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

/** The header cell a cell stands under, from column `from` on: the one it overlaps most, else the nearest. */
function columnOf(header: Cell[], cell: Cell, from = 0): number {
  let best = -1;
  let bestScore = -Infinity;
  header.forEach((h, c) => {
    if (c < from) return;
    const overlap = Math.min(h.end, cell.end) - Math.max(h.start, cell.start);
    const score = overlap > 0 ? overlap : -Math.abs((h.start + h.end) / 2 - (cell.start + cell.end) / 2);
    if (score > bestScore) [best, bestScore] = [c, score];
  });
  return best;
}

const pipeLine = (cells: string[]) => `| ${cells.join(' | ')} |`;

/**
 * The lines of a fixed-width table from its header at line `at` as rows typed with pipes ("№   Дата   Мероприятие
 * Форма" over "1   22.01.2025   Проверка …   мониторинг"): each cell, apart from the next by two spaces or more, in the
 * column whose header it stands under, so a wrapped cell's further line ("             көлігі …") has empty cells
 * before it, as a continuation row of a pipe table has. The table ends at a blank line or a line with no cell under
 * the header's columns; null when fewer than one row follows or two cells of a line fall under one column.
 */
export function fixedWidthLines(lines: string[], at: number): { lines: { line: string; at: number }[]; end: number } | null {
  const header = cellsAt(lines[at]);
  if (header.length < 3 || /[|\t]/u.test(lines[at])) return null;
  const out = [{ line: pipeLine(header.map((c) => c.text)), at }];
  let k = at + 1;
  for (; k < lines.length && lines[k].trim() !== '' && !/[|\t]/u.test(lines[k]); k++) {
    const cells = header.map(() => '');
    let last = -1;
    for (const c of cellsAt(lines[k]).flatMap((cell) => splitAtColumns(cell, header, lines[k]))) {
      const column = columnOf(header, c);
      if (column <= last) return k - 1 > at ? { lines: out, end: k - 1 } : null;
      cells[column] = c.text;
      last = column;
    }
    out.push({ line: pipeLine(cells), at: k });
  }
  return out.length > 1 ? { lines: out, end: k - 1 } : null;
}

/**
 * A cell run into the next with one space ("с 14 по 18 апреля Качество питания", the date wider than its column)
 * cut where a header cell starts, a word starting right there: typed columns start their text under their header.
 */
function splitAtColumns(cell: Cell, header: Cell[], line: string): Cell[] {
  const cut = header.find((h) => h.start > cell.start && h.start < cell.end && line[h.start - 1] === ' ' && line[h.start] !== ' ');
  if (!cut) return [cell];
  const left = { text: line.slice(cell.start, cut.start - 1), start: cell.start, end: cut.start - 1 };
  return [left, ...splitAtColumns({ text: line.slice(cut.start, cell.end), start: cut.start, end: cell.end }, header, line)];
}
