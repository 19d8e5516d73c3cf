import type { VoteDeclared } from '../types.ts';
import { KK_ORDINALS, RU_ORDINALS, ordinalNumber } from './countQuestionSections.ts';
import { declaredIn } from './declaredIn.ts';
import { re } from './re.ts';

/**
 * A question named inside a sentence of results: "1-сұрақ бойынша", "2-мәселе бойынша", "екінші мәселе бойынша", "по 1
 * вопросу", "по второму вопросу", "по вопросу № 3", "вопрос 2 –". Group 1 a number, 2 a Kazakh ordinal, 3 a number, 4 a
 * Russian ordinal, 5 a number.
 */
const QUESTION = re(
  `(?<![\\p{L}\\d])(?:(\\d{1,2})\\s*-?\\s*(?:сұрақ|мәселе)[\\p{L}]*\\s+бойынша|(${KK_ORDINALS.join('|')})\\s+(?:сұрақ|мәселе)[\\p{L}]*\\s+бойынша`
  + `|по\\s+(?:вопросу\\s*№?\\s*)?(\\d{1,2})(?:\\s*-?\\s*(?:му|ому|ему))?(?:\\s+вопросу)?|по\\s+(${RU_ORDINALS.join('|')})[\\p{L}]*\\s+вопросу|вопрос\\s*№?\\s*(\\d{1,2})\\s*[:\\-–—])(?![\\p{L}\\d])`,
  'giu',
);

/**
 * One sentence that gives each question's result in turn, after a table of members' votes per question: "Дауыс беру
 * нәтижесі: 1-сұрақ бойынша шешім қабылданды; 2-сұрақ бойынша шешім қабылданды; 3-сұрақ бойынша шешім қабылданбады",
 * "Итоги: по 1 вопросу – принято, по 2 вопросу – не принято". Each question's part runs to the next question named; its
 * result is the one it declares. Two questions named or more, else none (one question's result is its section's).
 */
export function resultsByQuestion(line: string): Map<number, VoteDeclared> {
  const found = [...line.matchAll(QUESTION)];
  const out = new Map<number, VoteDeclared>();
  if (found.length < 2) return out;
  found.forEach((m, k) => {
    const ordinal = m[2] ?? m[4];
    const no = ordinal !== undefined ? ordinalNumber(ordinal) : Number(m[1] ?? m[3] ?? m[5]);
    const part = line.slice((m.index ?? 0) + m[0].length, found[k + 1]?.index ?? undefined);
    const declared = declaredIn(part);
    // A question named twice is no list of results one can read.
    if (no === null || out.has(no)) return;
    if (declared !== null) out.set(no, declared);
  });
  return out;
}
