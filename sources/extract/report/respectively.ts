import { matchesOf } from '../grammar/matchesOf.ts';

/**
 * Two kinds joined by "және" / "и" and their counts after "тиісінше" / "соответственно" ("respectively"): "жеке және заңды
 * тұлғалардан тиісінше 19 және 4 өтініш келді", "азаматтық қоғамнан және мемлекеттік органдардан келгендері тиісінше 12
 * және 5", "от физических и юридических лиц – соответственно 19 и 4". Read as each count before its kind: "19 жеке
 * тұлғалардан және 4 заңды тұлғалардан, өтініш келді", "19 от физических лиц и 4 от юридических лиц". Why: read as
 * written, the last count stands before the noun of the whole ("4 өтініш келді") and was taken for the total.
 *
 * A kind said short before the conjunction ("жеке және заңды тұлғалардан", "физических и юридических лиц") takes the noun
 * of the other. The noun phrase after the counts is set off by a comma so that no count reads it as its own. A list the
 * grammar does not see as two kinds and two counts has its counts masked (maskNeverCounts' character): a count of
 * "respectively" left unread is a miss, never a total.
 */
export function expandRespectively(text: string): string {
  if (!RESPECTIVELY_WORD.test(text)) return text;
  let out = '';
  let at = 0;
  for (const m of matchesOf(text, CONJ_THEN_COUNTS)) {
    const [whole, conj, right, a, b] = m;
    const index = m.index ?? 0;
    const before = text.slice(at, index);
    const found = KIND_BEFORE.exec(before)?.[1];
    // A Russian kind opens with its "от": the words before it are the clause's ("поступило от физических").
    const left = found === undefined ? undefined : found.slice(Math.max(0, found.search(/(?:^|\s)от\s/iu)) ).trim();
    const kinds = left === undefined ? null : twoKinds(left, right);
    if (left === undefined || kinds === null) continue;
    at = index + whole.length;
    // The noun phrase after the counts set off by a comma; none before the sentence's own stop.
    const tail = kinds[1].rest !== '' ? `, ${kinds[1].rest}` : /^\s*[.;:,)]/u.test(text.slice(at)) ? '' : ',';
    out += `${before.slice(0, before.trimEnd().length - left.length)}${a} ${kinds[0]} ${conj} ${b} ${kinds[1].core}${tail}`;
  }
  out += text.slice(at);
  // Counts of "respectively" the grammar above did not take apart: masked, never read as a count of what follows them.
  return out.replace(UNREAD_COUNTS, (whole) => whole.replace(/\d/gu, NEVER_COUNT));
}

const NEVER_COUNT = '\uE000';
const RESPECTIVELY_WORD = /(?<![\p{L}])(?:тиісінше|соответственно)(?![\p{L}])/iu;
const WORD = '[\\p{L}-]+';
const AND = '(?:және|мен|и)';
const COUNT = '(\\d{1,4})';
/** The conjunction, the second kind with the words that end its phrase (up to four), the word, an optional dash, two counts. */
const CONJ_THEN_COUNTS = new RegExp(
  `(?<![\\p{L}])(${AND})\\s+((?:${WORD}\\s+){0,3}${WORD})\\s*[-–—]?\\s+(?:тиісінше|соответственно)\\s*[-–—:]?\\s*${COUNT}\\s*(?:,|${AND})\\s*${COUNT}(?![\\d\\p{L}]|\\s*(?:,|${AND})\\s*\\d)`,
  'giu',
);
/**
 * The first kind, closing the text before the conjunction: its last word and up to two before it that bear no case
 * ("азаматтық қоғамнан", "жеке" after "Кеңеске"; never a year's word: "2025 жылы жеке"), or a Russian kind from its "от"
 * ("от физических") or up to three words.
 */
const KIND_BEFORE = /(?<![\p{L}-])((?:(?:от\s+)?(?:(?!(?:жылы|жылғы|жылдың|году|года|годом)\s)[\p{L}-]+(?<!(?:дан|ден|тан|тен|нан|нен|ға|ге|қа|ке|да|де|та|те|ның|нің|дың|дің|тың|тің|ды|ді|ты|ті))\s+){0,2})?[\p{L}-]+)\s+$/u;
const UNREAD_COUNTS = /(?:тиісінше|соответственно)\s*[-–—:]?\s*\d{1,4}(?:\s*(?:,|және|мен|и)\s*\d{1,4})+|\d{1,4}(?:\s*(?:,|және|мен|и)\s*\d{1,4})+\s+(?:[\p{L}-]+\s+){0,2}(?:тиісінше|соответственно)(?![\p{L}])/giu;

/** A Kazakh noun in the ablative, dative, locative or genitive: the head of its kind ("тұлғалардан", "органдардан"). */
const KAZAKH_CASE = /(?:дан|ден|тан|тен|нан|нен|ға|ге|қа|ке|да|де|та|те|ның|нің|дың|дің|тың|тің)$/u;
/** "жеке" (individual, own) ends as a dative would and is an adjective. */
function isKazakhCase(word: string): boolean {
  const lower = word.toLowerCase();
  return KAZAKH_CASE.test(lower) && lower !== 'жеке';
}

/** A Russian adjective said without its noun ("физических", "юридических", "государственных"). */
const RUSSIAN_ADJECTIVE = /(?:ых|их|ой|ий|ый|ая|ое|ого|его)$/u;
/** A Russian verb or short participle after the kind ("поступило", "направлены"): not part of the kind. */
const RUSSIAN_VERB = /(?:ло|ли|ла|но|ны|ено|ано|ает|ают|ит|ят)$/u;

/**
 * The two kinds, the second as its phrase (`core`) and the words after it (`rest`: "келгендері", "поступило"); null when
 * neither language's grammar sees the kinds.
 */
function twoKinds(left: string, right: string): [string, { core: string; rest: string }] | null {
  const words = right.split(/\s+/u);
  const kazakhHead = words.map((w) => isKazakhCase(w)).lastIndexOf(true);
  if (kazakhHead >= 0) {
    const core = words.slice(0, kazakhHead + 1);
    const rest = words.slice(kazakhHead + 1).join(' ');
    const leftWords = left.split(/\s+/u);
    const last = leftWords[leftWords.length - 1].toLowerCase();
    // "жеке және заңды тұлғалардан": the first kind is an adjective; it takes the head noun of the second.
    const first = isKazakhCase(last) ? left : core.length >= 2 ? `${left} ${core[core.length - 1]}` : null;
    return first === null ? null : [first, { core: core.join(' '), rest }];
  }
  let end = words.length;
  while (end > 1 && RUSSIAN_VERB.test(words[end - 1].toLowerCase())) end--;
  const core = words.slice(0, end);
  const rest = words.slice(end).join(' ');
  if (core.length < 2 && !/^от$/iu.test(left.split(/\s+/u)[0] ?? '')) return null;
  const leftWords = left.split(/\s+/u);
  const last = leftWords[leftWords.length - 1].toLowerCase();
  // "от физических и юридических лиц": the first kind takes the noun of the second and its preposition is shared.
  const fromWord = /^от$/iu.test(leftWords[0] ?? '') ? '' : /^от$/iu.test(core[0] ?? '') ? 'от ' : '';
  const coreText = core.join(' ');
  const first = RUSSIAN_ADJECTIVE.test(last) && core.length >= 2 && RUSSIAN_ADJECTIVE.test(core[core.length - 2].toLowerCase()) ? `${left} ${core[core.length - 1]}` : left;
  const second = /^от$/iu.test(leftWords[0] ?? '') && !/^от$/iu.test(core[0] ?? '') ? `от ${coreText}` : coreText;
  return [`${fromWord}${first}`, { core: second, rest }];
}
