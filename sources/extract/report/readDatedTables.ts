import { parseDatePhrase } from '../parseDatePhrase.ts';
import { tidy } from '../toLines.ts';
import type { ReportActivity } from '../types.ts';
import { ACTIVITY_PHRASES, ATTENDED, type ActivityWord, activityTypeOf, activityTypesIn, withoutPlansOfEvents } from './activityLexicon.ts';
import { fixedWidthLines } from './fixedWidthTable.ts';
import { NOTE_HEAD } from './flattenFigureTables.ts';
import { CALLED_OFF } from './noneHeldVerbs.ts';
import { countedHeadingOf } from './countedHeading.ts';
import { datedWordTables, wordCellTables } from './wordCellTable.ts';
import { FACT_COLUMN, PLAN_ROW } from './tableRowLexicon.ts';
import { parseCount } from '../parseCount.ts';

/**
 * A text table's row: cells between pipes ("1  | 22.01.2025 | Проверка … | мониторинг"), a border pipe at either end
 * or none; or, with no pipe, between tabs ("1\t22.01.2025\tПроверка …\tмониторинг", a table saved as tab-separated text).
 */
const pipes = (line: string) => line.match(/\|/gu)?.length ?? 0;
/**
 * A pipe at either end is a border only in a table whose header has one there: in "№  | Күні | Іс-шара" the
 * continuation row "   |      | жұмысына … |" opens with an empty cell, and its last pipe closes a cell left empty.
 */
const bordersOf = (header: string) => ({ left: /^\s*\|/u.test(header), right: /\|\s*$/u.test(header) });
const cellsOf = (line: string, borders = { left: true, right: true }, indent = Infinity) =>
  (pipes(line) > 0 ? strip(line.trim(), borders).split('|') : [...emptyCellsOf(line, indent), ...line.trim().split(/\t+/u)]).map((c) => c.trim());
/** The tabs that open a line of tabs. */
const leadingTabs = (line: string) => /^\t*/u.exec(line)![0].length;
/**
 * The empty cells a row of tabs opens with: each tab before its text beyond those its header opens with (`indent`). A
 * wrapped title goes on in a row of its own, "\t\tүйі» КМҚК-мен ынтымақтастық\tмеморандум", its number and date cells
 * left empty (held-out 66's Rudny); a table indented as a whole by a tab has none.
 */
const emptyCellsOf = (line: string, indent: number) => Array<string>(Math.max(0, leadingTabs(line) - indent)).fill('');
/** Rows of pipes, or of tabs: two runs of tabs, the tabs a wrapped row opens with counted ("\t\tүйі» …\tмеморандум"). */
const isRow = (line: string) => pipes(line) >= 2 || (pipes(line) === 0 && (line.replace(/\s+$/u, '').replace(/^ +/u, '').match(/\t+/gu)?.length ?? 0) >= 2);
const strip = (line: string, borders: { left: boolean; right: boolean }) =>
  (borders.left ? line.replace(/^\|/u, '') : line).replace(borders.right ? /\|$/u : /(?!)/u, '');
/** The rule under a header: "---|-----|---", "+----+----+", ":--|--". */
const RULE = /^[\s|+:=-]*-{3,}[\s|+:=-]*$/u;
/** A rule with no pipe, its columns crossed by "+": "-----+--------+-----". */
const CROSS_RULE = /^\s*-{2,}(?:\+-{2,})+\+?\s*$/u;
const DATE_HEAD = /(?<![\p{L}])(?:дата|даты|срок[\p{L}]*|когда|күні|мерзімі|уақыты)(?![\p{L}])/iu;
/** The column saying what kind of event a row is: "Форма", "Вид мероприятия", "Іс-шара түрі". */
const KIND_HEAD = /(?<![\p{L}])(?:форма|формат|вид|тип|түрі|нысаны)(?![\p{L}])/iu;
/** The column naming the event, read for its kind when no column says it. */
const TITLE_HEAD = /(?:мероприяти|тема|наименован|название|тақырып|атауы|іс-шара)/iu;
/**
 * The column of whose report was heard: "Чей отчёт заслушан", "Заслушанный орган", "Кто отчитывался", "Госорган",
 * "Есебі тыңдалған орган", "Есеп берген мекеме", "Кімнің есебі".
 */
const BODY_HEAD = /(?:чей\s+отч[её]т|заслушанн?[\p{L}]*\s+(?:орган|руководител|ведомств)|кто\s+отчит|отчитавш[\p{L}]*|(?<![\p{L}])(?:гос)?орган(?:ы)?(?![\p{L}])|государственн[\p{L}]*\s+орган|есеп\s+берген|есебі\s+тыңдалған|кімнің\s+есеб|мемлекеттік\s+орган)/iu;

/**
 * Activities from a text table of dated events (a table typed with pipes, as a
 * report pasted from Word or Markdown has it): a header with a date column and
 * a column of the event's kind ("№ | Дата | Мероприятие | Форма"); every row
 * is an activity of the kind its kind column names (activityLexicon), dated by
 * its date cell in any form of parseDatePhrase ("19–20.02.2025", "с 14 по 18
 * апреля" with the year of the period). A row whose kind names no activity is
 * not read (nothing is guessed from its title when the table has a kind
 * column); a row whose first cell is empty continues the row above (a wrapped
 * cell). A table typed in fixed-width columns, spaces only, is read the same
 * way (fixedWidthLines). Tables whose lines an earlier reader already took are left to it.
 */
export function readDatedTables(drawn: string[], year: number | undefined, taken: ReportActivity[]): ReportActivity[] {
  const out: ReportActivity[] = [];
  const lines = twoColumnsAsPipes(drawn.map(boxAsPipes));
  for (let i = 0; i < lines.length; i++) {
    // A table typed with pipes or tabs, else one typed in fixed-width columns (spaces only), read as pipes.
    const fixed = isRow(lines[i]) ? null : fixedWidthLines(lines, i);
    if (!isRow(lines[i]) && fixed === null) continue;
    const block = fixed?.lines ?? [{ line: lines[i], at: i }];
    // A table of tabs read from a PDF has a blank line between its rows: one blank line between two rows of tabs goes on.
    const tabs = pipes(lines[i]) === 0;
    // Under a "№ | Дата" header of tabs, a row read from a PDF with its number and date run together ("1 19.02.2025\t…",
    // "9 14–15.08.2025 Общественный мониторинг …") is a row too (splitRunTogether tells its cells apart); so under a header
    // whose "№" and "Дата" ran together as well ("№ Дата\tФорма\tТема", held-out 56's Ministry of Labour PDF).
    const runTogether = tabs && /^\s*№(?:[^\t]*\t|\s+)\s*(?:дата|күні)/iu.test(lines[i]);
    const rowHere = (k: number) => isRow(lines[k] ?? '') || (runTogether && RUN_TOGETHER.test(lines[k] ?? ''));
    // A table drawn with "-----+-----" rules between its rows (a log typed in a text editor): a rule with a row of
    // pipes after it goes on.
    const goesOn = (k: number) =>
      rowHere(k) || (tabs && lines[k].trim() === '' && rowHere(k + 1) && pipes(lines[k + 1]) === 0) || (!tabs && CROSS_RULE.test(lines[k]) && pipes(lines[k + 1] ?? '') >= 2);
    if (fixed === null) for (let k = i + 1; k < lines.length && goesOn(k); k++) if (rowHere(k)) block.push({ line: lines[k], at: k });
    const header = runTogether ? cellsOf(block[0].line).flatMap((c, k) => (k === 0 ? c.split(/(?<=^№)\s+/u) : [c])) : cellsOf(block[0].line);
    const borders = bordersOf(block[0].line);
    const dateCol = header.findIndex((h) => DATE_HEAD.test(h));
    const kindCol = header.findIndex((h) => KIND_HEAD.test(h));
    const titleCol = header.findIndex((h, k) => k !== dateCol && k !== kindCol && TITLE_HEAD.test(h));
    const typeCol = kindCol >= 0 ? kindCol : titleCol;
    // A table with no kind column under a heading naming one kind ("Перечень общественных мониторингов за 2025 год"):
    // every row is of that kind, whatever its subject says.
    // Or under a line that counts them ("Всего заслушано 6 отчётов:"): every row is of that kind when exactly that many.
    const counted = kindCol < 0 && dateCol >= 0 ? countedHeadingOf(lines, i, year) : null;
    // Or a title column whose header names one kind ("Тема мониторинга", "Объект мониторинга", "Мониторинг тақырыбы", set
    // 148): the table lists events of that kind, each row's subject its topic.
    const headed = kindCol < 0 && dateCol >= 0 ? (headingTypeOf(lines, i) ?? counted?.word ?? titleHeaderType(header[titleCol])) : null;
    // An indicator table whose note column lists a row's events by their dates (noteDates); a row of empty number and
    // label cells carries on the row above (a wrapped note).
    if (dateCol < 0 && pipes(lines[i]) > 0 && block.length > 2) {
      const label = header.findIndex((h) => LABEL_HEAD.test(h));
      const rows: { cells: string[]; line: number }[] = [];
      for (const b of block.slice(1)) {
        if (RULE.test(b.line)) continue;
        const cells = cellsOf(b.line, borders);
        const last = rows[rows.length - 1];
        if (last !== undefined && label > 0 && cells[0] === '' && cells[label] === '' && cells.length === last.cells.length) cells.forEach((c, n) => (last.cells[n] = `${last.cells[n]} ${c}`.trim()));
        else rows.push({ cells, line: b.at + 1 });
      }
      const end = block[block.length - 1].at;
      const found = noteDates(header, rows, year);
      if (found.length > 0 && !taken.some((a) => a.line > i && a.line <= end + 1)) {
        out.push(...found);
        i = end;
        continue;
      }
    }
    if (dateCol < 0 || (typeCol < 0 && headed === null)) continue;
    const rows: { cells: string[]; line: number }[] = [];
    const indent = tabs ? leadingTabs(block[0].line) : Infinity;
    for (const { line, at } of block.slice(1)) {
      if (RULE.test(line)) continue;
      const cells = runTogether ? splitRunTogether(cellsOf(line, borders, indent), header, dateCol, kindCol) : cellsOf(line, borders, indent);
      const last = rows[rows.length - 1];
      // A row of tabs whose title wrapped has no cell after the title ("3\t12.02.2026\t«Балалар … шығармашылық"): its
      // continuation, as wide as the header, brings the rest ("\t\tүйі» …\tмеморандум").
      if (tabs && last !== undefined && cells[0] === '' && last.cells.length < cells.length && cells.length <= header.length) last.cells.push(...Array<string>(cells.length - last.cells.length).fill(''));
      if (last !== undefined && cells[0] === '' && cells.length === last.cells.length) {
        cells.forEach((c, n) => (last.cells[n] = `${last.cells[n]} ${c}`.trim()));
      } else {
        rows.push({ cells, line: at + 1 });
      }
    }
    const end = block[block.length - 1].at;
    const countMet = counted === null || headed !== counted.word || rows.length === counted.count;
    if (countMet && !taken.some((a) => a.line > i && a.line <= end + 1)) out.push(...datedRows(header, rows, headed, year));
    i = end;
  }
  for (const t of [...wordCellTables(lines), ...datedWordTables(lines, (h) => DATE_HEAD.test(h))]) {
    // A table of tabs indented as a whole ("\tР/с\tКүні\t…" over "\t1\t12.02.2025\t…") is a Word table's shape too: read
    // above as rows of tabs, it is not read again.
    if ([...taken, ...out].some((a) => a.line > t.start && a.line <= t.end + 1)) continue;
    const rows = t.cells.slice(1).map((cells, k) => ({ cells, line: t.rows[k + 1].at + 1 }));
    // A Word table of dated events ("Р/с | Айы | Өткізілген күні | Іс-шараның атауы | Жауаптылар", its month cell merged
    // down): read as a table typed with pipes is, each row of the kind its title names.
    const header = t.cells[0];
    const dateCol = header.findIndex((h) => DATE_HEAD.test(h));
    const typed = dateCol >= 0 && header.some((h, k) => k !== dateCol && (KIND_HEAD.test(h) || TITLE_HEAD.test(h)));
    const dated = typed ? datedRows(header, rows, header.findIndex((h) => KIND_HEAD.test(h)) < 0 ? headingTypeOf(lines, t.start) : null, year) : [];
    out.push(...(dated.length > 0 ? dated : noteDates(header, rows, year)));
  }
  return out;
}

/**
 * The rows of a table of dated events as activities: each of the kind its kind column names, else its title does (or
 * the heading above, `headed`, says of all); a row marked not held or put off ("НЕ СОСТОЯЛОСЬ (нет кворума),
 * перенесено на 27.05") is none.
 */
function datedRows(header: string[], rows: { cells: string[]; line: number }[], headed: ActivityWord | null, year: number | undefined): ReportActivity[] {
  const out: ReportActivity[] = [];
  const dateCol = header.findIndex((h) => DATE_HEAD.test(h));
  const kindCol = header.findIndex((h) => KIND_HEAD.test(h));
  const titleCol = header.findIndex((h, k) => k !== dateCol && k !== kindCol && TITLE_HEAD.test(h));
  const typeCol = kindCol >= 0 ? kindCol : titleCol;
  const bodyCol = header.findIndex((h, k) => k !== dateCol && k !== kindCol && !TITLE_HEAD.test(h) && BODY_HEAD.test(h));
  for (const row of rows) {
    // "Заседание комиссии (план мониторингов на I кв.)": the plan is the meeting's topic, no monitoring.
    const type = headed ?? (typeCol === kindCol ? kindOfCell(row.cells[typeCol] ?? '') : activityTypeOf(withoutPlansOfEvents(row.cells[typeCol] ?? '')));
    if (type === null || CALLED_OFF.test(row.cells.join(' '))) continue;
    // "Итого\t64\t93\t36" under the acts (set 148): the table's total, no event (its kind came from the header or a heading).
    if (TOTAL_ROW.test(row.cells.find((c) => c.trim() !== '') ?? '')) continue;
    // "Участие членов Совета (4 чел.) в онлайн-семинаре Общественного совета ЗКО": another's event the members went to.
    if (ATTENDED.test(row.cells[titleCol >= 0 ? titleCol : typeCol] ?? '')) continue;
    const dates = dateOfCell(row.cells[dateCol] ?? '', year);
    const subject = titleCol >= 0 ? titleCol : typeCol >= 0 ? typeCol : header.findIndex((h, k) => k !== dateCol && /предмет|объект|нысан/iu.test(h));
    // A hearing's title is whose report was heard, when a column of its own says it ("№ | Дата | Чей отчёт заслушан |
    // Тема"): the body it names is what the bodies heard are counted by (report/departmentsListed), its topic is not.
    const body = type.type === 'report_hearing' && bodyCol >= 0 && bodyCol !== subject ? tidy(row.cells[bodyCol] ?? '') : '';
    const title = body !== '' ? body : tidy(row.cells[subject] ?? '');
    out.push({ type: type.type, title: title.slice(0, 300), date_start: dates?.start ?? null, date_end: dates?.end ?? null, line: row.line });
  }
  return out;
}

/** A total row's label: "Итого", "Всего", "Барлығы", "Жиыны". */
const TOTAL_ROW = /^\s*(?:итого|всего|барлығы|жиыны|жалпы)(?![\p{L}])/iu;

/** The hearings' kind as a kind column names it in one word: "отчёт", "отчеты", "заслушивание", "есеп", "есеп беру". */
const REPORT_KIND = /^\s*(?:отч[её]т(?:ы)?|заслушивани[ея]|есеп(?:тер)?(?:\s+беру|\s+тыңдау)?)\s*$/iu;
const REPORT_HEARING = ACTIVITY_PHRASES.find((a) => a.type === 'report_hearing')!;

/** The kind a kind column's cell names: any activity's phrase, or a hearing named by its report alone (REPORT_KIND). */
function kindOfCell(cell: string): ActivityWord | null {
  return activityTypeOf(withoutPlansOfEvents(cell)) ?? (REPORT_KIND.test(cell) ? REPORT_HEARING : null);
}

/**
 * A table of two columns typed with one pipe between them and no border ("Күні         | Іс-шара" / "-------------+------" /
 * "12.01.2026   | мониторинг: …", "Мероприятие | Дата"): each row is given the closing pipe a border makes, so it reads as a
 * table typed with pipes. Only under a header naming a date column and an event's column; a line with no pipe indented
 * past the header's pipe carries the cell above on ("                 жобасы"). Lines keep their numbers.
 */
function twoColumnsAsPipes(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < lines.length; i++) {
    if (pipes(lines[i]) !== 1) continue;
    const head = lines[i].split('|');
    if (!head.some((h) => DATE_HEAD.test(h)) || !head.some((h) => !DATE_HEAD.test(h) && (TITLE_HEAD.test(h) || KIND_HEAD.test(h)))) continue;
    const bar = lines[i].indexOf('|');
    let rows = 0;
    let k = i + 1;
    for (; k < lines.length; k++) {
      const line = lines[k];
      if (RULE.test(line) || CROSS_RULE.test(line)) continue;
      if (pipes(line) === 1) {
        out[k] = `${line.replace(/\s+$/u, '')} |`;
        rows++;
      } else if (rows > 0 && pipes(line) === 0 && line.trim() !== '' && /^\s*/u.exec(line)![0].length > bar) {
        out[k] = `${' '.repeat(bar)}| ${line.trim()} |`;
      } else break;
    }
    if (rows < 2) {
      for (let n = i + 1; n < k; n++) out[n] = lines[n];
      continue;
    }
    out[i] = `${lines[i].replace(/\s+$/u, '')} |`;
    i = k - 1;
  }
  return out;
}

/**
 * A table drawn with box characters ("┌────┬────────────┐", "│ 1  │ 08.10.2025 │ …", "├────┼────────────┤") read as one
 * typed with pipes: a row's "│" are its cells' pipes, a rule between rows ("├──┼──┤") a rule, the top and bottom borders
 * blank. Only a line that opens and closes with a box's edge is a row: a tree's "│   ├── …" stays as it is.
 */
function boxAsPipes(line: string): string {
  if (/^\s*[┌└][─━═┬┴╤╧]*[┐┘]\s*$/u.test(line)) return '';
  if (/^\s*├[─━═┼┬┴]*┤\s*$/u.test(line)) return line.replace(/[├┼┤]/gu, '|').replace(/[─━═┬┴]/gu, '-');
  return /^\s*[│┃║].*[│┃║]\s*$/u.test(line) ? line.replace(/[│┃║]/gu, '|') : line;
}

/** A row of a PDF's table of events, its number and date run together: "1 19.02.2025\t…", "9 14–15.08.2025 …". */
const RUN_TOGETHER = /^\d{1,3}[.)]?\s+\d{1,2}(?:\s*[-–—]\s*\d{1,2})?\.\d{1,2}\.\d{4}(?:\s|$)/u;

/**
 * The cells of a row read from a PDF whose columns ran together where a cell is as wide as its text: the row number
 * and the date split apart, and the kind from the start of the cell after the date ("Общественный мониторинг
 * Доступность ЦОН …": the fewest words that name a kind). When no kind opens that cell, the row's kind cell is
 * empty and the row is not read.
 */
function splitRunTogether(cells: string[], header: string[], dateCol: number, kindCol: number): string[] {
  if (cells.length >= header.length || dateCol !== 1) return cells;
  const text = cells.join('\t');
  const m = /^(\d{1,3})[.)]?\s+(\d{1,2}(?:\s*[-–—]\s*\d{1,2})?\.\d{1,2}\.\d{4})[\t ]+(.*)$/u.exec(text);
  if (!m) return cells;
  const rest = m[3].split('\t').map((c) => c.trim());
  const out = [m[1], m[2], ...rest];
  if (out.length === header.length || rest.length !== header.length - 3) return out;
  // The kind last, run into the title before it ("Заседание № 3. Отчёт отдела сельского хозяйства отчёт" under "№ Дата |
  // Мероприятие | Форма", held-out 59's Kazygurt): the fewest closing words (up to three) that name a kind.
  if (kindCol === header.length - 1 && kindCol > 2) {
    const words = rest.at(-1)!.split(/\s+/u);
    for (let n = 1; n <= Math.min(3, words.length - 1); n++) {
      const kind = words.slice(-n).join(' ');
      if (kindOfCell(kind) !== null) return [...out.slice(0, -1), words.slice(0, -n).join(' '), kind];
    }
    return out;
  }
  if (kindCol !== 2) return out;
  // The kind and the title in one cell: the fewest opening words (up to four) that name a kind.
  const words = rest[0].split(/\s+/u);
  for (let n = 1; n <= Math.min(4, words.length - 1); n++) {
    if (activityTypeOf(words.slice(0, n).join(' ')) !== null) return [m[1], m[2], words.slice(0, n).join(' '), words.slice(n).join(' '), ...rest.slice(1)];
  }
  // No kind opens it: the cell is the subject, and a kind it names further on is no row's kind.
  return [m[1], m[2], '', ...rest];
}

/** The label column of an indicator table: "Индикатор", "Показатель", "Көрсеткіш", "Іс-шара", "Наименование". */
const LABEL_HEAD = /(?:индикатор|показател|көрсеткіш|іс-шара|наименован|мероприяти|направлени|атауы)/iu;

/**
 * The events an indicator row's note lists by their dates ("Заслушивание отчетов … | 3 | 27.03.2025 – Комитет
 * индустрии туризма; 19.06.2025 – …", "Есептерді тыңдау | 4 | 2025 жылғы 25 ақпанда – білім бөлімі; …"): one activity
 * of the kind the row's label names per dated item. Only a note that is wholly such a list — every item, split at
 * ";", opening with a date of the period's year, or a list of bare dates — is read; a note that says anything else
 * ("решение рабочей группы от 14.05.2025", "перенесены на 2026 год") is no list of events.
 */
function noteDates(header: string[], rows: { cells: string[]; line: number }[], year: number | undefined): ReportActivity[] {
  const label = header.findIndex((h) => LABEL_HEAD.test(h));
  const note = header.findIndex((h) => NOTE_HEAD.test(h));
  if (label < 0 || note < 0) return [];
  const fact = header.findIndex((h, k) => k !== label && k !== note && FACT_COLUMN.test(h) && !PLAN_ROW.test(h));
  const out: ReportActivity[] = [];
  for (const row of rows) {
    const type = activityTypeOf(row.cells[label] ?? '');
    const items = (row.cells[note] ?? '').split(/\s*;\s*/u).map((p) => p.trim().replace(/^[-–—•·]\s*/u, '')).filter((p) => p !== '');
    if (type === null || items.length === 0) continue;
    const strict = items.flatMap((item) => datedItems(item, year));
    // "отдел финансов Жанааркинского района (12.02.2026); отдел экономики и финансов г. Сатпаев (21.05.2026)", "по проекту
    // бюджета г. Жезказган, 16.04.2026" under "Факт" 2 and 1 (set 158): what, then its date in a bracket or after a comma —
    // read only when the row's fact counts as many events (a date after words may be a deadline's).
    const loose = strict.includes(null) && fact >= 0 ? items.map((item) => endingDate(item, year)) : [];
    const read = loose.length > 0 && !loose.includes(null) && parseCount(row.cells[fact] ?? '') === loose.length ? loose : strict;
    if (read.includes(null)) continue;
    for (const r of read) if (r) out.push({ type: type.type, title: tidy(r.title).replace(/[.;,\s]+$/u, '').slice(0, 300), date_start: r.dates.start, date_end: r.dates.end, line: row.line });
  }
  return out;
}

/**
 * A note's item, every event it dates, or [null] when it is anything else. The forms: "27.03.2025 – Комитет …" (the date,
 * a dash, what), "09.04, совместно с Агентством …" (the date, a comma, what), bare dates ("27.03.2025, 19.06.2025"),
 * "с ОФ «Алатау жастары», подписан 27.03" (what, a comma, the verb that it was done and the date), and the bodies heard
 * each by its date, after a count that numbers them ("3 отдела аппарата акима района: ЖКХ – 18.02, образования – 22.04,
 * занятости и соцпрограмм – 24.06"; "ЖКХ бөлімі – 18.02, білім бөлімі – 22.04"). A day and month alone ("12.03") is of the
 * period's year, as in a date column. An item put off, planned or with a deadline ("перенесено на 20.07", "срок до
 * 10.07.2026", "жоспар бойынша 15.07") dates no event.
 */
function datedItems(item: string, year: number | undefined): ({ dates: { start: string; end: string }; title: string } | null)[] {
  const text = item.trim();
  if (CALLED_OFF.test(text)) return [null];
  const titled = /^(.{4,32}?)\s+[–—-]\s+(\S.*)$/u.exec(text);
  const head = titled && titled[1].split(/\s+/u).length <= 5 && /\d/u.test(titled[1]) ? noteDate(titled[1], year) : null;
  if (titled && head) return [{ dates: head, title: titled[2] }];
  const commaAfter = /^(\d{1,2}\.\d{1,2}(?:\.\d{4})?)(?:\s*(?:г|ж)\.)?\s*,\s*(\p{L}.*)$/u.exec(text);
  const first = commaAfter ? noteDate(commaAfter[1], year) : null;
  if (commaAfter && first) return [{ dates: first, title: commaAfter[2] }];
  const doneOn = /^(.{3,}?),\s*(?:[\p{L}]+\s+)?(\d{1,2}\.\d{1,2}(?:\.\d{4})?)(?:\s*(?:г|ж)\.)?(?:\s+[\p{L}\s]+)?$/u.exec(text);
  const done = doneOn && DONE.test(text.slice(doneOn[1].length)) && !NOT_AN_EVENT.test(text) ? noteDate(doneOn[2], year) : null;
  if (doneOn && done) return [{ dates: done, title: doneOn[1] }];
  const bare = text.split(/\s*,\s*|\s+(?:и|және)\s+/u);
  const dates = bare.map((d) => (/^\d{1,2}\.\d{1,2}(?:\.\d{4})?(?:\s*(?:г|ж)\.)?$/u.test(d) ? noteDate(d, year) : null));
  if (dates.every((d) => d !== null)) return dates.map((d) => ({ dates: d!, title: '' }));
  // A date after words may be a deadline or a plan's ("срок до 10.07", "ожидается 15.07"): only a date that heads its item is
  // read whatever follows it.
  return NOT_AN_EVENT.test(text) ? [null] : bodiesByDate(text, year);
}

/** A note's item that ends with its date, in a bracket or after a comma ("отдел финансов … района (12.02.2026)", "«…», 28.01.2026"); null otherwise. */
function endingDate(item: string, year: number | undefined): { dates: { start: string; end: string }; title: string } | null {
  const m = /^(\S.{2,}?)\s*(?:\(\s*(\d{1,2}\.\d{1,2}(?:\.\d{4})?)(?:\s*(?:г|ж)\.)?\s*\)|,\s*(\d{1,2}\.\d{1,2}(?:\.\d{4})?)(?:\s*(?:г|ж)\.)?)\s*\.?$/u.exec(item.trim());
  const dates = m && !NOT_AN_EVENT.test(m[1]) && !CALLED_OFF.test(item) ? noteDate(m[2] ?? m[3], year) : null;
  return dates ? { dates, title: m![1] } : null;
}

/** A note's words of no event: a deadline, a plan, what is awaited ("срок до 10.07", "планируется", "жоспар бойынша", "мерзімі"). */
const NOT_AN_EVENT = /(?<![\p{L}])(?:срок[\p{L}]*|до|план[\p{L}]*|ожида[\p{L}]*|будет|будут|жоспар[\p{L}]*|мерзім[\p{L}]*|дейін|күтілуде)(?![\p{L}])/iu;
/** The verb saying the dated thing was done: "подписан", "проведен", "состоялся", "заслушан", "қол қойылды", "өтті". */
const DONE = /(?<![\p{L}])(?:подписан[\p{L}]*|провед[её]н[\p{L}]*|состоял[\p{L}]*|заслушан[\p{L}]*|заключ[её]н[\p{L}]*|қол\s+қойыл[\p{L}]*|өтті|өткізіл[\p{L}]*|тыңдалды|жасалды)(?![\p{L}])/iu;

/** A date of a note: any phrase parseDatePhrase reads, or a day and month alone ("12.03") of the period's year; only of that year. */
function noteDate(phrase: string, year: number | undefined): { start: string; end: string } | null {
  const dayMonth = /^\s*(\d{1,2})\.(\d{1,2})\.?\s*$/u.exec(phrase);
  const dates = dayMonth ? (year === undefined ? null : parseDatePhrase(`${dayMonth[1]}.${dayMonth[2]}.${year}`, year)) : parseDatePhrase(phrase, year);
  return dates !== null && (year === undefined || dates.start.startsWith(`${year}-`)) ? dates : null;
}

/**
 * "3 отдела аппарата акима района: ЖКХ – 18.02, образования – 22.04, занятости и соцпрограмм – 24.06": whose each, a dash,
 * its date, apart by commas; after a count and a colon, only as many as it counts.
 */
function bodiesByDate(text: string, year: number | undefined): ({ dates: { start: string; end: string }; title: string } | null)[] {
  const lead = /^(\d{1,2})\s+([^:\d]{2,60}):\s*(.+)$/u.exec(text);
  const pieces = (lead ? lead[3] : text).split(/\s*,\s*/u);
  const read = pieces.map((p) => {
    const m = /^(\S.{1,80}?)\s+[–—-]\s+(\d{1,2}\.\d{1,2}(?:\.\d{4})?)(?:\s*(?:г|ж)\.)?$/u.exec(p);
    const dates = m && !/^\d/u.test(m[1]) ? noteDate(m[2], year) : null;
    return dates ? { dates, title: lead ? `${m![1]} (${lead[2].trim()})` : m![1] } : null;
  });
  return read.includes(null) || (lead !== null && Number(lead[1]) !== read.length) ? [null] : read;
}

/** A list's heading: a short line just above the table ("Перечень общественных мониторингов …", "… тізімі"). */
const LIST_HEADING = /^\s*(?:перечень|список|реестр|график|тізім|тізбе)|(?:тізімі|тізбесі)(?![\p{L}])/iu;

/**
 * The one activity kind the heading of a table names ("Перечень общественных мониторингов за 2025 год"), or null:
 * the heading is the nearest text line above the table (a blank line between), a list's heading, naming one kind.
 */
/** The one kind a title column's header names ("Тема мониторинга"); null for a header of none or of two. */
function titleHeaderType(head: string | undefined): ActivityWord | null {
  const kinds = head === undefined ? [] : activityTypesIn(head);
  return kinds.length === 1 ? kinds[0] : null;
}

function headingTypeOf(lines: string[], start: number): ActivityWord | null {
  let k = start - 1;
  while (k >= 0 && lines[k].trim() === '') k--;
  if (k < 0 || k === start - 1 || lines[k].length > 120 || !LIST_HEADING.test(lines[k])) return null;
  const kinds = activityTypesIn(lines[k]);
  return kinds.length === 1 ? kinds[0] : null;
}

/**
 * A date cell in any form of parseDatePhrase; in a date column a day and month alone ("03.04", "17–18.04.") are a
 * date too, of the period's year (in a sentence they could be a section number or a score).
 */
function dateOfCell(cell: string, year: number | undefined): { start: string; end: string } | null {
  const dayMonth = year === undefined ? null : /^\s*(\d{1,2}(?:\s*[-–—]\s*\d{1,2})?\.\d{1,2})\.?\s*$/u.exec(cell);
  return parseDatePhrase(dayMonth ? `${dayMonth[1].replace(/\s+/gu, '')}.${year}` : cell, year);
}
