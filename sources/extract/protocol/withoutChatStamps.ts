import { re } from './re.ts';

/**
 * A chat's stamp before the message: "[06.08.2025, 19:02] Имя (хатшы): " (a bracketed stamp), "06.08.2025, 19:02 - Имя: "
 * (an export: only when two lines or more carry it — "26.06.2025, 10:00 – 12:15" is a meeting's time).
 */
const BRACKET_STAMP = re(`^\\s*\\[\\d{1,2}[./]\\d{1,2}[./]\\d{2,4},?\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[AP]M)?\\]\\s*\\p{L}[^:\\n]{0,59}?:[ \\t]?`);
const EXPORT_STAMP = re(`^\\s*\\d{1,2}[./]\\d{1,2}[./]\\d{2,4},?\\s+\\d{1,2}:\\d{2}\\s+[-–—]\\s+\\p{L}[^:\\n]{0,59}?:[ \\t]?`);

/**
 * The stamp a line of a chat opens with, or null: a function of the text, for an export's stamp counts only when two
 * lines or more carry it.
 */
export function chatStampOf(lines: string[]): (line: string) => string | null {
  const exported = lines.filter((l) => EXPORT_STAMP.test(l)).length >= 2;
  return (line) => (BRACKET_STAMP.exec(line) ?? (exported ? EXPORT_STAMP.exec(line) : null))?.[0] ?? null;
}

/** A Telegram copy's stamp, a line of its own over the message: "Жанар Ахметова, [12.03.2026 16:58]". */
const TELEGRAM_STAMP = re(`^\\s*(\\p{L}[^\\[\\]\\n:]{0,59}?),\\s*\\[\\d{1,2}[./]\\d{1,2}[./]\\d{2,4},?\\s+\\d{1,2}:\\d{2}(?::\\d{2})?\\]\\s*$`);
/**
 * A Telegram export printed or copied from its HTML: the sender's name and the time, a line of their own over the message
 * ("Салтанат Әбілқасымова 13:51", "Ержан Омаров 15:41", set 189) — a stamp only where three lines or more carry one, so a
 * protocol's "Начало 10:00" is none.
 */
const PRINTED_STAMP = re(`^\\s*(\\p{Lu}[\\p{Ll}'’-]+(?:\\s+\\p{Lu}[\\p{Ll}'’-]+){1,2})\\s+\\d{1,2}:\\d{2}\\s*$`);

/** The protocol's own title in a message: "ПРОТОКОЛ №3", "ХАТТАМА № 2", "… ОТЫРЫСЫНЫҢ № 10 ХАТТАМАСЫ" (set 189). */
export const PROTOCOL_TITLE = /(?<![\p{L}])(?:протокол|хаттама)(?![\p{L}])\s*(?:№|N\s*\d|\d)|№\s*\d{1,3}\s+(?:хаттамасы|протокол)(?![\p{L}])/iu;

/**
 * A protocol pasted out of a chat, its text split over messages: each message's stamp taken off, so a list or a vote
 * that runs on into the next message reads on. The lines stay where they are (their numbers are the text's).
 * The members' replies between the messages ("[12.03.26, 17:05] Ерлан Рахимов: Жанар, в прошлый раз у нас было 14 человек",
 * "Ерлан Рахимов, [12.03.2026 17:08]" / "В прошлый раз голосовали за 10, против 3") are no part of the protocol: when one
 * sender posts the protocol's title, every message of another sender is blanked — its counts and votes are another
 * meeting's or a remark. A chat where two senders post a title (a protocol forwarded again) keeps every message.
 */
/** The stamp on a line of its own a line of a chat is, or null: Telegram's copy ("Имя, [12.03.2026 16:58]"), its print. */
export function ownLineStampOf(lines: string[]): (line: string) => RegExpExecArray | null {
  const printed = lines.filter((l) => PRINTED_STAMP.test(l)).length >= 3;
  return (line) => TELEGRAM_STAMP.exec(line) ?? (printed ? PRINTED_STAMP.exec(line) : null);
}

export function withoutChatStamps(lines: string[]): string[] {
  const stampOf = chatStampOf(lines);
  const ownLine = ownLineStampOf(lines);
  const senders = sendersOf(lines, stampOf, ownLine);
  const titled = new Set(lines.flatMap((l, i) => (senders[i] !== null && PROTOCOL_TITLE.test(l) ? [senders[i]] : [])));
  const author = titled.size === 1 ? [...titled][0] : null;
  return lines.map((line, i) => {
    if (author !== null && senders[i] !== null && senders[i] !== author) return '';
    if (ownLine(line)) return '';
    const stamp = stampOf(line);
    return stamp === null ? line : line.slice(stamp.length);
  });
}

/** Each line's sender: the name of the last stamp at or above it ("Жанар Ахметова (секретариат)" read "Жанар Ахметова"), null before the first. */
function sendersOf(lines: string[], stampOf: (line: string) => string | null, ownLine: (line: string) => RegExpExecArray | null): (string | null)[] {
  let sender: string | null = null;
  return lines.map((line) => {
    const telegram = ownLine(line);
    const stamp = telegram ? null : stampOf(line);
    const name = telegram ? telegram[1] : stamp === null ? null : stamp.replace(/^.*?(?:\]|\s[-–—])\s*/u, '').replace(/:\s*$/u, '');
    if (name !== null) sender = name.replace(/\([^()]*\)/gu, ' ').replace(/\s+/gu, ' ').trim().toLowerCase();
    return sender;
  });
}
