import { ABSENT_HEADING, PRESENT_HEADING } from './lexicon.ts';
import { LIST_NO, re } from './re.ts';
import { looksLikePersonLine } from './splitPerson.ts';

/**
 * A list's title typed as a document's title, over a few lines and with no colon — an annex after the signatures:
 * "СПИСОК" / "членов Общественного совета Сарыагашского района," / "присутствовавших на заседании"; "Отырысқа қатысқан
 * Қоғамдық кеңес мүшелерінің" / "ТІЗІМІ". It opens with "Список" (or ends with "тізімі") and names who were present or
 * absent; a numbered person stands under it. Joined into one line ending with a colon, at its first line's number, it is
 * the heading of that list. "Список членов Общественного совета" (no presence word) tells nothing of who came and stays
 * as it is; so does a title over anything but a person.
 */
export function joinListTitles(table: { lines: string[]; numbers: number[] }): { lines: string[]; numbers: number[] } {
  const lines: string[] = [];
  const numbers: number[] = [];
  for (let k = 0; k < table.lines.length; k++) {
    const title = titleAt(table.lines, k);
    if (title) {
      lines.push(`${title.text}:`);
      numbers.push(table.numbers[k]);
      k = title.last;
      continue;
    }
    lines.push(table.lines[k]);
    numbers.push(table.numbers[k]);
  }
  return { lines, numbers };
}

/** At most this many lines make a title. */
const TITLE_LINES = 4;
const OPENS_TITLE = re(`^\\s*(?:список|тізім[\\p{L}]*)(?![\\p{L}])`);
const CLOSES_TITLE = re(`(?<![\\p{L}])тізім[\\p{L}]*\\s*$`);
const PRESENCE = re(`(?:${PRESENT_HEADING}|${ABSENT_HEADING})`);
const NUMBERED = re(`^\\s*${LIST_NO}\\s*(\\S.*)$`, 'u');

function titleAt(lines: string[], k: number): { text: string; last: number } | null {
  // A title is a paragraph of its own: a blank line above it.
  if (k > 0 && lines[k - 1].trim() !== '') return null;
  const block: string[] = [];
  let j = k;
  for (; j < lines.length && j < k + TITLE_LINES && lines[j].trim() !== ''; j++) {
    // A colon, a number or a tab belongs to a heading, a list or a table: no title's line.
    if (lines[j].includes(':') || NUMBERED.test(lines[j]) || lines[j].includes('\t') || lines[j].includes('|')) return null;
    block.push(lines[j].trim());
  }
  if (block.length === 0 || (j < lines.length && lines[j].trim() !== '')) return null;
  if (!OPENS_TITLE.test(block[0]) && !CLOSES_TITLE.test(block[block.length - 1])) return null;
  const text = block.join(' ').replace(/[,.]\s*$/, '');
  if (text.length > 250 || !PRESENCE.test(text)) return null;
  const below = lines.slice(j).find((l) => l.trim() !== '');
  const item = below === undefined ? null : NUMBERED.exec(below);
  if (!item || !looksLikePersonLine(item[2], true)) return null;
  return { text, last: j - 1 };
}
