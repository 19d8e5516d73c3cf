import { tidy } from '../toLines.ts';
import { activityTypeOf } from './activityLexicon.ts';

/** A note's mark opening its line: a superscript, one to three stars, a bracketed number. */
const NOTE_OPENING = /^\s*([⁰¹²³⁴⁵⁶⁷⁸⁹]+|\*{1,3}|\[\d{1,2}\])\s*(?:[-–—:]\s*)?(?=\p{L}|\d{1,2}\.\d{1,2}\.\d{4})/u;
/** The words that open a note of the marked count's parts: "оның ішінде 3 бөлімнің …", "в т.ч. 2 – …", "из них 3 …". */
const PARTS = /^(?:оның\s+ішінде|олардың\s+ішінде|в\s+т\.\s?ч\.|в\s+том\s+числе|из\s+них)(?![\p{L}])/iu;
/** The words that open a note of one of the marked events: "біреуі көшпелі (…, 30.07.2026)", "одно из них – выездное (…)". */
const ONE_OF = /^(?:оның\s+)?(?:біреуі|бірі)(?![\p{L}])|^(?:один|одно|одна)\s+из\s+них(?![\p{L}])/iu;
/** A full date of a day: "30.07.2026". */
const FULL_DATE = /(?<![\d.])\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}(?![\d.])/gu;
/** A note opening with the day its count is as of: "по состоянию на 30.09.2026 …", "30.09.2026 жағдай бойынша …". */
const AS_OF = /^(?:по\s+состоянию\s+на\s+(\d{1,2}\.\d{1,2}\.\d{4})|(\d{1,2}\.\d{1,2}\.\d{4})\s*(?:ж\.\s*)?(?:жағдай\s+бойынша|жағдайы\s+бойынша))(?![\p{L}\d])/iu;
const isoOf = (date: string) => {
  const [d, m, y] = date.split('.');
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
};
/** Another year named in a note: its parts are that year's. */
const YEAR = /(?<![\d.])(?:19|20)\d{2}(?:\s*(?:ж|г)\.|\s+(?:жыл|год))/iu;

/**
 * A note that says what the count it marks is made of, rewritten as that count's sentence, so the readers of parts read it
 * as in any sentence: "Есептерді тыңдау | 4² | 3" and "² оның ішінде 3 бөлімнің және 1 ведомстволық бағынысты ұйымның
 * есебі." → "Есептерді тыңдау – 4, оның ішінде 3 бөлімнің және 1 ведомстволық бағынысты ұйымның есебі."; "Қоғамдық
 * тыңдаулар | 2* | 1" and "* біреуі көшпелі (Қызылсай ауылы, 30.07.2026)." → "Қоғамдық тыңдаулар: 30.07.2026 – көшпелі
 * (Қызылсай ауылы)." (the one event the note dates, of the row's kind). Only the note's first sentence (one that goes on
 * with another year's figure is left after it); a note that qualifies or restricts ("с учётом 1 выездного", "без учёта 3
 * перенаправленных"), names another year, or marks no count of a row: null, and the note is blanked as any.
 */
export function sentenceOfNote(lines: string[], i: number, periodEnd: string | null = null): string | null {
  const opening = NOTE_OPENING.exec(lines[i]);
  if (opening === null) return null;
  const mark = opening[1];
  const first = firstSentence(lines[i].slice(opening[0].length));
  if (YEAR.test(first)) return null;
  const row = markedRow(lines, mark, i);
  if (row === null) return null;
  // A split into two parts or more ("3 бөлімнің және 1 … ұйымның"); one part ("в т.ч. 1 выездное заседание") qualifies the
  // count, no breakdown to read: blanked as a note.
  if (PARTS.test(first)) return (first.match(/(?<![\d.,])\d{1,4}(?![\d.,]\d)/gu) ?? []).length >= 2 ? `${row.sentence}, ${first}.` : null;
  // "** по состоянию на 30.09.2026 получены ответы на 7 писем." under "направлено 9 писем**": a count the text lacks, as of
  // the period's last day — the marked sentence's. As of another day (after the period: "на 15.10.2026"), nothing.
  const asOf = AS_OF.exec(first);
  // The note alone, which names what it counts ("ответы на 7 писем"): the marked sentence's own count is read there already.
  if (asOf !== null) return periodEnd !== null && isoOf(asOf[1] ?? asOf[2]) === periodEnd ? `${first[0].toUpperCase()}${first.slice(1)}.` : null;
  const one = ONE_OF.exec(first);
  if (one === null || row.label === null || activityTypeOf(row.label) === null) return null;
  const dates = first.match(FULL_DATE) ?? [];
  if (dates.length !== 1) return null;
  const rest = tidy(first.slice(one[0].length).replace(dates[0], '').replace(/\(\s*[,;]\s*/u, '(').replace(/\s*[,;]\s*\)/u, ')').replace(/\(\s*\)/u, '').replace(/^[\s,–—-]+/u, ''));
  return `${row.label}: ${dates[0]} – ${rest || row.label}.`;
}

/** The note's text up to its first sentence's stop (a stop after a digit's date or an initial is no end). */
function firstSentence(text: string): string {
  const end = /\.(?=\s+\p{Lu}|\s*$)/u.exec(text);
  return tidy(end === null ? text : text.slice(0, end.index));
}

/**
 * The row whose count carries the mark, above the note: a table's row ("Есептерді тыңдау | 4² | 3") as "label – count"
 * with its label; a sentence that carries it ("В Совет поступило 14² обращений.", "3 есеп тыңдалды²") as that sentence,
 * the mark taken out, and no label. Null when nothing above carries the mark.
 */
function markedRow(lines: string[], mark: string, before: number): { sentence: string; label: string | null } | null {
  const escaped = mark.replace(/[*[\]]/gu, '\\$&');
  const glued = new RegExp(`(?<=[\\p{L}\\d)»])\\s?${escaped}(?![*⁰¹²³⁴⁵⁶⁷⁸⁹])`, 'u');
  for (let k = 0; k < before; k++) {
    if (NOTE_OPENING.test(lines[k])) continue;
    const m = glued.exec(lines[k]);
    if (m === null) continue;
    if (/[|\t]/u.test(lines[k])) {
      const cells = lines[k].split(/\s*[|\t]\s*/u).map((c) => c.trim());
      const label = cells.find((c) => /\p{L}/u.test(c));
      const value = /^(\d{1,4})\s?$/u.exec(cells.find((c) => glued.test(c))?.replace(glued, '') ?? '');
      if (!label || value === null) return null;
      const bare = label.replace(/\s*\([^()]*\)\s*$/u, '');
      return { sentence: `${bare} – ${value[1]}`, label: bare };
    }
    const text = lines[k].replace(glued, '');
    const at = m.index;
    const start = Math.max(text.lastIndexOf('. ', at - 1), text.lastIndexOf('; ', at - 1)) + 1;
    const end = /[.;](?=\s|$)/u.exec(text.slice(at));
    const sentence = tidy(text.slice(start, end === null ? undefined : at + end.index));
    return /\p{L}/u.test(sentence) && /\d/u.test(sentence) ? { sentence, label: null } : null;
  }
  return null;
}
