import { ANY_PLATFORM, MEDIA_PUBLICATIONS } from './activityLexicon.ts';
import { lowerCase } from '../grammar/lowerCase.ts';
import { matchesOf } from '../grammar/matchesOf.ts';
import { MEMBER_JOINED, MEMBER_LEFT } from './memberChangeClauses.ts';
import { sentenceOfNote } from './noteOfMarkedRow.ts';

const SUPERSCRIPT = /[⁰¹²³⁴⁵⁶⁷⁸⁹]/u;
const blank = (s: string) => s.replace(/\S/gu, ' ');
/**
 * A footnote's marker opening its line: "1 …", "1) …" not set in (a number set in is a wrapped line's), "* …" set in or
 * not (an infographic's notes stand in its margin: "   * Стрелканың сол жағы – …", set 157); or a superscript "¹ …". A star
 * is no count, so after one the note may open with a date ("*  2025 жылғы 24 шілдеге жоспарланған отырыс …").
 */
const NOTE_MARK = /^(?:\s*\*{1,3}\s+[\p{L}\d]|\d{1,2}\)?\s+\p{L})/u;
/** The rule over footnotes, typed ("______", "-----", "—————") or drawn with a box's line ("──────", "━━━━━", "══════"). */
const NOTES_RULE = /^[_‗—–\-─━═]{5,}$/u;
const DRAWN_RULE = /^[─━═]+$/u;
const opensNote = (line: string) => SUPERSCRIPT.test(line.trim()[0] ?? '') || NOTE_MARK.test(line);

/**
 * Footnotes read as what they are: notes, never the report's figures. A marker after a count ("заседаний (5)²",
 * "отырыс – 5¹") is blanked so it is not read as a digit; a footnote's own text (a line opening with a superscript
 * marker, or under a "______" rule with a plain "1 …", "1) …", "* …" marker) is blanked with its wrapped lines: its
 * numbers ("² В том числе 1 выездное заседание", "⁴ Общее число участников – 120 человек") count something else or a
 * part. Offsets and line numbers are kept.
 */
export function blankFootnotes(source: string[], periodEnd: string | null = null): string[] {
  // (A note that corrects the value it marks, "¹ … За III квартал следует читать – 1", was read before: statedCorrections.ts.)
  const lines = source;
  const plainNote = plainNotesOfMarks(lines);
  const bracketNote = bracketNotesOfMarks(lines);
  const noteMarks = new Set([...bracketNote].map((i) => /\[\d{1,2}\]/u.exec(lines[i])?.[0] ?? ''));
  let underRule = false;
  let inNote = false;
  let keep = false;
  // A rule typed under a table's header or its last row ("Показатель   II кв." … "----------" … "Публикации   21") is
  // the table's: kept for the table readers, and no footnotes follow it.
  const column = (line: string | undefined) => line !== undefined && /\S\s{2,}(?:\d|\p{L})/u.test(line.trim());
  return lines.map((line, i) => {
    const t = line.trim();
    if (NOTES_RULE.test(t)) {
      // A rule over or under a table typed with spaces ("-----" then "2025 г., факт   7   5") is no footnotes' rule:
      // the first line after a footnotes' rule opens a note.
      const next = lines.slice(i + 1).find((l) => l.trim() !== '') ?? '';
      // A rule drawn with a box's line also sets an infographic's sections apart ("────" / "БІЗ КІМБІЗ" / "────" / "15
      // КЕҢЕС МҮШЕСІ", a card joined): only a star's or a superscript's note opens under it, never a line opening with a count.
      if (column(lines[i - 1]) || column(lines[i + 1]) || !opensNote(next) || (DRAWN_RULE.test(t) && /^\s*\d/u.test(next))) return line;
      underRule = true;
      inNote = false;
      // The rule itself holds nothing to read, and it stays: a text table's header is underlined by one
      // ("Көрсеткіш   2024 жыл   2025 жыл" / "----------").
      return line;
    }
    if (t === '') {
      inNote = false;
      return line;
    }
    // A plain marker opens the line: a number set in ("             46 человек, …") is a wrapped line's.
    const opens = SUPERSCRIPT.test(t[0]) || (underRule && NOTE_MARK.test(line)) || plainNote.has(i) || bracketNote.has(i);
    if (opens) {
      inNote = true;
      keep = tellsMembershipChange(noteAt(lines, i));
    } else if (inNote && !/^\s/u.test(line) && /^\p{Lu}/u.test(t)) inNote = false;
    // "² оның ішінде 3 бөлімнің және 1 ведомстволық бағынысты ұйымның есебі" under "Есептерді тыңдау | 4² | 3": a note of the
    // parts of the count it marks (or of one of its events, dated) is read as that count's sentence (noteOfMarkedRow.ts).
    const told = opens || /^\*{1,3}\s*(?:\p{L}|\d{1,2}\.\d{1,2}\.\d{4})/u.test(t) ? sentenceOfNote(lines, i, periodEnd) : null;
    if (told !== null) {
      keep = false;
      return told;
    }
    // "¹ В течение полугодия из состава Совета выведен 1 член …, включены 2 новых члена": a note on the composition tells
    // the period's change of members, which nowhere else is told; its marker goes, its words are read.
    if (inNote && keep) return opens ? line.replace(/^(\s*)([⁰¹²³⁴⁵⁶⁷⁸⁹]+|\[\d{1,2}\]|\d{1,2}\)?|\*{1,3})/u, (_m, lead: string, mark: string) => lead + blank(mark)).replace(/^(\s*)\t/u, '$1 ') : line;
    // "⁴ Сайт акимата – 12, Instagram – 19, Telegram – 6." under "Публикации о деятельности Совета, ед.   37⁴": a note that
    // splits a count of publications by platform is that split, read after the row's noun ("Публикации: Сайт акимата – 12, …").
    const noun = opens && SUPERSCRIPT.test(t[0]) && isPlatformSplit(t.slice(1)) ? publicationsMarked(lines, t[0]) : null;
    if (inNote && noun !== null) return `${noun}: ${t.slice(1).trim()}`;
    if (inNote) return blank(line);
    return line.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu, (m) => blank(m)).replace(GLUED_BRACKET_MARK, (m) => blank(m)).replace(SPACED_BRACKET_MARK, (m) => (noteMarks.has(m.trim()) ? blank(m) : m));
  });
}

/**
 * An endnote's mark in square brackets glued to what it marks: "жүргізілді[3]", "қабылданды (…)[1].", "14[2]", "заседаний»[4]".
 * Never a count: "Оның 38-іне жауап берілді[4]" states 38 and nothing else. A bracketed number apart from the word ("см. [3]",
 * "мониторинг [3]") is left as it is.
 */
const GLUED_BRACKET_MARK = /(?<=[\p{L}\d.,)»"”])\[\d{1,2}\]/gu;

/**
 * An endnote's mark set one space after the count it marks, at the end of its row or clause: "Комиссия отырыстары ....
 * 15 [2]", "Мониторингтер – 7 [3];" (a PDF made from HTML, a typist's space). A mark only when a note below opens with
 * it; a bracketed number after a word ("мониторинг [3]") or mid-sentence is left as it is.
 */
const SPACED_BRACKET_MARK = /(?<=\d) \[\d{1,2}\](?=\s*[.;,]?\s*$|\s*[.;,]\s)/gu;

/**
 * The lines that open an endnote by a bracketed number ("[3] Оның 2-еуі облыстық мәслихат депутаттарымен бірлесіп …") the
 * body glued to a word above it: the note's text is a note, its numbers a part, another year's or another body's.
 */
function bracketNotesOfMarks(lines: string[]): Set<number> {
  const out = new Set<number>();
  const marked = new Set<string>();
  lines.forEach((line, i) => {
    const opening = /^\s*(\[\d{1,2}\])\s+\S/u.exec(line);
    if (opening !== null && marked.has(opening[1])) out.add(i);
    for (const m of line.matchAll(GLUED_BRACKET_MARK)) marked.add(m[0]);
    for (const m of line.matchAll(SPACED_BRACKET_MARK)) marked.add(m[0].trim());
  });
  return out;
}

const PLATFORM = new RegExp(`(?:${ANY_PLATFORM})`, 'iu');

/** A note of nothing but platforms with their counts: "Сайт акимата – 12, Instagram – 19, Telegram – 6." (two or more). */
function isPlatformSplit(note: string): boolean {
  const items = note.trim().replace(/[.;]$/u, '').split(/\s*[,;]\s*/u);
  return items.length >= 2 && items.every((item) => /^[\p{L}\s.-]{2,40}\s*[-–—:]\s*\d{1,5}$/u.test(item) && PLATFORM.test(item));
}

/** The noun of publications ("Публикации", "Жарияланымдар") on the line whose count carries the marker, else null. */
function publicationsMarked(lines: string[], mark: string): string | null {
  const row = lines.find((l) => new RegExp(`\\d${mark}`, 'u').test(l) && !SUPERSCRIPT.test(l.trim()[0] ?? ''));
  const noun = row === undefined ? null : new RegExp(`(?<![\\p{L}])${MEDIA_PUBLICATIONS}`, 'iu').exec(row);
  return noun ? noun[0] : null;
}

/**
 * The lines that open a note by a plain number the body set as a superscript mark: a PDF's text layer gives the body's marks
 * as "членов¹", "проекта⁵" and the notes' as "1\tВ течение …" / "5  Поступили 22–29 декабря …", their rule often lost as a
 * page's furniture. Only a line after the body's mark of that number, its number apart by a tab or two spaces and a
 * capital after it: a count opening a running line ("12 одобрены …", "3 проекта …") is none.
 */
function plainNotesOfMarks(lines: string[]): Set<number> {
  const out = new Set<number>();
  const markedAt = new Map<number, number>();
  lines.forEach((line, i) => {
    for (const m of matchesOf(line, /(?<=[\p{L}\d.,)»"])([⁰¹²³⁴⁵⁶⁷⁸⁹])/gu)) {
      const n = SUPERSCRIPTS.indexOf(m[1]);
      if (!markedAt.has(n)) markedAt.set(n, i);
    }
    const plain = /^(\d{1,2})(?:\t|\s{2,})\s*\p{Lu}/u.exec(line);
    if (plain === null) return;
    const at = markedAt.get(Number(plain[1]));
    if (at !== undefined && at < i) out.add(i);
  });
  return out;
}

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A note's text, its wrapped lines after it (up to a blank line or the next line that opens a note). */
function noteAt(lines: string[], i: number): string {
  let note = lines[i].trim();
  for (let k = i + 1; k < lines.length && lines[k].trim() !== '' && !SUPERSCRIPT.test(lines[k].trim()[0]) && !/^\d{1,2}(?:\t|\s{2,})/u.test(lines[k]); k++) note += ` ${lines[k].trim()}`;
  return note;
}

/** A note that tells members leaving or joining the council's composition ("из состава Совета выведен 1 член", "кеңес құрамына 2 мүше енгізілді"). */
function tellsMembershipChange(note: string): boolean {
  // A count between the council and the verb ("кеңес құрамынан 1 мүше … шықты") is a word of the clause for the verbs' patterns.
  const lower = lowerCase(note).replace(/\d+/gu, 'n');
  // The composition and its members named: "в настоящую информацию они не включены" is no member joining.
  return /(?<![\p{L}])(?:состав[\p{L}]*|құрам[\p{L}]*)/u.test(lower) && /(?<![\p{L}])(?:член[\p{L}]*|мүше[\p{L}]*)/u.test(lower) && (MEMBER_LEFT.test(lower) || MEMBER_JOINED.test(lower));
}
