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

/**
 * The words that open a template's sample. "үлгі", "образец", "пример заполнения", "толтыру үлгісі" are the template's own
 * words; "мысалы" / "например" open an author's real examples as often ("Мониторингтер, мысалы: 22.04.2025 – …"), so with
 * them a sample is one only when it holds a blank ("(например: 15.03.20__ – …)") or stands at a field's value ("Кеңес
 * отырыстарының саны (мысалы, 4): 3", "Қатысқаны: 9 (мысалы: 12 мүшенің 10-ы)").
 */
const TEMPLATE_WORD = '(?:үлгі|образец|пример\\s+заполнения|толтыру\\s+үлгісі)';
const EXAMPLE_WORD = '(?:мысалы|например)';
const bracketOf = (word: string) => new RegExp(`\\(\\s*${word}(?![\\p{L}])[^()]*(?:\\([^()]*\\)[^()]*)*\\)|\\[\\s*${word}(?![\\p{L}])[^\\[\\]]*\\]`, 'giu');
const TEMPLATE_BRACKET = bracketOf(TEMPLATE_WORD);
const EXAMPLE_BRACKET = bracketOf(EXAMPLE_WORD);
/** A sample on a line from its word to the line's end, with a colon after the word ("Образец: «Заслушан отчёт ____ …»"). */
const TEMPLATE_TAIL = new RegExp(`(?<![\\p{L}])${TEMPLATE_WORD}\\s*:.*$`, 'iu');
const EXAMPLE_TAIL = new RegExp(`(?<![\\p{L}])${EXAMPLE_WORD}\\s*:.*$`, 'iu');
/** A blank inside a sample: underscores, an ellipsis, "ХХ". */
const HOLDS_BLANK = /_{2,}|…|\.{3}|(?<![\p{L}])[XХ]{2}(?![\p{L}])/u;

/**
 * The blanks: a run of underscores where a value goes ("№ ___", "«__»", "20__", "сайт – ___", "___ заседаний президиума"),
 * never one before a name or a count (a signature's line "Председатель ________ Б. Омаров", a dot leader "Семинары ______
 * 3"); "ХХ"/"XX" or a Latin "N" standing for a number (never "N 5", a number's sign, nor a Roman "XX ғасыр"); an
 * instruction in square brackets ("[указать количество]", "[Ф.И.О.]", "[количество комиссий]" — never a checkbox "[x]" nor
 * a link's "[[…]]"); "(көрсетілсін)", "(указать)", "(лауазымы көрсетілсін)"; an ellipsis or dots where a value goes (after a
 * colon, a dash or a pipe, before the line's or the cell's end).
 */
const UNDERSCORES = /_{2,}(?!\s*[\d\p{Lu}_])/gu;
const LETTERS_FOR_NUMBER = /(?<![\p{L}\d])(?:[XХ]{2,3}|N)(?![\p{L}\d])(?!\s*\d)(?!\s+(?:ғасыр|век|съезд|сессия|сайлау|созыв|шақырылым)\p{L}*)/gu;
const INSTRUCTION_BRACKET = /(?<!\[)\[\s*(?:указать|укажите|указывается|вписать|заполнить|при\s+необходимости|количество|наименование|ф\.\s?и\.\s?о|должность|дата|көрсетіңіз|көрсетілсін|толтырыңыз|саны|атауы|аты-жөні|лауазымы)(?![\p{L}])[^\[\]]*\](?!\])|\(\s*(?:[\p{L}\s]+\s)?(?:көрсетілсін|толтырылсын|указать|указывается|заполнить|нужное\s+подчеркнуть)\s*\)/giu;
const DOTS_AS_VALUE = /(?<=(?:^|[:|–—-])\s*)(?:…+|\.{3,})(?=\s*(?:[|;,]|$))/gu;
/**
 * "толтырылмады" / "не заполнено" standing as a field's or a cell's value ("Құрамдағы өзгерістер | толтырылмады", "Шешім:
 * толтырылмады", "ХХ | толтырылмады / не заполнено"): the form's word for its blank, blanked as the blank is — a table's
 * reader takes a word in a count's cell for a row it cannot read and drops the whole table. In a sentence ("кесте
 * толтырылмады") the words stay.
 */
const UNFILLED_WORD = '(?:толтырылмады|толтырылмаған|не\\s+заполнен[оа]?)';
const UNFILLED_AS_VALUE = new RegExp(`(?<=(?:^|[:|\\t–—-])\\s*)${UNFILLED_WORD}(?:\\s*/\\s*${UNFILLED_WORD})?(?=\\s*(?:[|;,.]|$))`, 'giu');

/** Spaces for the characters, tabs kept: a Word table's cells, one a line after a tab, stay cells. */
const blank = (s: string) => s.replace(/[^\t]/gu, ' ');

/** A line with the template's blanks and samples blanked to spaces; a line with none returned as it is. */
export function withoutTemplateBlanks(line: string): string {
  if (!/[_XХN\[(….]|мысалы|например|үлгі|образец|толтырылма|заполнен/iu.test(line)) return line;
  // A line of underscores alone is a rule (a footnotes' separator, a document's end), no blank of a value; a Word
  // table's cell of underscores ("\t___") is one.
  if (RULE_LINE.test(line)) return line;
  const blanked = line
    .replace(TEMPLATE_BRACKET, blank)
    .replace(EXAMPLE_BRACKET, (b, at: number) => (HOLDS_BLANK.test(b) || atFieldValue(line, at, b.length) ? blank(b) : b))
    .replace(TEMPLATE_TAIL, blank)
    .replace(EXAMPLE_TAIL, (t) => (HOLDS_BLANK.test(t) ? blank(t) : t))
    .replace(INSTRUCTION_BRACKET, blank)
    .replace(UNDERSCORES, blank)
    .replace(LETTERS_FOR_NUMBER, blank)
    .replace(DOTS_AS_VALUE, blank)
    .replace(UNFILLED_AS_VALUE, blank);
  // An empty slot of a numbered list ("4. ______", "11) ______", "3. (көрсетілсін)") is no item: its number goes too, else
  // a reader joins the bare number to the next line as an item of its own.
  return blanked !== line && EMPTY_SLOT.test(blanked) ? blank(line) : blanked;
}

const RULE_LINE = /^[ _]*_{3,}[ _]*$/u;
const EMPTY_SLOT = /^\s*\d{1,2}(?:\.\d{1,2})*[.)]\s*[,;:]?\s*$/u;

/** A bracket at a field's value: right before the field's colon and its count, or right after "label: count". */
function atFieldValue(line: string, at: number, length: number): boolean {
  return /^\s*:\s*\d/u.test(line.slice(at + length)) || /[:|–—-]\s*\d{1,4}\s*$/u.test(line.slice(0, at));
}

/** A document's lines, each without its template blanks and samples (line numbers kept). */
export function withoutTemplateBlankLines(lines: string[]): string[] {
  return lines.map(withoutTemplateBlanks);
}
