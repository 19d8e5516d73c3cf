import { NAME_COLUMN } from './lexicon.ts';

/**
 * An attendance table whose narrow "№" column a PDF's text (or a copy of it) leaves joined to the name by a space, the
 * other columns still parted by tabs: "№ Ф.И.О. члена Совета<tab>Отметка об участии" over "1 Жунусов А.Б.<tab>очно
 * (председатель)", "№ Аты-жөні<tab>Қатысуы" over "3 Әлімов Б.<tab>бейнебайланыс". Read as typed, the number and the name
 * were one cell and the table none (held-out 87's Abai oblast). The number is parted from the name by a tab, in the header
 * and in each row under it that opens with a number and a capitalised name before its tab; every other line as it is,
 * line for line. Not a numbered paragraph ("1. О плане работы<tab>…"): only rows under such a header.
 */
export function numberColumnApart(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < lines.length; i++) {
    const head = HEADER.exec(lines[i]);
    if (head === null || !NAME_HEAD.test(head[2])) continue;
    let end = i + 1;
    while (end < lines.length && ROW.test(lines[end])) end++;
    // A header over fewer than two such rows is no table of this kind.
    if (end - i - 1 < 2) continue;
    out[i] = lines[i].replace(HEADER, '$1\t$2');
    for (let k = i + 1; k < end; k++) out[k] = lines[k].replace(ROW_NUMBER, '$1\t');
    i = end - 1;
  }
  return out;
}

/** "№ Ф.И.О. члена Совета<tab>…": the number's sign, a space, the name's column before the first tab. */
const HEADER = /^(\s*№(?:\s*п\/п)?)[ ]+([^\t]+)(?=\t\S)/u;
const NAME_HEAD = new RegExp(`^${NAME_COLUMN}`, 'iu');
/** "1 Жунусов А.Б.<tab>очно", "12. Ким Е.<tab>онлайн": a number, a space, a capitalised name, a tab, a cell. */
const ROW = /^\s*\d{1,3}\.?[ ]+\p{Lu}[^\t]*\t\S/u;
const ROW_NUMBER = /^(\s*\d{1,3}\.?)[ ]+/u;
