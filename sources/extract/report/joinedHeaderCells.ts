/**
 * A tab table copied out of a PDF whose header lost its tabs between the period columns: "Показатель<tab>I квартал II
 * квартал Итого за I полугодие" over rows "Заседания Совета<tab>2<tab>1<tab>3" (set 163's ZKO, on both pages of a table the
 * page broke). No reader sees which value is the period's total while the header has fewer cells than its rows. The joined
 * cell is split where a column's title opens — a period ("I квартал", "II тоқсан", "2 полугодие"), a year ("2025 г."),
 * "Итого", "Всего", "Барлығы" — never right after a preposition ("за I полугодие" is one title), and only when every
 * piece opens with such a title and the header then has as many cells as every row under it (each with a number); else
 * the line stays as typed. A plan and its fact ("ІІ тоқсанға жоспар Нақты орындалды", set 62) are split by the plan
 * tables' reader, which knows which is which: no title here.
 */
const TITLE_START = /(?<![\p{L}\d])(?:[IVXІ]{1,4}\s*(?:квартал|кв\.|тоқсан|полугоди|жартыжылдық|полуг\.)|[1-4]\s*-?\s*(?:квартал|кв\.|тоқсан|полугоди|жартыжылдық)|(?:19|20)\d{2}\s*(?:г\.|год|ж\.|жыл)|итого|всего|барлығы|жиыны)/giu;
const AFTER_PREPOSITION = /(?<![\p{L}])(?:за|на|в|во|по|с|до|из|от|үшін)\s*$/iu;

export function splitJoinedHeaders(source: string[]): string[] {
  const lines = [...source];
  for (let k = 0; k < lines.length; k++) {
    if (!lines[k].includes('\t')) continue;
    const rows = rowsUnder(lines, k);
    if (rows.length === 0) continue;
    const width = rows[0];
    if (!rows.every((w) => w === width)) continue;
    const cells = lines[k].split('\t');
    if (cells.length >= width) continue;
    const split = cells.flatMap((cell) => titlesOf(cell));
    if (split.length === width) lines[k] = split.join('\t');
  }
  return lines;
}

/** The widths (cells) of the tab rows right under a header, each with a number after its label; none when a row has none. */
function rowsUnder(lines: string[], k: number): number[] {
  const out: number[] = [];
  for (let j = k + 1; j < lines.length && lines[j].includes('\t'); j++) {
    const cells = lines[j].split('\t');
    if (!cells.slice(1).every((c) => /^\s*[\d–—-]+\s*$/u.test(c))) return [];
    out.push(cells.length);
  }
  return out;
}

/** A cell cut where each column's title opens (not after a preposition). */
function titlesOf(cell: string): string[] {
  const starts = [...cell.matchAll(TITLE_START)].map((m) => m.index ?? 0).filter((at) => at > 0 && !AFTER_PREPOSITION.test(cell.slice(0, at)));
  if (starts.length === 0) return [cell];
  // (Every piece a title: "I квартал" | "II квартал" | "Итого за I полугодие"; words before the first leave the cell whole.)
  if (!new RegExp(`^\\s*(?:${TITLE_START.source})`, 'iu').test(cell)) return [cell];
  const bounds = [0, ...starts, cell.length];
  return bounds.slice(0, -1).map((at, i) => cell.slice(at, bounds[i + 1]).trim()).filter((c) => c !== '');
}
