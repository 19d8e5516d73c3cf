import { lowerCase } from './grammar/lowerCase.ts';
import { matchesOf } from './grammar/matchesOf.ts';
import { MONTH_WORD } from './monthNames.ts';

/** One correction: the old text and the new (numbers, or quoted phrases). */
interface Correction {
  old: string;
  now: string;
}

/**
 * An errata's corrections (correctedCounts.ts tells the whole of it): each applied where its old text stands, the
 * correction's own numbers blanked. Returns the lines and the lines of corrections not placed; `by` gains the line each
 * corrected count stands on → the line of its correction.
 */
export function statedCorrections(source: string[], by: Map<number, number>, ahead: ReadonlySet<number> = new Set()): { lines: string[]; unplaced: number[] } {
  const lines = [...source];
  const unplaced: number[] = [];
  const windows = source.map((_, k) => windowAt(source, k));
  // A correction read two ways ("³ Түзету: 14 емес, 12 деп оқылсын" is a footnote and a sentence) is one: the first read
  // kept, those that say where their count stands first.
  const found = [...inlineCorrections(windows, source), ...footnoteCorrections(lines), ...sentenceCorrections(windows, source, ahead), ...errataRows(lines)]
    .filter((f, i, all) => !all.slice(0, i).some((e) => e.line === f.line && e.at < f.end && f.at < e.end));
  const own = new Set(found.flatMap((f) => (f.end > source[f.line].length ? [f.line, f.line + 1] : [f.line])));
  for (const f of found) {
    // The correction's own words stay, its numbers go: neither the old nor the new is read a second time there. A
    // bracket after the count goes whole: it explains the correction ("… дұрысы – 5; екі рейд мониторинг болып
    // есептелмейді"), no count of the period's.
    // So does a quoted phrase's (its "жақтап – , қарсы – " would be read as a vote of no counts).
    blankSpan(lines, f.line, f.at, f.end, (f.target !== undefined && f.target?.line === f.line) || /\p{L}/u.test(f.c.old) ? /[^\s]/gu : /\d/gu);
    const placed = f.target ?? placeOf(lines, own, f.line, f.c, f.words);
    // (Quoted words with one count, a count for them: "«8 хат жіберілді» деп жазылғаны қате, 7 деп оқу керек" — the count in
    // the words where they stand, over a line's end too: "… органдарға 8 хат" / "жіберілді, …", set 159's Maikain.)
    const inWords = placed === null ? countInWords(lines, own, f.c) : null;
    if (inWords !== null) f.c = inWords.c;
    const target = placed ?? inWords?.place ?? null;
    if (target === null) {
      // A document issued again in a new edition lists what it changed, its text already saying the new count: nothing
      // to place, nothing to say.
      if (!(f.c.now !== '' && placeOf(lines, own, f.line, { ...f.c, old: f.c.now }, f.words) !== null && f.words.length > 0)) unplaced.push(f.line);
      continue;
    }
    let end = target.at + (target.length ?? f.c.old.length);
    const text = newText(lines[target.line].slice(target.at, end), f.c);
    // Columns kept where they can be: a longer count takes the room of its mark or the spaces after it ("17³" → "18 "),
    // a shorter one is padded.
    const line = lines[target.line];
    // (A space is taken only from a run of them: "12 обращений" keeps its one.)
    while (end - target.at < text.length && (/[¹²³⁴⁵⁶⁷⁸⁹⁰*]/u.test(line[end] ?? '') || /^[ \t]{2}/u.test(line.slice(end)))) end++;
    lines[target.line] = `${line.slice(0, target.at)}${text.padEnd(end - target.at)}${line.slice(end)}`;
    if (target.line !== f.line) by.set(target.line, f.line);
  }
  return { lines, unplaced };
}

/**
 * Line k and, when its sentence goes on past its end (no stop there, text on the next line), the next line after a
 * space: a correction wraps ("… исправлено: следует" / "читать 6 …"). A match is the line's when it starts on it.
 */
function windowAt(lines: string[], k: number): string {
  const next = lines[k + 1] ?? '';
  return /[.!?;]\s*$/u.test(lines[k]) || next.trim() === '' ? lines[k] : `${lines[k]} ${next}`;
}

/** The characters of a window's span blanked (its digits, or all), on line k and, past its end, on the next line. */
function blankSpan(lines: string[], k: number, at: number, end: number, what: RegExp): void {
  const blank = (line: number, from: number, to: number) => {
    if (to > from) lines[line] = `${lines[line].slice(0, from)}${lines[line].slice(from, to).replace(what, ' ')}${lines[line].slice(to)}`;
  };
  const length = lines[k].length;
  blank(k, Math.min(at, length), Math.min(end, length));
  if (end > length + 1) blank(k + 1, Math.max(at - length - 1, 0), end - length - 1);
}

interface Found {
  /** The line the correction starts on, and its span in that line's window (windowAt). */
  line: number;
  at: number;
  end: number;
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
const NOT_DATE = String.raw`(?!\s*(?:[.\-/]\d|${MONTH_WORD}|числ|г\.|год))`;
const KK_CASE = String.raw`(?:\s*-?\s*(?:ның|нің|дың|дің|тың|тің|ы|і))?`;

/**
 * The forms, each with which group is the old and which the new. "Читать … вместо …", "… орнына … деп оқылсын" say they
 * correct; a change "с 15 на 17", "15-тен 17-ге өзгертілді" may be a real one (the membership grew, a meeting moved): only
 * on an errata's line (`errata`).
 */
/** An amending act's words for what it changes: "деген сөздер", "деген сөздермен", "деген сан"; "слова", "словами", "цифру". */
const KK_WORDS = String.raw`деген\s+(?:сөз|сан|цифр)[\p{L}]*`;
const RU_WORDS = String.raw`(?:слов|цифр|числ)[\p{L}]*`;
/** A first edition a revised one quotes: "в первоначальной редакции", "в первом издании", "ранее". */
const FIRST_EDITION_RU = String.raw`(?:в\s+(?:первоначальной|первой|прежней)\s+(?:редакции|издании|версии)|ранее|первоначально)`;
const FORMS: { re: RegExp; old: number; now: number; errata?: boolean; adds?: boolean }[] = [
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
  // "«жақтап – 7, қарсы – 3» деп қате жазылған. Дұрысы: жақтап – 9, қарсы – 0", the new quoted or up to its stop; the
  // words of a first edition the revised one quotes with no "қате", the cue after them saying so ("Бастапқы нұсқада
  // 1-мәселе бойынша «жақтап – 8, қарсы – 1» деп жазылған еді; бейнежазба бойынша тексергенде дұрысы – жақтап 7, қарсы 2",
  // set 159's Kushmurun: the old vote is no vote of the meeting).
  { re: new RegExp(String.raw`${QP}\s*(?:деп\s+)?(?:қате\s+)?(?:жазылған|көрсетілген|берілген|басылған)(?:\s+еді)?[^.«»\d]{0,60}[.,;]?\s*(?:дұрысы|дұрыс\s+нұсқасы)\s*[:\-–—]\s*(?:${QP}|([^.;«»]{1,80}))`, 'giu'), old: 1, now: 2 },
  // "ошибочно указано «за – 7». Верно: за – 9", "в первоначальной редакции указано «за – 8»; правильно: за – 7"
  { re: new RegExp(String.raw`(?:ошибочно|неверно|${FIRST_EDITION_RU})\s+(?:было\s+)?(?:указан|записан|напечатан|отражен)[\p{L}]*\s*[:\-–—]?\s*${QP}[^.«»\d]{0,40}[.,;]?\s*(?:верно|правильно|следует\s+читать)\s*[:\-–—]?\s*(?:${QP}|([^.;«»]{1,80}))`, 'giu'), old: 1, now: 2 },
  // "«8 хат жіберілді» деп жазылғаны қате, 7 деп оқу керек", "«8 писем» указано ошибочно, следует читать 7": the quoted words
  // first, then that they are wrong, then the new (set 159's Maikain).
  { re: new RegExp(String.raw`${QP}\s*(?:деп\s+)?(?:жазылғаны|көрсетілгені|берілгені|басылғаны)\s+қате\s*[,;:\-–—]?\s*(?:${QP}|${QN})\s*${KK_READ}`, 'giu'), old: 1, now: 2 },
  { re: new RegExp(String.raw`${QP}\s*(?:указан|записан|напечатан)[\p{L}]*\s+(?:ошибочно|неверно)\s*[,;:\-–—]?\s*(?:следует\s+читать|верно|правильно)\s*[:\-–—]?\s*(?:${QP}|${QN})`, 'giu'), old: 1, now: 2 },
  // "направлено 7, а не 8", "ответы даны по 9, а не по 10" (the new first): a reply correcting its message, or an errata
  { re: new RegExp(String.raw`(?:(по\s+\d{1,4})|(?<![\d.,])${N})\s*,\s*а\s+не\s+(?:(по\s+\d{1,4})|(?:по\s+)?${N})${NOT_DATE}(?![\d.,]\d)`, 'giu'), old: 3, now: 1, errata: true },
  // An amending act's wording, on a sheet of changes to the document (set 159's Kapal): "«оның ішінде 1-і онлайн» деген
  // сөздер «оның ішінде 2-еуі онлайн» деген сөздермен ауыстырылсын", "слова «за – 5» заменить словами «за – 4»", "заменить
  // слова «…» словами «…»". A council amending a draft says the same of the draft's words: only on an errata's lines.
  { re: new RegExp(String.raw`${QP}\s*${KK_WORDS}\s+${QP}\s*${KK_WORDS}\s+ауыстырылсын`, 'giu'), old: 1, now: 2, errata: true },
  { re: new RegExp(String.raw`${RU_WORDS}\s+${QP}\s+заменить\s+(?:${RU_WORDS}\s+|на\s+)${QP}`, 'giu'), old: 1, now: 2, errata: true },
  { re: new RegExp(String.raw`заменить\s+${RU_WORDS}\s+${QP}\s+(?:${RU_WORDS}\s+|на\s+)${QP}`, 'giu'), old: 1, now: 2, errata: true },
  // Words added after words: "«Байжанова Гүлмира Сағатқызы» деген сөздерден кейін «(онлайн)» деген сөз толықтырылсын",
  // "после слов «Ли В.А.» дополнить словами «(онлайн)»" — the old words become the old words and the new.
  { re: new RegExp(String.raw`${QP}\s*${KK_WORDS}\s+кейін\s+${QP}\s*${KK_WORDS}\s+толықтырылсын`, 'giu'), old: 1, now: 2, errata: true, adds: true },
  { re: new RegExp(String.raw`после\s+${RU_WORDS}\s+${QP}\s+дополнить\s+(?:${RU_WORDS}\s+)?${QP}`, 'giu'), old: 1, now: 2, errata: true, adds: true },
  // "14-тен 12-ге өзгертілді"
  { re: new RegExp(String.raw`${N}\s*-?\s*(?:ден|тен|нен|дан|тан|нан)\s+${N}\s*-?\s*(?:ге|ке|ға|қа)\s+(?:өзгертілді|түзетілді|ауыстырылды)`, 'giu'), old: 1, now: 2, errata: true },
];
/** "2 → 1" on a line that says it corrects (an arrow elsewhere is a change against another period: arrowPairs.ts). */
const ARROW = new RegExp(String.raw`${N}\s*(?:→|->|=>|⇒)\s*${N}(?![\d.,]\d)`, 'gu');
/**
 * A line that says it corrects, an errata's word: "Опечатка", "исправлено", "Поправка", "ошибочно", "уточнение", "ТҮЗЕТУ",
 * "түзетілсін", "қате" — the one list of them (correctedCounts' noun corrections and the footnotes here read it too).
 */
export const ERRATA = /(?<![\p{L}])(?:опечатк[\p{L}]*|исправлен[\p{L}]*|исправляю|поправк[\p{L}]*|ошибк[\p{L}]*|ошибочно|уточнени[\p{L}]*|түзету[\p{L}]*|түзетіл[\p{L}]*|түзетемін|қате(?:лік)?|errata)(?![\p{L}])/iu;

/** The two values of a match: a form's group pair may be a quoted phrase (the first) or a count (the second). */
function pair(m: RegExpExecArray, old: number, now: number): { old: string; now: string } | null {
  const o = m[old] ?? m[old + 1];
  const n = m[now] ?? m[now + 1];
  return o === undefined || n === undefined || o.trim() === n.trim() ? null : { old: o.trim(), now: n.trim() };
}

/** Corrections said in a sentence: the forms above anywhere, the arrow on an errata's line. */
function sentenceCorrections(windows: string[], lines: string[], ahead: ReadonlySet<number>): Found[] {
  const out: Found[] = [];
  const sheet = sheetHeading(lines);
  for (const [k, line] of windows.entries()) {
    if (!/\d/u.test(line)) continue;
    const taken: [number, number][] = [];
    const errata = ERRATA.test(line) || ahead.has(k) || (sheet >= 0 && k > sheet);
    const forms = [...FORMS.filter((f) => errata || f.errata !== true), ...(errata ? [{ re: ARROW, old: 1, now: 2 }] : [])];
    for (const { re, old, now, adds } of forms) {
      for (const m of matchesOf(line, re)) {
        const at = m.index ?? 0;
        const end = at + m[0].length;
        // A match that starts on the next line is that line's (its own window reads it).
        if (taken.some(([a, b]) => at < b && end > a) || at >= lines[k].length) continue;
        // The arrow's groups are counts only.
        const read = re === ARROW ? { old: m[1], now: m[2] } : pair(m, old, now);
        if (read === null) continue;
        // (Words added after the quoted ones: the old words become the old and the new together.)
        const v = adds === true ? { old: read.old, now: `${read.old} ${read.now}` } : read;
        // An inline bracket is read by inlineCorrections.
        if (/\[[^\]]*$/u.test(line.slice(0, at))) continue;
        taken.push([at, end]);
        out.push({ line: k, at, end, c: v, words: wordsOf(sentenceAround(line, at, end), m[0]) });
      }
    }
  }
  return out;
}

/**
 * A sheet of corrections appended to the document: its heading, a line of its own naming it ("ЛИСТ ИСПРАВЛЕНИЙ", "№ 5
 * ХАТТАМАҒА ӨЗГЕРІСТЕР МЕН ТҮЗЕТУЛЕР", "Изменения и дополнения в протокол № 6"), short and with no stop. Its numbered points
 * ("1. Хаттаманың бірінші абзацындағы «…» деген сөздер …") say what they correct without an errata's word each: every line
 * under it is an errata's (set 159's Kapal). The index of the last such heading, or -1.
 */
const SHEET_WORDS = /(?<![\p{L}])(?:изменени[\p{L}]*\s+и\s+дополнени[\p{L}]*|өзгерістер\s+мен\s+(?:толықтыру|түзету)[\p{L}]*|лист\s+(?:исправлений|изменений)|түзетулер\s+парағы)(?![\p{L}])/iu;
function sheetHeading(lines: string[]): number {
  const isHeading = (l: string) => l.trim().length <= 90 && !/[.;,]\s*$/u.test(l) && (SHEET_WORDS.test(l) || (ERRATA.test(l) && l === l.toUpperCase() && /\p{Lu}{4}/u.test(l)));
  // (Appended: a revised edition's title at the top, "ТҮЗЕТІЛГЕН НҰСҚА", "2-е издание, исправленное", heads the whole text,
  // no sheet of changes; its body is read as it stands.)
  const edition = /(?:нұсқа|басылым|редакци|издани|экземпляр)/iu;
  return lines.reduce((last, l, k) => (k > lines.length / 3 && isHeading(l) && !edition.test(l) ? k : last), -1);
}

/**
 * "11 [түзету: 10 деп оқылсын]", "21 (исправлено: 12)", "9-ы қатысты [түзету: 10 деп оқылсын – …]", "Мониторингтер – 7
 * (түзету: бұрын 7 деп көрсетілген, дұрысы – 5; …)": a count, its noun's one or two words, then a bracket opening with a
 * correction's word; the bracket's new count is the one its cue names ("дұрысы – 5", "10 деп оқылсын", "верно: 12"), or
 * its only count.
 */
// (A corrected datum named as such: "Мониторингтер саны – 7 (түзетілген дерек: 8, өйткені …)", "7 (нақтыланған мәлімет – 8)",
// "7 (вернее, 8)", "7 (уточнено: 8)" — set 126.)
const INLINE = /(?<![\d.,])(\d{1,4})(?:-?[\p{L}]{1,3}(?![\p{L}]))?(?:\s+\p{L}+){0,2}\s*[[(]\s*(?:түзету|түзетілді|(?:түзетілген|нақтыланған)\s+(?:дерек|мәлімет|сан)[\p{L}]*|исправлено|исправлен[оа]?\s+на|исправление|поправка|следует\s+читать|верно|вернее|уточнено|дұрысы)(?![\p{L}])([^\])]{0,120})(?:[\])]|$)/giu;
const CUE = /(?:(?:дұрысы|дұрыс\s+саны|верно|вернее|уточнено|правильно|следует\s+читать|читать|на|(?:түзетілген|нақтыланған)\s+(?:дерек|мәлімет|сан)[\p{L}]*)\s*[:,\-–—]?\s*(\d{1,4})(?![\d.,]\d)|(\d{1,4})\s*(?:деп\s+)?(?:оқылсын|жазылсын))/iu;
function inlineCorrections(windows: string[], lines: string[]): Found[] {
  return windows.flatMap((line, k) => matchesOf(line, INLINE).flatMap((m) => {
    const inside = m[2];
    const cue = CUE.exec(inside);
    const counts = inside.match(/(?<![\d.,])\d{1,4}(?![\d]|[.,]\d)/gu) ?? [];
    const now = cue ? (cue[1] ?? cue[2]) : counts.length === 1 ? counts[0] : null;
    const at = m.index ?? 0;
    if (now === null || now === m[1] || at >= lines[k].length) return [];
    return [{ line: k, at: at + m[0].search(/[[(]/u), end: at + m[0].length, c: { old: m[1], now }, words: [], target: { line: k, at } }];
  }));
}

/** A footnote's mark: "¹", "²³", "*", "**". */
const MARK = '(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\\*{1,3})';
/** A footnote: its mark opening the line. */
const FOOTNOTE = new RegExp(String.raw`^\s*(${MARK})\s*\S`, 'u');
/** The count a footnote gives: "следует читать – 18", "читать как 5", "правильно: 3", "18 деп оқылсын", "дұрысы – 4". */
const READ_AS = /(?:следует\s+читать|читать(?:\s+как)?|правильно|верно|дұрысы)\s*[:–—-]?\s*(\d{1,4})(?!\d|[.,]\d)|(?<![\d.,])(\d{1,4})\s+(?:деп\s+)?(?:оқылсын|оқу\s+керек)/giu;
/**
 * A footnote that corrects the count it marks: "³ Исправлено: … следует читать – 18", "* В первоначальной редакции указано 8;
 * исправлено: следует читать 6 – …", "¹ Түзету: … 3 деп оқылсын". The marked count ("17³", "за – 14*", "14 өтініш³", the one
 * count in the document carrying that mark) is the printed one the note takes back: replaced by the note's one count, or,
 * when the note takes it back with no one count ("Түзету: отырыстардың бірі қате есептелген."), withdrawn — a count the
 * document withdrew is never read. Any other note (a part, a breakdown) leaves its count as printed.
 */
function footnoteCorrections(lines: string[]): Found[] {
  const out: Found[] = [];
  for (const [k, line] of lines.entries()) {
    const m = FOOTNOTE.exec(line);
    if (!m) continue;
    // The note with its wrapped lines: up to a blank line or the next note.
    let note = line;
    for (let j = k + 1; j < lines.length && lines[j].trim() !== '' && !FOOTNOTE.test(lines[j]); j++) note += ` ${lines[j]}`;
    const read = matchesOf(note, READ_AS);
    if (read.length === 0 && !ERRATA.test(note)) continue;
    const now = read.length === 1 ? (read[0][1] ?? read[0][2]) : '';
    if (read.length !== 1 && !ERRATA.test(note)) continue;
    const mark = m[1].replace(/\*/gu, '\\*');
    const carriers = lines.flatMap((l, j) => (j === k ? [] : matchesOf(l, new RegExp(String.raw`(?<![\d.,])(\d{1,4})(?:\s+\p{L}+)?\s?${mark}(?![¹²³⁴⁵⁶⁷⁸⁹⁰*])`, 'gu')).map((c) => ({ line: j, at: c.index ?? 0, old: c[1] }))));
    const at = now === '' ? 0 : (read[0].index ?? 0) + read[0][0].lastIndexOf(now);
    // (The note's own count blanked where it stands: on its first line, or past it on a wrapped one.)
    const within = at < line.length ? { at, end: at + now.length } : { at: line.length, end: line.length };
    out.push({ line: k, ...within, c: { old: carriers[0]?.old ?? '', now }, words: [], target: carriers.length === 1 && carriers[0].old !== now ? { line: carriers[0].line, at: carriers[0].at } : null });
    if (now !== '' && at >= line.length) blankWrappedCount(lines, k, at - line.length - 1, now);
  }
  return out;
}
/** A note's count on a wrapped line ("… исправлено: следует" / "читать 6 – …") blanked there (`offset` into the joined rest). */
function blankWrappedCount(lines: string[], k: number, offset: number, count: string): void {
  for (let j = k + 1, rest = offset; j < lines.length; rest -= lines[j].length + 1, j++) {
    if (rest < lines[j].length) {
      lines[j] = `${lines[j].slice(0, rest)}${' '.repeat(count.length)}${lines[j].slice(rest + count.length)}`;
      return;
    }
  }
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
    for (let j = k + 1; j < lines.length && (/[|\t]/u.test(lines[j]) || /^\s*[-=+]{5,}\s*$/u.test(lines[j])); j++) {
      const row = cells(lines[j]);
      if (row.length !== head.length || /^[-=+\s|]*$/u.test(lines[j])) continue;
      const [old, now] = [row[oldCol], row[newCol]];
      if (old === '' || now === '' || old === now || !/\d/u.test(old)) continue;
      const words = row.filter((_, c) => c !== oldCol && c !== newCol).join(' ');
      // The row's other cells (the point, the field: "п. 2", "мониторингов") tell the place.
      // The row's numbers all blanked: neither its old count nor its new one is read there.
      out.push({ line: j, at: 0, end: lines[j].length, c: { old, now }, words: wordsOf(words, '') });
    }
  }
  return [...out, ...errataCells(lines)];
}

/**
 * The same table from a Word file read one cell a line ("\t№", "\tМесто в протоколе", "\tНапечатано", "\tСледует читать",
 * "\t1", "\tраздел «Присутствовали»", "\t«присутствуют 8 членов Совета»", "\t«присутствуют 9 членов Совета»", set 159's
 * Agadyr): the header is the cells before the first with a digit, each row as many cells after it. A run whose cells do not
 * fill its rows is left alone. The row's other cells are blanked here (the new one would read as a vote: "«за – 6, против –
 * 2, воздержались – 1»"); the old one's line is the correction's.
 */
function errataCells(lines: string[]): Found[] {
  const out: Found[] = [];
  const cell = (k: number) => (/^\t/u.test(lines[k] ?? '') ? lines[k].trim() : null);
  for (let k = 0; k < lines.length; k++) {
    if (cell(k) === null || cell(k - 1) !== null) continue;
    let end = k;
    while (cell(end) !== null) end++;
    const cells = lines.slice(k, end).map((l) => l.trim());
    const width = cells.findIndex((c) => /\d/u.test(c));
    const head = cells.slice(0, Math.max(width, 0)).map((c) => c.replace(/[:.]$/u, ''));
    const [oldCol, newCol] = [head.findIndex((c) => OLD_HEAD.test(c)), head.findIndex((c) => NEW_HEAD.test(c))];
    if (width < 2 || oldCol < 0 || newCol < 0 || (cells.length - width) % width !== 0) {
      k = end;
      continue;
    }
    for (let row = k + width; row < end; row += width) {
      // (A quoted cell may correct words with no number: "«отсутствует – без уважительной причины»" → "«отсутствует –
      // служебная командировка …»".)
      const quoted = /^[«"“„].*[»"”]$/u.test(lines[row + oldCol].trim());
      const [old, now] = [lines[row + oldCol].trim(), lines[row + newCol].trim()].map((c) => c.replace(/^[«"“„]([^«»"“”„]*)[»"”]$/u, '$1'));
      if (old === '' || now === '' || old === now || !(/\d/u.test(old) || quoted)) continue;
      const words = cells.slice(row - k, row - k + width).filter((_, c) => c !== oldCol && c !== newCol).join(' ');
      for (let c = 0; c < width; c++) if (c !== oldCol) lines[row + c] = lines[row + c].replace(/[^\s]/gu, ' ');
      out.push({ line: row + oldCol, at: 0, end: lines[row + oldCol].length, c: { old, now }, words: wordsOf(words, '') });
    }
    k = end;
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
  // Words with one count, a count for them ("«8 писем» указано ошибочно, следует читать 7"): the words keep theirs.
  if (/^\d+$/u.test(c.now) && (written.match(/\d+/gu) ?? []).length === 1) return written.replace(/\d+/u, c.now);
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
  // (A short word names a line as a word of its own: "за" is no "заседаний" — set 179's Kokpekty, "мониторингов … 9, а не
  // 11" named the 11 commission meetings too.)
  const names = (text: string, w: string) => (w.length >= 5 ? text.includes(w) : new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'u').test(text));
  const named = words.length === 0 || phrase ? holding : holding.filter((h) => words.some((w) => names(h.text, w)));
  const above = named.filter((h) => h.line < k);
  if (words.length === 0 && !phrase) return holding.length === 1 ? holding[0] : null;
  // (Below — a reply's message — the one line naming more of its words than any other: "мониторингов … проведено 9, а не
  // 11" names "проведено … 11 заседаний" by one word, "мониторинг проведен 11 раз" by two.)
  const shared = (h: { text: string }) => words.filter((w) => names(h.text, w)).length;
  const most = Math.max(0, ...named.map(shared));
  const best = named.filter((h) => shared(h) === most);
  const pick = above.length > 0 ? above[above.length - 1] : named.length === 1 ? named[0] : !phrase && best.length === 1 && k < best[0].line ? best[0] : null;
  return pick === null ? null : { line: pick.line, at: pick.at, length: pick.length };
}

/**
 * The count of quoted words corrected by a count alone, where the words stand (on one line or over a line's end, not a
 * correction's line): the correction becomes that count's. Null unless the words hold one count, the new is a count, and
 * one place holds them.
 */
function countInWords(lines: string[], own: Set<number>, c: Correction): { place: Place; c: Correction } | null {
  const counts = c.old.match(/\d+/gu) ?? [];
  if (!/\p{L}/u.test(c.old) || counts.length !== 1 || !/^\d{1,4}$/u.test(c.now)) return null;
  const words = new RegExp(`(?<![\\p{L}\\d])${escape(c.old).replace(/\s+/gu, '\\s+').replace(/[-–—]/gu, '[-–—]')}`, 'giu');
  const found = lines.flatMap((line, j) => {
    if (own.has(j) || own.has(j + 1)) return [];
    const both = `${line}\n${lines[j + 1] ?? ''}`;
    return matchesOf(both, words).filter((m) => (m.index ?? 0) < line.length).map((m) => ({ line: j, at: (m.index ?? 0) + m[0].search(/\d/u) }));
  });
  if (found.length !== 1 || found[0].at >= lines[found[0].line].length) return null;
  return { place: found[0], c: { old: counts[0], now: c.now } };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
