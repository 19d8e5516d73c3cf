import { tidy } from '../toLines.ts';
import { MAJORITY, REPORTED_SPEECH, SECTION_DECIDED, UNANIMOUS } from './lexicon.ts';
import { isOtherBodysVote } from './otherBodysVote.ts';
import { declaredIn } from './declaredIn.ts';
import { re } from './re.ts';
import type { LocatedVote } from './readVoteTable.ts';

/**
 * A word of voting: "дауыс", "дауыспен", "голосов", "единогласно", "бірауыздан", "большинством голосов", and the verbs of
 * those who voted for ("жақтады", "жақтап", "проголосовали").
 */
const VOTING = re(`(?<![\\p{L}])(?:дауыс[\\p{L}]*|голос[\\p{L}]*|жақта(?:ды|п|ған[\\p{L}]*)|проголосовал[\\p{L}]*)|${UNANIMOUS}|${MAJORITY}`);
/**
 * "Повестка утверждена без голосования", "голосование не проводилось", "дауысқа салынбады", "дауыс беру жүргізілмеді": no vote was
 * held. "Повестка дня утверждена на заседании 11 ноября и повторно на голосование не ставилась" (a continuation, set 146): the
 * approval was the first day's, not a vote here. "План утверждён в предложенной редакции без отдельного голосования" (set 199):
 * no vote either.
 */
const NO_VOTE = re(`без\\s+(?:(?:отдельн|дополнительн|повторн|какого-либо)[\\p{L}]*\\s+)?голосовани|голосовани[\\p{L}]*\\s+не\\s+проводил|не\\s+(?:ставил|выносил)[\\p{L}]*\\s+на\\s+голосовани|на\\s+голосовани[\\p{L}]*\\s+не\\s+(?:ставил|выносил)|дауыс\\s+берусіз|дауысқа\\s+(?:салынбады|қойылмады|салынған\\s+жоқ|қойылған\\s+жоқ)|дауыс\\s+беру(?:\\s+[\\p{L}]+)?\\s+(?:өткізілмеді|жүргізілмеді|(?:өткізілген|жүргізілген)\\s+жоқ)`);
/**
 * A proxy refused or taken ("Доверенность не принята, голоса считаются только по присутствующим", "Сенімхат қабылданбады,
 * дауыстар … есептеледі"): the chair's ruling on who may vote, no vote of the council.
 */
const PROXY = /(?<![\p{L}])(?:доверенност[\p{L}]*|сенімхат[\p{L}]*)/iu;
/** A rule of voting, not a vote: "решение считается принятым, если за него проголосовало большинство", "егер … жақтаса". */
const CONDITION = /(?<![\p{L}])(?:если|в\s+случае|при\s+условии|егер|жағдайда)(?![\p{L}])/iu;
/** "отметил, что решение принято единогласно": a speaker's report of a vote, not the vote. */
const REPORTED = re(REPORTED_SPEECH);
const DECIDED_HEADING = re(SECTION_DECIDED);
/** A sentence's end: a stop before a capital or the line's end. */
const SENTENCE_END = /(?<=[.!?;])\s+(?=[\p{Lu}«"])/u;

/**
 * A vote the text tells that no reader understood: a sentence that declares a result in words of voting ("Күн тәртібі
 * 12 дауыспен бекітілді.", "Повестка дня утверждена большинством голосов.", "Шешім бірауыздан қабылданды.") on a line
 * no vote read stands on. Left out, it moves every vote after it onto the question before (the third question's counts
 * given as the second's): it is kept as a hole in its place instead — a vote whose counts, result and "unanimous" are
 * not stated (null), so that the votes after it stay on their own questions and nothing about it is said that was not read.
 * Not a hole: a speaker's report of a vote ("отметил, что решение принято единогласно"); another body's vote at a joint
 * sitting (otherBodysVote.ts); a vote not held ("утверждена без
 * голосования", "голосование не проводилось"); a proxy's refusal; a rule of voting ("считается принятым, если за него проголосовало
 * большинство"); a heading that announces what follows ("Принятые решения и результаты
 * голосования:"); and any sentence of a protocol whose votes are summed up in a table of several (the table states each
 * question's vote, a sentence elsewhere tells one of them again in words).
 * `taken` holds the lines the readers of tables read; `summed` says a table of several votes was read.
 */
export function holesForUnreadVotes(lines: string[], read0: LocatedVote[], taken: Set<number>, summed: boolean): LocatedVote[] {
  if (summed) return read0;
  const votes = read0.map((v) => ({ ...v }));
  const read = new Set(taken);
  for (const v of votes) for (let k = v.start; k <= v.end; k++) read.add(k);
  const holes: LocatedVote[] = [];
  lines.forEach((line, i) => {
    if (read.has(i) || line.trim() === '') return;
    // "Отырған сегіз мүшенің сегізі де жақтады. Шешім қабылданды.": a vote's words and its result in two sentences, the
    // second a bare result — read as one.
    // "РЕШЕНИЕ ПРИНЯТО: Предложение … поставлено на голосование.", "ШЕШІМ ҚАБЫЛДАНДЫ: … ұсыныс дауысқа қойылды." (set 148):
    // the decision's heading declares no result (as afterVote reads it); the sentence after it only puts a motion.
    const sentences = line.replace(DECIDED_HEADING, '').split(SENTENCE_END);
    const told = sentences.map((s, k) => (k > 0 && s.length <= 40 && declaredIn(s) !== null ? `${sentences[k - 1]} ${s}` : s))
      .find((s) => declaredIn(s) !== null && VOTING.test(s) && !NO_VOTE.test(s) && !PROXY.test(s) && !CONDITION.test(s) && !/:\s*$/u.test(s) && !REPORTED.test(s) && !isOtherBodysVote(s));
    if (told === undefined) return;
    // "Повестка дня поставлена на голосование и утверждена." / "Итоги: за – 15, против – нет, …": the result told first,
    // its counts under it — one vote, the counts' with this result (not a hole and a vote of counts with none).
    const below = countsBelow(lines, i, votes, told);
    if (below !== null) {
      below.declared = declaredIn(told);
      [below.start, below.line, below.text] = [i, i + 1, `${tidy(told)} ${below.text}`.slice(0, 300)];
      return;
    }
    holes.push({ start: i, end: i, line: i + 1, for: null, against: null, abstain: null, unanimous: null, declared: null, text: tidy(told).slice(0, 300) });
  });
  if (holes.length === 0) return votes.sort((a, b) => a.start - b.start);
  return [...votes, ...holes].sort((a, b) => a.start - b.start);
}

/**
 * The counts a result told above them belongs to: a vote read on the next line that is not empty, with counts and no result
 * of its own, its line opening with the label of a result ("Итоги:", "Результаты голосования:", "Нәтижесі:", "Дауыс беру
 * қорытындысы:") or going on from the result's sentence (a bracket, a lower-case word). The result's sentence ends its line
 * (a result in the middle of a paragraph is another sentence's) and holds no count of its own.
 */
function countsBelow(lines: string[], i: number, votes: LocatedVote[], told: string): LocatedVote | null {
  if (!lines[i].trimEnd().endsWith(told.trimEnd())) return null;
  let next = i + 1;
  while (next < lines.length && lines[next].trim() === '') next++;
  const v = votes.find((o) => o.start === next);
  if (v === undefined || v.declared !== null || !COUNTS.some((k) => v[k] !== null)) return null;
  return RESULT_OPENS.test(v.text) || /^\s*[(\p{Ll}]/u.test(v.text) ? v : null;
}
const COUNTS = ['for', 'against', 'abstain'] as const;
/** "Итоги:", "Итоги голосования:", "Результат:", "Нәтижесі:", "Дауыс беру қорытындысы:": a result's label opening the counts. */
const RESULT_OPENS = re(`^\\s*(?:итог(?:и)?(?:\\s+голосования)?|результат(?:ы)?(?:\\s+голосования)?|(?:дауыс\\s+беру\\s+)?(?:нәтижесі|қорытындысы)|нәтиже)\\s*[:\\-–—]`);
