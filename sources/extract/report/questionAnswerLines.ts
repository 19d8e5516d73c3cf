import { answerAsStatement } from '../formAnswer.ts';
import { SAYS_NONE } from './noneHeldVerbs.ts';
import { wordCellTables } from './wordCellTable.ts';

/**
 * A questionnaire that names its questions and answers: "Сұрақ 6. Кеңес отырыстарының саны." over "Жауап: 6", "Вопрос 5.
 * Количество постоянных комиссий?" over "Ответ: 3", "3-сұрақ: …" over "Жауабы: 15 / 6". A short answer — a count (a note in
 * brackets after it, however many lines it runs on), a slash group of counts, a none in words ("өткізілген жоқ", "не
 * проводились") — counts what its question names, which no reader of one line can see: the pair is set as a numbered
 * question over its bare answer ("6. Кеңес отырыстарының саны:" / "6"), the shape report/joinValueLines.ts reads as one
 * field, line for line. An answer in words ("Жауап: 5 есеп тыңдалды, оның ішінде …", "Жауап: кеңес ережесінде президиум
 * қарастырылмаған") says itself what it counts and is left as typed; so is a question whose answer is not right under it.
 */
export function asNumberedQuestions(source: string[]): string[] {
  const lines = [...source];
  for (let i = 0; i < lines.length; i++) {
    const q = QUESTION.exec(lines[i]);
    if (q === null) continue;
    // The question may wrap onto a second line; its answer opens the line after it.
    const at = ANSWER.test(lines[i + 1] ?? '') ? i + 1 : ANSWER.test(lines[i + 2] ?? '') && (lines[i + 1] ?? '').trim() !== '' && !QUESTION.test(lines[i + 1]) ? i + 2 : -1;
    if (at < 0) continue;
    const answer = ANSWER.exec(lines[at])![1].trim();
    // The answer's lines: to a blank line, a note ("Ескерту:", "Примечание:") or the next question; a bracket opened on
    // the first line may close on the next ("2 (… 5 маусым; қоқыс шығару" / "тарифі – 2025 жылғы 10 қазан).").
    let end = at;
    while (end + 1 < lines.length && end - at < 2 && lines[end + 1].trim() !== '' && !QUESTION.test(lines[end + 1]) && !NOTE.test(lines[end + 1])) end++;
    const text = lines.slice(at, end + 1).map((l, k) => (k === 0 ? answer : l.trim())).join(' ');
    if (!SHORT.test(text) && !SAYS_NONE.test(text)) {
      // An answer that runs on in words ("Жауап: 11 (он бір): … – 8, … – 3.", "Ответ: 3: руководителей …"): the question and
      // the answer's first line said as their statement on the answer's line (formAnswer.ts answerAsStatement), the
      // answer's further lines as typed; the question's lines blanked. An answer in words of its own is left as typed.
      const question = [q[2], ...lines.slice(i + 1, at).map((l) => l.trim())].join(' ');
      const said = answerAsStatement(question, answer);
      if (said === null) continue;
      for (let k = i; k < at; k++) lines[k] = '';
      lines[at] = `${q[1]}. ${said}`;
      i = at;
      continue;
    }
    const question = [q[2], ...lines.slice(i + 1, at).map((l) => l.trim())].join(' ').replace(/\s*[.?:]?\s*$/u, '');
    // The question stands right over its answer (a wrapped question's first line blanked), as joinValueLines reads a field.
    for (let k = i; k < at - 1; k++) lines[k] = '';
    lines[at - 1] = `${q[1]}. ${question}:`;
    lines[at] = lines[at].replace(ANSWER, '$1');
    i = end;
  }
  return lines;
}

/**
 * A question's opening: "Сұрақ 6.", "Сұрақ № 6:", "6-сұрақ.", "Вопрос 6.", "Вопрос №6 –", "Вопрос 6)"; its words after it.
 * (1) its number, (2) its words.
 */
const QUESTION_FIRST = /^\s*(?:сұрақ|вопрос)\s*№?\s*(\d{1,2})\s*[.:)–—-]?\s+(\p{L}.{2,200})$/iu;
const NUMBER_FIRST = /^\s*(\d{1,2})\s*-\s*сұрақ\s*[.:)–—-]?\s+(\p{L}.{2,200})$/iu;
const QUESTION = { exec: (line: string) => QUESTION_FIRST.exec(line) ?? NUMBER_FIRST.exec(line), test: (line: string) => QUESTION_FIRST.test(line) || NUMBER_FIRST.test(line) };
/** An answer's opening: "Жауап:", "Жауабы –", "Ответ:", "Ответ –"; (1) what follows. */
const ANSWER = /^\s*(?:жауап|жауабы|ответ)\s*[:–—-]\s*(.*)$/iu;
/** A note under an answer: "Ескерту:", "Примечание:", "Справочно:". */
const NOTE = /^\s*(?:ескерту|ескертпе|примечание|справочно)\s*[:.–—-]/iu;
/** A short answer: a count with its note in brackets, or a slash group of counts ("15 / 6", "9 / 7 / 2"). */
const SHORT = /^(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d{1,4})(?:\s*\([^()]*\))?(?:\s*\/\s*(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d{1,4}))*\s*[.;]?$/u;

/**
 * A form's field answered on its line ("19. Жарияланымдар / Публикации: 33", "7. Заседания комиссий: 12", a post's "•
 * Жарияланымдар саны — 96") over its breakdown set in under it, parts and counts only ("    Instagram – 18; Facebook – 9;
 * әкімдік сайты – 6.", "    социальная – 5, экономическая – 4, правовая – 3", "   Telegram — 52 | Instagram — 30"): the parts are the field's, as "Жарияланымдар – 33: Instagram – 18; …" tells
 * them, which no reader of the set-in line alone can see. Joined on the field's line, the breakdown's line blanked. A line
 * set in that says more than parts and counts (a note, a sentence) is left as typed.
 */
export function withBreakdownsJoined(source: string[]): string[] {
  const lines = [...source];
  for (let i = 0; i + 1 < lines.length; i++) {
    const field = FIELD_WITH_COUNT.exec(lines[i]);
    const next = lines[i + 1];
    if (field === null || indentOf(next) < indentOf(lines[i]) + 2 || !PARTS_ONLY.test(next.trim()) || (lines[i + 2] ?? '').trim() !== '' && indentOf(lines[i + 2]) > indentOf(lines[i])) continue;
    lines[i] = `${field[1]}${field[2].trim()} – ${field[3]}: ${next.trim()}`;
    lines[i + 1] = '';
    i++;
  }
  return lines;
}

const indentOf = (line: string): number => /^\s*/u.exec(line)?.[0].length ?? 0;
/**
 * A numbered or bulleted field answered by a count on its line, after a colon or a dash ("7. Заседания комиссий: 12", "•
 * Жарияланымдар саны — 96", a post's "▪️ Публикаций – 96"): (1) its number or bullet, (2) its label, (3) the count.
 */
const FIELD_WITH_COUNT = /^(\s*(?:\d{1,2}[.)]|[•▪◦*]\uFE0F?|\p{Extended_Pictographic}\uFE0F?)\s+)(\p{L}[^:–—\d]{2,120}?)(?::|\s[–—-])\s*(\d{1,4})\s*[.;]?\s*$/u;
/**
 * Parts and their counts only, two at least, apart by a semicolon, a comma, a bar or a middle dot: "Instagram – 18;
 * Facebook – 9; әкімдік сайты – 6.", "Telegram — 52 | Instagram — 30 | әкімдік сайты — 14".
 */
const PARTS_ONLY = /^(?:\p{L}[^–—:;,|·\d]{0,40}?\s[–—-]\s\d{1,4}\s*[;,|·]\s*)+\p{L}[^–—:;,|·\d]{0,40}?\s[–—-]\s\d{1,4}\s*[.;]?$/u;

/**
 * A questionnaire answered on the question's line: "4. Сколько заседаний провёл Совет за отчётный период? — 3 (три).",
 * "12-сұрақ. Өтініштер түсті ме? – Иә, 9." — the numbered question, its mark, a dash and the answer: said as their
 * statement (formAnswer.ts answerAsStatement) on the line, the answer's words wrapped onto the next lines left as typed.
 */
export function sameLineAnswers(source: string[]): string[] {
  return source.map((line) => {
    const m = SAME_LINE.exec(line);
    if (m === null) return line;
    const said = answerAsStatement(m[2], m[3]);
    return said === null ? line : `${m[1]}${said}`;
  });
}
const SAME_LINE = /^(\s*\d{1,2}(?:\.\d{1,2})?[.)]\s+)(\p{L}[^?]{2,200}?)\?\s*[—–-]\s+(\S.*)$/u;

/**
 * A questionnaire as a table of a row per question — "№ | Вопрос | Ответ (9 месяцев 2026 г.) | Справочно: 9 месяцев
 * 2025 г.", "№ | Сұрақ | Жауап (2026 ж. III тоқсан) | Салыстыру: 2025 ж. III тоқсан" — a Word table read cell by cell or
 * a table of tab rows (a PDF's text layer). Only the ANSWER column states the period's counts (a comparison column is last
 * year's): each row said as its question and answer make one statement ("5. 5 заседаний Совета проведено за отчётный
 * период, в т.ч. одно выездное", "3. Тұрақты комиссиялар саны – 2"), at the row's line; a row whose answer states no count
 * of its own (an answer in words, "иә" alone) gives an empty line, and so do the header and the other columns. A row of
 * tab cells one short of the header is its number and its question in one cell ("10. Дөңгелек үстелдер\tжоқ\t1").
 */
export function questionTablesAsStatements(source: string[]): string[] {
  const lines = [...source];
  for (const t of wordCellTables(source)) {
    const columns = questionColumns(t.cells[0] ?? []);
    if (columns === null) continue;
    for (let k = t.start; k <= t.end; k++) lines[k] = '';
    t.rows.forEach((row, r) => {
      if (r === 0) return;
      const cells = t.cells[r];
      const said = answerAsStatement(cells[columns.question] ?? '', cells[columns.answer] ?? '');
      if (said !== null) lines[row.at] = `${columns.question > 0 ? `${rowNumber(cells[0])} ` : ''}${ended(said)}`;
    });
  }
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].includes('\t')) continue;
    const header = lines[i].split('\t').map((c) => c.trim());
    const columns = questionColumns(header);
    if (columns === null || columns.question === 0) continue;
    let j = i + 1;
    const rows: { at: number; no: string; question: string; answer: string }[] = [];
    for (; j < lines.length && lines[j].includes('\t'); j++) {
      let cells = lines[j].split('\t').map((c) => c.trim());
      const joined = cells.length === header.length - 1 ? /^(\d{1,2}(?:\.\d{1,2})*\.?)\s+(\p{L}.*)$/u.exec(cells[0]) : null;
      if (joined) cells = [joined[1], joined[2], ...cells.slice(1)];
      if (cells.length !== header.length || !/^\d{1,2}(?:\.\d{1,2})*\.?$/u.test(cells[0])) break;
      rows.push({ at: j, no: cells[0], question: cells[columns.question], answer: cells[columns.answer] });
    }
    if (rows.length < 2) continue;
    lines[i] = '';
    for (const row of rows) {
      const said = answerAsStatement(row.question, row.answer);
      lines[row.at] = said === null ? '' : `${rowNumber(row.no)} ${ended(said)}`;
    }
    i = j - 1;
  }
  return lines;
}

/** A row's statement closed with a stop: the rows stand line under line, each its own sentence (readSlashGroups reads a group alone on its line after a stop or a semicolon). */
// (A slash group closed with a semicolon: readSlashGroups takes a stop right after its last count for a decimal's.)
const ended = (said: string): string => (/[.;!?]\s*$/u.test(said) ? said : /\d\s*\/\s*\d+$/u.test(said) ? `${said};` : `${said}.`);
/** A row's number as a list item's: "1" → "1.", "1)" → "1.", "1.1" and "1." as they are. */
const rowNumber = (no: string): string => (/\)$/u.test(no) ? no.replace(/\)$/u, '.') : /\./u.test(no) ? no : `${no}.`);

/** The question's and the answer's columns of a questionnaire table's header; null when it names no such two. */
function questionColumns(header: string[]): { question: number; answer: number } | null {
  const question = header.findIndex((c) => /^(?:вопрос|сұрақ|сауал)(?![\p{L}])/iu.test(c.trim()));
  const answer = header.findIndex((c) => /^(?:ответ|жауап)(?![\p{L}])/iu.test(c.trim()));
  return question < 0 || answer < 0 || answer === question ? null : { question, answer };
}
