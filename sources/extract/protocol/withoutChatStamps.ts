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

/**
 * A protocol pasted out of a chat, its text split over messages: each message's stamp taken off, so a list or a vote
 * that runs on into the next message reads on. The lines stay where they are (their numbers are the text's).
 */
export function withoutChatStamps(lines: string[]): string[] {
  const stampOf = chatStampOf(lines);
  return lines.map((line) => {
    const stamp = stampOf(line);
    return stamp === null ? line : line.slice(stamp.length);
  });
}
