import { ONLINE as ONLINE_WORD } from './lexicon.ts';
import { re } from './re.ts';

/**
 * A participation cell marked with a symbol, as a note app or a messenger draws it: "✅ залда", "💻 онлайн", "❌" (the
 * reason in its own column), "✔", "☑ очно", "✗ ауырып қалды". The symbol says what the words beside it may leave out:
 * a cross is absence, a check presence in the room, a screen presence online. Returns the cell told in words the table's
 * reader knows ("отсутствует (іссапар)", "очно", "онлайн"), or the cell unchanged when it opens with no such symbol. A cell
 * whose words say otherwise than its symbol ("✅ отсутствует") is given as both, so the reader finds it not understood.
 */
// (A multiplication sign "×" is a cross typed from a keyboard's symbols: "✔ – қатысты; × – қатыспады", set 190's Zhuantobe.)
const ABSENT = /^[\s]*(?:❌|✗|✘|✖️?|⛔|🚫|❎|×(?=\s|$))\uFE0F?\s*/u;
/** A tick: "✓", "✔", "✅", "☑" (a variation selector after it or not). */
export const TICK = '(?:✅|✔\\uFE0F?|☑\\uFE0F?|✓)';
const PRESENT = new RegExp(`^[\\s]*${TICK}\\uFE0F?\\s*`, 'u');
const SCREEN = /^[\s]*(?:💻|🖥️?|📹|🎥|📱)\uFE0F?\s*/u;

export function partOfSymbol(cell: string): string {
  const absent = ABSENT.exec(cell);
  if (absent) {
    const rest = cell.slice(absent[0].length).trim();
    return rest === '' ? 'отсутствует' : `отсутствует (${rest})`;
  }
  const present = PRESENT.exec(cell);
  if (present) return cell.slice(present[0].length).trim() || 'очно';
  const online = SCREEN.exec(cell);
  if (online) {
    const rest = cell.slice(online[0].length).trim();
    return rest === '' || re(ONLINE_WORD).test(rest) ? rest || 'онлайн' : `онлайн (${rest})`;
  }
  return cell;
}
