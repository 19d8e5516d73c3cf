/**
 * The numbers of a list run into its sentence: "Мониторингтер: 1) 2025 жылғы 26 ақпанда – …; 2) … ; 3) …",
 * "Мониторинги: 1) 26 февраля – …, 2) 14 мая – …". Each "N)" orders an item; it is never a count ("Мониторингтер: 1)"
 * is not one monitoring). Only a run that opens with "1)" after a colon and goes on to "2)" after a semicolon or comma
 * is a list: a lone "(мониторингов: 1) и …" closes a bracket, and its 1 stays a count.
 */
export const INLINE_ITEM_NO = /(?=1\))(?<=:\s*)1\)(?=\s[^\n]*?[;,]\s*2\)\s)|(?=\d{1,2}\)\s)(?<=:\s*1\)\s[^\n]*?[;,]\s*)\d{1,2}\)/gu;

/** The text with the numbers of a list run into it blanked (same length), so its items read from their dates. */
export function blankInlineItemNumbers(text: string): string {
  return text.includes(')') ? text.replace(INLINE_ITEM_NO, (n) => ' '.repeat(n.length)) : text;
}
