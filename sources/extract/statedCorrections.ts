import { lowerCase } from './grammar/lowerCase.ts';
import { matchesOf } from './grammar/matchesOf.ts';

/** One correction: the old text and the new (numbers, or quoted phrases), and the span of the line that states it. */
interface Correction {
  old: string;
  now: string;
  at: number;
  end: number;
}

/**
 * An errata's corrections (correctedCounts.ts tells the whole of it): each applied where its old text stands, the
 * correction's own numbers blanked. Returns the lines and the lines of corrections not placed; `by` gains the line each
 * corrected count stands on → the line of its correction.
 */
export function statedCorrections(source: string[], by: Map<number, number>): { lines: string[]; unplaced: number[] } {
  const lines = [...source];
  const unplaced: number[] = [];
  const found = [...inlineCorrections(lines), ...sentenceCorrections(lines), ...footnoteCorrections(lines), ...errataRows(lines)];
  const own = new Set(found.map((f) => f.line));
  for (const f of found) {
    // The correction's own words stay, its numbers go: neither the old nor the new is read a second time there.
    lines[f.line] = `${lines[f.line].slice(0, f.c.at)}${lines[f.line].slice(f.c.at, f.c.end).replace(/\d/gu, ' ')}${lines[f.line].slice(f.c.end)}`;
    const target = f.target ?? placeOf(lines, own, f.line, f.c, f.words);
    if (target === null) {
      unplaced.push(f.line);
      continue;
    }
    const end = target.at + (target.length ?? f.c.old.length);
    lines[target.line] = `${lines[target.line].slice(0, target.at)}${newText(lines[target.line].slice(target.at, end), f.c)}${lines[target.line].slice(end)}`;
    if (target.line !== f.line) by.set(target.line, f.line);
  }
  return { lines, unplaced };
}

interface Found {
  line: number;
  c: Correction;
  /** The correction's words that name what it corrects (stems), for finding the line. */
  words: string[];
  /** Where the old text stands, when the correction says it itself (a bracket after the count, a footnote's mark). */
  target?: Place | null;
}
/** Where an old text stands: its line, its start, and its length as written when a phrase's spaces or dashes differ. */
interface Place {
  line: number;
  at: number;
  length?: number;
}

const N = String.raw`(\d{1,4})`;
const Q = String.raw`[«"“„']`;
const QE = String.raw`[»"”']`;
/** A count as a correction quotes it: "12", "«12»". */
const QN = String.raw`${Q}?${N}${QE}?`;
/** A phrase quoted: "«за – 21»". */
const QP = String.raw`${Q}([^«»"“”„']{1,80}?)${QE}`;
const READ = String.raw`(?:(?:следует|надо|нужно|необходимо)\s+)?(?:читать|считать)`;
const KK_READ = String.raw`(?:деп\s+)?(?:оқылсын|оқу\s+керек|жазылсын|деп\s+түзетілсін)`;
/** A day's change ("с 14 на 16 октября", "на 16.10"), no count's. */
const NOT_DATE = String.raw`(?!\s*(?:[.\-/]\d|(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|числ|г\.|год)))`;
const KK_CASE = String.raw`(?:\s*-?\s*(?:ның|нің|дың|дің|тың|тің|ы|і))?`;

/**
 * The forms, each with which group is the old and which the new. "Читать … вместо …", "… орнына … деп оқылсын" say they
 * correct; a change "с 15 на 17", "15-тен 17-ге өзгертілді" may be a real one (the membership grew, a meeting moved): only
 * on an errata's line (`errata`).
 */
const FORMS: { re: RegExp; old: number; now: number; errata?: boolean }[] = [
  // "следует читать 12 вместо 21", "читать «за – 12» вместо «за – 21»"
  { re: new RegExp(String.raw`${READ}\s*[:\-–—]?\s*(?:[\p{L}]+\s+){0,2}?(?:${QP}|${QN})\s*,?\s*вместо\s+(?:${QP}|${QN})`, 'giu'), old: 3, now: 1 },
  // "вместо 21 следует читать 12", "вместо «8» – «6»"
  { re: new RegExp(String.raw`вместо\s+(?:${QP}|${QN})\s*[,:\-–—]?\s*(?:${READ}|указать|должно\s+быть)\s*[:\-–—]?\s*(?:${QP}|${QN})`, 'giu'), old: 1, now: 3 },
  // "исправлено с 14 на 12", "цифра изменена с «31» на «33»", "заменить 21 на 12"
  { re: new RegExp(String.raw`(?:исправлен|изменен|заменен|исправ|измен|замен)[\p{L}]*\s+(?:[\p{L}]+\s+){0,3}?(?:с\s+)?(?:${QP}|${QN})\s+на\s+(?:${QP}|${QN})${NOT_DATE}`, 'giu'), old: 1, now: 3, errata: true },
  // "21 заменено на 12"
  { re: new RegExp(String.raw`(?:${QP}|${QN})\s+(?:заменен|исправлен|изменен)[\p{L}]*\s+на\s+(?:${QP}|${QN})${NOT_DATE}`, 'giu'), old: 1, now: 3, errata: true },
  // "21 орнына 12 деп оқылсын", "«за – 21» деген орнына «за – 12» деп оқылсын"
  { re: new RegExp(String.raw`(?:${QP}|${QN})${KK_CASE}\s+(?:деген(?:нің)?\s+)?орнына\s+(?:${QP}|${QN})\s*${KK_READ}`, 'giu'), old: 1, now: 3 },
  // "21 емес, 12 деп оқылсын"
  { re: new RegExp(String.raw`(?:${QP}|${QN})\s+емес\s*,?\s*(?:${QP}|${QN})\s*${KK_READ}`, 'giu'), old: 1, now: 3 },
  // "14-тен 12-ге өзгертілді"
  { re: new RegExp(String.raw`${N}\s*-?\s*(?:ден|тен|нен|дан|тан|нан)\s+${N}\s*-?\s*(?:ге|ке|ға|қа)\s+(?:өзгертілді|түзетілді|ауыстырылды)`, 'giu'), old: 1, now: 2, errata: true },
];
/** "2 → 1" on a line that says it corrects (an arrow elsewhere is a change against another period: arrowPairs.ts). */
const ARROW = new RegExp(String.raw`${N}\s*(?:→|->|=>|⇒)\s*${N}(?![\d.,]\d)`, 'gu');
/** A line that says it corrects: an errata's word. */
const ERRATA = /(?<![\p{L}])(?:опечатк[\p{L}]*|исправлен[\p{L}]*|поправк[\p{L}]*|ошибк[\p{L}]*|ошибочно|түзету[\p{L}]*|түзетіл[\p{L}]*|қате(?:лік)?|errata)(?![\p{L}])/iu;

/** The two values of a match: a form's group pair may be a quoted phrase (the first) or a count (the second). */
function pair(m: RegExpExecArray, old: number, now: number): { old: string; now: string } | null {
  const o = m[old] ?? m[old + 1];
  const n = m[now] ?? m[now + 1];
  return o === undefined || n === undefined || o.trim() === n.trim() ? null : { old: o.trim(), now: n.trim() };
}

/** Corrections said in a sentence: the forms above anywhere, the arrow on an errata's line. */
function sentenceCorrections(lines: string[]): Found[] {
  const out: Found[] = [];
  for (const [k, line] of lines.entries()) {
    if (!/\d/u.test(line)) continue;
    const taken: [number, number][] = [];
    const errata = ERRATA.test(line);
    const forms = [...FORMS.filter((f) => errata || f.errata !== true), ...(errata ? [{ re: ARROW, old: 1, now: 2 }] : [])];
    for (const { re, old, now } of forms) {
      for (const m of matchesOf(line, re)) {
        const at = m.index ?? 0;
        const end = at + m[0].length;
        if (taken.some(([a, b]) => at < b && end > a)) continue;
        // The arrow's groups are counts only.
        const v = re === ARROW ? { old: m[1], now: m[2] } : pair(m, old, now);
        if (v === null) continue;
        // An inline bracket is read by inlineCorrections.
        if (/\[[^\]]*$/u.test(line.slice(0, at))) continue;
        taken.push([at, end]);
        out.push({ line: k, c: { ...v, at, end }, words: wordsOf(sentenceAround(line, at, end), m[0]) });
      }
    }
  }
  return out;
}

/**
 * "11 [түзету: 10 деп оқылсын]", "21 (исправлено: 12)", "11 мүшесі [түзету: 10 деп оқылсын]": the count right before the
 * bracket, or before the one or two words of its noun.
 */
const INLINE = /(?<![\d.,])(\d{1,4})(?:\s+\p{L}+){0,2}\s*[[(]\s*(?:түзету|түзетілді|исправлено|исправлен[оа]?\s+на|поправка|следует\s+читать|верно|дұрысы)\s*[:\-–—]?\s*(\d{1,4})(?:\s*(?:деп\s+)?(?:оқылсын|жазылсын))?[^\])]{0,60}[\])]/giu;
function inlineCorrections(lines: string[]): Found[] {
  return lines.flatMap((line, k) => matchesOf(line, INLINE).map((m) => {
    const at = m.index ?? 0;
    const bracket = at + m[0].search(/[[(]/u);
    return { line: k, c: { old: m[1], now: m[2], at: bracket, end: at + m[0].length }, words: [], target: { line: k, at } };
  }));
}

/** A footnote's mark: "¹", "²³", "*", "**". */
const MARK = '(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\\*{1,3})';
/** "³ Следует читать: 12.", "* Верно – 12", "¹ Түзету: 10 деп оқылсын": a footnote that gives the count its mark stands on. */
const FOOTNOTE = new RegExp(String.raw`^\s*(${MARK})\s*(?:[\p{L}\s,]{0,40}?)(?:${READ}|верно|правильно|исправлено|түзету|дұрысы)\s*[:\-–—]?\s*${QN}(?:\s*${KK_READ})?(?![\d.,]\d)`, 'iu');
function footnoteCorrections(lines: string[]): Found[] {
  const out: Found[] = [];
  for (const [k, line] of lines.entries()) {
    const m = FOOTNOTE.exec(line);
    if (!m) continue;
    const mark = m[1].replace(/\*/gu, '\\*');
    // The count carrying the mark ("14³", "14 ³", "за – 14*"), elsewhere in the document: only one may.
    const carriers = lines.flatMap((l, j) => (j === k ? [] : matchesOf(l, new RegExp(String.raw`(?<![\d.,])(\d{1,4})\s?${mark}(?![¹²³⁴⁵⁶⁷⁸⁹⁰*])`, 'gu')).map((c) => ({ line: j, at: c.index ?? 0, old: c[1] }))));
    const start = (m.index ?? 0) + m[0].lastIndexOf(m[2]);
    const c = { old: carriers[0]?.old ?? '', now: m[2], at: start, end: start + m[2].length };
    out.push({ line: k, c, words: [], target: carriers.length === 1 ? { line: carriers[0].line, at: carriers[0].at } : null });
  }
  return out;
}

/**
 * A table of corrections: a header with the old's column ("Напечатано", "Ошибочно указано", "Жазылған", "Қате") and the
 * new's ("Следует читать", "Верно", "Оқылсын", "Дұрысы"), its rows typed with bars or tabs. A row's other cells (the page, the point, the
 * field) name what it corrects.
 */
// ("Было | Стало", "Было указано | Уточнено" compare or restate a letter: the table readers read the new column there.)
const OLD_HEAD = /^(?:напечатано|ошибочно(?:\s+указано)?|жазылған|жазылды|басылған|қате(?:\s+жазылған)?)$/iu;
const NEW_HEAD = /^(?:следует\s+читать|читать|верно|правильно|должно\s+быть|оқылсын|оқу\s+керек|дұрысы|дұрыс)$/iu;
function errataRows(lines: string[]): Found[] {
  const out: Found[] = [];
  const cells = (line: string) => (line.includes('|') ? line.replace(/^\s*\|/u, '').replace(/\|\s*$/u, '').split('|') : line.split('\t')).map((c) => c.trim());
  for (let k = 0; k < lines.length; k++) {
    if (!/[|\t]/u.test(lines[k])) continue;
    const head = cells(lines[k]).map((c) => c.replace(/[:.]$/u, ''));
    const oldCol = head.findIndex((c) => OLD_HEAD.test(c));
    const newCol = head.findIndex((c) => NEW_HEAD.test(c));
    if (oldCol < 0 || newCol < 0) continue;
    for (let j = k + 1; j < lines.length && /[|\t]/u.test(lines[j]); j++) {
      const row = cells(lines[j]);
      if (row.length !== head.length || /^[-=+\s|]*$/u.test(lines[j])) continue;
      const [old, now] = [row[oldCol], row[newCol]];
      if (old === '' || now === '' || old === now || !/\d/u.test(old)) continue;
      const words = row.filter((_, c) => c !== oldCol && c !== newCol).join(' ');
      // The row's other cells (the point, the field: "п. 2", "мониторингов") tell the place.
      // The row's numbers all blanked: neither its old count nor its new one is read there.
      out.push({ line: j, c: { old, now, at: 0, end: lines[j].length }, words: wordsOf(words, '') });
    }
  }
  return out;
}

/**
 * The new text for the old as written: a phrase that differs from the new only in its numbers ("Жақ – 21" for «жақ – 12»)
 * keeps its own letters and gets the new numbers; any other is replaced whole.
 */
function newText(written: string, c: Correction): string {
  const letters = (t: string) => lowerCase(t).replace(/[^\p{L}]+/gu, ' ').trim();
  const numbers = c.now.match(/\d+/gu) ?? [];
  if (letters(written) !== letters(c.now) || (written.match(/\d+/gu) ?? []).length !== numbers.length) return c.now;
  let k = 0;
  return written.replace(/\d+/gu, () => numbers[k++]);
}

/** The sentence of a line around a span: from the stop before it to the stop after it. */
function sentenceAround(line: string, at: number, end: number): string {
  const before = line.slice(0, at);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '), before.lastIndexOf(': ')) + 1;
  const after = line.slice(end).search(/[.;](?:\s|$)/u);
  return line.slice(start, after < 0 ? line.length : end + after);
}

/** Words of a correction that say nothing of what it corrects. */
const NOT_NAMING = /^(?:следует|читать|считать|вместо|надо|нужно|необходимо|верно|правильно|исправлен\p{L}*|изменен\p{L}*|заменен\p{L}*|опечатк\p{L}*|поправк\p{L}*|ошибк\p{L}*|ошибочно|указан\p{L}*|должно|быть|строк\p{L}*|пункт\p{L}*|абзац\p{L}*|страниц\p{L}*|протокол\p{L}*|отч[её]т\p{L}*|текст\p{L}*|цифр\p{L}*|числ\p{L}*|значени\p{L}*|орнына|деп|оқылсын|жазылсын|түзету\p{L}*|түзетіл\p{L}*|қате\p{L}*|дұрыс\p{L}*|емес|деген\p{L}*|жол\p{L}*|тармақ\p{L}*|бет\p{L}*|хаттама\p{L}*|есеп\p{L}*|сан\p{L}*|на|с|в|во|и|по|от|из|к|а|не|өзгертілді|ауыстырылды)$/iu;
/** The stems of the words that name what a correction corrects ("в строке «Мониторинги»" → "монит"). */
function wordsOf(sentence: string, own: string): string[] {
  const words = lowerCase(sentence.replace(own, ' ')).match(/\p{L}+/gu) ?? [];
  return [...new Set(words.filter((w) => !NOT_NAMING.test(w) && (w.length >= 4 || /^(?:за|жақ)$/u.test(w))).map((w) => w.slice(0, 5)))];
}

/**
 * Where a correction's old text stands: a line (not a correction's) holding it — a phrase as written, a count as a number
 * of its own (no part of a date, a decimal, a law's number) — sharing one of the correction's words, the nearest above
 * (else below); with no word to tell by, the one line holding it. Null when none or no one line can be told.
 */
function placeOf(lines: string[], own: Set<number>, k: number, c: Correction, words: string[]): Place | null {
  const phrase = /\p{L}/u.test(c.old);
  const old = phrase ? new RegExp(escape(c.old).replace(/\s+/gu, '\\s+').replace(/[-–—]/gu, '[-–—]'), 'iu') : new RegExp(String.raw`(?<![\d.,:/№-]|№\s)${c.old}(?![\d]|[.,:/]\d)`, 'u');
  // Every place it stands: a line holding it twice ("Заседаний – 4, мониторингов – 4") is two places.
  const every = new RegExp(old.source, `${old.flags}g`);
  const holding = lines.flatMap((line, j) => (own.has(j) ? [] : matchesOf(line, every).map((m) => ({ line: j, at: m.index ?? 0, length: m[0].length, text: lowerCase(line) }))));
  const named = words.length === 0 || phrase ? holding : holding.filter((h) => words.some((w) => h.text.includes(w)));
  const above = named.filter((h) => h.line < k);
  if (words.length === 0 && !phrase) return holding.length === 1 ? holding[0] : null;
  const pick = above.length > 0 ? above[above.length - 1] : named.length === 1 ? named[0] : null;
  return pick === null ? null : { line: pick.line, at: pick.at, length: pick.length };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
