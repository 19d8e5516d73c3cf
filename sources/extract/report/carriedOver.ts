import { lowerCase } from '../grammar/lowerCase.ts';
import type { MetricId, ReportCandidate, ReportFigure } from '../types.ts';

/** The counts of things received in the period: a part carried over from before makes them no count of the period. */
const RECEIVED = new Set<MetricId>(['appeals_received', 'appeals_individuals', 'appeals_legal_entities']);

const YEAR_OR_EARLIER_RU = '(?:(?:19|20)\\d{2}\\s*(?:г\\.?|год[\\p{L}]*)?|прошл[\\p{L}]*\\s+(?:год[\\p{L}]*|период[\\p{L}]*|отч[её]тн[\\p{L}]*)|предыдущ[\\p{L}]*\\s+(?:год[\\p{L}]*|период[\\p{L}]*))';
const CARRIED_WORD_RU = '(?:перешедш|переходящ|перешл|перешло|перенес[её]нн|перенесен|остав[\\p{L}]*ся|остат)';
/**
 * A part carried over from an earlier period, said of the things received:
 * Kazakh with the ablative of the earlier year and "ауыс-"/"қалған" ("Оның ішінде
 * 7 өтініш 2024 жылдан ауысып келді", "өткен жылдан қалған 3 өтініш"), Russian
 * with "перешедших/переходящих/остаток" and "с/из" the earlier year ("в том
 * числе 7 обращений, перешедших с 2024 года", "с прошлого года перешло 5").
 * Carried forward ("8-і 2026 жылға ауысты", "перешли на 2026 год") is not: those
 * were received in the period.
 */
const CARRIED_IN = new RegExp(
  [
    `(?:(?:19|20)\\d{2}\\s*(?:жыл|ж\\.)[\\p{L}]*?(?:дан|ден|тан|тен)|(?:өткен|алдыңғы|былтырғы)\\s+жыл[\\p{L}]*?(?:дан|ден|тан|тен)|былтырдан)(?:\\s+[\\p{L}]+){0,2}?\\s+(?:ауыс|қалған|көшкен)`,
    `${CARRIED_WORD_RU}[\\p{L}]*(?:\\s+[\\p{L}]+){0,3}?\\s+(?:с|со|из)\\s+${YEAR_OR_EARLIER_RU}`,
    `(?<![\\p{L}])(?:с|со|из)\\s+${YEAR_OR_EARLIER_RU}(?:\\s+[\\p{L}]+){0,3}?\\s+${CARRIED_WORD_RU}`,
  ].join('|'),
  'u',
);

/**
 * Appeals received whose paragraph says some of them were carried over from an
 * earlier period ("Азаматтардан 63 өтініш келіп түсті … Оның ішінде 7 өтініш
 * 2024 жылдан ауысып келді"): the number mixes two periods, so it is not the
 * period's count — a candidate, and the difference is never stated.
 */
export function doubtCarriedOver(figures: ReportFigure[], lines: string[], candidates: ReportCandidate[]): ReportFigure[] {
  const paragraphOf = paragraphs(lines);
  const carried = new Set<number>();
  lines.forEach((l, i) => {
    if (CARRIED_IN.test(lowerCase(l)) || (i + 1 < lines.length && paragraphOf[i + 1] === paragraphOf[i] && CARRIED_IN.test(lowerCase(`${l} ${lines[i + 1]}`)))) carried.add(paragraphOf[i]);
  });
  return figures.filter((f) => {
    if (!RECEIVED.has(f.metric) || !carried.has(paragraphOf[f.line - 1])) return true;
    const { part_of: _part, ...found } = f;
    candidates.push({ ...found, why: 'some of the things counted were carried over from an earlier period ("2024 жылдан ауысып келді", "перешедших с 2024 года"): the number is not the period\'s count' });
    return false;
  });
}

/** The paragraph (run of non-blank lines) each line is in. */
function paragraphs(lines: string[]): number[] {
  let k = 0;
  return lines.map((l, i) => (l.trim() === '' ? (k = i + 1) : k));
}
