import { tidy } from '../toLines.ts';
import type { VoteCategory } from './lexicon.ts';
import { splitCells } from './readAttendanceTable.ts';
import { labelOf } from './readVoteTable.ts';
import { QUESTION_CELL, QUESTION_PREFIX } from './spreadQuestionTable.ts';
import { MARK } from './readTickGrid.ts';
import { wholeVoteLabel } from './wholeVoteLabel.ts';

/** A cell of one who cast no vote: a dash. */
const DASH = /^[-–—]+$/u;
/** The word a folded cell gets for each choice: one the members' table reads. */
const WORD: Record<VoteCategory, string> = { for: 'за', against: 'против', abstain: 'воздержался' };
/** A legend's pair of an abbreviation and the choice it stands for: "Ж – жақтап", "Қл – қалыс", "В – воздержался". */
const ABBREVIATION = /(?<![\p{L}])(\p{Lu}\p{Ll}{0,2})\.?\s*[-–—=]\s*(\p{L}+)/gu;
/** How far above the grid its legend may stand. */
const LEGEND_REACH = 6;

/**
 * A roll call drawn as a grid with a group of choice columns per question (set 190's Zhuantobe protocol): "Р/с | Кеңес
 * мүшесі | 1-мәселе | | | 2-мәселе | | " over "| | Ж | Қ | Қл | Ж | Қ | Қл", each member's row a mark under one choice of
 * each question ("1 | Әбдіразақов Н.С. | ✔ | | | ✔ | | "), an absent member's row dashes. The question headings may be
 * left out (the choices repeating, "за | против | возд. | за | против | возд.": question 1, 2, … in their order); the
 * choices may be written out or abbreviated as a legend above says ("Ж – жақтап, Қ – қарсы, Қл – қалыс"). Such a grid is
 * folded into a members' table with a column per question, each cell the member's choice ("за", "против", "воздержался",
 * "—" where every cell of the question is a dash; "?" where no single mark stands, so that question's counts are not
 * read) — the table the members' vote reader counts, each question's result then read from its section of the text. A
 * grid with a group that lacks "for", or labels that repeat within a group, is no such grid; lines keep their numbers.
 */
export function foldChoiceGrids(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < lines.length; i++) {
    const grid = gridAt(lines, i);
    if (grid === null) continue;
    const { header, labelLine, groups, lead } = grid;
    const rows: { at: number; cells: string[] }[] = [];
    let rowLead = lead;
    for (let j = labelLine + 1; j < lines.length; j++) {
      const cells = splitCells(lines[j]);
      // A row's own leading cells (its number, its name) may be more than the header's ("Р/с Кеңес мүшесі" one cell over
      // "1 | Әбдіразақов Н.С."): its choices counted from its first cell that is a sign or empty.
      const own = cells ? cells.findIndex((c, k) => k > 0 && (c === '' || !/\p{L}{2,}/u.test(c))) : -1;
      if (!cells || own < 1 || !cells.slice(0, own).some((c) => /\p{L}{2,}/u.test(c))) break;
      if (rows.length > 0 && own !== rowLead) break;
      rowLead = own;
      rows.push({ at: j, cells: [...cells.slice(0, own), ...groups.map((g) => choiceOf(g, cells, own - lead))] });
    }
    if (rows.length < 2) continue;
    const head = splitCells(lines[header])!.slice(0, lead);
    out[header] = [...Array<string>(Math.max(0, rowLead - lead)).fill(''), ...head, ...groups.map((g) => g.title)].join('\t');
    if (labelLine !== header) out[labelLine] = '';
    for (const r of rows) out[r.at] = r.cells.join('\t');
    i = rows[rows.length - 1].at;
  }
  return out;
}

interface Group {
  title: string;
  columns: { k: number; label: VoteCategory }[];
}

/**
 * The grid whose header starts at line i: the line of its choices' labels (line i, or the next when line i heads the
 * questions), its groups, and how many cells lead each row (the number's, the name's) before the first group.
 */
function gridAt(lines: string[], i: number): { header: number; labelLine: number; groups: Group[]; lead: number } | null {
  const top = splitCells(lines[i]);
  if (!top) return null;
  const legend = abbreviationsAbove(lines, i);
  const label = (cell: string): VoteCategory | null => labelOf(cell) ?? legend.get(tidy(cell).replace(/\.$/u, '')) ?? null;
  const questions = top.flatMap((c, k) => (QUESTION_CELL.test(c) ? [k] : []));
  const labelLine = questions.length >= 2 ? i + 1 : i;
  const cells = splitCells(lines[labelLine] ?? '');
  if (!cells) return null;
  // "1-мәселе Қ": the question's heading run into a label's cell (a PDF's two header lines read as one).
  const titled = new Map<number, string>();
  const labelled = cells.flatMap((c, k) => {
    const prefixed = questions.length < 2 ? QUESTION_PREFIX.exec(c) : null;
    if (prefixed) titled.set(k, tidy(prefixed[1]));
    const l = label(prefixed ? prefixed[2] : c);
    return l ? [{ k, label: l }] : [];
  });
  if (labelled.length < 4) return null;
  const lead = labelled[0].k;
  // Every cell from the first label on is a label (the choices' line holds nothing else).
  if (cells.slice(lead).some((c, n) => c !== '' && !labelled.some((l) => l.k === lead + n))) return null;
  if (titled.size > 0 && titled.size < 2) return null;
  const groups: Group[] = [];
  for (const column of labelled) {
    const open = groups.at(-1);
    // A group per question heading (each over its group's first column), or a new one at each label that repeats.
    const startsQuestion = questions.length >= 2 ? questions.includes(column.k) : !open || open.columns.some((c) => c.label === column.label);
    if (!open || startsQuestion) groups.push({ title: questions.length >= 2 ? tidy(top[column.k]) : `Вопрос ${groups.length + 1}`, columns: [column] });
    else open.columns.push(column);
  }
  const valid = groups.length >= 2 && groups.every((g) => g.columns.some((c) => c.label === 'for') && new Set(g.columns.map((c) => c.label)).size === g.columns.length);
  if (!valid || (questions.length >= 2 && groups.length !== questions.length)) return null;
  // Headings run into label cells: one in each group, its title.
  if (titled.size > 0) {
    const titles = groups.map((g) => g.columns.flatMap((c) => (titled.has(c.k) ? [titled.get(c.k)!] : [])));
    if (titles.some((t) => t.length !== 1)) return null;
    groups.forEach((g, n) => (g.title = titles[n][0]));
  }
  return { header: i, labelLine, groups, lead };
}

/** A member's choice on one question: the label of the one column marked, a dash where all are dashes, else "?". */
function choiceOf(group: Group, cells: string[], shift: number): string {
  const own = group.columns.map((c) => tidy(cells[c.k + shift] ?? ''));
  if (own.every((c) => DASH.test(c))) return '—';
  const marked = group.columns.flatMap((c, n) => (own[n] !== '' ? [{ ...c, cell: own[n] }] : []));
  if (marked.length !== 1 || !MARK.test(marked[0].cell)) return '?';
  return WORD[marked[0].label];
}

/** The abbreviations of the choices a legend above line i gives ("Ж – жақтап, Қ – қарсы, Қл – қалыс"): two or more, each a different choice. */
function abbreviationsAbove(lines: string[], i: number): Map<string, VoteCategory> {
  for (let j = i - 1; j >= Math.max(0, i - LEGEND_REACH); j--) {
    const found = new Map<string, VoteCategory>();
    for (const m of lines[j].matchAll(ABBREVIATION)) {
      const category = wholeVoteLabel(m[2]);
      if (category && ![...found.values()].includes(category)) found.set(m[1], category);
    }
    if (found.size >= 2) return found;
  }
  return new Map();
}
