import { findCounts } from '../grammar/findCounts.ts';
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
// The end of a span named ("маусымның соңында", "тоқсанның соңында", "в конце июня", "к концу полугодия") dates it too.
const STATE_DATED = /(?:по\s+состоянию|(?<![\p{L}])на\s+(?:конец|окончание|сегодня|\d{1,2}[\s.])|(?<![\p{L}])(?:в\s+конце|к\s+концу)\s+\p{L}|в\s+настоящее\s+время|жағдай\s+бойынша|қазіргі\s+(?:уақытта|кезде)|(?:жыл|кезең)\s+соңында|\p{L}(?:ның|нің|тың|тің|дың|дің)\s+соңында)/u;

/**
 * The present state told after the formation, in the same sentence: "состоит из", "входят", "насчитывает", "в составе …",
 * "құрамында … бар", "тұрады", "кіреді".
 */
const PRESENT_STATE = /(?<![\p{L}])(?:состоит\s+из|входя[тщ][\p{L}]*|входит|насчитыва[\p{L}]*|в\s+(?:(?:его|её|ее)\s+)?составе|құрамында|тұрады|кіреді)(?![\p{L}])/u;

/**
 * The first formation word that is not the commissions': "…; 3 тұрақты комиссия құрылған", "…; созданы 3 постоянные
 * комиссии" form the commissions inside the council, not the council whose count the sentence tells.
 */
function councilFormed(text: string): RegExpExecArray | null {
  const formed = new RegExp(FORMED.source, 'gu');
  for (let m = formed.exec(text); m !== null; m = formed.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (!COMMISSIONS_BEFORE.test(before) && !COMMISSIONS_AFTER.test(after)) return m;
  }
  return null;
}
const COMMISSIONS_BEFORE = /комисси[\p{L}]*\s*$/u;
const COMMISSIONS_AFTER = /^\s*(?:[\p{L}\d]+\s+){0,2}?(?:постоянн[\p{L}]*\s+|тұрақты\s+)?комисси/u;

/**
 * Whether a sentence tells the composition as the council was formed. A formation word that only says who made the
 * council, its present state after it with no count between ("Кеңес аудан мәслихатының шешімімен құрылған, құрамында
 * он бес мүше бар", "Совет, созданный постановлением акимата, состоит из 15 членов"), is no formation of the count: the
 * count is the present one. A count in the formation's own clause ("Кеңес 2024 жылы 15 мүшеден құрылған, құрамында
 * қазір 14 мүше бар") keeps it told as formed.
 */
function isToldAsFormed(text: string): boolean {
  const formed = councilFormed(text);
  if (formed === null || STATE_DATED.test(text)) return false;
  const after = text.slice(formed.index + formed[0].length);
  const present = PRESENT_STATE.exec(after);
  if (present === null) return true;
  // A year is no count of members ("Совет, образованный в 2022 году, насчитывает …").
  return findCounts(after.slice(0, present.index), { kazakh: true }).some((c) => c.value < 1900 || c.value > 2100);
}

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
    if (!COMPOSITION.has(f.metric) || !isToldAsFormed(lowerCase(f.text))) return true;
    const { part_of: _part, ...found } = f;
    candidates.push({ ...found, why: 'the composition as the council was formed ("вошли", "сформирован", "құрамына енді"), and members left or joined in the period after it: not the composition on the period\'s last day' });
    return false;
  });
}
