import { matchesOf } from '../grammar/matchesOf.ts';
import { sentencesOf } from '../grammar/sentencesOf.ts';
import { parseDatePhrase } from '../parseDatePhrase.ts';
import { tidy } from '../toLines.ts';
import type { ReportActivity, ReportCandidate, ReportFigure } from '../types.ts';
import { bodyKindOf } from './bodyKindOf.ts';
import { runningLines } from './runningLines.ts';

/** A verb of a head heard or reporting: "выслушал", "заслушан", "отчитывался", "выступил", "был приглашён", "отчёт руководителя"; "есебін тыңдады", "есеп берді". */
const HEARD_VERB = /(?<![\p{L}])(?:выслушал[\p{L}]*|заслушал[\p{L}]*|заслушан[\p{L}]*|отчитыва[\p{L}]*|отчитал[\p{L}]*|выступил[\p{L}]*|приглаш[её]н[\p{L}]*|отч[её]т\s+руководител[\p{L}]*|тыңдады|тыңдалды|есеп\s+берді)(?![\p{L}])/iu;

/**
 * A head in the singular and the body after it, up to what the head spoke about: "руководителя отдела образования города
 * Павлодара", "директор ГКП на ПХВ «Горкомхоз-Павлодар»"; Kazakh "білім бөлімінің басшысы" is read by its body first.
 */
const HEAD = /(?<![\p{L}])(?:руководител[ьяю]|директор(?:а|у)?|начальник(?:а|у)?)\s+((?:[\p{L}-]+\s+){0,2}?(?:отдел[ау]?|управлени[яе]|ГКП|КГП|ГУ|КГУ|филиал[ау]?)(?![\p{L}])[^.;:,–—()]*)/gu;
const HEAD_KK = /([\p{L}-]+\s+(?:[\p{L}-]+\s+){0,2}?(?:бөлім|басқарма|МКК|КМК)[\p{L}]*)\s+(?:басшы|директор)[\p{L}]*/gu;

/** Where a body's name ends and what the head said begins: "о ходе …", "был приглашён", "– о подготовке", "города …". */
const BODY_END = /\s(?:о|об|по|был[аои]?|перед|на|города|района|г\.)\s.*$|\s[-–—].*$/u;

/**
 * Heads heard told one by one, a sentence of each meeting with its date, and no count of them anywhere: "На февральском
 * заседании (20 февраля) Совет выслушал руководителя отдела образования …. В марте (27 марта) отчитывался руководитель
 * отдела жилищно-коммунального хозяйства …. 24 апреля перед членами Совета выступил руководитель отдела занятости …. …
 * 23 октября руководитель отдела жилищно-коммунального хозяйства был приглашён повторно …, а вслед за ним … отчитался
 * руководитель отдела предпринимательства …", "20 ақпанда Кеңес білім бөлімінің басшысын тыңдады. …". One hearing per
 * head (a head heard twice is two hearings, one department), one activity each on its sentence's date. Only a paragraph
 * of three or more such sentences, each dated to a day and with its verb of hearing; the departments and subordinate
 * organisations heard when every body's kind is told (a branch of a state corporation is of neither kind), the
 * departments counted once each.
 */
export function readHeadsOneByOne(lines: string[], year: number | undefined, activities: ReportActivity[], figures: ReportFigure[], candidates: ReportCandidate[]): { activities: ReportActivity[]; figures: ReportFigure[] } {
  const stated = (metric: string) => [...figures, ...candidates].some((f) => f.metric === metric);
  const none = { activities: [], figures: [] };
  if (stated('report_hearings') || activities.some((a) => a.type === 'report_hearing')) return none;
  for (const unit of runningLines(lines, new Set())) {
    const heard: { body: string; date: string; line: number }[] = [];
    let told = 0;
    for (const sentence of sentencesOf(unit.text)) {
      const bodies = [...matchesOf(sentence.text, HEAD), ...matchesOf(sentence.text, HEAD_KK)].map((m) => m[1]);
      if (bodies.length === 0 || !HEARD_VERB.test(sentence.text)) continue;
      const date = parseDatePhrase(sentence.text, year);
      if (date === null || date.start !== date.end || !/\d/u.test(sentence.text)) return none;
      told++;
      const line = unit.first + unit.starts.filter((s) => s <= sentence.start).length;
      // The body's name only: what the head spoke of ("о ходе строительства школы …") names other bodies.
      for (const body of bodies) heard.push({ body: tidy(body).replace(BODY_END, ''), date: date.start, line });
    }
    if (told < 3) continue;
    const kinds = heard.map((h) => (/филиал|корпораци/iu.test(h.body) ? 'other' : bodyKindOf(h.body)));
    const first = heard[0].line;
    const text = tidy(unit.text).slice(0, 300);
    const out: ReportFigure[] = [{ metric: 'report_hearings', value: heard.length, line: first, text }];
    if (!kinds.includes(null)) {
      const departments = new Set(heard.filter((_, k) => kinds[k] === 'department').map((h) => h.body.toLowerCase()));
      const subordinate = kinds.filter((k) => k === 'subordinate').length;
      if (departments.size > 0 && !stated('departments_heard')) out.push({ metric: 'departments_heard', value: departments.size, line: first, text });
      if (subordinate > 0 && !stated('subordinate_orgs_heard')) out.push({ metric: 'subordinate_orgs_heard', value: subordinate, line: first, text });
    }
    const found: ReportActivity[] = heard.map((h) => ({ type: 'report_hearing', title: h.body.slice(0, 300), date_start: h.date, date_end: h.date, line: h.line }));
    return { activities: found, figures: out };
  }
  return none;
}
