import type { ReportCandidate, ReportFigure } from '../types.ts';

export const ANSWERED_TWICE_WHY = 'the form asks this question twice (two drafts pasted together) and the answers differ: which one stands is for a person to say';

/**
 * The figures of a form's question answered twice with answers that differ (joinValueLines.answeredTwice): each answer's
 * line read alone, every figure it states a candidate with the reason, none a figure — the first draft is no more the
 * report's than the second.
 */
export function answersThatDiffer(lines: string[], at: number[], read: (only: string[]) => ReportFigure[]): ReportCandidate[] {
  return at.flatMap((k) => read(lines.map((l, j) => (j === k ? l : ''))).map((f) => ({ ...f, why: ANSWERED_TWICE_WHY })));
}
