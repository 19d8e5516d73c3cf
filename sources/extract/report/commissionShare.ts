import { findCounts } from '../grammar/findCounts.ts';
import { lowerCase } from '../grammar/lowerCase.ts';
import { isKazakh } from '../toLines.ts';
import type { MetricId, ReportCandidate, ReportFigure } from '../types.ts';
import { COUNCIL_APART } from './councilSetApart.ts';

/**
 * The commission's share of the council's count, told in the council's own sentence of a commission's report that sets
 * the council's figures apart (report/councilSetApart): "Кеңес бойынша барлығы 14 мониторинг жүргізілді, оның 5-еуін біздің
 * комиссия өткізді", "Всего Советом проведено 16 мониторингов, из них 4 – нашей комиссией", "… в том числе 3 рассмотрены
 * комиссией". The council's count is a candidate there (another body's); the share, done by the commission, is the
 * report's figure of that metric — when the report states none of its own and the share is less than the whole. A
 * share the commission only took part in ("в 5 из них участвовала наша комиссия", "оның 5-еуіне комиссия мүшелері
 * қатысты") is no share of its work.
 */
export function commissionShares(candidates: ReportCandidate[], figures: ReportFigure[]): ReportFigure[] {
  const out: ReportFigure[] = [];
  const stated = new Set<MetricId>(figures.map((f) => f.metric));
  for (const c of candidates) {
    if (!c.why.endsWith(COUNCIL_APART) || stated.has(c.metric) || COUNCIL_ONLY.has(c.metric)) continue;
    const lower = lowerCase(c.text);
    const whole = findCounts(lower, { kazakh: isKazakh(c.text) }).find((n) => n.value === c.value);
    if (whole === undefined) continue;
    const share = shareOf(lower.slice(whole.end));
    if (share === null) continue;
    const count = findCounts(share, { kazakh: true })[0];
    if (count === undefined || count.start !== 0 || count.value >= c.value) continue;
    stated.add(c.metric);
    out.push({ metric: c.metric, value: count.value, line: c.line, text: c.text });
  }
  return out;
}

/** The council's composition: its commissions and members, never a commission's work (report/readOwnFigures). */
export const COMPOSITION = new Set<MetricId>(['commissions', 'members_total', 'members_civil', 'members_state', 'members_joined', 'members_left']);
/** The council's own metrics: a commission has no share of its meetings, its presidium's, its members or commissions. */
const COUNCIL_ONLY = new Set<MetricId>(['general_meetings', 'presidium_meetings', ...COMPOSITION]);

/**
 * The share right after the whole's clause, the commission named after it: "из них 4 – нашей комиссией", "из которых 4
 * проведены комиссией", "в т.ч. 3 – рассмотрены комиссией", "оның 5-еуін біздің комиссия өткізді", "оның ішінде 3-еуін
 * комиссиямыз жүргізді"; the commission in a case of its own after a dash ("оның 4-еуі – комиссияға", "из них 4 – в
 * комиссию", "из них 3 – комиссии"). The share (digits, a Kazakh ending, or a number word) is the first group.
 */
const SHARE_AFTER = /^[^.;]{0,60}?(?:из\s+них|из\s+которых|в\s+том\s+числе|в\s+т\.\s?ч\.|оның(?:\s+ішінде)?)\s*[-–—:]?\s*([\d\p{L}-]+)\s*(?:(?:[-–—]\s*)?(?:(?:проведен|организован|рассмотрен|подготовлен)[\p{L}]*\s+)?(?:(?:наш[\p{L}]*|біздің)\s+)?(?:комиссией|комиссия(?:мыз)?\s+(?:өткізді|жүргізді|ұйымдастырды|қарады|дайындады))|[-–—]\s*(?:(?:наш[\p{L}]*|біздің)\s+)?(?:в\s+комиссию|комиссии|комиссия(?:мыз)?(?:ға|ның)))(?![\p{L}])(?!\s+(?:член|мүше|участ|қатыс))/du;
/** The commission named before its share: "из них комиссией – 3", "оның ішінде комиссияға – 4-еуі". */
const SHARE_BEFORE = /^[^.;]{0,60}?(?:из\s+них|из\s+которых|в\s+том\s+числе|в\s+т\.\s?ч\.|оның(?:\s+ішінде)?)\s*[-–—:]?\s*(?:(?:наш[\p{L}]*|біздің)\s+)?(?:комиссией|в\s+комиссию|комиссия(?:мыз)?(?:ға|ның))\s*[-–—:]\s*([\d\p{L}-]+)/du;
/** A Kazakh partitive, the whole in the genitive: "Кеңес өткізген 14 мониторингтің 5-еуі – комиссияның мониторингі". */
const SHARE_OF_WHOLE = /^\s*[\p{L}]+(?:тің|тың|дің|дың|нің|ның)\s+([\d\p{L}-]+)\s*[-–—]\s*(?:біздің\s+)?комиссия(?:мыз)?(?:ның|ға|ныкі)(?![\p{L}])(?!\s+мүше)/du;

/** The text after the whole's number from the commission's share on; null when none is told. */
function shareOf(after: string): string | null {
  for (const form of [SHARE_AFTER, SHARE_BEFORE, SHARE_OF_WHOLE]) {
    const at = form.exec(after)?.indices?.[1]?.[0];
    if (at !== undefined) return after.slice(at);
  }
  return null;
}
