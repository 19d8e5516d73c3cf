/**
 * A document's lines, 1-based as in every extract's `line`. Any line ending
 * (\r\n from Windows, \r from old Mac exports) ends a line, so the numbers are
 * those of the normalised text readDocumentText returns.
 */
export function toLines(text: string): string[] {
  return String(text ?? '').replace(/\r\n?/g, '\n').split('\n');
}

/** Words as the extract reports them: single spaces, no leading or trailing blanks. */
export function tidy(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** A text has Kazakh-only letters: tells the Kazakh half of a bilingual document from the Russian half. */
export function isKazakh(text: string): boolean {
  return /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/.test(text);
}

/**
 * Words only Kazakh has that a Russian keyboard types without a Kazakh letter ("Комиссия отырыстарынын саны – 4" for
 * "отырыстарының"). Whole words, none a Russian word or stem.
 */
const KEYBOARD_KAZAKH = /(?<!\p{L})(?:саны|жылы|жылгы|бойынша|туралы|жане|барлыгы|отырыс\p{L}*|болды)(?!\p{L})/iu;

/**
 * A sentence's grammar is Kazakh: it has a Kazakh-only letter, or a Kazakh word typed on a Russian keyboard without one
 * (the Latin i typed for і is read as і by repairCopy; a line without і has only its words to tell it). For a sentence's
 * word order only: a bilingual heading "Отырыстар / Заседания" is both halves, and isKazakh keeps it with the Russian.
 */
export function hasKazakhGrammar(text: string): boolean {
  return isKazakh(text) || KEYBOARD_KAZAKH.test(text);
}

/** Most of a document's lines with text are Kazakh ("Меморандумдар саны – он" is ten in it, though the line has no Kazakh letter). */
export function isKazakhDocument(lines: string[]): boolean {
  const text = lines.filter((l) => /\p{L}/u.test(l));
  return text.length > 0 && text.filter(isKazakh).length * 2 > text.length;
}

/**
 * A document written in both languages: at least a third of its lines with
 * text of their own are Kazakh and a third are not. A Russian report with one
 * Kazakh title in a list is not one; nor is a Kazakh report whose list quotes
 * Russian titles ("2. «Доступность медицинской помощи» – 01.01.2019;" is in
 * no language: only its quote has words). Only lines of two words or more are
 * judged.
 */
export function isBilingualDocument(lines: string[]): boolean {
  // A line of a sentence's words, not a heading word or a date ("Семинарлар", "(1 мамыр)", "– 1-2.01.2019 ж.;"): a
  // Kazakh word without a letter of its own ("мамыр", "саны", "жылы") would count as Russian.
  const text = lines.map(outsideQuotes).filter((l) => (l.match(/\p{L}{3,}/gu) ?? []).length >= 2);
  // A line that carries both ("- 25 наурызда / 25 марта – дөңгелек үстел / круглый стол: …", a dated list given in both
  // languages at once) is a line of each half.
  const both = text.filter(isOfBothLanguages).length;
  const kazakh = text.filter(isKazakh).length;
  return text.length > 0 && kazakh * 3 >= text.length && (text.length - kazakh + both) * 3 >= text.length;
}

/** A line with a Kazakh part and a Russian part of two words or more, a slash, a bar or a tab between. */
function isOfBothLanguages(line: string): boolean {
  const parts = line.split(/\s\/\s|\s\|\s|\t/u);
  return parts.some(isKazakh) && parts.some((p) => !isKazakh(p) && (p.match(/\p{L}{3,}/gu) ?? []).length >= 2);
}

/**
 * Which half of a bilingual document a line belongs to, names in quotes
 * aside: "Проведены 2 круглых стола («Абай елі: сохранение …» – 3 марта)" is
 * Russian though the title it quotes is Kazakh. `null`: nothing but quotes,
 * numbers and dates — a line of either half.
 */
export function lineLanguage(line: string): 'kk' | 'ru' | null {
  const own = outsideQuotes(line);
  if (!/\p{L}/u.test(own)) return null;
  return isKazakh(own) ? 'kk' : 'ru';
}

export function languageIsKazakh(line: string): boolean {
  return lineLanguage(line) === 'kk';
}

function outsideQuotes(line: string): string {
  return line.replace(/«[^«»]*(?:«[^«»]*»[^«»]*)*»|“[^“”]*”|"[^"]*"/gu, '');
}
