import { COUNT_SOURCE as N, parseCount } from '../parseCount.ts';
import { languageIsKazakh, lineLanguage } from '../toLines.ts';
import type { ExtractIssue, ProtocolExtract } from '../types.ts';
import { isStatusLine } from './readStatusRoll.ts';
import { IN_PERSON_WORDS } from './readAttendanceTable.ts';
import { namedOnlineCount } from './namedOnlineCount.ts';
import { ABSENT_HEADING, ALSO_PRESENT, MEMBERS_HEADING, ONLINE, PRESENT_ELLIPTIC, PRESENT_HEADING, QUESTION_NEW, SECTION_DECIDED, SECTION_NEW } from './lexicon.ts';
import { INITIALS, NAME_WORD, re, SURNAME_INITIALS } from './re.ts';
import { matchesOf } from '../grammar/matchesOf.ts';
import { mayMatch } from '../grammar/requiredText.ts';
import { sentencesOf } from '../grammar/sentencesOf.ts';
import { councilNamedIn, isJointMeetingOfCouncils } from './jointMeeting.ts';
import { blankNumberTwiceLines } from '../grammar/numberTwice.ts';
import { blankApproximateCounts } from './approximateCounts.ts';
import { blankShareCounts } from './shareCounts.ts';
import { opensPoint, withoutPointNumber } from './outlineNumber.ts';
import { leaderAsDash } from './leaderAsDash.ts';
import { LIST_TOTAL } from './listTotal.ts';

/** Where the chosen stated counts stand, for the issues about them. */
export interface StatedLines {
  present?: number;
  online?: number;
  /** Each value stated for the count where the statements differ (the chosen one first): for a list to settle. */
  differing?: { present?: number[]; online?: number[] };
}

interface Stated {
  value: number;
  line: number;
  kazakh: boolean;
}

/** The counts read from one line (or one sentence). */
interface Found {
  total: Stated[];
  present: Stated[];
  online: Stated[];
}

/** The word for the program between the means and the verb: "Teams бағдарламасы арқылы", "через платформу Zoom". */
const APP = '(?:бағдарлама|платформа|қосымша|программ|платформ|приложени)[\\p{L}]*';

/** "и", "а", "ещё", "ал", "және", "тағы": a clause of those online joined to the one of those in the room. */
const AND_MORE = '(?<![\\p{L}])(?:и|а|ещё|еще|и\\s+ещё|и\\s+еще|ал|және|тағы)';

/**
 * "Отырыста 12 мүше болды", "На заседании были 12 членов Совета": the members at this meeting with the verb "were" — not at
 * another one ("өткен отырыста 13 мүше болды", "на прошлом заседании были 14 членов").
 */
const WERE_AT_MEETING = `(?<![\\p{L}])(?<!(?:өткен|алдыңғы|келесі|соңғы|сол|прошлом|предыдущем|следующем|том)\\s+)(?:отырыста\\s+${N}\\s+мүше\\s+болды|(?:на|в)\\s+заседании\\s+(?:совета\\s+)?был[иао]?\\s+${N}\\s+член[\\p{L}]*(?:\\s+(?:совета|комиссии|президиума))?)`;

/**
 * Where those online joined from, said with the means: "2 – по видеосвязи из г. Кульсары", "(двое по Zoom из актового зала
 * акимата)", Kazakh before it, "2 – Құлсары қаласынан бейнебайланыс арқылы" — an off-site meeting's members online from the
 * home town. A place of words only: "из них 3" or a date ("из 14.05") never follows.
 */
const FROM_AFTER = '(?:\\s+из\\s+(?:(?:г|с|п|пос|ст)\\.\\s*)?\\p{L}[\\p{L}-]*(?:\\s+(?!(?:и|а)\\s)\\p{L}[\\p{L}-]*){0,3})?';
const FROM_BEFORE = '(?:(?:\\p{L}[\\p{L}-]*\\s+){0,2}?\\p{L}[\\p{L}-]*(?:дан|ден|тан|тен|нан|нен)\\s+)?';
/**
 * A bilingual bracket's other half after a slash, the same part said again in the other language: "(3-еуі онлайн / 3 –
 * онлайн)", "(двое онлайн / екеуі онлайн)" — the bracket is one statement, read from its first half.
 */
const OTHER_LANGUAGES_HALF = `(?:\\s*/\\s*(?:${N}\\s*[-–—]?\\s*)?(?:[\\p{L}]+\\s+){0,2}?${ONLINE}[\\p{L}]*)?`;
/** A count of its own, in digits or words, as a whole word. */
const COUNT_WORD = re(`(?<![\\p{L}\\d])(?:${N})(?![\\p{L}\\d])`);
/** Whether, in a match of an online pattern, a count stands between the count read and the words of the means. */
function anotherCountBefore(matched: string, count: string): boolean {
  const means = re(ONLINE).exec(matched);
  const before = means === null ? matched : matched.slice(0, means.index);
  // (The count read is its last telling before the means: "12 членов Совета (2 человека – по видеосвязи)" reads the 2.)
  return COUNT_WORD.test(before.slice(before.lastIndexOf(count) + count.length));
}
const ONLINE_STATED = [
  // "двое из них - Ким А.Г. и Садыкова Н.М. - по видеосвязи": the names between, their initials' stops no end of the clause.
  // (Not when the means has its own count after a dash: "Присутствовали – 13" / "из них по видеосвязи – 2", a form's rows
  // read as one sentence, are 13 present, 2 of them online.)
  `(${N})(?:\\s+(?:член[\\p{L}]*|человек|мүше[\\p{L}]*))?\\s+из\\s+(?:которых|них)(?:[^.;]|(?<=(?<![\\p{L}])\\p{Lu})\\.){0,80}?${ONLINE}(?![\\p{L}]*(?:\\s*\\([^()]*\\))?\\s*[:\\-–—]\\s*${N})`,
  // ("солардың сегізі келді, оның екеуі WhatsApp арқылы": "олардың" is a word of its own, not the end of "солардың", of them all;
  // "9 мүше келді, солардың бірі бейнебайланыс арқылы қосылды": "солардың" after the count of those present, of them.)
  `(?<![\\p{L}])(?:из\\s+(?:них|которых)|в\\s+том\\s+числе|в\\s+т\\.\\s?ч\\.|оның(?:\\s+ішінде)?|соның\\s+ішінде|олардың(?:\\s+ішінде)?)\\s*[:\\-–—]?\\s*(${N})(?:[^.;]|(?<=(?<![\\p{L}])\\p{Lu})\\.){0,80}?${ONLINE}`,
  // "из них по видеоконференцсвязи (ВКС) подключились 2", "оның ішінде Zoom арқылы қосылғандары – 3": of those present, the
  // means, then the verb and the count ending its clause (not "… подключились 2 приглашенных", no members).
  // The same after the part in the room, told after the colon of those who take part: "В заседании участвуют 12 членов Совета:
  // в зале – 8, дистанционно через Zoom подключились 4." (set 156).
  `(?:(?<![\\p{L}])(?:из\\s+(?:них|которых)|в\\s+том\\s+числе|оның\\s+ішінде|олардың\\s+ішінде)|(?<=(?:участв|присутств|қатыс|келд)[\\p{L}]*[^.;:]{0,40}?:\\s*${IN_PERSON_WORDS}\\s*[-–—]?\\s*${N}\\s*[,;]))\\s+(?:(?:по|через)\\s+)?${ONLINE}[\\p{L}]*(?:\\s*\\([^()\\d]{1,30}\\))?(?:\\s+(?:через|по)\\s+${ONLINE}[\\p{L}]*)?(?:\\s+арқылы)?\\s+(?:подключил|участвовал|присутствовал|қосыл|қатыс)[\\p{L}]*\\s*[-–—:]?\\s*(${N})(?=\\s*(?:[.;,)]|$|(?:член|человек|чел\\.|мүше|адам)))`,
  // "оның ішінде онлайн режимде 3 человека", "из них онлайн 2 члена", "в том числе в режиме онлайн – 3 мүше": of those present,
  // the means and its mode first, the count of persons after (a noun of members or people in either language, which a
  // secretary switching languages may pick: not "из них онлайн 3 раза", nor a count of connections).
  `(?<![\\p{L}])(?:из\\s+(?:них|которых)|в\\s+том\\s+числе|в\\s+т\\.\\s?ч\\.|оның(?:\\s+ішінде)?|соның\\s+ішінде|олардың(?:\\s+ішінде)?)\\s*[:,]?\\s*(?:(?:в|по|через)\\s+)?(?:(?:режиме|формате)\\s+)?${ONLINE}[\\p{L}]*(?:-(?:формат|режим)[\\p{L}]*)?(?:\\s+(?:арқылы|режимде|режимінде|форматта|форматында|режиме|формате))?\\s*[:\\-–—]?\\s*(${N})\\s+(?:член[\\p{L}]*|человек[\\p{L}]*|чел\\.|мүше[\\p{L}]*|адам)(?![\\p{L}])`,
  // "солардың" with the means in its own clause: "9 мүше келді, солардың бірі бейнебайланыс арқылы қосылды" (not "солардың
  // сегізі келді, оның екеуі …", the count of those who came).
  `(?<![\\p{L}])солардың(?:\\s+ішінде)?\\s*[:\\-–—]?\\s*(${N})[^.;,]{0,80}?${ONLINE}`,
  // "Отырысқа келгені – 11 мүше, соның 2-еуі Zoom арқылы қосылды": "соның" alone, the means right after the count (not
  // "отырысқа соның 10-ы келді, біреуі онлайн", of the council those who came, the one online another clause).
  `(?<![\\p{L}])соның\\s+(${N})\\s+(?:[\\p{L}]+\\s+){0,2}?${ONLINE}`,
  // (Not the platform's log: "В журнале Webex – 29 подключений", connections, devices and views are no members.)
  `${ONLINE}(?:-(?:формат|режим)[\\p{L}]*)?[\\p{L}\\s]{0,30}?[:\\-–—]\\s*(${N})(?!\\s*(?:подключени|соединени|устройств|просмотр|зрител|қосылым|құрылғ|қаралым))`,
  // "в т.ч. онлайн (Zoom) – 3": the means named in brackets between, the count ending its clause or counting members (not
  // "онлайн (YouTube) – 350 просмотров").
  // The form hyphenated to the means: "из них в онлайн-формате (Zoom) – 2", "онлайн-режимде (Teams) – 3" (only the form or the mode:
  // "онлайн-трансляция (YouTube) – 350" is a broadcast).
  `${ONLINE}(?:-(?:формат|режим)[\\p{L}]*)?[\\p{L}\\s]{0,30}?\\([^()\\d]{1,30}\\)\\s*[:\\-–—]\\s*(${N})(?=\\s*(?:[.;,)]|$|(?:член|человек|чел\\.|мүше|адам)))`,
  `(${N})\\s+(?:член[\\p{L}]*|человек|мүше[\\p{L}]*)\\s+(?:[\\p{L}]+\\s+){0,2}?${ONLINE}`,
  // "участвовали 15: в зале 12, по Zoom 3.", "Были: 14 из 17, онлайн 2." — the count after the means, ending its clause (no
  // date: "через Zoom 14 марта"); a bare marker only after a comma or a colon, for a table's cell "онлайн" runs on into the next row's number.
  // The Kazakh postposition after the means: "(залда 8, ZOOM арқылы 2)".
  `(?:(?:по|через)\\s+|(?<=[,;:]\\s{0,3}))${ONLINE}(?:\\s+арқылы)?\\s*[:\\-–—]?\\s*(${N})(?:\\s+(?:член|человек|чел\\.|мүше|адам)[\\p{L}]*)?(?=\\s*(?:[.;,)]|$))`,
  // "Присутствуют 12, из них онлайн 2 (Тлеген А., Оспанов Р.)", "қатысқаны 10, оның ішінде онлайн 3": the part of those
  // present online after "of them", its count after the means with no dash, the names of those online in a bracket after it.
  `(?<![\\p{L}])(?:из\\s+них|оның\\s+ішінде|соның\\s+ішінде|олардың\\s+ішінде)\\s+${ONLINE}[\\p{L}]*\\s+(${N})(?:\\s+(?:член|человек|чел\\.|мүше)[\\p{L}]*)?(?=\\s*(?:[.;,)(]|$))`,
  // "Отырысқа келгені – 11 мүше (2-еуі онлайн)", "Присутствовали – 12 членов (2 по видеосвязи)": a bracket right after the
  // count of members present holding only the part online (not "(2 приглашенных онлайн)", no means right after the count).
  `(?<=${N}\\s+(?:мүше|член|человек|адам)[\\p{L}]*\\s*)\\(\\s*(${N})\\s+(?:в\\s+(?:формате|режиме)\\s+|по\\s+|через\\s+)?${ONLINE}[\\p{L}]*(?:\\s+(?:арқылы|режимінде|режимде|форматында|форматта))?\\s*\\)`,
  // "Zoom журналы бойынша 10 кеңес мүшесі қосылды", "Webex арқылы 4 мүше қосылды": the means first, the members who joined
  // by it after (not "Zoom арқылы 120 адам қосылды", people, nor the platform's connections).
  `${ONLINE}[\\p{L}]*\\s+(?:арқылы\\s+|журнал[\\p{L}]*\\s+бойынша\\s+)?(${N})\\s+(?:кеңес\\s+|комиссия\\s+)?мүше[\\p{L}]*\\s+қосыл(?:ды|ған)(?![\\p{L}])`,
  // "К конференции подключились 11 членов Совета": the members connected (to a call), online.
  `(?<![\\p{L}])(?<!не\\s{1,3})подключил(?:ись|ось|ся|ась)\\s+(${N})\\s+член`,
  // "Подключились к видеоконференции 14 членов совета", "подключились онлайн 3 члена": the members connected, online.
  `(?<![\\p{L}])(?<!не\\s{1,3})подключил[\\p{L}]*\\s+(?:к\\s+)?(?:[\\p{L}]+\\s+){0,2}?${ONLINE}[\\p{L}]*\\s+(${N})\\s+(?:член|человек)`,
  // "участвуют 21 (17 – очно, 4 – в формате видеоконференцсвязи)", "(15 – бетпе-бет, 3 – онлайн)": a count, a dash, the
  // means, to the end of its clause — the parts of those present set out in brackets or after a comma. The program may be
  // named after the means ("5 – в режиме видеоконференции на платформе Zoom", "3 – онлайн, Zoom платформасында").
  // The part online joined by "и" to the part in the room told the same way, the program after "через": "из них 7 – в зале и
  // 3 – в режиме видеоконференции через Microsoft Teams" (set 156), "очно – 9 и 2 – по видеосвязи".
  `(?:[(,;:]\\s*|(?<=(?:${N}\\s*[-–—]\\s*${IN_PERSON_WORDS}|${IN_PERSON_WORDS}\\s*[-–—]\\s*${N})\\s+)(?:и|а|және)\\s+)(${N})\\s*[-–—]\\s*${FROM_BEFORE}(?:в\\s+(?:формате|режиме)\\s+|по\\s+|через\\s+)?${ONLINE}[\\p{L}]*(?:\\s+(?:арқылы|режимінде|форматында))?(?:\\s*,?\\s+(?:(?:на|через)\\s+${APP}\\s+[\\p{L}\\s]{1,20}?|[\\p{L}\\s]{1,20}?\\s${APP}|(?:через|по)\\s+${ONLINE}[\\p{L}]*))?${FROM_AFTER}\\s*(?=[.;:,)]|$)`,
  // "Отырысқа 15 мүше қатысты: 12-сі залда, 3-еуі онлайн режимде (Zoom).", "Присутствовали 14: 11 очно, 3 по видеосвязи": the parts
  // of those who came set out after the verb's colon, no dash — the part in the room (or none) first, then the part online, its
  // mode or program after it (not "Проведено заседаний: 8 очно, 4 онлайн", no verb of taking part).
  `(?<=(?:қатыс|келд|қосыл|присутств|участв|подключ)[\\p{L}]*[^.;:]{0,40}?:\\s*(?:${N}\\s*[-–—]?\\s*${IN_PERSON_WORDS}[^.;,]{0,20}?(?:,|\\s(?:и|және|а))\\s*)?)(${N})\\s*[-–—]?\\s*(?:в\\s+(?:формате|режиме)\\s+|по\\s+|через\\s+)?${ONLINE}[\\p{L}]*(?:\\s+(?:арқылы|режимінде|режимде|форматында|форматта))?(?:\\s*\\([^()\\d]{1,30}\\))?\\s*(?=[.;,)]|$)`,
  // "Кеңес мүшелерінің бірі отырысқа Zoom арқылы қосылды", "Двое из членов Совета подключились по Zoom": so many of the
  // members joined online.
  // "Отырысқа 5 мүше қатысты (біреуі WhatsApp бейнеқоңырауы арқылы)", "присутствовали 5 членов (один по видеосвязи)": the
  // bracket after the count of those present says how many of them were online.
  // The verb in the present ("Кеңестің 13 мүшесінен 10-ы қатысуда (1-еуі ZOOM арқылы)", "присутствуют 12 (двое онлайн)"), or the
  // count after "at the meeting" ("отырыста – 11 (2-еуі онлайн режимде)", "на заседании – 11 (двое по видеосвязи)"); the mode after the means.
  // "Отырыста 12 мүше болды (2-еуі онлайн форматта)", "На заседании были 12 членов Совета (двое по видеосвязи)": the members
  // there, the verb "were" (WERE_AT_MEETING).
  // The bracket's count named and parted from its means by a dash: "Отырысқа 14 мүше қатысты (2 мүше – онлайн)", "присутствовали
  // 12 членов (2 человека – по видеосвязи)" (not "(2 мүше – іссапарда)", away).
  `(?:қатыс(?:ты|уда|ып\\s+отыр)|присутств(?:овал|ую)[\\p{L}]*|участв(?:овал|ую)[\\p{L}]*|(?<![\\p{L}])(?:отырыста|на\\s+заседании)\\s*[-–—:]\\s*${N}|${WERE_AT_MEETING})(?:(?:\\s+|\\s*:\\s*)${N}(?:\\s+(?:член[\\p{L}]*(?:\\s+(?:совета|комиссии|президиума))?|мүше[\\p{L}]*))?)?\\s*\\(\\s*(${N})(?:\\s+(?:член[\\p{L}]*|человек[\\p{L}]*|мүше[\\p{L}]*|адам)\\s*[-–—])?\\s+${FROM_BEFORE}(?:[\\p{L}]+\\s+){0,2}?${ONLINE}[\\p{L}]*(?:\\s+(?:арқылы|режимде|режимінде|форматта|форматында))?${FROM_AFTER}${OTHER_LANGUAGES_HALF}\\s*\\)`,
  // "15 мүшесінің 12-сі келді, екеуі Zoom арқылы қосылды", "явились 10, двое подключились по видеосвязи": after the count of
  // those present, a clause of how many of them joined online.
  // "…, біреуі Microsoft Teams бағдарламасы арқылы қосылып отыр", "…, двое подключились через платформу Zoom": the program named.
  // "…, екеуі онлайн форматта қосылды", "…, біреуі онлайн режимінде қатысты": the form named.
  // The clause may open with a conjunction instead of the comma, those in the room told before it: "в зале одиннадцать человек и
  // ещё двое подключились по видеосвязи", "залда он бір мүше, ал екеуі Zoom арқылы қосылды", "тағы екеуі онлайн қатысты".
  // "…, екеуі (2) ZOOM платформасы арқылы байланыста", "…, двое были на связи по Zoom": in contact by the means, online.
  `(?<=(?:[,;]\\s{0,3}|${AND_MORE}\\s{1,3}))(${N})\\s+(?:${ONLINE})[\\p{L}]*\\s+(?:${APP}\\s+)?(?:(?:арқылы|форматта|форматында|режимде|режимінде)\\s+)?(?:қосыл[\\p{L}]*|қатыс[\\p{L}]*|байланыс(?:та|қа)(?![\\p{L}]))`,
  `(?<=(?:[,;]\\s{0,3}|${AND_MORE}\\s{1,3}))(${N})\\s+(?:из\\s+них\\s+)?(?:(?:подключил|участв)[\\p{L}]*|(?:был[иао]?\\s+)?на\\s+связи)\\s+(?:по|через)\\s+(?:${APP}\\s+)?(?:${ONLINE})`,
  `мүше(?:лерінің|лерінен)\\s+(${N})\\s+(?:[\\p{L}]+\\s+){0,2}?${ONLINE}[\\p{L}]*\\s+(?:арқылы\\s+)?(?:қосыл|қатыс)[\\p{L}]*`,
  `(?<![\\p{L}\\d])(${N})\\s+из\\s+член[\\p{L}]*\\s+(?:[\\p{L}]+\\s+){0,2}?(?:подключил|участвовал|присутствовал)[\\p{L}]*\\s+(?:[\\p{L}]+\\s+){0,2}?${ONLINE}`,
  // "ещё один член Совета - Исин Б.Ж. - вышел на связь по видеосвязи", "тағы бір мүше – Исин Б.Ж. – бейнебайланыс арқылы
  // қосылды": the count and the one named between dashes, then the verb and the means (or the means and the verb).
  `(?<![\\p{L}\\d])(${N})\\s+(?:член[\\p{L}]*(?:\\s+(?:совета|комиссии))?|мүше(?:сі)?)\\s*[-–—,(]\\s*(?:${SURNAME_INITIALS})\\s*[-–—,)]\\s*(?:(?:вышл?[\\p{L}]*|подключил[\\p{L}]*|участвовал[\\p{L}]*|присутствовал[\\p{L}]*)\\s+(?:[\\p{L}.]+\\s+){0,3}?${ONLINE}|${ONLINE}[\\p{L}]*\\s+(?:арқылы\\s+)?(?:қосылды|қатысты))`,
  // "  дистанционно (2): Абенова Г.Т., Хайрушев М.Д.", "Онлайн (3 чел.):": the online group's heading under those present,
  // its count in brackets.
  `^\\s*(?:[-–—•]\\s*)?(?:(?:в\\s+(?:режиме|формате)|по|через|посредством)\\s+)?${ONLINE}[\\p{L}]*(?:\\s+(?:арқылы|режимінде|форматында))?\\s*\\(\\s*(${N})\\s*(?:чел\\.?|человек[\\p{L}]*|адам|член[\\p{L}]*|мүше[\\p{L}]*)?\\s*\\)\\s*:`,
].map((source) => re(source));

// The names of those online ("Сейтқали Б.Н. мен Омаров Т.Т."), counted one by one.
const NAMES = `(?:${SURNAME_INITIALS})(?:\\s*(?:,|и|мен|пен|бен|және)\\s*(?:${SURNAME_INITIALS}))*`;
// Named, with the verb of taking part: "из которых Сейткали Б.Н. участвует по видеосвязи", "оның ішінде Сейтқали Б.Н. мен Омаров
// Т.Т. бейнебайланыс арқылы қосылды" ("из них" / "Иванов И.И. – онлайн" is a list's line, no sentence).
const NAMED_ONLINE = re(`(?<![\\p{L}])(?:из\\s+(?:них|которых)|оның\\s+ішінде|олардың\\s+ішінде)\\s*[:,]?\\s*(${NAMES})\\s+(?:(?:участву|подключ|присутству)[\\p{L}]*\\s+(?:[\\p{L}]+\\s+){0,2}?(?:по\\s+|через\\s+)?${ONLINE}|${ONLINE}[\\p{L}]*\\s+(?:арқылы\\s+)?(?:қосыл|қатыс)[\\p{L}]*)`);
const NAMES_ALL = re(SURNAME_INITIALS, 'gu');
// "…, біреуі" / "Microsoft Teams бағдарламасы арқылы қосылып отыр:": a clause's count at the end of the line, what it counts on the next.
// "Отырысқа 14 мүше қатысып отыр, оның екеуі" / "Zoom платформасы арқылы қашықтан қосылды.", "…, из них двое" / "по видеосвязи.":
// the count of whom after "of whom" too.
const COUNT_ENDS = re(`(?:[,;]|(?<![\\p{L}])(?:из\\s+(?:них|которых)|оның|соның|олардың)(?:\\s+ішінде)?)\\s*[:\\-–—]?\\s*${N}\\s*$`);
const OF_WHOM_END = re(`(?<![\\p{L}])(?:из\\s+(?:них|которых)|оның\\s+ішінде|олардың(?:\\s+ішінде)?)\\s*[:,\\-–—]?\\s*$`);

/**
 * A meeting held online only, said of the whole meeting: "Заседание проведено полностью в онлайн-формате", "Все участники
 * подключались дистанционно", "Отырыс толығымен онлайн форматта өтті": those online are all those present.
 */
// "Очного присутствия не было", "тек онлайн", "бетпе-бет қатысқан жоқ": nobody in the room.
const WHOLLY_ONLINE = re(`(?<![\\p{L}])очно(?:го)?\\s+(?:(?:присутстви|участи)[\\p{L}]*\\s+)?(?:не\\s+было|никто\\s+не)|(?<![\\p{L}])тек\\s+(?:${ONLINE})|бетпе-бет\\s+(?:ешкім\\s+)?қатыс(?:қан\\s+жоқ|пады)|(?:полностью|только|исключительно)\\s+(?:в\\s+)?(?:${ONLINE})|все\\s+(?:участники|члены)[\\p{L}\\s]{0,20}?подключал[\\p{L}]*\\s+(?:${ONLINE})|(?:толық|толығымен|толықтай)\\s+(?:${ONLINE})|\\(\\s*(?:барлығы|бәрі|все|всех)\\s+(?:${ONLINE})[\\p{L}]*\\s*\\)`
  // The hall empty: "Залда ешкім болған жоқ", "в зале заседаний члены Совета не присутствовали", "в зале никого не было";
  // every member online: "барлық мүшелер қашықтан қатысты", "все члены Совета участвовали дистанционно".
  + `|(?:(?<![\\p{L}])залда|(?<![\\p{L}])в\\s+зале)[^.;\\d]{0,40}?(?:ешкім\\s+(?:болған\\s+жоқ|болмады|отырған\\s+жоқ)|никого\\s+не\\s+было|(?<![\\p{L}])не\\s+присутствовал[\\p{L}]*(?=\\s*(?:[.;,]|$)))`
  + `|(?<![\\p{L}])барлық\\s+(?:кеңес\\s+)?мүшелер[\\p{L}]*\\s+(?:${ONLINE})[\\p{L}]*\\s+(?:арқылы\\s+)?қатыс(?:ты|ып)|(?<![\\p{L}])все\\s+(?:члены|участники)[\\p{L}\\s]{0,20}?(?:участвовал|присутствовал)[\\p{L}]*\\s+(?:в\\s+режиме\\s+)?(?:${ONLINE})`);

/** Whether the protocol says the meeting was held online only (WHOLLY_ONLINE, not of a broadcast). */
export function heldWhollyOnline(lines: string[]): boolean {
  return lines.some((l) => WHOLLY_ONLINE.test(l) && !BROADCAST.test(l) && !TO_COME.test(l));
}

/**
 * Meetings to come, proposed or planned: "отырыстарды 2027 жылдан бастап тек онлайн режимде өткізуді ұсынды", "предложил
 * впредь проводить заседания только в онлайн-формате" — a wish put to the vote, not how this meeting was held.
 */
const TO_COME = re(`(?<![\p{L}])(?:ұсын[\p{L}]*|предлож[\p{L}]*|өткізу(?:ді|ге|ге\s+болады)|проводить|впредь|в\s+дальнейшем|келешекте|болашақта)(?![\p{L}])|(?<![\p{L}])жыл(?:дан|дың)\s+бастап|(?<![\p{L}])с\s+\d{4}\s+года`);

const BROADCAST = re(`трансл[\\p{L}]*|(?<![\\p{L}])эфир|тарат[\\p{L}]*|стрим`);

/** "не присутствовали 2 члена", "2 члена не приняли участие": a negated verb counts the absent, never those present. */
const NOT = '(?<!(?<![\\p{L}])не\\s{1,3})';
// "Состав Общественного совета – 21 член", "Численность постоянной комиссии – 9 человек": an adjective of the body's name, not a group's ("рабочей группы").
const BODY_ADJECTIVE = '(?:(?:общественн|постоянн|республиканск|областн|городск|районн)[\\p{L}]*\\s+)?';
/** "члены комиссии", "члены Общественного совета", "членов президиума": the body's own members (not "члены рабочей группы"). */
const BODY_MEMBERS = `член[\\p{L}]*\\s+${BODY_ADJECTIVE}(?:президиум|комисси|совет|ос(?![\\p{L}]))[\\p{L}]*`;
/**
 * Taking part, as a count follows it: "присутствуют 30", "приняли участие 16". Taking part in anything but the
 * meeting is not attendance: "в голосовании приняли участие 14" counts voters, "в мониторинге приняли участие 5"
 * another event's people; "в заседании приняли участие 15" is the meeting's.
 * The verb is also read misspelled, a letter left out ("Присуствовали 11 членов", "присутсвовали"). And in the less common
 * words: "Явка: 11", "на заседании находились 9".
 */
const TOOK_PART = `(?:${PRESENT_ELLIPTIC}|(?<![\\p{L}])явка(?=\\s*[-–—:]|\\s+член)|(?<=(?:заседани[\\p{L}]*|зале)\\s+)находил(?:ись|ось)(?![\\p{L}])|(?<!(?<![\\p{L}])(?:из|среди)\\s+(?:числа\\s+)?)${NOT}(?:присутств|присуств|присутсв|участву)[\\p{L}]*|(?<!(?<![\\p{L}])(?:в|во|на)\\s+(?!(?:работе\\s+)?(?:заседани|собрани))[\\p{L}]+(?:\\s+[\\p{L}]+){0,2}\\s+)${NOT}(?:принял[\\p{L}]*\\s+участие|участвовал[\\p{L}]*|прибыл[аио]?(?![\\p{L}])|явил(?:ись|ся|ась|ось)))`;
// ("Из присутствующих один член Совета участвует онлайн": a count after "из / среди присутствующих" is a part of those present, never
// their number.)
/** The meeting as the place of taking part: "в заседании … приняли участие", "на собрании участвовали". */
const IN_MEETING_TOOK_PART = `(?:в|на)\\s+(?:работе\\s+)?(?:заседани|собрани)[\\p{L}]*\\s+(?:[\\p{L}]+\\s+){0,2}?(?:${NOT}принял[\\p{L}]*\\s+участие|${NOT}участвовал[\\p{L}]*)`;

/** The patterns below, compiled once: each holds the number words (kilobytes of source) and runs on every line. */
// "присутствуют 14 из 19", "Присутствовали (14 из 19):", "присутствуют 14 членов Совета (из 19)", "в заседании приняли участие 15 из 21"
// "Присутствовали члены комиссии (6 из 8):", "Присутствовали члены Совета: 14 из 19": the body's members named between.
// "На заседание пришли одиннадцать из пятнадцати членов Совета": came, so many of the whole (never "не пришли").
const CAME = `${NOT}(?:пришл[аи]|пришел|пришёл)(?![\\p{L}])`;
const PRESENT_OF_TOTAL = re(`(?:${TOOK_PART}|${IN_MEETING_TOOK_PART}|${CAME})(?:\\s*:?\\s+${BODY_MEMBERS})?\\s*[:\\-–—]?\\s*\\(?\\s*(${N})\\s+(?:член[\\p{L}]*\\s+)?(?:[\\p{L}.]+\\s+){0,2}?\\(?из\\s+(${N})`);
// "Присутствовали все 9 членов президиума", "Отырысқа барлық 9 мүше қатысты": every member came, the count is both.
// "на заседании присутствуют все 15." — the count alone ending its clause, the members named before it (not "кроме …").
const ALL_PRESENT = re(`(?:${TOOK_PART}\\s+все\\s+(${N})(?:\\s+(?:член|человек)|\\s*(?=[.;]|,(?![^.;]*(?:кроме|за\\s+исключением))|$))|(?<![\\p{L}])(?:все|барлық)\\s+(${N})\\s+(?:член|мүше)[\\p{L}]*\\s+(?:[\\p{L}]+\\s+){0,2}?(?:${NOT}присутств|${NOT}принял[\\p{L}]*\\s+участие|${NOT}участвовал|қатыс(?:ты|ып|уда)))`);
// "Были: 14 из 17", "Было 14 из 17 членов", "Явка – 13 из 17 (76,5 %)": a summary's present of total, the verb (or the
// turnout) opening its sentence.
// "на заседании оказалось восемь человек из пятнадцати по составу": those who turned out to be there, of the body's size.
const WERE_OF_TOTAL = re(`(?:(?:^|[.;]\\s*)(?:был[оиа]?|явка)\\s*[:\\-–—]?\\s*|(?<![\\p{L}])на\\s+заседании\\s+оказал(?:ось|ись)\\s+)(${N})\\s+(?:(?:человек|член[\\p{L}]*)\\s+)?из\\s+(${N})(?![\\d\\p{L}])`);
const OF_TOTAL_PRESENT = re(`(${N})\\s+(?:член[\\p{L}]*\\s+)?(?:[\\p{L}.]+\\s+){0,2}?из\\s+(${N})[^.]{0,40}?${NOT}присутств`);
// "Из 21 члена Общественного совета в заседании приняли участие 15": the body's name between, no other place ("в мониторинге").
const TOTAL_THEN_PRESENT = re(`(?<![\\p{L}])из\\s+(${N})\\s+член[\\p{L}]*(?:\\s+(?!(?:в|во|на)\\s)[\\p{L}]+){0,3}?\\s+(?:(?:в|на)\\s+(?:работе\\s+)?(?:заседани|собрани)[\\p{L}]*\\s+)?(?:${NOT}присутств[\\p{L}]*|${NOT}принял[\\p{L}]*\\s+участие|${NOT}участвовал[\\p{L}]*|${NOT}участвуют|${NOT}(?:был[аи]?|пришл[аи]|пришел|явил[\\p{L}]*))\\s*[:\\-–—]?\\s*(${N})(?![\\d\\p{L}])(?!\\s*(?:из|\\d))`);
// "кеңес құрамындағы 15 адамның 13-і қатысып отыр": "адам" (people) counts the members only after the body's composition.
// "Кеңестің 25 мүшесінен отырысқа 19 мүше қатысты": the meeting between, the verb of presence after the count ("13 мүшеден
// отырысқа үшеуі келе алмады" are those who could not come).
// "21 мүшенің үштен екісі – 14" is a quorum's fraction (two thirds), no count present.
const KK_TOTAL_PRESENT = re(`(${N})\\s+мүше(?:сінің|сінен|лерінің|лерінен|нің|ден)\\s+(?:(?:отырысқа|мәжіліске|жиналысқа)\\s+(?=[^\\s,;.]+\\s+(?:мүше[\\p{L}]*\\s+)?(?:қатысты|келді|қатысуда|қатысып\\s+отыр)(?![\\p{L}])))?(?![\\p{L}]+(?:тен|ден|нен|тан|дан|нан)\\s+[\\p{L}]+(?:сі|ы|і)(?![\\p{L}]))(${N})|құрамындағы\\s+(${N})\\s+адам(?:ның|нан)\\s+(${N})`
  // "кеңес мүшелерінің 11-інен 9-ы келді": the members named first, their count in the ablative ("out of 11"), then the
  // count present and its verb.
  + `|(?<![\\p{L}])мүше(?:лерінің|лерінен|сінің|сінен)\\s+(\\d{1,3}\\s*-\\s*(?:інен|ынан|нен|нан|ден|дан|тен|тан))\\s+(?:(?:отырысқа|мәжіліске|жиналысқа)\\s+)?(${N})(?=\\s+(?:мүше[\\p{L}]*\\s+)?(?:қатысты|келді|қатысуда|қатысып\\s+отыр)(?![\\p{L}]))`);
// "Қатысқандар: комиссия мүшелері – 8-ден 7, оның ішінде онлайн – 1: …": the heading of those present, the whole in the
// ablative ("out of 8") and the present after it.
const KK_HEADING_OF = re(`(?<![\\p{L}])(?:қатысқандар|қатысушылар|қатысты)\\s*[:\\-–—]\\s*(?:(?:кеңес|комиссия|төралқа|президиум)[\\p{L}]*\\s+мүшелері\\s*[:\\-–—]?\\s*)?(\\d{1,3})\\s*-\\s*(?:ден|нен|тен|дан|нан|тан|інен|ынан)\\s+(${N})(?![\\d\\p{L}-])`);
// "(21 мүшенің үштен екісі – 14)": the quorum as a fraction of the body's members, whose count is its size.
const KK_FRACTION_OF = re(`(?<![\\p{L}\\d])(${N})\\s+мүше(?:нің|сінің|лерінің)\\s+[\\p{L}]+(?:тен|ден|нен|тан|дан|нан)\\s+[\\p{L}]+(?:сі|ы|і)(?![\\p{L}])`);
// "Барлығы: 14 мүше, оның ішінде 3-еуі онлайн", "Итого: 14 членов, из них 3 онлайн" after the list of those present: the whole
// of which some were online is those present; so is "Барлығы 11 мүше, оның ішінде онлайн форматта – 1." (the online count
// after its words, no colon after the whole).
const ALL_WITH_ONLINE = re(`^\\s*(?:барлығы|итого|всего)\\s*[:\\-–—]?\\s*(${N})\\s+(?:мүше|член|человек)[\\p{L}]*\\s*,\\s*(?:оның\\s+ішінде|из\\s+них|в\\s+том\\s+числе)\\s+(?:${N}[^.;]{0,40}?${ONLINE}|(?:[\\p{L}]+\\s+){0,3}?${ONLINE}[^.;\\d]{0,40}?[-–—:]\\s*${N}(?![\\d\\p{L}]))`);
/**
 * The counts in brackets after the quorum is declared: "Кворум имеется (5 из 7)", "кворум есть: присутствуют 5 из 7 членов",
 * "Кворум (5 из 7) обеспечен", "Кворум имеется: 6 членов комиссии из 7". Only present-of-total: "Кворум имеется (требуется не менее 14 членов)" states the threshold,
 * and "для кворума необходимо 5 из 7" or "Кворума нет (3 из 7)" declare no quorum held.
 */
const QUORUM_HELD = '(?:имеется|есть|обеспечен[\\p{L}]*|присутствует|бар)';
const QUORUM_OF = re(`(?<![\\p{L}])кворум\\s+${QUORUM_HELD}\\s*(?:\\(|[:\\-–—,])\\s*(?:${TOOK_PART}\\s*[:\\-–—]?\\s*)?(${N})\\s+(?:член[\\p{L}]*\\s+(?:(?:комиссии|совета|президиума)\\s+)?)?из\\s+(${N})(?![\\d])`);
const QUORUM_OF_BEFORE = re(`(?<![\\p{L}])кворум\\s*\\(\\s*(${N})\\s+из\\s+(${N})\\s*\\)\\s*${QUORUM_HELD}`);
// "Ожидается участие не менее 15 из 21 члена Совета": a threshold or a forecast of another meeting, no size of this one's body.
const OF_TOTAL = re(`(?<!(?:групп|тоб)[\\p{L}]*\\s+(?:[\\p{L}]+\\s+){0,2})(?<!(?:менее|более|свыше|меньше|больше)\\s+[\\p{L}\\d]+\\s+)из\\s+(${N})\\s+(?:член|мүше)`);
// "находились 12 членов Совета из 17;": the members of the whole with no verb of presence before them — the whole is the
// body's size; the part, at the opening only (one may come later), is not taken.
const MEMBERS_OF_TOTAL = re(`(?<![\\p{L}\\d])${N}\\s+член[\\p{L}]*(?:\\s+${BODY_ADJECTIVE}(?:совет|комисси|президиум|ос(?![\\p{L}]))[\\p{L}]*)?\\s+из\\s+(${N})(?=\\s*(?:[;,.)]|$))`);
// "Число членов Совета: 14" (the label alone, right before its value; "число членов, присутствующих …: 12" counts those present).
const TOTAL_MEMBERS = re(`(?:всего|общее\\s+(?:количество|число)|количество|списочный\\s+состав|(?<![\\p{L}])число(?=\\s+член[\\p{L}]*\\s+(?:общественн[\\p{L}]*\\s+)?(?:совет|комисси)[\\p{L}]*\\s*[:\\-–—]))\\s+член[\\p{L}]*[^:\\-–—\\d]{0,40}?[:\\-–—]\\s*(${N})`);
// "Общественного совета членов общее количество – 15 человек": the same words in the order a translator from Kazakh left
// them ("мүшелерінің жалпы саны"), the count right after them.
const MEMBERS_THEN_TOTAL = re(`(?<![\\p{L}])член(?:ов|ы)\\s+(?:общее\\s+|списочное\\s+)?(?:количество|число)\\s*[:\\-–—]\\s*(${N})`);
/**
 * The members' label with their whole in a bracket after it: "Члены Совета (всего 11): присутствуют 9", "Членов Совета (по
 * списку – 15)", "Кеңес мүшелері (барлығы 11):", "Кеңес мүшелері (тізім бойынша – 13)", "явились 12 членов Совета (состав –
 * 15 человек)", "Кеңестің 12 мүшесі қатысты (құрамы – 15 мүше)": the body's size in the bracket, those named before it a part. Never a group's or a delegation's
 * members ("Члены рабочей группы (всего 3)"), nor those invited.
 */
const MEMBERS_TOTAL_BRACKET = re(`(?<![\\p{L}])(?:член|мүше)[\\p{L}]*(?:\\s+(?!(?:групп|тоб|делегац|комиссиясы\\s+тоб)[\\p{L}]*)[\\p{L}]+){0,2}?\\s*\\(\\s*(?:всего|по\\s+списку|барлығы|жалпы|тізім\\s+бойынша|(?:состав|құрамы)(?:\\s+(?:совета|кеңестің))?\\s*[:\\-–—])\\s*[:\\-–—]?\\s*(${N})(?:\\s+(?:член|мүше|человек|адам)[\\p{L}]*)?\\s*\\)`);
// "Кеңес мүшелерінің тізімдік саны: 15": the list's (or the approved) count.
// "Кеңес құрамындағы мүшелердің жалпы саны – он бір", "мүшелерінің тізімдік құрамы – 13": the plural's genitive without the possessive, the same (not "қатысқан
// мүшелердің саны – 9", those who took part).
const KK_TOTAL = re(`(?:мүшелерінің|(?<!(?:қатысқан|келген|қатыспаған|келмеген|тіркелген|дауыс\\s+берген)\\s+)мүшелердің)\\s+(?:жалпы\\s+|тізімдік\\s+|бекітілген\\s+|штаттық\\s+)?(?:саны|құрамы)\\s*[:\\-–—]?\\s*(${N})`);
// "…, барлығы 14 мүшеден, отырысқа 11 мүше қатысты", "Кеңес құрамындағы 13 мүшеден …": the whole, in the ablative or genitive ("of 14 members"), after the parts.
const KK_ALL_OF = re(`(?<![\\p{L}])(?:барлығы|жалпы(?:\\s+саны)?|құрамындағы)\\s+(${N})\\s+мүше(?:ден|сінен|лерден|лерінен|нің|сінің|лердің|лерінің)(?![\\p{L}])`);
// "Кеңестің барлық мүшелері – 13": all the body's members, their count; a slide's tile "11" over "кеңес мүшесі" (the singular a
// numeral takes, set 188), written "кеңес мүшесі – 11"; "Барлық мүше – 16", "Барлық мүшелер саны – 16" with
// no body named ("барлық мүше қатысты", all came, has no dash and count).
const KK_BODY_MEMBERS = re(`(?:(?:комиссия|кеңес|президиум|төралқа)[\\p{L}]*\\s+(?:барлық\\s+)?мүше(?:лер[\\p{L}]*|сі(?![\\p{L}]))|(?<![\\p{L}])барлық\\s+мүше(?:лер|лері|сі)?)(?:\\s+саны)?\\s*[:\\-–—]\\s*(${N})`);
// "Установленная численность Совета – 13 человек", "Состав Совета – 17 чел.", "Утверждённый состав комиссии: 9", "Количественный состав Общественного
// совета – 17 человек": the size as fixed, an adjective before it.
const BODY_SIZE = re(`^\\s*(?:(?:установленн|утвержденн|утверждённ|списочн|общ|количественн|численн)[\\p{L}]*\\s+)?(?:член[\\p{L}]*|состав|численност[\\p{L}]*)\\s+${BODY_ADJECTIVE}(?:президиум|комисси|совет|ос(?![\\p{L}]))[\\p{L}]*[^:\\-–—\\d]{0,30}?[:\\-–—]\\s*(${N})(?:\\s*\\((?:[\\p{L}]+\\s*){1,4}\\))?(?:\\s+(?:человек|чел(?=\\.)|член[\\p{L}]*(?:\\s+${BODY_ADJECTIVE}(?:президиум|совет|ос(?![\\p{L}]))[\\p{L}]*)?))?(?:\\s*\\([^()]*\\))?\\s*(?:[.;,]|(?:присутств|$))`);
// "Кеңестің тізімдік құрамы – 15 мүше", "Кеңестің бекітілген құрамы – 15 мүше": the body's list or approved composition.
// A council named at the start of its line (a block of a joint meeting: "А) Общественный совет при Управлении образования",
// "1) Білім басқармасы жанындағы Қоғамдық кеңес")
// with its size in brackets; a group or commission named after the council is no council's size.
const NAMED_WITH_SIZE = re(`^\\s*(?:\\p{Lu}\\)\\s*|\\d{1,2}[.)]\\s*)?(?:(?:[^\\s()]+\\s+){1,5}?жанындағы\\s+)?(?:(?:общественн|қоғамдық)[\\p{L}]*\\s+)?(?:совет|кеңес)[\\p{L}]*(?:\\s+(?!(?:рабоч|групп|тоб|комисси)[\\p{L}]*)[^\\s()]+){0,8}\\s*\\(\\s*(?:(?:утвержд|утверждён|установленн|списочн|бекітілген|белгіленген)[\\p{L}]*\\s+)?(?:состав|құрам[\\p{L}]*)\\s*[:\\-–—]\\s*(${N})\\s+(?:член|мүше|человек|адам)[\\p{L}]*\\s*\\)`);
// "Барлығы / Всего: 13. Қатысты / Присутствовали: 10 (онлайн – 1).", "Итого: 13; присутствовали – 10", "Барлығы: 11 мүше;
// қатысқаны – 9 (оның ішінде 1 онлайн)" (set 193, under a roll table): a roll's summary line, its
// whole (perhaps labelled in both languages) and then those present, fewer — the whole is the members'. The same count of
// both ("Итого: 12. Присутствовали: 12") may be the sum of a list of those present only: not read; nor is a whole of
// people ("Всего: 20 человек"), who may be guests.
const ROLL_WHOLE = re(`^\\s*(?:барлығы|всего|итого)(?:\\s*/\\s*(?:барлығы|всего|итого))?\\s*[:\\-–—]\\s*(${N})(?:\\s+(?:член|мүше)[\\p{L}]*)?\\s*[.;]\\s+(?:[\\p{L}]+\\s*/\\s*)?(?:${PRESENT_HEADING}|(?<![\\p{L}])(?:қатысқаны|келгені)(?![\\p{L}]))\\s*[:\\-–—]\\s*(${N})(?![\\d\\p{L}])`);
// "Барлығы: 11 мүше, отырысқа 9 мүше қатысты (…)", "Всего: 11 членов, присутствовали 9": the same summary told in one
// sentence, the whole of members and then those present, fewer, after a comma.
const ROLL_WHOLE_SENTENCE = re(`^\\s*(?:барлығы|всего|итого)\\s*[:\\-–—]\\s*(${N})\\s+(?:член|мүше)[\\p{L}]*\\s*,\\s*(?:(?:отырысқа|мәжіліске|на\\s+заседании|в\\s+заседании)\\s+)?(?:(${N})\\s+(?:член|мүше)[\\p{L}]*\\s+(?:қатыс(?:ты|уда|қан)|присутствовал[\\p{L}]*|присутству(?:ют|ет)|участвовал[\\p{L}]*)|(?:присутствовал[\\p{L}]*|присутству(?:ют|ет)|участвовал[\\p{L}]*)\\s*[:\\-–—]?\\s*(${N}))(?![\\d\\p{L}])`);
// (A Russian adjective in a Kazakh sentence too: "Кеңестің списочный составы – 17 мүше".)
const KK_SIZE_ADJECTIVE = '(?:(?:тізімдік|бекітілген|белгіленген|штаттық|жалпы|толық|қазіргі|(?:списочн|утвержд[её]нн|установленн)[\\p{L}]*)\\s+)?';
// A label's unit in brackets before its colon: "Кеңестің құрамы / Состав Совета (чел.): 12" (set 181), "Құрамы (адам): 15".
const UNIT_BRACKET = '(?:\\s*\\(\\s*(?:чел\\.?|человек|адам|мүше)\\s*\\))?';
// A bilingual label ("Кеңес құрамы / Состав Совета: 25 мүше / 25 членов") has its translation before the colon; "– 7 (жеті) мүше" a word after the number.
// The council may be named by its place and abbreviation ("Байзақ ауданы ҚК құрамы – 15 мүше", at a joint sitting).
// The noun of either language, the other's suffix on it ("Кеңестің списочный составы – 17 мүше", "Совет құрамы – 15 мүше").
const KK_BODY_COMPOSITION = re(`^\\s*(?:\\p{Lu}[\\p{L}-]+\\s+(?:ауданы|қаласы|облысы)\\s+)?(?:қоғамдық\\s+)?(?:(?:кеңес|комиссия|президиум|төралқа|совет)[\\p{L}]*|ҚК)\\s+${KK_SIZE_ADJECTIVE}(?:құрам|состав)[\\p{L}]*(?:\\s*/\\s*(?:[\\p{L}]+\\s+){0,2}?(?:состав|численност)[\\p{L}]*(?:\\s+[\\p{L}]+){0,3}?)?${UNIT_BRACKET}\\s*[:\\-–—]\\s*(${N})(?:\\s*\\([\\p{L}\\s]{2,30}\\))?(?:\\s+(?:мүше|адам)|\\s*(?:[.;](?!\\d)|$))`);
// "Состав: 17", "Құрамы: 17", "Құрамы / Состав: 17 мүше": a form's field of the protocol's head, the body's size with the
// body left unsaid — the meeting's own body (a commission's protocol: the commission's). The whole line is the field.
const BARE_COMPOSITION = re(`^\\s*(?:құрамы|состав)(?:\\s*/\\s*(?:құрамы|состав))?${UNIT_BRACKET}\\s*[:\\-–—]\\s*(${N})(?:\\s+(?:член|мүше|человек|адам)[\\p{L}]*)?\\s*[.;]?\\s*$`);
// "Кеңес құрамында 19 мүше бар", "Кеңес құрамында барлығы – 14 мүше": the body's own composition at the start of its sentence,
// not "(комиссия құрамы – 6 мүше)" of a part.
// "Кеңесте 15 мүше бар, …", "Комиссияда 7 мүше бар": the body in the locative, so many members in it (not "жұмыс тобында 5 мүше бар").
const KK_BODY_HAS = re(`^\\s*(?:қоғамдық\\s+)?(?:кеңес|комиссия|президиум|төралқа)[\\p{L}]*\\s+құрамында\\s+(?:барлығы\\s*[-–—]?\\s*)?(${N})\\s+(?:мүше|адам)`
  + `|(?:^|[.;]\\s*)(?:барлығы\\s+)?(?:қоғамдық\\s+)?(?:кеңесте|комиссияда|президиумда|төралқада)\\s+(?:барлығы\\s*[-–—]?\\s*)?(${N})\\s+мүше\\s+бар(?![\\p{L}])`
  // "Барлығы Кеңесте 21 мүше, из них сегодня присутствуют 16": "бар" left out where the sentence switches to Russian — the
  // whole ("барлығы") before the body, the count's clause ended by a comma that those present follow.
  + `|(?:^|[.;]\\s*)барлығы\\s+(?:қоғамдық\\s+)?(?:кеңесте|комиссияда|президиумда|төралқада)\\s+(${N})\\s+мүше\\s*,\\s*(?=(?:из\\s+(?:них|которых)|оның|олардың|соның)(?![\\p{L}]))`);
// "Персональный состав Общественного совета утвержден … (протокол № 4) в количестве 21 человека": the body's composition, in
// one sentence ("состав рабочей группы … в количестве 5 человек" is a group's); the count may be repeated in words in brackets
// ("в количестве 21 (двадцати одного) члена").
const BODY_COMPOSED = re(`(?:состав|численност)[\\p{L}]*\\s+${BODY_ADJECTIVE}(?:президиум|комисси|совет)[\\p{L}]*(?:[^.;]|\\.(?=\\d)){0,120}?в\\s+количестве\\s+(${N})(?:\\s*\\([^()\\d]{2,40}\\))?\\s+(?:человек|член)`);
// "В составе Общественного совета 24 члена.", "По списку в Совете 19 членов.", "Всего в составе Совета – 14 членов.": the body's
// size, the count ending its clause.
const RU_BODY_HAS = re(`(?:^|[.;:]\\s*)(?:всего\\s+)?(?:по\\s+списку\\s+)?в\\s+(?:составе\\s+)?${BODY_ADJECTIVE}(?:президиум|комисси|совет|ос(?![\\p{L}]))[\\p{L}]*(?:\\s+(?![\\d])[\\p{L}]+){0,3}?\\s+(?:по\\s+списку\\s+)?(?:—\\s*|–\\s*)?(${N})\\s+(?:член|человек)[\\p{L}]*\\s*(?:[.;,)]|$)`);
// "В состав Общественного совета входят 15 человек.", "Совет состоит из 15 членов.", "Согласно утверждённому составу в Совет
// входят 17 человек" (the body itself, no "состав", after a phrase naming its list): the body's own composition at the start of
// its sentence or clause, the count ending its clause, perhaps with the council its members are of ("В состав комиссии входят 8 членов
// Общественного совета."), "Общественный совет утвержден в составе 17 человек."; "в состав рабочей группы входят 5 человек"
// is a group's. A note in brackets may follow the count: "Президиум … сформирован в составе 7 человек (решение … № 1)"; the
// decision that set it up may stand between ("Комиссия создана решением президиума от 10.06.2026 в составе 6 членов Совета").
const RU_BODY_CONSISTS = re(`(?:^|[.;:,]\\s*|(?<![\\p{L}])(?:согласно|по)\\s+(?:[\\p{L}]+\\s+){0,2}?(?:состав|списк)[\\p{L}]*\\s+)(?:в\\s+(?:состав\\s+)?${BODY_ADJECTIVE}(?:президиум|комисси|совет|ос(?![\\p{L}]))[\\p{L}]*(?:\\s+(?![\\d])[\\p{L}]+){0,3}?\\s+(?:входит|входят|входили|входило)|${BODY_ADJECTIVE}(?:президиум|комисси|совет)[\\p{L}]*(?:\\s+(?![\\d])[\\p{L}]+){0,3}?\\s+(?:состоит\\s+из|(?:утвержд[её]н|сформирован|избран|создан|образован)[\\p{L}]*(?:\\s+(?:решением|распоряжением|приказом|постановлением)(?:\\s+[^\\s;,]+){1,8}?)?\\s+в\\s+составе))\\s+(${N})\\s+(?:член|человек)[\\p{L}]*(?:\\s+${BODY_ADJECTIVE}(?:президиум|комисси|совет)[\\p{L}]*)?\\s*(?:[.;,)(]|$)`, 'iu');
// "Кеңестің бекітілген құрамы он жеті мүшеден тұрады": the body's composition "consists of" its count; "Кеңес құрамына 17 адам
// кіреді", "Кеңеске 15 мүше кіреді": so many "enter" the body; "Қоғамдық кеңес 17 адам
// құрамында бекітілген": the body approved with its count, the decision perhaps between ("Комиссия Кеңес төралқасының 10.06.2026
// шешімімен 6 мүше құрамында құрылды").
const KK_BODY_CONSISTS = re(`(?:кеңес|комиссия|президиум|төралқа)[\\p{L}]*\\s+(?:(?:[\\p{L}]+\\s+)?құрамы\\s+(${N})\\s+(?:мүше|адам)[\\p{L}]*\\s+тұрады|(?:құрамына\\s+)?(${N})\\s+(?:мүше|адам)[\\p{L}]*\\s+кіреді(?![\\p{L}])|(?:(?:[^\\s;,]+\\s+){1,6}?(?:шешімімен|өкімімен|бұйрығымен|қаулысымен)\\s+)?(${N})\\s+(?:мүше|адам)[\\p{L}]*\\s+құрам(?:ында|да)\\s+(?:бекітіл|құрыл|сайлан)[\\p{L}]*)`);
// "Кеңес он бір мүшеден құралған", "Комиссия 7 мүшеден тұрады": the body made of its count of members (the ablative).
const KK_BODY_MADE_OF = re(`(?<![\\p{L}])(?:кеңес|комиссия|президиум|төралқа)[\\p{L}]*\\s+(${N})\\s+(?:мүше|адам)(?:ден|нен)\\s+(?:тұрады|құралған|құралады|тұратын)(?![\\p{L}])`);
// "Кеңес мүшелерінің тізімі және отырысқа келуі (барлығы 13 мүше):", "Список членов Совета и отметка о явке (всего 13 членов):": the
// whole roll's count, in brackets in its heading — the members, present or not.
const ROLL_TOTAL = re(`(?:мүшелерінің\\s+тізімі|список\\s+член[\\p{L}]*)[^():]{0,80}\\(\\s*(?:барлығы|всего)\\s*[:\\-–—]?\\s*(${N})\\s+(?:мүше|член|человек)[\\p{L}]*\\s*\\)\\s*:?\\s*$`);
// "Опросные листы направлены всем 19 членам Общественного совета", "Кеңестің барлық 19 мүшесіне жіберілді": all the body's
// members, in the dative, are its size ("всем 5 членам рабочей группы" a group's); the count may be repeated in words
// ("всем 21 (двадцати одному) члену"). So "на электронные адреса всех 15 членов Совета" (all of them, the genitive; not
// "голосами всех 12 членов Совета, присутствующих на заседании", those present), and a written poll's sheets sent to the
// body's members, "всем" or "барлық" unsaid (set 195): "Кеңестің 9 мүшесіне … сауалнама парағы жолданды", "Опросные листы
// направлены 15 членам Совета" — not to those who missed a sitting ("отырысқа қатыспаған кеңестің 3 мүшесіне", "направлены
// 3 членам Совета, отсутствовавшим на заседании").
const SENT = '(?:направлен|разослан|отправлен|жолдан|жіберіл|таратыл)[\\p{L}]*';
const NOT_SITTING = '(?:отсутств|не\\s+(?:присутств|явив|смогл)|присутств|участв|приняв|проголосовав)';
const ALL_MEMBERS_DATIVE = re(`(?<![\\p{L}])(?:всем\\s+(${N})(?:\\s*\\([^()\\d]{2,40}\\))?\\s+член(?:ам|у)\\s+${BODY_ADJECTIVE}(?:президиум|комисси|совет|ос(?![\\p{L}]))|(?:кеңес|комиссия|президиум|төралқа)[\\p{L}]*\\s+барлық\\s+(${N})\\s+мүше(?:сіне|леріне))`
  + `|(?<![\\p{L}])всех\\s+(${N})(?:\\s*\\([^()\\d]{2,40}\\))?\\s+членов\\s+${BODY_ADJECTIVE}(?:президиум|комисси|совет|ос(?![\\p{L}]))[\\p{L}]*(?![^.;]{0,40}${NOT_SITTING})`
  + `|(?<=${SENT}\\s+(?:[^\\s.;]+\\s+){0,5})(${N})\\s+членам\\s+${BODY_ADJECTIVE}(?:президиум|комисси|совет|ос(?![\\p{L}]))[\\p{L}]*(?![^.;]{0,40}${NOT_SITTING})`
  + `|(?<![\\p{L}])(?<!(?:ған|ген|қан|кен|мады|меді|пады|педі)\\s+)(?:кеңес|комиссия|президиум|төралқа)[\\p{L}]*\\s+(${N})\\s+мүше(?:сіне|леріне)(?=[^.;]*${SENT})(?![^.;]*(?:қатыспа|келмеге|болмаға))`);
/**
 * A roll-call tally's whole, "by the list": "Тізім бойынша Кеңес мүшелері – 11, келгені – 9", "По списку членов Совета – 11,
 * явились – 9", "Членов Совета по списку 13; …" — the members on the list, the count ending its clause or naming them (not "по
 * списку приглашённых – 5", "Тізім бойынша 3 мәселе қаралды").
 */
const BY_THE_LIST = re(`(?<![\\p{L}])(?:(?:по\\s+списку|тізім\\s+бойынша)(?:\\s+(?:${BODY_MEMBERS}|(?:(?:кеңес|комиссия|президиум|төралқа)[\\p{L}]*\\s+)?мүшелер[\\p{L}]*|член[\\p{L}]*))?|${BODY_MEMBERS}\\s+по\\s+списку|(?:кеңес|комиссия|президиум|төралқа)[\\p{L}]*\\s+мүшелер[\\p{L}]*\\s+тізім\\s+бойынша)\\s*[:\\-–—]?\\s*(${N})(?![\\d\\p{L}])(?=\\s*(?:[,;.)]|$)|\\s+(?:член|мүше|человек|адам|чел(?![\\p{L}])))`);
/** A form's label naming its unit before the colon: "Присутствовали, чел.: 6", "Қатысқандар, адам: 6". */
// A slide's tile caption names the sitting after the verb: "участвуют в заседании – 12" (set 188, a tile row written as its
// labelled values), "присутствуют на заседании: 13".
const AT_THE_SITTING = '(?:в|на)\\s+(?:работе\\s+)?(?:заседании|собрании)';
const UNIT_LABEL = '(?:\\s*,\\s*(?:чел\\.?|человек|адам|мүше))?';
// "приняли участие 5 членов рабочей группы" counts a group's members.
const PRESENT = re(`${TOOK_PART}(?:\\s+${AT_THE_SITTING}(?=\\s*[:\\-–—]))?(?:\\s+${BODY_MEMBERS})?${UNIT_LABEL}\\s*[:\\-–—]?\\s*(${N})(?!\\s*(?:из|\\d))(?!\\s+член[\\p{L}]*\\s+(?:[\\p{L}]+\\s+)?(?:групп|делегаци))`);
// "Итого зарегистрировано: 11 членов Совета (из них 1 – онлайн)", "Тіркелгені: 11 мүше": the members registered at the
// meeting, a count of members after it (not "зарегистрировано 5 обращений"). A label and its bare count, the clause ending
// after it: "Тіркелгендер – 10, оның ішінде онлайн – 1.", "Зарегистрировались: 10." ("Тіркелген өтініштер – 5" has its noun).
// The means of the registration may stand in a bracket between ("Зарегистрировано (по журналу Zoom): 9", "Тіркелгені (Zoom
// журналы бойынша): 9"), and the verb in the past ("По журналу подключений зарегистрировались 12 членов Совета").
const REGISTRATION_MEANS = '(?:\\s*\\([^()\\d]{0,40}\\))?';
const REGISTERED = re(`(?:(?<![\\p{L}])(?<!не\\s{1,3})зарегистрирова(?:н[\\p{L}]*|л(?:ись|ось|ся|ась))|(?<![\\p{L}])тіркел(?:гені|ген|ді)(?![\\p{L}]))${REGISTRATION_MEANS}\\s*[:\\-–—]?\\s*(${N})\\s+(?:член|мүше)`
  + `|^\\s*(?:(?<!не\\s{1,3})зарегистрировал(?:ись|ось)|зарегистрировано|тіркелгендер|тіркелгені)${REGISTRATION_MEANS}\\s*[:\\-–—]\\s*(${N})(?=\\s*(?:[,;.]|$))`
  // The members named in the clause before, the count bare: "Списочный состав Совета – 21 член; зарегистрировано 17, из них 3
  // онлайн", "Кеңес құрамы – 15 мүше, тіркелгені 12.": registered members, the noun carried over the semicolon or comma.
  // The noun may stand before the members' count of that clause ("Членов Совета по списку – 15; зарегистрировались 12 (двое
  // подключены … через Zoom)", "Кеңес мүшелерінің саны – 13, тіркелгені 10"); a bracket may follow the count, telling of those
  // registered ("(двое онлайн)").
  + `|(?<=(?:член|мүше)[\\p{L}]*(?:(?:\\s+[\\p{L}]+){0,3}\\s*[:\\-–—]?\\s*\\d{1,3}(?:\\s+(?:человек|адам|чел\\.))?)?\\s*[;,]\\s*)(?:(?<!не\\s{1,3})зарегистрировал(?:ись|ось)|зарегистрировано|тіркелгені|тіркелді)${REGISTRATION_MEANS}\\s*[:\\-–—]?\\s*(${N})(?=\\s*(?:[,;.(]|$))`);
// "Қатысқандар: А.Б. Қасымова, …," / "Р.М. Ахметов, Н.С. Оразалина – барлығы 5 мүше.": the total closing the list of those
// present (its heading in the list's paragraph, no blank line between) is their count (LIST_TOTAL), its "из 15" the members'.
const LIST_REACH = 12;
const PRESENT_LIST_OPENS = re(`^\\s*(?:${PRESENT_HEADING})[^:]{0,40}:`);
const MEMBERS_PRESENT = re(`(${N})\\s+(?:член[\\p{L}]*|человек)\\s+(?:[\\p{L}]+\\s+){0,2}?${NOT}присутств`);
// "В заседании приняли участие 15 членов", "15 членов Совета приняли участие в заседании": the meeting's members, not "в мониторинге приняли участие 5 членов".
// The verb first, then the meeting: "Участвуют в заседании 10 членов Совета", "Приняли участие в заседании 14 членов", "Участвуют
// в заседании 13 человек, двое – по видеосвязи:" (the third alternative; people only where no guests are named with them).
const MEMBERS_TOOK_PART = re(`(?:(?:в|во)\\s+(?:работе\\s+)?(?:заседани|собрани)[\\p{L}]*\\s+(?:[\\p{L}]+\\s+){0,2}?(?:${NOT}принял[\\p{L}]*\\s+участие|${NOT}участвовал[\\p{L}]*|${NOT}участвуют)\\s+(${N})\\s+член(?![\\p{L}]*\\s+(?:[\\p{L}]+\\s+)?(?:групп|делегаци))|(?<![\\d\\p{L}])(${N})\\s+член(?![\\p{L}]*\\s+(?:[\\p{L}]+\\s+)?(?:групп|делегаци))[\\p{L}]*(?:\\s+(?:[\\p{L}]+\\s+){0,2}?)?\\s*(?:${NOT}принял[\\p{L}]*\\s+участие|${NOT}участвовал[\\p{L}]*)\\s+(?:в|во)\\s+(?:работе\\s+)?(?:заседани|собрани)|(?<![\\p{L}])(?:${NOT}принял[\\p{L}]*\\s+участие|${NOT}участв(?:овал|ую)[\\p{L}]*|${NOT}присутств(?:овал|ую)[\\p{L}]*)\\s+(?:в|во|на)\\s+(?:работе\\s+)?(?:заседани|собрани)[\\p{L}]*(?:\\s+(?![\\d])[\\p{L}]+){0,3}?\\s+(${N})\\s+(?:член(?![\\p{L}]*\\s+(?:[\\p{L}]+\\s+)?(?:групп|делегаци))|человек(?![^.;]*(?:приглаш|гост|представител))))`);
// "Қатысқан мүшелер саны: 15", "Мәжіліске қатысты – 12", a roll-call tally's "келгені – 9" (those who came; not "кешігіп келгені
// – 1", who came late) (the meeting's own; "дауыс беруге қатысты – 12" counts voters).
// "Қатысты: 12 (оның ішінде 2 мүше …)", "Келді – 9": the verb as a label opening its line, the count after it (not "Қатысты: 20 адам",
// people, who may be guests; the second alternative).
const KK_PRESENT = re(`(?:(?<![\\p{L}])(?<!(?:кешігіп|кейін|ерте|кеш)\\s+)келген(?:і|дер)|қатысқандары?|қатысқаны|қатысушылары?|қатысқан\\s+мүшелер(?:дің)?|(?<![\\p{L}])(?:отырыс|мәжіліс)[\\p{L}]*\\s+қатыс(?:ты|уда))(?:\\s+саны)?${UNIT_LABEL}\\s*[:\\-–—]\\s*(${N})`
  + `|^\\s*(?:қатысты|келді)\\s*[:\\-–—]\\s*(${N})(?![\\d\\p{L}])(?!\\s+(?:адам|қатысушы))`);
// "ҚАТЫСҚАНДАР (14):", "Присутствовали (14 чел.):": the heading of the list of those present, its count in brackets.
const HEADING_COUNT = re(`^\\s*(?:${PRESENT_HEADING})(?:\\s+[\\p{L}]+){0,3}?\\s*\\(\\s*(${N})\\s*(?:адам|чел\\.?|человек[\\p{L}]*|мүше[\\p{L}]*|член[\\p{L}]*)?\\s*\\)\\s*:\\s*$`);
/**
 * "Члены Совета – 10 из 13, в том числе:", "Члены Совета: 10 из 13": the members' heading of an attendance point, so many of
 * the whole — those present of the body's size. The heading opens its line (a point's number blanked before it); the
 * fraction ends its clause ("Члены Совета – 10 из 13 проголосовали за" is a vote's).
 */
const MEMBERS_FRACTION = re(`^\\s*(?:${MEMBERS_HEADING})\\s*[:\\-–—]\\s*(${N})\\s+из\\s+(${N})(?![\\d\\p{L}])(?=\\s*(?:[,;.:)(]|$))`);
// "Қатысқандар (7/9)", "Присутствовали (14/19):": those present over the members, a fraction in brackets after the heading word.
const HEADING_FRACTION = re(`^(?:[^.;]*[.;]\\s+)?(?:${PRESENT_HEADING})\\s*\\(\\s*(\\d{1,3})\\s*/\\s*(\\d{1,3})\\s*\\)(?!\\s*[\\d/])`);
// "Бүгінгі отырысқа солардың сегізі келді", "Бүгінгі отырысқа соның 10-ы келді" (of the council, singular), "Отырысқа 10 мүше келді", "Жиынтығы: 10 мүше отыр": the members who came to the
// meeting, or sit at it; "үшеуі келе алмады, қалған он мүше жиналды": the rest, who gathered; "отырысқа кейін 1 мүше келді" (came later) has its word between, and "келмеді" is another word.
/**
 * "В зале и на связи – 12 членов Совета", "очно и на связи – 12", "залда және байланыста – 12 мүше": those in the room
 * and those on the line together, all present (the part online said apart). Not "в зале и онлайн – 12", "очно и по
 * видеосвязи – 12": the online reader takes "онлайн – 12" for the part online, and a present read beside it would agree.
 */
// (A label's dash or colon before the count, no total word before it: "Всего в зале и на связи 17 членов двух советов" is a
// joint meeting's total of both councils.)
const ROOM_AND_LINE = re(`(?<![\\p{L}])(?<!(?:всего|итого|барлығы|жалпы)\\s+)(?:(?:в\\s+зале|очно)\\s+и\\s+на\\s+связи|залда\\s+және\\s+байланыста)\\s*[:\\-–—]\\s*(${N})\\s+(?:член|мүше)[\\p{L}]*(?!\\s+(?:двух|обоих|трех|екі|екеуінің))`);
// "Отырысқа кеңес мүшелерінен 13 адам келді", "Кеңес мүшелерінің 13-і келді": of the council's members, so many came (people
// or members; not "тұрғындардан 20 адам келді", no members).
const KK_CAME = re(`(?:(?<![\\p{L}])(?:(?:отырысқа|мәжіліске)\\s+(?:с?олардың\\s+|с?оның\\s+|(?:кеңес\\s+)?мүшелер(?:інен|інің)\\s+)?|(?:кеңес\\s+)?мүшелер(?:інен|інің)\\s+)(${N})\\s+(?:(?:мүше[\\p{L}]*|адам)\\s+)?келді|(?<![\\p{L}\\d])(${N})\\s+мүше[\\p{L}]*\\s+отыр|(?<![\\p{L}])қалған\\s+(${N})\\s+мүше[\\p{L}]*\\s+(?:жиналды|келді|қатысты))(?![\\p{L}])`);
// "Бүгінгі отырыста 11 мүше бар, олардың 2-еуі ZOOM …", "тізім бойынша 19 мүше, отырыста 15 мүше, оның ішінде 1 мүше онлайн":
// so many members at the meeting (not at another one, "өткен отырыста 13 мүше болды", nor doing something there, "отырыста 3 мүше сөз сөйледі").
// "Кеңесте 15 мүше бар, отырыста – 11 (2-еуі онлайн режимде)", "В Совете 15 членов, на заседании – 11.": the count bare after a dash,
// ending its clause or followed by the bracket of those online (not "отырыста – 3 мәселе", "на заседании – 2 (два) вопроса").
const KK_AT_MEETING = re(`(?<![\\p{L}])(?<!(?:өткен|алдыңғы|келесі|соңғы|сол)\\s+(?:кезекті\\s+)?)(?:(?:бүгінгі|осы)\\s+)?отырыста\\s+(${N})\\s+мүше(?:\\s+(?:бар|болды|қатысуда|қатысып\\s+отыр)(?![\\p{L}])|(?=\\s*[,;.]))`
  + `|(?<![\\p{L}])(?<!(?:прошлом|предыдущем|следующем|том)\\s+)(?:на|в)\\s+заседании\\s+(?:совета\\s+)?был[иао]?\\s+(${N})\\s+член`
  + `|(?<![\\p{L}])(?<!(?:өткен|алдыңғы|келесі|соңғы|сол|прошлом|предыдущем|следующем)\\s+)(?:отырыста|на\\s+заседании)\\s*[-–—:]\\s*(${N})(?=\\s*(?:[,;.]|$|\\(\\s*${N}[^()\\d]{0,30}?${ONLINE}[^()]*\\)))`);
/**
 * Those present told as their parts by mode with the whole written after them: "Отырысқа 7 мүше залда, 2 мүше онлайн қатысты
 * (барлығы 9)", "присутствовали 7 членов в зале и 2 по видеосвязи (всего 9)". The whole is the count present the text states
 * (the parts add up to it, or it is not taken); with no whole written the parts are not added (the reader's sum, never kenes').
 */
const MODE_PARTS_WHOLE = re(`(${N})\\s+(?:член|мүше)[\\p{L}]*\\s+${IN_PERSON_WORDS}[^.;()\\d]{0,20}?(?:,|\\s(?:и|және|ал|а)\\s)\\s*(${N})\\s+(?:(?:член|мүше)[\\p{L}]*\\s+)?(?:(?:в|по|через)\\s+)?(?:(?:режиме|формате)\\s+)?${ONLINE}[^.;()\\d]{0,40}?\\(\\s*(?:барлығы|всего|итого)\\s*[:\\-–—]?\\s*(${N})\\s*\\)`);
// "Тіркеуден 9 мүше өтті", "Регистрацию прошли 9 членов Совета", "Прошли регистрацию 10, из которых …": the members who passed the registration at the meeting.
const REGISTRATION_PASSED = re(`(?<![\\p{L}])тіркеуден\\s+(${N})\\s+мүше[\\p{L}]*\\s+өтті|(?<![\\p{L}])(?:регистрацию\\s+прошл[\\p{L}]*|прошл[\\p{L}]*\\s+регистрацию)\\s+(${N})(?:\\s+член|(?=\\s*[,;.]))`);
/**
 * Another event than the meeting, in the dative or locative (where its members took part): "мониторингке", "рейдте", "семинарға",
 * "іс-шарада", "дөңгелек үстелге", "кездесуге", "тексеруде", "акцияға", "қоғамдық тыңдауға". The meeting itself (отырысқа,
 * мәжіліске) is none of them.
 */
const KK_OTHER_EVENT = `(?<![\\p{L}])(?:мониторинг|рейд|семинар|тренинг|іс-шара|дөңгелек\\s+үстел|кездесу|тексеру|акция|форум|конференция|қоғамдық\\s+тыңдау|сауалнама|байқау|жорық|сенбілік)(?:лар|лер)?(?:ы|і|сы|сі)?н?(?:ке|ге|қа|ға|а|е|та|те|да|де)(?![\\p{L}])`;
/** A line opening with a question's lead: "2-мәселе бойынша:", "По второму вопросу:", "3. Үшінші мәселе бойынша". */
const QUESTION_LEAD = re(`^\\s*(?:\\d{1,2}[.)]\\s*)?(?:${QUESTION_NEW})`);
// The word between is the members' or how they took part, never others who did ("«Жасыл ел» жобасына 312 студент қатысты" in a speech).
// Nor the members who took part in another event, named in the dative or locative before the count ("мониторингке 2026 жылғы
// 16–18 қыркүйекте 3 мүше қатысты", "рейдке 4 мүше қатысты", "семинарда 5 адам қатысты"), as "в мониторинге приняли участие 5".
const KK_TOOK_PART = re(`(?<!${KK_OTHER_EVENT}[^.;:]{0,60}?)(${N})\\s+(?:(?:мүше[\\p{L}]*|адам|кісі|қашықтан|арқылы)\\s+)?қатыс(?:ып|ты|уда|ады)(?![\\p{L}])`);

/** The groups a joint meeting is made of, named by a count of their members: "комиссияның 8 мүшесі", "8 членов комиссии". */
const GROUP_WORD = '(?:комисси|секци|групп|президиум|төралқа|кеңес|совет|тоб)[\\p{L}]*';
const PART = re(`(?:${GROUP_WORD}\\s+(${N})\\s+(?:член|мүше)|(?<![\\p{L}\\d])(${N})\\s+(?:член|мүше)[\\p{L}]*\\s+(?:[\\p{L}]+\\s+)?${GROUP_WORD})`, 'giu');
/** What joins two parts: a comma or a conjunction, no verb of taking part between them. */
const PARTS_JOINED = re(`^[^.;]{0,120}?(?:,|\\s(?:и|және|мен|пен|бен|а\\s+также)\\s)[^.;]{0,120}$`);
const TAKING_PART = re(`присутств|участ|қатыс`);
/** "…, барлығы 14 мүшеден", "всего 14 членов", "(всего 14)": the sum of the parts. */
const WHOLE = re(`(?<![\\p{L}])(?:всего|итого|барлығы|жалпы)\\s*[:\\-–—(]?\\s*(${N})(?![\\d\\p{L}])(?!\\s*(?:член|мүше|человек)[\\p{L}]*\\s+(?:[\\p{L}]+\\s+)?(?:присутств|принял|участв|қатыс))`);

const ANY_COUNT = re(N);

/** Others counted beside the members: deputies, representatives, staff, guests, residents. */
const OTHER_GROUP = `(?:депутат|представител|сотрудник|работник|приглаш[её]нн|гост|жител|специалист|человек|өкіл|қызметкер|шақырылған|қонақ|тұрғын|маман|адам)[\\p{L}]*`;
/**
 * "Всего зарегистрировано 19 участников: 12 членов Совета (в том числе 2 …), 4 депутата … и 3 сотрудника …": a verb of
 * coming before, the members' count, then another group counted (a comma or "и" between).
 */
const MEMBERS_AMONG_GROUPS = re(`(?:зарегистрирован|присутствовал|приняли\\s+участие|участвовал)[^.;]*?(?<![\\d\\p{L}])(${N})\\s+член(?:а|ов)?\\s+(?:общественного\\s+)?совета(?:\\s*\\([^()]*\\))?\\s*(?:,|и)\\s*(?:[\\p{L}-]+\\s+){0,3}?${N}\\s+${OTHER_GROUP}`);
/** "Отырысқа Кеңестің 10 мүшесі (оның 1-і ZOOM арқылы), аудандық мәслихаттың 3 депутаты және … 2 өкілі қатысты". */
const KK_MEMBERS_AMONG_GROUPS = re(`(?:кеңестің|кеңес)\\s+(${N})\\s+мүше(?:сі)?(?:\\s*\\([^()]*\\))?\\s*(?:,|және|мен)\\s*(?:[\\p{L}-]+\\s+){0,3}?${N}\\s+${OTHER_GROUP}[^.;]*?(?<![\\p{L}])қатысты`);

// "Кеңейтілген отырысқа барлығы 21 адам қатысты, оның ішінде:" / "– Кеңес мүшелері – 11 (Кеңестің 14 мүшесінің);" /
// "– шақырылғандар – 10": the people who came, split below into the members and the invited — the members' part is
// those present (its bracket the body's size), the people's whole no count of members.
/** People counted (guests among them, perhaps): "25 человек", "25 адам", "25 участников". */
const PEOPLE = `(${N})\\s+(?:адам|человек|участник|қатысушы)[\\p{L}]*`;
/** "Of them": the part of a count told after it. */
const OF_THEM = '(?:оның\\s+ішінде|соның\\s+ішінде|олардың\\s+ішінде|из\\s+них|в\\s+том\\s+числе|в\\s+т\\.\\s?ч\\.)';
const PEOPLE_SPLIT = re(`${PEOPLE}[^.;]{0,60}?${OF_THEM}\\s*:\\s*$`);
const MEMBERS_PART = re(`^\\s*(?:[-–—•]\\s*|\\d{1,2}[.)]\\s*)?(?:${MEMBERS_HEADING})\\s*[:\\-–—]\\s*(${N})(?![\\d\\p{L}])(?:\\s*\\(\\s*(?:[\\p{L}]+\\s+)?(?:из\\s+)?(${N})(?:\\s+(?:мүше|член)[\\p{L}]*)?[^()\\d]*\\))?`);
// The same in one sentence: "В заседании приняли участие 25 человек, в том числе 11 членов Совета", "Присутствуют 25 человек,
// из них членов Совета – 11", "Отырысқа 25 адам қатысты, оның ішінде Кеңестің 11 мүшесі": the members are those present;
// the people (guests among them) are none of the members' count.
const PEOPLE_WITH_MEMBERS = re(`${PEOPLE}[^.;]{0,60}?${OF_THEM}\\s*[,:]?\\s*(?:(?:кеңес[\\p{L}]*\\s+)?(${N})\\s+(?:член|мүше)[\\p{L}]*|(?:член[\\p{L}]*|мүше[\\p{L}]*)(?:\\s+(?:общественного\\s+)?(?:совета|кеңес[\\p{L}]*))?\\s*[-–—:]\\s*(${N})(?![\\d\\p{L}]))`);
// People counted with the guests named among them ("25 человек: члены Совета и представители акимата", "25 адам, оның
// ішінде шақырылған өкілдер").
const PEOPLE_WITH_GUESTS = re(`${PEOPLE}[^.;]{0,80}?(?:приглаш|гост|представител|жител|шақырыл|өкіл|тұрғын)`);
// The members in the room, counted as a part ("7 членов в зале", "7 членов Совета очно", "залда 7 мүше"), and the part online
// after it ("и 2 по видеосвязи", "онлайн 2 мүше").
const IN_ROOM_PART = re(`(?<![\\d\\p{L}])(${N})\\s+(?:член|мүше|человек)[\\p{L}]*(?:\\s+(?:совета|кеңес[\\p{L}]*))?\\s+${IN_PERSON_WORDS}(?![\\p{L}])|(?<![\\p{L}])(?:в\\s+зале|залда)\\s*[-–—:]?\\s*(${N})(?:\\s+(?:член|мүше|человек)[\\p{L}]*)?(?![\\d\\p{L}])`);
const ONLINE_AFTER_ROOM = re(`^\\s*(?:,|и|және|а)?\\s*(?:(?:в\\s+(?:режиме|формате)|по|через)\\s+)?(?:${ONLINE}[\\p{L}]*\\s*[-–—:]?\\s*(${N})|(${N})\\s*(?:(?:член|мүше|человек)[\\p{L}]*\\s*)?[-–—]?\\s*(?:(?:в\\s+(?:режиме|формате)|по|через)\\s+)?${ONLINE})`);
const SPLIT_REACH = 4;
// "Отырыс ашылған кезде тоғыз мүше қатысты, 10.40-та Ғабитов Д.Е. келіп қосылды; барлығы отырысқа 10 мүше қатысты": a count
// at the opening, then a member who came late — the whole said after is the count; without it the opening's is not.
const CLOCK = '\\d{1,2}[.:]\\d{2}';
const CAME_RU = '(?:прибыл|подош[её]л|подошл|приш[её]л|пришл|явил|присоединил|подключил)[\\p{L}]*';
const ARRIVED_LATE = re(`кешігіп\\s+(?:келді|қосылды)|келіп\\s+қосыл(?:ды|ған)|(?:отырысқа|мәжіліске)\\s+кейін\\s+(?:келді|қосылды)|(?<![\\p{L}])опоздал[аи]?(?![\\p{L}])|(?:прибыл|подош[её]л|подошл|подключил|присоединил)[\\p{L}]*\\s+(?:позже|позднее|с\\s+опозданием)`
  // "В 10 ч. 25 мин. к заседанию присоединился Садыков Е.Р., задержавшийся на совещании": joined after the opening.
  // The time said, or why the member was late: a joining at the opening ("к заседанию подключился по Zoom") is neither.
  + `|(?<![\\p{L}])в\\s+\\d{1,2}(?:\\s*ч\\.?\\s*\\d{1,2}\\s*мин\\.?|[.:]\\d{2})\\s+к\\s+заседанию\\s+(?:присоединил|подключил)[\\p{L}]*`
  // "В 10.15 прибыл Сулейменов Б.К.", "Сулейменов Б.К. подошёл в 10.20", "10.20-да Сейітов Д.М. келді", "сағат 10.15-те
  // Ахметов А.А. қосылды": a coming timed by the clock (a bare "прибыл" / "келді" may be the opening's own).
  + `|(?<![\\p{L}])в\\s+${CLOCK}\\s+(?:${NAME_WORD}\\s+${INITIALS}\\s+)?${CAME_RU}|${CAME_RU}\\s+(?:${NAME_WORD}\\s+${INITIALS}\\s+)?в\\s+${CLOCK}(?![\\d])`
  + `|(?<![\\d])${CLOCK}\\s*[-–]?\\s*(?:да|де|та|те)\\s+(?:${NAME_WORD}\\s+${INITIALS}\\s+)?(?:[\\p{L}]+\\s+){0,2}?(?:келді|келіп\\s+қосылды|қосылды)(?![\\p{L}])`
  + `|к\\s+заседанию\\s+(?:присоединил|подключил)[\\p{L}]*\\s+${NAME_WORD}\\s+${INITIALS}\\s*,?\\s+задержавш`);
// "– с этого момента присутствуют 10 членов Совета", "осы сәттен бастап отырысқа 10 мүше қатысуда": the whole from the arrival on.
export const ALL_IN_ALL = re(`(?<![\\p{L}])(?:с\\s+этого\\s+момента\\s+(?:на\\s+заседании\\s+)?присутству(?:ют|ет)\\s+(${N})\\s+член[\\p{L}]*|осы\\s+(?:сәттен|уақыттан)\\s+бастап\\s+(?:отырысқа\\s+)?(${N})\\s+мүше\\s+қатыс[\\p{L}]*)|(?<![\\p{L}])(?:барлығы|всего|итого)\\s*[:\\-–—]?\\s*(?:(?:отырысқа|мәжіліске|в\\s+заседании|на\\s+заседании)\\s+)?(${N})\\s+(?:мүше|член)[\\p{L}]*\\s+(?:[\\p{L}]+\\s+){0,2}?(?:қатысты|қатысқан|присутствовал[\\p{L}]*|принял[\\p{L}]*\\s+участие|участвовал[\\p{L}]*)`
  // The verb first: "всего в заседании приняли участие девять членов Совета", "Всего в работе заседания приняли участие 10".
  + `|(?<![\\p{L}])(?:всего|итого)\\s+(?:(?:в|на)\\s+(?:работе\\s+)?заседани[\\p{L}]*\\s+)?(?:принял[\\p{L}]*\\s+участие|участвовал[\\p{L}]*|присутствовал[\\p{L}]*)\\s+(${N})\\s+член`);
// "Онлайн қатысқан мүше жоқ", "онлайн қосылған ешкім жоқ", "Онлайн никто не подключался", "В режиме онлайн членов Совета не было": none online, stated.
// "бейнебайланыспен қосылған ешкім жоқ", "по видеосвязи не подключился никто": nobody, said after the means.
// The participle alone, its subject left out: "(онлайн қатысқан жоқ)", "Zoom арқылы ешкім қосылған жоқ".
// "Онлайн қатысқандар жоқ / Онлайн-участников нет.", "Онлайн форматта қатысқандар жоқ", "Участников в режиме онлайн не было": no one who took part online.
const NONE_ONLINE = re(`${ONLINE}[\\p{L}]*\\s+(?:(?:арқылы|форматта|форматпен|режимінде|режимде|түрде)\\s+)?(?:ешкім\\s+)?(?:(?:қатысқан|қосылған)(?:\\s+(?:кеңес\\s+)?(?:мүше(?:лер)?|ешкім))?|қатысқандар|қосылғандар|қатысушылар|қатысу)\\s+(?:жоқ|болған\\s+жоқ|болмады)(?![\\p{L}])`
  // "все очно (онлайн-участия не было)", "участия в режиме онлайн не было": no taking part online.
  + `|${ONLINE}[\\p{L}]*[-\\s]+участи[ея]\\s+(?:нет|не\\s+было)(?![\\p{L}])|(?<![\\p{L}])участи[ея]\\s+(?:в\\s+(?:режиме|формате)\\s+)?${ONLINE}[\\p{L}]*\\s+(?:нет|не\\s+было)(?![\\p{L}])`
  + `|${ONLINE}[\\p{L}]*[-\\s]+участник[\\p{L}]*\\s+(?:нет|не\\s+было)(?![\\p{L}])|(?<![\\p{L}])участник[\\p{L}]*\\s+(?:в\\s+(?:режиме|формате)\\s+)?${ONLINE}[\\p{L}]*\\s+(?:нет|не\\s+было)(?![\\p{L}])|${ONLINE}[\\p{L}]*\\s+(?:[\\p{L}]+\\s+){0,2}?не\\s+(?:участвовал|подключ|присутствовал)[\\p{L}]*\\s+никто(?![\\p{L}])|${ONLINE}[\\p{L}]*\\s+(?:[\\p{L}]+\\s+){0,2}?никто\\s+(?:из\\s+член[\\p{L}]*\\s+(?:[\\p{L}]+\\s+){0,2}?)?не\\s+(?:участвовал|подключ|присутствовал)[\\p{L}]*|никто\\s+(?:из\\s+член[\\p{L}]*\\s+(?:[\\p{L}]+\\s+)?)?не\\s+(?:участвовал|подключал)[\\p{L}]*\\s+(?:в\\s+режиме\\s+|в\\s+формате\\s+)?${ONLINE}`
  // "подключение по видеосвязи не организовывалось", "бейнебайланыс арқылы қосылу ұйымдастырылмады": no means of joining online.
  + `|(?<![\\p{L}])(?:подключени[ея]|участи[ея])\\s+(?:(?:по|в\\s+режиме|в\\s+формате|через)\\s+)?${ONLINE}[\\p{L}]*\\s+не\\s+(?:организовывал|организован|предусматривал|предусмотрен|проводил|осуществлял)[\\p{L}]*`
  + `|${ONLINE}[\\p{L}]*\\s+(?:арқылы\\s+)?(?:қосылу|қатысу)\\s+(?:ұйымдастырылмады|қарастырылмады|болмады|көзделмеді)(?![\\p{L}])`);

/**
 * "Все присутствующие – очно.", "Қатысқандардың барлығы – бетпе-бет.", "Барлық мүше залда қатысты", "10 членов Совета из 13 (все
 * очно)", "(барлығы бетпе-бет)", both languages in one bracket "(барлығы залда / все очно)": every one present in the
 * room, none online — not when some are excepted ("…, кроме Ким А.Б.") or the line names a means of joining online.
 */
const ALL_IN_PERSON = re(`(?<![\\p{L}])(?:все\\s+(?:присутствующие|участники|присутствовавшие)(?:\\s+член[\\p{L}]*(?:\\s+${BODY_ADJECTIVE}(?:совет|комисси|президиум)[\\p{L}]*)?)?\\s*[-–—:]?\\s*(?:(?:присутствовали|присутствуют|участвовали|участвуют)\\s+)?(?:очно|лично|в\\s+зале)|(?<=[,;(]\\s{0,3}|\\((?:барлығы|бәрі)\\s+(?:тікелей|бетпе-бет|залда|күндізгі)\\s*/\\s*)все\\s*[-–—]?\\s*(?:очно|лично|в\\s+зале)|(?:қатысқандар(?:дың)?\\s+(?:барлығы|бәрі)|барлық\\s+(?:қатысқан\\s+)?мүше(?:лер)?)\\s*[-–—:]?\\s*(?:бетпе-бет|залда|күндізгі)(?:\\s+қатыс(?:ты|уда))?|(?<=[,;(]\\s{0,3})(?:барлығы|бәрі)\\s+(?:отырысқа\\s+)?(?:тікелей|бетпе-бет|залда|күндізгі)(?:\\s+\\(\\s*күндізгі\\s*\\))?\\s+қатыс(?:ты|уда)|(?<=\\(\\s{0,3})(?:барлығы|бәрі)\\s+(?:тікелей|бетпе-бет|залда|күндізгі)(?=\\s*(?:\\)|/\\s*все\\s*[-–—]?\\s*(?:очно|лично|в\\s+зале)\\s*\\))))(?![\\p{L}])(?![^.;]*(?:кроме|за\\s+исключением|басқа|қоспағанда))`);
const ONLINE_WORD = re(ONLINE);

/**
 * Counts told as "LABEL: VALUE" lines that a PDF's table cell ran together, no point between: "Присутствуют: 19, из них
 * онлайн (Zoom) – 4 Отсутствуют: 6 (…)", "… онлайн (Zoom) – 4 Қатыспағаны: 6": a capitalised label with its colon and a
 * number right after a number (or a bracket) starts a sentence of its own — read together, "– 4 Отсутствуют" is no online count.
 */
const GLUED_LABEL = /(?<=\d|\))\s+(?=\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){0,3}\s*:\s*\d)/u;

/** Two groups' sizes joined in one sentence: the counts are parts of the meeting. */
function hasParts(line: string): boolean {
  const found = matchesOf(line, PART);
  for (let k = 1; k < found.length; k++) {
    const between = line.slice(found[k - 1].index + found[k - 1][0].length, found[k].index);
    // The words of a group before the second count belong to it: "… мен экономика … комиссияның 6".
    if (PARTS_JOINED.test(` ${between} `) && !TAKING_PART.test(between)) return true;
  }
  return false;
}

/**
 * "Кеңес мүшелерінің саны / Численность членов Совета:   15", "Қатыспағандар / Отсутствовали: 3": a form's label written in
 * Kazakh and in Russian, a slash between, over one value — read as one half of the label with its value (each half is
 * the whole label). A line may hold several such labels, each with its value ("Участвуют / Қатысады – 12, из них по ВКС /
 * оның ішінде ВКС арқылы – 4"): the line is read once with every label's first half and once with every second half, and
 * the reading that states more counts is taken — on a tie, the half of the value's language ("25 мүше" is Kazakh), the
 * second where the value is a bare number. Only when the halves are of the two languages and the value has no slash of its
 * own ("Очно / онлайн: 10 / 2" gives a value for each half, "Присутствовали / отсутствовали: 12 / 3" too).
 */
function oneLanguageLabels(line: string): string[] {
  const pairs = [...matchesOf(line, BILINGUAL_LABELS)].filter((m) => lineLanguage(m[2]) !== null && lineLanguage(m[3]) !== null && lineLanguage(m[2]) !== lineLanguage(m[3]));
  if (pairs.length === 0) return [line];
  const keep = (half: 2 | 3) => line.replace(BILINGUAL_LABELS, (whole, lead: string, a: string, b: string) => (lineLanguage(a) !== null && lineLanguage(b) !== null && lineLanguage(a) !== lineLanguage(b) ? `${lead}${half === 2 ? a : b}` : whole));
  // The tie's order: the half of the first value's language first.
  const value = /^\s*[:\-–—]\s*(\S[^,;]*)/u.exec(line.slice(pairs[0].index! + pairs[0][0].length))?.[1] ?? '';
  const first = valueLanguage(value) === lineLanguage(pairs[0][2]) ? 2 : 3;
  return [keep(first), keep(first === 2 ? 3 : 2)];
}
/**
 * "Очно / онлайн: 10 / 2", "Қатысқандар / оның ішінде онлайн: 12 / 2": the parts of those present, labels and values in two
 * (or three) halves, a slash between, each label's value the one in its place — read as "Очно: 10; онлайн: 2" (read whole,
 * the first value was taken for the last label's: online 10). Only as many labels as values, each value a bare number, the
 * line nothing else, the labels of one language and one of them online.
 */
function labelEachValue(line: string): string {
  const m = PAIRED.exec(line);
  if (!m) return line;
  const labels = m[1].split('/').map((l) => l.trim());
  const values = m[2].split('/').map((v) => v.trim());
  if (labels.length !== values.length || labels.some((l) => !/\p{L}{2}/u.test(l))) return line;
  // Only the parts of those present, one of them online, in one language: "Кеңес мүшелері / Члены совета – 11 / 10" is one label
  // translated over two values that disagree, and "Присутствовали / отсутствовали: 12 / 3" is left as it was read.
  if (new Set(labels.map((l) => lineLanguage(l))).size !== 1 || !labels.some((l) => ONLINE_WORD.test(l))) return line;
  return labels.map((l, k) => `${l}: ${values[k]}`).join('; ');
}
/**
 * A table of counts, a label and its count a row ("| Тізім бойынша мүшелер | 11 |", "| Қатысқаны | 9 |", "|   оның ішінде онлайн | 1 |",
 * "Присутствовали\t9"): the row read as the label with its value ("Тізім бойынша мүшелер – 11"), as a form writes it. Only two
 * cells, the second a bare count — a row of a roll ("| 3 | Иванов И.И. | присутствовал |") or of a vote table is left as it is.
 */
function labelCellValue(line: string): string {
  const m = LABEL_CELL_VALUE.exec(line);
  // ("Членов Совета:\t13": a label ending in its colon takes no dash after it.)
  return m ? `${m[1]}${/:$/u.test(m[1]) ? '' : ' –'} ${m[2]}` : line;
}
const LABEL_CELL_VALUE = /^\s*(?:\|\s*)?((?=[^|\t]*\p{L}{2})[^|\t\d]*?\S)\s*(?:\s\|\s*|\t+)(\d{1,3})\s*(?:\|\s*)?$/u;
const PAIRED = /^\s*([^/:\d]+(?:\/[^/:\d]+){1,2})\s*[:\-–—]\s*(\d{1,3}\s*(?:\/\s*\d{1,3}\s*){1,2})[.;]?\s*$/u;
/** The language of a form's value: by its unit ("11 адам", "15 мүше" Kazakh; "11 человек" Russian), else by its letters. */
function valueLanguage(value: string): 'kk' | 'ru' | null {
  if (KAZAKH_UNIT.test(value)) return 'kk';
  return lineLanguage(value);
}
const KAZAKH_UNIT = re(`^\\s*${N}\\s+(?:адам|мүше)(?![\\p{L}])`);
/** A label's two halves at the line's start or a clause's, before its separator and a value with no slash to its clause's end. */
// (A value ends at its comma, semicolon, or the full stop ending its sentence: "Кеңес мүшелерінің саны / Число членов Совета: 14.
// Қатысты / Присутствовали: 12" is two labels, each with its value.)
const BILINGUAL_LABELS = /(^\s*|[,;.]\s+)([^/:\d,;.]*\p{L}{3}[^/:\d,;.]*?)\s+\/\s+([^/:\d,;.]*\p{L}{3}[^/:\d,;.]*?)(?=\s*[:\-–—]\s*[^/\s](?:[^/,;.]|\.(?!\s|$))*(?:[,;.]|$))/gu;

/** "Из 39 членов … присутствуют 30", "присутствуют 30 членов из 39, 9 из которых … ZOOM", "39 мүшесінің 30-ы бар, оның 8-і Зум арқылы". */
export function readStatedCounts(given: string[], issues: ExtractIssue[]): Pick<ProtocolExtract, 'members_total' | 'present' | 'online'> & { lines: StatedLines } {
  // A count written twice, in words and in digits ("в количестве двадцати одного (21) человека", "Отырысқа он екі (12) мүше
  // қатысты", "11 (одиннадцать) членов"), is one count: its second writing blanked (offsets kept) so each pattern reads the
  // count beside its noun and verb, as it reads one written once. Two writings that disagree stay as written (no count).
  // An estimate, a bound or a range ("шамамен 12 мүше қатысты", "кем дегенде 12", "12–14 членов") states no count: its number
  // blanked (blankApproximateCounts). A share of the members, a fraction or a percentage ("присутствуют 2/3 членов Совета",
  // "80 % членов"), states no count either (blankShareCounts).
  // A count on a dotted leader ("Присутствовали ........ 13") is read as after a dash, on its line and as the sentence a next
  // line goes on (leaderAsDash).
  const lines = blankNumberTwiceLines(given.map(leaderAsDash)).map((l) => blankShareCounts(blankApproximateCounts(l)));
  const total: Stated[] = [];
  const present: Stated[] = [];
  const online: Stated[] = [];
  // The line of the people's whole split below, and the members' part read under it.
  let split: { line: number; members: boolean } | null = null;
  const joint = isJointMeetingOfCouncils(lines);
  lines.forEach((line, i) => {
    // "2.1. Члены Совета – 10 из 13", "2.1.2. по видеосвязи (2):", "а) залда (9):": a point's number or a list's letter opening
    // the line is its place in the outline, no count — blanked (offsets kept), the line read as the point's words.
    const readings = oneLanguageLabels(labelEachValue(labelCellValue(withoutPointNumber(line))));
    let row = readings.length === 1 ? readings[0] : mostStated(readings, i);
    if (split && i - split.line >= SPLIT_REACH) split = null;
    // (The people's whole is dropped below, whether the members' part is read or not.)
    if (PEOPLE_SPLIT.test(row)) split = { line: i, members: false };
    else if (split && !split.members) {
      const part = MEMBERS_PART.exec(row);
      if (part) {
        const kazakh = languageIsKazakh(row);
        const value = parseCount(part[1]);
        const whole = part[2] === undefined ? null : parseCount(part[2]);
        if (value !== null) present.push({ value, line: i + 1, kazakh });
        if (whole !== null && value !== null && whole >= value) total.push({ value: whole, line: i + 1, kazakh });
        split.members = true;
        // The people's whole is no count of members present.
        const people = split.line + 1;
        for (let k = present.length - 1; k >= 0; k--) if (present[k].line === people) present.splice(k, 1);
        return;
      }
    }
    // What a speaker reported or the meeting decided is about its subject, not the attendance: "СЛУШАЛИ: … рабочей группы из 3 членов".
    if (re(SECTION_NEW).test(row.slice(0, 40)) || re(SECTION_DECIDED).test(row)) return;
    // So is what is told under a question's lead ("2-мәселе бойынша: мониторингке 3 мүше қатысты", "По второму вопросу:
    // в рейде участвовали 4 члена"): the question's subject, after the attendance.
    if (QUESTION_LEAD.test(row)) return;
    // "2. Стрельникова Ирина Павловна – присутствовала (онлайн)": a member's line with its status; its number is the list's.
    if (isStatusLine(row)) return;
    // "На заседании также присутствовали 12 представителей НПО": those besides the members are no count of them; what
    // the line says before it is read.
    const also = re(ALSO_PRESENT).exec(row);
    if (also) row = row.slice(0, also.index);
    // A count and what it counts stand in one cell of a table row: "3\tЧленова\tчлен\tприсутствовал" is a row number, a
    // surname and a status. Two parts are a label and its value ("Присутствовали:\t14"), or a PDF's wide gap: kept whole.
    // (Empty cells are none: "\tИТОГО участвуют\t16 (ВКС – 3)\t\t" is a label and its value.)
    // A bracket alone in its cell is an aside on the cell before ("Қатысты / Присутствуют:\t11\t(онлайн / онлайн: 1)", a printout's
    // columns a PDF gave tabs): one cell with it, so that the label, its count and the aside are read as one line.
    const cells = row.split(/\t+|\s\|\s/).filter((c, k, all) => c.trim() !== '' || all.length < 3)
      .reduce<string[]>((all, c) => (all.length > 0 && /^\s*\([^()]*\)\s*$/u.test(c) ? [...all.slice(0, -1), `${all[all.length - 1]} ${c.trim()}`] : [...all, c]), []);
    const own: Found = { total: [], present: [], online: [] };
    for (const line of cells.length >= 3 ? cells : [row]) readSentences(line, i, own);
    // "Отырысқа 20 мүше қатысты, оның 6-уы" / "бейнебайланыс арқылы.": a sentence broken across lines is read whole for
    // what its first line alone does not say.
    const next = lines[i + 1] ?? '';
    // Two cells of a table laid out a cell a line ("\tприсутствовала" / "\t2", the next row's number) are no sentence.
    const twoCells = /^\t/.test(row) && /^\t/.test(next);
    // ("…, из которых" / "Сейткали Б.Н. участвует по видеосвязи": after "of whom" a name goes on the sentence too.)
    // ("2. ПРИСУТСТВОВАЛИ" / "2.1. Члены Совета – 10 из 13": a point of the outline opening the next line is no word of the
    // heading's sentence — read on, the heading would count "2.1" as those present.)
    const goesOn = cells.length < 3 && !also && !twoCells && !/[.;:!?]\s*$/.test(row) && !opensPoint(next) && (/^\s*[\p{Ll}\d(]/u.test(next) || OF_WHOM_END.test(row) || COUNT_ENDS.test(row)) && !re(ALSO_PRESENT).test(next);
    const sentence = goesOn ? `${row.trimEnd()} ${next.trim()}` : row;
    if (goesOn) {
      const joined: Found = { total: [], present: [], online: [] };
      readCell(sentence, i, joined);
      for (const k of ['total', 'present', 'online'] as const) if (own[k].length === 0) own[k].push(...joined[k]);
    }
    membersOfPeopleAndParts(sentence, own, i + 1, languageIsKazakh(row));
    // (Read over the line it wraps onto: "… – всего 8 человек из 11, в" / "том числе в режиме онлайн – 1.")
    const tally = own.present.length === 0 ? LIST_TOTAL.exec(sentence) : null;
    if (tally !== null) {
      // (A list wrapped over many lines, "Присутствовали члены Совета: Абенов …," / … / "Серикович – всего 12 человек из 15, в
      // том числе в режиме онлайн – 1.", held-out 152: its heading six lines up.)
      for (let k = i; k >= Math.max(0, i - LIST_REACH) && lines[k].trim() !== ''; k--) {
        if (!PRESENT_LIST_OPENS.test(lines[k])) continue;
        if (!re(ABSENT_HEADING).test(lines[k]) && !re(ALSO_PRESENT).test(lines[k])) {
          const kazakh = languageIsKazakh(row);
          const value = parseCount(tally[1]);
          const whole = tally[2] ?? tally[3];
          const members = whole === undefined ? null : parseCount(whole);
          if (value !== null) own.present.push({ value, line: i + 1, kazakh });
          if (value !== null && members !== null && members >= value && own.total.length === 0) own.total.push({ value: members, line: i + 1, kazakh });
        }
        break;
      }
    }
    // "Всего зарегистрировано 19 участников: 12 членов Совета (…), 4 депутата маслихата и 3 сотрудника", "Отырысқа Кеңестің
    // 10 мүшесі (…), мәслихаттың 3 депутаты және ҮЕҰ-ның 2 өкілі қатысты": the members one group among those who came, each
    // counted — the members' count is those present (the people's whole, or the others', never: "Кеңестің 9 мүшесі және
    // тұрғындардан 14 адам қатысты" is read by the verb as 14 came).
    {
      const group = MEMBERS_AMONG_GROUPS.exec(sentence) ?? KK_MEMBERS_AMONG_GROUPS.exec(sentence);
      const value = group === null ? null : parseCount(group[1]);
      if (value !== null) own.present = [{ value, line: i + 1, kazakh: languageIsKazakh(row) }];
    }
    if (split?.line === i) own.present = [];
    // A member who came late, on the row of the count: the whole said after is the count (over a paragraph's lines,
    // dropOpeningBeforeLateArrival).
    if (own.present.length > 0) {
      const whole = ALL_IN_ALL.exec(row);
      const late = ARRIVED_LATE.exec(row);
      if (whole && late && late.index < whole.index) {
        const value = parseCount(whole[1] ?? whole[2] ?? whole[3] ?? whole[4]);
        own.present = value === null ? [] : [{ value, line: i + 1, kazakh: languageIsKazakh(row) }];
      } else if (late) own.present = [];
    }
    if (own.online.length === 0 && (NONE_ONLINE.test(sentence) || (ALL_IN_PERSON.test(sentence) && !ONLINE_WORD.test(sentence)))) own.online.push({ value: 0, line: i + 1, kazakh: languageIsKazakh(row) });
    total.push(...own.total);
    present.push(...own.present);
    online.push(...own.online);
  });
  /**
   * A line of several sentences read one by one: "Состав ОС Байзакского района – 17 членов. Присутствовали 14, из них 1 –
   * онлайн. ОС Жамбылского района присутствует в количестве 12 из 15 членов" states a total, those present and online, each
   * in its sentence — read whole, one pattern takes the line and the rest is lost (here the other council's "12 из 15"). A
   * kind no sentence states alone is taken from the line read whole ("Присутствуют 12. Из 15 членов…" is rare but one
   * count); at a joint meeting of councils a sentence naming another council than the line's first is that council's, and
   * then nothing is taken whole.
   */
  function readSentences(text: string, i: number, into: Found): void {
    const sentences = sentencesOf(text).flatMap((s) => s.text.split(GLUED_LABEL)).filter((s) => s.trim() !== '');
    if (sentences.length < 2) return readCell(text, i, into);
    const each: Found = { total: [], present: [], online: [] };
    let host: string | null = null;
    let otherCouncil = false;
    for (const sentence of sentences) {
      const council = joint ? councilNamedIn(sentence) : null;
      host ??= council;
      if (council !== null && council !== host) otherCouncil = true;
      else readCell(sentence, i, each);
    }
    const whole: Found = { total: [], present: [], online: [] };
    if (!otherCouncil) readCell(text, i, whole);
    for (const k of ['total', 'present', 'online'] as const) into[k].push(...(each[k].length > 0 ? each[k] : whole[k]));
  }
  /** Of a line's readings (each bilingual label's one half), the one whose cells state the most counts; the first on a tie. */
  function mostStated(readings: string[], i: number): string {
    const stated = readings.map((r) => {
      const probe: Found = { total: [], present: [], online: [] };
      readCell(r, i, probe);
      return probe.total.length + probe.present.length + probe.online.length;
    });
    return readings[stated.indexOf(Math.max(...stated))];
  }
  function readCell(line: string, i: number, into: Found): void {
    const at = (list: Stated[], raw: string | undefined) => {
      const value = raw === undefined ? null : parseCount(raw);
      if (value !== null && value < 1000) list.push({ value, line: i + 1, kazakh: languageIsKazakh(line) });
    };
    // Every count below is a match of N: a line without one states none (most lines of a protocol), and the
    // thirty patterns are not tried on it.
    if (!ANY_COUNT.test(line)) return;
    // Each pattern is run only where the line holds a text every match of it holds (mayMatch).
    const seen = new Map<RegExp, boolean>();
    const exec = (pattern: RegExp): RegExpExecArray | null => (mayMatch(pattern, line, seen) ? pattern.exec(line) : null);
    let m: RegExpExecArray | null;
    if (hasParts(line)) {
      // A joint meeting: "комиссияның 8 мүшесі мен … комиссияның 6 мүшесінен, барлығы 14 мүшеден", "Из 8 членов комиссии A и
      // 6 членов комиссии B": a part's size is no total; the whole is, when the sentence sums them. A part's present
      // ("8 мүшесінен 7-і, … 6 мүшесінен 4-і") is no count of the meeting's: none is taken.
      if ((m = exec(WHOLE))) at(into.total, m[1]);
      const partsPresent = [PRESENT_OF_TOTAL, TOTAL_THEN_PRESENT, OF_TOTAL_PRESENT, KK_TOTAL_PRESENT].some((p) => exec(p) !== null);
      if (!partsPresent) {
        if ((m = exec(PRESENT))) at(into.present, m[1]);
        else if ((m = exec(MEMBERS_TOOK_PART))) at(into.present, m[1] ?? m[2] ?? m[3]);
        else if ((m = exec(KK_TOOK_PART))) at(into.present, m[1]);
      }
    } else if ((m = exec(PRESENT_OF_TOTAL))) {
      at(into.present, m[1]);
      at(into.total, m[2]);
    } else if ((m = exec(MEMBERS_FRACTION)) && (parseCount(m[1]) ?? Infinity) <= (parseCount(m[2]) ?? 0)) {
      at(into.present, m[1]);
      at(into.total, m[2]);
    } else if ((m = exec(HEADING_FRACTION)) && !re(ABSENT_HEADING).test(m[0]) && Number(m[1]) <= Number(m[2])) {
      at(into.present, m[1]);
      at(into.total, m[2]);
    } else if ((m = exec(ALL_PRESENT))) {
      at(into.present, m[1] ?? m[2]);
      at(into.total, m[1] ?? m[2]);
    } else if ((m = exec(TOTAL_THEN_PRESENT))) {
      at(into.total, m[1]);
      at(into.present, m[2]);
    } else if ((m = exec(OF_TOTAL_PRESENT) ?? exec(WERE_OF_TOTAL))) {
      at(into.present, m[1]);
      at(into.total, m[2]);
    } else if ((m = exec(KK_TOTAL_PRESENT)) && partOfWhole(m[2] ?? m[4] ?? m[6], m[1] ?? m[3] ?? m[5])) {
      // (Never more present than the whole: "Отырыс кеңестің 5 мүшесінің 2026 жылғы 20 тамыздағы жазбаша талабы бойынша …
      // шақырылды", set 169 — the members who demanded the meeting, then a date's year; no count of the meeting.)
      at(into.total, m[1] ?? m[3] ?? m[5]);
      at(into.present, m[2] ?? m[4] ?? m[6]);
    } else if ((m = exec(KK_HEADING_OF)) && partOfWhole(m[2], m[1])) {
      at(into.total, m[1]);
      at(into.present, m[2]);
    } else if ((m = exec(QUORUM_OF) ?? exec(QUORUM_OF_BEFORE))) {
      at(into.present, m[1]);
      at(into.total, m[2]);
    } else if ((m = exec(ROLL_WHOLE)) && (parseCount(m[2]) ?? Infinity) < (parseCount(m[1]) ?? 0)) {
      at(into.total, m[1]);
      at(into.present, m[2]);
    } else if ((m = exec(ROLL_WHOLE_SENTENCE)) && (parseCount(m[2] ?? m[3]) ?? Infinity) < (parseCount(m[1]) ?? 0)) {
      at(into.total, m[1]);
      at(into.present, m[2] ?? m[3]);
    } else {
      // "группа из 3 членов" counts a group's members, not the meeting's body's.
      if ((m = exec(OF_TOTAL) ?? exec(MEMBERS_OF_TOTAL))) at(into.total, m[1]);
      else if ((m = exec(TOTAL_MEMBERS) ?? exec(MEMBERS_TOTAL_BRACKET) ?? exec(MEMBERS_THEN_TOTAL))) at(into.total, m[1]);
      else if ((m = exec(KK_TOTAL) ?? exec(KK_ALL_OF))) at(into.total, m[1]);
      // "Комиссия мүшелері: 7", "Кеңес мүшелерінің саны – 31"
      else if ((m = exec(KK_BODY_MEMBERS))) at(into.total, m[1]);
      // "Члены Президиума – 8 человек", "Состав комиссии: 9", "Численность совета – 39 человек"
      else if ((m = exec(BODY_SIZE))) at(into.total, m[1]);
      // "Кеңес құрамы – 15 мүше", "Комиссия құрамы: 9 адам"
      else if ((m = exec(KK_BODY_COMPOSITION) ?? exec(BARE_COMPOSITION))) at(into.total, m[1]);
      else if ((m = exec(KK_BODY_HAS) ?? exec(BODY_COMPOSED))) at(into.total, m[1] ?? m[2] ?? m[3]);
      else if ((m = exec(RU_BODY_HAS) ?? exec(KK_BODY_CONSISTS))) at(into.total, m[1] ?? m[2] ?? m[3]);
      else if ((m = exec(RU_BODY_CONSISTS))) at(into.total, m[1]);
      // "А) Общественный совет при Управлении образования (состав – 15 членов).", "Қоғамдық кеңес (құрамы – 11 мүше)"
      else if ((m = exec(NAMED_WITH_SIZE))) at(into.total, m[1]);
      else if ((m = exec(ALL_MEMBERS_DATIVE))) at(into.total, m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]);
      else if ((m = exec(KK_FRACTION_OF))) at(into.total, m[1]);
      else if ((m = exec(KK_BODY_MADE_OF) ?? exec(ROLL_TOTAL) ?? exec(BY_THE_LIST))) at(into.total, m[1]);
      const parts = exec(MODE_PARTS_WHOLE);
      if (parts && (parseCount(parts[1]) ?? NaN) + (parseCount(parts[2]) ?? NaN) === parseCount(parts[3])) at(into.present, parts[3]);
      else if ((m = exec(PRESENT))) at(into.present, m[1]);
      else if ((m = exec(ALL_WITH_ONLINE))) at(into.present, m[1]);
      else if ((m = exec(REGISTERED))) at(into.present, m[1] ?? m[2] ?? m[3]);
      else if ((m = exec(REGISTRATION_PASSED))) at(into.present, m[1] ?? m[2]);
      else if ((m = exec(MEMBERS_PRESENT))) at(into.present, m[1]);
      else if ((m = exec(MEMBERS_TOOK_PART))) at(into.present, m[1] ?? m[2] ?? m[3]);
      else if ((m = exec(KK_PRESENT))) at(into.present, m[1] ?? m[2]);
      else if ((m = exec(KK_TOOK_PART))) at(into.present, m[1]);
      else if ((m = exec(KK_CAME))) at(into.present, m[1] ?? m[2] ?? m[3]);
      else if ((m = exec(ROOM_AND_LINE))) at(into.present, m[1]);
      else if ((m = exec(KK_AT_MEETING))) at(into.present, m[1] ?? m[2] ?? m[3]);
      else if ((m = exec(HEADING_COUNT)) && !re(ABSENT_HEADING).test(line) && !re(ONLINE).test(line)) at(into.present, m[1]);
    }
    for (const pattern of ONLINE_STATED) {
      const o = exec(pattern);
      // "12 из них, двое подключились по видеосвязи": another count between the first and the means is the online's own
      // (the first counts those present) — this pattern's reading is not taken.
      if (o && anotherCountBefore(o[0], o[1])) continue;
      if (o) {
        at(into.online, o[1]);
        break;
      }
    }
    // "Прошли регистрацию 10, из которых Сейткали Б.Н. участвует по видеосвязи": those online named, no count — as many as named.
    const named = into.online.length === 0 ? exec(NAMED_ONLINE) : null;
    if (named) into.online.push({ value: matchesOf(named[1], NAMES_ALL).length, line: i + 1, kazakh: languageIsKazakh(line) });
  }
  // "Ещё трое – Ким …, Рахманов … и Байбосынова … – участвовали дистанционно": the count online told with the names between
  // dashes, a sentence a hard-wrapped paragraph breaks over lines — read from the paragraph when no line states it.
  if (online.length === 0) {
    const named = namedOnlineCount(lines);
    if (named) online.push({ value: named.value, line: named.line, kazakh: languageIsKazakh(lines[named.line - 1] ?? '') });
  }
  dropOpeningBeforeLateArrival(lines, present);
  let chosenPresent = pickStated('present', present, issues);
  const chosenOnline = pickStated('online', online, issues);
  // No count of those present stated, the meeting held online only: the members online are those present.
  // (A broadcast online, "транслировалось полностью в онлайн-режиме", "толық онлайн таратылды", is no way of taking part.)
  const whollyOnline = heldWhollyOnline(lines);
  if (chosenPresent === null && chosenOnline !== null && whollyOnline) chosenPresent = chosenOnline;
  // And the other way round: "он жеті мүшенің он төртеуі қосылды (барлығы онлайн)", no count online of its own.
  let onlineValue = chosenOnline?.value ?? null;
  let onlineLine = chosenOnline?.line;
  if (onlineValue === null && chosenPresent !== null && whollyOnline) [onlineValue, onlineLine] = [chosenPresent.value, chosenPresent.line];
  return {
    members_total: pickStated('members', total, issues)?.value ?? null,
    present: chosenPresent?.value ?? null,
    online: onlineValue,
    lines: { present: chosenPresent?.line, online: onlineLine, differing: { present: differing(chosenPresent, present), online: differing(chosenOnline, online) } },
  };
}

/** Whether a partitive's part ("13 мүшесінің 10-ы") is a count no greater than its whole. */
function partOfWhole(part: string, whole: string): boolean {
  const [p, w] = [parseCount(part), parseCount(whole)];
  return p !== null && w !== null && p <= w;
}

/**
 * "На открытии … зарегистрированы 27 членов Совета, …" / "… В 15.20 к заседанию присоединился Сагынбаев Н.Е." / "(очно),
 * таким образом в работе заседания приняли участие 28 членов Совета.": the opening's count, a member who came late, and the
 * whole said after, over the lines of one paragraph — the whole is the count (as on one line above). A count that goes
 * down after a member left is no such whole: the member who left stays present.
 */
function dropOpeningBeforeLateArrival(lines: string[], present: Stated[]): void {
  for (let k = present.length - 1; k > 0; k--) {
    const [opening, whole] = [present[k - 1], present[k]];
    if (whole.line <= opening.line || whole.value <= opening.value) continue;
    const between = lines.slice(opening.line - 1, whole.line);
    // "К 10:00 … зарегистрировались 8 членов Совета из 15. … кворума нет. … объявила перерыв" / "В 10:35 заседание
    // продолжено. … Присутствуют 11 членов Совета": a count without a quorum, the sitting held after it with the later one.
    const blank = between.findIndex((l) => l.trim() === '');
    const paragraph = blank < 0 ? between : between.slice(0, Math.max(1, blank));
    if (NO_QUORUM.test(paragraph.join(' ')) && whole.line - opening.line <= 12) present.splice(k - 1, 1);
    else if (!between.some((l) => l.trim() === '') && ARRIVED_LATE.test(between.join(' '))) present.splice(k - 1, 1);
  }
}
const NO_QUORUM = re(`кворума\\s+(?:нет|не\\s+было|не\\s+имеется)|кворум\\s+(?:отсутств[\\p{L}]*|не\\s+(?:набран|собран)[\\p{L}]*|жоқ|болмады|болған\\s+жоқ|болмаған[\\p{L}]*|жиналмады|жиналмаған[\\p{L}]*)|кворумның\\s+(?:болмау|жоқтығ)[\\p{L}]*|(?:нет|отсутстви[\\p{L}]*)\\s+кворума`);

/** The values stated for one count, the chosen first, when they are not all one. */
function differing(chosen: Stated | null, found: Stated[]): number[] | undefined {
  const values = [...new Set(found.map((f) => f.value))];
  return chosen === null || values.length < 2 ? undefined : [chosen.value, ...values.filter((v) => v !== chosen.value)];
}

/**
 * Bilingual protocols state each count twice, and the halves can disagree
 * (8 online in the Kazakh text, 9 in the Russian). The Russian statement is
 * taken — the Kazakh text of these protocols is the translation — and the
 * disagreement is an issue.
 */
function pickStated(what: string, found: Stated[], issues: ExtractIssue[]): Stated | null {
  if (found.length === 0) return null;
  const chosen = found.find((f) => !f.kazakh) ?? found[0];
  const other = found.find((f) => f.value !== chosen.value);
  if (other) {
    const [a, b] = [chosen, other].sort((x, y) => x.line - y.line);
    issues.push({ line: b.line, message: `${what} stated as ${a.value} (line ${a.line}) and ${b.value} (line ${b.line}); ${chosen.value} taken` });
  }
  return chosen;
}

/**
 * What the count patterns read of a sentence of people or of parts, set right (`own` changed in place):
 * - "В заседании приняли участие 25 человек, в том числе 11 членов Совета": the members are those present, never the people;
 * - "Участвуют 25 человек: члены Совета и представители акимата": people with guests named among them state no count of
 *   the members;
 * - "Присутствовали 7 членов в зале и 2 по видеосвязи", "Залда 7 мүше, онлайн 2 мүше қатысты": the part in the room and
 *   the part online with no total said — those present are not stated (kenes adds no parts), the part online is.
 */
function membersOfPeopleAndParts(sentence: string, own: Found, line: number, kazakh: boolean): void {
  const people = PEOPLE_WITH_MEMBERS.exec(sentence);
  const members = people === null ? null : parseCount(people[2] ?? people[3]);
  if (members !== null) own.present = [{ value: members, line, kazakh }];
  const withGuests = members === null ? PEOPLE_WITH_GUESTS.exec(sentence) : null;
  const guestsOf = withGuests === null ? null : parseCount(withGuests[1]);
  if (guestsOf !== null) own.present = own.present.filter((p) => p.value !== guestsOf);
  const inRoom = IN_ROOM_PART.exec(sentence);
  const roomCount = inRoom === null ? null : parseCount(inRoom[1] ?? inRoom[2]);
  if (inRoom === null || roomCount === null) return;
  const after = sentence.slice(inRoom.index + inRoom[0].length);
  if (!re(ONLINE).test(after) || re(ONLINE).test(sentence.slice(0, inRoom.index))) return;
  const online = ONLINE_AFTER_ROOM.exec(after);
  const value = online === null ? null : parseCount(online[1] ?? online[2]);
  if (value !== null && own.online.length === 0) own.online.push({ value, line, kazakh });
  // (Nor is the part online, read with the verb that closes the Kazakh sentence: "онлайн 2 мүше қатысты".)
  const onlinePart = own.online[0]?.value;
  own.present = own.present.filter((p) => p.value !== roomCount && p.value !== onlinePart);
}
