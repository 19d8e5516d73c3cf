import { maskNeverCounts } from '../maskNeverCounts.ts';
import { tidy } from '../toLines.ts';
import { bodyKindOf, namesBody } from './bodyKindOf.ts';

/** A head named before the body he leads (Russian): "руководитель отдела …", "директор ГКП «…»", "начальник управления …". */
const HEAD_FIRST = /^(?:руководител|директор|начальник|заведующ|заместител|председател)[\p{L}]*\s+/iu;

/**
 * Where a body's name ends: the head who spoke for it ("… бөлімінің басшысы", "… МКК директорының"), the verb of hearing,
 * or what was reported on ("… туралы", "о ходе …", "по вопросу …", "(подготовка к ЕНТ)" is set aside as a bracket).
 */
const BODY_END = /(?<![\p{L}])(?:(?:басшы|директор|бас\s+дәрігер|дәрігер|меңгеруш|орынбасар|руководител|начальник|заведующ|заместител|главн[\p{L}]*\s+врач|есе[пб]|тыңда|ақпарат|баяндад|заслуш|выслуш|отчит|отч[её]т|выступ|информаци)[\p{L}]*|туралы|жөнінде|бойынша|о|об|по|на\s+тему|был|была|были|было)(?![\p{L}])/iu;

/** The word a Kazakh body's name ends with, its bracket after it: "… бөлімі", "… МКК (… ведомстволық бағынысты)", "… округінің әкімі". */
const KAZAKH_KIND_END = /(?<![\p{L}])(?:(?:бөлім|басқарма|кәсіпор|мекеме|аурухана|емхана|орталы|ұйым)[\p{L}]*|әкім(?:і|інің|ін)|МКК|КМК|КММ|ММ|МКҚК|ШЖҚ\s+МКК)(?![\p{L}])(?:\s*\([^()]*\))?/u;
/** A Russian body's name, its kind's word first and its name after it: "отдел образования …", "ГКП «…»", "аким поселка …". */
const RUSSIAN_BODY = /(?<![\p{L}])(?:[Оо]тдел|[Уу]правлени|[Дд]епартамент|[Аа]ким(?:а|у|ом)?(?![\p{L}])|(?:ГУ|КГУ|ГКП|КГП|ГККП|КГКП|РГП|РГКП|ТОО|АО)(?![\p{L}]))/u;

/**
 * What opens the words after a day and is no part of a body's name: the council's sitting, the council hearing, a dash; a
 * commission's or an away sitting ("25 наурызда 2-комиссияның көшпелі отырысында … бөлімінің", "на выездном заседании
 * постоянной комиссии отдел …").
 */
const OPENING = /^(?:[\s,;:–—-]+|(?:кеңес|совет|отырыс|заседани|(?:\d{1,2}\s*-\s*)?комисси|көшпелі|выездн|кеңейтілген|расширенн|постоянн|тұрақты|бірлескен|совместн)[\p{L}]*(?![\p{L}])|(?:на|в|перед|алдында|членами|мүшелері)(?![\p{L}]))+/iu;

/** What closes one body's words before the next day: ", ал", "және", "и", "а также", "сондай-ақ", an opened bracket. */
const CLOSING = /(?:[\s.,;:–—(-]+|(?<![\p{L}])(?:ал|және|мен|и|а|также|сондай-ақ|затем|кейін)(?![\p{L}]))+$/iu;

/** A bracket that tells the body's subordination ("(аудан әкімдігінің ведомстволық бағынысындағы кәсіпорын)") is of its name; any other is its topic. */
const SUBORDINATION = /ведомстволық|подведомствен|бағыныс/iu;

/** A date opening the words, then its dash: "19 марта – ", "2024 жылғы 28 ақпанда – ". */
const LEADING_DATE = /^[\s•·▪*–—-]*\uE000+(?:[\s,]+\uE000+)*[\p{L}]*\s*[-–—:]\s*/u;

/**
 * The one body words of a hearing name first, up to its head, the verb of hearing or its topic, its topic's brackets set
 * aside: "кеңес отырысында аудандық ауыл шаруашылығы бөлімінің басшысы … есеп берді" → "аудандық ауыл шаруашылығы
 * бөлімінің", "– ГУ «Отдел строительства …» (о строительстве школы …)" → "ГУ «Отдел строительства …»", "«…» МКК (аудан
 * әкімдігінің ведомстволық бағынысындағы кәсіпорын) директорының есебі" → the enterprise with its bracket. Null when the words
 * name no body of a kind told (bodyKindOf) or more than one.
 */
export function heardBodyOf(words: string): string | null {
  const masked = maskNeverCounts(words);
  const dated = LEADING_DATE.exec(masked);
  let text = dated === null ? words : words.slice(dated[0].length);
  text = text.replace(OPENING, '').replace(HEAD_FIRST, '');
  // The end is looked for outside quoted names: "ГУ «Отдел ЖКХ по г. Талдыкорган»" ends after its quote.
  const end = BODY_END.exec(blankQuotes(text));
  let name = text.slice(0, end?.index ?? text.length);
  // A Kazakh body's name ends with its kind's word, what was reported on may follow before "туралы": "… бөлімі жылыту
  // маусымының барысы туралы" is the department's up to "бөлімі" (a bracket right after it kept).
  const last = KAZAKH_KIND_END.exec(blankQuotes(name));
  if (last !== null && !RUSSIAN_BODY.test(name)) {
    // "білім бөлімі мен ТКШ бөлімі", "… бөлімі және №3 мектеп": a second body after the first is two, no one body's name.
    const rest = name.slice((last.index ?? 0) + last[0].length);
    if (namesBody(blankQuotes(rest))) return null;
    name = name.slice(0, (last.index ?? 0) + last[0].length);
  }
  const body = tidy(
    name
      .replace(/\(([^()]*)\)/gu, (b, inner: string) => (SUBORDINATION.test(inner) ? b : ' '))
      .replace(/\([^()]*$/u, ' '),
  ).replace(CLOSING, '');
  if (body === '' || bodyKindOf(body) === null) return null;
  return body;
}

/** A text with its quoted names blanked, each character a space, so that what is found outside them keeps its place. */
function blankQuotes(text: string): string {
  return text.replace(/«[^«»]*»|"[^"]*"|“[^“”]*”/gu, (q) => ' '.repeat(q.length));
}
