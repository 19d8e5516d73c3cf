import { MONTH_WORD, monthOfWord } from '../monthNames.ts';
import { withTextLetters } from './lowerCase.ts';
import { matchesOf } from './matchesOf.ts';

/**
 * The months a clause names as a range of whole months — "в июле – сентябре
 * 2025 г.", "с июля по сентябрь", "за январь–июнь", "2025 жылғы шілде –
 * қыркүйек айларында", "қаңтар-маусымда" — as the first and last month (1–12)
 * and the year written with them (null when none), the last range in the
 * text; null when it names none. A range with days ("с 15 июля по 30
 * сентября") is a span of dates, not of months, and is not read here.
 */
export interface MonthRange {
  from: number;
  to: number;
  year: number | null;
}

export function monthRangeOf(text: string): MonthRange | null {
  let found: MonthRange | null = null;
  for (const m of matchesOf(text, RANGE)) {
    const from = monthOfWord(m[2]);
    const to = monthOfWord(m[3]);
    const year = m[1] ?? m[4];
    if (from !== null && to !== null && from <= to) found = { from, to, year: year ? Number(year) : null };
  }
  return found;
}

const YEAR = '((?:19|20)\\d{2})';
const RANGE_SOURCE = `(?:${YEAR}\\s*(?:жылғы|жылдың|ж\\.)?\\s*)?(?<!\\d\\s*)(${MONTH_WORD})\\s*(?:[-–—]|по|до)\\s*(${MONTH_WORD})(?:\\s+${YEAR})?`;
const RANGE = withTextLetters(new RegExp(RANGE_SOURCE, 'giu'));

/**
 * The text with every range of whole months that is exactly the span from..to (a period's months: "Қазан – желтоқсанда",
 * "в октябре – декабре 2025 г.", "январь-июнь", "Қазан–желтоқсан аралығында") blanked, offsets kept: the period by its months is the period itself, as "в
 * отчетном квартале" is. A range with another year, or of other months ("в октябре – ноябре" of a quarter), stays.
 */
export function blankMonthRange(text: string, from: number, to: number, year: number): string {
  return text.replace(RANGE_SPAN, (all: string, y1: string | undefined, first: string, last: string, y2: string | undefined) => {
    const y = y1 ?? y2;
    const own = monthOfWord(first) === from && monthOfWord(last) === to && (y === undefined || Number(y) === year);
    return own ? ' '.repeat(all.length) : all;
  }).replace(DAY_SPAN, (all: string, y1: string | undefined, d1: string, first: string, d2: string, last: string, y2: string | undefined) => {
    // The same span by its first and last days: "1 қыркүйек – 30 қараша аралығында", "с 1 сентября по 30 ноября 2026 года".
    const y = y1 ?? y2;
    const lastDay = new Date(Date.UTC(year, to, 0)).getUTCDate();
    const own = Number(d1) === 1 && Number(d2) === lastDay && monthOfWord(first) === from && monthOfWord(last) === to && (y === undefined || Number(y) === year);
    return own ? ' '.repeat(all.length) : all;
  });
}

/** A span from a month's first day to another's last: "2026 жылғы 1 қыркүйек – 30 қараша аралығында", "с 1 сентября по 30 ноября". */
const DAY_SPAN = withTextLetters(new RegExp(`(?:${YEAR}\\s*(?:жылғы|жылдың|ж\\.)?\\s*)?(?:(?<![\\p{L}])с\\s+)?(?<![\\d.])(\\d{1,2})\\s+(${MONTH_WORD})\\s*(?:[-–—]|по|до)\\s*(\\d{1,2})\\s+(${MONTH_WORD})(?:\\s+${YEAR}(?:\\s*(?:г\\.|года|ж\\.))?)?(?:\\s+(?:аралығында|аралықта))?`, 'giu'));

/** A range with the Kazakh word of the span after it ("қазан–желтоқсан аралығында", "шілде – қыркүйек айлары ішінде"). */
const RANGE_SPAN = withTextLetters(new RegExp(`${RANGE_SOURCE}(?:\\s+(?:аралығында|аралықта|айлары\\s+ішінде|айларында))?`, 'giu'));
