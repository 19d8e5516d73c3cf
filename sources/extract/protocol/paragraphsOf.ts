import { AGENDA_HEADING, SECTION_NEW } from './lexicon.ts';
import { re } from './re.ts';

export interface Paragraph {
  text: string;
  /** The line of the text where a character of the paragraph stands. */
  lineAt: (offset: number) => number;
}

/** The part of a protocol whose paragraphs are read. */
export interface ParagraphsPart {
  /**
   * Where the part ends in a line, -1 when the line is all of it: 0 for a line that ends it, itself not read (the agenda's
   * heading, "СЛУШАЛИ:"); further on for a protocol told as prose, whose first question's section opens inside a line
   * ("… күн тәртібі бірауыздан бекітілді. Бірінші мәселе бойынша …"): the line's text before it is the part's.
   */
  endsAt: (line: string) => number;
  /** Prose only: a table row, a list item or a heading ends the paragraph and is none of it (the lists read those). */
  proseOnly: boolean;
}

/** The attendance part: up to the agenda's heading or the first question's section, its prose only. */
export const ATTENDANCE_PART: ParagraphsPart = { endsAt: (line) => (re(AGENDA_HEADING).test(line) || re(SECTION_NEW).test(line) ? 0 : -1), proseOnly: true };

/** The paragraphs of a part: lines joined up to a blank line, hyphenated words made whole, each character's line kept. */
export function paragraphsOf(lines: string[], numbers: number[], part: ParagraphsPart = ATTENDANCE_PART): Paragraph[] {
  const out: Paragraph[] = [];
  let text = '';
  let starts: { at: number; line: number }[] = [];
  const flush = () => {
    if (text.trim() !== '') {
      const at = starts;
      out.push({ text, lineAt: (offset) => [...at].reverse().find((s) => s.at <= offset)?.line ?? at[0].line });
    }
    text = '';
    starts = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const end = part.endsAt(lines[i]);
    const line = end < 0 ? lines[i] : lines[i].slice(0, end);
    if (end === 0) break;
    if (line.trim() === '' || (part.proseOnly && (/\t|\s\|\s/.test(line) || /^\s*(?:\d{1,3}\s*[.)]|[-–—•·*▪])\s/u.test(line) || /:\s*$/.test(line)))) {
      flush();
      continue;
    }
    // "находя-" / "щийся": a word broken at the end of the line is joined without its hyphen.
    const broken = /\p{L}-$/u.test(text) && /^\s*\p{Ll}/u.test(line);
    if (broken) text = text.slice(0, -1);
    else if (text !== '') text += ' ';
    starts.push({ at: text.length, line: numbers[i] });
    text += line.trim();
    if (end > 0) break;
  }
  flush();
  return out;
}
