/**
 * A CSV export whose rows a PDF ran into one line (set 175's ZKO transport): "№;ФИО;Статус;Форма участия;Причина
 * отсутствия 1;Габбасов Руслан Маратович;присутствовал;очно; 2;Шагирова …", or, under its header on the line above
 * ("Вопрос;За;Против;Воздержались;Итог"), "Повестка дня;11;0;0;Принято "1. Тариф, г. Уральск, 2027 г.";8;2;1;Принято …".
 * Each row's last cell and the next row's first are one cell there, a space between them: the rows are told apart where
 * that space is — before the next row's number ("больничный лист 6", " 2"), the numbers running 1, 2, 3 …, or before its
 * quoted first cell (' "1. Тариф …"'). The rows are given back a cell a tab apart, as csvRowsAsCells.ts gives a table's;
 * null when the line is no such run (a sentence's semicolons, a row count that does not fit the header's width, a joint
 * not told apart, no number in any data cell).
 */
export function csvRunOnRows(line: string, above = ''): string[] | null {
  if (!line.includes(';') || line.includes('\t')) return null;
  const tokens = fieldsOf(line);
  if (tokens === null || tokens.length < 7) return null;
  const header = headerAbove(above);
  const widths = header !== null ? [header.length] : [3, 4, 5, 6, 7, 8, 9, 10];
  for (const width of widths) {
    const rows = rowsOf(tokens, width, header === null);
    if (rows === null) continue;
    if (!rows.slice(header === null ? 1 : 0).some((r) => r.some((c) => /^\d[\d\s.,]*$/u.test(c)))) continue;
    if (rows.some((r) => r.some((c) => c.length > LONGEST_CELL))) continue;
    return rows.map((r) => r.join('\t'));
  }
  return null;
}

/** A cell longer than this is a sentence's part, not a spreadsheet's cell (as csvRowsAsCells.ts). */
const LONGEST_CELL = 120;

/** The header's cells on the line above: three or more, words only, a semicolon apart; or null. */
function headerAbove(above: string): string[] | null {
  const cells = above.includes(';') ? above.split(';').map((c) => c.trim()) : [];
  return cells.length >= 3 && cells.every((c) => c !== '' && /^\D*$/u.test(c) && c.length <= 40) ? cells : null;
}

/**
 * The line's fields a semicolon apart, a quoted part kept whole (its quotes taken off, doubled quotes undone) — a quote may
 * open inside a field, after the space that joins two rows. Null when a quote is left open.
 */
function fieldsOf(line: string): string[] | null {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let k = 0; k < line.length; k++) {
    const ch = line[k];
    if (ch === '"') {
      if (quoted && line[k + 1] === '"') {
        field += '"';
        k++;
      } else {
        quoted = !quoted;
        // (A quote that opens a row's first cell is kept as a mark where the rows join, taken off in `apart`.)
        field += quoted && field.trim() !== '' ? '\u0001' : '';
      }
    } else if (ch === ';' && !quoted) {
      out.push(field);
      field = '';
    } else field += ch;
  }
  if (quoted) return null;
  out.push(field);
  return out;
}

/**
 * The rows of `width` cells the fields make, each joint told apart; the numbers opening the rows consecutive when the
 * header is in the line (its width guessed). Null when they do not fit.
 */
function rowsOf(tokens: string[], width: number, numbered: boolean): string[][] | null {
  if ((tokens.length - 1) % (width - 1) !== 0) return null;
  const count = (tokens.length - 1) / (width - 1);
  if (count < 2) return null;
  const rows: string[][] = [];
  let row: string[] = tokens.slice(0, width - 1).map(clean);
  for (let r = 1; r < count; r++) {
    const joint = apart(tokens[r * (width - 1)]);
    if (joint === null) return null;
    rows.push([...row, joint[0]]);
    if (numbered && joint[1] !== String(r)) return null;
    row = [joint[1], ...tokens.slice(r * (width - 1) + 1, (r + 1) * (width - 1)).map(clean)];
  }
  rows.push([...row, clean(tokens[tokens.length - 1])]);
  return rows.every((r) => r.length === width) ? rows : null;
}

/** A joint's two cells: before a row's number at its end ("больничный лист 6", " 2"), or before a quoted cell; or null. */
function apart(joint: string): [string, string] | null {
  const quote = joint.indexOf('\u0001');
  if (quote >= 0) return [clean(joint.slice(0, quote)), clean(joint.slice(quote + 1))];
  const numbered = /^(.*?)(?:^|\s)(\d{1,3})\s*$/su.exec(joint);
  return numbered ? [clean(numbered[1]), numbered[2]] : null;
}

function clean(cell: string): string {
  return cell.replace(/\u0001/gu, '').trim();
}
