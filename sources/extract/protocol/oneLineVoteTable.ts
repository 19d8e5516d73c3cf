import { labelOf } from './readVoteTable.ts';
import type { VoteCategory } from './lexicon.ts';

/** The counts that end the line, each a cell (a tab or two spaces before it): "\t4\t1\t0", "   6   0   1". */
const TRAILING_COUNTS = /^(.*?\S)((?:(?:\t|\s{2,})\s*(?:\d{1,3}|[-–—]))+)\s*$/u;
/** The question's number, the one word of the row's name with a digit: "1", "2.", "1-мәселе", "№ 3" ("№" a word apart). */
const QUESTION_NO = /^\d{1,2}(?:[.)]|-[\p{L}]+)?$/u;

/** The row's name after the labels: six words at most, none with a digit but the question's number ("по вопросу 1", "1-мәселе бойынша"). */
function isRowName(words: string[]): boolean {
  const numbered = words.filter((w) => /\d/u.test(w));
  return words.length <= 6 && numbered.length <= 1 && numbered.every((w) => QUESTION_NO.test(w));
}

/**
 * A vote table of one row, its header and its row read onto one line (a PDF whose first column's cells, "Итоги
 * голосования" over "по вопросу 1", came as one wrapped cell): "Итоги голосования «за» «против» «воздержались» по вопросу
 * 1 ⇥ 4 ⇥ 1 ⇥ 0", "Дауыс беру нәтижесі Жақтап Қарсы Қалыс қалды 1-мәселе бойынша   6   0   1". The labels stand in a run, a
 * count under each ends the line, as many as the labels: the line is told again as the sentence the vote readers know
 * ("Итоги голосования по вопросу 1: «за» – 4, «против» – 1, «воздержались» – 0"), at its number. A line whose counts are
 * not one a label (fewer, more), or whose words between hold another number, is left as it is.
 */
export function joinOneLineVoteTables(lines: string[]): string[] {
  return lines.map((line) => asVoteSentence(line) ?? line);
}

function asVoteSentence(line: string): string | null {
  const m = TRAILING_COUNTS.exec(line.trim());
  if (!m) return null;
  const counts = m[2].trim().split(/\s+/u);
  const words = m[1].replace(/\t/gu, ' ').split(/\s+/u);
  const run = labelRun(words);
  if (run === null || run.labels.length !== counts.length) return null;
  const lead = words.slice(0, run.start);
  const name = words.slice(run.end);
  if (lead.length > 4 || lead.some((w) => /\d/u.test(w)) || !isRowName(name)) return null;
  const head = [...lead, ...name].join(' ');
  const told = run.labels.map((l, k) => `${l.words} – ${counts[k]}`).join(', ');
  return head === '' ? told : `${head}: ${told}`;
}

/** The first run of whole vote labels among the words ("«за»", "Қалыс қалды"), each of another kind, "for" among them. */
function labelRun(words: string[]): { start: number; end: number; labels: { words: string; category: VoteCategory }[] } | null {
  for (let i = 0; i < words.length; i++) {
    const labels: { words: string; category: VoteCategory }[] = [];
    let k = i;
    while (k < words.length) {
      let found = 0;
      // The longest span of words that is a label ("Қалыс қалды" before "Қалыс").
      for (let n = Math.min(3, words.length - k); n >= 1 && found === 0; n--) {
        const category = labelOf(words.slice(k, k + n).join(' '));
        if (category !== null && !labels.some((l) => l.category === category)) {
          labels.push({ words: words.slice(k, k + n).join(' '), category });
          found = n;
        }
      }
      if (found === 0) break;
      k += found;
    }
    if (labels.length >= 2 && labels.some((l) => l.category === 'for')) return { start: i, end: k, labels };
    if (labels.length > 0) return null;
  }
  return null;
}
