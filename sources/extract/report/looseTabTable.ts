import { monthOfWord } from '../monthNames.ts';
import { matchesOf } from '../grammar/matchesOf.ts';
import { type MonthSpan, monthTotalTable } from './monthTotalColumn.ts';
import { FACT_COLUMN, namesAnyRow } from './tableRowLexicon.ts';
import { partsOfPeriod } from './partsOfPeriod.ts';

/** The header of a column of row numbers: "№", "№ п/п", "п/п". */
const NUMBER_HEAD = /^(?:№|n|№\s*п\/п|п\/п)$/iu;

/**
 * A table read from a PDF, a blank line between its rows and its cells run together where a column is as wide as
 * its text ("№\tПоказатель\t2024 год 2025 год" / "" / "1 Заседания Общественного совета\t5\t6" / "" / "3 Заслушивание
 * отчетов … 3\t4"): the rows of a table typed with pipes, each at its own line, once its cells are told apart — a
 * header cell of several years split into one per year, a row's leading number split off under a "№" header, a
 * count run onto the label split off when the row is one cell short. Null when line `at` opens no such table; a
 * table of year columns whose rows cannot be told apart is `unreadable`: its counts are no one's.
 */
export function looseTabTable(lines: string[], at: number, span?: MonthSpan): { rows: { line: string; at: number }[]; end: number; unreadable: boolean } | null {
  if (!/^[^\t\s][^\t]*\t/u.test(lines[at]) || lines[at + 1]?.trim() !== '') return null;
  const header = lines[at].split('\t').map((c) => c.trim()).flatMap(splitYears);
  // A header names its columns: no cell of it is a count (a row of counts under a row of them is no header). A header
  // whose cells the PDF gave out of order ("п/п\t№\tПоказатель\tизм.\tЕд.\tна 2025 2025 2024 ние плана,\tПлан Факт
  // Факт Исполне-\tг.\tг.\tг.\t%") over numbered rows: rebuilt from the rows' shape (numberedTable).
  if (header.some((h) => !/\p{L}|^№$|^(?:19|20)\d{2}$/u.test(h))) return numberedTable(lines, at);
  const found: { cells: string[]; at: number }[] = [];
  let k = at + 2;
  const numbered = NUMBER_HEAD.test(header[0]);
  // Under a "№" header, a numbered row whose cells all ran together ("1 Заседания совета 5 6") is still a row.
  const isRow = (line: string) => /^[^\t\s][^\t]*\t/u.test(line) || (numbered && /^\d{1,2}[.)]?\s+\p{L}.*\d$/u.test(line));
  for (; k < lines.length && isRow(lines[k]); k += 2) {
    found.push({ cells: lines[k].split('\t').map((c) => c.trim()), at: k });
    if (lines[k + 1]?.trim() !== '') break;
  }
  if (found.length < 2) return null;
  const end = found[found.length - 1].at;
  const aligned = alignRunTogether(header, found.map((r) => r.cells));
  const rows = found.map((r, k) => ({ cells: aligned?.rows[k] ?? r.cells, at: r.at }));
  const years = header.filter((h) => /^(?:19|20)\d{2}(?!\d)/u.test(h)).length;
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  if (rows.some((r) => r.cells.length !== (aligned?.header ?? header).length)) {
    const numberedRows = numberedTable(lines, at);
    if (numberedRows) return numberedRows;
    // A count per month of the period and the months' total among columns the header cannot name: the total read.
    const months = span ? monthTotalTable(header, found.map((r) => r.cells), span) : null;
    if (months) return { rows: [{ line: row(months.header), at }, ...months.rows.map((cells, k) => ({ line: row(cells), at: found[k].at }))], end, unreadable: false };
    // A header naming two years or more, or months, over rows that cannot be told apart: counts of several periods, of
    // which no cell can be said to be the period's (nor is a row's number a count).
    const text = lines[at];
    const periods = years >= 2 || new Set(matchesOf(text, /(?<!\d)(?:19|20)\d{2}(?!\d)/gu).map((m) => m[0])).size >= 2 || text.split(/\s+/u).filter((w) => /^\p{L}+\.?$/u.test(w) && monthOfWord(w.replace(/\.$/u, '')) !== null).length >= 2;
    return periods ? { rows: [], end, unreadable: true } : null;
  }
  return { rows: [{ line: row(aligned?.header ?? header), at }, ...rows.map((r) => ({ line: row(r.cells), at: r.at }))], end, unreadable: false };
}

/**
 * The cells of a table read from a PDF's text layer, told apart where the layer ran them together: a header cell of
 * several years or of several months ("Январь Февраль Март") split into one per year or month; a row's leading number
 * ("1 Заседания ОС", "7.1 в т.ч. дан ответ") split off under a "№" header; a count run onto the label split off when
 * the row is one cell short; a header whose cells were wrapped onto a second line, the layer giving the first lines
 * of all and then the second ("Итого за I кв. Справочно: I кв." / "2021 г." / "2020 г."), rebuilt by giving the years
 * at its end, in order, to as many phrases before them ("Итого за I кв. 2021 г.", "Справочно: I кв. 2020 г."); two
 * columns' names run together ("Отырыстар Мониторингтер") split (splitLabels). Null unless every row then has the
 * header's width.
 */
export function alignRunTogether(head: string[], body: string[][]): { header: string[]; rows: string[][] } | null {
  let header = head.flatMap(splitYears).flatMap(splitMonths).flatMap(splitQuarters);
  const numbered = NUMBER_HEAD.test(header[0] ?? '');
  const label = numbered ? 1 : 0;
  const rows = body.map((row) => {
    let cells = row;
    const lead = /^(\d{1,2}(?:\.\d{1,2})?)[.)]?\s+(\S.*)$/u.exec(cells[0] ?? '');
    if (numbered && lead && cells.length < header.length) cells = [lead[1], lead[2], ...cells.slice(1)];
    // A year at a label's end ("Заседания комиссий 2024") may be the label's own: never split off as a count.
    const tail = /^(.*\p{L}.*?)\s+(?!(?:19|20)\d{2}$)(\d{1,4}(?:[ \u00a0]\d{3})*)$/u.exec(cells[label] ?? '');
    if (tail && cells.length === header.length - 1) cells = [...cells.slice(0, label), tail[1], tail[2], ...cells.slice(label + 1)];
    return cells;
  });
  padDroppedTrailing(header.length, rows);
  const width = rows[0]?.length ?? 0;
  if (rows.some((r) => r.length !== width)) return null;
  if (header.length > width) header = wrappedYears(header, width) ?? header;
  if (header.length < width) header = splitLabels(header, width) ?? splitPlanFact(header, width) ?? header;
  return header.length === width ? { header, rows } : null;
}

/**
 * A row whose last cells were left empty and dropped by the text layer or the tabs ("Барлық іс-шаралар\t5\t8\t6\t19\t527"
 * under a header ending "…\tҚатысушылар саны\tЖауапты", the total row with no one responsible): padded with empty
 * cells to the header's width — only when every column dropped holds words in the full rows (names, notes), never a
 * count, and every cell kept is of its column's kind (a count under counts, words under words). A cell dropped from
 * the middle would shift the counts after it: the kinds then disagree, and the row is left short (the table unread).
 */
function padDroppedTrailing(width: number, rows: string[][]): void {
  const full = rows.filter((r) => r.length === width);
  if (full.length < 2 || full.length === rows.length) return;
  const COUNT = /^(?:\d[\d \u00a0]*|[-–—])$/u;
  const kind = (c: number) => (full.every((r) => r[c] === '' || COUNT.test(r[c])) ? 'count' : full.every((r) => !/\d/u.test(r[c])) ? 'words' : 'mixed');
  for (const [k, row] of rows.entries()) {
    if (row.length >= width || row.length < 2) continue;
    const dropped = Array.from({ length: width - row.length }, (_, i) => row.length + i);
    if (!dropped.every((c) => kind(c) === 'words')) continue;
    if (!row.every((cell, c) => c === 0 || kind(c) === 'mixed' || (kind(c) === 'count') === (cell === '' || COUNT.test(cell)))) continue;
    rows[k] = [...row, ...dropped.map(() => '')];
  }
}

/**
 * A plan's column and a fact's run together: "ІІ тоқсанға жоспар Нақты орындалды", "План на 2024 год Факт", "Жоспар
 * Орындалды": the cell split before the fact's word, a plan's word before it. Null unless that brings the header to
 * the rows' width.
 */
function splitPlanFact(header: string[], width: number): string[] | null {
  const split = header.flatMap((cell, c) => {
    const m = c > 0 ? PLAN_THEN_FACT.exec(cell) : null;
    return m ? [cell.slice(0, m.index + m[1].length).trim(), cell.slice(m.index + m[1].length).trim()] : [cell];
  });
  return split.length === width ? split : null;
}
const PLAN_THEN_FACT = new RegExp(String.raw`((?:план|жоспар)[\p{L}]*(?:\s+(?:на\s+)?[\p{L}\d.]+){0,3}?)\s+(?=${FACT_COLUMN.source})`, 'iu');

/**
 * A header cell of two columns' names run together, each a name the table rows' lexicon knows and opening with a
 * capital ("Отырыстар Мониторингтер", "Заседания Мониторинги": a PDF's narrow columns whose names the text layer
 * gave as one run): one cell per name. Null unless that brings the header to the rows' width; a cell whose pieces
 * are not all such names ("Заседания ОС", "Жолданған хаттар") stays whole.
 */
function splitLabels(header: string[], width: number): string[] | null {
  const split = header.flatMap((cell, c) => {
    const pieces = cell.split(/(?<=\p{L})\s+(?=\p{Lu}\p{Ll})/u);
    return c > 0 && pieces.length >= 2 && pieces.every((p) => namesAnyRow(p)) ? pieces : [cell];
  });
  return split.length === width ? split : null;
}

/** "Январь Февраль Март", "Қаңтар Ақпан Наурыз": month columns run together, one cell each. */
function splitMonths(cell: string): string[] {
  const words = cell.split(/\s+/u).filter((w) => w !== '');
  return words.length >= 2 && words.every((w) => monthOfWord(w.replace(/\.$/u, '')) !== null && /^\p{L}+\.?$/u.test(w)) ? words : [cell];
}

/**
 * "2025 год I кв. II кв. III кв.": a year's span over its quarters (or halves) run together with them, one cell per
 * part, each with the span's words ("2025 год I кв.", "2025 год II кв.", …). The span alone, or words after the parts: as it is.
 */
function splitQuarters(cell: string): string[] {
  const text = cell.trim();
  const parts = partsOfPeriod(text).filter((p) => (p.kind === 'quarter' || p.kind === 'half') && p.no !== null);
  if (parts.length < 2) return [cell];
  // The parts run together at the cell's end: nothing but spaces between and after them — or, after the last, the
  // column of their total ("I тоқсан II тоқсан III тоқсан 9 ай", "I кв. II кв. Итого": a PDF's header run together, the
  // total last), a cell of its own.
  const between = parts.map((p, k) => text.slice(p.index + p.text.length, parts[k + 1]?.index ?? text.length));
  // ("III квартал. Итого": an abbreviation written out keeps its point before the next cell.)
  const tail = between[between.length - 1].trim().replace(/^[.,;]\s*/u, '');
  const total = tail !== '' && TOTAL_AFTER_PARTS.test(tail);
  if (between.slice(0, -1).some((t) => t.trim() !== '') || (tail !== '' && !total)) return [cell];
  const span = text.slice(0, parts[0].index).trim();
  const cells = parts.map((p) => `${span} ${text.slice(p.index, p.index + p.text.length).trim()}`.trim());
  return total ? [...cells, `${span} ${tail}`.trim()] : cells;
}

/** The total's column after its parts run together: "9 ай", "за 9 мес.", "Барлығы", "Итого", "Всего", "Жиыны", "2026 ж.". */
const TOTAL_AFTER_PARTS = /^(?:(?:за\s+)?\d{1,2}\s*(?:ай(?:да|ы)?|мес\.?|месяц[\p{L}]*)|барлығы|жиыны|итого|всего|жыл|год|(?:19|20)\d{2}\s*(?:ж\.?|г\.?|жыл|год)?)$/iu;

/** A bare year cell: "2021 г.", "2020", "2025 ж.", "2024 год". */
const BARE_YEAR = /^(?:19|20)\d{2}\s*(?:г\.|год|ж\.|жыл)?$/u;

/**
 * A header whose last cells were wrapped, their second lines (bare years) after the first lines of all: the `n` years
 * at its end given in order to the `n` phrases before them, the last cell before the years split into phrases where a
 * phrase ends on a point and the next opens with a capital ("Итого за I кв. Справочно: I кв."). Null when the header
 * does not come to `width` so.
 */
function wrappedYears(header: string[], width: number): string[] | null {
  let n = 0;
  while (n < header.length && BARE_YEAR.test(header[header.length - 1 - n])) n++;
  if (n === 0) return null;
  const before = header.slice(0, header.length - n);
  const last = before.pop() ?? '';
  const phrases = [...before, ...last.split(/(?<=\.)\s+(?=\p{Lu}\p{Ll})/u)];
  if (phrases.length !== width || phrases.length < n) return null;
  const years = header.slice(header.length - n);
  return phrases.map((p, k) => (k >= phrases.length - n ? `${p} ${years[k - (phrases.length - n)]}` : p));
}

/** "2024 год 2025 год", "2024 ж. 2025 ж.", "2024 2025": two year columns run together, one cell each. */
function splitYears(cell: string): string[] {
  const parts = matchesOf(cell, /(?:19|20)\d{2}(?!\d)(?:\s*(?:год|г\.|гг\.|жыл|ж\.))?/gu).map((m) => m[0]);
  return parts.length >= 2 && parts.join(' ') === cell.replace(/\s+/gu, ' ') ? parts : [cell];
}

/** A row's number: "1", "4.", "4.1", "11)". */
const ROW_NUMBER = /^\d{1,2}(?:\.\d{1,2})?[.)]?$/u;
/** A cell of a value column: a count, a decimal share ("66,7"), a dash or "×" (nothing planned, not applicable). */
const VALUE = /^(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d+(?:[.,]\d+)?\s*%?|[-–—×xх])$/u;
/** A unit of measure: one short word ("засед.", "проект", "мероп.", "ед.", "писем", "іс-шара"). */
const UNIT = /^[\p{L}.-]{1,10}$/u;
/** The words a value column's header is named by: a plan, a fact, the rate of the plan done ("Исполне-", "%"). */
const KIND = /^(?:план[\p{L}]*|факт[\p{L}]*|жоспар[\p{L}]*|нақты|исполн[\p{L}]*-?|выполн[\p{L}]*-?|орындал[\p{L}]*-?|%)$/iu;
const RATE_KIND = /^(?:исполн|выполн|орындал|%)/iu;

/**
 * A table of numbered rows read from a PDF, a blank line between them, whose header the text layer gave out of order
 * (its cells' lines run across the columns): "1\tЗаседания Совета\tзасед.\t6\t6\t5\t100" under "п/п\t№\tПоказатель\t
 * изм.\tЕд.\tна 2025 2025 2024 ние плана,\tПлан Факт Факт Исполне-\tг.\tг.\tг.\t%". The rows say what each column is:
 * the numbers 1, 2, 3 … (never a value), the label, a unit, the value columns. The header says what each value column
 * is only when one of its pieces names as many kinds (план, факт, исполнение) as there are value columns, in their
 * order, and its years are as many as the columns that are no rate: then the n-th year is the n-th such column's. Else
 * the table is unreadable: a row number, a plan or last year's count must never be read as the period's.
 */
function numberedTable(lines: string[], at: number): { rows: { line: string; at: number }[]; end: number; unreadable: boolean } | null {
  const found: { cells: string[]; at: number }[] = [];
  for (let k = at + 2; k < lines.length && /^[^\t\s][^\t]*\t/u.test(lines[k]); k += 2) {
    found.push({ cells: lines[k].split('\t').map((c) => c.trim()), at: k });
    if (lines[k + 1]?.trim() !== '') break;
  }
  const width = found[0]?.cells.length ?? 0;
  // The numbers go on one by one ("4", "4.1", "4.2", "5"): a column of row numbers, not of counts.
  let last = 0;
  const numbered = found.length >= 3 && found.every((r) => {
    const n = r.cells[0];
    if (r.cells.length !== width || !ROW_NUMBER.test(n)) return false;
    const whole = Number(/^\d+/u.exec(n)![0]);
    if (/^\d+\.\d/u.test(n)) return whole === last;
    last += 1;
    return whole === last;
  });
  if (!numbered || width < 3 || !found.every((r) => /\p{L}{3}/u.test(r.cells[1]))) return null;
  const end = found[found.length - 1].at;
  const unit = found.every((r) => UNIT.test(r.cells[2])) ? 2 : -1;
  const first = unit >= 0 ? 3 : 2;
  const values = width - first;
  if (values < 1 || !found.every((r) => r.cells.slice(first).every((c) => VALUE.test(c)))) return { rows: [], end, unreadable: true };
  const pieces = lines[at].split('\t').map((c) => c.trim());
  const kinds = pieces.map((p) => p.split(/\s+/u)).find((words) => words.length === values && words.every((w) => KIND.test(w)));
  const years = matchesOf(lines[at], /(?<!\d)((?:19|20)\d{2})(?!\d)/gu).map((m) => m[1]);
  if (!kinds || years.length !== kinds.filter((k) => !RATE_KIND.test(k)).length) return { rows: [], end, unreadable: true };
  let y = 0;
  const heads = kinds.map((k) => (RATE_KIND.test(k) ? 'Исполнение плана, %' : `${k} ${years[y++]}`));
  const header = ['№', 'Показатель', ...(unit >= 0 ? ['Ед. изм.'] : []), ...heads];
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return { rows: [{ line: row(header), at }, ...found.map((r) => ({ line: row(r.cells), at: r.at }))], end, unreadable: false };
}
