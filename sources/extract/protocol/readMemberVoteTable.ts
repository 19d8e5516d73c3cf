import { tidy } from '../toLines.ts';
import type { ExtractIssue } from '../types.ts';
import { declaredIn } from './declaredIn.ts';
import { UNANIMOUS, type VoteCategory } from './lexicon.ts';
import { headerContinued, splitCells, startTable, TOTALS_WORD } from './readAttendanceTable.ts';
import { countOf, labelOf, type LocatedVote, type TableRead } from './readVoteTable.ts';
import { re } from './re.ts';
import { regroupCellTable, type HeaderTest } from './regroupCellTable.ts';
import { spreadQuestionTables } from './spreadQuestionTable.ts';
import { foldChoiceGrids } from './foldChoiceGrids.ts';
import { noVoteMarks, sameMark, voteMarkLegend } from './voteMarkLegend.ts';

/**
 * "Вопрос 1", "Вопрос № 2 (НПА)", "1-мәселе", "Мәселе 3", "2 вопрос", "1-сұрақ": a column of one question's votes; cut short
 * in a narrow column, "Вопр.1", "Вопр. 2" (set 190).
 */
const QUESTION_COLUMN = re('^\\s*(?:(?:вопрос|вопр\\.|мәселе|сұрақ)\\s*№?\\s*(\\d{1,2})|(\\d{1,2})\\s*-?\\s*(?:вопрос|мәселе|сұрақ))(?![\\p{L}\\d])');
/** "ИТОГО «за»", "Всего «против»", "Барлығы «жақтап»": a row of one choice's totals. */
const TOTALS = re(`${TOTALS_WORD}[\\s:]*(.+)$`);
/** "Барлығы", "Итого:": the totals row's word alone in its cell, the counts in the questions' cells. */
const TOTALS_ALONE = re(`${TOTALS_WORD}[\\s:]*()$`);
/** A member's choice in a question's cell: "за", "против", "возд.", "воздержался", "жақтады", "қарсы", "қалыс". */
const CHOICES: [VoteCategory, RegExp][] = [
  // ("жақ", cut short in a narrow column of a roll-call sheet typed in fixed width: held-out 186's Akbakai.)
  ['for', re('^[«"“]?\\s*(?:за|жақтады|жақтап|жақ|қолдады|қолдап|иә|да)\\s*[»"”]?\\.?$')],
  ['against', re('^[«"“]?\\s*(?:против|қарсы|карсы)\\s*[»"”]?\\.?$')],
  ['abstain', re('^[«"“]?\\s*(?:возд\\.?|воздерж\\.?|воздержал(?:ся|ась|ись)|қалыс(?:\\s+қалды)?|калыс(?:\\s+калды)?)\\s*[»"”]?$')],
];
/**
 * "жоқ" / "нет": "no" — against only in a table that answers "иә" / "да" (a yes-or-no roll call); elsewhere "жоқ" is
 * absence or none, no choice.
 */
const YES = re('^[«"“]?\\s*(?:иә|да)\\s*[»"”]?\\.?$');
const NO = re('^[«"“]?\\s*(?:жоқ|нет)\\s*[»"”]?\\.?$');
/** A cell of one who took no part in the vote: a dash (absent), "не голос. (вышел)", "дауыс бермеді". */
const NO_VOTE = re('^(?:[-–—]+|не\\s+голос[\\p{L}.]*.*|дауыс\\s+берме[\\p{L}]*.*|қатыспа[\\p{L}]*.*)$');
const CATEGORIES = ['for', 'against', 'abstain'] as const;

/** A vote of a member table, with the question its column is headed by. */
export type QuestionVote = LocatedVote & { question: number };

/**
 * One table of members with a column per question ("№ | Фамилия | Форма участия | Вопрос 1 | Вопрос 2"), each member's
 * choice in the question's cell ("за", "против", "возд.", "—"), and perhaps rows of totals ("ИТОГО «за» | | 15 | 16")
 * above or below the members. Each question column is a vote: its counts are the totals rows' when the table has them
 * (a roll call that disagrees with them is said), else those of the members' cells — only when every cell is a choice
 * or no vote; a cell not understood leaves that count unread, with an issue. The result of each question is not in the
 * table: see declareByQuestion. Returns the votes and every line the tables take.
 */
export function readMemberVoteTables(lines: string[], issues: ExtractIssue[]): { votes: QuestionVote[]; taken: Set<number> } {
  // A sheet laid out a cell a line (a .docx's Word table: "№" / "Кеңес мүшесі" / "1-мәселе" / … / "Барлығы" / "Нәтижесі")
  // is read row by row, told at the lines of the text.
  const regrouped = regroupCellTable(lines, memberVoteHeader);
  const numbers = regrouped.numbers;
  if (numbers.some((n, k) => n !== k + 1)) {
    const found: ExtractIssue[] = [];
    const read = readMemberVoteTables(regrouped.lines, found);
    const at = (k: number) => numbers[k] - 1;
    const lastOf = (k: number) => (k + 1 < numbers.length ? numbers[k + 1] - 2 : lines.length - 1);
    for (const v of read.votes) [v.start, v.end, v.line] = [at(v.start), lastOf(v.end), at(v.start) + 1];
    for (const x of found) issues.push({ ...x, line: numbers[x.line - 1] ?? x.line });
    const taken = new Set<number>();
    for (const k of read.taken) for (let n = at(k); n <= lastOf(k); n++) taken.add(n);
    return { votes: read.votes, taken };
  }
  const votes: QuestionVote[] = [];
  const taken = new Set<number>();
  // A PDF's table whose header and first columns lost their borders: cut into cells as a Word table's are.
  // A grid of a group of choice columns per question ("1-мәселе" over "Ж | Қ | Қл", a mark under one): a column per question.
  lines = spreadQuestionTables(foldChoiceGrids(lines));
  for (let i = 0; i < lines.length; i++) {
    const joined = headerContinued(lines[i], lines[i + 1] ?? '');
    const header = splitCells(joined ?? lines[i]);
    const table = header ? startTable(joined ?? lines[i]) : null;
    if (!header || !table) continue;
    const questions = header.map((c, k) => ({ k, m: QUESTION_COLUMN.exec(c) })).filter((x) => x.m !== null).map((x) => ({ k: x.k, no: Number(x.m![1] ?? x.m![2]) }));
    if (questions.length === 0) continue;
    const first = joined ? i + 2 : i + 1;
    const totals = new Map<VoteCategory, string[]>();
    // A totals row whose cells each hold a question's three counts ("Барлығы | иә – 9, қарсы – 0, қалыс – 1 | …"), and a
    // row of each question's result ("Нәтижесі | қабылданды | қабылданбады", "Итог | принято | не принято").
    let counted: (Record<VoteCategory, number | null> | null)[] | null = null;
    let results: string[] | null = null;
    const tally = questions.map(() => ({ for: 0, against: 0, abstain: 0, unread: [] as string[] }));
    let members = 0;
    let end = first - 1;
    // Does the table answer yes or no? Then "жоқ" / "нет" in a question's cell is "no", against.
    // "(«+» – за, «–» – против, «0» – воздержался)" just above the table: its cells' marks are those choices.
    const legend = legendAbove(lines, i);
    // "«×» – не голосовал (отсутствует)" in the same legend: a cell so marked is no vote (set 190).
    const noVote = noVoteAbove(lines, i);
    const yesNo = lines.slice(first).some((l) => (splitCells(l) ?? []).some((c, k) => questions.some((q) => q.k === k) && YES.test(tidy(c))));
    for (let j = first; j < lines.length; j++) {
      const cells = splitCells(lines[j]);
      if (!cells) {
        if (lines[j].trim() === '' && splitCells(lines[j + 1] ?? '')) continue;
        break;
      }
      end = j;
      const lead = cells.find((c) => c !== '') ?? '';
      const total = TOTALS.exec(lead) ?? TOTALS_ALONE.exec(lead);
      if (total) {
        const label = labelOf(total[1].replace(/\./g, ''));
        if (label && !totals.has(label)) totals.set(label, questions.map((q) => cells[q.k] ?? ''));
        else if (!label && total[1].trim() === '') counted ??= questions.map((q) => labelledCounts(cells[q.k] ?? ''));
        continue;
      }
      if (RESULT_ROW.test(lead) && (cells[table.cols.no ?? -1] ?? '') === '') {
        results ??= questions.map((q) => cells[q.k] ?? '');
        continue;
      }
      if ((cells[table.cols.name] ?? '') === '') continue;
      members++;
      questions.forEach((q, n) => {
        const cell = tidy(cells[q.k] ?? '');
        const marked = legend.get(sameMark(cell));
        const choice = marked ? [marked] : yesNo && NO.test(cell) ? (['against'] as const) : CHOICES.find(([, test]) => test.test(cell));
        if (choice) tally[n][choice[0]]++;
        else if (cell !== '' && !NO_VOTE.test(cell) && !noVote.has(sameMark(cell))) tally[n].unread.push(cell);
        else if (cell === '') tally[n].unread.push('an empty cell');
      });
    }
    if (members === 0) continue;
    for (let k = i; k <= end; k++) taken.add(k);
    questions.forEach((q, n) => {
      const t = tally[n];
      const own = counted?.[n] ?? null;
      const fromTotals = (totals.has('for') && totals.size >= 2) || own !== null;
      const counts = CATEGORIES.map((c) => (own ? own[c] : fromTotals ? (totals.has(c) ? countOf(totals.get(c)![n]).value : null) : t.unread.length === 0 ? t[c] : null));
      if (!fromTotals && t.unread.length > 0) issues.push({ line: i + 1, message: `vote: question ${q.no} of the members' table not counted: "${t.unread[0]}" is no choice` });
      if (fromTotals && t.unread.length === 0 && CATEGORIES.some((c, k) => counts[k] !== null && counts[k] !== t[c])) {
        issues.push({ line: i + 1, message: `vote: question ${q.no}: the members' cells count ${t.for}/${t.against}/${t.abstain}, the totals row otherwise; the totals taken` });
      }
      if (counts.every((c) => c === null)) return;
      const result = results?.[n] ?? '';
      const unanimous = re(UNANIMOUS).test(result) && !counts[1] && !counts[2];
      votes.push({
        start: i, end, line: i + 1, question: q.no, for: counts[0], against: counts[1], abstain: counts[2], unanimous, declared: declaredIn(result),
        text: tidy(`${header[q.k]}: ${CATEGORIES.map((c, k) => `${c} ${counts[k] ?? '?'}`).join(', ')}`).slice(0, 300),
      });
    });
    i = end;
  }
  return { votes, taken };
}

/** The legend of marks in the three lines of text above a table's header (blank lines aside), or none. */
function legendAbove(lines: string[], header: number): Map<string, VoteCategory> {
  const above = lines.slice(Math.max(0, header - 6), header).filter((l) => l.trim() !== '').slice(-3);
  for (const line of above.reverse()) {
    const legend = voteMarkLegend(line);
    if (legend.size > 0) return legend;
  }
  return new Map();
}

/** The marks of no vote cast that the legend above a table's header gives (legendAbove's line), or none. */
function noVoteAbove(lines: string[], header: number): Set<string> {
  const above = lines.slice(Math.max(0, header - 6), header).filter((l) => l.trim() !== '').slice(-3);
  for (const line of above.reverse()) if (voteMarkLegend(line).size > 0) return noVoteMarks(line);
  return new Set();
}

/** "Нәтижесі", "Итог", "Результат", "Решение", "Шешім": the row of each question's result, under the members. */
const RESULT_ROW = re('^(?:результат|итог|решени|нәтиже|шешім)[\\p{L}]*\\s*:?$');

/** Whether a header row has a column of one question's votes ("Вопрос 1", "1-мәселе"). */
export function hasQuestionColumn(line: string): boolean {
  return (splitCells(line) ?? []).some((c) => QUESTION_COLUMN.test(c));
}

/** A header of members with a column per question: the attendance header's name column and a question's column. */
const memberVoteHeader: HeaderTest = (cells) => {
  const table = startTable(cells.join('\t'));
  return table && cells.some((c) => QUESTION_COLUMN.test(c)) ? { ...table.cols, closing: true } : null;
};

/**
 * A question's three counts in one cell, each with its label: "иә – 9, қарсы – 0, қалыс – 1", "за – 9; против – нет;
 * возд. – 1". Null unless every part is a label and its count.
 */
function labelledCounts(cell: string): Record<VoteCategory, number | null> | null {
  const out: Record<VoteCategory, number | null> = { for: null, against: null, abstain: null };
  const parts = tidy(cell).split(/\s*[,;]\s*/u).filter((p) => p !== '');
  if (parts.length < 2) return null;
  for (const part of parts) {
    const m = /^(.+?)\s*[-–—:]\s*(\S.*)$/u.exec(part);
    if (!m) return null;
    const label = labelOf(m[1]) ?? CHOICES.find(([, test]) => test.test(m[1]))?.[0] ?? null;
    const count = countOf(m[2]).value;
    if (label === null || count === null || out[label] !== null) return null;
    out[label] = count;
  }
  return out.for === null ? null : out;
}

/** Keeps a table's votes in the shape of the other tables' (one table per run of its votes). */
export function asTables(votes: QuestionVote[]): TableRead[] {
  const byStart = new Map<number, QuestionVote[]>();
  for (const v of votes) byStart.set(v.start, [...(byStart.get(v.start) ?? []), v]);
  return [...byStart.values()].map((vs) => ({ votes: vs, end: vs[0].end }));
}
