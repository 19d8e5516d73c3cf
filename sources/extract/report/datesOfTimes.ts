import { parseCount } from '../parseCount.ts';
import { parseDatePhrase } from '../parseDatePhrase.ts';

/** "екі рет (…)", "дважды (…)", "3 раза (…)": how many times, then the bracket of its dates. */
const TIMES_THEN_BRACKET = /(?<![\p{L}\d])((?:\d{1,2}|[\p{L}]+)\s+(?:рет|мәрте|раза?)|дважды|трижды|двукратно)\s*\(([^()]+)\)/iu;

/**
 * The days of an item that says how many times its event was held and dates each time in one bracket: "мектеп
 * асханалары – екі рет (ақпанның 18-і, қазанның 22-сі)", "школьные столовые – дважды (18 февраля и 22 октября)". One date
 * per time, each a day of a month, exactly as many as the times; else null (the item stays one event, dated by its first).
 */
export function datesOfTimes(title: string, year: number | undefined): { start: string; end: string }[] | null {
  const m = TIMES_THEN_BRACKET.exec(title);
  const times = m === null ? null : parseCount(m[1].replace(/\s+(?:рет|мәрте|раза?)$/iu, ''));
  if (m === null || times === null || times < 2) return null;
  const pieces = m[2].split(/\s*[,;]\s*|\s+(?:и|және|мен)\s+/u).filter((p) => p.trim() !== '');
  if (pieces.length !== times) return null;
  const out: { start: string; end: string }[] = [];
  for (const piece of pieces) {
    const d = parseDatePhrase(piece, year);
    if (d === null || !/\d/u.test(piece) || d.start !== d.end) return null;
    out.push(d);
  }
  return out;
}
