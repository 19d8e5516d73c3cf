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

/** A short line without a sentence in it whose head is one commission; a chair's name in a bracket and a colon may follow. */
export function isOneCommissionHeading(text: string): boolean {
  if (text === '' || text.length > 220) return false;
  const bare = text.replace(NUMBERING, '').replace(/(?:\s*\([^()]*\))+\s*:?\s*$/u, '').replace(/\s*:$/u, '').trim();
  if (bare.split(/\s+/).length > 20 || /[.!?;]/u.test(bare.replace(/\s[\p{Lu}]\.\s?[\p{Lu}]\./gu, ''))) return false;
  return ONE_COMMISSION.test(lowerCase(bare));
}

/** A total of the whole council opening a line: "Всего комиссиями проведено 13 заседаний.", "Барлығы …", "Итого …". */
const TOTAL_OPENS = /^(?:всего|итого|в\s+целом|в\s+общей\s+сложности|барлығы|жалпы\s+алғанда|қорытындысында)(?![\p{L}])/u;

function endsSection(text: string, afterBlank: boolean): boolean {
  if (TOTAL_OPENS.test(lowerCase(text))) return true;
  const letters = text.replace(/\s*\([^()]*\)$/u, '').replace(/[^\p{L}]/gu, '');
  if (letters.length >= 4 && letters === letters.toUpperCase() && text.length <= 100) return true;
  if (/^[IVX]{1,4}\.\s/u.test(text)) return true;
  // "3. Обращения граждан" after a blank line: the next section's title (short, no sentence's end).
  return afterBlank && /^\d{1,2}[.)]\s+\p{Lu}/u.test(text) && text.split(/\s+/).length <= 10 && !/[.;:!?]$/u.test(text);
}
