import { readListHeading } from './readAttendance.ts';
import { matchesOf } from '../grammar/matchesOf.ts';
import { MEMBERS_HEADING } from './lexicon.ts';
import { re } from './re.ts';

/**
 * Two lists side by side, each under its own heading on one line: "ҚАТЫСҚАНДАР (14):<tab>ҚАТЫСПАҒАНДАР (3):" (a
 * borderless two-column table, as a PDF's text layer or a .docx gives it, a tab between the cells; or typed with a wide
 * gap of spaces). Read row by row, the absentee of the right column is glued to the attendee of the left one and a
 * reason wrapped in its column ("– себебін" / "хабарламады") to the next name. Such a block is read column by column:
 * the left cells under the left heading, then the right cells under the right one (guests below the absentees stay under
 * their own heading), each line keeping its number in the text. The block ends at a blank line, at a line that is one
 * full-width heading ("КҮН ТӘРТІБІ:"), or at a line whose text crosses the cut with no gap there (no row of such a table).
 */
export function splitSideBySide(input: { lines: string[]; numbers: number[] }): { lines: string[]; numbers: number[] } {
  const lines: string[] = [];
  const numbers: number[] = [];
  let i = 0;
  while (i < input.lines.length) {
    const piped = pipedHeadings(input.lines[i]);
    if (piped !== null) {
      i = splitPiped(input, i, piped, lines, numbers);
      continue;
    }
    const cut = headingsCut(input.lines[i]);
    if (cut === null) {
      lines.push(input.lines[i]);
      numbers.push(input.numbers[i]);
      i++;
      continue;
    }
    const left: number[] = [];
    const right: { text: string; no: number }[] = [];
    let k = i;
    for (; k < input.lines.length; k++) {
      const line = input.lines[k];
      if (line.trim() === '') break;
      // Under a header row of bare headings, a line of another table (two tabs or more) or a heading of another list
      // ("Отсутствовали: Жунусов К.А. (…), …") ends the two lists.
      if (k > i && cut.tab && cut.bare && (line.split('\t').length > 2 || (!line.includes('\t') && readListHeading(line) !== null))) break;
      const parts = cellsOf(line, cut);
      // A line whose text runs across the cut with no gap there is no row of such a table: the block ends before it.
      if (parts === null) break;
      // A header row of headings with no colons: each a heading of its column's list.
      if (k === i && cut.tab && cut.bare) {
        parts.left = `${parts.left.trim().replace(/:$/, '')}:`;
        parts.right = `${parts.right.trim().replace(/:$/, '')}:`;
      }
      // A line all of whose text is in the left column and that is no entry of it ends the block: the next section.
      if (k > i && parts.right === '' && isSectionHeading(parts.left)) break;
      if (parts.left.trim() !== '') {
        lines.push(parts.left);
        numbers.push(input.numbers[k]);
        left.push(k);
      }
      // "Қатыспағандар (3): 1. Байтелиева Г.Н. – …": the right column's first entry on its heading's line, a line of its own.
      const first = k === i ? FIRST_ON_HEADING.exec(parts.right) : null;
      if (first) right.push({ text: first[1], no: input.numbers[k] }, { text: first[2], no: input.numbers[k] });
      else if (parts.right.trim() !== '') right.push({ text: parts.right, no: input.numbers[k] });
    }
    for (const r of right) {
      lines.push(r.text);
      numbers.push(r.no);
    }
    i = k;
  }
  return { lines, numbers };
}

/** A ruled line of a text table: "-----", "|---+---|", "=====". */
const RULE = /^\s*[-=+|:\s]*[-=]{3}[-=+|:\s]*$/u;

/**
 * " Присутствовали        | Отсутствовали": the two headings of a text table split by one pipe, no colon (the table's
 * header row). Its headings, or null. Each side is a heading alone — of both kinds, nothing else on the line.
 */
function pipedHeadings(line: string): [string, string] | null {
  const cells = line.split('|');
  if (cells.length !== 2) return null;
  const pair = headingsAlone(cells[0], cells[1]);
  return pair !== null && pair.kinds[0].kind !== pair.kinds[1].kind ? pair.headings : null;
}

type Heading = NonNullable<ReturnType<typeof readListHeading>>;

/** Two cells that are each a list's heading alone (a colon or not, short), of those present or absent; with colons. */
function headingsAlone(leftCell: string, rightCell: string): { headings: [string, string]; kinds: [Heading, Heading] } | null {
  const [left, right] = [leftCell, rightCell].map((c) => c.trim().replace(/:$/, ''));
  if (left === '' || right === '' || left.length > 60 || right.length > 60) return null;
  const a = readListHeading(`${left}:`);
  const b = readListHeading(`${right}:`);
  return a !== null && b !== null && a.kind !== 'skip' && b.kind !== 'skip' ? { headings: [`${left}:`, `${right}:`], kinds: [a, b] } : null;
}

/**
 * The rows of a table under its piped header: each split at its one pipe, the left cells under the left heading, then the
 * right cells under the right one; ruled lines skipped. The table ends at a blank line or at a line with no pipe or
 * several (no row of it). Returns the index of the line after it.
 */
function splitPiped(input: { lines: string[]; numbers: number[] }, start: number, headings: [string, string], lines: string[], numbers: number[]): number {
  const right: { text: string; no: number }[] = [{ text: headings[1], no: input.numbers[start] }];
  lines.push(headings[0]);
  numbers.push(input.numbers[start]);
  let k = start + 1;
  for (; k < input.lines.length; k++) {
    const line = input.lines[k];
    if (line.trim() === '') break;
    if (RULE.test(line)) continue;
    const cells = line.split('|');
    if (cells.length !== 2) break;
    if (cells[0].trim() !== '') {
      lines.push(cells[0].trimEnd());
      numbers.push(input.numbers[k]);
    }
    if (cells[1].trim() !== '') right.push({ text: cells[1].trim(), no: input.numbers[k] });
  }
  for (const r of right) {
    lines.push(r.text);
    numbers.push(r.no);
  }
  return k;
}

/** How far a row's right part may stand from its heading: a two-digit number pushes it, a wrapped reason is indented. */
const SLACK = 6;

/** How a line is cut: at its tab, or at a column of spaces. */
type Cut = { tab: true; bare?: true } | { tab: false; at: number };

/** The cut of a line that holds two list headings side by side, or null. */
function headingsCut(line: string): Cut | null {
  const tab = line.indexOf('\t');
  if (tab > 0 && line.indexOf('\t', tab + 1) < 0) {
    if (bothHeadings(line.slice(0, tab), line.slice(tab + 1))) return { tab: true };
    if (bareHeadings(line.slice(0, tab), line.slice(tab + 1))) return { tab: true, bare: true };
  }
  if (!line.includes(':')) return null;
  for (const m of matchesOf(line, /\S(\s{3,})(?=\S)/gu)) {
    const at = m.index! + 1 + m[1].length;
    if (bothHeadings(line.slice(0, at), line.slice(at))) return { tab: false, at };
  }
  return null;
}

/** A heading, then the first numbered entry of its list on the same line. */
const FIRST_ON_HEADING = /^([^:]{2,80}:)\s+(1[.)]\s+\p{Lu}.*)$/u;

function bothHeadings(left: string, right: string): boolean {
  const first = FIRST_ON_HEADING.exec(right.trim());
  if (first) right = first[1];
  const a = readListHeading(left);
  const b = readListHeading(right);
  return a !== null && b !== null && /:\s*$/.test(left) && /:\s*$/.test(right) && a.kind !== b.kind;
}

/**
 * "Присутствовали очно<tab>Участвовали в режиме ВКС": a table's header row of two lists, no colons — each cell a heading
 * alone (no number, no name), of two kinds or of those in the room and those online.
 */
function bareHeadings(left: string, right: string): boolean {
  if (/\d/.test(left + right)) return false;
  if (membersBesideInvited(left, right)) return true;
  const pair = headingsAlone(left, right);
  if (pair === null) return false;
  const [a, b] = pair.kinds;
  return a.kind !== b.kind || a.online !== b.online;
}

/**
 * "Члены Общественного совета<tab>Приглашённые": the members' list beside the guests' (an away meeting's two-column
 * table). Each column read under its own heading; whether the members listed are those present is the attendance
 * reader's matter ("Члены Совета:" under a count of those present heads them).
 */
function membersBesideInvited(left: string, right: string): boolean {
  const [l, r] = [left, right].map((c) => c.trim().replace(/:$/, ''));
  return l.length <= 60 && r.length <= 60 && MEMBERS_CELL.test(l) && readListHeading(`${r}:`)?.kind === 'skip';
}
const MEMBERS_CELL = re(`^(?:${MEMBERS_HEADING})$`);

/** A line's two cells, or null when its text crosses the cut where no gap is. */
function cellsOf(line: string, cut: Cut): { left: string; right: string } | null {
  if (cut.tab) {
    const tab = line.indexOf('\t');
    return tab < 0 ? { left: line, right: '' } : { left: line.slice(0, tab).trimEnd(), right: line.slice(tab + 1).trim() };
  }
  const indent = /^\s*/u.exec(line)![0].length;
  if (indent >= cut.at - SLACK) return { left: '', right: line.trim() };
  // The gap before the right column: a run of two spaces or more ending near the heading's column.
  for (const m of matchesOf(line, /\S(\s{2,})(?=\S)/gu)) {
    const at = m.index! + 1 + m[1].length;
    if (Math.abs(at - cut.at) <= SLACK) return { left: line.slice(0, at).trimEnd(), right: line.slice(at).trim() };
  }
  return line.trimEnd().length < cut.at - 1 ? { left: line, right: '' } : null;
}

/** "КҮН ТӘРТІБІ:", "ПОВЕСТКА ДНЯ:": a heading in capitals, no list number. */
function isSectionHeading(text: string): boolean {
  const t = text.trim();
  return !/^\d/u.test(t) && /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u.test(t) && t.length >= 4;
}
