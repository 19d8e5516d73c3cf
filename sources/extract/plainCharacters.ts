/**
 * A line read with the characters a person sees: text that went through many systems (a web page, a messenger, a PDF
 * printed from a browser, a document system's export) carries characters no reader of the page notices, and each hides a
 * word or a number from the patterns, which are written in plain Cyrillic, ASCII digits and ordinary spaces:
 * - invisible characters inside words and numbers — zero-width spaces and joiners, the word joiner, a byte-order mark in
 *   the middle of a text (files joined), direction marks, a soft hyphen inside a word: "мони\u200bторинг" is one word and
 *   "3\u200b4 обращения" is 34 to whoever reads it. Between a letter and a digit a zero-width space was a space ("Всего:\u200b12");
 *   a soft hyphen at a line's end is the page's hyphenation and stays (the readers join the word across the break);
 * - letters written as a base and a combining mark ("и" + U+0306 for "й", "е" + U+0308 for "ё"): one letter (NFC), a stress
 *   mark left on a Cyrillic letter dropped; and the
 *   Kazakh ә, ө typed as a letter with a diaeresis, Cyrillic or Latin, inside a Cyrillic word ("мәслихат" as "мӓслихат",
 *   "өтініш" as "ӧтініш", "кеңес" beside "мäслихат");
 * - spaces of other widths (thin, narrow no-break, figure, en, em, ideographic): a space — between the digit groups of a
 *   number a no-break space, as the count patterns read thousands ("12\u2009500");
 * - full-width forms ("１２", "（", "：") from an Asian input method or a PDF's font: their ASCII letters, digits and marks;
 * - dashes and minus signs of other code points (figure dash, horizontal bar, minus sign, small and full-width hyphen,
 *   non-breaking hyphen): the dash, the hyphen or the minus a typist means ("–", "-");
 * - quotes and the number sign of other keyboards: ‹за›, 'за', ″за″ as «за» and "за"; "N 5", "Nº 5" as "№ 5" (ownMarks);
 * - numbers in circles or brackets that number a list ("①", "⑵", "⒊", "❶"): the number and its bracket or point, as a list
 *   writes it ("1)", "(2)", "3.") — a list's number, never a count; so are a messenger's keycap digits ("1️⃣", "1️⃣2️⃣",
 *   "🔟": "1)", "12)", "10)"), which number a post's agenda or its points as emoji;
 * One line in, one line out: every value keeps its line. (A superscript digit is a footnote's mark or a marker the
 * document explains: kept.)
 */
export function plainCharacters(line: string): string {
  if (PLAIN.test(line) && !DIAERESIS_LETTER.test(line)) return ownMarks(line);
  let out = line.normalize('NFC').replace(MARK_ON_CYRILLIC, '');
  out = out.replace(INVISIBLE_BETWEEN_LETTER_AND_DIGIT, ' ').replace(INVISIBLE, '').replace(SOFT_HYPHEN_INSIDE, '');
  out = out.replace(DIGIT_GROUP_SPACE, '\u00a0').replace(OTHER_SPACE, ' ');
  out = out.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  out = out.replace(OTHER_DASH, (c) => DASH_OF[c] ?? '–');
  out = out.replace(LIST_NUMBER, (c) => listNumber(c));
  out = out.replace(KEYCAP_NUMBER, (keys) => `${keys.replace(/\uFE0F|\u20E3/gu, '').replace('🔟', '10')})`);
  out = out.replace(DIAERESIS_WORD, (word) => (/\p{Script=Cyrillic}/u.test(word.replace(DIAERESIS_LETTERS, '')) ? word.replace(DIAERESIS_LETTERS, (c) => KAZAKH_OF[c]) : word));
  out = out.replace(OTHER_QUOTE, (c) => QUOTE_OF[c]);
  return ownMarks(out);
}

/**
 * The marks a Russian or Kazakh text writes, where another keyboard gave others: "N 5", "Nº 5", "N° 5", "No. 5" for "№ 5"
 * before a number in a Cyrillic line; a word in single quotes ('за', ‘против’) for «за» — the readers know the
 * guillemets and double quotes a label is quoted in. (An apostrophe inside a word is no quote.)
 */
function ownMarks(line: string): string {
  if (!/\p{Script=Cyrillic}/u.test(line)) return line;
  let out = line;
  if (out.includes('N')) out = out.replace(NUMBER_SIGN, '№ ');
  if (SINGLE_QUOTE_MARK.test(out)) out = out.replace(SINGLE_QUOTED, '«$1»');
  return out;
}
const NUMBER_SIGN = /(?<![\p{L}\d])N(?:[º°o]|o\.)?\s?(?=\d)/gu;
const SINGLE_QUOTE_MARK = /['‘’‚‛]/u;
/** A word or a few in single quotes, opening after no letter and closing before none. */
const SINGLE_QUOTED = /(?<![\p{L}\d])['‘‚‛]([\p{Script=Cyrillic}][\p{Script=Cyrillic}\s-]{0,40}?)['’‘‛](?![\p{L}\d])/gu;
/** Quotes of other code points: single guillemets, the double prime, the reversed and low double quotes. */
const OTHER_QUOTE = /[‹›″‟〝〞]/gu;
const QUOTE_OF: Record<string, string> = { '‹': '«', '›': '»', '″': '"', '‟': '“', '〝': '“', '〞': '”' };

/** A line of printable ASCII and the Cyrillic block only, no space but the plain one and the no-break space: nothing to do (most lines). */
const PLAIN = /^[\t\x20-\x7e\u00a0\u0400-\u04ff«»–—…№“”„’‘•·°§]*$/u;
/** A combining mark left on a Cyrillic letter once its letter is composed: a stress mark ("Сове́та"), no letter of its own. */
const MARK_ON_CYRILLIC = /(?<=\p{Script=Cyrillic})\p{M}+/gu;
/** Zero-width space, non-joiner, joiner, word joiner, invisible operators, byte-order mark, direction marks and embeddings, the combining grapheme joiner, the Mongolian vowel separator. */
const INVISIBLE = /[\u200b-\u200f\u2060-\u2064\ufeff\u202a-\u202e\u2066-\u2069\u034f\u180e]/gu;
/** A zero-width space or word joiner between a letter and a digit, either way round: a space there. */
const INVISIBLE_BETWEEN_LETTER_AND_DIGIT = /(?<=[\p{L}:;,.])[\u200b\u2060\ufeff]+(?=\d)|(?<=\d)[\u200b\u2060\ufeff]+(?=\p{L})/gu;
/** A soft hyphen with a letter on both sides (one at a line's end is the page's hyphenation). */
const SOFT_HYPHEN_INSIDE = /(?<=\p{L})\u00ad+(?=\p{L})/gu;
/** A thin, narrow no-break, figure or punctuation space between a group of digits and three more: a thousands' space. */
const DIGIT_GROUP_SPACE = /(?<=\d)[\u2007\u2008\u2009\u200a\u202f](?=\d{3}(?!\d))/gu;
/** Spaces of other widths: en and em quads and spaces, thin, hair, narrow no-break, medium mathematical, ideographic. */
const OTHER_SPACE = /[\u2000-\u200a\u202f\u205f\u3000]/gu;
/** The full-width forms of ASCII's printable characters. */
const FULL_WIDTH = /[\uff01-\uff5e]/gu;
/** Dashes and hyphens of other code points. */
const OTHER_DASH = /[\u2010\u2011\u2012\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63]/gu;
const DASH_OF: Record<string, string> = { '\u2010': '-', '\u2011': '-', '\u2212': '-', '\ufe63': '-', '\u2e3a': '—', '\u2e3b': '—', '\ufe58': '—' };
/** Keycap digits, one or more in a row ("1️⃣", "1️⃣0️⃣": a digit, its variation selector, the keycap mark), and the keycap ten "🔟". */
const KEYCAP_NUMBER = /(?:\d\uFE0F?\u20E3)+|🔟/gu;
/** Circled (①–⑳, ❶–❿, ➀–➉, ➊–➓), bracketed (⑴–⒇) and stopped (⒈–⒛) numbers. */
const LIST_NUMBER = /[\u2460-\u249b\u2776-\u2793]/gu;
function listNumber(c: string): string {
  const code = c.charCodeAt(0);
  if (code <= 0x2473) return `${code - 0x2460 + 1})`;
  if (code <= 0x2487) return `(${code - 0x2474 + 1})`;
  if (code <= 0x249b) return `${code - 0x2488 + 1}.`;
  return `${((code - 0x2776) % 10) + 1})`;
}
/** A Cyrillic or Latin a, o, u with a diaeresis: no letter of Russian or Kazakh, the Kazakh ә, ө, ү typed without its key. */
const DIAERESIS_LETTER = /[ӓӒӧӦӱӰäÄöÖüÜ]/u;
const DIAERESIS_LETTERS = new RegExp(DIAERESIS_LETTER.source, 'gu');
const KAZAKH_OF: Record<string, string> = { ӓ: 'ә', Ӓ: 'Ә', ӧ: 'ө', Ӧ: 'Ө', ӱ: 'ү', Ӱ: 'Ү', ä: 'ә', Ä: 'Ә', ö: 'ө', Ö: 'Ө', ü: 'ү', Ü: 'Ү' };
/** A word holding such a letter. */
const DIAERESIS_WORD = /\p{L}*[ӓӒӧӦӱӰäÄöÖüÜ]\p{L}*/gu;
