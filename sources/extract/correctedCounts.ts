import { lowerCase } from './grammar/lowerCase.ts';
import { matchesOf } from './grammar/matchesOf.ts';
import { asWritten } from './repairCopy.ts';
import { ERRATA, statedCorrections } from './statedCorrections.ts';
import { withoutStruckValues } from './struckValues.ts';
import { tidy } from './toLines.ts';

/**
 * The lines with each corrected count read in its first statement, which line corrected which (index → index), and the
 * lines of corrections kenes could not place (a correction naming a number no line or several lines hold).
 */
export interface CorrectedCounts {
  lines: string[];
  by: Map<number, number>;
  unplaced: number[];
}

/**
 * A count corrected further down, as a chat or a draft does it: "ТҮЗЕТУ: мониторинг 4 емес, 5.", "Поправка: мониторингов
 * не 4, а 5". The count is read where it was first stated, with the corrected value: the nearest line above that names
 * the same noun (its stem) with the old number after it has that number replaced ("- мониторинг жүргізілді – 4" reads
 * "– 5"); the correction's own numbers are blanked, so neither the draft's 4 nor a second statement stands. A correction
 * whose first statement is not found keeps only its new value after the noun ("мониторинг 5"), read or not by the
 * grammar — never the old one. Only on a line that says it corrects ("ТҮЗЕТУ", "Поправка", "исправление", "қате").
 *
 * A document edited after it was written says so in the ways of an errata (statedCorrections): "следует читать 12 вместо
 * 21", "вместо «за – 21» читать «за – 12»", "21 орнына 12 деп оқылсын", "Опечатка: семинаров 2 → 1", "исправлено с 14 на
 * 12", a bracket after the count ("11 [түзету: 10 деп оқылсын]"), a footnote on the count ("14³" … "³ Следует читать:
 * 12"), a table "Напечатано | Следует читать" / "Жазылған | Оқылсын". The figures a careful reader takes are the corrected
 * ones: the old count is replaced where it stands, the correction's own numbers blanked. Where the old number stands is
 * told by the correction's words (the line holding it that shares one of them, the nearest above) or, with no words, by
 * its being the only such number; a correction kenes cannot place changes nothing and is said (`unplaced`).
 */
/** What a correction kenes could not place is said as. */
export const UNPLACED_CORRECTION = 'a correction here names a count to change, but which count it is cannot be told: nothing changed — check the figures it may touch';

export function readCorrectedCounts(lines: string[]): string[] {
  return correctCounts(lines).lines;
}

export function correctCounts(source: string[], ahead: ReadonlySet<number> = new Set(), errata: ReadonlySet<number> = new Set()): CorrectedCounts {
  // A corrected copy's struck values in brackets ("8 (было 7)") go first: the count before them is the one stated.
  const lines = withoutStruckValues(source);
  let out: string[] | null = null;
  const by = new Map<number, number>();
  for (const [k, line] of lines.entries()) {
    // Only a line that says it corrects: "не 4, а 5" in prose ("проведено не 4, а 5, как планировалось") may compare.
    // A line of a reply that corrects the message below it (mailReply.ts), or a later chat message on the report posted
    // above it (chatCorrections.ts), says so by standing there.
    if (!ERRATA.test(line) && !ahead.has(k) && !errata.has(k)) continue;
    for (const { m, noun, old, now, from } of corrections(line)) {
      out ??= [...lines];
      const at = (m.index ?? 0) + m[0].indexOf(old, from);
      // "4 емес, 5" → "     , 5"-like blanks: the correction states the new value once, read at the first statement.
      out[k] = `${out[k].slice(0, at)}${' '.repeat((m.index ?? 0) + m[0].length - at - now.length)}${now}${out[k].slice((m.index ?? 0) + m[0].length)}`;
      const stem = stemOf(noun);
      // The statement is above a correction further down; below a reply's, whose message follows it.
      const order = ahead.has(k) ? lines.map((_, j) => j).filter((j) => j > k && !ahead.has(j)) : lines.map((_, j) => k - 1 - j).filter((j) => j >= 0 && j >= k - 30);
      for (const j of order) {
        const lower = lowerCase(out[j]);
        const s = lower.indexOf(stem);
        if (s < 0) continue;
        const found = oldCountAt(out, j, s, old);
        if (found === null) continue;
        out[found.line] = `${out[found.line].slice(0, found.at)}${now}${out[found.line].slice(found.at + old.length)}`;
        by.set(found.line, k);
        break;
      }
    }
  }
  const stated = statedCorrections(out ?? lines, by, new Set([...ahead, ...errata]));
  return { lines: stated.lines, by, unplaced: stated.unplaced };
}

/**
 * A noun's stem as its statement may write it: five letters, a Kazakh plural's ending off first ("хаттар 5 емес, 6" names
 * "5 хат жіберілді", "мониторингтер" "мониторинг").
 */
function stemOf(noun: string): string {
  const lower = lowerCase(noun);
  const single = lower.replace(/(?:лар|лер|дар|дер|тар|тер)$/u, '');
  return (single.length >= 3 ? single : lower).slice(0, 5);
}

/**
 * A figure's quote as the document writes it: a line whose count a later line corrected is quoted with its old number,
 * then the line that corrects it ("мониторинг жүргізілді – 4 … Түзету: мониторинг 4 емес, 5"), so the value read (5)
 * is traced to both; a correction's own line, whose numbers were blanked for reading, as written. `line` is 1-based.
 */
export function quoteCorrected(quote: string, line: number, before: string[], corrected: CorrectedCounts): string {
  const own = asWritten(quote, line, before, corrected.lines);
  const by = corrected.by.get(line - 1);
  return by === undefined ? own : `${own} … ${tidy(before[by])}`.slice(0, 400);
}

/**
 * "мониторинг 4 емес, 5" (Kazakh: "not 4, 5"), "мониторингов не 4, а 5" (Russian): a noun, the old count, the new one. The
 * noun is a word of four letters or more, so "саны 4 емес" names it and "ал 4 емес" does not; a Latin name takes its Kazakh
 * case after a hyphen ("Instagram-да 17 емес, 19 жарияланым", set 179's Oiyl), the name the noun.
 */
const CORRECTION = /(?<![\p{L}])(\p{L}{4,})(?:-\p{L}{1,4})?\s+(?:(\d{1,4})\s+емес\s*,?\s*(?:ал\s+|бірақ\s+)?(\d{1,4})|не\s+(\d{1,4})\s*,\s*а\s+(\d{1,4}))(?![\d\p{L}])/giu;

/**
 * "ошибочно указано 14 обращений. Верно – 16", "ошибочно указаны 4 мониторинга; следует читать – 5", "қате көрсетілген 14
 * өтініш, дұрысы – 16": the old count, the noun, the new count (within a sentence or the next).
 */
const WRONGLY_STATED = /(?:ошибочно\s+(?:указан|записан|приведен|отражен)[\p{L}]*|қате\s+(?:көрсетіл|жазыл|беріл)[\p{L}]*)\s+(\d{1,4})\s+(\p{L}{4,})[^.!?\d]{0,80}[.;,]?\s*(?:верно|правильно|следует\s+читать|дұрысы|дұрыс\s+саны)\s*[:\-–—]?\s*(\d{1,4})(?![\d\p{L}])/giu;

/**
 * Where the count `old` stands in its first statement, line j naming the noun at `s`: after the noun ("мониторинг
 * жүргізілді – 4"), right before it ("4 мониторинг жүргізілді", "проведено 4 мониторинга"), or — a Word table's row
 * read cell by cell ("\tОбращения граждан", "\t9", "\t14") — a cell of the row. Null when none of them holds it.
 */
function oldCountAt(lines: string[], j: number, s: number, old: string): { line: number; at: number } | null {
  const after = new RegExp(`(?<![\\d.,:/-])${old}(?![\\d.,:/]\\d|\\d)`, 'u').exec(lines[j].slice(s));
  if (after && after.index <= 40) return { line: j, at: s + after.index };
  if (!after) {
    const cell = cellOfCount(lines, j, old);
    if (cell >= 0) return { line: cell, at: lines[cell].indexOf(old) };
  }
  // (A Kazakh count's ending after it: "(2-еуі онлайн)".)
  const ahead = new RegExp(`(?<![\\d.,:/-])${old}(?=(?:-\\p{L}{1,4})?\\s+(?:\\p{L}+\\s+)?$)`, 'u').exec(lines[j].slice(0, s));
  return ahead ? { line: j, at: ahead.index } : null;
}

/** The line of a cell holding `count` alone in the cells right after the label's cell at `j` (a row's cells), or -1. */
function cellOfCount(lines: string[], j: number, count: string): number {
  if (!lines[j].startsWith('\t')) return -1;
  for (let k = j + 1; k <= j + 6 && k < lines.length && lines[k].startsWith('\t') && /^\t\s*[\d–—-]*\s*$/u.test(lines[k]); k++) {
    if (lines[k].trim() === count) return k;
  }
  return -1;
}

/** The corrections of a line in both forms: its match, the noun, the old count and the new, and where in it the old one is looked for. */
function corrections(line: string): { m: RegExpMatchArray; noun: string; old: string; now: string; from: number }[] {
  return [
    ...matchesOf(line, CORRECTION).map((m) => ({ m, noun: m[1], old: m[2] ?? m[4], now: m[3] ?? m[5], from: m[1].length })),
    ...matchesOf(line, WRONGLY_STATED).map((m) => ({ m, noun: m[2], old: m[1], now: m[3], from: 0 })),
  ];
}

