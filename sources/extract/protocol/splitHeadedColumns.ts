import { ABSENT_HEADING, INVITED_HEADING, PRESENT_HEADING } from './lexicon.ts';
import { re } from './re.ts';

/** An attendance heading as one side of a line: "ПРИСУТСТВОВАЛИ (19):", "Отсутствовали:", "ҚАТЫСПАҒАНДАР (2):". */
const SIDE = `(?:${PRESENT_HEADING}|${ABSENT_HEADING}|${INVITED_HEADING})(?:\\s+[\\p{L}]+){0,3}\\s*(?:\\(\\s*\\d{1,3}\\s*(?:чел\\.?|адам)?\\s*\\))?\\s*:?`;
const TWO_HEADINGS = re(`^(\\s*${SIDE})(\\s{3,})(${SIDE})\\s*$`);
/** How far a row's right part may stand from its heading: a two-digit number pushes it, a wrapped reason is indented. */
const SLACK = 6;

/**
 * Two attendance lists typed side by side, each under its own heading on one line ("ПРИСУТСТВОВАЛИ (19):      ОТСУТСТВОВАЛИ
 * (6):"), keep both on each line below: "2. Берденова К.М.      командировка (г. Балхаш)" is a present member and the
 * wrapped reason of an absentee. Read row by row, one list's entries are glued to the other's. The block is read column
 * by column, cut where the right heading starts (a gap of three blanks or more ending near it): the left heading and its
 * column, then the right heading and its column, each line keeping its line in the text. A line that has text across the
 * cut with no gap there is no such table: the block ends before it.
 */
export function splitHeadedColumns(input: { lines: string[]; numbers: number[] }): { lines: string[]; numbers: number[] } {
  const { lines, numbers } = input;
  const out: string[] = [];
  const outNumbers: number[] = [];
  let i = 0;
  while (i < lines.length) {
    const head = TWO_HEADINGS.exec(lines[i]);
    if (!head) {
      out.push(lines[i]);
      outNumbers.push(numbers[i]);
      i++;
      continue;
    }
    const at = head[1].length + head[2].length;
    const left: { line: string; no: number }[] = [{ line: head[1].trimEnd(), no: numbers[i] }];
    const right: { line: string; no: number }[] = [{ line: head[3].trim(), no: numbers[i] }];
    let k = i + 1;
    for (; k < lines.length && lines[k].trim() !== ''; k++) {
      const cut = cutNear(lines[k], at);
      if (cut === null) break;
      const l = lines[k].slice(0, cut).trimEnd();
      const r = lines[k].slice(cut).trim();
      if (l !== '') left.push({ line: l, no: numbers[k] });
      if (r !== '') right.push({ line: r, no: numbers[k] });
    }
    for (const x of [...left, ...right]) {
      out.push(x.line);
      outNumbers.push(x.no);
    }
    i = k;
  }
  return { lines: out, numbers: outNumbers };
}

/**
 * Where a line of the block is cut: the end of its gap of three blanks or more near the column, the line's end when it
 * stops short of the column, 0 when it is indented to the column (a right entry alone); null when text crosses the cut.
 */
function cutNear(line: string, at: number): number | null {
  const text = line.trimEnd();
  const indent = /^\s*/u.exec(text)![0].length;
  if (indent >= at - SLACK) return 0;
  for (const m of text.matchAll(/\S(\s{3,})(?=\S)/gu)) {
    const end = m.index! + 1 + m[1].length;
    if (Math.abs(end - at) <= SLACK) return end;
  }
  return text.length < at - 1 ? text.length : null;
}
