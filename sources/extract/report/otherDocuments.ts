import { isSignatureLine, pastSignatures } from '../signatureLine.ts';
import { readPeriod, yearsOf } from './readPeriod.ts';

/**
 * Words that make what follows a report another document: a plan ("ЖҰМЫС ЖОСПАРЫ", "план работы"), a reference or a
 * comparison ("Приложение (справочно)", "для сравнения", "салыстыру үшін"), another report ("ОТЧЁТ", "ИНФОРМАЦИЯ", "ЕСЕП",
 * "АҚПАРАТ", "из информации"), an appendix's label, the year before ("прошлого года", "өткен жылғы").
 */
const OTHER_DOCUMENT = /(?<![\p{L}])(?:жоспар[\p{L}]*|план[\p{L}]*|справочн[\p{L}]*|для\s+(?:сравнения|справки)|сравнени[\p{L}]*|салыстыр[\p{L}]*|анықтама[\p{L}]*|приложени[\p{L}]*|қосымша[\p{L}]*|отч[её]т[\p{L}]*|информаци[\p{L}]*|есеп[\p{L}]*|ақпарат[\p{L}]*|прошл[\p{L}]*|предыдущ[\p{L}]*|өткен\s+жыл[\p{L}]*|былтыр[\p{L}]*)(?![\p{L}])/iu;
/** Words that introduce a quotation of another report: "… ақпараттан үзінді келтіреміз:", "из отчёта за прошлый год:". */
const QUOTES_OTHER = /(?<![\p{L}])(?:үзінді[\p{L}]*|выписк[\p{L}]*|цитат[\p{L}]*|салыстыр[\p{L}]*|сравнени[\p{L}]*|прошл[\p{L}]*|предыдущ[\p{L}]*|өткен\s+жыл[\p{L}]*|былтыр[\p{L}]*|справочн[\p{L}]*)(?![\p{L}])/iu;
const YEAR = /(?<!\d)(20\d\d)(?!\d)/gu;
/** How many lines after the signature may name the other document (a label, a note, its heading, its period). */
const WINDOW = 5;
/** How many lines with a number must stand above a signature for it to close the report. */
const FIGURE_LINES = 3;
const OPEN_QUOTE = '«“„';
const CLOSE_QUOTE = '»”';

/**
 * A report's file may hold more than the report: last year's report appended after the signature ("Приложение (для
 * сравнения)" / "ОТЧЁТ … за 9 месяцев 2025 года"), last year's table "справочно", the council's plan for the months or the
 * year to come ("* * *" / "КЕҢЕСТІҢ … 2027 ЖЫЛҒА ЖОСПАРЫ"), or last year's report quoted in «…» ("Салыстыру үшін өткен
 * жылғы ақпараттан үзінді келтіреміз: «2025 жылғы қараша айында …»"). Their counts and dates are another period's or not
 * yet done: the report's figures are its own only. After a signature, what names another document and another year than
 * the report's (read from the text above the signature) is blanked to the file's end; a quotation a comparison or another
 * year introduces is blanked from its mark to its closing mark. Lines are kept at their numbers. With no period read,
 * nothing is blanked: another year cannot be told.
 */
export function blankOtherDocuments(lines: string[], defaultYear: number | undefined): string[] {
  const period = readPeriod(lines, defaultYear, []);
  if (!period) return lines;
  const own = new Set(yearsOf(period));
  const out = blankQuotedOther(lines, own);
  for (let s = 0; s < out.length; s++) {
    // A signature closes the report only below its figures: a letter's head ("Кеңес төрағасы …") above them closes nothing.
    if (!isSignatureLine(out[s]) || out.slice(0, s).filter((l) => /\d/u.test(l)).length < FIGURE_LINES) continue;
    const k = pastSignatures(out, s + 1);
    if (k >= out.length) break;
    const window = nonBlank(out, k, WINDOW).join('\n');
    if (OTHER_DOCUMENT.test(window) && otherYear(window, own)) return out.map((l, i) => (i >= k ? '' : l));
  }
  return out;
}

/**
 * The first `n` non-blank lines from `k`, the report's own footnotes left out: a note under the signature ("² … Для
 * сравнения: в I полугодии 2025 года проведено 2 заседания", "³ … приказом Министра от 02.02.2024 № 56", set 69's
 * Minzdrav report once a PDF's note marks read as marks, set 197) explains a figure above it, it opens no other document.
 */
function nonBlank(lines: string[], k: number, n: number): string[] {
  const got: string[] = [];
  for (let i = k; i < lines.length && got.length < n; i++) if (lines[i].trim() !== '' && !NOTE_LINE.test(lines[i])) got.push(lines[i]);
  return got;
}

/** A footnote's line, opening with its mark ("¹ …", "[2] …", "* …"), or the rule over the notes ("______"). */
const NOTE_LINE = /^\s*(?:(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\[\d{1,2}\]|\*{1,3})\s*\p{L}|[_‗]{5,}\s*$)/u;

/** A year named that is none of the report's period. */
function otherYear(text: string, own: Set<number>): boolean {
  return [...text.matchAll(YEAR)].some((m) => !own.has(Number(m[1])));
}

/**
 * A quotation in «…» that another document's words introduce (on its line before the mark, or the line above ending in a
 * colon) and that names another year, or opens with another year: blanked from its mark to its closing one.
 */
function blankQuotedOther(lines: string[], own: Set<number>): string[] {
  const out = [...lines];
  for (let i = 0; i < out.length; i++) {
    const mark = /[«“„]/u.exec(out[i]);
    if (!mark) continue;
    const start = mark.index;
    const before = out[i].slice(0, start);
    const intro = before.trim() === '' ? (out[i - 1] ?? '') : before;
    if (!/:\s*$/u.test(intro)) continue;
    const close = closing(out, i, start);
    if (close === null) continue;
    const quoted = [out[i].slice(start), ...out.slice(i + 1, close.line + 1)].join('\n');
    const opensOther = /^[«“„]\s*\D{0,20}?(20\d\d)/u.exec(quoted);
    const introduced = QUOTES_OTHER.test(intro) && otherYear(quoted, own);
    if (!introduced && !(opensOther && !own.has(Number(opensOther[1])))) continue;
    if (close.line === i) out[i] = out[i].slice(0, start) + out[i].slice(close.end);
    else {
      out[i] = out[i].slice(0, start);
      for (let k = i + 1; k < close.line; k++) out[k] = '';
      out[close.line] = out[close.line].slice(close.end);
    }
    i = close.line;
  }
  return out;
}

/** The closing mark of the quotation opened at (`i`, `start`), nested marks counted; within 40 lines. */
function closing(lines: string[], i: number, start: number): { line: number; end: number } | null {
  let depth = 0;
  for (let k = i; k < lines.length && k < i + 40; k++) {
    for (let c = k === i ? start : 0; c < lines[k].length; c++) {
      if (OPEN_QUOTE.includes(lines[k][c])) depth++;
      else if (CLOSE_QUOTE.includes(lines[k][c]) && --depth === 0) return { line: k, end: c + 1 };
    }
  }
  return null;
}
