import { lowerCase } from '../grammar/lowerCase.ts';

/**
 * Lines of a council's report under the heading of ONE commission ("1. Әлеуметтік мәселелер … жөніндегі комиссия
 * (төрағасы – Сыздықова Г.Ж.)", "Комиссия по социальным вопросам (председатель – Иванова А.А.):"): the section tells
 * that commission's own work, so every count in it ("Комиссия 4 отырыс өткізді", "Сондай-ақ … 1 дөңгелек үстел
 * өтті", "проведено 2 мониторинга") is a part of the council's, never its figure. A section runs over its paragraphs and
 * blank lines to the next commission's heading, a section heading (capitals, a Roman number, a short numbered title
 * after a blank line) or a line that opens with a total ("Всего …", "Барлығы …").
 */
export function commissionSections(lines: string[]): Set<number> {
  const out = new Set<number>();
  let inside = false;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].trim();
    if (isOneCommissionHeading(text)) {
      inside = true;
      continue;
    }
    if (!inside || text === '') continue;
    if (endsSection(text, lines[i - 1]?.trim() === '')) {
      inside = false;
      continue;
    }
    out.add(i);
  }
  return out;
}

/** Numbering before a heading: "1.", "2)", "II.", "3.1.". */
const NUMBERING = /^(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[IVX]{1,4}\.)\s+/u;
/** The head of the heading is one commission: "(Постоянная) комиссия по …", "… жөніндегі (тұрақты) комиссия(сы)". */
// "Информация комиссии по …", "Работа постоянной комиссии по …": "комиссии по" after such a word is one commission's.
const ONE_COMMISSION = /^(?:(?:информация|отч[её]т|работа|деятельность)\s+(?:постоянной\s+)?комиссии\s+(?:по|№)\s?|(?:постоянн[\p{L}]*\s+)?(?:под)?комиссия\s+(?:по|при|№)\s?)|(?:жөніндегі|бойынша)\s+(?:тұрақты\s+)?(?:кіші\s+)?комиссия(?:сы|сының|ның)?(?:\s+(?:ақпараты|есебі|жұмысы))?$/u;
/**
 * A commission named by its field in the nominative, as Kazakh (and Russian) headings also write it: "Әлеуметтік сала
 * комиссиясы", "Экономика және бюджет комиссиясы", "Социальная комиссия" — only with the numbering or the chair's
 * bracket that makes the line a section's heading (a bare "Тексеру комиссиясы" may be a body named in passing).
 */
/** A commission named by its kind alone, no field: "тұрақты комиссия", "постоянная комиссия". */
const KIND_ONLY = /^(?:тұрақты|постоянн[\p{L}]*)\s+комисси[\p{L}]*$/u;
const FIELD_COMMISSION = /^\p{L}[\p{L}\s,-]{2,120}\s(?:комиссиясы|комиссия)$/u;

/** A short line without a sentence in it whose head is one commission; a chair's name in a bracket and a colon may follow. */
export function isOneCommissionHeading(text: string): boolean {
  if (text === '' || text.length > 220) return false;
  if (NUMBERED_COMMISSION.test(lowerCase(text))) return true;
  const bare = text.replace(NUMBERING, '').replace(/(?:\s*\([^()]*\))+\s*:?\s*$/u, '').replace(/\s*:$/u, '').trim();
  if (bare.split(/\s+/).length > 20 || /[.!?;]/u.test(bare.replace(/\s[\p{Lu}]\.\s?[\p{Lu}]\./gu, ''))) return false;
  // (A bracket with a count, "1-комиссия (3 отырыс)", tells what it did: no title.)
  if (ONE_COMMISSION.test(lowerCase(bare)) || (NUMBER_ONLY_COMMISSION.test(lowerCase(bare)) && !/\([^()]*\d[^()]*\)/u.test(text))) return true;
  // "4 тұрақты комиссия" is a count of the commissions (an infographic's line, set 157), no heading: "standing" is no field.
  return (NUMBERING.test(text) || /\((?:төрағасы|председатель)\s/iu.test(text)) && FIELD_COMMISSION.test(lowerCase(bare)) && !PLURAL.test(lowerCase(bare)) && !KIND_ONLY.test(lowerCase(bare));
}

/**
 * A commission by its number, then its field as a title: "1-комиссия. Әлеуметтік мәселелер және денсаулық сақтау",
 * "Комиссия № 2: образование и спорт", "3-я комиссия – ЖКХ и транспорт" (the title in a bracket: NUMBER_ONLY_COMMISSION).
 * The title holds no digit and no sentence (never
 * "1-комиссия 3 отырыс өткізді.").
 */
const NUMBERED_COMMISSION = /^(?:\d{1,2}\s*-?\s*(?:я|ая|ші|шы|інші|ыншы)?\s*(?:постоянная\s+|тұрақты\s+)?комиссия|комиссия\s*№\s*\d{1,2})\s*[.:–—-]\s*\p{L}[^\d.!?;]{2,150}$/u;

/**
 * A commission by its number alone, its field in the bracket after it or nowhere: "1-КОМИССИЯ (медициналық көмектің
 * қолжетімділігі)", "2-я комиссия (по социальным вопросам)", "Комиссия № 3", "№ 2 комиссия". The number is marked as
 * one ("1-", "2-я", "№"): "2 комиссия" may be a count of them.
 */
const NUMBER_ONLY_COMMISSION = /^(?:\d{1,2}\s*-\s*(?:я|ая|ші|шы|інші|ыншы)?\s*(?:постоянная\s+|тұрақты\s+)?комиссия(?:сы)?|(?:постоянная\s+|тұрақты\s+)?комиссия\s*№\s*\d{1,2}|№\s*\d{1,2}\s+(?:тұрақты\s+)?комиссия(?:сы)?)$/u;

/** "Комиссиялар", "тұрақты комиссиялар": all the commissions, never one. */
const PLURAL = /комиссиял[ао]р|комиссии(?![\p{L}])|комиссий/u;

/** A total of the whole council opening a line: "Всего комиссиями проведено 13 заседаний.", "Барлығы …", "Итого …". */
// "Комиссиялар барлығы 7 отырыс өткізді", "Комиссиями всего проведено …": all the commissions, the council's part again.
// "Кеңес бойынша барлығы", "По Совету в целом": the council's total named by the council.
const TOTAL_OPENS = /^(?:(?:(?:қоғамдық\s+)?кеңес\s+бойынша|по\s+(?:общественному\s+)?совету)\s+(?:барлығы|жиыны|всего|итого|в\s+целом)|всего|итого|в\s+целом|в\s+общей\s+сложности|барлығы|жалпы\s+алғанда|қорытындысында|(?:тұрақты\s+)?комиссиялар(?:ы)?|(?:постоянными\s+|всеми\s+)?комиссиями)(?![\p{L}])/u;

/**
 * A paragraph opening with a run-in title after a blank line: "Хат жұмысы. Кеңес атынан …", "Өтініштер. І жартыжылдықта
 * …", "Обращения. В Совет поступило …" — the next section of the report, a short title (at most four words, no digit)
 * closed by a stop and followed by its sentence.
 */
export const RUN_IN_TITLE = /^(?:\d{1,2}[.)]\s+)?\p{Lu}[\p{L}-]{2,}(?:[ ,]+[\p{L}-]+){0,3}\.\s+[\p{Lu}\d«"]/u;

/** A run-in sentence about the commission itself ("Комиссия 4 отырыс өткізді." has a digit; "Комиссия мүшелері. …") is no title. */
const ONE_BODY_WORD = /комисси/u;

/** A note of the report's own after the sections ("Ескерту: басқарма деректері бойынша …", "Справочно: …"): no commission's. */
const NOTE_OPENS = /^(?:ескерту|ескертпе|анықтама|примечание|справочно|для\s+справки|справка)\s*[:.–—-]/u;

function endsSection(text: string, afterBlank: boolean): boolean {
  if (TOTAL_OPENS.test(lowerCase(text)) || (afterBlank && NOTE_OPENS.test(lowerCase(text)))) return true;
  // "КЕҢЕС БОЙЫНША БАРЛЫҒЫ (ІІ тоқсан):": a capitals heading, its bracket (and colon) in any case.
  const letters = text.replace(/\s*\([^()]*\)\s*:?$/u, '').replace(/[^\p{L}]/gu, '');
  if (letters.length >= 4 && letters === letters.toUpperCase() && text.length <= 100) return true;
  if (/^[IVX]{1,4}\.\s/u.test(text)) return true;
  if (afterBlank && RUN_IN_TITLE.test(text) && !ONE_BODY_WORD.test(lowerCase(text.split('.')[0]))) return true;
  // "3. Обращения граждан" after a blank line: the next section's title (short, no sentence's end).
  return afterBlank && /^\d{1,2}[.)]\s+\p{Lu}/u.test(text) && text.split(/\s+/).length <= 10 && !/[.;:!?]$/u.test(text);
}
