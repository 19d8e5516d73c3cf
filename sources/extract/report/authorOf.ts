import { lowerCase } from '../grammar/lowerCase.ts';
import { MAIL_FIELD } from './quotedMail.ts';

/** Whose work a report tells: the council's, or one of its commissions' ("Отчет о работе постоянной комиссии …"). */
export type ReportAuthor = 'council' | 'commission';

/**
 * "О работе (постоянной) комиссии по вопросам …", "… жөніндегі тұрақты
 * комиссиясының 2025 жылғы жұмысы туралы": the head of the title's phrase is
 * a commission. "О работе Общественного совета и его комиссий" is the council's.
 */
// Kazakh says the commission's with or without the possessive ("тұрақты комиссиясының", "Комиссияның"), its period
// between ("Комиссияның 2026 жылғы 9 айдағы (қаңтар – қыркүйек) қызметі туралы"); never a commission named with the
// council ("Кеңес пен комиссияның жұмысы туралы").
const COMMISSION_TITLE = /(?:о\s+(?:работе|деятельности)|об\s+итогах\s+работы|отч[её]т)\s+(?:[\p{L}-]+\s+){0,2}?(?:под)?комисси[\p{L}]*(?![\p{L}])|(?<!(?:және|мен|пен|бен)\s+)комиссия(?:сы)?ның(?:\s+\S+){0,8}?\s+(?:жұмыс|қызмет)[\p{L}]*\s+(?:туралы|қорытынды|есеб)/u;

/**
 * A commission named as the sender on a letterhead line of its own: "Әлеуметтік мәселелер жөніндегі № 4 комиссиясы",
 * "Постоянная комиссия по социальным вопросам", "Комиссия № 2 по вопросам экологии"; its field a list ("Жастар саясаты,
 * спорт және мәдениет мәселелері жөніндегі комиссиясы"), in the nominative without the possessive ("Қала шаруашылығы,
 * көлік және құрылыс мәселелері жөніндегі № 2 комиссия"). Not "Общественный совет и его комиссии" nor a line about a
 * commission's work ("Комиссиями проведено …").
 */
const COMMISSION_LETTERHEAD = /^(?:(?:[\p{L}-]+,?|№\s*\d{1,2})\s+){1,9}(?:тұрақты\s+)?(?:№\s*\d{1,2}\s+)?комиссия(?:сы)?$|^(?:постоянн[\p{L}]*\s+)?комиссия\s+(?:№\s*\d{1,2}\s*)?(?:по\s+[\p{L}\s,-]+)?$/u;

/** The line naming the document: "Отчет о работе …", "Справка", "… жұмысы туралы анықтама", "Ақпарат". */
const DOCUMENT_TITLE = /(?<![\p{L}])(?:отч[её]т|справк|информаци|о\s+работе|о\s+деятельности|анықтама|есеп|ақпарат|туралы)/u;

/**
 * The author of a report from its title (the first five lines with text, read
 * as one): a commission's report counts its own meetings and events, so
 * "комиссия провела 7 заседаний, 3 мониторинга" there is the report's figure,
 * not another body's.
 */
export function reportAuthor(lines: string[]): ReportAuthor {
  const title = titleLines(lines).slice(0, 5).join(' ').replace(/\s+/gu, ' ');
  if (COMMISSION_TITLE.test(lowerCase(title))) return 'commission';
  // A commission's letterhead: one of the first three lines with text, above the document's title, names the
  // commission as the sender (a commission's heading under the council's title is a section of its report).
  const head = titleLines(lines).slice(0, 3);
  const titleAt = head.findIndex((l) => DOCUMENT_TITLE.test(lowerCase(l)));
  if (head.slice(0, titleAt < 0 ? head.length : titleAt).some((l) => COMMISSION_LETTERHEAD.test(lowerCase(l.trim())))) return 'commission';
  return letterSender(lines) ? 'commission' : 'council';
}

/** A letter's salutation on a line of its own: "Құрметті Айгүл Маратқызы!", "Уважаемая Айгуль Маратовна!". */
const SALUTATION = /^\s*(?:құрметті|уважаем[\p{L}]*)\s[^.]{0,80}!\s*$/iu;
/**
 * A commission, the subject in the nominative, informing of its work: "… № 3 тұрақты комиссиясы 2026 жылғы бірінші
 * тоқсандағы жұмысы туралы мынаны хабарлайды", "Постоянная комиссия № 1 … сообщает о работе за I квартал". Not the
 * commissions ("комиссиялары", "комиссии"), nor one in another case ("комиссиясының жұмысы туралы хабарлаймыз").
 */
const SENDER = /(?<![\p{L}])комиссиясы(?![\p{L}])(?:\s+\S+){0,12}?\s+(?:мынаны\s+)?(?:хабарлайды|ақпарат\s+береді|ұсынады|жолдайды|мәлімдейді)(?![\p{L}])|(?<![\p{L}])комиссия(?![\p{L}])(?:\s+\S+){0,14}?\s+(?:сообщает|информирует|направляет|представляет|доводит)(?![\p{L}])/u;

/**
 * A letter whose sender is told in its first paragraph, under the salutation: "Құрметті Айгүл Маратқызы! / Алматы
 * қаласы Қоғамдық кеңесінің … № 3 тұрақты комиссиясы … жұмысы туралы мынаны хабарлайды." (set 75's commission 3, its
 * title only the addressee's).
 */
function letterSender(lines: string[]): boolean {
  const at = lines.slice(0, 20).findIndex((l) => SALUTATION.test(l));
  if (at < 0) return false;
  const paragraph: string[] = [];
  for (const line of lines.slice(at + 1, at + 12)) {
    if (line.trim() === '') {
      if (paragraph.length > 0) break;
      continue;
    }
    paragraph.push(line.trim());
  }
  return SENDER.test(lowerCase(paragraph.join(' ')));
}

/**
 * The lines with text where the document's title stands. A note pasted into an e-mail ("От: …", "Тема: Справка К-5",
 * a greeting, then "=====" over "СПРАВКА" / "о работе Комиссии № 5 …") has its title under the rule that follows the
 * mail's header; any other text has it at its top.
 */
function titleLines(lines: string[]): string[] {
  const text = lines.filter((l) => l.trim() !== '');
  if (!text.slice(0, 4).some((l) => MAIL_FIELD.test(l))) return text;
  const rule = text.findIndex((l, k) => k < 12 && /^\s*(?:={5,}|-{5,}|_{5,}|—{5,})\s*$/u.test(l));
  return rule >= 0 ? text.slice(rule + 1) : text.slice(text.findIndex((l) => !MAIL_FIELD.test(l)));
}
