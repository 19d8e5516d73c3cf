import { labelOf } from './readVoteTable.ts';
import { UNANIMOUS } from './lexicon.ts';
import { re } from './re.ts';

/**
 * A vote table typed or copied in fixed-width columns, spaces between the cells and no tab (a results slide pasted as
 * text):
 *
 *                      Жақтап / За   Қарсы / Против   Қалыс / Воздерж.   Нәтиже / Итог
 *     Күн тәртібі      17            0                0                  қабылданды / принято
 *     2-мәселе         бірауыздан / единогласно                          қабылданды / принято
 *
 * Read as sentences, the header's labels had no counts after them and each row's counts no labels. The table is given
 * the tabs of a Word table's row (cells apart by two spaces or more; the header's empty first cell a tab), which the
 * vote tables' reader knows. A header: two cells or more that are vote labels, apart by two spaces or more; its rows
 * the lines right under it up to a blank line, each of two cells or more, opening left of the header with their labels
 * (the header's first cell an empty one). Anything else is left as it was.
 */
export function tabFixedWidthVoteTables(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/\t/u.test(line)) continue;
    const cells = line.trim().split(/\s{2,}/u);
    if (cells.filter((c) => labelOf(c) !== null).length < 2) continue;
    const rows: number[] = [];
    for (let k = i + 1; k < lines.length && lines[k].trim() !== '' && !/\t/u.test(lines[k]) && lines[k].trim().split(/\s{2,}/u).length >= 2; k++) rows.push(k);
    if (rows.length === 0) continue;
    // The header's first cell is empty when the rows open to the left of it, with the label of each row ("Күн тәртібі");
    // rows of counts alone under the labels ("   ЗА     ПРОТИВ" over "   11     0") open where it opens.
    const indent = (l: string) => /^\s*/u.exec(l)![0].length;
    const labelled = Math.min(...rows.map((k) => indent(lines[k]))) < indent(line) - 1;
    // Only a header whose first cell is empty, set in over labelled rows: a header with its own first label ("Мәселе
    // Жақтады Қарсы …", "Вопрос За Против …") and rows of counts alone are the fixed-width table reader's, with its rules
    // for a row of a count too many or too few (readVoteTable), which a cell put by its column would override.
    if (!labelled) continue;
    out[i] = `\t${cells.join('\t')}`;
    // Each row's cell goes to the header's column it stands under: a row short of cells ("бірауыздан / единогласно" across
    // the counts, then the result) keeps its result in the result's column, the cells it spans left empty.
    const starts = spans(line).map((c) => c.start);
    for (const k of rows) {
      const row: string[] = Array.from({ length: starts.length + 1 }, () => '');
      for (const c of spans(lines[k])) {
        const column = starts.reduce((best, start, j) => (start <= c.start + 2 ? j : best), -1);
        const at = column < 0 ? 0 : column + 1;
        // "бірауыздан / единогласно" across the counts: one word for all, as a monolingual table's cell has it.
        const text = BOTH_UNANIMOUS.test(c.text) ? c.text.split(/\s+\/\s+/u)[0] : c.text;
        row[at] = row[at] === '' ? text : `${row[at]} ${text}`;
      }
      out[k] = row.join('\t');
    }
    i = rows[rows.length - 1];
  }
  return out;
}

/** The cells of a fixed-width line and where each starts: runs of text apart by two spaces or more. */
function spans(line: string): { start: number; text: string }[] {
  const found: { start: number; text: string }[] = [];
  const re = /\S+(?: \S+)*/gu;
  for (let m = re.exec(line); m !== null; m = re.exec(line)) found.push({ start: m.index, text: m[0] });
  return found;
}

/** A bilingual cell of the word for all in each language: "бірауыздан / единогласно". */
const BOTH_UNANIMOUS = re(`^${UNANIMOUS}\\s+/\\s+${UNANIMOUS}\\.?$`, 'iu');
