import { parseDatePhrase } from '../parseDatePhrase.ts';
import { tidy } from '../toLines.ts';
import { re } from './re.ts';

/** "09.12", "10.12.2025", "10.12.25": a day of the month as a header cell. */
const DAY_MONTH = /^(\d{1,2})\.(\d{1,2})(?:\.(?:\d{4}|\d{2}))?\.?(?:\s*г\.?)?$/u;
/** "1-й день", "день 2", "2-күн", "екінші күн": a day of a meeting held over several, told by its order only. */
const DAY_ORDINAL = re(`^(?:\\d\\s*-?\\s*(?:й|ый|ой|ий|ші|шы|нші|ншы)?\\s+(?:день|күн\\p{L}*)|день\\s+\\d|(?:первый|второй|третий|бірінші|екінші|үшінші)\\s+(?:день|күн\\p{L}*))$`);
/** "9 декабря", "10 желтоқсан": a date in words, short enough to be a column's header. */
const DAY_WORDS = /^\d{1,2}\s+\p{L}+(?:\s+\d{4}(?:\s*г\.?)?)?$/u;

/**
 * The attendance column of a registration sheet kept over a meeting of several days ("№ | Ф.И.О. | Статус | 09.12 |
 * 10.12 | Причина"): a column a day, each with its own marks. The protocol is one day's: only the column of its date tells
 * who attended it. Returns null when the header has no day column, the index of the protocol's day's column (a single day
 * column is the meeting's own unless it is dated another day), or 'unknown' when there are several and none is the protocol's date (no date read, or a
 * day told by its order only) — then no column tells this protocol's attendance, and reading one would give another
 * day's.
 */
export function dayColumnOf(cells: string[], date: string | null): number | 'unknown' | null {
  const year = date ? Number(date.slice(0, 4)) : undefined;
  const days: { k: number; iso: string | null }[] = [];
  cells.forEach((raw, k) => {
    const cell = tidy(raw);
    const dm = DAY_MONTH.exec(cell);
    if (dm) {
      const [day, month] = [Number(dm[1]), Number(dm[2])];
      if (day >= 1 && day <= 31 && month >= 1 && month <= 12) days.push({ k, iso: `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` });
      return;
    }
    if (DAY_ORDINAL.test(cell)) {
      days.push({ k, iso: null });
      return;
    }
    if (DAY_WORDS.test(cell)) {
      const range = parseDatePhrase(cell, year ?? 2000);
      if (range) days.push({ k, iso: range.start.slice(5) });
    }
  });
  if (days.length === 0) return null;
  // One day column is the meeting's own, unless it names another date than the protocol's.
  if (days.length === 1) return !date || days[0].iso === null || days[0].iso === date.slice(5) ? days[0].k : 'unknown';
  const own = date ? days.filter((d) => d.iso === date.slice(5)) : [];
  return own.length === 1 ? own[0].k : 'unknown';
}
