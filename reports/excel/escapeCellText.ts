/**
 * Text for a cell as OOXML stores it. Readers (Excel, LibreOffice, exceljs)
 * decode `_xHHHH_` in cell text as the character U+HHHH, so a title that
 * happens to contain "_x0041_" would read back as "A", and "_x000B_" as a
 * vertical tab. Escaping the underscore that starts such a sequence as
 * `_x005F_` (the underscore's own escape) makes it read back as written.
 */
const ESCAPE_LIKE = /_(x[0-9A-Fa-f]{4}_)/g;

export function escapeCellText(text: string): string {
  return text.includes('_x') ? text.replace(ESCAPE_LIKE, '_x005F_$1') : text;
}
