import { matchesOf } from '../grammar/matchesOf.ts';
/**
 * A month of the period given its own count, in Russian or Kazakh: "январь – 14", "в январе – ни одного",
 * "в феврале 1", "за март: 17", "қаңтарда – 3", "ақпан айында 2", "наурыз – 5". Counts given so are
 * parts of the report's period, never its value: no total is stated unless it is written. A quarter of
 * a year is one only when two of them are named ("в I квартале – 10, во II – 12").
 */
const RU_MONTH = '(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)[\\p{L}]*';
const KK_MONTH = '(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)(?:да|де|та|те|дағы|дегі|тағы|тегі)?(?:\\s+айында)?';
// A count, or none at all, after the month: the dash or colon, or the number right after it; never a year
// ("март 2025"), nor a month of a date ("11 марта – …").
const COUNT_AFTER = '(?:\\s*[-–—:]\\s*|\\s+)(?:(?!(?:19|20)\\d\\d(?!\\d))\\d|ни\\s+одн|нет|ноль|жоқ|бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он|один|одн|два|две|три|четыр|пят|шест|сем|восем|девят|десят)';

export const MONTH_PART = new RegExp(`(?<![\\p{L}]|\\d[\\s.]*)(?:(?:в|во|за)\\s+)?(?:${RU_MONTH}|${KK_MONTH})(?=${COUNT_AFTER})`, 'iu');

const QUARTER = /(?<![\p{L}\d])(?:[IV]{1,3}|[1-4])\s*(?:-?\s*(?:м|й|го|ші|шы|ші))?\s*(?:квартал|тоқсан)[\p{L}]*/giu;

/** Where the first month (or one of two quarters) with its own count starts in `text`, or -1. */
export function firstPeriodPart(text: string): number {
  const month = MONTH_PART.exec(text);
  const quarters = matchesOf(text, QUARTER);
  const quarter = quarters.length >= 2 ? (quarters[0].index ?? -1) : -1;
  const at = [month ? month.index : -1, quarter].filter((n) => n >= 0);
  return at.length === 0 ? -1 : Math.min(...at);
}
