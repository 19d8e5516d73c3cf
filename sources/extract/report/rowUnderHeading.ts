import { lowerCase } from '../grammar/lowerCase.ts';
import type { MetricId } from '../types.ts';
import { isHeading } from './isHeading.ts';
import { metricOfRow } from './tableRowLexicon.ts';

/**
 * The metric of a row whose short label names its thing only together with its section's heading: "Совет",
 * "Президиум", "Комиссии" under "ЗАСЕДАНИЯ" (each body's meetings), "Комиссии" under "СОСТАВ" (the commissions), "Всего"
 * under "ПУБЛИКАЦИИ" (the publications), and the same in Kazakh ("Кеңес", "Төралқа" under "ОТЫРЫСТАР", "Барлығы" under
 * "ЖАРИЯЛАНЫМДАР"). Null unless the heading is a section's heading (isHeading) and the label is one of these bare words:
 * a label with words of its own is read by itself (metricOfRow), never re-read under its heading. `asHeading`: the line
 * over the rows stands as their heading though not typed as one — a tree's branch with no count of its own
 * ("├── Отырыстар: барлығы 33" over "│   ├── төралқа: 2"), a row naming no metric over rows set in under it ("Құрамы: 21
 * мүше" over "комиссиялар: 5").
 */
export function metricUnderHeading(heading: string, label: string, asHeading = isHeading(heading.trim())): MetricId | null {
  if (!asHeading) return null;
  const head = lowerCase(heading).replace(/^\s*(?:\d{1,2}|[ivx]{1,4})[.)]\s*/u, '').replace(/\s*\([^()]*\)/gu, '').trim();
  const word = lowerCase(label).replace(/[\s:.,]+$/u, '').trim();
  if (MEETINGS.test(head)) return BODIES.find(([body]) => body.test(word))?.[1] ?? null;
  if (COMPOSITION.test(head)) return COMMISSIONS.test(word) ? 'commissions' : null;
  // "Қаралды ..... 3" under "НҚА ЖОБАЛАРЫ", "Поступило ..... 14" under "ОБРАЩЕНИЯ": a bare verb of what was done to the
  // heading's one thing is read with it ("нқа жобалары қаралды"); a heading of two things ("ӨТІНІШТЕР ЖӘНЕ ХАТТАР") is no
  // one's subject.
  if (DONE_VERB.test(word) && !/(?<![\p{L}])(?:и|және|мен|также)(?![\p{L}])|,/u.test(head)) {
    const done = metricOfRow(`${head} ${word}`, null);
    if (done !== null) return done;
  }
  // "Всего" under a heading that names one count ("ПУБЛИКАЦИИ"): that count's total. Never under meetings (all bodies'
  // meetings together are no metric) nor under a heading that names none.
  const named = metricOfRow(head, null);
  return TOTAL.test(word) && named !== null && named !== 'general_meetings' ? named : null;
}

/** A bare verb of what was done to a heading's thing: "Қаралды", "Рассмотрено", "Поступило", "Түсті", "Направлено". */
const DONE_VERB = /^(?:қаралды|қаралғаны|рассмотрен[оы]|поступил[ои]|түсті|түскені|направлен[оы]|жіберілді|жіберілгені)$/u;
/** A heading of meetings alone: "ЗАСЕДАНИЯ", "Заседания и собрания", "ОТЫРЫСТАР", "Өткізілген отырыстар". */
const MEETINGS = /^(?:(?:проведенные|өткізілген)\s+)?(?:заседания|отырыстар)(?:\s+(?:совета|кеңестің|и\s+собрания))?$/u;
/** A heading of the council's composition: "СОСТАВ", "Состав Совета", "ҚҰРАМЫ", "Кеңестің құрамы". */
const COMPOSITION = /^(?:состав(?:\s+совета)?|(?:кеңестің\s+)?құрамы?)$/u;
const COMMISSIONS = /^(?:постоянные\s+)?комиссии$|^(?:тұрақты\s+)?комиссиялар$/u;
const TOTAL = /^(?:всего|итого|барлығы|жиыны|жалпы)$/u;
// Each body in the nominative, or in the genitive of "заседания …" left out ("Заседания" / "Постоянных комиссий – 8").
const BODIES: [RegExp, MetricId][] = [
  [/^(?:общественн(?:ый|ого)\s+)?совет(?:а)?$|^(?:қоғамдық\s+)?кеңес$/u, 'general_meetings'],
  [/^президиум(?:а)?$|^төралқа$/u, 'presidium_meetings'],
  [/^(?:постоянн(?:ые|ых)\s+)?комисси(?:и|й)$|^(?:тұрақты\s+)?комиссиялар$/u, 'commission_meetings'],
];

/**
 * "Құрамы ........ 21 мүше", "Состав ....... 23 члена": the composition's bare label with a count of members is the
 * members' total. Null for any other label or unit ("Состав ..... 3 комиссии").
 */
export function compositionTotal(label: string, unit: string): MetricId | null {
  return COMPOSITION.test(lowerCase(label).replace(/[\s:.,]+$/u, '').trim()) && /^(?:мүше|член)[\p{L}]*$/u.test(lowerCase(unit).trim()) ? 'members_total' : null;
}
