import lexicon from './lexicon/noneHeld.json' with { type: 'json' };
import { lowerCase } from '../grammar/lowerCase.ts';
import { sentencesOf } from '../grammar/sentencesOf.ts';
import { tidy } from '../toLines.ts';
import type { MetricId, ReportFigure } from '../types.ts';
import { latinRoman, monthsOf, type Period } from './readPeriod.ts';
import { SUB_PERIODS } from './figureLexicon.ts';

const NOUNS = Object.entries(lexicon.nouns).map(([metric, source]) => ({ metric: metric as MetricId, regex: new RegExp(`(?<![\\p{L}])(?:${source})(?![\\p{L}])`, 'iu') }));
const NEGATION = new RegExp(`(?<![\\p{L}])(?:${lexicon.negations})(?![\\p{L}])`, 'iu');
const OWN_PERIOD = new RegExp(`(?<![\\p{L}])(?:${lexicon.period})`, 'iu');
const PART = new RegExp(`(?<![\\p{L}])(?:${lexicon.parts})\\s+$`, 'iu');

/**
 * Figures of 0 a report states in words: "Заседания президиума в отчетном квартале не проводились.", "Есепті кезеңде
 * президиум отырыстары өткізілген жоқ.", "Обращений за отчетный период не поступало." — the events are the sentence's
 * subject, the verb says none took place, and the sentence names the report's own period. A sentence without the
 * period ("Семинары: не проводились."), with a number in it, or about a part of a kind ("выездные заседания не
 * проводились") states nothing: no data is not zero. A metric already stated keeps its figure. `skip`: lines that hold
 * no figures of the period (tables, plans, parts of the period).
 */
export function readNoneHeld(lines: string[], skip: Set<number>, figures: ReportFigure[], period: Period | null = null): ReportFigure[] {
  const ownPeriod = ownPeriodWords(period);
  const out: ReportFigure[] = [];
  lines.forEach((line, i) => {
    if (skip.has(i) || !NEGATION.test(line)) return;
    for (const sentence of sentencesOf(line)) {
      const text = sentence.text;
      const negation = NEGATION.exec(text);
      // The period by name ("во II квартале", "в 2025 году", "2025 жылы") may stand for "в отчетном периоде".
      const named = latinRoman(text);
      if (negation === null || /\d/u.test(named.replace(ownPeriod ?? /(?!)/u, ' ')) || !(OWN_PERIOD.test(text) || (ownPeriod !== null && ownPeriod.test(named)))) continue;
      // "Во II квартале 2025 года …" in a year's report: a part of the period, its none not the period's.
      if (SUB_PERIODS.some((p) => p.months < monthsOf(period) && p.regex.test(lowerCase(named)))) continue;
      const kinds = NOUNS.map((n) => ({ ...n, at: n.regex.exec(text) })).filter((n) => n.at !== null && (n.at.index ?? 0) < (negation.index ?? 0));
      // One kind of events, the subject: "Заседания президиума и комиссий не проводились" names two and is left to a person.
      if (kinds.length !== 1) continue;
      const { metric, at } = kinds[0];
      if (PART.test(lowerCase(text.slice(0, at!.index ?? 0))) || /(?:из\s+них|в\s+том\s+числе|оның\s+ішінде)/iu.test(text)) continue;
      if ([...figures, ...out].some((f) => f.metric === metric)) continue;
      out.push({ metric, value: 0, line: i + 1, text: tidy(text).slice(0, 300) });
    }
  });
  return out;
}

const QUARTER_RU = ['I', 'II', 'III', 'IV'];

/**
 * The report's own period by name: its quarter ("во II квартале", "2-м квартале", "II тоқсанда") for a quarter's
 * report, its year ("в 2025 году", "2025 жылы") for a year's, with the year optional after the quarter. Null for
 * other periods.
 */
function ownPeriodWords(period: Period | null): RegExp | null {
  if (period === null) return null;
  const year = period.from.slice(0, 4);
  const months = monthsOf(period);
  const from = Number(period.from.slice(5, 7));
  const yearWords = `${year}\\s*(?:г\\.|года?|году|ж\\.|жылы|жылғы)?`;
  if (months === 12 && from === 1) return new RegExp(`(?<!\\d)(?:в\\s+|за\\s+)?${yearWords}`, 'iu');
  if (months === 3 && (from - 1) % 3 === 0) {
    const q = (from - 1) / 3;
    return new RegExp(`(?<![\\p{L}\\d])(?:${QUARTER_RU[q]}|${q + 1}(?:\\s*-?\\s*(?:м|й|ом|ші|шы|інші|ыншы))?)\\s*(?:квартал[\\p{L}]*|тоқсан[\\p{L}]*)(?:\\s+${yearWords})?`, 'iu');
  }
  return null;
}
