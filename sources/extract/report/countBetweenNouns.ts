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
/** A conjunction after the noun opens another phrase: "публичных слушаний и 2 встречи" (the noun's count was said before). */
const JOINED = /(?<![\p{L}])(?:и|а|также|плюс|және|мен)(?![\p{L}])/iu;
/** How many words may stand between the waiting noun and the count: "заседаний совета за квартал два". */
const WORDS_BETWEEN = 5;

export function doubtOfCountBetweenNouns(sentence: string, start: number, end: number): string | null {
  // Only a sentence written with no punctuation but its end, as a recogniser writes a turn: a writer's sentence has its
  // commas and dashes ("По итогам мониторингов … направлено 4 письма с рекомендациями, ответы …" is read as written).
  if (!COUNTED_AFTER.test(sentence.slice(end)) || /[,;:–—()]/u.test(sentence.replace(/^[^:]{1,40}:/u, '').replace(/[.!?]\s*$/u, ''))) return null;
  // "получено ответов на 377 писем": a preposition before the count gives it to the noun after.
  if (/(?<![\p{L}])(?:на|в|во|по|из|от|до|с|со|к|за|о|об)\s+$/iu.test(sentence.slice(0, start))) return null;
  // The words said before the count since the last punctuation mark or the last count: a noun after a count is counted.
  let before = sentence.slice(0, start);
  const stop = Math.max(...[...before.matchAll(/[.,;:!?()–—]/gu)].map((m) => (m.index ?? 0) + 1), 0);
  before = before.slice(stop);
  // Only where no count is said before it in the clause: "шесть заседаний совета восемь заседаний комиссий", "5 круглых
  // столов и 2 диалоговые площадки" — the noun before has its count, this one is the next noun's.
  if (findCounts(before).length > 0) return null;
  const nouns = [...before.matchAll(WAITING)];
  const noun = nouns[nouns.length - 1];
  if (noun === undefined) return null;
  const between = before.slice((noun.index ?? 0) + noun[0].length);
  if (between.trim().split(/\s+/u).filter(Boolean).length > WORDS_BETWEEN || JOINED.test(between)) return null;
  return `the count stands between two nouns with no punctuation ("${noun[0]} … ${sentence.slice(start, end)} …"): it may be either's`;
}
