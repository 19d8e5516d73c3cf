import { isMemberItem } from './memberItems.ts';
import { DONE_MARK } from './checklist.ts';
import { findCounts } from '../grammar/findCounts.ts';
import { sentencesOf } from '../grammar/sentencesOf.ts';
import { maskNeverCounts } from '../maskNeverCounts.ts';
import { parseDatePhrase } from '../parseDatePhrase.ts';
import { datesOfTimes } from './datesOfTimes.ts';
import { countedDays, headedDays } from './countedDays.ts';
import { PLANNED } from './labelDayDash.ts';
import { isKazakh, tidy } from '../toLines.ts';
import type { ActivityType, ExtractIssue, ReportActivity, ReportCandidate, ReportFigure } from '../types.ts';
import { GENERIC_EVENTS, HELD_VERBS, activityTypeEnding, activityTypeOf, activityTypesIn, itemTypeOf, type ActivityWord } from './activityLexicon.ts';
import { checkListTotal } from './checkListTotal.ts';
import { countsSeveralOfType } from './severalOfItsType.ts';
import { isOneDatedEvent } from './singleEvents.ts';
import { isoDate, monthOfWord } from '../monthNames.ts';
import { statesNothingSections } from './statesNothingSections.ts';
import { RUN_IN_TITLE, isOneCommissionHeading } from './commissionSections.ts';
import { lowerCase } from '../grammar/lowerCase.ts';
import { awaitsValue } from './continuesSentence.ts';
import { isPeriodPartHeading } from './periodPartHeading.ts';
import { isMonthHeading } from './monthHeading.ts';

export { isMonthHeading };
import { MEETING_OPENS, REPORT_HEARD } from './readChronology.ts';
import { heardAtMeeting, isReportItem } from './heardAtMeeting.ts';
import { CALLED_OFF, STATES_NONE_HELD } from './noneHeldVerbs.ts';

/** A list item: "1." or "2)" (a number), or a bullet or dash, then its text. */
// "o" then a tab is a sub-bullet ("◦") as Word and Outlook paste it into text.
export const ITEM = /^\s*(?:(\d{1,3})\s*[.)](?!\d)|([·•▪◦*]|[-–—](?=\s)|[oо](?=\t)))\s*(.*)$/u;

/**
 * An item that is a label and its own count ("Отделы акимата города – 4 (ЖКХ; …)", "Коммунальные предприятия –
 * 2"), "Дөңгелек үстелдер: 4" with its sub-items ("…: 27 – ескертпесіз мақұлданды: 20"): a list of such items breaks a
 * count down by kind; it lists no single activity. The item's own stop may close it ("білім беру ұйымдары (3);"), and so
 * may a clause of no number after a comma ("түскен өтініштер – 6 (…), алтауына да жауап қайтарылды;", "обращений – 6, на все
 * даны ответы;").
 */
/**
 * "– мақұлданды ....................... 1", "– жеке тұлғалардан ........ 11": a sub-row of a summary set out with dot leaders, a
 * label and its value (set 166) — never an event of the heading above the summary.
 */
const LEADER_ROW = /(?:\.{3,}|…{2,}|_{3,})\s*\d{1,6}\s*$/u;
const GROUP_COUNT = /^(?:[^\d«"“]{2,60}?(?:\s[-–—]|:)\s*\d{1,3}(?:\s*\([^()]*\))?\s*)+(?:,\s*[^\d«"“,;()]{2,80})?[;.]?\s*$/u;
/**
 * An item that names a kind of bodies with their count, then the bodies: "управлений акимата области (6): здравоохранения;
 * образования; …" (its count as bracketCounts rewrote it, "… области – 6: …"), "аудандық бөлімдер (3): білім бөлімі; …", "14 управлений акимата г. Алматы (экономики …; финансов; …)",
 * "5 акиматов районов (Алатауского, …)", "3 подведомственных организаций (ГКП «…», …)", "2 ауылдық округ әкімі (…)". A list of
 * such items breaks the hearings' count down by kind; no item is one hearing. Not an item that names one body ("ГУ «Отдел
 * образования» (12.03)") nor one that opens with its day ("12 марта – отчёт управления …").
 */
const KIND_COUNT = /^(?:[^\d«"“()]{2,60}?(?:\(\d{1,3}\)|\s[-–—]\s*\d{1,3})\s*:|\d{1,3}\s+(?:[\p{L}-]+\s+){0,2}?(?:управлени|отдел|департамент|акимат|аким|организаци|учреждени|предприяти|ведомств|бөлім|басқарма|ұйым|әкім|мекеме|кәсіпорын)\p{L}*(?:\s+[\p{L}.-]+){0,4}\s*[(:])/iu;

interface ItemLine {
  /** Leading blanks, a tab counted as four. */
  indent: number;
  no: number | null;
  /** "." or ")" after a number; null for a bullet or dash. */
  delim: string | null;
  text: string;
}

/** A line as a list item, null when it is none or has no text. */
export function itemOf(line: string): ItemLine | null {
  // A letter item ("а) 15 января – …", "б) …") is read as a bullet: its letter orders, it does not number.
  // So is a point of three levels or more ("4.2.1. 2025 жылғы 20 ақпан – …" under "4.2. Есептерді тыңдау – 5:"): its number places it.
  // And a point of two closed by a bracket ("4.1) 12 марта – …" under "4. Общественные слушания …"): a sub-item of its section —
  // its second number one digit, so a day and month wrapped to a line's start ("20.08) және …", "24.10) …") is none.
  const m = /^([ \t\u00a0]*)(?:(\d{1,3})\s*([.)])(?!\d)|([·•▪◦*✓]|[-–—](?=\s)|[oо](?=\t)|[а-яёәғқңөұүһіa-z]\)(?=\s)|\d{1,2}(?:\.\d{1,2}){2,3}\.?(?=\s)|[1-9]\d?\.[1-9]\)(?=\s)))\s*(.*)$/u.exec(line);
  // "- 1 -", "— 2 —": a page's number between dashes (a PDF's footer), no item; nor "– 5." alone, the value of a
  // sentence wrapped before its dash ("…оның ішінде ІІІ тоқсанда" / "– 5.").
  if (!m || m[5].trim() === '' || /^[\d\s\-–—]*$/u.test(m[5]) || (m[4] !== undefined && /^\d{1,6}[.;,]?\s*$/u.test(m[5]))) return null;
  return { indent: m[1].replace(/\t/g, '    ').length, no: m[2] !== undefined ? Number(m[2]) : null, delim: m[3] ?? null, text: m[5] };
}

interface ListItem {
  no: number | null;
  text: string;
  line: number;
}

/**
 * Numbered (or bulleted) lists. A list whose heading (up to three non-blank
 * lines above) names an activity type gives one activity per item; a list
 * under a heading that states a count is checked against it; numbering gaps
 * are issues. Lists as people type them: the numbers indented or not (a tab
 * before "2."), "1." and "2)" mixed in one list, a sub-list under an item
 * (dashes, or "1)", "2)" under "2.") and non-numbered lines between items
 * ("Цель: …") belong to the item above. A lone numbered line between blank
 * lines ("   2. Организационная работа"), or a short title after a blank line
 * followed by its paragraph, is a section heading, not a list.
 */
export function readLists(lines: string[], inTable: Set<number>, year: number | undefined, figures: ReportFigure[], issues: ExtractIssue[], candidates: ReportCandidate[]): ReportActivity[] {
  const activities: ReportActivity[] = [];
  let plans: Set<number> | undefined;
  for (let i = 0; i < lines.length; i++) {
    if (inTable.has(i)) continue;
    const first = itemOf(lines[i]);
    // "…заңды тұлғалардан –" / "4. 19 өтінішке жауап берілді": the "4." is the value the dash awaits, no item.
    if (!first || (i > 0 && first.no !== null && awaitsValue(lines[i - 1]))) continue;
    // "… в загородном лагере «Жасыл ел»," / "- Совет направил в акимат 9 предложений": a dash after a sentence's comma
    // closes the clause the sentence put between dashes; it is no list's first item.
    if (first.no === null && i > 0 && /[^\s,],\s*$/u.test(lines[i - 1]) && itemOf(lines[i - 1]) === null && !/^\s*[-–—]\s+[\p{Ll}]/u.test(lines[i])) continue;
    const headingAt = findHeading(lines, i, inTable);
    const bullet = first.no === null;
    // "6. Мероприятия." over "- 20.02.2025 – круглый стол …": a numbered section's title of its own, its dashes the list
    // under it, never the title's sub-items.
    // So is a type's name alone, no stop, over a dash that opens with its day ("4. Қоғамдық мониторинг" / "– 9 шілдеде – …").
    const under = itemOf(lines[i + 1] ?? '');
    if (first.no !== null && under?.no === null && (isTitleWithStop(first.text) || (isBareTypeTitle(first.text) && introducesDatedList(first.text, under.text)))) continue;
    const { items, lastItem } = scanList(lines, inTable, i, first);
    i = Math.max(i, lastItem);
    // "5. Өзге іс-шаралар: … 1 меморандумға қол қойылды (…)." over "6. Нормативтік құқықтық актілердің 5 жобасы қаралды …": the
    // line above is the previous paragraph of the same numbering, a letter's point after point — no heading of the next ones.
    if (headingAt !== null && first.no !== null && isPreviousPoint(lines, headingAt, first.no, first.delim)) continue;
    // "– Нормативтік құқықтық актілерге сараптама жасадыңыздар ма?" / "– Әкімдік пен мәслихаттың 20 жобасын қарадық": an
    // interview's turns, a question and its answer, are no list of what the question above was answered with.
    if (items.some((it) => /\?\s*$/u.test(it.text.trim()))) continue;
    // "… по трём даны положительные заключения, по двум" / "– заключения с рекомендациями. Шестой проект …": a sentence
    // wrapped before its dash, the paragraph going on after it on the same line — no list of one item.
    if (items.length === 1 && bullet && wrappedBeforeDash(lines[items[0].line - 2] ?? '', items[0].text)) continue;
    if (items.length === 0 || isSectionHeading(lines, items) || items.every((it) => GROUP_COUNT.test(it.text.trim()) || KIND_COUNT.test(it.text.trim()) || LEADER_ROW.test(it.text)) || isNumberedSections(items) || isTitledSections(lines, items)) continue;
    // "1) Әлеуметтік мәселелер жөніндегі комиссия (төрағасы – …)" over "– 2025 жылғы 14 наурызда … мониторинг жүргізді;":
    // the items are the commissions' sections, never activities of the heading above; their dashes that open with a date
    // and name one type are the activities.
    if (items.every((it) => it.no !== null && isOneCommissionHeading(lines[it.line - 1].trim()))) {
      activities.push(...commissionDashes(lines, items[0].line - 1, lastItem, year));
      continue;
    }
    checkNumbering(items, issues);
    const heading = headingAt !== null ? headingText(lines, headingAt) : '';
    // A line that says the type was not held ("публичные слушания в отчетном периоде не проводились.", "… өткізілмеді")
    // heads no list of it: what follows is the next point. Nor does a row whose count is 0 ("Общественные слушания – 0",
    // a chart's last bar over the notes on the other bars).
    // "На заседании 25.02.2026 заслушаны:" over "• отчет руководителя …;": the meeting's day is each item's, and a heading of the
    // hearing verb alone lists hearings, only its items that are reports (heardAtMeeting.ts).
    const heardOn = headingAt !== null ? heardAtMeeting(lastSentence(heading), year) : null;
    const named = headingAt !== null && !STATES_NONE_HELD.test(heading) && !COUNT_ZERO.test(heading) ? headingTypeOf(heading) : null;
    const type = named ?? (heardOn !== null ? activityTypeOf('заслушан отчет') : null);
    // "14 марта проведен круглый стол, на нем выступили:" / "- отдел образования;": who spoke at the event, no events of it.
    if (type !== null && WHO_TOOK_PART.test(lastSentence(heading))) continue;
    // "Круглый стол «…» – 19 сентября." over "- 25 участников;" / "- 3 рекомендации.": one event and its details, no list of it.
    if (type !== null && bullet && isOneDatedEvent(lastSentence(heading), type.type, year)) continue;
    const found: ReportActivity[] = [];
    // A heading naming several types ("5 қоғамдық мониторинг жүргізді, 2 қоғамдық тыңдау мен 4 дөңгелек үстел
    // ұйымдастырды. Атап айтқанда:") types each item by the one it names itself, outside its quoted title, or not at all.
    const several = headingAt !== null ? headingTypesIn(heading) : [];
    // A heading of events of any type ("Іс-шаралар тізімі:", "Мероприятия:"): each item is typed by the type it opens with,
    // or is none.
    // So are the ticked items of a checklist (report/checklist.ts: "[x] Мониторинг … – 27.10.2021" read as "✓ …").
    const generic = type === null && several.length === 0 && (GENERIC_EVENTS.test(heading) || HELD_EVENTS_INTRO.test(heading) || items.every((it) => lines[it.line - 1].trimStart().startsWith(DONE_MARK)));
    // A diary under month headings ("ШІЛДЕ", "Июль 2025 г.", "Июль – август"): each item dated, typed by the one type it names.
    // So is a chronology under the headings of its quarters or halves ("I квартал", "ІІ тоқсан"): periodPartHeading.ts.
    // And the dashes under one commission's heading ("1-КОМИССИЯ (…)" / "– 26.11.2025 – «…» дөңгелек үстелі"): the events it held,
    // each by its date and the one type it names; its counts ("– 2 комиссия отырысы;") are none.
    const diary = type === null && several.length === 0 && !generic && (isMonthHeading(heading) || isPeriodPartHeading(heading) || isOneCommissionHeading(heading.trim()));
    const headingCounts = findCounts(maskNeverCounts(heading), { kazakh: isKazakh(heading) }).length > 0;
    const ownTypeOf = (title: string) => activityTypesIn(title.replace(/«[^»]*»|"[^"]*"|“[^”]*”/gu, ' ')).find((t) => several.some((h) => h.type === t.type));
    // "IV. Дөңгелек үстелдер (3) және диалог алаңы (1)" over three titled items and "диалог алаңы «…» – 14 тамыз": the items
    // that name no type are the one type no item names, when the heading's count of it is theirs.
    const rest = several.length > 1 && headingAt !== null ? restType(several, items.filter((it) => ownTypeOf(tidy(it.text)) === undefined).length, items.map((it) => ownTypeOf(tidy(it.text))), figures.filter((f) => f.line === headingAt + 1)) : undefined;
    // "… 1 меморандумға қол қойылды." over "Олардың бір бөлігі:" and six items (set 180): a list longer than its heading's count
    // of the type is not all of that type — each item that ends with a type of its own is of that one.
    // (Not a heading that introduces the list itself, "Общественный мониторинг – всего 9:": its items are of its type.)
    const moreThanCounted = named !== null && headingAt !== null && !/:\s*$/u.test(heading) && countOfTypeIn(lastSentence(heading), named.type) < items.length;
    for (const item of type || generic || diary ? items : []) {
      const title = tidy(item.text.replace(/^[\s.)]+/, ''));
      // "15 апреля – круглый стол «…»", "шілденің 9-ы – мониторинг": the item's type stands after its date.
      // A Kazakh item names its event last ("03.07.2025 — … амбулаториясының жұмысына мониторинг (кезек, …)", "16.07.2025 —
      // кеңестің № 4 отырысы: … есебі тыңдалды"): under a heading of events of any type, the one type a clause of it ends with.
      // An item that opens with a meeting and its colon ("кеңес отырысы: мониторинг нәтижелері қаралды", "Заседание Совета:
      // итоги мониторинга") tells the meeting's topic after it, no event of that type.
      const event = afterLeadingDate(title, year);
      // "қазанның 22-сі – аудандық орталық аурухананың есебі;", "14 мая – отчёт отдела образования": a body's report alone
      // in a list of events held is its hearing (as a chronology's meeting tells it, readChronology), never the council's own.
      // So is the report after a meeting's name and its comma ("заседание Совета № 1, отчет отдела ЖКХ", "кеңестің № 2
      // отырысы, білім бөлімінің есебі"): the report the meeting heard.
      const heard = MEETING_THEN.exec(event)?.[1] ?? event;
      // Under "Мониторинг және басқа іс-шаралар", "Мониторинги и другие мероприятия": an item of another type named last
      // ("«…» дөңгелек үстелі") is of its own type, as under a heading of events of any type.
      const itemType = itemTypeOf(event.split(':')[0]) ?? (generic || moreThanCounted ? endingTypeOf(event) ?? (REPORT_HEARD.test(heard) && !OWN_REPORT.test(heard) ? 'report_hearing' : null) : OTHER_EVENTS.test(heading) ? endingTypeOf(event) : null);
      if ((generic || moreThanCounted) && itemType === null) continue;
      // "7. Оспанов Қ.Ж. – 1 мониторинг, 2 өтініш": one member's own tally, no event the council held (memberItems.ts).
      if (isMemberItem(item.text)) continue;
      if (named === null && heardOn !== null && !isReportItem(title)) continue;
      // "6. Общественные слушания – не проводились", "Дөңгелек үстел – өткізілмеді": a form's line of none, no event held.
      if (CALLED_OFF.test(title)) continue;
      // "– сондай-ақ 2 мониторинг мамыр–маусымда … өткізілді": the rest of the heading's count, no one event. (An item that
      // opens with its day is one, whatever sentence a hurried copy ran onto it: "11.06.2026 – …" / "Қалған 3 мониторинг …".)
      if (type !== null && !diary && event === title && countsSeveralOfType(title, itemType ?? type.type)) continue;
      if (diary) {
        // "ПЛАН НА IV КВАРТАЛ" over "ОКТЯБРЬ" and its dated items: planned, not held.
        plans ??= statesNothingSections(lines).plan;
        const entry = plans.has(item.line - 1) ? null : diaryEntry(title, year, monthAbove(lines, item.line - 1, headingAt ?? 0));
        if (entry !== null) found.push({ ...entry, line: item.line });
        // "3. Мониторинги – 6" / "I квартал:" / "1) 15.02 – работа пункта обогрева;": a quarter's items under a section of one
        // type, each quarter's numbering restarting — each item naming no type is an event of the section's, on its day.
        else if (!plans.has(item.line - 1) && headingAt !== null && isPeriodPartHeading(heading)) {
          const outer = typeAboveParts(lines, headingAt);
          const dates = outer !== null && activityTypesIn(unquoted(title)).length === 0 ? leadingDayMonth(title, year) : null;
          if (outer !== null && dates !== null) found.push({ type: outer.type, title: title.slice(0, 300), date_start: dates.start, date_end: dates.end, line: item.line });
        }
        continue;
      }
      // "IV. ЖАРИЯ ТЫҢДАУЛАР, МОНИТОРИНГ, ДИАЛОГ" over "– дөңгелек үстелдер: 2025 жылғы 10 маусым және 4 желтоқсан;", "– 2025
      // жылғы 30 қазанда … меморандум жасалды": an item naming one type the heading does not, with its day, is an event of
      // its own type — a heading's list of types is seldom whole (set 158). Not under a heading that counts its types
      // ("Проведено 3 мониторинга и 2 круглых стола, в том числе:" lists those it counts: "– 9 апреля – встреча …" is none).
      const own = several.length > 1 ? ownTypeOf(title) ?? (headingCounts ? undefined : datedTypeOf(title, year)) ?? rest : undefined;
      if (several.length > 1 && own === undefined) continue;
      // "мектеп асханалары – екі рет (ақпанның 18-і, қазанның 22-сі)": an item held as many times as its bracket dates, an event each.
      const times = datesOfTimes(title, year);
      if (times !== null) {
        for (const d of times) found.push({ type: own?.type ?? itemType ?? type!.type, title: title.slice(0, 300), date_start: d.start, date_end: d.end, line: item.line });
        continue;
      }
      // "круглые столы (4) – 20.02, 16.04, 19.06, 10.09": an item of its kind's count and its days alone, an event each; so
      // is its kind's label and its days, no count ("– мониторингтер: 12 наурыз (…), 15 мамыр, 3 шілде, …;", set 158).
      const counted = countedDays(title, year);
      const days = (counted.length > 0 ? counted : headedDays(title, year, PLANNED)).filter((d) => d.type === (own?.type ?? itemType ?? type!.type));
      if (days.length > 0) {
        for (const d of days) found.push({ type: d.type, title: d.title.slice(0, 300), date_start: d.start, date_end: d.end, line: item.line });
        continue;
      }
      // "тамыздың 14-і – 5-шағын аудандағы аулалар": the date before the item's dash is its date; a number after the dash
      // ("5-шағын аудан", "№ 3 мектеп") is no end of a range.
      const lead = event !== title ? parseDatePhrase(title.slice(0, title.length - event.length).replace(/\s*[-–—]\s*$/u, '').replace(/\.$/u, ''), year) : null;
      // "б) сол күні – Шідерті кентінің әкімі", "в тот же день – аким поселка": the day of the item above.
      const sameDay = SAME_DAY.test(title) && found.length > 0 && found[found.length - 1].line < item.line && found[found.length - 1].date_start !== null ? found[found.length - 1] : null;
      const dates = sameDay ? { start: sameDay.date_start!, end: sameDay.date_end ?? sameDay.date_start! } : leadingDayMonth(title, year) ?? lead ?? parseDatePhrase(title, year) ?? heardOn;
      found.push({ type: own?.type ?? itemType ?? type!.type, title: title.slice(0, 300), date_start: dates?.start ?? null, date_end: dates?.end ?? null, line: item.line });
    }
    // "Круглые столы и встречи:" — only the round tables count towards round_tables.
    const count = type ? found.filter((a) => a.type === type.type).length : items.length;
    checkListTotal(lines, headingAt, count, type?.metric ?? null, bullet, figures, issues, candidates, items[0]?.line, lastItem);
    activities.push(...found);
  }
  return activities;
}


/**
 * A sentence that introduces the events held as a list, naming no type: "За отчетный период проведены следующие
 * мероприятия:", "В отчётном квартале были организованы такие мероприятия:", "Есепті кезеңде келесі іс-шаралар
 * өткізілді:", "Мынадай іс-шаралар ұйымдастырылды:". Each item is then typed by the type it names (as under GENERIC_EVENTS);
 * a plan ("Запланированы следующие мероприятия:", "… өткізу жоспарлануда") introduces none.
 */
const HELD_EVENTS_INTRO = /^\s*(?:(?:за|в)\s+отч[её]тн[\p{L}]*\s+(?:период[\p{L}]*|год[\p{L}]*|квартал[\p{L}]*|полугоди[\p{L}]*)\s*,?\s+|есепті\s+(?:кезеңде|жылы|тоқсанда|жартыжылдықта)\s+)?(?:(?:были\s+)?(?:проведен[ыо]|организован[ыо]|состоялись)\s+(?:следующие|такие)\s+мероприятия|(?:келесі|мынадай|төмендегідей|төмендегі)\s+іс-шаралар\s+(?:өткізілді|ұйымдастырылды))\s*:\s*$/iu;

/**
 * The words after a date that opens an item and its dash ("15 апреля – круглый стол", "11-12.06.2025 – мониторинг",
 * "шілденің 9-ы – …", "2025 жылғы 16 сәуірде – …"); the item itself when it opens with no date.
 */
function afterLeadingDate(title: string, year: number | undefined): string {
  const dash = /\s[-–—]\s/u.exec(title.slice(0, 45));
  if (dash === null) return title;
  const before = title.slice(0, dash.index);
  if (before.split(/\s+/).length > 5 || !/\d/u.test(before) || (parseDatePhrase(before.replace(/\.$/u, ''), year ?? 2000) === null && leadingDayMonth(`${before} – x`, year ?? 2000) === null)) return title;
  return title.slice(dash.index + dash[0].length);
}

/** A meeting named before a comma and what it heard after it: "заседание Совета № 1, …", "кеңестің № 2 отырысы, …". */
const MEETING_THEN = /^\s*(?:(?:расширенн[\p{L}]*\s+|выездн[\p{L}]*\s+)?заседание(?:\s+(?:общественного\s+)?совета)?|(?:кеңестің\s+)?(?:кеңейтілген\s+|көшпелі\s+)?отырыс(?:ы)?)(?:\s*№\s*\d+)?(?:\s+(?:кеңестің\s+)?(?:№\s*\d+\s+)?отырысы)?\s*,\s*(.+)$/iu;

/**
 * The council's own report ("Кеңестің есебі", "кеңестің жарты жылдағы жұмысы туралы есебі", "отчёт Совета", "отчет о
 * работе"), never a hearing of a body (no other owner's genitive between: "кеңестің ұсынысымен білім бөлімінің есебі").
 */
const OWN_REPORT = /(?:кеңест|кеңесі|совет|комисси)[\p{L}]*\s+(?:(?![\p{L}]*(?:ның|нің|дың|дің|тың|тің)\s)[\p{L}]+\s+){0,4}?есе[пб]|отч[её]т[\p{L}]*\s+(?:о\s+работе|общественного|совета)/iu;

/** The one type the clauses of an item end with (activityTypeEnding), its brackets and quoted titles set aside. */
function endingTypeOf(title: string): ActivityType | null {
  const clauses = unquoted(title.replace(/\([^()]*\)/gu, ' ')).split(/[,:;]/u);
  const types = new Set(clauses.map(activityTypeEnding).filter((t) => t !== null));
  return types.size === 1 ? [...types][0] : null;
}

/** A section's heading: "II. Перечень мероприятий", "III. ОБРАЩЕНИЯ" (no sentence's end), a line in capitals. */
const SECTION_TITLE = /^\s*(?:[IVX]{1,4}\.\s+\p{Lu}[^.!?;]*|[^\p{Ll}]*\p{Lu}{4}[^\p{Ll}]*)$/u;

/** The quoted titles of a text blanked: the type an item names outside them ("«Мониторинг» газеті" names none). */
const unquoted = (text: string) => text.replace(/«[^»]*»|"[^"]*"|“[^”]*”/gu, ' ');

/** The one type an item names outside its quotes, when the item tells its day too; undefined otherwise. */
function datedTypeOf(title: string, year: number | undefined): ActivityWord | undefined {
  const types = activityTypesIn(unquoted(title));
  return types.length === 1 && (parseDatePhrase(title, year) !== null || headedDays(title, year, PLANNED).length > 0) ? types[0] : undefined;
}

/**
 * A diary's item: its date first ("шілденің 24-і – …", "2025 жылғы 17 шілдеде – …", "28.08.2025 ж. – …", "9 июля –
 * …") and one activity type named outside its quoted titles ("… ММ басшысының есебі тыңдалды"). A council's or
 * presidium's meeting names none and is no activity; an item naming two types or with no date is not read.
 */
function diaryEntry(title: string, year: number | undefined, month: number | null = null): Omit<ReportActivity, 'line'> | null {
  const dash = /\s[-–—]\s/u.exec(title);
  if (dash === null || dash.index > 40) return runOnDiaryEntry(title, year, month) ?? bracketDiaryEntry(title, year);
  const dates = leadingDayMonth(title, year) ?? parseDatePhrase(title.slice(0, dash.index), year);
  if (dates === null || dates.start.slice(0, 7) !== dates.end.slice(0, 7)) return null;
  const types = activityTypesIn(unquoted(title.slice(dash.index)));
  const event = title.slice(dash.index + dash[0].length);
  const type = types.length === 1 ? types[0].type : types.length === 0 ? heardReportType(event) : null;
  if (type === null) return null;
  return { type, title: tidy(event).slice(0, 300), date_start: dates.start, date_end: dates.end };
}

/**
 * A diary's item that names no type but a body's report, alone or after the meeting that heard it: "2026.09.16 – Кеңестің
 * № 6 отырысы: аудандық білім бөлімінің есебі;", "қыркүйектің 24-і – … «…» КМҚК директорының есебі (… көшпелі отырысы);",
 * "12 октября – отчет начальника отдела ЖКХ": the report heard (REPORT_HEARD, as a chronology reads it), never the
 * council's own ("Кеңестің жарты жылдық есебі") nor a meeting alone. Brackets set aside: they say where it was heard.
 */
function heardReportType(event: string): ActivityType | null {
  const text = event.replace(/\([^()]*\)/gu, ' ');
  const meeting = MEETING_OPENS.exec(text);
  const heard = meeting ? text.slice(meeting[0].length) : text;
  return REPORT_HEARD.test(heard) && !OWN_REPORT.test(heard) ? 'report_hearing' : null;
}

/**
 * A diary's item whose date runs into its sentence, with no dash after it: "2025 жылғы 14 наурызда «…» тақырыбында
 * дөңгелек үстел өтті", "ақпанның 12-сінде … мониторинг жүргізілді", "сәуірдің 9-ы: … есебі тыңдалды", "14 марта прошел
 * круглый стол …". The date must open the item (its first words), and one type be named outside its quoted titles.
 */
function runOnDiaryEntry(title: string, year: number | undefined, month: number | null): Omit<ReportActivity, 'line'> | null {
  const open = LEADING_DATE.exec(title) ?? dayOfMonthAbove(title, month);
  if (open === null) return null;
  const day = year === undefined || month === null ? null : isoDate(year, month, Number(open[1]));
  const dates = parseDatePhrase(open[0], year) ?? (day === null ? null : { start: day, end: day });
  if (dates === null || dates.start.slice(0, 7) !== dates.end.slice(0, 7)) return null;
  const rest = title.slice(open[0].length).replace(/^[\s:,–—-]+/u, '');
  const types = activityTypesIn(unquoted(rest));
  if (types.length !== 1) return null;
  return { type: types[0].type, title: tidy(rest).slice(0, 300), date_start: dates.start, date_end: dates.end };
}

/**
 * A diary's item that names its event first and its date after it in brackets: "общественный мониторинг работы летних
 * площадок (16-17 июля), охвачено 4 площадки", "заседание Совета (25 сентября): заслушаны отчеты …", "жазғы алаңдарға
 * қоғамдық мониторинг (шілденің 16-сы)". The item's first bracket holds the date and nothing else ("(2 замечания)",
 * "(июль)", "(проведен 20 августа)" are no date of it), within the item's first words, and the item names one type
 * outside its quoted titles and that bracket ("заседание комиссии (8 июля) – рассмотрен ход …" names none).
 */
function bracketDiaryEntry(title: string, year: number | undefined): Omit<ReportActivity, 'line'> | null {
  const bracket = /\(([^()]{3,40})\)/u.exec(title);
  if (bracket === null || bracket.index > 120 || !isDateOnly(bracket[1])) return null;
  const dates = parseDatePhrase(bracket[1], year);
  if (dates === null || dates.start.slice(0, 7) !== dates.end.slice(0, 7)) return null;
  const types = activityTypesIn(unquoted(title.slice(0, bracket.index) + ' ' + title.slice(bracket.index + bracket[0].length)));
  if (types.length !== 1) return null;
  return { type: types[0].type, title: tidy(title).slice(0, 300), date_start: dates.start, date_end: dates.end };
}

/**
 * A day and month with no point after them opening a diary's item, "29.01 Кеңес отырысы: … есебі тыңдалды", "12.02
 * Қарағанды қаласы … мониторинг" (held-out 72's police council): alone such a number may be a section's ("2.1 Мониторинг"),
 * so it is a date only when its month is the month its heading names ("Қаңтар" over "– 29.01 …"). The day is the match's
 * first group.
 */
function dayOfMonthAbove(title: string, month: number | null): RegExpExecArray | null {
  const m = /^(\d{1,2})\.(\d{2})(?=\s+[^\d\s])/u.exec(title);
  return m !== null && month !== null && Number(m[2]) === month ? m : null;
}

/** The month of the nearest heading of one month above line `at` (0-based), down to line `stop`; null when there is none. */
function monthAbove(lines: string[], at: number, stop: number): number | null {
  for (let k = at - 1; k >= stop; k--) {
    const words = lines[k].trim().replace(/[:.]$/u, '').split(/\s+/u);
    if (isMonthHeading(lines[k])) return words.filter((w) => monthOfWord(w) !== null).length === 1 ? monthOfWord(words.find((w) => monthOfWord(w) !== null)!) : null;
  }
  return null;
}

/** A bracket's words are a date's and nothing else: its days, its month, its year ("16-17 июля", "шілденің 16-сы", "20.08.2025 г."). */
function isDateOnly(text: string): boolean {
  const words = text.replace(/(?<!\d)(?:19|20)\d{2}(?!\d)|\d{1,2}(?:\.\d{1,2}\.?)?|[.,\s–—-]+/gu, ' ').trim().split(/\s+/u).filter((w) => w !== '');
  return /\d/u.test(text) && words.every((w) => monthOfWord(w) !== null || /^(?:г|года|году|ж|жылғы|жылы|ы|і|сы|сі|шы|ші|ні|ны|де|да|те|та|нда|нде|інде|ында|сында|сінде)$/iu.test(w));
}

/**
 * A date opening an item, in the forms diaries write: "2025 жылғы 14 наурызда", "2025 ж. 5 сәуірде", "ақпанның 12-сінде",
 * "сәуірдің 9-ы:", "14 наурыз", "14 марта 2025 года", "14.03.2025", "14.03.", and "14.03" before its dash (a month of two
 * digits: "12.5 – …" is no date).
 */
const LEADING_DATE = new RegExp(
  String.raw`^(?:(?:19|20)\d{2}\s*(?:жылғы|жылы|ж\.)\s*\d{1,2}\s*-?\s*\p{L}+|\p{L}+(?:ның|нің|дың|дің|тың|тің)\s+\d{1,2}(?:-[\p{L}]{1,6})?|\d{1,2}\s+\p{L}+(?:\s+(?:19|20)\d{2}(?:\s*(?:года|г\.|жылы|ж\.))?)?|\d{1,2}\.\d{1,2}\.(?:(?:19|20)?\d{2}(?:\s*(?:г|ж)\.)?)?|\d{1,2}\.(?:0[1-9]|1[0-2])(?=\s+[-–—]\s))(?=[\s:,]|$)`,
  'u',
);


/** The dashes under commissions' headings, from line `from` to `to`, each read as a diary's item (its date first, one type). */
function commissionDashes(lines: string[], from: number, to: number, year: number | undefined): ReportActivity[] {
  const out: ReportActivity[] = [];
  for (let k = from; k <= to; k++) {
    const m = itemOf(lines[k]);
    if (m === null || m.no !== null) continue;
    let text = m.text;
    // Its wrapped lines, set in under it.
    for (let j = k + 1; j <= to && lines[j].trim() !== '' && itemOf(lines[j]) === null && /^\s/u.test(lines[j]); j++) text += ` ${lines[j].trim()}`;
    const entry = diaryEntry(tidy(text), year);
    if (entry !== null) out.push({ ...entry, line: k + 1 });
  }
  return out;
}

/** The items of the list that starts at line `from`, and the last line that belongs to it. */
function scanList(lines: string[], inTable: Set<number>, from: number, first: ItemLine): { items: ListItem[]; lastItem: number } {
  const items: ListItem[] = [];
  const bullet = first.no === null;
  // A sub-list under the current item: its delimiter and last number.
  let sub: { delim: string | null; no: number } | null = null;
  let lastItem = from;
  const append = (j: number) => {
    items[items.length - 1].text += ' ' + lines[j];
    lastItem = j;
  };
  for (let j = from; j < lines.length && !inTable.has(j); j++) {
    const m = itemOf(lines[j]);
    if (m) {
      const current = items[items.length - 1];
      if (bullet) {
        if (m.no !== null) break; // a numbered list after bullets is a list of its own
        // "•\tҚоғамдық мониторинг (3):" over "\to\t22.10.2025 – …" lines further in: the item introduces a dated list of
        // its type, a list of its own (its events), never words of the item.
        // So does "• Круглых столов – 2:" over "    – «…» – 24.04 (…);": a bullet that counts its kind and ends with its colon.
        if (current && m.indent > first.indent && (introducesDatedList(current.text, m.text) || (lines[j - 1] === lines[current.line - 1] && /:\s*$/u.test(current.text) && introducesList(current.text)))) break;
        // Such a list's end: an item further out with another mark ("• Өтініштер (12)" after "\to\t… " lines) is the outer list's.
        if (current && m.indent < first.indent && lines[j].trim()[0] !== lines[from].trim()[0]) break;
        if (current && m.indent > first.indent) append(j);
        else {
          items.push({ no: null, text: m.text, line: j + 1 });
          lastItem = j;
        }
        continue;
      }
      // A sub-item follows its item's lines directly; after a blank line a dash or "1)" starts a list of its own.
      const afterBlank = lines[j - 1]?.trim() === '';
      if (m.no === null) {
        // A dash under a numbered item is a sub-item of it — unless the item is a section that introduces a list
        // with its count ("6. Проведены 2 диалоговые площадки:", "4. Қоғамдық мониторингтер – 3:"): the dashes are that list.
        // So is one that closes with a meeting's hearing verb ("3. Заслушивание отчетов. На заседании 25.02.2026 заслушаны:").
        if (!current || afterBlank || introducesList(current.text) || introducesDatedList(current.text, m.text) || introducesHeard(current.text)) break;
        append(j);
        continue;
      }
      // An item less indented than the list's first ("11. Количество слушаний: 3." after "    1) …", "    2) …" under
      // "10. Количество мониторингов: 2:") is of the list outside: the list under the question ends.
      if (first.no !== null && m.indent < first.indent && m.delim !== first.delim) break;
      // After a blank line, "6. Обращения граждан" over its paragraph is the next section's title, not item 6.
      if (afterBlank && current && (startsSection(lines, j) || introducesList(m.text))) break;
      // "6. НПА." after a blank line under "1) 22.01.26г. – …" … "4) …": a number of another delimiter than the list's is the
      // report's next section, never item 6 of the monitorings listed under section 4.
      if (afterBlank && current && m.delim !== first.delim) break;
      const prev = current?.no ?? null;
      const inSub = sub !== null && m.delim === sub.delim && m.no === sub.no + 1;
      if (inSub && !(m.no === (prev ?? 0) + 1 && m.delim === first.delim && m.indent <= first.indent)) {
        sub!.no = m.no;
        append(j);
        continue;
      }
      if (prev === null || m.no > prev) {
        sub = null;
        items.push({ no: m.no, text: m.text, line: j + 1 });
        lastItem = j;
        continue;
      }
      if (m.no === 1 && current && introducesList(current.text)) break;
      // "1)" after "2." (another delimiter, or further in): a sub-list of item 2; otherwise a new list starts.
      if (m.no === 1 && sub === null && !afterBlank && (m.delim !== first.delim || m.indent > first.indent)) {
        sub = { delim: m.delim, no: 1 };
        append(j);
        continue;
      }
      break;
    }
    if (lines[j].trim() === '') {
      if (j - lastItem > 1) break;
      continue;
    }
    // A non-item line continues the item above only when the list goes on after it, and a paragraph
    // after a blank line ("Кроме того, проведено 5 семинаров.") never does: it ends the list.
    if (lines[j - 1]?.trim() === '') break;
    // " 3.3. Общественные слушания: 1 – …" after the dashes of "3.2. … Проведено 5 мониторингов:": a point of the
    // report's numbered sections (its number "3.3." no list item's) is the next section, never the list's words.
    if (SECTION_POINT.test(lines[j])) break;
    // The last item's words wrapped under it with a hanging indent ("– 2025 жылғы 16 қыркүйекте … жобасы бойынша" /
    // "  қоғамдық тыңдау өтті."): its own, though no item follows.
    const open = items[items.length - 1];
    if (open !== undefined && j === lastItem + 1 && /^[ \t]+\S/u.test(lines[j]) && (/^[ \t]*/u.exec(lines[j])?.[0].length ?? 0) > first.indent && !/[.;:!?]\s*$/u.test(open.text)) {
      append(j);
      continue;
    }
    // "Публичные слушания – 1" or "Публичные слушания:" between two lists (a slide's second heading): the next list's heading.
    // So is a heading of events of any type with no blank line before it ("• Публикации: …" / "Мероприятия квартала" / "•
    // 14.01.2026 – мониторинг …", as a .docx's paragraphs come out).
    if (isSubHeading(lines[j]) || GENERIC_EVENTS.test(lines[j])) break;
    const next = nextItemLine(lines, j);
    const prevNo = items[items.length - 1]?.no ?? null;
    const nm = next !== null ? itemOf(lines[next]) : null;
    const continues = nm && (nm.no === null) === bullet && (bullet || nm.no === (prevNo ?? 0) + 1 || (sub !== null && nm.delim === sub.delim && nm.no === sub.no + 1)) && next! - j <= 3;
    if (!continues || items.length === 0) break;
    items[items.length - 1].text += ' ' + lines[j];
  }
  return { items, lastItem };
}

/**
 * The heading found (line `at`, 0-based) closes a paragraph opened by the point numbered just before the list's first
 * item, no colon closing it: a sibling of the same numbering, not a title over it.
 */
function isPreviousPoint(lines: string[], at: number, no: number, delim: string | null): boolean {
  if (/:\s*$/u.test(lines[at])) return false;
  let k = at;
  while (k > 0 && itemOf(lines[k])?.no == null && lines[k - 1].trim() !== '') k--;
  const point = itemOf(lines[k]);
  if (point?.no !== no - 1 || point.delim !== delim) return false;
  // "3) Қоғамдық мониторинг. … 1) 20.02.2025 – …; 2) …; 3) 15.05.2025 – …;" over "4) 19.06.2025 – …": the paragraph runs a list of
  // its own in the same numbering, which the line below goes on with.
  const body = [itemOf(lines[k])?.text ?? '', ...lines.slice(k + 1, at + 1)].join(' ');
  return !new RegExp(`(?<![\\d.])${no - 1}\\s*\\${delim}\\s`, 'u').test(body);
}

/**
 * One numbered line after a blank line (or the text's edge) that is a section's title: blank lines
 * around it, or a short title without a closing stop ("2. Отырыстар", "3. Заслушивание отчетов")
 * followed straight by the section's paragraph.
 */
function isSectionHeading(lines: string[], items: ListItem[]): boolean {
  if (items.length !== 1) return false;
  const at = items[0].line - 1;
  const blank = (k: number) => k < 0 || k >= lines.length || lines[k].trim() === '';
  // A rule drawn over the title after a blank line ("… өкілдерімен." / "" / "-----" / "3. НҚА ЖОБАЛАРЫН ҚАРАУ", a page's rule
  // under its running head) parts it from the text above as a blank line does; a rule right under a line is that line's underline.
  const ruleAfterBlank = at >= 1 && UNDERLINE.test(lines[at - 1]) && blank(at - 2);
  if (!blank(at - 1) && !ruleAfterBlank) return false;
  // "▪ НҚА САРАПТАМАСЫ" / "6 НҚА жобасы қаралды: …", "• ОБРАЩЕНИЯ" / "В Совет поступило …": a bullet a typist set before each
  // section's title in capitals, the paragraph under it — no list of one item of the events above.
  // "в) Есептерді тыңдау" / "3 есеп тыңдалды (2): …": a letter a report orders its sections by, the title short with no stop,
  // its paragraph straight under it — as a number's section title is (held-out 125: read as an undated hearing, and "г)
  // Дөңгелек үстелдер, семинарлар, меморандумдар" as a round table).
  if (items[0].no === null && LETTER_ITEM.test(lines[at]) && titleLike(items[0].text.trim()) && !blank(at + 1) && itemOf(lines[at + 1]) === null) return true;
  if (items[0].no === null) return CAPS_TITLE.test(itemOf(lines[at])?.text.trim() ?? '') && !blank(at + 1) && itemOf(lines[at + 1]) === null;
  if (blank(at + 1)) return true;
  const title = itemOf(lines[at])?.text.trim() ?? '';
  // "3. Заслушивание отчетов руководителей." over "В 2025 году Советом заслушано 7 отчетов …": a title closed by its own
  // stop, the section's paragraph under it.
  return (titleLike(title) || isTitleOverParagraph(title, lines[at + 1])) && itemOf(lines[at + 1]) === null;
}

/** A line opening with a letter and its bracket: "а) ", "в) ". */
const LETTER_ITEM = /^\s*[а-яёәғқңөұүһіa-z]\)\s/u;

/** A title in capitals, eight words at most, no digit: "НҚА САРАПТАМАСЫ", "БАҚ ЖӘНЕ ӘЛЕУМЕТТІК ЖЕЛІЛЕР", "ОБРАЩЕНИЯ ГРАЖДАН". */
const CAPS_TITLE = /^(?=(?:\S+\s+){0,7}\S+$)(?=.*\p{Lu}{3})[\p{Lu}\s,/«»"()–—-]+:?$/u;

/**
 * A short title closed by its stop (six words at most, no number, no verb of holding: "Общественные слушания и круглые
 * столы.") over a line that opens a paragraph: a capital, six words or more, or fewer that introduce a list below
 * ("4. Қоғамдық мониторинг." over "Комиссиялар 4 мониторинг жүргізді:").
 */
function isTitleOverParagraph(title: string, next: string): boolean {
  const words = next.trim().split(/\s+/u);
  return /^\p{Lu}[\p{L}\s,-]*\.$/u.test(title) && title.split(/\s+/u).length <= 6 && !HELD_VERBS.test(title) && /^\p{Lu}/u.test(next.trim()) && (words.length >= 6 || /:\s*$/u.test(next));
}

/**
 * Numbered paragraphs each opening with a run-in title of its own ("5. НҚА жобалары. Кеңес 8 НҚА жобасын қарады …",
 * "6. Өтініштер. …", "6. Обращения. В Совет поступило …"), some perhaps a title alone ("4. Мониторинги:"): the report's sections, not a list of activities under the
 * paragraph above them.
 */
function isNumberedSections(items: ListItem[]): boolean {
  // Among them a section whose title alone is its paragraph's first line, its dashes under it ("4. Мониторинги:" between
  // "3. Заслушанные отчёты. …" and "5. Анкетирование …", set 149): a section too.
  const runIn = (it: ListItem) => RUN_IN_TITLE.test(it.text.trim());
  if (items.some((it) => it.no === null || !(runIn(it) || isTitleWithStop(it.text))) || !items.some(runIn)) return false;
  const titles = items.map((it) => lowerCase(it.text.trim().split('.')[0]));
  return new Set(titles).size === titles.length;
}

/**
 * Numbered section titles each set as a paragraph of its own, the section's text straight under it with no blank line
 * ("5. Есептерді тыңдау" / "Кеңес отырыстарында барлығы 5 есеп тыңдалды: …", "6. Дөңгелек үстелдер, семинарлар …" /
 * "Дөңгелек үстелдер төрт рет …", as Word and PDF headings come out): the report's sections, never a list of activities.
 */
function isTitledSections(lines: string[], items: ListItem[]): boolean {
  return items.length > 1 && items.every((it) => it.no !== null && startsSection(lines, it.line - 1));
}

/** A numbered line that is a short title without a closing stop, followed straight by a paragraph (a sentence of six words or more). */
function startsSection(lines: string[], at: number): boolean {
  const title = itemOf(lines[at])?.text.trim() ?? '';
  const next = lines[at + 1]?.trim() ?? '';
  return titleLike(title) && next !== '' && itemOf(lines[at + 1]) === null && next.split(/\s+/).length >= 6 && /[.!?]$/.test(next);
}

/**
 * A numbered section's title alone, closed by its stop or colon: "Мероприятия.", "Іс-шаралар:", "Круглые столы." (four
 * words at most, no verb of holding: "1. Проведен мониторинг школ:" is an item whose dashes are its sub-items).
 */
function isTitleWithStop(text: string): boolean {
  const t = text.trim();
  return /^\p{Lu}[\p{L}\s,-]*[.:]$/u.test(t) && t.split(/\s+/u).length <= 4 && !HELD_VERBS.test(t);
}

function titleLike(text: string): boolean {
  return /^\p{Lu}/u.test(text) && !/[.;:,!?]$/.test(text) && text.split(/\s+/).length <= 10;
}

/** A short line naming an activity type that ends with a colon or with its count after a dash or colon: a heading, never an item's words. */
function isSubHeading(line: string): boolean {
  const t = line.trim();
  return t.split(/\s+/).length <= 8 && /(?::|[:–—-]\s*\d{1,3})$/u.test(t) && headingTypeOf(t) !== null;
}

/**
 * A day and month closing an item after its dash, a bracket at most after it: "«Инклюзивная среда во дворах» – 24.04
 * (комиссия по социальным вопросам);", "«Таза аула» – 12.06." (held-out 67's Saryarka).
 */
const CLOSING_DAY_MONTH = /\s[-–—]\s+(\d{1,2})(?:\s*[-–—]\s*(\d{1,2}))?\.(\d{1,2})\.?\s*(?:\([^()]*\))?\s*[.;,]?\s*$/u;

/**
 * A day and month without a year opening a bulleted item, as slides give them: "12.02 – качество уборки снега",
 * "17–18.04 – готовность к паводку" (from the first day to the second); the year is the period's.
 */
function leadingDayMonth(title: string, year: number | undefined): { start: string; end: string } | null {
  const m = /^(\d{1,2})(?:\s*[-–—]\s*(\d{1,2}))?\.(\d{1,2})\.?(?=\s*[-–—:]\s)/u.exec(title) ?? CLOSING_DAY_MONTH.exec(title);
  if (!m || year === undefined) return null;
  const month = Number(m[3]);
  const [from, to] = [Number(m[1]), Number(m[2] ?? m[1])];
  const date = (day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const valid = (day: number) => month >= 1 && month <= 12 && day >= 1 && new Date(Date.UTC(year, month - 1, day)).getUTCMonth() === month - 1;
  if (!valid(from) || !valid(to) || to < from) return null;
  return { start: date(from), end: date(to) };
}

function nextItemLine(lines: string[], from: number): number | null {
  for (let k = from + 1; k < lines.length && k <= from + 4; k++) {
    if (itemOf(lines[k])) return k;
    // An item past the next section's point ("3.3. …", "5.4. Публикации …:" over "– Instagram – 26;") is that section's.
    if (SECTION_POINT.test(lines[k])) return null;
  }
  return null;
}

/**
 * A sentence wrapped before its dash: the line above is prose that has not ended (fifty characters or more, no stop,
 * colon or semicolon at its end: "… по трём даны положительные заключения, по двум", "… пять проектов НПА, в 2025-м"),
 * and the dash's line goes on past the sentence's end into the next ("– заключения с рекомендациями. Шестой проект …",
 * "- девять. Семь из них одобрены …").
 */
function wrappedBeforeDash(above: string, text: string): boolean {
  return above.trim().length >= 50 && itemOf(above) === null && !/[.:;!?)»"]\s*$/u.test(above) && /^[\p{Ll}\d]/u.test(text.trim()) && /[.!?]\s+\p{Lu}/u.test(text);
}

/** An item dated as the one above it: "сол күні –", "сол күні ғана", "в тот же день –", "в этот же день", "тогда же". */
const SAME_DAY = /^(?:сол\s+күні|дәл\s+сол\s+күні|в\s+(?:тот|этот)\s+же\s+день|тогда\s+же)(?:\s+(?:ғана|же))?\s*(?:[-–—:,]|$)/iu;

/** A point of numbered sections set two levels deep: "3.3. Общественные слушания …", " 5.4 Публикации …", "2.1) …". */
const SECTION_POINT = /^\s*\d{1,2}\.\d{1,2}(?:\.\d{1,2})?[.)]?\s+\S/u;

/** A line naming a type, a colon, then its events separated by semicolons: "Круглые столы: 14.03.2025 «…»; 22.04.2025 «…»." */
const INLINE_LIST = /^\s*[^:;]{3,60}:\s+\S[^;]*;\s*\S.*[.;]\s*$/u;

/** A row ending in its count of none: "Общественные слушания – 0", "Қоғамдық тыңдаулар: 0". */
const COUNT_ZERO = /[–—:-]\s*0\s*\.?\s*$/u;

/** The nearest non-blank, non-item line above a list, if within three non-blank lines. */
function findHeading(lines: string[], itemLine: number, inTable: Set<number>): number | null {
  let seen = 0;
  let nearest: number | null = null;
  for (let k = itemLine - 1; k >= 0 && seen < 3; k--) {
    // A rule typed under a heading ("НЕГІЗГІ ІС-ШАРАЛАР" / "------" / "• 22 қаңтар – …") is the heading's underline.
    if (lines[k].trim() === '' || UNDERLINE.test(lines[k])) continue;
    // A table's row or border above the list ("│    │ … есебі тыңдалды │", "└────┴────┘") ends the search: a type its
    // cells name is the table's, never the heading of the list under it ("Тоқсан қорытындысы:" / "– есептер тыңдау – 3;").
    if (inTable.has(k) || TABLE_LINE.test(lines[k])) return nearest;
    // A questionnaire's bare answer between its question and the list ("9. Проведено мониторингов (с датами):" / "3" /
    // "– 08.07.2025 – …"): the count of the list, no heading of its own.
    if (/^\s*\d{1,4}\s*$/u.test(lines[k]) && k > 0 && /:\s*$/u.test(lines[k - 1])) continue;
    // An item that introduces the list ("4. Общественный мониторинг. Проведено 4 мониторинга:") is its heading.
    // So is a numbered section's title over it ("4. Круглые столы", a blank line, "1. «…» – 22 февраля").
    if (ITEM.test(lines[k]) && k === itemLine - 1 && nearest === null && isTitleWithStop(itemOf(lines[k])?.text ?? '') && (headingTypeOf(lines[k]) !== null || GENERIC_EVENTS.test(lines[k]))) return k;
    // An item's wrapped tail ("• 27-тамыз, 15:00 – … арналған" / "  жобасы бойынша қоғамдық тыңдау.") is the list above's,
    // over a month's heading ("Қыркүйек") or a blank line: never the heading of the list below, whatever type it names.
    if (nearest !== null && wrappedItemTail(lines, k)) return nearest;
    if (ITEM.test(lines[k])) return nearest ?? (introducesList(lines[k]) || introducesDatedList(itemOf(lines[k])?.text ?? '', itemOf(lines[itemLine])?.text ?? '') || introducesHeard(itemOf(lines[k])?.text ?? '') || (titleLike(itemOf(lines[k])?.text.trim() ?? '') && lines[k + 1]?.trim() === '' && (headingTypeOf(lines[k]) !== null || GENERIC_EVENTS.test(lines[k]))) ? k : null);
    seen++;
    // "Диалоговые площадки: 06.02.2025 – …; 25.06.2025 – …." lists its events on its own line: a list below it is
    // another section's (the report's next numbered paragraphs), never its items.
    if (INLINE_LIST.test(lines[k]) && activityTypeOf(lines[k].split(':')[0]) !== null) return null;
    nearest ??= k;
    // "ИТОГО за II квартал:", "Тоқсан қорытындысы:" over the dashes of the period's counts: their heading, never an event named
    // above it (the chronology's last line, "25.06 – мониторинг летнего лагеря", over a blank line).
    // So is a title of the period's results with no colon ("Итоги II квартала", "Жартыжылдық қорытындысы") over numbered counts (set 158).
    if (k === nearest && (SUMMARY_HEADING.test(lines[k]) || PERIOD_RESULTS_TITLE.test(lines[k]))) return k;
    // "Түсіндірме:", "Пояснения:" over the dashes that explain a table's rows ("– Мониторингтер: 2026 жылғы 11 ақпанда (…), …";
    // "– Есептер: … тыңдалды."): their heading, naming no type — each dash tells its own; never the paragraph above it that
    // names last year's monitorings (held-out 152's Kyzylorda).
    if (k === nearest && EXPLANATIONS_HEADING.test(lines[k])) return k;
    // " 3.4. Общественная экспертиза НПА:" over "а) поступило 6 проектов …": the list's own section point is its heading, and
    // the point above it ("3.3. Общественные слушания: 1 …") another section's, whatever it names.
    if (k === nearest && SECTION_POINT.test(lines[k])) return k;
    // "II. Перечень мероприятий, …", "Мероприятия, проведенные в квартале:" over the list: its heading; the paragraphs
    // above it are the section before.
    if (k === nearest && (SECTION_TITLE.test(lines[k]) || GENERIC_EVENTS.test(lines[k])) && activityTypeOf(lines[k]) === null) return k;
    // "Провели семинары …:" above "Темы семинаров:" — the first line naming a type is the heading.
    if (activityTypeOf(headingText(lines, k))) return k;
    // "На заседаниях … рассмотрены следующие вопросы (проведено 8 заседаний):" right above the list: its items are the
    // meetings' topics ("· О проведении общественных слушаний …"), not activities, whatever a line above names.
    if (seen === 1 && /:\s*$/u.test(lines[k]) && MEETING_TOPICS.test(lines[k])) return k;
  }
  return nearest;
}

/**
 * A line that goes on with the bullet or dash item right above it: indented or opening in lower case, with no blank line
 * between and no colon closing the item (a heading of sub-items): "• 27-тамыз, 15:00 – аудандық бюджеттің 2027–2029 жылдарға арналған"
 * / "  жобасы бойынша қоғамдық тыңдау.".
 */
function wrappedItemTail(lines: string[], at: number): boolean {
  // (A line closing with a colon introduces what follows: "… паводковых штабов):" over its dashes.)
  if (ITEM.test(lines[at]) || !/^(?:\s+\S|\p{Ll})/u.test(lines[at]) || /:\s*$/u.test(lines[at])) return false;
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    if (lines[k].trim() === '' || /:\s*$/u.test(lines[k])) return false;
    // A bullet's or a dash's item: a numbered line ("4. Мониторинг и публичные мероприятия") is as often a section's title
    // over its paragraph.
    const item = ITEM.exec(lines[k]);
    if (item) return item[1] === undefined;
    if (!/^(?:\s+\S|\p{Ll})/u.test(lines[k])) return false;
  }
  return false;
}

/**
 * "… және басқа іс-шаралар", "… и другие мероприятия": a type's heading that holds events of other types too. So does a
 * type joined to events at large: "Мониторингтер мен іс-шаралар", "Мониторинги и мероприятия" (its hearings, seminars and
 * memoranda listed under the monitorings, each typed by its own name).
 */
const OTHER_EVENTS = /(?:(?:және|мен|пен|бен)\s+(?:басқа|өзге)|и\s+(?:другие|иные|прочие))\s+(?:іс-шара|іс\s+шара|мероприяти)[\p{L}]*|(?<=[\p{L}]\s+)(?:мен|пен|бен|және|и)\s+(?:іс-шара|іс\s+шара|мероприяти)[\p{L}]*\s*[.:]?\s*$/iu;

/** A heading of the period's totals: "ИТОГО за II квартал:", "Итоги полугодия:", "Всего за год:", "Тоқсан қорытындысы:". */
const SUMMARY_HEADING = /^\s*(?:итого|итоги|всего|барлығы|жиыны|(?:[\p{L}]+\s+){0,3}қорытынды(?:сы|лары)?)(?:\s+[^:]{0,40})?:\s*$/iu;

/** A title of the period's results: "Итоги II квартала", "Итоги 2025 года", "Итого за полугодие", "ІІ тоқсан қорытындысы", "Жыл қорытындылары". */
const PERIOD_RESULTS_TITLE = /^\s*(?:(?:итоги|итого|всего)(?:\s+за)?(?:\s+(?:[IVXІ]{1,4}|\d{1,2}|(?:19|20)\d{2}))?\s+(?:квартал|полугоди|год|месяц|отч[её]тн[\p{L}]*\s+период)[\p{L}]*(?:\s+(?:19|20)\d{2}(?:\s*(?:года|г\.))?)?|(?:(?:19|20)\d{2}\s+жыл(?:дың)?\s+)?(?:[IVXІ]{1,4}\s+|\d{1,2}\s+)?(?:тоқсан|жартыжылдық|жыл|ай|есепті\s+кезең)(?:дың|нің|ның|тың|дық)?\s+қорытынды(?:сы|лары)?)\s*[.:]?\s*$/iu;

/** A heading of explanations: "Түсіндірме:", "Түсініктеме:", "Пояснения:", "Расшифровка:" (not "Справочно:", another body's data). */
const EXPLANATIONS_HEADING = /^\s*(?:түсіндірме(?:лер)?|түсініктеме(?:лер)?|пояснени[ея]|расшифровка)\s*:\s*$/iu;

/** A line of one rule character: "-----", "=====", "_____", "─────", "*****", "·····". */
const UNDERLINE = /^\s*(?:-{3,}|={3,}|_{3,}|—{3,}|─{3,}|━{3,}|═{3,}|\*{3,}|·{3,})\s*$/u;

/** A drawn table's line: a row between box edges or pipes ("│ 8 │ … │", "| 1 | … |"), a border or rule ("└──┴──┘", "|---|"). */
const TABLE_LINE = /^\s*(?:[│┃║|].*[│┃║|]|[┌├└+][─━═┬┼┴+-]*[┐┤┘+])\s*$/u;

/**
 * A heading line with the start of its sentence when that was typed on the line above: "…басшыларының 5 есебі" /
 * "тыңдалды:" is one heading, "5 есебі тыңдалды:".
 */
function headingText(lines: string[], at: number): string {
  const above = lines[at - 1] ?? '';
  // "4. Заслушивание отчётов – 4, из них отделов – 3," / "   подведомственных организаций – 1": a numbered section's title
  // wrapped after its comma is the heading whole (its tail alone names no type).
  // So is one cut after a word that leaves its clause open ("3. Мониторинг. Всего Советом … 9 мониторингов, из них" /
  // "комиссией – 3:", set 177).
  const wrapped = /^\s*\p{Ll}/u.test(lines[at]) && above.trim() !== '' && (!ITEM.test(above) || /,\s*$/u.test(above) || CLAUSE_OPEN.test(above)) && !/[.;:!?]\s*$/u.test(above);
  return wrapped ? `${above.trim()} ${lines[at].trim()}` : lines[at];
}

/** A line ending on a word its clause goes on from: "из них", "в том числе", "оның ішінде", a conjunction, a preposition. */
const CLAUSE_OPEN = /(?<![\p{L}])(?:из\s+них|из\s+которых|в\s+том\s+числе|в\s+т\.\s?ч\.|оның\s+ішінде|олардың|и|а|а\s+также|на|в|во|по|с|о|об|для|және|мен|бен|пен)\s*$/iu;

/** A heading's last words introducing those who spoke or took part: "на нем выступили:", "в котором приняли участие:", "онда сөз сөйлегендер:". */
const WHO_TOOK_PART = /(?:(?:на|в)\s+(?:н[её]м|котором|которой)\s+(?:выступ|принял|приняли|участвовал|присутствовал)[\p{L}\s]*|(?:выступили|выступающие|приняли\s+участие|участники)|(?:онда|оған|отырыста)\s+(?:сөз\s+сөйле|қатыс|баяндама\s+жаса)[\p{L}\s]*|сөз\s+сөйлегендер|қатысқандар)\s*:\s*$/iu;

/** A heading of the questions meetings considered: "рассмотрены следующие вопросы", "повестка", "отырыстарында … мәселелер қаралды". */
const MEETING_TOPICS = /(?:заседани[\p{L}]*|отырыс[\p{L}]*|собрани[\p{L}]*)[^:]*(?:вопрос|тем[аыу](?![\p{L}])|повестк|мәселе|күн\s+тәртіб|тақырып)|(?:вопрос[\p{L}]*|повестк[\p{L}]*|мәселе[\p{L}]*|күн\s+тәртіб[\p{L}]*)[^:]*(?:заседани|отырыс|собрани)/iu;

/** An item that ends with a colon (or with its count after one) after naming an activity type and its count (not a date's day): the heading of the list below it, not an item with sub-items. */
function introducesList(text: string): boolean {
  const t = text.trim();
  // "23. Круглые столы: 2" over its dashes (a form's question answered with its count) introduces them too.
  return (/:$/.test(t) || /[:–—]\s*\d{1,3}\.?$/u.test(t)) && headingTypeOf(t) !== null && findCounts(maskNeverCounts(lastSentence(t)), { kazakh: isKazakh(t) }).length > 0;
}

/**
 * A numbered section's item that ends with a colon after naming a type (or is its name alone), over dashes that each open with a date
 * ("4. Қоғамдық мониторинг. Өткізілген мониторингтер:" / "- 2025 жылғы 18 ақпанда – …", "4. Общественный мониторинг.
 * Проведенные мониторинги:" / "- 18 февраля 2025 года – …"): the dashes are the activities it introduces, not its
 * sub-items, though it states no count.
 */
function introducesDatedList(text: string, dash: string): boolean {
  return (/:\s*$/u.test(text.trim()) || isBareTypeTitle(text)) && (headingTypeOf(text.trim()) !== null || GENERIC_EVENTS.test(text)) && LEADING_DATE.test(dash.trim());
}

/** An item closing with a meeting's day and its hearing verb at the colon: the heading of the reports heard (heardAtMeeting.ts). */
function introducesHeard(text: string): boolean {
  return heardAtMeeting(lastSentence(text), 2000) !== null;
}

/**
 * A section's title that is a type's name alone, no stop: "Қоғамдық мониторинг", "Круглые столы" (four words at most, no
 * verb of holding). Over dashes that open with their days it introduces them ("4. Қоғамдық мониторинг" / "– 9 шілдеде –
 * …"); over dashes of no day they are its parts ("1. Мониторинг школ" / "– школа № 3").
 */
function isBareTypeTitle(text: string): boolean {
  // A bracket of words telling their form closes it too: "4. Общественные слушания (онлайн)", "Дөңгелек үстелдер (аралас
  // формат)" (set 156).
  const t = text.trim().replace(/\s*\([\p{L}\s,-]{2,30}\)$/u, '');
  return /^\p{Lu}[\p{L}\s,-]*$/u.test(t) && t.split(/\s+/u).length <= 4 && !HELD_VERBS.test(t);
}

/**
 * The activity type a heading names, read in its last sentence first: "Круглые столы и слушания.
 * Проведено 3 круглых стола:" lists round tables; the section's title before names more than the list holds.
 */
/**
 * The one type of the section over a period part's heading ("3. Мониторинги – 6 (по плану – 5)" over "I квартал:", its items,
 * "II квартал:", …): up past the other parts' headings and their items (a blank line at most between), to the first line that
 * is neither — the section's title, when it names one type and no other. A title naming none or several gives none.
 */
function typeAboveParts(lines: string[], partAt: number): ActivityWord | null {
  for (let k = partAt - 1, blanks = 0; k >= 0 && k >= partAt - 40; k--) {
    const line = lines[k];
    if (line.trim() === '') {
      if (++blanks > 1) return null;
      continue;
    }
    blanks = 0;
    if (isPeriodPartHeading(line)) continue;
    const item = itemOf(line);
    // An item of a part above (its number restarting) or its wrapped tail; a numbered section's title is the one looked for.
    if ((item !== null && (item.no === null || /^\s/u.test(line))) || /^\s+\p{Ll}/u.test(line)) continue;
    const types = headingTypesIn(line);
    return types.length === 1 ? headingTypeOf(line) : null;
  }
  return null;
}

export function headingTypeOf(heading: string): ActivityWord | null {
  return activityTypeOf(lastSentence(heading)) ?? activityTypeOf(heading);
}

/** The one type of a heading's several no item names whose figure on the heading counts the untyped items; else none. */
function restType(several: ActivityWord[], untyped: number, typed: (ActivityWord | undefined)[], onHeading: ReportFigure[]): ActivityWord | undefined {
  const unnamed = several.filter((h) => !typed.some((t) => t?.type === h.type));
  if (untyped === 0 || unnamed.length === 0) return undefined;
  // "Проведены 2 общественных слушания (…) и 3 круглых стола:" over three items naming no type: the one type whose count on
  // the heading is the items' number, no other's the same.
  const counting = unnamed.filter((h) => onHeading.some((f) => f.metric === h.metric && f.value === untyped));
  return counting.length === 1 ? counting[0] : undefined;
}

/**
 * Every type a heading names, in the sentence headingTypeOf reads. A bracket telling the items' dates ("IV. Мониторинги
 * (даты выезда):", "Мониторингтер (бару күндері):", "(с датами выездов)") names no type of its own: read as one, the
 * visit ("выезд") made held-out 54's six dated monitorings a list of two types none of its items named.
 */
function headingTypesIn(heading: string): ActivityWord[] {
  const typed = heading.replace(DATES_NOTE, ' ');
  const last = activityTypesIn(lastSentence(typed));
  return last.length > 0 ? last : activityTypesIn(typed);
}

/** A bracket of the items' dates: "(даты выезда)", "(дата проведения)", "(с датами выездов)", "(өткізілген күндері)", "(бару күні)". */
const DATES_NOTE = /\((?:[^()]*[\s,])?(?:дат[аыуе]|датам[и]?|күн(?:дері|і)(?![\p{L}]))[^()]*\)/giu;

function lastSentence(text: string): string {
  const sentences = sentencesOf(text);
  return sentences[sentences.length - 1]?.text ?? text;
}

function checkNumbering(items: ListItem[], issues: ExtractIssue[]): void {
  for (let k = 1; k < items.length; k++) {
    const [a, b] = [items[k - 1].no, items[k].no];
    if (a !== null && b !== null && b !== a + 1) issues.push({ line: items[k].line, message: `numbering jumps from ${a} to ${b}` });
  }
  if (items[0].no !== null && items[0].no > 1) issues.push({ line: items[0].line, message: `numbering starts at ${items[0].no}` });
}

/** The count a heading's sentence gives of one type ("1 меморандумға қол қойылды" → 1), Infinity when it gives none. */
function countOfTypeIn(sentence: string, type: string): number {
  const counts = findCounts(maskNeverCounts(sentence), { kazakh: isKazakh(sentence) });
  const types = activityTypesIn(sentence);
  if (counts.length !== 1 || types.length !== 1 || types[0].type !== type) return Infinity;
  return counts[0].value;
}
