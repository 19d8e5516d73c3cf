import { MONTH_WORD } from '../monthNames.ts';
import { parseDatePhrase } from '../parseDatePhrase.ts';
import { tidy } from '../toLines.ts';
import type { ReportActivity, ReportFigure } from '../types.ts';
import { activityTypesIn } from './activityLexicon.ts';
import { CALLED_OFF } from './noneHeldVerbs.ts';

/**
 * One date as a hearing's entry opens with it: "18.02.2026", "27 марта", "19 ақпан", "ақпанның 19-ы", "2025 жылғы 19
 * ақпанда".
 */
const DATE = String.raw`(?:\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}|(?:(?:19|20)\d{2}\s*(?:жылғы|ж\.)\s*)?\d{1,2}\s+${MONTH_WORD}(?:\s+(?:19|20)\d{2})?|${MONTH_WORD}\s+\d{1,2}(?:-[\p{L}]{1,5})?)`;

/**
 * A line that opens with its day (or two days of one item, "16 октября и 11 декабря"), after a dash or bullet at most,
 * then a dash or the body at once: "18.02.2026 – отдел образования г. Семей;", "- 19 ақпан – аудандық ауыл шаруашылығы
 * бөлімінің … есебі;", "— 10 июля руководитель управления сельского хозяйства — о ходе …".
 */
const ENTRY = new RegExp(
  String.raw`^\s*(?:[-–—•·▪*]\s*)?(${DATE})(?:\s*(?:,|и|және|мен|бен)\s*(${DATE}))?(?:\s*(?:г\.|ж\.|года|жылы))?\s*(?:[-–—:]\s+|\s+(?=\p{L}))(\S.*)$`,
  'u',
);

/**
 * A body or its head, as a hearing names who reported: a department, an administration, an akim, a head, a state or
 * municipal enterprise by its form. An entry naming none is no hearing, whatever its heading ("25 мая – совещание …").
 */
// The words in either case ("Комитет …", "Департамент …" open an entry), the legal forms as capitals only ("ГУ", never "гу…").
const BODY_WORD = String.raw`(?:[Оо]тдел|[Уу]правлени|[Дд]епартамент|[Кк]омитет|[Аа]ким|[Рр]уководител|[Нн]ачальник|[Дд]иректор|[Зз]аместител|[Пп]редседател|ГККП|КГКП|ГКП|КГП|КГУ|РГУ|ГУ|РГКП|РГП|НАО|ТОО|АО|[Бб]өлім|[Бб]асқарма|[Бб]асшы|[Әә]кім|МКК|КМК|КММ|ШЖҚ|РМК|[Мм]екеме|[Ұұ]йым|[Уу]чреждени|[Оо]рганизаци|[Пп]редприяти|[Пп]алат)`;
const BODY = new RegExp(String.raw`(?<![\p{L}])${BODY_WORD}`, 'u');
/**
 * A part of an entry that opens with its body, after the entry's ';' ("17.07.2025 – Комитет медицинского … контроля; РГП на
 * ПХВ «Национальный научный центр …»;"): each such part is a body heard of its own on the entry's day (bodiesOfOneDate).
 */
export const BODY_OPENING = new RegExp(String.raw`^(?:(?:[\p{L}-]+\s+){0,2}?${BODY_WORD}|«[^«»]+»\s*(?:ШЖҚ\s+)?(?:МКК|КМК|КММ|ММ|РМК|ЖШС|АҚ|КЕАҚ)(?![\p{L}]))`, 'u');

/**
 * A heading of hearings that names them by the verb of reporting, which the activity lexicon leaves to sentences with a
 * head: "На заседаниях отчитывались:", "Есеп бергендер:", "Кеңес отырыстарында есеп берді:".
 */
const REPORTED_LEAD = /(?:отчитывал|отчитал|есеп\s+бер)[\p{L}]*\s*:\s*$/iu;
/**
 * A lead that names hearings by the bare noun, which the activity lexicon leaves alone (an "заслушивание информации" is no
 * report heard): its last sentence, ending with its colon — "… Даты заслушиваний:", "Заслушивания:", "Тыңдаулар
 * күндері:". A public hearing's noun names another type (the lexicon's), so it is no lead of these.
 */
const HEARINGS_LEAD = /(?:^|[.;]\s+)[^.;]*(?<![\p{L}])(?:заслушивани[\p{L}]*|тыңдаулар[\p{L}]*)[^.;]*:\s*$/iu;

/** A heading of hearings to come, not held: "План заслушивания отчётов на 2026 год", "Есеп тыңдау жоспары". */
const PLANNED = /(?:план|жоспар|предстоит|запланир|көзделуде)/iu;
/** A count of what was done beside the plan ("Жоспар – 4, орындалғаны – 3:", "План – 4, факт – 3"): a heading of done hearings. */
const DONE = /(?:орындал|выполнен|факт|проведен|өткізіл|заслушан|тыңдалд)/iu;
/**
 * An entry told as still to come ("запланирован на 10.12", "жоспарланған"): no hearing held. One told as not held, put
 * off or called off is CALLED_OFF's, the lexicon the logs' rows and the lists' titles read too.
 */
const PLANNED_ENTRY = /(?:жоспарлан|запланир)/iu;

/**
 * Hearings listed one a line under their heading, each opening with its day and naming the body heard, no type of its own:
 * "III. Отчётные слушания" / "27 марта – руководитель Департамента … о работе …", "Советом заслушано 5 отчётов:" /
 * "18.02.2026 – отдел образования г. Семей;", "3. Есеп тыңдау" / "Жоспар – 4, орындалғаны – 3:" / "- 19 ақпан – …
 * бөлімінің … есебі;", "На заседаниях отчитывались:" / "— 10 июля руководитель управления …". The heading (the line right
 * above the entries, or the section's title above a lead that names no type) names hearings and no other type; each entry
 * names a body, its wrapped lines read with it; an entry of two days ("16 октября и 11 декабря – заместители …") is two
 * hearings. Nothing when an entry names another type, the heading is a plan, the dates fall outside the period's year, or
 * the hearings would outnumber the count of them stated. Entries another reader took (by line, or by day at the heading)
 * are not read twice.
 */
export function readDatedHearingsUnderHeading(lines: string[], inTable: Set<number>, year: number | undefined, taken: ReportActivity[], figures: ReportFigure[]): ReportActivity[] {
  const out: ReportActivity[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (inTable.has(i) || !ENTRY.test(lines[i])) continue;
    const heading = headingAbove(lines, i);
    // Entries a line or block of no heading of hearings leads: another reader's (a chronology, a diary).
    if (heading === null) continue;
    const run = entriesFrom(lines, inTable, i);
    i = run.end;
    if (run.entries.length < 2) continue;
    const found: ReportActivity[] = [];
    let refused = false;
    for (const entry of run.entries) {
      const m = ENTRY.exec(lines[entry.line])!;
      const text = tidy([m[3], ...entry.more].join(' '));
      const days = [m[1], m[2]].filter((d) => d !== undefined).map((d) => parseDatePhrase(d, year));
      const own = activityTypesIn(text.replace(/«[^»]*»|"[^"]*"/gu, ' '));
      // "12.03.2026 – круглый стол …" under a heading of hearings: a list of more than hearings, not read.
      if (own.some((t) => t.type !== 'report_hearing') || days.some((d) => d === null || (year !== undefined && Number(d.start.slice(0, 4)) !== year))) {
        refused = true;
        break;
      }
      if (!BODY.test(text) || CALLED_OFF.test(text) || PLANNED_ENTRY.test(text)) continue;
      for (const d of days) found.push({ type: 'report_hearing', title: text.slice(0, 300), date_start: d!.start, date_end: d!.end, line: entry.line + 1 });
    }
    if (refused || found.length < 2) continue;
    // Another reader's hearing at an entry's line, or on an entry's day at the heading or lead ("Советом заслушано 5
    // отчётов: 18.02.2026 – …" read as one sentence), is that entry's.
    const takenLines = new Set(taken.filter((a) => a.type === 'report_hearing').map((a) => a.line));
    const nearHeading = taken.filter((a) => a.type === 'report_hearing' && a.line >= heading + 1 && a.line <= run.end + 1);
    const fresh = found.filter((a) => !takenLines.has(a.line) && !nearHeading.some((t) => t.line <= heading + 2 && t.date_start === a.date_start));
    const count = figures.find((f) => f.metric === 'report_hearings');
    const all = taken.filter((a) => a.type === 'report_hearing').length + fresh.length;
    // More hearings than the count stated: the entries are not all hearings of the period (or not read right).
    if (count !== undefined && all > count.value) continue;
    out.push(...fresh);
  }
  return out;
}

/**
 * The line (index) of the heading of hearings right above the entry at `first`: the nearest line that is not blank, when
 * it names hearings and no other type (or reports by the verb); or, when that line is a lead naming no type that ends
 * with its colon ("Жоспар – 4, орындалғаны – 3:"), the title above it. Null otherwise, or when it is a plan.
 */
function headingAbove(lines: string[], first: number): number | null {
  let k = first - 1;
  while (k >= 0 && lines[k].trim() === '') k--;
  if (k < 0 || ENTRY.test(lines[k])) return null;
  const names = (line: string) => {
    const types = activityTypesIn(line);
    return (types.length === 1 && types[0].type === 'report_hearing') || (types.length === 0 && (REPORTED_LEAD.test(line) || HEARINGS_LEAD.test(line)));
  };
  const planned = (line: string) => PLANNED.test(line) && !DONE.test(line);
  if (names(lines[k])) return planned(lines[k]) ? null : k;
  if (!/:\s*$/u.test(lines[k]) || activityTypesIn(lines[k]).length > 0 || planned(lines[k])) return null;
  const lead = k;
  for (k--; k >= 0 && lines[k].trim() === ''; k--);
  return k >= 0 && names(lines[k]) && !planned(lines[k]) && !/[.;]\s*$/u.test(lines[k]) ? lead : null;
}

/**
 * The entries from line `from` on, each with its wrapped lines: a line that is no entry goes with the entry above when it
 * is set in under it or the line before it ends no sentence; a blank line, or a line after a sentence's end, ends the run.
 */
function entriesFrom(lines: string[], inTable: Set<number>, from: number): { entries: { line: number; more: string[] }[]; end: number } {
  const entries: { line: number; more: string[] }[] = [];
  let k = from;
  for (; k < lines.length && !inTable.has(k) && lines[k].trim() !== ''; k++) {
    if (ENTRY.test(lines[k])) {
      entries.push({ line: k, more: [] });
      continue;
    }
    const indented = /^\s+\S/u.test(lines[k]) && !/^\s/u.test(lines[entries[entries.length - 1].line]);
    if (!indented && /[.;]\s*$/u.test(lines[k - 1])) break;
    entries[entries.length - 1].more.push(lines[k].trim());
  }
  return { entries, end: k - 1 };
}
