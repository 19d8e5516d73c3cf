import { COUNT_SOURCE as N } from '../parseCount.ts';
import { re } from './re.ts';

/**
 * The tally closing a run of the names of those present, after a dash at its end: "…, Токтаров Бахыт Серикович – всего 12
 * человек из 15, в том числе в режиме онлайн – 1." (held-out 152's Akmola), "…, Оразалина Н.С. – барлығы 5 мүше.", "… –
 * барлығы 12 мүше (15 мүшеден), оның ішінде онлайн – 1". Its count is those present, "из 15" / "(15 мүшеден)" the members,
 * and what follows ("в том числе онлайн – 1") a part of the count: none of it is the last name's role or mark.
 * Groups: 1 the count present, 2 or 3 the members' whole when told.
 */
export const LIST_TOTAL = re(`(?<![\\p{L}\\d-])[-–—]\\s*(?:барлығы|всего|итого)\\s*[:\\-–—]?\\s*(${N})\\s+(?:мүше|член|человек|адам)[\\p{L}]*(?:\\s+из\\s+(${N})(?![\\d\\p{L}])|\\s*\\(\\s*(${N})\\s+мүше(?:ден|нің)\\s*\\))?\\s*(?:[.;]\\s*$|,\\s*(?:в\\s+том\\s+числе|из\\s+них|оның\\s+ішінде)[^.;]*[.;]?\\s*$|$)`);

/** A run of names without the tally closing it (see LIST_TOTAL): "…, Токтаров Бахыт Серикович". */
export function withoutListTotal(run: string): string {
  const m = LIST_TOTAL.exec(run);
  return m === null ? run : run.slice(0, m.index).trimEnd();
}
