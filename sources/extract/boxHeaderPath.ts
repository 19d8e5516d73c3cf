import { tidy } from './toLines.ts';

/** A header cell over a column, with the columns it spans (1 when it is the column's own). */
export interface HeaderCell {
  text: string;
  width: number;
}

/**
 * The cells over one column of a "+---+" box table's header, top to bottom (a report's indicator table, a protocol's
 * attendance summary): a line's words over it belong to the cell between the bars around it; lines
 * whose cell has the same extent, with no rule between, are one cell drawn over several lines ("Итого" / "за 9" / "мес.").
 */
export function boxHeaderPath(header: string[], [a, b]: [number, number]): HeaderCell[] {
  const path: HeaderCell[] = [];
  let open: { from: number; to: number; words: string[] } | null = null;
  const close = () => {
    // (A cell whose bars stand beyond the column's own spans several columns.)
    if (open && open.words.length > 0) path.push({ text: tidy(open.words.join(' ')).replace(/(\p{Ll})-\s+(?=\p{Ll})/gu, '$1'), width: open.from === a - 1 && open.to === b ? 1 : 2 });
    open = null;
  };
  for (const line of header) {
    const cuts = [-1, ...positionsOf(line, /[|+]/gu), Infinity];
    const from = Math.max(...cuts.filter((c) => c < a));
    const to = Math.min(...cuts.filter((c) => c >= b));
    const text = line.slice(from + 1, to === Infinity ? undefined : to).trim();
    if (/^[-=]+$/u.test(text)) {
      close();
      continue;
    }
    if (open === null || open.from !== from || open.to !== to) {
      close();
      open = { from, to, words: [] };
    }
    if (text !== '') open.words.push(text);
  }
  close();
  return path;
}

function positionsOf(line: string, pattern: RegExp): number[] {
  return [...line.matchAll(pattern)].map((m) => m.index ?? 0);
}
