import { COUNT_SOURCE as N, parseCount } from '../parseCount.ts';
import { withoutPictographs } from '../grammar/withoutPictographs.ts';
import { tidy } from '../toLines.ts';
import type { AgendaItem, ExtractIssue, ProtocolVote } from '../types.ts';
import { declaredIn } from './declaredIn.ts';
import { MARKS } from './guestMark.ts';
import { UNANIMOUS, type VoteCategory } from './lexicon.ts';
import { mergedSpans, NO_COLUMN, splitCells } from './readAttendanceTable.ts';
import { re } from './re.ts';
import { regroupCellTable, type HeaderTest } from './regroupCellTable.ts';
import { tabBareCells } from './tabBareCells.ts';
import { respreadVoteTables } from './respreadVoteTable.ts';
import { wholeVoteLabel } from './wholeVoteLabel.ts';
import { QUESTION_CELL } from './spreadQuestionTable.ts';

/**
 * A header row of vote labels ("Вопрос | За | Против | Воздержались | Итог"), whole: the cell after it is no label nor
 * the result's column ("Итог" after "Воздержались" is the header's too). No running-number column is required.
 */
const voteHeader: HeaderTest = (cells, next) => {
  if (questionsHeader(cells, next)) return {};
  const labels = new Set(cells.map(labelOf).filter((l) => l !== null));
  // A number is a row's cell, never the header's ("Итог | 1" when the rows do not divide evenly).
  if (labelOf(next) !== null || RESULT_LABEL.test(next) || TOTAL_LABEL.test(next) || cells.some((c) => /^\d/.test(c.trim()))) return null;
  return labels.has('for') && labels.size >= 2 ? {} : null;
};

/**
 * The header of a table turned on its side, a column per question (held-out 186's Chkalovo protocol, a Word table: " |
 * Повестка дня | Вопрос 1 | … | Вопрос 4" over "«За» | 9 | 9 | 7 | 6 | 3", "«Против» | …", "Итог | повестка утверждена |
 * …"): after its corner cell (empty, or naming the rows), every cell a question's heading ("Вопрос 2", "2-мәселе", "Повестка
 * дня", "Күн тәртібі"), two or more, one of them numbered, and the row under it opens with a vote label. Read a cell a
 * line, such a table is regrouped by it (regroupCellTable) and read row by label (readByLabel).
 */
function questionsHeader(cells: string[], next: string): boolean {
  const columns = cells.slice(1).map((c) => tidy(c));
  return columns.length >= 2 && labelOf(next) !== null && !/^\d/u.test(cells[0].trim()) && labelOf(cells[0]) === null
    && columns.every((c) => QUESTION_CELL.test(c) || QUESTION_COLUMN.test(c)) && columns.some((c) => QUESTION_CELL.test(c));
}

/** A vote with the lines it spans: those lines are no other vote. */
export type LocatedVote = ProtocolVote & { start: number; end: number };

/**
 * The column (or row) of the declared result: "Нәтижесі", "Результат", "Решение", "Итог", "Шешім". Not "Итого": the sum of
 * the counts ("Вопрос | За | Против | Воздержались | Итого | Решение" over "1 | 12 | 0 | 0 | 12 | принято единогласно", set
 * 195's written poll) — the result is the column after it.
 */
const RESULT_LABEL = re('^(?:результат|итог(?!о)|решени|нәтиже|шешім|қорытынды)', 'iu');
/** The column of the counts' sum: "Итого", "Всего", "Барлығы", "Жиыны" (a header's cell, no label of a vote). */
const TOTAL_LABEL = re('^(?:итого|всего|барлығы|жиыны|жалпы)(?![\\p{L}])', 'iu');
/** "|---|:---:|", "+----+": a rule between a table's rows. */
const RULE = /^[\s|:+=\-–—]+$/u;
const DASH = /^[-–—]$/u;
/** A result cell saying the question was not voted on. */
const NOT_VOTED = re(`голосовани[ея]\\s+не\\s+(?:проводил|провод|было)|не\\s+(?:голосовал|ставил[\\p{L}]*\\s+на\\s+голосование)|на\\s+голосование\\s+не\\s+(?:ставил|выносил)|без\\s+(?:(?:отдельн|дополнительн|повторн|какого-либо)[\\p{L}]*\\s+)?голосования|дауыс\\s+(?:беру\\s+)?(?:өткізілмеді|жүргізілмеді|өткізілген\\s+жоқ|берілмеді|беруге\\s+қойылмады|болмады)|дауыс\\s+берусіз`);
/** A count cell: "17", "17 (семнадцать)", "5 чел.", "нет", "жоқ". */
const COUNT_CELL = re(`^(${N})(?:\\s*\\((${N})\\))?\\s*(?:чел\\.?|человек[\\p{L}]*|голос[\\p{L}]*|дауыс|адам)?\\.?$`, 'iu');
/** A count with a part of it in brackets: "13 (оның ішінде жазбаша – 3)", "9 (в т.ч. письменно – 2)", "7 (из них онлайн 1)". */
const PART_NOTED = re(`^(${N})\\s*\\(\\s*(?:(?:оның|соның)\\s+ішінде|в\\s*т\\.\\s*ч\\.|в\\s+том\\s+числе|из\\s+них)[\\s,:]+(?:[^()\\d]{0,40}?[\\s:\\-–—]+)?(${N})(?:\\s*[^()\\d]{0,40})?\\)$`, 'iu');
const CATEGORIES = ['for', 'against', 'abstain'] as const;
/** "3 4", "11 0 1": counts a space apart in one cell, columns that ran together. */
const COUNTS_RUN_TOGETHER = /^\d{1,3}(?:\s+\d{1,3})+$/u;

/** The vote label a whole cell is ("За", "«против»", "Жақтап", "Қалыс қалғандар", "Воздержались (чел.)"), or null. */
// (A messenger's emoji beside the label, "Жақтап 👍", "Қалыс 🤷", is no word of it: withoutPictographs.)
export function labelOf(cell: string): VoteCategory | null {
  const text = withoutPictographs(cell).replace(/\([^)]*\)/g, ' ').replace(/[?:.]+\s*$/, '').trim();
  if (text === '') return null;
  const label = wholeVoteLabel(text);
  if (label) return label;
  // "«жақтап»", "«қарсы»": a label a header cell quotes, as "«за»" is.
  const bare = text.replace(/^[«"“„]\s*|\s*[»"”“]$/gu, '');
  if (bare !== text && wholeVoteLabel(bare)) return wholeVoteLabel(bare);
  // "«возд.»", "возд.": cut short in a narrow header cell, still the abstentions' column (the cell holds nothing else).
  if (/^[«"“„]?\s*возд\.?\s*[»"”“]?$/iu.test(cell.trim())) return 'abstain';
  // "жақ", "жақ.": "жақтап" cut short the same way, in a narrow column over marks (set 190: "жақ | қарсы | қалыс").
  if (/^[«"“„]?\s*жа[қк]\.?\s*[»"”“]?$/iu.test(cell.trim())) return 'for';
  // A bilingual header's cell, "Жақтап / За", "Қарсы / Пр.": the label of its halves, when no half names another.
  const halves = text.split(/\s*\/\s*/u);
  if (halves.length === 2) {
    const labels = new Set(halves.map(labelOf).filter((l) => l !== null));
    if (labels.size === 1) return [...labels][0];
  }
  return null;
}

interface CellCount {
  value: number | null;
  unanimous: boolean;
  /** Why the cell was not read as a count. */
  doubt?: string;
}

/** "единогласно", "бірауыздан / единогласно" (the word in both languages, one cell): a cell saying all voted for. */
const UNANIMOUS_CELL = re(`^${UNANIMOUS}(?:\\s*/\\s*${UNANIMOUS})?\\.?$`);

/**
 * A footnote's mark glued to a count ("1[2]", a .docx's footnote reference as mammoth and Word's text export write it, set
 * 197: the abstention's note names who abstained; "1*", "3¹") is no digit of it: the cell's count is the number before it.
 */
const NOTE_MARK_AFTER_COUNT = new RegExp(`(?<=\\d)(?:${MARKS})$`, 'u');

/** A cell of counts: a number (in digits or words, perhaps repeated in brackets), a dash or "нет" for none, "единогласно". */
export function countOf(cell: string): CellCount {
  const text = tidy(cell).replace(NOTE_MARK_AFTER_COUNT, '');
  if (text === '') return { value: null, unanimous: false };
  if (DASH.test(text)) return { value: 0, unanimous: false };
  if (UNANIMOUS_CELL.test(text)) return { value: null, unanimous: true };
  // "бірауыздан (14)", "единогласно – 12": the word, and how many voted so, in the same cell.
  const counted = re(`^${UNANIMOUS}\\s*(?:\\((\\d{1,3})\\)|[-–—:]\\s*(\\d{1,3}))\\.?$`).exec(text);
  if (counted) return { value: Number(counted[1] ?? counted[2]), unanimous: true };
  // "13 (оның ішінде жазбаша – 3)", "9 (в т.ч. письменно – 2)": the count with the part of it cast otherwise (written votes of
  // members absent from the sitting, set 195) — the count is the whole; the part is none of its own.
  const part = PART_NOTED.exec(text);
  if (part) {
    const [whole, of] = [parseCount(part[1]), parseCount(part[2])];
    return whole !== null && of !== null && of <= whole ? { value: whole, unanimous: false } : { value: null, unanimous: false, doubt: `"${text}" gives a part larger than its whole` };
  }
  const m = COUNT_CELL.exec(text);
  if (!m) return { value: null, unanimous: false, doubt: `"${text}" is no count` };
  const value = parseCount(m[1]);
  if (m[2] !== undefined && parseCount(m[2]) !== value) return { value: null, unanimous: false, doubt: `"${text}" gives two counts` };
  return { value, unanimous: false };
}

/**
 * Votes told in a table (" | " or tabs), in either shape: a row per question under a header of vote labels
 * ("| Мәселе | Жақтап | Қарсы | Қалыс | Нәтижесі |", "№ | За | Против | Воздержались | Решение"), or a row per label with a
 * column per question ("| За | 17 | 8 |" / "| Против | 2 | 9 |" …, a "Решение" row under them). The result of each vote is
 * its own cell (a one-vote table's may stand in the sentence below it: readVotes reads it). A cell that is no count is
 * left null, with an issue. Returns each table's votes and every line the tables take.
 */
export function readVoteTables(given: string[], issues: ExtractIssue[]): { tables: TableRead[]; taken: Set<number> } {
  // Cells a space apart (a PDF of narrow columns) are cells again; the lines keep their numbers.
  const text = respreadVoteTables(given);
  // A table laid out a cell a line (a .docx, Word's text export; a PDF viewer's copy, its cells bare) is read row by row,
  // told at the lines of the text.
  const bare = tabBareCells(text, voteHeader);
  const regrouped = regroupCellTable(bare.lines, voteHeader, true);
  const lines = regrouped.lines;
  const numbers = regrouped.numbers.map((n) => bare.numbers[n - 1]);
  if (numbers.some((n, k) => n !== k + 1)) {
    const found: ExtractIssue[] = [];
    const read = readVoteTables(lines, found);
    // The text's line (0-based) of a regrouped line, and the last line of the cells its row took.
    const at = (k: number) => numbers[k] - 1;
    const lastOf = (k: number) => (k + 1 < numbers.length ? numbers[k + 1] - 2 : text.length - 1);
    for (const t of read.tables) {
      for (const v of t.votes) [v.start, v.end, v.line] = [at(v.start), lastOf(v.end), at(v.start) + 1];
      t.end = lastOf(t.end);
      if (t.header !== undefined) t.header = at(t.header);
      for (const item of t.items ?? []) item.line = at(item.line - 1) + 1;
    }
    for (const x of found) issues.push({ ...x, line: numbers[x.line - 1] ?? x.line });
    const taken = new Set<number>();
    for (const k of read.taken) for (let n = at(k); n <= lastOf(k); n++) taken.add(n);
    return { tables: read.tables, taken };
  }
  const tables: TableRead[] = [];
  const taken = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const cells = splitCells(lines[i]);
    if (!cells) continue;
    // A header over two rows ("Голосовали (чел.)" over "«за» | «против» | «возд.»", "Решение" beside): read as one.
    const two = twoRowHeader(cells, splitCells(lines[i + 1] ?? ''), mergedSpans(lines[i], lines[i + 1] ?? ''));
    const read = (two ? readByQuestion(lines, i + 1, two, issues) : null) ?? readByQuestion(lines, i, cells, issues) ?? readByLabel(lines, i, issues);
    if (!read) continue;
    if (read.header !== undefined) read.header = i;
    for (let k = i; k <= read.end; k++) taken.add(k);
    tables.push(read);
    i = read.end;
  }
  return { tables, taken };
}

/**
 * A header whose vote labels are in its second row, the first naming the other columns ("Вопрос | Предмет | Голосовали
 * (чел.) | | | Решение" / " | | «за» | «против» | «возд.» |"): each column named by the lower cell, or the upper where the
 * lower is empty. Null unless the upper row has no label of "for", the lower one has it and another, and neither a number.
 */
function twoRowHeader(top: string[], below: string[] | null, spans: string[] | null = null): string[] | null {
  if (!below || top.some((c) => labelOf(c) === 'for') || [...top, ...below].some((c) => /^\d/.test(c.trim()))) return null;
  const labels = new Set(below.map(labelOf).filter((l) => l !== null));
  if (!labels.has('for') || labels.size < 2) return null;
  // "Мәселе | Дауыстар | Шешім" over "| жақтап | қарсы | қалыс |": drawn with pipes, the upper cell spanning the labels and
  // the result's column beside it — the columns by where each cell stands, so "Шешім" keeps its own column after the counts.
  if (spans && spans.length > Math.max(top.length, below.length) - 1 && spans.some((c) => labelOf(c) === 'for')) return spans;
  return Array.from({ length: Math.max(top.length, below.length) }, (_, k) => ((below[k] ?? '') !== '' ? below[k] : top[k] ?? ''));
}

export interface TableRead {
  votes: LocatedVote[];
  /** The table's last line. */
  end: number;
  /** The line of its header (a table of a row per question). */
  header?: number;
  /** A table of a row per label and a column per question: its votes are the questions' in order, the first column question 1. */
  columns?: true;
  /**
   * The questions of a table of a row per question that names them ("№ п/п | Рассматриваемый вопрос | … | за | против |
   * возд. | Результат"): each row's number and question, when the numbers run 1, 2, 3… — an agenda given only as the vote
   * table's column (readAgenda takes it under the agenda's heading).
   */
  items?: AgendaItem[];
}

/**
 * The column naming each row's question: "Вопрос", "Рассматриваемый вопрос", "Вопрос повестки дня", "Наименование
 * вопроса", "Повестка дня", "Мәселе", "Қаралған мәселе", "Күн тәртібіндегі мәселе", "Күн тәртібі".
 */
export const QUESTION_COLUMN = re('^(?:(?:рассматриваем|рассмотренн|наименовани)[\\p{L}]*\\s+)?(?:вопрос[\\p{L}]*(?:\\s+повестки(?:\\s+дня)?)?|повестк[\\p{L}]*(?:\\s+дня)?)$|^(?:(?:қаралған|қаралатын)\\s+|күн\\s+тәртібіндегі\\s+)?мәселе(?:лер|сі)?$|^күн\\s+тәртібі$', 'iu');

/** The questions of a table's rows as agenda items, or undefined unless each row names one and they are numbered 1, 2, 3…. */
function itemsOf(rows: { no: string; title: string; line: number }[]): AgendaItem[] | undefined {
  const ok = rows.length > 0 && rows.every((r, k) => /^\d{1,2}\.?$/.test(r.no) && parseInt(r.no, 10) === k + 1 && tidy(r.title) !== '');
  return ok ? rows.map((r) => ({ no: parseInt(r.no, 10), title: tidy(r.title), line: r.line + 1 })) : undefined;
}

/** The rows of a table from line i on: each row's cells and line; a rule row is passed over, one blank line between rows kept. */
function rowsFrom(lines: string[], i: number): { cells: string[]; line: number }[] {
  const rows: { cells: string[]; line: number }[] = [];
  for (let j = i; j < lines.length; j++) {
    // (A blank line before a rule the rows follow is kept too: a header's wrapped label read on the header's line left its own
    // line blank.)
    const ruleThenRow = RULE.test(lines[j + 1] ?? '') && (lines[j + 1] ?? '').trim() !== '' && splitCells(lines[j + 2] ?? '') !== null;
    if (lines[j].trim() === '' && (splitCells(lines[j + 1] ?? '') || ruleThenRow)) continue;
    if (RULE.test(lines[j]) && lines[j].trim() !== '') {
      rows.push({ cells: [], line: j });
      continue;
    }
    const cells = splitCells(lines[j]) ?? (rows.length > 0 ? firstCellOnly(lines[j]) : null);
    const opened = cells || rows.length === 0 ? null : cellOpenedAbove(lines[j], splitCells(lines[j + 1] ?? ''), rows[rows.length - 1].cells);
    if (opened) {
      rows.push({ cells: opened, line: j + 1 });
      j++;
      continue;
    }
    if (!cells) break;
    rows.push({ cells, line: j });
  }
  return rows;
}

/**
 * A row's first cell begun on a line of its own, no border on it, the row going on below ("Смагулов Е.М. ұсынысы /" over
 * "предложение Смагулова Е.М.| 4 | 6 | 0 | …", set 181: a typed table whose question outgrew its column): the row, its
 * first cell whole. Only when the row below has as many cells as the row above (the same table goes on) and the line is
 * short and no sentence of its own (no stop, colon or semicolon ends it but an initial's: "… Е.М."); null otherwise.
 */
function cellOpenedAbove(line: string, below: string[] | null, above: string[]): string[] | null {
  const text = tidy(line);
  if (!below || below.length !== above.length || below.length < 3 || text === '' || text.length > 60 || /[|\t]/u.test(line)) return null;
  if (/[.!?:;]$/u.test(text) && !/(?<![\p{L}])\p{Lu}\.$/u.test(text)) return null;
  return [`${text} ${below[0]}`.trim(), ...below.slice(1)];
}

/**
 * "ұсынысы)                        |        |       |             |": a row of a table with its first cell alone filled —
 * a cell wrapped onto the table's next line (splitCells takes it for no row: it has one cell); null for any other line.
 */
function firstCellOnly(line: string): string[] | null {
  if (!/[|\t]/u.test(line)) return null;
  const cells = line.replace(/^\s*\|/u, '').split(/[|\t]/u).map((c) => tidy(c));
  return cells[0] !== '' && cells.slice(1).every((c) => c === '') && cells.length >= 2 ? [cells[0]] : null;
}

function vote(line: number, text: string, counts: CellCount[], result: string): LocatedVote {
  const [f, a, b] = counts;
  return {
    start: line, end: line, line: line + 1, for: f.value, against: a.value, abstain: b.value,
    unanimous: counts.some((c) => c.unanimous) || re(UNANIMOUS).test(result), declared: declaredIn(result), text: tidy(text).slice(0, 300),
  };
}

const NONE: CellCount = { value: null, unanimous: false };

/** A header naming the vote labels as columns, a row per question under it. */
function readByQuestion(lines: string[], i: number, header: string[], issues: ExtractIssue[]): TableRead | null {
  const column = new Map<VoteCategory, number>();
  header.forEach((c, k) => {
    const label = labelOf(c);
    if (label && !column.has(label)) column.set(label, k);
  });
  if (!column.has('for') || column.size < 2) return null;
  const resultAt = header.findIndex((c) => RESULT_LABEL.test(c) && labelOf(c) === null);
  const questionAt = header.findIndex((c) => QUESTION_COLUMN.test(c.trim()));
  const noAt = header.findIndex((c) => NO_COLUMN.test(c.trim()));
  /** Each vote's row: its number and question (the question wrapped onto a row below read with it). */
  const questions: { no: string; title: string; line: number }[] = [];
  const votes: LocatedVote[] = [];
  // The result cell read for each vote, so a wrapped row adds to it.
  const results = new Map<LocatedVote, string>();
  const rows = rowsFrom(lines, i + 1);
  let end = i;
  /** How many cells the row above had when one of them stood across the counts. */
  let spannedWidth: number | null = null;
  for (const row of rows) {
    if (row.cells.length === 0) {
      end = row.line;
      continue;
    }
    // A row of more cells than the header, its last the result under the header's last ("1 | Ауыз су туралы | 9 | 1 | 0 |
    // кабылданды" under "Маселе | Жактады | Карсы | Калыс калды | Шешім": a № column the header has not, a title broken
    // by a tab): the counts and the result read from the right, each under its label.
    // "3-мәселе | бірауыздан | қабылданды", "Вопрос 3 | — | снят с голосования": one cell merged across the counts.
    const spanned = spreadSpanned(row.cells, header, column);
    const width = row.cells.length;
    if (spanned) row.cells = spanned.cells;
    // The spanned row's cells wrapped onto the next line, laid out as it is ("Күн тәртібі / | Бірауыздан / Единогласно |
    // қабылданды /" over "Повестка |  | принято"): spread the same way, so its words go on the row's question and result.
    else if (spannedWidth === width && width < header.length) row.cells = spreadAs(row.cells, column);
    spannedWidth = spanned ? width : null;
    const shift = shiftedRight(header, row.cells, resultAt, column);
    const cellAt = (k: number | undefined) => (k === undefined || k < 0 ? '' : row.cells[k >= shift.from ? k + shift.by : k] ?? '');
    const countCells = CATEGORIES.map((c) => cellAt(column.get(c)));
    const last = votes[votes.length - 1];
    // "| | | | | қабылданды |": the first cell and the counts empty, the row goes on the one above (a cell wrapped).
    // "2-мәселе (Оразғалиев Д.Е. | 3 | 7 | 1 | қабылданбады" / "ұсынысы) | | | |": the question's words alone, nothing else
    // in the row — the question wrapped onto the next line, no vote.
    const questionOnly = !spanned && row.cells.slice(1).every((c) => c.trim() === '') && noAt !== 0;
    // A bilingual result cut after its slash ("қабылданды /" over "принято"): the row under it, with no count, goes on it.
    const cutAtSlash = last !== undefined && /\/\s*$/u.test(results.get(last) ?? '');
    if (last && (row.cells[0] === '' || questionOnly || cutAtSlash) && countCells.every((c) => c === '')) {
      const wrapped = `${results.get(last) ?? ''} ${cellAt(resultAt)}`.trim();
      last.declared = declaredIn(wrapped);
      last.unanimous ||= re(UNANIMOUS).test(wrapped);
      last.text = tidy(`${last.text} ${lines[row.line]}`).slice(0, 300);
      last.end = end = row.line;
      results.set(last, wrapped);
      const q = questions[questions.length - 1];
      if (q) q.title = `${q.title} ${cellAt(questionAt)}`;
      continue;
    }
    const result = cellAt(resultAt);
    // "Вопрос 3 (Разное) | — | — | — | голосование не проводилось": a question not put to the vote is no vote — its dashes
    // are no zeros, and the rows below stay on their own questions.
    if (NOT_VOTED.test(result) && countCells.every((c) => c === '' || DASH.test(c))) {
      end = row.line;
      continue;
    }
    // A dash across the counts says no count: none is read, and whether all were for is not known. Two counts a space apart
    // in one cell ("3 ⇥ 3 4 ⇥ 1 ⇥ не принято" under "Вопрос ⇥ За Против Воздержались Решение", a PDF's narrow columns run
    // together, set 184) put the row's other cells under the wrong labels: none of its counts is taken (the 1 is no
    // "против").
    const runTogether = countCells.some((c) => COUNTS_RUN_TOGETHER.test(c.trim()));
    if (runTogether) issues.push({ line: row.line + 1, message: 'vote: counts run together in one cell of the table; no count of the row taken' });
    const counts = spanned?.dash || runTogether ? countCells.map(() => NONE) : countCells.map((c) => countOf(c));
    const v = vote(row.line, lines[row.line], counts, result);
    if (spanned?.dash) {
      // Its place among the votes kept, so that the rows below stay on their questions.
      v.unanimous = null;
      issues.push({ line: row.line + 1, message: 'vote: a dash across the count cells of the table; no count taken' });
      results.set(v, result);
      votes.push(v);
      questions.push({ no: cellAt(noAt), title: cellAt(questionAt), line: row.line });
      end = row.line;
      continue;
    }
    // A row with no count and no result is no vote: past the votes, another table has begun.
    if (v.for === null && v.against === null && v.abstain === null && !v.unanimous && v.declared === null) {
      if (votes.length > 0) break;
      continue;
    }
    for (const c of counts) if (c.doubt) issues.push({ line: row.line + 1, message: `vote: ${c.doubt} in the table; not taken` });
    // An empty cell among counts is a count not written, not 0.
    CATEGORIES.forEach((c, k) => {
      if (column.has(c) && countCells[k] === '' && !v.unanimous) issues.push({ line: row.line + 1, message: `vote: no count under "${header[column.get(c)!]}" in the table; not taken` });
    });
    results.set(v, result);
    votes.push(v);
    questions.push({ no: cellAt(noAt), title: cellAt(questionAt), line: row.line });
    end = row.line;
  }
  if (votes.length === 0) return null;
  const items = questionAt >= 0 && noAt >= 0 ? itemsOf(questions) : undefined;
  return { votes, end, header: i, ...(items ? { items } : {}) };
}

/**
 * A row whose one cell stands across the count columns ("3-мәселе | бірауыздан | қабылданды" under "Мәселе | Жақтады |
 * Қарсы | Қалыс | Шешім"; a merged cell of a Word table, a word written across a fixed-width table's counts): laid out
 * under the header, the word in the first count column, the others empty, the cells after it under the columns after
 * the counts. Only when the word is the word for all or a dash and the cells after it are no more than the header's columns
 * after the counts (a row's empty cells at its end are not written); null otherwise.
 */
function spreadSpanned(cells: string[], header: string[], column: Map<VoteCategory, number>): { cells: string[]; dash: boolean } | null {
  const first = Math.min(...column.values());
  const last = Math.max(...column.values());
  if (last === first || cells.length >= header.length || cells.length - first - 1 > header.length - last - 1) return null;
  const word = tidy(cells[first] ?? '');
  const dash = DASH.test(word);
  if (!dash && !UNANIMOUS_CELL.test(word)) return null;
  return { cells: [...cells.slice(0, first), dash ? '' : word, ...Array<string>(last - first).fill(''), ...cells.slice(first + 1)], dash };
}

/** A row's cells laid out as a spanned row's: its cell at the first count column across the counts, the cells after it after them. */
function spreadAs(cells: string[], column: Map<VoteCategory, number>): string[] {
  const first = Math.min(...column.values());
  const last = Math.max(...column.values());
  return [...cells.slice(0, first), cells[first] ?? '', ...Array<string>(last - first).fill(''), ...cells.slice(first + 1)];
}

/**
 * How far a row's counts stand right of their labels: by the cells the row has more than the header, from its first count
 * column on, when the header ends with its result column and the row with a result ("кабылданды", "принято",
 * "единогласно"). A row with a cell too many elsewhere (a note after the result) is read as it stands.
 */
function shiftedRight(header: string[], cells: string[], resultAt: number, column: Map<VoteCategory, number>): { from: number; by: number } {
  const by = cells.length - header.length;
  const from = Math.min(...column.values());
  const last = cells[cells.length - 1] ?? '';
  if (by <= 0 || resultAt !== header.length - 1 || resultAt < from) return { from: Infinity, by: 0 };
  if (declaredIn(last) === null && !re(UNANIMOUS).test(last)) return { from: Infinity, by: 0 };
  return { from, by };
}

/** A row per vote label ("| За | 17 | 8 |"), a column per question; a result row ("| Решение | принято | отклонено |") may follow. */
function readByLabel(lines: string[], i: number, issues: ExtractIssue[]): TableRead | null {
  const byLabel = new Map<VoteCategory, string[]>();
  let resultRow: string[] | null = null;
  let first = -1;
  let end = i;
  let width = -1;
  for (const row of rowsFrom(lines, i)) {
    if (row.cells.length === 0) continue;
    const [head, ...values] = row.cells;
    const label = labelOf(head);
    if (label && !byLabel.has(label) && values.length > 0 && (width < 0 || values.length === width)) {
      byLabel.set(label, values);
      width = values.length;
      if (first < 0) first = row.line;
      end = row.line;
      continue;
    }
    if (byLabel.size > 0 && RESULT_LABEL.test(head) && labelOf(head) === null) {
      resultRow = values;
      end = row.line;
    }
    // A header row above the labels ("| | Вопрос 1 | Вопрос 2 |") belongs to the table; anything else after them ends it.
    if (byLabel.size > 0) break;
  }
  if (!byLabel.has('for') || byLabel.size < 2) return null;
  const votes: LocatedVote[] = [];
  for (let k = 0; k < width; k++) {
    const counts = CATEGORIES.map((c) => {
      const cell = byLabel.get(c)?.[k];
      return cell === undefined ? NONE : countOf(cell);
    });
    for (const c of counts) if (c.doubt) issues.push({ line: first + 1, message: `vote: ${c.doubt} in the table; not taken` });
    CATEGORIES.forEach((c, j) => {
      if (byLabel.get(c)?.[k] === '' && !counts.some((x) => x.unanimous)) issues.push({ line: first + 1, message: `vote: no count for "${c}" in column ${k + 1} of the table; not taken` });
    });
    const v = vote(first, CATEGORIES.map((c) => `${c}: ${byLabel.get(c)?.[k] ?? ''}`).join(', '), counts, resultRow?.[k] ?? '');
    if (v.for === null && v.against === null && v.abstain === null && !v.unanimous) continue;
    v.end = end;
    votes.push(v);
  }
  return votes.length > 0 ? { votes, end, columns: true } : null;
}
