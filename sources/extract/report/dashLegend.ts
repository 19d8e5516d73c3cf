/**
 * A table's legend that says what its dash stands for: «"—" белгісі іс-шара өткізілмегенін (нөл) білдіреді», «Знак «–»
 * означает, что мероприятие не проводилось», «Прочерк – 0». A dash cell is no count by itself (it may be "none" or "not
 * filled in"); under such a legend it is the none (0) the document says it is. Only a dash named as a mark — quoted, or
 * with its word ("белгісі", "знак", "прочерк", "сызықша") — in a note right under the table (or right above it); a legend
 * that gives the dash as no data ("прочерк – нет данных", "«—» – мәлімет жоқ") says no none.
 */
const MARK = String.raw`(?:[«"“„]\s*[-–—]\s*[»"”“](?:\s*(?:белгісі|белгі|знак[\p{L}]*|символ[\p{L}]*))?|(?<![\p{L}])(?:знак|символ)[\p{L}]*\s*[-–—]|(?<![\p{L}])(?:прочерк[\p{L}]*|сызықша)(?![\p{L}]))`;
const NONE = String.raw`(?:нөл|ноль|нуль|(?<![\d,.])0(?![\d,.])|өткізілме[\p{L}]*|өткізілген\s+жоқ|болмаған[\p{L}]*|не\s+(?:проводил|проведен|было|состоял)[\p{L}]*|отсутств[\p{L}]*|(?<![\p{L}])(?:жоқ|нет)(?![\p{L}]))`;
const LEGEND = new RegExp(`${MARK}[^.;]{0,80}?${NONE}`, 'iu');
/** No data: "нет данных", "сведений нет", "мәлімет жоқ", "не представлен", "ұсынбаған" — the dash is then no none. */
const NO_DATA = /(?:данн|сведени|информаци|мәлімет|дерек|ақпарат|не\s+представ|не\s+заполн|ұсынба|толтырылма)/iu;

/**
 * Whether the note under the table's last line (or over its first) says a dash cell is none — or a note under an earlier
 * table of the document does ("«–» — не проводилось / не поступало" under Table 1, Table 2's seminars "– | – | – | –"): a
 * letter sets out its marks once, for the tables after it. Not when any note of the document gives the dash as no data.
 */
export function dashMeansNone(lines: string[], first: number, last: number): boolean {
  const says = (note: string) => note.split(/;/u).some((clause) => LEGEND.test(clause) && !NO_DATA.test(clause));
  if (says(noteAfter(lines, last)) || says(noteBefore(lines, first))) return true;
  const noData = lines.some((l) => l.split(/;/u).some((clause) => MARK_RE.test(clause) && NO_DATA.test(clause)));
  return !noData && lines.slice(0, first).some(says);
}
const MARK_RE = new RegExp(MARK, 'iu');

/** The paragraph after the table: blank lines skipped (up to two), then its lines to the next blank line (up to four). */
function noteAfter(lines: string[], last: number): string {
  let k = last + 1;
  while (k < lines.length && k <= last + 2 && lines[k].trim() === '') k++;
  const note: string[] = [];
  for (; k < lines.length && note.length < 4 && lines[k].trim() !== ''; k++) note.push(lines[k].trim());
  return note.join(' ');
}

/** The line right over the table (its caption may give the legend: "Таблица 1 («—» – не проводилось)"). */
function noteBefore(lines: string[], first: number): string {
  let k = first - 1;
  while (k >= 0 && k >= first - 2 && lines[k].trim() === '') k--;
  return k >= 0 ? lines[k].trim() : '';
}
