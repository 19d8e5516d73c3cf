import { findCounts } from '../grammar/findCounts.ts';
import { maskNeverCounts } from '../maskNeverCounts.ts';
import { sentencesOf } from '../grammar/sentencesOf.ts';
import { tidy } from '../toLines.ts';
import type { MetricId, ReportActivity, ReportCandidate, ReportFigure } from '../types.ts';
import { ACTIVITY_PHRASES, HELD_VERBS } from './activityLexicon.ts';
import { invitedToEvent } from '../doubtOfFigure.ts';

/**
 * The noun of each type in the singular, as a sentence telling one event names it: "организован семинар «…»",
 * "заслушан отчёт руководителя …", "семинар өткізілді", "бөлім басшысының есебі тыңдалды".
 * A plural ("семинары", "семинарлар", "заслушаны отчёты", "есептері") tells more than one.
 */
const SINGULAR: Partial<Record<ReportActivity['type'], RegExp>> = {
  seminar: /(?<![\p{L}])(?:семинар|тренинг|вебинар)(?:а|ом|е)?(?![\p{L}])/u,
  report_hearing: /(?<![\p{L}])(?:заслушан(?:а)?\s+(?:[\p{L}]+\s+)?(?:отч[её]т|информация)|есебі\s+тыңдалды)(?![\p{L}])/iu,
  // "11 июня я подписал меморандум о сотрудничестве с …", "11 маусымда … меморандумға қол қойылды".
  memorandum: /(?<![\p{L}])(?:меморандум(?:а|ом|е)?|меморандумға)(?![\p{L}])/iu,
  // "29 мая проведён круглый стол «…»", "Мамырдың 29-ында «…» дөңгелек үстелі өткізілді".
  round_table: /(?<![\p{L}])(?:кругл(?:ый|ого|ом)\s+стол(?:а|ом|е)?|дөңгелек\s+үстел(?:і|ге|де)?)(?![\p{L}])/iu,
};

/**
 * The same kind in the plural anywhere in the report ("семинары для членов Совета проводились ежеквартально",
 * "заслушаны отчёты", "есептері тыңдалды"): the event told by its date is one of several, whatever their number.
 */
const PLURAL: Partial<Record<ReportActivity['type'], RegExp>> = {
  seminar: /(?<![\p{L}])(?:семинар|тренинг|вебинар)(?:ы|ов|ах|ам|ами|лар[\p{L}]*|дар[\p{L}]*)(?![\p{L}])/iu,
  report_hearing: /(?<![\p{L}])(?:отч[её]т(?:ы|ов|ах|ам|ами)|есептер[\p{L}]*|информаци[ия]\s+(?:[\p{L}]+\s+)?руководител(?:ей|ям))(?![\p{L}])/iu,
  memorandum: /(?<![\p{L}])(?:меморандум(?:ы|ов|ах|ам|ами)|меморандумдар[\p{L}]*)(?![\p{L}])/iu,
  round_table: /(?<![\p{L}])(?:кругл(?:ые|ых|ым|ыми)\s+стол(?:ы|ов|ах|ам|ами)|дөңгелек\s+үстелдер[\p{L}]*)(?![\p{L}])/iu,
};

/**
 * Kinds whose one event told by its day the writers disagree on: "29 мая проведён круглый стол «…»" states one round
 * table for set 47 (Abai) and none for set 15 (Aksay, "проведен круглый стол" with no count): a candidate for a person.
 */
const DISAGREED: Partial<Record<ReportActivity['type'], string>> = {
  round_table: 'one round table told by its day and no count of them: the writers disagree whether that states 1 — for a person to confirm',
};

/** A count of the people at an event ("в нём приняли участие 42 человека", "42 адам қатысты"): no count of the events. */
const PEOPLE_AFTER = /^\s*(?:человек|участник|граждан|жител|член|адам|қатысушы|тұрғын)[\p{L}]*/iu;

/** The sentence tells the event as one among others: "в том числе", "в частности", "одним из", "оның ішінде", "бірі". */
export const ONE_AMONG = /(?<![\p{L}])(?:в\s+том\s+числе|в\s+частности|например|в\s+числе|среди|одн(?:им|ой|ого|о)\s+из|(?:оның|соның)\s+ішінде|атап\s+айтқанда|мысалы|бірі)(?![\p{L}])/iu;

/** A report hearing of one district department or authority: "отчёт руководителя ГУ «Отдел образования …»". */
const DEPARTMENT = /(?:ГУ|государственного\s+учреждения)?\s*«\s*(?:Отдел|Управлени[ея])(?![\p{L}])|(?<![\p{L}])(?:бөлім|басқарма)(?:і|ы)?(?:нің|ның)?\s+басшы/u;

/**
 * An event told once, by its date and in the singular, where the report states no count of its kind: "12 марта для
 * членов Совета организован семинар «…»", "На заседании 25 сентября заслушан отчёт руководителя ГУ «Отдел образования
 * …»" — the kind's count is 1 (and a hearing of one department's head is one department heard). Only when the report
 * tells no other event of the kind (one activity of it, and its noun nowhere in the plural), states no figure nor
 * candidate of it, the sentence does not tell it as one among others ("в том числе", "оның ішінде") and holds no count (a number near it would be a count the grammar did not read: then nothing is stated) but of the people who came.
 */
export function readSingleEvents(lines: string[], activities: ReportActivity[], figures: ReportFigure[], candidates: ReportCandidate[]): ReportFigure[] {
  const out: ReportFigure[] = [];
  const stated = (metric: MetricId) => [...figures, ...out, ...candidates].some((f) => f.metric === metric);
  for (const [type, singular] of Object.entries(SINGULAR) as [ReportActivity['type'], RegExp][]) {
    const metric = ACTIVITY_PHRASES.find((p) => p.type === type)?.metric;
    if (!metric || stated(metric)) continue;
    const ofType = activities.filter((a) => a.type === type);
    if (ofType.length !== 1 || ofType[0].date_start === null) continue;
    const line = lines[ofType[0].line - 1] ?? '';
    // Told as done, with its verb ("организован", "заслушан", "өткізілді"): a title with its date ("Круглый стол «…» – 11
    // марта") may head a list or a plan.
    const sentence = sentencesOf(line).find((s) => singular.test(s.text) && HELD_VERBS.test(s.text))?.text;
    // The event's own sentence: its date is its only number (a count near the noun is for the grammar to read; "один
    // круглый стол" it read already).
    // The people who came ("приняли участие 42 человека") are no count of the kind: a round table offered for review with them.
    const masked = sentence === undefined ? '' : maskNeverCounts(sentence);
    if (sentence === undefined || findCounts(masked).some((c) => !(type in DISAGREED && PEOPLE_AFTER.test(masked.slice(c.end)))) || ONE_AMONG.test(sentence)) continue;
    // Another sentence naming the kind in the plural: the report tells of more than the one dated.
    const plural = PLURAL[type];
    if (plural !== undefined && lines.some((l, k) => plural.test(k === ofType[0].line - 1 ? l.replace(sentence, '') : l))) continue;
    const found = { metric, value: 1, line: ofType[0].line, text: tidy(sentence).slice(0, 300) };
    // "Членов Совета пригласили на обучающий семинар, который провёл Общественный совет ВКО": another's event, a candidate.
    if (invitedToEvent(sentence)) {
      candidates.push({ ...found, why: 'the council\'s members were invited to the event: another body\'s, not one the council held' });
      continue;
    }
    const disagreed = DISAGREED[type];
    if (disagreed !== undefined) {
      candidates.push({ ...found, why: disagreed });
      continue;
    }
    out.push(found);
    if (type === 'report_hearing' && DEPARTMENT.test(sentence) && !stated('departments_heard')) out.push({ ...found, metric: 'departments_heard' });
  }
  return out;
}

