import { NOTE_OPENING } from './formTableBreaks.ts';
import { NONE_VERBS, NONE_VERBS_KK } from './noneHeldVerbs.ts';
import { REDACTED_CELL } from './redactedCell.ts';

/**
 * A Word table as a .docx reads (docxHtmlToText) or as Word saves it as text: its cells one after another, each
 * opening a line with a tab, a cell's further paragraphs on lines without one, rows not marked at all ("\t№ п/п",
 * "\tИндикатор", "\tПлан", "\tФакт", "\tПримечание", "\t1", "\tЗаседания …", "\t6", "\t7", "\tв т.ч. …", "\t2", …).
 * Its rows are found by its column of row numbers: the header is the cells from the "№" cell to the cell "1" that
 * opens the first row, and each row is that many cells, opened by its number ("1", "2.", "3)", "11.1") or by an empty
 * cell (a sub-row); the numbers go on one by one ("4", "4.1", "5"). A cell where a row's number should be is a heading
 * across the table when the next number follows it (it is left out), else the table ends there (a total row whose
 * label spans the number's cell, a number out of turn). A table of fewer than two rows, or of fewer than three columns, is
 * none. The rows come back as the rows of a table typed with pipes ("| 1 | Заседания … | 6 | 7 | … |"), each at the
 * line of its first cell, so the text-table readers read them; a cell's paragraphs are joined, after a paragraph
 * ending on a figure or a stop, or before one opening with a figure, a date or a dash, with "; " so that a note's parts stay apart ("с замечаниями – 15; на рассмотрении – 3").
 */
export interface WordCellTable {
  /** The header row, then a row per table row: pipe rows at the line of their first cell. */
  rows: { line: string; at: number }[];
  /** The cells of each row of `rows`, header first. */
  cells: string[][];
  start: number;
  /** The table's last line (its last cell's last paragraph). */
  end: number;
}

/** A cell of words merged across a form's table: a note, a section's heading; no number of a row, no count. */
const isMergedText = (text: string) => /\p{L}{3}/u.test(text) && !HEAD.test(text) && !ROW_NUMBER.test(text) && !COUNT_CELL.test(text);
/** A section's heading: "2. Заседания", "Раздел II. Обращения", "3-бөлім. Ақпараттық жұмыс", "IV. Взаимодействие". */
const isSectionHeading = (text: string) => /^(?:\d{1,2}[.)]|[IVXІ]{1,5}\.|(?:раздел|бөлім)\s+\S+|\d{1,2}-бөлім[.:]?)\s*\p{L}/iu.test(text) || /^(?:раздел|бөлім)\s+(?:\d{1,2}|[IVXІ]{1,5})\.?$/iu.test(text);

/** The heading of a column of notes: "Примечание", "Комментарий", "Ескертпе", "Ескерту", "Түсініктеме". */
const NOTE_HEAD = /^\s*(?:примечани[ея]|комментари[йи]|ескертпе|ескерту|түсініктеме)\s*$/iu;

/** The header of the row numbers' column: "№", "№ п/п", "п/п", "р/с" (реттік саны). */
const HEAD = /^\s*(?:№|п\/п|р\/с)/iu;
const ROW_NUMBER = /^\d{1,3}(?:\.\d{1,2})*[.)]?$/u;

interface Cell {
  text: string;
  at: number;
  last: number;
}

/** The Word tables of the text laid out cell by cell, in order. */
export function wordCellTables(lines: string[]): WordCellTable[] {
  const out: WordCellTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].startsWith('\t')) continue;
    const table = HEAD.test(lines[i].slice(1)) ? tableAt(lines, i) : (lines[i - 1] ?? '').startsWith('\t') ? null : labelledTableAt(lines, i);
    if (table) {
      out.push(table);
      i = table.end;
    }
  }
  return out;
}

/** A cell of a count: "97", "24 310", "–", empty. */
// A footnote's mark after a count ("34 170*") is no part of it; "н/д" (no data) is a cell of no count, and so is "х" (a cell
// not to be filled: "«х» — не заполняется", "× – не применимо"), Latin or Cyrillic.
// A sum of money or a share with its decimals ("780,0", "66,7") is a cell of a number too (the table's readers judge its column).
// So is a count with the bracket of its parts ("15 (9 / 6)", "11 (11 / –)": flattenFigureTables' bracketSplit).
/**
 * A footnote's mark glued to a cell's count or dash: "14*", "—**", or an endnote's bracketed number as a .docx's note
 * reference reads ("2[1]", "–[3]": set 197's Kostanay form, the notes naming the hearings, saying none were signed).
 */
export const CELL_NOTE_MARK = String.raw`\*{1,3}|\[\d{1,2}\]`;
/** A count's bracket of its parts: "(9 / 6)", "(11 / –)". */
export const PARTS_BRACKET = String.raw`\(\s*(?:\d{1,4}|[-–—])(?:\s*\/\s*(?:\d{1,4}|[-–—]))+\s*\)`;
// So is a dash with a footnote's mark ("—*", "—**": what the footnote says it is) and "no data" in words ("деректер жоқ",
// "нет данных"): cells of no count, which the table's readers leave out or read by their note.
// So is a pair of counts for a row naming two kinds ("Круглые столы / диалоговые площадки | 1 / 1", set 181): a cell of
// the table whatever its row's readers make of it (flattenFigureTables' pairSplit).
// So is a cell blacked out or hidden in brackets ("█", "[скрыто]"): no count (redactedCell).
const COUNT_CELL = new RegExp(String.raw`^(?:(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:,\d{1,2})?(?:${CELL_NOTE_MARK})?(?:\s*${PARTS_BRACKET})?|\d{1,4}(?:\s*\/\s*\d{1,4}){1,3}|[-–—](?:${CELL_NOTE_MARK})?|н\/д|[×xх]|нет\s+данных|деректер\s+жоқ|мәлімет(?:тер)?\s+жоқ|${REDACTED_CELL})?$`, 'iu');
/**
 * A cell that states no count, each its own way: empty, a dash (a footnote's mark after it: "—*", "—**"), "н/д", "х", "no
 * data" in words. A row of only these ("Меморандумдар | | | | —**") is a row of the table all the same; what each cell
 * states (none, nothing) is for the readers of its column and notes to say.
 */
const NO_COUNT_CELL = new RegExp(String.raw`^(?:[-–—](?:${CELL_NOTE_MARK})?|н\/д|[×xх]|нет\s+данных|деректер\s+жоқ|мәлімет(?:тер)?\s+жоқ|${REDACTED_CELL})?$`, 'iu');
const YEAR_CELL = /^(?:19|20)\d{2}$/u;
/**
 * A cell of a change column ("Изменение" beside this quarter and last year's): "↑ 2", "↓ 1", "=", "+3", "−2" — a cell of
 * the table (the column is never a count's: flattenFigureTables leaves a change's header out), no count of its own.
 */
// A sign typed with the keyboard's hyphen ("-1", "-2") or a share's change ("+33 %") is a change too (an infographic's
// "было / стало / Δ" table, set 157).
// An arrow with its sign or a share ("▲ +1", "▼ –1", "▲ 29 %") and "новое" / "жаңа" for a row last year did not have
// (a deck's table "III кв. 2026 | III кв. 2025 | Динамика", set 188) are changes too.
const CHANGE_CELL = /^(?:[↑↓▲▼△▽⬆⬇]\s*[+−–-]?\s*\d{1,4}(?:[.,]\d{1,2})?(?:\s*%)?|=|[+−-]\s*\d{1,4}(?:[.,]\d{1,2})?(?:\s*%)?|±\s*0|нов(?:ое|ый|ая|ые)|жаңа)$/iu;
/**
 * A cell saying none was held, merged across the part columns ("не проводились"): no count, and no reason to refuse the row.
 * Any verb of none held or made (noneHeldVerbs): "Меморандумдар | Меморандумы | жасалған жоқ | 1" (set 178), "не заключались".
 */
export const NONE_CELL = new RegExp(`^(?:не\\s+(?:проведен|${NONE_VERBS})[\\p{L}]*|${NONE_VERBS_KK})$`, 'iu');

/**
 * A plan's cell that tells when, not how many: "по мере поступления", "ежеквартально", "постоянно", "түсуіне қарай", "тоқсан
 * сайын" — no count, and no reason to refuse the row (its fact is in another column).
 */
export const SCHEDULE_CELL = /^(?:по\s+мере\s+(?:поступлени|необходимост)[\p{L}]*|ежеквартальн[\p{L}]*|ежемесячн[\p{L}]*|постоянн[\p{L}]*|в\s+течение\s+(?:года|периода|квартала)|по\s+плану|(?:түсуіне|түскен\s+сайын|қажеттілігіне|қажетіне)\s*(?:қарай)?|тоқсан\s+сайын|ай\s+сайын|тұрақты)$/iu;

/**
 * A Word table with no column of row numbers ("\tПлощадка", "\tПубликаций", "\tПросмотров", "\tInstagram", "\t214",
 * "\t187 450", …; a header over two rows, a cell merged down or across standing as empty cells): its width is the one
 * number of columns, and its header the one number of rows, under which every row is a label of words followed by
 * counts (or dashes, or nothing, or "н/д"), two rows at least, and the header has no count. A first column of groups
 * merged down ("Направление": "Организационная работа" on its first row, empty cells below) may stand before the
 * labels; then a row's counts may be a cell of none merged across them ("не проводились"). When two widths fit, which the
 * table's are cannot be told: none.
 */
function labelledTableAt(lines: string[], start: number): WordCellTable | null {
  const all = cellsFrom(lines, start);
  // The table's cells run to the blank line that ends it.
  const fits: { width: number; head: number }[] = [];
  for (let width = 2; width <= 12; width++) {
    for (let head = 1; head <= 3; head++) {
      const body = all.length - head * width;
      if (body < 2 * width || body % width !== 0) continue;
      const header = all.slice(0, head * width);
      // (A year is a header's cell of a table of three columns or more: "Показатель | I кв. | … | Итого 2025 | 2024",
      // "Көрсеткіш | 2025 | 2024"; two columns, "Показатель | 2025", may be a label and its count.)
      const yearHead = (c: Cell) => width >= 3 && YEAR_CELL.test(c.text);
      const worded = (c: Cell) => /\p{L}/u.test(c.text);
      if (header.some((c) => /\d/u.test(c.text) && COUNT_CELL.test(c.text) && !yearHead(c)) || header.slice(0, width).filter((c) => worded(c) || yearHead(c)).length < 2 || !header.some(worded)) continue;
      // A last column of notes under its own heading ("Показатель | Значение | Примечание", a journal's export, set 175's
      // Akmola): words beside the counts, no count of the row's — its cells may say anything.
      const noted = head === 1 && width >= 3 && NOTE_HEAD.test(all[width - 1].text) ? 1 : 0;
      for (const lead of [0, 1]) {
        let ok = width > lead + 1 + noted;
        let counted = false;
        for (let k = head * width; k < all.length && ok; k += width) {
          const row = all.slice(k, k + width - noted);
          // The header typed again where a page broke the table (a printed table pasted into Word): no row, read over
          // (repeatedHeaderRows.ts leaves it out).
          if (head === 1 && row.every((c, j) => c.text === all[j].text)) continue;
          // A first column of groups merged down ("Организационная работа" over three rows): its name on the group's
          // first row, empty cells below.
          const group = lead === 0 || (k === head * width ? /\p{L}/u.test(row[0].text) : row[0].text === '' || /\p{L}/u.test(row[0].text));
          const counts = row.slice(lead + 1);
          // A row of dashes only ("Семинары | – | – | – | –", the legend's "не проводилось") is a row of none among rows of counts.
          const numbered = counts.some((c) => /\d/u.test(c.text) && !CHANGE_CELL.test(c.text));
          counted ||= numbered;
          ok = group && /\p{L}/u.test(row[lead].text) && counts.every((c) => COUNT_CELL.test(c.text) || SCHEDULE_CELL.test(c.text) || CHANGE_CELL.test(c.text) || NONE_CELL.test(c.text)) && (numbered || counts.every((c) => /^[-–—]$/u.test(c.text)) || (counts.some((c) => c.text !== '') && counts.every((c) => NO_COUNT_CELL.test(c.text) || NONE_CELL.test(c.text)))
            // (An empty value beside its note, "Меморандумы | | не заключались": the note tells it.)
            || (noted === 1 && counts.every((c) => c.text === '') && all[k + width - 1].text !== ''));
        }
        ok &&= counted;
        if (ok) fits.push({ width, head });
        if (ok) break;
      }
    }
  }
  if (fits.length !== 1) return fits.length === 0 ? groupedTableAt(all, start) : null;
  const { width } = fits[0];
  return tableOf(rowsOfWidth(all, width), start);
}

/** The cells in rows of `width`. */
function rowsOfWidth(all: Cell[], width: number): Cell[][] {
  const rows: Cell[][] = [];
  for (let k = 0; k < all.length; k += width) rows.push(all.slice(k, k + width));
  return rows;
}

/** A table of its rows (the header first): each row a " | " line at its first cell's line; it ends at its last cell. */
function tableOf(rows: Cell[][], start: number, end = rows[rows.length - 1][rows[rows.length - 1].length - 1].last): WordCellTable {
  const pipe = (row: Cell[]) => `| ${row.map((c) => c.text.replaceAll('|', '/')).join(' | ')} |`;
  return { rows: rows.map((row) => ({ line: pipe(row), at: row[0].at })), cells: rows.map((row) => row.map((c) => c.text)), start, end };
}

/**
 * A Word table of dated events with no column of row numbers ("\tДата", "\tМероприятие", "\t22.01.2026", "\tМониторинг …",
 * …; "Күні | Іс-шара", "Мерзімі | Тақырыбы | Нысаны"): its width is the header's cells before the first date, the header
 * naming a date's column (`isDateHead`) and every cell of it words; every row opens its date column with a date.
 * Fewer than two rows, or cells that do not divide into whole rows: none. Given as a table of `wordCellTables`.
 */
export function datedWordTables(lines: string[], isDateHead: (cell: string) => boolean): WordCellTable[] {
  const out: WordCellTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].startsWith('\t') || (lines[i - 1] ?? '').startsWith('\t')) continue;
    const all = cellsFrom(lines, i);
    const width = all.findIndex((c) => DATE_CELL.test(c.text));
    if (width < 2 || width > 6 || all.length % width !== 0 || all.length < 3 * width) continue;
    const header = all.slice(0, width);
    const dateCol = header.findIndex((c) => isDateHead(c.text));
    if (dateCol !== 0 || header.some((c) => !/\p{L}{2}/u.test(c.text) || /\d/u.test(c.text))) continue;
    const taken = rowsOfWidth(all, width);
    if (!taken.slice(1).every((row) => DATE_CELL.test(row[dateCol].text))) continue;
    const table = tableOf(taken, i);
    out.push(table);
    i = table.end;
  }
  return out;
}
/** A date cell: "22.01.2026", "22.01.26", "22.01.2026 г.", "2026 ж. 22 қаңтар" is none (a title's words). */
const DATE_CELL = /^\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})(?:\s*(?:г\.?|ж\.?))?$/u;

/** A row of a total: "ВСЕГО по рабочим группам", "Итого по РГ-1", "Барлығы", "Жұмыс топтары бойынша барлығы". */
const TOTAL_LABEL = /^(?:всего|итого|барлығы|жиыны)(?![\p{L}])|(?<![\p{L}])бойынша\s+(?:барлығы|жиыны)$/iu;
/** The first row of a whole's breakdown: "в том числе: заседаний рабочих групп", "из них …", "оның ішінде: …". */
const BREAKDOWN = /^\s*(?:в\s+т(?:ом|\.)\s*ч(?:исле|\.)|из\s+них|оның\s+ішінде|олардың\s+ішінде|соның\s+ішінде)(?![\p{L}])[\s:,–—-]*/iu;

/**
 * A Word table of two columns by group ("Рабочая группа / вид работы | Количество"): a heading merged across the table
 * opens each group ("РГ-1 по вопросам занятости …", "1-комиссия", one cell), the group's rows of a label and a count
 * follow, a sub-total may close it ("Итого по РГ-1 | 15", of mixed kinds), and the table ends with the whole ("ВСЕГО по
 * рабочим группам | 41") and its breakdown by kind ("в том числе: заседаний рабочих групп | 13", "общественных
 * мониторингов | 9", …). The breakdown is what the table states of the council: its rows come back, the first without its
 * "в том числе:", and only when they add up to the whole; a group's rows and sub-totals are no figure of the council (a
 * kind of one group, a sum of kinds), nor is the whole: their lines are left out. Two groups at least; no breakdown that
 * makes the whole, no table.
 */
function groupedTableAt(all: Cell[], start: number): WordCellTable | null {
  const width = 2;
  const isCount = (c: Cell | undefined) => c !== undefined && /\d/u.test(c.text) && COUNT_CELL.test(c.text);
  const isLabel = (c: Cell | undefined) => c !== undefined && /\p{L}/u.test(c.text) && !isCount(c);
  if (all.length < 8 || !isLabel(all[0]) || !isLabel(all[1]) || isCount(all[0]) || isCount(all[1])) return null;
  const rows: Cell[][] = [];
  let headings = 0;
  let k = width;
  while (k < all.length) {
    if (isLabel(all[k]) && isCount(all[k + 1])) {
      rows.push(all.slice(k, k + width));
      k += width;
    } else if (isLabel(all[k]) && isLabel(all[k + 1]) && isCount(all[k + 2]) && !TOTAL_LABEL.test(all[k].text)) {
      headings++;
      k++;
    } else return null;
  }
  if (headings < 2) return null;
  // The whole: the last total row, after which only its breakdown stands (no heading, no other total).
  const whole = rows.map((r) => TOTAL_LABEL.test(r[0].text)).lastIndexOf(true);
  const parts = rows.slice(whole + 1);
  if (whole < 0 || parts.length < 2 || !BREAKDOWN.test(parts[0][0].text) || all.indexOf(parts[0][0]) !== all.indexOf(rows[whole][0]) + width) return null;
  const count = (c: Cell) => parseInt(c.text.replace(/[ \u00a0]/gu, ''), 10);
  if (parts.reduce((sum, r) => sum + count(r[1]), 0) !== count(rows[whole][1])) return null;
  const taken = [all.slice(0, width), ...parts.map((r, n) => (n === 0 ? [{ ...r[0], text: r[0].text.replace(BREAKDOWN, '') }, r[1]] : r))];
  return tableOf(taken, start, all[all.length - 1].last);
}

function tableAt(lines: string[], start: number): WordCellTable | null {
  const cells = cellsFrom(lines, start);
  // The first row's number, or the heading of a form's first section over it ("1. Состав совета" / "Раздел I" over "1.1").
  // (A heading stands under the header's cells, three at least: "Значение" over "1.1" is the header's last cell.)
  let first = cells.findIndex((c, k) => k > 0 && (/^1[.)]?$/u.test(c.text) || (k >= 3 && isMergedText(c.text) && /^1\.1\.?$/u.test(cells[k + 1]?.text ?? ''))));
  // A table's continuation on a page of its own ("1-кестенің жалғасы", "Продолжение таблицы 1"): the header repeated, then
  // the rows going on from where the page before stopped ("8", "8.1", "9", …). The first cell of a row number after a
  // header of words opens it; its rows must still read on number by number (rowsOf).
  // (A "1" further on is a count in its rows.)
  let before = 0;
  // A section's own table numbered by the section ("№ | Показатель | Значение" over "2.1 | Заседания Совета | 4", set 197's
  // Kostanay form, a table per section): its first row "2.1" right under the header, the rows going on "2.2", "2.3" …
  const sub = cells.findIndex((c, n) => n >= 3 && /^\d{1,2}\.1\.?$/u.test(c.text));
  if ((first < 0 || sub < first) && sub >= 3 && cells.slice(1, sub).every((c) => /\p{L}/u.test(c.text) && !HEAD.test(c.text))) {
    first = sub;
    before = Number(/^\d+/u.exec(cells[sub].text)![0]);
  }
  const k = cells.findIndex((c, n) => n > 0 && /^\d{1,3}[.)]?$/u.test(c.text));
  if (k >= 3 && (first < 0 || k < first)) {
    if (cells.slice(0, k).every((c) => !COUNT_CELL.test(c.text) || c.text === '')) {
      first = k;
      before = Number(/^\d+/u.exec(cells[k].text)![0]) - 1;
    }
  }
  if (first < 3 || first > 36 || cells.slice(1, first).some((c) => HEAD.test(c.text))) return null;
  // A header over two or three rows (cells merged down stand as empty ones: "№ | Показатель | 2025 год | | | | 2024" over
  // " | | I кв. | II кв. | III кв. | 9 мес. | "): the width is the one under which the rows read on, number by number.
  let best: { width: number; rows: Cell[][] } | null = null;
  for (const head of [1, 2, 3]) {
    const width = first / head;
    if (!Number.isInteger(width) || width < 3 || width > 12) continue;
    const rows = rowsOf(cells, first, width, before);
    if (rows.length >= 2 && (best === null || rows.length > best.rows.length)) best = { width, rows };
  }
  if (best === null) return null;
  const { width, rows } = best;
  const header = headerOf(cells.slice(0, first), width);
  return tableOf([header, ...rows], start);
}

/** The rows of a table of `width` cells from cell `first` on, each opened by its number (or an empty cell, a sub-row). */
function rowsOf(cells: Cell[], first: number, width: number, before = 0): Cell[][] {
  const rows: Cell[][] = [];
  let k = first;
  // The number of the last numbered row: a row opens with the next one, a sub-number of it ("4.1") or an empty cell (a
  // continued table's rows go on from the number before its first).
  let last = before;
  const opens = (text: string) => text === '' || (ROW_NUMBER.test(text) && [last, last + 1].includes(Number(/^\d+/u.exec(text)![0])) && (/^\d+\.\d/u.test(text) || Number(/^\d+/u.exec(text)![0]) === last + 1));
  while (k < cells.length) {
    const opener = cells[k].text;
    if (!opens(opener)) {
      // A heading merged across the table ("Раздел 2. Обращения"): one cell, then the next row's number. A total row
      // whose label spans the number's cell ("Итого" then its counts) is no heading: the table ends there.
      if (!HEAD.test(opener) && /\p{L}/u.test(opener) && ROW_NUMBER.test(cells[k + 1]?.text ?? '') && opens(cells[k + 1].text)) {
        k++;
        continue;
      }
      // A form's note merged across ("Примечание: …", "Ескерту: …") and the next section's heading ("2. Заседания"), then
      // that section's first row "2.1": read over, the numbering going on by sections (formTableBreaks).
      let j = k;
      while (j < cells.length && j - k < 3 && isMergedText(cells[j].text)) j++;
      const section = /^(\d{1,2})\.1\.?$/u.exec(cells[j]?.text ?? '');
      if (j > k && section !== null && [last + 1, last + 2].includes(Number(section[1])) && cells.slice(k, j).every((c) => NOTE_OPENING.test(c.text) || isSectionHeading(c.text))) {
        last = Number(section[1]);
        k = j;
        continue;
      }
      break;
    }
    if (k + width > cells.length) break;
    if (opener !== '' && !/^\d+\.\d/u.test(opener)) last++;
    rows.push(cells.slice(k, k + width));
    k += width;
  }
  return rows;
}

/**
 * A header of several rows as one: each column's cells joined top down. A cell merged across (an empty cell right of
 * a filled one, with cells under both) is the filled one's: "2025 год" spans "I кв. … 9 мес." under it, so each of
 * those columns is "2025 год …".
 */
function headerOf(cells: Cell[], width: number): Cell[] {
  const rows: Cell[][] = [];
  for (let k = 0; k < cells.length; k += width) rows.push(cells.slice(k, k + width));
  return rows[0].map((cell, c) => {
    const parts = rows.map((row, r) => {
      if (row[c].text !== '' || r === rows.length - 1 || rows[r + 1][c].text === '') return row[c].text;
      let left = c - 1;
      while (left >= 0 && row[left].text === '' && rows[r + 1][left].text !== '') left--;
      return left >= 0 && row[left].text !== '' && rows[r + 1][left].text !== '' ? row[left].text : '';
    });
    return { ...cell, text: parts.filter((t) => t !== '').join(' ') };
  });
}

/**
 * The cells from line `start` on: a tab opens a cell (a line may hold several, apart by tabs), a line without one
 * is a further paragraph of the cell before; an empty line is an empty paragraph, and a line of text after an
 * empty line is no cell's (the table has ended).
 */
function cellsFrom(lines: string[], start: number): Cell[] {
  const cells: Cell[] = [];
  let blank = false;
  for (let j = start; j < lines.length; j++) {
    const line = lines[j];
    if (line.startsWith('\t')) {
      for (const part of line.slice(1).split('\t')) cells.push({ text: part.trim(), at: j, last: j });
      blank = false;
    } else if (line.trim() === '') blank = true;
    else if (blank || cells.length === 0) break;
    else {
      const cell = cells[cells.length - 1];
      // A paragraph after one ending on a figure or a stop, or one opening with a figure, a date or a dash, is an item.
      const item = /[\d.;:]$/u.test(cell.text) || /^(?:\d|[-–—•·])/u.test(line.trim());
      cell.text = cell.text === '' ? line.trim() : `${cell.text}${item ? ';' : ''} ${line.trim()}`.replace(/[.;]; /u, '; ');
      cell.last = j;
    }
  }
  return cells;
}
