import { findCounts } from '../grammar/findCounts.ts';
import { activityTypeOf } from './activityLexicon.ts';
import { bodyKindOf, namesDistrictAkimat, namesSubordinate } from './bodyKindOf.ts';
import { heardBodyOf } from './heardBodyOf.ts';
import { tidy } from '../toLines.ts';
import type { ReportActivity, ReportCandidate, ReportFigure } from '../types.ts';

/**
 * The bodies heard listed one an item ("Кеңес отырыстарында … 6 есебі тыңдалды. Олардың ішінде:" / "1) аудандық білім
 * бөлімі;" … "5) Қазталов ауылдық округінің әкімі;"): the departments among them are counted, when every item names one
 * body of a kind told apart — a department, or an akim, an enterprise, an institution — and the list holds as many items
 * as the hearings the text counts, that count introducing the list (else a candidate; the one hearing counted and dated
 * naming a department counts one). An item naming two bodies or
 * none of these, a list of another length, or a count of departments stated (or offered) already: nothing.
 */
export function readDepartmentsListed(lines: string[], activities: ReportActivity[], figures: ReportFigure[], candidates: ReportCandidate[]): ReportFigure[] {
  const hearings = figures.find((f) => f.metric === 'report_hearings');
  if (hearings === undefined || [...figures, ...candidates].some((f) => f.metric === 'departments_heard')) return [];
  const heard = activities.filter((a) => a.type === 'report_hearing');
  if (heard.length !== hearings.value || heard.length < 1) return [];
  // One list: its items a few lines apart, no blank line between (an item wrapped onto the next lines: a department's long
  // name, "ГУ «Отдел жилищно-коммунального хозяйства, пассажирского" / "транспорта и автомобильных дорог …» о подготовке" /
  // "к паводку;", set 183).
  // (A chronicle of every kind, "08.04 – … есебі тыңдалды;" / "15.04 – … мониторинг;" / "13.05 – … есебі тыңдалды;", is no
  // list of the bodies heard: another kind's item between two hearings parts them.)
  const apart = (from: number, to: number) => to <= from || to - from > 5 || lines.slice(from, to - 1).some((l) => l.trim() === '')
    || activities.some((a) => a.type !== 'report_hearing' && a.line > from && a.line < to);
  if (heard.some((a, k) => k > 0 && apart(heard[k - 1].line, a.line))) return [];
  // "16 июля – ГУ «Отдел …» (о строительстве школы …)": the body an item names, its day and topic set aside.
  // A district's akimat heard ("20.08.2026 – акимата Тупкараганского района (о …)", "Хромтау ауданы әкімдігінің есебі
  // тыңдалды", set 181) is a body of its own kind: the district akimats heard.
  const kinds = heard.map((a) => {
    const body = heardBodyOf(a.title);
    const kind = bodyKindOf(body ?? a.title);
    return kind === null && body === null && namesDistrictAkimat(a.title) ? 'district_akimat' : kind;
  });
  // The lead says what they all are: "Тоқсанда 2 есеп тыңдалды, екеуі де басқармаға ведомстволық бағынысты ұйымдардың есебі:"
  // over a КММ and a КМК, "заслушаны 3 отчёта, все – подведомственных организаций:" (set 156): each body of no kind of its own
  // is one of them.
  if (leadSaysAllSubordinate(lines, hearings.line, heard[0].line)) kinds.forEach((k, n) => { if (k === 'other') kinds[n] = 'subordinate'; });
  if (kinds.some((k) => k === null)) return [];
  const departments = kinds.filter((k) => k === 'department').length;
  const subordinates = kinds.filter((k) => k === 'subordinate').length;
  // (Of a list with no department, only one all of enterprises: a body of no kind told beside them may be one too.)
  if (departments === 0 && subordinates < kinds.length) return [];
  // A list of enterprises only ("2 есеп тыңдалды, екеуі де … бағынысты ұйымдардың есебі:" over two КММ and КМК, set 156)
  // counts them; its departments, none named, are not stated as none.
  const found = departments === 0 ? [] : [{ metric: 'departments_heard' as const, value: departments, line: heard[0].line, text: tidy(heard.filter((_, k) => kinds[k] === 'department').map((a) => a.title).join(' ')).slice(0, 300) }];
  // "- директор ГКП на ПХВ «Исатай Су» акимата района – 24.09.2025;": the enterprises of the same list are counted with the
  // departments, when no count of them is stated.
  const subordinate: ReportFigure[] = subordinates === 0 || [...figures, ...candidates].some((f) => f.metric === 'subordinate_orgs_heard') ? [] : [{ metric: 'subordinate_orgs_heard' as const, value: subordinates, line: heard[kinds.indexOf('subordinate')].line, text: tidy(heard.filter((_, k) => kinds[k] === 'subordinate').map((a) => a.title).join(' ')).slice(0, 300) }];
  // The one hearing the report counts, dated once and naming one department's head ("1 есеп тыңдау" in a table's total or a
  // closing "Барлығы:" line, "– 14 қазанда – аудандық жер қатынастары бөлімі басшысының есебі тыңдалды"): the body heard is
  // that department — one (settled in session 35 with singleEvents.ts, which reads the same of a sentence: sets 15, 37, 84,
  // 109 and 111 count it; 12 and 18 were amended).
  const akimats = kinds.filter((k) => k === 'district_akimat').length;
  if (akimats > 0 && ![...figures, ...candidates].some((f) => f.metric === 'district_akimats_heard')) subordinate.push({ metric: 'district_akimats_heard' as const, value: akimats, line: heard[kinds.indexOf('district_akimat')].line, text: tidy(heard.filter((_, k) => kinds[k] === 'district_akimat').map((a) => a.title).join(' ')).slice(0, 300) });
  if (heard.length === 1) return [...found, ...subordinate];
  // The count introduces the list ("6 есебі тыңдалды. Олардың ішінде:"): the text itemises its own number. A list under a
  // heading of no count ("На заседаниях … заслушаны:"), the hearings counted elsewhere, is counted by the reader alone
  // (set 8 leaves such a count out): a candidate.
  // So does a count whose line holds the first item ("Советом заслушано 5 отчётов: 18.02.2026 – отдел образования …",
  // the lead and its first item read as one sentence).
  if (hearings.line >= heard[0].line - LEAD && hearings.line <= heard[0].line) return [...found, ...subordinate];
  // Or closes it: a total line right under its last item ("Всего – 2 отчета.", "Барлығы 4 есеп.").
  if (hearings.line > heard.at(-1)!.line && hearings.line <= heard.at(-1)!.line + 2 && /^\s*(?:всего|итого|барлығы|жиыны)(?![\p{L}])/iu.test(hearings.text)) return [...found, ...subordinate];
  // "На заседаниях Совета заслушаны отчёты 8 руководителей:" over the eight items, the hearings' figure read from a table
  // elsewhere: the list's own lead counts its items all the same.
  if (countedByLead(lines, heard[0].line, heard.length)) return [...found, ...subordinate];
  candidates.push(...[...found, ...subordinate].map((f) => ({ ...f, why: COUNTED_BY_READER })));
  return [];
}

/**
 * Whether the line right above a list's first item (blank lines skipped) leads it with a colon, tells reports heard and
 * counts exactly its items: "Совет заслушал 4 отчёта:", "Кеңес отырыстарында 5 есеп тыңдалды:".
 */
function countedByLead(lines: string[], firstItem: number, items: number): boolean {
  let k = firstItem - 2;
  while (k >= 0 && lines[k].trim() === '') k--;
  const lead = lines[k] ?? '';
  return /:\s*$/u.test(lead) && activityTypeOf(lead)?.type === 'report_hearing' && findCounts(lead).some((c) => c.value === items);
}

/** "екеуі де", "барлығы да", "все", "оба": the lead's word for all the bodies it lists. */
const ALL_OF_THEM = /(?<![\p{L}])(?:екеуі\s+де|үшеуі\s+де|төртеуі\s+де|барлығы\s+да|бәрі\s+де|все|оба|обе|все\s+они)(?![\p{L}])/iu;

/** Whether the lines from the hearings' count to the list's first item say every body listed is a subordinate organisation. */
function leadSaysAllSubordinate(lines: string[], countLine: number, firstItem: number): boolean {
  if (countLine > firstItem || firstItem - countLine > LEAD) return false;
  const lead = lines.slice(countLine - 1, firstItem - 1).join(' ');
  return ALL_OF_THEM.test(lead) && namesSubordinate(lead);
}

/** How many lines above the list's first item the hearings' count may stand to introduce it. */
const LEAD = 3;

const COUNTED_BY_READER = 'the departments (or enterprises) among the bodies heard listed under a heading that states no count of them (the hearings counted elsewhere): counted from the list — for a person to confirm';
