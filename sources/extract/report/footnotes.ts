const SUPERSCRIPT = /[⁰¹²³⁴⁵⁶⁷⁸⁹]/u;
const blank = (s: string) => s.replace(/\S/gu, ' ');
/**
 * A footnote's marker opening its line, not set in: "1 …", "1) …", "* …"; or a superscript "¹ …". A star is no count,
 * so after one the note may open with a date ("*  2025 жылғы 24 шілдеге жоспарланған отырыс …").
 */
const NOTE_MARK = /^(?:\*{1,3}\s+[\p{L}\d]|\d{1,2}\)?\s+\p{L})/u;
const opensNote = (line: string) => SUPERSCRIPT.test(line.trim()[0] ?? '') || NOTE_MARK.test(line);

/**
 * Footnotes read as what they are: notes, never the report's figures. A marker after a count ("заседаний (5)²",
 * "отырыс – 5¹") is blanked so it is not read as a digit; a footnote's own text (a line opening with a superscript
 * marker, or under a "______" rule with a plain "1 …", "1) …", "* …" marker) is blanked with its wrapped lines: its
 * numbers ("² В том числе 1 выездное заседание", "⁴ Общее число участников – 120 человек") count something else or a
 * part. Offsets and line numbers are kept.
 */
export function blankFootnotes(lines: string[]): string[] {
  let underRule = false;
  let inNote = false;
  // A rule typed under a table's header or its last row ("Показатель   II кв." … "----------" … "Публикации   21") is
  // the table's: kept for the table readers, and no footnotes follow it.
  const column = (line: string | undefined) => line !== undefined && /\S\s{2,}(?:\d|\p{L})/u.test(line.trim());
  return lines.map((line, i) => {
    const t = line.trim();
    if (/^[_‗—–-]{5,}$/u.test(t)) {
      // A rule over or under a table typed with spaces ("-----" then "2025 г., факт   7   5") is no footnotes' rule:
      // the first line after a footnotes' rule opens a note.
      const next = lines.slice(i + 1).find((l) => l.trim() !== '') ?? '';
      if (column(lines[i - 1]) || column(lines[i + 1]) || !opensNote(next)) return line;
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
    const opens = SUPERSCRIPT.test(t[0]) || (underRule && NOTE_MARK.test(line));
    if (opens) inNote = true;
    else if (inNote && !/^\s/u.test(line) && /^\p{Lu}/u.test(t)) inNote = false;
    if (inNote) return blank(line);
    return line.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu, (m) => blank(m));
  });
}
