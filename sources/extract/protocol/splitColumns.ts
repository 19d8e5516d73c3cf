import { PERSON_NAME, re } from './re.ts';
import { matchesOf } from '../grammar/matchesOf.ts';

/**
 * A list typed in two columns and copied as text keeps both columns on each line ("1. Иванов И.И.      11. Петров
 * П.П."); read row by row, the second column's entries are lost or glued to the first's (an online mark of the right
 * name given to the left one). Such a block is read column by column: the left column's lines, then the right one's,
 * each keeping its line in the text. A block is two or more lines cut at the same place by a wide gap, both sides
 * an entry of a list — numbered (the right number the larger), bulleted, or a person's name — so a header line
 * ("14.05.2025 г.          г. Тараз") or a name with its role in a second column is never cut.
 */
export function splitColumns(input: { lines: string[]; numbers: number[] }): { lines: string[]; numbers: number[] } {
  const { lines, numbers } = input;
  const lines2: string[] = [];
  const numbers2: number[] = [];
  let i = 0;
  while (i < lines.length) {
    const block = blockAt(lines, i);
    if (block === null) {
      lines2.push(lines[i]);
      numbers2.push(numbers[i]);
      i++;
      continue;
    }
    const right: { line: string; no: number }[] = [];
    for (let k = i; k < block.end; k++) {
      const at = cutOf(lines[k]) ?? (/^\s*/u.exec(lines[k])![0].length >= block.at - 4 ? 0 : lines[k].length);
      const left = lines[k].slice(0, at).trimEnd();
      const rest = lines[k].slice(at).trim();
      if (left.trim() !== '') {
        lines2.push(left);
        numbers2.push(numbers[k]);
      }
      if (rest !== '') right.push({ line: rest, no: numbers[k] });
    }
    // The right side may itself be columns: a table of four names a row, a tab apart ("Сейткали Н.А.\t\tГорбунова
    // М.С.\t\tАбишев Р.К.\t\tТасболатова Г.Е.", set 180), read as two, glued the last two into a name and its role.
    const rest = splitColumns({ lines: right.map((r) => r.line), numbers: right.map((r) => r.no) });
    lines2.push(...rest.lines);
    numbers2.push(...rest.numbers);
    i = block.end;
  }
  return { lines: lines2, numbers: numbers2 };
}

/** The start of one entry: "11. ", "11) ", "• ", "- " or nothing, then a name with initials or a full name. */
const NUMBERED = /^\s*(\d{1,3})\s*[.)]\s+\S/u;
const ENTRY = re(`^\\s*(?:(?:\\d{1,3}\\s*[.)]|[•·▪●\\-–—*])\\s*)?${PERSON_NAME}`, 'u');
// A tab is a gap too: a PDF's two columns come out as cells a tab apart ("1. Досмагамбетов К.Е.\t7. Тажибаев Н.А."),
// each line's cut where its left entry ends.
const GAP = /\S(\s{3,}|[ ]*\t\s*)(?=\S)/gu;

/** Where a line is cut into two entries, or null: the start of the right one. */
function cutOf(line: string): number | null {
  if (!ENTRY.test(line)) return null;
  for (const m of matchesOf(line, GAP)) {
    const at = m.index! + 1 + m[1].length;
    const left = line.slice(0, at);
    const right = line.slice(at);
    // Both sides whole entries: "1.    Иванов Иван Иванович" is one entry spaced after its number.
    if (!ENTRY.test(left) || !ENTRY.test(right)) continue;
    const l = NUMBERED.exec(left);
    const r = NUMBERED.exec(right);
    // Both numbered or neither; numbered, the right column goes on after the left one.
    if ((l === null) !== (r === null)) continue;
    if (l && r && Number(r[1]) <= Number(l[1])) continue;
    return at;
  }
  return null;
}

/**
 * The block of two columns starting at line i, or null: its end (exclusive) and the column of the right entries.
 * Lines with one side only (a shorter column, a name wrapped in its column) belong to the block up to a blank line.
 */
function blockAt(lines: string[], i: number): { end: number; at: number } | null {
  const first = cutOf(lines[i]);
  if (first === null) return null;
  let cuts = 1;
  let end = i + 1;
  for (; end < lines.length; end++) {
    const line = lines[end];
    if (line.trim() === '') break;
    const at = cutOf(line);
    if (at !== null && (Math.abs(at - first) <= 4 || line.slice(0, at).includes('\t'))) {
      cuts++;
      continue;
    }
    // One side only: the left entry ending before the right column, or the right one indented to it.
    const indent = /^\s*/u.exec(line)![0].length;
    // Either is an entry of the list, or the rest of one wrapped in its column (a bracket, a lowercase word).
    const part = at === null && (ENTRY.test(line) || /^\s*[(\p{Ll}]/u.test(line));
    if (part && (line.trimEnd().length < first - 2 || Math.abs(indent - first) <= 4)) continue;
    break;
  }
  return cuts >= 2 ? { end, at: first } : null;
}
