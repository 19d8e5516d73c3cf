import type { VoteDeclared } from '../types.ts';
import { declaredIn } from './declaredIn.ts';
import { RESULT_ADOPTED, RESULT_REJECTED } from './lexicon.ts';
import { matchesOf } from '../grammar/matchesOf.ts';
import { re } from './re.ts';

const PATRONYMIC = /(?:ұлы|қызы|улы|кызы|[ое]вич[\p{L}]*|[ое]вн[\p{L}]*|ичн[\p{L}]*)$/u;

/** Names one after another as one subject: "Журавлёв П.А. и Абенов К.Т. …", "Ким В.П., Оспанова Д.Е. …", "… және …". */
const JOINED = /^\s*(?:,|и|және|мен|а\s+также)\s*$/iu;

/**
 * The result a sentence tells of one candidate, where several may be named (set 154): "Журавлёв П.А. и Абенов К.Т.
 * необходимого числа голосов не набрали и не избраны." is both's; "РЕШИЛИ: секретарем избран Ахметов К.Т.; Петрова Л.М.
 * не избрана." is one's each — the part of the sentence from the rival named before to the rival named after, cut at a
 * clause's stop between them (names joined by "и", "және" or a comma are one subject). A part that tells both results ("Избран Ахметов К.Т., Петрова Л.М. не
 * избрана": which is whose cannot be told by the parts) tells none; so does a part with no result. `named`: the candidate's
 * pattern, `rivals`: the others'.
 */
export function resultOfCandidate(sentence: string, named: RegExp, rivals: RegExp[]): VoteDeclared | null {
  // A patronymic is no surname: "Ахмедова Райхан Сейітқызы" names no "Сейітов" (held-out 138), "Петровна" no "Петров".
  const found = (pattern: RegExp, own: boolean) => [...matchesOf(sentence, global(pattern))]
    .filter((m) => !PATRONYMIC.test(m[0])).map((m) => ({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, own }));
  const mentions = [...found(named, true), ...rivals.flatMap((r) => found(r, false))].sort((a, b) => a.at - b.at);
  const first = mentions.findIndex((m) => m.own);
  if (first < 0) return null;
  // The candidate's subject: the mentions joined to its own, one after another.
  let [from, to] = [first, first];
  while (from > 0 && JOINED.test(afterInitials(sentence.slice(mentions[from - 1].end, mentions[from].at)))) from--;
  while (to + 1 < mentions.length && JOINED.test(afterInitials(sentence.slice(mentions[to].end, mentions[to + 1].at)))) to++;
  // The words between two subjects go to the one their clause is of ("Ахметов К.Т. сайланды, Петрова Л.М. …": the
  // comma's); with no stop between, to both.
  const gapStart = from > 0 ? mentions[from - 1].end : 0;
  const before = sentence.slice(gapStart, mentions[from].at);
  const start = gapStart + Math.max(0, before.search(/[,;:][^,;:]*$/u) + 1);
  const gapEnd = to + 1 < mentions.length ? mentions[to + 1].at : sentence.length;
  const stop = sentence.slice(mentions[to].end, gapEnd).search(/[,;:]/u);
  const part = sentence.slice(from > 0 ? start : 0, stop >= 0 && to + 1 < mentions.length ? mentions[to].end + stop : gapEnd);
  if (mixed(part)) return null;
  return declaredIn(part);
}

/** The gap between two names less the rest of the first's name ("Журавлёв" + " П.А. и " + "Абенов", "Мұқанов" + " Бауыржан Жұмабекұлы, " + …). */
function afterInitials(gap: string): string {
  return gap.replace(/^(?:\s*[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.|\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\p{Ll}'’-]+)*/u, '');
}

/** A text that tells a result and its opposite: its rejection blanked, a result of adoption still left. */
function mixed(text: string): boolean {
  if (!re(RESULT_REJECTED).test(text)) return false;
  return re(RESULT_ADOPTED).test(text.replace(re(RESULT_REJECTED, 'giu'), (m) => ' '.repeat(m.length)));
}

const global = (pattern: RegExp): RegExp => new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
