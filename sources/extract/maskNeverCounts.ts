import { withTextLetters } from './grammar/lowerCase.ts';
import { INLINE_ITEM_NO } from './grammar/inlineItemNumbers.ts';
import { MONTH_WORD } from './monthNames.ts';
import { KAZAKH_DAY_WORDS, RUSSIAN_DAY_WORDS } from './dayInWords.ts';
import { matchesOf } from './grammar/matchesOf.ts';
import { mayMatch } from './grammar/requiredText.ts';
import { COUNT_SOURCE } from './parseCount.ts';

/**
 * Numbers in a report that are never a count of anything, whatever noun
 * stands next to them: days and dates, times, years, article/law/protocol and
 * other reference numbers, ordinals and list numbers, phone numbers, money
 * and percentages. `maskNeverCounts` blanks them out before the figure grammar
 * looks for counts, so "15 марта – круглый стол" cannot read as 15 round
 * tables and "3 апреля подписан меморандум" not as 3 memoranda.
 *
 * The mask keeps every offset (one MASK per character, so lines and the
 * quoted sentence stay as written) and is a character no phrase pattern of
 * report/lexicon/figures.json crosses: a masked date between a noun and a number does
 * not join them ("мониторингов (в 2022 году – 4)" stays apart).
 */
export const MASK = '\uE000';

const NUM = '\\d{1,3}(?:[ \\u00a0\\u2009\\u202f]\\d{3})+|\\d+(?:[.,]\\d+)?';
const SP = '[ \\u00a0\\u2009\\u202f]';
const DASH = '[-–—]';
/** Russian/Kazakh ordinal endings after a hyphen: 1-й, 2-го, 3-е, 5-ое, 10-ым; 5-ші, 2-інші. */
const ORDINAL_END = '(?:й|го|ого|его|му|ому|ему|м|ым|им|ом|ем|ое|ее|е|я|ая|яя|ий|ый|ой|ую|ші|шы|інші|ыншы|нші|ншы)';
const YEAR = '(?:19|20)\\d{2}';
const YEAR_WORD = '(?:г\\.?|гг\\.?|год[\\p{L}]*|жыл[\\p{L}]*|ж\\.)(?![\\p{L}])';
/**
 * Words after which a number is a reference, not a count: "ст. 13", "пункта 2", "№ 383-V", "протокол 8". Not the
 * genitive plural of an act ("проектов приказов 6 одобрены", "проектов постановлений 9"): there the number counts the
 * drafts; an act's own number follows its singular ("приказом 45", "постановления 123").
 */
const REFERENCE = '(?:№|N[°o]?|ст\\.|стать[\\p{L}]*|п\\.|пп\\.|пункт[\\p{L}]*|подпункт[\\p{L}]*|(?<!т\\.\\s?)ч\\.|част[\\p{L}]*|глав[\\p{L}]*|гл\\.|раздел[\\p{L}]*|прил\\.|приложени[\\p{L}]*|бап[\\p{L}]*|тармақ[\\p{L}]*|тарау[\\p{L}]*|протокол[\\p{L}]*|приказ(?!ов(?![\\p{L}]))[\\p{L}]*|постановлени(?!й(?![\\p{L}]))[\\p{L}]*|решени[\\p{L}]*\\s+№|указ[\\p{L}]*|закон[\\p{L}]*\\s+№|стр\\.|с\\.|маршрут[\\p{L}]*|кабинет[\\p{L}]*|каб\\.|ауд\\.|дом|д\\.|кв\\.|корп\\.|мкр\\.?)';
const CURRENCY = '(?:тенге|теңге|тг\\.?|₸|kzt|руб[\\p{L}]*\\.?|долл[\\p{L}]*\\.?|\\$|usd|евро|eur|€)(?![\\p{L}])';

/** Any "млн"/"млрд" amount: money in a council's figures, but views on a platform may run to millions. */
const MILLIONS = withTextLetters(new RegExp(`(?<![\\d.,])(?:${NUM})\\s*(?:млн|млрд|миллион[\\p{L}]*|миллиард[\\p{L}]*)\\.?`, 'giu'));

/** Each pattern's whole match is masked. Order does not matter: masks only grow. */
const ONE = '(?:бір|один|одна|одно)';
const ONE_FOR_ONE = new RegExp(`(?<![\\p{L}\\d])(?:${ONE}|каждая|каждый|каждое|әр|әрбір)\\s+[\\p{L}]+\\s*(?:[–—=-]\\s*)?${ONE}\\s+[\\p{L}]+`, 'giu');

// (The numeral is parseCount's, in words or digits: "тоғыз", "он екі", "двух", "двенадцати" — one grammar of numbers.)
const MONTH_SPAN_IN_WORDS = new RegExp(`(?:${COUNT_SOURCE})\\s+(?:ай(?:да|ында|дағы|ындағы|дың|ының|лық|ға|ы|ын)?|месяц[\\p{L}]*)(?![\\p{L}])`, 'giu');

const NEVER_COUNT: RegExp[] = ([
  // text a track-changes copy shows as deleted ("[удалено: 12] 14", "[жойылды: 3]"): no longer the document's number
  /\[\s*(?:удалено|удалён[\p{L}]*|жойылды|жойылған)\s*:[^\]]{0,80}\]/giu,
  // e-mail addresses and web addresses carry digits that are nobody's count
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu,
  // (the bracket closing "(www.gov.kz)" is the sentence's, not the address's)
  /(?:https?:\/\/|www\.)[^\s()]+/giu,
  // phone numbers: +7 (727) 123-45-67, 8 701 123 45 67, 8(7212) 41-23-45, 272-11-22, тел.: 56-78-90
  /(?:\+\s?7|(?<![\d])8)[\s\u00a0(-]*\d{3,4}[\s\u00a0)-]*\d{2,3}[\s\u00a0-]*\d{2}[\s\u00a0-]*\d{2}(?!\d)/gu,
  /(?<![\d.,])\d{2,3}-\d{2}-\d{2}(?![\d])/gu,
  new RegExp(`(?:тел[\\p{L}]*\\.?|моб[\\p{L}]*\\.?|факс|ұялы)\\s*:?\\s*[+\\d][\\d\\s\\u00a0()+-]{4,}\\d`, 'giu'),
  // full and short numeric dates: 15.03.2024, 15.03.24, 16.05., 15/03/2024, 2024-03-15, with a range "14-15.03.2024"
  /(?<![\d.])(?:\d{1,2}\s*[-–—]\s*)?\d{1,2}[./]\d{1,2}(?:[./](?:\d{4}|\d{2}))?(?:[./])?(?![\d])/gu,
  /(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/gu,
  // times: 10:00, 15.30 ч., в 10 ч. 30 мин.
  /(?<![\d.])\d{1,2}[:.]\d{2}\s*(?:ч\.?|час[\p{L}]*|сағ[\p{L}]*\.?)?(?![\d])/giu,
  /(?<![\d.,])\d{1,2}\s*(?:ч\.|час[\p{L}]*|сағ[\p{L}]*)\s*(?:\d{1,2}\s*(?:мин[\p{L}]*\.?))?/giu,
  // a day with its month: 27 ноября, 10. октября, 5-наурызда, 15–19 января, с 15 по 19 января, 1-го марта, 2023 жылғы 12 сәуірде
  new RegExp(`(?<![\\d.,])(?:\\d{1,2}(?:-?[\\p{L}]{1,3})?\\s*(?:${DASH}|и|,|по|мен|және)\\s*)*\\d{1,2}(?:-?[\\p{L}]{1,3})?\\.?\\s*-?\\s*${MONTH_WORD}`, 'giu'),
  // Kazakh: the month first, then the day with a suffix: шілденің 6-сы, қазанның 10-ы, and its locative whole, "тамыздың
  // 6-сында", "тамыздың 27-сінде" (a letter left over, "а", cut a run-in list's clause from its day).
  new RegExp(`${MONTH_WORD}(?<=(?:ның|нің|дың|дің|тың|тің|нын|нин|дын|дин|тын|тин))\\s+\\d{1,2}(?:-[\\p{L}]{1,6})?(?![\\d])`, 'giu'),
  // the day in words: "тамыздың жиырма бесінде", "двадцать пятого августа" (dayInWords.ts) — "Тамыздың жиырма бесінде
  // дөңгелек үстел өтті" is one round table, never 25
  new RegExp(`${MONTH_WORD}(?<=(?:ның|нің|дың|дің|тың|тің|нын|нин|дын|дин|тын|тин))\\s+(?:${KAZAKH_DAY_WORDS})(?![\\p{L}])`, 'giu'),
  new RegExp(`(?<![\\p{L}])(?:${RUSSIAN_DAY_WORDS})\\s+${MONTH_WORD}`, 'giu'),
  // years: 2023 году, в 2022 г., 2025–2027 годы, 2023 жылы, 2023-2024 гг., 2023ж.
  new RegExp(`(?<![\\d.,])${YEAR}(?:\\s*${DASH}\\s*${YEAR})?\\s*${YEAR_WORD}`, 'giu'),
  new RegExp(`(?<![\\d.,])${YEAR}\\s*${DASH}\\s*${YEAR}(?!\\d)`, 'gu'),
  new RegExp(`(?:(?<![\\p{L}])(?:в|за|до|с|по|на|к|от)\\s+)${YEAR}(?![\\d\\p{L}])`, 'giu'),
  // a year standing next to a month name ("в мае 2024") is part of a date
  new RegExp(`${MONTH_WORD}\\s+${YEAR}(?!\\d)`, 'giu'),
  // reference numbers: № 383-V, ст. 13, протокол № 8, школа № 12, маршрутах № 1, 12 и 43 (the whole list)
  new RegExp(`(?<![\\p{L}])${REFERENCE}\\s*№?\\s*\\d+(?:[-/.]?[\\p{L}\\d]+)*(?:\\s*(?:,|и|${DASH})\\s*\\d+(?:[-/][\\p{L}\\d]+)*)*`, 'giu'),
  // identifiers by their label: a business or personal number ("БСН 181040012233", "БИН 170940028815", "ИИН …", "ЖСН …"),
  // a conference's ID ("конференция ID 845 2210 7731"), a postcode named so ("индекс 111108"); and by their shape: a
  // cadastral number's colon groups ("кадастрлық № 10:321:087:045"), a run of ten digits or more (no count runs so long
  // unspaced). Set 150: "19 өтініш түсті: жеке тұлғалардан – 18, заңды тұлғалардан – 1 («Сыр-Агро» ЖШС, БСН 181040012233)"
  // — the BSN is no third number beside the appeals' parts.
  /(?<![\p{L}])(?:БИН|БСН|ИИН|ЖСН|BIN|IIN|ID|индекс|пошта\s+индексі)\s*:?\s*№?\s*\d{3,}(?:[ \u00a0-]\d{3,})*(?!\d)/gu,
  /(?<![\d:])\d{1,3}(?::\d{2,4}){2,}(?![\d:])/gu,
  /(?<![\d])\d{10,}(?!\d)/gu,
  // Kazakh numbers of a place, the number first with its hyphen: a house, a flat, a building, a floor, a room, a plot, a
  // microdistrict, a block ("5-шағын аудан, 18-үй, 45-пәтер", "1-ғимарат, 305-кабинет", "7-учаске", "3-қабат") and a
  // range of them in the plural a count never takes ("1–72 пәтерлер", "12 – 48 үйлер": a count says "48 үй"): which one,
  // never how many (set 150). A count stands apart from its noun ("150 учаске бөлінген", "5 мектеп").
  /(?<![\d.,])\d+\s*-\s*(?:үй|пәтер|ғимарат|кабинет|қабат|учаске|шағын\s+аудан|ш\/а|блок|корпус|кіреберіс|подъезд)[\p{L}]*/giu,
  // A number with a capital letter run on is a house's or a block's ("32А шағын аудан", "дом 5Б"), never a count.
  /(?<![\d.,\p{L}])\d+[А-ЯӘҒҚҢӨҰҮҺІA-Z](?![\p{L}\d])/gu,
  /(?<![\d.,])\d+\s*[-–—]\s*\d+\s+(?:үйлер|пәтерлер|учаскелер|ғимараттар)(?![\p{L}])/giu,
  // Kazakh references carry the number first: 13-бабына, 2-тармағы, 4-тарауы
  // ("6 бөлімінің есебі" counts a city's departments: "бөлім" is a section only with its hyphen, "3-бөлімі")
  /(?<![\d.,])\d+\s*(?:-?\s*(?:бап|баб|тармақ|тармағ|тарау)|-\s*бөлім)[\p{L}]*/giu,
  // law numbers with a convocation in Roman numerals: 383-V, 21-VIII ЗРК, 123-ІІ
  /(?<![\d])\d+\s*-\s*(?:[IVXХІ]+|ЗРК|ҚРЗ)(?![\p{L}])(?:\s*(?:ЗРК|ҚРЗ))?/gu,
  // ordinals: 1-й, 2-го, 3-е, 5-ші, 10-шы; Roman numerals are never counts either (II полугодие). Never a count in the
  // dative plural that "-м" also writes: after "всем" ("по всем 4-м – положительные заключения") or before its noun in the
  // dative plural ("4-м постоянным комиссиям", "3-м членам Совета"); "в 4-м квартале" stays an ordinal.
  new RegExp(`(?<![\\d.,])(?<!(?:^|[^\\p{L}])(?:всем|обоим)\\s+)\\d+\\s*-\\s*${ORDINAL_END}(?![\\p{L}])(?<!-\\s*м(?=\\s+(?:[\\p{L}]+(?:ым|им)\\s+)?[\\p{L}]+(?:ам|ям)(?![\\p{L}])))`, 'giu'),
  // a total's parts by period in brackets after it, a slash apart ("Кеңес отырыстары – 6 (2/2/2)", "Президиум отырыстары – 2
  // (1/–/1)" under "жақшада – тоқсандар бойынша I/II/III", set 173): the quarters of the count before, never a count of their own
  /(?<=\d[ \u00a0]*)\((?:\d{1,3}|[-–—])(?:[ \u00a0]*\/[ \u00a0]*(?:\d{1,3}|[-–—])){2,3}\)/gu,
  // a list number at the start of a line or after a bullet: "1.", "2)", "3 -" before an item's text
  /^(?:\s*[·•▪◦*-]\s*)?\s*\d{1,3}\s*[.)](?!\d)/gmu,
  // and the numbers of a list run into its sentence: "Мониторингтер: 1) …; 2) …" (inlineItemNumbers)
  INLINE_ITEM_NO,
  // a span of months: "9 айда", "6 ай ішінде", "тоғыз айдың", "за 9 месяцев", "9 мес." — how long, never how many of anything
  // ("Кеңес 9 айда білім бөлімінің есебін тыңдады" is one hearing, not nine departments; "5 аймақта" is five regions);
  // "басшысының 2026 жылғы 9 айдағы жұмысы туралы есебі" (set 146), "6 айындағы" — the months' adjective, a report's span
  /(?<![\d.,])\d{1,2}\s*-?\s*(?:ай(?:да|ында|дағы|ындағы|дың|ының|лық|ға|ы|ын)?|месяц[\p{L}]*|мес\.)(?![\p{L}])/giu,
  // the same span in words: "тоғыз айда", "алты ай ішінде", "за девять месяцев" ("тоғыз айда бұл жалғыз дөңгелек үстел" is
  // the one round table of nine months, never nine)
  MONTH_SPAN_IN_WORDS,
  // what another wrote or said, quoted after a verb of saying ("Telegram-арнасы … жазды: «Кеңес биыл 25 мониторинг …»",
  // "аким отметил: «проведено 12 встреч»") or before "деп" («… 25 мониторинг өткізді» деп жазды): the quoted author's numbers,
  // never the text's own counts (the report's figures stand outside the quotes)
  new RegExp(`(?<![\\d.,])(?<=(?<![\\p{L}])(?:жазды|жазған|деді|айтты|атап\\s+өтті|мәлімдеді|хабарлады|написал[\\p{L}]*|пишет|сказал[\\p{L}]*|заявил[\\p{L}]*|отметил[\\p{L}]*|сообщил[\\p{L}]*|говорится|цитирую)\\s*:\\s*«[^«»]{0,300}?)(?:${NUM})(?=[^«»]{0,300}?»)|(?<![\\d.,])(?<=«[^«»]{0,300}?)(?:${NUM})(?=[^«»]{0,300}?»\\s*[,–—-]?\\s*деп(?![\\p{L}]))`, 'giu'),
  // one for one: "бір жол – бір өтініш", "одна строка = одно обращение", "каждая строка – одно обращение", "әр жол бір
  // өтінішті білдіреді" — how a register is laid out, never a count of appeals
  ONE_FOR_ONE,
  // a thing's number said aloud, in words or digits: "КГУ центр оказания специальных социальных услуг номер три" (set 196's
  // transcript), "мектеп нөмірі бес" — which one, never how many ("номеров газеты – 5" counts the issues: not masked)
  new RegExp(`(?<=(?<![\\p{L}])(?:номер(?!ов(?![\\p{L}]))[\\p{L}]*|нөмір(?!лер)[\\p{L}]*)\\s+)(?:${COUNT_SOURCE})`, 'giu'),
  // percentages: 70%, 70 %, 70 процентов, 70 пайыз
  new RegExp(`(?<![\\d.,])(?:${NUM})\\s*(?:%|процент[\\p{L}]*|пайыз[\\p{L}]*)`, 'giu'),
  // money: 12 500 тенге, 1,5 млн тенге, 2 млрд тг., 300 тыс. тенге, на сумму 4 000; any "млн"/"млрд" amount
  new RegExp(`(?<![\\d.,])(?:${NUM})\\s*(?:(?:тыс|мың|млн|млрд)\\.?\\s*)?${CURRENCY}`, 'giu'),

  // not across a draft or a "по"/"бойынша" ("бюджетінің жобасы бойынша 1 қоғамдық тыңдау": a hearing on the draft budget);
  // "суммарно 31 тыс. просмотров" is "in all", no sum of money
  // nor is "Комиссии в сумме провели 4 заседания" (a verb of holding between: "in all")
  new RegExp(`(?:сумм(?!арн)[\\p{L}]*|стоимост[\\p{L}]*|бюджет[\\p{L}]*|сомасы|құны)\\s+(?:(?!(?:жоба|проект|бойынша|по|провел|провед|состоял)(?:[\\p{L}]{0,3})(?![\\p{L}]))[\\p{L}]+\\s+){0,2}?(?:${NUM})(?:\\s*(?:тыс|мың)\\.?)?`, 'giu'),
  // differences: "на 3 больше, чем …", "3-ке артық" — a change, not a count
  new RegExp(`(?<![\\p{L}])на\\s+(?:${NUM})(?:\\s+[\\p{L}]+)?\\s+(?:больше|меньше|выше|ниже|бол[\\p{L}]*е|мен[\\p{L}]*е)`, 'giu'),
  // a year in a name in quotes ("«Кентау – 2030» даму бағдарламасы", "программа «Цифровой Казахстан 2025»"): a year is never a count
  // (the year is tried before the look back for «: a look back first would scan 80 characters at every position)
  new RegExp(`(?<![\\d.,])(?=${YEAR}(?![\\d]))(?<=«[^«»\\n]{0,80}?)${YEAR}(?=[^«»\\n]{0,80}?»)`, 'gu'),
  // the old value a correction replaces: "12 мониторингті 14 деп оқу керек", "8 емес, 9", "15 деп қате көрсетілген",
  // "бұрын көрсетілген 12", "12 орнына 14", "вместо 12 следует читать 14", "12 следует читать как 14", "не 8, а 9",
  // "ошибочно указано 15", "12 заменить на 14": only the old number is masked, the corrected one stays a count
  new RegExp(`(?<![\\d.,])(?:${NUM})(?=[»"]?(?:\\s+[\\p{L}]+){0,3}\\s+(?:${NUM})\\s+(?:[\\p{L}]+\\s+)?деп\\s+(?:оқ|түзет|есепте|көрсет)[\\p{L}]*)`, 'giu'),
  new RegExp(`(?<![\\d.,])(?:${NUM})(?=[»"]?(?:\\s+[\\p{L}]+){0,2}\\s+(?:деп\\s+)?(?:қате|қателікпен)\\s)`, 'giu'),
  new RegExp(`(?<![\\d.,])(?:${NUM})(?=[»"]?(?:\\s+[\\p{L}]+){0,2}?\\s+(?:емес|орнына)\\s*[,–—-]?\\s*[«"]?(?:${NUM}))`, 'giu'),
  new RegExp(`(?=\\d)(?<=(?<![\\p{L}])(?:вместо|бұрын\\s+көрсетілген|ранее\\s+указанн[\\p{L}]*|(?:ошибочно|неверно|ошибочн[\\p{L}]*)\\s+(?:указан[\\p{L}]*|отражен[\\p{L}]*|приведен[\\p{L}]*))\\s+[«"]?)(?:${NUM})`, 'giu'),
  new RegExp(`(?<![\\d.,])(?:${NUM})(?=[»"]?(?:\\s+[\\p{L}]+){0,2}\\s+(?:(?:следует|нужно|надо|необходимо)\\s+(?:читать|считать)|читать\\s+как|заменить\\s+на|исправить\\s+на|указан[\\p{L}]*\\s+(?:ошибочно|неверно)))`, 'giu'),
  new RegExp(`(?=\\d)(?<=(?<![\\p{L}])не\\s+[«"]?)(?:${NUM})(?=[»"]?(?:\\s+[\\p{L}]+)?\\s*,\\s*а\\s+[«"]?\\d)`, 'giu'),
] as RegExp[]).map(withTextLetters);

/**
 * The text with every never-count number (and the words that make it one)
 * replaced by MASK, offsets kept. `millions: true` keeps "1,2 млн" without a
 * currency (a number of views).
 */
export function maskNeverCounts(text: string, opts: { millions?: boolean } = {}): string {
  // Every pattern holds a digit but the e-mail and web addresses: a text with neither is its own mask.
  // (Nor a day in words: a genitive month before it, "-ого" before the month.)
  if (!/\d|@|www\.|https?:/iu.test(text) && !DAY_IN_WORDS_HINT.test(text) && !ONE_FOR_ONE_HINT.test(text) && !MONTH_SPAN_HINT.test(text) && !NUMBER_SAID_HINT.test(text)) return text;
  // The readers of a report mask the same lines and paragraphs again and again (a figure's sentence, the
  // paragraph before it for each lexicon entry, a dated list's lines): each text is masked once.
  const memo = opts.millions ? MEMO_MILLIONS : MEMO;
  const known = memo.get(text);
  if (known !== undefined) return known;
  if (memo.size >= MEMO_SIZE) memo.clear();
  const masked = mask(text, opts.millions ? NEVER_COUNT : [...NEVER_COUNT, MILLIONS]);
  memo.set(text, masked);
  return masked;
}

/** What a day in words holds: the Kazakh genitive's ending before a numeral, the Russian ordinal's "-ого" before a month. */
const DAY_IN_WORDS_HINT = /[ыі]ң\s+(?:он|жиырма|отыз|бір|бир|екі|еки|үш|уш|төрт|торт|бес|алты|жеті|жети|сегіз|сегиз|тоғыз|тогыз)|ого\s+(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр)/iu;

/** A word of one set against another word of one (ONE_FOR_ONE). */
const ONE_FOR_ONE_HINT = /(?:бір|один|одна|одно|каждая|каждый|каждое|әр|әрбір)\s+\p{L}+\s*(?:[–—=-]\s*)?(?:бір|один|одна|одно)\s/iu;

/** A word of a month or months after a word (MONTH_SPAN_IN_WORDS): cheap to look for, the numeral's grammar is not. */
const MONTH_SPAN_HINT = /\s(?:ай(?:да|ында|дағы|ындағы|дың|ының|лық|ға|ы|ын)?(?![\p{L}])|месяц)/iu;
/** A thing's number said in words ("номер три", "нөмірі бес"): no digit, but a mask. */
const NUMBER_SAID_HINT = /(?:номер|нөмір)\p{L}*\s/iu;

/** A number's point, then a capital: the end of a sentence (case-sensitive, unlike the patterns). */
const SENTENCE_END = /\d\.\s+\p{Lu}/u;

const MEMO_SIZE = 4096;
const MEMO = new Map<string, string>();
const MEMO_MILLIONS = new Map<string, string>();

function mask(text: string, patterns: RegExp[]): string {
  // UTF-16 units, as match indices count them; whitespace stays, so words stay words.
  const chars = text.split('');
  const seen = new Map<RegExp, boolean>();
  for (const regex of patterns) {
    regex.lastIndex = 0;
    // (A text without the words every match of the pattern holds is not searched: mayMatch.)
    if (!mayMatch(regex, text, seen)) continue;
    for (const m of matchesOf(text, regex)) {
      const start = m.index ?? 0;
      // A sentence's end inside a match is no date's point: "саны – 4. Желтоқсанда 1 мүше …" is a count, then a month
      // opening the next sentence ("10. октября", a day typed with a point, stays a date).
      if (SENTENCE_END.test(m[0])) continue;
      // A date's last point that ends the sentence ("… ожидается до 15.01.2027. Для сравнения: …", set 148) stays: it is the
      // sentence's stop, and the next sentence's words are not this one's.
      const last = start + m[0].length - 1;
      const stop = /\d\.\d{2,4}\.$/u.test(m[0]) && /^(?:\s+\p{Lu}|\s*$)/u.test(text.slice(last + 1, last + 4)) ? last : -1;
      for (let k = start; k < start + m[0].length; k++) if (k !== stop && !/\s/u.test(chars[k])) chars[k] = MASK;
    }
  }
  return chars.join('');
}
