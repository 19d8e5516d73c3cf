import type { ExtractIssue, VoteDeclared } from '../types.ts';
import { questionSectionsOf } from './countQuestionSections.ts';
import { declaredIn } from './declaredIn.ts';
import { decisionItemsAfter } from './decisionItems.ts';
import type { QuestionVote } from './readMemberVoteTable.ts';
import type { LocatedVote } from './readVoteTable.ts';
import { resultsByQuestion } from './resultsByQuestion.ts';

const CATEGORIES = ['for', 'against', 'abstain'] as const;

/**
 * A table of members' votes per question states the counts; the result of each question stands in the text under its
 * heading ("По второму вопросу …" / "Решение принято единогласно."). Each table vote takes the result of its question's
 * section. A vote the section tells on its own ("«За» – 8 при 16 присутствующих … РЕШЕНИЕ НЕ ПРИНЯТО", "единогласно") is the
 * same vote told again when it agrees with the table (each count it gives the table's, "единогласно" with none against or
 * abstaining): one vote, with the table's counts and the section's result. A section that tells another vote, or two,
 * or results that differ, leaves both as they are, with an issue — a person says which is right. `sections`: where each
 * question's part of the text starts (its heading's line), by default the discussion's headings.
 */
export function declareByQuestion(
  votes: LocatedVote[], byQuestion: QuestionVote[], lines: string[], issues: ExtractIssue[], sections = questionSectionsOf(lines),
): LocatedVote[] {
  if (byQuestion.length === 0) return votes;
  const dropped = new Set<LocatedVote>();
  for (const q of byQuestion) {
    let k = sections.findIndex((s) => s.no === q.question && s.at > q.end);
    let parts = sections;
    if (k < 0) {
      // No section of the question after the table: the results told in one sentence after it, question by question; or in
      // the decisions listed after it an item a question ("РЕШИЛИ:" / "1. … – решение принято." / "3. … – не принято", set
      // 190), each item read as the question's section.
      const after = resultsAfter(lines, q.end).get(q.question);
      parts = after === undefined ? decisionItemsAfter(lines, q.end) : [];
      k = parts.findIndex((s) => s.no === q.question);
      if (k < 0) {
        q.declared ??= after ?? null;
        continue;
      }
    }
    const from = parts[k].at;
    const to = parts.slice(k + 1).find((s) => s.at > from)?.at ?? (parts === sections ? lines.length : Math.min(lines.length, from + ITEM_LINES));
    const told = votes.filter((v) => !byQuestion.includes(v as QuestionVote) && v.start >= from && v.start < to);
    if (told.length === 0) {
      q.declared = oneResultIn(lines.slice(from, to));
      continue;
    }
    const v = told[0];
    const agrees = told.length === 1 && CATEGORIES.every((c) => v[c] === null || v[c] === q[c]) && (!v.unanimous || (!q.against && !q.abstain));
    if (!agrees) {
      issues.push({ line: v.line, message: `vote: question ${q.question} of the members' table and the vote told under it differ; both kept` });
      continue;
    }
    q.declared = v.declared ?? oneResultIn(lines.slice(from, to));
    q.unanimous ||= v.unanimous;
    dropped.add(v);
  }
  return votes.filter((v) => !dropped.has(v));
}

/** How many lines the last of the decisions listed after a table may run (the signatures follow it). */
const ITEM_LINES = 4;

/** The result a section declares, when all its lines that declare one agree; null otherwise. */
function oneResultIn(lines: string[]): VoteDeclared | null {
  const found = new Set(lines.map((l) => declaredIn(l)).filter((d) => d !== null));
  return found.size === 1 ? [...found][0] : null;
}

/** The results, question by question, of the first sentence that tells them within the few lines after a table. */
function resultsAfter(lines: string[], end: number): Map<number, VoteDeclared> {
  for (const line of lines.slice(end + 1, end + 4)) {
    const found = resultsByQuestion(line);
    if (found.size > 0) return found;
  }
  return new Map();
}
