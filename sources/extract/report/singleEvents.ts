import { findCounts } from '../grammar/findCounts.ts';
import { maskNeverCounts } from '../maskNeverCounts.ts';
import { sentencesOf } from '../grammar/sentencesOf.ts';
import { tidy } from '../toLines.ts';
import { parseDatePhrase } from '../parseDatePhrase.ts';
import type { MetricId, ReportActivity, ReportCandidate, ReportFigure } from '../types.ts';
import { ACTIVITY_PHRASES, HELD_VERBS } from './activityLexicon.ts';
import { invitedToEvent } from '../doubtOfFigure.ts';
import { commissionSections } from './commissionSections.ts';
import { statesNothingSections } from './statesNothingSections.ts';
import { isChronicleEntry } from './chronicleEntry.ts';

/**
 * The noun of each type in the singular, as a sentence telling one event names it: "организован семинар «…»",
 * "заслушан отчёт руководителя …", "семинар өткізілді", "бөлім басшысының есебі тыңдалды".
 * A plural ("семинары", "семинарлар", "заслушаны отчёты", "есептері") tells more than one.
 */
const SINGULAR: Partial<Record<ReportActivity['type'], RegExp>> = {
  // "«…» семинары ұйымдастырылды": the Kazakh possessive (its seminar), one, its Kazakh verb after it.
  // Any case of letter: "Семинар «…» – 14.05.2025 г." opens its sentence.
  seminar: /(?<![\p{L}])(?:(?:семинар|тренинг|вебинар)(?:а|ом|е)?|(?:семинар|тренинг|вебинар)(?:ы|і)(?=\s+(?:өтті|өткізілді|ұйымдастырылды)))(?![\p{L}])/iu,
  report_hearing: /(?<![\p{L}])(?:заслушан(?:а)?\s+(?:[\p{L}]+\s+)?(?:отч[её]т|информация)|есебі\s+тыңдалды)(?![\p{L}])/iu,
  // "11 июня я подписал меморандум о сотрудничестве с …", "11 маусымда … меморандумға қол қойылды".
  memorandum: /(?<![\p{L}])(?:меморандум(?:а|ом|е)?|меморандумға)(?![\p{L}])/iu,
  // "сәуірдің 25-інде … тұрғындармен диалог алаңы өтті", "25 апреля прошла диалоговая площадка с жителями".
  dialog_platform: /(?<![\p{L}])(?:диалог(?:тық)?\s+алаңы?|диалогов(?:ая|ой|ую)\s+площадк[аиеу])(?![\p{L}])/iu,
  // "29 мая проведён круглый стол «…»", "Мамырдың 29-ында «…» дөңгелек үстелі өткізілді".
  round_table: /(?<![\p{L}])(?:кругл(?:ый|ого|ом)\s+стол(?:а|ом|е)?|дөңгелек\s+үстел(?:і|ге|де)?)(?![\p{L}])/iu,
  // "Проведено общественное слушание по проекту …", "24 июля проведены общественные слушания по проекту …", "22 апреля в
  // рамках общественных слушаний обсуждён проект …": Russian names one hearing in the plural as often as in the singular
  // ("слушания" is the event's name), so both forms tell one — five writers (sets 37, 40, 44, 50, 55) state it 1. Not the
  // Kazakh "қоғамдық тыңдау өтті": set 17 (Shalkar) leaves that one out, no set yet states it.
  public_hearing: /(?<![\p{L}])(?:общественн|публичн)(?:ое|ого|ом|ые|ых|ым)\s+слушани(?:е|я|ю|и|й|ях|ям)(?![\p{L}])/iu,
};

/**
 * The same kind in the plural anywhere in the report ("семинары для членов Совета проводились ежеквартально",
 * "заслушаны отчёты", "есептері тыңдалды"): the event told by its date is one of several, whatever their number.
 */
const PLURAL: Partial<Record<ReportActivity['type'], RegExp>> = {
  seminar: /(?<![\p{L}])(?:семинар|тренинг|вебинар)(?:ы(?!\s+(?:өтті|өткізілді|ұйымдастырылды))|ов|ах|ам|ами|лар[\p{L}]*|дар[\p{L}]*)(?![\p{L}])/iu,
  report_hearing: /(?<![\p{L}])(?:отч[её]т(?:ы|ов|ах|ам|ами)|есептер[\p{L}]*|информаци[ия]\s+(?:[\p{L}]+\s+)?руководител(?:ей|ям))(?![\p{L}])/iu,
  memorandum: /(?<![\p{L}])(?:меморандум(?:ы|ов|ах|ам|ами)|меморандумдар[\p{L}]*)(?![\p{L}])/iu,
  dialog_platform: /(?<![\p{L}])(?:диалог(?:тық)?\s+алаңдар[\p{L}]*|диалогов(?:ые|ых|ыми)\s+площадк[\p{L}]*|диалоговых\s+площадок)(?![\p{L}])/iu,
  round_table: /(?<![\p{L}])(?:кругл(?:ые|ых|ым|ыми)\s+стол(?:ы|ов|ах|ам|ами)|дөңгелек\s+үстелдер[\p{L}]*)(?![\p{L}])/iu,
  // The Russian plural is the one hearing's name (SINGULAR): only the Kazakh plural tells more than one, and a Russian
  // sentence saying none were held ("Общественные слушания не проводились") contradicts the one dated.
  public_hearing: /(?<![\p{L}])(?:(?:қоғамдық|жария|көпшілік)\s+тыңдаулар[\p{L}]*|(?:общественн|публичн)[\p{L}]*\s+слушани[\p{L}]*(?:\s+[\p{L}]+){0,4}?\s+не\s+(?:проводил|состоял|организов|было)[\p{L}]*)(?![\p{L}])/iu,
};

/**
 * A line that tells one event of its kind with its day, closed by its stop and counting nothing: "Круглый стол «Доступная
 * среда» – 19 сентября.", "«Таза қала» дөңгелек үстелі 2025 жылғы 12 наурызда өтті." The dashes under it tell its details
 * ("- 25 участников;", "- 3 рекомендации."), never events of its kind. Not public hearings, whose Russian name is plural for one.
 */
export function isOneDatedEvent(line: string, type: ReportActivity['type'], year: number | undefined): boolean {
  const singular = SINGULAR[type];
  const plural = PLURAL[type];
  const text = line.trim();
  if (singular === undefined || type === 'public_hearing' || !/[.!]$/u.test(text) || !singular.test(text) || plural?.test(text)) return false;
  return parseDatePhrase(text, year) !== null && findCounts(maskNeverCounts(text)).length === 0;
}

/** How many came to the event ("оған 70-ке жуық адам қатысты", "приняли участие около 70 жителей"): attendance, no count of events. */
// Only with a verb of attending: "семинар для 25 участников" is the event's size, a count the grammar may not read.
const ATTENDANCE = /(?<![\p{L}])(?:қатысты|қатысқан|принял[аио]?\s+участие|участвовал[аио]?|присутствовал[аио]?)(?![\p{L}])/iu;
/** "с участием 46 человек", "с участием около 90 жителей": the people right after, those who came. */
const WITH_PRESENCE_OF = /(?<![\p{L}])с\s+участием\s+(?:(?:около|более|свыше|порядка)\s+)?$/iu;
const PEOPLE_AFTER = /^(?:-?[\p{L}]{0,3})?\s+(?:(?:жуық|шамасында|астам)\s+)?(?:адам|тұрғын|қатысушы|человек|жител|участник|граждан|член)/iu;
/**
 * What the public brought to the event, received ("поступило 23 предложения", "высказано 7 замечаний", "12 ұсыныс
 * түсті"): like those who came, the hearing's input, no count of events. Not what the council made of it ("выработано 5
 * рекомендаций"), a number the sentence may mean otherwise.
 */
const RECEIVED = /(?<![\p{L}])(?:поступил[аио]?|внесен[оы]?|высказан[оы]?|түсті|түскен|айтылды|енгізілді)(?![\p{L}])/iu;
const INPUT_AFTER = /^(?:-?[\p{L}]{0,3})?\s+(?:предложени|замечани|ұсыныс|ескерту|пікір)/iu;
/** "(62 участника)", "(около 40 жителей)", "(45 адам)": those who came, in a bracket right after the event. */
const IN_BRACKET = /\(\s*(?:(?:около|более|свыше|порядка|шамамен)\s+)?$/iu;
/** "отчет одного отдела", "бір бөлімнің есебі": the one body heard at the one hearing, no count of hearings. */
const ONE_BODY_AFTER = /^(?:-?[\p{L}]{0,3})?\s+(?:отдел|управлени|бөлім|басқарм)/iu;
/**
 * What a programme heard of brought about: "(выделено 112 млн тенге, создано 46 рабочих мест)", "48 жаңа жұмыс орны ашылды" —
 * jobs, never a count of events.
 */
const JOBS_AFTER = /^(?:-?[\p{L}]{0,3})?\s+(?:(?:новых|постоянных|временных|жаңа|тұрақты|уақытша)\s+)?(?:рабоч(?:их|ее|ие)\s+мест|жұмыс\s+орн)/iu;
/** The counts of a sentence other than its attendance, the proposals it received and the jobs a programme made. */
const countsBesidesAttendance = (sentence: string) => {
  const masked = maskNeverCounts(sentence);
  return findCounts(masked).filter((c) => !((ATTENDANCE.test(sentence) || WITH_PRESENCE_OF.test(masked.slice(0, c.start)) || IN_BRACKET.test(masked.slice(0, c.start))) && PEOPLE_AFTER.test(masked.slice(c.end))) && !(RECEIVED.test(sentence) && INPUT_AFTER.test(masked.slice(c.end))) && !(c.value === 1 && ONE_BODY_AFTER.test(masked.slice(c.end))) && !JOBS_AFTER.test(masked.slice(c.end)));
};

/** The sentence tells the event as one among others: "в том числе", "в частности", "одним из", "оның ішінде", "бірі". */
export const ONE_AMONG = /(?<![\p{L}])(?:в\s+том\s+числе|в\s+частности|например|в\s+числе|среди|одн(?:им|ой|ого|о)\s+из|(?:оның|соның)\s+ішінде|атап\s+айтқанда|мысалы|бірі)(?![\p{L}])/iu;

/**
 * The event held on several drafts at once ("общественные слушания по проектам правил благоустройства и бюджета", "жобалары
 * бойынша тыңдау"): one date may tell a hearing on each, how many the sentence does not say.
 */
const SEVERAL_DRAFTS = /(?<![\p{L}])(?:по\s+(?:[\p{L}]+\s+)?проектам|жобалары\s+бойынша)(?![\p{L}])/iu;

/** A report hearing of one district department or authority: "отчёт руководителя ГУ «Отдел образования …»". */
// Its head named by the post, the department in lower case: "заслушан отчёт руководителя отдела занятости …", "отчёт
// начальника районного отдела образования".
// The Kazakh department in quotes with its legal form before its head: "«Ырғыз ауданының білім бөлімі» ММ басшысының",
// "«… бөлімі» мемлекеттік мекемесінің басшысы" (set 146).
const DEPARTMENT = /(?:ГУ|государственного\s+учреждения)?\s*«\s*(?:Отдел|Управлени[ея])(?![\p{L}])|(?<![\p{L}])(?:бөлім|басқарма)(?:і|ы)?(?:нің|ның)?(?:\s*»\s*(?:К?ММ|ГУ|мемлекеттік\s+мекеме(?:сі|сінің)?)(?![\p{L}]))?\s+басшы|(?<![\p{L}])отч[её]т\s+(?:руководител|начальник)[\p{L}]*\s+(?:районного\s+|городского\s+)?(?:отдела|управления)(?![\p{L}])/u;

/**
 * A department's report named in the singular without its head ("Аудандық жер қатынастары бөлімінің есебі тыңдалды",
 * "заслушан отчёт районного отдела образования"), when no other body is named beside it (a subordinate, a company, an akim).
 */
const DEPARTMENT_REPORT = /(?<![\p{L}])(?:бөлім|басқарма)(?:і|ы)?(?:нің|ның)\s+есеб[іи]|(?<![\p{L}])отч[её]т\s+(?:районного\s+|городского\s+)?(?:отдела|управления)(?![\p{L}])/iu;
const OTHER_BODY = /(?:ШЖҚ|КМК|ГККП|КГП|ТОО|ЖШС|подведомств|ведомстволық|(?<![\p{L}])әкім(?!д)|(?<![\p{L}])аким(?!ат))/u;
const ofDepartment = (sentence: string) => DEPARTMENT.test(sentence) || (DEPARTMENT_REPORT.test(sentence) && !OTHER_BODY.test(sentence));

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
  const inCommission = commissionSections(lines);
  for (const [type, singular] of Object.entries(SINGULAR) as [ReportActivity['type'], RegExp][]) {
    const metric = ACTIVITY_PHRASES.find((p) => p.type === type)?.metric;
    if (!metric || stated(metric)) continue;
    const ofType = activities.filter((a) => a.type === type);
    if (ofType.length === 0 || ofType.some((a) => a.date_start === null || a.line !== ofType[0].line)) continue;
    // Several events of the kind dated in one sentence that names it in the plural and counts nothing: "Круглые столы
    // состоялись 20 марта («…») и 16 июля («…»)", "Дөңгелек үстелдер 3 сәуірде және 18 маусымда өтті" — as many as its days.
    const noun = ofType.length === 1 ? singular : PLURAL[type];
    if (noun === undefined || (ofType.length > 1 && type === 'report_hearing')) continue;
    // "3. Заңдылық … комиссиясы (төрағасы – …)" / "… дөңгелек үстел ұйымдастырылды": one commission's own event, a part of
    // the council's work, never the council's count (set 17, Zhanaarka).
    if (ofType.some((a) => inCommission.has(a.line - 1))) continue;
    // "МАЙ" / "27 мая – обучающий семинар …": an entry of a chronicle told month by month records its day, and counts
    // nothing — a chronicle with no total states no count of its kinds (a complete bulleted diary is readDiaryCounts').
    if (ofType.some((a) => isChronicleEntry(lines, a.line - 1))) continue;
    const line = lines[ofType[0].line - 1] ?? '';
    // Told as done, with its verb ("организован", "заслушан", "өткізілді"): a title with its date ("Круглый стол «…» – 11
    // марта") may head a list or a plan. A sentence its date opens on this line may wrap over the next lines of a
    // plain-text letter ("Сонымен қатар, сәуірдің" / "25-інде … диалог алаңы өтті, …"): read whole.
    const told = (text: string) => {
      const named = sentencesOf(text).filter((s) => noun.test(s.text) && !namesKindsOnly(s.text));
      // Several events: the one sentence of the line that names the kind holds them all.
      if (ofType.length > 1 && named.length !== 1) return undefined;
      return named.find((s) => HELD_VERBS.test(s.text) || (ofType.length === 1 && titledDayAlone(s.text, lines, ofType[0].line - 1)))?.text;
    };
    const sentence = told(line) ?? told(wrappedFrom(lines, ofType[0].line - 1));
    // The event's own sentence: its date is its only number besides those who came (a count near the noun is for the
    // grammar to read; "один круглый стол" it read already).
    if (sentence === undefined || countsBesidesAttendance(sentence).length > 0 || ONE_AMONG.test(sentence) || SEVERAL_DRAFTS.test(sentence)) continue;
    // Another sentence naming the kind in the plural: the report tells of more than the one dated.
    const plural = PLURAL[type];
    const namesPlural = (l: string) => sentencesOf(l).some((s) => plural!.test(s.text) && !namesKindsOnly(s.text));
    if (plural !== undefined && lines.some((l, k) => namesPlural(k === ofType[0].line - 1 ? l.replace(sentence, '') : l))) continue;
    const found = { metric, value: ofType.length, line: ofType[0].line, text: tidy(sentence).slice(0, 300) };
    // "Членов Совета пригласили на обучающий семинар, который провёл Общественный совет ВКО": another's event, a candidate.
    if (invitedToEvent(sentence)) {
      candidates.push({ ...found, why: 'the council\'s members were invited to the event: another body\'s, not one the council held' });
      continue;
    }
    out.push(found);
    if (type === 'report_hearing' && ofDepartment(sentence) && !stated('departments_heard')) out.push({ ...found, metric: 'departments_heard' });
  }
  return out;
}

/**
 * The names of kinds of events, each in any number, and what joins them in a heading: "5. Публичные слушания, круглые
 * столы, семинары.", "Круглые столы и слушания.", "5. Қоғамдық тыңдаулар, дөңгелек үстелдер, диалог алаңдары".
 */
// "4. Заслушивание отчётов.", "3. Есептерді тыңдау": a section of hearings named by its deed.
const KIND_NAME = /(?:заслушивани[\p{L}]*|есептер[\p{L}]*)\s+(?:отч[её]т[\p{L}]*|тыңдау[\p{L}]*)|(?:(?:общественн|публичн|обучающ|кругл|диалогов|выездн)[\p{L}]*\s+)?(?:слушани|стол|площадк|площадок|семинар|тренинг|вебинар|мониторинг|меморандум|встреч|мероприяти)[\p{L}]*|(?:(?:қоғамдық|жария|көпшілік|дөңгелек|диалог(?:тық)?|оқыту)\s+)?(?:тыңдау|үстел|алаң|семинар|тренинг|мониторинг|меморандум|кездесу|іс-шара)[\p{L}]*|(?:иные|другие|прочие|басқа)(?=\s)/giu;
const HEADING_GLUE = /(?:(?<![\p{L}])(?:и|а\s+также|мен|бен|пен|және)(?![\p{L}])|[\dIVXІ.,;:/()\s–—-])+/gu;
/**
 * A sentence that only names kinds of events, a section's heading run into its paragraph or set above it: its plurals
 * name the section's subject, never events of it beside the one dated below.
 */
function namesKindsOnly(sentence: string): boolean {
  return sentence.replace(KIND_NAME, ' ').replace(HEADING_GLUE, '') === '';
}

/**
 * One event told as its kind, its quoted title, a dash and its one day, closed by a stop, with no verb: "Круглый стол
 * «Безопасность туристов на озере» – 19 сентября.", "«Жастар және еңбек» дөңгелек үстелі – 2025 жылғы 12 наурыз." A
 * paragraph's sentence that tells the event held. Not a title that heads a list (an item under it) or stands in a plan's
 * section: those are held by no verb either.
 */
function titledDayAlone(sentence: string, lines: string[], at: number): boolean {
  if (!TITLED_DAY.test(maskNeverCounts(sentence)) || !/\.\s*$/u.test(sentence) || PLAN_WORD.test(sentence)) return false;
  let next = at + 1;
  while (next < lines.length && lines[next].trim() === '') next++;
  if (next < lines.length && LIST_ITEM.test(lines[next])) return false;
  return !statesNothingSections(lines).plan.has(at);
}

const QUOTED = '(?:«[^»]{3,200}»|"[^"]{3,200}"|“[^”]{3,200}”)';
/** The kind in the singular and its title in either order, a dash, one masked day ("г."/"ж." at most), the stop. */
// One word names a kind too: "Семинар «…» – 14.05.2025 г.", "«…» семинары – 14 мамыр.".
const TITLED_DAY = new RegExp(`^\\s*(?:[\\p{L}]+(?:\\s+[\\p{L}]+){0,2}\\s*${QUOTED}|${QUOTED}\\s*[\\p{L}]+(?:\\s+[\\p{L}]+)?)\\s*[-–—]\\s*\uE000[\uE000\\s]*(?:(?:г|ж)\\.)?\\s*\\.?\\s*$`, 'u');
const PLAN_WORD = /планир|запланир|будет|предстоит|жоспарлан|өткізіледі|алдағы/iu;
const LIST_ITEM = /^\s*(?:\d{1,3}[.)](?!\d)|[•·▪◦*]|[-–—]\s)/u;

/** A line and the lines its last sentence wraps onto, up to its end or a blank line (at most three more). */
function wrappedFrom(lines: string[], at: number): string {
  const out = [lines[at] ?? ''];
  for (let k = at + 1; k < lines.length && k <= at + 3 && lines[k].trim() !== '' && !/[.!?]\s*$/u.test(out[out.length - 1]); k++) out.push(lines[k].trim());
  return out.join(' ');
}
