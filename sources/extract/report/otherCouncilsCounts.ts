import { findCounts } from '../grammar/findCounts.ts';
import { lowerCase } from '../grammar/lowerCase.ts';
import type { ReportCandidate, ReportFigure } from '../types.ts';

/**
 * The kinds of host a public council is attached to, by the stem of the host's word: "при Министерстве", "министрлігінің",
 * "при управлении", "басқармасы жанындағы", "при акимате", "әкімдігі жанындағы".
 */
const HOST_KINDS: [kind: string, stem: RegExp][] = [
  ['ministry', /^(?:министерств|министрлі)/u],
  ['committee', /^комитет/u],
  ['department', /^(?:управлени|басқарма)/u],
  ['division', /^(?:отдел|бөлім)/u],
  ['akimat', /^(?:акимат|әкімдік|әкімдіг|аким|әкім)/u],
  ['maslikhat', /^(?:маслихат|мәслихат)/u],
  ['directorate', /^департамент/u],
];

const HOST = '([\\p{L}-]+)';
/** A council named with its host: "Общественный совет при Министерстве …", "… басқармасы жанындағы қоғамдық кеңес". */
const WITH_HOST = [
  new RegExp(`(?<![\\p{L}])совет[\\p{L}]*\\s+при\\s+${HOST}`, 'gu'),
  new RegExp(`${HOST}\\s+жанындағы\\s+(?:қоғамдық\\s+)?кеңес[\\p{L}]*`, 'gu'),
];
/** The report's own council, its host in the genitive: "Общественного совета Министерства …", "… министрлігінің Қоғамдық кеңесі". */
const OWN_GENITIVE = [
  new RegExp(`(?<![\\p{L}])общественн[\\p{L}]*\\s+совет[\\p{L}]*\\s+${HOST}`, 'gu'),
  new RegExp(`${HOST}\\s+қоғамдық\\s+кеңес[\\p{L}]*`, 'gu'),
];
/** "совместно с общественным советом при …", "… жанындағы қоғамдық кеңеспен бірлесіп": a partner in the council's own event. */
const PARTNER_BEFORE = /(?:совместно\s+с|вместе\s+с|с\s+участием|при\s+участии)\s+(?:[\p{L}-]+\s+){0,2}$/u;
const PARTNER_AFTER = /^\s*(?:бірлесіп|бірге)(?![\p{L}])/u;

/**
 * A count told of another public council — one attached to a host of another kind than the report's own council: the
 * Ministry's council reports "Ақмола облысының ауыл шаруашылығы басқармасы жанындағы қоғамдық кеңеспен 2 семинар
 * өткізілгені туралы ақпарат оның есебінде көрсетілген", "общественные советы при управлениях занятости областей провели
 * 48 круглых столов". The number after such a council in its sentence is that council's, not the report's: a candidate,
 * so that a stated none of the report's own ("Семинар өткізілген жоқ") is read. The report's own host is read from its
 * title (its first lines); without it nothing is moved, and a council of a host of the same kind (another akimat's) is
 * left to the other readers — which of the two it is the text does not say by its kind. So is a count of a council of
 * another level than the report's (councilOfOtherLevel): an oblast's council in a district council's report.
 */
export function doubtOtherCouncilsCounts(lines: string[], figures: ReportFigure[], candidates: ReportCandidate[]): ReportFigure[] {
  const title = lines.filter((l) => l.trim() !== '').slice(0, 8).join(' ');
  const head = lowerCase(title);
  // The council the title names first (a later line of the head may already tell of another one).
  const own = [...WITH_HOST, ...OWN_GENITIVE]
    .flatMap((pattern) => [...head.matchAll(pattern)].map((m) => ({ at: m.index ?? 0, kind: kindOf(m[1]) })))
    .filter((m) => m.kind !== null)
    .sort((a, b) => a.at - b.at)[0]?.kind;
  const level = levelOf(title);
  return figures.filter((f) => {
    const text = lowerCase(f.text);
    const other = own ? otherCouncilBefore(text, f.value, own) : null;
    const otherLevel = other === null && level !== null ? councilOfOtherLevel(text, f.value, level) : null;
    if (other === null && otherLevel === null) return true;
    const { part_of: _part, ...found } = f;
    candidates.push({ ...found, why: other !== null ? `the count is another public council's ("${other}"), attached to another body than the report's council` : `the count is another public council's ("${otherLevel}"), of another level than the report's council` });
    return false;
  });
}

/**
 * Whether `text` names, by its level and place, a council of another level than the one the report's title names
 * ("Еңбекшіқазақ аудандық Қоғамдық кеңесі" in the report of "Шелек ауылдық округі әкімі жанындағы Қоғамдық кеңес").
 * False when the title names no level.
 */
export function namesCouncilOfOtherLevel(lines: string[], text: string): boolean {
  const own = levelOf(lines.filter((l) => l.trim() !== '').slice(0, 8).join(' '));
  if (own === null) return false;
  const named = levelOf(text);
  return named !== null && named !== own;
}

type Level = 'republic' | 'oblast' | 'city' | 'district' | 'rural';
/** A level by the stem of its adjective ("областной", "облыстық") or of the territory's noun ("района", "облысының"). */
// (A rural okrug, a kent, a village: "Шелек ауылдық округі әкімі жанындағы Қоғамдық кеңес", "Топар кенті", "сельского округа" —
// the most local, before the district whose council a note may cite, set 151.)
const LEVELS: [Level, RegExp][] = [
  // (A village's: "при акиме села Баутино", "аула Жанакурылыс" — set 159.)
  ['rural', /^(?:ауылдық\s+округ|кент|ауыл(?!дық)|сельск|посёлк|поселк|села$|аула$)/u],
  ['district', /^(?:район|аудан)/u],
  ['city', /^(?:город|қала)/u],
  // (An oblast by its abbreviation, lower-cased: "ШҚО қоғамдық кеңесі", "Общественный совет ВКО", set 176.)
  ['oblast', /^(?:област|облыс|(?:зко|вко|ско|юко|бқо|шқо|сқо|оқо)$)/u],
  ['republic', /^(?:республик|ұлттық|национальн|министерств|министрлі)/u],
];
const COUNCIL = '(?:совет|кеңес)[\\p{L}]*';
/** The oblasts' abbreviations, lower-cased as the sentences are read. */
const OBLAST_ABBREVIATIONS = 'зко|вко|ско|юко|бқо|шқо|сқо|оқо';
/** A word between a level and its council that joins two bodies, never a name's: "совместно с …", "… мен …". */
const NO_JOIN = '(?!(?:с|со|и|а|в|на|по|для|совместно|вместе|мен|пен|бен|және)\\s)';
/**
 * A council named with its level: "областной общественный совет", "облыстық (денсаулық сақтау басқармасы жанындағы)
 * қоғамдық кеңес" (the adjective before it), "Общественный совет (при Департаменте полиции) Жетысуской области" (the
 * territory after it, a few words on), "Отырар ауданының Қоғамдық кеңесі" (the territory before it).
 */
const NAMED_LEVEL = [
  new RegExp(`(?<![\\p{L}])((?:областн|районн|городск|республиканск|национальн)[\\p{L}]*)\\s+(?:общественн[\\p{L}]*\\s+)?${COUNCIL}`, 'gu'),
  new RegExp(`(?<![\\p{L}])${COUNCIL}\\s+(?:при\\s+)?(?:${NO_JOIN}[\\p{L}«»"-]+\\s+){0,4}?(района|города|области|республики|министерства|сельского\\s+округа|посёлка|поселка|села|аула)(?![\\p{L}])`, 'gu'),
  // (No word between in the dative: "аудандық бөлімдерге Кеңес атынан 5 хат жолданды" names the district's divisions, the
  // council its own — set 45's Shauildir.)
  new RegExp(`(?<![\\p{L}])((?:ауылдық\\s+округі|ауылдық\\s+округінің|кенті|кентінің|облыстық|аудандық|қалалық|республикалық|ұлттық|облысы|облысының|ауданы|ауданының|қаласы|қаласының|министрлігі|министрлігінің)(?![\\p{L}]))\\s+(?:${NO_JOIN}(?![\\p{L}«»"-]*(?:ға|ге|қа|ке)\\s)[\\p{L}«»"-]+\\s+){0,4}?(?:жанындағы\\s+)?(?:қоғамдық\\s+)?кеңес[\\p{L}]*`, 'gu'),
  // "ШҚО қоғамдық кеңесі осы тоқсанда 3 отырыс өткізді", "Общественный совет ВКО провёл …": the oblast by its abbreviation.
  new RegExp(`(?<![\\p{L}])(${OBLAST_ABBREVIATIONS})\\s+(?:қоғамдық\\s+)?кеңес[\\p{L}]*`, 'gu'),
  new RegExp(`(?<![\\p{L}])${COUNCIL}\\s+(${OBLAST_ABBREVIATIONS})(?![\\p{L}])`, 'gu'),
];
/** Any council named, with or without its level, and a council in the plural ("районные советы", "аудандық кеңестер"). */
const ANY_COUNCIL = new RegExp(`(?<![\\p{L}])${COUNCIL}`, 'gu');
const OBLIQUE = /^(?:совету|совете|советам|советах|кеңеске|кеңесте|кеңестерге|кеңестерде|кеңестен|кеңестерден|кеңесіне|кеңесінде|кеңестеріне|кеңестерінде)$/u;
/** A preposition (and the words of people or an adjective) before a council: "для членов районных советов", "среди". */
const GOVERNED = /(?<![\p{L}])(?:для|среди|с|со|у|от|из|к|по|о|об|при|между|перед)\s+(?:[\p{L}-]+\s+){0,5}$/u;
// (The dative and locative plurals are OBLIQUE, never a subject.)
/** What a title is about ("Қоғамдық кеңестер туралы заң", "… туралы ереже"): the word after the council's. */
const ABOUT_AFTER = /^\s*»?\s*туралы(?![\p{L}])/u;
const PLURAL_COUNCIL = /^(?:советы|советов|советами|кеңестер[\p{L}]*)$/u;

/**
 * The most local level the head (the title's lines) names with its place's name — "Каратальского района", "города Текели",
 * "Отырар ауданының": a district's council in a city is the district's. A level with no name ("Общественного совета района",
 * a template's) tells no level.
 */
function levelOf(head: string): Level | null {
  const lower = lowerCase(head);
  const named = NAMED_LEVEL.flatMap((pattern) => overlappingMatches(lower, new RegExp(pattern.source, 'gdu')))
    .filter((m) => m.indices?.[1] !== undefined && namesPlace(head, m.indices[1]))
    .map((m) => levelOfWord(m[1]));
  return LEVELS.map(([level]) => level).find((level) => named.includes(level)) ?? null;
}

/**
 * Every match, each tried from the character after the last one's start: "Мақат ауданы Доссор кенті әкімі жанындағы Қоғамдық
 * кеңес" names the district and, inside that match, the kent — the council's own, the most local (set 45's Dossor).
 */
function overlappingMatches(text: string, pattern: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    out.push(m);
    pattern.lastIndex = m.index + 1;
  }
  return out;
}

/** A capitalised word right before the level's word, or right after it ("города Текели"). */
function namesPlace(text: string, [start, end]: [number, number]): boolean {
  return /\p{Lu}[\p{L}-]*\s+$/u.test(text.slice(Math.max(0, start - 40), start)) || /^\s+\p{Lu}/u.test(text.slice(end, end + 3));
}

function levelOfWord(word: string): Level | null {
  return LEVELS.find(([, stem]) => stem.test(word))?.[0] ?? null;
}

/**
 * The words of a council of another level than the report's ("Облыстық қоғамдық кеңес … екі семинар өткізді" in a
 * district council's report, "Для сравнения: Общественный совет Жетысуской области … провел 9 заседаний"), or councils in
 * the plural ("аудандық кеңестер 40 отырыс өткізді"): the first council the count's sentence names before it, the
 * sentence's subject. A council named with no level, or with the report's own, is the report's.
 */
function councilOfOtherLevel(sentence: string, value: number, own: Level): string | null {
  const count = findCounts(sentence, { kazakh: true }).find((c) => c.value === value);
  if (!count) return null;
  const opens = Math.max(...[...sentence.slice(0, count.start).matchAll(/[.!?;]\s/gu)].map((m) => (m.index ?? 0) + 1), 0);
  // The sentence's subject or the count's owner: a council after a preposition ("для членов районных советов") or in the
  // dative or locative ("советам", "в совете", "кеңестерге", "кеңесте") is what the count was for or where, not whose.
  // A council in brackets closed before the count ("Справочно (данные областного Совета): Общественный совет … области
  // провел 6 заседаний") is an aside, not the count's subject: the subject is the council after it.
  const asides = [...sentence.slice(opens, count.start).matchAll(/\([^()]*\)/gu)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const);
  const first = [...sentence.slice(opens, count.start).matchAll(ANY_COUNCIL)]
    .filter((m) => !asides.some(([a, b]) => a < (m.index ?? 0) && (m.index ?? 0) < b))
    .filter((m) => !OBLIQUE.test(m[0]) && !GOVERNED.test(sentence.slice(Math.max(0, opens + (m.index ?? 0) - 60), opens + (m.index ?? 0))))
    // "Қоғамдық кеңестер туралы заңға сәйкес …": councils a law (or a text) is about, never the count's owner.
    .filter((m) => !ABOUT_AFTER.test(sentence.slice(opens + (m.index ?? 0) + m[0].length, opens + (m.index ?? 0) + m[0].length + 12)))[0];
  if (!first) return null;
  // In the count's own clause: "… для членов Совета и районных советов (апрель, сентябрь) и подписан 1 меморандум" is not.
  // (A comma after a Kazakh converb goes on with the same subject: "Еңбекшіқазақ аудандық Қоғамдық кеңесі 9 айда 4 әдеп
  // мәселесін қарап, 14 мониторинг жүргізді", set 151.)
  if (/[,;()]/u.test(sentence.slice(opens + (first.index ?? 0), count.start).replace(/(?<=[\p{L}](?:ып|іп|ап|еп|п)),(?=\s)/gu, ''))) return null;
  const at = opens + (first.index ?? 0);
  if (PARTNER_BEFORE.test(sentence.slice(Math.max(0, at - 40), at))) return null;
  if (PLURAL_COUNCIL.test(first[0])) return first[0];
  for (const pattern of NAMED_LEVEL) {
    for (const m of sentence.slice(opens, count.start).matchAll(pattern)) {
      const start = opens + (m.index ?? 0);
      if (start > at || start + m[0].length < at) continue;
      const level = levelOfWord(m[1]);
      if (level !== null && level !== own) return m[0];
    }
  }
  return null;
}

/** The words of another kind's council named before the count `value` in the sentence (no break between), or null. */
function otherCouncilBefore(sentence: string, value: number, own: string): string | null {
  for (const pattern of WITH_HOST) {
    for (const m of sentence.matchAll(pattern)) {
      const kind = kindOf(m[1]);
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (kind === null || kind === own) continue;
      if (PARTNER_BEFORE.test(sentence.slice(Math.max(0, start - 40), start)) || PARTNER_AFTER.test(sentence.slice(end))) continue;
      const rest = sentence.slice(end);
      const at = rest.search(new RegExp(`(?<![\\d\\p{L}.,])${value}(?![\\d])`, 'u'));
      if (at >= 0 && !/[;.!?]\s/u.test(rest.slice(0, at))) return m[0];
    }
  }
  return null;
}

function kindOf(word: string): string | null {
  return HOST_KINDS.find(([, stem]) => stem.test(word))?.[0] ?? null;
}
