import { parseDatePhrase } from '../parseDatePhrase.ts';

/**
 * A report written as the execution of the council's annual work plan: a plan table "№ | Мероприятие | Срок |
 * Ответственный | Отметка о выполнении" (Kazakh "№ | Іс-шара | Мерзімі | Жауапты | Орындалуы"), each row's last cell a
 * status and what was done ("Выполнено. Проведено 5 заседаний (…)", "вып. – 6 мониторингов, в т.ч.: …", "ОРЫНДАЛДЫ. 3
 * отырыс өткізілді", "Перенесено на I квартал 2026 года", "Орындалмады (көлік бөлінбеді)").
 *
 * The figures stand in the execution cells, wrapped over many lines or cells, beside a deadline and a person in charge no
 * figure reader understands ("II–IV кв.", "№1, №2 комиссиялар" read as counts, a wrapped "образо-" / "вания"). Each row
 * is read as the one sentence it stands for, on the row's first line (the others blanked, line numbers kept):
 *   done (wholly or partly) → "<мероприятие> – <what was done>", the status word dropped;
 *   not done → what the cell says after the status, without the row's title: its own "Семинары не проводились" is a stated
 *     none, a bare "Не выполнено (нет транспорта)" states nothing — never 0 (set 87's convention);
 *   moved ("Перенесено на …", "Ауыстырылды – IV тоқсанға", "перенес. – на IV кв.") → nothing: a moved row states no count.
 * Layouts: a row a line with tabs; " | " pipes or a "+---+" box with cells wrapped over lines; a Word table a cell a line;
 * the table flattened into labelled blocks ("1. Іс-шара: …" / "Мерзімі: …" / "Орындалуы: …"). Held-out 87.
 */

const EVENT_HEAD = /^(?:наименование\s+)?(?:мероприяти[ея]|іс-?шара(?:лар)?(?:дың\s+атауы)?|іс-шара\s+атауы)$/iu;
const DEADLINE_HEAD = /^(?:срок[\p{L}]*(?:\s+(?:исполнения|выполнения))?|мерзім[\p{L}]*|орындау\s+мерзімі)$/iu;
const RESPONSIBLE_HEAD = /^(?:ответственн[\p{L}]*(?:\s+исполнител[\p{L}]*)?|жауапты[\p{L}]*(?:\s+орындаушы[\p{L}]*)?)$/iu;
const EXECUTION_HEAD = /^(?:отметка\s+о\s+(?:выполнении|исполнении)|(?:информация|отметка)\s+об?\s+(?:выполнении|исполнении)|выполнение|исполнение|ход\s+(?:выполнения|исполнения)|орындалу(?:ы|\s+белгісі|\s+барысы|\s+туралы\s+белгі)|орындалуы\s+туралы\s+(?:белгі|ақпарат))$/iu;
const NUMBER_HEAD = /^(?:№(?:\s*п\/п)?|р\/с|n)$/iu;

/** The status an execution cell opens with, and what it says after it. */
const DONE = String.raw`(?:выполнено|вып\.|исполнено|орындалды|орындалған)(?:\s+(?:частично|ішінара|не\s+в\s+полном\s+объ[её]ме|толық\s+емес))?`;
const NOT_DONE = String.raw`(?:не\s+выполнено|не\s+вып\.|не\s+исполнено|орындалмады|орындалған\s+жоқ)`;
const MOVED = String.raw`(?:перенесено|перенес\.|ауыстырылды|кейінге\s+қалдырылды|кейінге\s+ауыстырылды)`;
const STATUS = new RegExp(String.raw`^\s*(?:(${NOT_DONE})|(${MOVED})|(${DONE}))(?![\p{L}])\s*[.:;,–—-]?\s*`, 'iu');

const DATE = /(?<![\d.])\d{1,2}\.\d{2}(?:\.\d{2,4})?(?![\d])|\d{1,2}\s*(?:[-–]\s*\d{1,2}\s+)?(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр|қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)/iu;
/** A verb of done of the cell's own ("проведено", "заслушаны", "өткізілді", "тыңдалды", "қол қойылды"). */
const DONE_VERB = /(?<![\p{L}])(?:провед[\p{L}]*|проведен[\p{L}]*|заслушан[\p{L}]*|рассмотрен[\p{L}]*|подписан[\p{L}]*|организован[\p{L}]*|состоял[\p{L}]*|прош[\p{L}]*|принял[\p{L}]*|өткізіл[\p{L}]*|өтті|өткізді|тыңдал[\p{L}]*|қаралд[\p{L}]*|жүргізіл[\p{L}]*|жүргізді|ұйымдастырыл[\p{L}]*|қойылды)(?![\p{L}])/iu;
const KAZAKH = /[әіңғүұқөһ]/iu;

type Status = 'done' | 'not_done' | 'moved' | 'unknown';

function statusOf(cell: string): { status: Status; rest: string } {
  const m = STATUS.exec(cell);
  if (!m) return { status: 'unknown', rest: cell.trim() };
  const rest = cell.slice(m[0].length).trim();
  return { status: m[1] ? 'not_done' : m[2] ? 'moved' : 'done', rest };
}

/** The sentence a row stands for; '' when it states nothing. */
export function planRowSentence(title: string, execution: string): string {
  const { status, rest } = statusOf(execution);
  if (status === 'moved' || rest === '') return '';
  const told = /[.!?]$/u.test(rest) ? rest : `${rest}.`;
  if (status === 'not_done') return told;
  // "1 семинар (03.09.2026)", "Орындалды – 24.06.2026 ж.", "Орындалды, ақпанның 5-і": the status was the only word saying
  // the dated event was held; put as a verb of holding when the cell has a day and no verb of its own (a verb put before a
  // bare count, "6 отырыс", would make it the council's meetings). "Выполнено" / "орындалды" is no verb of holding for the
  // readers of dated sentences (a plan is "выполнен" too): the row's event dated by its cell was held (held-out 152's Akmola).
  const held = datesADay(rest) && !DONE_VERB.test(rest) ? (KAZAKH.test(`${title} ${execution}`) || KAZAKH_DONE.test(execution) ? 'өткізілді: ' : 'проведено: ') : '';
  return `${title.replace(/[.:;,\s]+$/u, '')} – ${held}${told}`;
}

/** "орындалды", "орындалған": the status in Kazakh, though none of its letters is Kazakh's own. */
const KAZAKH_DONE = /^\s*орында/iu;

/** A day written in the cell: "14.05", "24.06.2026 ж.", "2026 жылғы 27 мамыр", "ақпанның 5-і" (a quarter or a year is none). */
function datesADay(text: string): boolean {
  if (DATE.test(text)) return true;
  // (Any year: only whether a day is named matters; the period's own is the dated readers' to check.)
  const d = parseDatePhrase(text, 2000);
  return d !== null && d.start === d.end;
}

interface Columns { event: number; execution: number; width: number }

/** The plan table's header cells, or null: an event's column and an execution's, and a deadline's or a person's. */
function columnsOf(cells: string[]): Columns | null {
  const clean = cells.map((c) => c.replace(/\s+/gu, ' ').trim().replace(/[.:]$/u, ''));
  const event = clean.findIndex((c) => EVENT_HEAD.test(c));
  const execution = clean.findIndex((c) => EXECUTION_HEAD.test(c));
  if (event < 0 || execution <= event) return null;
  if (!clean.some((c) => DEADLINE_HEAD.test(c) || RESPONSIBLE_HEAD.test(c))) return null;
  if (!clean.every((c) => c === '' || NUMBER_HEAD.test(c) || EVENT_HEAD.test(c) || DEADLINE_HEAD.test(c) || RESPONSIBLE_HEAD.test(c) || EXECUTION_HEAD.test(c))) return null;
  return { event, execution, width: cells.length };
}

/** Cell text wrapped over lines joined: a word broken with a hyphen ("образо-" / "вания") made whole. */
function joinWrapped(parts: string[]): string {
  return parts.map((p) => p.trim()).filter((p) => p !== '').reduce((acc, p) => (acc === '' ? p : /\p{Ll}-$/u.test(acc) && /^\p{Ll}/u.test(p) ? `${acc.slice(0, -1)}${p}` : `${acc} ${p}`), '');
}

const ROW_NUMBER = /^\s*\d{1,3}\.?\s*$/u;
const BORDER = /^\s*[+|]?[-=+|: ]*-{3,}[-=+|: ]*$/u;

/** A row's cells apart by pipes; a boxed table's outer pipes ("| 1 | … |") open and close no cell. */
function pipeCells(boxed: boolean): (line: string) => string[] {
  return (line) => (boxed ? line.trim().replace(/^\|/u, '').replace(/\|$/u, '') : line).split('|');
}

/** A table of one row a line or wrapped over lines, its cells apart by tabs or pipes. */
function readSeparated(lines: string[], out: string[], at: number, split: (l: string) => string[], isRowLine: (l: string) => boolean): number {
  const cols = columnsOf(split(lines[at]));
  if (!cols) return at;
  let end = at;
  const rows: { at: number; lines: number[]; cells: string[][] }[] = [];
  for (let k = at + 1; k < lines.length; k++) {
    const line = lines[k];
    if (BORDER.test(line)) { end = k; continue; }
    if (!isRowLine(line)) break;
    const cells = split(line);
    if (cells.length !== cols.width) break;
    end = k;
    if (ROW_NUMBER.test(cells[0]) || rows.length === 0) rows.push({ at: k, lines: [k], cells: cells.map((c) => [c]) });
    else { const row = rows[rows.length - 1]; row.lines.push(k); cells.forEach((c, j) => row.cells[j].push(c)); }
  }
  if (rows.length === 0) return at;
  for (let k = at; k <= end; k++) out[k] = '';
  for (const row of rows) out[row.at] = planRowSentence(joinWrapped(row.cells[cols.event]), joinWrapped(row.cells[cols.execution]));
  return end;
}

/** A Word table read a cell a line, each opening with a tab. */
function readWordCells(lines: string[], out: string[], at: number): number {
  let width = 0;
  while (at + width < lines.length && lines[at + width].startsWith('\t') && width < 8) width++;
  for (let w = Math.min(width, 7); w >= 3; w--) {
    const cols = columnsOf(lines.slice(at, at + w).map((l) => l.slice(1)));
    if (!cols) continue;
    let end = at + w - 1;
    for (let k = at + w; k + w - 1 < lines.length && lines.slice(k, k + w).every((l) => l.startsWith('\t')) && ROW_NUMBER.test(lines[k].slice(1)); k += w) {
      out[k] = planRowSentence(lines[k + cols.event].slice(1), lines[k + cols.execution].slice(1));
      for (let j = 1; j < w; j++) out[k + j] = '';
      end = k + w - 1;
    }
    if (end === at + w - 1) return at;
    for (let k = at; k < at + w; k++) out[k] = '';
    return end;
  }
  return at;
}

const BLOCK_EVENT = /^\s*(\d{1,3})[.)]\s*(?:іс-?шара|мероприятие)\s*:\s*(.*)$/iu;
const BLOCK_EXECUTION = /^\s*(?:орындалуы|орындалу\s+белгісі|отметка\s+о\s+(?:выполнении|исполнении)|выполнение|исполнение)\s*:\s*(.*)$/iu;
const BLOCK_FIELD = /^\s*(?:мерзімі|срок[\p{L}]*|жауапты[\p{L}]*|ответственн[\p{L}]*)\s*:/iu;

/** The table flattened into labelled blocks: "1. Іс-шара: …" / "Мерзімі: … Жауапты: …" / "Орындалуы: …" and its wrap. */
function readBlock(lines: string[], out: string[], at: number): number {
  const head = BLOCK_EVENT.exec(lines[at]);
  if (!head) return at;
  const title: string[] = [head[2]];
  let execution: string[] | null = null;
  let end = at;
  for (let k = at + 1; k < lines.length && lines[k].trim() !== '' && !BLOCK_EVENT.test(lines[k]); k++) {
    end = k;
    const ex = BLOCK_EXECUTION.exec(lines[k]);
    if (ex) execution = [ex[1]];
    else if (execution) execution.push(lines[k]);
    else if (!BLOCK_FIELD.test(lines[k])) title.push(lines[k]);
  }
  if (!execution) return at;
  for (let k = at; k <= end; k++) out[k] = '';
  out[at] = planRowSentence(joinWrapped(title), joinWrapped(execution));
  return end;
}

/**
 * The plan written as numbered points, each its event, a dash and its status with what was done: "2.1. … музейінің
 * экспозициялық жұмысын мониторингтеу –" / "орындалды, 2025 жылғы 14 наурыз.", "1.2. Комиссия отырыстары – орындалды, барлығы
 * 12 отырыс.", "2.4. … мониторингі – ауыстырылды" / "(2026 жылғы I тоқсанға)." (held-out 152's Aktobe): a row of the plan's
 * table in running text, read as the row's sentence (the point's lines to its stop; the number dropped, as a row's).
 */
const STATUS_POINT = new RegExp(String.raw`^\s*\d{1,2}(?:\.\d{1,2})?[.)]\s+(\S.*?)\s+[-–—]\s*((?:${NOT_DONE}|${MOVED}|${DONE})(?![\p{L}]).*)$`, 'iu');
const POINT_OPENS = /^\s*\d{1,2}(?:\.\d{1,2})?[.)]\s/u;

function readStatusPoint(lines: string[], out: string[], at: number): number {
  if (!POINT_OPENS.test(lines[at])) return at;
  let text = lines[at].trim();
  let end = at;
  while (!/[.;]$/u.test(text) && end + 1 < lines.length && lines[end + 1].trim() !== '' && !POINT_OPENS.test(lines[end + 1]) && end - at < 4) text += ` ${lines[++end].trim()}`;
  const m = STATUS_POINT.exec(text);
  if (m === null) return at;
  for (let k = at; k <= end; k++) out[k] = '';
  out[at] = planRowSentence(m[1], m[2]);
  return end;
}

/** Every plan table of the report read as its rows' sentences (see the file's comment); any other line as it is. */
export function readPlanTableRows(source: string[]): string[] {
  const out = [...source];
  for (let i = 0; i < source.length; i++) {
    const line = source[i];
    let end = i;
    if (line.startsWith('\t')) end = readWordCells(source, out, i);
    else if (line.includes('\t')) end = readSeparated(source, out, i, (l) => l.split('\t'), (l) => l.includes('\t'));
    else if (line.includes('|')) end = readSeparated(source, out, i, pipeCells(line.trim().startsWith('|')), (l) => l.includes('|'));
    else {
      end = readBlock(source, out, i);
      if (end === i) end = readStatusPoint(source, out, i);
    }
    i = end;
  }
  return out;
}
