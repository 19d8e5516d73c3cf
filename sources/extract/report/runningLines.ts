import { continuesSentence } from './continuesSentence.ts';

/**
 * The text read as runs of lines: a line that does not end a sentence goes on
 * in the next (continuesSentence), as a sentence a PDF or a narrow column
 * broke reads. `starts` are the offsets of each line in `text`; a table row
 * never continues a line.
 */
export function runningLines(lines: string[], inTable: Set<number>): { text: string; first: number; starts: number[] }[] {
  const out: { text: string; first: number; starts: number[] }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (inTable.has(i) || lines[i].trim() === '') continue;
    const unit = { text: lines[i], first: i, starts: [0] };
    while (i + 1 < lines.length && !inTable.has(i + 1) && continuesSentence(lines[i], lines[i + 1])) {
      i++;
      unit.starts.push(unit.text.length + 1);
      unit.text += ' ' + lines[i];
    }
    out.push(unit);
  }
  return out;
}
