import type { ExtractIssue, ProtocolVote } from '../types.ts';
import { KK_ORDINALS, ordinalNumber, questionSectionsOf, RU_ORDINALS } from './countQuestionSections.ts';
import { re } from './re.ts';

/**
 * A notice at the end of a protocol that corrects it: "ИСПРАВЛЕНИЕ ТЕХНИЧЕСКОЙ ОШИБКИ … по вопросу 2 повестки дня …
 * следует читать: «Голосовали: за – 10, против – 4, воздержались – 1. Решение принято.»", "ТЕХНИКАЛЫҚ ҚАТЕНІ ТҮЗЕТУ …
 * 2-мәселе бойынша … оқылсын". Its heading alone on its line.
 */
const ERRATUM = re(`^\\s*(?:исправлени[\\p{L}]*\\s+(?:(?:технической|допущенной)\\s+)?(?:ошибк|опечатк)[\\p{L}]*|техникалық\\s+қате[\\p{L}]*(?:\\s+түзету[\\p{L}]*)?|қатені\\s+түзету[\\p{L}]*)(?![\\p{L}])`);

/** The question the notice corrects: "по вопросу 2", "по второму вопросу", "2-мәселе бойынша", "екінші мәселе бойынша". */
const QUESTION = re(
  `(?:по\\s+вопросу\\s*(?:№\\s*)?(\\d{1,2})|по\\s+(${RU_ORDINALS.join('|')})[\\p{L}]*\\s+вопрос|(\\d{1,2})\\s*-\\s*(?:ші\\s+|шы\\s+)?мәселе|(${KK_ORDINALS.join('|')})\\s+мәселе)(?![\\p{L}\\d])`,
);

/** "2. СЛУШАЛИ:", "2. ТЫҢДАЛДЫ:": a question's section opened by its number. */
const NUMBERED_SECTION = re(`^\\s*(\\d{1,2})\\s*[.)]\\s*(?:слушали|заслушали|тыңдалды)\\s*:`);

/**
 * The vote of a corrected question given again in a notice below the protocol: the notice's vote replaces the one printed
 * under that question (never a vote more). A notice whose question is not found, or whose question has other than one vote
 * printed, or that gives more than one vote, leaves no count of that question stated — the printed and the corrected
 * counts differ, and which is which is not read.
 */
export function applyCorrectedVotes(lines: string[], votes: ProtocolVote[], issues: ExtractIssue[]): ProtocolVote[] {
  const at = lines.findIndex((l, k) => ERRATUM.test(l) && votes.some((v) => v.line - 1 < k));
  if (at < 0) return votes;
  const corrections = votes.filter((v) => v.line - 1 > at);
  if (corrections.length === 0) return votes;
  const printed = votes.filter((v) => v.line - 1 < at);
  const q = lines.slice(at, at + 12).map((l) => QUESTION.exec(l)).find((m) => m !== null);
  const no = !q ? null : (q[1] ?? q[3]) !== undefined ? Number(q[1] ?? q[3]) : ordinalNumber(q[2] ?? q[4]) ?? 0;
  const starts = [
    ...questionSectionsOf(lines.slice(0, at)),
    ...lines.slice(0, at).flatMap((l, k) => {
      const m = NUMBERED_SECTION.exec(l);
      return m ? [{ no: Number(m[1]), at: k }] : [];
    }),
  ].sort((a, b) => a.at - b.at);
  const start = no === null ? undefined : starts.find((s) => s.no === no);
  const end = start === undefined ? at : starts.find((s) => s.at > start.at && s.no !== no)?.at ?? at;
  const under = start === undefined ? [] : printed.filter((v) => v.line - 1 >= start.at && v.line - 1 < end);
  if (corrections.length === 1 && under.length === 1) {
    const [old, fix] = [under[0], corrections[0]];
    issues.push({ line: fix.line, message: `vote: question ${no}'s vote corrected by the notice below the protocol (${old.for}/${old.against}/${old.abstain} printed): the corrected one taken` });
    return printed.map((v) => (v === old ? { ...fix, line: old.line, declared: fix.declared ?? old.declared } : v));
  }
  issues.push({ line: at + 1, message: 'vote: a notice corrects a vote, and which printed vote it replaces is not read: neither vote\'s counts taken' });
  return printed.map((v) => (under.includes(v) ? { ...v, for: null, against: null, abstain: null } : v));
}
