import { sentencesOf } from '../grammar/sentencesOf.ts';
import { tidy } from '../toLines.ts';
import type { MetricId, ReportFigure } from '../types.ts';
import { NONE_VERBS, NONE_VERBS_KK } from './noneHeldVerbs.ts';
import { runningLines } from './runningLines.ts';

/**
 * One event of a kind told, and no other of that kind held: "27 ноября проведен круглый стол «…» с участием 58 студентов,
 * других круглых столов в квартале не было", "«…» дөңгелек үстелі өтті, басқа дөңгелек үстелдер өткізілген жоқ" — the
 * kind's count is 1, stated. Only when the one is told in the singular, with no count of its own before it, in the same
 * sentence before the "no other" or in the sentence before it; never when a count of the kind is stated already.
 */
export function readOneAndNoOther(lines: string[], inTable: Set<number>, figures: ReportFigure[]): ReportFigure[] {
  const out: ReportFigure[] = [];
  for (const unit of runningLines(lines, inTable)) {
    const sentences = sentencesOf(unit.text);
    sentences.forEach((sentence, k) => {
      for (const kind of KINDS) {
        const none = kind.noOther.exec(sentence.text);
        if (!none || figures.some((f) => f.metric === kind.metric) || out.some((f) => f.metric === kind.metric)) continue;
        const before = sentence.text.slice(0, none.index);
        const told = oneTold(kind, before) ?? (before.trim() === '' && k > 0 ? oneTold(kind, sentences[k - 1].text) : null);
        if (told === null) continue;
        const line = unit.first + unit.starts.filter((s) => s <= sentence.start).length - 1;
        out.push({ metric: kind.metric, value: 1, line: line + 1, text: tidy(sentence.text).slice(0, 300) });
      }
    });
  }
  return out;
}

interface Kind { metric: MetricId; any: RegExp; one: RegExp; noOther: RegExp }

/** The one mention of the kind in the text, in the singular with no count before it; null otherwise. */
function oneTold(kind: Kind, text: string): true | null {
  const mentions = [...text.matchAll(kind.any)];
  if (mentions.length !== 1 || !kind.one.test(mentions[0][0])) return null;
  // "2 круглых стола", "екі дөңгелек үстел": a count of its own is read by the figures, never "one".
  if (/(?:\d|(?<![\p{L}])(?:два|две|три|четыре|пять|екі|үш|төрт|бес))\s+(?:[\p{L}]+(?:ых|их|ые|ие)\s+)?$/iu.test(text.slice(0, mentions[0].index))) return null;
  return true;
}

// The verbs of none held, shared with readStatedNone (noneHeldVerbs.ts), a few words of place or time before them.
const RU_NONE = `[^.;]{0,40}?не\\s+(?:${NONE_VERBS})[\\p{L}]*(?![\\p{L}])`;
const KK_NONE = `[^.;]{0,40}?(?:${NONE_VERBS_KK})(?![\\p{L}])`;

const kind = (metric: MetricId, one: string, others: string, any: string): Kind => ({
  metric,
  any: new RegExp(`(?<![\\p{L}])(?:${any})`, 'giu'),
  one: new RegExp(`^(?:${one})(?![\\p{L}])`, 'iu'),
  noOther: new RegExp(`(?<![\\p{L}])(?:(?:других|иных)\\s+(?:${others})${RU_NONE}|(?:басқа|өзге)\\s+(?:${others})${KK_NONE})`, 'iu'),
});

const KINDS: Kind[] = [
  kind('round_tables', 'кругл(?:ый|ого)\\s+стол(?:а)?|дөңгелек\\s+үстел(?:і|ге)?', 'кругл(?:ых|ые)\\s+стол(?:ов|ы)|дөңгелек\\s+үстел(?:дер)?', 'кругл[\\p{L}]*\\s+стол[\\p{L}]*|дөңгелек\\s+үстел[\\p{L}]*'),
  kind('seminars', 'семинар(?:а|ы)?', 'семинар(?:ов|ы|лар)', 'семинар[\\p{L}]*'),
  kind('memoranda', 'меморандум(?:а|ы)?', 'меморандум(?:ов|ы|дар)', 'меморандум[\\p{L}]*'),
  kind('public_hearings', '(?:общественн|публичн)(?:ое|ого)\\s+слушани(?:е|я)|(?:қоғамдық|жария)\\s+тыңдау(?:ы)?', '(?:общественн|публичн)(?:ых|ые)\\s+слушани(?:й|я)|(?:қоғамдық|жария)\\s+тыңдаулар', '(?:общественн|публичн)[\\p{L}]*\\s+слушани[\\p{L}]*|(?:қоғамдық|жария)\\s+тыңдау[\\p{L}]*'),
];
