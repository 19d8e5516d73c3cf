import { SAYS_NONE } from './noneHeldVerbs.ts';

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
    if (!SHORT.test(text) && !SAYS_NONE.test(text)) continue;
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
