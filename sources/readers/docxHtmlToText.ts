/**
 * A .docx (as mammoth's HTML) laid out the way Word's "save as text" lays it
 * out, so a document reads the same from either file: one paragraph per line,
 * and a table flattened cell by cell — each cell's first line starts with a
 * tab, its further paragraphs follow without one, and a blank line ends the
 * table (a merged cell, like a month heading across the table, is one cell; one merged across some columns of a
 * row with other cells is followed by an empty cell for each further column it covers, so the row keeps its columns). The report extractor reads tables (the 2019 monitoring table) in that
 * layout; mammoth's raw text would lose the cell boundaries.
 */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const BLOCK = /^(p|h[1-6]|li)$/;

export function docxHtmlToText(html: string): string {
  const lines: string[] = [];
  // Open cells of nested tables: each collects its paragraphs until </td>.
  const cells: string[][] = [];
  // The top-level row being read: its cells' lines and how many columns each spans, written out at </tr>.
  let row: { lines: string[]; span: number; down: number }[] | null = null;
  const spans: number[] = [];
  const downs: number[] = [];
  // Of the top-level table: how many rows below each column is still covered by a cell merged down from above.
  let covered: number[] = [];
  let text = '';
  // The open lists, innermost last: a bulleted one (<ul>) as null, a numbered one (<ol>) by its items so far.
  const lists: (number | null)[] = [];
  const endParagraph = () => {
    const paragraph = text;
    text = '';
    if (cells.length > 0) cells[cells.length - 1].push(paragraph);
    else lines.push(paragraph);
  };
  // The last tag closed a list (so the </li> of the item that held it ends no paragraph of its own).
  let listClosed = false;
  // The footnotes and endnotes so far, and whether the link back from a note to its mark ("↑") is being read.
  let notes = 0;
  let backLink = false;
  for (const token of html.split(/(<[^>]+>)/)) {
    const tag = /^<(\/?)([a-z0-9]+)[^>]*?(\/?)>$/i.exec(token);
    if (!tag) {
      if (backLink) continue;
      text += decodeEntities(/^\[\d+\] $/u.test(text) ? token.trimStart() : token);
      if (token !== '') listClosed = false;
      continue;
    }
    const [, closing, rawName] = tag;
    const name = rawName.toLowerCase();
    const afterList = listClosed;
    listClosed = (name === 'ul' || name === 'ol') && closing === '/';
    // A footnote's or an endnote's text, which mammoth lists after the body with a link back to its mark, opens with its
    // mark as Word's "save as text" writes it ("[1] Служебная командировка …" under "Абенов Тимур Калиевич[1]", set 197):
    // the readers tie a note to what its mark is glued to by the same "[1]"; the link back ("↑") is no text.
    if (name === 'a') {
      if (closing && backLink) text = text.replace(/\s+$/u, '');
      backLink = !closing && /href\s*=\s*"#(?:footnote|endnote)-ref-/iu.test(token);
      continue;
    }
    if (name === 'br') text += '\n';
    else if (name === 'ul' || name === 'ol') {
      if (closing) lists.pop();
      else lists.push(name === 'ul' ? null : Number(/start\s*=\s*"?(\d+)/i.exec(token)?.[1] ?? 1) - 1);
    } else if (name === 'li' && !closing && lists.length > 0) {
      // An item keeps its bullet or number, as Word's "save as text" writes it: a paragraph of a bulleted list is an item
      // ("18 февраля – качество питания …;" under "Количество … мониторингов составило 4:"), not a sentence of prose; an
      // auto-numbered agenda ("1. Об отчёте …") is a numbered list — mammoth keeps only that it is one, not the
      // numbering's format, so a nested list's items are numbered "1)" to stay apart from the items they belong to.
      // A nested list's item starts its own line.
      if (text.trim() !== '') endParagraph();
      const open = lists.length - 1;
      const count = lists[open];
      if (/\bid\s*=\s*"(?:footnote|endnote)-\d/iu.test(token)) {
        notes++;
        if (count !== null) lists[open] = count + 1;
        text = `[${notes}] `;
      } else if (count === null) text = '• ';
      else {
        lists[open] = count + 1;
        text = open === lists.findIndex((l) => l !== null) ? `${count + 1}. ` : `${count + 1}) `;
      }
    }
    // An item that held a nested list has been written out with it: its end is no empty paragraph.
    else if (name === 'li' && closing && text === '' && afterList) continue;
    else if (BLOCK.test(name) && closing) endParagraph();
    else if ((name === 'td' || name === 'th') && !closing) {
      cells.push([]);
      spans.push(Math.max(1, Math.min(50, Number(/colspan\s*=\s*"?(\d+)/i.exec(token)?.[1] ?? 1))));
      downs.push(Math.max(1, Math.min(500, Number(/rowspan\s*=\s*"?(\d+)/i.exec(token)?.[1] ?? 1))));
    } else if ((name === 'td' || name === 'th') && closing) {
      if (text.trim() !== '') endParagraph();
      const cell = cells.pop() ?? [];
      const span = spans.pop() ?? 1;
      const down = downs.pop() ?? 1;
      const [first = '', ...rest] = cell.flatMap((p) => p.split('\n'));
      const flattened = ['\t' + first, ...rest];
      if (cells.length > 0) cells[cells.length - 1].push(...flattened);
      else if (row) row.push({ lines: flattened, span, down });
      else lines.push(...flattened);
    } else if (name === 'tr' && cells.length === 0) {
      if (!closing) row = [];
      else if (row) {
        // A cell merged across some columns of a row ("4 | единогласно (3 columns) | принято") is followed by an empty
        // cell for each column it covers besides its own, so every row keeps the table's columns; a row of one cell
        // (a heading across the table) stays one cell.
        // A cell merged down from a row above ("Период" over two header rows) leaves its column empty in the rows it
        // covers: an empty cell stands there, so the row keeps the table's columns.
        let column = 0;
        const skipCovered = () => {
          while ((covered[column] ?? 0) > 0) {
            lines.push('\t');
            covered[column]--;
            column++;
          }
        };
        for (const c of row) {
          skipCovered();
          lines.push(...c.lines, ...(row.length > 1 ? Array<string>(c.span - 1).fill('\t') : []));
          for (let k = 0; k < c.span; k++) covered[column + k] = c.down - 1;
          column += c.span;
        }
        if (row.length > 0) skipCovered();
        row = null;
      }
    } else if (name === 'table' && !closing && cells.length === 0) {
      covered = [];
    } else if (name === 'table' && closing && cells.length === 0) {
      // Rows follow each other as a stream of cells, as in Word's text export; a blank line ends the table.
      lines.push('');
    } else if (name === 'table') {
      // A table inside a cell (set 197: a decision's vote table "Жақтады | Қарсы | Қалыс" over "9 | 0 | 1" in the outer row's
      // "Дауыс беру" cell, "Шешім қабылданды." under it; the attendance table under the cell "Қатысқан мүшелер") is a
      // table of its own in its cell's place: a blank line before and after it, so its cells are read with its own header
      // and not run into the outer row's. The cell's paragraphs before and after it keep their places.
      // A cell that opens with the table is an empty cell before it.
      if (text.trim() !== '') endParagraph();
      const cell = cells[cells.length - 1];
      if (!closing && cell.length === 0) cell.push('');
      cell.push('');
    }
  }
  if (text.trim() !== '') endParagraph();
  return lines.join('\n').replace(/\n+$/, '') + '\n';
}
