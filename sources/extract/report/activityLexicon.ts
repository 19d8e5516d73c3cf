import { typedOnRussianKeyboard } from '../typedOnRussianKeyboard.ts';
import lexicon from './lexicon/activities.json' with { type: 'json' };
import type { ActivityType, MetricId, Platform } from '../types.ts';

/**
 * The words of activities and media (lexicon/activities.json), compiled:
 * activity types as list headings, table titles and sentences name them; the
 * verbs saying an activity took place; media platforms and the counted things
 * of media figures; which figures are parts of which. A new phrasing is an
 * entry in the JSON file.
 */
export interface ActivityWord {
  type: ActivityType;
  metric: MetricId | null;
  source: string;
}

export const ACTIVITY_PHRASES = lexicon.activities as ActivityWord[];
/** Verbs saying an activity took place: a dated sentence with one of these is an activity. */
export const HELD_VERBS = new RegExp(typedOnRussianKeyboard(lexicon.heldVerbs), 'iu');
/** Media platforms and how reports name them (URLs are removed before matching). */
export const PLATFORM_PHRASES = lexicon.platforms as { platform: Platform; source: string }[];
/** Any platform's phrase, one alternation (no group of its own): for patterns that need a platform, not which one. */
export const ANY_PLATFORM = PLATFORM_PHRASES.map((p) => p.source).join('|');
// "пост" only as the noun: "поставщик", "постановление", "постоянно" are not posts.
export const MEDIA_PUBLICATIONS: string = lexicon.mediaPublications;
/**
 * A word of measure between a count and the publications' noun ("бір парақ материал", "2 полосы материалов", "3 минуттық
 * сюжет"): the number is the size of what came out, never how many. Written `(?:${NOT_A_MEASURE}[\p{L}]+\s+)?`.
 */
export const NOT_A_MEASURE = '(?!(?:парақ|бет(?:тік)?|полос[\\p{L}]*|страниц[\\p{L}]*|минут[\\p{L}]*|секунд[\\p{L}]*|сағат[\\p{L}]*)\\s)';
/** Publications told as times published, their count inside: "публиковалась 29 раз", "51 рет жарияланды". */
export const MEDIA_TIMES: string = lexicon.mediaTimes;
export const MEDIA_VIEWS: string = lexicon.mediaViews;
/** A word between the counted thing and its number: "қаралым саны 41,3 мың", "просмотров составило 500". */
export const MEDIA_LABEL: string = lexicon.mediaLabel;
/** Other places publications are counted in (a newspaper, a TV channel, a page): a count there is not the total. */
export const MEDIA_OUTLETS: string = lexicon.mediaOutlets;
/** A sentence about social networks in general is a total, not one platform's figure. */
export const MEDIA_GENERAL = new RegExp(lexicon.mediaGeneral, 'iu');

/**
 * Figures that are parts of another, checked when all are stated: the parts
 * of an exact split must add up to the whole ("3 state + 34 civil = 37
 * members"), the parts of a bound must not exceed it (89 NPAs reviewed cannot
 * hold 89 approved and 4 more with remarks). `overrunDoubted`: a part more than its whole cannot be read right (the drafts
 * approved and with remarks over the drafts reviewed, the letters answered over the letters sent) — the parts are
 * candidates. Appeals answered may overrun the appeals received (last year's answered now): only an issue.
 */
export const METRIC_PARTS = lexicon.parts as { whole: MetricId; parts: MetricId[]; exact: boolean; overrunDoubted?: boolean }[];

/** A meeting of the council, its presidium or commissions ("заседание", "заседаний", "отырыс"): never an event of a kind itself. */
export const MEETING_WORD = /(?<![\p{L}])(?:заседани|отырыс)/iu;

// A Kazakh phrase matched as typed on a Russian keyboard too ("донгелек устел"), as the figure lexicon is.
const ACTIVITY_RES = ACTIVITY_PHRASES.map((a) => ({ ...a, regex: new RegExp(typedOnRussianKeyboard(a.source), 'iu') }));

/** The activity type a text names (a heading, a table title, a sentence), null when none. */
export function activityTypeOf(text: string): ActivityWord | null {
  return ACTIVITY_RES.find((a) => a.regex.test(text)) ?? null;
}

/** An item's own type, when it opens with one ("Круглый стол на тему …", "Встреча с …"), before any quoted title. */
export function itemTypeOf(text: string): ActivityType | null {
  const head = text.split(/[«"“]/)[0].split(/\s+/).slice(0, 4).join(' ');
  return activityTypeOf(head)?.type ?? null;
}

/** Every activity type a text names, each once, in the order they first stand in it. */
export function activityTypesIn(text: string): ActivityWord[] {
  return ACTIVITY_RES.map((a) => ({ a, at: a.regex.exec(text)?.index ?? -1 }))
    .filter((x) => x.at >= 0)
    .sort((x, y) => x.at - y.at)
    .map((x) => x.a)
    .filter((a, k, all) => all.findIndex((b) => b.type === a.type) === k);
}

/**
 * The type whose phrase ends a clause, a verb of holding after it at most: "… амбулаториясының жұмысына мониторинг",
 * "… бойынша есебі тыңдалды", "… тақырыбында дөңгелек үстел өтті" — as Kazakh sets the event's noun last. Null when none
 * ends it ("мониторинг нәтижелері қаралды": the monitoring is what was considered, not what was held) or two do.
 */
export function activityTypeEnding(clause: string): ActivityType | null {
  const text = clause.replace(/[\s.;,:!?]+$/u, '');
  const found = new Set<ActivityType>();
  for (const a of ACTIVITY_RES) {
    const g = new RegExp(a.regex.source, 'giu');
    for (let m = g.exec(text); m !== null; m = g.exec(text)) {
      if (m[0] === '') break;
      // The rest of the phrase's last word, then one verb of holding at most.
      const rest = text.slice(m.index + m[0].length).replace(/^[\p{L}-]*/u, '').trim();
      if (rest === '' || (!/\s/u.test(rest) && HELD_VERBS.test(rest)) || SIGNED.test(rest)) found.add(a.type);
    }
  }
  return found.size === 1 ? [...found][0] : null;
}

/**
 * The Kazakh verb of signing, two words where the others are one: "… орталығымен меморандумға қол қойылды" (held-out 74's
 * Syrdariya) ends with its memorandum as "… меморандум жасалды" would.
 */
const SIGNED = /^(?:қол\s+қой(?:ылды|ылған|ды)|кол\s+кой(?:ылды|ылган|ды))$/iu;

/**
 * Taking part in an event named after the verb or noun, as the place one goes to: "участвовали в семинаре", "приняли
 * участие в круглом столе", "Участие членов Совета (4 чел.) в онлайн-семинаре …", "семинарға қатысты", "облыстық кеңестің
 * семинарына қатысу": the council's members at another's event, none of its own. Not the event's own sentence that counts
 * who came ("Семинар проведен …, в нем приняли участие 40 человек", "семинар өтті, оған 30 адам қатысты").
 */
export const ATTENDED =
  /(?:участвовал[\p{L}]*|принял[\p{L}]*\s+участие|(?<![\p{L}])участи[ея](?:\s+[^.;:«»"]{0,60}?)?)\s+в\s+(?:[\p{L}-]+\s+){0,2}?(?:онлайн-|он-лайн\s+)?(?:семинар|тренинг|кругл[\p{L}]*\s+стол|диалогов|слушани|мониторинг|форум)[\p{L}]*|(?:семинар|тренинг|үстел|алаң|тыңдау|мониторинг|форум)[\p{L}]*(?:ға|ге|қа|ке|(?<=ы)на|(?<=і)не)\s+(?:[\p{L}]+\s+){0,2}?қатыс[\p{L}]*/iu;

/**
 * A plan of events named by their type ("план мониторингов на I кв.", "утверждение плана проведения мониторингов",
 * "мониторинг жоспарын бекіту"): the plan is what a meeting dealt with, no event of that type. Blanked before a title is
 * typed; "Мониторинг исполнения плана …" and "жұмыс жоспарына сәйкес мониторинг" keep their type. A schedule is not blanked: "Мониторингтер кестесі: 12.02 –
 * …; 26.03 – …" lists the monitorings held.
 */
export function withoutPlansOfEvents(text: string): string {
  return text
    .replace(/(?<![\p{L}])план[\p{L}]*\s+(?:проведения\s+)?(?:обществ[\p{L}]*\s+)?[\p{L}-]+/giu, (m) => ' '.repeat(m.length))
    .replace(/(?<![\p{L}])(?:[\p{L}-]+\s+)?[\p{L}-]+\s+жоспар(?:ы|ын|лары|ларын)?(?![\p{L}])(?!\s+(?:сәйкес|бойынша|сай))/giu, (m) => ' '.repeat(m.length));
}

/** The stems of the events whose papers a meeting deals with, Russian and Kazakh. */
const EVENT_STEMS_RU = '(?:мониторинг|кругл[\\p{L}]*\\s+стол|семинар|слушани|диалогов[\\p{L}]*\\s+площад)[\\p{L}]*';
const EVENT_STEMS_KK = '(?:мониторинг|дөңгелек\\s+үстел|семинар|тыңдау|диалог\\s+алаң)[\\p{L}]*';
/**
 * A type named as what a meeting considered, blanked: "на которых рассматривались материалы мониторингов", "обсуждены
 * итоги круглого стола", "мониторинг нәтижелері қаралды", "дөңгелек үстелдің қорытындылары талқыланды". The meeting
 * dealt with the event's papers; the sentence's days are the meeting's (held-out 66's Kokshetau: "проведено 2 заседания –
 * 15 октября и 17 декабря, …, на которых рассматривались материалы мониторингов" was a monitoring on 15 October). The
 * event told held elsewhere in the sentence keeps its type.
 */
export function withoutConsideredTypes(text: string): string {
  return text.replace(CONSIDERED_RU, (m) => ' '.repeat(m.length)).replace(CONSIDERED_KK, (m) => ' '.repeat(m.length));
}
/**
 * The papers of an event named after a meeting, no verb needed, blanked: "заседание Совета № 4: итоги слушаний, рекомендации
 * в маслихат" (set 158), "кеңес отырысы: мониторинг нәтижелері, жоспар" — the meeting's topic, no event held at it.
 */
export function withoutEventPapers(text: string): string {
  return withoutConsideredTypes(text).replace(PAPERS_RU, (m) => ' '.repeat(m.length)).replace(PAPERS_KK, (m) => ' '.repeat(m.length));
}
const PAPERS_RU = new RegExp(`(?<![\\p{L}])(?:материал|итог|результат)[\\p{L}]*\\s+(?:[\\p{L}-]+\\s+){0,2}?${EVENT_STEMS_RU}`, 'giu');
const PAPERS_KK = new RegExp(`(?<![\\p{L}])${EVENT_STEMS_KK}\\s+(?:нәтиже|қорытынды|материал)[\\p{L}]*`, 'giu');
/** Russian: the verb of considering, then the papers, then the type (two words between at most). */
const CONSIDERED_RU = new RegExp(`(?<![\\p{L}])(?:рассматривал[\\p{L}]*|рассмотрен[\\p{L}]*|обсуждал[\\p{L}]*|обсужден[\\p{L}]*|изучен[\\p{L}]*)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:материал|итог|результат)[\\p{L}]*\\s+(?:[\\p{L}-]+\\s+){0,2}?${EVENT_STEMS_RU}`, 'giu');
/** Kazakh: the type, its papers, the verb of considering ("мониторинг нәтижелері қаралды", "… материалдары талқыланды"). */
const CONSIDERED_KK = new RegExp(`(?<![\\p{L}])${EVENT_STEMS_KK}\\s+(?:нәтиже|қорытынды|материал)[\\p{L}]*\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:қаралды|қаралған|талқыланды|талқыланған|қарастырылды)(?![\\p{L}])`, 'giu');

/**
 * A type named as the topic of another event, blanked: "семинар по методике общественного мониторинга", "по итогам
 * мониторинга проведён круглый стол", "мониторинг жүргізу әдістемесі бойынша семинар", "мониторинг нәтижелері туралы
 * дөңгелек үстел"; so is one naming a group ("семинар для членов мониторинговой группы"). Russian puts the topic after "по"/"о" (three words between at most), Kazakh before "бойынша"/"туралы".
 * The text is unchanged when no other type is left named: a sentence of one type names its own event.
 */
export function withoutTopicTypes(text: string): string {
  let out = text;
  for (const a of ACTIVITY_RES) {
    const g = new RegExp(a.regex.source, 'giu');
    for (let m = g.exec(text); m !== null; m = g.exec(text)) {
      if (m[0] === '') break;
      const before = text.slice(Math.max(0, m.index - 60), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
      if (TOPIC_BEFORE.test(before) || TOPIC_AFTER.test(after) || GROUP_AFTER.test(after)) out = out.slice(0, m.index) + ' '.repeat(m[0].length) + out.slice(m.index + m[0].length);
    }
  }
  return activityTypeOf(out) !== null ? out : text;
}
/** "по …", "о …"; what is taught of it: "обучение методике мониторинга", "методика проведения мониторинга" (set 148). */
const TOPIC_BEFORE = /(?<![\p{L}])(?:по|о|об|методик[\p{L}]*|обучени[\p{L}]*)\s+(?:[\p{L}-]+\s+){0,3}$/iu;
/** The type's word naming a group, not an event: "для членов мониторинговой группы", "мониторинг тобының мүшелеріне" (set 148). */
const GROUP_AFTER = /^[\p{L}-]*\s+(?:групп[\p{L}]*|тоб(?:ы|ын|ына|ының|ымен|тар)[\p{L}]*)(?![\p{L}])/iu;
const TOPIC_AFTER = /^[\p{L}-]*\s+(?:[\p{L}-]+\s+){0,2}?(?:бойынша|туралы|әдістеме[\p{L}]*)(?![\p{L}])/iu;

/**
 * An event said to stand outside the council's count: "Отчет акима … 14 февраля проводился в формате встречи с жителями и в
 * число заслушиваний Совета не входит", "не включается в число мероприятий Совета", "кеңестің іс-шаралары санына
 * кірмейді", "бұл есепке енгізілмеген". Its date is no event of the council's.
 */
export const NOT_COUNTED =
  /(?<![\p{L}])(?:число|количеств[\p{L}]*|подсч[её]т[\p{L}]*|показател[\p{L}]*|итог[\p{L}]*|отч[её]т[\p{L}]*)\s+(?:[\p{L}]+\s+){0,3}?не\s+(?:входит|входят|включ[\p{L}]*|учитыва[\p{L}]*|учтен[\p{L}]*|учтён[\p{L}]*|вош[\p{L}]*)|(?<![\p{L}])не\s+(?:входит|входят|включ[\p{L}]*|учитыва[\p{L}]*|засчитыва[\p{L}]*)\s+(?:[\p{L}]+\s+){0,2}?(?:в|к)\s+(?:число|количеств|подсч[её]т|показател|итог|отч[её]т)|(?:сан[ыі]на|қатарына|есеп[\p{L}]*|көрсеткіш[\p{L}]*)\s+(?:[\p{L}]+\s+)?(?:кірмейді|кірмеді|кірген\s+жоқ|енгізілмеді|енгізілмеген|енгізілген\s+жоқ|алынбады|есептелмеді)(?![\p{L}])/iu;

/**
 * A heading of a list of events of any type: "Іс-шаралар тізімі (өзгеріссіз):", "Мероприятия:", "Перечень мероприятий",
 * "Мероприятия квартала", "Мероприятия за отчетный период", "Тоқсанның іс-шаралары",
 * "II. Перечень мероприятий, проведенных в отчетном периоде", "Есепті кезеңде өткізілген іс-шаралар тізбесі"; a part of the
 * period named before the noun, as Kazakh puts it ("ІІІ тоқсандағы іс-шаралар:", "2026 жылғы ІІ тоқсанда өткізілген іс-шаралар:")
 * or Russian's participle does ("Проведённые во II квартале мероприятия:"); "Отдельные мероприятия", "Басқа іс-шаралар" too;
 * a calendar of them ("Негізгі іс-шаралар күнтізбесі:", "Календарь основных мероприятий:", set 177).
 */
export const GENERIC_EVENTS = /^\s*(?:(?:\d{1,2}|[IVX]{1,4})[.)]\s*)?(?:(?:20\d{2}\s+жылғы\s+)?(?:[IVХІ]{1,3}|[1-4])[\s-]*(?:тоқсан|жартыжылдық)(?:тағы|дағы|тың|тің|дың|дің|ның|нің)\s+)?(?:(?:(?:есепті\s+|(?:20\d{2}\s+жылғы\s+)?(?:[IVХІ]{1,3}|[1-4])[\s-]*)?(?:кезеңде|тоқсанда|жылы|жыл\s+ішінде|тоқсан\s+ішінде|жартыжылдықта)\s+)?(?:өткізілген|ұйымдастырылған)\s+)?(?:(?:есепті\s+)?(?:тоқсан|жартыжылдық|жыл|кезең)(?:ның|нің|дың|дің|тың|тің)\s+)?(?:перечень\s+|список\s+|информация\s+о\s+|календарь\s+|хроника\s+)?(?:(?:основн|главн|ключев|негізгі|отдельн|други|прочи|басқа)[\p{L}]*\s+)?(?:проведенн[\p{L}]*\s+(?:в\s+(?:[IVХІ]{1,3}|[1-4])[\s-]*(?:квартал|полугоди)[\p{L}]*\s+)?)?(?:мероприяти[\p{L}]*|іс-шара[\p{L}]*|іс\s+шара[\p{L}]*)(?:\s+(?:тізімі|тізбесі|күнтізбесі|хронологиясы))?(?:\s+(?:за\s+|в\s+)?(?:[IVХІ]{1,3}|\d)[\s-]*(?:квартал[\p{L}]*|полугоди[\p{L}]*|тоқсан[\p{L}]*|жартыжылдық[\p{L}]*))?(?:\s+(?:за\s+)?(?:отч[её]тн[\p{L}]*\s+)?(?:квартал(?:а)?|полугоди[ея]|период(?:а)?|год(?:а)?|месяц(?:а)?))?(?:,?\s+(?:проведенн|организованн|состоявш)[\p{L}]*(?:\s+[\p{L}]+){0,5})?(?:\s*\([^()]*\))?\s*[:.]?\s*$/iu;
