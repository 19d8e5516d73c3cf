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
 * hold 89 approved and 4 more with remarks).
 */
export const METRIC_PARTS = lexicon.parts as { whole: MetricId; parts: MetricId[]; exact: boolean }[];

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
      if (rest === '' || (!/\s/u.test(rest) && HELD_VERBS.test(rest))) found.add(a.type);
    }
  }
  return found.size === 1 ? [...found][0] : null;
}
