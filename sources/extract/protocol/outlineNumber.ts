/**
 * A protocol written as an outline numbers its sections, points and sub-points ("2.", "2.1.", "2.1.2.", "1.1.1", "II.") and
 * letters its lists ("а)", "ә)", "б)", "a)", "b)"): the number is a place in the document — never a count, never a person's
 * list number, never a word of the sentence after it.
 */

/** A point's number of two or more levels: "2.1", "2.1.", "1.1.2.", "3.1)". */
const MULTI_LEVEL = '\\d{1,2}(?:\\.\\d{1,2}){1,3}\\.?\\)?';
/** A section's number of one level with its stop or bracket ("2.", "3)"), or a Roman one ("II.", "IV)"; Cyrillic І / Х too). */
const ONE_LEVEL = '(?:\\d{1,2}|[IVXІХ]{1,4})[.)]';
/** A list's letter, Cyrillic (Kazakh letters too) or Latin, with its bracket: "а)", "ә)", "б)", "a)". */
const LETTER = '[а-яёәіңғүұқөһa-z]\\)';

/** The outline's number opening a line, then the space after it; group 1 is the number. */
export const OUTLINE_LEAD = new RegExp(`^\\s*(${MULTI_LEVEL}|${ONE_LEVEL}|${LETTER})\\s+(?=\\S)`, 'u');

/** A point's number of two or more levels opening a line ("2.1. Члены Совета …", "1.1.2. онлайн – 2:"). */
export const POINT_LEAD = new RegExp(`^\\s*${MULTI_LEVEL}\\s+(?=\\S)`, 'u');

/** The line without the outline's number opening it ("2.1.1. в зале (8):" → "в зале (8):"); the line as it is without one. */
export function withoutOutlineNumber(line: string): string {
  const m = OUTLINE_LEAD.exec(line);
  return m ? line.slice(m[0].length) : line;
}

/**
 * Whether a line opens a new point of the outline, a number of two or more levels ("2.1. …", "3.2 …"): the line above, a
 * section's heading with no stop ("2. ПРИСУТСТВОВАЛИ"), is whole — the point's number is no word of its sentence.
 */
export function opensPoint(line: string): boolean {
  return POINT_LEAD.test(line);
}

/** A point's number of two or more levels or a list's letter opening a line ("2.1.", "1.1.2.", "а)", "b)"). */
const POINT_OR_LETTER = new RegExp(`^\\s*(?:${MULTI_LEVEL}|${LETTER})\\s+(?=\\S)`, 'u');

/**
 * The line with a point's number of two or more levels or a list's letter opening it blanked, its offsets kept ("2.1.1. в
 * зале (8):" → "       в зале (8):"). A number of one level ("1.", "3)") is left: it may be a person's number in a roll.
 */
export function withoutPointNumber(line: string): string {
  const m = POINT_OR_LETTER.exec(line);
  return m ? ' '.repeat(m[0].length) + line.slice(m[0].length) : line;
}
