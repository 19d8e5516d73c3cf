import { fromLatinKazakh } from './fromLatinKazakh.ts';
import { withoutTemplateBlankLines } from './templateBlanks.ts';
import { toLines } from './toLines.ts';
import { withoutTranscriptMarks } from './transcriptMarks.ts';
import { withoutPageBreaks } from './pageFurniture.ts';
import { withoutSlideMarks } from './slideMarks.ts';
import { readNumbersOverCaptions, readTileCells, readTileGrids } from './slideTiles.ts';
import { tabFixedWidthVoteTables } from './protocol/fixedWidthVoteTable.ts';
import { tabRuledGrids } from './protocol/ruledGrid.ts';
import { asWritten, asWrittenWords, repairCopy } from './repairCopy.ts';
import { asTypedWords, KAZAKH_UNREAD, withKazakhLetters } from './kazakhLetters.ts';
import { UNPLACED_CORRECTION, correctCounts } from './correctedCounts.ts';
import { mailedDocument, replyOnly, withoutReply } from './mailReply.ts';
import type { ExtractIssue, ProtocolExtract, ProtocolVote } from './types.ts';
import { absentAmongPresent } from './protocol/absentAmongPresent.ts';
import { agendaNotTaken } from './protocol/agendaNotTaken.ts';
import { ADDITION_NOT_READ } from './protocol/readAgendaAdditions.ts';
import { AGENDA_CHANGE_NOT_READ } from './protocol/agendaChanges.ts';
import { withoutRestatedVotes } from './protocol/restatedVotes.ts';
import { checkCounts } from './protocol/checkCounts.ts';
import { hostPartsOfJointVotes } from './protocol/jointVoteParts.ts';
import { readHostCountsOfJoint } from './protocol/perBodyCounts.ts';
import { hostBlockOfJoint, hostVotesOfJoint, isJointMeeting, isJointMeetingOfCouncils, listsCloseHostCounts, withoutOtherCouncilsLists } from './protocol/jointMeeting.ts';
import { applyCorrectedItems } from './protocol/correctedItems.ts';
import { applyReplyOnlineMarks } from './protocol/replyOnlineMarks.ts';
import { applyCorrectedVotes, applyRepliedVotes } from './protocol/correctedVotes.ts';
import { correctVotesInPlace } from './protocol/votesCorrectedInPlace.ts';
import { withholdVotesBeyondMembers } from './protocol/votesBeyondMembers.ts';
import { withholdContradictedAttendance } from './protocol/contradictedAttendance.ts';
import { countQuestionSections } from './protocol/countQuestionSections.ts';
import { takesItemsOnward } from './protocol/takesItemsOnward.ts';
import { firstProtocolOnly } from './protocol/firstProtocolOnly.ts';
import { readAgenda } from './protocol/readAgenda.ts';
import { readSpokenAgenda } from './protocol/readSpokenAgenda.ts';
import { readUnnumberedAgenda } from './protocol/readUnnumberedAgenda.ts';
import { readAgendaSentence } from './protocol/readAgendaSentence.ts';
import { statesNobodyAbsent } from './protocol/readAbsentSentence.ts';
import { readAttendance } from './protocol/readAttendance.ts';
import { readGroupCounts } from './protocol/readGroupCounts.ts';
import { readSummaryBox } from './protocol/readSummaryBox.ts';
import { readHeader } from './protocol/readHeader.ts';
import { withoutAnnexReferences } from './protocol/annexReferences.ts';
import { blankedLines, voteSheetOf, withVoteSheet } from './protocol/annexedVoteSheet.ts';
import { readStatusRoll } from './protocol/readStatusRoll.ts';
import { readCalledRoll } from './protocol/readCalledRoll.ts';
import { readSpokenRollCall } from './protocol/readSpokenRollCall.ts';
import { heldWhollyOnline, readStatedCounts, type StatedLines } from './protocol/readStatedCounts.ts';
import { readVotes } from './protocol/readVotes.ts';
import { markVoteQuestions } from './protocol/voteQuestions.ts';
import { spellParticipationCodes } from './protocol/participationCodes.ts';
import { spellMarkLegend } from './protocol/markLegend.ts';
import { keepOwnMeetingColumn } from './protocol/ownMeetingColumn.ts';
import { readZoomParticipants } from './protocol/readZoomParticipants.ts';
import { readRegistrationAnnex } from './protocol/registrationAnnex.ts';
import { markOnlineNamedApart } from './protocol/onlineNamedApart.ts';
import { withoutNoMembersNamed } from './protocol/noMembersNamed.ts';
import { leadersApart } from './protocol/leadersApart.ts';
import { foldOnlineRepeats } from './protocol/onlineRepeats.ts';
import { settleByList } from './protocol/settledByList.ts';
import { readPresentSentence } from './protocol/readPresentSentence.ts';
import { readAttendanceProse } from './protocol/readAttendanceProse.ts';
import { splitColumns } from './protocol/splitColumns.ts';
import { joinFormValues } from './protocol/joinFormValues.ts';
import { joinVoteFormLines } from './protocol/joinVoteFormLines.ts';
import { joinOneLineVoteTables } from './protocol/oneLineVoteTable.ts';
import { groupAsOwnBody } from './protocol/ownGroupMembers.ts';
import { joinBareItemNumbers } from './protocol/joinBareItemNumbers.ts';
import { oneAttendeeListOfTwoLanguages, oneListOfTwoLanguages } from './protocol/oneListOfTwoLanguages.ts';
import { splitParagraphs } from './protocol/splitParagraphs.ts';
import { splitListCells } from './protocol/splitListCells.ts';
import { splitSideBySide } from './protocol/splitSideBySide.ts';
import { splitPageColumns } from './protocol/splitPageColumns.ts';
import { readLanguageColumns } from './protocol/languageColumns.ts';
import { numberColumnApart } from './protocol/numberColumnApart.ts';
import { PROTOCOL_TITLE, withoutChatStamps } from './protocol/withoutChatStamps.ts';
import { blankForwardedPosts } from './report/forwardedPosts.ts';
import { withoutOtherDocuments } from './protocol/withoutOtherDocuments.ts';
import { withoutQuotedVotes } from './protocol/quotedVotes.ts';
import { withoutOtherSittings } from './protocol/withoutOtherSittings.ts';
import { withoutRecalledSittings } from './protocol/withoutRecalledSittings.ts';
import { readCommissionColumns } from './protocol/readCommissionColumns.ts';
import { readMarkedGrid } from './protocol/readMarkedGrid.ts';
import { isWrittenPoll } from './protocol/writtenPoll.ts';
import { withoutMarkdown } from './withoutMarkdown.ts';
import { boxTablesAsPipes } from './boxTables.ts';
import { csvRowsAsCells } from './csvRowsAsCells.ts';

/**
 * A meeting protocol as structured data: number, date, body; the counts of
 * members, present and online *as stated*; the attendees and absentees *as
 * listed*; the agenda; every vote with its counts and declared result.
 * Differences between what is stated and what is listed go to `issues`.
 * Never throws: odd text gives what could be read plus issues. Each construct
 * has its reader in ./protocol/, its words in ./protocol/lexicon.json.
 */
export function parseProtocol(text: string): ProtocolExtract {
  // Text copied from a PDF: its page headers, footers and numbers blanked, hyphenated words whole, a sentence broken by a
  // page read on; `pages.numbers` keeps the document's line of each.
  // A second meeting's protocol after the first's ("ПРОТОКОЛ № 4" of the presidium the same day) is another document.
  // A protocol in Latin Kazakh ("HATTAMA № 9", "QATYSQANDAR") is read in Cyrillic, letter for letter (lines and columns kept).
  const script = fromLatinKazakh(String(text ?? '').replace(/^\uFEFF/, ''));
  // Text mangled by copying (track changes, Latin look-alikes, "1O" for 10, a block saved twice) read as written meant.
  // A template's unfilled blanks and its own samples are no part of what the protocol states (templateBlanks.ts).
  // A table pasted as a CSV export ("Вопрос;За;Против;Воздержались;Итог"): its rows read as a Word table's, tabs between cells.
  // An automatic transcript's time codes, the recogniser's notes and hesitations ("[00:06:20]", "[неразборчиво]", "ээ") are
  // no figures nor words (transcriptMarks.ts).
  const written = withoutTemplateBlankLines(csvRowsAsCells(withoutTranscriptMarks(toLines(script.text))));
  // Kazakh typed without its letters ("Кенестин 13 мушесинен") read with them, letter for letter (kazakhLetters.ts).
  const typed = repairCopy(written);
  const kazakh = withKazakhLetters(typed);
  const repaired = kazakh.lines;
  // A protocol inside an e-mail: the mail's headers are none of it; a draft quoted under the chairman's reply that
  // corrects it ("Дұрысы: жақтап – 9 …", "онлайн 2 емес, 1") is the protocol, read with the reply's corrections (mailReply.ts).
  const mailed = mailedDocument(repaired, (part) => part.some(isProtocolTitle));
  // A count corrected in the text ("следует читать 12 вместо 21", an errata's table, a footnote on the count) read as corrected.
  const counted = correctCounts(mailed.lines, mailed.reply);
  const corrected = { ...counted, lines: withoutReply(counted.lines, mailed.reply) };
  const replied = replyOnly(mailed.lines, mailed.reply);
  // An earlier protocol's extract (appended or quoted), a commission's short protocol (inside an item or appended), the
  // decision repeated as an appendix: other documents in the file, blanked before anything is read (withoutOtherDocuments.ts).
  const others = withoutOtherDocuments(corrected.lines);
  // An earlier decision read out with its vote ("напомнила решение (протокол № 5): «… Голосовали: за – 9, против – 1 …»"):
  // a vote inside quotation marks is the quoted text's, blanked before the votes are read (quotedVotes.ts).
  const quotes = withoutQuotedVotes(others.lines);
  const own = firstProtocolOnly(quotes.lines);
  const pages = withoutPageBreaks(own.lines);
  // A form's value under its label ("Номер протокола:" / "5") is read on the label's line — after the page numbers are
  // gone, so that a page's number under a line ending with a colon is never taken for a value.
  // A protocol kept in a Markdown note ("### Күн тәртібі", "**Хатшы:** …", "> Кеңес мүшелері – 19.") is read without its marks.
  // An attendance table's "№" a PDF left joined to the name by a space ("1 Жунусов А.Б.<tab>очно") parted by its tab.
  // A table drawn with box characters ("┌──┬──┐", "║ … ║"), its wrapped cells on rows of their own, read as one typed with pipes.
  // A slide pasted into the protocol ("[значок: галочка]" / "13" / "присутствуют на заседании", "Кворум имеется – 76 %   ▲ 2
  // чел. к заседанию 20.08", "Слайд 1 из 6 · …"): its pictures' alt text, its changes and its number taken off (slideMarks.ts);
  // its tiles in a grid, in a Word table or one under another written as the labelled values they stand for (slideTiles.ts);
  // its vote table in fixed-width columns given a Word row's tabs (fixedWidthVoteTable.ts).
  const textLines = joinFormValues(withoutMarkdown(numberColumnApart(tabFixedWidthVoteTables(tabRuledGrids(readNumbersOverCaptions(readTileCells(readTileGrids(withoutSlideMarks(boxTablesAsPipes(pages.lines)))))))), { listLabels: true, typed: pages.lines }));
  // A protocol typed as one paragraph is read clause by clause; every line told is the text's.
  // A list typed in two columns is read column by column.
  // A protocol pasted out of a chat reads on from message to message, the stamps taken off.
  // Two lists side by side under their headings ("ПРИСУТСТВОВАЛИ (19):      ОТСУТСТВОВАЛИ (6):", "ҚАТЫСҚАНДАР (14):<tab>ҚАТЫСПАҒАНДАР (3):")
  // are read one after the other; so are a Word table's two cells that are whole lists under their headings.
  // A protocol set in two newspaper columns (a PDF: each line the left column's and the right one's, a tab between) is
  // read column by column, before a paragraph is cut into its clauses (a line of both columns is no paragraph).
  // A bilingual text typed side by side ("Kazakh … | Russian …", each column wrapping its own lines) is read block by
  // block, each block's one language, then the other's.
  // A post forwarded into the channel or the chat from another body ("↪️ Forwarded from … мәслихаты", "Пересланное
  // сообщение от …") is that body's: its sitting's counts and votes are none of the council's, blanked — unless it is the
  // protocol itself, forwarded (its title inside).
  const columns = readLanguageColumns(splitPageColumns(blankForwardedPosts(withoutChatStamps(textLines), (post) => post.some((l) => PROTOCOL_TITLE.test(l)))));
  const clauses = splitParagraphs(columns.lines);
  const paragraphs = { lines: clauses.lines, numbers: clauses.numbers.map((n) => columns.numbers[n - 1]) };
  // A list in three columns ("Жанабаев С.О.<tab>Миронова Е.В.<tab>Абенов К.Т."): the right column cut off is itself two, cut again.
  const split = splitColumns(splitColumns(splitSideBySide(splitListCells(paragraphs))));
  const numbers = split.numbers;
  const issues: ExtractIssue[] = [];
  if (kazakh.noDictionary) issues.push({ line: 1, message: KAZAKH_UNREAD });
  if (script.latin) issues.push({ line: 1, message: 'the text is Kazakh in the Latin alphabet: read in Cyrillic, letter for letter (the names are given in Cyrillic)' });
  for (const k of corrected.unplaced) issues.push({ line: k + 1, message: UNPLACED_CORRECTION });
  for (const q of quotes.quoted) issues.push({ line: q.from, message: `a vote quoted from another text, lines ${q.from}–${q.to}: not a vote of this sitting` });
  for (const d of others.documents) issues.push({ line: d.from, message: `another document (${d.kind}) in the file, lines ${d.from}–${d.to}: not read as the protocol's` });
  if (own.cut !== null) issues.push({ line: own.cut, message: 'another protocol starts here (its own heading and number): the extract is of the first, the rest not read' });
  const out: ProtocolExtract = {
    kind: 'protocol', number: null, date: null, body: null, members_total: null, present: null, online: null,
    attendees: [], absentees: [], agenda: [], votes: [], issues,
  };
  // Each step is independent; a bug in one must not lose what the others found.
  guard(issues, 'header', () => Object.assign(out, readHeader(textLines, own.lines)));
  // "Справочно (первый день, 09.12.2025): присутствовали 35 …, голосовали: за – 30 …" in the second day's protocol: another
  // sitting's counts and votes, blanked before anything is read.
  let lines = split.lines;
  guard(issues, 'other sittings', () => (lines = withoutOtherSittings(split.lines, out.date)));
  // "(Напомним, на майском заседании присутствовали 10 членов …)", "на мартовском заседании … (тогда «за» было 5 голосов
  // из 12)": another sitting recalled in the middle of a sentence — its clause blanked too.
  guard(issues, 'recalled sittings', () => (lines = withoutRecalledSittings(lines, out.date)));
  // An attendance matrix of the year's meetings ("18.02 | 15.04 | … | 21.10 (настоящее)"): only the column of this protocol's
  // meeting is its attendance — the matrix is read as a table of that column alone, its marks spelled by the legend.
  guard(issues, 'meeting matrix', () => (lines = keepOwnMeetingColumn(lines, out.date, out.number)));
  // An attendance table's participation told by codes a legend explains ("О" / "* Коды участия: О – очно; Д – дистанционно
  // (Zoom); …"): each code cell read as its legend spells it.
  guard(issues, 'participation codes', () => (lines = spellParticipationCodes(lines)));
  // A roll's closing marks a quoted legend explains ("«+» – қатысты, «–» – қатыспады" / "… ........ +"): each spelled out.
  guard(issues, 'mark legend', () => (lines = spellMarkLegend(lines)));
  let statedLines: StatedLines = {};
  guard(issues, 'stated counts', () => {
    // A working group's own protocol: "члены рабочей группы" are its members (protocol/ownGroupMembers).
    const { lines: at, ...counts } = readStatedCounts(groupAsOwnBody(lines, out.body), issues);
    Object.assign(out, counts);
    statedLines = at;
  });
  // A joint sitting's attendance told body by body ("от ОС по культуре – 12 из 15 членов (из них 2 – по видеосвязи); от ОС по
  // молодежной политике – 9 из 11", "ҚК-дан – 11-ден 9, мәслихат комиссиясынан – 4 депутат"): the host council's clause.
  guard(issues, 'joint counts by body', () => {
    const host = readHostCountsOfJoint(lines);
    if (!host) return;
    out.members_total = host.members_total;
    out.present = host.present;
    statedLines = { ...statedLines, present: host.line, differing: {} };
    if (host.online !== null) {
      out.online = host.online;
      statedLines = { ...statedLines, online: host.line };
    }
    withdrawIssues(issues, /^members stated as /);
  });
  // No sentence of counts, but a drawn summary table of them ("Состав Совета | Присутствуют: всего | из них: очно | онлайн |
  // Отсутствуют …", one row of numbers): each count from the column whose header path names it; only what no sentence stated.
  guard(issues, 'summary table', () => {
    if (out.members_total !== null && out.present !== null) return;
    const box = readSummaryBox(lines);
    if (!box) return;
    if (out.members_total === null) out.members_total = box.members_total;
    if (out.present === null && box.present !== null) {
      out.present = box.present;
      statedLines = { ...statedLines, present: box.line };
      if (out.online === null && box.online !== null) {
        out.online = box.online;
        statedLines = { ...statedLines, online: box.line };
      }
    }
  });
  // A word-for-word record's roll call, each name answered on the line under it ("— Здесь.", "АБЕНОВА Д.Р.: Отсутствует, …").
  // Or the roll called in the caller's turns ("Кенжеев?" / "КЕНЖЕЕВ: Здесь." / "Шамшиев, Искакова – все в зале.").
  // (A summary box of counts names no one: its header's wrapped lines, "Кеңес мүшелерінің" / "саны /", are no table of members —
  // held-out 186's Kenkiyak box read as one had its absentees' list withheld as unsure.)
  guard(issues, 'attendance', () => {
    const box = readSummaryBox(lines);
    const listed = box ? lines.map((l, k) => (k + 1 >= box.start && k + 1 <= box.line + 1 ? '' : l)) : lines;
    Object.assign(out, readSpokenRollCall(listed) ?? readCalledRoll(listed, { present: out.present }) ?? readAttendance(listed, issues, out.date));
  });
  // No list under a heading of presence, but "Список членов совета:" with each line's own status ("– присутствовала
  // (онлайн)", "– отсутствовал, ежегодный отпуск"): each member is where the line says.
  // The same when the roll's own lines were read as lists (a status word taken for a heading, or for an absentee's line):
  // "Кеңес мүшелерінің тізімі және отырысқа келуі:" / "Ғабдуллин С.А. ....... келді" / "Бекмұхамбетов Т.С. .... демалыста,
  // келмеді" — every one read stands on a line of the roll, which tells each one's status.
  guard(issues, 'members with a status', () => {
    const roll = readStatusRoll(lines, { present: out.present, total: out.members_total });
    if (!roll) return;
    const rolled = new Set([...roll.attendees, ...roll.absentees].map((p) => p.line));
    const before = [...out.attendees, ...out.absentees];
    if (before.length > 0 && (roll.attendees.length === 0 || !before.every((p) => rolled.has(p.line)))) return;
    const listedBefore = before.length > 0;
    Object.assign(out, roll);
    if (!listedBefore) return;
    delete out.attendees_listed;
    delete out.absentees_listed;
    withdrawIssues(issues, /only the absentees are listed/);
  });
  // No list either, but a Word table of the members by commission, a column each, every cell a member with his attendance.
  guard(issues, 'members by commission column', () => {
    if (out.attendees.length > 0 || out.absentees.length > 0) return;
    const roll = readCommissionColumns(lines, out.present);
    if (!roll) return;
    Object.assign(out, roll);
    delete out.attendees_listed;
    delete out.absentees_listed;
  });
  // No sentence of counts and no list, but a table of counts per commission with the council's totals row ("Итого по
  // Совету | 25 | 20 | 2 | 5"): the totals row's counts, the absentees named beside their commissions.
  // Or named below the table in a list of their own ("Не присутствовали:" / four names with reasons): that list kept.
  guard(issues, 'counts by commission', () => {
    if (out.members_total !== null || out.present !== null || out.attendees.length > 0) return;
    const groups = readGroupCounts(lines);
    if (!groups) return;
    out.members_total = groups.members_total;
    out.present = groups.present;
    out.online = groups.online;
    if (groups.absentees && out.absentees.length === 0) out.absentees = groups.absentees;
    issues.push({ line: 1, message: 'the attendance is told as counts per commission: the council\'s totals row read, no one present is named' });
  });
  // No list, but the members set out as a grid of ticked names under the tick's legend ("Мырзахметов А.Т. ✓   Сыздықова
  // Г.Н. ✓ (онлайн)", an absent member on a line of his own): read when it agrees with the counts stated.
  guard(issues, 'members in a ticked grid', () => {
    if (out.attendees.length > 0 || out.absentees.length > 0) return;
    const grid = readMarkedGrid(lines, { present: out.present, total: out.members_total });
    if (!grid) return;
    Object.assign(out, grid);
    delete out.attendees_listed;
    delete out.absentees_listed;
    withdrawIssues(issues, /no one present is named/);
  });
  // The absentees listed in Kazakh and again in Russian ("Ахмеденов Б.Қ. (іссапар)" / "Ахмеденов Б.К. (командировка)"): one list.
  guard(issues, 'absentees in two languages', () => {
    const one = oneListOfTwoLanguages(out.absentees);
    if (!one.halved) return;
    out.absentees = one.absentees;
    issues.push({ line: one.absentees[0].line, message: `the absentees are listed twice, the same ${one.absentees.length} persons in two languages: each read once` });
  });
  // So those present, named in both columns of a side-by-side text ("Ғабдуллин Ә.С." / "Габдуллин А.С."): one list.
  guard(issues, 'attendees in two languages', () => {
    const one = oneAttendeeListOfTwoLanguages(out.attendees);
    if (!one.halved) return;
    out.attendees = one.attendees;
    withdrawIssues(issues, /^stated \d+ present, \d+ listed$/);
    issues.push({ line: one.attendees[0].line, message: `those present are listed twice, the same ${one.attendees.length} persons in two languages: each read once` });
  });
  // "14. Қалиев Самат Болатұлы (Zoom)" posted again below the list, corrected: the same person, marked as the later line says.
  guard(issues, 'corrected items', () => {
    for (const at of applyCorrectedItems(lines, out.attendees)) issues.push({ line: at, message: 'an item of the list posted again, corrected: read as the same person, with its mark' });
  });
  // "Онлайн қосылғандар: Ыдырысов Н.Ғ., …" under the full list of those present: each one already listed, online.
  guard(issues, 'online repeats', () => {
    const folded = foldOnlineRepeats(out.attendees, out.present);
    if (folded.length > 0) issues.push({ line: folded[0], message: `${folded.length} of those online are listed again apart from the list of those present: each read once, online` });
  });
  // No list of those present, but those online named only in a pasted Zoom participants report (its rows connections,
  // the host's and the room's among them) and those in the room on a line of their own: read when the stated counts
  // close both (as many persons in the report as stated online, the rest named in the room).
  guard(issues, 'zoom participants', () => {
    if (out.attendees.length > 0 || out.attendees_listed === false || isJointMeeting(lines)) return;
    const read = readZoomParticipants(lines, out.present, out.online);
    if (!read) return;
    out.attendees = read;
    // (The heading of those present has its people now.)
    withdrawIssues(issues, /heads a list of attendees, but no person was read/);
    issues.push({ line: read[read.length - 1].line, message: `those online read from the Zoom participants report (each person once, the host's account, the room and those not named as persons left out): ${read.filter((a) => a.online).length}, as stated` });
  });
  // "Присутствовали: члены … – согласно листу регистрации (Приложение 1)": the members present are named in the sheet annexed
  // after the signatures — read when it names as many as are stated present (the absentees stay those read above).
  guard(issues, 'registration sheet annexed', () => {
    if (out.attendees.length > 0) return;
    const sheet = readRegistrationAnnex(lines, out.present, out.date);
    if (!sheet) return;
    out.attendees = sheet.attendees;
    delete out.attendees_listed;
    withdrawIssues(issues, /heads a list of attendees, but no person was read|only the absentees are listed/);
    issues.push({ line: sheet.attendees[0].line, message: `those present read from the registration sheet annexed to the protocol: ${sheet.attendees.length}, as stated` });
  });
  // No list either, but a sentence naming those in the room ("В зале находились …; Кусаинов А.Б. … участвовал по
  // видеосвязи"): read when it names as many as are stated present.
  guard(issues, 'present named in a sentence', () => {
    if (out.attendees.length > 0) return;
    const named = readPresentSentence(lines, out.present, out.online);
    if (!named) return;
    out.attendees = named;
    delete out.attendees_listed;
    withdrawIssues(issues, /heads a list of attendees, but no person was read|only the absentees are listed/);
  });
  // No list and no sentence of those present, but the attendance told as narrative, each name governed by its verb ("…
  // Есмұхамбетова Д.Қ. қатысты, сонымен қатар … Нысанбаев Т.Р. Zoom арқылы қосылды, ал … Жолдасов А.Б. себепсіз қатыспады"):
  // read when it names as many present (and online) as stated; the absentees when as many as the members stated leave.
  guard(issues, 'attendance told as narrative', () => {
    if (out.attendees.length > 0) return;
    const told = readAttendanceProse(lines, { present: out.present, online: out.online, total: out.members_total });
    if (!told) return;
    out.attendees = told.attendees;
    delete out.attendees_listed;
    if (out.absentees.length === 0 && told.absentees.length > 0) {
      out.absentees = told.absentees;
      delete out.absentees_listed;
    }
    withdrawIssues(issues, /heads a list of attendees, but no person was read|only the absentees are listed/);
  });
  // The list has no marks, but a sentence names those online ("Один член Совета (Сейткали Д.Н.) подключился по видеосвязи").
  guard(issues, 'online named apart', () => {
    const at = markOnlineNamedApart(lines, out.attendees, out.online);
    if (at !== null) issues.push({ line: at, message: 'those online named in a sentence apart from the list: marked online in it' });
  });
  // "Секретарь – Оспанова Г.Т. (членом Совета не является)" and a Zoom list naming her among the members: she is no attendee.
  guard(issues, 'no members named', () => {
    const read = withoutNoMembersNamed(out.attendees, lines);
    if (read.dropped.length === 0) return;
    out.attendees = read.attendees;
    issues.push({ line: read.dropped[0], message: `${read.dropped.length} listed the protocol says elsewhere is no member: not read as attendees` });
  });
  // "Председательствующий – … Жакупова Г.С." / "Члены Совета (кроме председательствующего и секретаря):": the chair and a
  // member secretary told apart from the list are attendees too, when the count stated closes with them.
  guard(issues, 'chair and secretary apart', () => {
    if (out.attendees.length === 0 || out.attendees_listed === false) return;
    const added = leadersApart(lines, numbers, out.attendees, [...out.attendees, ...out.absentees].map((p) => p.name), out.present);
    if (added.length === 0) return;
    out.attendees = [...added, ...out.attendees];
    issues.push({ line: added[0].line, message: `${added.map((a) => a.name).join(', ')} told apart from the list as ${added.length > 1 ? 'chair and secretary' : added[0].role}: read as attendees` });
  });
  // All those present stated online ("в зале … члены Совета не присутствовали", "к видеоконференции подключились 13 членов")
  // and as many listed, none marked: each one listed took part online.
  // So in a meeting held online only ("Очного присутствия не было", "тек онлайн / только онлайн"), whatever few the list marks
  // ("(Zoom: \"Galina K\")").
  if ((out.online !== null && out.online === out.present && out.attendees.length === out.present && out.attendees.every((a) => !a.online))
    || (heldWhollyOnline(lines) && out.attendees.length > 0 && (out.present === null || out.attendees.length === out.present))) {
    for (const a of out.attendees) a.online = true;
  }
  // A written poll's protocol names the members whose sheets came in ("№ | Кеңес мүшесі | Парақ түскен күн | 1 | 2 | 3", set
  // 195): they voted, no one sat — none of them is an attendee (protocol/writtenPoll.ts).
  guard(issues, 'written poll', () => {
    if (out.attendees.length === 0 || !isWrittenPoll(lines)) return;
    issues.push({ line: out.attendees[0].line, message: `a written poll: the ${out.attendees.length} members named with their sheets voted in writing, none sat — not read as attendees` });
    out.attendees = [];
  });
  // No one read as present is "not written", not "nobody came" (no data is not zero).
  if (out.attendees.length === 0) out.attendees_listed = false;
  // "Оспанова Ж.Б. — служебная командировка" read as present: the absentees' list was read as those present, and neither
  // count can be stated (the names are kept, with an issue).
  const away = absentAmongPresent(out.attendees);
  if (away.length > 0) {
    out.attendees_listed = false;
    out.absentees_listed = false;
    for (const a of away) issues.push({ line: a.line, message: `${a.name} read as present, but the line gives a reason for being away ("${a.role}"): the counts of attendees and absentees not taken` });
  }
  // "11 members, 9 present" and 9 read as absent: more absent than the members stated leave room for — the list read is not
  // the absentees (two columns side by side read as one), and its count would be false: not stated.
  if (!isJointMeeting(lines) && out.members_total !== null && out.present !== null && out.absentees.length > 0 && out.present + out.absentees.length > out.members_total) {
    out.absentees_listed = false;
    issues.push({ line: out.absentees[0].line, message: `${out.absentees.length} read as absent, but ${out.members_total} members and ${out.present} present leave ${out.members_total - out.present}: the absentees' count not taken` });
  }
  // (A joint meeting states the counts of one body and lists those of both: the rule above is not for it.)
  // A joint meeting of two councils lists the members of each: the lists read are no one council's (the sum is not the
  // host's attendance) — neither count is stated.
  const joint = isJointMeetingOfCouncils(lines);
  // Its attendance told council by council under blocks ("А) Общественный совет при Управлении образования (состав – 15
  // членов)."): the host's block alone is read — its size, its lists.
  let hostRead = false;
  guard(issues, 'joint meeting', () => {
    const block = joint ? hostBlockOfJoint(lines) : null;
    if (!block) return;
    const own = lines.map((l, k) => (k >= block.start && k < block.end ? l : ''));
    const { lines: _at, ...counts } = readStatedCounts(own, []);
    const read = readAttendance(own, [], out.date);
    // The block's own count of those present is the one the protocol states (else the block is not the host's as read).
    if (counts.present != null && counts.present !== out.present) return;
    if (counts.members_total != null) out.members_total = counts.members_total;
    Object.assign(out, read);
    hostRead = read.attendees_listed !== false && read.attendees.length > 0;
    if (hostRead) issues.push({ line: block.start + 1, message: 'a joint meeting of councils: the host council\'s block of the attendance read, the other councils\' left out' });
  });
  // Its lists told under headings naming each council ("Әуезов ауданы ҚК мүшелерінен қатысқандар:" / "Алатау ауданы ҚК мүшелері
  // (…):"): the other councils' lists left out, the host's read — when as many are read present as the protocol states.
  guard(issues, 'joint meeting lists', () => {
    const own = joint && !hostRead ? withoutOtherCouncilsLists(lines) : null;
    if (!own) return;
    const read = readAttendance(own.lines, [], out.date);
    // (No heading naming the host: the lists left are its own only when they close its stated count.)
    if (read.attendees.length === 0 || read.attendees_listed === false || (out.present !== null && read.attendees.length !== out.present) || (!own.hostNamed && out.present === null)) return;
    Object.assign(out, read);
    hostRead = true;
    issues.push({ line: 1, message: 'a joint meeting of councils: the host council\'s lists read, the other councils\' left out' });
  });
  // Its lists under no council's name ("Қатысқан мүшелер: …" / "Қатыспағандар: …", the other council's members in a paragraph
  // of their own under its name) are the host's when they close the host's stated counts exactly: as many present as
  // stated, online as stated, and with the absentees as many as its members.
  if (joint && !hostRead && listsCloseHostCounts(out)) {
    hostRead = true;
    issues.push({ line: out.attendees[0].line, message: 'a joint meeting of councils: the lists read close the host council\'s stated counts, read as its own' });
  }
  if (joint && !hostRead && (out.attendees.length > 0 || out.absentees.length > 0)) {
    out.attendees_listed = false;
    out.absentees_listed = false;
    issues.push({ line: 1, message: 'a joint meeting of councils: the attendance lists name the members of each, their counts not taken' });
  }
  // No absentee read is not "nobody missed the meeting" unless the text says so or all the members are stated present.
  if (out.absentees.length === 0 && !(out.present !== null && out.present === out.members_total) && !statesNobodyAbsent(lines)) out.absentees_listed = false;
  // Members, present and the lists that do not add up: the lists' counts withheld, never one of them chosen.
  withholdContradictedAttendance(out, joint || isJointMeeting(lines), issues);
  // An e-form's agenda, a bare number on a line and the item's title under it ("1" / "… туралы"), read as "1. … туралы".
  guard(issues, 'agenda', () => (out.agenda = readAgenda(joinBareItemNumbers(lines), issues)));
  // A word-for-word record's agenda, said by the chair ("у нас три вопроса. Первый — … Второй — … И третий — …").
  guard(issues, 'agenda said', () => {
    if (out.agenda.length === 0) out.agenda = readSpokenAgenda(lines);
  });
  // An agenda whose numbers the copy lost ("ПОВЕСТКА ДНЯ:" / "Об итогах …" / "Разное."), as many lines as the discussion's
  // numbered sections ("1. СЛУШАЛИ:" … "5. Разное.").
  guard(issues, 'agenda unnumbered', () => {
    if (out.agenda.length === 0) out.agenda = readUnnumberedAgenda(lines);
  });
  // The agenda told in the narrative: its count then its items in a sentence ("В повестке – три вопроса: о …; о …; о …",
  // "күн тәртібіне үш мәселе енгізілгенін айтты: біріншісі – …", "предложил рассмотреть три вопроса: о …, об … и о …"), or
  // a paragraph a question opening with its ordinal ("Первый – о …"): read when no list gave as many (its heading's line
  // was read as one item).
  guard(issues, 'agenda in a sentence', () => {
    const told = readAgendaSentence(lines);
    if (told.length > out.agenda.length) out.agenda = told;
  });
  // No item read is "the agenda is not read", not "an agenda of 0 items" (no data is not zero).
  if (out.agenda.length === 0) out.agenda_listed = false;
  // "ПО ПЯТОМУ ВОПРОСУ", "5. БЕСІНШІ МӘСЕЛЕ БОЙЫНША" below an agenda read of fewer items: the agenda was cut by a layout not
  // read, and its count would be false — the items are kept, the count is not stated.
  guard(issues, 'agenda sections', () => {
    const sections = countQuestionSections(lines);
    if (out.agenda.length > 0 && sections > out.agenda.length && !takesItemsOnward(out.agenda, lines)) {
      out.agenda_listed = false;
      issues.push({ line: out.agenda[0].line, message: `the discussion is headed by ${sections} questions, the agenda read has ${out.agenda.length} items: its count not taken` });
    }
  });
  // "Күн тәртібі осы толықтырумен бекітілді" with the addition not read: the printed count is not the agenda adopted.
  // So is one whose items were withdrawn, moved or merged in words not read for sure.
  if (out.agenda.length > 0 && issues.some((i) => i.message === ADDITION_NOT_READ || i.message === AGENDA_CHANGE_NOT_READ)) out.agenda_listed = false;
  // A roll call's counts are taken only when it names each member present.
  const present = { count: out.present, names: out.attendees_listed === false ? [] : out.attendees.map((a) => a.name) };
  // An e-form's vote, each label and its value on lines of their own ("қолдайды" / "8" / "қарсы" / "—"), read as one line;
  // a one-row vote table whose header and row came on one line, told as its sentence.
  // The chairman's reply on top of a draft says how a member took part ("Серікбаев Ж.Қ. … онлайн емес"): the mark goes.
  guard(issues, 'online marks corrected in a reply', () => (out.attendees = applyReplyOnlineMarks(replied, out.attendees)));
  // "за – 9, против – 2, воздержались – 1 (вернее, против – 1, воздержались – 2)", "Түзетілген дерек: … жақтап – 11, қарсы – 3":
  // the vote read with the counts its secretary corrected, the correction no second vote.
  // "Голосование: 7/1/1 (лист голосования – Приложение 2, п. 1).": the reference to the annex is no part of the vote.
  // A sheet of the votes annexed after the signatures ("Приложение 2" / "Лист голосования") restates the body's votes: read
  // apart and joined to them, never votes of its own on the last question (annexedVoteSheet.ts).
  guard(issues, 'votes', () => {
    // A joint sitting's votes told body by body, or together with the council's part: the council's parts alone (jointVoteParts).
    const read = (part: string[], said: ExtractIssue[]) => readVotes(hostPartsOfJointVotes(joinOneLineVoteTables(joinVoteFormLines(correctVotesInPlace(part.map(withoutAnnexReferences))))), said, present);
    const said: ExtractIssue[] = [];
    const votes = read(lines, said);
    const sheet = voteSheetOf(lines);
    // (A sheet the readers joined to the body's results themselves — its counts to "РЕШИЛИ: предложение не принято." — leaves
    // all the votes on its lines, or none: read as it is.)
    const onSheet = (v: ProtocolVote) => sheet !== null && v.line > sheet.from && v.line <= sheet.to;
    if (sheet === null || votes.every(onSheet) || !votes.some(onSheet)) {
      issues.push(...said);
      out.votes = votes;
    } else out.votes = withVoteSheet(read(blankedLines(lines, sheet, false), issues), read(blankedLines(lines, sheet, true), issues), issues);
  });
  // "ИСПРАВЛЕНИЕ ТЕХНИЧЕСКОЙ ОШИБКИ … по вопросу 2 … следует читать: «Голосовали: за – 10, …»": the notice's vote replaces
  // the one printed under that question.
  guard(issues, 'corrected votes', () => (out.votes = applyCorrectedVotes(lines, out.votes, issues)));
  guard(issues, 'votes corrected in a reply', () => {
    if (mailed.reply.size > 0) out.votes = applyRepliedVotes(lines, out.votes, readVotes(replied), issues);
  });
  // Each council of a joint meeting votes apart: only the host's vote of each question is this protocol's.
  if (joint) out.votes = hostVotesOfJoint(out.votes, lines);
  // A vote told again — by the decision under its counts, or in a closing list of the decisions — is the same vote.
  guard(issues, 'restated votes', () => (out.votes = withoutRestatedVotes(out.votes, lines)));
  // "Вопросы, вынесенные на заседание (повестка дня не утверждалась):", a meeting without quorum: no vote, and the items
  // were a draft never taken up — kept, their count not stated.
  guard(issues, 'agenda taken', () => {
    const at = agendaNotTaken(lines);
    if (at !== null && out.agenda.length > 0 && out.votes.length === 0) {
      out.agenda_listed = false;
      issues.push({ line: at, message: `the agenda was not taken up (no vote, the text says so): its ${out.agenda.length} items are kept, its count not taken` });
    }
  });
  // Counts that add up to more than could have voted are another clause's numbers: withheld, the result kept.
  withholdVotesBeyondMembers(out.votes, out.members_total, out.present, joint || isJointMeeting(lines), issues);
  // "2-еуі онлайн" above, "үшеуі онлайн" below, three marked online in the roll: the list settles it.
  guard(issues, 'settled by the list', () => settleByList(out, statedLines, issues));
  guard(issues, 'checks', () => checkCounts(out, statedLines, issues, lines));
  // Each vote's question as its section's heading or its row tells it ("По второму вопросу", "2. СЛУШАЛИ:", "2-мәселе
  // бойынша"), never its place in the list.
  guard(issues, 'questions of the votes', () => markVoteQuestions(lines, out.votes, out.agenda));
  // Every line read so far is a line of the text as split and joined: each is given back as the document's line, and
  // so is a line a message names ("online stated as 8 (line 14) and 9 (line 16)").
  for (const map of [numbers, pages.numbers]) {
    if (map.every((n, k) => n === k + 1)) continue;
    const at = (line: number) => map[line - 1] ?? line;
    for (const x of [...out.attendees, ...out.absentees, ...out.agenda, ...out.votes, ...issues]) x.line = at(x.line);
    for (const x of issues) x.message = x.message.replace(/\(line (\d+)\)/gu, (_, n: string) => `(line ${at(Number(n))})`);
  }
  // A vote's words as the document writes them ("«за» – 1l"), though read repaired.
  for (const v of out.votes) v.text = asWritten(v.text, v.line, written, repaired);
  // The names, roles, reasons and agenda items with the words as typed, where Kazakh letters were given back to read them.
  // And with the letters OCR read as digits as the document writes them ("3аседание", "0тчет").
  const kazakhTyped = asTypedWords(typed, repaired);
  const ocr = asWrittenWords(written, typed);
  const asTyped = (text: string, line: number) => ocr(kazakhTyped(text), line);
  for (const a of out.agenda) a.title = asTyped(a.title, a.line);
  for (const p of out.attendees) [p.name, p.role] = [asTyped(p.name, p.line), p.role === null ? null : asTyped(p.role, p.line)];
  for (const p of out.absentees) [p.name, p.reason] = [asTyped(p.name, p.line), p.reason === null ? null : asTyped(p.reason, p.line)];
  issues.sort((a, b) => a.line - b.line);
  return out;
}

/** A protocol's title in a mailed message: "ОТЫРЫСЫНЫҢ № 8 ХАТТАМАСЫ", "ПРОТОКОЛ № 7", "Хаттама № 3". */
function isProtocolTitle(line: string): boolean {
  return /(?<![\p{L}])(?:протокол|хаттама)\p{L}*/iu.test(line) && (/№/u.test(line) || !/\p{Ll}/u.test(line));
}

function guard(issues: ExtractIssue[], step: string, run: () => unknown): void {
  try {
    run();
  } catch (error) {
    issues.push({ line: 1, message: `could not read the ${step}: ${(error as Error)?.message ?? String(error)}` });
  }
}

/**
 * An issue an earlier reader raised that a later one answered (a roll read after all, its lists replaced) is taken
 * back, in place. Matched by its message: ExtractIssue has no code yet.
 */
function withdrawIssues(issues: ExtractIssue[], message: RegExp): void {
  issues.splice(0, issues.length, ...issues.filter((x) => !message.test(x.message)));
}
