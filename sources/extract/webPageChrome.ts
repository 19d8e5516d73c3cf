/**
 * A web page's own lines around a document copied from it (an akimat's site, a department's gov.kz page, a council's site),
 * beyond the stamps, share rows, cookie banners and news lists pageFurniture.ts knows: the skip link and the version for the
 * visually impaired, the language switch and the menu it ends, the attached files with their sizes, the "was
 * this useful?" poll with its votes, the footer's postcode, phones, "1414" and copyright. Set 185: "Иә (23)  Жоқ (2)" is the
 * page's poll, "protokol_6_14.10.2026.pdf (312 КБ)" a file, "140000, … ул. Ленина, 8" the akimat's address — no vote, no date,
 * no count of the document's.
 */

const CHROME = new RegExp([
  // "Перейти к основному содержанию", "Негізгі мазмұнға өту", "Версия для слабовидящих", "Мүмкіндігі шектеулі жандарға арналған нұсқа".
  String.raw`^\s*(?:перейти\s+к\s+(?:основному\s+)?содержани[\p{L}]*|негізгі\s+мазмұнға\s+өту|skip\s+to\s+(?:main\s+)?content)`,
  // ("мүмкіндігі шектеулі жандарға арналған пандустар" is a report's monitoring: the version's word is asked for.)
  String.raw`версия\s+для\s+слабовидящих|(?:мүмкіндігі\s+шектеулі\s+жандарға|көзі\s+нашар\s+көретіндерге)\s+арналған\s+нұсқа`,
  // The language switch, alone or at a menu's end: "ҚАЗ | РУС", "Қаз | Рус | Eng", "KAZ / RUS", "ҚАЗ  РУС  ENG" (at the end: "на
  // қаз/рус тілдерінде 12 материал" is a sentence).
  String.raw`(?<![\p{L}])(?:қаз|kaz|рус|rus|eng)(?:\s*[|/]?\s*(?:қаз|kaz|рус|rus|eng)){1,2}\s*$`,
  // Attached files: "Файлы:", "Тіркелген файлдар: …", "Прикреплённые файлы: …", "Файлдар / Файлы: …".
  String.raw`^\s*(?:(?:прикрепл[её]нные|тіркелген)\s+)?(?:файлы|файлдар)(?:\s*\/\s*(?:файлы|файлдар))?\s*:`,
  String.raw`^\s*(?:[\p{L}\d_.\-]+\.(?:pdf|docx?|xlsx?|rtf|odt|zip|rar|jpe?g|png)(?:\s*\([\d\s.,]+\s*(?:кб|мб|kb|mb|байт)\))?\s*[·,;|]?\s*)+$`,
  // The page's poll: "Была ли эта информация полезной?  Да  Нет", "Бұл ақпарат пайдалы болды ма?  Иә (23)  Жоқ (2)".
  String.raw`была\s+ли\s+(?:эта\s+)?(?:информация|страница|статья|публикация)\s+полезн|(?:бұл\s+)?ақпарат\s+пайдалы\s+болды\s+ма|нашли\s+ошибку|қате\s+таптыңыз\s+ба`,
  // The footer: "© 2026 …" anywhere, "140000, Павлодарская область, …", "Единый контакт-центр 1414", "Приёмная: +7 (7182) …".
  String.raw`©\s*\d{4}|^\s*\d{6},\s*\p{Lu}|(?:контакт-?центр|байланыс\s+орталығы)\s*1414`,
  // A contact line opens with its label ("Приёмная: +7 (7182) 32-15-40"): a report's sentence may end on a phone.
  String.raw`^\s*(?:тел\.?|телефон|факс|при[её]мная|справки|анықтама|қабылдау\s+бөлмесі)\s*:?\s*(?:\+7|8)\s*\(\d{3,5}\)`,
].join('|'), 'iu');

/** Whether a line is the web page's, not the document's. */
export function isWebPageChrome(line: string): boolean {
  return CHROME.test(line);
}
