import type { MetricId } from '../types.ts';
import { metricOfRow } from './tableRowLexicon.ts';

/**
 * The metric of a group's first row in a table whose first column holds groups merged down over their rows ("НҚА
 * жобаларын қарау" over "Қаралды | 5", "ескертусіз мақұлданды | 3", …; "Азаматтардың өтініштері" over "Түсті | 11",
 * "Жауап берілді | 10"; "Обращения граждан" over "Поступило | 19"): when the row's label is only what was done to the
 * group's things ("Қаралды", "Түсті", "Рассмотрено", "Поступило", "всего") it counts the things the group names — the
 * group's own metric. A label naming anything more ("Жауап берілді", "Мониторингтер") is read on its own; a group naming
 * no metric ("Қоғамдық бақылау", "Отырыстар") names nothing; null then.
 */
export function groupHeadingMetric(group: string, label: string): MetricId | null {
  if (!BARE_DONE.test(label.trim())) return null;
  return metricOfRow(group.replace(/[.:;\s]+$/u, ''), null);
}

/** A label that is only a verb of receiving or considering, or a total word: no thing of its own. */
const BARE_DONE = /^(?:всего|барлығы|жиыны|итого|поступил[\p{L}]*|рассмотрен[\p{L}]*|получен[\p{L}]*|проведен[\p{L}]*|түсті|түскені|түскен|келіп\s+түсті|қаралды|қаралғаны|қаралған|өткізілді|өткізілгені|жүргізілді)(?:[,:]?\s*(?:всего|барлығы))?[.:]?$/iu;
