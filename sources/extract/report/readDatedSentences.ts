import { invitedToEvent } from '../doubtOfFigure.ts';
import { findCounts } from '../grammar/findCounts.ts';
import { sentencesOf } from '../grammar/sentencesOf.ts';
import { maskNeverCounts } from '../maskNeverCounts.ts';
import { parseDatePhrase } from '../parseDatePhrase.ts';
import { tidy } from '../toLines.ts';
import type { ExtractIssue, ReportActivity, ReportCandidate, ReportFigure } from '../types.ts';
import { type ActivityWord, ATTENDED, HELD_VERBS, NOT_COUNTED, activityTypeEnding, activityTypeOf, activityTypesIn, itemTypeOf, withoutPlansOfEvents, withoutTopicTypes, withoutConsideredTypes } from './activityLexicon.ts';
import { checkListTotal } from './checkListTotal.ts';
import { entryOpeningType } from './entryOpeningType.ts';
import { underChronologyHeading } from './underChronologyHeading.ts';
import { withoutAwayMeetings } from './withoutAwayMeetings.ts';
import { withoutNoneHeld } from './noneHeldVerbs.ts';
import { continuesSentence } from './continuesSentence.ts';
import { countedDates } from './countedDates.ts';
import { datedClauses } from './datedClauses.ts';
import { namedSomeOfCount } from './sampleItems.ts';
import { headedDays } from './countedDays.ts';
import { datesOfCount } from './datesOfCount.ts';
import { oneCountDated } from './oneCountDated.ts';
import { labelDayDash } from './labelDayDash.ts';
import { oneOfLabelCount } from './oneOfLabelCount.ts';
import { lowerCase } from '../grammar/lowerCase.ts';
import { ITEM, isMonthHeading } from './readLists.ts';
import { matchesOf } from '../grammar/matchesOf.ts';
import { MONTH_WORD } from '../monthNames.ts';
import { blankInlineItemNumbers } from '../grammar/inlineItemNumbers.ts';
import { RUN_IN_TITLE } from './commissionSections.ts';
import { statesNothingSections } from './statesNothingSections.ts';
import { yearOnlyRun } from './yearOnlyRun.ts';
import { RUN_ON_SENTENCE } from '../grammar/runOnSentence.ts';

/**
 * Activities outside lists: "7.08.2023 состоялась диалоговая площадка … на
 * тему: «…»" (a dated sentence naming a type and saying it took place), and
 * "Состоялись общественные слушания по темам: «A» и «B»" (quoted titles after
 * a heading that names a type).
 */
export function readDatedSentences(lines: string[], inTable: Set<number>, year: number | undefined, listed: ReportActivity[], figures: ReportFigure[], issues: ExtractIssue[], candidates: ReportCandidate[]): ReportActivity[] {
  const out: ReportActivity[] = [];
  const listedLines = new Set(listed.map((a) => a.line));
  let plans: Set<number> | undefined;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    if (inTable.has(i) || listedLines.has(i + 1) || line.trim() === '') continue;
    // "На заседании 25 февраля заслушаны отчеты:" over "- руководителя Управления;" read as the list's items of that day: the
    // heading is the meeting the items tell, no event besides them.
    if (headsItsDatedList(lines, i, listed, year)) continue;
    // "Мониторинги: 3" over two dated lines: the count and its lines disagree, so neither is read for the other — said.
    const under = datedLinesUnder(lines, i);
    if (under !== null && under.dated !== under.stated) issues.push({ line: i + 1, message: `${under.metric}: ${under.stated} stated, ${under.dated} dated lines under it` });
    // A point of a numbered reply that no typed list read: "7. Круглые столы – 2 (18.04.2025 – «…»; 27.11.2025 – «…»)."
    if (ITEM.test(line)) {
      const point = labelCountPoint(lines, i, inTable, listedLines, year);
      out.push(...point.activities);
      // A numbered section whose title runs into its paragraph, on one line ("4. Қоғамдық бақылау. Мониторингтер: 1) …; 2) ….
      // Қоғамдық тыңдау … өтті.", "4. Общественный контроль. Круглый стол проведён 29 мая …"): the sentences the point did
      // not read are read as any. One whose sentence opens a list on the lines below ("3. Есептерді тыңдау. … екі есеп тыңдалды:")
      // is left to the readers of lists under a count (readCountedItems).
      // So is one whose paragraph wraps onto the lines below, none of them an item, when the point read no events of its own ("5. Круглый стол. 19 марта 2026 г. проведен
      // круглый стол «…»" / "   (около 60 участников …).", held-out 72's Kyzylorda health council).
      const runIn = (RUN_IN_TITLE.test(line) || isTypesTitle(line)) && (point.last === i || (point.activities.length === 0 && wrapsOnto(lines, i, point.last))) && !/:\s*$/u.test(line);
      if (runIn && point.activities.length > 0) line = point.unread;
      // The lines the point wraps onto are read with it.
      else if (point.activities.length > 0) i = point.last;
      // A form's point that opens with its verb ("6.\tПроведено: 2 круглых стола – 14.03.2025 «…» и 06.06.2025 «…»") is
      // the sentence "Проведено 2 круглых стола …": read as any dated sentence when the point read no items.
      // So is a point that is itself the sentence of one event held ("5) 1 қоғамдық тыңдау өтті – 2025 жылғы 21 мамырда …;",
      // "8) наурыздың 14-і күні … 1 семинар өткізілді;"), or that opens with the date of the sentence ("5. 13 ноября проведен круглый
      // стол …", "4. 2025 жылғы 14 қазанда … семинар өтті").
      // A point whose first sentence is its label and count alone, the event told in the sentences after it ("4. Есеп тыңдау – 2
      // (IV тоқсанда – 1). 26 ақпандағы отырыста … есептері тыңдалды.", "3. Круглые столы – 1. 14 марта проведён …"): the label
      // blanked, those sentences read as any.
      const counted = !runIn && point.activities.length === 0 ? COUNT_RUN_IN.exec(line) : null;
      if (counted !== null && activityTypeOf(counted[1]) !== null) line = `${' '.repeat(counted[0].length)}${line.slice(counted[0].length)}`;
      // (The point's number blanked: the sentence opens with its type, as one not numbered.)
      else if (!runIn && point.activities.length === 0 && ((typeThenDate(line) && oneTypeOfPoint(lines, i)) || heldKindsOpen(line, lines[i + 1], year))) line = line.replace(/^\s*\d{1,2}[.)]/u, (m) => ' '.repeat(m.length));
      // So is a dash's run-in heading told with its verb ("- отчеты заслушаны: 29.01 – …; 12.02 – …").
      // So is a point opening with its type and then the date ("5) Дөңгелек үстелдер 2026 жылғы 12 наурызда («…»), 4 маусымда
      // … өтті.", "3) Круглые столы 12 марта и 4 июня проведены …").
      // So is a point opening with a count of a type ("5. 2 дөңгелек үстел (соның бірі 11.06.2026 – «…»), 2 семинар өткізілді."):
      // the sentence of what was held, its bracket dating one of them.
      else if (runIn ? line.trim() === '' : point.activities.length > 0 || !(HELD_OPENING.test(line) || DATED_OPENING.test(line) || (typeThenDate(line) && oneTypeOfPoint(lines, i)) || ONE_HELD.test(`${line} ${lines[i + 1] ?? ''}`) || heldHeadingWord(line) !== null || countOfTypeOpens(line))) continue;
    }
    // "IV. КРУГЛЫЙ СТОЛ" / "" / "14.08.2025 — «Качество воздуха …» (…)": a paragraph opening with its date, under a heading of one type.
    const underHeading = datedUnderHeading(lines, i, year);
    if (underHeading !== null) {
      out.push(underHeading);
      continue;
    }
    // The type may stand on the line a sentence wraps onto ("2025 жылғы 26 қарашада қала" / "бюджетінің жобасы бойынша
    // бір қоғамдық тыңдау өткізілді"): the sentence is read from its first line, where its date is.
    const wraps = i + 1 < lines.length && !inTable.has(i + 1) && !listedLines.has(i + 2) && continuesSentence(line, lines[i + 1]);
    // A sentence its date opens on this line whose type stands further down ("2026 жылғы 22 сәуірде Кеңес отырысында" / "облыстық
    // … басқармасының және оған ведомстволық" / "бағынысты «…» ШЖҚ КМК-ның есептері" / "тыңдалды.", held-out 66's Kostanay
    // oblast): the type of that sentence, read to its stop over the lines it wraps onto (four at most).
    const type = activityTypeOf(line) ?? heldHeadingWord(line) ?? (wraps ? activityTypeOf(`${line} ${lines[i + 1]}`) ?? typeOfWrappedSentence(lines, i, inTable, listedLines) : null);
    if (!type) continue;
    // Heading then quoted titles on the next non-blank line.
    if (/(?:тем[аеиы]|тақырып[\p{L}]*)\s*:\s*$/iu.test(line.trim()) || /:\s*$/.test(line.trim())) {
      let k = i + 1;
      while (k < lines.length && lines[k].trim() === '' && !inTable.has(k)) k++;
      // "Комиссиялар бөлінісіндегі көрсеткіштер:" over a table, then "Мониторингтер 13 наурызда (…) … Дөңгелек үстелдер 29
      // мамырда («…») …": the colon's table is what it announces (its lines blank here), and a paragraph that dates its own
      // events is read as sentences, never as the heading's titles.
      if (k < lines.length && !inTable.has(k) && !ITEM.test(lines[k]) && !listedLines.has(k + 1) && !datesADay(outsideQuotes(lines[k]), year)) {
        const titles = quotedTitles(lines[k]);
        // The title's own line may name its type under a heading of two ("Проведение круглых столов, публичных
        // слушаний:" / "круглый стол «…» – 1"): the title is of the type its line names.
        const own = activityTypeOf(lines[k].split(/[«"“]/u)[0]) ?? type;
        for (const title of titles) out.push({ type: own.type, title, date_start: null, date_end: null, line: k + 1 });
        if (titles.length > 0) {
          checkListTotal(lines, i, titles.length, own.metric, false, figures, issues, candidates);
          i = k;
          continue;
        }
      }
    }
    // A sentence wrapped onto the next lines is read whole ("… 1 диалог алаңы ұйымдастырылды" / "(2025 жылғы 17 сәуір).").
    let text = line;
    let last = i;
    const first = i;
    const starts = [0];
    while (last + 1 < lines.length && !inTable.has(last + 1) && !listedLines.has(last + 2) && (continuesSentence(lines[last], lines[last + 1]) || opensDatedRun(lines[last], lines[last + 1]))) {
      starts.push(text.length + 1);
      text += ' ' + lines[++last];
    }
    i = last;
    // "10 сентября состоялось заседание Совета № 4. Заслушаны отчеты ГУ «…» и ГУ «…».": the meeting's day, for the
    // sentence right after it that tells what it heard with no day of its own.
    // A paragraph under a month's heading ("ОКТЯБРЬ" / "8 октября – мониторинг …"): a diary told in sentences.
    let above = first - 1;
    while (above >= 0 && lines[above].trim() === '') above--;
    // (So is a paragraph of a chronology told in dated paragraphs under its heading: underChronologyHeading.)
    const underMonth = (above >= 0 && isMonthHeading(lines[above])) || underChronologyHeading(lines, first);
    let meetingDay: { start: string; end: string } | null = null;
    let restAfter: { type: ReportActivity['type']; left: number } | null = null;
    for (const whole of openedByDates(sentencesOf(text))) {
     // The activities of a sentence are on the line it starts on, not the paragraph's last.
     const at = first + starts.filter((s) => s <= whole.start).length;
     const held = HELD_VERBS.test(whole.text);
     const dayBefore = meetingDay;
     meetingDay = meetingDayOf(whole.text, year);
     const restBefore = restAfter;
     restAfter = null;
     // "- отчеты заслушаны: 29.01 – Управление …; 12.02 – …", "Есептер тыңдалды: 15.02 – …; 20.03 – …": a run-in heading
     // told with its verb, the type and the verb alone before the colon, each item opening with its day.
     const heldType = held ? heldHeadingWord(whole.text)?.type ?? null : null;
     const heldItems = heldType !== null ? datedItems(whole.text, year, true) : [];
     if (heldType !== null && heldItems.length > 0) {
      for (const d of heldItems) out.push({ type: heldType, title: d.title.slice(0, 300), date_start: d.start, date_end: d.end, line: at });
      continue;
     }
     // "III тоқсанда: 2026 жылғы 10 қыркүйекте – «Қауіпсіз аула» дөңгелек үстелі; 24.09.2026 ж. – кәсіпкерлермен диалогтік алаң.":
     // a run-in heading of a part of the period, its items each opening with its day and naming its own type.
     const ofPart = partHeadedItems(whole.text, year);
     if (ofPart.length > 0) {
      for (const d of ofPart) out.push({ type: d.type, title: d.title.slice(0, 300), date_start: d.start, date_end: d.end, line: at });
      continue;
     }
     // "Екі дөңгелек үстел (…) және диалог алаңы (сәуірдің 18-і) өткізілді": each type with its own dates, one verb for all.
     for (const told of typedParts(whole.text, year)) {
      // "… состоялся 14.11.2024 г. Публичные слушания … не проводились.": the part's sentences of none held are no event's.
      const part = withoutNoneHeld(told);
      if (part.trim() === '') continue;
      const sentence = { text: part };
      // "кеңестің екі мүшесі 14 мамырда … облыстың қоғамдық кеңесі өткізген семинарға қатысты", "3 члена Совета участвовали в
      // семинаре Общественного совета области (14.05.2025)": the council's members at another's event, none of its own.
      // "Членов Совета пригласили на обучающий семинар, который 18 апреля провёл … Общественный совет ВКО": invited, the same.
      if (ATTENDED.test(outsideQuotes(part)) || invitedToEvent(part)) continue;
      // "Отчет акима … 14 февраля проводился в формате встречи с жителями и в число заслушиваний Совета не входит": the text
      // itself leaves the event out of the council's.
      // One left out of another period's figures ("в показатели квартала не включены") is dropOtherPeriodActivities' to say.
      const left = NOT_COUNTED.exec(outsideQuotes(part));
      if (left !== null && !/квартал|полугоди|тоқсан|жартыжылд/iu.test(left[0])) continue;
      // "В 2024 году проведено публичное слушание 12 марта." in a report of 2025: the sentence's time is another year, and
      // its day without a year is that year's, no event of the period.
      if (inOtherYear(part, year)) continue;
      // The type the sentence names outside its quoted titles ("два круглых стола: … «… и мониторинг воздуха»"), else in them.
      // "проведен обучающий семинар по методике общественного мониторинга": the seminar; the monitoring is its topic.
      // "15.01.2025 Утверждение графика проведения мониторингов": the plan is no event.
      // "9 17.09.2025 Отчётное слушание …" run into other rows and an "Итого" of several kinds: the kind after its day (entryOpeningType).
      // "… 2 заседания – 15 октября и 17 декабря, …, на которых рассматривались материалы мониторингов": the meetings' papers, no event.
      const considered = withoutConsideredTypes(sentence.text);
      const t = entryOpeningType(considered, outsideQuotes(considered)) ?? activityTypeOf(withoutTopicTypes(withoutPlansOfEvents(outsideQuotes(considered)))) ?? activityTypeOf(withoutPlansOfEvents(considered));
      if (!t) continue;
      // "Первое заседание Совета прошло 30 января, второе – 27 марта (выездное, в с. Кенсай)": a meeting held away, no visit;
      // a visit told beside it is read from its own clause, with its own day.
      const visits = t.type === 'site_visit' ? withoutAwayMeetings(outsideQuotes(part)) : null;
      if (visits === '') continue;
      if (visits !== null) sentence.text = visits;
      // "Проведя три мониторинга - 20 февраля по …, 16 апреля по … и 11 июня по …": as many dated clauses as the
      // sentence's count of the kind, one event each.
      // "Сондай-ақ Қалқаман ауылдық округінің әкімі (20.08) және … бас дәрігері (12.11) есеп берді." after "5 есеп тыңдалды, оның
      // ішінде … 3 бөлімінің басшылары: … (19.03), … (21.05), … (17.09)": the rest of the count above, each by its bracket.
      const rest = restBefore !== null && restBefore.type === t.type && ALSO.test(sentence.text) ? datedParts(sentence.text, year, [restBefore.left]) : [];
      if (rest.length > 0) {
        for (const d of rest) out.push({ type: t.type, title: d.title.slice(0, 300), date_start: d.start, date_end: d.end, line: at });
        continue;
      }
      const counted = t.metric === null ? undefined : figures.find((f) => f.metric === t.metric && f.line >= first + 1 && f.line <= last + 1);
      const ofCount = counted === undefined ? [] : datesOfCount(sentence.text, year, counted.value);
      if (ofCount.length > 0) {
        for (const d of ofCount) out.push({ type: t.type, title: d.title.slice(0, 300), date_start: d.start, date_end: d.end, line: at });
        continue;
      }
      // "Круглые столы: 20.02. – «…»; 14.03. – «…»": a heading run into its items, each opening with its date.
      if (!held && !namedInDatedBracket(sentence.text, t.type, year)) {
        const head = RUN_IN_HEADING.exec(sentence.text);
        // "Круглые столы планируются: 17.07 – «…», 18.09 – «…»": a heading of a plan, its days not yet held.
        if (head !== null && PLANNED.test(head[1])) continue;
        // "Общественные слушания: по проекту Правил … – 10 июня; по проекту бюджета … – 12 ноября (…)": the run-in heading's
        // items each closed by its date.
        const runInType = head !== null && activityTypeOf(head[1])?.type === t.type;
        const opened = runInType ? datedItems(sentence.text, year, true) : labelCountItems(sentence.text, t.type, year);
        const after = opened.length === 0 && runInType ? datedAfter(sentence.text, year, true) : opened;
        // "Комиссиялар жүргізген 8 мониторингтің күндері: 12.02 – …; 26.03 – …; …": a count of the type, its colon, as many
        // items each opening with its day, told with no verb of holding (a participle, "күндері") and nothing planned.
        const dayItems = after.length === 0 && !PLANNED.test(sentence.text) ? datedItems(sentence.text, year) : after;
        // "Мониторингтер: 22.10, 12.11, 26.11, 09.12.": the heading's days alone, one event each.
        const items = dayItems.length === 0 ? headedDays(sentence.text, year, PLANNED).filter((d) => d.type === t.type) : dayItems;
        for (const d of items) out.push({ type: t.type, title: d.title.slice(0, 300), date_start: d.start, date_end: d.end, line: at });
        // "Круглый стол «Доступная среда …» – 20.08.2025 г. (участвовали 34 человека).": one event, named and dated, no verb.
        // "Второй круглый стол — 20 ноября, о …" after the first told above: the next one of the kind, by its ordinal and day.
        // "Общественные слушания 4 декабря – по проекту генерального плана г. Арыс.": the type, its day, a dash, its topic.
        const named = items.length === 0 ? namedPoint(sentence.text, year) ?? oneOnDate(sentence.text, year) ?? oneCountDated(sentence.text, year) ?? ordinalPoint(sentence.text, year, t.type, [...listed, ...out]) ?? labelDayDash(sentence.text, year, t.type) ?? oneOfLabelCount(sentence.text, year, t.type) : null;
        if (named !== null) out.push({ ...named, line: at });
        // "Круглые столы – 13.03.2025 «…» и 12.11.2025 «…».", "Публичные слушания по проекту генплана – 09.07.2025.": a label
        // of the type, a dash, and only its days.
        else if (items.length === 0) {
          // "Қоғамдық тыңдаулар – 2 (бюджет бойынша 30.06.2026 және Ережелер жобасы бойынша 09.09.2026)", "Публичные слушания – 2
          // (по бюджету 30.06 и по проекту Правил 09.09)": the type's label, its count, a bracket with as many days as the count.
          const counted = LABEL_COUNT_BRACKET.exec(sentence.text);
          const days = counted !== null && activityTypeOf(counted[1])?.type === t.type && activityTypesIn(counted[1]).length === 1 && !STATE_DAY.test(sentence.text)
            ? datedParts(sentence.text, year, []) : labelDashDates(sentence.text, year, t.type);
          for (const d of days) out.push({ type: t.type, title: d.title.slice(0, 300), date_start: d.start, date_end: d.end, line: at });
          // "8 октября – мониторинг подготовки котельных …": a chronicle's entry, its day, a dash, the event (not in a plan).
          plans ??= statesNothingSections(lines).plan;
          const entry = days.length === 0 && underMonth && !plans.has(at - 1) ? chronicleEntry(sentence.text, year) : null;
          if (entry !== null) out.push({ ...entry, line: at });
        }
        continue;
      }
      // "… есебі (27.02), … КММ (18.06) және … (17.09)": a bracket of a day and month with no year is a date too.
      const dates = parseDatePhrase(sentence.text, year) ?? parseDatePhrase(yearlessBrackets(sentence.text), year) ?? (t.type === 'report_hearing' ? dayBefore : null);
      if (!dates) {
        // "Есептер тыңдалды: 15.10 – … бөлімі; 19.11 – …; 17.12 – …": a heading of the type with its verb, its items opening with
        // days and months alone, which no date of the sentence's own stands for (held-out 64's Shu).
        const head = RUN_IN_HEADING.exec(sentence.text);
        const items = head !== null && !PLANNED.test(head[1]) && activityTypeOf(head[1])?.type === t.type ? datedItems(sentence.text, year, true) : [];
        for (const d of items) out.push({ type: t.type, title: d.title.slice(0, 300), date_start: d.start, date_end: d.end, line: at });
        continue;
      }
      // "проведены 2 общественных слушания: «A» (12 марта) и «B» (23 мая)": one activity per title, each on its own date.
      const each = datedTitles(sentence.text, year);
      // "Проведены мониторинги: доступности записи … (12.02.2025), …, работы скорой помощи … (18.06.2025)." and no count in
      // the sentence: the report's count of the type (its table's total) says how many brackets are its events.
      // "2 обучающих семинара – по Закону «Об общественном контроле» (14 марта) и по работе с обращениями (5 ноября)": the
      // brackets' events in place of the one quoted title's, never beside it (the 14th of March read twice).
      if (each.length < 2) {
        const parts = datedParts(sentence.text, year, namedPlural(outsideQuotes(sentence.text), t.type) ? figures.filter((f) => f.metric === t.metric).map((f) => f.value) : []);
        if (parts.length > 0) each.splice(0, each.length, ...parts);
        if (parts.length > 0) restAfter = restOf(sentence.text, t.type, parts.length);
      }
      // "Заслушаны отчёты: 24.07.2025 г. – ГУ «…»; 18.09.2025 г. – ГУ «…»": a heading of the type run into its dated items.
      const runIn = RUN_IN_HEADING.exec(sentence.text);
      if (each.length < 2) each.splice(0, each.length, ...datedItems(sentence.text, year, runIn !== null && activityTypeOf(runIn[1])?.type === t.type));
      if (each.length < 2) each.splice(0, each.length, ...datedAfter(sentence.text, year));
      if (each.length < 2) each.splice(0, each.length, ...pluralOnDates(sentence.text, year, t.type));
      if (each.length < 2) each.splice(0, each.length, ...countedDates(sentence.text, year));
      if (each.length < 2) each.splice(0, each.length, ...gappedDates(sentence.text, year, t.type));
      // "18 ақпанда … бөлімінің, 25 наурызда … бөлімінің есебі тыңдалды": clauses each opening with its day, one verb for all.
      if (each.length < 2) each.splice(0, each.length, ...datedClauses(sentence.text, year, figures.filter((f) => f.metric === t.metric).map((f) => f.value)));
      // "проведено 7 мониторингов, в том числе: 03.03.2026 – …, 15.04.2026 – …": some of the count, a clause a day.
      if (each.length < 2) {
        const named = namedSomeOfCount(sentence.text, year);
        if (named !== null && named.type === t.type && named.clauses.length >= 2) each.splice(0, each.length, ...named.clauses);
      }
      if (each.length >= 2) {
        for (const d of each) out.push({ type: t.type, title: d.title.slice(0, 300), date_start: d.start, date_end: d.end, line: at });
        continue;
      }
      // "Проведено 3 мониторинга (08.07, 05.08, 26.08, 17.09)": a bracket's days with no year, more than one, that no reader
      // above matched to the count — the days are not understood to be the events, nor is the first of them the sentence's.
      if (parseDatePhrase(sentence.text, year) === null && yearlessDays(sentence.text) >= 2) continue;
      // "Салыстыру үшін: 2025 күнтізбелік жылы (15 наурыз – 31 желтоқсан) Кеңес 3 отырыс, 6 мониторинг өткізді": a span of
      // more than a month the sentence counts several events over is a period, no event's days (one event may last that long:
      // "проведен один общественный мониторинг … (с 17 марта по 16 мая 2025 г.)", held-out 34).
      if (Date.parse(dates.end) - Date.parse(dates.start) > 31 * 86_400_000 && findCounts(maskNeverCounts(sentence.text)).some((c) => c.value >= 2)) continue;
      const quoted = quotedTitles(sentence.text)[0];
      out.push({ type: t.type, title: (quoted ?? tidy(sentence.text)).slice(0, 300), date_start: dates.start, date_end: dates.end, line: at });
     }
    }
  }
  return out;
}

/** Line `i` closes with its colon over a list read item by item, its first item dated with the line's own day. */
function headsItsDatedList(lines: string[], i: number, listed: ReportActivity[], year: number | undefined): boolean {
  if (!/:\s*$/u.test(lines[i])) return false;
  let k = i + 1;
  while (k < lines.length && lines[k].trim() === '') k++;
  const day = parseDatePhrase(lines[i], year);
  return day !== null && day.start === day.end && listed.some((a) => a.line === k + 1 && a.date_start === day.start);
}

/** Lines `i`+1 … `last` are the words of line `i`'s sentence wrapped onto them: none an item, the first going on from it. */
function wrapsOnto(lines: string[], i: number, last: number): boolean {
  for (let k = i + 1; k <= last; k++) if (ITEM.test(lines[k]) || lines[k].trim() === '') return false;
  return last > i && !/[.:;!?]\s*$/u.test(lines[i]);
}

/**
 * The type named by the last sentence of line `i`, read whole over the lines it wraps onto (up to four), when that
 * sentence opens with a date on line `i` itself: null otherwise.
 */
function typeOfWrappedSentence(lines: string[], i: number, inTable: Set<number>, listedLines: Set<number>): ReturnType<typeof activityTypeOf> {
  const sentences = sentencesOf(lines[i]);
  const last = sentences[sentences.length - 1];
  if (last === undefined || parseDatePhrase(last.text, undefined) === null && !/^\s*\d{1,2}[\s.-]|^\s*(?:19|20)\d{2}\s*жылғы/u.test(last.text)) return null;
  let text = last.text;
  for (let k = i + 1; k <= i + 4 && k < lines.length && !inTable.has(k) && !listedLines.has(k + 1) && continuesSentence(lines[k - 1], lines[k]); k++) {
    const stop = /[.!?](?:\s|$)/u.exec(lines[k]);
    text += ' ' + (stop ? lines[k].slice(0, stop.index + 1) : lines[k]);
    if (stop) break;
  }
  return activityTypeOf(text);
}

/**
 * The year a sentence says it tells, as its time ("В 2024 году …", "за 2024 г. …", "2024 жылы …"), when that is one year and
 * not the period's: true. A year as a purpose ("по бюджету на 2026 год", "2026 жылға арналған") is no time of the sentence.
 */
function inOtherYear(text: string, year: number | undefined): boolean {
  if (year === undefined) return false;
  const told = new Set(matchesOf(text, /(?:(?<![\p{L}])(?:в|во|за)\s+((?:19|20)\d{2})\s*(?:год[ау]?|г\.)|(?<!\d)((?:19|20)\d{2})\s*(?:жылы|ж\.\s*(?=\d|\p{Ll})))(?![\p{L}])/giu).map((m) => Number(m[1] ?? m[2])));
  return told.size === 1 && !told.has(year);
}

/** The text dates a day (or a few days, a week at most): not a year nor a month alone. */
function datesADay(text: string, year: number | undefined): boolean {
  const d = parseDatePhrase(text, year);
  return d !== null && daysBetween(d.start, d.end) <= 7;
}

/**
 * A bracket's days and months with no year written as parseDatePhrase reads a day of the period's year ("(27.02)" as
 * "(27.02.)"): alone, a run of them ("4 мониторинг жүргізді (08.07, 05.08, 26.08, 17.09)"), or each with its words
 * ("Публичные слушания 1 рет өтті (14.05, аудан бюджетінің атқарылуы)", "2 дөңгелек үстел (балық шаруашылығы – 24.03, жастар
 * саясаты – 20.08)"). Never an amount or a share ("(12.10 %)", "(46.30 млн)"): a day of a month only (01–31, 01–12).
 */
function yearlessBrackets(text: string): string {
  return text.replace(/\([^()]*\)/gu, (bracket) => bracket.replace(YEARLESS_DAY, (day, d: string, m: string) => (Number(d) >= 1 && Number(d) <= 31 && Number(m) >= 1 && Number(m) <= 12 ? `${day}.` : day)));
}
/** The most days with no year one bracket of the sentence holds (yearlessBrackets); separate brackets of a day each are not a run. */
function yearlessDays(text: string): number {
  return Math.max(0, ...(text.match(/\([^()]*\)/gu) ?? []).map((b) => (yearlessBrackets(b).match(/(?<![\d.,])\d{1,2}\.\d{2}\.(?!\d)/gu) ?? []).length));
}
const YEARLESS_DAY = /(?<![\d.,])(\d{1,2})\.(\d{2})(?![\d]|[.,]\d|\s*(?:%|млн|млрд|тыс|мың|тг|теңге|тенге|км|га|м(?![\p{L}])|ц(?![\p{L}])))/gu;


/**
 * A numbered section's run-in title that lists the types it tells, then its sentences: "5. Публичные слушания, круглые столы,
 * семинары. 22.04.2025 г. проведены …" (longer than RUN_IN_TITLE's four words; two types named at least).
 */
function isTypesTitle(line: string): boolean {
  const m = /^\s*\d{1,2}[.)]\s+(\p{Lu}[\p{L}-]+(?:[ ,]+(?:и\s+|және\s+)?[\p{L}-]+){1,7})\.\s+[\p{Lu}\d«"]/u.exec(line);
  return m !== null && activityTypesIn(m[1]).length >= 2;
}

/**
 * A numbered point that opens with a count and the type it counts and brackets ONE of them by its day: "5. 2 дөңгелек үстел
 * (соның бірі 11.06.2026 – «…»)", "4. 2 круглых стола (один из них 29.09.2026 – …)". Never a point that dates its events only as
 * a whole ("4) 3 мониторинга проведено, последний – 12.08.2025 г."): no one event of it is told.
 */
function countOfTypeOpens(line: string): boolean {
  const m = /^\s*\d{1,2}[.)]\s+\d{1,3}\s+/u.exec(line);
  return m !== null && activityTypeOf(line.slice(m[0].length).split(/[(,;.]/u)[0]) !== null && ONE_OF_THEM.test(line);
}
const ONE_OF_THEM = /\(\s*(?:(?:соның|оның|олардың)\s+(?:бірі|біреуі)|(?:один|одна|одно)\s+из\s+них|в\s+том\s+числе|в\s+т\.\s?ч\.)(?![\p{L}])/iu;

// A paragraph's opening date and its dash: "14.08.2025 — «…»", "2025 жылғы 3 наурыз – …".
const DATE_OPENS = /^(\s*)(\uE000(?:[\uE000\s–—-]*\uE000)?(?:\s*(?:г|ж)\.)?)\s*[-–—]\s+\S/u;

/**
 * A paragraph that opens with a date of a day and a dash, under a heading that names one activity type and no count
 * ("IV. КРУГЛЫЙ СТОЛ", "ДИАЛОГОВАЯ ПЛОЩАДКА"), other such paragraphs (and their wrapped lines) between: one activity
 * of that type on that date, titled by its quoted title or its words. Null for anything else.
 */
function datedUnderHeading(lines: string[], i: number, year: number | undefined): ReportActivity | null {
  const open = DATE_OPENS.exec(maskNeverCounts(lines[i]));
  if (open === null) return null;
  const dates = parseDatePhrase(lines[i].slice(open[1].length, open[1].length + open[2].length), year);
  if (dates === null || daysBetween(dates.start, dates.end) > 7) return null;
  // Up past blank lines and the dated paragraphs before, to the heading.
  let k = i - 1;
  for (; k >= 0 && i - k <= 12; k--) {
    const text = lines[k].trim();
    if (text === '' || DATE_OPENS.test(maskNeverCounts(lines[k])) || (lines[k + 1]?.trim() !== '' && continuesSentence(lines[k], lines[k + 1]))) continue;
    break;
  }
  const heading = lines[k]?.trim() ?? '';
  const letters = heading.replace(/^(?:[IVXLC]{1,5}|\d{1,2})[.)]\s*/u, '').replace(/[^\p{L}]/gu, '');
  const bare = heading.replace(/^(?:[IVXLC]{1,5}|\d{1,2})[.)]\s*/u, '');
  // "3. Мониторинги (даты проведения):" right over its dated lines ("22.01. – …;"), none blank between: a run-on list.
  const colonList = k >= 0 && /:$/u.test(heading) && heading.length <= 80 && !/\d/u.test(bare) && lines.slice(k + 1, i + 1).every((l) => DATE_OPENS.test(maskNeverCounts(l)));
  // "  Есептерді тыңдау – 3 (2024 ж. 9 айы – 4)" right over "11.06.2025 – …;" lines: a sheet's label and its count, the
  // dated lines under it exactly as many as the count (else they are not understood to be its events).
  const countList = k >= 0 && k < i && countOverDates(lines, k, i);
  // "7. Дөңгелек үстел" right over "26.08.2026 – «…» дөңгелек үстелі; модератор – …": a numbered section's short title, no
  // stop, no count, in the case of any title — a section of that one type, its dated paragraph the event.
  const numberedTitle = k >= 0 && k === i - 1 && /^(?:[IVXLC]{1,5}|\d{1,2})[.)]\s*\p{Lu}/u.test(heading) && bare.length <= 40 && !/[.;:,]$/u.test(heading) && !/\d/u.test(bare);
  if (!colonList && !countList && !numberedTitle && (k < 0 || k === i - 1 || heading.length > 60 || /[.;:,]$/u.test(heading) || letters.length < 4 || letters !== letters.toUpperCase() || /\d/u.test(bare))) return null;
  const types = activityTypesIn(heading);
  if (types.length !== 1) return null;
  const title = quotedTitles(lines[i])[0] ?? tidy(lines[i].slice(open[0].length - 1));
  return { type: types[0].type, title: title.replace(/[\s;,.]+$/u, '').slice(0, 300), date_start: dates.start, date_end: dates.end, line: i + 1 };
}

/**
 * A paragraph's count of a type closed by its colon, the dated items wrapped onto the next line ("Членами совета проведено 5
 * мониторингов, это на два больше, чем годом ранее:" / "18.02.2025 – санитарное состояние …; 16.04.2025 – работа"): one
 * sentence, the next line opening with a day's date and its dash (a colon over a heading's list of lines is the list's).
 */
function opensDatedRun(line: string, next: string): boolean {
  // "Проведено 2 мониторинга в 2024 году:" over "22.01. – …": a year of its own, whose days the items do not say.
  return /:\s*$/u.test(line) && !/(?<!\d)(?:19|20)\d{2}(?!\d)/u.test(line) && activityTypeOf(line) !== null && findCounts(maskNeverCounts(line)).length > 0 && DATE_OPENS.test(maskNeverCounts(next)) && !ITEM.test(next);
}

/**
 * A sentence that opens with its day's date written in figures ("… «Трудоустройство молодежи летом». 27.02.2025 г. для
 * членов совета проведен обучающий семинар …", "Семинар для членов совета – 05.06.2025. 15.04.2025 подписан меморандум …")
 * is a sentence of its own, not the end of the one before (sentencesOf takes a figure after a point for a count's).
 */
function openedByDates(sentences: { text: string; start: number }[]): { text: string; start: number }[] {
  return sentences.flatMap((s) => {
    const out: { text: string; start: number }[] = [];
    let from = 0;
    for (const m of matchesOf(s.text, DATED_SENTENCE)) {
      const end = (m.index ?? 0) + 1;
      out.push({ text: s.text.slice(from, end), start: s.start + from });
      from = end + m[0].length - 1;
    }
    out.push({ text: s.text.slice(from), start: s.start + from });
    return out;
  });
}
/** A sentence's point after a word of three letters or more, a closing quote, bracket or a figure, then a date "dd.mm.yyyy". */
const DATED_SENTENCE = /(?<=(?:[\p{L}]{3}|[»")\d]))[.!?]\s+(?=\d{1,2}\.\d{1,2}\.(?:19|20)?\d{2}(?!\d))/gu;

/**
 * "8 октября – мониторинг подготовки котельных и тепловых сетей к отопительному сезону.", "29 октября – мониторинг уличного
 * освещения …", "2025 жылғы 8 қазан – қазандықтардың дайындығына мониторинг.": an entry of a diary told in sentences under
 * month headings (readLists reads one told in items; a bare run of dated lines is readChronology's) with no verb — its day
 * (one day, or two or three at most), a dash, then the event named by its first words (Russian) or its last (Kazakh), one
 * type in it outside quoted titles, nothing planned. Null for anything else ("5 ноября – заседание президиума").
 */
function chronicleEntry(text: string, year: number | undefined): { type: ReportActivity['type']; title: string; date_start: string; date_end: string } | null {
  const m = DATE_OPENS.exec(maskNeverCounts(text));
  if (m === null || m[1].length > 2) return null;
  const dates = parseDatePhrase(text.slice(m[1].length, m[1].length + m[2].length), year);
  if (dates === null || daysBetween(dates.start, dates.end) > 2) return null;
  const rest = text.slice(m[0].length - 1);
  const bare = outsideQuotes(rest);
  if (PLANNED.test(rest) || activityTypesIn(bare).length !== 1 || ATTENDED.test(bare)) return null;
  const type = itemTypeOf(rest) ?? activityTypeEnding(bare.split(/[,:;(]/u)[0]);
  // "24 апреля – выездное заседание Совета в п. Жайрем": a meeting, no event of a counted type.
  if (type === null || activityTypeOf(bare)?.metric === null) return null;
  return { type, title: tidy(rest).replace(/[.;]+$/u, '').slice(0, 300), date_start: dates.start, date_end: dates.end };
}

/**
 * The items of a run-in heading that names a part of the period or a part of a count above ("III тоқсанда:", "В III
 * квартале:", "Оның ішінде:", "В том числе:"), each opening with its day and a dash and naming one type of its own outside its
 * quoted title ("… – «Қауіпсіз аула» дөңгелек үстелі; 24.09.2026 ж. – кәсіпкерлермен диалогтік алаң"): an event each, of
 * its own type. Empty unless every item names exactly one type (an item naming none or two says nothing sure) and nothing is
 * planned.
 */
function partHeadedItems(said: string, year: number | undefined): { type: ReportActivity['type']; title: string; start: string; end: string }[] {
  const head = RUN_IN_HEADING.exec(said);
  if (head === null || !PART_LABEL.test(head[1].trim()) || PLANNED.test(said)) return [];
  const items = datedItems(said, year, true);
  if (items.length < 2) return [];
  const typed = items.map((d) => ({ ...d, types: activityTypesIn(outsideQuotes(d.title)) }));
  if (typed.some((d) => d.types.length !== 1)) return [];
  return typed.map((d) => ({ type: d.types[0].type, title: d.title, start: d.start, end: d.end }));
}

/** A part of the period in the locative, or of a count above: "III тоқсанда", "в III квартале", "ІІ жартыжылдықта", "оның ішінде". */
const PART_LABEL = /^(?:в\s+)?(?:(?:[IVХІ]{1,3}|[1-4](?:\s*-\s*(?:м|ом|ші|шы|інші|ыншы))?|(?:перв|втор|трет|четв[её]рт)ом|(?:бірінші|екінші|үшінші|төртінші))\s*-?\s*(?:квартале|полугодии|тоқсанда|токсанда|жартыжылдықта)|(?:оның|олардың)\s+ішінде|в\s+том\s+числе|в\s+частности|атап\s+айтқанда)$/iu;

/** Words of a plan, not of a deed: "планируется", "будет проведен", "жоспарланған", "өткізіледі". */
const PLANNED = /планир|запланир|будет|будут|предстоит|жоспар|өткізіледі|өткізу\s+көзделіп|алдағы/iu;

/**
 * The day of a council's or commission's meeting a sentence opens with and tells of, naming no activity: "10 сентября
 * состоялось заседание Совета № 4.", "2025 жылғы 10 қыркүйекте Кеңестің № 4 отырысы өтті." Null for any other sentence.
 */
function meetingDayOf(text: string, year: number | undefined): { start: string; end: string } | null {
  if (!/заседани|отырыс/iu.test(text) || activityTypeOf(text) !== null || !HELD_VERBS.test(text)) return null;
  const m = /^\s*(\uE000(?:[\uE000\s]*\uE000)?)/u.exec(maskNeverCounts(text));
  if (m === null) return null;
  const dates = parseDatePhrase(text.slice(0, m[0].length), year);
  return dates !== null && dates.start === dates.end ? dates : null;
}

/** A label (no figure in it), its dash, then what follows it. */
const LABEL_DASH = /^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]\s+)?([\p{L}][^\d:;()«»"–—]{2,100}?)\s+[-–—]\s+(.+?)[\s.;]*$/u;
/**
 * One date of the label's run: a masked day, "г."/"ж." after it, its quoted title or bracket at most — a bracket of words,
 * or of a note that counts who came ("(участвовали 34 фермера)", "(46 адам қатысты)"), never one of a date or a bare number.
 */
const RUN_PART = /^\s*\uE000(?:[\uE000\s]*\uE000)?(?:\s*(?:г|ж)\.)?\s*(?:«[^»]*(?:«[^»]*»[^»]*)*»|\([^()\d]*\)|\((?=[^()]*(?:участвовал|участник|принял[аи]?\s+участие|присутствовал|қатыс))[^()\uE000-\uE003]*\))?\s*$/u;

/**
 * "Круглые столы – 13.03.2025 «Наурыз: безопасность …» и 12.11.2025 «Поддержка многодетных семей».", "Публичные слушания по
 * проекту генерального плана села – 09.07.2025.", "Семинар для членов совета – 05.06.2025.", "Дөңгелек үстелдер – 23.04.2025,
 * 19.11.2025": a label that opens with the type, a dash, and nothing after it but days (each with its quoted title or bracket
 * at most) joined by commas, semicolons, "и", "және": one event a day. Two days or more only under a plural label ("Семинар –
 * 12.03 и 13.03" may be one seminar of two days); a label with a figure, a date that is no single day, or any other words
 * after the dash: nothing.
 */
function labelDashDates(text: string, year: number | undefined, type: ReportActivity['type']): { title: string; start: string; end: string }[] {
  const m = LABEL_DASH.exec(text);
  if (m === null || itemTypeOf(m[1]) !== type || activityTypesIn(m[1]).length !== 1 || HELD_VERBS.test(m[1])) return [];
  const at = (m.index ?? 0) + m[0].indexOf(m[2], m[1].length);
  const rest = text.slice(at, at + m[2].length);
  const out: { title: string; start: string; end: string }[] = [];
  for (const piece of splitOutsideQuotes(rest)) {
    const mask = maskNeverCounts(piece);
    const date = /\uE000(?:[\uE000\s]*\uE000)?/u.exec(mask);
    if (!RUN_PART.test(mask) || date === null) return [];
    const d = parseDatePhrase(piece.slice(date.index, date.index + date[0].length), year);
    if (d === null || d.start !== d.end) return [];
    out.push({ title: quotedTitles(piece)[0] ?? tidy(m[1]), ...d });
  }
  return out.length === 1 || (out.length > 1 && PLURAL.test(m[1])) ? out : [];
}

/** The text cut at its commas, semicolons, "и", "және", "мен" outside quoted titles. */
function splitOutsideQuotes(text: string): string[] {
  // The titles blanked with letters, not spaces, that a cut's blanks may not reach into.
  const blank = outsideQuotes(text).replace(/ /gu, (_, at: number) => (text[at] === ' ' ? ' ' : 'x'));
  const out: string[] = [];
  let from = 0;
  for (const c of matchesOf(blank, /\s*(?:[,;]|\s(?:и|және|мен)\s)\s*/gu)) {
    out.push(text.slice(from, c.index));
    from = (c.index ?? 0) + c[0].length;
  }
  out.push(text.slice(from));
  return out;
}

/** A sheet's label, its count, a bracket at most (last year's figure): "Мониторингтер – 4 (2024 ж. 9 айы – 3)", "Мониторинги: 4". */
const LABEL_OF_COUNT = /^\s*([\p{L}][\p{L}\s-]{2,60}?)\s*[-–—:]\s*(\d{1,2})(?!\d)(?:\s*\([^()]*\))?\s*[.;:]?\s*$/u;

/**
 * The label line at `k` states a count of one type, and the lines straight under it (`i` among them) that open with a
 * day's date and a dash are exactly that many.
 */
function countOverDates(lines: string[], k: number, i: number): boolean {
  const under = datedLinesUnder(lines, k);
  return under !== null && i <= k + under.dated && under.dated === under.stated;
}

/** The count a label line at `k` states of one type, and how many lines straight under it open with a day's date and a dash (one at least); else null. */
function datedLinesUnder(lines: string[], k: number): { metric: string; stated: number; dated: number } | null {
  const m = LABEL_OF_COUNT.exec(lines[k]);
  const types = m === null ? [] : activityTypesIn(m[1]);
  if (m === null || types.length !== 1 || types[0].metric === null) return null;
  let dated = 0;
  while (k + 1 + dated < lines.length && DATE_OPENS.test(maskNeverCounts(lines[k + 1 + dated]))) dated++;
  return dated === 0 ? null : { metric: types[0].metric, stated: Number(m[2]), dated };
}

/**
 * A sentence naming two activity types or more joined by "и", "және", "мен", "а также", "сондай-ақ" outside brackets and
 * quotes ("Проведены 2 круглых стола (… – 3 марта; … – 5 июня) и диалоговая площадка в микрорайоне Восточный
 * (18 апреля)"), or by a semicolon ("13 ноября проведен круглый стол …; 27 ноября организован семинар …"), split into one part per type — only when each part names its type and one
 * part at least dates of its own; else the sentence whole. A part with no day of its own reads none, never another part's:
 * "проведено 2 семинара … (апрель, сентябрь) и подписан 1 меморандум … (12.09.2024)", "около 5 круглых столов …, а также
 * один обучающий семинар … (12 марта)" — the 12th is the memorandum's, the seminar's, not the first type's.
 */
// ", 1 диалог алаңы (26.11.2026 – «…»)", ", 1 семинар (13.11)": a comma before a clause opening with its own count of one type
// after another's ("1 дөңгелек үстел (…), 1 диалог алаңы (…) және 1 семинар (…) өткізілді") cuts a list of counted events.
const DAY_CLAUSE_CUT = new RegExp(String.raw`\s(?:и|және|мен|а\s+также|сондай-ақ|сонымен\s+қатар)\s|;\s|,(?=\s+(?:а|ал)\s)|,(?=\s+\d{1,3}\s+\p{L})|,(?=\s+(?:(?:19|20)\d{2}\s*(?:жылғы|ж\.)\s+)?(?:\d{1,2}\.\d{1,2}(?:\.\d{2,4})?|\d{1,2}(?:-?[\p{L}]{1,3})?\s+${MONTH_WORD})(?![\d\p{L}]))`, 'gu');

/** A comma before a clause opening with a word (the type's name, checked in typedParts). */
const TYPE_CLAUSE_CUT = /,(?=\s+\p{L})/gu;
/** Whether DAY_CLAUSE_CUT cuts at this very place. */
const DAY_CLAUSE_CUT_AT = (text: string, at: number): boolean => matchesOf(text, DAY_CLAUSE_CUT).some((m) => m.index === at);

function typedParts(sentence: string, year: number | undefined): string[] {
  const blank = blankBrackets(outsideQuotes(sentence));
  // ", а 14 августа – диалоговая площадка …", ", ал дөңгелек үстелдер екеу болды – …": the contrast after a comma joins two too.
  // ", 24 сентября подписан меморандум …", ", 24.09 – меморандум …", ", 2026 жылғы 24 қыркүйекте меморандум …": a comma before
  // a clause opening with its own day joins two events as well (each of its type, as any cut below).
  // "Круглый стол «…» прошел 18 марта, общественные слушания по проекту … – 27 мая 2026 г." (set 171): a comma before a clause
  // opening with another type's name cuts too — only where both sides carry their own day (dated, below).
  // (Not in run-on prose, a paragraph of commas, set 164: its every comma would cut, and no part alone would be one type's.)
  const typeCuts = new Set(sentence.length > RUN_ON_SENTENCE ? [] : matchesOf(blank, TYPE_CLAUSE_CUT).map((m) => m.index ?? 0));
  const cuts = [...new Set([...matchesOf(blank, DAY_CLAUSE_CUT).map((m) => m.index ?? 0), ...typeCuts])].sort((a, b) => a - b);
  const dated = (p: string) => (parseDatePhrase(p, year) ?? parseDatePhrase(yearlessBrackets(p), year)) !== null;
  const parts: string[] = [];
  let from = 0;
  for (const cut of [...cuts, sentence.length]) {
    const before = blank.slice(from, cut);
    const after = blank.slice(cut, cuts.find((c) => c > cut) ?? sentence.length);
    // Cut only between two types: the part before names one and so does the rest.
    if (cut < sentence.length && !(activityTypeOf(before) && activityTypeOf(after) && activityTypeOf(before)?.type !== activityTypeOf(after)?.type)) continue;
    if (typeCuts.has(cut) && !DAY_CLAUSE_CUT_AT(blank, cut) && !(dated(sentence.slice(from, cut)) && dated(sentence.slice(cut, cuts.find((c) => c > cut) ?? sentence.length)))) continue;
    // A comma before a day cuts only where that day's own clause names its event ("…, 24 сентября подписан меморандум …"),
    // never a list of days ("…: 27.02.2025 ж., 16.05.2025 ж. 2025 жылғы 8 тамызда … диалог алаңы") nor a day whose clause
    // goes on to another event ("…, 2025 жылғы 21 мамырда … зерделеніп, нәтижесі … кездесуде талқыланды").
    if (cut < sentence.length && blank[cut] === ',' && !/^,\s+(?:а|ал)\s/u.test(blank.slice(cut)) && activityTypeOf(dayClause(blank.slice(cut + 1))) === null) continue;
    parts.push(sentence.slice(from, cut));
    from = cut;
  }
  const typed = parts.map((p) => p.trim().replace(/^(?:[;,]\s*)?(?:(?:и|және|мен|а\s+также|сондай-ақ|сонымен\s+қатар|а|ал)\s+)?/u, ''));
  // (A day and month in a bracket, "(18.02)", dates a part as it dates a sentence: yearlessBrackets.)
  return typed.length >= 2 && typed.every((p) => activityTypeOf(outsideQuotes(p)) !== null) && typed.some(dated) ? typed : [sentence];
}

/** A clause opening with its day, to its first comma, semicolon or stop (the day's own stops masked). */
function dayClause(text: string): string {
  const masked = maskNeverCounts(text);
  // The day, its words masked together ("2025 жылғы 8 тамызда", "24 сентября") and its year's mark ("28.11.2025 ж."); a
  // second date ends the clause ("28.11.2025 ж. 2025 жылғы 8 тамызда …" is two days, the second another clause's).
  const day = /^\s*\uE000+(?:\s+\uE000+)*(?:\s*(?:ж|г)\.)?/u.exec(masked)?.[0].length ?? 0;
  const end = /[,;]|\.(?:\s|$)|\uE000/u.exec(masked.slice(day));
  return end === null ? text : text.slice(0, day + end.index);
}

/** The text with its brackets blanked out (same length). */
function blankBrackets(text: string): string {
  return text.replace(/\([^()]*\)/gu, (b) => ' '.repeat(b.length));
}

/**
 * A bracket that opens with the activity's name and gives its dates ("проверили организацию отдыха в лагерях
 * (мониторинг 8–10 июля, 3 лагеря)"): the event held, told without a verb.
 */
function namedInDatedBracket(sentence: string, type: string, year: number | undefined): boolean {
  return matchesOf(sentence, /\(([^()]*)\)/gu).some(([, inside]) => {
    const head = /^\s*((?:[\p{L}-]+\s+){1,2})\d/u.exec(inside);
    return head !== null && activityTypeOf(head[1])?.type === type && parseDatePhrase(inside, year) !== null;
  });
}

/** A sentence that goes on with more of the same: "Сондай-ақ …", "Также …", "Кроме того, …", "Бұдан бөлек …". */
const ALSO = /^\s*(?:сондай-ақ|также|кроме\s+того|помимо\s+этого|бұдан\s+бөлек|бұған\s+қоса|одан\s+бөлек)(?![\p{L}])/iu;

/**
 * What a count leaves for the next sentence when its sentence dates only a part of it: "5 есеп тыңдалды, оның ішінде … 3
 * бөлімінің басшылары: … (19.03), … (21.05), … (17.09)" leaves 2; "заслушано 6 отчетов, в том числе 4 …" the same. Null
 * unless the sentence says it names a part ("оның ішінде", "в том числе", "из них") and one count above the part's.
 */
function restOf(text: string, type: ReportActivity['type'], dated: number): { type: ReportActivity['type']; left: number } | null {
  if (!/оның\s+ішінде|в\s+том\s+числе|из\s+них/iu.test(text)) return null;
  const larger = findCounts(maskNeverCounts(text)).map((c) => c.value).filter((v) => v > dated);
  return larger.length === 1 ? { type, left: larger[0] - dated } : null;
}

/** A day of a state, not of an event: "(по состоянию на 30.09.2025 …)", "(30.09 жағдайы бойынша)". */
const STATE_DAY = /по\s+состоянию|(?<![\p{L}])на\s+\d|жағдай[\p{L}]*\s+бойынша/iu;
/** A label of a type, a dash and its count, one bracket closing the sentence: "Публичные слушания – 2 (…)". */
const LABEL_COUNT_BRACKET = /^\s*(?:\d{1,2}[.)]\s*)?([\p{L}][\p{L}\s\/-]{2,60}?)\s*[-–—:]\s*\d{1,3}\s*\([^()]{6,240}\)\s*[.;]?\s*$/u;

/** A bracket's opening word for the events before it, all of one day: "(оба – 29 января)", "(екеуі де – 29 қаңтар)". */
const BOTH = /^\s*(оба|обе|все\s+три|екеуі(?:\s+де)?|үшеуі(?:\s+де)?)\s*[-–—:]?\s*/iu;
const BOTH_COUNT: Record<string, number> = { оба: 2, обе: 2, 'все три': 3, екеуі: 2, 'екеуі де': 2, үшеуі: 3, 'үшеуі де': 3 };

/** Between the dates of one bracket: a comma, a semicolon, "и", "және", "мен". */
const DATE_JOIN = /\s*(?:[,;]|\s(?:и|және|мен)\s)\s*/u;
/**
 * A bracket's item closed by its day after a dash: "отдел строительства – 21 мая", "білім бөлімі – 12.03.2025", the year
 * before the day in Kazakh or after it in Russian ("білім бөлімі – 2026 жылғы 18 ақпан", "отдел ЖКХ – 21 мая 2026 г.").
 */
const DAY_CLOSES = new RegExp(`\\s[-–—]\\s*(?:(?:19|20)\\d{2}\\s+жылғы\\s+)?(?:\\d{1,2}\\s+${MONTH_WORD}(?:\\s+(?:19|20)\\d{2}(?:\\s*(?:г|года?)\\.?)?)?|\\d{1,2}\\.\\d{1,2}\\.(?:\\d{2,4})?|\\d{1,2}\\.\\d{1,2})\\s*$`, 'iu');

/**
 * "Проведены 2 общественных слушания: по проекту генплана (12 августа) и по проекту правил (24 октября)":
 * as many dates in brackets as the sentence says were held, each closing the words of its own activity;
 * a bracket of several dates ("Организованы 2 диалоговые площадки (11 сентября и 27 ноября)") is one
 * activity per date.
 * Empty unless the count stated is the number of dated brackets.
 */
function datedParts(text: string, year: number | undefined, reported: number[]): { title: string; start: string; end: string }[] {
  const out: { title: string; start: string; end: string }[] = [];
  let from = Math.max(0, text.indexOf(':') + 1);
  for (const m of matchesOf(text, /\(([^()]{4,240})\)/gu)) {
    // "(отдел сельского хозяйства – 26 февраля; отдел строительства – 21 мая; отдел занятости и социальных программ – 17
    // сентября)" (held-out 74's Zhalagash): the bracket lists its bodies each with its day, split by semicolons only (a name
    // holds "и"). A long bracket that is no such list is no part's date.
    // With no semicolon, commas split it when every part closes with its day ("(білім бөлімі – 2026 жылғы 18 ақпан, ауыл
    // шаруашылығы бөлімі – 2026 жылғы 20 мамыр)"): a name's own comma leaves a part with no day, and the bracket unsplit.
    const byComma = m[1].includes(';') ? null : m[1].split(/\s*,\s*/u);
    const listed = m[1].includes(';') ? m[1].split(/\s*;\s*/u) : byComma !== null && byComma.length >= 2 && byComma.every((part) => DAY_CLOSES.test(part)) ? byComma : null;
    if (m[1].length > 80 && (listed === null || !listed.every((part) => DAY_CLOSES.test(part) && parseDatePhrase(part, year) !== null))) continue;
    const title = tidy(text.slice(from, m.index).replace(/^[\s,;:]*(?:и|а\s+также|және|мен)?\s+/u, ''));
    // "(11 сентября и 27 ноября)", "(қыркүйектің 5-і, қарашаның 28-і)": one bracket, a date for each activity.
    // "(08.07, 05.08, 26.08, 17.09)", "(по бюджету 30.06 и по проекту Правил 09.09)": days and months with no year, each the
    // period's (as yearlessBrackets reads one alone).
    const each = (listed !== null && listed.every((part) => DAY_CLOSES.test(part)) ? listed : m[1].split(DATE_JOIN)).map((part) => parseDatePhrase(part.replace(/(?<![\d.])\d{1,2}\.\d{2}(?![\d.])/gu, '$&.'), year));
    if (each.length >= 2 && each.every((d) => d !== null && daysBetween(d.start, d.end) <= 7)) {
      for (const d of each) out.push({ title, ...d! });
    } else {
      // "(27.02)": a day and month with no year, the period's. "(оба – 29 января)", "(екеуі де – 29 қаңтар)": the words
      // before it told two events of that day (as many as the word says).
      const both = BOTH.exec(m[1]);
      const dates = parseDatePhrase(yearlessBrackets(`(${both ? m[1].slice(both[0].length) : m[1]})`).slice(1, -1), year);
      if (!dates) continue;
      for (let n = both ? BOTH_COUNT[both[1].toLowerCase().replace(/\s+/gu, ' ')] ?? 1 : 1; n > 0; n--) out.push({ title, ...dates });
    }
    from = (m.index ?? 0) + m[0].length;
  }
  // "2 вебинар (семинар) ұйымдастырылды – 30.07.2026 және 24.09.2026;", "проведены 2 вебинара – 30.07.2026 и 24.09.2026." (set
  // 156): the dates after a dash closing the sentence, one an event — counted only as the count stated says, below.
  if (out.length === 0) out.push(...datesAfterDash(text, year));
  const stated = findCounts(maskNeverCounts(text)).map((c) => c.value);
  // With no count in the sentence, the report's one count of the type (`reported`, every figure of it the same).
  const ofReport = stated.length === 0 && reported.length > 0 && reported.every((v) => v === out.length);
  // "Заслушано 5 отчетов: отделов … г. Экибастуза (18.03.2026), Майского района (20.05.2026) и г. Аксу (21.10.2026), а также 2
  // подведомственных организаций – …" (set 148): the rest of the count told after the dated parts, undated — the parts and
  // the rest make the count.
  const rest = REST_OF_COUNT.exec(maskNeverCounts(text.slice(from)));
  const withRest = rest !== null && stated.includes(out.length + Number(rest[1]));
  // "Қармақшы … бөлімі басшысының есебі (2026 жылғы 19 наурыз) және Шиелі … бөлімінің есебі (28.05.2026 ж.) тыңдалды" (held-out
  // 152's Kyzylorda): each part a body's report of its own, its day in the bracket after it — a hearing each, no count needed.
  const eachReport = stated.length === 0 && out.every((d) => OWN_REPORT_CLOSES.test(d.title));
  return out.length >= 2 && (stated.includes(out.length) || ofReport || withRest || eachReport) ? out : [];
}
/** The sentence's closing dates after a dash or a colon, two or more, each a day of its own (none a range); none otherwise. */
function datesAfterDash(text: string, year: number | undefined): { title: string; start: string; end: string }[] {
  const m = DATES_CLOSE.exec(text);
  if (!m) return [];
  const each = m[1].split(DATE_JOIN).map((part) => parseDatePhrase(part, year));
  if (each.length < 2 || each.some((d) => d === null || d.start !== d.end)) return [];
  const title = tidy(text.slice(0, m.index));
  return each.map((d) => ({ title, ...d! }));
}
const FULL_DATE = String.raw`\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}(?:\s*(?:г|ж)\.)?`;
const DATES_CLOSE = new RegExp(String.raw`(?:\s[-–—]|:)\s*(${FULL_DATE}(?:\s*(?:,|;|\sи\s|\sжәне\s|\sмен\s)\s*${FULL_DATE})+)\s*[.;]?\s*$`, 'u');
/** A part closing with a body's report in the singular: "… бөлімінің есебі", "… басшысының есебі", "отчет отдела …" is not (the body after). */
const OWN_REPORT_CLOSES = /(?:[\p{L}]+(?:ның|нің|тың|тің|дың|дің)\s+есебі|отч[её]т\s+(?:[\p{L}«»"-]+\s+){1,8}?[\p{L}»"]+)\s*$/iu;
/** The rest of a count after its dated parts: ", а также 2 …", "и ещё 2 …", ", сондай-ақ 2 …", "тағы 2 …". */
const REST_OF_COUNT = /^\s*[,;]?\s*(?:а\s+также|и\s+ещ[её]|кроме\s+того,?|сондай-ақ|сонымен\s+қатар|тағы)\s+(\d{1,2})\s+\p{L}/iu;

/**
 * "Екі қоғамдық тыңдау өткізілді: 2025 жылғы 25 ақпанда – бас жоспар бойынша, 2025 жылғы 20 мамырда – тариф
 * бойынша", "Проведено 2 слушания: 25 февраля – по генплану; 20 мая – по тарифам": after the colon, items
 * each opening with its date and a dash, split by commas or semicolons. Empty unless every item has a day's
 * date (not a span of more than a week) and the count stated is the number of items — or, after a heading run
 * into its items (`runIn`: "Круглые столы: 20.02. – «…»; 14.03. – «…»"), no count is stated at all.
 */
function datedItems(said: string, year: number | undefined, runIn = false): { title: string; start: string; end: string }[] {
  // "Мониторингтер: 1) 2025 жылғы 26 ақпанда – …; 2) …": the items' numbers blanked, each item opens with its date.
  const text = blankInlineItemNumbers(said);
  // The list's own colon is the one its "1)" follows ("Мониторингтер : жарты жыл ішінде 5 … жүргізілді : 1) 12.02.2025 – …").
  let first = 0;
  while (first < text.length && text[first] === said[first]) first++;
  const colon = first < text.length ? text.lastIndexOf(':', first) : text.indexOf(':');
  if (colon < 0) return [];
  const masked = maskNeverCounts(text);
  const opens = matchesOf(masked.slice(colon + 1), DATED_ITEM).map((m) => ({ from: colon + 1 + (m.index ?? 0), at: colon + 1 + (m.index ?? 0) + m[1].length, date: colon + 1 + (m.index ?? 0) + m[1].length + m[2].length, dash: colon + 1 + (m.index ?? 0) + m[0].length }));
  // "Проведено 2 мониторинга: 14 мая и 11 июня (…), 9 июля (…)": a day dated after the colon before the first item opens
  // none — the items are not all the dates, and which of them are the count's events is not told.
  const lead = opens.length > 0 ? text.slice(colon + 1, opens[0].from) : '';
  if (/\d/u.test(lead) && datesADay(lead, year)) return [];
  const out: { title: string; start: string; end: string }[] = [];
  for (const [k, o] of opens.entries()) {
    // An item's opening day and month with no point after ("08.07 – ремонт дворов"): the date, as "08.07." is.
    const said = text.slice(o.at, o.date).trim();
    const dates = parseDatePhrase(/^\d{1,2}\.\d{1,2}$/u.test(said) ? `${said}.` : said, year);
    if (!dates || daysBetween(dates.start, dates.end) > 7) return [];
    const title = tidy(text.slice(o.dash, k + 1 < opens.length ? opens[k + 1].from : undefined).replace(/[\s,;.]+$/u, ''));
    if (title === '') return [];
    out.push({ title, ...dates });
  }
  const stated = findCounts(masked).map((c) => c.value);
  // "… 3 бөлімі мен 1 ведомстволық бағынысты ұйымының есебі тыңдалды: 15 қазанда – …; 12 қарашада – …; …" (held-out 73's
  // Taldykorgan): the heading counts its items by kind, and the kinds' counts add up to the items. Only under a heading of one
  // type ("2 мониторинга и 1 круглый стол: …" types its items by neither).
  const kinds = findCounts(masked.slice(0, colon)).map((c) => c.value);
  const byKinds = kinds.length >= 2 && activityTypesIn(said.slice(0, colon).replace(/«[^«»]*»/gu, ' ')).length === 1 && kinds.reduce((a, b) => a + b, 0) === out.length;
  // Under a run-in heading, the counts inside the items ("05.11.2025 – содержание скотомогильников (7 объектов)") count
  // what each item is about; only a count in the heading could disagree with the items.
  const headed = runIn && findCounts(masked.slice(0, colon)).length === 0;
  // "Дөңгелек үстел: 4 наурыз – «…».", "Круглый стол: 04.03 – «…»": one item right after the run-in heading is its one event
  // ("Круглые столы: «…»; 14.03. – «…»": an undated item before it, no list of dated items).
  return out.length >= 2 && (stated.includes(out.length) || headed || byKinds) || (out.length === 1 && headed && lead.trim() === '') ? out : [];
}

/** The label-count sentences of a list item and the lines it wraps onto, as activities (labelCountItems). */
function labelCountPoint(lines: string[], i: number, inTable: Set<number>, listedLines: Set<number>, year: number | undefined): { activities: ReportActivity[]; last: number; unread: string } {
  // A bullet opens a point as its number does ("• Круглые столы: 17.07 – «…», 18.09 – «…»", a slide's line).
  const number = /^\s*(?:\d{1,3}\s*[.)]|[•·▪◦*]|[-–—](?=\s))\s*/u.exec(lines[i])?.[0].length ?? 0;
  let text = lines[i].slice(number);
  let unread = lines[i];
  const starts = [0];
  let last = i;
  while (last + 1 < lines.length && !inTable.has(last + 1) && !listedLines.has(last + 2) && continuesSentence(lines[last], lines[last + 1])) {
    starts.push(text.length + 1);
    text += ' ' + lines[++last];
  }
  const out: ReportActivity[] = [];
  for (const sentence of openedByDates(sentencesOf(text))) {
    const t = activityTypeOf(outsideQuotes(sentence.text));
    if (!t) continue;
    const line = i + starts.filter((s) => s <= sentence.start).length;
    // "5. Круглые столы: 14.03.2025 «…»; 22.04.2025 «…»": a point's heading run into its dated items.
    const head = RUN_IN_HEADING.exec(sentence.text);
    // "Круглые столы планируются: 17.07 – «…», 18.09 – «…»": a heading of a plan, its days not yet held.
    if (head !== null && PLANNED.test(head[1])) continue;
    const labelled = labelCountItems(sentence.text, t.type, year);
    // "2. Заслушивание отчетов. Заслушаны отчеты 3 отделов: 07.10.2025 – …; 18.11.2025 – …; 11.12.2025 – …": the point's
    // sentence counts its dated items, as many as it says.
    const items = labelled.length === 0 && head && activityTypeOf(head[1])?.type === t.type ? datedItems(sentence.text, year, true) : labelled.length === 0 ? datedItems(sentence.text, year) : labelled;
    for (const d of items) out.push({ type: t.type, title: d.title.slice(0, 300), date_start: d.start, date_end: d.end, line });
    // The point's first line without the sentences it read (blanked, offsets kept): what is left for the dated sentences.
    const at = number + sentence.start;
    if (items.length > 0 && at + sentence.text.length <= unread.length) unread = `${unread.slice(0, at)}${' '.repeat(sentence.text.length)}${unread.slice(at + sentence.text.length)}`;
  }
  // "5. Круглый стол «Тарифы ЖКУ …» – 11 марта 2025 г., участвовали 46 человек": the point is one event, named, dated.
  if (out.length === 0) {
    const named = namedPoint(text, year);
    if (named !== null) out.push({ ...named, line: i + 1 });
    if (named !== null) unread = '';
  }
  return { activities: out, last, unread };
}

/** A point's opening words that name one event: the type (a word or three, no number), "на тему" at most. */
const POINT_NAME = /^\s*([\p{L}][\p{L}\s-]{2,40}?)\s*(?:на\s+тему\s*:?\s*|тақырыбында\s*)?(?=[«"“])/u;

/**
 * A numbered point that is one event: it opens with its type in the singular ("Круглый стол", "Дөңгелек үстел",
 * "Диалоговая площадка"), then its quoted title, then a dash or a bracket and the date of one day ("– 11 марта
 * 2025 г.", "(2025 жылғы 12 наурыз)"). Null for a plural name ("Круглые столы «…» – 2"), a count, no date, or a span.
 */
function namedPoint(text: string, year: number | undefined): { type: ReportActivity['type']; title: string; date_start: string; date_end: string } | null {
  const head = POINT_NAME.exec(text);
  if (head === null || PLURAL.test(head[1])) return null;
  const t = activityTypeOf(head[1]);
  if (t === null || activityTypeOf(head[1].replace(/\s+/gu, ' ').trim())?.type !== t.type) return null;
  const q = quotedSpans(text)[0];
  if (q === undefined || q.start < head[0].length - 1) return null;
  const after = text.slice(q.end);
  const masked = maskNeverCounts(after);
  const m = /^\s*(?:[-–—]\s*|\(\s*)(\uE000(?:[\uE000\s]*\uE000)?(?:\s*(?:г|ж)\.)?)/u.exec(masked);
  if (m === null) return null;
  const at = m[0].length - m[1].length;
  const dates = parseDatePhrase(after.slice(at, at + m[1].length), year);
  if (dates === null || dates.start !== dates.end) return null;
  return { type: t.type, title: q.title.slice(0, 300), date_start: dates.start, date_end: dates.end };
}

/** An ordinal after the first opening a sentence, the type in the singular, a dash, a day: "Второй круглый стол — 20 ноября, …". */
const ORDINAL_POINT = /^\s*(?:втор(?:ой|ая|ое)|трет(?:ий|ья|ье)|четв[её]рт(?:ый|ая|ое)|пят(?:ый|ая|ое)|последн(?:ий|яя|ее)|екінші|үшінші|төртінші|бесінші|соңғы)\s+([\p{L}][\p{L}\s-]{2,40}?)\s*[-–—]\s*(\uE000(?:[\uE000\s]*\uE000)?(?:\s*(?:г|ж)\.)?)(?=\s*(?:[,.;]|$))/iu;

/**
 * "В апреле также прошёл первый из двух круглых столов года — 17-го, … Второй круглый стол — 20 ноября, о …", "Екінші
 * дөңгелек үстел – 20 қарашада, …": an event by its ordinal, no verb, one of the kind told before it. Null unless an
 * event of the type is read earlier in the report, the words between the ordinal and the dash name that type alone, and
 * the date is one day.
 */
function ordinalPoint(text: string, year: number | undefined, type: ReportActivity['type'], before: ReportActivity[]): { type: ReportActivity['type']; title: string; date_start: string; date_end: string } | null {
  const masked = maskNeverCounts(text);
  const m = ORDINAL_POINT.exec(masked);
  if (m === null || activityTypeOf(m[1])?.type !== type || PLURAL.test(m[1]) || !before.some((a) => a.type === type)) return null;
  const at = m[0].length - m[2].length;
  const dates = parseDatePhrase(text.slice(at, at + m[2].length), year);
  if (dates === null || dates.start !== dates.end) return null;
  const rest = tidy(text.slice(m[0].length).replace(/^[\s,;:–—-]+|[\s.,;]+$/gu, ''));
  return { type, title: (rest === '' ? tidy(text) : rest).slice(0, 300), date_start: dates.start, date_end: dates.end };
}

/**
 * "Общественные слушания – одно, 22 мая 2025 г., по проекту Правил …", "Қоғамдық тыңдау – 1, 2025 жылғы 22 мамырда, …": a
 * label naming the type, its count of one, then the day it was held set off by commas. Null for any other count, a
 * span longer than a week, or a label of no one type.
 */
function oneOnDate(text: string, year: number | undefined): { type: ReportActivity['type']; title: string; date_start: string; date_end: string } | null {
  const m = ONE_ON_DATE.exec(text);
  if (m === null || activityTypeOf(m[1])?.type !== activityTypeOf(text)?.type) return null;
  const t = activityTypeOf(m[1]);
  const dates = parseDatePhrase(m[2], year);
  if (t === null || dates === null || daysBetween(dates.start, dates.end) > 7) return null;
  const rest = tidy(text.slice(m[0].length));
  return { type: t.type, title: (rest === '' ? tidy(text) : rest).slice(0, 300), date_start: dates.start, date_end: dates.end };
}

/** The label, a dash, one, the date set off by commas (or closing the sentence); the date holds a digit. */
const ONE_ON_DATE = /^\s*(?:\d{1,2}[.)]\s*)?([\p{L}][\p{L}\s-]{2,60}?)\s*[-–—:]\s*(?:1|одн[оаи]|один|бір(?:еу)?)\s*,\s*([^,;()]{0,12}\d[^,;()]{2,30}?)\s*(?:,|[.;]?\s*$)/u;

// "7. Круглые столы – 2 (…)", "Диалоговые площадки – 1 (…)": a label naming the type, a dash or colon, its count, a bracket.
const LABEL_COUNT = /^\s*(?:\d{1,2}[.)]\s*)?([\p{L}][\p{L}\s,-]{2,60}?)\s*[-–—:]\s*(\d{1,2})\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*[.;]?\s*$/u;

/**
 * "Круглые столы – 2 (18.04.2025 – «Качество воздуха»; 27.11.2025 – «Доступность помощи»)", "Диалоговые
 * площадки – 1 (21.08.2025 – встреча с жителями …)": the label's count, its items in the bracket each opening
 * with a day's date and a dash, split by semicolons. Empty unless the items are as many as the count.
 */
function labelCountItems(text: string, type: string, year: number | undefined): { title: string; start: string; end: string }[] {
  const m = LABEL_COUNT.exec(text);
  if (m === null || activityTypeOf(m[1])?.type !== type) return [];
  // "семинарының саны – 2 (5 ақпан және 9 қазан)", "Семинары – 2 (5 февраля и 9 октября)": a bracket of bare days, read as
  // the count's run of dates after a colon is (countedDates: every part a day, as many as the count).
  const bare = countedDates(`${m[1]} ${m[2]}: ${m[3]}`, year);
  if (bare.length > 0) return bare;
  const out: { title: string; start: string; end: string }[] = [];
  for (const part of m[3].split(';')) {
    const open = DATE_OPENS.exec(maskNeverCounts(part));
    // "1 (круглый стол «Безопасность на переездах», 27.03.2025)": the item named by its type, its date closing it. An
    // item that names no type ("меморандумы: 1 (с ОЮЛ «…», 22.04.2024)") is the count's note, not an event listed.
    const closing = open === null ? DATE_CLOSES.exec(maskNeverCounts(part)) : null;
    if (closing !== null && activityTypeOf(outsideQuotes(part))?.type === type) {
      const at = closing.index + closing[0].length - closing[1].length;
      const dates = parseDatePhrase(part.slice(at, at + closing[1].length), year);
      const title = quotedTitles(part)[0] ?? tidy(part.slice(0, closing.index));
      if (dates === null || daysBetween(dates.start, dates.end) > 7 || title === '') return [];
      out.push({ title, ...dates });
      continue;
    }
    if (open === null) return [];
    const dates = parseDatePhrase(part.slice(open[1].length, open[1].length + open[2].length), year);
    if (dates === null || daysBetween(dates.start, dates.end) > 7) return [];
    out.push({ title: quotedTitles(part)[0] ?? tidy(part.slice(open[0].length - 1)), ...dates });
  }
  return out.length === Number(m[2]) ? out : [];
}

/** An item's date closing it after a comma or a dash: "… «Безопасность на переездах», 27.03.2025", "… – 14 мая 2025 г.". */
const DATE_CLOSES = /(?:,|\s[-–—])\s*(\uE000(?:[\uE000\s]*\uE000)?(?:\s*(?:г|ж)\.)?)\s*[.;]?\s*$/u;

/** A numbered point telling one event held: its count 1 (or "бір"/"один") and the verb of holding after it, or the verb first ("проведен 1 семинар"). */
const ONE_HELD = /^\s*\d{1,3}[.)]\s.*?(?:(?<![\d\p{L}.,-])(?:1|бір|один|одна|одно)\s+(?:[\p{L}«»"-]+\s+){1,3}?(?:өтті|өткізілді|ұйымдастырылды|провед[её]н[аоы]?|состоял[аио]?сь|организован[аоы]?)|(?:провед[её]н[аоы]?|состоял[аио]?сь|организован[аоы]?)\s+(?:1|один|одна|одно))(?![\p{L}\d])/iu;

/** A numbered paragraph whose sentence opens with its date: "5. 13 ноября …", "5. 13.11.2025 …", "4. 2025 жылғы 14 қазанда …". */
/** A numbered point opening with a type's words (at most three) and then a date: "5) Дөңгелек үстелдер 2026 жылғы 12 наурызда". */
const TYPE_THEN_DATE = new RegExp(`^\\s*\\d{1,2}[.)]\\s+((?:[\\p{L}-]+\\s+){1,3}?)(?:\\d{1,2}\\s+${MONTH_WORD}|\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}|(?:19|20)\\d{2}\\s*(?:жылғы|ж\\.)\\s+\\d{1,2}\\s+${MONTH_WORD})`, 'iu');
const typeThenDate = (line: string): boolean => {
  const m = TYPE_THEN_DATE.exec(line);
  return m !== null && activityTypeOf(m[1]) !== null;
};
/**
 * The point names one type only, over the lines it wraps onto (to its stop, an item or a blank line): "4. Дөңгелек үстел 14
 * қарашада …, 27 қарашада … семинар … өтті" names two, and read as one sentence its second event would take the first's type.
 */
function oneTypeOfPoint(lines: string[], i: number): boolean {
  let text = lines[i];
  for (let k = i + 1; k < lines.length && k <= i + 4 && !/[.!?]\s*$/u.test(text) && lines[k].trim() !== '' && !ITEM.test(lines[k]); k++) text += ` ${lines[k]}`;
  return new Set(activityTypesIn(outsideQuotes(text)).map((a) => a.type)).size === 1;
}
const DATED_OPENING = new RegExp(`^\\s*\\d{1,2}[.)]\\s+(?:\\d{1,2}\\s+${MONTH_WORD}|\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}|(?:19|20)\\d{2}\\s*(?:жылғы|ж\\.)\\s+\\d{1,2}\\s+${MONTH_WORD})`, 'iu');

/**
 * A numbered point's first sentence of a label, its count (a number or a word) and a bracket at most, closed by its stop,
 * another sentence after it: "4. Есеп тыңдау – 2 (IV тоқсанда – 1). 26 ақпандағы …", "3) Круглые столы – один. 14 марта …".
 */
const COUNT_RUN_IN = /^\s*\d{1,3}[.)]\s+([^\d.:;–—]{3,60}?)\s*[-–—:]\s*(?:\d{1,3}|[\p{L}]+)(?:\s*\([^()]*\))?\s*\.\s+(?=\p{Lu}|\d)/u;
/**
 * A numbered point that is itself the sentence of events held, each with its day: "5. Проведены публичные слушания по
 * проекту правил (27 августа) и круглый стол «…» (3 сентября).", "4. На заседании 19 ноября заслушан отчет одного отдела
 * – ГУ «…». Проведены …" — its number no count, its sentences read as any. Its first sentence (wrapped onto the next
 * line) tells it: the verb of what was held opening it with two kinds or more each dated, or a kind held on a day told
 * with the verb ("На заседании 19 ноября заслушан отчет …").
 */
function heldKindsOpen(line: string, next: string | undefined, year: number | undefined): boolean {
  const number = /^\s*\d{1,2}[.)]\s+/u.exec(line);
  if (!number) return false;
  const first = sentencesOf(`${line.slice(number[0].length)} ${next ?? ''}`)[0]?.text ?? '';
  if (/^(?:провед[её]н[\p{L}]*|состоял[\p{L}]*|организован[\p{L}]*|өткізілді|ұйымдастырылды)\s/iu.test(first) && typedParts(first, year).length >= 2) return true;
  return /^(?:на\s+заседании|в\s+ходе\s+заседания)\s+(?:совета\s+)?(?:\d{1,2}\s+\p{L}+|\d{1,2}\.\d{1,2}(?:\.\d{2,4})?)\s/iu.test(first) && HELD_VERBS.test(first) && activityTypeOf(outsideQuotes(first)) !== null;
}

/** A numbered point opening with the verb of what was held and a colon: "1.\tПроведено: …", "2) Өткізілді: …". */
const HELD_OPENING = /^\s*\d{1,3}[.)]\s*(?:провед[её]н[\p{L}]*|состоял[\p{L}]*|организован[\p{L}]*|өткізілді|ұйымдастырылды|жүргізілді)\s*:/iu;

/** A sentence opening with a heading of a few words and a colon, no number in it: "Круглые столы:", "Дөңгелек үстелдер:". */
const RUN_IN_HEADING = /^\s*([\p{L}][\p{L}\s,-]{2,60}):/u;
/** A run-in heading of a type and its verb, a list's dash or bullet before it: "- отчеты заслушаны:", "Есептер тыңдалды:". */
const HELD_HEADING = /^\s*(?:[-–—•]\s*)?([\p{L}][\p{L}\s-]{2,40}):\s/u;
/**
 * The type a run-in heading of three words at most names with its verb ("отчеты заслушаны:", "есептер тыңдалды:"), or
 * null. A heading of two words is also read the other way round: a heading puts the noun before its participle ("отчеты
 * заслушаны"), the lexicon knows the sentence's order ("заслушаны отчеты").
 */
function heldHeadingWord(text: string): ActivityWord | null {
  const head = HELD_HEADING.exec(text);
  const words = head === null ? [] : lowerCase(head[1]).trim().split(/\s+/u);
  if (head === null || words.length > 3 || PLANNED.test(head[1])) return null;
  return activityTypeOf(head[1]) ?? (words.length === 2 ? activityTypeOf(`${words[1]} ${words[0]}`) : null);
}

// An item's opening: the start of the list, a comma/semicolon or "и"/"және"/"мен" ("27 мая – по проекту Правил и
// 14 октября – по проекту бюджета"), a masked date, a dash.
// A date range ("14–15 апреля", "1 февраля – 30 марта") is one date; "15.04.2025 ж." keeps its year word.
// The date's dash, or a quoted title right after it ("14.03.2025 «Бюджет, понятный жителям»").
const DATED_ITEM = /(^\s*|[,;]\s*|\s(?:и|және|мен)\s+)(\uE000(?:[\uE000\s–—-]*\uE000)?(?:\s*(?:г|ж)\.)?)\s*(?:[-–—]\s+|(?=[«"“(]))/gu;

function daysBetween(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / 86_400_000;
}

// An item's date after its words and a dash, closing the item: "… насаждений – 27.06., по проекту бюджета – 14 ноября.".
// A bracket may follow the date ("– 12 ноября (проект бюджета на 2026 год – 41,2 млрд тенге).").
const DATE_AFTER = /\s[-–—]\s+(\uE000(?:[\uE000\s]*\uE000)?)(?=\s*(?:[,;.(]|$))/gu;

/**
 * "Проведены 2 общественных слушания: по проекту Правил … – 27.06., по проекту бюджета … – 14 ноября.": after the
 * colon, items each closed by a dash and its date. As with datedItems, every date a day's (not a span of more than
 * a week) and the count stated is the number of items — or, after a heading run into its items (`runIn`: "Круглые столы:
 * «…» – 27 марта; «…» – 17 сентября"), no count is stated at all.
 */
function datedAfter(text: string, year: number | undefined, runIn = false): { title: string; start: string; end: string }[] {
  const colon = text.indexOf(':');
  if (colon < 0) return [];
  const masked = maskNeverCounts(text);
  const out: { title: string; start: string; end: string }[] = [];
  let from = colon + 1;
  for (const m of matchesOf(masked.slice(colon + 1), DATE_AFTER)) {
    const at = colon + 1 + (m.index ?? 0);
    const dateStart = at + m[0].indexOf(m[1]);
    const dates = parseDatePhrase(text.slice(dateStart, dateStart + m[1].length), year);
    const title = tidy(text.slice(from, at).replace(/^[\s,;.]+/u, ''));
    if (!dates || daysBetween(dates.start, dates.end) > 7 || title === '') return [];
    out.push({ title, ...dates });
    from = dateStart + m[1].length;
  }
  const stated = findCounts(masked).map((c) => c.value);
  return out.length >= 2 && (stated.includes(out.length) || (runIn && stated.length === 0)) ? out : [];
}

/** A day's date opening a clause after a comma or semicolon, a dash after it: ", 14 августа — ход ремонта …". */
const GAPPED = /[,;]\s*(\uE000(?:[\uE000\s]*\uE000)?(?:\s*(?:г|ж)\.)?)\s*[-–—]\s+(?=\p{L})/gu;

/**
 * "3 июля мы мониторили освещение улиц частного сектора, 14 августа — ход ремонта дороги по ул. Муканова", "3 шілдеде
 * көшелердің жарықтандырылуын мониторингтен өткіздік, 14 тамызда – жол жөндеуін": the sentence's verb said once, each
 * later day set after a comma with a dash for it — one event of the type per day. Only when the sentence opens with a
 * day, every later day follows such a comma and dash, each is one day, no clause names another type and no other number
 * stands in it; else nothing.
 */
function gappedDates(text: string, year: number | undefined, type: ReportActivity['type']): { title: string; start: string; end: string }[] {
  const masked = maskNeverCounts(text);
  const opening = /^\s*(\uE000(?:[\uE000\s]*\uE000)?(?:\s*(?:г|ж)\.)?)/u.exec(masked);
  const later = matchesOf(masked, GAPPED);
  if (opening === null || later.length === 0 || (masked.match(DATE_RUN) ?? []).length !== later.length + 1 || /\d/u.test(masked)) return [];
  const starts = [{ at: opening[0].length - opening[1].length, date: opening[1] }, ...later.map((m) => ({ at: (m.index ?? 0) + m[0].indexOf(m[1]), date: m[1] }))];
  const out: { title: string; start: string; end: string }[] = [];
  for (const [k, d] of starts.entries()) {
    const dates = parseDatePhrase(text.slice(d.at, d.at + d.date.length), year);
    const part = text.slice(d.at + d.date.length, starts[k + 1]?.at ?? text.length);
    const other = activityTypeOf(outsideQuotes(part));
    if (dates === null || dates.start !== dates.end || (other !== null && other.type !== type)) return [];
    out.push({ title: tidy(part.replace(/^[\s,;:–—-]+|[\s.,;–—-]+$/gu, '')) || tidy(text), ...dates });
  }
  return out;
}

/** The activities named in the plural, as many as there are dates of a day joined by "и" or a comma. */
const PLURAL = /(?<![\p{L}])(?:(?:меморандум|семинар|тренинг|вебинар|мониторинг)(?:ы|и)|круглые\s+столы|диалоговые\s+площадки|(?:меморандум|семинар|мониторинг|тыңдау|үстел|алаң)(?:дар|дер|тар|тер|лар|лер))(?![\p{L}])/iu;
/**
 * Report hearings named in the plural by the reports heard: "Отчёты заслушаны 25.03.2026 (…) и 17.06.2026 (…)", "Заслушаны
 * отчёты: отдела образования (18.02.2026), …", "2026 жылғы 18 ақпанда және 20 мамырда есептер тыңдалды". Only for a sentence of
 * that type: "отчёты о мониторингах направлены 12.03 и 14.05" names papers sent, no hearing and no other event.
 */
// The nominative only: "Заслушивание отчётов", "Есептерді тыңдау" name the type (a heading, its count's label), no events.
const REPORTS_PLURAL = /(?<![\p{L}])(?:отч[её]ты|есептер(?:і)?)(?![\p{L}])/iu;
/** The sentence names its events in the plural: PLURAL, or for report hearings REPORTS_PLURAL. */
function namedPlural(text: string, type: ReportActivity['type'] | undefined): boolean {
  return PLURAL.test(text) || (type === 'report_hearing' && REPORTS_PLURAL.test(text));
}
/**
 * "Публичные слушания", "общественные слушания": plural in the nominative whatever their number, so one event named so
 * ("Общественные слушания «…» – 15.05.2025") is no plural label; but with two days or more joined as pluralOnDates
 * joins them ("Публичные слушания проведены 11 марта (…) и 7 октября (…)"), one hearing a day.
 */
const HEARINGS = /(?<![\p{L}])(?:публичные|общественные)\s+слушания(?![\p{L}])/iu;
const DATE_RUN = /\uE000(?:[\uE000\s]*\uE000)?(?:\s*(?:г|ж)\.)?/gu;
/** What joins one date's words to the next date: a comma (with "а", "ал" after it), "и", "және", "мен", "а также". */
const PLURAL_JOINT = /(?:,(?:\s+(?:а|ал))?|\s(?:и|және|мен|а\s+также))\s*$/u;

/**
 * "Меморандумы подписаны 12 марта 2025 г. с РОО «…» и 3 сентября 2025 г. с Национальной академией …": the
 * type in the plural and two dates or more, each of one day, joined by "и", "және", "мен" or a comma ("2025 жылғы 23 шілдеде
 * «…» жобасы бойынша, ал 10 қыркүйекте … бойынша қоғамдық тыңдаулар өтті"): one
 * activity per date, titled by the words after it. Empty for a singular noun ("Круглый стол прошел 12 марта,
 * отчет опубликован 15 марта") or a span between the dates.
 */
function pluralOnDates(text: string, year: number | undefined, type?: ReportActivity['type']): { title: string; start: string; end: string }[] {
  if (!namedPlural(text, type) && !HEARINGS.test(text)) return [];
  const masked = maskNeverCounts(text);
  // "(2026–2028 жылдарға арналған … бюджет жобасы)", "по бюджету на 2026 год": what a topic names, no day of an event.
  const runs = matchesOf(masked, DATE_RUN).map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length })).filter((r) => !yearOnlyRun(text.slice(r.start, r.end)));
  if (runs.length < 2) return [];
  const out: { title: string; start: string; end: string }[] = [];
  for (const [k, r] of runs.entries()) {
    const dates = parseDatePhrase(text.slice(r.start, r.end), year);
    if (!dates || dates.start !== dates.end) return [];
    const next = runs[k + 1]?.start ?? text.length;
    const words = text.slice(r.end, next);
    if (k + 1 < runs.length && !PLURAL_JOINT.test(words)) return [];
    const part = words.replace(PLURAL_JOINT, '');
    out.push({ title: quotedTitles(part)[0] ?? (tidy(part.replace(/^[\s,;:–—-]+|[\s.,;]+$/gu, '')) || tidy(text)), ...dates });
  }
  return out;
}

/** The text with its quoted titles blanked out. */
function outsideQuotes(text: string): string {
  let out = '';
  let from = 0;
  for (const q of quotedSpans(text)) {
    out += text.slice(from, q.start) + ' '.repeat(q.end - q.start);
    from = q.end;
  }
  return out + text.slice(from);
}

/** Top-level «…» titles; inner quotes («ТОО «Алматы СпецТехПаркинг»») stay inside. */
function quotedTitles(text: string): string[] {
  return quotedSpans(text).map((q) => q.title);
}

/** Every quoted title with a date of its own between it and the next title; empty unless all have one. */
function datedTitles(text: string, year: number | undefined): { title: string; start: string; end: string }[] {
  const spans = quotedSpans(text);
  // "(2025 жылғы 3 наурызда – «A»; 05.06.25 ж. – «B»)": each date opens its title, written before it with a dash;
  // "5 наурыз («A») және 3 қыркүйек («B»)", "5 марта («A») и 3 сентября («B»)": or with the title in its bracket.
  const before = spans.map((q, k) => {
    const gap = text.slice(k > 0 ? spans[k - 1].end : 0, q.start);
    const lead = /([^;(,:]*?)\s*(?:[-–—]|\()\s*$/u.exec(gap) ?? bareDateBefore(gap);
    const dates = lead && lead[1].trim() !== '' ? parseDatePhrase(lead[1], year) : null;
    return dates ? { title: q.title, ...dates } : null;
  });
  // As with datedItems, only when the count stated is the number of titles ("Екі дөңгелек үстел (… – «A»; … – «B»)").
  if (spans.length > 0 && before.every((d) => d !== null)) return findCounts(maskNeverCounts(text)).some((c) => c.value === spans.length) ? (before as { title: string; start: string; end: string }[]) : [];
  // "3 есеп тыңдалды: Министрліктің Фармация комитеті (26 ақпан), «СК-Фармация» ЖШС (28 сәуір) және «…» АҚ (25 маусым)": a
  // dated bracket before the first title closes an item named unquoted — the titles are not all the items.
  if (spans.length > 0 && matchesOf(text.slice(0, spans[0].start), /\(([^()]*)\)/gu).some(([, inside]) => parseDatePhrase(yearlessBrackets(`(${inside})`), year) !== null)) return [];
  const out: { title: string; start: string; end: string }[] = [];
  spans.forEach((q, k) => {
    const dates = parseDatePhrase(text.slice(q.end, k + 1 < spans.length ? spans[k + 1].start : undefined), year);
    if (dates) out.push({ title: q.title, ...dates });
  });
  return out.length === spans.length ? out : [];
}

/**
 * A date standing right before a quoted title with no dash ("семинара: 6 февраля 2025 г. «A» и 9 октября 2025 г.
 * «B»"): the words before the title are only the date, after a colon, a comma, a dash, "и", "және", "мен" (or the
 * previous title). The date as group 1, else null.
 */
function bareDateBefore(gap: string): RegExpExecArray | null {
  const masked = maskNeverCounts(gap);
  // Or after the dash that closes the count's words: "2 круглых стола – 14.03.2025 «A» и 06.06.2025 «B»".
  const m = /(?:^|[:,;]|\s(?:и|және|мен)|\s[-–—])\s*(\uE000[\uE000\s]*(?:\s*(?:г|ж)\.|\s*(?:года|жылы))?)\s*$/u.exec(masked);
  if (m === null) return null;
  const at = (m.index ?? 0) + m[0].indexOf(m[1]);
  const out = [gap.slice(m.index ?? 0), gap.slice(at, at + m[1].length)] as unknown as RegExpExecArray;
  return out;
}

function quotedSpans(text: string): { title: string; start: number; end: number }[] {
  const titles: { title: string; start: number; end: number }[] = [];
  let depth = 0;
  let current = '';
  let start = 0;
  let inner = false;
  for (let k = 0; k < text.length; k++) {
    const ch = text[k];
    if (ch === '«' || ch === '“') {
      if (depth > 0) current += ch;
      else [start, inner] = [k, false];
      depth++;
    } else if ((ch === '»' || ch === '”') && depth > 0) {
      depth--;
      if (depth === 0) {
        if (tidy(current) !== '') titles.push({ title: tidy(current), start, end: k + 1 });
        current = '';
      } else [current, inner] = [current + ch, true];
    } else if (depth > 0) current += ch;
  }
  // «Экспертиза НПА на портале «Открытые НПА». — the inner quote's » closes the title too: it runs to the sentence's end.
  const rest = tidy(current.replace(/[.;]\s*$/u, ''));
  if (depth === 1 && inner && rest !== '') titles.push({ title: rest, start, end: text.length });
  return titles;
}
