import { tidy } from '../toLines.ts';

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
