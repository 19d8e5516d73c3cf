import { continuesSentence } from './continuesSentence.ts';
import { ITEM } from './readLists.ts';

/**
 * The text read as runs of lines: a line that does not end a sentence goes on
 * in the next (continuesSentence), as a sentence a PDF or a narrow column
 * broke reads; so does a bracket left open ("отчеты руководителей 5 отделов (образования; …;" / "ЖКХ, …;" /
 * "сельского хозяйства …) и 2" / "подведомственных организаций"): its semicolons part the bracket's items, they end
 * no sentence. `starts` are the offsets of each line in `text`; a table row never continues a line.
 */
export function runningLines(lines: string[], inTable: Set<number>): { text: string; first: number; starts: number[] }[] {
  const out: { text: string; first: number; starts: number[] }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (inTable.has(i) || lines[i].trim() === '') continue;
    const unit = { text: lines[i], first: i, starts: [0] };
    while (i + 1 < lines.length && !inTable.has(i + 1) && (continuesSentence(lines[i], lines[i + 1]) || inOpenBracket(unit.text, lines[i], lines[i + 1]))) {
      i++;
      unit.starts.push(unit.text.length + 1);
      unit.text += ' ' + lines[i];
    }
    out.push(unit);
  }
  return out;
}

/**
 * A line ended with a semicolon inside a bracket the run opened and has not closed, the next line going on in lower
 * case and no list item: the bracket's list wrapped, not a clause ended.
 */
function inOpenBracket(text: string, line: string, next: string): boolean {
  if (!/;\s*$/u.test(line) || !/^\s*\p{Ll}/u.test(next) || ITEM.test(next)) return false;
  let depth = 0;
  for (const ch of text) {
    if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
  }
  return depth > 0;
}
