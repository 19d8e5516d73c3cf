/**
 * A document typed wholly in capitals ("ПРИСУТСТВ 11 ИЗ 13 В Т.Ч. ПО ВИДЕОСВЯЗИ 2", "ОТЫРЫСКА 12 МУШЕ КАТЫСТЫ", a
 * telephonogram, set 194) read as if typed in ordinary case: the readers' words are written in lower case, and a reader
 * that tells a sentence's start, a heading or a name by its capitals takes every word of such a text for one. Each word
 * in capitals is read in lower case, except
 * - a name: a word beside its initials ("ЯСЫРОВ М.И.", "М.И. ЯСЫРОВ" → "Ясыров М.И."), or three words ending in a
 *   patronymic ("СЕЙТОВ АРМАН БЕКҰЛЫ") — in title case, as the name readers expect;
 * - initials ("М.И."), an acronym ("ОС", "НПА", "ҚК", "ЖКХ": ACRONYMS) and a word of Latin letters (a Roman
 *   numeral, "ZOOM") — as typed;
 * and the first word of a line or of a sentence opens with its capital. Only a document of capitals (CAPS_SHARE of its
 * cased letters and CAPS_LETTERS of them at least): a report whose headings are in capitals keeps them. One letter for
 * one, so every column and offset stays where it was.
 */
export function inSentenceCase(lines: string[]): string[] {
  if (!isTypedInCapitals(lines)) return lines;
  // A name wrapped after its surname ("ЖҮНІСОВА" / "Р.Қ., ТҰРСЫНБЕКОВ А.Ж."): its initials open the next line.
  return lines.map((line, k) => lineInSentenceCase(line, lines[k + 1] ?? ''));
}

const CAPS_SHARE = 0.9;
const CAPS_LETTERS = 200;

/** Most of the cased letters of the text are capitals (a short text, a table of figures, is never judged so). */
export function isTypedInCapitals(lines: string[]): boolean {
  let upper = 0;
  let lower = 0;
  for (const l of lines) {
    upper += (l.match(/\p{Lu}/gu) ?? []).length;
    lower += (l.match(/\p{Ll}/gu) ?? []).length;
  }
  return upper >= CAPS_LETTERS && upper >= CAPS_SHARE * (upper + lower);
}

/**
 * Acronyms that stay in capitals: the readers' words name them so ("ОС" and "ҚК" a public council, "НПА" normative acts,
 * "ТК", "ПК", "АҚ", "МО" in shorthand.json, matched in capitals only). Every other word in capitals is read in lower case,
 * a cut word too ("ЧЛ", "КВ", "ПРОТ": shorthand.json writes them out in any case).
 */
const ACRONYMS = new Set(['ОС', 'ҚК', 'КК', 'НПА', 'АҚ', 'МО', 'ТК', 'ПК', 'РК', 'ҚР', 'ЗРК', 'ҚРЗ', 'ЖКХ', 'ЖКШ', 'СШ', 'ТОО', 'ЖШС', 'АО', 'ИП', 'ЖК', 'ГУ', 'КГУ', 'ММ', 'КММ', 'ҮЕҰ', 'НПО', 'СМИ', 'БАҚ', 'ВКС', 'ЦОН', 'ХҚКО', 'МИО', 'ЖАО']);
const INITIAL = '\\p{Lu}\\.(?:\\s?\\p{Lu}\\.)?';
const WORD = /(?<![\p{L}\d])\p{L}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*/gu;
const PATRONYMIC = /(?:ВИЧ|ВНА|ҰЛЫ|ҚЫЗЫ|УЛЫ|КЫЗЫ|ОГЛЫ|КИЗИ)$/u;

function lineInSentenceCase(line: string, next: string): string {
  if (!/\p{Lu}{2}/u.test(line)) return line;
  const names = nameWords(line);
  const wrapped = new RegExp(`(?<![\\p{L}])\\p{Lu}{2,}(?:-\\p{Lu}{2,})?\\s*$`, 'u').exec(line);
  if (wrapped && new RegExp(`^\\s*${INITIAL}`, 'u').test(next)) names.add(wrapped.index);
  const out = line.replace(WORD, (word, at: number) => {
    if (word !== word.toUpperCase() || word === word.toLowerCase()) return word;
    // An initial ("М." of "М.И.") stays.
    if (word.length === 1 && line[at + 1] === '.') return word;
    if (names.has(at)) return word[0] + word.slice(1).toLowerCase();
    if (ACRONYMS.has(word) || !/\p{Script=Cyrillic}/u.test(word)) return word;
    return word.toLowerCase();
  });
  // The line's first word and a sentence's after its stop open with a capital (a stop after a word or a list's number, not an
  // initial's: "ДЖУСУПОВУ А.К. О ПЛАНЕ" goes on).
  return out.replace(/(^[^\p{L}\d]*|(?<=\p{Ll}{2}|\d)[.!?]\s+)(\p{Ll})/gu, (_m, before: string, letter: string) => before + letter.toUpperCase());
}

/** Where the words of the line's names start: a surname beside its initials, three words ending in a patronymic. */
function nameWords(line: string): Set<number> {
  const at = new Set<number>();
  for (const m of line.matchAll(new RegExp(`(?<![\\p{L}])(\\p{Lu}{2,}(?:-\\p{Lu}{2,})?)(?=\\s+${INITIAL})`, 'gu'))) at.add(m.index);
  for (const m of line.matchAll(new RegExp(`${INITIAL}\\s?(\\p{Lu}{2,}(?:-\\p{Lu}{2,})?)(?![\\p{L}])`, 'gu'))) at.add(m.index + m[0].length - m[1].length);
  for (const m of line.matchAll(/(?<![\p{L}])(\p{Lu}{2,})\s+(\p{Lu}{2,})\s+(\p{Lu}{2,})(?![\p{L}])/gu)) {
    if (!PATRONYMIC.test(m[3])) continue;
    at.add(m.index);
    at.add(m.index + m[0].indexOf(m[2], m[1].length));
    at.add(m.index + m[0].length - m[3].length);
  }
  return at;
}
