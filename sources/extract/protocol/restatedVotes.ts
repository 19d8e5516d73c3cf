import type { ProtocolVote } from '../types.ts';
import { sectionNumberOf } from './countQuestionSections.ts';
import { QUESTION_NEW, SECTION_NEW } from './lexicon.ts';
import { re } from './re.ts';
import { filled } from './readVotes.ts';
import { declaredIn } from './declaredIn.ts';

const COUNTS = ['for', 'against', 'abstain'] as const;

/**
 * A vote told again, read as a second one (set 116, votes restated): each question's vote is one.
 * - The decision under the counts restating some of them ("Дауыс беру: жақтап – 9; қарсы – 1; қалыс – 1." / "ШЕШІМ: … 9 дауыспен
 *   қабылданды.", "за – 12, против – нет …" / "РЕШИЛИ: … (единогласно, 12 голосов)"): a vote a few lines under the one
 *   before, no question opened between, every count it gives equal to that vote's — one vote, the second's result and word
 *   for all added to the first (all for only where none voted against or abstained).
 * - A closing list of the decisions with their counts ("ПОСТАНОВИЛИ: 1. … (за – 11, …). 2. … (за – 8, …)"): the last two
 *   votes or more, each with all three counts equal, in order, to the votes just before them — dropped.
 * Votes that differ in any count, or a single vote repeated at the end, are left as they are: two questions may be
 * voted alike, and only a run of them in the same order is surely a summary.
 */
export function withoutRestatedVotes(votes: ProtocolVote[], lines: string[]): ProtocolVote[] {
  const out: ProtocolVote[] = [];
  for (const v of votes) {
    const last = out[out.length - 1];
    // The result told before its counts ("РЕШИЛИ (принято большинством голосов): рекомендовать …" / "Голосование: за – 5,
    // против – 2, воздержались – 1.", set 179's Zhangeldi): one vote, the counts' with the result's word.
    if (last !== undefined && resultBeforeCounts(last, v, lines)) {
      out[out.length - 1] = { ...v, declared: last.declared };
      continue;
    }
    if (last !== undefined && resultRestated(last, v, lines)) continue;
    if (last !== undefined && restates(last, v, lines)) {
      last.declared ??= v.declared;
      if (v.unanimous === true && !last.against && !last.abstain) last.unanimous = true;
      continue;
    }
    out.push(v);
  }
  for (let k = Math.floor(out.length / 2); k >= 2; k--) {
    const tail = out.slice(out.length - k);
    const before = out.slice(out.length - 2 * k, out.length - k);
    if (tail.every((v, i) => filled(v) === 3 && COUNTS.every((c) => v[c] === before[i][c]))) {
      tail.forEach((v, i) => (before[i].declared ??= v.declared));
      return out.slice(0, out.length - k);
    }
  }
  return out;
}

/**
 * A result with no counts and no word for all, then, a few lines under it with no question opened between, three counts
 * with no result of their own: the same vote, told result first.
 */
function resultBeforeCounts(a: ProtocolVote, b: ProtocolVote, lines: string[]): boolean {
  if (filled(a) !== 0 || a.declared === null || a.unanimous || filled(b) !== 3 || b.declared !== null || b.line - a.line > 4 || b.line <= a.line) return false;
  if (a.item !== undefined && b.item !== undefined && a.item !== b.item) return false;
  return !questionBetween(a, b, lines);
}

/**
 * A counted vote with its result, then that result told again with no counts, a line or two under it: a vote slide and
 * the secretary's sentence ("[Слайд 9 из 9. ГОЛОСОВАНИЕ" / "за – 6 / против – 8 / воздержались – 1" / "Предложение не
 * набрало большинства голосов.]" / "Предложение не принято.", set 188), a table's row and "Ұсыныс қабылданбады." under it.
 * One vote: nothing but blank lines and the vote's own result stand between (a proposal told between is another motion).
 */
function resultRestated(a: ProtocolVote, b: ProtocolVote, lines: string[]): boolean {
  if (filled(a) === 0 || a.declared === null || filled(b) !== 0 || b.unanimous || b.declared !== a.declared || b.line <= a.line || b.line - a.line > 4) return false;
  const own = a.text.replace(/\s+/gu, ' ');
  const ofA = (l: string) => l.trim() === '' || declaredIn(l) === a.declared || own.includes(l.replace(/\s+/gu, ' ').trim());
  // ("Екінші мәселе бойынша мүшелер қол көтеру арқылы дауыс берді, шешім көпшілік дауыспен қабылданды": the next question's vote.)
  const opensQuestion = re(QUESTION_NEW).test(b.text) || re(SECTION_NEW).test(b.text);
  return !opensQuestion && lines.slice(a.line, b.line - 1).every(ofA) && !questionBetween(a, b, lines);
}

/** Whether a question's section opens between two votes. */
function questionBetween(a: ProtocolVote, b: ProtocolVote, lines: string[]): boolean {
  return lines.slice(a.line, b.line - 1).some((l) => sectionNumberOf(l) !== null || re(SECTION_NEW).test(l) || re(QUESTION_NEW).test(l));
}

function restates(a: ProtocolVote, b: ProtocolVote, lines: string[]): boolean {
  // (The restating decision gives some of the counts, not all three: a full vote again a few lines on may be the next question's.)
  // (All three again on the very next line, one of the two with no result of its own — "за – 5, против – 6, воздержались – 1" /
  // "Предложение не принято (5 – 6 – 1)." — is the same; two rows of a table of votes, each with its result, are two.)
  if (filled(a) === 0 || filled(b) === 0 || (filled(b) === 3 && (b.line !== a.line + 1 || (a.declared !== null && b.declared !== null))) || b.line - a.line > 4 || b.line <= a.line) return false;
  if (!COUNTS.every((c) => b[c] === null || b[c] === a[c])) return false;
  if (a.declared !== null && b.declared !== null && a.declared !== b.declared) return false;
  return !questionBetween(a, b, lines);
}
