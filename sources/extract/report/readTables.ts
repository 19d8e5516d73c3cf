import { findCounts } from '../grammar/findCounts.ts';
import { daysInMonth, isoDate, monthOfWord } from '../monthNames.ts';
import { parseCount } from '../parseCount.ts';
import { parseDatePhrase } from '../parseDatePhrase.ts';
import { tidy } from '../toLines.ts';
import type { ExtractIssue, ReportActivity, ReportFigure } from '../types.ts';
import { type ActivityWord, activityTypeOf, activityTypesIn } from './activityLexicon.ts';
import { monthRangeOf } from '../grammar/monthRangeOf.ts';

const TOTAL = /^(?:итого|всего|барлығы|жиыны)\s*:?\s*/iu;

/** "Итого: 12" — the count right after the word, null when the cell is no total. */
function totalOf(cell: string): number | null {
  const word = TOTAL.exec(cell);
  if (!word) return null;
  const count = findCounts(cell).find((c) => c.start === word[0].length);
  return count?.value ?? null;
}

interface MonthGroup {
  month: number | null;
  line: number;
  stated: number | null;
  rows: number;
}

export interface Table {
  start: number;
  end: number;
  header: string[];
  /** The first line after the header (its cells one per line, or all on one line between tabs). */
  body: number;
}

/**
 * Tables flattened to text (a Word table saved as text): every cell starts a
 * line with a tab, a cell's further lines have none; or a row on one line,
 * its cells between tabs after the opening one ("\t№\tКол-во\tТема\tДата").
 * A table starts at a header whose first cell is "№" (no number after it) and ends at a non-tab
 * line after a blank one.
 */
export function findTables(lines: string[]): Table[] {
  const tables: Table[] = [];
  for (let i = 0; i < lines.length; i++) {
    // (A row's label numbered with the sign is no header: "№ 1 по вопросам законности", "№ 2 комиссия" under the header
    // "Комиссия ⇥ Заседания ⇥ Мониторинги …" — each cell of such a table was read as an event of the kind above it.)
    if (!/^\t\s*№(?!\s*\d)/.test(lines[i])) continue;
    const header: string[] = [];
    let k = i;
    for (; k < lines.length; k++) {
      if (!lines[k].startsWith('\t')) break;
      const cell = lines[k].trim();
      if (k > i && (monthOfWord(cell) !== null || /^\d+\.?$/.test(cell))) break;
      header.push(...lines[k].slice(1).split('\t').map((c) => c.trim()));
      // A header typed on one line, its cells between tabs: the rows below are typed the same way.
      if (k === i && header.length > 2) {
        k++;
        break;
      }
    }
    const body = k;
    // The header's last line, until body lines extend it (a header alone at the end of the text has none).
    let end = k - 1;
    for (let j = k; j < lines.length; j++) {
      const line = lines[j];
      if (line.startsWith('\t')) end = j;
      else if (line.trim() === '') continue;
      else if (lines[j - 1]?.trim() !== '') end = j; // a cell's second line
      else break;
    }
    tables.push({ start: i, end, header: header.filter((c) => c !== ''), body });
    i = end;
  }
  return tables;
}

/** The cells of a table body in order: a tab opens a cell, a line without one continues it. */
function cellsOf(lines: string[], from: number, to: number): { text: string; line: number }[] {
  const cells: { text: string; line: number }[] = [];
  for (let j = from; j <= to; j++) {
    const line = lines[j];
    if (line.startsWith('\t')) {
      for (const part of line.slice(1).split('\t')) cells.push({ text: part, line: j + 1 });
    } else if (line.trim() !== '' && cells.length > 0) {
      cells[cells.length - 1].text += '\n' + line;
    }
  }
  return cells.map((c) => ({ text: tidy(c.text), line: c.line }));
}

/**
 * Activities from a table: rows grouped under month rows ("Апрель") get that
 * month as their dates; the title is the "Тема"/"Наименование" column; rows
 * with no title ("-") are empty months, not activities. The "Кол-во" column
 * and an "Итого: N" line are checked against the rows.
 */
/** A table's caption: "2-кесте.", "Кесте 2 –", "Таблица 3.", "Табл. 1". */
const TABLE_CAPTION = /(?:^|\/)\s*(?:\d{1,2}\s*-\s*кесте|кесте\s*№?\s*\d{1,2}|таблица\s*№?\s*\d{1,2}|табл\.\s*№?\s*\d{1,2})(?![\p{L}\d])/iu;
/** Every caption of a line ("1-кесте / Таблица 1"), to see what is left beside them. */
const TABLE_CAPTIONS = new RegExp(TABLE_CAPTION.source, 'giu');
/** A column of people's names: "Аты-жөні", "Т.А.Ә.", "ФИО", "Ф.И.О.", "Фамилия, имя, отчество". */
const PEOPLE_COLUMN = /^\s*(?:аты-?\s?жөні|т\.\s?а\.\s?ә\.?|ф\.?\s?и\.?\s?о\.?|фамилия(?:,?\s+имя)?(?:,?\s+отчество)?)\s*$/iu;

export function readTableActivities(lines: string[], tables: Table[], year: number | undefined, figures: ReportFigure[], issues: ExtractIssue[]): ReportActivity[] {
  const out: ReportActivity[] = [];
  for (const t of tables) {
    // A table of counts, a column per kind ("Комиссия | Мониторингтер | Дөңгелек үстелдер | …", "Квартал | Мониторинги |
    // Круглые столы"), lists no events: its rows are commissions or quarters, never hearings or monitorings.
    // (Two kinds at least: a list's header names its own kind in several cells, "Тема" / "Кто принял участие в мониторинге".)
    if (new Set(t.header.map((h) => activityTypeOf(h)?.type).filter((k) => k !== undefined)).size >= 2) continue;
    // A form's table of indicators ("№ п/п | Показатель | Ед. изм. | Значение", "Р/с | Көрсеткіш | Өлш. бірл. | Мәні") lists no
    // events either: its rows are counts, a row "Круглые столы" no round table (held-out 78's Taldykorgan form).
    if (t.header.some((h) => /^(?:показател[\p{L}]*|индикатор[\p{L}]*|көрсеткіш[\p{L}]*)$/iu.test(h)) && t.header.some((h) => /(?<![\p{L}])(?:ед\.?\s*изм|единиц[\p{L}]*\s+измерени|өлш(?:ем)?\.?\s*бірл)/iu.test(h))) continue;
    // The kind the nearest of the three text lines above names, the first it names: "4. Есептерді тыңдау. …" /
    // "5. Қоғамдық мониторинг. … жүргізілді:" over the table makes its rows monitorings.
    // A table of members ("№ | Аты-жөні | Қатысты (қолы) | …", "№ | ФИО | …") lists people, no events.
    if (PEOPLE_COLUMN.test(t.header.find((h) => !/^№/u.test(h.trim())) ?? '')) continue;
    let near: ActivityWord | null = null;
    for (let k = t.start - 1, seen = 0; k >= 0 && seen < 3 && near === null; k--) {
      if (lines[k].trim() === '') continue;
      [near, seen] = [activityTypesIn(lines[k])[0] ?? null, seen + 1];
      // A table's own caption ("2-кесте. Мүшелердің Кеңес отырыстарына қатысуы", "Таблица 3. …") says what it holds: the lines
      // above it are the text's, not the table's (set 183: a members' attendance table under "Мониторингтер: …"). A caption
      // of its number alone ("1-кесте / Таблица 1") names nothing: the text above still does.
      if (TABLE_CAPTION.test(lines[k]) && /\p{L}{3}/u.test(lines[k].replace(TABLE_CAPTIONS, ''))) break;
    }
    const type = near ?? activityTypeOf(t.header.join(' '));
    const cols = Math.max(t.header.length, 1);
    const titleCol = Math.max(0, t.header.findIndex((h) => /тема|наименован|название|мероприяти|тақырып|атауы/i.test(h)));
    const countCol = t.header.findIndex((h) => /кол-?во|количеств|саны/i.test(h));
    const dateCol = t.header.findIndex((h) => /дата|срок|күні|мерзімі/i.test(h));
    const cells = cellsOf(lines, t.body, t.end);
    let month: number | null = null;
    let lastMonth: number | null = null;
    let row: { text: string; line: number }[] = [];
    let group: MonthGroup | null = null;
    const groups: MonthGroup[] = [];
    let total: { value: number; line: number } | null = null;

    const flush = () => {
      if (row.length === 0) return;
      const cellsOfRow = row;
      row = [];
      const title = cellsOfRow[titleCol]?.text ?? '';
      if (countCol >= 0 && group && group.stated === null) group.stated = parseCount(cellsOfRow[countCol]?.text ?? '');
      if (title === '' || /^[-–—\s]+$/.test(title) || !type) return;
      let dates: { start: string; end: string } | null = null;
      if (dateCol >= 0) dates = parseDatePhrase(cellsOfRow[dateCol]?.text ?? '', year);
      if (!dates && month !== null && year !== undefined) {
        const last = lastMonth ?? month;
        const start = isoDate(year, month, 1);
        const end = isoDate(year, last, daysInMonth(year, last));
        if (start && end) dates = { start, end };
      }
      if (group) group.rows++;
      // Every row of a monitoring table is a monitoring, whatever its title says ("Встреча многодетных матерей …").
      out.push({ type: type.type, title: title.slice(0, 300), date_start: dates?.start ?? null, date_end: dates?.end ?? null, line: cellsOfRow[0].line });
    };

    for (const cell of cells) {
      const totalValue = totalOf(cell.text);
      if (totalValue !== null) {
        flush();
        total = { value: totalValue, line: cell.line };
        continue;
      }
      // A month row, or one of two months or more ("Июль – Август", "Шілде-тамыз"): the rows under it are of those months.
      const range = /^\p{L}+\s*[-–—]\s*\p{L}+$/u.test(cell.text) ? monthRangeOf(cell.text) : null;
      const monthHere = /^\p{L}+$/u.test(cell.text) ? monthOfWord(cell.text) : (range?.from ?? null);
      if (monthHere !== null) {
        // A month row ends the row before it, even if that row was short of cells.
        row = row.length >= cols - 1 ? row : [];
        flush();
        month = monthHere;
        lastMonth = range?.to ?? null;
        group = { month, line: cell.line, stated: null, rows: 0 };
        groups.push(group);
        continue;
      }
      row.push(cell);
      if (row.length === cols) flush();
    }
    if (row.length >= cols - 1) flush();
    for (const g of groups) {
      if (g.stated !== null && g.stated !== g.rows) issues.push({ line: g.line, message: `table: ${g.stated} stated for the month, ${g.rows} rows` });
    }
    const listed = out.filter((a) => a.line > t.start && a.line <= t.end + 1).length;
    if (total && total.value !== listed) issues.push({ line: total.line, message: `table total ${total.value}, ${listed} rows` });
    if (type?.metric) {
      const stated = figures.find((f) => f.metric === type.metric);
      if (stated && stated.value !== listed) issues.push({ line: t.start + 1, message: `${type.metric}: ${stated.value} stated (line ${stated.line}), ${listed} rows in the table` });
    }
  }
  return out;
}
