import { MONTH_WORD, monthOfWord } from '../monthNames.ts';
import { matchesOf } from '../grammar/matchesOf.ts';

/**
 * A part of a year a column, a label or a sentence names: a quarter ("I кв.", "3-тоқсан", "в IV квартале", "төртінші
 * тоқсанда", "отчетный квартал"), a half ("1 полугодие", "ІІ жартыжылдық", "ж/ж", "за полгода"), the year's first months
 * ("9 месяцев", "тоғыз айы"), a month ("Январь", "Қаңтар") or a run of months ("январь – сентябрь", "с января по июнь",
 * "қаңтар–маусым").
 */
export interface PeriodPart {
  kind: 'quarter' | 'half' | 'months' | 'month';
  /** Its length in months (3, 6, N, 1); null for a run of months of no stated end. */
  months: number;
  /** Its first and last month of the year, when the text says which: null for "квартал", "отчетный квартал", "за полгода". */
  span: [number, number] | null;
  /** Its number as written ("IV", "4-й", "төртінші" → 4), for a quarter or a half; null when it has none. */
  no: number | null;
  /** The report's own ("отчетный квартал", "есепті тоқсан"): the period itself, whichever it is. */
  own: boolean;
  /** Named in the plural ("по кварталам", "кварталы", "тоқсандар", "полугодиях"): parts of that kind, not one of them. */
  several: boolean;
  /** Where its words stand in the text, and the words. */
  index: number;
  text: string;
}

/**
 * Every part of a year the text names, in order. The one reader of "which part of the period" for the table readers
 * (part columns and rows, quarters run together in a header, notes of another quarter) and for the period of a text
 * stated as a part with no year. Not a part: a year ("2025 год"), "за отчетный период", a date ("12 мая", "15.03.2025",
 * "мамырдың 12-сі"), every part at once ("все кварталы": partsOfTotal's withoutAllParts takes those out first).
 */
export function partsOfPeriod(text: string): PeriodPart[] {
  const lower = text.toLowerCase();
  const parts: PeriodPart[] = [];
  const taken: [number, number][] = [];
  const free = (at: number, end: number) => !taken.some(([a, b]) => at < b && a < end);
  const add = (part: PeriodPart) => {
    if (!free(part.index, part.index + part.text.length)) return;
    taken.push([part.index, part.index + part.text.length]);
    parts.push(part);
  };
  // "II–III тоқсан", "I-II кв.", "2–3 кварталы": a run of quarters, one part from the first's first month to the last's last
  // (before the single quarters, so that "III тоқсан" inside it is no part of its own).
  for (const m of matchesOf(lower, QUARTER_RUN)) {
    const [a, b] = [m[1], m[2]].map((n) => ORDINALS[/^[iі]+v?$/u.test(n) ? n.replace(/і/gu, 'i') : n] ?? null);
    if (a === null || b === null || a >= b || b > 4) continue;
    add({ kind: 'months', months: (b - a + 1) * 3, span: [a * 3 - 2, b * 3], no: null, own: false, several: false, index: m.index!, text: m[0] });
  }
  for (const m of matchesOf(lower, NUMBERED)) {
    const no = ORDINALS[/^[iі]+v?$/u.test(m[1]) ? m[1].replace(/і/gu, 'i') : m[1]] ?? null;
    const quarter = m[2] !== undefined;
    if (no === null || no > (quarter ? 4 : 2)) continue;
    add({ kind: quarter ? 'quarter' : 'half', months: quarter ? 3 : 6, span: quarter ? [no * 3 - 2, no * 3] : [no * 6 - 5, no * 6], no, own: false, several: false, index: m.index!, text: m[0] });
  }
  for (const m of matchesOf(lower, OWN)) add({ kind: m[1] || m[2] ? 'quarter' : 'half', months: m[1] || m[2] ? 3 : 6, span: null, no: null, own: true, several: false, index: m.index!, text: m[0] });
  for (const m of matchesOf(lower, QUARTER_OR_HALF)) add({ kind: m[1] ? 'quarter' : 'half', months: m[1] ? 3 : 6, span: null, no: null, own: false, several: false, index: m.index!, text: m[0] });
  for (const m of matchesOf(lower, SEVERAL)) add({ kind: m[1] ? 'quarter' : 'half', months: m[1] ? 3 : 6, span: null, no: null, own: false, several: true, index: m.index!, text: m[0] });
  for (const m of matchesOf(lower, FIRST_MONTHS)) {
    const n = /^\d+$/u.test(m[1]) ? Number(m[1]) : MONTHS_IN_WORDS[m[1].replace(/\s+/gu, ' ')];
    if (n >= 1 && n <= 12) add({ kind: 'months', months: n, span: [1, n], no: null, own: false, several: false, index: m.index!, text: m[0] });
  }
  for (const m of matchesOf(lower, MONTH_RUN)) {
    const [from, to] = [monthOfWord(m[1]), monthOfWord(m[2])];
    if (from !== null && to !== null && from < to) add({ kind: 'months', months: to - from + 1, span: [from, to], no: null, own: false, several: false, index: m.index!, text: m[0] });
  }
  for (const m of matchesOf(lower, MONTH)) {
    const month = monthOfWord(m[0].replace(/\.$/u, ''));
    const before = lower.slice(0, m.index!);
    const after = lower.slice(m.index! + m[0].length);
    // "12 мая", "мамырдың 12-сі", "12-го июня": a day of the month, a date, no part.
    if (month === null || /\d\s*(?:-?[\p{L}]{0,3})?\s*$/u.test(before) || /^\s+\d{1,2}\s*-/u.test(after)) continue;
    add({ kind: 'month', months: 1, span: [month, month], no: null, own: false, several: false, index: m.index!, text: m[0] });
  }
  return parts.sort((a, b) => a.index - b.index);
}

/** "I", "ІІ" (a Kazakh keyboard's Cyrillic І), "4", "третий", "төртінші", "первом": a part's number. */
const ORDINALS: Record<string, number> = {
  i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4,
  'первый': 1, 'первым': 1, 'первом': 1, 'первое': 1, 'первого': 1, 'второй': 2, 'втором': 2, 'второе': 2, 'второго': 2,
  'третий': 3, 'третьем': 3, 'третьего': 3, 'четвертый': 4, 'четвёртый': 4, 'четвертом': 4, 'четвёртом': 4, 'четвертого': 4, 'четвёртого': 4,
  'бірінші': 1, 'екінші': 2, 'үшінші': 3, 'төртінші': 4,
};
const NUMBER = String.raw`(?<![\p{L}\d])((?:[iі]v|[iі]{1,3}|[1-4])(?![\p{L}\d])|${Object.keys(ORDINALS).filter((k) => /\p{L}{2}/u.test(k)).join('|')})`;
/** A case ending after the number: "4-й", "3-го", "1-ші", "2 ое", "ІІІ-тоқсан". */
const ENDING = String.raw`\s*-?\s*(?:(?:й|ый|ой|ий|го|ого|е|ое|ші|шы|інші|нші)(?![\p{L}])\s*)?`;
/**
 * A quarter's word: "кв.", "квартал", "тоқсан" in any case but the plural's ("по кварталам", "кварталов"), and the
 * abbreviations a table's narrow header takes: "кварт.", "кв-л", "тоқс.", "тоқ.", "тқс" ("I тоқс. | II тоқс. | III тоқс. | 9 ай",
 * held-out 71's Sharbakty: read as no part, the quarters' cells were three more columns of counts and the table no one's).
 */
const QUARTER = String.raw`кв\.?(?![\p{L}])|кв-л(?![\p{L}])|кварт\.|квартал(?!ах|ов|ам|ы(?![\p{L}]))[\p{L}]*|тоқс\.|тоқ\.|тқс\.?(?![\p{L}])|тоқсан(?!дар)[\p{L}]*`;
/** A half's word: "полугодие", "полуг.", "жартыжылдық", "жарты жыл", "ж/ж", "п/г", "полгода". */
const HALF = String.raw`полугод(?!иях|ий(?![\p{L}]))[\p{L}]*|полуг\.|полгода|жарты\s*жыл[\p{L}]*|(?<![\p{L}])(?:ж\/ж|п\/г)(?![\p{L}])`;
const NUMBERED = new RegExp(String.raw`${NUMBER}${ENDING}(?:(${QUARTER})|(${HALF}))`, 'gu');
/** "II–III тоқсан", "I-II тқс.", "2–3 кварталы": two quarters' numbers joined by a dash before the quarter's word (the plural too). */
const QUARTER_RUN = new RegExp(String.raw`${NUMBER}\s*[-–—]\s*${NUMBER}${ENDING}(?:${QUARTER}|кварталы|тоқсандар[\p{L}]*|тқс\.?(?![\p{L}]))`, 'gu');
const OWN = new RegExp(String.raw`(?:отчетн|отчётн)[\p{L}]*\s+(?:(квартал)|полугод)[\p{L}]*|есепті\s+(?:(тоқсан)|жарты\s*жыл)[\p{L}]*`, 'gu');
const SEVERAL = new RegExp(String.raw`(?<![\p{L}])(?:(квартал[\p{L}]*|тоқсан[\p{L}]*)|полугод[\p{L}]*)`, 'gu');
const QUARTER_OR_HALF = new RegExp(String.raw`(?<![\p{L}])(?:(${QUARTER})|(?:${HALF}))`, 'gu');
/** The first months in words: "девять месяцев", "тоғыз айы". */
const MONTHS_IN_WORDS: Record<string, number> = {
  'два': 2, 'двух': 2, 'три': 3, 'трех': 3, 'трёх': 3, 'четыре': 4, 'четырех': 4, 'четырёх': 4, 'пять': 5, 'пяти': 5, 'шесть': 6, 'шести': 6,
  'семь': 7, 'семи': 7, 'восемь': 8, 'восьми': 8, 'девять': 9, 'девяти': 9, 'десять': 10, 'десяти': 10, 'одиннадцать': 11, 'одиннадцати': 11,
  'двенадцать': 12, 'двенадцати': 12, 'екі': 2, 'үш': 3, 'төрт': 4, 'бес': 5, 'алты': 6, 'жеті': 7, 'сегіз': 8, 'тоғыз': 9, 'он': 10, 'он бір': 11, 'он екі': 12,
};
const MONTHS_NUMBER = Object.keys(MONTHS_IN_WORDS).sort((a, b) => b.length - a.length).join('|');
const FIRST_MONTHS = new RegExp(String.raw`(?<![\p{L}\d])(\d{1,2}|${MONTHS_NUMBER})\s*(?:первых\s+)?(?:мес(?:яц[\p{L}]*|\.|(?![\p{L}]))|ай(?:ы|да|ында|лық|ының|дағы|ларда|дың)?(?![\p{L}]))`, 'gu');
/** "январь – сентябрь", "с января по июнь", "қаңтар–маусым", "январь-июнь". */
const MONTH_RUN = new RegExp(String.raw`(?:(?<![\p{L}])с\s+)?(${MONTH_WORD})\s*(?:[-–—]|по(?![\p{L}]))\s*(${MONTH_WORD})`, 'giu');
/** Any word, a month's name or its abbreviation ("Январь", "янв.", "Қаң.") as monthOfWord knows them. */
const MONTH = /(?<![\p{L}])\p{L}+\.?/gu;
