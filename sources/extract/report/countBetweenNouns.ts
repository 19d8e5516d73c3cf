import { findCounts } from '../grammar/findCounts.ts';

/**
 * A speech transcribed with no punctuation runs its statements together, the count said after its noun and the next
 * noun right after the count: "заседаний совета за квартал два заседания комиссий четыре" (set 196) is two council
 * meetings, then four of the commissions — yet "два заседания комиссий" reads as two commission meetings. A count that
 * stands between a noun in the genitive plural waiting for its count (nothing counts it before) and a counted noun after
 * it belongs to either: neither reading is the figure.
 */
// (Russian only: a Kazakh count after its noun keeps the noun's nominative, "мониторинг алты", which a count before
// its noun also takes — no case tells the waiting noun there.)
const WAITING = /(?<![\p{L}])(?:заседаний|отч[её]тов|мониторингов|обращений|жалоб|писем|публикаций|постов|столов|семинаров|слушаний|встреч|рейдов|проверок|ответов|проектов|меморандумов|тренингов|форумов|площадок|выездов)(?![\p{L}])/giu;
/** A counted noun right after the count, an adjective of it between or none: "два заседания", "одна диалоговая площадка". */
const COUNTED_AFTER = /^\s+(?:[\p{L}]+(?:ых|ые|ая|ой|ий|ый|ое|ую|их|ие)\s+)?(?:заседани|отч[её]т|мониторинг|обращени|жалоб|письм|писем|публикаци|пост(?![\p{L}]*(?:упил|упа))|кругл|семинар|слушани|встреч|рейд|провер|ответ|проект|меморандум|тренинг|форум|площадк|выезд)/iu;
/** How many words may stand between the waiting noun and the count: "заседаний совета за квартал два". */
const WORDS_BETWEEN = 5;

export function doubtOfCountBetweenNouns(sentence: string, start: number, end: number): string | null {
  if (!COUNTED_AFTER.test(sentence.slice(end))) return null;
  // The words said before the count since the last punctuation mark or the last count: a noun after a count is counted.
  let before = sentence.slice(0, start);
  const stop = Math.max(...[...before.matchAll(/[.,;:!?()–—]/gu)].map((m) => (m.index ?? 0) + 1), 0);
  before = before.slice(stop);
  const counts = findCounts(before);
  const last = counts[counts.length - 1];
  const counted = last !== undefined;
  if (counted) before = before.slice(last.end);
  const nouns = [...before.matchAll(WAITING)];
  const noun = nouns[nouns.length - 1];
  if (noun === undefined) return null;
  const lead = before.slice(0, noun.index ?? 0);
  // ("шесть заседаний совета восемь заседаний комиссий": "заседаний совета" has its count, "восемь" is the next one's.)
  if (counted && lead.trim() === '') return null;
  if (before.slice((noun.index ?? 0) + noun[0].length).trim().split(/\s+/u).filter(Boolean).length > WORDS_BETWEEN) return null;
  return `the count stands between two nouns with no punctuation ("${noun[0]} … ${sentence.slice(start, end)} …"): it may be either's`;
}
