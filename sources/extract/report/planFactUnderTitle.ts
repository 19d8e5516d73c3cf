import { tidy } from '../toLines.ts';
import type { ReportCandidate, ReportFigure } from '../types.ts';
import { activityTypesIn } from './activityLexicon.ts';
import { PLAN_OF_FACT_WHY } from './readFigures.ts';

/**
 * A line of the plan and what was done, nothing else: "Жоспар – 4, орындалғаны – 3:", "План – 4, факт – 3.", "План – 4,
 * выполнено – 3", "Жоспарланғаны – 5; іс жүзінде – 4" — or the events after its colon ("План – 5, факт – 6: подача тепла …").
 */
const PLAN_FACT = /^\s*(?:план(?:ировалось)?|жоспар(?:ланғаны|ланған|да)?)\s*[-–—:]\s*(\d{1,3})\s*[,;]\s*(?:факт(?:ически)?|выполнено|проведено|заслушано|орындалғаны|орындалды|өткізілгені|өткізілді|тыңдалғаны|іс\s+жүзінде)\s*[-–—:]\s*(\d{1,3})\s*(?:[.;]?\s*$|:)/iu;

/** A section's title run in with its text, a stop between: "4. Мониторинг. План – 5, факт – 6: …" (set 174). */
const RUN_IN = /^(\s*(?:(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,5})[.)]\s+)?\p{Lu}[^.!?;:\d]{2,60})\.\s+(.+)$/u;
/** A section's title: a short line ending no sentence ("3. Есеп тыңдау", "III. Заслушивание отчетов"). */
const TITLE = /^\s*(?:(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,5})[.)]\s+)?\p{Lu}[^.!?;:\d]{2,80}$/u;

/**
 * A count told as the plan and the fact under the section's title, which alone names what they count: "3. Есеп тыңдау" /
 * "Жоспар – 4, орындалғаны – 3:", "III. Заслушивание отчетов" / "План – 4, факт – 3.", the title run in ("4. Мониторинг.
 * План – 5, факт – 6: …"). The fact is the figure, the plan a candidate. Only for a title naming one type of event and no
 * other, over the plan's line at once (or before it on its line), the fact no more than the plan's double and no count of
 * that type stated elsewhere.
 */
export function readPlanFactUnderTitle(lines: string[], inTable: Set<number>, figures: ReportFigure[], candidates: ReportCandidate[]): ReportFigure[] {
  const out: ReportFigure[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (inTable.has(i)) continue;
    const own = PLAN_FACT.exec(lines[i]);
    const runIn = own === null ? RUN_IN.exec(lines[i]) : null;
    const inRun = runIn !== null ? PLAN_FACT.exec(runIn[2]) : null;
    const m = own ?? inRun;
    if (m === null) continue;
    let title = inRun !== null ? runIn![1] : null;
    if (title === null) {
      let k = i - 1;
      while (k >= 0 && lines[k].trim() === '') k--;
      if (k < 0 || i - k > 2 || !TITLE.test(lines[k])) continue;
      title = lines[k];
    }
    const types = activityTypesIn(title);
    if (types.length !== 1) continue;
    const metric = types[0].metric;
    if (!metric || figures.some((f) => f.metric === metric) || out.some((f) => f.metric === metric)) continue;
    const plan = Number(m[1]);
    const fact = Number(m[2]);
    if (fact > plan * 2) continue;
    const text = tidy(inRun !== null ? lines[i] : `${title.trim()} ${lines[i].trim()}`).slice(0, 300);
    candidates.push({ metric, value: plan, line: i + 1, text, why: PLAN_OF_FACT_WHY });
    out.push({ metric, value: fact, line: i + 1, text });
  }
  return out;
}
