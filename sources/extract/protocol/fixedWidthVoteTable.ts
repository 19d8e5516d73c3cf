import { QUESTION_COLUMN, labelOf } from './readVoteTable.ts';
import { UNANIMOUS } from './lexicon.ts';
import { re } from './re.ts';

/**
 * A vote table typed or copied in fixed-width columns, spaces between the cells and no tab (a results slide pasted as
 * text):
 *
 *                      Жақтап / За   Қарсы / Против   Қалыс / Воздерж.   Нәтиже / Итог
 *     Күн тәртібі      17            0                0                  қабылданды / принято
 *     2-мәселе         бірауыздан / единогласно                          қабылданды / принято
 *
 * Read as sentences, the header's labels had no counts after them and each row's counts no labels. The table is given
 * the tabs of a Word table's row (cells apart by two spaces or more; the header's empty first cell a tab), which the
 * vote tables' reader knows. A header: two cells or more that are vote labels, apart by two spaces or more; its rows
 * the lines right under it up to a blank line, each of two cells or more, opening left of the header with their labels
 * (the header's first cell an empty one). Anything else is left as it was.
 */
const NUMBER_AND_TOPIC = /^\d{1,2}(?:\s*[–—-]\s*\d{1,2})?\s*\([^()]*\p{L}{3}[^()]*\)$/u;

export function tabFixedWidthVoteTables(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/\t/u.test(line)) continue;
    const heads = spans(line);
    if (heads.filter((c) => labelOf(c.text) !== null).length < 2) continue;
    // A header's label wrapped under it ("воздер-" over "жались"): the lines right under the header whose cells each stand
    // under one of its labels, no digit in them, end that label ("воздержались" whole), as a word of a wrapped cell does.
    let k = i + 1;
    for (; k < lines.length && !/\t/u.test(lines[k]) && !RULE.test(lines[k]); k++) {
      const parts = spans(lines[k]);
      const firstLabel = heads.findIndex((h) => labelOf(h.text) !== null);
      const under = parts.map((c) => heads.findIndex((h, j) => j >= firstLabel && overlaps(c, h)));
      // (Each part a word or two inside its label's column: a sentence under a header of one line runs across the columns.)
      const inside = (c: Span, h: number) => h >= 0 && heads.filter((x) => overlaps(c, x)).length === 1 && c.start >= heads[h].start - 2 && (heads[h + 1] === undefined || c.end < heads[h + 1].start);
      if (parts.length === 0 || parts.some((c, n) => /\d/u.test(c.text) || !inside(c, under[n]) || c.text.split(' ').length > 2)) break;
      parts.forEach((c, n) => {
        const h = heads[under[n]];
        h.text = /[-\u00ad]$/u.test(h.text) ? `${h.text.slice(0, -1)}${c.text}` : `${h.text} ${c.text}`;
        h.end = Math.max(h.end, c.start + c.text.length);
      });
      out[k] = '';
    }
    if (heads.filter((c) => labelOf(c.text) !== null).length < 2) continue;
    const rows: number[] = [];
    for (; k < lines.length && lines[k].trim() !== '' && !/\t/u.test(lines[k]) && (RULE.test(lines[k]) || spans(lines[k]).length >= 2 || continues(lines[k], heads)); k++) {
      // A rule closes the table unless a row of counts follows it (a rule under the header, or between rows): the text under
      // the closing rule is no row.
      if (RULE.test(lines[k]) && rows.some((r) => !RULE.test(lines[r])) && !spans(lines[k + 1] ?? '').some((c) => /^\d{1,3}$/u.test(c.text) || RULE.test(c.text))) {
        rows.push(k);
        break;
      }
      rows.push(k);
    }
    if (rows.filter((r) => !RULE.test(lines[r])).length === 0) continue;
    // The header's first cell is empty when the rows open to the left of it, with the label of each row ("Күн тәртібі");
    // rows of counts alone under the labels ("   ЗА     ПРОТИВ" over "   11     0") open where it opens.
    const indent = (l: string) => /^\s*/u.exec(l)![0].length;
    const labelled = Math.min(...rows.filter((r) => !RULE.test(lines[r])).map((r) => indent(lines[r]))) < indent(line) - 1;
    // Or the header names the rows' column itself ("Вопрос   За   Против   Воздерж.   Решение") over rows that open with their
    // question in words ("Утверждение повестки дня   12   0   0   принято", a question wrapped onto the line under it). Only
    // a question's column: rows of councils ("Кеңес  Жақтап  Қарсы" over "Панфилов ауданы ҚК  14  0  1") are one vote's parts.
    // A header with its own first label over rows opening with a bare number ("1   11   0   1   принято") is the spread
    // table reader's (readVoteTable, respreadVoteTable), with its rules for a row of a count too many or too few, which a
    // cell put by its column would override.
    // (A bilingual header names it in both languages: "Мәселе / Вопрос".)
    const named = !labelled && heads[0].text.replace(/[.:]$/u, '').split(/\s*\/\s*/u).some((h) => QUESTION_COLUMN.test(h)) && rows.some((r) => {
      const first = spans(lines[r])[0];
      // (In words, not a numbered label: rows of "Вопрос 2", "1-мәселе" are the spread reader's, a dash across a row's counts
      // or a count short under three labels no vote of theirs — protocols49classes.)
      // A number with the question's topic in brackets ("1 (әлеум. / соц.)", "2–3 (ТКШ, АШ / ЖКХ, СХ)", items voted en bloc) is
      // a question in words too.
      return first !== undefined && !RULE.test(lines[r]) && first.start <= heads[0].start + 2 && ((/\p{L}{3}/u.test(first.text) && !/\d/u.test(first.text)) || NUMBER_AND_TOPIC.test(first.text));
    });
    if (!labelled && !named) continue;
    // The result's column named on a line over the header's ("Голоса  …  Решение" over "за  против  воздер-"): a header
    // cell at its place, right of the labels, when the header has none there.
    const lastLabel = Math.max(...heads.filter((h) => labelOf(h.text) !== null).map((h) => h.start));
    if (!heads.some((h) => h.start > lastLabel)) {
      for (let up = i - 1; up >= Math.max(0, i - 3) && lines[up].trim() !== '' && !/\t/u.test(lines[up]); up--) {
        const result = spans(lines[up]).find((c) => c.start > lastLabel && RESULT_HEAD.test(c.text));
        if (result) {
          heads.push({ ...result });
          break;
        }
      }
    }
    const columns = labelled ? [{ start: -Infinity, end: -Infinity, text: '' }, ...heads] : heads;
    // A rule under the header drawn a run of dashes a column ("-------  ---  -------  ---------  -----------") gives each
    // column its width: a count set right under a wide label, a result left in its wide column, stand where it says.
    const ruleAt = rows.find((r) => RULE.test(lines[r]));
    if (ruleAt !== undefined && ruleAt < (rows.find((r) => !RULE.test(lines[r])) ?? Infinity)) {
      const runs = [...lines[ruleAt].matchAll(/[-=–—]+/gu)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
      if (runs.length === columns.length) {
        columns.forEach((c, j) => {
          c.start = Math.min(c.start, runs[j].start);
          c.end = Math.max(c.end, runs[j].end);
        });
      }
    }
    out[i] = columns.map((c) => c.text).join('\t');
    // Each row's cell goes to the header's column it stands under: a row short of cells ("бірауыздан / единогласно" across
    // the counts, then the result) keeps its result in the result's column, the cells it spans left empty. A count set
    // right under a wider label ("   12" under "Воздерж.") is that label's: the column it overlaps, else the last one it
    // stands right of.
    let last = -1;
    for (const r of rows) {
      if (RULE.test(lines[r])) continue;
      const row: string[] = Array.from({ length: columns.length }, () => '');
      for (const c of spans(lines[r])) {
        const over = columns.findIndex((h) => overlaps(c, h));
        const at = over >= 0 ? over : Math.max(0, columns.reduce((best, h, j) => (h.start <= c.start + 2 ? j : best), 0));
        // "бірауыздан / единогласно" across the counts: one word for all, as a monolingual table's cell has it.
        const text = BOTH_UNANIMOUS.test(c.text) ? c.text.split(/\s+\/\s+/u)[0] : c.text;
        row[at] = row[at] === '' ? text : `${row[at]} ${text}`;
      }
      // A row's cell wrapped onto the line under it ("2. Выездное заседание в" / "   с. Масанчи", its counts on the first
      // line only): one row, one vote — the words go on the row above, the line is left blank.
      if (last >= 0 && continues(lines[r], heads)) {
        const above = out[last].split('\t');
        row.forEach((text, j) => {
          if (text !== '') above[j] = above[j] ? `${above[j]} ${text}` : text;
        });
        out[last] = above.join('\t');
        out[r] = '';
        continue;
      }
      out[r] = row.join('\t');
      last = r;
    }
    i = rows[rows.length - 1];
  }
  return tabLabelRows(out);
}

/** A count in a fixed-width row: digits, a dash, "нет" / "жоқ". */
const COUNT_SPAN = /^(?:\d{1,3}|[-–—]|нет|жоқ)$/iu;

/**
 * Rows of a vote label each, a column of counts per question, typed in fixed width (set 190, totals over a members' grid):
 *
 *          Жақ / За                         12      9       5       10
 *          Қарсы / Против                   0       2       6       0
 *          Қалыс / Возд.                    0       1       1       1
 *
 * Given tabs, as a Word table's rows, so the vote tables' reader reads them as a table of a row per label (readByLabel).
 * Only a run of two lines or more right after each other (a rule between them aside), each a label then as many counts
 * as the others (two or more), the labels different and "for" among them; anything else is left as it was.
 */
function tabLabelRows(lines: string[]): string[] {
  const out = [...lines];
  const rowOf = (line: string) => {
    if (/[\t|]/u.test(line)) return null;
    const parts = spans(line);
    const label = parts.length >= 3 ? labelOf(parts[0].text) : null;
    return label !== null && parts.slice(1).every((c) => COUNT_SPAN.test(c.text)) ? { label, cells: parts.map((c) => c.text) } : null;
  };
  for (let i = 0; i < lines.length; i++) {
    const run: number[] = [];
    for (let k = i; k < lines.length; k++) {
      if (rowOf(lines[k])) run.push(k);
      else if (!(run.length > 0 && RULE.test(lines[k]) && lines[k].trim() !== '' && rowOf(lines[k + 1] ?? ''))) break;
    }
    const rows = run.map((k) => rowOf(lines[k])!);
    const labels = new Set(rows.map((r) => r.label));
    if (rows.length >= 2 && labels.size === rows.length && labels.has('for') && rows.every((r) => r.cells.length === rows[0].cells.length)) {
      for (const [n, k] of run.entries()) out[k] = rows[n].cells.join('\t');
    }
    i = Math.max(i, (run[run.length - 1] ?? i));
  }
  return out;
}

/** "|---|", "-----  ---  -------": a rule between a table's rows. */
const RULE = /^[\s|:+=\-–—]*[-=–—][\s|:+=\-–—]*$/u;
/** The column of the declared result named over the header: "Решение", "Итог", "Результат", "Шешім", "Нәтиже". */
const RESULT_HEAD = re('^(?:результат|итог|решени|нәтиже|шешім|қорытынды)[\\p{L}]*(?:\\s*/\\s*[\\p{L}]+)?$', 'iu');

type Span = { start: number; end: number; text: string };

/** Whether two cells of fixed-width lines share a column: their spans overlap. */
function overlaps(a: { start: number; text: string }, b: Span): boolean {
  return a.start < b.end && b.start < a.start + a.text.length;
}

/**
 * A line that only continues the row above: its words stand in the columns left of the counts (a question wrapped) or
 * right of them (a result wrapped), none under a vote label, and no count in it.
 */
function continues(line: string, heads: Span[]): boolean {
  const parts = spans(line);
  if (parts.length === 0 || parts.some((c) => /^\d{1,3}$/u.test(c.text))) return false;
  const labels = heads.filter((h) => labelOf(h.text) !== null);
  const first = Math.min(...labels.map((h) => h.start));
  const lastEnd = Math.max(...labels.map((h) => h.end));
  return parts.every((c) => c.start + c.text.length <= first - 1 || c.start >= lastEnd + 1);
}

/** The cells of a fixed-width line and where each starts: runs of text apart by two spaces or more. */
function spans(line: string): Span[] {
  const found: Span[] = [];
  const re = /\S+(?: \S+)*/gu;
  for (let m = re.exec(line); m !== null; m = re.exec(line)) found.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return found;
}

/** A bilingual cell of the word for all in each language: "бірауыздан / единогласно". */
const BOTH_UNANIMOUS = re(`^${UNANIMOUS}\\s+/\\s+${UNANIMOUS}\\.?$`, 'iu');
