import { lowerCase } from '../grammar/lowerCase.ts';

/**
 * Lines under a heading that names ONE commission ("1. Әлеуметтік мәселелер … жөніндегі комиссия (төрағасы – …)",
 * "2. Комиссия по вопросам экономики и бюджета", "ПОСТОЯННАЯ КОМИССИЯ ПО СОЦИАЛЬНЫМ ВОПРОСАМ"), up to the next heading:
 * a report that goes on commission by commission tells there each commission's own counts ("Нормативтік құқықтық
 * актілердің 5 жобасына сараптама жасалды", "1 дөңгелек үстел өтті"), a part of the council's, even in a sentence
 * that names no body. Not a heading of all commissions ("РАБОТА ПОСТОЯННЫХ КОМИССИЙ", "Комиссиялардың жұмысы"):
 * "Комиссиями проведено 18 заседаний" there is the council's.
 */
export function commissionSections(lines: string[]): Set<number> {
  const out = new Set<number>();
  let inOne = false;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].trim();
    if (isSectionHeading(text)) {
      inOne = ONE_COMMISSION.test(lowerCase(text.replace(/\s*\([^()]*\)\s*$/u, '')));
      continue;
    }
    if (inOne && text !== '') out.add(i);
  }
  return out;
}

export const COMMISSION_SECTION = 'the section is one commission\'s (its heading names it): its counts are that commission\'s, a part of the council\'s';

/** One commission, named: "комиссия по …", "… жөніндегі (тұрақты) комиссия(сы)"; the heading ends with it or opens with it. */
const ONE_COMMISSION = /(?:^(?:(?:\d{1,2}|[ivx]{1,4})[.)]\s*)?(?:постоянн[\p{L}]*\s+)?комисси[яи]\s+по\s|жөніндегі\s+(?:тұрақты\s+)?комиссия(?:сы)?\s*$|\s(?:постоянн[\p{L}]*\s+)?комисси[яи]\s*$)/u;

/**
 * A heading: numbered ("1.", "2)", "II.") or typed in capitals, a line that ends no sentence; a chairman's name in
 * brackets after it ("(төрағасы – Ермекбаев Д.С.)") may hold dots.
 */
function isSectionHeading(text: string): boolean {
  const bare = text.replace(/\s*\([^()]*\)\s*$/u, '');
  if (bare === '' || bare.length > 140 || /[.;:,!?]$/u.test(bare) || /\t/u.test(bare)) return false;
  const letters = bare.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && (letters === letters.toUpperCase() || /^(?:\d{1,2}|[IVX]{1,4})[.)]\s/u.test(bare));
}
