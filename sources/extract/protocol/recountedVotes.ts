import type { ExtractIssue, ProtocolVote } from '../types.ts';
import { sectionNumberOf } from './countQuestionSections.ts';
import { COUNT_VOIDED, QUESTION_NEW, SECTION_HEARD, VOTE_VOIDED } from './lexicon.ts';
import { re } from './re.ts';

const COUNTS = ['for', 'against', 'abstain'] as const;
/** "СЛУШАЛИ:", "ТЫҢДАЛДЫ:": another question heard — not the same question's vote taken again ("ВЫСТУПИЛИ:" may be the counting commission). */
const HEARD = re(`(?:^|[\\s.)])(?:${SECTION_HEARD})\\s*:`);

/**
 * A vote counted wrong and taken again (set 146): "Дауыс беру нәтижесі: жақтап – 6, қарсы – 3, қалыс – 2." / "… дауыстар саны
 * (11) отырысқа қатысушылар санынан (10) көп … алғашқы санақ жарамсыз деп танылып, дауыс беру қайталанды." / "Қайта дауыс
 * беру: жақтап – 6, қарсы – 3, қалыс – 1. Шешім қабылданды.", "… подсчёт голосов признан ошибочным … Повторное голосование:
 * за – 8 …". The first count was no vote of the members — it was miscounted — and the question has ONE vote, the repeated.
 * Read so only when the text says the COUNT was wrong (COUNT_VOIDED), or says the vote was invalid and its counts add up to
 * more than those present — counts that could not be the members'. A vote declared invalid for what the members did (a
 * guest voted, the wrong text shown) with counts that could be theirs was held, and stays one (set 7, set 8: both votes,
 * the first with no result). Only the two votes next to each other under one question, both with all three counts.
 */
export function withoutRecountedVotes(votes: ProtocolVote[], lines: string[], present: number | null, issues: ExtractIssue[]): ProtocolVote[] {
  const dropped = new Set<ProtocolVote>();
  for (let k = 0; k + 1 < votes.length; k++) {
    const [first, again] = [votes[k], votes[k + 1]];
    if (!COUNTS.every((c) => first[c] !== null && again[c] !== null) || again.line <= first.line) continue;
    const between = lines.slice(first.line, again.line - 1);
    if (between.some((l) => sectionNumberOf(l) !== null || re(QUESTION_NEW).test(l) || HEARD.test(l))) continue;
    const told = [...between, lines[again.line - 1] ?? ''].join(' ');
    const sum = COUNTS.reduce((s, c) => s + (first[c] ?? 0), 0);
    const miscounted = re(COUNT_VOIDED).test(told) || (re(VOTE_VOIDED).test(told) && present !== null && sum > present);
    if (!miscounted) continue;
    dropped.add(first);
    issues.push({ line: first.line, message: `vote: its count (${first.for}/${first.against}/${first.abstain}) found wrong and the vote taken again: the repeated one is the question's vote` });
  }
  return dropped.size === 0 ? votes : votes.filter((v) => !dropped.has(v));
}
