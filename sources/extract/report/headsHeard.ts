import { findCounts } from '../grammar/findCounts.ts';
import { matchesOf } from '../grammar/matchesOf.ts';
import { maskNeverCounts } from '../maskNeverCounts.ts';
import { tidy } from '../toLines.ts';
import { ONE_AMONG } from './singleEvents.ts';
import type { ReportActivity, ReportCandidate, ReportFigure } from '../types.ts';

/**
 * The reports heard, in the plural, then each head named in the singular, joined by "и" or a comma: "заслушаны отчеты
 * руководителя отдела образования и руководителя отдела ЖКХ, ПТ и АД района", "заслушаны отчёты начальника …,
 * директора …". The heads are the text after the noun up to the clause's end.
 */
const RU_HEARD = /(?<![\p{L}])(?:заслушаны|заслушали|заслушал)\s+(?:[\p{L}]+\s+)?(?:отч[её]ты|информаци[юя])\s+(.+?)(?=[;.]|$)/iu;

/**
 * Each head named before "есептері тыңдалды" in Kazakh: "білім бөлімінің басшысы мен ТКШ бөлімінің басшысының есептері
 * тыңдалды". The heads are the clause before the noun, from its last stop or colon.
 */
const KK_HEARD = /(?:^|[:;.]\s*)([^:;.]+?)\s+есептер[\p{L}]*\s+тыңдал[\p{L}]*/iu;

/** A head in the singular: "руководителя", "начальника", "директора", "акима"; "басшысы", "басшысының", "әкімінің". */
const HEAD_RU = /(?<![\p{L}])(?:руководител[яю]|начальник[ау]|директор[ау]|аким[ау])(?![\p{L}])/giu;
const HEAD_KK = /(?<![\p{L}])(?:басшыс[\p{L}]*|әкім(?:і|інің)|директор(?:ы|ының))(?![\p{L}])/giu;

/** Heads in the plural, or other persons than heads: the heads named are not all the reports heard. */
const PLURAL_HEADS = /(?<![\p{L}])(?:руководител(?:ей|ям|и)|начальник(?:ов|и)|директор(?:ов|ам)|аким(?:ов|ы)|заместител[\p{L}]*|басшылар[\p{L}]*|басшыларының|орынбасар[\p{L}]*|әкімдер[\p{L}]*)(?![\p{L}])/iu;

/** The words right before the next head in Russian: "и" or a comma ("… отдела образования и руководителя …"). */
const JOINED_RU = /(?:,|\sи)\s*$/u;

/** A head of a district department or administration: "отдела", "управления"; "бөлімінің", "басқармасының". */
const DEPARTMENT_RU = /^\s*(?:государственного\s+учреждения\s+|ГУ\s+)?«?\s*(?:отдел[ау]?|управлени[яе])(?![\p{L}])/iu;
const DEPARTMENT_KK = /(?<![\p{L}])(?:бөлім|басқарма)[\p{L}]*\s+$/iu;

/** Heads heard "as well as" others: "а также", "сондай-ақ" (one among others: singleEvents' ONE_AMONG). */
const WITH_OTHERS = /(?<![\p{L}])(?:а\s+также|сондай-ақ)(?![\p{L}])/iu;

export interface HeadsHeard {
  /** Each head's words, as the text names them ("руководителя отдела образования"). */
  heads: string[];
  /** The heads that lead a district department or administration, when every head does; else 0. */
  departments: number;
}

/**
 * The heads a clause of hearings names one by one, when it names two or more, each in the singular, and nothing else
 * is heard with them: "заслушаны отчеты руководителя отдела образования и руководителя отдела ЖКХ" is two heads, two
 * departments. Null when the clause holds a count ("заслушаны отчеты 2 руководителей" is the grammar's), a head in the
 * plural or a deputy, or tells the heads as some among others.
 */
export function headsHeardIn(text: string): HeadsHeard | null {
  const flat = tidy(text);
  if (ONE_AMONG.test(flat) || WITH_OTHERS.test(flat)) return null;
  const ru = RU_HEARD.exec(flat);
  const kk = ru === null ? KK_HEARD.exec(flat) : null;
  const clause = ru?.[1] ?? kk?.[1];
  if (clause === undefined || PLURAL_HEADS.test(clause) || findCounts(maskNeverCounts(clause)).length > 0) return null;
  const found = matchesOf(clause, ru !== null ? HEAD_RU : HEAD_KK);
  if (found.length < 2) return null;
  if (ru !== null) {
    // The clause opens with its first head, and each next head comes after "и" or a comma.
    if (clause.slice(0, found[0].index).trim() !== '') return null;
    for (let k = 1; k < found.length; k++) if (!JOINED_RU.test(clause.slice(found[k - 1].index + found[k - 1][0].length, found[k].index))) return null;
    const heads = found.map((m, k) => clause.slice(m.index, found[k + 1]?.index ?? clause.length).replace(/[\s,]+(?:и\s*)?$/u, '').trim());
    const departments = heads.every((h) => DEPARTMENT_RU.test(h.slice(h.search(/\s/u) + 1))) ? heads.length : 0;
    return { heads, departments };
  }
  // Kazakh: each head after its body, the heads joined by "мен", "және" or a comma.
  const heads = found.map((m, k) => clause.slice(k === 0 ? 0 : found[k - 1].index + found[k - 1][0].length, m.index + m[0].length).replace(/^[\s,]*(?:(?:мен|және)\s+)?/u, '').trim());
  for (let k = 1; k < found.length; k++) if (!/(?:,|\s(?:мен|және))\s/u.test(clause.slice(found[k - 1].index + found[k - 1][0].length, found[k].index) + ' ')) return null;
  const departments = found.every((m, k) => DEPARTMENT_KK.test(clause.slice(k === 0 ? 0 : found[k - 1].index + found[k - 1][0].length, m.index))) ? heads.length : 0;
  return { heads, departments };
}

/**
 * One dated hearing told by the heads it heard, each named ("Заседание Совета (25 сентября): заслушаны отчеты
 * руководителя отдела образования и руководителя отдела ЖКХ", "… бөлімінің басшысы мен … бөлімінің басшысының есептері
 * тыңдалды"), where the report states no count of hearings: as many hearings as heads on that date, and as many
 * departments heard when each head leads one. Only when the report tells no other hearing (one activity of the kind)
 * and states no figure nor candidate of it; the activity is split into one per head.
 */
export function readHeadsHeard(activities: ReportActivity[], figures: ReportFigure[], candidates: ReportCandidate[]): { activities: ReportActivity[]; figures: ReportFigure[] } {
  const none = { activities, figures: [] };
  const stated = (metric: string) => [...figures, ...candidates].some((f) => f.metric === metric);
  if (stated('report_hearings')) return none;
  const hearings = activities.filter((a) => a.type === 'report_hearing');
  if (hearings.length !== 1 || hearings[0].date_start === null) return none;
  const heard = headsHeardIn(hearings[0].title);
  if (heard === null) return none;
  const found = { metric: 'report_hearings' as const, value: heard.heads.length, line: hearings[0].line, text: tidy(hearings[0].title).slice(0, 300) };
  const out: ReportFigure[] = [found];
  if (heard.departments > 0 && !stated('departments_heard')) out.push({ ...found, metric: 'departments_heard', value: heard.departments });
  const split = heard.heads.map((h) => ({ ...hearings[0], title: h.slice(0, 300) }));
  return { activities: activities.flatMap((a) => (a === hearings[0] ? split : [a])), figures: out };
}
