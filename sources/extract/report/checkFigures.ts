import type { ExtractIssue, ReportActivity, ReportFigure } from '../types.ts';
import { ACTIVITY_PHRASES, METRIC_PARTS } from './activityLexicon.ts';

/**
 * Sub-figures attached to their parent: a part (METRIC_PARTS) whose whole is
 * stated gets `part_of`; parts that do not add up to their whole are issues.
 */
export function checkParts(figures: ReportFigure[], issues: ExtractIssue[]): void {
  const byMetric = new Map(figures.map((f) => [f.metric, f]));
  for (const rule of METRIC_PARTS) {
    const whole = byMetric.get(rule.whole);
    if (whole) for (const p of rule.parts) if (byMetric.has(p)) byMetric.get(p)!.part_of ??= rule.whole;
    const parts = rule.parts.map((p) => byMetric.get(p));
    if (!whole || parts.some((p) => p === undefined)) continue;
    const sum = parts.reduce((acc, p) => acc + p!.value, 0);
    const wrong = rule.exact ? sum !== whole.value : sum > whole.value;
    if (!wrong) continue;
    const terms = parts.map((p) => `${p!.value} ${p!.metric}`).join(' + ');
    issues.push({ line: parts[parts.length - 1]!.line, message: `${terms} = ${sum}, but ${rule.whole} is ${whole.value}` });
  }
}

/**
 * A stated count against the activities of that type found anywhere in the text
 * (a list, a table, a dated sentence): "8 dialogue platforms" with nine described
 * is a contradiction the analyst should see. Mismatches already reported for a
 * single list are not repeated.
 */
export function checkTypeTotals(figures: ReportFigure[], activities: ReportActivity[], issues: ExtractIssue[]): void {
  for (const { type, metric } of ACTIVITY_PHRASES) {
    if (!metric || issues.some((i) => i.message.startsWith(`${metric}:`))) continue;
    const stated = figures.find((f) => f.metric === metric);
    const found = activities.filter((a) => a.type === type);
    if (stated && found.length > 0 && found.length !== stated.value) {
      issues.push({ line: stated.line, message: `${metric}: ${stated.value} stated, ${found.length} described in the text (lines ${found.map((a) => a.line).join(', ')})` });
    }
  }
}
