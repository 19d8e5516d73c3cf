import { ORIGINAL, isAttribution } from '../mailReply.ts';

/**
 * A report sent as an e-mail reply carries the message it answers below it: "-----Original Message-----",
 * "-----Исходное сообщение-----", "… пишет:" / "… wrote:" / "… жазды:", then that message's header and text, and
 * lines quoted with "> ". That message is another author's and, as often as not, another period's ("по вашему отчёту
 * за III квартал было указано: > заседаний Совета – 1"): its numbers are never the report's. The quoted part is
 * blanked, lines kept. Only in a reply — a text whose own part comes first and states something — so a forwarded
 * report (the report below "Forwarded message") or a text that merely opens with a mail's header is read whole.
 */
export function blankQuotedMail(lines: string[]): string[] {
  const start = lines.findIndex((line, i) => ORIGINAL.test(line) || (isAttribution(line) && headerFollows(lines, i)));
  const quoted = (line: string) => /^\s*>/u.test(line);
  const cut = start > 0 && ownText(lines.slice(0, start)) ? start : lines.length;
  // Lines quoted with ">" inside a reply are the earlier message's, wherever they stand.
  const reply = cut < lines.length || lines.slice(0, 12).some((l) => MAIL_FIELD.test(l));
  return lines.map((line, i) => (i >= cut || (reply && quoted(line)) ? '' : line));
}

export const MAIL_FIELD = /^\s*(?:from|sent|to|subject|от|отправлено|кому|тема|кімнен|жіберілді|кімге|тақырып)\s*:/iu;

/** An attribution opens a quote when a header, a quoted line or text follows it, not at the text's end. */
function headerFollows(lines: string[], at: number): boolean {
  return lines.slice(at + 1).some((l) => l.trim() !== '');
}

/** The reply's own part states something: a line with a number that is no mail header's. */
function ownText(lines: string[]): boolean {
  return lines.some((l) => !MAIL_FIELD.test(l) && /\p{L}{3}.*\d|\d.*\p{L}{3}/u.test(l));
}
