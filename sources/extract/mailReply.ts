import { lowerCase } from './grammar/lowerCase.ts';

/**
 * A protocol or report that reaches kenes inside an e-mail: the mail's header blocks (From / Sent / To / Subject, "От: /
 * Отправлено: / Кому: / Тема:", "Кімнен / Кімге / Күні / Тақырып", Latin Kazakh "Kimnen / Kimge / Kuni / Taqyryp",
 * "Жіберуші / Алушы") are no part of the document: their dates are the mail's, not the meeting's, their subjects repeat
 * a number or a date of the document's, and their attachments have sizes. A reply's own text sits on top of the message
 * it answers, which follows under "-----Original Message-----" or "… жазды:" / "… пишет:", often quoted with "> ".
 *
 * When the reply's author corrects the text below ("Дұрысы: жақтап – 9 …", "направлено 7, а не 8", "онлайн 2 емес, 1")
 * the text below IS the document (a draft protocol sent for the chairman's remarks, a note sent again with two slips): it
 * is read whole, its quote marks taken off, and the reply's corrections applied to it. The reply's other words are no
 * figure of the document.
 */

/**
 * The names of a mail header's fields, in every client and language a council writes in (protocolHead.ts reads them too).
 * ("То:" and "Сс:" in Cyrillic letters: a copy's Latin words repaired into the text's script, repairCopy.ts, set 179's
 * Kokpekty.)
 */
export const MAIL_FIELD_NAMES = 'from|sent|date|to|то|cc|сс|bcc|subject|reply-to|attachments?|от|отправлено|отправитель|получатель|дата|кому|копия|тема|вложени[ея]|кімнен|кімге|көшірме|күні|тақырып|жіберілді|жіберуші|алушы|тіркеме(?:лер)?|kimnen|kimge|koshirme|kuni|taqyryp|tirkeme(?:ler)?';
/** A mail header's field. */
export const MAIL_HEADER = new RegExp(`^\\s*(?:${MAIL_FIELD_NAMES})\\s*:`, 'iu');
/** The field that names the sender: a header block has one (a protocol's form may have "Дата:" and "Тема:" of its own). */
const SENDER = /^\s*(?:from|от|кімнен|жіберуші|kimnen)\s*:/iu;

/**
 * The lines with every mail header block blanked: a run of header fields (blank lines between allowed, none inside) of
 * two or more, one of them the sender's. Lines are kept where they are (their numbers are the text's).
 */
export function blankMailHeaders(lines: string[]): string[] {
  const out = [...lines];
  for (let k = 0; k < lines.length; k++) {
    if (!MAIL_HEADER.test(unquoted(lines[k]))) continue;
    let end = k;
    while (end + 1 < lines.length && MAIL_HEADER.test(unquoted(lines[end + 1]))) end++;
    const block = lines.slice(k, end + 1).map(unquoted);
    if (block.length >= 2 && block.some((l) => SENDER.test(l))) for (let j = k; j <= end; j++) out[j] = '';
    k = end;
  }
  return out;
}

/** The earlier message's marker: "-----Original Message-----", "-------- Исходное сообщение --------", "Бастапқы хабарлама". */
export const ORIGINAL = /^\s*-{2,}\s*(?:original\s+message|исходное\s+сообщение|бастапқы\s+хабарлама)\s*-{2,}\s*$/iu;
/** "On Fri, 9 Jan 2026 at 17:12, … wrote:", "9 января 2026 г., в 17:12, … пишет:", "… жазды:". */
const ATTRIBUTION = /(?<![\p{L}])(?:wrote|пишет|написал[\p{L}()]*|жазды)\s*:\s*$/iu;
/**
 * A sentence of the text that quotes what someone wrote: "38 өтінішке жауап берілді. Тұрғындар өтінішінде былай деп жазды:",
 * "Жители в обращении написали:" — a sentence ended before the verb in the line, a word of quoting ("деп", "былай",
 * "следующее") or of what was written (an appeal, a letter): no mail's attribution, and the text after it is the text's.
 */
const QUOTING = /\p{Ll}{3}[.!?]\s+\p{Lu}|(?<![\p{L}])(?:деп|былай|следующее|өтініш[\p{L}]*|обращени[\p{L}]*|жалоб[\p{L}]*|хат[\p{L}]*|письм[\p{L}]*)(?![\p{L}])/u;

/** A mail's attribution line, which the earlier message follows. */
export function isAttribution(line: string): boolean {
  return ATTRIBUTION.test(line) && !QUOTING.test(line);
}

/**
 * The reply's words that say it corrects the text below: "Дұрысы:", "две неточности", "исправленный файл", "қате
 * жазылған", "7, а не 8", "2 емес, 1". A reply that only thanks or forwards corrects nothing.
 */
const CORRECTS =
  /(?<![\p{L}])(?:дұрысы|неточност\p{L}*|исправ\p{L}*|ошиб\p{L}*|опечат\p{L}*|түзет\p{L}*|қате|поправк\p{L}*)(?![\p{L}])|\d\s*,\s*а\s+не\s+(?:по\s+)?\d|\d\s+емес\s*,\s*\d/iu;

/** A line quoted with "> " (or ">> "): its text without the marks. */
export function unquoted(line: string): string {
  return line.replace(/^\s*(?:>\s?)+/u, '');
}

/**
 * The text read as the document it carries: mail header blocks blanked; when a reply on top corrects the message below
 * it, or when that message holds the document and the top does not (`holdsDocument`: a protocol's title), the message
 * below read as the text — its quote marks off, its marker or attribution line blanked. `reply` is the lines of a reply
 * that corrects (kept, for their corrections to be applied and then blanked: `withoutReply`); a top that does not
 * correct is a cover note and is blanked. Otherwise the text is returned with only its headers blanked.
 */
export function mailedDocument(source: string[], holdsDocument: (part: string[]) => boolean = () => true): { lines: string[]; reply: ReadonlySet<number> } {
  const lines = blankMailHeaders(source);
  const at = markerOf(lines);
  if (at <= 0) return { lines: source, reply: new Set() };
  const top = lines.slice(0, at);
  const below = lines.slice(at + 1).map(unquoted);
  const corrects = top.filter((l) => !/^\s*>/u.test(l)).some((l) => CORRECTS.test(lowerCase(l))) && holdsDocument(below);
  // A document quoted whole under a cover note ("> ОТЫРЫСЫНЫҢ № 8 ХАТТАМАСЫ"): its quote marks are no part of it. (One
  // below a marker unquoted, a quoted remark above it, is read as it stands: protocolHead.ts knows the envelope.)
  const quoted = lines.slice(at + 1).filter((l) => /^\s*>/u.test(l)).map(unquoted);
  // A reply carrying the whole document revised on top of the first version ("Направляю исправленную редакцию … Прошу
  // пользоваться только этой редакцией", set 179's Zhangeldi): the message below is the version it replaces, or what it
  // answers — none of the document's; blanked, its "Присутствовали 7" and "за – 5, против – 1" no count.
  if (!corrects && holdsDocument(top.filter((l) => !MAIL_HEADER.test(unquoted(l))))) return { lines: source.map((l, k) => (k < at ? l : '')), reply: new Set() };
  if (!corrects && !(holdsDocument(quoted) && !holdsDocument(top))) return { lines: source, reply: new Set() };
  const reply = new Set(corrects ? top.map((_, k) => k) : []);
  return { lines: [...(corrects ? top : top.map(() => '')), '', ...below], reply };
}

/** The lines with a correcting reply's lines blanked, once its corrections are applied. */
export function withoutReply(lines: string[], reply: ReadonlySet<number>): string[] {
  return reply.size === 0 ? lines : lines.map((l, k) => (reply.has(k) ? '' : l));
}

/** The reply's lines alone (the rest blank, lines kept): for what it corrects besides counts (a vote, a mark). */
export function replyOnly(lines: string[], reply: ReadonlySet<number>): string[] {
  return lines.map((l, k) => (reply.has(k) ? l : ''));
}

/**
 * The line of the earlier message's marker or attribution (followed by text), or -1. A forward's marker is one too: the
 * secretary forwards her own protocol of the day before with its corrections on top ("Fwd: … - ИСПРАВЛЕНИЕ", "онлайн было
 * 3, а не 2", set 179's Akkuly).
 */
function markerOf(lines: string[]): number {
  return lines.findIndex((l, k) => ORIGINAL.test(l) || FORWARD_MARKER.test(l) || (isAttribution(unquoted(l)) && lines.slice(k + 1).some((n) => n.trim() !== '')));
}

/** A forward's marker: "---------- Forwarded message ----------", "---------- Жіберілген хабарлама ----------", "Пересылаемое сообщение". */
const FORWARD_MARKER = /^\s*-{2,}\s*(?:forwarded\s+message|(?:қайта\s+)?жіберілген\s+хабарлама|пересылаемое\s+сообщение|пересланное\s+сообщение)\s*-{2,}\s*$/iu;

/**
 * A document forwarded on, once or more ("FW: FW:"): each forwarder's note sits on top ("Есеп төменде. Аудандар бойынша
 * жиынтықта барлығы 118 мониторинг …", "есепті қайта жіберемін"), the document under the last marker. The notes are
 * other authors' words — a district total, a resent attachment — so everything above the last marker is blanked, when
 * the notes are short (eight lines of text or fewer besides headers) and the text below is longer than them. A report
 * written on top of a forwarded message is left whole.
 */
export function forwardedDocument(lines: string[]): string[] {
  const last = lines.reduce((at, l, k) => (FORWARD_MARKER.test(l) ? k : at), -1);
  if (last < 0) return lines;
  const text = (part: string[]) => part.filter((l) => l.trim() !== '' && !MAIL_HEADER.test(unquoted(l)) && !FORWARD_MARKER.test(l)).length;
  const top = text(lines.slice(0, last));
  if (top > 8 || text(lines.slice(last + 1)) <= top) return lines;
  return lines.map((l, k) => (k <= last ? '' : l));
}
