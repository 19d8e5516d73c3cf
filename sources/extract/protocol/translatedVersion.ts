import type { ExtractIssue } from '../types.ts';
import { AGENDA, SECTION_NEW, VOTE_LEAD } from './lexicon.ts';
import { HEADING, NUMBER } from './firstProtocolOnly.ts';
import type { LocatedVote } from './readVoteTable.ts';
import { re } from './re.ts';
import { questionNumberAt } from './translationBetween.ts';

/**
 * The line (0-based) a protocol's second version in the other language starts at — the whole text told twice, the Russian,
 * then "№ 8 ХАТТАМАСЫ (мемлекеттік тілдегі мәтіні)", or the Russian column of a table, then its Kazakh column ("КҮН ТӘРТІБІ"
 * after the Russian votes) —, or null: a protocol heading with the first one's number, or an agenda's heading, in the
 * other language than the first such heading, after the first version's discussion or votes. (A bilingual heading
 * "ХАТТАМА / ПРОТОКОЛ № 6", "КҮН ТӘРТІБІ / ПОВЕСТКА ДНЯ", or the two cells of a table's row, stand before any discussion.)
 */
export function translatedVersionAt(lines: string[]): number | null {
  let first: { no: string; word: string | null } | null = null;
  let agenda: string | null | undefined;
  let body = false;
  const heard = re(SECTION_NEW);
  const vote = re(VOTE_LEAD);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heading = HEADING.test(line.trim()) ? NUMBER.exec(line) : null;
    const agendaHeading = AGENDA_ALONE.test(line) ? agendaLanguage(line) : undefined;
    if (heading && first === null) first = { no: heading[1], word: headingWord(line) };
    else if (heading && first !== null && body && heading[1] === first.no && first.word !== null && ![null, first.word].includes(headingWord(line))) return i;
    else if (agendaHeading !== undefined && agenda === undefined) agenda = agendaHeading;
    else if (agendaHeading !== undefined && body && agenda != null && agendaHeading !== null && agendaHeading !== agenda) return i;
    else if (first !== null && (heard.test(line.slice(0, 60)) || vote.test(line))) body = true;
  }
  return null;
}

const AGENDA_ALONE = re(`^\\s*${AGENDA}\\s*[:.]?\\s*$`);

/** The language of an agenda's heading: "КҮН ТӘРТІБІ" kk, "ПОВЕСТКА ДНЯ" ru, null for both ("КҮН ТӘРТІБІ / ПОВЕСТКА ДНЯ"). */
function agendaLanguage(line: string): string | null {
  const [kk, ru] = [/күн\s+тәртіб/iu.test(line), /повестк/iu.test(line)];
  return kk === ru ? null : kk ? 'kk' : 'ru';
}

/** The language of a protocol's heading by its word: "ХАТТАМА", "ПРОТОКОЛ"; null for both ("ХАТТАМА / ПРОТОКОЛ № 6"). */
function headingWord(line: string): string | null {
  const words = new Set((line.match(/ХАТТАМА|ПРОТОКОЛ/gu) ?? []));
  return words.size === 1 ? [...words][0] : null;
}

/**
 * The same vote told in two languages — the counts equal, or one of them a shorter translation that leaves them out
 * ("Жақтап – 9, қарсы – 2, қалыс қалған – 1. Шешім қабылданды." / "Решение принято большинством голосов.") and does not
 * contradict the other: the same unanimity, or "единогласно" over counts with no one against or abstaining; the results,
 * where both are told, the same.
 */
export function sameVoteTold(a: LocatedVote, b: LocatedVote): boolean {
  const counts = (a.for === b.for && a.against === b.against && a.abstain === b.abstain && a.unanimous === b.unanimous)
    || shorterTranslation(a, b) || shorterTranslation(b, a);
  return counts && (a.declared === null || b.declared === null || a.declared === b.declared);
}

function shorterTranslation(full: LocatedVote, short: LocatedVote): boolean {
  if (short.for !== null || short.against !== null || short.abstain !== null || full.for === null) return false;
  return full.unanimous === short.unanimous || (short.unanimous === true && !full.against && !full.abstain);
}

const isHole = (v: LocatedVote): boolean => v.unanimous === null && v.declared === null && v.for === null && v.against === null && v.abstain === null;

/** `into` takes what `other`, the same vote in the other language, tells and it does not: the counts, the unanimity, the result. */
export function takeTranslation(into: LocatedVote, other: LocatedVote): void {
  if (into.for === null && into.against === null && into.abstain === null) [into.for, into.against, into.abstain] = [other.for, other.against, other.abstain];
  into.unanimous ||= other.unanimous;
  into.declared ??= other.declared;
  if (into.not_voted === undefined && other.not_voted !== undefined) into.not_voted = other.not_voted;
}

/**
 * The whole protocol told twice, the second version in the other language and often shorter (a vote's counts, or a vote
 * itself, left out): each vote of the second version is the first version's vote it translates, in the same order — one
 * vote, told once. A vote of the second version that is none of the first's left in order (the first version's column
 * ended before it, the vote told in both languages at once after it) stays a vote of its own; when no vote of the second
 * version is one of the first's, nothing is merged (which vote a translation that gives other numbers is of is not known).
 */
export function oneForTranslatedVersion(votes: LocatedVote[], lines: string[], issues: ExtractIssue[]): LocatedVote[] {
  const at = translatedVersionAt(lines);
  if (at === null) return votes;
  const first = votes.filter((v) => v.start < at);
  const second = votes.filter((v) => v.start >= at);
  if (first.length === 0 || second.length === 0) return votes;
  const pairs: [LocatedVote, LocatedVote][] = [];
  const own: LocatedVote[] = [];
  const disputed = new Set<LocatedVote>();
  let k = 0;
  for (const v of second) {
    // (A vote one version tells in words no reader took — a hole — is the other version's vote in its place.)
    let j = k;
    while (j < first.length && !sameVoteTold(first[j], v) && !isHole(v) && !isHole(first[j])) j++;
    if (j === first.length) {
      // The next vote of the first version, under the same numbered question, with other counts: the two languages
      // disagree on this vote ("3. СЛУШАЛИ … за – 10, против – 1, воздержались – 2" / "3. ТЫҢДАЛДЫ … жақтап – 10, қарсы – 2,
      // қалыс қалғандар – 1", set 178) — one vote, told once, stating only what both versions say.
      if (own.length === 0 && k < first.length && disputedTranslation(first[k], v, lines)) {
        pairs.push([first[k], v]);
        disputed.add(v);
        k++;
        continue;
      }
      own.push(v);
      continue;
    }
    // A vote of the second version after one that was none of the first's: the order is lost, nothing merged.
    if (own.length > 0) return votes;
    pairs.push([first[j], v]);
    k = j + 1;
  }
  // (A disputed pair stands in an order the agreeing pairs set: with none of them, which vote it translates is not known.)
  if (pairs.length === disputed.size) return votes;
  for (const [a, b] of pairs) {
    if (!disputed.has(b)) {
      if (!isHole(b)) takeTranslation(a, b);
      continue;
    }
    issues.push({ line: a.line, message: `vote: the two versions count it ${countsOf(a)} and ${countsOf(b)}: only what both say taken` });
    keepAgreed(a, b);
  }
  issues.push({ line: at + 1, message: `the protocol is told again in the other language from here: ${pairs.length} of its votes are the first version's, each read once` });
  return [...first, ...own];
}

/**
 * A vote of the second version that is the first version's next vote told with other numbers: both counted, both under
 * the same numbered question ("3. …" in each version's discussion), their results not at odds. Which version holds the
 * slip is not known, so the vote is one and its disputed counts are not stated.
 */
function disputedTranslation(a: LocatedVote, b: LocatedVote, lines: string[]): boolean {
  if (a.for === null || b.for === null || (a.declared !== null && b.declared !== null && a.declared !== b.declared)) return false;
  const [x, y] = [questionNumberAt(lines, a.start), questionNumberAt(lines, b.start)];
  return x !== null && x === y;
}

const countsOf = (v: LocatedVote): string => [v.for, v.against, v.abstain].map((c) => c ?? '–').join('/');

/**
 * Two tellings of one vote that do not contradict each other: each count the same where both give it, the "for" count
 * given by both (or the word for all by both), the results the same where both state one.
 */
export function votesAgree(a: LocatedVote, b: LocatedVote): boolean {
  const counts = (['for', 'against', 'abstain'] as const).every((k) => a[k] === null || b[k] === null || a[k] === b[k]);
  const told = (a.for !== null && b.for !== null) || (a.unanimous === true && b.unanimous === true);
  return counts && told && (a.declared === null || b.declared === null || a.declared === b.declared);
}

/** `into` keeps what `other`, the same vote told with other numbers, says too: each count and the unanimity where they agree. */
export function keepAgreed(into: LocatedVote, other: LocatedVote): void {
  for (const k of ['for', 'against', 'abstain'] as const) if (into[k] !== other[k]) into[k] = null;
  if (into.unanimous !== other.unanimous) into.unanimous = null;
  into.declared ??= other.declared;
}
