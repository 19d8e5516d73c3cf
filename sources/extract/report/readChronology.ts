import { MONTH_WORD } from '../monthNames.ts';
import { parseDatePhrase } from '../parseDatePhrase.ts';
import type { ActivityType, ReportActivity } from '../types.ts';
import { ATTENDED, GENERIC_EVENTS, activityTypeEnding, activityTypeOf, itemTypeOf, withoutEventPapers, withoutPlansOfEvents } from './activityLexicon.ts';
import { isMonthHeading } from './monthHeading.ts';
import { isPeriodPartHeading } from './periodPartHeading.ts';

/** A day and month alone, two digits each, or a few days of a month: "08.07", "12–13.08". */
const DAY_MONTH = String.raw`\d{2}(?:\s*[-–—]\s*\d{2})?\.\d{2}`;
const ONLY_DAY_MONTH = new RegExp(`^${DAY_MONTH}$`, 'u');

/**
 * A line of a chronology: a whole date, a dash (or a column's gap: "  08.07.2026  мониторинг …"), what took place ("07.10.2025 — мониторинг: …"; a wiki's ISO date
 * "2026-07-07 — мониторинг: …", out of its code span), or the day and month alone
 * in two digits each under the period's months ("ШІЛДЕ" / "08.07 – …", the year the period's), numbered or not ("3. 16.10.2024
 * — …"); or a day and its month in words, then a dash, a column's gap or a capital ("шілденің 10-ы    Мониторинг: …",
 * "қыркүйектің 23-і Есеп тыңдау: …", "10 июля    Мониторинг: …", "10 шілде – …", "2025 жылғы 19 ақпан — …"), as a chronology set in
 * two columns comes out (the day's ending up to five letters: "тамыздың 20-сында"); after a post's bullet ("▪️ мамырдың 14-і — …", "📍 12.03.2025 — …", "• 22.08.2025 ж. – …").
 */
/**
 * A post's or a news item's mark before its entry: "•", "▪️", "▫️", "◦", "—", "📍", "🔹", "✅" — a bullet, never the entry's
 * number (a number stays "3." above). "— 14 марта — …" is readLists' list item too: a line read there is not read again.
 */
const MARK = String.raw`(?:[•▪▫◦‣∙·*–—-]|\p{Extended_Pictographic})\uFE0F?\s*`;
/** The Kazakh date with its year first: "2025 жылғы 19 ақпан", "2025 ж. 3 желтоқсан". */
const YEAR_FIRST = String.raw`(?:(?:19|20)\d{2}\s*(?:жылғы|ж\.)\s+)?`;
/**
 * The same day in the other language after a slash ("шілденің 9-ы / 9 июля – мониторинг: …", "9 июля / 9 шілде – …"), a
 * calendar given in both languages at once: one date, the event's (two days that differ say neither — the entry is not read).
 */
const OTHER_DAY = String.raw`\d{1,2}\s+(?:${MONTH_WORD})\p{L}*|(?:${MONTH_WORD})\p{L}*(?:ның|нің|дың|дің|тың|тің)\s+\d{1,2}(?:-[\p{L}]{1,4})?`;
const TRANSLATED_DATE = String.raw`(?:\s*\/\s*(?:${OTHER_DAY}))?`;
const TRANSLATED_OF = new RegExp(String.raw`^[^/]*?\s*\/\s*(${OTHER_DAY})`, 'u');

const ENTRY = new RegExp(
  String.raw`^\s*(?:\d{1,2}[.)]\s+|${MARK})?(?:(\d{1,2}(?:\s*[-–—]\s*\d{1,2})?\.\d{1,2}\.\d{4}|(?:19|20)\d{2}-\d{2}-\d{2}(?!\d)|${DAY_MONTH}(?![.\d]))(?:\s*(?:г\.|ж\.))?(?:\s+[-–—]\s+|\s*\t\s*|\s{2,}(?=\S))|((?:${MONTH_WORD})\p{L}*(?:ның|нің|дың|дің|тың|тің)\s+\d{1,2}(?:-[\p{L}]{1,5})?|${YEAR_FIRST}\d{1,2}\s+(?:${MONTH_WORD})\p{L}*)${TRANSLATED_DATE}(?:\s+[-–—]\s+|\s*\t\s*|\s{2,}|\s(?=\p{Lu})|\.\s+(?=[\p{Lu}«"])))(\S.*)$`,
  'u',
);

/**
 * The dates of an entry's date; a day and month alone ("08.07", "12–13.08") read as parseDatePhrase reads "08.07.": a day
 * of the period's year, none when that is not known.
 */
function datesOf(date: string, year: number | undefined): ReturnType<typeof parseDatePhrase> {
  return parseDatePhrase(ONLY_DAY_MONTH.test(date) ? `${date}.` : date, year);
}

/** An entry opening with a deed about an event, not the event: preparing, taking part, announcing, putting off. */
const OTHER_DEED = /^\s*(?:подготовк|участи|анонс|перенос|отмен|обсуждени\p{L}*\s+(?:итогов|результатов)|планировани|согласовани|дайында|қатыс|жоспарла|кейінге)/iu;

/** An entry that tells the event planned, called off or put off anywhere in it ("… дөңгелек үстел (жоспарланған)", "… — не состоялся"). */
// A deed denied closes many an entry after a post's bullet ("• 25 желтоқсан – меморандумға қол қойылмады", "— 3 июня — меморандум
// не подписан"): the Kazakh past denied ("-мады", "-меді", "-бады", "-педі") and the Russian "не" before the deed's participle.
const NOT_HELD = /(?:жоспарлан|планиру|запланирован|өтпеді|өткізілмеді|не\s+состоял|не\s+проводил|отмен[её]н|кейінге\s+қалдыр|перенесен|\p{L}{2,}(?:ма|ме|ба|бе|па|пе)(?:ды|ді)(?![\p{L}])|\p{L}{2,}(?:май|мей|бай|бей|пай|пей)\s+қалды|қойылған\s+жоқ|(?<![\p{L}])не\s+(?:был[аои]?\s+)?(?:подписан|заключ[её]н|провед[её]н|состоял|заслушан|рассмотрен)[\p{L}]*)/iu;

/**
 * A chronology of the period's events, one a line, each opening with its whole date and a dash and then its kind
 * ("07.10.2025 — мониторинг: готовность к отопительному сезону", "16.10.2025 — дөңгелек үстел / круглый стол «…»",
 * "20.11.2025 — меморандум: подписан …"): an activity of the kind that opens the entry (itemTypeOf: before a quoted
 * title, in its first words), dated by the date. Only a run of three such lines or more is a chronology (one dated
 * line is a sentence, read by readDatedSentences); an entry whose kind is not its opening words names no kind and is
 * not read, nor one about another deed ("подготовка материалов к мониторингу"), nor a date outside the period's year.
 */
export function readChronology(lines: string[], year: number | undefined, taken: ReportActivity[]): ReportActivity[] {
  const out: ReportActivity[] = [];
  const takenLines = new Set(taken.map((a) => a.line));
  for (let i = 0; i < lines.length; i++) {
    if (!ENTRY.test(lines[i])) continue;
    const run: number[] = [];
    let k = i;
    // An entry wrapped onto lines set in under it ("10.04.2025 – мониторинг работы …" / "             и пассажиропотока …")
    // is one entry: its further lines are read with it.
    // A line at the entries' own indent goes on only the sentence the line above left open: after a stop ("  18.06 – …
    // есебі." / "  Қалған 3 мониторинг … жүргізілді.", held-out 67's Almaty district) it is a sentence of its own.
    // A plain text hard-wrapped flush ("28 января – мониторинг … при отделе занятости и социальных" / "программ, выехали 3
    // члена Совета."): a line in lower case after one that closes no sentence goes on the entry above — when it ends the
    // entry's sentence and starts no other ("сезону. 15 октября на заседании …" runs a chronicle told in paragraphs on:
    // its further days are sentences, readDatedSentences').
    const setIn = (k: number) => indentOf(lines[k]) > indentOf(lines[run[0]]) || (indentOf(lines[k]) > 0 && !/[.;]\s*$/u.test(lines[k - 1]))
      || (FLUSH_GOES_ON.test(lines[k]) && !/[.;:!?]\s*$/u.test(lines[k - 1]) && !/[.!?]\s+\S/u.test(lines[k]));
    const wrapped = (k: number): boolean => run.length > 0 && setIn(k) && /\S/u.test(lines[k]) && !ENTRY.test(lines[k]) && (ENTRY.test(lines[k - 1]) || wrapped(k - 1));
    for (; k < lines.length && (ENTRY.test(lines[k]) || wrapped(k) || (run.length > 0 && bridgesMonths(lines, k)) || (lines[k].trim() === '' && ENTRY.test(lines[k + 1] ?? ''))); k++) if (ENTRY.test(lines[k])) run.push(k);
    i = k - 1;
    // Two entries are a chronology under a heading of events held ("6. Иные мероприятия." / "24.11.2026 — круглый стол «…»" /
    // "27.11.2026 — подписан меморандум …"): the heading says what its lines are.
    if (run.length < (underEventsHeading(lines, run[0]) ? 2 : 3) || run.some((r) => takenLines.has(r + 1))) continue;
    // Days and months alone ("08.07 – …") may be the numbers of sections ("10.12 – …"): a chronology's, only when the run
    // goes forward in time, each entry on or after the one above.
    const said = run.map((r) => ENTRY.exec(lines[r])!);
    const dated = said.map((m) => datesOf(m[1] ?? m[2], year));
    const starts = dated.map((d) => d?.start ?? '');
    if (said.some((m) => ONLY_DAY_MONTH.test(m[1] ?? m[2])) && starts.some((s, n) => s === '' || (n > 0 && s < starts[n - 1]))) continue;
    const found: ReportActivity[] = [];
    for (const [n, r] of run.entries()) {
      const first = said[n][3];
      // The entry with its wrapped lines ("… «…» КМК" / "   директорының есебі тыңдалды.").
      // (Up to a blank line: the month headings a run goes on over are no entry's words.)
      const after = lines.slice(r + 1, run[n + 1] ?? k);
      const own = after.findIndex((l) => l.trim() === '');
      const text = [first, ...(own < 0 ? after : after.slice(0, own)).map((l) => l.trim())].join(' ').trim();
      // "шілденің 9-ы / 9 июля": the translated day the same, or the entry says no one day.
      const translated = TRANSLATED_OF.exec(lines[r].slice(0, lines[r].length - first.length));
      const dates = translated && datesOf(translated[1], year)?.start !== dated[n]?.start ? null : dated[n];
      // "подготовка материалов к мониторингу", "участие в круглом столе": an entry about another deed than the event.
      const type = OTHER_DEED.test(text) || NOT_HELD.test(text) || ATTENDED.test(text) ? null : typeOfEntry(text);
      if (dates === null || type === null || (year !== undefined && Number(dates.start.slice(0, 4)) !== year)) continue;
      found.push({ type, title: text.trim().slice(0, 300), date_start: dates.start, date_end: dates.end, line: r + 1 });
    }
    // A short run (two under a heading of events) is a chronology only when each entry opens with its event: an entry
    // that names none ("- 16 мая проведен обучающий семинар …" among bullets) makes it a list of sentences, readLists' or
    // readDatedSentences'.
    if (run.length < 3 && found.length < run.length) continue;
    out.push(...found);
  }
  out.push(...readEntryRuns(lines, year, new Set([...takenLines, ...out.map((a) => a.line)])));
  return out;
}

/** A wrapped line's opening: a lower-case letter or a quoted title's mark, never an entry's day nor a heading. */
const FLUSH_GOES_ON = /^[\p{Ll}«"“(]/u;

/**
 * A chronicle told month by month ("ЯНВАРЬ" / "21 января – …" / "" / "ФЕВРАЛЬ" / "11 февраля – …"), or by quarter: the
 * blank lines and the month's (or the quarter's) heading between two months' entries keep the run going, as one
 * chronicle of the period — each month alone may hold fewer entries than a chronology needs.
 */
function bridgesMonths(lines: string[], k: number): boolean {
  let n = k;
  let headings = 0;
  for (; n < lines.length; n++) {
    const line = lines[n].trim();
    if (line === '') continue;
    if (!isMonthHeading(line) && !isPeriodPartHeading(line.replace(/[:.]$/u, ''))) break;
    headings++;
  }
  return headings > 0 && n < lines.length && ENTRY.test(lines[n]);
}

/** The line above the run (past blanks) is a heading of events held: "6. Иные мероприятия.", "Басқа іс-шаралар:". */
function underEventsHeading(lines: string[], first: number): boolean {
  let k = first - 1;
  while (k >= 0 && lines[k].trim() === '') k--;
  // "Иные мероприятия" heads events too; it is not in GENERIC_EVENTS, whose wider readers (readLists) would take a whole
  // list under it (the Karaganda example's "9. Иные мероприятия" list, whose expected figures leave its memorandum out).
  const heading = lines[k]?.trim().replace(/[.:]\s*$/u, '') ?? '';
  return k >= 0 && (GENERIC_EVENTS.test(heading) || /^(?:\d{1,2}[.)]\s*)?иные\s+мероприятия$/iu.test(heading));
}

/** A whole date, or the day and month alone, then a dash: the opening of an entry in a run. */
const RUN_DAY = String.raw`(\d{1,2}\.\d{1,2}\.\d{4}|${DAY_MONTH}(?![.\d]))(?:\s*(?:г\.|ж\.))?\s+[-–—]\s+`;
/** A bullet or an item's number before the first entry. */
const ENTRY_MARK = /^\s*(?:[-–—•·▪*]\s+)?(?:\d{1,2}[.)]\s+)?/u;
const RUN_OPENING = new RegExp(`^${RUN_DAY}`, 'u');
/**
 * A label of events run in before the first entry: "Отдельные мероприятия: 26.03.2026 – …", "Іс-шаралар: 12.02 – …" (a list
 * whose line breaks were lost) — a heading of events held (GENERIC_EVENTS; never a plan's, "Планируемые мероприятия").
 */
// A section's numbered heading closed by its stop stands as the label too: "6. Басқа іс-шаралар. 30.07.2026 – …", "6. Иные
// мероприятия. 24.11.2026 – …" (GENERIC_EVENTS judges it).
const RUN_LABEL = String.raw`([^:\d]{3,60}):\s+|([^:.\d]{3,60})\.\s+(?=\d)`;
const RUN_FIRST = new RegExp(`${ENTRY_MARK.source}(?:${RUN_LABEL})?${RUN_DAY}`, 'iu');
const LABEL_OPENING = new RegExp(`^${ENTRY_MARK.source}(?:${RUN_LABEL})`, 'iu');
const RUN_NEXT = new RegExp(String.raw`;\s+(?=${RUN_DAY})`, 'gu');

/**
 * Entries of a chronology run into one paragraph, a semicolon between: "3. 06.08.2026 – общественные слушания по тарифам …;
 * 27.08.2026 –" / "   круглый стол по трудоустройству …; 10.09.2026 – семинар для членов Совета …" — each part opening with its
 * date and a dash, then its kind (typeOfEntry), as the lines of a chronology do. Two parts or more (one is a sentence, read
 * by readDatedSentences); the paragraph runs over the lines set in under its first; the last part ends at its sentence's
 * stop. Each event stands at the line its date opens. A paragraph with a line another reader took is left to it.
 */
function readEntryRuns(lines: string[], year: number | undefined, taken: Set<number>): ReportActivity[] {
  const out: ReportActivity[] = [];
  for (let i = 0; i < lines.length; i++) {
    const opening = RUN_FIRST.exec(lines[i]);
    const label = opening?.[1] ?? opening?.[2];
    if (opening === null || (label !== undefined && !GENERIC_EVENTS.test(label))) continue;
    const first = i;
    // Set in under the first, or at its indent where the line above broke a sentence off (no stop at its end: a plain
    // text's paragraph typed flush, "…– «…» Заңның" / "практикасы бойынша … 1 семинар; 11.09.2026 – «Жастар" / "…").
    while (i + 1 < lines.length && /\S/u.test(lines[i + 1]) && (indentOf(lines[i + 1]) > indentOf(lines[first]) || !/[.;!?:]\s*$/u.test(lines[i])) && !RUN_FIRST.test(lines[i + 1])) i++;
    if (lines.slice(first, i + 1).some((_, k) => taken.has(first + k + 1))) continue;
    // The paragraph joined, where each of its lines starts kept, to give each part its line.
    const starts: number[] = [];
    let text = '';
    for (let k = first; k <= i; k++) {
      starts.push(text.length);
      text += `${lines[k].trim()} `;
    }
    const opens = [0, ...[...text.matchAll(RUN_NEXT)].map((m) => m.index! + m[0].length)];
    if (opens.length < 2) continue;
    opens.forEach((at, n) => {
      const part = text.slice(at, opens[n + 1]).replace(n === 0 ? LABEL_OPENING : /^$/u, '').replace(ENTRY_MARK, '');
      const day = RUN_OPENING.exec(part);
      if (day === null) return;
      // The last part ends with its sentence: "… по общественному контролю. Меморандумы в квартале не заключались."
      const said = part.slice(day[0].length);
      const entry = (n + 1 < opens.length ? said : said.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0]).replace(/[;.\s]+$/u, '');
      const dates = datesOf(day[1], year);
      const type = OTHER_DEED.test(entry) || NOT_HELD.test(entry) || ATTENDED.test(entry) ? null : typeOfEntry(entry);
      if (dates === null || type === null || (year !== undefined && Number(dates.start.slice(0, 4)) !== year)) return;
      const line = first + starts.filter((st) => st <= at).length;
      out.push({ type, title: entry.slice(0, 300), date_start: dates.start, date_end: dates.end, line });
    });
  }
  return out;
}

/** A meeting that opens an entry ("выездное заседание Совета в п. Жайрем, заслушан отчет …", "Кеңес отырысы: есеп тыңдалды"). */
// "Кеңес отырысы № 4. «…» МКК басшысының есебі тыңдалды": the meeting's number closed by a point, the deed after it.
// "Кеңестің № 6 отырысы. Тыңдалды: …": the number before the meeting, the meeting closed by its stop (held-out 67's Bilim).
export const MEETING_OPENS = /^\s*(?:(?:кеңес[\p{L}]*|комиссия[\p{L}]*)\s+)?(?:№\s*\d{1,3}\s+)?(?:(?:выездн|расширенн|совместн|внеочередн|көшпелі|кеңейтілген|бірлескен|кезектен\s+тыс)[\p{L}]*\s+)?(?:заседани[\p{L}]*|отырыс[\p{L}]*)(?![\p{L}])(?:[^,:;«".]*[,:;]|[^,:;«".№]*№\s*\d{1,3}\.|\.)\s*/iu;

/**
 * What an entry tells was done: a meeting is no activity of its own, what it heard is ("выездное заседание Совета в
 * п. Жайрем, заслушан отчет …" is a hearing of a report), so an entry opening with a meeting is read from the clause
 * after it; an entry with nothing after the meeting names no activity.
 */
function typeOfEntry(text: string): ActivityType | null {
  const meeting = MEETING_OPENS.exec(text);
  // The clause after the meeting tells what it heard, in any order of words ("білім бөлімі басшысының есебі тыңдалды").
  // A quoted name is the body's or the title's, never the deed ("«Алматы Су» МКК басшысының есебі тыңдалды").
  // "Комиссия отырысы: мониторинг жоспары": a plan of events is what the meeting dealt with, no event (withoutPlansOfEvents).
  if (meeting) {
    // "заседание Совета (протокол № 4): рассмотрены итоги мониторинга лагеря": the event's papers considered, no event.
    // "заседание Совета № 4: итоги слушаний, рекомендации в маслихат": the papers of an event are its topic too (set 158).
    const heard = withoutEventPapers(withoutPlansOfEvents(text.slice(meeting[0].length).replace(QUOTED, ' ')));
    return activityTypeOf(heard)?.type ?? (REPORT_HEARD.test(heard) ? 'report_hearing' : null);
  }
  if (/^\s*(?:(?:кеңес[\p{L}]*|комиссия[\p{L}]*)\s+)?(?:(?:выездн|расширенн|совместн|внеочередн|көшпелі|кеңейтілген)[\p{L}]*\s+)?(?:заседани|отырыс)/iu.test(text)) return null;
  // Kazakh sets the event's noun last: "«…» дөңгелек үстелі.", "энергия тарифтерінің жобасы бойынша қоғамдық тыңдау (…)".
  // "«…» дөңгелек үстелі, 40-қа жуық ата-ана қатысты.": the type ends the clause before the comma, what followed after it.
  const clause = text.replace(QUOTED, ' ').replace(/\([^()]*\)?/gu, ' ').split(/[.;:]/u)[0];
  return itemTypeOf(text.split(':')[0]) ?? activityTypeEnding(clause) ?? activityTypeEnding(clause.split(',')[0]);
}

/**
 * What a meeting heard told by the report alone, its deed left out: "кеңес отырысы: … бөлімі мен … бөлімінің есептері;",
 * "… МКҚК директорының есебі", "заседание Совета: отчёт руководителя отдела …", "отчеты ГУ «…» и ГКП «…»". The clause up to
 * its stop ends with the Kazakh report after its owner's genitive, or opens with the Russian one before its owner's; a
 * report of the meeting itself ("отчёт о работе Совета", "жылдық есеп") is none of these.
 */
export const REPORT_HEARD = /^\s*(?:(?:тыңдалды|заслушан[\p{L}]*)\s*:\s*)?(?:[^.;:]*\p{L}(?:ның|нің|дың|дің|тың|тің)\s+(?:[^.;:]*\s(?:туралы|бойынша)\s+)?есе(?:бі|птері)|отч[её]ты?\s+(?!о\s|об\s|за\s)(?:руководител|начальник|директор|заместител|аким|отдел|управлени|ГУ|КГУ|ГКП|ГККП|КГП|ТОО|АО)[^.;:]*)\s*(?:[.;]|$)/iu;

/** Leading blanks, a tab counted as four. */
const indentOf = (line: string) => /^[ \t]*/u.exec(line)![0].replace(/\t/gu, '    ').length;

/** A quoted name or title. */
const QUOTED = /«[^«»]*»|"[^"]*"|“[^”]*”/gu;
