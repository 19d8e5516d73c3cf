import { RESULT_ADOPTED, RESULT_REJECTED, UNANIMOUS, VOTE_CORRECTION, VOTE_LABELS } from './lexicon.ts';
import { re } from './re.ts';

/**
 * The closing marks of each opening mark: «…» nest (a law's title inside a quoted decision), „…“ / „…” (the Russian and
 * German low-high pair), “…” (the English pair), "…" (straight, the next one closes).
 */
const CLOSERS: Record<string, string> = { '«': '»', '„': '“”', '“': '”', '"': '"' };
/** How many lines a quotation may run over; it never runs past its paragraph (a blank line). */
const REACH = 15;
/** A count after a label: "за – 9", "жақтап – 8", "воздержался – 1", "против нет", "қарсы – жоқ". */
const COUNT_AFTER = `\\s*[-–—:]?\\s*(?:\\d{1,3}(?![\\d,.]\\d)|нет|жоқ|жок|ноль)(?![\\p{L}\\d])`;
/** A label written as a quotation of its own («за», "против") — the current vote's labels, no quoted text. */
const QUOTED_LABEL = /^[«"“„]/u;
/** Three counts in a row, slashed: "9 / 1 / 0". */
const SLASHED = /(?<![\d/])\d{1,3}\s*\/\s*\d{1,3}\s*\/\s*\d{1,3}(?![\d/])/u;
/** A vote's own words beside slashed counts or a unanimity word: "голосовали", "дауыс беру", "решение принято". */
const VOTE_WORDS = `(?:голосовал[\\p{L}]*|голосовани[\\p{L}]*|дауыс\\s+бер[\\p{L}]*|${RESULT_ADOPTED}|${RESULT_REJECTED})`;

/**
 * The quotation is the reading a correction gives ("ИСПРАВЛЕНИЕ ТЕХНИЧЕСКОЙ ОШИБКИ … следует читать: «Голосовали: за – 10 …»",
 * "Екінші мәселе бойынша былай оқылсын: «Дауыс беру: …»", "Дұрысы: «…»"): the protocol's own vote as corrected, which
 * correctedVotes.ts puts in place of the printed one — no other text's.
 */
const CORRECTED_READING = re(`(?:(?<![\\p{L}])читать|(?<![\\p{L}])оқылсын|(?<![\\p{L}])оқу\\s+керек|в\\s+(?:следующей|новой)\\s+редакции|${VOTE_CORRECTION})\\s*[:\\-–—]?\\s*$`);

export interface QuotedVote {
  /** 1-based lines of the quotation's opening and closing marks. */
  from: number;
  to: number;
}

/**
 * A protocol quotes other texts — an earlier protocol's decision read out by the secretary ("напомнила решение, принятое
 * на заседании 17 июня (протокол № 5): «Поручить комиссии … Голосовали: за – 9, против – 1, воздержались – 1»", "№ 5
 * хаттамадан үзінді оқыды: «… Дауыс беру қорытындысы: жақтап – 8, қарсы – 2, қалыс – 1»"), a decision of the oblast
 * council, a newspaper. A vote inside quotation marks is the quoted text's, never a vote of this sitting: its counts
 * would be read as one more vote and shift every vote after it. A quotation (in «», „“, “”, "", over lines of its
 * paragraph) that holds a vote — counts under two labels, slashed counts with a vote's words, or a unanimity word with
 * them in a sentence — is blanked, its lines kept at their numbers. The current vote's labels written in quotation marks
 * («за» – 10, «против» – 3) are quotations of one word each, holding no counts: kept.
 */
export function withoutQuotedVotes(lines: string[]): { lines: string[]; quoted: QuotedVote[] } {
  const out = [...lines];
  const quoted: QuotedVote[] = [];
  // Scanning resumes after each quotation's closing mark (a straight closing mark is no opening one).
  let i = 0;
  let c = 0;
  while (i < out.length) {
    if (c >= out[i].length) {
      i++;
      c = 0;
      continue;
    }
    const closers = CLOSERS[out[i][c]];
    const span = closers === undefined ? null : closeOf(out, i, c, closers);
    if (span === null) {
      c++;
      continue;
    }
    let resume = span.end;
    if (!isCorrectedReading(out, i, c) && holdsVote(textOf(out, i, c, span.line, span.end))) {
      const after = out[span.line].length - span.end;
      blank(out, i, c, span.line, span.end);
      quoted.push({ from: i + 1, to: span.line + 1 });
      resume = span.line === i ? c : Math.max(0, out[span.line].length - after);
    }
    i = span.line;
    c = resume;
  }
  return { lines: out, quoted };
}

/** The words before the opening mark (on its line, and the line above in its paragraph) give a corrected reading. */
function isCorrectedReading(lines: string[], i: number, c: number): boolean {
  const above = i > 0 && lines[i - 1].trim() !== '' ? `${lines[i - 1]} ` : '';
  return CORRECTED_READING.test(above + lines[i].slice(0, c));
}

/** Where the quotation opened at (line `i`, column `c`) closes: its line and the column after its closing mark. */
function closeOf(lines: string[], i: number, c: number, closers: string): { line: number; end: number } | null {
  const opener = lines[i][c];
  const nests = opener === '«';
  let depth = 1;
  for (let k = i; k < lines.length && k <= i + REACH; k++) {
    if (k > i && lines[k].trim() === '') return null;
    for (let j = k === i ? c + 1 : 0; j < lines[k].length; j++) {
      const ch = lines[k][j];
      if (nests && ch === opener) depth++;
      else if (closers.includes(ch) && --depth === 0) return { line: k, end: j + 1 };
    }
  }
  return null;
}

function textOf(lines: string[], a: number, start: number, b: number, end: number): string {
  if (a === b) return lines[a].slice(start + 1, end - 1);
  return [lines[a].slice(start + 1), ...lines.slice(a + 1, b), lines[b].slice(0, end - 1)].join(' ');
}

/** A vote in a quotation's text: counts under two kinds of label, slashed counts, or a unanimous sentence. */
function holdsVote(text: string): boolean {
  const kinds = new Set<string>();
  for (const label of VOTE_LABELS) {
    for (const m of text.matchAll(re(`(?:${label.source})${COUNT_AFTER}`, 'giu'))) {
      if (!QUOTED_LABEL.test(m[0])) kinds.add(label.category);
    }
  }
  if (kinds.size >= 2) return true;
  const words = re(VOTE_WORDS);
  if (SLASHED.test(text) && words.test(text)) return true;
  // "Решение принято единогласно" inside a quoted decision; a quoted word alone («единогласно») is no sentence of a vote.
  return re(UNANIMOUS).test(text) && words.test(text) && text.trim().split(/\s+/u).length >= 4;
}

/** Blanks from (line `a`, column `start`) to (line `b`, column `end`), keeping the text before and after. */
function blank(lines: string[], a: number, start: number, b: number, end: number): void {
  if (a === b) {
    lines[a] = (lines[a].slice(0, start) + lines[a].slice(end)).trimEnd();
    return;
  }
  lines[a] = lines[a].slice(0, start).trimEnd();
  for (let k = a + 1; k < b; k++) lines[k] = '';
  lines[b] = lines[b].slice(end);
  if (lines[b].trim() === '' || /^\s*[.,;]\s*$/u.test(lines[b])) lines[b] = '';
}
