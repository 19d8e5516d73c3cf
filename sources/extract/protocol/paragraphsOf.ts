import { AGENDA_HEADING, SECTION_NEW } from './lexicon.ts';
import { re } from './re.ts';

export interface Paragraph {
  text: string;
  /** The line of the text where a character of the paragraph stands. */
  lineAt: (offset: number) => number;
}

/** The part of a protocol whose paragraphs are read. */
export interface ParagraphsPart {
  /** The line that ends the part, itself not read: the agenda's heading, "СЛУШАЛИ:", "По первому вопросу …". */
  endsAt: (line: string) => boolean;
  /** Prose only: a table row, a list item or a heading ends the paragraph and is none of it (the lists read those). */
  proseOnly: boolean;
}

/** The attendance part: up to the agenda's heading or the first question's section, its prose only. */
export const ATTENDANCE_PART: ParagraphsPart = { endsAt: (line) => re(AGENDA_HEADING).test(line) || re(SECTION_NEW).test(line), proseOnly: true };

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
    const line = lines[i];
    if (part.endsAt(line)) break;
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
  }
  flush();
  return out;
}
