/**
 * A table read from a PDF, a blank line between its rows and its cells run together where a column is as wide as
 * its text ("№\tПоказатель\t2024 год 2025 год" / "" / "1 Заседания Общественного совета\t5\t6" / "" / "3 Заслушивание
 * отчетов … 3\t4"): the rows of a table typed with pipes, each at its own line, once its cells are told apart — a
 * header cell of several years split into one per year, a row's leading number split off under a "№" header, a
 * count run onto the label split off when the row is one cell short. Null when line `at` opens no such table; a
 * table of year columns whose rows cannot be told apart is `unreadable`: its counts are no one's.
 */
export function looseTabTable(lines: string[], at: number): { rows: { line: string; at: number }[]; end: number; unreadable: boolean } | null {
  if (!/^[^\t\s][^\t]*\t/u.test(lines[at]) || lines[at + 1]?.trim() !== '') return null;
  const header = lines[at].split('\t').map((c) => c.trim()).flatMap(splitYears);
  // A header names its columns: no cell of it is a count (a row of counts under a row of them is no header).
  if (header.some((h) => !/\p{L}|^№$|^(?:19|20)\d{2}$/u.test(h))) return null;
  const found: { cells: string[]; at: number }[] = [];
  let k = at + 2;
  const numbered = /^(?:№|n|№\s*п\/п|п\/п)$/iu.test(header[0]);
  // Under a "№" header, a numbered row whose cells all ran together ("1 Заседания совета 5 6") is still a row.
  const isRow = (line: string) => /^[^\t\s][^\t]*\t/u.test(line) || (numbered && /^\d{1,2}[.)]?\s+\p{L}.*\d$/u.test(line));
  for (; k < lines.length && isRow(lines[k]); k += 2) {
    found.push({ cells: lines[k].split('\t').map((c) => c.trim()), at: k });
    if (lines[k + 1]?.trim() !== '') break;
  }
  if (found.length < 2) return null;
  const end = found[found.length - 1].at;
  const rows = found.map((r) => {
    let cells = r.cells;
    const lead = /^(\d{1,2})[.)]?\s+(\S.*)$/u.exec(cells[0]);
    if (numbered && lead && cells.length < header.length) cells = [lead[1], lead[2], ...cells.slice(1)];
    const label = numbered ? 1 : 0;
    const tail = /^(.*\p{L}.*?)\s+(\d{1,4}(?:[ \u00a0]\d{3})*)$/u.exec(cells[label] ?? '');
    if (tail && cells.length === header.length - 1) cells = [...cells.slice(0, label), tail[1], tail[2], ...cells.slice(label + 1)];
    return { cells, at: r.at };
  });
  const years = header.filter((h) => /^(?:19|20)\d{2}(?!\d)/u.test(h)).length;
  if (rows.some((r) => r.cells.length !== header.length)) return years >= 2 ? { rows: [], end, unreadable: true } : null;
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return { rows: [{ line: row(header), at }, ...rows.map((r) => ({ line: row(r.cells), at: r.at }))], end, unreadable: false };
}

/** "2024 год 2025 год", "2024 ж. 2025 ж.", "2024 2025": two year columns run together, one cell each. */
function splitYears(cell: string): string[] {
  const parts = [...cell.matchAll(/(?:19|20)\d{2}(?!\d)(?:\s*(?:год|г\.|гг\.|жыл|ж\.))?/gu)].map((m) => m[0]);
  return parts.length >= 2 && parts.join(' ') === cell.replace(/\s+/gu, ' ') ? parts : [cell];
}
