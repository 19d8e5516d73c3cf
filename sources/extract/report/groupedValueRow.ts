/**
 * A small table set with spaces whose header of one to three lines groups its columns, over ONE row of counts —
 *
 *   Қаралды      оның ішінде мақұлданды:               Қарау
 *   барлығы      ескертусіз     ескертулермен          үстінде
 *     10             7                3                   1
 *
 * — ("Мүшелер саны барлығы | оның ішінде: азаматтық қоғам | мемлекеттік органдар | Комиссиялар", "Түсті барлығы | оның
 * ішінде: жеке тұлғалардан | заңды тұлғалардан | Жауап берілді"): its columns are the counts, each header line's words
 * (runs split by two spaces or more) standing over the count whose middle is nearest theirs — a group's words ("оның
 * ішінде мақұлданды:", "из них:") over the first column of the group. The lines are rewritten as a table typed with
 * pipes, a header row per header line and the counts' row ("| Қаралды | оның ішінде мақұлданды: | | Қарау |" / … /
 * "| 10 | 7 | 3 | 1 |"), which the table readers read as a row of counts named by their headers, the caption above telling
 * what they count (flattenFigureTables' readLabelless). Lines keep their number. Not such a table: a header line with a
 * number (a year's or a period's columns: other readers'), a column no header word stands over, a header word between
 * two counts as near to both, more than one row of counts.
 */
export function groupedValueRows(lines: string[]): string[] {
  const out = [...lines];
  for (let r = 1; r < lines.length; r++) {
    const counts = runsOf(lines[r]);
    if (counts.length < 2 || !counts.every((c) => COUNT.test(c.text)) || (lines[r + 1] ?? '').trim() !== '') continue;
    let start = r;
    while (start - 1 >= 0 && r - start < 3 && HEADER_LINE.test(lines[start - 1]) && !/\d/u.test(lines[start - 1])) start--;
    if (start === r || (start > 0 && lines[start - 1].trim() !== '' && !/[:.]\s*$/u.test(lines[start - 1]))) continue;
    const middles = counts.map((c) => (c.from + c.to) / 2);
    const header: string[][] = [];
    let ok = true;
    for (let k = start; k < r && ok; k++) {
      const cells = counts.map(() => '');
      for (const run of runsOf(lines[k])) {
        const mid = (run.from + run.to) / 2;
        const dist = middles.map((m) => Math.abs(m - mid));
        const best = dist.indexOf(Math.min(...dist));
        // (A run as near to two counts, or standing over none of them, belongs to no one column.)
        if (dist.filter((d) => d - dist[best] < 2).length > 1 || (run.to < counts[best].from - 12 && best > 0) || run.from > counts[best].to + 12) ok = false;
        cells[best] = cells[best] === '' ? run.text : `${cells[best]} ${run.text}`;
      }
      header.push(cells);
    }
    if (!ok || counts.some((_, c) => header.every((h) => h[c] === ''))) continue;
    // A group's words ending on a colon ("оның ішінде:", "из них:") stand over the columns after theirs that have words under
    // them and none on the group's line: "мемлекеттік органдар" is "оның ішінде: мемлекеттік органдар" too.
    for (let h = 0; h < header.length - 1; h++) {
      for (let c = 1; c < counts.length; c++) {
        if (header[h][c] === '' && /:$/u.test(header[h][c - 1]) && header.slice(h + 1).some((row) => row[c] !== '')) header[h][c] = header[h][c - 1];
      }
    }
    header.forEach((cells, k) => (out[start + k] = `| ${cells.join(' | ')} |`));
    out[r] = `| ${counts.map((c) => c.text).join(' | ')} |`;
  }
  return out;
}

/** A count alone in its column: "17", "24", "5 100". */
const COUNT = /^(?:\d{1,4}|\d{1,3}(?: \d{3})+)$/u;
/** A header line: words set in two runs or more, no bar, no tab. */
const HEADER_LINE = /^\s*\p{L}[^|\t]*\S {2,}\S/u;

/** The line's runs of text between gaps of two spaces or more, with where each stands. */
function runsOf(line: string): { text: string; from: number; to: number }[] {
  if (/[|\t]/u.test(line)) return [];
  return [...line.matchAll(/\S+(?: \S+)*/gu)].map((m) => ({ text: m[0], from: m.index ?? 0, to: (m.index ?? 0) + m[0].length }));
}
