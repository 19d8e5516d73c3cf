import { tidy } from '../toLines.ts';
import type { ExtractIssue, ProtocolVote } from '../types.ts';
import { declaredIn } from './declaredIn.ts';
import { NAME_COLUMN, UNANIMOUS, VOTE_LABEL_IN_LINE, type VoteCategory } from './lexicon.ts';
import { splitCells } from './readAttendanceTable.ts';
import { labelOf, type LocatedVote, type TableRead } from './readVoteTable.ts';
import { re } from './re.ts';
import { regroupCellTable, type HeaderTest } from './regroupCellTable.ts';

type Counts = Pick<ProtocolVote, 'for' | 'against' | 'abstain'> & { unanimous: boolean };

/**
 * The header cell of a column that holds each row's whole vote: "Дауыс беру", "Дауыс беру нәтижесі", "Голосование",
 * "Голосование (за/против/возд.)", "Итоги голосования", "Результат голосования", "Голосовали", "Дауыс беру / Голосование"
 * (set 187: a table of protocol instructions, № | Тапсырма | Жауапты | Мерзімі | Дауыс беру).
 */
const VOTE_COLUMN = re('^(?:(?:итоги|итог|результат[\\p{L}]*)\\s+)?голосовани[\\p{L}]*$|^голосовали$|^дауыс\\s+беру(?:\\s+(?:нәтижесі|нәтижелері|қорытындысы))?$', 'iu');
/** A run of two or three vote labels a slash, a dash or a comma apart: a legend of the order counts are written in. */
const LABEL_RUN = re(`(?<![\\p{L}])((?:${VOTE_LABEL_IN_LINE}|жа[қк]\\.?)(?:\\s*(?:[/–—,]|(?<=\\s)-(?=\\s))\\s*[«"“„]?(?:${VOTE_LABEL_IN_LINE}|жа[қк]\\.?)[»"”“]?){1,2})`, 'iu');
/**
 * A note beside the table giving the order of its counts: "Ескерту: жақтап – қарсы – қалыс ретімен көрсетілді.", "Голоса
 * указаны в порядке: за – против – воздержались" — the words of an order with the labels' run.
 */
const ORDER_WORD = re('(?<![\\p{L}])(?:ретімен|ретпен|ретi?мен|в\\s+порядке|порядок|по\\s+порядку)(?![\\p{L}])', 'iu');
/** How many lines around the table such a note may stand. */
const NOTE_REACH = 3;
/** Three counts the same slash or dash apart opening a cell: "9 – 0 – 0, қабылданды", "13/0/0 – принято". */
const TRIPLE = /^(\d{1,3})\s*([/\-–—])\s*(\d{1,3})\s*\2\s*(\d{1,3})(?![\d/]|[.,]\d)/u;
/** "|---|", "--+----": a rule between a table's rows. */
const RULE = /^[\s|:+=\-–—]+$/u;
const DASH_ONLY = /^[-–—]$/u;

/**
 * A header holding a vote column and no vote label of its own (a column per label is readVoteTables'), the vote column not
 * its first. A column of names ("№ | ФИО | Голосование", "Аты-жөні | Дауыс беру") makes it a roll call, each row one
 * member's choice — no decisions.
 */
const NAMES = re(`^(?:${NAME_COLUMN})`, 'iu');
const voteColumnHeader: HeaderTest = (cells) => {
  const at = voteColumnAt(cells);
  if (at <= 0 || cells.length < 3 || cells.some((c) => labelOf(c) !== null || /^\d/u.test(c.trim()) || NAMES.test(c.trim()))) return null;
  return /^(?:№|n|#)/iu.test(cells[0].trim()) ? { no: 0 } : {};
};

function voteColumnAt(cells: string[]): number {
  return cells.findIndex((c) => {
    const text = tidy(c.replace(/\([^)]*\)/gu, ' ')).replace(/[:.]+$/u, '');
    return text.split(/\s*\/\s*/u).some((half) => VOTE_COLUMN.test(half.trim()));
  });
}

/** The order of counts a text's labels' run gives ("за/против/возд.", "жақтап – қарсы – қалыс"); null when it gives none whole. */
function orderIn(text: string): VoteCategory[] | null {
  const m = LABEL_RUN.exec(text);
  if (!m) return null;
  const order = m[1].split(/\s*(?:[/–—,]|\s-\s)\s*/u).map((l) => labelOf(l.replace(/[«"“„»”]/gu, '').trim()) ?? (/^жа[қк]\.?$/iu.test(l.trim()) ? 'for' : null));
  if (order.some((c) => c === null) || new Set(order).size !== order.length || !order.includes('for')) return null;
  return order as VoteCategory[];
}

/**
 * Votes told in a column of a table whose rows are decisions ("№ | Тапсырма | Жауапты | Мерзімі | Дауыс беру", "№ п/п |
 * Поручение | Ответственный | Срок | Голосование (за/против/возд.)", set 187): each row's cell in that column is one vote,
 * told at the row's line — "жақтап 11, қарсы 0, қалыс 0 – қабылданды" (read as any line of counts, `readCounts`),
 * "бірауыздан", "единогласно принято", or three counts bare, "9 – 0 – 0, қабылданды", "13/0/0 – принято", read in the order
 * of the legend in the column's header or in a note by the table ("жақтап – қарсы – қалыс ретімен көрсетілді"), else for /
 * against / abstain only when the result's word follows them (as a bare line of counts is read, readSlashedVotes). A cell
 * wrapped over the table's lines (" | " rows whose first cell is empty) is read whole. An empty or dashed cell gives no vote
 * (the row was not put to the vote); a cell that says nothing readable is an issue, no vote. Returns the tables and the
 * lines they take, the note of the order among them.
 */
export function readVoteColumnTables(given: string[], issues: ExtractIssue[], readCounts: (text: string) => Counts): { tables: TableRead[]; taken: Set<number> } {
  // A Word table comes a cell a line: regrouped into a line per row, told at the text's lines.
  const regrouped = regroupCellTable(given, voteColumnHeader);
  const lines = regrouped.lines;
  const at = (k: number) => regrouped.numbers[k] - 1;
  const lastOf = (k: number) => (k + 1 < lines.length ? regrouped.numbers[k + 1] - 2 : given.length - 1);
  const tables: TableRead[] = [];
  const taken = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const header = splitCells(lines[i]);
    if (!header || !voteColumnHeader(header, '')) continue;
    const read = readTable(lines, i, header, issues, readCounts);
    if (!read) continue;
    for (const v of read.votes) [v.start, v.end, v.line] = [at(v.start), lastOf(v.end), at(v.start) + 1];
    for (const k of [...read.taken]) for (let n = at(k); n <= lastOf(k); n++) taken.add(n);
    tables.push({ votes: read.votes, end: lastOf(read.end), header: at(i) });
    i = read.end;
  }
  return { tables, taken };
}

interface Row {
  start: number;
  end: number;
  /** The vote column's cell, its wrapped lines joined. */
  cell: string;
  text: string;
}

function readTable(lines: string[], i: number, header: string[], issues: ExtractIssue[], readCounts: (text: string) => Counts): { votes: LocatedVote[]; end: number; taken: Set<number> } | null {
  const column = voteColumnAt(header);
  const rows: Row[] = [];
  let end = i;
  for (let j = i + 1; j < lines.length; j++) {
    if (RULE.test(lines[j]) && lines[j].trim() !== '') {
      end = j;
      continue;
    }
    // (A row going on from the one above, its first cell empty, "  | … | қалыс 0 –", is split as any row.)
    const cells = splitCells(lines[j]);
    if (!cells) break;
    // A row with more cells than the header (a cell split by a stray tab): its vote, the last column, read from the right.
    const k = cells.length > header.length && column === header.length - 1 ? cells.length - 1 : column;
    const cell = tidy(cells[k] ?? '');
    const last = rows[rows.length - 1];
    if (cells[0] === '' && last) {
      last.cell = tidy(`${last.cell} ${cell}`);
      last.text = `${last.text} ${tidy(lines[j])}`;
      last.end = j;
    } else rows.push({ start: j, end: j, cell, text: tidy(lines[j]) });
    end = j;
  }
  if (rows.length === 0) return null;
  const taken = new Set<number>();
  for (let k = i; k <= end; k++) taken.add(k);
  const note = orderNote(lines, i, end);
  if (note) taken.add(note.at);
  const order = orderIn(header[column]) ?? note?.order ?? null;
  const votes: LocatedVote[] = [];
  for (const row of rows) {
    const v = voteOf(row, order, readCounts);
    if (typeof v === 'string') {
      issues.push({ line: row.start + 1, message: `vote: ${v} in the table's vote column; not taken` });
      continue;
    }
    if (v) votes.push(v);
  }
  return votes.length > 0 ? { votes, end, taken } : null;
}

/** The note of the counts' order within a few lines above or below the table: its line and the order. */
function orderNote(lines: string[], from: number, to: number): { at: number; order: VoteCategory[] } | null {
  const near = [...Array(NOTE_REACH).keys()].flatMap((d) => [to + 1 + d, from - 1 - d]);
  for (const k of near) {
    const line = lines[k];
    if (line === undefined || line.length > 300 || !ORDER_WORD.test(line)) continue;
    const order = orderIn(line);
    if (order) return { at: k, order };
  }
  return null;
}

/** The vote of a row's cell; null when the cell is empty or a dash; a string (the doubt) when it says nothing readable. */
function voteOf(row: Row, order: VoteCategory[] | null, readCounts: (text: string) => Counts): LocatedVote | string | null {
  const cell = row.cell;
  if (cell === '' || DASH_ONLY.test(cell)) return null;
  const declared = declaredIn(cell);
  const vote: LocatedVote = {
    start: row.start, end: row.end, line: row.start + 1, for: null, against: null, abstain: null, unanimous: false, declared, text: row.text.slice(0, 300),
  };
  const triple = TRIPLE.exec(cell);
  if (triple) {
    const bare = order ?? (declared !== null ? (['for', 'against', 'abstain'] as VoteCategory[]) : null);
    if (!bare || bare.length !== 3) return `"${cell}": three counts with no order given`;
    bare.forEach((c, k) => (vote[c] = Number(triple[k === 0 ? 1 : k + 2])));
    // "11/0/0 – бірауыздан қабылданды": the word for all beside counts none contradicts.
    vote.unanimous = re(UNANIMOUS).test(cell) && vote.against === 0 && vote.abstain === 0;
    return vote;
  }
  const c = readCounts(cell);
  if (c.for === null && c.against === null && c.abstain === null && !c.unanimous) return declared !== null ? { ...vote, unanimous: null } : `"${cell}" gives no count nor result`;
  return { ...vote, for: c.for, against: c.against, abstain: c.abstain, unanimous: c.unanimous };
}
