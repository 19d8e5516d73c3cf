import { ABSENCE_KIND_HEADING, ONLINE_LEAD } from './lexicon.ts';
import { re } from './re.ts';

/**
 * The words that open a run's group of names, cut by a wrap after a semicolon or a comma: "…, Қалдыбаев Е.О.; бейнебайланыс"
 * / "арқылы – Мұсаев Д.А., …", "…, Петров П.П.; в режиме" / "видеосвязи: Иванов И.И., …", "…; без уважительной" / "причины –
 * Омаров К.Е.". Read line by line, the cut words were the last name's mark (online, or its reason) and the next line's
 * names had no lead. The words are carried to the next line (each line keeps its number), only when joined to its head they
 * make a lead the runs know — online (ONLINE_LEAD) or a kind of absence (ABSENCE_KIND_HEADING) — and the line they leave
 * ends with a name.
 */
export function carryWrappedLead(table: { lines: string[]; numbers: number[] }): { lines: string[]; numbers: number[] } {
  const lines = [...table.lines];
  for (let k = 0; k + 1 < lines.length; k++) {
    const cut = CUT_TAIL.exec(lines[k]);
    if (!cut) continue;
    const joined = `${cut[2]} ${lines[k + 1].trim()}`;
    if (!ONLINE_LEAD_RE.test(joined) && !KIND_LEAD_RE.test(joined)) continue;
    lines[k] = lines[k].slice(0, cut.index + cut[1].length);
    lines[k + 1] = joined;
  }
  return { lines, numbers: table.numbers };
}

/** A name's end (initials, or its bracket closed), a semicolon or a comma, then one to three words in lower case ending the line. */
const CUT_TAIL = /((?:(?<![\p{L}])\p{Lu}\.|\))\s*[;,])\s*(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2})\s*$/u;
const ONLINE_LEAD_RE = re(ONLINE_LEAD);
/** "без уважительной причины – Омаров К.Е.", "себепсіз: Әлімов Қ.С.": a kind of absence before its names. */
const KIND_LEAD_RE = re(`${ABSENCE_KIND_HEADING}\\s*[-–—:]\\s*(?=\\p{Lu})`, 'u');
