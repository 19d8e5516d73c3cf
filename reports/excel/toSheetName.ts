/**
 * Excel's rules for a tab name: at most 31 characters, none of []:*?/\, not
 * empty, no leading or trailing apostrophe, unique ignoring case. We also
 * replace every apostrophe: exceljs writes print-title ranges as 'Name'!$2:$2
 * without doubling apostrophes, so one in a name corrupts the workbook.
 * "History" is Excel's own (Excel will not open a workbook with such a tab, nor
 * exceljs read one): it is numbered like a name already taken.
 */
import { cleanOutputText } from '../cleanOutputText.ts';

const MAX = 31;
const FORBIDDEN = /[[\]:*?/\\']/g;
const RESERVED = new Set(['history']);

export function toSheetName(wanted: string, taken: Set<string>, fallback: string): string {
  let base = cleanOutputText(wanted, { closeBidi: false }).text.replace(FORBIDDEN, (c) => (c === "'" ? '’' : ' ')).replace(/\s+/g, ' ').trim();
  if (base === '') base = fallback;
  let name = base.slice(0, MAX).trim();
  for (let n = 2; taken.has(name.toLocaleLowerCase()) || RESERVED.has(name.toLocaleLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = base.slice(0, MAX - suffix.length).trim() + suffix;
  }
  taken.add(name.toLocaleLowerCase());
  return name;
}
