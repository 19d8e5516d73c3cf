import { UNANIMOUS, type VoteCategory } from './lexicon.ts';
import { re } from './re.ts';
import { splitCells } from './readAttendanceTable.ts';
import { holdsVoteLabel, wholeVoteLabel } from './wholeVoteLabel.ts';

/** The column of the declared result: "Решение", "Итог", "Результат", "Шешім", "Нәтижесі". */
const RESULT_WORDS = re('^(?:результат|итог|решени|нәтиже|шешім|қорытынды)[\\p{L}]*$');
/** A count in a row of counts: digits, a dash or "нет"/"жоқ" for none. */
const COUNT_WORD = /^(?:\d{1,3}|[-–—]|нет|жоқ)$/iu;
/** The running number of a row (the agenda item): "1", "2.", "3)", "1-мәселе", "2-вопрос". */
// (An outline's number too, "2.1.", "3.2)": the points of one decision voted a row each, set 166.)
const ROW_NO = /^\d{1,2}(?:\.\d{1,2})*(?:[.)]|\s*-\s*(?:мәселе|сұрақ|вопрос)\p{L}*)?$/iu;

/** The vote label that words are, whole ("За", "Против", "Воздержались", "Қалыс қалғандар"), or null. */
function labelOfWords(words: string): VoteCategory | null {
  const text = words.replace(/[:.]+$/u, '');
  // "Возд.": cut short in a narrow header, still the abstentions' column.
  return wholeVoteLabel(text) ?? (/^возд$/iu.test(text) ? 'abstain' : null);
}

/**
 * How many words after a label at `from` are its other language's half: a slash, then a label of the same column ("Жақтап
 * / За", "Қалыс / Воздерж.", "Против / Қарсы") — 0 when none follows (a label of another column after the slash is none).
 */
function translationAfter(words: string[], from: number, category: VoteCategory): number {
  if (words[from] !== '/') return 0;
  for (let n = Math.min(3, words.length - from - 1); n >= 1; n--) {
    if (labelOfWords(words.slice(from + 1, from + 1 + n).join(' ')) === category) return n + 1;
  }
  return 0;
}

interface SpreadHeader {
  /** The header's cells: the question's column (if any), the labels, the result's column (if any). */
  cells: string[];
  lead: boolean;
  labels: number;
  result: boolean;
}

/**
 * "Вопрос повестки За Против Воздержались Решение": a vote table's header whose cells stand a space apart (a PDF of
 * narrow columns, a secretary's spaces for tabs). The labels follow each other; words before them name the question's
 * column, one word after them is the result's. Null when the line is not such a header.
 */
function spreadHeader(line: string): SpreadHeader | null {
  const words = line.replace(/\t/g, ' ').trim().split(/\s+/u);
  if (words.length < 2 || words.length > 12 || !holdsVoteLabel(words.join(' '))) return null;
  const labels: { start: number; end: number; category: VoteCategory }[] = [];
  for (let i = 0; i < words.length;) {
    let found = 0;
    // The longest span of words that is a label ("Қалыс қалғандар" before "Қалыс").
    for (let n = Math.min(3, words.length - i); n >= 1 && found === 0; n--) {
      const category = labelOfWords(words.slice(i, i + n).join(' '));
      if (category && (labels.length === 0 || labels.at(-1)!.end === i)) {
        // "Жақтап / За Қарсы / Против …": a bilingual header's label, the other language's word after a slash, is one cell.
        const other = translationAfter(words, i + n, category);
        labels.push({ start: i, end: i + n + other, category });
        found = n + other;
      }
    }
    if (found === 0 && labels.length > 0) break;
    i += found || 1;
  }
  const categories = new Set(labels.map((l) => l.category));
  if (!categories.has('for') || categories.size < 2 || categories.size !== labels.length) return null;
  const lead = words.slice(0, labels[0].start);
  const rest = words.slice(labels.at(-1)!.end);
  // The result's column in one language or in both ("Нәтиже / Итог").
  const result = rest.length === 1 ? RESULT_WORDS.test(rest[0]) : rest.length === 3 && rest[1] === '/' && RESULT_WORDS.test(rest[0]) && RESULT_WORDS.test(rest[2]);
  if (lead.length > 4 || (rest.length > 0 && !result)) return null;
  if (lead.some((w) => /\d/u.test(w))) return null;
  const cells = [...(lead.length > 0 ? [lead.join(' ')] : []), ...labels.map((l) => words.slice(l.start, l.end).join(' ')), ...(result ? [rest.join(' ')] : [])];
  return { cells, lead: lead.length > 0, labels: labels.length, result };
}

/** A row of the table, its cells read by the header's shape; null when its words do not fit it exactly. */
function spreadRow(line: string, header: SpreadHeader): string[] | null {
  const words = line.replace(/\t/g, ' ').trim().split(/\s+/u);
  const cells: string[] = [];
  let i = 0;
  if (header.lead) {
    if (!ROW_NO.test(words[0] ?? '')) return null;
    cells.push(words[i++]);
  }
  for (let k = 0; k < header.labels; k++, i++) {
    if (!COUNT_WORD.test(words[i] ?? '')) return null;
    cells.push(words[i]);
  }
  const result = words.slice(i);
  // The result is words ("принято", "не принято", "қабылданды"), never another count; a longer one only as the row's last
  // cell after a tab ("қабылданбады; әкімдікке … ұсынылсын"), never words run on from a paragraph.
  if (result.some((w) => /\d/u.test(w)) || (result.length > 0 && !header.result) || (result.length > 4 && !lastCellIs(line, result))) return null;
  if (result.length > 0) cells.push(result.join(' '));
  return cells;
}

/** The words are the whole last cell of a tab-separated row. */
function lastCellIs(line: string, words: string[]): boolean {
  const cells = line.split('\t');
  return cells.length >= 3 && cells.at(-1)!.trim().split(/\s+/u).join(' ') === words.join(' ');
}

/** A row's mark in a fixed-width table, the question's number perhaps with a letter: "1а)", "2)", "1.", "3 б)". */
const ROW_MARK = /^\d{1,2}(?:\.\d{1,2})*(?:\s?\p{Ll})?[.)]?(?=\s|$)/u;
/** Counts a single space apart in one cell: "17 0", "7 8 2". */
const COUNT_RUN = /^(?:\d{1,3}|[-–—])(?:\s(?:\d{1,3}|[-–—]))+$/u;
/** Counts after a label's words, a space apart: " 12 0", " – –". */
const TRAILING_COUNTS = /(?<=\p{L}|\.)(?:\s(?:\d{1,3}|[-–—])){2,}$/u;
/** A rule under the header or the rows of a fixed-width table: "-----", "=====". */
const RULE_LINE = /^\s*[-–—=_]{3,}\s*$/u;

/**
 * The question's cell of a fixed-width table's row that opens with no mark: words naming the question, "Күн тәртібі",
 * "1-мәселе", "2-мәселе: Жұмабаев С.Қ. ұсынысы", "Повестка дня", "Вопрос 2 (предложение Иванова И.И.)" — a letter in it, no
 * more than ten words, and not itself a count or the word for all.
 */
function questionCell(piece: string): boolean {
  return /\p{L}/u.test(piece) && piece.split(/\s+/u).length <= 10 && !COUNT_WORD.test(piece) && !SPANNING.test(piece);
}
/** "бірауыздан", "единогласно", a dash: one word written across the count cells of a row (a cell merged over them). */
const SPANNING = re(`^(?:${UNANIMOUS}|[-–—])\\.?$`);

/**
 * A row of a fixed-width table ("1а) Бөлек жиындарды өткізу қағидалары   12   0   1   қабылданды", "2-мәселе: Жұмабаев
 * С.Қ. ұсынысы   3   5   0   қабылданбады"): the question's cell is words (its name after the row's mark, or its name
 * alone), so the cells are told apart by two spaces or more, not one. The row must start with a mark or a question's
 * name and give exactly one count under each label — or one word across them all ("3-мәселе   бірауыздан   қабылданды",
 * a cell merged over the counts, given back as that one cell and the result: the table reader spreads it); null otherwise.
 */
function fixedRow(line: string, header: SpreadHeader): string[] | null {
  if (!header.lead) return null;
  const trimmed = line.replace(/\t/g, '  ').trim();
  const pieces = trimmed.split(/\s{2,}/u);
  if (!ROW_MARK.test(trimmed) && !questionCell(pieces[0])) return null;
  // "2)  Кеңестің жұмыс жоспары": the mark set apart from its question's name — not from the word across the counts ("1 ⇥
  // единогласно ⇥ принято", a cell merged over them in a PDF's table, set 184).
  if (pieces.length > 1 && ROW_MARK.test(pieces[0]) && pieces[0].replace(ROW_MARK, '').trim() === '' && !COUNT_WORD.test(pieces[1]) && !SPANNING.test(pieces[1])) {
    pieces.splice(0, 2, `${pieces[0]} ${pieces[1]}`);
  }
  // "17 0": the counts of narrow columns that came in one run (a LibreOffice PDF) are a count a column; so are counts run
  // onto the end of the label's cell ("ОС Жамбылского р-на 12 0").
  let counted = false;
  const cells = pieces.flatMap((p, k) => {
    if (k > 0 && COUNT_RUN.test(p)) return (counted = true), p.split(/\s+/u);
    const tail = counted ? null : TRAILING_COUNTS.exec(p);
    if (COUNT_WORD.test(p)) counted = true;
    return tail ? ((counted = true), [p.slice(0, tail.index), ...tail[0].trim().split(/\s+/u)]) : [p];
  });
  // "Повестка дня ⇥ ОС Байзакского р-на ⇥ 14 …": two cells of words before the counts (the question's and the council's, at
  // a joint sitting) are the row's label.
  const words = cells.findIndex((c) => COUNT_WORD.test(c));
  if (words === 2 && questionCell(cells[1])) cells.splice(0, 2, `${cells[0]} ${cells[1]}`);
  pieces.splice(0, pieces.length, ...cells);
  const result = (from: number) => pieces.slice(from);
  const resultOk = (words: string[]) => words.every((w) => !/\d/u.test(w) && w.split(/\s+/u).length <= 4) && (words.length === 0 || header.result);
  // "3-мәселе   бірауыздан   қабылданды": one word across the counts.
  if (header.labels > 1 && (pieces.length === 2 || pieces.length === 3) && SPANNING.test(pieces[1]) && resultOk(result(2))) return pieces;
  const want = 1 + header.labels;
  if (pieces.length !== want && !(header.result && pieces.length === want + 1)) return null;
  const counts = pieces.slice(1, want);
  if (!counts.every((c) => COUNT_WORD.test(c))) return null;
  if (!resultOk(result(want))) return null;
  return [pieces[0], ...counts, ...result(want)];
}

/**
 * A vote table whose cells came a space apart instead of a tab — "Вопрос повестки За Против Воздержались Решение" over
 * "1 ⇥ 11 0 ⇥ 1 ⇥ принято" (a LibreOffice PDF puts the text of narrow cells in one run) — laid out again a tab between
 * cells, so the table readers read it. Only rows whose words fit the header exactly (a row number if the header has the
 * question's column, one count under each label, the result in words) are laid out again; the first that does not
 * ends the table. Every other line is as it was; the lines keep their numbers.
 */
export function respreadVoteTables(lines: string[]): string[] {
  let out: string[] | null = respreadLabelRows(lines);
  lines = out ?? lines;
  for (let i = 0; i < lines.length; i++) {
    const header = spreadHeader(lines[i]);
    if (!header) continue;
    // A header already in cells (each label a cell of its own) needs nothing; "№ вопроса ⇥ Решение ⇥ За Против
    // Воздержались ⇥ Итог" has its labels in one.
    const given = splitCells(lines[i]) ?? [];
    if (header.cells.slice(header.lead ? 1 : 0, (header.lead ? 1 : 0) + header.labels).every((label) => given.some((c) => c.trim() === label))) continue;
    const rows: { at: number; cells: string[] }[] = [];
    for (let j = i + 1; j < lines.length; j++) {
      if (lines[j].trim() === '') {
        if (j + 1 < lines.length && lines[j + 1].trim() !== '') continue;
        break;
      }
      // A rule under the header or between the rows is passed over (the table readers pass over it too).
      if (RULE_LINE.test(lines[j])) continue;
      const cells = spreadRow(lines[j], header) ?? fixedRow(lines[j], header);
      if (!cells) break;
      rows.push({ at: j, cells });
    }
    if (rows.length === 0) continue;
    out ??= [...lines];
    out[i] = header.cells.join('\t');
    for (const row of rows) out[row.at] = row.cells.join('\t');
    i = rows.at(-1)!.at;
  }
  return out ?? lines;
}

/**
 * A row of a fixed-width table turned on its side, a vote label and a count under each question ("«ЗА»      13      16      6",
 * "«ПРОТИВ»   1       –       8", under "Вопрос 1   Вопрос 2   Вопрос 3"): the label's words, then counts two spaces apart
 * or more. Null when the line is not such a row (a sentence "за – 13, против – 1" has no gap of two spaces).
 */
function labelRow(line: string): string[] | null {
  const pieces = line.replace(/\t/g, '  ').trim().split(/\s{2,}/u);
  // "«ЗА»          – 15": a label, a dash, its count — one vote's line, the dash no column's count.
  if (pieces.length < 2 || labelOf(pieces[0]) === null || /^[-–—:]\s*\d/u.test(pieces[1])) return null;
  const counts = pieces.slice(1).flatMap((p) => (COUNT_RUN.test(p) ? p.split(/\s+/u) : [p]));
  return counts.every((c) => COUNT_WORD.test(c)) ? [pieces[0], ...counts] : null;
}

/** "«ЗА»", "Воздержался", "Жақтап": a whole vote label, quoted or not. */
function labelOf(cell: string): VoteCategory | null {
  return labelOfWords(cell.replace(/^[«"“„]\s*|\s*[»"”“]$/gu, ''));
}

/**
 * A vote table with a row per label and a column per question, its cells spaces apart (a written poll's results typed in
 * a fixed font): its rows laid out again a tab between cells, so the table reader reads a vote per column. Only a run of
 * two label rows or more, "за" among them, each with as many counts (two or more) (rules and blank lines between them passed over).
 */
function respreadLabelRows(lines: string[]): string[] | null {
  let out: string[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const first = labelRow(lines[i]);
    // One count a row ("За:            6" / "Против:        0") is a vote told a label a line, read as such; a table has a
    // column for each of two questions or more.
    if (!first || first.length < 3 || splitCells(lines[i]) !== null) continue;
    const rows = [{ at: i, cells: first }];
    for (let j = i + 1; j < lines.length; j++) {
      if (lines[j].trim() === '' || RULE_LINE.test(lines[j])) continue;
      const cells = labelRow(lines[j]);
      if (!cells || cells.length !== first.length) break;
      rows.push({ at: j, cells });
    }
    const labels = new Set(rows.map((r) => labelOf(r.cells[0])));
    if (rows.length >= 2 && labels.has('for') && labels.size === rows.length) {
      out ??= [...lines];
      for (const row of rows) out[row.at] = row.cells.join('\t');
    }
    i = rows.at(-1)!.at;
  }
  return out;
}
