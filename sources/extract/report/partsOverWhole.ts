import type { ReportCandidate, ReportFigure } from '../types.ts';
import { METRIC_PARTS } from './activityLexicon.ts';

export const PARTS_OVER_WHOLE = 'a part is more than its whole';

/**
 * "Рассмотрено 3 проекта НПА: по четырём даны положительные заключения, по двум – с замечаниями": a part (4) over its whole
 * (3) cannot be, so which number is wrong is unknown — the whole is kept (it names what it counts), the parts become
 * candidates. Parts each within the whole but over it together ("рассмотрено 89, из них одобрено - 89, рекомендовано с
 * замечаниями – 4": the approved may hold those with remarks) are one reading of the writer's and stay figures, with the
 * issue checkParts raises. Only the bounds marked `overrunDoubted` (lexicon/activities.json).
 */
export function doubtPartsOverWhole(figures: ReportFigure[], candidates: ReportCandidate[]): ReportFigure[] {
  const doubted = new Set<ReportFigure>();
  for (const rule of METRIC_PARTS) {
    if (!rule.overrunDoubted) continue;
    const whole = figures.find((f) => f.metric === rule.whole);
    const parts = figures.filter((f) => rule.parts.includes(f.metric));
    if (whole === undefined || parts.every((p) => p.value <= whole.value)) continue;
    for (const p of parts) doubted.add(p);
  }
  for (const p of doubted) candidates.push({ metric: p.metric, value: p.value, line: p.line, text: p.text, why: PARTS_OVER_WHOLE });
  return figures.filter((f) => !doubted.has(f));
}
