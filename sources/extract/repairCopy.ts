import { BROKEN_WORDS, misspelledStems } from './misspelledStems.ts';
import { spelledOut } from './spelledOut.ts';
import { plainCharacters } from './plainCharacters.ts';
import { tidy } from './toLines.ts';
import { dottedDates } from './dottedDates.ts';
import { chosenOptions } from './chosenOptions.ts';
import { formAnswer } from './formAnswer.ts';
import { withoutEditorsNotes } from './withoutEditorsNotes.ts';
import { inSentenceCase, isTypedInCapitals } from './inSentenceCase.ts';
import { withTelegraphMarks } from './telegraphMarks.ts';
import { withClosedShortDates } from './closedShortDates.ts';

/**
 * Text that went through bad copying carries marks no author wrote, and each hides a word or a number from the readers:
 * - characters no reader of the page sees or tells apart: zero-width spaces, soft hyphens, a letter and its combining mark,
 *   thin spaces, full-width digits, minus signs for dashes, circled list numbers (plainCharacters.ts);
 * - Word's track changes pasted as text ("кеңестің [удалено: 12] 11 мүшесі", "[вставлено: 4. Оразалиев Т.К. – себепсіз]"):
 *   the document says what is left — the deleted text goes, the inserted text stays (its brackets off). So does
 *   Markdown's strikethrough ("Сколько? ~~3~~ 4").
 * - An editor's notes, "(прим. ред.: …)", "(ред. ескертпесі: …)", "ТЗ: …": no part of the document (withoutEditorsNotes.ts).
 * - Latin letters that look Cyrillic inside a Cyrillic word ("Присуствoвали", "ПOВEСТКА", "Голосовaли: единоглaсно";
 *   "кенестiн" with a Latin i, Kazakh typed on a Russian keyboard): a pattern in Cyrillic never matches them.
 * - Letters that look like digits inside a number ("1O", "l5", "«1O» сентября", "2O25", "З8" with a Cyrillic З): a vote
 *   "«за» – 1l" read as 1, a protocol "№ 1O" numbered "1O". Only a token that is otherwise digits is read again: a word
 *   ("Ol", "ЗАО", "Iл") keeps its letters.
 * - Digits that look like Cyrillic letters inside a word, as OCR reads a scan ("ПР0Т0К0Л", "3аседания", "0тырыстар",
 *   "Пр0голосовали", "«3а» – 10"): read as the letters. Only in a word otherwise of Cyrillic letters; a number stays a
 *   number ("3 заседания", "30", "3-ші", "3еуі", "2026ж", "№ 3а").
 * - A number typed with no space before or after its word ("құрамында21 мүше", "провели5", "7заседаний", "14мониторинг"):
 *   read with the space (spacedNumbers).
 * - A word a paste broke across two lines with no hyphen ("Решение пр" / "инято.", "(по видео" / "связи)"): whole on the
 *   first line; one an OCR broke inside a line with a hyphen and a space ("Мони- торинги"): whole (rejoinBrokenWords).
 * - A surname run into its initials, the space lost by a scan or a typist ("ПакИ.В.", "ЕрғалиевҚ.Б."): read with the space
 *   (spacedInitials), or the list of names it stands in is no list of names.
 * - The lexicons' words misspelled ("Заседания комисий", "12 обрашений"): as they are meant (misspelledStems.ts).
 * - The lexicons' words abbreviated ("ВОЗД. – 1", "Отыр. қатыс.", "9/1/1 – қабылд.", "12 мар. 2026г."): written out as
 *   their words (spelledOut.ts, the abbreviations in shorthand.json).
 * - A whole date typed with slashes, hyphens or its year first ("07/10/2026", "04-12-2026", "2026.09.16"): as the readers
 *   read dates, "07.10.2026" (dottedDates.ts).
 * - A block saved twice, word for word, one copy under the other ("2. ТЫҢДАЛДЫ: … Шешім қабылданды." twice): one
 *   block, its votes and counts read once.
 * - A form's options left unticked beside the one ticked ("Решение: ☑ принято ☐ не принято", "Иә [x] Жоқ [ ]"): not said
 *   (chosenOptions.ts). A form's question answered yes with its count ("Проведены ли мониторинги? Да ☑ Сколько? 4"): said as
 *   the count of what it asks ("Проведены мониторинги – 4", formAnswer.ts).
 * Every repair keeps the line where it was: `repairCopy` gives as many lines as it is given, so every value keeps the
 * document's line. A character for a character where it can (letters, digits), so columns stay where they were.
 */
export function repairCopy(lines: string[]): string[] {
  // A document typed in capitals, a telegram's words for its marks, read as ordinary text (inSentenceCase.ts, telegraphMarks.ts);
  // its days without a year closed by their stop ("- 12.02 МЕКТЕПТЕРДЕ …": closedShortDates.ts).
  const kept = inSentenceCase(withoutEditorsNotes(withoutTrackedDeletions(lines)).map(plainCharacters).map(withTelegraphMarks)).map(chosenOptions).map(formAnswer);
  const cyrillic = isCyrillicText(kept);
  const telegraphic = isTypedInCapitals(lines);
  return withoutRepeatedBlock(spacedPunctuation(rejoinBrokenWords(kept.map((l) => spacedInitials(dottedDates(spelledOut(misspelledStems(spacedNumbers(readLetterLookalikes(readDigitLookalikes(foldLatinLookalikes(telegraphic ? withClosedShortDates(l) : l, cyrillic))))), telegraphic)))))));
}

/** Most of a text's letters are Cyrillic (ten to one): a word of Latin look-alikes in it was typed for Cyrillic. */
function isCyrillicText(lines: string[]): boolean {
  let cyrillic = 0;
  let latin = 0;
  for (const l of lines) {
    cyrillic += (l.match(/\p{Script=Cyrillic}/gu) ?? []).length;
    latin += (l.match(FOREIGN_ALL) ?? []).length;
  }
  return cyrillic > 10 * latin;
}

/** A capitalised word of two letters or more, then two initials with no space between ("ПакИ.В.", "Ким В.А." stays). */
const GLUED_INITIALS = /(?<![\p{L}])(\p{Lu}\p{Ll}+)(?=\p{Lu}\.\s?\p{Lu}\.)/gu;
function spacedInitials(line: string): string {
  return line.replace(GLUED_INITIALS, '$1 ');
}

/**
 * A typist who leaves no space after a stop, a comma or a colon ("кенесте 13 муше бар,оның 10-ы …,3-еуі органдардан.Кенесте
 * 3 комиссия", "ТЫҢДАЛДЫ:Сагындыков Р.А.", "откiзiлдi(22.01,16.04)"): the readers part words and sentences at a mark and a
 * space, so such a text is read with the space where the mark stands between words. Only in a text that does so again and
 * again (GLUED times or more): one glued comma in a document is left alone. Numbers ("22.01", "12,5", "15:00"), initials
 * and abbreviations ("Р.К.", "т.б.") and addresses ("e-otinish.kz") keep their marks as they are.
 */
export function spacedPunctuation(lines: string[]): string[] {
  const glued = lines.reduce((n, l) => n + (l.match(GLUED_MARK) ?? []).length, 0);
  if (glued < GLUED) return lines;
  return lines.map((l) => l.replace(GLUED_MARK, '$& ').replace(GLUED_STOP, '$1$2 ').replace(GLUED_BRACKET, '$1 ('));
}

const GLUED = 5;
/** A comma, semicolon or colon between a word (or its closing bracket or quote) and the next word. */
// (And between a count and a word: "өкілдері,3-еуі", "Instagram-15,Facebook-8", "саны-27:Instagram", "үшін:2024".)
const GLUED_MARK = /(?<=[\p{L})»"])[,;:](?=[\p{L}\d])|(?<=\d)[,;:](?=\p{L})/gu;
/** A stop between a word of two letters or more and a capital: a sentence's end ("органдардан.Кенесте"). */
const GLUED_STOP = /(\p{Ll}{2,})(\.)(?=\p{Lu}\p{Ll})/gu;
/** A bracket opened right after a word ("оттi(22.01"). */
const GLUED_BRACKET = /(\p{L}{2,})\((?=[\p{L}\d])/gu;

/**
 * A number glued to the Cyrillic word before or after it, as a hurried typist leaves it ("Кеңес құрамында21 мүше", "провели5
 * мониторингов", "7заседаний", "комиссиялар 9отырыс өткізді", "ішінде3-еуі"): the readers find a count as a token of its own
 * next to its noun, so the word and the number are parted by a space ("из15", "них2" too). After the number, only a word of
 * letters enough to be no ending of it: "2025ж.", "1-ші", "3еуі", "5млн", "№5" keep as typed; Latin ("COVID19", "B2B",
 * "Zoom1") too. A gap of a table
 * typed with spaces after it gives up a space, so the columns stay where they were.
 */
export function spacedNumbers(line: string): string {
  if (!/\d/u.test(line) || !/\p{Script=Cyrillic}/u.test(line)) return line;
  let out = line;
  for (const glued of [WORD_THEN_NUMBER, NUMBER_THEN_WORD]) {
    glued.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = glued.exec(out)) !== null) {
      const at = m.index + m[1].length;
      if (glued === NUMBER_THEN_WORD && NUMBER_ENDING.test(m[2])) continue;
      const after = out.slice(at);
      const gap = / {2,}/u.exec(after);
      const rest = gap ? `${after.slice(0, gap.index)}${gap[0].slice(1)}${after.slice(gap.index + gap[0].length)}` : after;
      out = `${out.slice(0, at)} ${rest}`;
      glued.lastIndex = at + 1;
    }
  }
  return out;
}

/**
 * A word a paste (a chat, a mail client's wrapping) broke across two lines with no hyphen: "Решение пр" / "инято.", "Шешім
 * қабыл" / "данды", "Байжанов Д.О. (по видео" / "связи)". Made whole on the first line, its rest taken off the second,
 * when the whole is a word the readers look for (misspellings.json's "broken") or one the document writes whole elsewhere
 * — and the piece on the first line is no word the document writes on its own ("Решение" / "принято", "за" / "5"): two
 * words, each a word, are left as two. Lines laid out in columns (tabs, wide gaps) are cells, not a broken sentence.
 */
export function rejoinBrokenWords(lines: string[]): string[] {
  // The whole word found in any case; a piece as written ("і" of "бөлім|і" is no "І тоқсан").
  const seen = new Map<string, number>();
  const written = new Map<string, number>();
  for (const l of lines) {
    for (const w of l.toLowerCase().match(/\p{L}+/gu) ?? []) seen.set(w, (seen.get(w) ?? 0) + 1);
    for (const w of l.match(/\p{L}+/gu) ?? []) written.set(w, (written.get(w) ?? 0) + 1);
  }
  const out = lines.map((l) => joinHyphenSpace(l, seen, written));
  for (let i = 0; i + 1 < out.length; i++) {
    const line = out[i].trimEnd();
    const piece = BROKEN_PIECE.exec(line);
    const rest = BROKEN_REST.exec(out[i + 1]);
    if (!piece || !rest || IN_COLUMNS.test(line) || IN_COLUMNS.test(out[i + 1])) continue;
    const [first, second] = [piece[1], rest[2]];
    // One case for both pieces: "пр" / "инято", "ПР" / "ИНЯТО" (a CAPS LOCK paragraph); "пр" / "Инято" is no word.
    const lower = (w: string) => w === w.toLowerCase();
    if (lower(first) !== lower(second) || (!lower(first) && first !== first.toUpperCase())) continue;
    if (!brokenWord(first, second, seen, written)) continue;
    // The marks typed right after the rest ("і," / "инято.", "связи)") go up with it.
    const after = out[i + 1].slice(rest[0].length);
    out[i] = `${line}${second}${rest[3]}`;
    out[i + 1] = after.trim() === '' ? '' : `${rest[1]}${after}`;
  }
  return out;
}

/** Whether `first` + `second` is one word broken in two: a word the readers look for, broken inside its stem, or one the document writes whole elsewhere, neither piece a word it writes on its own. */
function brokenWord(first: string, second: string, seen: Map<string, number>, written: Map<string, number>): boolean {
  const whole = `${first}${second}`.toLowerCase();
  // The break inside the known word's stem: "пр" / "инято" is "принято"; "дауыс" / "берді" are two words, "дауыс" whole.
  const known = BROKEN_WORDS.some((w) => whole.startsWith(w) && first.length < w.length && whole.length - w.length <= 5);
  const elsewhere = (seen.get(whole) ?? 0) > 0;
  const pieceIsWord = (written.get(first) ?? 0) > 1 || (written.get(second) ?? 0) > 1;
  return known || (elsewhere && !pieceIsWord);
}

/**
 * A word an OCR or a typist broke with a hyphen and a space inside a line, where a line's end once hyphenated it ("Мони-
 * торинги" read "Мони- торинги" in a table's cell, "тың- далды"): made whole when brokenWord says it is one word. A
 * compound ("социально- экономический", "жылу- энергетика") is no such word: kept.
 */
function joinHyphenSpace(line: string, seen: Map<string, number>, written: Map<string, number>): string {
  if (!/\p{L}-\s/u.test(line)) return line;
  return line.replace(HYPHEN_SPACE, (m, first: string, second: string) => (brokenWord(first, second, seen, written) ? `${first}${second}` : m));
}

/** Letters, a hyphen, a space, letters in lower case: "Мони- торинги". */
const HYPHEN_SPACE = /(?<![\p{L}\d-])(\p{L}{2,})-[ \u00a0]+(\p{Ll}+)(?![\p{L}\d-])/gu;

/** The piece of a word closing a line: letters after a space, a bracket or the line's start. */
const BROKEN_PIECE = /(?:^|[\s(«"])(\p{L}+)$/u;
/** The rest opening the next line, up to the word's end (a stop, a bracket, a space). */
const BROKEN_REST = /^(\s*)(\p{L}+)(?![\p{L}\d-])([.,;:!?)»"]*)\s*/u;
const IN_COLUMNS = /\t|\S {3,}\S/u;

/** A Cyrillic word of two letters or more ("из15", "құрамында21"), a number right after it. */
const WORD_THEN_NUMBER = /(?<![\p{L}\d])(\p{Script=Cyrillic}{2,})(?=\d)/gu;
/** A number, a Cyrillic word of four letters or more right after it (its end no letter or digit). */
const NUMBER_THEN_WORD = /(?<![\p{L}\d])(?<!\d[.,])(\d+(?:[.,]\d+)?)(\p{Script=Cyrillic}{4,})(?![\p{L}\d])/gu;
/** A number's own ending, whole: an ordinal ("1інші", "2ншы") or a collective ("3еуі", "5еуі"), never a word of its own. */
const NUMBER_ENDING = /^(?:[ыі]?нш[ыі]|[ыі]?ш[ыі]|е?у[іы]|а?у[ыі]|[іы]нш[іы]|ого|его|ому|ему)$/iu;

/** "[удалено: …]" / "[вставлено: …]" (Word in Russian), "[жойылды: …]" / "[қосылды: …]", "[deleted: …]" / "[inserted: …]". */
const DELETED = String.raw`удалено|удалён|удален|удалено текст|жойылды|өшірілді|deleted`;
const INSERTED = String.raw`вставлено|добавлено|қосылды|енгізілді|inserted|added`;
const TRACKED = new RegExp(String.raw`\[\s*(?:(${DELETED})|(${INSERTED}))\s*:\s*([^\]]*)\]`, 'giu');
/**
 * A deletion and its replacement written as an editor's pair, "[удалено: 6] [исправлено: 7]", "[жойылды: 11] [түзетілді: 12]"
 * (set 181): the replacement is the text as accepted, its brackets off. Only beside a deletion: "21 [исправлено: 12]" alone
 * corrects the count before it (statedCorrections).
 */
const CORRECTED = String.raw`исправлено|исправлен|заменено|түзетілді|түзету|ауыстырылды|corrected|replaced`;
const REPLACED = new RegExp(String.raw`\[\s*(?:${DELETED})\s*:[^\]]*\]\s*\[\s*(?:${CORRECTED})\s*:\s*([^\]]*)\]`, 'giu');
/**
 * A mark naming the text as it was, "[исправлено: было «отсутствовал»]", "[түзетілді: бұрын «себепсіз»]", "[было: 12]"
 * (set 181's Kostanay table: "очно [исправлено: было «отсутствовал»]"): the old text is gone, the mark with it.
 */
const WAS = new RegExp(String.raw`\[\s*(?:(?:${CORRECTED})\s*[:,]?\s*)?(?:было|бұрын(?:ғы)?|was)(?![\p{L}])[^\]]{0,80}\]`, 'giu');
/** A deletion opened on a line and closed on a later one. */
const DELETION_OPEN = new RegExp(String.raw`\[\s*(?:${DELETED})\s*:[^\]]*$`, 'iu');

/** Struck out in Markdown: "~~3~~", "~~12 членов~~" — a few words on one line. */
const STRUCK = /~~(?=\S)[^~\n]{1,60}(?<=\S)~~/gu;

function withoutTrackedDeletions(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < out.length; i++) {
    if (!/\[|~~/u.test(out[i])) continue;
    const line = out[i];
    let text = line.replace(REPLACED, (_m, body: string) => body.trim()).replace(WAS, '\u0000').replace(TRACKED, (_m, deleted: string | undefined, _inserted, body: string) => (deleted ? '\u0000' : body.trim()));
    // Markdown's strikethrough ("Сколько? ~~3~~ 4"): the struck text is deleted as a tracked deletion is.
    text = text.replace(STRUCK, '\u0000');
    // A deletion running on to the lines below: those lines are deleted up to its closing bracket.
    const open = DELETION_OPEN.exec(text);
    if (open) {
      const close = out.findIndex((l, k) => k > i && l.includes(']'));
      if (close > i && close - i <= 20) {
        text = text.slice(0, open.index) + '\u0000';
        for (let k = i + 1; k < close; k++) out[k] = '';
        out[close] = out[close].slice(out[close].indexOf(']') + 1);
      }
    }
    if (text === line) continue;
    // The deleted text's place: no double space left where it was ("кеңестің [удалено: 12] 11" is "кеңестің 11").
    // (A tab before it is a cell's border, and stays: "Поступило\t[удалено: 12] 14\t9" is "Поступило\t14\t9".)
    text = text.replace(/([ \t]*)\u0000[ \t]*/gu, (m, before: string) => (before !== '' && /[ \t]$/u.test(m) ? (before.includes('\t') ? '\t' : ' ') : ''));
    out[i] = text.trim() === '' ? '' : text;
  }
  return out;
}

/**
 * Latin letters drawn as Cyrillic ones; i and I are the Kazakh і, І (a Kazakh typist's Latin i on a Russian keyboard), and
 * so are the Turkish dotless ı and dotted İ a Turkish layout gives for them ("өзгермедı", "енгıзıлдı"): one letter for one,
 * so the quote given back as written (asWritten) keeps the typist's.
 */
const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', i: 'і', ı: 'і', k: 'к', m: 'м', h: 'һ',
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'У', I: 'І', İ: 'І',
  // The schwa and the barred o of Latin alphabets are the Kazakh ә and ө drawn alike; Greek capitals and a few small
  // letters come in from a Greek layout or a font's fallback the same way.
  ə: 'ә', Ə: 'Ә', ɵ: 'ө', Ɵ: 'Ө',
  Α: 'А', Β: 'В', Ε: 'Е', Η: 'Н', Κ: 'К', Μ: 'М', Ο: 'О', Ρ: 'Р', Τ: 'Т', Χ: 'Х', ο: 'о', α: 'а', ρ: 'р', κ: 'к',
};
/** A letter of the Latin or Greek alphabet (one or all of them). */
const FOREIGN = /[\p{Script=Latin}\p{Script=Greek}]/u;
const FOREIGN_ALL = /[\p{Script=Latin}\p{Script=Greek}]/gu;
const MIXED_WORD = /\p{L}+/gu;

/**
 * A word with Cyrillic and Latin letters whose every Latin letter looks like a Cyrillic one ("Oтcутcтвовали"): read in
 * Cyrillic. A word all in Latin ("ZOOM", "II", "WhatsApp") or with a Latin letter of its own ("Pythonда") is kept — but a
 * Latin word with a Cyrillic look-alike in it ("Zооm", "Instаgram", a text that went through many systems) is read in
 * Latin. A word all of look-alike Latin letters among Cyrillic words, none of them Latin ("Ha заседании", "c 10 по 15"), is
 * Cyrillic too — in capitals ("OC района") only where the line shows look-alikes in another word; never a Roman numeral ("I", "III", "XII" number quarters and sections) nor "x"
 * alone (a multiplication).
 */
export function foldLatinLookalikes(line: string, cyrillicText = false): string {
  if (!FOREIGN.test(line)) return line;
  if (!/\p{Script=Cyrillic}/u.test(line)) return cyrillicText ? lookalikeTitle(line) : line;
  const words = [...line.matchAll(MIXED_WORD)].map((m) => m[0]);
  const mixedOnLine = words.some((w) => /\p{Script=Cyrillic}/u.test(w) && FOREIGN.test(w));
  let k = -1;
  return line.replace(MIXED_WORD, (word) => {
    k++;
    const cyrillic = word.match(/\p{Script=Cyrillic}/gu) ?? [];
    const latin = word.match(FOREIGN_ALL) ?? [];
    if (latin.length === 0) return word;
    if (cyrillic.length > 0) {
      if (latin.every((c) => c in LATIN_TO_CYRILLIC)) return word.replace(FOREIGN_ALL, (c) => LATIN_TO_CYRILLIC[c]);
      if (cyrillic.every((c) => c in CYRILLIC_TO_LATIN)) return word.replace(/\p{Script=Cyrillic}/gu, (c) => CYRILLIC_TO_LATIN[c]);
      return word;
    }
    if (!latin.every((c) => c in LATIN_TO_CYRILLIC) || ROMAN.test(word) || /^[xX]$/u.test(word)) return word;
    const near = [words[k - 1], words[k + 1]].filter((w) => w !== undefined);
    // (A neighbour with a look-alike of its own is Cyrillic once read: "OC рaйона".)
    const isCyrillic = (w: string) => /\p{Script=Cyrillic}/u.test(w) && (w.match(FOREIGN_ALL) ?? []).every((c) => c in LATIN_TO_CYRILLIC);
    const ownLatin = (w: string) => FOREIGN.test(w) && !(w.match(FOREIGN_ALL) ?? []).every((c) => c in LATIN_TO_CYRILLIC);
    if (!near.some(isCyrillic) || near.some(ownLatin)) return word;
    // Capitals alone may be a Latin abbreviation ("9:12 AM", "OK", "IT"): read in Cyrillic only on a line whose other words
    // show the look-alikes typed in ("TOO «Кeмeл»").
    if (word === word.toUpperCase() && !mixedOnLine) return word;
    return word.replace(FOREIGN_ALL, (c) => LATIN_TO_CYRILLIC[c]);
  });
}
/**
 * A line with no Cyrillic letter in a Cyrillic text, whose every Latin word is of look-alike letters and one of them a word
 * of four capitals or more ("XATTAMA № 7", a title typed in Latin look-alikes): read in Cyrillic. A Latin line of its own
 * ("Zoom", "WhatsApp", "OK") keeps its letters; so do Roman numerals.
 */
function lookalikeTitle(line: string): string {
  const words = line.match(MIXED_WORD) ?? [];
  const lookalike = (w: string) => [...w].every((c) => c in LATIN_TO_CYRILLIC) && !ROMAN.test(w);
  if (!words.every(lookalike) || !words.some((w) => w.length >= 4 && w === w.toUpperCase())) return line;
  return line.replace(FOREIGN_ALL, (c) => LATIN_TO_CYRILLIC[c]);
}
/** Cyrillic letters drawn as Latin ones (LATIN_TO_CYRILLIC the other way; і as i, һ as h). */
const CYRILLIC_TO_LATIN: Record<string, string> = Object.fromEntries(
  Object.entries(LATIN_TO_CYRILLIC).filter(([latin]) => /^[a-zA-Z]$/u.test(latin)).map(([latin, cyrillic]) => [cyrillic, latin]),
);
/** A Roman numeral: "I", "IV", "XII" (the Latin letters a quarter's or a section's number is written in); "C" alone is the preposition "С". */
const ROMAN = /^(?:[IVX]+|[IVXLC]{2,})$/u;

/** Letters drawn as digits: O and О as 0, l and I as 1, the Cyrillic З as 3, g as 9 (a scan's "1g обращений", set 174). */
const DIGIT_OF: Record<string, string> = { O: '0', o: '0', О: '0', о: '0', l: '1', I: '1', З: '3', g: '9' };
/** A cell of a table that is a Latin O alone, its border before it. */
const LATIN_O_CELL = /(^|[\t|])(\s*)O(?=\s*(?:$|[\t|]))/gu;
/** A Cyrillic б standing for 6: alone after a dash or a colon, before a comma, a stop, a colon or the line's end; a table's first cell; a line alone. */
const LONE_SIX = /(?<=[-–—:]\s{0,3})б(?=\s*(?:[,.;:)]|$))|(?<=^\s*)б(?=\s+\||\s*$)/gu;
/** A Word table's cell of a number whose last digit a scan read as б ("\t1б" for 16): its cell alone on the line. */
const CELL_WITH_SIX = /^(\t\s*\d{1,3})б(?=\s*$)/u;
/** A token of digits and such letters, no letter or digit on either side. */
const NUMBER_TOKEN = /(?<![\p{L}\d])[\dOoОоlIЗg]+(?![\p{L}\d])/gu;

/**
 * A number with a letter drawn as a digit ("1O", "l5", "1l", "З8", "2O25", the date "l9.03.2025"): read as the number.
 * The token must hold a digit and be nothing but digits and such letters: "О" (a preposition), "IO", "ООО" stay.
 */
export function readDigitLookalikes(line: string): string {
  // A table's cell that is a Latin O alone ("\tO\t", "| O |") is a 0: no word is a Latin O (the Cyrillic "О" is a preposition).
  if (/[\t|]/u.test(line)) line = line.replace(LATIN_O_CELL, (_m, border: string, space: string) => `${border}${space}0`);
  // A scan's б for 6 where a number stands alone: after a label's dash or colon ("қарсы – б,", "факт – б:"), a table's first
  // cell ("б   | Тоқтарова Ә.М.") or a Word table's cell alone ("\tб"). No word is "б" there (set 174).
  if (line.includes('б')) line = line.replace(LONE_SIX, '6').replace(CELL_WITH_SIX, '$16');
  if (!/\d/u.test(line) || !/[OoОоlIЗg]/u.test(line)) return line;
  return line.replace(NUMBER_TOKEN, (token) => {
    if (!/\d/u.test(token) || /^\d+$/u.test(token)) return token;
    // A Roman numeral before a number ("I 5") is apart; joined to one ("II1") it is no number either: two letters in a row stay.
    if (/[OoОоlIЗg]{2}/u.test(token)) return token;
    return token.replace(/[OoОоlIЗg]/gu, (c) => DIGIT_OF[c]);
  });
}

/** Digits an OCR gives for the Cyrillic letters they look like: 0 for О (and Ө: the Kazakh patterns match О for it), 3 for З. */
const LETTER_OF: Record<string, string> = { '0': 'О', '3': 'З' };
/** A run of letters and digits, no letter or digit on either side. */
const WORD_TOKEN = /[\p{L}\d]+/gu;
/**
 * What a number takes glued after it, whole, as no word opens: an ordinal ("3інші", "3шісі"), a collective ("3еуі"), a
 * case ("3тен", "0ден", "3тің", "3ого", "3ими", "3ёх"). "3" before it is a number, never "З".
 */
const NUMBER_TAIL = /^(?:[ыі]?нш[ыі](?:с[ыі])?|ш[ыі]с[ыі]|[еа]?у[іы]|[дтн][еа]н|[дтн][ыі]ң|[дтн][еа]г[іы]|[ое]г?о|[ое]му|[ыи]ми|[ыи]х|[её]х|мя)$/iu;
/**
 * Short words a digit may open, each a word writers put first in a line or a vote: "За" (a vote's "«3а» – 10"), "Об" and
 * "От" ("0б итогах"), "Ол", "Осы", "Зал", "Заң". A shorter word of a digit is a number's ending ("3й", "3х", "0ге") or a
 * house number ("3а" of an address): kept as a number.
 */
const SHORT_WORDS = new Set(['об', 'от', 'ол', 'осы', 'зал', 'заң']);
/** What stands before a word that opens with a capital: the line's start, a stop, a colon, a slash, a bracket, a quote, an item's number. */
const CAPITAL_BEFORE = /(?:^|[.!?:;/(«"“—–-]|\d[.)])\s*$/u;
/** "За" counts as a word only as a vote's label: a dash, a colon or a count right after it ("3а – 10", "«3а»: 10", "3а 10"). */
const VOTE_LABEL_AFTER = /^[»"”']?\s*(?:[-–—:]|\d)/u;
/** Five characters or more, capitals (four at least) and the digits 0 and 3, parted by single spaces: a word spaced out ("П Р 0 Т 0 К 0 Л"). */
const SPACED_WORD = /(?<![\p{L}\d] ?)(?:[\p{Lu}03] ){4,}[\p{Lu}03](?! ?[\p{L}\d])/gu;
/**
 * "0" alone where a capital opens a line, a list's item or a sentence, before a word in the prepositional case: the
 * preposition "О" ("1. 0 ходе подготовки", "0 плане работы"). A count opening an item is a noun's genitive ("0 заседаний",
 * "0 обращений", "0 членов"), which this ending never is.
 */
const LONE_O = /(^\s*|(?:^|\s)\d{1,2}[.)]\s+|[.!?]\s+|«)0(?=\s+\p{Script=Cyrillic}*\p{Ll}(?:е|и|ах|ях|ом|ем|ых|их)(?![\p{L}\d]))/gu;

/**
 * Digits drawn as letters inside a word, as OCR reads a scan ("ПР0Т0К0Л", "С0ВЕТ", "3аседания", "0тырыстар",
 * "3аңды", "Пр0голосовали", "0тiнiштер" once its Latin i is і), and the preposition "0 ходе": read as the letters, so that
 * "3аседания" is never "3 аседания" and its 3 never a count. A word only: every other character a Cyrillic letter, no
 * two digits side by side ("30дан", "2026ж" are numbers), none last ("құрамында3" is a number glued on: spacedNumbers).
 * A digit opening the word opens a word of four letters or more whose rest is no number's ending ("3еуі", "3інші",
 * "3тен" stay), or one of SHORT_WORDS. The letter takes the word's case: capital in a word of capitals or opening a word
 * where a capital stands (CAPITAL_BEFORE), small elsewhere. One character for one, so columns stay and the quote is given back
 * as written (asWritten).
 */
export function readLetterLookalikes(line: string): string {
  if (!/[03]/u.test(line) || !/\p{Script=Cyrillic}/u.test(line)) return line;
  const words = line.replace(WORD_TOKEN, (token, at: number) => {
    if (!/[03]/u.test(token) || !/\p{L}/u.test(token)) return token;
    if (/[^03\p{Script=Cyrillic}]/u.test(token) || /\d\d/u.test(token) || /\d$/u.test(token)) return token;
    const letters = token.replace(/\d/gu, '');
    const whole = token.replace(/\d/gu, (d) => LETTER_OF[d]).toLowerCase();
    if (/^\d/u.test(token)) {
      const tail = token.slice(1).toLowerCase();
      const vote = whole === 'за' && VOTE_LABEL_AFTER.test(line.slice(at + token.length));
      if (!vote && !SHORT_WORDS.has(whole) && (whole.length < 4 || NUMBER_TAIL.test(tail))) return token;
    }
    // A capital in a word of capitals, or opening a word that opens a line, a sentence, an item, a label or a quote ("3а – 10"
    // after "Жақтап / ", "0тырыстар." at a line's start); small inside a sentence ("Кеңестің 2 0тырысы") and inside a word.
    const capitals = letters === letters.toUpperCase() && letters.length > 1;
    const opens = CAPITAL_BEFORE.test(line.slice(0, at));
    return [...token].map((c, k) => (c in LETTER_OF ? (capitals || (k === 0 && opens) ? LETTER_OF[c] : LETTER_OF[c].toLowerCase()) : c)).join('');
  });
  // A title spaced out letter by letter for emphasis ("П Р 0 Т 0 К 0 Л", "Х А Т Т А М А"): its digits among capitals are letters.
  const spaced = words.replace(SPACED_WORD, (run) => {
    const chars = run.split(' ');
    if (chars.filter((c) => /\p{Script=Cyrillic}/u.test(c)).length < 4 || chars.some((c) => /\p{L}/u.test(c) && !/\p{Script=Cyrillic}/u.test(c))) return run;
    if (chars.some((c, k) => k > 0 && /\d/u.test(c) && /\d/u.test(chars[k - 1]))) return run;
    return chars.map((c) => LETTER_OF[c] ?? c).join(' ');
  });
  return spaced.replace(LONE_O, '$1О');
}

/** A block of at least this many lines and letters, written twice one under the other, is a copy error. */
const REPEATED_LINES = 3;
const REPEATED_LETTERS = 150;

/**
 * A block of lines repeated word for word right under itself (blank lines between aside): the second copy blanked. A
 * short block ("Решение принято." / "Голосовали: единогласно.") repeats in any protocol and is no copy error.
 */
export function withoutRepeatedBlock(lines: string[]): string[] {
  const out = [...lines];
  const key = (l: string) => l.replace(/\s+/gu, ' ').trim();
  const text = out.map((l, k) => ({ k, l: key(l) })).filter((x) => x.l !== '');
  // Where each line's words stand again: a copy's first line is a later place of the block's first.
  const at = new Map<string, number[]>();
  text.forEach((x, p) => {
    const places = at.get(x.l);
    if (places) places.push(p);
    else at.set(x.l, [p]);
  });
  const gone = new Set<number>();
  for (let a = 0; a < text.length; a++) {
    if (gone.has(a) || (text[a].l.match(/\p{L}/gu) ?? []).length < 10) continue;
    for (const b of at.get(text[a].l) ?? []) {
      const n = b - a;
      if (n < REPEATED_LINES || b + n > text.length) continue;
      let same = true;
      for (let j = 1; j < n && same; j++) same = text[a + j].l === text[b + j].l && !gone.has(b + j);
      if (!same) continue;
      const letters = text.slice(a, b).reduce((sum, x) => sum + (x.l.match(/\p{L}/gu) ?? []).length, 0);
      if (letters < REPEATED_LETTERS) continue;
      for (let j = 0; j < n; j++) {
        gone.add(b + j);
        out[text[b + j].k] = '';
      }
      break;
    }
  }
  return out;
}

/**
 * A quote read off a repaired line given back as the document writes it ("«за» – 1l", "[удалено: 9] 8", "Oтcутcтвовали"):
 * the repair is for reading, the quote is the document's — nothing lost. A quote not holding the repaired line is kept.
 */
export function asWritten(quote: string, line: number, written: string[], repaired: string[]): string {
  const was = written[line - 1];
  const now = repaired[line - 1];
  if (was === undefined || now === undefined || was === now) return quote;
  const read = tidy(now);
  const as = tidy(was);
  const at = read === '' ? -1 : quote.indexOf(read);
  if (at >= 0) return `${quote.slice(0, at)}${as}${quote.slice(at + read.length)}`.slice(0, 300);
  // A quote of one sentence of the line ("Поступило 38 обращений."): the same span of the line as written, when the
  // repair kept every character in its place ("З8" → "38", a Latin "о" → "о"), not when it dropped text.
  const inLine = quote === '' ? -1 : read.indexOf(quote);
  return inLine >= 0 && as.length === read.length ? as.slice(inLine, inLine + quote.length) : quote;
}

/** How many lines a title or a name read from a line may run on over (a wrapped agenda item). */
const WORDS_RUN_ON = 3;

/**
 * A title, a name or a reason read off repaired lines given back with the words the document writes where OCR put a digit
 * for a letter ("3аседание", "0тчет", "П0ВЕСТКА"): the repair is for reading, what kenes stores and shows is the
 * document's (nothing lost). Only words of its own line and the few after it (a wrapped item), so a word the document
 * writes whole elsewhere stays whole there; a one-letter word ("0 ходе") is kept as read (no word of one letter is told
 * from another).
 */
export function asWrittenWords(written: string[], read: string[]): (text: string, line: number) => string {
  const byLine = read.map((now, k) => {
    const was = written[k];
    const words = new Map<string, string>();
    if (was === undefined || now === was || now.length !== was.length || !/[03]/u.test(was)) return words;
    for (const m of now.matchAll(/\p{L}+/gu)) {
      // Only the letters that were digits go back ("0тiнiштер" shows "0тініштер", its Latin i read as і kept as read):
      // a number whose letter was read as a digit ("2O25" read 2025) is no word, and shows as read.
      const token = [...m[0]].map((c, k) => (/[03]/u.test(was[m.index + k]) ? was[m.index + k] : c)).join('');
      if (m[0].length > 1 && token !== m[0]) words.set(m[0], token);
    }
    return words;
  });
  if (byLine.every((w) => w.size === 0)) return (text) => text;
  return (text, line) => {
    const near = byLine.slice(Math.max(0, line - 1), line + WORDS_RUN_ON);
    return text.replace(/\p{L}+/gu, (w) => near.find((m) => m.has(w))?.get(w) ?? w);
  };
}
