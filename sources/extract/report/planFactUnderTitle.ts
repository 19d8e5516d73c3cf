import { tidy } from '../toLines.ts';
import type { ReportCandidate, ReportFigure } from '../types.ts';
import { activityTypesIn } from './activityLexicon.ts';
import { PLAN_OF_FACT_WHY } from './readFigures.ts';

/**
 * A line of the plan and what was done, nothing else: "Жоспар – 4, орындалғаны – 3:", "План – 4, факт – 3.", "План – 4,
 * выполнено – 3", "Жоспарланғаны – 5; іс жүзінде – 4".
 */
const PLAN_FACT = /^\s*(?:план(?:ировалось)?|жоспар(?:ланғаны|ланған|да)?)\s*[-–—:]\s*(\d{1,3})\s*[,;]\s*(?:факт(?:ически)?|выполнено|проведено|заслушано|орындалғаны|орындалды|өткізілгені|өткізілді|тыңдалғаны|іс\s+жүзінде)\s*[-–—:]\s*(\d{1,3})\s*[.:;]?\s*$/iu;

/** A section's title: a short line ending no sentence ("3. Есеп тыңдау", "III. Заслушивание отчетов"). */
const TITLE = /^\s*(?:(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,5})[.)]\s+)?\p{Lu}[^.!?;:\d]{2,80}$/u;

/**
 * The hearings' count told as the plan and the fact under the section's title, which alone names what they count:
 * "3. Есеп тыңдау" / "Жоспар – 4, орындалғаны – 3:", "III. Заслушивание отчетов" / "План – 4, факт – 3.". The fact is the
 * figure, the plan a candidate. Only for a title naming hearings and no other type, over the plan's line at once, the fact
 * no more than the plan's double and no count of hearings stated elsewhere.
 */
export function readPlanFactUnderTitle(lines: string[], inTable: Set<number>, figures: ReportFigure[], candidates: ReportCandidate[]): ReportFigure[] {
  if (figures.some((f) => f.metric === 'report_hearings')) return [];
  for (let i = 1; i < lines.length; i++) {
    const m = inTable.has(i) ? null : PLAN_FACT.exec(lines[i]);
    if (m === null) continue;
    let k = i - 1;
    while (k >= 0 && lines[k].trim() === '') k--;
    if (k < 0 || i - k > 2 || !TITLE.test(lines[k])) continue;
    const types = activityTypesIn(lines[k]);
    if (types.length !== 1 || types[0].metric !== 'report_hearings') continue;
    const plan = Number(m[1]);
    const fact = Number(m[2]);
    if (fact > plan * 2) continue;
    const text = tidy(`${lines[k].trim()} ${lines[i].trim()}`).slice(0, 300);
    candidates.push({ metric: 'report_hearings', value: plan, line: i + 1, text, why: PLAN_OF_FACT_WHY });
    return [{ metric: 'report_hearings', value: fact, line: i + 1, text }];
  }
  return [];
}
