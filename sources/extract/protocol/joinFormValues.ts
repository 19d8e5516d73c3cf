import { COUNT_SOURCE as N } from '../parseCount.ts';
import { re } from './re.ts';

/** A form's label alone on its line, ending with its colon: "Номер протокола:", "Присутствовали, чел.:", "из них в режиме ВКС:". */
const LABEL = /^[ \u00a0]*\p{L}[^:\d\t]{0,78}:[ \u00a0]*$/u;
/** A bare count as a form's value: "15", "№ 7", "19 (девятнадцать)", "5 чел.", "12 мүше" — nothing else on its line (a tab
 * makes it a table's cell). Its parts may follow: "11 (он бір), оның ішінде онлайн – екеуі (Zoom)", "4, из них по уважительной – 3". */
const VALUE = re(`^[ \\u00a0]*(?:№\\s*)?(${N})(?:\\s*\\((?:${N})\\))?\\s*(?:чел\\.?|человек[\\p{L}]*|член[\\p{L}]*|мүше[\\p{L}]*|адам)?(?:\\s*,\\s*(?:оның\\s+ішінде|соның\\s+ішінде|из\\s+них|в\\s+том\\s+числе)\\s+[^:\\t]{1,80}?)?\\s*[.;]?\\s*$`, 'iu');
/** What may stand under a field's value: nothing, the next label, or a list in dashes, bullets or numbered "1)" / "1.". */
const AFTER_VALUE = /^\s*(?:$|[-–—•·]\s|\d{1,3}[.)]\s)/u;

/**
 * A protocol typed as a form sets each value on the line under its label ("Номер протокола:" / "5", "Присутствовали,
 * чел.:" / "6", "из них в режиме ВКС:" / "5", "Отсутствовали:" / "4" over the list of absentees), one blank line between
 * them at most (not a table's cells: no tab). Read apart, the label is a heading with nothing under it and the number a line of its own; such a pair is
 * read as one line, "Присутствовали, чел.: 6", at the label's line, the value's line left blank (every line kept at its
 * number). A bare count with a name or a sentence under it is the first number of a list or a table written a cell a line
 * ("Присутствовали:" / "1" / "Иванов И.И."), no field; neither is a date or a room under a label. Run on lines whose page
 * numbers are already blanked, for a count alone on its line is what a page number looks like.
 */
export function joinFormValues(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i + 1 < out.length; i++) {
    if (!LABEL.test(out[i])) continue;
    const at = out[i + 1].trim() === '' ? i + 2 : i + 1;
    const value = at < out.length ? VALUE.exec(out[at]) : null;
    if (!value) continue;
    const below = out[at + 1];
    if (below !== undefined && !AFTER_VALUE.test(below) && !LABEL.test(below)) continue;
    out[i] = `${out[i].trimEnd()} ${out[at].trim()}`;
    out[at] = '';
    i = at;
  }
  return out;
}
