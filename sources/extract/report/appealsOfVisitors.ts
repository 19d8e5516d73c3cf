import { CODED_COUNT } from '../grammar/codeCounts.ts';
import type { MetricId } from '../types.ts';

/**
 * Why a count of appeals is no figure of them: it counts those of the people received, the callers or the messages who
 * filed an appeal — "21 азамат қабылданды, оның 5-еуі жазбаша өтініш берді", "На личном приёме принято 57 человек. Из
 * них 14 оформили письменные обращения", "Из 88 принятых граждан 19 оформили письменное обращение", "Из 120 сообщений в
 * WhatsApp 8 зарегистрированы как обращения", "27 қоңыраудың 3-еуі өтініш ретінде тіркелді" (set 153). Such a part is
 * inside the appeals' total the report states elsewhere ("12 өтініш тіркелді (жеке қабылдаудағы 5-еуін қоса алғанда)"),
 * never the total: read as appeals_received it was a false figure (set 153, Kyzylorda: 5 for 12). A candidate.
 *
 * The whole is a count of people or calls — a count right before the noun — never the appeals themselves: "поступило 31
 * обращение от граждан, из них 29 от физических лиц" is a part of the appeals and stays read.
 *
 * `before`: the coded, lower-cased sentence up to the count; `previous`: the sentence before it, coded and lower-cased
 * likewise, read when the count's sentence opens with "из них", "оның".
 */
export function doubtOfAppealsOfVisitors(metric: MetricId, before: string, previous: string): string | null {
  if (!APPEALS.has(metric)) return null;
  const opensWithPart = OPENS_WITH_PART.test(before);
  const text = opensWithPart ? `${previous} ${before}` : before;
  const whole = OF_VISITORS.exec(text) ?? VISITORS_THEN_PART.exec(text) ?? VISITORS_GENITIVE.exec(text);
  if (whole === null || APPEAL_NOUN.test(whole[0])) return null;
  return APPEALS_OF_VISITORS;
}

export const APPEALS_OF_VISITORS = 'the number counts those of the people received, the callers or the messages who filed an appeal ("21 азамат қабылданды, оның 5-еуі жазбаша өтініш берді", "из 88 принятых граждан 19 оформили обращение"): a part inside the appeals, not their total';

// Only the total received: the answers to those who turned to the council are its answers ("Кеңеске 30 азамат жүгінді, оның
// 25-іне жауап берілді": appeals_answered 25, pinned in report/phrasings.test.ts).
const APPEALS = new Set<MetricId>(['appeals_received']);

/**
 * People who come to a reception or call, and what they send: "человек", "граждан", "посетителей", "жителей",
 * "обратившихся", "звонков", "сообщений"; "адам", "азамат", "тұрғын", "келуші", "қоңырау", "хабарлама", "отбасы".
 */
const VISITOR = '(?:человек|граждан|посетител|жител|обративш|пришедш|звон|сообщени|семей|семь|адам|азамат|тұрғын|келуші|қоңырау|хабарлама|отбасы)[\\p{L}]*';
/** A Russian adjective or participle between a count and its noun: "принятых", "поступивших", "личных". */
const ADJECTIVE = '[\\p{L}]+(?:ых|их|ые|ие|ого|его)';
/** The words that open a part: "из них", "из которых", "оның", "олардың (ішінде)". */
const OF_THEM = '(?:из\\s+них|из\\s+которых|(?<![\\p{L}])оның|(?<![\\p{L}])олардың)(?:\\s+ішінде)?';
const re = (source: string) => new RegExp(source, 'u');

/** "из 88 принятых граждан ", "из принятых 57 граждан ", "из 120 сообщений в whatsapp ": the whole named with "из" right before the count. */
const OF_VISITORS = re(`(?<![\\p{L}])из\\s+(?:${CODED_COUNT}\\s+)?(?:${ADJECTIVE}\\s+){0,2}(?:${CODED_COUNT}\\s+)?${VISITOR}(?:\\s+[^\\s\\d,.;:()\\uE001-\\uE003]+){0,3}\\s*$`);
/** "21 азамат қабылданды, оның ", "принято 57 человек. из них ": a count of people, then the words of a part of them. */
const VISITORS_THEN_PART = re(`${CODED_COUNT}\\s+(?:${ADJECTIVE}\\s+)?${VISITOR}[^\\uE001-\\uE003.;!?]{0,80}?[,.;:]?\\s*${OF_THEM}\\s*[-–—:]?\\s*$`);
/** "27 қоңыраудың ", "қабылданған 21 азаматтың ": the Kazakh genitive of the whole right before the count. */
const VISITORS_GENITIVE = re(`${CODED_COUNT}\\s+${VISITOR}(?:дың|дің|тың|тің|ның|нің)\\s*$`);
/** The sentence opens with a part: its whole is in the sentence before. */
const OPENS_WITH_PART = re(`^\\s*${OF_THEM}`);
/** An appeal's noun between the whole and the part: then the whole is the appeals' ("31 обращение от граждан, из них"). */
const APPEAL_NOUN = /(?:обращени|заявлени|жалоб|өтініш|арыз|шағым)/u;
