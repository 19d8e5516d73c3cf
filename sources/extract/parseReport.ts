import { withoutTemplateBlankLines } from './templateBlanks.ts';
import { toLines } from './toLines.ts';
import { dashedTelegraphicCounts } from './report/telegraphicCounts.ts';
import { withoutTranscriptMarks } from './transcriptMarks.ts';
import { asWritten, asWrittenWords, repairCopy } from './repairCopy.ts';
import { asTypedWords, KAZAKH_UNREAD, withKazakhLetters } from './kazakhLetters.ts';
import { withoutPageBreaks } from './pageFurniture.ts';
import { withoutMarkdown } from './withoutMarkdown.ts';
import { withoutStageDirections } from './report/stageDirections.ts';
import { boxTablesAsPipes } from './boxTables.ts';
import type { ExtractIssue, ReportExtract, ReportFigure } from './types.ts';
import { checkParts, checkTypeTotals } from './report/checkFigures.ts';
import { doubtPartsOverWhole } from './report/partsOverWhole.ts';
import { readCountsWithBracketDates } from './report/countsWithBracketDates.ts';
import { readDatedSentences } from './report/readDatedSentences.ts';
import { readDatesAfterCount } from './report/datesAfterCount.ts';
import { readDatedHearingsUnderHeading } from './report/datedHearingsUnderHeading.ts';
import { readTypedDayClauses } from './report/typedDayClauses.ts';
import { readDatesLabelLine } from './report/datesLabelLine.ts';
import { readPlanFactUnderTitle } from './report/planFactUnderTitle.ts';
import { readCountedItems } from './report/readCountedItems.ts';
import { readMonthItems } from './report/monthItems.ts';
import { readSampleItems } from './report/sampleItems.ts';
import { readOneCountedEvents } from './report/oneCountedEvents.ts';
import { excludedLists } from './report/statesNothingSections.ts';
import { readOrdinalEvents } from './report/ordinalEvents.ts';
import { readDatedTables } from './report/readDatedTables.ts';
import { readChronology } from './report/readChronology.ts';
import { flattenFigureTables } from './report/flattenFigureTables.ts';
import { frameMergedBoxHeaders, frameMergedHeaders } from './report/mergedHeaderTable.ts';
import { groupedValueRows } from './report/groupedValueRow.ts';
import { doubtCarriedOver } from './report/carriedOver.ts';
import { doubtCompositionAtFormation } from './report/compositionAtFormation.ts';
import { doubtOtherCouncilsCounts } from './report/otherCouncilsCounts.ts';
import { readAllOfReceived } from './report/allOfReceived.ts';
import { readLastOfBodiesHeard } from './report/lastOfBodiesHeard.ts';
import { readBodiesHeardList } from './report/bodiesHeardList.ts';
import { readSubordinatesNamed } from './report/subordinatesNamed.ts';
import { readDepartmentsListed } from './report/departmentsListed.ts';
import { readBracketDepartments } from './report/bracketDepartments.ts';
import { readRestOfBodiesHeard } from './report/restOfBodiesHeard.ts';
import { readEnterprisesBesideDepartments } from './report/enterprisesBesideDepartments.ts';
import { reportAuthor } from './report/authorOf.ts';
import { readOwnFigures } from './report/readOwnFigures.ts';
import { keepFiguresOfOneReading } from './report/otherReadings.ts';
import { readGrowth } from './report/readGrowth.ts';
import { PERIOD_PART, partSections } from './report/readFigures.ts';
import { dropDisputedMedia, settleByParts } from './report/disputedFigures.ts';
import { withdrawPlatformRowsNotAddingUp } from './report/platformRowsNotAddingUp.ts';
import { addTableFigures } from './report/addTableFigures.ts';
import { dropTranslatedActivities } from './report/dropTranslatedActivities.ts';
import { dropRetoldEvents } from './report/dropRetoldEvents.ts';
import { dropOtherPeriodActivities } from './report/dropOtherPeriodActivities.ts';
import { readLists } from './report/readLists.ts';
import { readMedia } from './report/readMedia.ts';
import { readPlatformSums } from './report/readPlatformSums.ts';
import { readOtherGroupMedia } from './report/otherGroupMedia.ts';
import { readOutletItemMedia } from './report/outletItemMedia.ts';
import { INITIATIVE_PART } from './doubtOfFigure.ts';
import { fromLatinKazakhParagraphs } from './fromLatinKazakh.ts';
import { sumPartTables } from './report/partTables.ts';
import { readOneAndNoOther } from './report/oneAndNoOther.ts';
import { readStatedNone } from './report/readStatedNone.ts';
import { ONE_DIRECTION, directionSections } from './report/directionSections.ts';
import { readSingleEvents } from './report/singleEvents.ts';
import { readSingleMemberChanges } from './report/singleMemberChanges.ts';
import { readCompositionParts } from './report/compositionParts.ts';
import { readMemberChangeClauses } from './report/memberChangeClauses.ts';
import { readHeadsHeard } from './report/headsHeard.ts';
import { readHeadsOneByOne } from './report/headsOneByOne.ts';
import { splitBodiesOfOneDate } from './report/bodiesOfOneDate.ts';
import { readSingleDraft } from './report/singleDraft.ts';
import { readDraftsListed } from './report/draftsListed.ts';
import { readDraftClauses } from './report/draftClauses.ts';
import { readDiaryCounts } from './report/diaryCounts.ts';
import { readAllOfOneKind } from './report/allOfOneKind.ts';
import { blankNumberTwiceLines } from './grammar/numberTwice.ts';
import { keepSumTotal } from './report/sumTotals.ts';
import { blankWholeBeforePart } from './grammar/blankWholeBeforePart.ts';
import { blankFootnotes } from './report/footnotes.ts';
import { readCardGrids } from './report/cardGrid.ts';
import { withoutSlideMarks } from './slideMarks.ts';
import { readCaptionBoxes, readCaptionsOverNumbers, readTileCells, readTileGrids } from './slideTiles.ts';
import { readCardColumns } from './report/cardColumn.ts';
import { framedLabelBars } from './report/labelBeforeBars.ts';
import { readBarCharts } from './report/barCharts.ts';
import { readPieLegends } from './report/pieLegends.ts';
import { keepKpiFacts } from './report/planOfFact.ts';
import { readChartDescriptions } from './report/chartDescriptions.ts';
import { readSemicolonRows } from './report/semicolonRows.ts';
import { readBracketCounts } from './report/bracketCounts.ts';
import { blankQuotedMail } from './report/quotedMail.ts';
import { blankOtherDocuments } from './report/otherDocuments.ts';
import { forwardedDocument, mailedDocument, withoutReply } from './mailReply.ts';
import { laterChatMessages } from './chatCorrections.ts';
import { datedLinesAsItems } from './report/datedLinesAsItems.ts';
import { blankForwardedPosts } from './report/forwardedPosts.ts';
import { blankAccountLines } from './report/accountLines.ts';
import { UNPLACED_CORRECTION, correctCounts, quoteCorrected } from './correctedCounts.ts';
import { readChecklists } from './report/checklist.ts';
import { joinValueLines } from './report/joinValueLines.ts';
import { asNumberedQuestions, questionTablesAsStatements, sameLineAnswers, withBreakdownsJoined } from './report/questionAnswerLines.ts';
import { readKazakhHalves } from './report/bilingualPairs.ts';
import { NOTE_OPENING, doubtNoteFigures } from './report/formTableBreaks.ts';
import { readNoteItems } from './report/noteItems.ts';
import { readCellPerLineTables } from './report/cellPerLineTable.ts';
import { readPlanTableRows } from './report/planTableRows.ts';
import { answersThatDiffer } from './report/answersThatDiffer.ts';
import { blankRepeatedParagraphs } from './report/repeatedParagraphs.ts';
import { withoutUnitAbbreviations } from './report/unitAbbreviations.ts';
import { monthsOf, readPeriod, yearsOf } from './report/readPeriod.ts';
import { type Table, findTables, readTableActivities } from './report/readTables.ts';
import { csvRowsAsCells } from './csvRowsAsCells.ts';

/**
 * The layouts read as lines before anything else, in this order, each a whole pass over the report's lines: what is
 * not the report's own text blanked first (a quoted e-mail, a forwarded post), then drawings and pasted sheets read as
 * the rows they stand for, or blanked (see the steps' own comments in parseReport).
 */
/** A row of a table typed in fixed-width columns: words, then a count or a dash for none apart by two spaces or more, last. */
const FIXED_WIDTH_ROW = /\p{L}.*\S {2,}(?:\d[\d ,.]*|[–—-]|×)\s*$/u;

const LAYOUT_STEPS: ((lines: string[]) => string[])[] = [
  readChecklists, readSemicolonRows, readBarCharts, readPieLegends, framedLabelBars, readTileGrids, readCaptionBoxes, readTileCells, readCaptionsOverNumbers, readCardGrids, readCardColumns, keepKpiFacts,
  readChartDescriptions,
  // A count's heading over lines each opening with a day, no bullet ("Мониторингтер (барлығы 5):" / "22 шілдеде – …;"): items.
  datedLinesAsItems,
];

/**
 * A narrative report as structured data: its period; the figures it states,
 * with DESIGN.md metric ids; media figures per platform; the activities it
 * lists (numbered and bulleted lists under their headings, flattened tables
 * such as the monthly monitoring table, dated sentences). Numbering gaps and
 * totals that do not match their lists go to `issues`. Phrase-less dates
 * (`17.10.`, `2 апреля`) take their year from the period, or from
 * `opts.defaultYear`. Never throws.
 */
export function parseReport(text: string, opts: { defaultYear?: number } = {}): ReportExtract {
  // Text copied from a PDF: its page headers, footers and numbers blanked, hyphenated words whole, a sentence broken by a
  // page read on; `pages.numbers` keeps the document's line of each.
  // Text mangled by copying (track changes, Latin look-alikes, "1O" for 10, a block saved twice) read as written meant.
  // A template's unfilled blanks and its own samples are no part of what the report states (templateBlanks.ts).
  // A table pasted as a CSV export ("Показатель;Значение;Примечание"): its rows read as a Word table's, tabs between cells.
  // A speech transcribed automatically: its time codes, the recogniser's notes and hesitations ("[00:05:41]", "ээ") are no
  // figures nor words (transcriptMarks.ts).
  const written = withoutTemplateBlankLines(csvRowsAsCells(withoutTranscriptMarks(toLines(text))));
  // A section typed in Latin-script Kazakh inside a Cyrillic report is read in Cyrillic (fromLatinKazakhParagraphs).
  // Kazakh typed without its letters ("Кенестин 3 отырысы оттi") read with them, letter for letter (kazakhLetters.ts).
  // A text table whose header merges cells over several lines ("Заседания" over "Совета | Президиума"): framed by where the
  // rule under it crosses, before any repair moves a character of it (report/mergedHeaderTable).
  // A telegraphic report's count right after its noun ("ЗАСЕДАНИЙ ОС 3 ЗПТ") read as a label's (report/telegraphicCounts.ts).
  const typed = dashedTelegraphicCounts(fromLatinKazakhParagraphs(repairCopy(groupedValueRows(frameMergedBoxHeaders(frameMergedHeaders(written))))), written);
  const kazakh = withKazakhLetters(typed);
  const repaired = kazakh.lines;
  const pages = withoutPageBreaks(repaired);
  // A number written in words and in digits ("он жеті (17)") read once (blankNumberTwiceLines, across a line's end too); a figure written as the sum of
  // its quarters ("Кеңес отырыстары: 3 + 3 = 6") read as its total (keepSumTotal).
  // A part told of its whole ("Жауап берілгені – 16-ның 14-і") read as the part (blankWholeBeforePart).
  // Footnotes are notes, never figures; a count in brackets after its noun ("заседаний (5)²") is read as one.
  // The earlier message quoted under an e-mail reply is another author's, often another period's (blankQuotedMail);
  // so is a post a channel's digest forwarded from another channel (blankForwardedPosts), and the account's own line of
  // followers and all-time posts a copied channel or profile opens with (blankAccountLines).
  // A count corrected further down ("ТҮЗЕТУ: мониторинг 4 емес, 5") read where it was first stated, with its new value.
  // A plan typed as a checklist: its ticked items are events done, its empty boxes not held (readChecklists).
  // A bar chart drawn in block characters over its axis read as its rows' values, or not at all (readBarCharts); so is a pie
  // chart's legend of shares and counts "физические лица 86 % (12)" (readPieLegends).
  // A paragraph or section saved twice into the copy read once (blankRepeatedParagraphs).
  // A table copied one cell a line rebuilt as tab rows from its header, rows short of a cell left out (readCellPerLineTables).
  // A slide's tiles in a grid set with spaces or drawn as boxes, each row written as its labelled values (readTileGrids);
  // a comparison's value columns set apart by bars and its labels by spaces, framed as a pipe table (framedLabelBars);
  // boxes with the caption over its value, a before / after pair read by the arrow's legend (readCaptionBoxes);
  // a Word table of tiles, a row of numbers' cells then a row of captions' cells (readTileCells);
  // tiles one under another, each caption over its number, written as the labelled value (readCaptionsOverNumbers).
  // A grid of infographic cards (numbers on one line, their captions below) read card by card, or not at all (readCardGrids);
  // cards one under another, each number alone over its caption, joined into the sentence each stands for (readCardColumns).
  // An Excel sheet pasted as semicolon-separated text is read as the table it is (readSemicolonRows).
  // A KPI line "план / факт / %" read as its fact, the order told by a legend above (keepKpiFacts).
  // A count's unit of a statistical form ("– 5 ед.", "12 чел.", "Кол-во") read as the phrase it abbreviates (withoutUnitAbbreviations).
  // A form's fields with their answers on the next line ("Түскен өтініштер:" / "6") read as one line each (joinValueLines).
  // A work plan's table "№ | Мероприятие | Срок | Ответственный | Отметка о выполнении" read row by row as the sentence each
  // execution cell tells, a moved row as nothing (readPlanTableRows).
  // A report kept as a Markdown note or wiki page ("## 2. Отырыстар", "**21** член", "`2026-07-07` — мониторинг", "[[…]]")
  // read without its marks; a table drawn with box characters, its wrapped cells on rows of their own, read as one typed
  // with pipes (boxTablesAsPipes). A slide deck's marks no sentence states: the change beside a big number ("31 ▲ 24 %"), a
  // picture's alt text, the slide's number (slideMarks.ts).
  const plain = withoutMarkdown(boxTablesAsPipes(pages.lines), { typed: pages.lines });
  // A reply on top of the report it corrects ("в п. 6 писем направлено 7, а не 8", "Остальные цифры верны"): the message
  // below is the report, read whole with the reply's corrections, the reply's own words no figure (mailReply.ts).
  // A report forwarded on ("FW: FW:"): the forwarders' notes on top are theirs, the report is under the last marker.
  const mailed = mailedDocument(forwardedDocument(plain));
  const replied = mailed.reply.size > 0;
  // Last year's report appended or quoted, the council's plan for the coming months after the signature: another document's
  // counts, blanked (report/otherDocuments.ts).
  // A verbatim record's remarks on the room ("(Аплодисменты)", "(Залда күлкі)") blanked: no one says them (stageDirections.ts).
  const readable = [withoutSlideMarks, withoutStageDirections, replied ? (lines: string[]) => lines : blankQuotedMail, blankForwardedPosts, blankAccountLines, (lines: string[]) => blankOtherDocuments(lines, opts.defaultYear), blankRepeatedParagraphs, readPlanTableRows, readCellPerLineTables].reduce((lines, step) => step(lines), replied ? mailed.lines : forwardedDocument(plain));
  // A later message of a chat the report was posted in corrects it as an errata does ("хаттар 5 емес, 6", chatCorrections.ts).
  const counted = correctCounts(readable, mailed.reply, laterChatMessages(readable));
  const corrections = { ...counted, lines: withoutReply(counted.lines, mailed.reply) };
  const laidOut = LAYOUT_STEPS.reduce((lines, step) => step(lines), corrections.lines);
  // "Сұрақ 6. Кеңес отырыстарының саны." over "Жауап: 6": a numbered question over its bare answer (asNumberedQuestions).
  // "Хаттар / Письма: жолданды / направлено – 7": a bilingual form's pairs read in their Kazakh half (readKazakhHalves); a
  // field answered on its line over its parts set in under it, joined (withBreakdownsJoined).
  // (A note "по состоянию на 30.09.2026 получены ответы на 7 писем" tells a count as of the period's end: the end is read first.)
  const form = joinValueLines(withBreakdownsJoined(asNumberedQuestions(sameLineAnswers(questionTablesAsStatements(readKazakhHalves(blankFootnotes(blankNumberTwiceLines(laidOut.map(withoutUnitAbbreviations)).map((l) => blankWholeBeforePart(keepSumTotal(l))), periodEndOf(laidOut, opts.defaultYear)).map(readBracketCounts)))))));
  // A question pasted twice with two answers that differ: neither answer is read (its figures are candidates, below).
  const lines = form.lines.map((l, k) => (form.answeredTwice.includes(k) ? '' : l));
  const issues: ExtractIssue[] = [];
  if (kazakh.noDictionary) issues.push({ line: 1, message: KAZAKH_UNREAD });
  for (const k of corrections.unplaced) issues.push({ line: k + 1, message: UNPLACED_CORRECTION });
  const out: ReportExtract = { kind: 'report', period: null, figures: [], media: [], activities: [], candidates: [], issues };
  const tables: Table[] = [];
  guard(issues, 'period', () => (out.period = readPeriod(lines, opts.defaultYear, issues)));
  // A day without its year takes the period's; a term of several years (set 171's "2023 жылғы 12 сәуір – 2026 жылғы 11
  // сәуір") has no one year to give it, and the readers' "of the period's year" would drop every event of its later years.
  const year = out.period ? (monthsOf(out.period) <= 13 ? Number(out.period.from.slice(0, 4)) : undefined) : opts.defaultYear;
  guard(issues, 'tables', () => tables.push(...findTables(lines)));
  const inTable = new Set<number>();
  for (const t of tables) for (let i = t.start; i <= t.end; i++) inTable.add(i);
  const periodYears = out.period ? yearsOf(out.period) : year !== undefined ? [year] : [];
  // Text tables read as the sentences they stand for (indicator rows, media rows), once for media and figures.
  let flat = lines;
  const rowFigures: ReportFigure[] = [...form.rows];
  // A form table's note rows ("Примечание: за 2024 год …", "Ескерту: облыс бойынша …"): read over by the table, their figures doubted below.
  const notes = new Set<number>();
  // Whose work the report tells (a commission's own, or the council's): read once, for its tables and its sentences.
  const author = reportAuthor(lines);
  guard(issues, 'tables', () => (flat = flattenFigureTables(lines, periodYears, monthsOf(out.period), rowFigures, out.period ? Number(out.period.from.slice(5, 7)) : 1, notes, author === 'commission')));
  // A table line the flattening rewrote (a Word table's row now its sentence) is text to read, no longer a cell.
  const flatInTable = new Set([...inTable].filter((k) => flat[k] === lines[k]));
  guard(issues, 'media', () => (out.media = dropDisputedMedia(readMedia(flat, flatInTable, periodYears), lines, issues)));
  guard(issues, 'figures', () => (out.figures = readOwnFigures(flat, flatInTable, new Set(out.media.map((m) => m.line - 1)), periodYears, out.candidates, issues, out.period, author)));
  // A form table's note states no row's value: what it counts is a candidate before the rows' figures are weighed against it.
  guard(issues, 'figures', () => (out.figures = doubtNoteFigures(out.figures, notes, out.candidates)));
  guard(issues, 'figures', () => (out.figures = addTableFigures(out.figures, rowFigures, flat, monthsOf(out.period), out.candidates, issues)));
  // A figure whose sentence holds another number no reader gave a role ("Отставание … (8 из 12) … переносом двух
  // мониторингов", a row "5 Проведено заседаний … 5 6 +1" set with spaces) has another reading: a candidate (report/otherReadings).
  guard(issues, 'figures', () => (out.figures = keepFiguresOfOneReading(out.figures, out.candidates, out.media, periodYears, new Set(rowFigures), flat)));
  // "3. Есеп тыңдау" / "Жоспар – 4, орындалғаны – 3:": the hearings' fact under the title that names them.
  guard(issues, 'figures', () => out.figures.push(...readPlanFactUnderTitle(flat, flatInTable, out.figures, out.candidates)));
  guard(issues, 'figures', () => out.candidates.push(...answersThatDiffer(form.lines, form.answeredTwice, (only) => readOwnFigures(only, new Set(), new Set(), periodYears, [], [], out.period))));
  guard(issues, 'figures', () => (out.figures = doubtCarriedOver(out.figures, lines, out.candidates)));
  // "… басқармасы жанындағы қоғамдық кеңеспен 2 семинар өткізілгені …" in a ministry's council's report: another council's count.
  guard(issues, 'figures', () => (out.figures = doubtOtherCouncilsCounts(lines, out.figures, out.candidates)));
  guard(issues, 'figures', () => readGrowth(lines, periodYears, out.figures, out.candidates));
  // One table per quarter ("1-кесте. … І тоқсан", "2-кесте. … ІІ тоқсан", …) and none of the whole: the parts summed when
  // they tile the period, else left candidates; a part's platform counts are never the period's.
  guard(issues, 'figures', () => (out.media = sumPartTables(lines, flat, out.period, out.figures, out.media, out.candidates, issues)));
  // "СМИ И СОЦИАЛЬНЫЕ СЕТИ (41)" over "• Instagram (29)", "• Facebook (12)"; "…, Telegram – 38. Барлығы – 118.": a sum the platforms make up.
  guard(issues, 'media', () => readPlatformSums(lines, inTable, out.media, out.figures, out.candidates));
  // "…, в Telegram – 14, прочие площадки (газета «Толқын», YouTube) – 7": the places a list groups as other, when the list adds up.
  guard(issues, 'media', () => out.media.push(...readOtherGroupMedia(flat, flatInTable, out.media, out.figures)));
  // "Опубликовано 33 материала (Instagram – 20, Facebook – 8, районная газета «Туған өлке» – 5)": the one place no platform names, when the list adds up.
  guard(issues, 'media', () => out.media.push(...readOutletItemMedia(flat, flatInTable, out.media, out.figures)));
  // "Заседания президиума в отчетном квартале не проводились": a stated none of the period is 0.
  // A row of a text table the flattening read (or refused) is no list item: its "  – управлений\t3\t14" is a sub-row.
  // So is a row of a table typed in fixed-width columns, its last count apart by spaces ("  – аудандық бөлімдер      3      3"
  // under "Есептерді тыңдау (барлығы)   5   6", held-out 66's Zerendi: read as items, its sub-rows were hearings and seminars).
  const readRows = new Set([...inTable, ...lines.flatMap((l, k) => (flat[k] !== l && (/[\t|]/u.test(l) || FIXED_WIDTH_ROW.test(l)) ? [k] : []))]);
  guard(issues, 'lists', () => out.activities.push(...readLists(lines, readRows, year, out.figures, issues, out.candidates)));
  guard(issues, 'tables', () => out.activities.push(...readTableActivities(lines, tables, year, out.figures, issues)));
  guard(issues, 'tables', () => out.activities.push(...readDatedTables(lines, year, out.activities)));
  guard(issues, 'lists', () => out.activities.push(...readChronology(lines, year, out.activities)));
  guard(issues, 'sentences', () => out.activities.push(...readDatedSentences(flat, inTable, year, out.activities, out.figures, issues, out.candidates)));
  // "III. Отчётные слушания" / "27 марта – руководитель Департамента … о работе …": hearings one a line under their heading.
  guard(issues, 'sentences', () => out.activities.push(...readDatedHearingsUnderHeading(flat, inTable, year, out.activities, out.figures)));
  // "Круглый стол 26.08 «…»; диалоговая площадка 17.09 с …; семинар 14.07 для …": a summary's clauses, a type and its day each.
  guard(issues, 'sentences', () => out.activities.push(...readTypedDayClauses(flat, inTable, year, out.activities, out.figures)));
  // "6 отчет тыңдалды …" / "Даты: 19.02 (білім бөлімі), 14.05 (…), …": the days of a paragraph's events on a line of their own.
  guard(issues, 'sentences', () => out.activities.push(...readDatesLabelLine(flat, inTable, year, out.activities, out.figures)));
  // "Есеп тыңдау – 2: … бөлімі (08.10), … бөлімі (17.12)": a label's count met by as many dated events after it.
  // A month's count is no figure of the period, but the events it lists are its ("Тамызда – 2 мониторинг: 5 тамызда …, 19
  // тамызда …", set 182), as are those of the count of a commission's proposals.
  guard(issues, 'sentences', () => out.activities.push(...readCountedItems(flat, inTable, year, out.activities, out.figures, out.candidates.filter((c) => c.why === INITIATIVE_PART || c.why === PERIOD_PART))));
  // "Проведено 4 мониторинга: … (февраль), … (май), …": the events a count lists in its sentence, each by its month.
  guard(issues, 'sentences', () => out.activities.push(...readMonthItems(flat, inTable, out.figures, out.activities)));
  // "Из 6 мониторингов … В их числе: мониторинг подвоза учащихся (13 марта), … (21 мая), …": some of a count's events, each dated.
  guard(issues, 'sentences', () => out.activities.push(...readSampleItems(flat, inTable, year, out.figures, out.activities)));
  // "Примечание: … Мониторинги: зимнее содержание дорог (20.01.2026), работа ЦОН (12.03.2026) … и ещё 2": a form note's events of a row's kind.
  // A Word form's notes, blanked with its table: their dated sentences ("Круглый стол «…» – 16.09.2025.") read as any text's.
  guard(issues, 'sentences', () => out.activities.push(...readDatedSentences(lines.map((l, k) => (notes.has(k) && flat[k] === '' ? l.replace(/^\t/u, '').replace(NOTE_OPENING, '') : '')), new Set(), year, out.activities, out.figures, [], [])));
  guard(issues, 'sentences', () => out.activities.push(...readNoteItems(lines, notes, year, out.figures, out.activities)));
  // "• меморандум о сотрудничестве с Ассоциацией фермеров (1).": the one event a list item counts, no other of its kind told.
  guard(issues, 'lists', () => out.activities.push(...readOneCountedEvents(lines, out.figures, out.activities)));
  // "Мониторинг – төртеу. Біріншісі шілденің 15-інде, … Төртіншісі қарашаның 26-сында": the events a count tells by ordinals.
  guard(issues, 'sentences', () => out.activities.push(...readOrdinalEvents(flat, year, out.figures, out.activities)));
  // "Биыл тоқсанда 4 мониторинг жүргіздік. 2026 жылғы 7 тамызда …, 21 тамызда …, … тексердік.": a count's events dated in the next sentence.
  guard(issues, 'sentences', () => out.activities.push(...readDatesAfterCount(flat, year, out.figures, out.activities)));
  // "1 қоғамдық тыңдау (2026 жылғы 11 тамыз, …), 2 дөңгелек үстел (… 16 шілде және 10 қыркүйек)": each count's days in its bracket.
  // Read after the readers of sentences, which pass over a line that holds an event read already: the events they read are not read twice.
  guard(issues, 'sentences', () => out.activities.push(...readCountsWithBracketDates(flat, inTable, year, out.activities)));
  // "сформирован из 13 человек, 9 из которых представляют гражданское общество, а 4 – государственные органы": the
  // composition and its two parts told in one sentence, read when the parts add up to the total.
  guard(issues, 'figures', () => out.figures.push(...readCompositionParts(lines, inTable, out.figures, out.candidates, periodYears)));
  // "Общественные слушания в отчетном периоде не проводились": a none stated in words, once no count or activity says otherwise.
  guard(issues, 'figures', () => out.figures.push(...readStatedNone(lines, inTable, out.figures, out.activities, out.period)));
  // "…проведен круглый стол «…», других круглых столов не было": one told and no other of its kind, 1.
  guard(issues, 'figures', () => out.figures.push(...readOneAndNoOther(lines, inTable, out.figures)));
  // After the stated nones: "поступило 58 обращений …, все – от физических лиц": the kind said of all of them, no number of it: a candidate; with the
  // other kind's none stated beside it ("…, заңды тұлғалардан өтініш түскен жоқ"), the whole count, a figure.
  guard(issues, 'figures', () => {
    const all = readAllOfOneKind(out.figures);
    out.figures.push(...all.figures);
    out.candidates.push(...all.candidates);
  });
  // "поступило 12 обращений … На все обращения даны ответы": all of what came in handled, the count received stated.
  guard(issues, 'figures', () => out.figures.push(...readAllOfReceived(lines, out.figures, out.candidates)));
  // "рассмотрен проект решения маслихата …, направлено заключение с замечаниями": one draft, told once and in the singular.
  guard(issues, 'figures', () => out.figures.push(...readSingleDraft(lines, inTable, out.figures, out.candidates)));
  // "Рассмотрено 2 проекта НПА: проект … – одобрен без замечаний; проект … – одобрен с замечаниями": each draft's result.
  guard(issues, 'figures', () => out.figures.push(...readDraftsListed(lines, out.figures, out.candidates)));
  // "Из них рассмотрено пять: по трём даны положительные заключения, по двум – …", "18 … жобасы қаралды: 14-іне қолдау білдірілді, …":
  // the drafts told clause by clause, each a count and what was done with them, where no phrase read them.
  guard(issues, 'figures', () => out.figures.push(...readDraftClauses(flat, flatInTable, out.figures, out.candidates, periodYears)));
  // "6 есебі тыңдалды. Олардың ішінде:" over "1) аудандық білім бөлімі;" … "5) … ауылдық округінің әкімі;": the departments among the bodies listed.
  guard(issues, 'figures', () => out.figures.push(...readDepartmentsListed(lines, out.activities, out.figures, out.candidates)));
  // "заслушано отчетов – 2 (отдел образования и отдел ЖКХ, ПТ и АД)": the departments a count's bracket names, as many as it.
  guard(issues, 'figures', () => out.figures.push(...readBracketDepartments(lines, out.figures, out.candidates)));
  // "Отчитались руководители трех отделов (…), директор ГКП «…», подведомственного акимату, а также начальник …": the others heard.
  guard(issues, 'figures', () => out.figures.push(...readRestOfBodiesHeard(lines, out.figures, out.candidates)));
  // "Бірінші үшеуі – … бөлімдері, соңғысы – … ведомстволық бағынысты ұйым": the last body heard, one, when the hearings add up.
  guard(issues, 'figures', () => out.figures.push(...readLastOfBodiesHeard(lines, out.figures)));
  // "… бөлімінің (барлығы 3 бөлім), … ведомстволық бағынысындағы «Ленгер су» МКК-ның, сондай-ақ … әкімінің есебі": the enterprises named beside the departments.
  guard(issues, 'figures', () => out.figures.push(...readEnterprisesBesideDepartments(lines, out.figures, out.candidates)));
  // "4 есеп тыңдалды: … бөлімінің (ақпан), …, сондай-ақ «…» МКК директоры (маусым)": the bodies heard by kind, as many as the count.
  guard(issues, 'figures', () => out.figures.push(...readBodiesHeardList(lines, out.figures, year, out.activities)));
  // "… департаментінің және Агенттікке ведомстволық бағынысты «…» ШЖҚ РМК-ның есептері тыңдалды": each subordinate heard named so.
  guard(issues, 'figures', () => out.figures.push(...readSubordinatesNamed(lines, inTable, out.figures, out.candidates, periodYears)));
  // "В состав Совета вошли 11 человек: 8 – …, 3 – …" and "вышел 1 член" later: the composition at formation, not at the period's end.
  guard(issues, 'figures', () => (out.figures = doubtCompositionAtFormation(out.figures, out.candidates)));
  out.activities.sort((a, b) => a.line - b.line);
  // A list its heading leaves out of the report's counts ("Мероприятия акимата … (в показатели Совета не включены):"): its
  // dated items are another body's events, no activity of the council.
  guard(issues, 'activities', () => {
    const excluded = excludedLists(lines);
    out.activities = out.activities.filter((a) => !excluded.has(a.line - 1));
  });
  guard(issues, 'activities', () => (out.activities = dropTranslatedActivities(out.activities, lines)));
  // A recap list's "22 июля – подписание меморандума с Палатой …" after the section that told it: one event.
  guard(issues, 'activities', () => (out.activities = dropRetoldEvents(out.activities, lines)));
  // A period read from the title or given, not guessed from the dates (readPeriod says so in an issue).
  const stated = !issues.some((x) => /^no period stated/u.test(x.message));
  guard(issues, 'activities', () => (out.activities = dropOtherPeriodActivities(out.activities, out.period, stated, issues)));
  // "12 марта для членов Совета организован семинар «…»" and no count of seminars anywhere: one seminar.
  guard(issues, 'figures', () => out.figures.push(...readSingleEvents(lines, out.activities, out.figures, out.candidates)));
  // "В мае один член покинул Совет", "из состава Совета выбыли двое (…)", "в состав введён новый член": a change counted in
  // its own clause, whatever the word order.
  guard(issues, 'figures', () => out.figures.push(...readMemberChangeClauses(lines, inTable, out.figures, out.candidates, out.period)));
  // "В мае … вышел из состава Совета … Кожахметов Б.С., в августе … на его место введена Литвинова О.А.": one member left,
  // one joined, each told as one named person and no count of them stated; "бір мүше … шығарылды, оның орнына мамыр айында
  // жаңа мүше енгізілді": the one who joined in the place of the one who left.
  guard(issues, 'figures', () => out.figures.push(...readSingleMemberChanges(lines, out.figures, out.candidates)));
  // "Заседание Совета (25 сентября): заслушаны отчеты руководителя отдела образования и руководителя отдела ЖКХ": as many
  // hearings as heads named, when no count of them is stated.
  guard(issues, 'figures', () => {
    const heard = readHeadsHeard(out.activities, out.figures, out.candidates);
    out.activities = heard.activities;
    out.figures.push(...heard.figures);
  });
  // "На февральском заседании (20 февраля) Совет выслушал руководителя отдела образования … В марте (27 марта) отчитывался
  // руководитель отдела …": heads heard told one by one, each sentence dated, no count of them: one hearing per head. With a
  // count stated ("Заслушано шесть отчётов"), the heads told across the report's chronicle are its events when exactly as many.
  guard(issues, 'figures', () => {
    const heard = readHeadsOneByOne(lines, year, out.activities, out.figures, out.candidates);
    out.activities = heard.activities;
    out.figures.push(...heard.figures);
  });
  // "10 сентября … заседание Совета № 4. Заслушаны отчеты ГУ «…» и ГУ «…»": one hearing per body, when the count stated is so met.
  guard(issues, 'activities', () => (out.activities = splitBodiesOfOneDate(lines, year, out.activities, out.figures)));
  // A report laid out month by month ("Июль" / "  - общественный мониторинг … (16-17 июля)"): its items of a type are the
  // type's count when nothing else states or tells it.
  guard(issues, 'figures', () => out.figures.push(...readDiaryCounts(lines, out.period, out.activities, out.figures, out.candidates)));
  // A report set out by thematic directions: a count in one direction's section is that direction's, whichever reader read
  // it — a candidate, never the council's figure nor summed into one (report/directionSections; readFigures sets its own
  // apart first, so that a table's total of the council is not weighed against a direction's count).
  guard(issues, 'figures', () => {
    const sections = directionSections(lines);
    const own = out.figures.filter((f) => !sections.has(f.line - 1));
    out.candidates.push(...out.figures.filter((f) => sections.has(f.line - 1)).map((f) => ({ ...f, why: ONE_DIRECTION })));
    out.figures = own;
  });
  // "Рассмотрено 3 проекта: по четырём …, по двум …": parts over their whole are candidates, the whole kept.
  // "32 өтініш" / "23 обращения", both sentences "20 + 3": the parts stated alike in both languages settle which is the figure.
  guard(issues, 'checks', () => settleByParts(out.figures, out.candidates, issues));
  // "Әкімдік сайты 14 / Instagram 29 / Facebook 8 / Telegram 9 / Барлығы 58": a cell is a slip, neither the total nor the rows taken.
  guard(issues, 'checks', () => (out.media = withdrawPlatformRowsNotAddingUp(lines, out.figures, out.media, out.candidates, issues)));
  guard(issues, 'checks', () => checkParts(out.figures, issues));
  guard(issues, 'checks', () => (out.figures = doubtPartsOverWhole(out.figures, out.candidates)));
  guard(issues, 'checks', () => checkTypeTotals(out.figures, out.activities, issues));
  // A count corrected further down is quoted with its line as written and the line that corrects it.
  for (const x of [...out.figures, ...out.candidates]) x.text = quoteCorrected(x.text, x.line, readable, corrections);
  if (pages.numbers.some((n, k) => n !== k + 1)) {
    for (const x of [...out.figures, ...out.media, ...out.activities, ...out.candidates, ...issues]) x.line = pages.numbers[x.line - 1] ?? x.line;
  }
  // A figure's quote as the document writes it ("[удалено: 12] 14", "З8"), though read repaired.
  for (const x of [...out.figures, ...out.candidates]) x.text = asWritten(x.text, x.line, written, repaired);
  // An activity's title with the words as typed, where Kazakh letters were given back to read it.
  // And with the letters OCR read as digits as the document writes them ("3аседание", "0тырыс").
  const asTyped = asTypedWords(typed, repaired);
  const ocr = asWrittenWords(written, typed);
  for (const a of out.activities) a.title = ocr(asTyped(a.title), a.line);
  issues.sort((a, b) => a.line - b.line);
  return out;
}

function guard(issues: ExtractIssue[], step: string, run: () => unknown): void {
  try {
    run();
  } catch (error) {
    issues.push({ line: 1, message: `could not read the ${step}: ${(error as Error)?.message ?? String(error)}` });
  }
}

/** The period's last day as the title states it, read ahead of the figures (a note's "as of" date is checked against it); null when none is. */
function periodEndOf(lines: string[], defaultYear: number | undefined): string | null {
  try {
    return readPeriod(lines, defaultYear, [])?.to ?? null;
  } catch {
    return null;
  }
}
