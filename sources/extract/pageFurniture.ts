import { matchesOf } from './grammar/matchesOf.ts';
import { MONTH_WORD } from './monthNames.ts';
import { VOTE_LABEL } from './protocol/lexicon.ts';
import { eDocumentLines } from './eDocumentLines.ts';
import { isWebPageChrome } from './webPageChrome.ts';
/**
 * Text copied out of a PDF (exported or OCR'd) carries the pages with it: a
 * running header and footer on every page, "Страница 1 из 3", "- 2 -", a lone
 * page number, and words hyphenated across lines ("засе-\nдания"). None of it
 * is the document's text, and a page number or a header's "№ 1 от 26.02.2025"
 * read as a count is a figure the text does not state. `withoutPageFurniture`
 * gives the same number of lines — every value keeps the line of the document
 * it stands on — with the furniture blanked and each hyphenated word whole on
 * the line where it starts.
 */

/** A page's mark: "стр. 2", "Страница 2 из 3", "2-бет", "Бет 2 / 3". */
const PAGE_MARK = String.raw`(?:(?:страница|стр\.?|лист|page|бет|парақ)\s*№?\s*\d{1,3}(?:\s*(?:из|of|/)\s*\d{1,3})?\.?|\d{1,3}\s*[-–]?\s*(?:бет|парақ)(?:\s*\d{1,3})?)`;
/**
 * A letter's running head on its next pages: its outgoing number, then the page ("Шығ. № 52, 2-бет", "Исх. № 47 от
 * 02.11.2026, стр. 2"). The letter's number is no count and the line no sentence.
 */
const LETTER_HEAD = String.raw`(?:исх|шығ|вх|кір)[\p{L}]*\.?\s*№\s*[^\s,;]+(?:\s+(?:от\s+)?\d{1,2}\.\d{1,2}\.\d{2,4}\s*(?:ж|г)?\.?)?\s*[,;]\s*${PAGE_MARK}`;
/** A role's signature on a sheet's foot: "Председатель ___", "Хатшы" (its blank gone). */
const SIGNED = String.raw`(?:\s+(?:председател|секретар|член|төраға|хатшы|мүше|подпис|қолы)[\p{L}.]*(?:\s*_{3,})?)`;
const KK_SHEET = String.raw`(?:хаттаманың|есептің|ақпараттың)\s+\d{1,3}\s*[-–]?\s*(?:парағы|беті)`;
/** A line that is only a page's number: "Страница 1 из 3", "стр. 3", "Лист 2", "- 2 -", "2-бет", "3 беттің 2-беті", "Page 2 of 5". */
const PAGE_NUMBER = new RegExp(
  [
    LETTER_HEAD,
    String.raw`(?:страница|стр\.?|лист|page|бет|парақ)\s*№?\s*\d{1,3}(?:\s*(?:из|of|/)\s*\d{1,3})?\.?`,
    String.raw`\d{1,3}\s*[-–]?\s*(?:бет|парақ)(?:\s*\d{1,3})?`,
    String.raw`\d{1,3}\s*(?:беттің|парақтың)\s*\d{1,3}\s*[-–]?\s*(?:беті|парағы)`,
    String.raw`[-–—]\s*\d{1,3}\s*[-–—]`,
    // A sheet's foot naming the document, the signatures' blanks after it (or the roles alone, their blanks already
    // gone): "Лист 1 протокола № 10  Председатель ___  Секретарь ___", "№ 10 хаттаманың 2-парағы  Төраға ___" (set 163's
    // Karaganda: a vote broken by it reads on). The protocol's number or a signature says it is a foot: "стр. 3 отчета"
    // alone may be a reference.
    String.raw`(?:лист|страница|стр\.?)\s*\d{1,3}\s+(?:протокола|отч[её]та|информации)(?:\s*№\s*\d{1,4}${SIGNED}{0,3}|${SIGNED}{1,3})`,
    String.raw`(?:№\s*\d{1,4}\s+${KK_SHEET}${SIGNED}{0,3}|${KK_SHEET}${SIGNED}{1,3})`,
  ].map((p) => `(?:${p})`).join('|').replace(/^/, '^\\s*(?:').concat(')\\s*$'),
  'iu',
);
/** The same at the end of a running header, after a wide gap: "Отчет … за 9 месяцев 2025 г.            стр. 1". */
/** The gap that sets a page's mark apart on its line: three spaces or more, or a tab (a PDF's cells). */
const GAP = String.raw`(?:\s{3,}|\s*\t\s*)`;
// (Or after a dot set between a running head's parts: "Общественный совет … · Протокол № 10 от 09.12.2026 · стр. 2", set 163.)
const PAGE_NUMBER_AT_END = new RegExp(String.raw`\S(?:${GAP}|\s+[·•]\s+)((?:страница|стр\.?|лист|page|бет|парақ)\s*№?\s*\d{1,3}(?:\s*(?:из|of|\/)\s*\d{1,3})?|\d{1,3}\s*[-–]?\s*(?:бет|парақ))\s*$`, 'iu');
/**
 * A browser's printout: its footer the page's address and the page of the pages ("https://www.gov.kz/…?lang=ru    1/3"),
 * its header the time of printing and the page's title ("16.04.2026, 09:12        Протокол Общественного совета"). The
 * time printed is no meeting's date: the header goes even at the top of the document, where a running header would stay
 * as the title — when it repeats at the pages' tops, or the document has the browser's footer.
 */
const BROWSER_FOOTER = /^\s*(?:https?:\/\/|www\.)\S+(?:\s+\d{1,3}\s*\/\s*\d{1,3})\s*$/iu;
/** A footer's line ending in the page of the pages after a gap ("Исх. № 02-14/87 от 09.01.2026      Страница 1 из 3"): all of it the page's. */
const endsWithPageOfPages = (line: string) => /\d\s*(?:из|of|\/)\s*\d/iu.test(PAGE_NUMBER_AT_END.exec(line)?.[1] ?? '');
const PRINT_HEADER = new RegExp(String.raw`^\s*\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?${GAP}\S`, 'iu');
/**
 * A web page's stamps, the page a document was copied from: "Опубликовано: 10 октября 2025, 16:05", "Жарияланған:
 * 18.12.2025, 10:42      Жаңартылған: 18.12.2025", "Дата публикации 03.03.2025". The posting date is no meeting's and no
 * event's. A label then a date (and its time), one or more on the line and nothing else: "отчет опубликован 15 марта на
 * сайте" is a sentence, and "Опубликовано: 27" under a heading of media is a count, not a stamp.
 */
// The label's colon is asked for ("Опубликовано: 10 октября"): a line "опубликовано 15 марта" may be a sentence wrapped.
const STAMP_WORDS = String.raw`(?:опубликовано|размещено|обновлено|изменено|последнее\s+изменение|жарияланған(?:\s+күні)?|жарияланды|жаңартылған(?:\s+күні)?|жаңартылды|өзгертілген(?:\s+күні)?|өзгертілді|соңғы\s+өзгеріс|published|updated|дата\s+(?:публикации|размещения|обновления|изменения|создания))`;
// In two languages on a bilingual page: "Жарияланған күні / Дата публикации: 02.10.2026" (set 185).
const STAMP_LABEL = String.raw`(?:${STAMP_WORDS}(?:\s*\/\s*${STAMP_WORDS})?\s*:|дата\s+(?:публикации|размещения|обновления|изменения|создания)\s*:?)`;
const STAMP_DATE = String.raw`(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}|(?:\d{4}\s*(?:ж\.?|жылғы)\s*)?\d{1,2}\s+${MONTH_WORD}(?:\s+\d{4}\s*(?:г\.?|года)?)?)`;
const STAMP_TIME = String.raw`\s*,?\s*(?:в\s+|сағ\.?\s*)?\d{1,2}[:.]\d{2}`;
// Without its colon only before a date in figures and its time ("Опубликовано 12.03.2026 10:41"): no sentence is so written.
const STAMP_BARE = String.raw`(?:опубликовано|размещено|обновлено|жарияланды|жаңартылды|published|updated)\s+\d{1,2}[./]\d{1,2}[./]\d{2,4}${STAMP_TIME}`;
/**
 * A press release's or a news item's own label before its date: "Баспасөз хабарламасы · 2026 жылғы 19 наурыз", "Пресс-релиз
 * от 19.03.2026", "ПРЕСС-РЕЛИЗ | 19 марта 2026 г.", "Ақпараттық хабарлама – 19.03.2026". The day the secretariat released
 * the news, the day after the meeting as often as not: never the meeting's.
 */
const RELEASE_LABEL = String.raw`(?:пресс-?\s?релиз|баспасөз\s+(?:хабарламасы|релизі)|ақпараттық\s+хабарлама|информационное\s+сообщение|press\s+release)\s*(?:[:·•|,–—-]|от(?![\p{L}]))`;
const STAMP = String.raw`(?:(?:${STAMP_LABEL}|${RELEASE_LABEL})\s*${STAMP_DATE}(?:${STAMP_TIME})?|${STAMP_BARE})`;
/** The page's other marks beside its stamp: "Просмотры: 96", "Просмотров: 214", "Қаралды: 96", "👁 1 204", "Автор: пресс-служба". */
const VIEWS = String.raw`(?:просмотр[\p{L}]*|қаралым[\p{L}]*|қаралды|көрілім[\p{L}]*|views|👁(?:\uFE0F)?(?:\u200D🗨(?:\uFE0F)?)?)\s*:?\s*[^|•·\t]{0,40}?`;
// Its buttons after them: "· Поделиться · 🖨", "Бөлісу / Поделиться", "Басып шығару" (set 185: "Дата публикации: 30.11.2026 ·
// Просмотров: 1 109 · Поделиться · 🖨" over a protocol of 26 November).
const BUTTON = String.raw`(?:поделиться|бөлісу|печать|распечатать|версия\s+для\s+печати|басып\s+шығару|🖨\uFE0F?)`;
const PAGE_META = String.raw`(?:${VIEWS}|(?:автор|author|источник|дереккөз|комментари[\p{L}]*|пікір[\p{L}]*)\s*:?\s*[^|•·\t]{0,40}?|${BUTTON}(?:\s*\/\s*${BUTTON})?)`;
const STAMP_SEPARATOR = String.raw`(?:\s*[|•·]\s*|${GAP})`;
/**
 * A news page's stamp with no label: the date and time it was posted, then its counter of views ("29.01.2026 | 10:15 |
 * Просмотров: 1 204", "22.01.2026, 15:07 · 👁 187", "2026 жылғы 19 наурыз   Қаралым: 340"). The counter makes it the page's:
 * a date and time alone ("15.04.2026, 10:00   г. Талгар") open many a protocol as the meeting's own.
 */
const UNLABELLED_STAMP = String.raw`${STAMP_DATE}(?:(?:${STAMP_TIME})|${STAMP_SEPARATOR}\d{1,2}:\d{2})?(?:${STAMP_SEPARATOR}(?:${PAGE_META}))*${STAMP_SEPARATOR}${VIEWS}(?:${STAMP_SEPARATOR}(?:${PAGE_META}))*`;
const PAGE_STAMPS = new RegExp(String.raw`^\s*(?:${STAMP}(?:${STAMP_SEPARATOR}(?:${STAMP}|${PAGE_META}))*|${UNLABELLED_STAMP})\s*$`, 'iu');

/**
 * An electronic document system's marks (Documentolog, ЕСЭДО / ЭҚАБЖ, e-Otinish), on every page or at the end: "Подписано
 * ЭЦП: Жумабаев Н.К., 12.03.2026 15:42", "ЭЦҚ қол қойылды", "Документ сформирован системой … 13.03.2026 09:15", "Сертификат:
 * MIIF… действителен до …", "Дата и время подписания: …", "Тексеру / Проверить: https://…", "QR-код …", "Documentolog | Рег.
 * № 01-09/14 от 29.01.2026 | Страница 1 из 3", "Қалыптастырылды: 02.04.2026 08:31 | Жазбалар: 4 | Сұраныс ID: …". The
 * system's dates, numbers and names are no meeting's and no count: the whole line is the system's.
 */
const E_DOCUMENT = new RegExp([
  String.raw`(?:подписан[оа]?|подписи)\s+ЭЦП|ЭЦ[ПҚ]\s+(?:қол\s+қойыл|қолтаңба)|(?<![\p{L}])ЭЦ[ПҚ](?![\p{L}])\s*[:.]`,
  String.raw`документ\s+сформирован|құжат\s+(?:[\p{L}]+\s+)?қалыптастырыл|^\s*қалыптастырылды\s*:`,
  String.raw`^\s*сертификат\s*:|(?:дата\s+и\s+время\s+подписания|қол\s+қою\s+күні\s+мен\s+уақыты)\s*:`,
  String.raw`(?:тексеру|проверить|проверка)(?:\s+подлинност[\p{L}]*)?\s*(?:\/\s*(?:тексеру|проверить)\s*)?:\s*https?:\/\/`,
  String.raw`^\s*QR-?код`,
  String.raw`(?:documentolog|есэдо|эқабж).{0,40}?(?:рег|исх|вх|тіркеу|шығыс|кіріс)[\p{L}]*\.?\s*№`,
  String.raw`^\s*\[?(?:documentolog|есэдо|эқабж)`,
].join('|'), 'iu');
/** The heading of a route sheet, who approved the document when: "Лист согласования", "Келісу парағы". Its paragraph is the system's. */
const ROUTE_SHEET = /^\s*(?:лист\s+согласования|келісу\s+парағы)(?:\s*\/\s*(?:лист\s+согласования|келісу\s+парағы))?\s*:?/iu;

/** A web page's heading over its other news: "Соңғы жаңалықтар", "Ұқсас жаңалықтар", "Другие материалы раздела", "Читайте также". */
// Also of whom, and in two languages: "Кеңестің соңғы жаңалықтары:", "Последние новости Совета:", "Соңғы жаңалықтар / Последние
// новости:" (set 185).
const RELATED_PHRASE = String.raw`(?:(?:[\p{L}]+\s+)?(?:соңғы|ұқсас|басқа)\s+(?:жаңалықтар|материалдар)[\p{L}]*|осы\s+бөлімнің\s+басқа\s+материалдары|(?:последние|похожие|другие)\s+(?:новости|материалы)(?:\s+[\p{L}]+)?|читайте\s+также|все\s+новости)`;
const RELATED_HEADING = new RegExp(String.raw`^\s*${RELATED_PHRASE}(?:\s*\/\s*${RELATED_PHRASE})?\s*:?\s*$`, 'iu');
/** An item of that list: a date, then a title; or the list's "Все материалы →". */
const RELATED_ITEM = /^\s*(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}(?:,?\s+\d{1,2}:\d{2})?\s+\S|(?:все\s+материалы|барлық\s+материалдар)\s*→?\s*$)/iu;
/** A web page's banner and buttons: a cookie notice, "Поделиться: Facebook …", "Бөлісу …", "© 2026 …", "Нашли ошибку? …Ctrl+Enter". */
const WEB_PAGE_LINE = /(?<![\p{L}])cookie|^\s*(?:поделиться|бөлісу)(?![\p{L}])|^\s*©|ctrl\s*\+\s*enter/iu;
/** The heading alone on its line. */
const ROUTE_SHEET_ALONE = new RegExp(`${ROUTE_SHEET.source}\\s*$`, 'iu');

/**
 * The line a table's next part opens with on the next page: "Продолжение таблицы 1", "Окончание табл. 2", "Кестенің
 * жалғасы", "1-кестенің жалғасы", "Таблица 2 (продолжение)", both languages at once ("Кестенің жалғасы / Продолжение
 * таблицы"). It says only that the page broke the table: its number is the table's, no count.
 */
const CONTINUED_PHRASE = String.raw`(?:(?:продолжение|окончание)\s+(?:таблицы|табл\.?)(?:\s*№?\s*\d{1,2}(?:\.\d{1,2})?)?|(?:\d{1,2}\s*[-–]?\s*)?кестенің\s+(?:жалғасы|соңы)|(?:таблица|табл\.|кесте)\s*№?\s*\d{1,2}(?:\.\d{1,2})?\s*\((?:продолжение|окончание|жалғасы)\))`;
const TABLE_CONTINUED = new RegExp(String.raw`^\s*${CONTINUED_PHRASE}(?:\s*[/|]\s*${CONTINUED_PHRASE})?\s*[.:]?\s*$`, 'iu');

/** A rule drawn between pages, or a form feed. */
const PAGE_RULE = /^\s*(?:[_=]{10,}|[-–—]{20,})\s*$/u;
const LONE_NUMBER = /^\s*(\d{1,3})\s*$/u;

export function withoutPageFurniture(lines: string[]): string[] {
  return cleaned(lines).lines;
}

/**
 * The document's text with its pages sewn together: the furniture blanked as by `withoutPageFurniture`, and where a
 * page break falls inside a sentence ("…По их итогам госорганам | footer, - 1 -, header | направлено 26 рекомендаций")
 * the blank and ruled lines of the break are taken out, so the sentence reads on; so are they between two rows of a table. `numbers` holds each line's number in
 * the document: a reader's line is mapped back through it.
 */
export function withoutPageBreaks(lines: string[]): { lines: string[]; numbers: number[] } {
  const { lines: text, furniture } = cleaned(lines);
  const gone = new Set<number>();
  const border = (k: number) => tableBorder(text, k);
  // A line of the break: blank (the furniture is blank by now), a rule drawn between pages (not a typed table's border),
  // or a signature or stamp at the page's foot ("Председатель ______ Б. Сейтказинов", "М.П."): a page breaking a sentence
  // or a vote ("«за» – 14, «против» – 0," | signatures, "- 2 -" | "«воздержались» – 1.") has them between its halves.
  const atFoot = (k: number) => SIGNATURE.test(text[k]) || SEAL.test(text[k]);
  const inBreak = (k: number) => text[k].trim() === '' || (PAGE_RULE.test(text[k]) && !border(k)) || atFoot(k);
  // A typed table's rule goes with its rows: a table the page breaks goes on from its rule to the next page's.
  const rowish = (k: number) => TABLE_ROW.test(text[k]) || border(k);
  for (let a = 0; a < text.length; a++) {
    if (inBreak(a)) continue;
    let b = a + 1;
    let overBreak = false;
    while (b < text.length && inBreak(b)) {
      overBreak ||= furniture.has(b) || PAGE_RULE.test(text[b]) || atFoot(b);
      b++;
    }
    if (!overBreak || b >= text.length) continue;
    // A list of names run on with commas goes on with the next name, in capitals ("…, Избасаров Мейрам Талгатович," | page | "Кадырова …").
    const goesOn = (SENTENCE_GOES_ON.test(text[a]) && SENTENCE_CONTINUED.test(text[b])) || (/,\s*$/u.test(text[a]) && /^\s*\p{Lu}\p{Ll}/u.test(text[b]))
      || (rowish(a) && rowish(b)) || nextItem(text[a], text[b]) || (COUNTED_LABEL_AT_END.test(text[a]) && LABEL_FIRST.test(text[b]));
    if (!goesOn) continue;
    for (let k = a + 1; k < b; k++) gone.add(k);
    // A table's heading printed again at the new page's top ("№ | Аты-жөні | Қатысуы"), with its rules, is no row of it.
    const top = tableTop(text, a, rowish);
    let [head, first] = [b, top];
    while (head < text.length && border(head)) head++;
    while (first < a && border(first)) first++;
    if (TABLE_ROW.test(text[head] ?? '') && first < a && shape(text[head]) === shape(text[first])) {
      let end = head;
      while (end + 1 < text.length && border(end + 1) && border(b)) end++;
      for (let k = b; k <= end; k++) gone.add(k);
    }
    a = b - 1;
  }
  const numbers = text.map((_, k) => k + 1).filter((n) => !gone.has(n - 1));
  return { lines: numbers.map((n) => text[n - 1]), numbers };
}

/** The first row of the table whose row `a` is: the rows above it with no blank line between. */
function tableTop(text: string[], a: number, rowish: (k: number) => boolean): number {
  let top = a;
  while (top > 0 && rowish(top - 1)) top--;
  return top;
}

/**
 * A rule right over or under a row typed with pipes ("-----" / " Р/с | Аты-жөні | Қатысуы" / "-----"): the table's own
 * border, no rule between pages — its header row is no sentence the page broke.
 */
function tableBorder(text: string[], k: number): boolean {
  return PAGE_RULE.test(text[k]) && (TABLE_ROW.test(text[k - 1] ?? '') || TABLE_ROW.test(text[k + 1] ?? ''));
}

/**
 * A signature's line: a role or a name, a line to sign on, a name; two on a line ("Председатель ______ Б. Сейтказинов
 * Секретарь ______ Д. Ильясова"), a PDF's page number run in between ("… Сейтказинов - 2 -<tab>Секретарь …"). Short:
 * a form's blank to fill in a sentence ("принять ______ мер") is longer words around.
 */
const SIGNATURE = /^(?=[^_]{0,120}_{3,})(?:\s*(?:[\p{L}.()«»"\-–—]+\s+){0,5}?_{3,}\s*(?:\p{Lu}\.\s?){1,2}\s?\p{Lu}[\p{L}-]+|\s*[-–—]\s*\d{1,3}\s*[-–—]|\s*\p{Lu}[\p{L}-]+\s+(?:\p{Lu}\.\s?){1,2}|\s*(?:[\p{L}.()«»"\-–—]+\s+){0,5}?_{3,})+\s*$/u;
/** A seal's mark at a signature: "М.П.", "М.О." (мөр орны), "МП". */
const SEAL = /^\s*(?:М\.\s?[ПО]\.?|МП|МО)\s*$/u;
/** A vote's count after its label at a line's end, a stacked block's line ("Қарсы – 1", "«против» – 0,"), and a line opening with a label. */
const COUNTED_LABEL_AT_END = new RegExp(`(?:${VOTE_LABEL})[»"”]?\\s*[-–—:]\\s*(?:\\d{1,3}|нет|жоқ)\\s*[,;]?\\s*$`, 'iu');
const LABEL_FIRST = new RegExp(`^\\s*(?:${VOTE_LABEL})`, 'iu');

/** A numbered item, its number: "10. Ибраева К.Т.", "11) …". */
const LIST_ITEM = /^\s*(\d{1,3})[.)]\s/u;
/** "10. Ибраева К.Т." | footer | "11. Кайсенов Р.А.": a numbered list the page breaks goes on with its next item. */
function nextItem(above: string, below: string): boolean {
  const a = LIST_ITEM.exec(above);
  const b = LIST_ITEM.exec(below);
  return a !== null && b !== null && Number(b[1]) === Number(a[1]) + 1;
}

/** A line that ends inside a sentence: a word, a number or a comma at its end, no heading in capitals. */
const SENTENCE_GOES_ON = /[\p{Ll}\d,]\s*$/u;
/** A row of a table typed with pipes or tabs: a table the page breaks goes on with its next row. */
const TABLE_ROW = /\|[^|]*\|[^|]*\||\t[^\t]*\t/u;
/** A line that carries a sentence on: a small letter or a number that opens no list item. */
const SENTENCE_CONTINUED = /^\s*(?:\p{Ll}|\d+(?![\d.)])|[«(])/u;

function cleaned(document: string[]): { lines: string[]; furniture: Set<number> } {
  // A form feed (pdftotext puts one before each page) opens a page: the line it stands on is a page's first.
  const lines = document.map((l) => l.replace(/\f/g, ''));
  const out = [...lines];
  const pageStarts = new Set<number>();
  const markers = new Set<number>();
  const first = lines.findIndex((l) => l.trim() !== '');
  lines.forEach((l, i) => {
    if (PAGE_STAMPS.test(l)) out[i] = '';
    else if (document[i].includes('\f') && l.trim() !== '') pageStarts.add(i);
    else if (PAGE_NUMBER.test(l) || BROWSER_FOOTER.test(l) || (endsWithPageOfPages(l) && i > first) || (PAGE_RULE.test(l) && !framesHeading(lines, i) && !tableBorder(lines, i)) || document[i].includes('\f')) markers.add(i);
  });
  for (const i of printHeaders(lines, markers)) out[i] = '';
  const furniture = new Set<number>(systemLines(lines));
  lines.forEach((l, i) => {
    if (TABLE_CONTINUED.test(l)) furniture.add(i);
  });
  for (const i of markers) if (PAGE_NUMBER.test(lines[i]) || BROWSER_FOOTER.test(lines[i]) || endsWithPageOfPages(lines[i])) furniture.add(i);
  for (const i of lonePageNumbers(lines, markers, pageStarts)) furniture.add(i);
  // A header under a rule, a footer over the page number, and a second footer line over that one.
  for (let pass = 0; pass < 2 && markers.size + pageStarts.size + furniture.size > 0; pass++) {
    for (const i of runningLines(lines, new Set([...markers, ...furniture]), pageStarts)) furniture.add(i);
  }
  for (const i of loneHeaders(lines, markers)) furniture.add(i);
  // A running head printed once, its page's number after a wide gap, at a page's top between the footer's number and a
  // rule ("– 1 –" / "Ақсу қ. ҚК · I жартыжылдық 2026          2-бет" / "-----"): all of it the page's, not only its number —
  // its words are no heading of the text below it. Never the document's first line (its title).
  lines.forEach((l, i) => {
    if (i <= first || furniture.has(i) || !PAGE_NUMBER_AT_END.test(l)) return;
    if (neighbours(lines, i, 1).some((k) => markers.has(k) || furniture.has(k) || PAGE_RULE.test(lines[k]))) furniture.add(i);
  });
  // A header kept at the top of the first page stays the document's title; only its page number goes.
  for (const i of furniture) out[i] = '';
  for (let i = 0; i < out.length; i++) {
    const m = PAGE_NUMBER_AT_END.exec(out[i]);
    if (m && furniture.size + markers.size + pageStarts.size > 0) out[i] = out[i].slice(0, m.index + 1).trimEnd();
  }
  return { lines: joinHyphenated(out, furniture), furniture };
}

/**
 * The lines an electronic document system printed (E_DOCUMENT), a route sheet's paragraph under its heading, and a web
 * page's own lines around the document copied from it: its list of other news under their heading, each a date and a title
 * ("Соңғы жаңалықтар" / "13.01.2026   Жаркентте 2 жаңа балабақша ашылды", "Другие материалы раздела", "Осы бөлімнің басқа
 * материалдары:"), its cookie banner, its share and copyright lines (WEB_PAGE_LINE).
 */
function systemLines(lines: string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (RELATED_HEADING.test(lines[i])) {
      out.push(i);
      for (let k = i + 1; k < lines.length && (RELATED_ITEM.test(lines[k]) || lines[k].trim() === ''); k++) if (lines[k].trim() !== '') out.push(k);
    }
    if (E_DOCUMENT.test(lines[i]) || WEB_PAGE_LINE.test(lines[i]) || isWebPageChrome(lines[i])) out.push(i);
    else if (ROUTE_SHEET.test(lines[i])) {
      // A heading alone on its line ("Лист согласования" / "" / "ФИО | Решение | Дата и время" / …) heads the table below it.
      let k = i + 1;
      if (ROUTE_SHEET_ALONE.test(lines[i])) while (k < lines.length && lines[k].trim() === '') k++;
      out.push(i);
      for (; k < lines.length && lines[k].trim() !== ''; k++) out.push(k);
    }
  }
  return [...out, ...eDocumentLines(lines)];
}

/**
 * A browser's print header (PRINT_HEADER): the first line of the document or of a page (the first with text after a
 * footer), when the same header stands at two pages' tops or the document has the browser's footer.
 */
function printHeaders(lines: string[], markers: Set<number>): number[] {
  const footer = [...markers].some((i) => BROWSER_FOOTER.test(lines[i]));
  const tops = [lines.findIndex((l) => l.trim() !== ''), ...[...markers].map((i) => neighbours(lines, i, 1).find((k) => k > i) ?? -1)];
  const headers = tops.filter((i) => i >= 0 && PRINT_HEADER.test(lines[i]));
  const same = (i: number) => headers.filter((k) => shape(lines[k]) === shape(lines[i])).length >= 2;
  return headers.filter((i) => footer || same(i));
}

/**
 * A rule over and under one line in capitals ("-----" / "1-МӘСЕЛЕ БОЙЫНША" / "-----", an e-form's printout): a heading boxed
 * by its rules, no page break — the lines by it ("Тыңдалды:", "қабылданды", an agenda item's bare "1") repeat because the
 * form does, and are the text. A running header boxed the same way ("Протокол № 4 … от 18.06.2025   стр. 1 из 3") is in
 * small letters or carries its page's number: the rules around it stay a page break.
 */
function framesHeading(lines: string[], i: number): boolean {
  const text = (k: number) => lines[k] !== undefined && /\p{Lu}/u.test(lines[k]) && !/\p{Ll}/u.test(lines[k]) && !PAGE_RULE.test(lines[k])
    && !PAGE_NUMBER.test(lines[k]) && !PAGE_NUMBER_AT_END.test(lines[k]);
  return (text(i + 1) && PAGE_RULE.test(lines[i + 2] ?? '')) || (text(i - 1) && PAGE_RULE.test(lines[i - 2] ?? ''));
}

/**
 * A running header printed once (a document of two pages): the short line right under a page's number ("Страница 1 из 2" /
 * "ОС Тупкараганского района • протокол заседания"), a blank line under it, when the page breaks a sentence or a list (the
 * line over the number goes on: a comma, a small letter). It ends in no stop or comma, as a sentence's line would.
 */
function loneHeaders(lines: string[], markers: Set<number>): number[] {
  const out: number[] = [];
  for (const i of markers) {
    if (!PAGE_NUMBER.test(lines[i])) continue;
    const before = neighbours(lines, i, 1).find((k) => k < i);
    const j = i + 1;
    const line = lines[j] ?? '';
    if (before === undefined || !/[,\p{Ll}]\s*$/u.test(lines[before]) || line.trim() === '' || markers.has(j)) continue;
    // (A PDF's reader may leave no blank line under it: then the line under it goes on with the sentence the page broke —
    // "Всего за октябрь поступило" / "Страница 1 из 2" / "Информация ОС … за октябрь 2026 г." / "12 обращений: …".)
    const under = lines[j + 1] ?? '';
    if (under.trim() !== '' && !/^\s*(?:\d|\p{Ll})/u.test(under)) continue;
    // It ends in no stop, as a sentence's line would — a year's "2026 г." / "2026 ж." aside.
    if (line.trim().length > 70 || (/[.,:;]\s*$/u.test(line) && !/\d{4}\s*(?:г|ж)\.\s*$/u.test(line)) || /^\s*(?:\d|\p{Ll})/u.test(line)) continue;
    out.push(j);
  }
  return out;
}

/** Index of the lines with text around `i`, `n` each way. */
function neighbours(lines: string[], i: number, n: number): number[] {
  const near: number[] = [];
  for (const step of [-1, 1]) {
    for (let j = i + step, seen = 0; j >= 0 && j < lines.length && seen < n; j += step) {
      if (lines[j].trim() === '') continue;
      seen++;
      near.push(j);
    }
  }
  return near;
}

/** A line next to a page number or a rule, or the first of a page, or the last before one. */
function standsByBreak(lines: string[], i: number, markers: Set<number>, pageStarts: Set<number>): boolean {
  return pageStarts.has(i) || neighbours(lines, i, 1).some((j) => markers.has(j) || (j > i && pageStarts.has(j)));
}

const shape = (line: string) => line.replace(/[\s\u00a0]+/g, ' ').trim().replace(/\d+/g, '#').toLowerCase();

/**
 * Running headers and footers: a line repeated (page numbers and dates aside) whose every repetition stands by a
 * page break. The first, when it opens the document, is its title and stays.
 */
function runningLines(lines: string[], markers: Set<number>, pageStarts: Set<number>): number[] {
  const byShape = new Map<string, number[]>();
  lines.forEach((l, i) => {
    if (markers.has(i) || (l.match(/\p{L}/gu) ?? []).length < 6) return;
    const key = shape(l);
    byShape.set(key, [...(byShape.get(key) ?? []), i]);
  });
  const firstText = lines.findIndex((l) => l.trim() !== '');
  const opening = new Set(neighbours(lines, firstText, 2).filter((j) => j > firstText).concat(firstText));
  const byBreak = (i: number) => standsByBreak(lines, i, markers, pageStarts);
  const out: number[] = [];
  for (const at of byShape.values()) {
    if (at.length < 2) continue;
    // The first may stand at the top of the document, the title of its first page; every other stands by a break.
    const title = at[0] === firstText || (opening.has(at[0]) && !byBreak(at[0])) ? at[0] : null;
    const rest = at.filter((i) => i !== title);
    if (rest.every(byBreak)) out.push(...rest);
  }
  return out;
}

/**
 * A line that is only a number is a page's number when it stands by a page break, or when such lines, each alone
 * between blank lines, count the pages up one by one through the document. A number in a list or a table cell is not.
 */
function lonePageNumbers(lines: string[], markers: Set<number>, pageStarts: Set<number>): number[] {
  const out: number[] = [];
  const alone: number[] = [];
  // Or by a line the document repeats (the running header the number sits over or under).
  const seen = new Map<string, number>();
  for (const l of lines) if ((l.match(/\p{L}/gu) ?? []).length >= 6) seen.set(shape(l), (seen.get(shape(l)) ?? 0) + 1);
  const repeated = (j: number) => (seen.get(shape(lines[j])) ?? 0) >= 2 && (lines[j].match(/\p{L}/gu) ?? []).length >= 6;
  lines.forEach((l, i) => {
    if (!LONE_NUMBER.test(l)) return;
    // A page has one number: a bare number by a page break already numbered ("9" over "– 1 –") is a table's last cell
    // typed one a line, not a second page number.
    const numbered = neighbours(lines, i, 1).some((j) => markers.has(j) && PAGE_NUMBER.test(lines[j]));
    if (standsByBreak(lines, i, markers, pageStarts) && !numbered) out.push(i);
    else if (((lines[i - 1] ?? '').trim() === '' && (lines[i + 1] ?? '').trim() === '') || neighbours(lines, i, 1).some(repeated)) alone.push(i);
  });
  const value = (i: number) => Number(LONE_NUMBER.exec(lines[i])![1]);
  const counted = alone.length >= 2 && alone.every((i, k) => k === 0 || (value(i) === value(alone[k - 1]) + 1 && i - alone[k - 1] >= 15));
  return counted ? [...out, ...alone] : out;
}

/**
 * A word broken at the end of a line: a hyphen (or soft hyphen) after a small letter, its rest opening the next line in
 * small letters; or a word in capitals broken in a heading ("ОБЩЕСТВЕН-\nНЫЙ СОВЕТ"), its rest in capitals.
 */
const BROKEN = /(?<![\p{L}\d])(\p{L}+|\d+)[-\u00ad]$/u;
const REST = /^(\s*)(\p{Ll}[^\s]*)\s*/u;
/** The ending of a number broken after its hyphen ("2025-\nжылы", "25-\nти", "7-\nсі"): it keeps the hyphen. */
const REST_SUFFIX = /^(\s*)(\p{Ll}{1,6}(?!\p{L})[^\s]*)\s*/u;
const REST_CAPITALS = /^(\s*)(\p{Lu}{2,}(?![\p{Ll}])[^\s]*)\s*/u;

/** A line laid out in columns with spaces: a wide gap between words, or a line set in with cells apart by two spaces. */
const inColumns = (line: string) => /\S {3,}\S/u.test(line) || (/^ {4,}\S/u.test(line) && /\S {2,}\S/u.test(line));

/**
 * Each word hyphenated across lines ("при-\nнято", "мони-\nторингов") is made whole on the line where it starts, its
 * rest taken off the next line; across a page break too, the furniture between being blank by then. "- пункт",
 * "2025 -", "Алматы-\nАстана" and "ГРЭС-\n1" are no broken words.
 */
function joinHyphenated(lines: string[], furniture: Set<number>): string[] {
  const out = [...lines];
  // A compound the document writes whole elsewhere keeps its hyphen: "жилищно-\nкоммунального", "дәрі-\nдәрмек".
  const compound = (left: string, right: string) => `${left}-${right.slice(0, 4)}`.toLowerCase();
  const compounds = new Set(lines.flatMap((l) => matchesOf(l, /(\p{L}+)-(\p{L}+)/gu).map((m) => compound(m[1], m[2]))));
  for (let i = 0; i < out.length; i++) {
    const line = out[i].trimEnd();
    const broken = BROKEN.exec(line);
    const capitals = broken !== null && /^\p{Lu}{3,}$/u.test(broken[1]);
    const digits = broken !== null && /^\d+$/u.test(broken[1]);
    if (!broken || (!capitals && !digits && !/\p{Ll}$/u.test(broken[1]))) continue;
    // A line laid out in columns with spaces ("Заседа-   Заслу-   Общест-"): a cell broken in its own column goes on
    // under itself, not at the next line's start.
    if (inColumns(line) || inColumns(out[i + 1] ?? '')) continue;
    let j = i + 1;
    let overBreak = false;
    while (j < out.length && (out[j].trim() === '' || PAGE_RULE.test(out[j]))) {
      overBreak ||= furniture.has(j) || PAGE_RULE.test(out[j]);
      j++;
    }
    if (j >= out.length || (j > i + 1 && !overBreak)) continue;
    const m = (capitals ? REST_CAPITALS : digits ? REST_SUFFIX : REST).exec(out[j]);
    if (!m) continue;
    const written = digits || compounds.has(compound(broken[1], /^\p{L}+/u.exec(m[2])?.[0] ?? ''));
    const before = line.slice(0, broken.index);
    // A list item's hanging indent holding only the rest, the list going on under it ("2. О результатах мониторинга рай-" /
    // "   онов." / "3. О проекте …", set 200): the word is made whole there, for a blank line left in its place ended the
    // list and lost the items after it.
    if (j === i + 1 && m[1] !== '' && out[j].slice(m[0].length).trim() === '' && (out[j + 1] ?? '').trim() !== '' && before.trim() !== '') {
      out[i] = before.trimEnd();
      out[j] = m[1] + line.slice(broken.index, written ? undefined : -1) + m[2];
      continue;
    }
    out[i] = line.slice(0, written ? undefined : -1) + m[2];
    out[j] = out[j].slice(m[0].length).trim() === '' ? '' : m[1] + out[j].slice(m[0].length);
  }
  return out;
}
