import { parseCount } from '../parseCount.ts';
import { isKazakh } from '../toLines.ts';
import { monthOfWord } from '../monthNames.ts';
import type { MetricId, ReportFigure } from '../types.ts';
import { ANY_PLATFORM, MEDIA_PUBLICATIONS, MEDIA_VIEWS } from './activityLexicon.ts';
import { fixedWidthTable } from './fixedWidthTable.ts';
import { withoutRepeatedHeaders } from './repeatedHeaderRows.ts';
import { readDotLeaders } from './dotLeaderRows.ts';
import { alignRunTogether, looseTabTable } from './looseTabTable.ts';
import { partsOfPeriod } from './partsOfPeriod.ts';
import { readIndicatorBlocks } from './readIndicatorBlocks.ts';
import { readSlashGroups } from './readSlashGroups.ts';
import { slashItems } from './slashItems.ts';
import { blankOtherBodyTables, statesNothingSections } from './statesNothingSections.ts';
import { CELL_NOTE_MARK, NONE_CELL, PARTS_BRACKET, wordCellTables } from './wordCellTable.ts';
import { REDACTED_CELL } from './redactedCell.ts';
import { readPartsLines } from './partsLine.ts';
import { groupsServeAsCommissions, withGroupsAsCommissions } from './groupsAsCommissions.ts';
import { thisOfBracketPair, withoutBracketYear } from './yearPairs.ts';
import { AS_OF, FACT_COLUMN, metricOfRow, namesTwoMetrics, PLAN_ROW, SUB_ROW } from './tableRowLexicon.ts';
import { type PlacedRow, mixedWholes } from './mixedWholes.ts';
import { readSubtotalTable } from './subtotalRows.ts';
import { explainedMetrics, noteUnder } from './explainedTotals.ts';
import { matchesOf } from '../grammar/matchesOf.ts';
import { checkedTotal, isSummed, partMonths, partsSum, partsTile, totalNotSum, withoutAllParts } from './partsOfTotal.ts';
import { breaksAfter, isColumnNumbersRow, isNoteLine } from './formTableBreaks.ts';
import { endStateColumn, periodEnd } from './stateColumns.ts';
import { dashMeansNone } from './dashLegend.ts';
import { NOT_HELD_AFTER } from './noneHeldVerbs.ts';
import { splitJoinedHeaderLabels } from './joinedHeaderLabels.ts';
import { withPeriodHeaderRow } from './wordPeriodHeader.ts';
import { groupHeadingMetric } from './groupHeading.ts';
import { TERM_WORD } from './wholeTerm.ts';

/**
 * Indicator tables typed as text ("| 1 | Заседания Общественного совета | 4 |
 * 5 | +25,0 |", with `+---+` or `|---|` borders, a header over several rows,
 * a label wrapped onto a row with an empty number cell) rewritten as the
 * sentences they stand for — "Заседания Общественного совета – 5." — so the
 * figure grammar reads them like any other statement. Lines keep their
 * numbers: a row's sentence stands on its first line, the other lines of the
 * table become empty.
 *
 * The value column is the one whose header names a year of the report's
 * period ("9 мес. 2025 г." beside "9 мес. 2024 г."), or the only column of
 * counts; a change column ("Динамика, %", "+/-") is never one. When no column
 * can be chosen the table is left as it is: a figure of the wrong period is
 * worse than none. A table of media platforms is rewritten for readMedia
 * (rewriteMedia).
 *
 * A row whose label names a metric (tableRowLexicon: "Кеңес отырыстары",
 * "жауап берілгені" under "Азаматтардан түскен өтініштер") is also a figure of
 * its own, put into `rowFigures` (addTableFigures); a sub-row ("оның ішінде …",
 * an empty № cell, an indent) is named with its parent row's metric. A table
 * typed in fixed-width columns (spaces only) is read like one typed with pipes
 * (fixedWidthTable). Of a plan and a fact column, the fact is the period's.
 */
export function flattenFigureTables(source: string[], periodYears: number[], periodMonths = 12, rowFigures: ReportFigure[] = [], periodFromMonth = 1, notes = new Set<number>(), commissionsReport = false): string[] {
  const span = { months: periodMonths, from: periodFromMonth, commissionsReport };
  // A table under a caption naming another body as its counts' owner ("Показатели Общественного совета … области:",
  // "Аудандық мәслихаттың 2025 жылғы жұмысы:"): blank before any reader of rows, leader rows and Word cells alike.
  // A header's column labels joined by spaces in one cell over rows cut by tabs: split first (joinedHeaderLabels).
  const lines = blankOtherBodyTables(framedTables(joinWrappedLabels(splitJoinedHeaderLabels(source))));
  // A reference note's labels with dot leaders ("Заседаний Президиума ....... 3"): rows read before any table.
  readDotLeaders(lines, rowFigures);
  const out = [...lines];
  looseMediaTable(out);
  looseMediaColumns(out);
  // A Word table read from a .docx, cell by cell: its rows read like a table typed with pipes; once read, its lines are
  // the rows' sentences and nothing else.
  // A council whose working groups serve as its commissions: a row of the groups' meetings counts the commissions'.
  const asCommissions = groupsServeAsCommissions(source);
  const read = <T extends { line: string }>(rows: T[]): T[] => (asCommissions ? rows.map((r) => ({ ...r, line: withGroupsAsCommissions(r.line) })) : rows);
  for (const t of wordCellTables(lines)) {
    // (A Word table pasted from a printed one keeps the header each page repeated: read over, as in a table typed with tabs.)
    // (A header of two or three rows whose merged cells are periods, "III тоқсан" over "2026 ж. | 2025 ж.", read as one row of
    // each column's whole path: wordPeriodHeader.)
    const rows = withPeriodHeaderRow(withoutRepeatedHeaders(t.rows, cellsOf, out));
    rewrite(read(rows), periodYears, span, out, rowFigures, true);
    if (rows.some((r) => out[r.at] !== lines[r.at])) for (let k = t.start; k <= t.end; k++) if (!rows.some((r) => r.at === k)) out[k] = '';
    // A note merged across a Word form ("\tПримечание: …"): blanked with the table, kept as a note (formTableBreaks).
    for (let k = t.start; k <= t.end; k++) if (isNoteLine(lines[k]) || (notes.has(k - 1) && !lines[k].startsWith('\t') && lines[k].trim() !== '')) notes.add(k);
  }
  for (let i = 0; i < lines.length; i++) {
    const fixed = fixedWidthTable(lines, i);
    if (fixed) {
      rewrite(read(fixed.rows), periodYears, span, out, rowFigures);
      i = fixed.end;
      continue;
    }
    const loose = looseTabTable(lines, i, span);
    if (loose) {
      if (loose.unreadable) for (let k = i; k <= loose.end; k++) out[k] = '';
      else rewrite(read(loose.rows), periodYears, span, out, rowFigures);
      i = loose.end;
      continue;
    }
    const tabs = isTabRow(lines[i]);
    if (!tabs && !isRow(lines[i]) && !isBorder(lines[i])) continue;
    // Under a row typed with tabs, a line opening with a tab is a row whose first cell is empty (a sub-row, a wrapped label).
    // A row indented with spaces ("   в т.ч. с замечаниями\t9\t12") is a sub-row of the row above.
    const inBlock = tabs ? (line: string) => isTabRow(line) || /^(?:\t+[^\t]*\S| +\S)[^\t]*\t/u.test(line) : (line: string) => isRow(line) || isBorder(line);
    let end = i;
    // A form's note, section heading or column-number row between two rows is no row and no end of the table (formTableBreaks).
    const breaks = new Set<number>();
    for (;;) {
      while (end + 1 < lines.length && inBlock(lines[end + 1])) end++;
      const across = breaksAfter(lines, end, inBlock);
      if (across.length === 0) break;
      for (const k of across) breaks.add(k);
      end = across[across.length - 1];
    }
    for (const k of breaks) if (isNoteLine(lines[k]) || (k > 0 && notes.has(k - 1))) notes.add(k);
    // The row of column numbers under a form's header ("1\t2\t3\t4\t5"): no row of counts.
    for (let k = i + 1; k <= end; k++) if (isColumnNumbersRow(lines[k])) breaks.add(k);
    // A signature typed with a tab right under a form's table ("Председатель …\tЖ. Сейдахметов"): narrower than the
    // header and no count in it, no row of the table.
    const width = (line: string) => line.split('\t').length;
    if (tabs && breaks.size > 0) while (end > i + 1 && width(lines[end]) < width(lines[i]) && !/\d/u.test(lines[end])) end--;
    // The header typed again where a page broke the table: its line blanked, the table read on (repeatedHeaderRows).
    const block = withoutRepeatedHeaders(lines.slice(i, end + 1).flatMap((line, k) => (breaks.has(i + k) ? [] : [{ line: tabs ? `|${line.replaceAll('\t', '|')}|` : line, at: i + k }])), cellsOf, out);
    if (tabs && !alignTabBlock(block, out)) {
      i = end;
      continue;
    }
    rewrite(read(block), periodYears, span, out, rowFigures, tabs);
    i = end;
  }
  // "Кеңестің жалпы отырыстары: І тоқсан – 1, ІІ тоқсан – 2, жиыны – 3": a table's row typed as a line, read as its total.
  readPartsLines(out, span, rowFigures);
  // A plan or a reference block states nothing of the period: blank before the row and block readers and the figure
  // grammar read the lines (a plan of the report's own year heads the work done: statesNothingSections).
  const { plan, reference, cut } = statesNothingSections(out, periodYears);
  const blanked = new Set([...plan, ...reference]);
  for (const k of blanked) out[k] = '';
  // A line whose first sentence is a note of another council or of next year's tasks: the sentences after it are read.
  for (const [k, rest] of cut) out[k] = rest;
  for (let k = rowFigures.length - 1; k >= 0; k--) if (blanked.has(rowFigures[k].line - 1)) rowFigures.splice(k, 1);
  readSlashGroups(out, rowFigures, periodYears);
  slashItems(out);
  readIndicatorBlocks(out, rowFigures, periodYears);
  return out;
}

/**
 * A table typed without its outer frame ("  1 | Кеңес отырыстары |  3 |  3" under a "----+-----+----" or "----|-----|----" rule), as
 * the Markdown-like tables of a letter are: its rows and rule framed ("| … |", "+----+----+") so they read like any
 * other text table. Only a block around such a rule, every row with as many bars as the rule has crossings — or, under
 * a rule of dashes alone (set 82's Taraz commission: " Заседания   |   3   |   2 (пленарных)" between "------" lines),
 * as many bars as its first row, two rows at least.
 */
const PLAIN_RULE = /^\s*-{10,}\s*$/u;
function framedTables(lines: string[]): string[] {
  const out = [...lines];
  // (Its crossings a "+" or, as Markdown types them, a bar: "------|--------|-----".)
  const RULE = /^\s*-{2,}(?:[+|]-{2,})+\s*$/u;
  const bars = (line: string) => (line.match(/\|/gu) ?? []).length;
  // A bar opening or closing a row of as many bars as the rule has crossings is an empty first or last cell (a header's
  // second line under "Кеңес бойынша" / "барлығы", a label wrapped onto a row of no counts); a row framed both ways is framed.
  // An unframed row whose first and last cells are both empty ("    | госорганов, всего   |        |", a label wrapped under
  // its row) opens and closes with a bar too: it is the table's when its bars stand where the rule's crossings do.
  const at = (line: string) => [...line.matchAll(/[+|]/gu)].map((m) => m.index);
  let crossings: number[] = [];
  const underCrossings = (line: string) => at(line).every((x, k) => Math.abs(x - (crossings[k] ?? -9)) <= 1);
  const bare = (line: string, n: number) => bars(line) === n && (!(/^\s*\|/u.test(line) && /\|\s*$/u.test(line)) || underCrossings(line));
  for (let i = 0; i < lines.length; i++) {
    // (A rule of dashes alone, "-------", frames a table whose rows hold as many bars as the row right under it.)
    const plain = PLAIN_RULE.test(lines[i]) && bars(lines[i + 1] ?? '') >= 1 && !/^\s*\|/u.test(lines[i + 1]);
    if (!RULE.test(lines[i]) && !plain) continue;
    const n = plain ? bars(lines[i + 1]) : (lines[i].match(/[+|]/gu) ?? []).length;
    crossings = at(plain ? lines[i + 1] : lines[i]);
    const isRule = (line: string) => RULE.test(line) || (plain && PLAIN_RULE.test(line));
    let start = i;
    while (start > 0 && bare(lines[start - 1], n)) start--;
    let end = i;
    const breaks = new Set<number>();
    for (;;) {
      while (end + 1 < lines.length && (bare(lines[end + 1], n) || isRule(lines[end + 1]))) end++;
      // A form's note row ("    | Ескерту: …", one bar) between two rows: left as it is, the table framed on past it.
      const across = end === i ? [] : breaksAfter(lines, end, (l) => bare(l, n));
      if (across.length === 0) break;
      for (const k of across) breaks.add(k);
      end = across[across.length - 1];
    }
    if (plain && end - i < 2) continue;
    if (start === i || end === i) continue;
    for (let k = start; k <= end; k++) if (!breaks.has(k)) out[k] = isRule(lines[k]) ? `+${lines[k].trim().replace(/\|/gu, '+')}+` : `| ${lines[k]} |`;
    i = end;
  }
  return framedUnruled(out);
}

/**
 * A table typed with spaced bars and nothing else — no frame, no rule under its header (" Көрсеткіш | ІІ жартыжылдық |
 * Жыл басынан | Жоспар 2025" over " Кеңес отырыстары | 3 | 6 | 6"): framed like a ruled one. Only a block of three rows
 * or more, each with as many bars (" | ", a space either side), its first row a header naming every column in words,
 * the rows under it a label first and at least two of them counts in every other cell — lines of prose holding a bar
 * or two ("Каналы | Instagram | Facebook") are no such block.
 */
function framedUnruled(lines: string[]): string[] {
  const out = [...lines];
  // A row whose last cell is empty ends with its bar ("Барлығы | 112 |" under "Алаң | Жарияланым | Қаралым"): that bar
  // parts a cell, and the row is no framed one.
  const bars = (line: string) => (line.match(/ \|(?: |\s*$)/gu) ?? []).length;
  const unframed = (line: string) => !/^\s*[|+]/u.test(line) && !/\+\s*$/u.test(line) && !/(?<! )\|\s*$/u.test(line);
  // (A count grouped by thousands is one cell: "Instagram | 64 | 38 400".)
  // A comparison's cells too: a change ("+2", "−2", "+50 %", "120 %") or an arrow ("▲", "↓", "→") beside the counts.
  const counts = (line: string, from = 1) => line.split('|').slice(from).every((c) => /^\s*(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d{1,5}|[–—-]|[+−–-]?\s?\d{1,5}(?:[.,]\d+)?\s?%?|[▲▼△▽↑↓→←↗↘⬆⬇]\s?(?:\d{1,5}(?:[.,]\d+)?\s?%?)?)?\s*$/u.test(c));
  for (let i = 0; i < lines.length; i++) {
    const n = bars(lines[i]);
    // (A header cell of a year alone names its column: "Показатель | 2025 | 2026".)
    if (n === 0 || !unframed(lines[i]) || counts(lines[i]) || !lines[i].split('|').slice(1).every((c) => /\p{L}|(?<!\d)(?:19|20)\d{2}(?!\d)/u.test(c))) continue;
    // Under a header whose first cell numbers the rows ("Р/с | Іс-шара | Жоспар | Орындалды | Ескерту", set 150), a row opens
    // with its number ("1   | Кеңес отырыстары |   2    |     2     | № 5 – 16.07, …").
    const numbered = NUMBER_HEAD.test(lines[i].split('|')[0].trim());
    const opensRow = (line: string) => /^\s*[«"“(]?\p{L}/u.test(line) || (numbered && /^\s*\d{1,3}[.)]?\s*\|/u.test(line));
    let end = i;
    while (end + 1 < lines.length && bars(lines[end + 1]) === n && unframed(lines[end + 1]) && opensRow(lines[end + 1])) end++;
    const rows = lines.slice(i + 1, end + 1);
    if (rows.length < 2 || rows.filter((r) => counts(r, numbered ? 2 : 1)).length < 2) {
      i = end;
      continue;
    }
    for (let k = i; k <= end; k++) out[k] = `| ${lines[k]} |`;
    i = end;
  }
  return out;
}

/**
 * A row of a table pasted from Word or Excel as text: cells between tabs
 * ("1\tЗаседания Совета\t2\t1\t1\t2\t6\t5"). A line that opens with a
 * tab is a cell of a Word table saved cell by cell (readTables), not a row.
 */

const isTabRow = (line: string) => /^[^\t\s][^\t]*\t/u.test(line);

/** A row saying only that answers came ("Получено ответов", "Ответов получено", "Жауап алынды"): whose answers, the row above says. */
/** Answers given, the row's label alone: "Даны ответы", "Даны ответы заявителям", "Ответы даны", "Жауап берілді", "Жауап берілгені". */
const GIVEN_ANSWERS_ROW = /^(?:дан[ыо]?\s+ответ[\p{L}]*|ответ[\p{L}]*\s+дан[ыо]?|жауап\s+(?:берілді|берілгені|берілген[\p{L}]*))(?:\s+(?:заявител[\p{L}]*|гражданам|өтініш\s+берушілерге))?[.:]?$/iu;
const ANSWERS_ROW = /^(?:получено\s+ответов|ответов\s+получено|полученные\s+ответы|жауап\s+(?:алынды|алынғаны|келді)|алынған\s+жауаптар?)[.:]?$/iu;

/**
 * A block of rows typed with tabs whose rows are not all as wide as its header, as a PDF's text layer gives a table
 * with its cells run together ("1 Заседания ОС\t1\t0\t1\t2\t2" under "№\tПоказатель\tЯнварь Февраль Март\t…"): its
 * cells told apart (alignRunTogether) and the block's rows rewritten in place. When they cannot be, a header naming
 * months or two years or more ("Январь Февраль Март", "2020 г.\t2021 г.") is a table of counts of several periods:
 * its lines are blanked (false when so), so that the sentence grammar takes no month's or other year's count (nor a
 * row's number) for the period's. Else the block is left as it is.
 */
function alignTabBlock(block: { line: string; at: number }[], out: string[]): boolean {
  const cells = block.map((b) => rawCellsOf(b.line).map((c) => c.trim()));
  const widths = new Set(cells.map((c) => c.length));
  if (widths.size === 1 || cells.length < 3) return true;
  // Sub-rows under a row (a tab first: "\tв т.ч. …") and rows wider than the header are another shape: left as they are.
  if (cells.some((c) => c[0] === '')) return true;
  const aligned = alignRunTogether(cells[0], cells.slice(1));
  if (aligned) {
    const row = (c: string[]) => `| ${c.join(' | ')} |`;
    block[0].line = row(aligned.header);
    aligned.rows.forEach((r, k) => (block[k + 1].line = row(r)));
    return true;
  }
  // A header one cell short of every row, its cells all words, the rows each a label and counts ("Отырыстар | Мониторинг |
  // … | Барлығы" over "1-комиссия (…) | 4 | 2 | 1 | 1 | 8"): the label column's header was left empty (a PDF keeps no
  // empty cell) — the header starts one column on.
  const body = cells.slice(1);
  const countCell = (c: string) => /^(?:\d{1,4}\*{0,3}|[-–—×xх]|)$/iu.test(c);
  // (Every header cell a kind of work or a total: "Комиссия | Отырыстар Ескерту | …" has its label column's header, and a
  // cell of two names run together is alignRunTogether's.)
  const namesWork = (c: string) => !COMMISSION_LABEL.test(c) && (metricOfRow(c, null) !== null || TOTAL_ROW.test(c));
  if (body.every((r) => r.length === cells[0].length + 1 && /\p{L}{2}/u.test(r[0]) && r.slice(1).every(countCell) && r.slice(1).some((c) => /\d/u.test(c))) && cells[0].every((c) => /\p{L}{2}/u.test(c) && !/\d/u.test(c) && namesWork(c))) {
    block[0].line = `| | ${cells[0].join(' | ')} |`;
    return true;
  }
  const head = cells[0].join(' ');
  const periods = new Set(matchesOf(head, /(?<!\d)(?:19|20)\d{2}(?!\d)/gu).map((m) => m[0])).size >= 2 || head.split(/\s+/u).filter((w) => /^\p{L}+$/u.test(w) && monthOfWord(w) !== null).length >= 2;
  if (!periods) return true;
  for (const b of block) out[b.at] = '';
  return false;
}

/**
 * A column of a part of the report's period ("I кв.", "IV тоқсан",
 * "1 полугодие", "Январь") in a longer report: its counts are that part's,
 * never the period's, even when its header names the period's year.
 */
function isPartColumn(header: string, periodMonths: number): boolean {
  const h = withoutAllParts(header.toLowerCase());
  const parts = partsOfPeriod(h);
  // (A half-year abbreviated too: "2025 ж. І ж/ж", "1 п/г 2025".)
  if (parts.some((p) => (p.kind === 'quarter' || p.kind === 'half') && p.months < periodMonths)) return true;
  const months = parts.find((p) => p.kind === 'months');
  if (months && months.months < periodMonths) return true;
  return periodMonths > 1 && /^\p{L}+\.?$/u.test(h) && parts.some((p) => p.kind === 'month');
}

/** The report's period as its length in months and the month it opens with (10 for the fourth quarter). */
interface PeriodSpan {
  months: number;
  from: number;
  /** The report is a commission's own (report/authorOf): a column of the whole council's beside the commission's is not its. */
  commissionsReport?: boolean;
}

/**
 * A column over a longer span than a quarter's or a half-year's report ("с начала года", "нарастающим итогом",
 * "жыл басынан", "Всего за 2025 год", "2025 жыл барлығы", "за 12 месяцев"): the year's running total, never the
 * period's. In a year's report the year's column is the period's; a running total from January is the period's
 * when the period opens in January (the nine months' report).
 */
function isLongerColumn(header: string, span: PeriodSpan): boolean {
  const h = header.toLowerCase().replace(/\s+/gu, ' ');
  if (RUNNING.test(h)) return span.from !== 1;
  if (span.months >= 12) return false;
  // ("жылдық" of a half, "І жарты жылдық", is no year's: a form's column "Мәні (2026 ж. І жарты жылдық)".)
  if (/(?:всего|итого|итог) за (?:(?:19|20)\d{2} )?(?:год|г\.)|за (?:(?:19|20)\d{2} )?(?:год|г\.)(?![\p{L}])|(?:19|20)\d{2} (?:жыл|ж\.)(?:ғы)? (?:барлығы|бойынша барлығы|жиыны|қорытынды)|(?<![\p{L}])(?<!жарты\s)(?:жылдық|годов[\p{L}]*)(?![\p{L}])|(?:за )?12 (?:мес|ай)/u.test(h)) return true;
  const months = /(?<![\p{L}\d])(\d{1,2})\s*(?:мес|ай)/u.exec(h);
  return months !== null && Number(months[1]) > span.months;
}

/**
 * A column of a running total from January over exactly the report's period, in a report that opens in January: "Жыл
 * басынан бері (6 ай)" in the first half-year's, "С начала года (9 мес.)", "нарастающим итогом за 9 месяцев" in the nine
 * months'. Its months, when it names them, are the period's (not "с начала года (12 мес.)" in a half-year's); a running
 * total in a period opening later ("9 мес. (нарастающим)" in the third quarter's) is longer than the period (isLongerColumn).
 */
function spansPeriod(header: string, span: PeriodSpan): boolean {
  const h = header.toLowerCase().replace(/\s+/gu, ' ');
  if (span.from !== 1 || span.months >= 12 || !RUNNING.test(h)) return false;
  const months = /(?<![\p{L}\d])(\d{1,2})\s*(?:мес|ай)/u.exec(h);
  return months === null || Number(months[1]) === span.months;
}

/** Counts kept as a running total from January: "с начала года", "нарастающим итогом", "жыл басынан", "өспелі қорытындымен". */
const RUNNING = /с нач(?:ала|\.)? (?:года|г\.|отчетного года)|нарастающ|кумулятив|жыл(?:дың)? басынан|өсп?елі (?:қорытынды|жиынтық)|өспелі/u;

/** A column of another quarter or half than the report's own ("III квартал" in the fourth quarter's report), or of another month in a month's ("2026 ж. қыркүйек" in October's). */
// (So is a run of months or quarters over other months than the period's: "I–II тқс." in the third quarter's, "апрель–июнь"
// in it.)
const isOtherPartColumn = (header: string, span: PeriodSpan) =>
  span.months <= 6 && ((partsOfPeriod(header).some((p) => ((p.kind === 'quarter' || p.kind === 'half') && p.no !== null) || (span.months === 1 && p.kind === 'month' && p.span !== null)) && !isOwnPartColumn(header, span)) ||
    partsOfPeriod(header).some((p) => p.kind === 'months' && p.span !== null && (p.span[0] !== span.from || p.span[1] !== span.from + span.months - 1)));

/** A note speaking of the future ("будут подведены", "планируется", "жоспарланған") or of a quarter outside the period. */
function namesOtherTime(note: string, span: PeriodSpan): boolean {
  if (/(?<![\p{L}])(?:будут|будет|планиру[\p{L}]*|запланирован[\p{L}]*|жоспарлан[\p{L}]*|болады|өткізіледі)(?![\p{L}])/iu.test(note)) return true;
  const quarters = partsOfPeriod(note).flatMap((p) => (p.kind === 'quarter' && p.span !== null ? [p.span] : []));
  return quarters.some(([from, to]) => from < span.from || to > span.from + span.months - 1);
}

/**
 * A column naming the report's own quarter or half ("IV квартал", "4-тоқсан", "IV кв.", "II полугодие",
 * "отчетный квартал", "есепті тоқсан") in a quarter's or a half-year's report, or its own month ("2026 ж. қазан",
 * "Октябрь 2026") in a month's: the period's, beside the year's and the other months'.
 */
function isOwnPartColumn(header: string, span: PeriodSpan): boolean {
  const kind = span.months === 3 ? 'quarter' : span.months === 6 ? 'half' : span.months === 1 ? 'month' : null;
  const parts = partsOfPeriod(header).filter((p) => p.kind === kind);
  if (parts.some((p) => p.own)) return true;
  const numbered = parts.filter((p) => p.span !== null);
  return numbered.length > 0 && numbered.every((p) => p.span![0] === span.from);
}

const ROW = /^\s*\|.*\|\s*$/u;
const BORDER = /^\s*[+|][-=+|:\s]*[-=][-=+|:\s]*$/u;
const isBorder = (line: string) => BORDER.test(line);
const isRow = (line: string) => ROW.test(line) && !isBorder(line);
const rawCellsOf = (line: string) => line.trim().replace(/^\||\|$/g, '').split('|');
/**
 * A cell's text: a Markdown bold ("**IV кв.**", "**2**") is its text; a footnote mark glued to a number ("14**",
 * "10*") is no part of the number (the footnote is read as a note).
 */
// A cell of "×" (nothing planned, not applicable: "× – не применимо"; typed as a letter "х" or "x", "«х» — не заполняется") or
// "н/д" (no data) holds no count: it is empty; so do "no data" in words ("деректер жоқ", "нет данных") and a dash with a
// footnote's mark ("—*", "—**"): what that cell is, the footnote's own sentence states ("* Семинарлар өткізілмеді" — read
// there; "** мәліметтер нақтылануда" — nothing), never the dash.
const MARKED_COUNT = new RegExp(String.raw`^(\d[\d \u00a0]*)(?:${CELL_NOTE_MARK})$`, 'u');
/** A cell of no data — "х", "н/д", "нет данных", a dash with a note's mark, a value hidden ("█", "[скрыто]"): empty, stating nothing. */
const MARKED_NONE = new RegExp(String.raw`^(?:[×xх]|н\/д|нет\s+данных|деректер\s+жоқ|мәлімет(?:тер)?\s+жоқ|[-–—](?:${CELL_NOTE_MARK})|${REDACTED_CELL})$`, 'iu');
const cellsOf = (line: string) => rawCellsOf(line).map((c) => c.trim().replace(/^\*\*(.*)\*\*$/u, '$1').replace(/^__(.*)__$/u, '$1').replace(MARKED_COUNT, '$1').replace(MARKED_NONE, '').trim());
/** A column of plans ("План", "Жоспар", "Запланировано"): what was to be done, never the period's count. */
const PLAN = /(?<![\p{L}])(?:план|жоспар|запланирован|жоспарлан|было)/iu;
/**
 * A column of the rate a plan was done at ("Выполнение", "Исполнение, %", "Орындалуы", "Орындалу деңгейі"): a share,
 * even when its cells are bare numbers ("117"), never the period's count — unless it also names the fact.
 */
const RATE = /(?<![\p{L}])(?:выполнени[еяю]|исполнени[еяю]|орындалу[\p{L}]*|процент[\p{L}]*)(?![\p{L}])/iu;
const isRate = (header: string) => RATE.test(header) && !/(?<![\p{L}])(?:факт|нақты(?![\p{L}])|іс\s+жүзінде)/iu.test(header);
/** A column of corrected values ("Нақтыланған", "Түзетілген", "Уточнено", "Исправлено", "Следует читать", "Верно"). */
const CORRECTED = /(?<![\p{L}])(?:нақтыланған|нақтыланды|түзетілген|түзетілді|дұрысы|уточн[\p{L}]*|исправлен[\p{L}]*|скорректирован[\p{L}]*|следует\s+читать|верно|правильно)(?![\p{L}])/iu;
/**
 * A fact cell saying in words that nothing was done ("өткізілмеді, IV тоқсанға ауыстырылды", "не проведено",
 * "перенесено на IV квартал"): no count, and the column is still the fact's.
 */
const NOT_DONE = /^(?:не\s+(?:проведен|проводил|состоял|выполнен)[\p{L}]*|перенесен[\p{L}]*|отменен[\p{L}]*|өткізілмеді|өтпеді|орындалмады|жүргізілмеді|ауыстырылды|кейінге\s+қалдырылды)(?![\p{L}])[^\d]*$/iu;
/**
 * A pipe table's label wrapped onto a line of its own, no pipes ("Экономика және агроөнеркәсіптік кешен | 2 | 2 | 1 | –" /
 * "  жөніндегі" / "Құқық тәртібі … | 2 | …"): indented words, no figure, between two rows of as many pipes — set as a row
 * of that table with empty counts, which continues the label above (rewrite). (Read as the end of the table, it cut the
 * rows after it off their total: held-out 64's Shu table by commission, its total "not the sum of its parts".)
 */
function joinWrappedLabels(lines: string[]): string[] {
  const out = [...lines];
  const bars = (line: string) => (line.match(/\|/gu) ?? []).length;
  for (let k = 1; k + 1 < out.length; k++) {
    const n = bars(out[k - 1]);
    if (n === 0 || bars(out[k + 1]) !== n || !/^\s+\p{L}[^|\d]{0,60}$/u.test(out[k])) continue;
    const framed = /^\s*\|/u.test(out[k - 1]);
    out[k] = framed ? `| ${out[k].trim()} ${'| '.repeat(n - 1)}` : `${out[k]}${' |'.repeat(n)}`;
  }
  return out;
}

/**
 * A column of the total over the whole period, named by it: "Всего за полугодие" in a half-year's report, "Итого за год",
 * "Барлығы жыл бойы", "Всего за отчётный период".
 */
function isWholeTotal(header: string, periodMonths: number): boolean {
  const m = /^\s*(?:итого|всего|барлығы|жиыны)\s+(?:за\s+)?(.+?)[\s:.]*$/iu.exec(header);
  if (m === null) return namesWholePeriod(header, periodMonths);
  // ("Итого за 9 мес." in the nine months' report: the year's first months, as many as the period's.)
  // ("Всего за созыв", "Барлығы шақырылым бойынша" in a report of the whole term, longer than a year: its own total, set 171.)
  return WHOLE_PERIOD.test(m[1]) || (periodMonths === 12 && WHOLE_YEAR.test(m[1])) || (periodMonths > 13 && TERM_WORD.test(m[1])) || (!/\d{4}/u.test(m[1]) && (partMonths(m[1]) === periodMonths || partsOfPeriod(m[1]).some((p) => p.kind === 'months' && p.months === periodMonths)));
}
const WHOLE_YEAR = /^(?:год|жыл(?:\s+бойы)?|бір\s+жылда)$/iu;
/**
 * A column named by the whole period with no total word, beside its parts: "Жыл бойы", "Жыл ішінде", "За год" in a year's
 * report (its quarters typed as bare "I | II | III | IV"), "За отчётный период", "Есепті кезеңде" in any.
 */
function namesWholePeriod(header: string, periodMonths: number): boolean {
  const h = header.trim().replace(/[\s:.]+$/u, '');
  return WHOLE_PERIOD_NAMED.test(h) || (periodMonths === 12 && WHOLE_YEAR_NAMED.test(h));
}
const WHOLE_YEAR_NAMED = /^(?:за\s+(?:весь\s+)?год|в\s+течение\s+года|жыл\s+(?:бойы|бойында|ішінде))$/iu;
const WHOLE_PERIOD_NAMED = /^(?:за\s+(?:весь\s+)?отч[её]тный\s+период|есепті\s+кезең(?:де|\s+ішінде)?)$/iu;
const WHOLE_PERIOD = /^(?:отч[её]тный\s+период|период|есепті\s+кезең(?:де)?|кезең\s+ішінде)$/iu;
/** A row of the table's total ("Итого", "Барлығы / Итого"): a sum of different kinds, no metric. */
const TOTAL_ROW = /^(?:(?:итого|всего|барлығы|жиыны|жалпы)(?:\s*\/\s*(?:итого|всего|барлығы|жиыны))?(?:\s+по\s+(?:общественному\s+)?(?:совету|ос))?|(?:қоғамдық\s+)?кеңес\s+бойынша\s+(?:барлығы|жиыны))[\s:.]*$/iu;
/** The column of row numbers: "№", "№ п/п", "п/п". */
const NUMBER_HEAD = /^(?:№|n|п\/п|№\s*п\/п|р\/с|р\/с\s*№)$/iu;
/** A share ("73 %", "80%", "66,7 %") in a column of counts: a row of a share states no count, the column is still one. */
const PERCENT = /^\d{1,3}(?:[.,]\d{1,2})?\s*%$/u;
const CHANGE = /%|динамик|изменени|\+\s*\/\s*-|отклонен|өзгеріс|серпін/iu;

/**
 * `spans`: the table was typed with tabs or read from Word, where a header cell merged across columns stands as empty
 * cells after it (a table drawn with bars draws a merged cell without the bars between).
 */
/**
 * Two header rows that are one header in two languages: the first has Kazakh letters, the second none, and every cell of the
 * second that has words stands under a cell of the first that has words too ("Барлығы" over "Итого", "Шілде" over "Июль"),
 * each row naming two columns or more — a header of two levels ("Өтініштер" over "барлығы | оның ішінде") has cells under
 * an empty top or one top over several.
 */
function translatedHeader(rows: string[][]): boolean {
  if (rows.length !== 2) return false;
  const [top, below] = rows;
  const worded = (c: string) => /\p{L}{3}/u.test(c);
  const named = below.filter(worded).length;
  return top.some(isKazakh) && !below.some(isKazakh) && named >= 2 && top.filter(worded).length >= named
    && below.every((c, k) => !worded(c) || worded(top[k] ?? ''))
    && top.every((c, k) => k === 0 || !worded(c) || worded(below[k] ?? ''));
}

function rewrite(block: { line: string; at: number }[], periodYears: number[], span: PeriodSpan, out: string[], rowFigures: ReportFigure[], spans = false): void {
  const periodMonths = span.months;
  const rows = block.filter((b) => isRow(b.line)).map((b) => ({ cells: cellsOf(b.line), raw: rawCellsOf(b.line), at: b.at }));
  if (rows.length < 2) return;
  joinWrappedHeader(rows);
  const width = rows[0].cells.length;
  if (width < 2 || rows.some((r) => r.cells.length !== width)) return;
  // The header: the rows before the first border under the first row, else the first row.
  const firstRowAt = rows[0].at;
  const borderAfter = block.find((b) => b.at > firstRowAt && isBorder(b.line));
  const headerRows = borderAfter && rows.some((r) => r.at > borderAfter.at) ? rows.filter((r) => r.at < borderAfter.at) : leadingHeaderRows(rows);
  const bodyRows = rows.filter((r) => !headerRows.includes(r));
  if (spans) fillSpans(headerRows.map((r) => r.cells));
  // A header told in two languages, a row each ("Көрсеткіш / Показатель | Шілде | Тамыз | … | Барлығы" over "| Июль | Август
  // | … | Итого"): each column's two names are one heading, as a slash between them says — no header of two levels.
  const translated = translatedHeader(headerRows.map((r) => r.cells));
  const header = Array.from({ length: width }, (_, c) => headerRows.map((r) => r.cells[c]).filter((h) => !translated || h !== '').join(translated ? ' / ' : ' ').replace(/-\s+/gu, '').replace(SUFFIX_BREAK, '').trim());
  // A column of "17 (15)" whose header says the brackets hold last year's count ("Факт за 9 мес. (в скобках – 9 мес.
  // 2024 г.)"): this period's count is the one before the brackets, and the header's other year is no longer its own.
  header.forEach((h, c) => {
    const bare = withoutBracketYear(h, periodYears);
    if (bare === null) return;
    header[c] = bare;
    for (const r of bodyRows) r.cells[c] = thisOfBracketPair(r.cells[c]);
  });
  // A header of two levels ("Өтініштер" over "барлығы", "оның ішінде" over "жеке тұлғалардан"): its top cell and the rest.
  const headerTop = Array.from({ length: width }, (_, c) => headerRows.length > 1 && !translated ? headerRows[0].cells[c].replace(/-\s+/gu, '').replace(SUFFIX_BREAK, '').trim() : '');
  const headerBelow = Array.from({ length: width }, (_, c) => (translated ? '' : headerRows.slice(1).map((r) => r.cells[c]).join(' ').replace(/-\s+/gu, '').replace(SUFFIX_BREAK, '').trim()));
  if (proseAnswers(bodyRows, width, out)) return;
  // Wrapped rows: a row whose count cells are all empty continues the one before.
  const records: { cells: string[]; indent: number; at: number }[] = [];
  for (const r of bodyRows) {
    const numberless = r.cells.every((cell, c) => c === labelColumn(header, r.cells) || cell === '' || !/\d/u.test(cell));
    if (numberless && records.length > 0 && (r.cells[0] === '' || continuesLabel(records[records.length - 1].cells, r.cells, labelColumn(header, r.cells)))) {
      const last = records[records.length - 1];
      last.cells = last.cells.map((cell, c) => (r.cells[c] ? `${cell} ${r.cells[c]}` : cell));
    } else records.push({ cells: [...r.cells], indent: 0, at: r.at });
  }
  const label = labelColumn(header, records[0]?.cells ?? []);
  if (label >= 0) joinLabelsOverCounts(records, label);
  // A column of units ("Ед. изм.", "Өлш. бірл."): a row measured in %, thousands or money states no count, and its
  // value cell ("96,4", "412,5") is no reason to refuse the column of counts; the row is no one's figure.
  const unitCol = header.findIndex((h, c) => c !== label && UNIT_HEAD.test(h));
  if (unitCol >= 0) {
    for (let k = records.length - 1; k >= 0; k--) if (NOT_A_COUNT_UNIT.test(records[k].cells[unitCol])) {
      out[records[k].at] = '';
      records.splice(k, 1);
    }
  }
  // No column of units, the unit at the end of the label ("Доля обращений с ответом, %", "Охват публикаций, тыс.",
  // "Қамту, мың") in a table of year columns ("2024 год | 2025 год"): the same, the row is no one's figure and its "94,7"
  // no reason to refuse the report year's column.
  if (unitCol < 0 && label >= 0 && header.some((h) => yearsIn(h).length > 0)) {
    for (let k = records.length - 1; k >= 0; k--) if (isLabelUnitNoCount(records[k].cells[label])) {
      out[records[k].at] = '';
      records.splice(k, 1);
    }
  }
  if (label >= 0) answeredInWords(records, header, label, out);
  for (const r of records) r.indent = label >= 0 ? (rows.find((x) => x.at === r.at)?.raw[label] ?? '').search(/\S|$/u) : 0;
  const details = ownColumnDetails(header, records);
  const counts = header.map((h, c) => c !== label && c !== unitCol && !CHANGE.test(h) && !isRate(h) && !/^№?$/u.test(h) && !NUMBER_HEAD.test(h) && records.filter((r) => r.cells[c] !== '').length > 0 && records.every((r) => r.cells[c] === '' || /^[-–—]$/u.test(r.cells[c]) || countOf(r.cells[c]) !== null || PAIR_CELL.test(r.cells[c]) || isApproximate(r.cells[c]) || GARBLED_CELL.test(r.cells[c]) || PERCENT.test(r.cells[c]) || NONE_CELL.test(r.cells[c]) || (FACT_COLUMN.test(h) && NOT_DONE.test(r.cells[c]))) && records.some((r) => countOf(r.cells[c]) !== null));
  // A column headed by no word or year ("1", the first row of a list typed with tabs, not a header) is never the value's.
  // "Көрсеткіш | Комиссия | Кеңес бойынша барлығы | Комиссия үлесі, %" (set 39) in a commission's report: its figures are its
  // own, the council's column another body's (a council's report reads the council's column, as before).
  const besideCommission = span.commissionsReport === true && header.some((h, c) => c !== label && counts[c] && COMMISSION_HEAD.test(h.trim()));
  const columns = counts.flatMap((ok, c) => (ok && !MONEY_HEAD.test(header[c]) && !PEOPLE_HEAD.test(header[c]) && !REFERENCE_HEAD.test(header[c]) && !(besideCommission && COUNCIL_WHOLE_HEAD.test(header[c])) && !isPartColumn(header[c], periodMonths) && !isLongerColumn(header[c], span) && !isOtherPartColumn(header[c], span) && (/\p{L}/u.test(header[c]) || yearsIn(header[c]).length > 0) ? [c] : []));
  // (In a term's report, longer than a year, one year's column is a part of it: only a column spanning the term's years is its.)
  const ofPeriod = columns.filter((c) => yearsIn(header[c]).some((y) => periodYears.includes(y)) && !yearsIn(header[c]).some((y) => !periodYears.includes(y))
    && (span.months <= 13 || (yearsIn(header[c]).includes(periodYears[0]) && yearsIn(header[c]).includes(periodYears.at(-1)!))));
  if (label >= 0 && rewriteMedia(block, records, header, label, columns, periodYears, out)) return;
  if (label >= 0 && rewriteMediaColumns(block, records, header, label, out)) return;
  // Beside a plan, the fact: "Жоспар / План | Факт | Орындалуы, %", "Было | Стало".
  const facts = columns.filter((c) => (FACT_COLUMN.test(header[c]) || DONE_HEAD.test(header[c].trim())) && !PLAN.test(header[c]) && !yearsIn(header[c]).some((y) => !periodYears.includes(y)));
  const planned = columns.some((c) => PLAN.test(header[c]));
  // Beside the values of an earlier letter, the corrected ones: "№ 41 хатта | Нақтыланған", "Было указано | Уточнено".
  const corrected = columns.filter((c) => CORRECTED.test(header[c]) && !yearsIn(header[c]).some((y) => !periodYears.includes(y)));
  // Of the quarter's and the year's columns, the one naming the report's own quarter ("IV квартал" in the fourth quarter's).
  // (A plan of the report's own quarter, "ІІ тоқсанға жоспар" beside "Нақты орындалды", is what was to be done in it.)
  const own = columns.filter((c) => isOwnPartColumn(header[c], span) && !PLAN.test(header[c]) && !yearsIn(header[c]).some((y) => !periodYears.includes(y)));
  // Beside a plan and a part of the period, the column running from January over exactly the period's months ("Жыл басынан
  // бері (6 ай)" in a half-year's report, "С начала года (9 мес.)" in the nine months'): the period's own.
  const whole = columns.filter((c) => spansPeriod(header[c], span) && !PLAN.test(header[c]) && !yearsIn(header[c]).some((y) => !periodYears.includes(y)));
  // A table by territory or body whose total column stands among its parts ("ВСЕГО по Совету | обл. уровень | г.Риддер
  // | …"), no column naming a year, a plan or a fact: the total column is the council's, the others are parts.
  const totals = columns.filter((c) => TOTAL_ROW.test(withoutAllParts(header[c]).replace(/-\s+/gu, '').replace(/\(\s*\)/gu, '').trim()) || isWholeTotal(header[c], periodMonths));
  // (Not when the other columns each name a kind of work, "Отырыстар | Мониторинг | Есеп тыңдау | … | Барлығы": the total
  // column adds up events of several kinds, row by row — no one's count; the table is read by its total row.)
  const kinds = new Set(columns.filter((c) => !totals.includes(c)).map((c) => metricOfRow(header[c].replace(/[*¹²³]+/gu, ''), null)).filter((m) => m !== null));
  const partsOnly = kinds.size < 2 && columns.every((c) => yearsIn(header[c]).length === 0 && !PLAN.test(header[c]) && !FACT_COLUMN.test(header[c]));
  // A table by body ("Общественный совет при МВД РК | Общественные советы при ДП (17) | Всего по системе МВД") under one
  // period: the one column naming a council in the singular is the report's; the others are other councils or their sum.
  const ownBody = ownBodyColumn(columns.map((c) => ({ c, head: header[c], top: headerTop[c] })), periodYears);
  // Beside parts that tile the period ("I тоқсан | … | IV тоқсан"), the one total column naming no other year ("Барлығы
  // (барлық тоқсандар)" beside "2024 жыл"): the period's, its parts checked below.
  // (A column of the whole period, "Всего за полугодие" in a half-year's report, is no part of it.)
  const tileParts = header.flatMap((h, c) => (c !== label && counts[c] && partMonths(h) !== null && !isWholeTotal(h, periodMonths) && !yearsIn(h).some((y) => !periodYears.includes(y)) ? [c] : []));
  const tiledTotals = partsTile(tileParts.map((c) => header[c]), periodMonths) ? totals.filter((c) => !yearsIn(header[c]).some((y) => !periodYears.includes(y))) : [];
  // A term's report by year ("2023 (сәуір–желтоқс.) | 2024 | 2025 | 2026 (қаңтар–сәуір) | Барлығы", set 171): the years are
  // its parts, the one total column naming no year outside the term its own.
  const termTotal = termTotalColumn(header, columns, totals, periodYears, span);
  // Of columns each a state at a day ("Ротацияға дейін (01.07.2026) | Тоқсан соңында (30.09.2026)"), the period's end's.
  const endState = endStateColumn(header, columns, periodEnd(span.from, span.months, periodYears.at(-1)));
  // "Вид мероприятия | Кол-во | Участников | Для сравнения: III кв. 2025 г.": beside columns that name only other years,
  // the one count column naming no time is the report's own.
  const unnamedTime = columns.filter((c) => yearsIn(header[c]).length === 0 && !PLAN.test(header[c]));
  // (Not a total beside parts of the period: "I тоқсан | II тоқсан | Барлығы | 2024 жыл" — its parts must tile the period.)
  const beside = unnamedTime.length === 1 && columns.length > 1 && !header.some((h) => partMonths(h) !== null && !yearsIn(h).some((y) => !periodYears.includes(y))) && !TOTAL_ROW.test(header[unnamedTime[0]]) && columns.every((c) => c === unnamedTime[0] || (yearsIn(header[c]).length > 0 && yearsIn(header[c]).every((y) => !periodYears.includes(y)))) ? unnamedTime[0] : null;
  const value = corrected.length === 1 ? corrected[0] : own.length === 1 ? own[0] : whole.length === 1 ? whole[0] : endState !== null ? endState : ofPeriod.length === 1 && !PLAN.test(header[ofPeriod[0]]) ? ofPeriod[0] : planned && facts.length === 1 ? facts[0] : columns.length === 1 && columns.every((c) => yearsIn(header[c]).length === 0 && !PLAN.test(header[c])) ? columns[0] : totals.length === 1 && partsOnly ? totals[0] : tiledTotals.length === 1 ? tiledTotals[0] : termTotal ?? beside ?? ownBody;
  // A table of counts by quarters (or of other years) with no column of the period says nothing of the period:
  // its rows are not left for the sentence grammar to take a quarter's cell as the year's.
  // So is a table whose columns are years ("2024 год | 2025 год") when no column can be told the period's: its cells
  // are other years' or unreadable, and its row numbers ("8", "11") no counts.
  const yearColumns = new Set(header.flatMap((h) => yearsIn(h))).size >= 2;
  if ((value === null || label < 0) && (counts.some((ok) => ok) || yearColumns)) for (const b of block) out[b.at] = '';
  // The subject of a header of groups: the first group's metric ("Поступило обращений"); a group naming none ("Результат
  // рассмотрения") tells of the same things.
  const subject = headerTop.map((t) => (t === '' ? null : metricOfRow(t.replace(/[*¹²³]+/gu, ''), null))).find((m) => m !== null) ?? null;
  const columnMetric = (c: number, captionSubject: MetricId | null = null) => headerMetric(header[c], headerTop[c], headerBelow[c], subject ?? captionSubject, periodYears);
  // A table of running totals says so in its caption ("Кесте 1. Негізгі көрсеткіштер (өспелі қорытындымен)") or header.
  const above: string[] = [];
  for (let k = block[0].at - 1; k >= 0 && k >= block[0].at - 4 && above.length < 2; k--) if (out[k].trim() !== '' && !/^[\s\-=_—─]+$/u.test(out[k])) above.push(out[k]);
  const running = RUNNING.test([...above, ...header].join(' ').toLowerCase().replace(/\s+/gu, ' '));
  if (value === null && label >= 0 && readPeriodRows(records, header, label, columns, columnMetric, periodYears, span, out, rowFigures, running)) return;
  if (label < 0 && readLabelless(block[0].at, records, header, counts, columnMetric, periodYears, out, rowFigures)) return;
  // A footnote's mark in a column's cells or header ("2*", "Мониторингов*"), as typed.
  const marked = (c: number) => /[*¹²³]\s*$/u.test(header[c]) || rows.some((r) => /\d\s?\*{1,3}\s*$/u.test(r.raw[c] ?? ''));
  if (value === null && label >= 0) readTotalRow(block[0].at, records, header, label, columns, out, rowFigures, columnMetric, marked);
  if (value === null || label < 0) return;
  for (const b of block) out[b.at] = '';
  const numberCol = header.findIndex((h, c) => c !== label && NUMBER_HEAD.test(h));
  // A column of groups merged down before the labels ("Направление": "Обращения граждан" on the group's first row, empty
  // cells below): a row of the group that names nothing on its own ("Даны ответы заявителям", "от физических лиц") is a
  // part of the group's first row.
  const groupCol = label > 0 && numberCol < 0 && !counts[0] && records.length > 1 && records[0].cells[0] !== '' && records.some((r) => r.cells[0] === '') && records.every((r) => !/\d{2}/u.test(r.cells[0])) ? 0 : -1;
  let groupMetric: MetricId | null = null;
  let parent: { metric: MetricId | null; indent: number; label: string; unit: string } = { metric: null, indent: 0, label: '', unit: '' };
  // Beside a total column ("Итого за 9 мес.", "Барлығы", "Жыл бойы", wherever it stands), the parts that tile the period
  // ("I кв. | II кв. | III кв.", the months): a row whose total they do not make is a candidate (partsOfTotal).
  const parts = header.flatMap((h, c) => (c !== label && c !== value && partMonths(h) !== null && !yearsIn(h).some((y) => !periodYears.includes(y)) ? [c] : []));
  const partCols = !running && (partMonths(header[value]) === null || isWholeTotal(header[value], periodMonths)) && partsTile(parts.map((c) => header[c]), periodMonths) ? parts : [];
  const sectioned = numberCol >= 0 && records.length > 2 && records.every((r) => /^\d{1,2}\.\d{1,2}\.?$/u.test(r.cells[numberCol]));
  const dashZero = dashMeansNone(out, block[0].at, block[block.length - 1].at);
  // A total its note says why it is not the parts' sum ("… включён в итог за 9 месяцев"): as stated (explainedTotals).
  const explained = explainedMetrics(noteUnder(out, block[block.length - 1].at));
  // Each row as placed (a part of the row above or not, its metric), for the wholes of several kinds weighed after the rows.
  const placed: PlacedRow[] = [];
  for (const r of records) {
    const n = countOf(r.cells[value]);
    const text = r.cells[label];
    if (text === '' || TOTAL_ROW.test(text)) continue;
    // A sub-row: "оның ішінде …", a row with no number of its own under a numbered one, a label set in further.
    // A row numbered under the one before ("3.1", "7.2") is its sub-row.
    // A form numbered by sections ("1.1" … "1.6", "2.1" …, every row so): a number tells the section, not the row's parent;
    // a row is a part of the row above when its label says so or names nothing alone ("от физических лиц", "Дан ответ").
    // "– Instagram", "• сайт акимата" under "Публикации, всего": a platform's row set under the total by its dash (a Word
    // table has no indent) is its part.
    const dashedPlatform = parent.metric === 'publications' && /^\s*[-–—•·]\s*\S/u.test(text) && PLATFORM.test(text);
    const sub = records.indexOf(r) > 0 && (SUB_ROW.test(text) || dashedPlatform || r.indent > parent.indent + 1 || (sectioned ? metricOfRow(text, null) === null : numberCol >= 0 && (r.cells[numberCol] === '' || /^\d{1,2}\.\d{1,2}\.?$/u.test(r.cells[numberCol]))));
    // Under a row that names no metric ("Работа постоянных комиссий"), a sub-row ("заседания") is that row's: its
    // sentence carries the parent's words, and the grammar judges whose count it is.
    const orphan = sub && parent.metric === null && parent.label !== '';
    // A row measured in the unit of the row before ("Направлено писем | хат / письмо", then "Получено ответов | хат /
    // письмо") counts the same things: its label is read as that row's part. A unit of no thing ("ед.", "бірлік") says nothing.
    const sameThing = !sub && unitCol >= 0 && parent.metric !== null && parent.unit !== '' && !GENERIC_UNIT.test(parent.unit) && r.cells[unitCol] === parent.unit;
    const inGroup: boolean = groupCol >= 0 && r.cells[groupCol] === '' && groupMetric !== null;
    // "Получено ответов" as a row of its own right under "Направлено писем": the answers to the row above's letters.
    // "Даны ответы заявителям" as a row of its own under "Поступило обращений, всего" (its "в т.ч." rows between): the
    // answers given to the appeals above.
    const answersAbove = !sub && parent.metric !== null && (ANSWERS_ROW.test(text.trim()) || (parent.metric === 'appeals_received' && GIVEN_ANSWERS_ROW.test(text.trim())));
    // "Комиссий | 3" as a row of its own right under the members' rows ("Членов Совета", "– из них …"): the composition
    // goes on — the council's commissions. Alone, a bare "Комиссий" names nothing (under "Заседаний" it is their meetings).
    const composition = !sub && parent.metric === 'members_total' && metricOfRow(text, null) === null;
    // A group's first row whose label is only what was done to the group's things ("НҚА жобаларын қарау" › "Қаралды",
    // "Азаматтардың өтініштері" › "Түсті"): the group's own count, the group's words naming it (groupHeading.ts).
    const headed = groupCol >= 0 && r.cells[groupCol] !== '' && !sub ? groupHeadingMetric(r.cells[groupCol], text) : null;
    const metric: MetricId | null = orphan ? null : (metricOfRow(text, sub ? parent.metric : null) ?? headed ?? (sameThing || answersAbove || composition ? metricOfRow(text, parent.metric) : null) ?? (!sub && inGroup ? metricOfRow(text, groupMetric) : null));
    if (groupCol >= 0 && r.cells[groupCol] !== '') groupMetric = metric;
    if (!sub) parent = { metric, indent: r.indent, label: text, unit: unitCol >= 0 ? r.cells[unitCol] : '' };
    placed.push({ at: r.at, sub, metric });
    // "Круглые столы / диалоговые площадки | 1 / 1": a count of each kind the label names, in its order (pairSplit).
    const pair = n === null && !sub ? pairSplit(text, r.cells[value]) : null;
    if (pair !== null) {
      out[r.at] = pair.map((p) => `${p.label} – ${p.value}.`).join(' ');
      for (const p of pair) rowFigures.push({ metric: p.metric, value: p.value, line: r.at + 1, text: `${p.label} – ${p.value}.` });
      continue;
    }
    // "Круглые столы, дискуссионные площадки – 5": one count of two kinds of things, neither's; no sentence either.
    if (metric === null && namesTwoMetrics(text)) continue;
    // A row of a count on a day ("Количество членов ОС (на конец периода)") gives each quarter's; only counts of things done add up.
    const sum = n !== null && partCols.length > 0 && isSummed(metric) ? partsSum(partCols.map((c) => r.cells[c])) : null;
    if (n !== null && sum !== null && sum !== n && !explained.has(metric!)) {
      rowFigures.push(totalNotSum(metric!, n, sum, r.at + 1, `${text} – ${n}.`));
      continue;
    }
    // The period's cell saying in words that none was held ("не проводились", "өткізілмеді"): the row's count is 0. So is
    // its dash when the table's legend says a dash is none («"—" белгісі іс-шара өткізілмегенін (нөл) білдіреді»).
    const dashNone = dashZero && /^[-–—]$/u.test(r.cells[value]);
    if (n === null && (NONE_CELL.test(r.cells[value]) || dashNone) && metric !== null && !PLAN_ROW.test(text)) {
      out[r.at] = `${text.replace(/^\d{1,2}[.)]\s+/u, '').replace(/[.:;\s]+$/u, '')} – ${dashNone ? '0' : r.cells[value]}.`;
      rowFigures.push({ metric, value: 0, line: r.at + 1, text: out[r.at] });
    }
    if (n === null) continue;
    // A label's brackets qualify it ("Публикации (сайт и соцсети)"); the sentence is the label's words.
    const words = (label: string) => label.replace(/\s*\([^()]*\)/gu, '').replace(/[.:;\s]+$/u, '');
    // A note column ("Ескерту / Примечание": "одобрено – 19, с замечаниями – 6") qualifies the row's count: it is read with it.
    // A note of a dash says nothing; a note naming another year than the period's ("мониторинг 12 объектов, построенных в
    // 2022–2024 годах", "перенесены на 2026 год") tells of other things: the row's sentence goes without it.
    const notes = header.flatMap((h, c) => (c !== label && c !== value && NOTE_HEAD.test(h) && !/^[-–—\s]*$/u.test(r.cells[c]) ? [r.cells[c]] : []));
    // A note of what is yet to come ("по 2 мониторингам итоги будут подведены в IV квартале") or of a quarter outside the
    // period tells of other things too.
    // "Жарияланымдар (Instagram / Facebook)" beside "15 (9 / 6)": the cell's bracket splits the count as the label's names
    // its parts — said after the count like a note's breakdown ("… – 15: Instagram – 9, Facebook – 6").
    const split = bracketSplit(text, r.cells[value]);
    const detail = details.get(r.at) ?? '';
    // So does a note of what did not happen ("1 перенесено на октябрь", "семинар 17.09 отменен", "біреуі өтпей қалды"): the
    // row's count is what was done, the note's number is none of it.
    const platforms = metric === 'publications' && split === null ? platformsInLabel(text) : null;
    const said = [...(split === null ? [] : [split]), ...(platforms === null ? [] : [platforms]), ...wordNoteOf(r.cells[value]), ...(detail !== '' && !detail.startsWith('(') ? [detail] : []), ...notes.filter((t) => !yearsIn(t).some((y) => !periodYears.includes(y)) && !namesOtherTime(t, span) && !NOT_HELD_AFTER.test(t))];
    // The note opens as a breakdown of the count ("Публикации – 187: на сайте – 62, в Telegram – 125").
    // A platform's sub-row under the publications' row ("Публикации, всего   73" over "  Instagram   40", "  сайт акимата
    // города   15"): that platform's publications, said with the parent's noun so that readMedia reads it (held-out 52's
    // Atyrau table).
    const platformPart = sub && parent.metric === 'publications' && PLATFORM.test(text);
    const lead = orphan ? `${words(parent.label).replace(/^\d{1,2}[.)]\s+/u, '')}, ` : headed !== null && metric === headed ? `${words(r.cells[groupCol])}: ` : platformPart ? `${words(parent.label).replace(/^\d{1,2}[.)]\s+/u, '').replace(/[,\s]*(?:всего|итого|барлығы|жиыны)$/iu, '')}: ` : '';
    const sentence = `${lead}${platformPart ? words(text).replace(/^[-–—•·]\s*/u, '') : words(text)} – ${n}${detail.startsWith('(') ? ` ${detail}` : ''}${said.map((t, k) => `${k === 0 ? ':' : ','} ${t.replace(/[.;,\s]+$/u, '')}`).join('')}.`;
    // A plan's row ("Мониторинги (план)" above "Мониторинги (факт)") says nothing of what was done: no sentence of it.
    out[r.at] = PLAN_ROW.test(text) ? '' : sentence.replace(/^\d{1,2}[.)]\s+/u, '');
    // (The cell's note of words goes with the row's figure: "Қаралған НҚА жобалары – 3: барлығы ескертусіз мақұлданды" says
    // every draft reviewed was approved — allOfReceived.)
    const note = wordNoteOf(r.cells[value]).map((t) => `: ${t.replace(/[.;,\s]+$/u, '')}`).join('');
    if (metric !== null) rowFigures.push({ metric, value: n, line: r.at + 1, text: `${words(text)} – ${n}${note}.` });
    // A note's "одобрено – 19" is a sub-row of the row's metric.
    for (const piece of notes.flatMap((t) => t.split(/[,;]\s*/u))) {
      // "на 31.12.2025 на рассмотрении – 3": the day it stands at is no part of the label; "ответы направлены по 36".
      const said = piece.replace(AS_OF, ' ').trim();
      const part = /^(\p{L}[\p{L}.\s]*?)\s*(?:[-–—:]|\s(?:по|на))\s*(\d{1,4})$/u.exec(said);
      // Or the count first: "из них 24 – без замечаний, 7 – с замечаниями", "оның ішінде 5 – ескертусіз".
      // Or the count before its noun: "5 управлений акимата области", "3 басқарма".
      const counted = part ? null : /^(?:(?:из\s+них|в\s+т(?:ом|\.)\s*ч(?:исле|\.)|оның\s+ішінде|олардың\s+ішінде)\s+)?(\d{1,4})\s*(?:[-–—]\s*)?(\p{L}[\p{L}\s]*)$/iu.exec(said);
      const [label, value] = part ? [part[1], part[2]] : counted ? [counted[2], counted[1]] : ['', ''];
      const partMetric = label !== '' && metric !== null ? metricOfRow(label, metric) : null;
      if (partMetric !== null && partMetric !== metric) rowFigures.push({ metric: partMetric, value: Number(value), line: r.at + 1, text: `${piece.trim()}.` });
    }
  }
  // "Заседания – всего | 17" over its "в т.ч." rows of the Council's, the presidium's and the commissions' meetings: a whole of
  // several kinds, no figure of the kind its bare noun names (mixedWholes); its sentence goes too, or the grammar reads it.
  for (const at of mixedWholes(placed)) {
    out[at] = '';
    for (let k = rowFigures.length - 1; k >= 0; k--) if (rowFigures[k].line === at + 1) rowFigures.splice(k, 1);
  }
}

/** A word a narrow column broke before its Kazakh plural ending ("Кеңес отырыс-тары", "Комиссия отырыс-тары"): one word. */
const SUFFIX_BREAK = /(?<=\p{Ll})-(?=(?:тар|тер|дар|дер|лар|лер)(?:ы|і|дың|дің|ының|інің)?(?![\p{L}]))/gu;
const PERIOD_ABOVE = /^(?:(?:за\s+)?(?:19|20)\d{2}\s*(?:год[\p{L}]*|г\.|жыл[\p{L}]*|ж\.)?\s*)/iu;
/** A council named in the singular, the column's whole name once the period's words above it are set aside. */
const ONE_COUNCIL = /^(?:общественн[\p{L}]*\s+совет(?![\p{L}])|қоғамдық\s+кеңес(?![\p{L}]))(?!.*(?<![\p{L}])(?:всего|итого|барлығы|жиыны)(?![\p{L}]))/iu;
/** Other councils (plural) or their sum: "Общественные советы при ДП (17)", "Всего по системе МВД", "Облыстық кеңестер". */
const OTHER_BODIES = /(?<![\p{L}])(?:общественн[\p{L}]*\s+совет(?:ы|ов|ам)|совет(?:ы|ов)|(?:қоғамдық\s+)?кеңестер[\p{L}]*|всего|итого|барлығы|жиыны)(?![\p{L}])/iu;

/**
 * The column of the report's own council in a table by body: exactly one column named as one council, every other naming
 * councils in the plural or a sum; no column naming a plan, a fact or a year other than the period's. Else null.
 */
function ownBodyColumn(columns: { c: number; head: string; top: string }[], periodYears: number[]): number | null {
  if (columns.length < 2) return null;
  // The period's words above the names ("2025 год", merged over them; joined into each column's header by a Word table's
  // reader) are set aside.
  const name = (x: { head: string; top: string }) => x.head.slice(x.head.startsWith(x.top) ? x.top.length : 0).trim().replace(PERIOD_ABOVE, '');
  if (columns.some((x) => PLAN.test(x.head) || FACT_COLUMN.test(x.head) || yearsIn(x.head).some((y) => !periodYears.includes(y)))) return null;
  const one = columns.filter((x) => ONE_COUNCIL.test(name(x)));
  if (one.length !== 1) return null;
  return columns.every((x) => x === one[0] || OTHER_BODIES.test(name(x))) ? one[0].c : null;
}

/**
 * The council's column beside a column of other bodies' figures given for reference ("Общественный совет | Для сведения:
 * акимат / маслихат", "Қоғамдық кеңес | Аудан әкімдігі (анықтама үшін)"), its cells a count with its breakdown after it
 * ("14 (физ. лиц – 12, юр. лиц – 2)", "3, из них одобрено 2, с замечаниями 1", "2 (отдел образования; отдел ЖКХ)"): each
 * such cell cut to its count, in place, so that the column reads as one of counts (the other column's prose, "сессии
 * маслихата – 1", never does); the breakdown returned by the row's line, said after the count as a note is (a bracket kept
 * as one: "Заслушано отчётов – 2 (отдел образования; отдел ЖКХ)" names the departments heard). Nothing when
 * no column is headed by the council alone or none beside it by another body.
 */
function ownColumnDetails(header: string[], records: { cells: string[]; at: number }[]): Map<number, string> {
  const details = new Map<number, string>();
  const own = header.findIndex((h) => ONE_COUNCIL.test(h.replace(PERIOD_ABOVE, '').trim()));
  if (own < 0 || !header.some((h, c) => c !== own && REFERENCE_BODY_HEAD.test(h))) return details;
  for (const r of records) {
    const m = COUNT_WITH_DETAIL.exec(r.cells[own].trim());
    if (m === null) continue;
    r.cells[own] = m[1];
    details.set(r.at, m[2] !== undefined ? `(${m[2].trim()})` : m[3].trim());
  }
  return details;
}
/** A column of another body's figures, for reference: its heading names an authority, or says it is for reference only. */
const REFERENCE_BODY_HEAD = /(?<![\p{L}])(?:акимат|аким|маслихат|әкімдік|әкімдіг|әкім|мәслихат|для\s+сведения|справочно|анықтама\s+үшін)[\p{L}]*/iu;
/** A count, then its breakdown: in a bracket closing the cell, or after a comma and "из них", "в т.ч.", "оның ішінде". */
const COUNT_WITH_DETAIL = /^(\d{1,4})\s*(?:\(([^()]*\p{L}[^()]*)\)\s*\.?|,\s*((?:из\s+них|в\s+т\.\s*ч\.|в\s+том\s+числе|оның\s+ішінде)\s.*))$/iu;

/**
 * A header cell wrapped onto two lines that a PDF's text layer gives as two cells ("Круглых\tстолов" over rows of
 * one count each): when every row under the header has fewer cells than it, a header cell opening in lower case is
 * the end of the one before, joined to it, as long as that brings the header to the rows' width. Rows in place.
 */
function joinWrappedHeader(rows: { cells: string[]; raw: string[] }[]): void {
  const width = rows[1].cells.length;
  const header = rows[0];
  if (header.cells.length <= width || rows.slice(1).some((r) => r.cells.length !== width)) return;
  const cells: string[] = [];
  const raw: string[] = [];
  header.cells.forEach((cell, c) => {
    if (c > 0 && /^\p{Ll}/u.test(cell) && /\p{L}$/u.test(cells[cells.length - 1] ?? '')) {
      cells[cells.length - 1] += ` ${cell}`;
      raw[raw.length - 1] += ` ${header.raw[c]}`;
    } else {
      cells.push(cell);
      raw.push(header.raw[c]);
    }
  });
  if (cells.length === width) [header.cells, header.raw] = [cells, raw];
}

/** The subject a table's caption names, for a matrix whose columns are the ways it was handled: appeals. */
const MATRIX_SUBJECTS: { caption: RegExp; metric: MetricId; received: RegExp }[] = [
  { caption: /обращени|өтініш|жүгіну/iu, metric: 'appeals_received', received: /^(?:всего\s+)?(?:поступил[\p{L}]*|получен[\p{L}]*|келіп\s+түс[\p{L}]*|түскен[\p{L}]*)$/iu },
];

/**
 * A matrix of a subject by topic and by what became of it ("Тематика | Поступило | Дан ответ | На контроле") has no
 * column of the period's count, but its total row ("ИТОГО", "БАРЛЫҒЫ", "Всего") is: each column a header names a
 * metric of (the subject the caption above names: "Сведения об обращениях") is a figure of that row. The per-topic
 * rows are parts and say nothing; a column no metric names ("На контроле") neither.
 */
function readTotalRow(first: number, records: { cells: string[]; at: number }[], header: string[], label: number, columns: number[], out: string[], rowFigures: ReportFigure[], columnMetric: (c: number) => MetricId | null, marked: (c: number) => boolean): void {
  const totals = records.filter((r) => TOTAL_ROW.test(r.cells[label]) || ENTITY_TOTAL.test(r.cells[label]));
  // The commissions' subtotal, the Council's own rows and the grand total last (subtotalRows): the grand total the council's.
  if (totals.length === 2 && columns.length >= 2 && readSubtotalAndTotal(first, records, header, label, columns, out, rowFigures, columnMetric, marked)) return;
  if (totals.length !== 1 || columns.length < 2) return;
  // The total row's parts: the other rows, above or below it, each a part of its own (no "в т.ч." row, no wrapped label).
  // A footnote's mark in a column ("2*": "учтен у каждой из них") says why its total is not the sum: not summed.
  // A row of reference or of another period ("Анықтама үшін: I тоқсан, барлығы", "Справочно: 2024 год") is no part.
  const others = records.filter((r) => r !== totals[0] && !/справочно|для\s+справки|анықтама|(?<![\p{L}])(?:итого|всего|барлығы|жиыны)(?![\p{L}])/iu.test(r.cells[label]) && partMonths(r.cells[label]) === null && yearsIn(r.cells[label]).length === 0);
  const whole = others.length >= 2 && others.every((r) => /\p{L}/u.test(r.cells[label]) && !SUB_ROW.test(r.cells[label]));
  const sumOfOthers = (c: number) => (whole && !marked(c) ? partsSum(others.map((r) => r.cells[c])) : null);
  const caption: string[] = [];
  for (let k = first - 1; k >= 0 && k >= first - 6 && caption.length < 2; k--) if (out[k].trim() !== '') caption.push(out[k]);
  if (COMMISSION_LABEL.test(header[label].trim())) {
    readEntityTotals(totals[0], header, label, columns, caption, columnMetric, rowFigures, sumOfOthers);
    return;
  }
  const subject = MATRIX_SUBJECTS.find((m) => m.caption.test(`${caption.join(' ')} ${header[label]}`));
  if (!subject) {
    readEntityTotals(totals[0], header, label, columns, caption, columnMetric, rowFigures, sumOfOthers);
    return;
  }
  for (const c of columns) {
    const n = countOf(totals[0].cells[c]);
    const metric = subject.received.test(header[c].trim()) ? subject.metric : metricOfRow(header[c], subject.metric);
    if (n === null || metric === null || rowFigures.some((f) => f.metric === metric)) continue;
    rowFigures.push(checkedTotal(metric, n, sumOfOthers(c), totals[0].at + 1, `${totals[0].cells[label]}: ${header[c]} – ${n}.`));
  }
}

/** A table by commission closed by the commissions' subtotal and the grand total (subtotalRows.ts): read, or false. */
function readSubtotalAndTotal(first: number, records: { cells: string[]; at: number }[], header: string[], label: number, columns: number[], out: string[], rowFigures: ReportFigure[], columnMetric: (c: number) => MetricId | null, marked: (c: number) => boolean): boolean {
  const caption: string[] = [];
  for (let k = first - 1; k >= 0 && k >= first - 6 && caption.length < 2; k--) if (out[k].trim() !== '') caption.push(out[k]);
  if (!/комисси|комиссия/iu.test(`${caption.join(' ')} ${header[label]}`)) return false;
  const metricOf = (c: number): MetricId | null => {
    if (/[*¹²³]\s*$/u.test(header[c])) return null;
    const named = columnMetric(c);
    const metric = named === 'general_meetings' && !/совет|кеңес|\sос(?![\p{L}])/iu.test(header[c]) ? 'commission_meetings' : named;
    return metric !== null && COMMISSION_WORK.has(metric) ? metric : null;
  };
  const read = readSubtotalTable({ rows: records, label, columns: columns.map((c) => ({ c, metric: metricOf(c), header: header[c] })), marked, countOf });
  if (read === null) return false;
  for (const f of read) if (!rowFigures.some((r) => r.metric === f.metric)) rowFigures.push(f);
  return true;
}

/** The label column of a table by commission: "Комиссия", "Наименование комиссии", "Комиссия атауы", "Тұрақты комиссиялар". */
const COMMISSION_LABEL = /^(?:(?:наименование|название)\s+)?(?:постоянн[\p{L}]*\s+)?комисси[\p{L}]*$|^(?:тұрақты\s+)?комиссия(?:лар)?(?:\s+атауы)?$/iu;

/** What a council's work by commission may count, column by column; a count of the council's own members is none of it. */
const COMMISSION_WORK = new Set<MetricId>(['commission_meetings', 'monitorings', 'round_tables', 'public_hearings', 'report_hearings', 'departments_heard', 'seminars', 'dialog_platforms', 'appeals_received', 'appeals_answered', 'letters_sent', 'npa_reviewed', 'npa_with_remarks']);

/** A total row naming the council: "по Совету", "по ОС", "Кеңес бойынша". */
const OF_COUNCIL = /(?<![\p{L}])(?:совет[\p{L}]*|ос|кеңес[\p{L}]*)(?![\p{L}])/iu;

/** The total row of a table of bodies: "Итого по Совету", "Всего по комиссиям", "Кеңес бойынша барлығы", "Барлық комиссиялар". */
// "БАРЛЫҒЫ (Кеңес бойынша)", "Итого (по Совету)": the body the total is of in brackets.
const ENTITY_TOTAL = /^(?:(?:итого|всего)\s+(?:по\s+)?(?:совет[\p{L}]*|комисси[\p{L}]*|ос)|(?:кеңес|комиссиялар)\s+бойынша\s+(?:барлығы|жиыны)|барлығы\s+(?:кеңес|комиссиялар)\s+бойынша|(?:итого|всего|барлығы|жиыны)\s*\(\s*(?:по\s+)?(?:совет[\p{L}]*|ос|комисси[\p{L}]*|(?:қоғамдық\s+)?кеңес(?:\s+бойынша)?|комиссиялар\s+бойынша)\s*\))[\s:.]*$/iu;

/**
 * A table of the council's commissions (or other bodies), a row each, under columns that name metrics ("Комиссия |
 * Заседания комиссии | Общественные мониторинги | Поступило обращений"), with one total row ("Итого по Совету"): the
 * commissions' rows are parts, the total row's count in each column a metric names is the council's — as stated, even
 * when it is not the column's sum (a joint monitoring counted under each commission, once in the total). "Заседаний"
 * alone, under commissions, counts the commissions' meetings; a count of members is not summed work. A column whose
 * header carries a footnote mark ("Заслушано отчетов*": "без учета отчетов, заслушанных на заседаниях Совета") counts
 * something narrower than its words: not read.
 */
function readEntityTotals(total: { cells: string[]; at: number }, header: string[], label: number, columns: number[], caption: string[], columnMetric: (c: number) => MetricId | null, rowFigures: ReportFigure[], sumOfOthers: (c: number) => number | null): void {
  if (!/комисси|комиссия|құрам|бөлім|аудан|район/iu.test(`${caption.join(' ')} ${header[label]}`)) return;
  for (const c of columns) {
    if (/[*¹²³]\s*$/u.test(header[c])) continue;
    const n = countOf(total.cells[c]);
    const named = columnMetric(c);
    const metric = named === 'general_meetings' && !/совет|кеңес|\sос(?![\p{L}])/iu.test(header[c]) ? 'commission_meetings' : named;
    // A total the row names as the council's ("Итого по Совету", "БАРЛЫҒЫ (Кеңес бойынша)") counts its publications too.
    const work = metric !== null && (COMMISSION_WORK.has(metric) || (metric === 'publications' && OF_COUNCIL.test(total.cells[label])));
    if (n === null || metric === null || !work || rowFigures.some((f) => f.metric === metric)) continue;
    rowFigures.push(checkedTotal(metric, n, sumOfOthers(c), total.at + 1, `${total.cells[label]}: ${header[c]} – ${n}.`));
  }
}

/** The words under a group's header that name the group's own count: "Обращения" over "поступило", "Проекты НПА" over "рассмотрено". */
const OWN_COUNT: Partial<Record<MetricId, RegExp>> = {
  appeals_received: /^(?:поступил[\p{L}]*|получен[\p{L}]*|түскен[\p{L}]*|келіп\s+түскен[\p{L}]*)$/iu,
  npa_reviewed: /^(?:рассмотрен[\p{L}]*|қаралған[\p{L}]*|қаралды)$/iu,
};

/** The metric a column's header names: the whole header, else its lower part read under its top's metric ("Өтініштер" / "жеке тұлғалардан"). */
function headerMetric(whole: string, top: string, below: string, subject: MetricId | null, periodYears: number[] = []): MetricId | null {
  const clean = (h: string) => h.replace(/[*¹²³]+/gu, '').trim();
  const metric = metricOfRow(clean(whole), null);
  if (metric !== null) return metric;
  // A span naming only the period and that the work was done ("2025 жылы өткізілді / қаралды", "Проведено за 9 месяцев
  // 2025 года") over "отырыстар | мониторингтер | …": each column is what its lower part names.
  // "Рассмотрено / қаралды" over "обращений / өтініштер" counts the appeals considered, which are not those received.
  // (Not for one cell's words split below: "Рассмотрено обращений" alone is one such count.)
  if (top !== '' && below !== '' && subject === null && periodYears.length > 0 && isDoneSpan(clean(top), periodYears)) {
    const done = metricOfRow(clean(below), null);
    return done !== null && done.startsWith('appeals_') && CONSIDERED.test(top) ? null : done;
  }
  // A span's words and a sub-column's run together in one header cell ("Өтініштер түскені", "Өтініштер жауап
  // берілгені", a fixed-width table's): its first word the span's, the rest the sub-column's.
  const words = /^(\S+)\s+(\S.*)$/u.exec(clean(whole));
  if (top === '' && below === '' && words && subject === null) return headerMetric(whole, words[1], words[2], null);
  if (top === '' || below === '') return null;
  const parent = metricOfRow(clean(top), null) ?? subject;
  if (parent === null) return null;
  // "Өтініштер" over "барлығы" / "всего": the top's own count.
  if (/^(?:барлығы|всего|итого|жиыны|саны|количество)$/iu.test(clean(below)) || OWN_COUNT[parent]?.test(clean(below))) return parent;
  return metricOfRow(clean(below), parent);
}

const CONSIDERED = /(?<![\p{L}])(?:рассмотрен[\p{L}]*|қаралд[\p{L}]*|қаралған[\p{L}]*)(?![\p{L}])/iu;
/** The words of a span over metric columns that says no more than "done in the period": no plan, no other year, no part. */
const DONE_WORD = /^(?:за|в|во|на|по|и|мен|және|отчетн[\p{L}]*|есепті|период[\p{L}]*|кезең[\p{L}]*|год[\p{L}]*|г|гг|жыл[\p{L}]*|ж|\d{1,2}|мес[\p{L}]*|месяц[\p{L}]*|ай[\p{L}]{0,4}|өткізіл[\p{L}]*|жүргізіл[\p{L}]*|ұйымдастырыл[\p{L}]*|қаралд[\p{L}]*|қаралған[\p{L}]*|провед[\p{L}]*|проведен[\p{L}]*|рассмотрен[\p{L}]*|выполнен[\p{L}]*|орындал[\p{L}]*|факт[\p{L}]*|фактически|нақты)$/iu;
function isDoneSpan(top: string, periodYears: number[]): boolean {
  const years = yearsIn(top);
  if (years.some((y) => !periodYears.includes(y)) || PLAN.test(top) || REFERENCE_HEAD.test(top)) return false;
  const words = top.replace(/(?<!\d)(?:19|20)\d{2}(?!\d)/gu, ' ').split(/[\s\/,.:()–—-]+/u).filter((w) => w !== '');
  return words.length > 0 && words.every((w) => DONE_WORD.test(w)) && words.some((w) => /\p{L}{4}/u.test(w) && !/^(?:год|жыл)/iu.test(w) || years.length > 0);
}

/**
 * The header rows of a table with no border under its header: the first row, and the rows after it with two cells
 * or more and no count in any ("Кезең | Өтініштер | | | Хаттар |" / " | барлығы | оның ішінде | | жолданды | жауап
 * алынды" / " | | жеке тұлғалардан | заңды тұлғалардан | |"), as a header typed over several lines is.
 */
/** A header's cell of a year with its unit: "2026 ж.", "2025 г.", "2024 год", "2026 жыл". */
const YEAR_HEAD_CELL = /^(?:19|20)\d{2}\s*(?:г\.?|год[\p{L}]*|ж\.?|жыл[\p{L}]*)$/iu;

function leadingHeaderRows<T extends { cells: string[] }>(rows: T[]): T[] {
  let n = 1;
  // A count inside a cell of words names a column ("Общественные советы при ДП (17)"): a row of such cells is no row of values.
  // A header's second row naming each column's year under its period ("9 ай" over "2026 ж.", "тоқсан" beside it): a year
  // with its unit is a header's cell, never a count (a Word table's header of two rows, held-out 129's Zhualy).
  while (n < rows.length - 1 && n < 4 && rows[n].cells.filter((c) => c !== '').length >= 2 && (rows[n].cells.every((c) => !/\d/u.test(c)) || rows[n].cells.every((c) => c === '' || /\p{L}{3}/u.test(c) || YEAR_HEAD_CELL.test(c)))) n++;
  return rows.slice(0, n);
}

/**
 * A header cell merged over the columns to its right, typed as empty cells after it (a span pasted as empty tabs):
 * in every header row but the last, an empty cell after a full one is that one's when a row below names the column.
 */
function fillSpans(rows: string[][]): void {
  for (let h = 0; h < rows.length - 1; h++) {
    for (let c = 1; c < rows[h].length; c++) {
      if (rows[h][c] !== '' || rows[h][c - 1] === '') continue;
      if (rows.slice(h + 1).some((r) => r[c] !== '')) rows[h][c] = rows[h][c - 1];
    }
  }
}

/**
 * A row's label naming a period and nothing else: "2025 г., факт", "2024 жыл", "IV кв.", "ІІ тоқсан", "I полугодие",
 * "2025 ж. 9 айы", "Итого за год", "Барлығы", "справочно: 2024 год", "салыстыру үшін: 2024 жылғы І жартыжылдық" (a comparison
 * row under the period's). Its words are all of these.
 */
function isPeriodLabel(label: string): boolean {
  const words = label.toLowerCase().split(/[\s.,:;()\/*–—-]+/u).filter((w) => w !== '');
  const anchor = words.some((w) => /^(?:(?:19|20)\d{2}|кв|квартал[\p{L}]*|тоқсан[\p{L}]*|полугоди[\p{L}]*|жартыжылдық[\p{L}]*|итого|всего|барлығы|жиыны|мес|месяц[\p{L}]*|ай[\p{L}]{0,4})$/u.test(w) || monthOfWord(w) !== null);
  return anchor && words.every((w) => PERIOD_WORD.test(w) || monthOfWord(w) !== null);
}
const PERIOD_WORD = /^(?:(?:19|20)\d{2}|[ivxі]{1,4}|[1-9]|1[0-2]|й|ый|ой|ші|шы|інші|нші|кв|квартал[\p{L}]*|тоқсан[\p{L}]*|полугоди[\p{L}]*|полуг|жарты|жартыжылдық[\p{L}]*|жыл[\p{L}]*|ж|г|гг|год[\p{L}]*|мес|месяц[\p{L}]*|ай[\p{L}]{0,4}|факт[\p{L}]*|план[\p{L}]*|нақты|жоспар[\p{L}]*|итого|всего|барлығы|жиыны|за|с|начала|нарастающ[\p{L}]*|итогом|справочно|анықтама|үшін|бойынша|отчетн[\p{L}]*|есепті|салыстыру|сравнени[\p{L}]*|для)$/u;

/**
 * A table with a row per period and a column per metric (transposed: "Период | Заседания Совета | Мониторинги" over
 * "2024 г., факт | 5 | 3", "2025 г., план | 6 | 4", "2025 г., факт | 7 | 5"; a row per quarter with "Итого" and a
 * year before): the row of the report's period gives each column's count — the report's own quarter's row in a
 * quarter's report; the only row of the period's year that is no plan (of a plan and a fact, the fact); in a year's
 * report whose other rows are its parts or other years, the total row. No such row, or more than one: nothing (the
 * caller blanked the table). The counts go as sentences on the chosen row's line, the other lines blank.
 */
function readPeriodRows(records: { cells: string[]; at: number }[], header: string[], label: number, columns: number[], columnMetric: (c: number) => MetricId | null, periodYears: number[], span: PeriodSpan, out: string[], rowFigures: ReportFigure[], running = false): boolean {
  if (records.length < 2 || columns.length < 1 || !records.every((r) => isPeriodLabel(r.cells[label]))) return false;
  // Months' running totals from January ("Қаңтар … Маусым" under "өспелі қорытындымен"): the row of the period's last
  // month is the period's, when the period opens in January; no row is, when it opens later (June's is January to June).
  const month = (r: { cells: string[] }) => monthOfWord(r.cells[label].replace(/[.:]$/u, '').trim());
  if (running && records.every((r) => month(r) !== null)) {
    const last = records.filter((r) => month(r) === span.from + span.months - 1);
    return span.from === 1 && last.length === 1 ? sayPeriodRow(last[0], header, label, columns, columnMetric, out, rowFigures) : true;
  }
  const own = records.filter((r) => isOwnPartColumn(r.cells[label], span) && !yearsIn(r.cells[label]).some((y) => !periodYears.includes(y)));
  // Rows of the parts that tile the period ("I кв.", "II кв.", "III кв." in a nine months' report): their total row is the period's.
  const partRows = records.filter((r) => partMonths(r.cells[label]) !== null && !yearsIn(r.cells[label]).some((y) => !periodYears.includes(y)) && !PLAN.test(r.cells[label]));
  const tiles = partsTile(partRows.map((r) => r.cells[label]), span.months);
  const ok = records.filter((r) => {
    const l = r.cells[label];
    const years = yearsIn(l);
    if (years.some((y) => !periodYears.includes(y)) || (PLAN.test(l) && !FACT_COLUMN.test(l))) return false;
    if (isPartColumn(l, span.months) || isOtherPartColumn(l, span) || isLongerColumn(l, span)) return false;
    // A total of the rows in a part's report: the rows are quarters, their total the year's.
    if (TOTAL_WORD.test(l) && years.length === 0 && span.months < 12 && !tiles) return false;
    return years.length > 0 || TOTAL_WORD.test(l);
  });
  const facts = ok.filter((r) => FACT_COLUMN.test(r.cells[label]));
  const row = own.length === 1 ? own[0] : ok.length === 1 ? ok[0] : facts.length === 1 ? facts[0] : null;
  // The total row ("Итого", "Барлығы", "Всего за 2025 год") under or over rows of the parts that tile the period: checked against their sum.
  const tiled = row !== null && tiles && partMonths(row.cells[label]) === null ? partRows : [];
  return row === null ? true : sayPeriodRow(row, header, label, columns, columnMetric, out, rowFigures, tiled);
}

/** The period's row of a table by period: each column's count as a sentence on the row's line, and its metric a row figure. */
function sayPeriodRow(row: { cells: string[]; at: number }, header: string[], label: number, columns: number[], columnMetric: (c: number) => MetricId | null, out: string[], rowFigures: ReportFigure[], parts: { cells: string[] }[] = []): boolean {
  const said: string[] = [];
  for (const c of columns) {
    const n = countOf(row.cells[c]);
    if (n === null || header[c] === '') continue;
    const words = header[c].replace(/[*¹²³]+/gu, '').replace(/\s*\([^()]*\)/gu, '').trim();
    const metric = /[*¹²³]\s*$/u.test(header[c]) ? null : columnMetric(c);
    const sum = parts.length > 0 && isSummed(metric) ? partsSum(parts.map((r) => r.cells[c])) : null;
    if (sum !== null && sum !== n) {
      rowFigures.push(totalNotSum(metric!, n, sum, row.at + 1, `${row.cells[label]}: ${words} – ${n}.`));
      continue;
    }
    said.push(`${words} – ${n}.`);
    if (metric !== null && !rowFigures.some((f) => f.metric === metric && f.line === row.at + 1)) rowFigures.push({ metric, value: n, line: row.at + 1, text: `${row.cells[label]}: ${words} – ${n}.` });
  }
  out[row.at] = said.join(' ');
  return true;
}
const TOTAL_WORD = /(?<![\p{L}])(?:итого|всего|барлығы|жиыны)(?![\p{L}])/iu;

/**
 * A table of one row of counts and no label ("Қорытынды берілген жобалар | | | Қарау үстінде" / "барлығы |
 * ескертусіз | ескертулермен |" / "53 | 38 | 15 | 4"): each column's header is its label. The row is the period's when
 * the caption above names no other year than the period's.
 */
function readLabelless(first: number, records: { cells: string[]; at: number }[], header: string[], counts: boolean[], columnMetric: (c: number, captionSubject?: MetricId | null) => MetricId | null, periodYears: number[], out: string[], rowFigures: ReportFigure[]): boolean {
  if (records.length !== 1 || !records[0].cells.every((c, k) => counts[k] && countOf(c) !== null)) return false;
  const caption: string[] = [];
  for (let k = first - 1; k >= 0 && k >= first - 3 && caption.length < 1; k--) if (out[k].trim() !== '') caption.push(out[k]);
  if ([...caption, ...header].some((t) => yearsIn(t.replace(AS_OF, ' ')).some((y) => !periodYears.includes(y)))) return false;
  const row = records[0];
  const said: string[] = [];
  // The caption names what the columns count ("3-кесте. НҚА жобаларын қарау қорытындысы"): its longest opening that names a metric.
  const captionWords = (caption[0] ?? '').replace(/^\s*(?:\d+\s*-\s*кесте|таблица\s+\d+)[.:]?\s*/iu, '').replace(/\s*\([^()]*\)/gu, '').split(/\s+/u).filter((w) => w !== '');
  let captionSubject: MetricId | null = null;
  for (let n = Math.min(captionWords.length, 8); n >= 2 && captionSubject === null; n--) captionSubject = metricOfRow(captionWords.slice(0, n).join(' '), null);
  row.cells.forEach((cell, c) => {
    const n = countOf(cell)!;
    const words = header[c].replace(AS_OF, ' ').replace(/\s+/gu, ' ').trim();
    said.push(`${words} – ${n}.`);
    // A column whose header is only the day it stands at and a part of the caption's thing ("30.09.2025 ж. жағдай бойынша
    // қарау үстінде", "на рассмотрении на 30.09.2025" beside the reviewed drafts): that part of the caption's metric.
    const metric = columnMetric(c, captionSubject) ?? (captionSubject !== null && words !== '' ? metricOfRow(words, captionSubject) : null);
    if (metric !== null) rowFigures.push({ metric, value: n, line: row.at + 1, text: `${words} – ${n}.` });
  });
  out[row.at] = said.join(' ');
  return true;
}

const PUBLICATIONS_HEADER = new RegExp(MEDIA_PUBLICATIONS, 'iu');
const VIEWS_HEADER = new RegExp(MEDIA_VIEWS, 'iu');
const PLATFORM = new RegExp(ANY_PLATFORM, 'iu');

/**
 * A table of media ("| Ресурс | Публикаций | Просмотров |", a row per
 * platform, "5 900" with its thousands spaced): each platform's row becomes
 * the sentence "Instagram – 188 Публикаций, 214 500 Просмотров." that
 * readMedia reads, in the header's own words (a Kazakh table stays Kazakh).
 * A row naming no platform (the "Итого" row) says nothing; a "–" cell is no
 * figure. Columns of another year than the report's are not read.
 */
function rewriteMedia(block: { line: string; at: number }[], records: { cells: string[]; at: number }[], header: string[], label: number, columns: number[], periodYears: number[], out: string[]): boolean {
  const own = columns.filter((c) => !yearsIn(header[c]).some((y) => !periodYears.includes(y)));
  const publications = own.filter((c) => PUBLICATIONS_HEADER.test(header[c]));
  const views = own.filter((c) => VIEWS_HEADER.test(header[c]) && !PUBLICATIONS_HEADER.test(header[c]));
  if (!records.some((r) => PLATFORM.test(r.cells[label]))) return false;
  // A table of platforms whose count column is named only as a count ("Площадка | Кол-во | Просмотров", "Алаң | Саны")
  // under a caption that names the publications ("3.5 Публикации по площадкам:", "2-кесте. Жарияланымдар"): that column
  // counts them, in the caption's word. A caption naming views or none: the column's count is of nothing told.
  const caption = captionAbove(out, block[0].at);
  const named = caption === null || VIEWS_HEADER.test(caption) ? null : PUBLICATIONS_HEADER.exec(caption);
  const counted = own.filter((c) => c !== label && GENERIC_COUNT_HEAD.test(header[c].trim()));
  const measures = new Map<number, string>();
  if (publications.length === 0 && named && counted.length === 1) {
    publications.push(counted[0]);
    measures.set(counted[0], named[0].toLowerCase());
  }
  if (publications.length > 1 || views.length > 1 || publications.length + views.length === 0) return false;
  const measureAt = (c: number) => measures.get(c) ?? measureOf(header[c]);
  for (const b of block) out[b.at] = '';
  for (const r of records) {
    // The total row's publications: the total of publications (its views are no metric), as in a table read from a PDF.
    const total = publications.length === 1 ? countOf(r.cells[publications[0]]) : null;
    if (TOTAL_ROW.test(r.cells[label]) && total !== null) out[r.at] = `${r.cells[label].replace(/[.:;\s]+$/u, '')} ${measureAt(publications[0])} – ${total}.`;
    if (!PLATFORM.test(r.cells[label])) continue;
    const said = [...publications, ...views].flatMap((c) => {
      const n = countOf(r.cells[c]);
      return n === null ? [] : [`${n} ${measureAt(c)}`];
    });
    if (said.length > 0) out[r.at] = `${r.cells[label].replace(/[.:;\s]+$/u, '')} – ${said.join(', ')}.`;
  }
  return true;
}

/** A column named only as a count: "Кол-во", "Количество", "Число", "Саны", "Ед.", "Бірл.", "Дана". */
const GENERIC_COUNT_HEAD = /^(?:кол-?во|количеств[\p{L}]*|число|саны|ед\.?|бірл\.?|дана|шт\.?)$/iu;

/** The first line with text above line `at` (a blank line between passed over), the table's caption; null when none is within two lines. */
function captionAbove(lines: string[], at: number): string | null {
  for (let k = at - 1; k >= 0 && k >= at - 2; k--) if (lines[k].trim() !== '') return lines[k];
  return null;
}

/** A year ("2025 г."): a media column's group header's period, with a part of it named with its number (partsOfPeriod). */
const YEAR = /(?<!\d)(?:19|20)\d{2}(?:\s*(?:г\.|год[\p{L}]*|ж\.|жыл[\p{L}]*))?/giu;

/**
 * A media column's measure without the period its group header names ("I полугодие 2025 г." over "публикаций"): the
 * sentence readMedia reads puts the count right before its noun ("58 публикаций").
 */
function measureOf(header: string): string {
  const parts = partsOfPeriod(header).filter((p) => (p.kind === 'quarter' || p.kind === 'half') && p.no !== null);
  const unparted = parts.reduceRight((h, p) => `${h.slice(0, p.index)} ${h.slice(p.index + p.text.length)}`, header);
  const measure = unparted.replace(YEAR, ' ').replace(/\s+/gu, ' ').trim();
  return /\p{L}{3}/u.test(measure) ? measure : header;
}

/**
 * A table of media with the platforms as columns and the measures as rows ("Сайт | Telegram | Instagram | Всего" over
 * "Публикации, ед. | 42 | 88 | 103 | 233" and "Просмотры, ед. | – | 61 400 | 148 900 | …"): each platform's column
 * becomes the sentence readMedia reads ("Telegram – 88 Публикации, 61 400 Просмотры."), all on the first row's line;
 * the total column's publications the total's. Rows of thousands ("Просмотры, тыс.") or of anything else: not read.
 */
function rewriteMediaColumns(block: { line: string; at: number }[], records: { cells: string[]; at: number }[], header: string[], label: number, out: string[]): boolean {
  const platforms = header.flatMap((h, c) => (c !== label && PLATFORM.test(h) ? [c] : []));
  if (platforms.length < 2 || records.length < 1 || records.length > 2) return false;
  const measure = (r: { cells: string[] }) => r.cells[label].replace(/,?\s*(?:ед|шт|дана|бірл)[\p{L}]*\.?$/iu, '').trim();
  const pubs = records.filter((r) => PUBLICATIONS_HEADER.test(r.cells[label]) && !VIEWS_HEADER.test(r.cells[label]));
  const views = records.filter((r) => VIEWS_HEADER.test(r.cells[label]) && !PUBLICATIONS_HEADER.test(r.cells[label]));
  if (pubs.length + views.length !== records.length || pubs.length > 1 || views.length > 1) return false;
  if (records.some((r) => /тыс|мың|млн|%/iu.test(r.cells[label]))) return false;
  for (const b of block) out[b.at] = '';
  const said: string[] = [];
  for (const c of platforms) {
    const parts = [...pubs, ...views].flatMap((r) => {
      const n = countOf(r.cells[c]);
      return n === null ? [] : [`${n} ${measure(r)}`];
    });
    if (parts.length > 0) said.push(`${header[c].replace(/[.:;\s]+$/u, '')} – ${parts.join(', ')}.`);
  }
  const total = header.findIndex((h, c) => c !== label && TOTAL_ROW.test(h));
  const totalCount = total >= 0 && pubs.length === 1 ? countOf(pubs[0].cells[total]) : null;
  if (totalCount !== null) said.push(`${header[total]} ${measure(pubs[0]).toLowerCase()} – ${totalCount}.`);
  out[records[0].at] = said.join(' ');
  return true;
}

/**
 * A media table read from a PDF, its cells run together and a blank line between rows ("Площадка\tПубликаций
 * Просмотров" / "Instagram\t120\t36 400" / "Facebook\t40\t–" / "Итого\t269"): under a header of a publications and
 * a views column (in that order), each platform's row rewritten as the sentence readMedia reads, a "–" no figure,
 * the total row's first count as a total of publications (its views no metric). Rows in place, lines kept.
 */
function looseMediaTable(out: string[]): void {
  const CELL = '(\\d{1,3}(?:[ \\u00a0]\\d{3})+|\\d+|[–—-])';
  // Views may be given in thousands ("182,4 тыс.", "36,4 мың"): the unit goes with the number into the sentence.
  const VIEWS_CELL = '(\\d{1,3}(?:[ \\u00a0]\\d{3})+|\\d+(?:[.,]\\d+)?\\s*(?:тыс\\.?|мың|млн\\.?)|\\d+|[–—-])';
  const ROW = new RegExp(`^(\\S.*?)[\\t ]+${CELL}(?:\\t${VIEWS_CELL})?\\s*$`, 'u');
  for (let i = 0; i < out.length; i++) {
    const head = out[i].trim();
    const p = PUBLICATIONS_HEADER.exec(head);
    const v = VIEWS_HEADER.exec(head);
    if (!head.includes('\t') || !p || !v || (p.index ?? 0) > (v.index ?? 0) || head.split(/\s+/u).length > 5) continue;
    // In lower case, as the sentence readMedia reads has them ("182,4 тыс. просмотров").
    const [pubWord, viewWord] = [p[0].toLowerCase(), v[0].toLowerCase()];
    for (let k = i + 1; k < out.length && k <= i + 20; k++) {
      if (out[k].trim() === '') continue;
      const m = ROW.exec(out[k].trim());
      if (!m || !out[k].includes('\t')) break;
      const said = [m[2] && /\d/u.test(m[2]) ? `${m[2]} ${pubWord}` : null, m[3] && /\d/u.test(m[3]) ? `${m[3]} ${viewWord}` : null].filter((x) => x !== null);
      if (PLATFORM.test(m[1])) out[k] = said.length > 0 ? `${m[1].trim()} – ${said.join(', ')}.` : '';
      else if (TOTAL_ROW.test(m[1].trim()) && /\d/u.test(m[2])) out[k] = `${m[1].trim()} ${pubWord} – ${m[2]}.`;
      else break;
    }
  }
}

/**
 * A media table read from a PDF with the platforms as columns, its header's cells run together over lines ("Сайт" /
 * "Министерства\tInstagram Facebook Telegram YouTube Итого" / "(раздел Совета)") over a row of publications and one of
 * views, a blank line between ("Публикаций, ед.\t38\t52\t21\t29\t6\t146" / "Просмотров, тыс.\t12,4\t41,3\t…"): the
 * platforms (and the total) the header names, in their order, are the columns when they are as many as each row's
 * counts. Each platform's column becomes the sentence readMedia reads ("Instagram – 52 публикаций, 41,3 тыс.
 * просмотров."), a row in thousands keeping its "тыс."; the total column's publications the total's. Any other count
 * of names: the rows are left as they are.
 */
function looseMediaColumns(out: string[]): void {
  const NUM = /^(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d+(?:[.,]\d+)?)$/u;
  const NAME = new RegExp(`${ANY_PLATFORM}|(?<![\\p{L}])(?:итого|всего|барлығы|жиыны)(?![\\p{L}])`, 'giu');
  const rowOf = (line: string | undefined) => (line ?? '').split('\t').map((c) => c.trim());
  for (let i = 1; i < out.length; i++) {
    const pubs = rowOf(out[i]);
    if (pubs.length < 3 || !PUBLICATIONS_HEADER.test(pubs[0]) || VIEWS_HEADER.test(pubs[0]) || !pubs.slice(1).every((c) => NUM.test(c))) continue;
    const n = pubs.length - 1;
    let k = i - 1;
    if (out[k].trim() === '') k--;
    const head: number[] = [];
    for (; k >= 0 && out[k].trim() !== '' && head.length < 5; k--) head.unshift(k);
    const names = matchesOf(head.map((h) => out[h]).join(' '), NAME).map((m) => m[0]);
    if (names.length !== n) continue;
    const v = out[i + 1]?.trim() === '' ? i + 2 : i + 1;
    const views = rowOf(out[v]);
    const hasViews = views.length === pubs.length && VIEWS_HEADER.test(views[0]) && !PUBLICATIONS_HEADER.test(views[0]) && views.slice(1).every((c) => NUM.test(c));
    const thousands = hasViews && /тыс|мың/iu.test(views[0]);
    if (hasViews && !thousands && views.slice(1).some((c) => /[.,]/u.test(c))) continue;
    const word = (label: string) => label.replace(/,.*$/u, '').trim().toLowerCase();
    const said = names.map((name, c) => {
      if (TOTAL_ROW.test(name)) return `${name} ${word(pubs[0])} – ${pubs[c + 1]}.`;
      return `${name} – ${pubs[c + 1]} ${word(pubs[0])}${hasViews ? `, ${views[c + 1]}${thousands ? ' тыс.' : ''} ${word(views[0])}` : ''}.`;
    });
    for (const h of head) out[h] = '';
    if (hasViews) out[v] = '';
    out[i] = said.join(' ');
  }
}

/** The label column: the widest cell of letters that is not the row number. */
function labelColumn(header: string[], cells: string[]): number {
  // "Показатель" over the labels beats "Направление" over a column of groups before it.
  // A column of counts named so ("Расходы на мероприятия, тыс. тенге", "Іс-шаралардың шығыны") is no column of labels.
  const named = [/показател|наименовани|көрсеткіш|атауы|индикатор/iu, /вид|мероприяти|направлени|іс-шара/iu].map((re) => header.findIndex((h, c) => re.test(h) && (cells[c] === '' || /\p{L}/u.test(cells[c] ?? '')))).find((c) => c >= 0);
  if (named !== undefined) return named;
  let best = -1;
  cells.forEach((cell, c) => {
    if (/\p{L}{3}/u.test(cell) && (best < 0 || cell.length > cells[best].length)) best = c;
  });
  // A short label of a period ("I кв.", "IV тоқ."): the first cell of letters.
  return best >= 0 ? best : cells.findIndex((cell) => /\p{L}/u.test(cell) && isPeriodLabel(cell));
}

/** A label ending in a unit of no count: ", %", "(%)", ", тыс.", ", мың", ", млн тенге", ", п.п.". */
function isLabelUnitNoCount(label: string): boolean {
  const tail = /(?:,|\()\s*([^,()\d]{1,14}?)\)?[.\s]*$/u.exec(label)?.[1] ?? '';
  return /^(?:%|п\.\s*п|пайыз|процент)/iu.test(tail.trim()) || (tail.trim().length <= 12 && /^(?:%|тыс|мың|млн|млрд|тенге|теңге|тг|час|сағ|балл)/iu.test(tail.trim()) && NOT_A_COUNT_UNIT.test(tail));
}

/** A column of units of measure: "Ед. изм.", "Единица измерения", "Өлш. бірл.", "Өлшем бірлігі". */
const UNIT_HEAD = /(?<![\p{L}])(?:ед\.?\s*изм|единиц[\p{L}]*\s+измерени|өлш(?:ем)?\.?\s*бірл)/iu;
/**
 * A unit that is no count of things done: a share ("%", "процент", "пайыз"), thousands ("тыс.", "мың": a sum of views
 * in thousands is no count of the thing), money ("млрд тенге", "млн теңге", "тг"), lengths, hours, days, points.
 */
const NOT_A_COUNT_UNIT = /%|процент|пайыз|(?<![\p{L}])(?:тыс|мың|млн|млрд|трлн|тенге|теңге|тг|руб|долл|км|га|час|сағ|дн|күн|балл)(?![\p{L}]{3})/iu;

/**
 * A column given for reference ("Справочно: I кв. 2020 г.", "Анықтама үшін: 2024 ж."): another period's, never the report's;
 * or another body's, the mark in a bracket after its name ("Совет в целом (справочно)", "Кеңес бойынша (анықтама үшін)",
 * "Совет (для сведения)" beside a commission's own column).
 */
const REFERENCE_HEAD = /^(?:справочно|для\s+справки|анықтама(?:\s+үшін)?)(?![\p{L}])|\(\s*(?:справочно|для\s+(?:справки|сведения)|анықтама\s+үшін|мәлімет\s+үшін)\s*\)/iu;

/** A column of one commission's counts: "Комиссия", "Комиссией", "Комиссия бойынша", "Наша комиссия", "Біздің комиссия". */
const COMMISSION_HEAD = /^(?:наша\s+|біздің\s+)?комисси(?:я|ей|ия)(?:\s+бойынша)?$/iu;
/** A column of the whole council's: "Кеңес бойынша барлығы", "Совет в целом", "Всего по Совету", "ОС в целом". */
const COUNCIL_WHOLE_HEAD = /(?<![\p{L}])(?:кеңес\s+бойынша|(?:всего\s+)?по\s+совету|совет(?:ом)?\s+в\s+целом|ос\s+в\s+целом|барлық\s+кеңес|кеңес\s+(?:жалпы|барлығы))(?![\p{L}])/iu;

/**
 * A column of the people an event reached ("Кол-во участников (чел.)", "Охват", "Қатысушылар саны", "Қамту, адам"): its cells
 * count people, never the events of the row — in a register of events ("Мониторинг подвоза учащихся | с. Бейнеу | 7 |
 * Есбергенов Н.Ж.") and in a summary by type beside the events' own count ("Диалоговые площадки | 1 | 29").
 */
const PEOPLE_HEAD = /(?<![\p{L}])(?:участник|человек|чел\.|охват|слушател|зрител|посетител|қатысушы|адам(?![\p{L}])|адам\s+саны|қамту|қамтыл)/iu;

/** A column of money ("Расходы на мероприятия, тыс. тенге", "Іс-шаралардың шығыны, мың теңге"): its cells count no thing done. */
const MONEY_HEAD = /(?<![\p{L}])(?:тенге|теңге|тг|руб[\p{L}]*|долл[\p{L}]*|млн|млрд)(?![\p{L}])/iu;

/** A unit that names no thing counted: "ед.", "единиц", "бірлік", "шт.", "дана". */
const GENERIC_UNIT = /^(?:[\p{L}.]+\s*\/\s*)?(?:ед|единиц|бірл|шт|дана|саны)[\p{L}.]*(?:\s*\/\s*(?:ед|единиц|бірл|шт|дана)[\p{L}.]*)?$/iu;

/**
 * A column named by the verb of done alone, beside a plan's ("План на III кв. | Проведено | Примечание", "Жоспар |
 * Өткізілді"): the fact's. Only beside a plan; alone, a column's verb says nothing of whose or when.
 */
const DONE_HEAD = /^(?:фактически\s+|нақты\s+|іс\s+жүзінде\s+)?(?:проведено|состоялось|заслушано|өткізілді|өткізілгені|өтті|жүргізілді|тыңдалды)(?:\s+(?:в|за)\s+[\p{L}\d\s.]{1,20}|\s+[\p{L}\d\s.]{1,20}(?:тоқсанда|жартыжылдықта|жылы))?$/iu;

/** A column of notes beside the value: "Примечание", "Ескерту", "Комментарий". */
export const NOTE_HEAD = /примечани|ескерту|ескертпе|комментари|пояснени|түсіндірме/iu;

/**
 * A cell a scan garbled, a letter read into its digits ("1б" for 16, "2З" where З was not taken for 3): no count — its row
 * states nothing, and the table's other rows are still read (set 174).
 */
const GARBLED_CELL = /^\d{1,4}[\p{L}]$|^[\p{L}]\d{1,4}$/u;

/**
 * An approximate value ("свыше 20", "~5", "около 40", "более 30", "15–16", "20-дан астам", "шамамен 40"): a cell of
 * the value column that is no count. Its row states nothing, and the table is still read.
 */
export function isApproximate(cell: string): boolean {
  const t = cell.trim().toLowerCase();
  return (
    /^(?:свыше|более|больше|около|порядка|примерно|приблизительно|ориентировочно|не\s+менее|не\s+более|менее|до|почти|~|≈|>|<|≥|≤|шамамен|кем\s+дегенде|шамасы)\s*\d/u.test(t) ||
    /^\d+\s*[-–—]\s*\d+$/u.test(t) ||
    /^\d+(?:\s*\+|\s*-?(?:дан|ден|тан|тен|нан|нен)\s+(?:астам|артық|көп)|\s*-?(?:ға|ге|қа|ке)\s+жуық)$/u.test(t)
  );
}

/**
 * A label wrapped so that its counts stand on its LAST line, as a program bottom-aligns a row ("| 3 | Мониторинги
 * деятельности гос- | | |" over "| | органов и организаций | 8 | 7 |"): the first line, words and no count, and the line
 * under it, its cells before the label empty, its label opening in lower case and no sub-row's ("в т.ч."), are one row —
 * at the first line, its label the two joined (a word broken at its hyphen made whole), its counts the second's. Only
 * when the first line's word is broken, or the line under the second is no such continuation too: a heading of words
 * over several lower-case sub-rows ("Работа постоянных комиссий" over "заседания", "мониторинги") stays their heading.
 */
function joinLabelsOverCounts(records: { cells: string[]; at: number }[], label: number): void {
  // (The cells before the label are the row's number's: "3" numbers the row and counts nothing.)
  const counted = (r: { cells: string[] }) => r.cells.some((c, k) => k > label && /\d/u.test(c));
  const continues = (r: { cells: string[] } | undefined) => r !== undefined && counted(r) && r.cells.slice(0, label).every((c) => c === '') && /^\p{Ll}/u.test(r.cells[label]) && !SUB_ROW.test(r.cells[label]);
  for (let k = records.length - 2; k >= 0; k--) {
    const [top, rest] = [records[k], records[k + 1]];
    if (counted(top) || !/\p{L}/u.test(top.cells[label]) || !continues(rest)) continue;
    if (!/\p{L}-$/u.test(top.cells[label]) && continues(records[k + 2])) continue;
    const joined = /\p{L}-$/u.test(top.cells[label]) ? `${top.cells[label].slice(0, -1)}${rest.cells[label]}` : `${top.cells[label]} ${rest.cells[label]}`;
    records.splice(k, 2, { ...rest, cells: rest.cells.map((c, n) => (n === label ? joined : n < label ? top.cells[n] : c)), at: top.at });
  }
}

/**
 * A row with no count that carries on the label of the row before ("| Рассмотрено проектов | 25 |" then "| НПА (с
 * заключением) | |"): its label opens in lower case, or the label before ends on a word that cannot end one ("на", "в").
 */
function continuesLabel(before: string[], cells: string[], label: number): boolean {
  // A fact cell of words wrapped with the label ("өткізілмеді, IV тоқсанға" / "ауыстырылды") carries on too.
  if (label < 0 || cells[label] === '' || cells.some((c, k) => k !== label && c !== '' && !/^\p{Ll}/u.test(c))) return false;
  return /^\p{Ll}/u.test(cells[label]) || /(?:^|\s)(?:на|в|во|по|и|с|со|о|об|для|от|из|к|мен|және|бойынша|\/)$/iu.test(before[label] ?? '');
}

function countOf(cell: string): number | null {
  // "2*": a footnote's mark after a count ("учтен у каждой из них") is no part of it; nor is a bracket of its parts
  // ("15 (9 / 6)", "11 (11 / –)": bracketSplit reads them).
  const text = cell.trim().replace(/(?<=\d)\s?\*{1,3}$/u, '').replace(PARTS_AFTER_COUNT, '').replace(WORD_NOTE, '');
  // "12 300", "48 тыс.", "12,4 мың": a count in thousands is still one count.
  if (!/^(?:\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})*|\d+)(?:(?:[.,]\d+)?\s*(?:тыс|мың)\.?)?$/u.test(text)) return null;
  return parseCount(text);
}

/** A cell of counts parted by slashes, one for each kind its row's label names: "1 / 1", "2 / 0". */
const PAIR_CELL = /^\d{1,4}(?:\s*\/\s*\d{1,4}){1,3}$/u;

/**
 * A row naming kinds parted by slashes beside a cell of as many counts ("Круглые столы / диалоговые площадки | 1 / 1", set
 * 181's Atyrau table): each kind's count, in order. Null unless the parts are as many, each names a metric of its own and no
 * two the same (a bilingual label, "Дөңгелек үстелдер / Круглые столы", names one).
 */
function pairSplit(label: string, cell: string): { label: string; metric: MetricId; value: number }[] | null {
  if (!PAIR_CELL.test(cell.trim())) return null;
  const values = cell.split('/').map((v) => Number(v.trim()));
  const names = label.replace(/\s*\([^()]*\)/gu, '').split(/\s+\/\s+/u).map((n) => n.trim());
  if (names.length !== values.length) return null;
  const metrics = names.map((n) => metricOfRow(n, null));
  if (metrics.some((m) => m === null) || new Set(metrics).size !== metrics.length) return null;
  return names.map((n, k) => ({ label: n, metric: metrics[k]!, value: values[k] }));
}

/**
 * A count's bracket of words at a cell's end, no number in it: "3 (барлығы ескертусіз мақұлданды / все одобрены без
 * замечаний)" (set 178) — the count, and a note said after it in the row's sentence, as a note column's is.
 */
const WORD_NOTE = /(?<=\d)\s*\(([^()\d]{3,})\)$/u;
const wordNoteOf = (cell: string): string[] => {
  const m = WORD_NOTE.exec(cell.trim());
  return m ? [m[1].trim()] : [];
};

/**
 * The publications' label with its platforms' counts in a bracket: "Жарияланымдар (Instagram – 15, Telegram – 8, әкімдік
 * сайты – 4)" (set 178) — the breakdown said after the row's count, as a note's is, so that readMedia reads each platform.
 * Null unless every piece of the bracket is a platform and its count.
 */
function platformsInLabel(label: string): string | null {
  const m = /\(([^()]*\d[^()]*)\)/u.exec(label);
  if (!m) return null;
  const pieces = m[1].split(/[,;]\s*/u).map((p) => p.trim());
  return pieces.length >= 2 && pieces.every((p) => /^\S.*?\s*[-–—:]\s*\d{1,5}$/u.test(p) && PLATFORM.test(p)) ? pieces.join(', ') : null;
}

/** A count's bracket of its parts at a cell's end: "15 (9 / 6)". */
const PARTS_AFTER_COUNT = new RegExp(String.raw`(?<=\d)\s*${PARTS_BRACKET}$`, 'u');

/**
 * A cell's bracket of parts read with the label's bracket of their names, in order: "Жарияланымдар (Instagram / Facebook)"
 * and "15 (9 / 6)" → "Instagram – 9, Facebook – 6". Null unless both brackets hold as many parts, the cell's parts sum to
 * its count and a dash counts none.
 */
function bracketSplit(label: string, cell: string): string | null {
  const names = /\(([^()]+\/[^()]+)\)\s*$/u.exec(label.trim());
  const m = /^(\d{1,4})\s*\(([^()]+)\)$/u.exec(cell.trim());
  if (!names || !m || !PARTS_AFTER_COUNT.test(cell.trim())) return null;
  const parts = m[2].split('/').map((p) => p.trim());
  const named = names[1].split('/').map((p) => p.trim());
  const values = parts.map((p) => (/^\d+$/u.test(p) ? Number(p) : 0));
  if (named.length !== parts.length || named.some((n) => !/\p{L}/u.test(n)) || values.reduce((a, b) => a + b, 0) !== Number(m[1])) return null;
  return named.map((n, k) => `${n} – ${values[k]}`).join(', ');
}

/**
 * The total column of a table by year in a report of a council's whole term (longer than a year): the one total whose years,
 * if it names any ("2023–2026 барлығы"), are the term's, beside columns that each name a year of the term ("2024", "2026
 * (қаңтар–сәуір)") — the parts. A table by body or kind beside the total, or a year outside the term: none.
 */
function termTotalColumn(header: string[], columns: number[], totals: number[], periodYears: number[], span: PeriodSpan): number | null {
  if (span.months <= 13) return null;
  const inTerm = (c: number) => !yearsIn(header[c]).some((y) => !periodYears.includes(y));
  const own = totals.filter(inTerm);
  const parts = columns.filter((c) => !totals.includes(c));
  if (own.length !== 1 || parts.length === 0 || !parts.every((c) => yearsIn(header[c]).length === 1 && inTerm(c))) return null;
  return own[0];
}

function yearsIn(text: string): number[] {
  return matchesOf(text, /(?<!\d)((?:19|20)\d{2})(?!\d)/gu).map((m) => Number(m[1]));
}

/**
 * A form's row answered in words in its one column of values ("1.5 | Изменения в составе за период | Изменений в составе
 * не было", "3.2 | Результат рассмотрения | все 5 проектов одобрены без замечаний" among rows of counts, set 197's
 * Kostanay form): the row is a sentence, its label and its answer, for the grammar to read ("Изменения в составе за
 * период: Изменений в составе не было."), and no reason to refuse the column of counts — it leaves the records.
 */
function answeredInWords(records: { cells: string[]; at: number }[], header: string[], label: number, out: string[]): void {
  const values = header.map((h, c) => c).filter((c) => c !== label && !/^№?$/u.test(header[c].trim()) && !NUMBER_HEAD.test(header[c]));
  if (values.length !== 1 || !records.some((r) => countOf(r.cells[values[0]]) !== null)) return;
  const [v] = values;
  for (let k = records.length - 1; k >= 0; k--) {
    const cell = records[k].cells[v];
    if (countOf(cell) !== null || NONE_CELL.test(cell) || (cell.match(/\p{L}{2,}/gu) ?? []).length < 2) continue;
    out[records[k].at] = `${records[k].cells[label].replace(/[.:;,\s]+$/u, '')}: ${cell.replace(/[.;,\s]+$/u, '')}.`;
    records.splice(k, 1);
  }
}

/**
 * A questionnaire typed as a table ("| 3 | Количество заседаний совета | При плане 4 заседания проведено 5 |"),
 * its last column prose answers wrapped over rows whose number cell is empty: each answer is joined into one
 * sentence on its first row (the other rows emptied), so the sentence grammar reads it whole. Only when most
 * answers are sentences (five words or more, ending with a point) and no question's number cell holds prose.
 */
function proseAnswers(bodyRows: { cells: string[]; at: number }[], width: number, out: string[]): boolean {
  if (width < 3) return false;
  const last = width - 1;
  const records: { at: number; parts: string[] }[] = [];
  for (const r of bodyRows) {
    if (r.cells[0] === '' && records.length > 0) records[records.length - 1].parts.push(r.cells[last]);
    else if (/^\d{1,2}[.)]?$/u.test(r.cells[0])) records.push({ at: r.at, parts: [r.cells[last]] });
    else return false;
  }
  const answers = records.map((r) => r.parts.filter((p) => p !== '').join(' '));
  const sentences = answers.filter((a) => a.split(/\s+/u).length >= 5 && /[.!?»)]$/u.test(a)).length;
  if (records.length < 2 || sentences * 2 < records.length) return false;
  for (const r of bodyRows) out[r.at] = '';
  records.forEach((r, k) => (out[r.at] = answers[k]));
  return true;
}
