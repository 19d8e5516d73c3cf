import type { ExtractIssue, ProtocolVote } from '../types.ts';
import { KK_ORDINALS, ordinalNumber, questionSectionsOf, RU_ORDINALS } from './countQuestionSections.ts';
import { re } from './re.ts';

/**
 * A notice at the end of a protocol that corrects it: "ИСПРАВЛЕНИЕ ТЕХНИЧЕСКОЙ ОШИБКИ … по вопросу 2 повестки дня …
 * следует читать: «Голосовали: за – 10, против – 4, воздержались – 1. Решение принято.»", "ТЕХНИКАЛЫҚ ҚАТЕНІ ТҮЗЕТУ …
 * 2-мәселе бойынша … оқылсын". Its heading alone on its line.
 */
const ERRATUM = re(`^\\s*(?:исправлени[\\p{L}]*\\s+(?:(?:технической|допущенной)\\s+)?(?:ошибк|опечатк)[\\p{L}]*|техникалық\\s+қате[\\p{L}]*(?:\\s+түзету[\\p{L}]*)?|қатені\\s+түзету[\\p{L}]*)(?![\\p{L}])`);

/**
 * The question the notice corrects: "по вопросу 2", "по второму вопросу", "2-мәселе бойынша", "екінші мәселе бойынша". (The
 * ordinal's noun in any case: "По второму вопросу неверно записаны голоса", set 179's Akkuly.)
 */
const QUESTION = re(
  `(?:по\\s+вопросу\\s*(?:№\\s*)?(\\d{1,2})|по\\s+(${RU_ORDINALS.join('|')})[\\p{L}]*\\s+вопрос[\\p{L}]*|(\\d{1,2})\\s*-\\s*(?:ші\\s+|шы\\s+)?мәселе|(${KK_ORDINALS.join('|')})\\s+мәселе)(?![\\p{L}\\d])`,
);

/**
 * "2. СЛУШАЛИ:", "2. ТЫҢДАЛДЫ:": a question's section opened by its number; or by its number and the speaker's name with
 * a colon, "2. Демченко В.И.: кеңес 2026 жылы …" (set 179's Akkuly, whose reply corrects "по второму вопросу").
 */
const NUMBERED_SECTION = re(`^\\s*(\\d{1,2})\\s*[.)]\\s*(?:слушали|заслушали|тыңдалды)\\s*:`);
/** (The speaker's surname capitalised and initials: no lower-case word, so a case-sensitive pattern of its own.) */
const SPEAKER_SECTION = /^\s*(\d{1,2})\s*[.)]\s*\p{Lu}[\p{Ll}-]+\s+\p{Lu}\.\s?(?:\p{Lu}\.)?\s*:/u;

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
  const under = no === null ? [] : votesUnder(lines, printed, no, at);
  if (corrections.length === 1 && under.length === 1) {
    const [old, fix] = [under[0], corrections[0]];
    issues.push({ line: fix.line, message: `vote: question ${no}'s vote corrected by the notice below the protocol (${old.for}/${old.against}/${old.abstain} printed): the corrected one taken` });
    return printed.map((v) => (v === old ? { ...fix, line: old.line, declared: fix.declared ?? old.declared } : v));
  }
  issues.push({ line: at + 1, message: 'vote: a notice corrects a vote, and which printed vote it replaces is not read: neither vote\'s counts taken' });
  return printed.map((v) => (under.includes(v) ? { ...v, for: null, against: null, abstain: null } : v));
}

/** The votes printed under question `no` (its section, opened by its number, to the next question's or `end`). */
function votesUnder(lines: string[], votes: ProtocolVote[], no: number, end: number): ProtocolVote[] {
  const starts = [
    ...questionSectionsOf(lines.slice(0, end)),
    ...lines.slice(0, end).flatMap((l, k) => {
      const m = NUMBERED_SECTION.exec(l) ?? SPEAKER_SECTION.exec(l);
      return m ? [{ no: Number(m[1]), at: k }] : [];
    }),
  ].sort((a, b) => a.at - b.at);
  const start = starts.find((s) => s.no === no);
  if (start === undefined) return [];
  const stop = starts.find((s) => s.at > start.at && s.no !== no)?.at ?? end;
  return votes.filter((v) => v.line - 1 >= start.at && v.line - 1 < stop);
}

/**
 * The votes a reply on top of the protocol corrects (mailReply.ts: the chairman's "2-мәселе бойынша дауыс беру қате
 * жазылған. Дұрысы: жақтап – 9, қарсы – 1, қалыс қалған – 1."): each reply vote that names its question replaces the
 * one vote printed under that question, its result word kept. A reply vote naming no question (the draft's old counts
 * quoted back, "Жобада «жақтап – 10 …» деп тұр") corrects nothing; one whose question has other than one vote leaves
 * that question's counts unstated — which is which is not read.
 */
export function applyRepliedVotes(lines: string[], votes: ProtocolVote[], fixes: ProtocolVote[], issues: ExtractIssue[]): ProtocolVote[] {
  let out = votes;
  for (const fix of fixes) {
    const q = fix.item ?? questionOf(fix.text);
    if (q === null || fix.for === null) continue;
    const under = votesUnder(lines, out, q, lines.length);
    if (under.length === 1) {
      const old = under[0];
      issues.push({ line: old.line, message: `vote: question ${q}'s vote corrected by the reply on top of the protocol (${old.for}/${old.against}/${old.abstain} in the draft): the corrected one taken` });
      out = out.map((v) => (v === old ? { ...v, for: fix.for, against: fix.against, abstain: fix.abstain, unanimous: fix.unanimous, declared: fix.declared ?? old.declared } : v));
      continue;
    }
    issues.push({ line: 1, message: `vote: a reply corrects question ${q}'s vote, and which printed vote it replaces is not read: no counts of it taken` });
    out = out.map((v) => (under.includes(v) ? { ...v, for: null, against: null, abstain: null } : v));
  }
  return out;
}

/** The question a sentence names ("по вопросу 2", "2-мәселе бойынша"), or null. */
function questionOf(text: string): number | null {
  const q = QUESTION.exec(text);
  if (!q) return null;
  return (q[1] ?? q[3]) !== undefined ? Number(q[1] ?? q[3]) : ordinalNumber(q[2] ?? q[4]) ?? null;
}
