import lexicon from './lexicon/tableRows.json' with { type: 'json' };
import { lowerCase, lowerPattern } from '../grammar/lowerCase.ts';
import type { MetricId } from '../types.ts';
import { matchesOf } from '../grammar/matchesOf.ts';

interface RowEntry {
  metric: MetricId;
  label: string;
  parent?: MetricId;
  not?: string;
}

const ROWS = (lexicon.rows as RowEntry[]).map((e) => ({
  metric: e.metric,
  parent: e.parent ?? null,
  label: new RegExp(lowerPattern(`^(?:${e.label})$`), 'u'),
  not: e.not ? new RegExp(lowerPattern(e.not), 'u') : null,
}));

/** A column of what was done ("Факт", "Исполнено", "Орындалды", "Стало"): the period's count beside a plan. */
export const FACT_COLUMN = /(?<![\p{L}])(?:факт|фактически|исполнен|выполнен|орындал|іс\s+жүзінде|стало|нақты(?![\p{L}]))/iu;

/** A row of a plan: "(план)", "(жоспар)", "запланировано", "жоспарланған", "по плану". */
export const PLAN_ROW = /(?<![\p{L}])(?:план|жоспар(?:ы|да)?|запланирован[\p{L}]*|жоспарланған|по\s+плану|жоспар\s+бойынша)(?![\p{L}])/iu;

/** The words that open a sub-row ("в том числе отделов", "оның ішінде жеке тұлғалардан", "олардың жауап алынғаны"), a dash or bullet before them ("– из них от …"). */
export const SUB_ROW = /^\s*(?:[-–—•·]\s*)?(?:в\s+т(?:ом|\.)\s*ч(?:исле|\.)|из\s+них|в\s+(?:их\s+)?числе|оның\s+ішінде|олардың\s+ішінде|соның\s+ішінде|оның|олардың)(?![\p{L}])[\s:,–—-]*/iu;

/** The day a figure stands at, no part of what it counts: "на 31.12.2025", "по состоянию на 01.01.2026 г.", "30.06.2025 жағдай бойынша". */
export const AS_OF = /(?:(?:по\s+состоянию\s+)?на\s+)?\d{1,2}\.\d{1,2}\.\d{4}(?:\s*(?:г\.|года|ж\.))?(?:\s+жағдай[\p{L}]*\s+бойынша)?/giu;

/**
 * Working groups a bracket names as the council's commissions ("Заседаний рабочих групп (комиссий)", "Жұмыс
 * топтарының (комиссиялардың) отырыстары"): the row counts the commissions' work. Only the bracket says so; "рабочих
 * групп" alone is no commission.
 */
const GROUPS_AS_COMMISSIONS = /(?:рабоч[\p{L}]*\s+(?:групп|орган)[\p{L}]*|жұмыс\s+(?:топ|орган)[\p{L}]*)\s*\(\s*((?:постоянн[\p{L}]*\s+|тұрақты\s+)?комисси[\p{L}]*)\s*\)/u;

/**
 * The end of the period a count stands at, no part of what it counts: "Количество членов Совета на конец месяца",
 * "на конец отчетного квартала", "Кеңес мүшелерінің саны тоқсанның соңында".
 */
/**
 * The report's period opening the label ("Тоқсанда кеңестен шыққандар", "Жартыжылдықта енгізілгендер", "В отчетном
 * квартале выбыло"): every row of the report is the period's, the words name no other thing counted.
 */
const PERIOD_START = /^\s*(?:(?:есепті\s+)?(?:тоқсанда|жартыжылдықта|кезеңде|айда)|жыл\s+ішінде|в\s+отч[её]тном\s+(?:периоде|квартале|полугодии|году|месяце)|за\s+(?:отч[её]тный\s+период|квартал|полугодие))\s+(?=\p{L})/iu;

const PERIOD_END = /\s*(?:на\s+конец\s+(?:отч[её]тного\s+)?(?:месяца|квартала|полугодия|года|периода)|(?:айдың|тоқсанның|жартыжылдықтың|жылдың|кезеңнің)\s+соңын(?:да|дағы|а))(?![\p{L}])/giu;

/** A unit after the label, as a header gives it ("Заседания Совета, ед.", "Мониторингтер, саны", "Жарияланымдар, дана"): no part of what is counted. */
const UNIT_END = /,\s*(?:ед|шт|единиц[\p{L}]*|чел|человек|бірл[\p{L}]*|дана|адам|саны|кол-во|количество)\.?\s*$/iu;

/** The row's total said after its label ("НҚА жобаларын қарау – барлығы", "Рассмотрено проектов НПА, всего"): what the row counts is the label before it. */
const TOTAL_END = /\s*[,–—-]\s*(?:всего|итого|барлығы|жиыны)\s*$/iu;
/** A total word opening the label ("Итого выбыло", "Барлығы шықты"): the row's own total, the label the words after it. */
const TOTAL_START = /^(?:всего|итого|барлығы|жиыны)\s+(?=\p{L})/iu;

/**
 * The metric a row of an indicator table states, by its label (lexicon/tableRows.json), or null: a row no
 * entry names, or a sub-row entry whose parent row is another metric's. `parent` is the metric of the row a
 * sub-row belongs to (null for a row of its own). A bilingual label ("Кеңес отырыстары / Заседания ОС") is
 * read by either half; both halves that name a metric must name the same one. A sub-row's dash ("  – басқармалар") is no
 * part of its label.
 */
export function metricOfRow(label: string, parent: MetricId | null): MetricId | null {
  // "Қоғамдық мониторинг (жоспар) / Мониторинги (план)" above the "(факт)" row: what was to be done, never a count.
  if (PLAN_ROW.test(label)) return null;
  const halves = lowerCase(label)
    .split(/\s+\/\s+/u)
    .map((h) => h.replace(/^\s*[-–—•·]\s*/u, '').replace(AS_OF, ' ').replace(PERIOD_END, ' ').replace(/^\s*\d{1,2}(?:\.\d{1,2})*[.)]?\s+/u, '').replace(PERIOD_START, '').replace(GROUPS_AS_COMMISSIONS, '$1').replace(SUB_ROW, '').replace(/\s*\([^()]*\)/gu, '').replace(UNIT_END, '').replace(TOTAL_END, '').replace(TOTAL_START, '').replace(/[.,:;\s]+$/u, '').replace(/\s*,\s*|\s+/gu, ' ').trim())
    .filter((h) => h !== '');
  const named = new Set(halves.map((h) => ROWS.find((r) => (r.parent === null || r.parent === parent) && r.label.test(h) && !r.not?.test(h))?.metric ?? null).filter((m) => m !== null));
  if (named.size === 1) return [...named][0];
  // A label naming nothing with the name it is known by in brackets ("Отчетные встречи (заслушивания отчетов)"): the
  // bracket's name, when it is the label's one bracket and names a metric on its own.
  // Read with the body the label names first ("Президиум Совета (заседания)": the presidium's meetings, not the council's).
  const brackets = matchesOf(label, /\(([^()]+)\)/gu);
  if (named.size !== 0 || brackets.length !== 1 || /\d/u.test(brackets[0][1]) || label.replace(brackets[0][0], '').trim() === '') return null;
  return metricOfRow(label.replace(brackets[0][0], ` ${brackets[0][1]}`), parent) ?? metricOfRow(brackets[0][1], parent);
}

/**
 * A label listing two kinds of things the lexicon names apart ("Круглые столы, дискуссионные площадки", "Семинары и
 * круглые столы", "Круглые столы; диалоговые площадки"): its count is of both, neither's. `among`: only these kinds.
 */
export function namesTwoMetrics(label: string, among?: ReadonlySet<MetricId>): boolean {
  const parts = label.replace(/\s*\([^()]*\)/gu, '').split(/\s*[,;/]\s*|\s+(?:и|а\s+также|және|мен|бен|пен)\s+/u);
  return new Set(parts.map((p) => metricOfRow(p, null)).filter((m) => m !== null && (among === undefined || among.has(m)))).size >= 2;
}

const PARENTS = [null, ...new Set(ROWS.flatMap((r) => (r.parent === null ? [] : [r.parent])))];

/** Whether the lexicon names a label as a row of its own or as a sub-row of any parent ("жеке тұлғалардан"). */
export function namesAnyRow(label: string): boolean {
  return PARENTS.some((parent) => metricOfRow(label, parent) !== null);
}
