import { lowerCase } from '../grammar/lowerCase.ts';

/** Whose work a report tells: the council's, or one of its commissions' ("Отчет о работе постоянной комиссии …"). */
export type ReportAuthor = 'council' | 'commission';

/**
 * "О работе (постоянной) комиссии по вопросам …", "… жөніндегі тұрақты
 * комиссиясының 2025 жылғы жұмысы туралы": the head of the title's phrase is
 * a commission. "О работе Общественного совета и его комиссий" is the council's.
 */
const COMMISSION_TITLE = /(?:о\s+(?:работе|деятельности)|об\s+итогах\s+работы|отч[её]т)\s+(?:[\p{L}-]+\s+){0,2}?(?:под)?комисси[\p{L}]*(?![\p{L}])|комиссиясының(?:\s+[\p{L}\d]+){0,4}?\s+(?:жұмыс|қызмет)[\p{L}]*\s+(?:туралы|қорытынды|есеб)/u;

/**
 * The author of a report from its title (the first five lines with text, read
 * as one): a commission's report counts its own meetings and events, so
 * "комиссия провела 7 заседаний, 3 мониторинга" there is the report's figure,
 * not another body's.
 */
export function reportAuthor(lines: string[]): ReportAuthor {
  const title = lines.filter((l) => l.trim() !== '').slice(0, 5).join(' ').replace(/\s+/gu, ' ');
  return COMMISSION_TITLE.test(lowerCase(title)) ? 'commission' : 'council';
}
