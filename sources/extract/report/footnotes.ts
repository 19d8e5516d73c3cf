const SUPERSCRIPT = /[⁰¹²³⁴⁵⁶⁷⁸⁹]/u;
const blank = (s: string) => s.replace(/\S/gu, ' ');

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
  return lines.map((line) => {
    const t = line.trim();
    if (/^[_‗—–-]{5,}$/u.test(t)) {
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
    const opens = SUPERSCRIPT.test(t[0]) || (underRule && /^(?:\*{1,3}|\d{1,2}\)?)\s+\p{L}/u.test(t));
    if (opens) inNote = true;
    else if (inNote && !/^\s/u.test(line) && /^\p{Lu}/u.test(t)) inNote = false;
    if (inNote) return blank(line);
    return line.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu, (m) => blank(m));
  });
}
