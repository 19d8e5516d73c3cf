/**
 * An emoji standing where a list's bullet would ("🏛 Кеңес отырыстары — 6", "🔍 Мониторинг — 9" in a channel's post):
 * it marks the line, it is no word of its label. One or more pictographs (with their variation selector or joiner) at
 * a line's start, after its indent.
 */
export const EMOJI_BULLET = /^(\s*)(?:\p{Extended_Pictographic}[\uFE0F\u200D]*)+\s*/u;

/** The line with a leading emoji read as a bullet "• ", its indent kept; any other line as it is. */
export function emojiAsBullet(line: string): string {
  return line.replace(EMOJI_BULLET, (m, indent: string) => (m.trim() === '' ? m : `${indent}• `));
}
