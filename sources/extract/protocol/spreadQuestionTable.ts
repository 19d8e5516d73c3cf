import { NAME_COLUMN } from './lexicon.ts';
import { NAME_WORD, INITIALS, re } from './re.ts';

/** A question's column heading inside a header line: "Вопрос 1", "Вопрос № 2", "1-мәселе", "2-сұрақ", "3 вопрос". */
const QUESTION_SOURCE = '(?:(?:вопрос|мәселе|сұрақ)\\s*№?\\s*\\d{1,2}|\\d{1,2}\\s*-?\\s*(?:вопрос|мәселе|сұрақ))(?![\\p{L}\\d])';
const QUESTION_HEADING = re(QUESTION_SOURCE, 'giu');
/** A cell that is a question's column heading and nothing else ("Вопрос 1", "2-мәселе", "Вопрос № 3:"). */
export const QUESTION_CELL = re(`^${QUESTION_SOURCE}\\s*[.:]?$`, 'iu');
/** A cell opening with a question's heading, something after it ("1-мәселе Қ": a PDF's header band run into one cell). */
export const QUESTION_PREFIX = re(`^(${QUESTION_SOURCE})\\s*[.:]?\\s+(\\S.*)$`, 'iu');
/** The header's start: the number's column ("№", "№ п/п") and the names' heading ("Ф.И.О. члена Совета", "Аты-жөні"). */
const HEADER_START = re(`^\\s*(?:(№|#|р/с)\\s*(?:п/п\\.?)?\\s+)?(${NAME_COLUMN}.*?)\\s*$`);
/** A row: its number, the member's name (a surname and initials, or a surname, a name and a patronymic), then its cells. */
const ROW = re(`^\\s*(\\d{1,3})[.)]?\\s+(${NAME_WORD}(?:\\s+(?:${INITIALS}|${NAME_WORD}(?:\\s+${NAME_WORD})?))?)(?=\\s)(.*)$`, 'u');

/**
 * A members' vote table whose PDF text lost the cells' borders of its header and of each row's first two columns: "№
 * Ф.И.О. члена Совета Вопрос 1 Вопрос 2 Вопрос 3" over "1 Жанабаев К.С.<tab>+<tab>+<tab>+" (or the marks a space apart). The
 * header is cut into its columns — the number's, the names', each question's — and each row into its number, its name and
 * one cell per question, tab apart, as a Word table's text is; the members' table reader then reads it. Only a header with
 * two questions or more and the names' heading, and only the rows under it that have a cell for each question, each cell
 * one short mark or word (no spaces): a row otherwise ends the table. Lines keep their number.
 */
export function spreadQuestionTables(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.includes('\t') || line.includes('|')) continue;
    const questions = [...line.matchAll(QUESTION_HEADING)];
    if (questions.length < 2) continue;
    const head = HEADER_START.exec(line.slice(0, questions[0].index));
    if (!head) continue;
    // The questions' headings follow each other to the line's end.
    const between = questions.map((q, k) => line.slice((q.index ?? 0) + q[0].length, questions[k + 1]?.index ?? line.length));
    if (between.some((b) => b.trim() !== '')) continue;
    const rows: { at: number; cells: string[] }[] = [];
    for (let j = i + 1; j < lines.length; j++) {
      if (lines[j].trim() === '' && rows.length === 0) continue;
      const row = ROW.exec(lines[j]);
      if (!row) break;
      const rest = row[3].trim();
      const cells = (rest.includes('\t') ? rest.split('\t') : rest.split(/\s+/u)).map((c) => c.trim());
      if (cells.length !== questions.length || cells.some((c) => c === '' || c.length > 12 || /\s/u.test(c))) break;
      rows.push({ at: j, cells: [row[1], row[2].trim(), ...cells] });
    }
    if (rows.length < 2) continue;
    out[i] = [head[1] ?? '№', head[2].trim(), ...questions.map((q) => q[0])].join('\t');
    for (const r of rows) out[r.at] = r.cells.join('\t');
    i = rows[rows.length - 1].at;
  }
  return out;
}
