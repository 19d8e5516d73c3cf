/**
 * A document typed into a template and left half-filled: the template's unfilled blanks and its own samples are no part
 * of what the document states. A blank ("___", "ХХ", "N", "[указать количество]", "(көрсетілсін)", "…", "........") is a
 * value nobody wrote: were it read, the readers would take the next number on the line for it ("диалоговых площадок – N,
 * семинаров – 2") or a placeholder row for a person or an item. A sample ("(мысалы, 4)", "(например: 15.03.20__ – …)",
 * "[Пример заполнения: …]", a line "Мысалы: «Мониторингтер | 3»", "Үлгі: …", "Образец: …") is the form's own example, never
 * a figure, an item or an activity, even beside the filled value ("Отырысқа қатысқандар саны: 9 (мысалы: 12 мүшенің 10-ы)").
 *
 * Both are blanked to spaces of their length (columns of a fixed-width table stay where they were); a field whose value
 * was only a blank is left with its label and no value, which states nothing; so is a field whose value is the form's word
 * for its blank ("толтырылмады", "не заполнено").
 */

/** The words that open a template's sample: "мысалы", "например", "үлгі", "образец", "пример (заполнения)". */
const SAMPLE_WORD = '(?:мысалы|например|үлгі|образец|пример(?:\\s+заполнения)?|толтыру\\s+үлгісі)';
/** A sample in brackets: "(мысалы, 4)", "(например: 15.03.20__ – мониторинг …)", "[Пример заполнения: 1. О …]", "(Үлгі: «…»)". */
const SAMPLE_BRACKET = new RegExp(`\\(\\s*${SAMPLE_WORD}(?![\\p{L}])[^()]*(?:\\([^()]*\\)[^()]*)*\\)|\\[\\s*${SAMPLE_WORD}(?![\\p{L}])[^\\[\\]]*\\]`, 'giu');
/**
 * A sample on a line of its own, from its word to the line's end: "Мысалы: «Мониторингтер | 3» – …", "Образец: «Заслушан
 * отчёт ____ …»", "Үлгі: …". Only with a colon after the word: "Мысалы, биыл …" opens a sentence of the text's own.
 */
const SAMPLE_TAIL = new RegExp(`(?<![\\p{L}])${SAMPLE_WORD}\\s*:.*$`, 'iu');

/**
 * The blanks: a run of underscores ("___", "«__» ________ 20__", "№ ___"); "ХХ"/"XX" or a Latin "N" standing for a number
 * (never "N 5", a number's sign, nor a Roman "XX ғасыр"); an instruction in square brackets with no digit ("[указать
 * количество]", "[Ф.И.О.]", "[количество комиссий]"); "(көрсетілсін)", "(указать)", "(лауазымы көрсетілсін)"; an ellipsis or
 * dots where a value goes (after a colon, a dash or a pipe, before the line's or the cell's end).
 */
const UNDERSCORES = /_{2,}/gu;
const LETTERS_FOR_NUMBER = /(?<![\p{L}\d])(?:[XХ]{2,3}|N)(?![\p{L}\d])(?!\s*\d)(?!\s+(?:ғасыр|век|съезд|сессия|сайлау|созыв|шақырылым)\p{L}*)/gu;
const INSTRUCTION_BRACKET = /\[[^\[\]\d]*\p{L}[^\[\]\d]*\]|\(\s*(?:[\p{L}\s]+\s)?(?:көрсетілсін|толтырылсын|указать|указывается|заполнить|нужное\s+подчеркнуть)\s*\)/giu;
const DOTS_AS_VALUE = /(?<=(?:^|[:|–—-])\s*)(?:…+|\.{3,})(?=\s*(?:[|;,]|$))/gu;
/**
 * "толтырылмады" / "не заполнено" standing as a field's or a cell's value ("Құрамдағы өзгерістер | толтырылмады", "Шешім:
 * толтырылмады", "ХХ | толтырылмады / не заполнено"): the form's word for its blank, blanked as the blank is — a table's
 * reader takes a word in a count's cell for a row it cannot read and drops the whole table. In a sentence ("кесте
 * толтырылмады") the words stay.
 */
const UNFILLED_WORD = '(?:толтырылмады|толтырылмаған|не\\s+заполнен[оа]?)';
const UNFILLED_AS_VALUE = new RegExp(`(?<=(?:^|[:|\\t–—-])\\s*)${UNFILLED_WORD}(?:\\s*/\\s*${UNFILLED_WORD})?(?=\\s*(?:[|;,.]|$))`, 'giu');
/** "кворум: имеется / не имеется (нужное подчеркнуть)": both choices of the form left standing state nothing. */

/** Spaces for the characters, tabs kept: a Word table's cells, one a line after a tab, stay cells. */
const blank = (s: string) => s.replace(/[^\t]/gu, ' ');

/** A line with the template's blanks and samples blanked to spaces; a line with none returned as it is. */
export function withoutTemplateBlanks(line: string): string {
  if (!/[_XХN\[(….]|мысалы|например|үлгі|образец|пример|толтырылма|заполнен/iu.test(line)) return line;
  const blanked = line
    .replace(SAMPLE_BRACKET, blank)
    .replace(SAMPLE_TAIL, blank)
    .replace(INSTRUCTION_BRACKET, blank)
    .replace(UNDERSCORES, blank)
    .replace(LETTERS_FOR_NUMBER, blank)
    .replace(DOTS_AS_VALUE, blank)
    .replace(UNFILLED_AS_VALUE, blank);
  // An empty slot of a numbered list ("4. ______", "11) ______", "3. (көрсетілсін)") is no item: its number goes too, else
  // a reader joins the bare number to the next line as an item of its own.
  return blanked !== line && EMPTY_SLOT.test(blanked) ? blank(line) : blanked;
}

const EMPTY_SLOT = /^\s*\d{1,2}(?:\.\d{1,2})*[.)]\s*[,;:]?\s*$/u;

/** A document's lines, each without its template blanks and samples (line numbers kept). */
export function withoutTemplateBlankLines(lines: string[]): string[] {
  return lines.map(withoutTemplateBlanks);
}
