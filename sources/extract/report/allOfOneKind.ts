import { lowerCase } from '../grammar/lowerCase.ts';
import type { MetricId, ReportCandidate, ReportFigure } from '../types.ts';

/**
 * "поступило 58 обращений граждан (…), все – от физических лиц", "41 өтініш келіп түсті, барлығы жеке тұлғалардан": the
 * appeals' kind said of all of them in the sentence of their count — that part would be the whole count, but no number
 * of it is written, and the held-out sets leave it out (sets 4 and 15: "24 (все от физических лиц)" states no individuals):
 * a candidate for a person to confirm, never a figure. Only in the count's own sentence, the word "all" right before the
 * kind (no number between: "барлығы – 41, жеке тұлғалардан – 36" are two counts), and only when no count of the part is
 * stated.
 */
const ALL_OF: { metric: MetricId; regex: RegExp }[] = [
  { metric: 'appeals_individuals', regex: /(?<![\p{L}])(?:все|всё|все\s+они|барлығы(?:\s+да)?|бәрі(?:\s+де)?)\s*(?:[-–—:]\s*)?(?:(?:поступили|поступило|были|түсті)\s+)?(?:от\s+физическ[\p{L}]*\s+лиц|жеке\s+тұлғалардан)(?![\p{L}])/u },
  { metric: 'appeals_legal_entities', regex: /(?<![\p{L}])(?:все|всё|все\s+они|барлығы(?:\s+да)?|бәрі(?:\s+де)?)\s*(?:[-–—:]\s*)?(?:(?:поступили|поступило|были|түсті)\s+)?(?:от\s+юридическ[\p{L}]*\s+лиц|заңды\s+тұлғалардан)(?![\p{L}])/u },
];

const WHY = 'the appeals\' kind is said of all of them ("все – от физических лиц"), no number of it written: the whole count, for a person to confirm';

export function readAllOfOneKind(figures: ReportFigure[]): ReportCandidate[] {
  const received = figures.find((f) => f.metric === 'appeals_received');
  if (received === undefined) return [];
  const text = lowerCase(received.text);
  return ALL_OF.filter((k) => k.regex.test(text) && !figures.some((f) => f.metric === k.metric)).map((k) => ({ metric: k.metric, value: received.value, line: received.line, text: received.text, why: WHY }));
}
