import lexicon from './lexicon/noneHeld.json' with { type: 'json' };
import { lowerCase } from '../grammar/lowerCase.ts';
import { sentencesOf } from '../grammar/sentencesOf.ts';
import { tidy } from '../toLines.ts';
import type { MetricId, ReportFigure } from '../types.ts';

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
export function readNoneHeld(lines: string[], skip: Set<number>, figures: ReportFigure[]): ReportFigure[] {
  const out: ReportFigure[] = [];
  lines.forEach((line, i) => {
    if (skip.has(i) || !NEGATION.test(line)) return;
    for (const sentence of sentencesOf(line)) {
      const text = sentence.text;
      const negation = NEGATION.exec(text);
      if (negation === null || /\d/u.test(text) || !OWN_PERIOD.test(text)) continue;
      const named = NOUNS.map((n) => ({ ...n, at: n.regex.exec(text) })).filter((n) => n.at !== null && (n.at.index ?? 0) < (negation.index ?? 0));
      // One kind of events, the subject: "Заседания президиума и комиссий не проводились" names two and is left to a person.
      if (named.length !== 1) continue;
      const { metric, at } = named[0];
      if (PART.test(lowerCase(text.slice(0, at!.index ?? 0))) || /(?:из\s+них|в\s+том\s+числе|оның\s+ішінде)/iu.test(text)) continue;
      if ([...figures, ...out].some((f) => f.metric === metric)) continue;
      out.push({ metric, value: 0, line: i + 1, text: tidy(text).slice(0, 300) });
    }
  });
  return out;
}
