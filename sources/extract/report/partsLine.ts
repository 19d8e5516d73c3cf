import type { ReportCandidate, ReportFigure } from '../types.ts';
import { partsOfPeriod } from './partsOfPeriod.ts';
import { partMonths, partsTile, totalNotSum } from './partsOfTotal.ts';
import { metricOfRow } from './tableRowLexicon.ts';
import { NONE_VERBS, NONE_VERBS_KK } from './noneHeldVerbs.ts';

/**
 * A table's row typed as a line: a metric's label, then its count in each part of the period and their total ("2.1.
 * Кеңестің жалпы отырыстары: І тоқсан – 1, ІІ тоқсан – 2, жиыны – 3", "Заседания комиссий: за I квартал – 3; за II
 * квартал – 4; итого – 7.", "Мониторинги: январь – 1, февраль – 0, март – 2, всего – 3"). No sentence reader sees which
 * number is the period's. When the parts tile the period itself (its own quarters or months, each once) and add up to
 * the total, the line is read as its label and total ("Кеңестің жалпы отырыстары – 3.") and the total is a row figure; a
 * total the parts do not make is a candidate, and the parts with no total stated are one too (their sum), the line
 * keeping only its label — a quarter's cell is never the period's count. Parts all of another span ("ІІІ тоқсан",
 * "IV тоқсан" in a first half's report) leave the label alone; a label naming no metric (tableRowLexicon) leaves the
 * line as it is.
 */
export function readPartsLines(lines: string[], span: { months: number; from: number }, rowFigures: ReportFigure[]): void {
  lines.forEach((given, k) => {
    // Beside a running total an item's bracket tells of its events ("ІІІ тоқсанда – 1 (28 шілдеде, … жобасы бойынша), жыл
    // басынан бері – 2"): the items read without it, the period's item's bracket kept on its count (readPeriodBesideTotal).
    const line = CUMULATIVE.test(given) ? given.replace(/\s*\([^()]*\)/gu, '') : given;
    // Two "– N" items apart by a comma or a semicolon, looked for first: most lines of prose have none.
    const head = TWO_ITEMS.test(line) || (CUMULATIVE.test(line) && NONE_ITEM_IN.test(line)) ? HEAD.exec(line) : null;
    if (head === null) return;
    const [opening, lead, label] = head;
    const rest = line.slice(opening.length);
    const tail = TAIL.exec(rest)![0];
    const items = rest.slice(0, rest.length - tail.length).split(/\s*[,;]\s*/u).map((item) => ITEM.exec(item.trim()) ?? NONE_ITEM.exec(item.trim()));
    if (items.length < 2 || items.length > 12 || items.some((i) => i === null)) return;
    const pairs = items.map((i) => ({ name: i![1].trim(), count: Number(i![2] ?? 0) }));
    if (readPeriodBesideTotal(pairs, label, span, k, lead, tail, given, lines, rowFigures)) return;
    const totals = pairs.filter((p) => TOTAL.test(p.name));
    const parts = pairs.filter((p) => !TOTAL.test(p.name));
    // Every item a part or the total, the total last, stated once.
    if (totals.length > 1 || (totals.length === 1 && pairs[pairs.length - 1] !== totals[0]) || !parts.every((p) => isPart(p.name))) return;
    const metric = metricOfRow(label, null);
    if (metric === null) return;
    // Parts all of another span than the period ("ІІІ тоқсан – 2, IV тоқсан – 3, барлығы – 5" in a first half's report):
    // the line states nothing of the period, its label alone is left.
    if (parts.every((p) => !within(p.name, span))) {
      lines[k] = closed(`${lead}${label}${tail}`);
      return;
    }
    // The parts tile the period itself, else which number is the period's cannot be told: the line is left as it is.
    if (!partsTile(parts.map((p) => p.name), span.months) || !parts.every((p) => within(p.name, span))) return;
    const sum = parts.reduce((s, p) => s + p.count, 0);
    const total = totals[0]?.count ?? null;
    if (total !== null && total === sum) {
      lines[k] = closed(`${lead}${label} – ${total}${tail}`);
      rowFigures.push({ metric, value: total, line: k + 1, text: `${label} – ${total}.` });
      return;
    }
    lines[k] = closed(`${lead}${label}${tail}`);
    const unsure: ReportCandidate = total !== null
      ? totalNotSum(metric, total, sum, k + 1, line.trim())
      : { metric, value: sum, line: k + 1, text: line.trim(), why: 'the parts of the period are stated and their total is not: their sum is for a person to confirm' };
    rowFigures.push(unsure);
  });
}

/** The line's opening: a number or a bullet, the label (words, no figure), a colon or a dash before the items. */
const HEAD = /^(\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]?\s+|[-–—•·*]\s*)?)(\p{L}[\p{L}\s«»"()-]{2,80}?)\s*[:–—]\s*/u;
/** What closes the line after its items: a bracket (another year's count), a stop. */
// (Or a short sentence that opens a list under the line: "…, жыл басынан бері – 9. Өткізілгендері:", set 176.)
const TAIL = /\s*(?:\([^()]*\))?\s*(?:[.;]\s+[^\d.;:()]{2,40}:|[.;])?\s*$/u;
const NAME = String.raw`(?:\d{1,2}\s*-\s*)?[^\d,;:]{2,30}?`;
const TWO_ITEMS = /[-–—:]\s*\d{1,4}\s*[,;][^,;\d]{2,40}[-–—:]\s*\d/u;
const ITEM = new RegExp(String.raw`^(${NAME})\s*[-–—:]\s*(\d{1,4})$`, 'u');
const TOTAL = /^(?:итого|всего|барлығы|жиыны|жалпы|в\s+целом|барлық\s+(?:тоқсандарда|айларда))$/iu;

/**
 * The period's count beside the running total since the year's start: "2.1. Кеңес отырыстары: ІІІ тоқсанда – 2, жыл
 * басынан бері – 6.", "4.3. Дөңгелек үстелдер: ІІІ тоқсанда өткізілген жоқ, жыл басынан бері – 2.", "Заседания совета: в
 * III квартале – 2, с начала года – 6" (set 176). Two items, one the period itself (its own quarter, half or months), the
 * other the running total: the line read as its label and the period's count, the total left out (a figure of a longer
 * span is never the period's). True when it was read so.
 */
function readPeriodBesideTotal(pairs: { name: string; count: number }[], label: string, span: { months: number; from: number }, k: number, lead: string, tail: string, given: string, lines: string[], rowFigures: ReportFigure[]): boolean {
  if (pairs.length !== 2) return false;
  const own = pairs.find((p) => isPart(p.name) && partMonths(p.name) === span.months && within(p.name, span));
  const running = pairs.find((p) => p !== own && CUMULATIVE_ITEM.test(p.name.trim()));
  const metric = metricOfRow(label, null);
  if (own === undefined || running === undefined || metric === null) return false;
  const at = given.indexOf(own.name);
  const note = at < 0 ? null : /^\s*[-–—:]\s*\d{1,4}\s*(\([^()]*\))/u.exec(given.slice(at + own.name.length));
  lines[k] = closed(`${lead}${label} – ${own.count}${note ? ` ${note[1]}` : ''}${tail}`);
  rowFigures.push({ metric, value: own.count, line: k + 1, text: `${label} – ${own.count}.` });
  return true;
}

/** A running total's name: since the year's start, cumulatively. */
const CUMULATIVE = /жыл\s+басынан\s+(?:бері|бергі)|с\s+начала\s+(?:года|\d{4})|нарастающ[\p{L}]*\s+итог|өспелі\s+қорытынды/iu;
const CUMULATIVE_ITEM = new RegExp(String.raw`^(?:(?:\d{4}\s+)?${CUMULATIVE.source}|всего\s+с\s+начала\s+года)(?:[\p{L}\s]{0,20})?$`, 'iu');
/** An item that says none was held: "ІІІ тоқсанда өткізілген жоқ", "в III квартале не проводились" — its count 0. */
const NONE_WORDS = String.raw`(?:${NONE_VERBS_KK}|не\s+(?:${NONE_VERBS})[\p{L}]*)`;
const NONE_ITEM = new RegExp(String.raw`^(${NAME})\s+${NONE_WORDS}$`, 'iu');
const NONE_ITEM_IN = new RegExp(String.raw`[:–—]\s*[^\d,;:]{2,30}?\s+${NONE_WORDS}\s*[,;]`, 'iu');

/** The line ended with a stop, as the sentence it now is. */
const closed = (line: string) => (/[.;]\s*$/u.test(line) ? line.trimEnd() : `${line.trimEnd()}.`);

/** A part within the period's months (from its first month, as many as it has). */
function within(name: string, span: { months: number; from: number }): boolean {
  const [a, b] = partsOfPeriod(name.toLowerCase())[0].span!;
  return a >= span.from && b <= span.from + span.months - 1;
}

/** An item's name that is a part of the year and nothing else: "І тоқсан", "за II квартал", "во II кв.", "январь", "қаңтарда". */
function isPart(name: string): boolean {
  const parts = partsOfPeriod(name);
  if (parts.length !== 1 || parts[0].span === null || parts[0].several) return false;
  return /^(?:за|в|во|на)?\s*$/iu.test(name.toLowerCase().replace(parts[0].text, '').replace(/[.\s]+$/u, '').trim());
}
