import { lowerCase } from '../grammar/lowerCase.ts';
import { sentencesOf } from '../grammar/sentencesOf.ts';
import { tidy } from '../toLines.ts';
import type { MetricId, ReportCandidate, ReportFigure } from '../types.ts';
import { activityTypeOf } from './activityLexicon.ts';
import { runningLines } from './runningLines.ts';
import { parseCount } from '../parseCount.ts';
import { MONTH_WORD } from '../monthNames.ts';

// A year in digits, or last year in words ("былтырғы 4-тен 7-ге өсті", "с 4 в прошлом году до 7"): yearOf reads either.
const YEAR_KK = '(?:((?:19|20)\\d{2}(?=\\s*(?:жыл|ж\\.))|былтырғы|өткен\\s+жылғы)(?:\\s*(?:жыл[\\p{L}]*|ж\\.))?\\s+)?';
/** A count in digits or in Russian words ("с девяти до двенадцати"); Kazakh words before a case ending ("тоғыздан он екіге"). */
const COUNT = String.raw`\d{1,4}|(?:[а-яё]+\s+)?[а-яё]+(?<=(?:один|одного|два|двух|три|трех|трёх|четыре|четырех|четырёх|пяти|пять|шести|шесть|семи|семь|восьми|восемь|девяти|девять|десяти|десять|надцати|надцать|дцати|дцать|сорока|сорок|десяти|десят|носта|носто))`;
const KK_COUNT = String.raw`\d{1,4}-?|(?:он\s+|жиырма\s+|отыз\s+)?(?:бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он|жиырма|отыз|қырық|елу)`;
const YEAR_RU = '(?:\\s*(?:в\\s+|\\()?((?:19|20)\\d{2}|(?<=в\\s+)прошлом(?=\\s+году)|прошлого(?=\\s+года))\\s*(?:г\\.?|год[\\p{L}]*)?\\)?)?';
/**
 * A count's change between two years, the number of each: Kazakh "Мониторингтер
 * саны 2024 жылғы 9-дан 2025 жылы 14-ке дейін өсті", Russian "Количество
 * мониторингов выросло с 9 в 2024 году до 14 в 2025 году".
 */
const GROWTH = [
  { regex: new RegExp(`^(.{3,80}?)\\s+саны\\s+${YEAR_KK}(\\d{1,4})\\s*-?\\s*[\\p{L}]*?(?:дан|ден|тан|тен|нан|нен)\\s+${YEAR_KK}(\\d{1,4})\\s*-?\\s*[\\p{L}]*?(?:ға|ге|қа|ке)\\s+(?:дейін\\s+)?(?:өсті|артты|көбейді|ұлғайды|азайды|төмендеді|қысқарды|жетті)`, 'u'), subject: 1, fromYear: 2, toYear: 4, to: 5 },
  // "Мониторинги: 6 → 9", "Круглые столы – 5 → 3": a label and the change of its count.
  { regex: /^[\s•·▪*-]*([\p{L}][\p{L}\s]{2,60}?)\s*[:–—-]\s*()(?:\d{1,4})\s*(?:→|->|⟶)\s*()(\d{1,4})(?![\d.,]\d|\s*%)/u, subject: 1, fromYear: 2, toYear: 3, to: 4 },
  { regex: new RegExp(`(?:количеств|числ|поток)[\\p{L}]*\\s+(.{3,60}?)\\s+(?:вырос|выросл|увеличил|сократил|снизил|уменьшил)[\\p{L}]*(?:\\s+(?:в|на)\\s+[^\\d.;:]{1,25}?\\s+[-–—]|\\s*[-–—])?\\s+с\\s+(?:${COUNT})${YEAR_RU}\\s+до\\s+(${COUNT})${YEAR_RU}`, 'u'), subject: 1, fromYear: 2, toYear: 4, to: 3 },
  // "Выросло и число заседаний комиссий - с девяти до двенадцати": the verb first, the subject after it.
  { regex: new RegExp(`(?:вырос|выросл|увеличил|сократил|снизил|уменьшил)[\\p{L}]*\\s+(?:и\\s+|также\\s+)?(?:количеств|числ)[\\p{L}]*\\s+(.{3,60}?)\\s*[-–—]?\\s+с\\s+(?:${COUNT})${YEAR_RU}\\s+до\\s+(${COUNT})${YEAR_RU}`, 'u'), subject: 1, fromYear: 2, toYear: 4, to: 3 },
  // "Өтініштер саны былтырғы 20-дан 31-ге дейін өсті" is the first; "Өсті комиссия отырыстарының саны да – тоғыздан он екіге" is no Kazakh order.
  { regex: new RegExp(`^(.{3,80}?)\\s+саны(?:\\s+да)?\\s+${YEAR_KK}(${KK_COUNT})(?:дан|ден|тан|тен|нан|нен)\\s+${YEAR_KK}(${KK_COUNT})(?:ға|ге|қа|ке)\\s+(?:дейін\\s+)?(?:өсті|артты|көбейді|ұлғайды|азайды|төмендеді|қысқарды|жетті)`, 'u'), subject: 1, fromYear: 2, toYear: 4, to: 5 },
  // Only where the change ended: "Число обращений снизилось до 18", "выросло в 2 раза и составило 31", "увеличилось на 7 и
  // достигло 31". Not "увеличилось на 7" alone (by how much) — the count after "на" is the change.
  { regex: new RegExp(`(?:количеств|числ|поток)[\\p{L}]*\\s+(.{3,60}?)\\s+(?:вырос|выросл|увеличил|сократил|снизил|уменьшил)[\\p{L}]*()()(?:\\s+(?:в|на)\\s+[^.;:()]{1,25}?)?(?:\\s+до|,?\\s+(?:и\\s+)?(?:составил|достиг)[\\p{L}]*)\\s+(${COUNT})(?![\\d.,]\\d|\\s*(?:%|процент|раз))`, 'u'), subject: 1, fromYear: 2, toYear: 3, to: 4 },
  // "Өтініштер саны 2 есе өсіп, 31-ге жетті", "… 12-ге дейін артты", "… 4-ке артып, 18-ді құрады": where the change ended.
  // Not "4-ке артты" alone: a dative with no "дейін" is by how much it changed.
  { regex: new RegExp(`^(.{3,80}?)\\s+саны(?:\\s+да)?()()\\s+(?:[^.;:()]{0,40}?[\\s,])?(${KK_COUNT})(?:(?:ға|ге|қа|ке)\\s+(?:дейін\\s+(?:өсті|артты|көбейді|ұлғайды|азайды|төмендеді|қысқарды)|жетті)|(?:ды|ді|ты|ті|ны|ні)\\s+құрады)`, 'u'), subject: 1, fromYear: 2, toYear: 3, to: 4 },
];

/**
 * Figures stated as a change between two years: the later number is the
 * period's figure when its own year is the period's, or when no year is
 * given to it and the earlier number's year is before the period, or when no
 * year is given at all in a document that says at its head it compares the
 * period with the year before ("об итогах … за 2025 год в сравнении с 2024
 * годом", "2024 жылмен салыстырғанда"); any other change (no years, the period
 * not named) is a candidate. The earlier number is
 * never a figure, nor is the difference. The counted thing is the activity the
 * sentence's subject names (activityLexicon); a metric already stated stays.
 */
export function readGrowth(lines: string[], periodYears: number[], figures: ReportFigure[], candidates: ReportCandidate[]): void {
  const comparesWithYearBefore = comparesYearBefore(lines, periodYears);
  for (const unit of runningLines(lines, new Set())) {
    for (const sentence of sentencesOf(unit.text)) {
      const i = unit.first + unit.starts.filter((at) => at <= sentence.start).length - 1;
      const lower = lowerCase(sentence.text);
      for (const g of GROWTH) {
        const m = g.regex.exec(lower);
        const metric = m ? (activityTypeOf(m[g.subject])?.metric ?? meetingsOf(m[g.subject]) ?? appealsOf(m[g.subject])) : undefined;
        if (!m || !metric || figures.some((f) => f.metric === metric)) continue;
        const [fromYear, toYear] = [m[g.fromYear], m[g.toYear]].map((y) => yearOf(y, periodYears));
        const sure = toYear !== null ? periodYears.includes(toYear) : fromYear !== null ? periodYears.length > 0 && fromYear < Math.min(...periodYears) : comparesWithYearBefore || bracketsYearBefore(sentence.text, periodYears);
        const value = parseCount(m[g.to]);
        if (value === null) continue;
        const found = { metric, value, line: i + 1, text: tidy(sentence.text).slice(0, 300) };
        if (sure) figures.push(found);
        else candidates.push({ ...found, why: 'a change between two counts whose year is not the report\'s ("выросло с 9 до 14")' });
      }
    }
  }
}

/**
 * A change that names no time but the year before the period, in brackets with its count: "Число обращений снизилось до
 * 18 (в 2025 году – 25)", "Өтініштер саны 31-ге жетті (былтыр – 24)" — the change runs from that year to the period's.
 * With no time at all ("выросло с 9 до 14") it is a candidate: from when, the text does not say. Not one that names a part
 * of the period or another time outside the brackets: "в III квартале", "в октябре", "2-тоқсанда", "на начало года".
 */
const OTHER_TIME = new RegExp(`(?:19|20)\\d{2}|квартал|полугоди|месяц|${MONTH_WORD}|тоқсан|жарты\\s+жыл|(?<![\\p{L}])ай(?:да|ында|дың)?(?![\\p{L}])|начал[\\p{L}]*\\s+года|жыл\\s+басы`, 'u');

function bracketsYearBefore(sentence: string, periodYears: number[]): boolean {
  const lower = lowerCase(sentence);
  const outside = lower.replace(/\([^()]*\)/gu, ' ');
  if (OTHER_TIME.test(outside)) return false;
  const brackets = (lower.match(/\([^()]*\)/gu) ?? []).join(' ');
  const years = (brackets.match(/(?<!\d)(?:19|20)\d{2}(?!\d)/gu) ?? []).map(Number);
  const before = periodYears.length > 0 ? Math.min(...periodYears) - 1 : null;
  return (years.length > 0 && years.every((y) => y === before)) || (years.length === 0 && /прошл[\p{L}]*\s+год|годом\s+ранее|былтыр|өткен\s+жыл/u.test(brackets));
}

/** A year as the change writes it: digits, or last year in words (the year before the period's); null when none. */
function yearOf(written: string | undefined, periodYears: number[]): number | null {
  if (written === undefined || written === '') return null;
  if (/^\d{4}$/u.test(written)) return Number(written);
  return periodYears.length > 0 ? Math.min(...periodYears) - 1 : null;
}

/**
 * Whether the document's head (its first ten lines) says it compares the period with the year just before it: "в
 * сравнении с 2024 годом", "по сравнению с 2024 г.", "(в сравнении с аналогичным периодом 2024 года)", "по сравнению с
 * прошлым годом", "2024 жылмен салыстырғанда", "өткен жылдың осы кезеңімен салыстырғанда". Then a change with no years ("выросло
 * с 12 до 18") goes from that year to the period.
 */
function comparesYearBefore(lines: string[], periodYears: number[]): boolean {
  if (periodYears.length !== 1) return false;
  const before = periodYears[0] - 1;
  const head = lowerCase(lines.slice(0, 10).join(' '));
  return new RegExp(`(?:(?:в\\s+сравнении|по\\s+сравнению)\\s+с\\s+(?:(?:аналогичным|тем\\s+же|соответствующим)\\s+периодом\\s+(?:${before}\\s*(?:г\\.|года)|прошлого\\s+года)|(?:${before}\\s*(?:г\\.|год[\\p{L}]*)|прошлым\\s+годом|предыдущим\\s+годом))|(?:${before}\\s*(?:жыл[\\p{L}]*|ж\\.)|өткен\\s+жыл[\\p{L}]*)(?:\\s+(?:осы|сәйкес|ұқсас)\\s+кезең[\\p{L}]*)?\\s*(?:мен\\s+)?салыстыр)`, 'u').test(head);
}

/**
 * Meetings are no activity type: "Количество заседаний постоянных комиссий выросло с 12 до 18", "Комиссия отырыстарының
 * саны …", "заседаний Совета", "Кеңес отырыстарының", "заседаний президиума" name whose meetings changed.
 */
function meetingsOf(subject: string): MetricId | undefined {
  if (/(?:заседани[\p{L}]*|отырыс[\p{L}]*)\s+(?:[\p{L}]+\s+)?(?:президиум|төралқа)|(?:президиум|төралқа)[\p{L}]*\s+отырыс/u.test(subject)) return 'presidium_meetings';
  if (/заседани[\p{L}]*\s+(?:[\p{L}]+\s+)?комисси|комиссия[\p{L}]*\s+отырыс/u.test(subject)) return 'commission_meetings';
  if (/заседани[\p{L}]*\s+(?:(?:[\p{L}]+\s+)?совета|ос(?![\p{L}]))|кеңес[\p{L}]*\s+отырыс/u.test(subject)) return 'general_meetings';
  return undefined;
}

/** "Поток обращений вырос с 20 до 31", "Өтініштер саны 20-дан 31-ге дейін өсті": the appeals received (never those answered). */
function appealsOf(subject: string): MetricId | undefined {
  return /^(?:поступивш[\p{L}]*\s+)?(?:обращени|заявлени)[\p{L}]*(?:\s+граждан)?$|^(?:түскен\s+)?өтініштер(?:дің)?$/u.test(subject.trim()) ? 'appeals_received' : undefined;
}
