import { AGENDA_HEADING } from './lexicon.ts';
import { re } from './re.ts';

const BARE_NUMBER = /^\s*(\d{1,2})\s*$/u;
/** An item's title: words, or a quoted title ("«Атбасар ауданында …» мәслихат шешімінің жобасы туралы"). */
const TITLE = /^\s*[\p{L}«"“„(]/u;

/**
 * An e-form prints its agenda a bare number on a line and the item's title on the next ("1" / "Атбасар қаласының жылу
 * маусымына … туралы" / "Баяндамашы: …" / "2" / …): read apart, the numbers are lines of their own and no item is numbered.
 * Right under the agenda's heading (rules and blank lines between), numbers running 1, 2, 3 … each with a title under it
 * are read as "1. title" on the title's line, the number's line left blank (every line kept at its number). Two items at
 * least; a number with no title under it ends the run.
 */
export function joinBareItemNumbers(lines: string[]): string[] {
  const out = [...lines];
  for (let h = 0; h < out.length; h++) {
    // The heading alone on its line: an item after it is read by the agenda's own reader.
    const heading = re(AGENDA_HEADING).exec(out[h]);
    if (!heading || heading[1].trim() !== '') continue;
    let i = h + 1;
    while (i < out.length && (out[i].trim() === '' || /^\s*[-–—_=]{10,}\s*$/u.test(out[i]))) i++;
    const items: number[] = [];
    for (let n = 1, k = i; k < out.length; n++) {
      const m = BARE_NUMBER.exec(out[k]);
      if (!m || Number(m[1]) !== n || !TITLE.test(out[k + 1] ?? '')) break;
      items.push(k);
      // The item's further lines ("Баяндамашы: …") up to the next number.
      k += 2;
      while (k < out.length && out[k].trim() !== '' && !BARE_NUMBER.test(out[k])) k++;
    }
    if (items.length < 2) continue;
    for (const k of items) {
      out[k + 1] = `${out[k].trim()}. ${out[k + 1].trim()}`;
      out[k] = '';
    }
  }
  return out;
}
