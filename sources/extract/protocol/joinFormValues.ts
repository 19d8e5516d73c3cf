import { COUNT_SOURCE as N } from '../parseCount.ts';
import { re } from './re.ts';

/** A form's label: a short line ending with a colon ("Присутствовали:", "из них в режиме ВКС:", "Барлығы мүшелер саны:"). */
const LABEL = /^\s*\S[^:]{0,78}:\s*$/u;
/** A bare count as a form's value: "15", "19 (девятнадцать)", "5 чел.", "12 мүше" — nothing else on its line. */
const VALUE = re(`^\\s*(?:${N})(?:\\s*\\((?:${N})\\))?\\s*(?:чел\\.?|человек[\\p{L}]*|член[\\p{L}]*|мүше[\\p{L}]*|адам)?\\s*[.;]?\\s*$`, 'iu');

/**
 * A protocol typed as a form puts each label on its line and the value on the next ("Присутствовали:" / "15", "из них в
 * режиме ВКС:" / "5"): read apart, the label is a heading with nothing under it and the number a line of its own. Such
 * a pair (one blank line between them at most) is read as one line, "Присутствовали: 15", at the label's line. A label
 * followed by anything but a bare count (a list, a sentence, a date) is left as it is; so is a cell of a table (a tab).
 */
export function joinFormValues(input: { lines: string[]; numbers: number[] }): { lines: string[]; numbers: number[] } {
  const { lines, numbers } = input;
  const out: string[] = [];
  const outNumbers: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const next = lines[i + 1]?.trim() === '' ? i + 2 : i + 1;
    if (LABEL.test(lines[i]) && !lines[i].includes('\t') && next < lines.length && !lines[next].includes('\t') && VALUE.test(lines[next])) {
      out.push(`${lines[i].trimEnd()} ${lines[next].trim()}`);
      outNumbers.push(numbers[i]);
      i = next;
      continue;
    }
    out.push(lines[i]);
    outNumbers.push(numbers[i]);
  }
  return { lines: out, numbers: outNumbers };
}
