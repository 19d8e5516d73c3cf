import { COUNT_SOURCE as N } from '../parseCount.ts';

/**
 * A count's line laid out with a DOTTED LEADER between its label and its count, as a form or an old program's printout
 * sets it ("Кеңес мүшелерінің жалпы саны ............ 13", "Присутствовали ....... 12 из 15", "  оның ішінде бейнебайланыс
 * арқылы …… 2"): the leader ties the count at its end to the label at its start, as the dash of "Присутствовали – 12"
 * does — the line is given that dash, so the readers of counts read it as they read a typed one. Only a leader of four dots or
 * more, or two "…" (middle dots too; spaces between allowed: a sentence's "..." is none) after a label with letters and before a count in digits
 * or words (the count may touch the dots: "…….10"); a line whose value is a name or a word ("Төраға ........ Сейітқұлов Б.Е.", "Иванов И.И. ..... присутствовал")
 * or whose leader ends a signature line is left as it is.
 */
export function leaderAsDash(line: string): string {
  const m = LEADER_LINE.exec(line);
  return m ? `${m[1]} – ${m[2]}` : line;
}

const LEADER_LINE = new RegExp(String.raw`^(\s*\S.*?\p{L}.*?)[ \t]*(?:(?:[.·][ \t]?){4,}|(?:…[ \t]?){2,})(?:[.…·][ \t]?)*[ \t]*((?:\d{1,3}|${N})(?![\p{L}\d]).*)$`, 'iu');
