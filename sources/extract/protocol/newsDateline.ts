import { parseDatePhrase } from '../parseDatePhrase.ts';
import { MONTH_WORD, isoDate, monthOfWord } from '../monthNames.ts';

/**
 * A news item's dateline: the place and the day the story happened, opening its first paragraph before a dash ("Астана, 12
 * марта – В акимате района состоялось заседание …", "Жансүгіров ауылы, 16 сәуір – … отырысы өтті", "12 марта, г. Астана –
 * …", set 168). On an akimat's site or in a district newspaper the meeting's day is there, while the dates above it are the
 * page's or the ("13.03.2026, 10:42 | Просмотров: 318", "«Ақсу өңірі» газеті, № 15 (9874), 18 сәуір 2026 жыл",
 * "Жаңалықтар | Новости   28.05.2026"): published a day or more after, never the meeting's.
 *
 * The dateline rarely writes its year. It is the year of the nearest full date above (the publication's, on or after the
 * meeting: a meeting of 29 December published on 3 January is of the year before), else of a full date in the text on the
 * same day and month ("Явка … на заседании 18.06.2026"); with neither, the day is known and its year is not — no date.
 */

/** A place: "Астана", "г. Астана", "Жансүгіров ауылы", "Сайхин ауылы", "Қостанай қ.", "с. Заречное" — capitalised, no figure. */
const PLACE = '(?:(?:г|с|п|пос|қ|а)\\.\\s*)?\\p{Lu}[\\p{L}-]+(?:\\s+(?:[\\p{L}-]+|қ\\.|а\\.)){0,3}';
const DAY_MONTH = `(\\d{1,2})\\s+(${MONTH_WORD})(?:\\s+(\\d{4})(?:\\s*(?:г\\.?|года|ж\\.?|жыл[\\p{L}]*))?)?`;
/** A news agency or a press service set between the dateline and its dash: "Астана, 12 марта. /Пресс-служба/ –", "(ҚазАқпарат)". */
const SOURCE = '(?:\\s*(?:/[^/\\n]{1,40}/|\\([^()\\n]{1,40}\\)))?';
/** The dash a dateline ends on, then the story's first word (capitalised). */
const DASH = `\\.?${SOURCE}\\s*[–—-]\\s+(?=[\\p{Lu}«"])`;
// Case-sensitive (not re.ts): a place and the story's first word are capitalised.
const PLACE_FIRST = new RegExp(`^\\s*${PLACE}\\s*,\\s*${DAY_MONTH}${DASH}`, 'u');
const DAY_FIRST = new RegExp(`^\\s*${DAY_MONTH}\\s*,\\s*${PLACE}${DASH}`, 'u');

export interface Dateline {
  /** The meeting's day, ISO; null when its year is told nowhere. */
  date: string | null;
  /** The dateline's line in `head`. */
  line: number;
}

/** The dateline of a news item among the head's lines, its year from the page's dates (`page`: the text with its stamps); null when none. */
export function newsDateline(head: string[], page: string[]): Dateline | null {
  for (let line = 0; line < head.length; line++) {
    const m = PLACE_FIRST.exec(head[line]) ?? DAY_FIRST.exec(head[line]);
    if (!m) continue;
    const day = Number(m[1]);
    const month = monthOfWord(m[2]);
    if (month === null) continue;
    const year = m[3] !== undefined ? Number(m[3]) : yearAbove(page, head[line], month, day) ?? yearOfSameDay(page, month, day);
    return { date: year === null ? null : isoDate(year, month, day), line };
  }
  return null;
}

/** The year of the nearest full date above the dateline in the page, taken back a year when the dateline's day falls after it. */
function yearAbove(page: string[], dateline: string, month: number, day: number): number | null {
  const at = page.findIndex((l) => l.trim() === dateline.trim());
  for (let i = (at < 0 ? 0 : at) - 1; i >= 0; i--) {
    const found = parseDatePhrase(page[i]);
    if (!found) continue;
    const [y, m, d] = found.start.split('-').map(Number);
    return month > m || (month === m && day > d) ? y - 1 : y;
  }
  return null;
}

/** The year of a full date in the page on the dateline's day and month ("на заседании 18.06.2026"). */
function yearOfSameDay(page: string[], month: number, day: number): number | null {
  const suffix = `-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  for (const l of page) {
    const found = parseDatePhrase(l);
    if (found?.start.endsWith(suffix)) return Number(found.start.slice(0, 4));
  }
  return null;
}
