import { typedOnRussianKeyboard } from '../typedOnRussianKeyboard.ts';

/**
 * The verbs that say a kind of event was not held, in one place: readStatedNone reads "none held" as a figure of 0,
 * readLists keeps such a line from heading a list.
 */

/** The Russian verbs of none held, after "не": "не проводились", "не было", "не состоялось", "не заключались" (memoranda), "Советом не
 * инициировались" (hearings the council took part in but did not hold are not its own), "не назначались" (none was called). */
export const NONE_VERBS = 'проводил|состоял|организовывал|организован|подписывал|заключал|инициировал|назначал|было';
/** The same verbs but "было", which denies anything ("на 2 не было спасательных постов"), not a holding. */
const HOLDING_VERBS = NONE_VERBS.split('|').filter((v) => v !== 'было').join('|');
/**
 * The Kazakh negated verbs: "өткізілген жоқ", "өткізілмеді", "өткен жоқ", "өтпей қалды" (fell through), "қол қойылған жоқ", "жасалған жоқ" (memoranda); typed on a
 * Russian keyboard too ("откізілмеді", "болган жок").
 */
export const NONE_VERBS_KK = typedOnRussianKeyboard('өткізілген\\s+жоқ|өткізілмеді|өткен\\s+жоқ|өтпеді|(?:өтпей|өткізілмей|жүргізілмей|ұйымдастырылмай)\\s+қалды|ұйымдастырылған\\s+жоқ|ұйымдастырылмады|ұйымдастырған\\s+жоқ|өткізген\\s+жоқ|жүргізілген\\s+жоқ|жүргізілмеді|қол\\s+қойылған\\s+жоқ|қол\\s+қойылмады|жасалған\\s+жоқ|жасалмады|болған\\s+жоқ|болмады');
/**
 * "организовать не удалось", "не удалось провести": none held, said as a failure (Kazakh "өткізу мүмкін болмады" ends in
 * "болмады"); so is "there was no chance to hold it": "Қоғамдық тыңдау өткізуге биыл мүмкіндік болмады", "Общественные
 * слушания провести возможности не было" (a plan put off to next year, "келесі жылға қалдырдық", is no none).
 */
export const FAILED_TO_HOLD = '(?:провести|организовать)\\s+не\\s+удалось|не\\s+удалось\\s+(?:провести|организовать)|(?:провести|организовать)\\s+(?:возможности\\s+не\\s+было|не\\s+было\\s+возможности)|(?:өткізуге|ұйымдастыруға)(?:\\s+(?:биыл|әзірге))?\\s+мүмкіндік\\s+(?:болмады|болған\\s+жоқ)';
/** A line that says something was not held, in either language. */
export const STATES_NONE_HELD = new RegExp(`(?<![\\p{L}])(?:не\\s+(?:${NONE_VERBS})[\\p{L}]*|${NONE_VERBS_KK}|${FAILED_TO_HOLD})(?![\\p{L}])`, 'iu');
/**
 * A form's answer, or an indicator's value, that is only a none ("жоқ", "нет", "өткізілген жоқ", "не проводились"), a
 * bracketed note after it allowed ("өткізілмеді (ІІ тоқсанда 1 семинар болған)"): the field's count is 0. A dash or
 * "мәлімет жоқ" (no data) is none of these.
 */
export const SAYS_NONE = new RegExp(`^(?:жоқ|нет|не\\s+(?:${NONE_VERBS})[\\p{L}]*|${NONE_VERBS_KK})\\s*(?:\\([^()]*\\))?\\s*[.;]?$`, 'iu');
/**
 * A row of a log, or an event, said not to have taken place: not held ("НЕ СОСТОЯЛОСЬ (нет кворума)", "не проведено",
 * "өткізілмеді"), put off ("перенесено на 27.05", "келесі айға ауыстырылды") or cancelled ("отменено"). An event moved
 * here from another day ("перенесено с 10.04") did take place.
 */
export const CALLED_OFF = new RegExp(
  `${STATES_NONE_HELD.source}|(?<![\\p{L}])(?:не\\s+провед[её]н[\\p{L}]*|перенес[её]н[оаы]?(?!\\s+со?\\s)|отмен[её]н[оаы]?|ауыстырылды|кейінге\\s+(?:қалдырылды|шегерілді)|тоқтатылды)(?![\\p{L}])`,
  'iu',
);

/**
 * A text's sentences that say a kind was not held, blanked (lengths kept): "Круглый стол «…» состоялся 14.11.2024 г.
 * Публичные слушания во втором полугодии Советом не проводились." is the round table's alone — the hearings it names are
 * no event, nor its type the sentence's. A sentence is cut at a stop, a semicolon or a mark of its end (not at a comma:
 * "Публичные слушания, назначенные на 12.12, не проводились" is one, its day blanked with it).
 */
export function withoutNoneHeld(text: string): string {
  if (!STATES_NONE_HELD.test(text)) return text;
  const saysNone = (s: string) => NOT_HELD.test(s.replace(/\([^()]*\)/gu, ' '));
  return text.split(/(?<=[.;!?])(?=\s)/u).map((s) => (saysNone(s) ? ' '.repeat(s.length) : s)).join('');
}
/**
 * The verbs of holding, negated — not the Russian "не было", which denies anything ("мониторинг пляжей, на 2 не было
 * спасательных постов" held the monitoring); tested outside brackets.
 */
const NOT_HELD = new RegExp(`(?<![\\p{L}])(?:не\\s+(?:${HOLDING_VERBS})[\\p{L}]*|${NONE_VERBS_KK}|${FAILED_TO_HOLD})(?![\\p{L}])`, 'iu');

/**
 * The words after a count of events that say those events did not happen in the period: not held ("не состоялись", "не
 * проведены", "өткізілмеді", "өтпей қалды"), cancelled ("отменены", "сорваны", "тоқтатылды") or put off ("перенесены на
 * октябрь", "келесі жылға ауыстырылды"). "Екі семинар да тренердің келмеуіне байланысты өтпей қалды" counts the seminars
 * that fell through — never the seminars held (doubtOfFigure). Not "не было", which denies anything ("на 2 не было постов").
 */
export const NOT_HELD_AFTER = new RegExp(
  `${NOT_HELD.source}|(?<![\\p{L}])(?:не\\s+провед[её]н[\\p{L}]*|не\\s+заслушан[\\p{L}]*|перенес[её]н[оаы]?(?!\\s+со?\\s)|отмен[её]н[оаы]?|сорван[оаы]?|ауыстырылды|кейінге\\s+(?:қалдырылды|шегерілді)|тоқтатылды|тыңдалмады|болдырылмады)(?![\\p{L}])`,
  'iu',
);
