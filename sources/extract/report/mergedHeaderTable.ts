import { tidy } from '../toLines.ts';
import { type HeaderCell, boxHeaderPath } from '../boxHeaderPath.ts';
import { partsOfPeriod } from './partsOfPeriod.ts';

/**
 * A text table with no frame on its left whose header is drawn over several lines with cells merged across columns —
 *
 *                       |    Заседания       |   Мероприятия      |  НПА | Обра-|
 *                       +------+------+------+------+------+------+ щения|
 *   Период              |Совета|През- |Комис-|Отчеты|Мони- |Кругл.|(рас- |граж- |
 *                       |      |идиума|сий   |госор-|торин-|столы |смот- |дан   |
 *   --------------------+------+------+------+------+------+------+------+------+
 *   I кв. 2026 г.       |  1   |  1   |  4   |  2   |  2   |  1   |  3   |  6   |
 *
 * — its columns are where the rule under the header crosses ("+"); each header line's words stand over the columns their
 * cell spans (a merged "Заседания" over three, a word wrapped across an inner rule, "Обра-" / "щения", over one). The table
 * is rewritten framed, a cell per column on every line ("| Период | Заседания Совета | … |", "+---+---+"), each column's
 * header whole on one line (the merged words repeated over each column they span: "Заседания Президиума", "Мониторинги"),
 * so that the table readers read its rows like any framed table. Lines keep their number; a table whose bars do
 * not stand on the rule's crossings is left as it is.
 */
export function frameMergedHeaders(lines: string[]): string[] {
  const out = [...lines];
  for (let r = 1; r < lines.length; r++) {
    if (!RULE.test(lines[r])) continue;
    const crossings = positionsOf(lines[r], /\+/gu);
    if (crossings.length < 2) continue;
    const onCrossings = (line: string) => positionsOf(line, /[|+]/gu).every((p) => crossings.includes(p));
    // The rows under the rule: each with a bar on every crossing (the last one's bar may be left out), none opening with a bar.
    let end = r;
    for (let k = r + 1; k < lines.length; k++) {
      if (RULE.test(lines[k]) && positionsOf(lines[k], /\+/gu).join() === crossings.join()) {
        end = k;
        continue;
      }
      const bars = positionsOf(lines[k], /\|/gu);
      if (lines[k].trim() === '' || /^\s*\|/u.test(lines[k]) || bars.length < crossings.length - 1 || !onCrossings(lines[k])) break;
      end = k;
    }
    if (end - r < 2) continue;
    // The header's lines over the rule: bars and crossings only where the rule crosses, at least one line merging columns.
    let start = r;
    while (start - 1 >= 0 && lines[start - 1].trim() !== '' && /[|+]/u.test(lines[start - 1]) && onCrossings(lines[start - 1]) && r - start < 6) start--;
    if (start === r) continue;
    const header = lines.slice(start, r);
    // A header line merges cells when it has no bar where the rows have one.
    const rowBars = new Set(lines.slice(r + 1, end + 1).flatMap((l) => positionsOf(l, /\|/gu)));
    const merges = (h: string) => [...rowBars].some((p) => !positionsOf(h, /[|+]/gu).includes(p));
    if (!header.some(merges)) continue;
    const spans = columnSpans(crossings, lines.slice(r + 1, end + 1));
    // Each column's header whole on the header's last line (a word hyphenated across lines joined: "Мони-" / "торин-" /
    // "ги"), the lines above it blank: read before the abbreviations are written out, "Публ." / "слуша-" / "ния" is
    // "Публ. слушания" (public hearings), never a count of publications.
    // Two levels kept apart, as a framed header of two rows: the merged lines (and an inner rule's words) on top, the
    // columns' own words under them — the table readers name a column by both, or by its own words alone.
    // (An inner rule under the merged cells, "+------+------+ щения|", is of the top level too.)
    const merged = header.reduce((last, h, k) => (merges(h) || /\+[-=]{2,}/u.test(h) ? k : last), -1);
    const join = (part: string[]) => spans.map((_, c) => tidy(part.map((h) => cellsOver(h, spans)[c]).join(' ')).replace(/(\p{Ll})-\s+(?=\p{Ll})/gu, '$1'));
    const levels = merged >= 0 && merged < header.length - 1 ? [join(header.slice(0, merged + 1)), join(header.slice(merged + 1))] : [join(header)];
    for (let k = start; k < r; k++) out[k] = '';
    levels.forEach((words, k) => (out[r - levels.length + k] = `| ${words.join(' | ')} |`));
    for (let k = r; k <= end; k++) {
      out[k] = RULE.test(lines[k]) ? `+${spans.map(() => '-----').join('+')}+` : `| ${spans.map(([a, b]) => lines[k].slice(a, b).trim()).join(' | ')} |`;
    }
    r = end;
  }
  return out;
}

/** A rule of dashes crossed by "+" (its ends open or closed): "--------+------+------+". */
const RULE = /^\s*\+?[-=]{2,}(?:\+[-=]{2,})+\+?\s*$/u;

function positionsOf(line: string, pattern: RegExp): number[] {
  return [...line.matchAll(pattern)].map((m) => m.index ?? 0);
}

/** Each column's span on the line: from the line's start (or a crossing) to the next crossing; after the last, if rows have cells there. */
function columnSpans(crossings: number[], rows: string[]): [number, number][] {
  const spans: [number, number][] = [[0, crossings[0]]];
  for (let k = 1; k < crossings.length; k++) spans.push([crossings[k - 1] + 1, crossings[k]]);
  const last = crossings[crossings.length - 1] + 1;
  if (rows.some((row) => row.slice(last).replace(/\|/gu, '').trim() !== '')) spans.push([last, Math.max(...rows.map((row) => row.length))]);
  return spans;
}

/** A header line's words over each column: a cell between its bars (or crossings) stands over every column it spans. */
function cellsOver(line: string, spans: [number, number][]): string[] {
  const cuts = [-1, ...positionsOf(line, /[|+]/gu), Infinity];
  return spans.map(([a, b]) => {
    const from = Math.max(...cuts.filter((c) => c < a));
    const to = Math.min(...cuts.filter((c) => c >= b));
    const text = line.slice(from + 1, to === Infinity ? undefined : to).trim();
    return /^[-=\s]*$/u.test(text) ? '' : text;
  });
}

/**
 * A table framed with "+---+" borders whose header is drawn over several lines with cells merged across columns and
 * levels —
 *
 *   +----------------+-----------------------+---------+-------------+
 *   |                |       2026 год        | Итого   | Справочно:  |
 *   |   Показатель   +-------+-------+-------+ за 9    | 9 мес.      |
 *   |                | I кв. |II кв. |III кв.| мес.    | 2025 г.     |
 *   +----------------+-------+-------+-------+---------+-------------+
 *   | Заседания      |   2   |   1   |   2   |    5    |    4        |
 *
 * — its columns are where the rule over the rows crosses; each column's header is the path of the cells over it, top
 * to bottom: a cell merged across columns ("2026 год", "III квартал") stands over each, a cell drawn over several lines
 * with no rule between ("Итого" / "за 9" / "мес.") is one. The header is rewritten as one row of as many cells as the
 * rows have (the lines over it turned into rules), so the table readers choose the period's column by its whole path:
 * "I кв. 2026 год" is a part, "Итого за 9 мес." the total, "Справочно: 9 мес. 2025 г." another year (periodHeaderPath).
 * A header whose merged cells are not periods ("Обращения" over "всего | из них …") is kept as two rows, the merged
 * cells on top. Lines keep their number; a table whose header bars do not stand on the rows' bars is left as it is.
 */
export function frameMergedBoxHeaders(lines: string[]): string[] {
  const out = [...lines];
  for (let r = 2; r < lines.length; r++) {
    if (!FRAMED_RULE.test(lines[r])) continue;
    const crossings = positionsOf(lines[r], /\+/gu);
    if (crossings.length < 3) continue;
    const atCrossings = (line: string) => positionsOf(line, /\|/gu).join() === crossings.join();
    let end = r;
    for (let k = r + 1; k < lines.length; k++) {
      if ((FRAMED_RULE.test(lines[k]) && positionsOf(lines[k], /\+/gu).join() === crossings.join()) || atCrossings(lines[k])) end = k;
      else break;
    }
    if (end - r < 2) continue;
    // The header's lines: framed at both ends, every bar and crossing on one of the rule's.
    const inFrame = (line: string) => {
      const cuts = positionsOf(line, /[|+]/gu);
      return /^\s*[|+]/u.test(line) && !FRAMED_RULE.test(line) && cuts[0] === crossings[0] && cuts.at(-1) === crossings.at(-1) && cuts.every((p) => crossings.includes(p));
    };
    let start = r;
    while (start - 1 >= 0 && inFrame(lines[start - 1]) && r - start < 8) start--;
    const header = lines.slice(start, r);
    if (header.length < 2 || header.every((h) => positionsOf(h, /[|+]/gu).length === crossings.length)) continue;
    const spans: [number, number][] = crossings.slice(1).map((p, k) => [crossings[k] + 1, p]);
    const paths = spans.map((s) => boxHeaderPath(header, s));
    const levels = headerLevels(paths);
    // The lines over the header's rows become rules, so that the block stays one table and its header is the rows over the rule.
    const rule = `${' '.repeat(crossings[0])}+${spans.map(([a, b]) => '-'.repeat(Math.max(1, b - a))).join('+')}+`;
    for (let k = start; k < r; k++) out[k] = rule;
    levels.forEach((words, k) => (out[r - levels.length + k] = `| ${words.join(' | ')} |`));
    r = end;
  }
  return out;
}

/** A rule across a framed table: "+-----+-----+", "+=====+=====+". */
const FRAMED_RULE = /^\s*\+(?:[-=]{2,}\+){2,}\s*$/u;

/**
 * The header's rows from each column's path: one row when every cell merged across columns names a period ("2026 год",
 * "III квартал", "III тоқсан") — each column's own words, then the period of the merged cells over it (periodHeaderPath);
 * else two rows, the merged cells' words on top and each column's own words under them.
 */
export function headerLevels(paths: HeaderCell[][]): string[][] {
  const merged = paths.flatMap((p) => p.filter((c) => c.width > 1));
  if (merged.every((c) => isPeriodHeading(c.text))) return [paths.map((p) => periodHeaderPath(p.map((c) => c.text)))];
  const top = paths.map((p) => p.filter((c, k) => c.width > 1 && k < p.length - 1).map((c) => c.text).join(' '));
  const below = paths.map((p) => p.filter((c, k) => c.width === 1 || k === p.length - 1).map((c) => c.text).join(' '));
  return [top, below];
}

/**
 * A column's header from the period cells over it, top to bottom: its own words first, then the periods above that say
 * more — a quarter over months is said by the month ("2026 год" › "III квартал" › "июль" → "июль 2026 год"), a year is
 * kept ("2026 год" › "I кв." → "I кв. 2026 год"; "III тоқсан" › "2026 ж." → "III тоқсан 2026 ж.", the year under the
 * quarter). A total under a year ("2026 год" › "Всего за III кв.") keeps its year after its words.
 */
export function periodHeaderPath(cells: string[]): string {
  const path = cells.filter((c, k) => c !== '' && c !== cells[k - 1]);
  if (path.length <= 1) return path[0] ?? '';
  const own = path[path.length - 1];
  const above = path.slice(0, -1);
  const ownPart = partsOfPeriod(own).length > 0 || MONTH_ABBREVIATION.test(own);
  // A year under a part ("III тоқсан" › "2026 ж."): the part, then the year.
  if (YEAR_HEADING.test(own)) return tidy([...above.filter((c) => !YEAR_HEADING.test(c)), own].join(' '));
  const kept = above.filter((c) => YEAR_HEADING.test(c) || !ownPart);
  return tidy([own, ...kept.filter((c) => !YEAR_HEADING.test(c)), ...kept.filter((c) => YEAR_HEADING.test(c))].join(' '));
}

/** A month cut short in a narrow column: "янв.", "сент.", "қыр.". */
const MONTH_ABBREVIATION = /^(?:янв|фев|февр|мар|апр|июн|июл|авг|сен|сент|окт|ноя|нояб|дек|қаң|ақп|нау|сәу|мам|мау|шіл|там|қыр|қаз|қар|жел)\.$/iu;

/** A year as a heading: "2026 год", "2026 г.", "2026 жыл", "2026 ж.", "2026". */
const YEAR_HEADING = /^(?:за\s+)?(?:19|20)\d{2}\s*(?:год[а-я]*|г\.?|жыл[\p{L}]*|ж\.?)?$/iu;

/** A merged header cell naming a period and nothing else: a year, a quarter, a half, months ("2026 год", "III квартал", "9 ай"). */
export function isPeriodHeading(text: string): boolean {
  const t = text.trim();
  if (YEAR_HEADING.test(t)) return true;
  const parts = partsOfPeriod(t);
  if (parts.length === 0) return false;
  let rest = t.toLowerCase();
  for (const p of parts) rest = rest.replace(p.text, ' ');
  return /^(?:\s|[.,:()]|(?:19|20)\d{2}|год[а-я]*|г\.?|жыл[\p{L}]*|ж\.?|за)*$/u.test(rest.replace(/(?:19|20)\d{2}|год[а-я]*|жыл[\p{L}]*|(?<![\p{L}])[гж]\.?(?![\p{L}])|(?<![\p{L}])за(?![\p{L}])/gu, ' '));
}
