import { ABSENT_HEADING, APPENDIX_HEADING, PRESENT_HEADING } from './lexicon.ts';
import { LIST_NO, re } from './re.ts';
import { looksLikePersonLine } from './splitPerson.ts';
import { isRoleLine } from './isRoleLine.ts';

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
    const title = titleAt(table.lines, k) ?? bareHeadingAt(table.lines, k);
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
/** An appendix's label over the title: "Приложение 1 к протоколу № 7", "1-қосымша". */
const APPENDIX_LABEL = re(`^\\s*${APPENDIX_HEADING}(?![\\p{L}])`);
const OPENS_TITLE = re(`^\\s*(?:список|тізім[\\p{L}]*)(?![\\p{L}])`);
const CLOSES_TITLE = re(`(?<![\\p{L}])тізім[\\p{L}]*\\s*$`);
const PRESENCE = re(`(?:${PRESENT_HEADING}|${ABSENT_HEADING})`);
const NUMBERED = re(`^\\s*${LIST_NO}\\s*(\\S.*)$`, 'u');

function titleAt(lines: string[], k: number): { text: string; last: number } | null {
  // A title is a paragraph of its own: a blank line above it, or its appendix's label ("Приложение 1 к протоколу № 7 от
  // 09.12.2026" / "Список членов Общественного совета, присутствовавших на заседании", set 165).
  if (k > 0 && lines[k - 1].trim() !== '' && !APPENDIX_LABEL.test(lines[k - 1])) return null;
  const block: string[] = [];
  let j = k;
  for (; j < lines.length && j < k + TITLE_LINES && lines[j].trim() !== ''; j++) {
    // The list right under its title, no blank line between ("… присутствовавших на заседании" / "1. Жанузаков Б.О.").
    if (block.length > 0 && NUMBERED.test(lines[j])) break;
    // A colon, a number or a tab belongs to a heading, a list or a table: no title's line.
    if (lines[j].includes(':') || NUMBERED.test(lines[j]) || lines[j].includes('\t') || lines[j].includes('|')) return null;
    block.push(lines[j].trim());
  }
  if (block.length === 0 || (j < lines.length && lines[j].trim() !== '' && !NUMBERED.test(lines[j]))) return null;
  if (!OPENS_TITLE.test(block[0]) && !CLOSES_TITLE.test(block[block.length - 1])) return null;
  const text = block.join(' ').replace(/[,.]\s*$/, '');
  if (text.length > 250 || !PRESENCE.test(text)) return null;
  const below = lines.slice(j).find((l) => l.trim() !== '');
  const item = below === undefined ? null : NUMBERED.exec(below);
  if (!item || !looksLikePersonLine(item[2], true)) return null;
  return { text, last: j - 1 };
}

/** A rule boxing an e-form's heading: "------------", "============". */
const RULE = /^\s*[-=_─━═]{5,}\s*$/u;
const PERSON_ITEM = re(`^\\s*(?:${LIST_NO})?\\s*(\\S.*)$`, 'u');

/**
 * A list's heading in capitals or as a title, alone on its line and with no colon, perhaps boxed by rules — an e-form's
 * "ҚАТЫСҚАН КЕҢЕС МҮШЕЛЕРІ" / "ПРИСУТСТВОВАЛИ ЧЛЕНЫ СОВЕТА" between two lines of dashes: the heading of its list (a colon
 * added, the rule under it taken away) only when a list of a person per line stands under it — a person, then another
 * person, or a person, their role or status on the next line ("Кеңес мүшесі", "член Совета", "себебі: іссапар") and the
 * next person. A name followed by a speech's first line is no list; nor is a count ("Присутствовали 9 членов") or a
 * sentence.
 */
function bareHeadingAt(lines: string[], k: number): { text: string; last: number } | null {
  const text = lines[k].trim();
  // A tab or a bar makes it a table's header row, read by the table reader.
  if (text === '' || /[:\t|]/.test(text) || /\d/.test(text) || /[.,;]$/.test(text) || text.split(/\s+/).length > 8) return null;
  // Its own paragraph: a blank line or a rule above it.
  if (k > 0 && lines[k - 1].trim() !== '' && !RULE.test(lines[k - 1])) return null;
  if (!PRESENCE.test(text)) return null;
  let j = k + 1;
  if (j < lines.length && RULE.test(lines[j])) j++;
  const person = (at: number): boolean => {
    const item = at < lines.length ? PERSON_ITEM.exec(lines[at]) : null;
    return item !== null && !isRoleLine(item[2]) && looksLikePersonLine(item[2], item[1] !== undefined);
  };
  if (!person(j)) return null;
  if (!person(j + 1) && !(isRoleLine(lines[j + 1] ?? '') && person(j + 2))) return null;
  return { text, last: j - 1 };
}
