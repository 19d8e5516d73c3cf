import { parseCount } from '../parseCount.ts';

/**
 * The plan a fact is told as a part of, in Kazakh: "Жылдық жоспардағы 10 мониторингтің 4-еуі орындалды", "жоспарланған
 * 6 отырыстың 5-еуі өткізілді" — M of the plan (the noun in the genitive), N of them done. The plan's number is
 * masked (U+E000, as maskNeverCounts does) and the done number put before its noun ("4-еуі мониторингтің"), the order
 * the figure grammar reads a count in; the line keeps its length. `plans` tells, by where the done number now stands,
 * the plan's value, for the grammar to offer it as a candidate. Only when a done verb closes the clause:
 * "10 мониторингтің 4-еуі келесі жылға ауыстырылды" says nothing was done. `masked` is the line after maskNeverCounts.
 */
export function maskPlanOfFact(masked: string): { text: string; plans: Map<number, number> } {
  const plans = new Map<number, number>();
  const text = masked.replace(PLAN_OF_FACT, (_all: string, plan: string, gap: string, noun: string, space: string, fact: string, at: number) => {
    const value = parseCount(plan);
    if (value !== null) plans.set(at + plan.length + gap.length, value);
    return `${'\uE000'.repeat(plan.length)}${gap}${fact}${space}${noun}`;
  });
  return { text, plans };
}

const N = '\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})*';
// The plan's number, a noun in the genitive (a word may stand before it), the done number with its possessive, at most
// two words, a done verb.
const PLAN_OF_FACT = new RegExp(
  `(?<![\\d.,\\p{L}])(${N})(\\s+(?:[\\p{L}-]+\\s+)?)([\\p{L}-]+(?:тің|тың|нің|ның|дің|дың))(\\s+)(${N}-?(?:і|ы|еуі|уі|сі|сы)?)(?=(?:\\s+[\\p{L}-]+){0,2}?\\s+(?:орындалды|өткізілді|жүргізілді|өтті|ұйымдастырылды|өткізді|жүргізді|ұйымдастырды)(?![\\p{L}]))`,
  'gu',
);
