/** Every register kenes knows, in the order they are loaded and listed. */
import { activities } from './activities.ts';
import { appeals } from './appeals.ts';
import { attendance } from './attendance.ts';
import { bodies } from './bodies.ts';
import { splitName, type Register } from './defineRegister.ts';
import { letters } from './letters.ts';
import { media } from './media.ts';
import { meetings } from './meetings.ts';
import { members } from './members.ts';
import { npaReviews } from './npaReviews.ts';
import { plan } from './plan.ts';
import { statedFigures } from './statedFigures.ts';
import { votes } from './votes.ts';

export const REGISTERS: readonly Register[] = [
  members, bodies, meetings, attendance, votes, activities, appeals, letters, npaReviews, media, statedFigures, plan,
];

export function findRegister(id: string): Register | undefined {
  return REGISTERS.find((r) => r.id === id);
}

/**
 * The registers a sheet or file name stands for: those with a name whose
 * words appear, in order, among the name's words (splitName), a word matching
 * also in another grammatical form (`обращений` for `обращения`). `appeals.csv`,
 * `appeals-2025-q1.csv`, `Обращения_Q1.xlsx`, `Реестр обращений граждан 2025`
 * all name the appeals register; `Выгрузка из журнала 2025.csv` names none.
 */
export function registersNamedBy(name: string): Register[] {
  const words = splitName(name.replace(/\.(csv|tsv|xlsx|xlsm|txt)$/i, ''));
  return REGISTERS.filter((r) => r.nameWords.some((n) => containsWords(words, n)));
}

/** The one register a name stands for; undefined when it names none, or several. */
export function recognizeRegister(name: string): Register | undefined {
  const named = registersNamedBy(name);
  return named.length === 1 ? named[0] : undefined;
}

function containsWords(words: readonly string[], name: readonly string[]): boolean {
  for (let i = 0; i + name.length <= words.length; i++) {
    if (name.every((w, k) => sameWord(words[i + k], w))) return true;
  }
  return false;
}

/**
 * The same word, or the same word in another form: Russian and Kazakh endings
 * change the last letter or two (`обращения`/`обращений`, `члены`/`членов`,
 * `appeals`/`appeal`), so words of four letters or more sharing all but their
 * last two letters match. Shorter words (`нпа`, `сми`) match only whole.
 */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common >= 4 && common >= Math.max(a.length, b.length) - 2;
}
