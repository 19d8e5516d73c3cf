/** A form's label alone on its line, ending with its colon: "Номер протокола:", "Присутствовали, чел.:", "в т.ч. дистанционно:". */
const LABEL = /^\s*\p{L}[^:\d]{0,60}:\s*$/u;
/** A bare count alone on its line: the label's value. */
const VALUE = /^\s*(\d{1,4})\s*$/u;

/**
 * A protocol typed as a form sets each value on the line under its label ("Номер протокола:" / "5", "Состав комиссии,
 * чел.:" / "7", "в т.ч. дистанционно:" / "1"). A bare count under a label, with a blank line, another label or the end
 * below it (a field of its own, not a column of a table), is read as the label's: "Состав комиссии, чел.: 7" on the
 * label's line, the value's line left blank (every line kept at its number). Run on lines whose page numbers are already
 * blanked, for a count alone on its line is what a page number looks like.
 */
export function joinFormValues(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i + 1 < out.length; i++) {
    const value = VALUE.exec(out[i + 1]);
    if (!value || !LABEL.test(out[i])) continue;
    const below = out[i + 2];
    if (below !== undefined && below.trim() !== '' && !LABEL.test(below)) continue;
    out[i] = `${out[i].trimEnd()} ${value[1]}`;
    out[i + 1] = '';
    i++;
  }
  return out;
}
