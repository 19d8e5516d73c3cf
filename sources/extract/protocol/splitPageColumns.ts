import { AGENDA, PRESENT_HEADING, SECTION_NEW } from './lexicon.ts';
import { re } from './re.ts';
import { matchesOf } from '../grammar/matchesOf.ts';

/**
 * A protocol set in two newspaper columns (a Writer section of two columns, saved as PDF): the text flows down the left
 * column and on at the top of the right one, and read across the page each line holds a line of both — "ПРИСУТСТВОВАЛИ:"
 * beside "ПОВЕСТКА ДНЯ:", "7. Жунусов М.Т." beside "Голосовали: «за» – 15, … «воздержались» –", "9. Каирбеков Н.Е." beside
 * "1. Решение принято." (a count read from the wrong column). The PDF's text gives each such line as its two parts with a
 * tab between. A block of such lines is read column by column: the left parts, then the right ones, each line keeping
 * its number in the text. Only a block that is prose on both sides: a run of lines with one tab each, the discussion's or
 * the agenda's headings in the right parts and the attendance's in the left ones, and long lines on both sides — a
 * table of two columns (a name and a role, a question and its result) is never one.
 */
export function splitPageColumns(text: string[]): { lines: string[]; numbers: number[] } {
  const input = { lines: text, numbers: text.map((_, k) => k + 1) };
  const lines: string[] = [];
  const numbers: number[] = [];
  let i = 0;
  while (i < input.lines.length) {
    let end = i;
    while (end < input.lines.length && oneTab(input.lines[end])) end++;
    if (end - i < MIN_LINES || !isPageColumns(input.lines.slice(i, end))) {
      lines.push(input.lines[i]);
      numbers.push(input.numbers[i]);
      i++;
      continue;
    }
    const block = input.lines.slice(i, end).map((l, k) => ({ tab: l.indexOf('\t'), no: input.numbers[i + k] }));
    const left = block.map((b, k) => ({ text: input.lines[i + k].slice(0, b.tab).trimEnd(), no: b.no }));
    const right = block.map((b, k) => ({ text: input.lines[i + k].slice(b.tab + 1).trim(), no: b.no }));
    for (const column of [left, right]) {
      let last = 0;
      for (const part of column) {
        const items = itemsOf(part.text, last);
        last = items.last;
        for (const text of items.parts) {
          lines.push(text);
          numbers.push(part.no);
        }
      }
    }
    i = end;
  }
  return { lines, numbers };
}

const MIN_LINES = 6;
/** A line of a column long enough to be a paragraph's, not a table cell's. */
const LONG = 60;
const HEADINGS_RIGHT = re(`(?:^|\\s)(?:${AGENDA}\\s*:|(?:\\d{1,2}\\s*[.)]\\s*)?(?:слушали|тыңдалды|решили|голосовали)\\s*:)|${SECTION_NEW}`);
const HEADING_LEFT = re(`^\\s*${PRESENT_HEADING}\\s*(?:\\(\\s*\\d{1,3}\\s*\\))?\\s*:`);

function oneTab(line: string): boolean {
  const tab = line.indexOf('\t');
  return tab > 0 && line.indexOf('\t', tab + 1) < 0 && line.slice(tab + 1).trim() !== '';
}

function isPageColumns(block: string[]): boolean {
  const left = block.map((l) => l.slice(0, l.indexOf('\t')));
  const right = block.map((l) => l.slice(l.indexOf('\t') + 1));
  return left.some((l) => HEADING_LEFT.test(l)) && right.filter((r) => HEADINGS_RIGHT.test(r)).length >= 2
    && left.filter((l) => l.trim().length > LONG).length >= 2 && right.filter((r) => r.trim().length > LONG).length >= 2;
}

/** A heading in capitals inside a line: "ОТСУТСТВОВАЛИ (5):", "ПРИГЛАШЕННЫЕ:". */
const HEADING_WORDS = '[А-ЯЁӘҒҚҢӨҰҮҺІ]{2,}(?:\\s+[А-ЯЁӘҒҚҢӨҰҮҺІ]{2,})*\\s*(?:\\(\\s*\\d{1,3}\\s*\\))?\\s*:';
/** Not inside a heading of several words ("КҮН ТӘРТІБІ:"), nor after its item's number ("1. ТЫҢДАЛДЫ:"). */
const INLINE_HEADING = new RegExp(`(?<![A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]|(?:^|\\s)\\d{1,2}[.)])\\s(?=${HEADING_WORDS})`, 'gu');
const LEADING_HEADING = new RegExp(`^\\s*${HEADING_WORDS}`, 'u');
const ITEM = /\s(\d{1,2})\s*[.)]\s+(?=[\p{Lu}«"])/gu;

/**
 * A column's narrow lines read as one paragraph ("2. Белоусова Т.Н. – … 3. Кусаинова А.М. – … 4. Ахметов Д.Ж.", "… 2025–2026
 * гг. 2. О тарифах …", "16. Шарипов К.М. ОТСУТСТВОВАЛИ (5): 1. Абишев Т.Т. – …"): cut before each item that goes on from the
 * number before it (the column's last, `last`) and before a heading in capitals, which starts a list of its own.
 */
function itemsOf(text: string, last: number): { parts: string[]; last: number } {
  const lead = /^\s*(\d{1,2})\s*[.)]\s/u.exec(text);
  let no = lead ? Number(lead[1]) : LEADING_HEADING.test(text) || /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u.test(text) ? 0 : last;
  const cuts: { at: number; heading: boolean; no: number }[] = [
    ...matchesOf(text, INLINE_HEADING).map((m) => ({ at: m.index!, heading: true, no: 0 })),
    ...matchesOf(text, ITEM).map((m) => ({ at: m.index!, heading: false, no: Number(m[1]) })),
  ].sort((a, b) => a.at - b.at);
  const parts: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    if (!cut.heading && cut.no !== no + 1) continue;
    no = cut.no;
    parts.push(text.slice(from, cut.at).trim());
    from = cut.at;
  }
  parts.push(text.slice(from).trim());
  return { parts: parts.filter((p) => p !== ''), last: no };
}
