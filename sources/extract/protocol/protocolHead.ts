import { MAIL_FIELD_NAMES } from '../mailReply.ts';
import { re } from './re.ts';
import { chatStampOf, ownLineStampOf } from './withoutChatStamps.ts';

/**
 * A protocol pasted out of an e-mail or a messenger chat opens with the envelope: the mail's fields ("От:", "Отправлено:",
 * "From:", "Sent:", "Кімнен:", "Жіберілді:"), a forward's marker ("-------- Пересылаемое сообщение --------",
 * "---------- Forwarded message ---------", "-----Original Message-----") and its attribution ("18.09.2025, 09:14,
 * "Совет" <os@inbox.kz>:", "… пишет:", "… wrote:"), the chat's stamps ("[06.08.2025, 19:02] Имя: …"). Their dates are the
 * day the text was sent or forwarded, never the meeting's; their names are the sender's and the recipients', never the
 * body that met; so is a covering letter's registration ("Исх. № 45 от 18.09.2025"). What the text is about (the subject) and what the message says stay.
 */

/** "От: …", "> Subject: …" — a field of a mail's header (quoted or not). */
const FIELD = re(`^\\s*(?:>\\s*)*(${MAIL_FIELD_NAMES})\\s*:\\s*(.*)$`);
/** Fields that make the block a mail's header: who sent it or to whom. "Дата:" alone is a protocol form's field too. */
const ADDRESS_FIELD = re(`^(?:от|кому|отправитель|получатель|from|to|кімнен|кімге|жіберуші|алушы|kimnen|kimge)$`);
/** The subject: what the mail is about is kept (a summary's mail names the protocol and its date there). */
const SUBJECT_FIELD = re(`^(?:тема|subject|тақырып|taqyryp)$`);
const FORWARD = re(`(?:(?:пересыла[\\p{L}]*|пересланн[\\p{L}]*|исходн[\\p{L}]*|перенаправленн[\\p{L}]*)\\s+(?:сообщени|письм)[\\p{L}]*|forwarded\\s+message|original\\s+message|(?:қайта\\s+)?жіберілген\\s+(?:хат|хабарлама))`);
/** "18.09.2025, 09:14, "Совет" <os@inbox.kz>:", "On Wed, … <x@y.kz> wrote:", "… пишет:", "… жазды:". */
const ATTRIBUTION = re(`(?:<?[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+>?|(?<![\\p{L}])(?:пишет|написал[\\p{L}()]*|wrote|жазды))\\s*:\\s*$`);
/** Telegram's copy: "Имя, [06.08.2025 19:02]" on a line of its own. */
const CHAT_HEADER = re(`^\\s*[^\\[\\]\\n]{1,60},\\s*\\[\\d{1,2}[./]\\d{1,2}[./]\\d{2,4},?\\s+\\d{1,2}:\\d{2}(?::\\d{2})?\\]\\s*$`);

/** A covering letter's registration: "Исх. № 05-3/4412 от 18.09.2025", "Вх. № 12", "Шығ. № 12 18.09.2025 ж.", "Кіріс № 7",
 * both languages' marks in one ("Шығ./Исх. № 41", "Исх./Шығ. № 41"). */
const OUTGOING = '(?:исх(?:одящ[\\p{L}]*)?|вх(?:одящ[\\p{L}]*)?|шығ(?:ыс)?|кір(?:іс)?)\\.?';
// "01.10.2025 ж. № 01-07/52", "18.09.2025 г. № 05-3/4412": a letter's date and its index, a slash in it (a protocol's number has none).
// The date in words ("2026 жылғы 17 сәуір № 09-21", "2026 ж. 20 ақпан, № 03-05/8", "29 мая 2026 г. № 12-4/88") and the index
// before it ("№ 27/ОС от 29.05.2026 г.", "№ 03-05/8 от 20 февраля 2026 г."): an index with a dash or a slash, as letters are filed.
const LETTER_INDEX = '(?:№|N)\\s*\\d[\\dА-Яа-яA-Za-z.]*[-/][\\dА-Яа-яA-Za-z./-]*';
const WORDS_DATE = '(?:\\d{4}\\s*(?:жылғы|ж\\.)\\s*\\d{1,2}\\s*-?\\s*[\\p{L}]+|\\d{1,2}\\s+[\\p{L}]+\\s+\\d{4}\\s*(?:г\\.?|года|ж\\.?)?)';
const REGISTRATION = re(
  `^\\s*(?:${OUTGOING}(?:\\s*/\\s*${OUTGOING})?\\s*(?:№|N)\\s*\\d|\\d{1,2}\\.\\d{1,2}\\.\\d{4}\\s*(?:ж\\.?|г\\.?|жыл)?\\s*(?:№|N)\\s*\\d[\\d.-]*/\\d+\\s*$` +
    `|${WORDS_DATE}\\s*,?\\s*${LETTER_INDEX}\\s*$|${LETTER_INDEX}\\s+от\\s+(?:\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|\\d{1,2}\\s+[\\p{L}]+\\s+\\d{4})\\s*(?:г\\.?|года)?\\s*$)`,
);

/**
 * The stamp of a protocol sent as an attachment to a letter: "Приложение к письму № 11-3/4471 от 21.11.2025",
 * "Приложение 2 к исх. № 45", "№ 11-3/4471 хатқа қосымша", "2025 жылғы 21 қарашадағы № 45 хатқа 1-қосымша". Its date is
 * the letter's, its number the letter's.
 */
const ATTACHMENT = re(`^\\s*(?:приложение(?:\\s*(?:№\\s*)?\\d{1,3})?\\s+к\\s+(?:сопроводительн[\\p{L}]*\\s+)?(?:письму|исх[\\p{L}]*\\.?)|.{0,60}?(?<![\\p{L}])хат(?:қа|ына)\\s+(?:\\d{1,3}\\s*-\\s*)?қосымша)(?![\\p{L}])`);
/** The letter's number and date on the line under the stamp: "№ 11-3/4471 от 21.11.2025", "от 21.11.2025 № 45". */
const ATTACHMENT_REGISTRATION = re(`^\\s*(?:(?:№|N)\\s*[\\dA-Za-zА-Яа-я][^\\s]*\\s+от\\s+\\d|от\\s+\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\s*(?:г\\.?\\s*)?(?:№|N))`);

/** A line of dashes or equals signs, with or without words between ("-----Хаттама мәтіні-----"). */
const SEPARATOR = /^\s*(?:>\s*)*[-=_]{3,}.*[-=_]{3,}\s*$|^\s*[-=_]{5,}\s*$/u;
/**
 * "№ 6 отырысы хаттамасынан" (over "Ү З І Н Д І"): an extract's title sentence ending with its number, the protocol's
 * word in the ablative — under a covering letter's registration ("Шығ. № 02-18/112" / "2025 жылғы 3 қазан"), whose date
 * is the letter's.
 */
const EXTRACT_TITLE = `^\\s*№\\s*\\d[^\\s]*\\s+(?:[\\p{L}]+\\s+){0,2}?хаттамасынан(?:\\s+үзінді)?\\s*$`;
/** The protocol's title line: "ПРОТОКОЛ № 11", "Протокол", "ХАТТАМАСЫ № 4", "ХАТТАМА № 3 / ПРОТОКОЛ № 3", "П Р О Т О К О Л". */
/**
 * An extract's heading on a line of its own: "ВЫПИСКА ИЗ ПРОТОКОЛА № 7", "Выписка из протокола заседания", "ХАТТАМАСЫНАН
 * ҮЗІНДІ" (under "… 2026 жылғы 20 қарашадағы" / "№ 8 отырысының"), "№ 6 ХАТТАМАДАН ҮЗІНДІ" — set 201's memos carrying an
 * extract, whose own date and index stand above it.
 */
// (The heading alone on its line, no sentence: "Отырыс хаттамасынан үзінді ақпарат ретінде жолдаймыз." sends it.)
// (Or in both languages, a slash between: "ХАТТАМАДАН ҮЗІНДІ / ВЫПИСКА ИЗ ПРОТОКОЛА № 10".)
const EXTRACT_RU = `выписка\\s+из\\s+протокола(?![\\p{L}])[^.!?/]*`;
const EXTRACT_KK = `(?:№\\s*\\d{1,3}\\s+)?(?:отырыс[\\p{L}]*\\s+)?хаттама(?:сы)?(?:нан|дан)\\s+үзінді\\s*[.:]?`;
const EXTRACT_HEADING = `^\\s*(?:№\\s*\\d{1,3}\\s+)?(?:${EXTRACT_KK}(?:\\s*/\\s*${EXTRACT_RU})?|${EXTRACT_RU}(?:\\s*/\\s*${EXTRACT_KK})?)\\s*$`;
const TITLE_LINE = re(`^\\s*(?:\\d{1,4}\\s*-\\s*)?(?:протокол|хаттама(?:сы)?)(?![\\p{L}])\\s*(?:№|[/|]|$)|${EXTRACT_TITLE}|${EXTRACT_HEADING}`);
const HEADING_LINE = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;
const UPPER_TITLE = re(`(?:протокол|хаттама)`);

/**
 * A covering letter above the protocol, told by its own words rather than a registration: the sentence that sends the
 * protocol ("Направляем Вам протокол …", "Общественный совет … направляет протокол", "… хаттамасын жолдаймыз", "… хаттамасы
 * мен оған қосымшалар … жолданады") or its heading ("СОПРОВОДИТЕЛЬНОЕ ПИСЬМО", "ІЛЕСПЕ ХАТ"). Its date is the day the letter
 * went out (set 94: two days after the meeting), its number the letter's index.
 */
const SENDING = re(
  `(?<![\\p{L}])(?:направля(?:ем|ю|ет|ется|ются)|препровожда(?:ем|ю|ется)|высыла(?:ем|ю)|жолда(?:ймыз|ймын|йды|нады|лады|п\\s+отырмыз)|жібер(?:еміз|емін|іледі|ілді|іп\\s+отырмыз))(?![\\p{L}])`,
);
const COVER_TITLE = re(`^\\s*(?:сопроводительное\\s+письмо|ілеспе\\s+хат)\\s*[.:]?\\s*$`);
const PROTOCOL_WORD = re(`(?<![\\p{L}])(?:протокол|хаттама)`);

/** The last line of a covering letter the text opens with (above its protocol's first title line), or -1. */
function coveringLetterEnd(lines: string[], upTo: number): number {
  const title = lines.slice(0, upTo).findIndex((l) => TITLE_LINE.test(l));
  if (title <= 0) return -1;
  const above = lines.slice(0, title);
  if (!PROTOCOL_WORD.test(above.join('\n'))) return -1;
  for (let i = title - 1; i >= 0; i--) if (SENDING.test(above[i]) || COVER_TITLE.test(above[i])) return i;
  return -1;
}

/** How far down the envelope (and the letter under it) may run before the protocol. */
const ENVELOPE_LINES = 12;
const LETTER_LINES = 40;

/**
 * The lines the header is read from: the envelope's lines blanked (a subject kept as its text, a chat message without
 * its stamp), and the line the protocol itself starts on — its first heading after the envelope and the covering letter,
 * when a title follows — or 0 when the text has no envelope or no title of its own (a summary told in the mail).
 * The lines are given with spaced-out titles joined ("П Р О Т О К О Л").
 */
export function protocolHead(lines: string[]): { start: number; lines: string[] } {
  const top = lines.slice(0, ENVELOPE_LINES);
  const fields = top.map((l) => FIELD.exec(l));
  const mail = fields.filter((f) => f !== null).length >= 2 && fields.some((f) => f !== null && ADDRESS_FIELD.test(f[1]));
  let envelopeEnd = -1;
  // The last envelope line is a chat message whose text after the stamp opens the protocol ("[12.06.25, 09:15] Ләйлә: МАҢҒЫСТАУ
  // ОБЛЫСЫ … КЕҢЕСІ" over the commission's name and "ОТЫРЫС ХАТТАМАСЫ №4"): that text is the protocol's first line.
  let stampedText = false;
  const stampOf = chatStampOf(lines);
  // A printed Telegram export's "Салтанат Әбілқасымова 13:51" over each message (set 189): a stamp, its line blanked.
  const ownLine = ownLineStampOf(lines);
  const masked = lines.map((line, i) => {
    if (ownLine(line) && !CHAT_HEADER.test(line)) {
      if (i < ENVELOPE_LINES) [envelopeEnd, stampedText] = [i, false];
      return '';
    }
    const stamp = stampOf(line);
    if (stamp !== null) {
      if (i < ENVELOPE_LINES) [envelopeEnd, stampedText] = [i, line.slice(stamp.length).trim() !== ''];
      return line.slice(stamp.length);
    }
    if (i >= ENVELOPE_LINES) return line;
    const f = fields[i];
    const attachment = ATTACHMENT.test(line) || (i > 0 && ATTACHMENT.test(lines[i - 1]) && ATTACHMENT_REGISTRATION.test(line));
    if ((mail && f) || FORWARD.test(line) || ATTRIBUTION.test(line) || CHAT_HEADER.test(line) || REGISTRATION.test(line) || attachment) {
      [envelopeEnd, stampedText] = [i, false];
      return mail && f && SUBJECT_FIELD.test(f[1]) ? f[2] : '';
    }
    return line;
  });
  const letterEnd = coveringLetterEnd(masked, ENVELOPE_LINES + LETTER_LINES);
  if (letterEnd > envelopeEnd) [envelopeEnd, stampedText] = [letterEnd, false];
  if (envelopeEnd < 0) return { start: 0, lines };
  const upTo = Math.min(lines.length, envelopeEnd + 1 + LETTER_LINES);
  let title = -1;
  for (let i = envelopeEnd + 1; i < upTo && title < 0; i++) {
    const line = masked[i];
    if (TITLE_LINE.test(line) || (HEADING_LINE.test(line) && UPPER_TITLE.test(line))) title = i;
  }
  if (title < 0) return { start: 0, lines: masked };
  let from = stampedText && HEADING_LINE.test(masked[envelopeEnd]) ? envelopeEnd : envelopeEnd + 1;
  for (let i = from; i < title; i++) if (SEPARATOR.test(masked[i])) from = i + 1;
  for (let i = from; i <= title; i++) if (HEADING_LINE.test(masked[i]) && /\p{L}{2}/u.test(masked[i])) return { start: titleSentence(masked, i, from), lines: masked };
  return { start: titleSentence(masked, title, from), lines: masked };
}

/**
 * "Қоғамдық кеңес отырысының 2025 жылғы 16 сәуірдегі" / "№ 3 ХАТТАМАСЫНАН" / "Ү З І Н Д І": an extract's title names the
 * meeting in one sentence wrapped before its number — the lines of that sentence above the title line (each ending
 * without a stop) are the title's, and hold the meeting's date and body.
 */
function titleSentence(lines: string[], start: number, from: number): number {
  let at = start;
  while (at > from && /^\s*№/u.test(lines[start]) && lines[at - 1].trim() !== '' && !/[.:;!?]\s*$/u.test(lines[at - 1])) at--;
  return at;
}

