import { parseCount } from '../parseCount.ts';
import type { MetricId, ReportFigure } from '../types.ts';
import { metricOfRow } from './tableRowLexicon.ts';

/**
 * A questionnaire's numbered question on a line of its own, ending with a colon, and its bare answer on the next
 * line ("4. Проведено заседаний общественного совета:" / "2 (23.07.2025 – выездное; 17.09.2025)", "1.1. из них
 * представителей гражданского общества:" / "17", "3. Кеңес отырыстарының саны:" / "4"), as a form pasted into a
 * letter is. A bare count (a bracketed note after it allowed) is the question's row figure, named by tableRowLexicon
 * (the verb before the noun taken off; a sub-question "7.1." named under its question "7."'s metric); the two lines
 * become one sentence on the question's line ("Проведено заседаний общественного совета – 2."). Any other answer
 * ("15 / 13 / 2", "не проводились", "около 60") is joined to its
 * question on the question's line ("…: не проводились"), so the slash groups, the grammar and its doubts read the
 * question's words with it; a dash or an empty answer says nothing (a "-" may be none or no data). Lines in place.
 */
export function readQuestionAnswers(lines: string[], rowFigures: ReportFigure[]): void {
  const metrics = new Map<string, MetricId | null>();
  for (let i = 0; i + 1 < lines.length; i++) {
    const q = QUESTION.exec(lines[i]);
    const answer = lines[i + 1]?.trim() ?? '';
    if (!q || answer === '' || QUESTION.exec(lines[i + 1]) || !isAnswer(answer) || PLAN.test(q[2])) continue;
    const [, number, label] = q;
    const parentNo = number.includes('.') ? number.slice(0, number.lastIndexOf('.')) : null;
    const parent = parentNo === null ? null : (metrics.get(parentNo) ?? null);
    const words = label.replace(VERB, '').trim();
    const metric = metricOfRow(words, parent);
    metrics.set(number, metric);
    lines[i + 1] = '';
    if (/^[-–—]$/u.test(answer)) {
      lines[i] = '';
      continue;
    }
    const count = COUNT.exec(answer);
    if (count && metric !== null) {
      const value = parseCount(count[1])!;
      lines[i] = `${words} – ${value}.`;
      rowFigures.push({ metric, value, line: i + 1, text: `${label}: ${answer}` });
      continue;
    }
    lines[i] = `${lines[i].trim()} ${answer}`;
    i++;
  }
}

/** "1.", "1.1.", "12)", then the question, ending with a colon, no sentence's end inside it (an abbreviation's point is none: "в т.ч."). */
const QUESTION = /^\s*(\d{1,2}(?:\.\d{1,2})*)[.)]?\s+(\p{L}(?:[^.!?]|\.(?!\s+\p{Lu}))*?)\s*:\s*$/u;
/** The verb a question opens with: "Проведено", "Количество", "Рассмотрено", "Поступило", "Направлено", "Өткізілген". */
const VERB = /^(?:проведено|рассмотрено|поступило|направлено|өткізілген|өткізілді|қаралды|түскен)\s+/iu;
/** A bare count with a note in brackets: "25", "2 (23.07.2025 – выездное)", "1 (аким г. Темиртау, 23.07.2025)". */
const COUNT = /^(\d{1,3}(?:[ \u00a0]\d{3})+|\d{1,4})(?:\s*\([^()]*\))?\s*[.;]?$/u;

/**
 * A short answer: a count, maybe with a closed bracket after it; a slash group ("15 / 13 / 2"); a dash; a few words
 * ("не проводились", "около 60", "см. п. 12 (все)"). A sentence, or a count whose bracket runs on, is no bare answer.
 */
function isAnswer(text: string): boolean {
  if (text.length > 80 || /:\s*$/u.test(text) || (text.match(/\(/gu) ?? []).length !== (text.match(/\)/gu) ?? []).length) return false;
  return COUNT.test(text) || /^\d+(?:\s*\/\s*\d+){1,5}\s*[.;]?$/u.test(text) || /^[-–—]$/u.test(text) || (!/\d/u.test(text) && text.split(/\s+/u).length <= 4) || /^(?:около|более|свыше|порядка|примерно|шамамен)\s+\d+\s*[.;]?$/iu.test(text);
}

/** A question about plans ahead ("13. План на 2 полугодие:", "Алдағы міндеттер:"): its answer is planned; left as it is. */
const PLAN = /план|жоспар|задач|міндет|предстоящ|алдағы/iu;
