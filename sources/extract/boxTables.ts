/**
 * A table drawn with box characters — single lines ("┌──┬──┐", "│ 1 │ … │", "├──┼──┤", "└──┴──┘"), double lines
 * ("╔══╦══╗", "║ … ║", "╠══╬══╣", "╚══╩══╝") or the two mixed ("╔═╤═╗", "╟─┼─╢") — as a plain-text page (a Notion or
 * wiki export, a note typed in a monospace editor) draws it, read as the same table typed with pipes: each row's edges
 * and walls "|", a rule between rows "|---|---|", the top and bottom borders blank.
 *
 * A cell too long for its column goes on under it, on a row of its own whose other cells are empty ("│ 5 │ Иванов │
 * қатыспады / │" over "│   │        │ отсутствовал(а) │"; a wrapped header "Жақтап /" over "За"): that row is the row
 * above's, its text joined to the cells above and its own line left blank — read as its own row it was a member with
 * no name, a vote with no counts, a header of half-labels. A row is a wrapped one only when its first cell is empty and
 * no rule stands between it and the row above; a total row ("│   │ Итого │ 12 │") or a cell that is a bare number under
 * a cell already filled is a row of its own.
 *
 * Only a block that has a border or a rule and rows between edges is a table: a tree's "│   ├── …" and a line "│" are
 * no rows. Every line keeps its number.
 */
const EDGE = '[│┃║]';
const ROW = new RegExp(`^\\s*${EDGE}.*${EDGE}\\s*$`, 'u');
const BORDER = /^\s*[┌├└╔╠╚╟╞╒╓╘╙][─━═┄┈╌┬┼┴╦╬╩╤╧╪╫]*[┐┤┘╗╣╝╢╡╕╖╛╜]\s*$/u;
const TOP_OR_BOTTOM = /^\s*[┌└╔╚╒╓╘╙]/u;
const TOTAL = /^(?:итого|всего|барлығы|жиыны|жалпы|total)(?![\p{L}])/iu;

export function boxTablesAsPipes(lines: string[]): string[] {
  const out = typedRulesAsPipes(lines);
  let i = 0;
  while (i < lines.length) {
    if (!BORDER.test(lines[i]) && !ROW.test(lines[i])) {
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < lines.length && (BORDER.test(lines[end + 1]) || ROW.test(lines[end + 1]))) end++;
    const block = lines.slice(i, end + 1);
    if (block.some((l) => BORDER.test(l)) && block.some((l) => ROW.test(l))) readBlock(lines, out, i, end);
    i = end + 1;
  }
  return out;
}

function readBlock(lines: string[], out: string[], start: number, end: number): void {
  /** The line of the row a wrapped row joins, while no rule has come between. */
  let above: number | null = null;
  for (let k = start; k <= end; k++) {
    const line = lines[k];
    if (BORDER.test(line)) {
      out[k] = TOP_OR_BOTTOM.test(line) ? '' : ruleOf(line);
      above = null;
      continue;
    }
    const cells = line.replace(/^\s*[│┃║]|[│┃║]\s*$/gu, '').split(/[│┃║]/u);
    const upper = above === null ? null : out[above].replace(/^\s*\||\|\s*$/gu, '').split('|');
    if (upper && upper.length === cells.length && wraps(cells, upper)) {
      out[above!] = `|${upper.map((c, n) => (cells[n].trim() === '' ? c : `${c.trimEnd()} ${cells[n].trim()} `)).join('|')}|`;
      out[k] = `|${cells.map((c) => '-'.repeat(c.length)).join('|')}|`;
      continue;
    }
    out[k] = `|${cells.join('|')}|`;
    above = k;
  }
}

/** A row that goes on the row above's cells: its first cell empty, no total, no count under a cell already filled. */
function wraps(cells: string[], upper: string[]): boolean {
  if (cells[0].trim() !== '' || cells.every((c) => c.trim() === '')) return false;
  const first = cells.find((c) => c.trim() !== '')!.trim();
  if (TOTAL.test(first)) return false;
  return cells.every((c, n) => !/^\d[\d\s.,]*%?$/u.test(c.trim()) || upper[n].trim() === '');
}

/** "├────┼──────┤" as "|----|------|": the walls where the rule's crossings are. */
function ruleOf(line: string): string {
  return line.trim().replace(/^./u, '|').replace(/.$/u, '|').replace(/[┼╬╪╫]/gu, '|').replace(/[^|]/gu, '-');
}

/** A row typed with pipes: two walls or more ("1 | Иванов | қатысты"). */
const PIPE_ROW = /\|[^|]*\|[^|]*\|/u;
/** A rule typed plain across the page: dashes, equals signs, box lines. */
const PLAIN_RULE = /^\s*(?:-{5,}|={5,}|─{5,}|—{5,}|–{5,})\s*$/u;

/**
 * A table typed with pipes and ruled plain across ("-----" / " Р/с | Аты-жөні | Қатысуы" / "-----" / " 1 | … |"): a rule
 * between two of its rows — under the header, or where a page broke the table and its two parts were sewn together — is
 * the table's own, written with the walls of the row above ("----|-------|----"); as a bare line of dashes it parted the
 * header from the rows and the table was read as none. A rule with a row on one side only (the table's top or bottom
 * border) stays as it is.
 */
function typedRulesAsPipes(lines: string[]): string[] {
  return lines.map((line, k) => {
    if (!PLAIN_RULE.test(line) || !PIPE_ROW.test(lines[k - 1] ?? '') || !PIPE_ROW.test(lines[k + 1] ?? '')) return line;
    return lines[k - 1].replace(/[^|]/gu, '-');
  });
}
