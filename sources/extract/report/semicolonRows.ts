/**
 * An Excel sheet saved as CSV and pasted as text (into an e-mail, a letter): rows of cells split by semicolons, a cell
 * in double quotes when it holds a semicolon or a comma ("Круглые столы; дискуссионные площадки"), empty cells (";;").
 * Rewritten as the pipe table it is ("| 3 | Заседания Общественного совета | 2 | 1 | 1 | 4 | 5 |") so the table reader
 * chooses its column as for any text table (the period's total, never a quarter's or last year's). A row with another
 * number of cells than most rows ("Период:;01.01.2025-30.09.2025;;;;", "Примечание:;"…";;;;") is a line of text, not a
 * row; a row of empty cells is a blank line. Only a block of three rows or more with as many cells, some of them counts.
 */
export function readSemicolonRows(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < lines.length; i++) {
    if (cellsOf(lines[i]) === null) continue;
    let end = i;
    while (end + 1 < lines.length && cellsOf(lines[end + 1]) !== null) end++;
    const rows = lines.slice(i, end + 1).map((l) => cellsOf(l) as string[]);
    const counts = new Map<number, number>();
    for (const r of rows) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
    const [width, many] = [...counts].sort((a, b) => b[1] - a[1])[0];
    const numeric = rows.filter((r) => r.length === width && r.some((c) => /^\d{1,6}$/u.test(c))).length;
    if (width >= 3 && many >= 3 && numeric >= 2 && rows.every((r) => r.every((c) => c.length <= 200))) {
      rows.forEach((r, k) => {
        if (r.every((c) => c === '')) out[i + k] = '';
        else if (r.length !== width) out[i + k] = r.filter((c) => c !== '').join(' ');
        else out[i + k] = `| ${r.join(' | ')} |`;
      });
    }
    i = end;
  }
  return out;
}

/** A line's cells when it is a row of at least three cells split by semicolons outside quotes; null otherwise. */
function cellsOf(line: string): string[] | null {
  if (!line.includes(';') || line.includes('|') || line.includes('\t')) return null;
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let k = 0; k < line.length; k++) {
    const c = line[k];
    if (c === '"' && quoted && line[k + 1] === '"') {
      cell += '"';
      k++;
    } else if (c === '"' && (quoted || cell.trim() === '')) quoted = !quoted;
    else if (c === ';' && !quoted) {
      cells.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  cells.push(cell.trim());
  return !quoted && cells.length >= 3 ? cells : null;
}
