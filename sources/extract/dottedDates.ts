/**
 * A whole date typed with slashes, hyphens or its year first ("07/10/2026", "23/10/2026", "04-12-2026", "2026.09.16",
 * "2026/09/16") is written as the readers read dates, "dd.mm.yyyy" ("07.10.2026", "16.09.2026"): a diary's item, a
 * table's date cell or a protocol's "оформлен 23/10/2026" is then read as the date it is (or, where it is no event's, set
 * aside as dates are) — and its digits are never taken for a count.
 *
 * Only a four-digit year of 19xx or 20xx with a day and a month that exist: "9/0/0" (a vote), "12/5" (a share), "1/2"
 * and a phone's "45-12-20" stay as they are. A hyphenated date needs its day and month in two digits ("04-12-2026"), so
 * that "1-2-2026" is no date. ISO "2026-10-21" is read as it is. A date inside a path or a web address ("…/2026/10/07/…")
 * is left alone. Character for character: every column and offset stays where it was.
 */
const DAY_FIRST = /(?<![\d./\-\p{L}])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})(?![\d/]|\.\d)|(?<![\d./\-\p{L}])(\d{2})-(\d{2})-((?:19|20)\d{2})(?![\d-]|\.\d)/gu;
const YEAR_FIRST = /(?<![\d./\-\p{L}])((?:19|20)\d{2})([./])(\d{2})\2(\d{2})(?![\d./]|-\d)/gu;

const exists = (day: string, month: string) => Number(day) >= 1 && Number(day) <= 31 && Number(month) >= 1 && Number(month) <= 12;

export function dottedDates(line: string): string {
  if (!/\d[/.-]\d/u.test(line)) return line;
  return line
    .replace(DAY_FIRST, (all, d1?: string, m1?: string, y1?: string, d2?: string, m2?: string, y2?: string) => {
      const [d, m, y] = d1 !== undefined ? [d1, m1!, y1!] : [d2!, m2!, y2!];
      return exists(d, m) ? `${d}.${m}.${y}` : all;
    })
    .replace(YEAR_FIRST, (all, y: string, _sep: string, m: string, d: string) => (exists(d, m) ? `${d}.${m}.${y}` : all));
}
