import { matchesOf } from '../grammar/matchesOf.ts';
import { sentencesOf } from '../grammar/sentencesOf.ts';
import { parseDatePhrase } from '../parseDatePhrase.ts';
import { tidy } from '../toLines.ts';
import type { ReportActivity, ReportCandidate, ReportFigure } from '../types.ts';
import { bodyKindOf } from './bodyKindOf.ts';
import { datedBodiesHeard } from './datedBodiesHeard.ts';
import { runningLines } from './runningLines.ts';

/** A verb of a head heard or reporting: "выслушал", "заслушан", "отчитывался", "выступил", "был приглашён", "отчёт руководителя"; "есебін тыңдады", "есеп берді". */
// "слушали отчёт директора филиала …": the council's plain verb of hearing too; "отчёт о … представил руководитель …",
// "… туралы баяндады", "… жөнінде ақпарат берді": the head's own verb of reporting.
const HEARD_VERB = /(?<![\p{L}])(?:выслушал[\p{L}]*|заслушал[\p{L}]*|заслушан[\p{L}]*|слушали|отчитыва[\p{L}]*|отчитал[\p{L}]*|выступил[\p{L}]*|приглаш[её]н[\p{L}]*|отч[её]т\s+руководител[\p{L}]*|отч[её]т[^.;]{0,80}?\sпредставил[\p{L}]*|тыңдады|тыңдалды|тыңдалған|(?:есеп|ақпарат)\s+берді|баяндады)(?![\p{L}])/iu;

/**
 * A sentence of an event that is not the council's own hearing held: one planned ("планируется заслушать",
 * "жоспарланған"), one other bodies held that members attended ("приняли участие в сессии маслихата", "мәслихат
 * сессиясына қатысты"), a head asked to report by a deadline ("представить отчёт до 20 декабря", "… дейін").
 */
const NOT_OURS = /(?<![\p{L}])(?:планир[\p{L}]*|предстоит|будет|будут|жоспар[\p{L}]*|алдағы|приняли\s+участие|принял[аи]?\s+участие|участвовал[\p{L}]*|қатысты|қатысып|до\s+\d|в\s+срок)(?![\p{L}])|\d[^.;]{0,24}?(?<![\p{L}])дейін(?![\p{L}])/iu;

/**
 * A head in the singular and the body after it, up to what the head spoke about: "руководителя отдела образования города
 * Павлодара", "директор ГКП на ПХВ «Горкомхоз-Павлодар»"; Kazakh "білім бөлімінің басшысы" is read by its body first.
 */
const HEAD = /(?<![\p{L}])(?:[Рр]уководител[ьяю]|[Дд]иректор(?:а|у)?|[Нн]ачальник(?:а|у)?)\s+((?:[\p{L}-]+\s+){0,2}?(?:отдел[ау]?|управлени[яе]|ГКП|КГП|ГУ|КГУ|ТОО|АО|НАО|филиал[ау]?)(?![\p{L}])[^.;:,–—()]*)/gu;
// A quoted name before its legal form: "«Жылу» МКК директоры".
const HEAD_KK = /((?:[\p{L}-]+|«[^«»]{1,60}»)\s+(?:[\p{L}-]+\s+){0,2}?(?:бөлім|басқарма|МКК|КМК)[\p{L}]*)\s+(?:басшы|директор)[\p{L}]*/gu;

/**
 * An akim heard, with the district, town or okrug he heads, the word kept as the body's own (an akim is of no kind
 * counted): "аким Ордабасинского района", "информация акима Мадениетского сельского округа"; "Шолаққорған ауылдық
 * округінің әкімі" — not "аудан әкімдігінің …" (the akimat that owns a department).
 */
const HEAD_AKIM = /(?<![\p{L}])([Аа]ким[ау]?\s+(?:[\p{L}-]+\s+){0,2}?(?:района|города|округа|посёлка|поселка|села)(?![\p{L}]))/gu;
const HEAD_AKIM_KK = /(?<![\p{L}-])((?:[\p{L}-]+\s+){1,2}?(?:округ|аудан|қала|кент|ауыл)[\p{L}]*\s+әкім(?:і|ін|іні|інің)(?![\p{L}]))/gu;

/** Where a body's name ends and what the head said begins: "о ходе …", "был приглашён", "– о подготовке", "города …". */
const BODY_END = /\s(?:о|об|по|был[аои]?|перед|на|города|района|области|г\.)\s.*$|\s[-–—].*$/u;

/** A head heard: the body he leads, the day and the line of his sentence. */
interface Heard {
  body: string;
  date: string;
  line: number;
  /** Told as the body itself after its day (datedBodiesHeard), no head named. */
  bodyOnly?: boolean;
}

/**
 * Heads heard told one by one, a sentence of each meeting with its date, and no count of them anywhere: "На февральском
 * заседании (20 февраля) Совет выслушал руководителя отдела образования …. В марте (27 марта) отчитывался руководитель
 * отдела жилищно-коммунального хозяйства …. 24 апреля перед членами Совета выступил руководитель отдела занятости …. …
 * 23 октября руководитель отдела жилищно-коммунального хозяйства был приглашён повторно …, а вслед за ним … отчитался
 * руководитель отдела предпринимательства …", "20 ақпанда Кеңес білім бөлімінің басшысын тыңдады. …". One hearing per
 * head (a head heard twice is two hearings, one department), one activity each on its sentence's date. Only a paragraph
 * of three or more such sentences, each dated to a day and with its verb of hearing; the departments and subordinate
 * organisations heard when every body's kind is told (a branch of a state corporation is of neither kind), the
 * departments counted once each. A count of hearings stated elsewhere ("Заслушано шесть отчётов" in the year's summary):
 * the heads told across all the report's paragraphs are its events (and give the kinds) only when exactly that many.
 */
export function readHeadsOneByOne(lines: string[], year: number | undefined, activities: ReportActivity[], figures: ReportFigure[], candidates: ReportCandidate[]): { activities: ReportActivity[]; figures: ReportFigure[] } {
  const stated = (metric: string) => [...figures, ...candidates].some((f) => f.metric === metric);
  const none = { activities, figures: [] };
  // A hearing another reader took from one of these sentences ("18 июня … была заслушана информация акима …") is one of
  // the heads told: the heads replace it. A hearing read from anywhere else is another telling: none is read.
  const own = activities.filter((a) => a.type === 'report_hearing');
  const read = (found: { heard: Heard[] }, figuresOf: () => ReportFigure[]) => {
    if (!own.every((a) => found.heard.some((h) => h.line === a.line && h.date === a.date_start))) return none;
    const heard = eventsOf(found.heard);
    return { activities: [...activities.filter((a) => !own.includes(a)), ...heard], figures: figuresOf() };
  };
  const units = runningLines(lines, new Set());
  const count = figures.find((f) => f.metric === 'report_hearings');
  if (stated('report_hearings')) {
    // "Заслушано шесть отчётов" in the year's summary, the six told season by season above it ("Год Совет начал 23 января
    // с заседания, на котором … заслушал руководителя ГУ «Отдел …». … 10 апреля … выступил начальник управления полиции
    // района …, а 24 апреля — руководитель ГУ «Отдел образования …»"): the heads told across the report are the hearings'
    // events when they are exactly the count stated.
    // Two told for a count of two ("Есептерді тыңдау – 2" over "18 ақпанда … бөлімінің, 25 наурызда … бөлімінің есебі
    // тыңдалды") meet it as surely as three for three: the count stated is the check.
    const all = count === undefined || count.value < 2 ? null : headsHeardIn(units, year);
    return all === null || all.heard.length !== count!.value || all.told < Math.min(3, count!.value) ? none : read(all, () => kindFigures(all.heard, count!.text, stated, false));
  }
  // A hearing another reader took from one of the sentences told is replaced by them (read): none is read when it is not.
  for (const unit of units) {
    const found = headsHeardIn([unit], year);
    if (found === null) return none;
    if (found.told < 3) continue;
    // Bodies told each after its day with no count anywhere (held-out 45's "Ақпанның 19-ында … бөлімінің, наурыздың 26-сында
    // … есеп берді" in one sentence): the hearings are events; their count and kinds, written nowhere, are the reader's —
    // candidates for a person to confirm.
    if (found.heard.some((h) => h.bodyOnly)) {
      const counted = kindFigures(found.heard, tidy(unit.text).slice(0, 300), stated, true);
      candidates.push(...counted.map((f) => ({ ...f, why: COUNTED_FROM_BODIES })));
      return read(found, () => []);
    }
    return read(found, () => kindFigures(found.heard, tidy(unit.text).slice(0, 300), stated, true));
  }
  return none;
}

/**
 * The heads heard in the units' sentences, each with the day told before it in its sentence ("10 апреля … выступил
 * начальник …, а 24 апреля — руководитель …"), and how many sentences told them; null when a sentence tells a head heard
 * without a day (the heads are not all dated: none is read).
 */
function headsHeardIn(units: { text: string; first: number; starts: number[] }[], year: number | undefined): { heard: Heard[]; told: number } | null {
  const heard: Heard[] = [];
  let told = 0;
  for (const unit of units) {
    for (const sentence of sentencesOf(unit.text)) {
      // The verb first: the heads' patterns are the costlier, and most sentences hear no one.
      if (!HEARD_VERB.test(sentence.text) || NOT_OURS.test(sentence.text)) continue;
      const line = unit.first + unit.starts.filter((s) => s <= sentence.start).length;
      const heads = [HEAD, HEAD_KK, HEAD_AKIM, HEAD_AKIM_KK].flatMap((p) => matchesOf(sentence.text, p)).sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
      // "23 сәуірде … округінің әкімі, 18 маусымда аудандық білім бөлімі тыңдалды": each day with the body after it, the
      // body itself the one heard or reporting, with no head named — a sentence of one day and one head is the heads' own.
      const bodies = datedBodiesHeard(sentence.text, year);
      if (bodies !== null && (bodies.length > 1 || heads.length === 0)) {
        // A sentence of three days and bodies is as strong as three sentences of one each.
        told += bodies.length;
        for (const b of bodies) {
          if (year !== undefined && b.date.slice(0, 4) !== String(year)) continue;
          heard.push({ body: b.body, date: b.date, line: unit.first + unit.starts.filter((s) => s <= sentence.start + b.at).length, bodyOnly: true });
        }
        continue;
      }
      if (heads.length === 0) continue;
      if (!/\d/u.test(sentence.text)) return null;
      told++;
      for (const [k, head] of heads.entries()) {
        // The day told between the head before and this one, else the sentence's first.
        const from = k === 0 ? 0 : (heads[k - 1].index ?? 0) + heads[k - 1][0].length;
        const date = (k === 0 ? null : parseDatePhrase(sentence.text.slice(from, head.index ?? 0), year)) ?? parseDatePhrase(sentence.text, year);
        if (date === null || date.start !== date.end) return null;
        // Another year's hearing ("2024 жылы … есеп берді") is no event of the report's.
        if (year !== undefined && date.start.slice(0, 4) !== String(year)) continue;
        // The body's name only: what the head spoke of ("о ходе строительства школы …") names other bodies.
        heard.push({ body: tidy(head[1]).replace(BODY_END, ''), date: date.start, line });
      }
    }
  }
  return { heard, told };
}

/** The departments and subordinate organisations among the bodies heard when every body's kind is told; with the count when no other reader stated it. */
function kindFigures(heard: Heard[], text: string, stated: (metric: string) => boolean, withCount: boolean): ReportFigure[] {
  const kinds = heard.map((h) => (/филиал|корпораци/iu.test(h.body) ? 'other' : bodyKindOf(h.body)));
  const first = heard[0].line;
  const out: ReportFigure[] = withCount ? [{ metric: 'report_hearings', value: heard.length, line: first, text }] : [];
  if (!kinds.includes(null)) {
    const departments = new Set(heard.filter((_, k) => kinds[k] === 'department').map((h) => h.body.toLowerCase()));
    const subordinate = kinds.filter((k) => k === 'subordinate').length;
    if (departments.size > 0 && !stated('departments_heard')) out.push({ metric: 'departments_heard', value: departments.size, line: first, text });
    if (subordinate > 0 && !stated('subordinate_orgs_heard')) out.push({ metric: 'subordinate_orgs_heard', value: subordinate, line: first, text });
  }
  return out;
}

const COUNTED_FROM_BODIES = 'the bodies heard told one by one, each after its day, and no count of them written: counted from the sentences — for a person to confirm';

/** The hearings' events, one per head on its sentence's day. */
function eventsOf(heard: Heard[]): ReportActivity[] {
  return heard.map((h) => ({ type: 'report_hearing', title: h.body.slice(0, 300), date_start: h.date, date_end: h.date, line: h.line }));
}
