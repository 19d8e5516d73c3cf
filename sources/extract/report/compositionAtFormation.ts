import { lowerCase } from '../grammar/lowerCase.ts';
import type { MetricId, ReportCandidate, ReportFigure } from '../types.ts';

/** The counts of the composition, which DESIGN.md takes on the period's last day. */
const COMPOSITION = new Set<MetricId>(['members_total', 'members_civil', 'members_state']);

/**
 * The composition told as the council was formed: "В состав Совета вошли 11 человек", "Совет сформирован (образован) в
 * количестве 15 человек", "Кеңес құрамына 11 адам енді", "Кеңес 11 мүшеден құрылды". A present state ("входят",
 * "состоит из", "құрамында … бар") is no formation.
 */
const FORMED = /(?<![\p{L}])(?:вошл[\p{L}]*|образован[\p{L}]*|сформирован[\p{L}]*|создан[\p{L}]*|құрылды|құрылған|жасақталды|жасақталған|(?:енді|кірді)(?![\p{L}]))/u;

/**
 * The state dated: "По состоянию на 31 декабря 2025 года … сформирован в количестве 25 человек", "на конец года",
 * "30 қыркүйектегі жағдай бойынша": the count is of that day, whatever changed before it.
 */
const STATE_DATED = /(?:по\s+состоянию|(?<![\p{L}])на\s+(?:конец|окончание|сегодня|\d{1,2}[\s.])|в\s+настоящее\s+время|жағдай\s+бойынша|қазіргі\s+(?:уақытта|кезде)|(?:жыл|кезең)\s+соңында)/u;

/**
 * A composition stated as it was formed, in a report that also states members who left or joined in the period ("В
 * состав Совета вошли 11 человек: 8 – …, 3 – …" / "В ноябре … вышел 1 член"): the counts are of the day it was formed,
 * not of the period's last day, and the text does not say which side the change took — candidates, never figures. A
 * composition stated with no change ("Состав … не изменялся") stays the figure.
 */
export function doubtCompositionAtFormation(figures: ReportFigure[], candidates: ReportCandidate[]): ReportFigure[] {
  const changed = figures.some((f) => (f.metric === 'members_left' || f.metric === 'members_joined') && f.value > 0);
  if (!changed) return figures;
  return figures.filter((f) => {
    if (!COMPOSITION.has(f.metric) || !FORMED.test(lowerCase(f.text)) || STATE_DATED.test(lowerCase(f.text))) return true;
    const { part_of: _part, ...found } = f;
    candidates.push({ ...found, why: 'the composition as the council was formed ("вошли", "сформирован", "құрамына енді"), and members left or joined in the period after it: not the composition on the period\'s last day' });
    return false;
  });
}
