import { COUNT_SOURCE as N, parseCount } from '../parseCount.ts';
import { PRESENCE_CHANGE, SECTION_NEW } from './lexicon.ts';
import { re } from './re.ts';

const CHANGE = re(PRESENCE_CHANGE);
/** "Присутствуют 14 членов Совета", "осталось 14", "14 мүше қатысып отыр": how many are present after the change. */
const STATED = re(`(?:присутству(?:ют|ет)|остал(?:ось|ись)|қатысып\\s+отыр(?:ған)?)\\s+(${N})(?=\\s|[.,;]|$)|(?<![\\d\\p{L}])(${N})\\s+(?:член[\\p{L}]*|мүше[\\p{L}]*|человек)(?:\\s+(?:совета|комиссии|президиума|кеңес[\\p{L}]*))?\\s+(?:присутству|қатысып\\s+отыр|қалды)`);
/**
 * The change noted beside a name in the list of those present ("8. Ли В.Г. (покинул заседание после рассмотрения второго
 * вопроса)"): it says who, not where in the course of the meeting.
 */
const LIST_NOTE = re(`^\\s*\\d{1,3}\\s*[.)]\\s*[^\\s\\d]|\\([^()]*${PRESENCE_CHANGE}[^()]*\\)`);

/**
 * How many are present at each line of the protocol: those stated present at the opening, until the text tells one left
 * or came ("После рассмотрения второго вопроса член Совета Ли В.Г. покинул заседание. Присутствуют 14 членов Совета") —
 * from there the number it states, or unknown when it states none. A departure noted only beside a name in the list,
 * placed by no line of the course of the meeting, leaves every line after it unknown: the vote it came before is not
 * known. (A vote counted "by exception" or "the rest" needs this number; it must never be the opening's when it may
 * have changed.)
 */
export function presenceByLine(lines: string[], opening: number | null): (number | null)[] {
  const changes = lines.map((l) => l.length <= 600 && CHANGE.test(l));
  const isNote = (k: number) => changes[k] && LIST_NOTE.test(lines[k]) && !re(SECTION_NEW).test(lines[k]);
  const notes = lines.filter((_, k) => isNote(k)).length;
  const told = changes.filter((c, k) => c && !isNote(k)).length;
  const out: (number | null)[] = [];
  let now = opening;
  for (let k = 0; k < lines.length; k++) {
    if (changes[k]) {
      if (isNote(k)) {
        if (notes > told) now = null;
      } else {
        now = statedAfter(lines[k]) ?? statedAfter(lines[k + 1] ?? '');
      }
    }
    out.push(now);
  }
  return out;
}

function statedAfter(line: string): number | null {
  const m = STATED.exec(line);
  return m ? parseCount(m[1] ?? m[2]) : null;
}
