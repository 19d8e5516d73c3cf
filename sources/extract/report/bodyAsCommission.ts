import { lowerCase } from '../grammar/lowerCase.ts';
import type { MetricId } from '../types.ts';

/**
 * Words giving another body a commission's standing: "рабочая группа …, действующая на правах комиссии", "в статусе
 * комиссии", "выполняет функции комиссии", "приравнена к постоянной комиссии", "жұмыс тобы комиссия құқығында",
 * "комиссия мәртебесінде", "комиссия ретінде жұмыс істейді".
 */
const AS_COMMISSION = /(?:(?<![\p{L}])на\s+правах\s+(?:постоянн[\p{L}]*\s+)?комисси|(?<![\p{L}])в\s+(?:статусе|качестве)\s+(?:постоянн[\p{L}]*\s+)?комисси|функци[\p{L}]*\s+(?:постоянн[\p{L}]*\s+)?комисси|приравнен[\p{L}]*\s+к\s+(?:постоянн[\p{L}]*\s+)?комисси|(?<![\p{L}])как\s+(?:постоянн[\p{L}]*\s+)?комиссия|(?:тұрақты\s+)?комиссия\s+(?:құқығында|құқығымен|мәртебесі[\p{L}]*|ретінде|функция[\p{L}]*))/u;

/**
 * A count of the council's commissions beside another body the text gives a commission's standing ("В совете 2
 * постоянные комиссии и рабочая группа по вопросам ЖКХ, действующая на правах комиссии"): 2 or 3, the text does not
 * say which, so the number is a candidate. Read in the count's sentence after the number and in the sentence after it
 * ("… 2 постоянные комиссии. Кроме того, рабочая группа действует на правах комиссии."); a body named without such
 * words ("2 комиссии и рабочая группа") is no commission, and the count stands.
 */
export function doubtOfBodyAsCommission(metric: MetricId, sentence: string, end: number, next: string): string | null {
  if (metric !== 'commissions') return null;
  return AS_COMMISSION.test(lowerCase(sentence.slice(end))) || AS_COMMISSION.test(lowerCase(next))
    ? 'another body beside the commissions counted has a commission\'s standing ("рабочая группа на правах комиссии"): the count may or may not include it'
    : null;
}
