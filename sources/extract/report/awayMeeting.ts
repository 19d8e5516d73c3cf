/** "выездное", "выездных", "в выездном формате", "с выездом": the word of an away kind (the noun "выезд" alone is a visit itself). */
const AWAY = /(?<![\p{L}])(?:выездн\p{L}*|с\s+выездом)/giu;
/** A meeting of the council, its presidium or commissions: "заседание", "заседаний", "отырыс". */
const MEETING = /(?<![\p{L}])(?:заседани\p{L}*|отырыс\p{L}*)/iu;
/** A noun the away word may qualify that is a visit of its own: "выездное посещение", "выездная проверка", "выездных мероприятия". */
const OWN_NOUN = /^\s+(?:[\p{L}-]+\s+)?(?:посещени|провер|при[её]м|мероприят|мониторинг|рейд|обследовани|встреч|совещани|сессии|сессия)/iu;

/**
 * A sentence about meetings whose every away word is the kind of a meeting, not a visit: "третье (23 апреля) прошло в
 * выездном формате", "второе – 27 марта (выездное, в с. Кенсай)", "комиссиями проведено 17 заседаний, из них 4 выездных",
 * "17 апреля (выездное – в с. Ушарал)". A meeting held away is still a meeting: no site visit is read of it (nor its day,
 * which is often another meeting's). A sentence naming no meeting ("20 мая – выездное посещение …", "выезд членов Совета
 * в с. Бельбулак") or one away word with a visit's noun of its own after it is not such a sentence.
 */
export function awayMeeting(sentence: string): boolean {
  if (!MEETING.test(sentence)) return false;
  let any = false;
  for (const m of sentence.matchAll(AWAY)) {
    if (OWN_NOUN.test(sentence.slice((m.index ?? 0) + m[0].length))) return false;
    any = true;
  }
  return any;
}
