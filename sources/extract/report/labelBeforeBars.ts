/**
 * A table whose value columns are set apart by bars and its label column by spaces, as an infographic's text version
 * types a comparison (set 157):
 *
 *      📅 ОТЫРЫСТАР                      2024 | 2025
 *         Кеңес отырыстары                  7 | 8
 *         Президиум отырыстары              2 | 4
 *
 * No reader of a table sees it: the label is no cell of the bars. Written framed, every cell between bars ("| 📅 ОТЫРЫСТАР |
 * 2024 | 2025 |", "| Кеңес отырыстары | 7 | 8 |"), the table the text-table readers read by its header (the period's
 * column). Only a header whose bar cells are all periods (a year, "II тоқсан", "было / стало") over two rows or more, each a
 * label of words, two spaces or more, and as many bar cells of counts: anything else stays as it was. Lines in place.
 */
const HEADER = /^(\s*\S.*?)\s{2,}((?:[^|\s][^|]*?)(?:\s+\|\s+[^|\s][^|]*?)+)\s*$/u;
const ROW = /^(\s*\p{L}[^|\d]*?)\s{2,}(\d{1,4}(?:\s+\|\s+\d{1,4})+)\s*$/u;
/** A column's period: "2024", "2025 ж.", "II тоқсан", "III кв.", "было", "стало". */
const PERIOD_CELL = /^(?:(?:19|20)\d{2}(?:\s*(?:ж\.|г\.|жыл|год))?|[IVXІ]{1,4}\s*(?:тоқсан|кв\.?|квартал)|было|стало|бұрын|қазір)$/iu;

export function framedLabelBars(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < lines.length; i++) {
    const head = HEADER.exec(lines[i]);
    if (head === null || /^\s*\|/u.test(lines[i])) continue;
    const periods = head[2].split(/\s+\|\s+/u).map((c) => c.trim());
    if (!periods.every((c) => PERIOD_CELL.test(c))) continue;
    let end = i;
    while (end + 1 < lines.length && ROW.exec(lines[end + 1])?.[2].split(/\s+\|\s+/u).length === periods.length) end++;
    if (end - i < 2) continue;
    out[i] = `| ${head[1].trim()} | ${periods.join(' | ')} |`;
    for (let k = i + 1; k <= end; k++) {
      const row = ROW.exec(lines[k])!;
      out[k] = `| ${row[1].trim()} | ${row[2].split(/\s+\|\s+/u).join(' | ')} |`;
    }
    i = end;
  }
  return out;
}
