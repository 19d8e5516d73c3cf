import { lowerCase } from '../grammar/lowerCase.ts';
import { sentencesOf } from '../grammar/sentencesOf.ts';
import { tidy } from '../toLines.ts';
import type { ReportFigure } from '../types.ts';
import { runningLines } from './runningLines.ts';

/**
 * One new member put in the place of the one who left, in the singular and with no numeral: "оның орнына мамыр айында
 * жаңа мүше енгізілді", "на его место в мае введён новый член Совета". Never plural ("жаңа мүшелер", "новые члены") nor
 * a place still empty ("орнына әлі ешкім тағайындалған жоқ": readStatedNone).
 */
const REPLACED = /(?<![\p{L}])(?:(?:оның|соның)\s+орнына|на\s+(?:его|её|ее)\s+место)\s+(?:[\p{L}]+\s+){0,4}?(?:жаңа\s+мүше(?:\s+ретінде\s+[\p{L}.\s]{2,40}?)?\s+(?:енгізілді|қабылданды|тағайындалды|сайланды|кірді)|(?:введ[её]н|включ[её]н|принят|избран|назначен)\s+(?:[\p{L}]+\s+){0,2}?нов(?:ый|ого)\s+член|нов(?:ый|ого)\s+член[\p{L}]*(?:\s+[\p{L}]+){0,2}?\s+(?:введ[её]н|включ[её]н|принят|избран|назначен))(?![\p{L}])/u;

/**
 * members_joined 1 from a sentence that puts one new member in the place of one who left, when the report states that
 * one member left (members_left 1) and no count of members joined: the replacement is the one member who joined.
 */
export function readMemberReplaced(lines: string[], figures: ReportFigure[]): ReportFigure[] {
  if (figures.some((f) => f.metric === 'members_joined') || figures.find((f) => f.metric === 'members_left')?.value !== 1) return [];
  for (const unit of runningLines(lines, new Set())) {
    for (const sentence of sentencesOf(unit.text)) {
      const m = REPLACED.exec(lowerCase(sentence.text));
      if (m === null) continue;
      const line = unit.first + unit.starts.filter((s) => s <= sentence.start + (m.index ?? 0)).length;
      return [{ metric: 'members_joined', value: 1, line, text: tidy(sentence.text).slice(0, 300) }];
    }
  }
  return [];
}
