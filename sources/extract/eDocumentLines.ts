/**
 * The lines an electronic document system (Documentolog, ЕСЭДО / ЭҚАБЖ) prints around the document it exports, beyond the
 * marks pageFurniture.ts knows by one word: the registration stamp — incoming and outgoing numbers with their dates and times,
 * its card's fields ("Тіркеу нөмірі: 01-12/2214   Тіркелген күні: 09.10.2026   Парақ: 1/2", "«…» ММ · Кіріс № 3Т-1873 ·
 * 06.11.2026 16:20", "Кіріс № / Вх. № ЖР-04/1190   24.09.2026 17:52"); the e-signature's block (signer, signing time,
 * certificate serial, its validity, the certifying centre); the QR caption and its check code; the print stamp ("Дата печати:
 * … Количество подписей: 1"); the legal footer of an e-copy (law № 370-II). Set 191: a registration date the day after the
 * sitting was read as the protocol's date ("Тіркелген күні: 09.10.2026" over "2026 жылғы 8 қазан"). None of it is the
 * document's: no date, number or count of it is the meeting's or the period's.
 */

const SEPARATOR = /\s*[·•|]\s*|\s{3,}|\s*\t\s*/u;
const DATE = String.raw`\d{1,2}\.\d{1,2}\.\d{2,4}(?:\s*(?:ж|г)\.?)?`;
const TIME = String.raw`(?:сағ\.?\s*)?\d{1,2}:\d{2}(?::\d{2})?`;
const WHEN = String.raw`(?:от\s+)?${DATE}(?:\s*,?\s*${TIME})?`;
const BRACKETED = String.raw`\([^()]*\)`;
/** A registration number's label: "Вх.", "Исх.", "Кіріс", "Шығыс", "Рег.", "Тіркеу", one or two languages ("Кіріс № / Вх. №"). */
const NUMBER_LABEL = String.raw`(?:вх(?:од[\p{L}]*)?\.?|исх(?:од[\p{L}]*)?\.?|кіріс|шығыс|кір\.|шығ\.|рег(?:истрац[\p{L}]*)?\.?(?:\s+номер)?|тіркеу(?:\s+нөмірі)?|регистрационный\s+номер)`;
const LABELLED = String.raw`${NUMBER_LABEL}\s*(?:№\s*)?(?:\/\s*${NUMBER_LABEL}\s*)?(?:№|:)`;
/** The register's code: "01-12/2214", "3Т-1873", "ЖР-04/1190", "14-ОС", "02-14/873" — digits in it. */
const CODE = String.raw`[^\s·•|,;()]*\d[^\s·•|,;()]*`;
const REGISTRATION = String.raw`${LABELLED}\s*${CODE}(?:\s*,?\s*${WHEN})?`;
/** The card's date fields: "Тіркелген күні: 09.10.2026", "Дата регистрации: 09.10.2026 10:15", "Дата поступления: …". */
const REGISTERED_ON = String.raw`(?:тіркелген\s+күні|тіркеу\s+күні|түскен\s+күні|дата\s+(?:регистрации|поступления))\s*:\s*${DATE}(?:\s*,?\s*${TIME})?`;
/** The card's other fields, words only: "Құжат түрі: Хаттама", "Жеделдігі: қалыпты", "Бақылауда: жоқ", "Вид документа: Протокол". */
const CARD_FIELD = String.raw`(?:құжат\s+түрі|вид\s+документа|тип\s+документа|жеделдігі|срочность|бақылауда|на\s+контроле)\s*:\s*[^\d:]*`;
const SYSTEM = String.raw`(?:сэд\s*)?«?(?:documentolog|есэдо|эқабж|e-?otinish)»?(?:\s*\((?:есэдо|эқабж)\))?|электрондық\s+құжат(?:тың\s+көшірмесі)?|(?:копия\s+)?электронн(?:ый|ого)\s+документа?`;
const PAGE = String.raw`(?:парақ|лист|стр\.?|страница|бет)\s*:?\s*\d{1,3}\s*(?:\/|из)\s*\d{1,3}`;
const RULE = String.raw`[-_=]{10,}`;
const ATOM = String.raw`(?:${REGISTRATION}|${REGISTERED_ON}|${CARD_FIELD}|${WHEN}|${SYSTEM}|${PAGE}|${RULE}|${BRACKETED})`;
const PART = new RegExp(String.raw`^(?:${ATOM})(?:\s*[,.–-]?\s*(?:${ATOM}))*\.?$`, 'iu');
const STAMPED = new RegExp(String.raw`${LABELLED}\s*${CODE}|${REGISTERED_ON}`, 'iu');
const INCOMING = /(?<![\p{L}])(?:вх(?:од[\p{L}]*)?\.?|кіріс|кір\.)\s*№/iu;
const CARD_ONLY = new RegExp(String.raw`^(?:${CARD_FIELD})$`, 'iu');

/**
 * A line of the registration stamp: each of its parts (apart by "·", "|", a tab or a wide gap) a registration number, a date
 * and time, the system's name, a page of the pages, a card's field — or a name with no figure in it, the sender or the
 * addressee ("«Қарақия ауданы әкімінің аппараты» ММ"); one part at least a registration number or date. A sentence naming a
 * letter ("письмо (вх. № 125 от 12.03.2026) рассмотрено") has words around it and stays.
 */
export function isRegistrationStamp(line: string): boolean {
  const parts = line.trim().split(SEPARATOR).filter((p) => p !== '');
  if (parts.length === 0) return false;
  const cards = parts.filter((p) => CARD_ONLY.test(p)).length;
  if (!STAMPED.test(line) && cards < 2) return false;
  // A letter's own outgoing number and date typed alone at its top ("Исх. № 47 от 03.11.2026 г.") is the letter's, its head:
  // the system's stamp has more parts, a time, or is the receiver's incoming number.
  if (parts.length < 2 && !INCOMING.test(line) && !new RegExp(TIME, 'u').test(line.replace(new RegExp(DATE, 'gu'), ''))) return false;
  return parts.every((p) => PART.test(p) || (!/\d/u.test(p) && p.length <= 80));
}

/** The e-signature's block, the QR caption, the print stamp: a line any of these names is the system's. */
const SIGNATURE_BLOCK = new RegExp([
  String.raw`ЭЦ[ПҚ]\s+(?:арқылы\s+)?қол\s+қойыл|^\W*ЭЦ[ПҚ]\s*\/\s*ЭЦ[ПҚ]`,
  String.raw`серийный\s+номер\s+сертификата|сертификат[\p{L}]*\s+(?:№|сериялық|мерзімі|действителен|жарамды)|сериялық\s+нөмірі`,
  String.raw`удостоверяющий\s+центр|куәландырушы\s+орталық`,
  String.raw`^\s*(?:қол\s+қойған|подписал[аи]?|подписант)\s*(?:\/\s*(?:қол\s+қойған|подписал[аи]?)\s*)?:`,
  String.raw`(?:время|дата(?:\s+и\s+время)?)\s+подписания|қол\s+қой(?:ылған|ылу|у)\s+(?:уақыты|күні)`,
  String.raw`^\s*(?:жарамды|действителен|срок\s+действия|жарамдылық\s+мерзімі)\s*(?:\/\s*(?:жарамды|действителен|срок\s+действия)\s*)?:`,
  String.raw`^\W{0,3}QR(?![\p{L}])`,
  String.raw`дата\s+печати|количество\s+подписей|қолтаңбалар\s+саны|басып\s+шығарылған\s+(?:күні|уақыты)`,
  String.raw`(?:тексеру|проверочный)\s+коды?(?![\p{L}])|код\s+проверки|ИД\s+документа|құжат\s+ID`,
  String.raw`^\s*(?:копия\s+электронного\s+документа|электрондық\s+құжаттың\s+көшірмесі)`,
  String.raw`(?:данный|настоящий|бұл|осы)\s+(?:документ|құжат)\s+(?:является\s+копией\s+электронного|электрондық\s+құжаттың\s+көшірмесі)`,
].join('|'), 'iu');

/**
 * The e-copy's legal footer: "Данный документ согласно пункту 1 статьи 7 ЗРК от 7 января 2003 года N370-II «Об электронном
 * документе и электронной цифровой подписи» равнозначен документу на бумажном носителе", "Осы құжат «Электрондық құжат және
 * электрондық цифрлық қолтаңба туралы» … № 370-II Заңының 7-бабы 1-тармағына сәйкес қағаз жеткізгіштегі құжатпен бірдей" —
 * the law's date, number and article are no meeting's. The sentence goes, over the lines it wraps on.
 */
const LEGAL_FOOTER = /[№N]\s*370-II|электронн[\p{L}]*\s+документ[\p{L}]*\s+и\s+электронн[\p{L}]*\s+цифров|электрондық\s+құжат\s+және\s+электрондық\s+цифрлық/iu;
const ENDS_SENTENCE = /[.!?]\s*$/u;
const GOES_ON = /^\s*[\p{Ll}\d«"]/u;

/** Index of the lines the e-document system printed (the stamp, the signature's block, the footer). */
export function eDocumentLines(lines: string[]): number[] {
  const out = new Set<number>();
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    if (isRegistrationStamp(line) || SIGNATURE_BLOCK.test(line)) out.add(i);
    if (!LEGAL_FOOTER.test(line)) return;
    out.add(i);
    // Up while the line goes on a sentence ("туралы» 2003 жылғы 7 қаңтардағы № 370-II …") to the line that opens it: a
    // signature may stand right above.
    for (let k = i; k > Math.max(0, i - 3) && GOES_ON.test(lines[k]) && lines[k - 1].trim() !== '' && !ENDS_SENTENCE.test(lines[k - 1]); k--) out.add(k - 1);
    for (let k = i; k < Math.min(lines.length - 1, i + 3) && lines[k + 1].trim() !== '' && !ENDS_SENTENCE.test(lines[k]); k++) out.add(k + 1);
  });
  return [...out].sort((a, b) => a - b);
}
