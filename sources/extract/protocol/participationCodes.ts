import { IN_PERSON, ONLINE } from './lexicon.ts';
import { re } from './re.ts';

/**
 * The legend of an attendance table's participation codes, under or above it: "* Коды участия: О – очно; Д – дистанционно
 * (Zoom); К – служебная командировка; Н – отсутствие без уважительной причины", "Шартты белгілер: Қ – қатысты; З – Zoom
 * арқылы; І – іссапар". Group 1 is the pairs.
 */
const LEGEND = re(`^\\s*\\*{0,2}\\s*(?:коды?\\s+участия|условные\\s+обозначения|обозначения|шартты\\s+белгілер[\\p{L}]*|қатысу\\s+(?:кодтары|коды|белгілері))\\s*\\*{0,2}\\s*[:\\-–—]\\s*(.+)$`);
/** A header cell of the codes' column: "Код участия*", "Обозначение", "Қатысу коды", "Белгі". */
const CODE_COLUMN = re(`(?:код\\s+участия|обозначени|қатысу\\s+коды|белгі)`);
/** "О – очно": a code (one to three capitals) and what it means. */
const PAIR = /^\s*(\p{Lu}{1,3})\s*[–—-]\s*(.+?)\s*\.?\s*$/u;
/** What a participation cell says of an absence. */
const AWAY = re(`отсутств|командиров|болезн|больничн|отпуск|без\\s+уважительн|неуважительн|жоқ|қатыспа|іссапар|ауыр|демалыс|себеп`);

/**
 * A table whose participation column gives each member only a code that a legend explains ("О", "Д", "Н" / "* Коды
 * участия: О – очно; Д – дистанционно (Zoom); …"): each code cell of the table spelled as its legend says ("очно",
 * "дистанционно (Zoom)", "отсутствие без уважительной причины"), so the attendance table reader reads the cell as it
 * reads any written participation. A cell is spelled only when it is a whole code of the legend, in the table the legend
 * belongs to (from the header with a codes' column to the legend, or from the legend to that table's end); a legend
 * whose codes are no attendance (a vote's "З – за; П – против") spells nothing. The legend's line is blanked (it names
 * no one); lines keep their number.
 */
export function spellParticipationCodes(lines: string[]): string[] {
  const at = lines.findIndex((l) => LEGEND.test(l));
  if (at < 0) return lines;
  const codes = new Map<string, string>();
  for (const part of LEGEND.exec(lines[at])![1].split(';')) {
    const m = PAIR.exec(part);
    if (m) codes.set(m[1], m[2]);
  }
  const meanings = [...codes.values()];
  if (codes.size < 2 || !meanings.some((m) => re(`${IN_PERSON}|${ONLINE}`).test(m)) || !meanings.some((m) => AWAY.test(m))) return lines;
  // The table: above the legend, from the last header with a codes' column; below it, from the next such header to a blank line.
  let from = -1;
  let to = -1;
  for (let k = at - 1; k >= 0 && k >= at - 400; k--) {
    if (CODE_COLUMN.test(lines[k]) && lines[k].length <= 200) {
      [from, to] = [k + 1, at - 1];
      break;
    }
  }
  if (from < 0) {
    const header = lines.findIndex((l, k) => k > at && k <= at + 10 && CODE_COLUMN.test(l) && l.length <= 200);
    if (header < 0) return lines;
    const end = lines.findIndex((l, k) => k > header && l.trim() === '');
    [from, to] = [header + 1, end < 0 ? lines.length - 1 : end - 1];
  }
  const spell = (cell: string) => {
    const meaning = codes.get(cell.trim());
    return meaning === undefined ? cell : cell.replace(cell.trim(), meaning);
  };
  // (The legend itself is no line of the protocol's: "Коды участия: О – очно" is no one present.)
  return lines.map((line, k) => (k === at ? '' : k < from || k > to ? line : line.split(/(\t|\|)/u).map((c) => (c === '\t' || c === '|' ? c : spell(c))).join('')));
}
