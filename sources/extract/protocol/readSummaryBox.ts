import { parseCount } from '../parseCount.ts';
import { tidy } from '../toLines.ts';
import { boxHeaderPath } from '../boxHeaderPath.ts';
import { ABSENT_HEADING, ONLINE, PRESENT_HEADING } from './lexicon.ts';
import { re } from './re.ts';

/**
 * Attendance told as a SUMMARY in a drawn table ("+---+" borders) whose header is merged over several levels, one row of
 * counts under it:
 *
 *   | Состав  |        Присутствуют        |     Отсутствуют      |
 *   | Совета  +-------+--------------------+-------+--------------+
 *   |         | всего |      из них:       | всего |   из них:    |
 *   |         |       +---------+----------+       +------+-------+
 *   |         |       |  очно   |  онлайн  |       | уваж.| неув. |
 *   +---------+-------+---------+----------+-------+------+-------+
 *   |   13    |  10   |    8    |    2     |   3   |  2   |   1   |
 *
 * Each column is named by its full header path (boxHeaderPath: the cells above it, level by level, an inner rule under a
 * merged cell starting the next), so "Присутствуют › всего" is those present and "Присутствуют › из них: › онлайн" those online
 * among them; "очно" is a part, no field. The body's size is the column of its composition ("Состав Совета", "Кеңес
 * құрамы"). The counts are taken only when they agree (a part no more than its whole, those present and absent making the
 * composition when both are there); else none.
 */
export interface SummaryCounts {
  members_total: number | null;
  present: number | null;
  online: number | null;
  /** The line (1-based) of the row of counts. */
  line: number;
  /** The line (1-based) of its top border: the box takes the lines from there to the border under its row. */
  start: number;
}

/** A border line: "+----+-----+", "+====+". */
const BORDER = /^\s*\+[-=+]+\+\s*$/u;
/** "Состав Совета", "Кеңес құрамы", "Членов по списку", "Мүшелер саны": the column of the body's size. */
const COMPOSITION = re('^(?:(?:списочный\\s+|утвержд[её]нный\\s+)?состав|(?:кеңес(?:тің)?\\s+)?құрам[\\p{L}]*|член[\\p{L}]*\\s+(?:по\\s+списку|всего)|(?:кеңес\\s+)?мүшелер[\\p{L}]*\\s+саны)(?![\\p{L}])', 'iu');
/** "всего", "барлығы", "итого": a group's own whole among its parts. */
const WHOLE = re('^(?:всего|барлығы|итого|жиыны)\\.?$', 'iu');
const COUNT = /^\d{1,3}$/u;
/** "оның ішінде", "соның ішінде", "из них", "в т.ч.", "в том числе": a part of the column before it. */
const OF_THEM = re('^(?:с?оның\\s+ішінде|из\\s+них|в\\s+т\\.\\s?ч\\.|в\\s+том\\s+числе)', 'iu');

export function readSummaryBox(lines: string[]): SummaryCounts | null {
  for (let i = 0; i < lines.length; i++) {
    if (!BORDER.test(lines[i])) continue;
    // The header: pipe lines (and inner rules) down to the border under it; then one row of counts and a border.
    let j = i + 1;
    while (j < lines.length && /^\s*\|/u.test(lines[j]) && !BORDER.test(lines[j])) j++;
    if (j === i + 1 || j + 2 >= lines.length || !BORDER.test(lines[j]) || !BORDER.test(lines[j + 2] ?? '')) continue;
    const read = readBox(lines.slice(i + 1, j), lines[j], lines[j + 1]);
    if (read) return { ...read, line: j + 2, start: i + 1 };
  }
  return null;
}

/** The columns' boundaries are the "+" of the border under the header; each column's path is read down the header lines. */
function readBox(header: string[], border: string, row: string): Omit<SummaryCounts, 'line' | 'start'> | null {
  const bounds = [...border.matchAll(/\+/gu)].map((m) => m.index!);
  if (bounds.length < 4) return null;
  const columns = bounds.slice(0, -1).map((from, k) => ({ from, to: bounds[k + 1] }));
  // The row: a count in every column.
  const values = columns.map((c) => tidy(row.slice(c.from + 1, c.to).replace(/\|/gu, ' ')));
  if (!values.every((v) => COUNT.test(v))) return null;
  const paths = columns.map((c) => boxHeaderPath(header, [c.from + 1, c.to]).map((cell) => cell.text));
  const find = (test: (path: string[], k: number) => boolean) => {
    const k = paths.findIndex(test);
    return k >= 0 ? parseCount(values[k]) : null;
  };
  const present = re(`^(?:${PRESENT_HEADING})`);
  const absent = re(`^(?:${ABSENT_HEADING})`);
  const online = re(`(?:^|\\s)(?:${ONLINE})`);
  const total = find((p) => p.length >= 1 && COMPOSITION.test(p[0]));
  // A group's whole: its heading alone, or "всего" right under it.
  const whole = (p: string[]) => p.length === 1 || (p.length === 2 && WHOLE.test(p[1]));
  const ofPresent = (p: string[]) => p.length > 0 && present.test(p[0]) && !absent.test(p[0]);
  const here = find((p) => ofPresent(p) && whole(p));
  const away = find((p) => p.length > 0 && absent.test(p[0]) && whole(p));
  // Or a column of its own right after those present, headed "of them online" ("оның ішінде онлайн / из них онлайн": held-out
  // 186's Kenkiyak box, a header of one level wrapped over four lines).
  const hereAt = paths.findIndex((p) => ofPresent(p) && whole(p));
  const ofThem = (p: string[], k: number) => k === hereAt + 1 && p.length === 1 && OF_THEM.test(p[0]) && online.test(p[0]);
  const onlineCount = here === null ? null : find((p) => ofPresent(p) && p.length >= 2 && online.test(p[p.length - 1])) ?? find(ofThem);
  if (here === null && total === null) return null;
  // The parts no more than their wholes; present and absent make the composition.
  if (here !== null && total !== null && here > total) return null;
  if (here !== null && onlineCount !== null && onlineCount > here) return null;
  if (here !== null && away !== null && total !== null && here + away !== total) return null;
  return { members_total: total, present: here, online: onlineCount };
}
