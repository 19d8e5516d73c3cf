import { DOTTED_ABSENT, DOTTED_PRESENT } from './readStatusRoll.ts';

/**
 * A roll whose lines end with a mark a legend above explains, each mark in quotes: "(«+» – қатысты, «+ Zoom» –
 * бейнебайланыс арқылы қатысты, «–» – қатыспады):" over "5. Ғаббасов Н.М. – орнитолог ........ – (іссапар)", "Отметки:
 * "V" – присутствовал, "О" – присутствовал онлайн, "Н" – отсутствовал". Each line's closing mark spelled as its legend says ("…
 * ........ қатыспады (іссапар)"), so the status roll reads it as any written status; the legend's pairs are taken out of
 * its line (it names no one; a heading's words and colon stay). Read only when the legend tells presence and absence
 * apart (a vote's "«+» – за" spells nothing), and only in the block of lines under it; a mark no legend gives is left as
 * it is. Lines keep their number.
 */
export function spellMarkLegend(lines: string[]): string[] {
  const at = lines.findIndex((l) => l.length <= 300 && (l.match(PAIR_GLOBAL) ?? []).length >= 2);
  if (at < 0) return lines;
  const marks = new Map<string, string>();
  for (const m of lines[at].matchAll(PAIR_GLOBAL)) marks.set(m[1].replace(/\s+/gu, ''), m[2].trim());
  const meanings = [...marks.values()];
  // A vote told with quoted labels ("«жақ» – 17, «қарсы» – жоқ") gives counts, not meanings.
  if (meanings.some((m) => /\d/u.test(m) || m === '')) return lines;
  // The meanings are the status words the roll reads after its dot leaders (readStatusRoll): spelled in others, it would
  // not read them.
  if (!meanings.some((m) => DOTTED_ABSENT.test(m)) || !meanings.some((m) => DOTTED_PRESENT.test(m))) return lines;
  // Longest first: "+ Zoom" before "+".
  const symbols = [...marks.keys()].sort((a, b) => b.length - a.length);
  const closing = new RegExp(`((?:\\.\\s?){3,}|\\s{2,}|\\t|\\s[-–—]\\s)\\s*(${symbols.map(escape).join('|')})(?=\\s*(?:\\([^()]*\\))?\\s*[.;,]?\\s*$)`, 'u');
  const out = [...lines];
  out[at] = lines[at].replace(new RegExp(`${PAIR_GLOBAL.source}\\s*[,;]?`, 'gu'), '').replace(/\(\s*\)/gu, '').replace(/\s+(?=:?\s*$)/u, '').replace(/:(?:\s*:)+/u, ':');
  // The block under the legend: after any blank lines, to the next blank line.
  let k = at + 1;
  while (k < lines.length && lines[k].trim() === '') k++;
  for (; k < lines.length && lines[k].trim() !== ''; k++) {
    out[k] = lines[k].replace(closing, (_all, lead: string, mark: string) => `${lead} ${marks.get(mark.replace(/\s+/gu, ''))}`);
  }
  return out;
}

/** A pair of the legend: a quoted mark of one to twelve characters, a dash, its meaning up to the next pair or the bracket's end. */
const PAIR_GLOBAL = /[«"„“]([^«»"„“”]{1,12})[»"”“]\s*[-–—=]\s*([^,;()«"„“]*?(?:\([^()]*\)[^,;()«"„“]*?)?)(?=\s*(?:[,;)]|:?\s*$))/gu;
/** A mark as a pattern, spaces allowed between its characters ("+ Zoom", "+Zoom"). */
const escape = (s: string) => [...s].map((c) => c.replace(/[.*+?^${}()|[\]\\]/u, '\\$&')).join('\\s*');
