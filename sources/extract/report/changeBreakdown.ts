import type { MetricId } from '../types.ts';
import { MEMBER_JOINED, MEMBER_LEFT } from './memberChangeClauses.ts';

/** The counts of the composition, which DESIGN.md takes on the period's last day. */
const COMPOSITION = new Set<MetricId>(['members_total', 'members_civil', 'members_state']);

/** Where a breakdown opens after what it breaks down: a bracket left open, a colon, "из них", "оның ішінде". */
const OPENER = /\((?=[^()]*$)|:(?=[^:()]*$)|(?<![\p{L}])(?:из\s+них|из\s+которых|в\s+том\s+числе|в\s+т\.\s*ч\.|оның\s+ішінде|олардың\s+ішінде|олардың)(?=[^()]*$)(?![\p{L}])/u;

/**
 * The civil and state parts told of a change, not of the composition: "олардың орнына 8 жаңа мүше енгізілді (азаматтық
 * қоғамнан – 6, мемлекеттік органдардан – 2)", "введены 3 новых члена: 2 – от НПО, 1 – от госорганов", "выбыли двое, из
 * них 1 – представитель госоргана". The clause the breakdown opens after tells members who joined or left; the parts are
 * theirs. A composition told after a change in a clause of its own ("вышел 1 член, в Совете 14 членов (10 – …, 4 – …)")
 * keeps its parts. `before`: the sentence up to the count, in lower case.
 */
export function doubtOfChangeBreakdown(metric: MetricId, before: string): string | null {
  if (!COMPOSITION.has(metric)) return null;
  const opener = OPENER.exec(before);
  if (opener === null) return null;
  const clause = before.slice(0, opener.index).split(/[,;]/u).pop() ?? '';
  return MEMBER_JOINED.test(clause) || MEMBER_LEFT.test(clause) ? WHY : null;
}

const WHY = 'the parts of the members who joined or left (a breakdown after the change\'s clause), not of the composition';
