import { findCounts } from '../grammar/findCounts.ts';
import { sentencesOf } from '../grammar/sentencesOf.ts';
import { maskNeverCounts } from '../maskNeverCounts.ts';
import { tidy } from '../toLines.ts';
import type { MetricId, ReportCandidate, ReportFigure } from '../types.ts';
import { continuesSentence } from './continuesSentence.ts';
import { ONE_AMONG } from './singleEvents.ts';

/**
 * One draft act told as reviewed, in the singular: "рассмотрен проект решения маслихата о …", "изучен проект
 * постановления акимата …"; "мәслихат шешімінің жобасы қаралды", "әкімдік қаулысының жобасы қаралып, …". The draft
 * must be of an act (a decision, a resolution, an order, a law, rules): "рассмотрен проект благоустройства парка" is no
 * act. "Рассмотрены проекты", "жобалары қаралды" are several, their number unknown.
 */
const ONE_REVIEWED = [
  /(?<![\p{L}])(?:рассмотрен|изучен|проанализирован)\s+проект\s+(?:решени|постановлени|приказ|закон|правил|нормативн|нпа)/iu,
  /(?<![\p{L}])(?:шешім|қаулы|бұйрық|заң|ереже|нқа)[\p{L}]*\s+(?:[\p{L}]+\s+)?жобасы\s+(?:қаралды|қаралып|қарастырылды|қарастырылып|зерделенді|зерделеніп)(?![\p{L}])/iu,
];

/** The draft's conclusion with remarks, or without: one draft with remarks, or one approved. */
const WITH_REMARKS = /(?<![\p{L}])(?:заключени[\p{L}]*\s+с\s+замечани|с\s+замечаниями|замечания\s+направлен|ескертпелер(?:мен|і)|ескертулер(?:мен|і))/iu;
const WITHOUT_REMARKS = /(?<![\p{L}])(?:без\s+замечаний|ескертпесіз|ескертусіз)(?![\p{L}])/iu;

/** The count of remarks ("(2 замечания)", "3 ескертпе") is of remarks, never of drafts. */
const REMARKS_COUNT = /\(?\s*\d{1,3}\s+(?:замечани|ескертпе|ескерту)[\p{L}]*\s*\)?/giu;

/** Drafts in the plural anywhere: the report tells of more than one, whatever their number. */
const PLURAL = /(?<![\p{L}])(?:проект(?:ы|ов|ам|ах|ами)\s+(?:[\p{L}]+\s+)?(?:решени|постановлени|приказ|закон|нормативн|нпа)|проекты\s+нпа|нпа\s+жобалар[\p{L}]*|(?:шешім|қаулы|бұйрық|заң|ереже|нқа)[\p{L}]*\s+(?:[\p{L}]+\s+)?жобалар[\p{L}]*)/iu;

/** The sentence tells the draft as planned, or "as well as" others (one among others: singleEvents' ONE_AMONG). */
const NOT_ALONE = /(?<![\p{L}])(?:также|сондай-ақ|план[\p{L}]*|жоспар[\p{L}]*)(?![\p{L}])/iu;

const NPA_METRICS: MetricId[] = ['npa_reviewed', 'npa_with_remarks', 'npa_approved', 'npa_pending'];

/**
 * One draft act reviewed, told once in the singular with no count, where the report states no figure nor candidate of
 * drafts: "рассмотрен проект решения маслихата о правилах содержания …, направлено заключение с замечаниями (2
 * замечания)" is one draft reviewed, one with remarks ("(2 замечания)" counts the remarks); "… без замечаний", "…
 * ескертпесіз" one approved. Two such sentences, a plural anywhere, a count of drafts, or "в том числе" near it: nothing.
 */
export function readSingleDraft(lines: string[], inTable: Set<number>, figures: ReportFigure[], candidates: ReportCandidate[]): ReportFigure[] {
  if ([...figures, ...candidates].some((f) => NPA_METRICS.includes(f.metric))) return [];
  if (lines.some((l) => PLURAL.test(l))) return [];
  const found: { text: string; line: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (inTable.has(i) || lines[i].trim() === '') continue;
    const first = i;
    let text = lines[i];
    while (i + 1 < lines.length && !inTable.has(i + 1) && continuesSentence(lines[i], lines[i + 1])) text += ` ${lines[++i]}`;
    for (const s of sentencesOf(tidy(text))) if (ONE_REVIEWED.some((r) => r.test(s.text))) found.push({ text: s.text, line: first + 1 });
  }
  if (found.length !== 1) return [];
  const { text, line } = found[0];
  if (ONE_AMONG.test(text) || NOT_ALONE.test(text) || findCounts(maskNeverCounts(text.replace(REMARKS_COUNT, ' '))).length > 0) return [];
  const one = (metric: MetricId) => ({ metric, value: 1, line, text: text.slice(0, 300) });
  const remarks = WITH_REMARKS.test(text);
  const clean = WITHOUT_REMARKS.test(text);
  return [one('npa_reviewed'), ...(remarks && !clean ? [one('npa_with_remarks')] : []), ...(clean && !remarks ? [one('npa_approved')] : [])];
}
