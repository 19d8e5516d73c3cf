import { lowerCase } from '../grammar/lowerCase.ts';
import { matchesOf } from '../grammar/matchesOf.ts';
import { tidy } from '../toLines.ts';
import type { ReportCandidate, ReportFigure } from '../types.ts';
import { ITEM } from './readLists.ts';
import { runningLines } from './runningLines.ts';

/**
 * One subordinate organisation named as such, in the singular: "ведомстволық бағынысты кәсіпорны «Қазгидромет» РМК",
 * "Агенттікке ведомстволық бағынысты «…» ШЖҚ РМК", "АО «Центр развития трудовых ресурсов» (подведомственная организация)",
 * "подведомственного министерству РГП «…»". Never the plural ("подведомственных организаций", "ведомстволық бағынысты
 * ұйымдар"): a count of them is the figure grammar's.
 */
const ONE_SUBORDINATE = /(?<![\p{L}])(?:ведомстволық\s+бағынысты(?:ғы)?\s+(?:(?:ұйым|кәсіпор[ын]|мекеме)(?:ы|сы|і|сі)?(?![\p{L}])|(?:[\p{L}]+\s+){0,2}?(?:«|шжқ|рмк|ркк|кеақ|ақ(?![\p{L}])|мкк|кмк|кмм))|подведомственн(?:ая|ое|ой|ого|ую|ый|ому)\s+(?:(?:организаци|предприяти|учреждени)(?:я|е|и|ю|ем|ей)(?![\p{L}])|(?:[\p{L}]+\s+){0,2}?(?:«|ргп|ргкп|гкп|кгп|ао(?![\p{L}])|нао(?![\p{L}])|тоо(?![\p{L}]))))/gu;

/** Another quoted name joined to the one a mark qualifies, in its clause: "«…» КММ (18.06) және «…» КММ", "«…», «…»". */
const SHARED = /^[^;.«]{0,40}?(?:,|(?<![\p{L}])(?:және|мен|пен|бен|и|а\s+также|сондай-ақ)(?![\p{L}]))[^;.«]{0,40}?«/u;

/** A unit that tells reports heard, or heads the list of them: "есептері тыңдалды", "Тыңдалған есептер", "Есеп тыңдау:", "заслушаны 4 отчёта:". */
const HEARD = /(?:тыңда[лду]|заслуш|отчит|есеп\s+бер)/u;

/** A plan or an intention: the body is to be heard, not heard. */
const PLANNED = /(?:жоспар|план|предусмотр|намечен|будет|будут|келесі|следующ)/u;

/**
 * The subordinate organisations heard, when the report names each heard in the singular as subordinate ("ведомстволық
 * бағынысты", "подведомственная организация") in the sentences or the list that tell the reports heard — a sentence of
 * hearing, or the items under a line of hearing ("Тыңдалған есептер (хронология бойынша)" over "2025 жылғы 17 сәуір –
 * Министрліктің ведомстволық бағынысты ұйымы «…» КЕАҚ;"). The committees and departments heard beside them are the
 * ministry's, no subordinate's. Only when no count of subordinates is stated or a candidate, none is in a plan's or
 * another year's unit, and they are no more than the reports heard when those are stated.
 */
export function readSubordinatesNamed(lines: string[], inTable: Set<number>, figures: ReportFigure[], candidates: ReportCandidate[], periodYears: number[]): ReportFigure[] {
  if ([...figures, ...candidates].some((f) => f.metric === 'subordinate_orgs_heard')) return [];
  const units = runningLines(lines, inTable);
  let count = 0;
  let first: { line: number; text: string } | null = null;
  for (const [u, unit] of units.entries()) {
    const lower = lowerCase(unit.text);
    // The organisation is named beside its mark ("… бағынысты «Бәсекелестікті дамыту орталығы» ШЖҚ РМК", "АО «…»
    // (подведомственная организация)"): "соңғысы – ведомстволық бағынысты ұйым" tells a kind of a count, no body.
    const named = matchesOf(lower, ONE_SUBORDINATE).filter((m) => /«[^«»]{2,}»/u.test(lower.slice(Math.max(0, (m.index ?? 0) - 90), (m.index ?? 0) + m[0].length + 90)));
    if (named.length === 0) continue;
    if (!HEARD.test(lower) && !heardAbove(units, u)) continue;
    if (PLANNED.test(lower) || matchesOf(unit.text, /(?<!\d)(?:19|20)\d{2}(?!\d)/gu).some((y) => !periodYears.includes(Number(y[0])))) return [];
    // "басқармаға ведомстволық бағынысты «…» КММ (18.06) және «…» КММ (17.09)": one mark over two names; how many it
    // covers the words do not say for sure.
    const after = (m: RegExpMatchArray) => lower.slice((m.index ?? 0) + m[0].length - (m[0].endsWith('«') ? 1 : 0)).replace(/\([^()]*\)/gu, ' ');
    if (named.some((m) => SHARED.test(after(m).replace(/^[^«]*?«[^«»]*»/u, '')))) return [];
    count += named.length;
    first ??= { line: unit.first + 1, text: tidy(unit.text).slice(0, 300) };
  }
  const hearings = figures.find((f) => f.metric === 'report_hearings');
  if (first === null || (hearings !== undefined && count > hearings.value)) return [];
  return [{ metric: 'subordinate_orgs_heard', value: count, ...first }];
}

/**
 * Whether the unit is an item of a list (a bullet, a dash, a number, or set in) under a line of hearing, with only such
 * items between: "На заседаниях Совета заслушаны 4 отчёта:" over "• 26 июня – АО «…» (подведомственная организация) …".
 */
function heardAbove(units: { text: string; first: number }[], u: number): boolean {
  const isItem = (text: string) => ITEM.test(text) || /^\s/u.test(text);
  if (!isItem(units[u].text)) return false;
  // The list's opener may be a numbered heading ("2. Тыңдалған есептер (хронология бойынша)"): the first unit of hearing up,
  // over items only.
  for (let k = u - 1; k >= Math.max(0, u - 12); k--) {
    if (HEARD.test(lowerCase(units[k].text))) return true;
    if (!isItem(units[k].text)) return false;
  }
  return false;
}
