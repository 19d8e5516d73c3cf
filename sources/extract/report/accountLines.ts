/**
 * The line a copied channel or profile opens with, its numbers the account's since it was opened: "Instagram ·
 * qogamdyq_kenes_sport_atyrau · 2 480 жазылушы · 318 жарияланым", "@qk_sport_atyrau · 2 315 жазылушы", "Telegram-канал
 * «…» | 1 540 подписчиков | 412 публикаций", "318 posts · 2 480 followers". Its posts are every post the account ever
 * made, never the period's publications, and its followers no figure at all: the line is blanked (kept as a line).
 * A line is one when it states the account's followers or subscribers and is nothing but short pieces a "·", "|" or
 * "•" apart — a name, a handle, a platform, a date, a count and its one word; a sentence ("Бізді 2 480 адам оқиды", "На
 * канал подписались 120 человек за квартал") is none.
 */
export function blankAccountLines(lines: string[]): string[] {
  return lines.map((line) => (isAccountLine(line) ? '' : line));
}

const FOLLOWERS = /\d\s*(?:подписчик[\p{L}]*|подписок|жазылушы[\p{L}]*|оқырман[\p{L}]*|followers?|subscribers?|фолловер[\p{L}]*)(?![\p{L}])/iu;
const SEPARATOR = /\s+[·|•]\s+/u;
/** A piece of the line: a count and one word, or a few words with no count (a name, a handle, a platform, a date). */
const PIECE = /^(?:\d{1,3}(?:[\s\u00a0]\d{3})*(?:[.,]\d)?\s*[KkКк]?\s+[\p{L}]+|[^\d.!?]{1,80}|[^.!?]{0,40}\d{4}[^.!?]{0,20})$/u;

function isAccountLine(line: string): boolean {
  if (!FOLLOWERS.test(line)) return false;
  const pieces = line.trim().split(SEPARATOR);
  return pieces.length >= 2 && pieces.every((p) => PIECE.test(p.trim()));
}
