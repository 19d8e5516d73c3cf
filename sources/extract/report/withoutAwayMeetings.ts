import { MEETING_WORD, activityTypesIn } from './activityLexicon.ts';

/**
 * "выездное", "выездных", "в выездном формате", "с выездом", "көшпелі": the word of an away kind (the noun "выезд" alone is
 * a visit itself).
 */
const AWAY = /(?<![\p{L}])(?:выездн\p{L}*|с\s+выездом|көшпелі\p{L}*)/giu;
/** A noun the away word may qualify that is a visit of its own: "выездное посещение", "выездная проверка", "выездных мероприятия". */
const OWN_NOUN = /^\s+(?:[\p{L}-]+\s+)?(?:посещени|провер|при[её]м|мероприят|мониторинг|рейд|обследовани|встреч|совещани|сессии|сессия)/iu;
/** A comma or semicolon outside brackets: "второе – 27 марта (выездное, в с. Кенсай), третье – 19 июня" has two clauses. */
const CLAUSE_END = /[,;](?![^()]*\))/u;

/**
 * A sentence that tells of meetings held away, reduced to its clauses that tell of a visit of their own; null when it tells
 * of no away meeting. "третье (23 апреля) прошло в выездном формате", "второе – 27 марта (выездное, в с. Кенсай)",
 * "комиссиями проведено 17 заседаний, из них 4 выездных", "Кеңестің көшпелі отырысы Қарабау ауылында өтті": a meeting held
 * away is still a meeting — no site visit is read of it, nor given its day or another meeting's of the sentence (''). A
 * visit told beside it keeps only its own clause and day ("21 мая прошло выездное заседание Совета, а 14 июня состоялся
 * выезд членов Совета в с. Бельбулак"); a sentence naming no meeting ("20 мая – выездное посещение …") is not reduced.
 */
export function withoutAwayMeetings(sentence: string): string | null {
  if (!MEETING_WORD.test(sentence)) return null;
  let away = false;
  const visits: string[] = [];
  for (const clause of sentence.split(CLAUSE_END)) {
    let visit = activityTypesIn(clause.replace(AWAY, ' ')).some((t) => t.type === 'site_visit');
    for (const m of clause.matchAll(AWAY)) {
      if (OWN_NOUN.test(clause.slice((m.index ?? 0) + m[0].length))) visit = true;
      else away = true;
    }
    if (visit) visits.push(clause.trim().replace(/^(?:а|и|ал|және)\s+/iu, ''));
  }
  return away ? visits.join(', ') : null;
}
