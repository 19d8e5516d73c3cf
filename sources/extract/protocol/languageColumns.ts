import { lineLanguage } from '../toLines.ts';

/**
 * A bilingual text typed side by side in a monospace layout: Kazakh on the left, Russian on the right (or the reverse),
 * "|" between, "-----+-----" rulers between blocks. Each column wraps its own lines, so a Kazakh sentence and its
 * translation break at different places, and read across the page each line glues half a Kazakh sentence to half a
 * Russian one ("Отырысқа 9 мүше қатысты. Онлайн қатысқан мүше | На заседании присутствуют 9 членов Совета."): no
 * count, name or vote reads right. Such a run is read block by block (a block ends at a ruler), each block's left
 * column, then its right one — a paragraph followed by its translation, as a bilingual text is read elsewhere. Lines
 * across the full width (a speech given in one language only) stay as they are, and so does any text that is no such
 * layout: a run needs MIN_LINES lines cut at one column (a typed column can push the bar a place or two) whose two
 * sides are in two languages on most lines — a two-column table of names and roles, or a list cut in two, is never one.
 */
export function readLanguageColumns(input: { lines: string[]; numbers: number[] }): { lines: string[]; numbers: number[] } {
  return tabbedLanguageColumns(barredLanguageColumns(input));
}

function barredLanguageColumns(input: { lines: string[]; numbers: number[] }): { lines: string[]; numbers: number[] } {
  const at = barColumn(input.lines);
  if (at === null) return input;
  const lines: string[] = [];
  const numbers: number[] = [];
  let left: { text: string; no: number }[] = [];
  let right: { text: string; no: number }[] = [];
  const flush = (): void => {
    for (const part of [...left, ...right]) {
      lines.push(part.text);
      numbers.push(part.no);
    }
    [left, right] = [[], []];
  };
  for (let k = 0; k < input.lines.length; k++) {
    const line = input.lines[k];
    const cut = cutAt(line, at);
    if (RULER.test(line) || cut === null) {
      flush();
      // A ruler keeps its line blank: the block before it is a paragraph of its own.
      lines.push(RULER.test(line) ? '' : line);
      numbers.push(input.numbers[k]);
      continue;
    }
    const [l, r] = [line.slice(0, cut).trimEnd(), line.slice(cut + 1).trim()];
    if (l.trim() !== '') left.push({ text: l, no: input.numbers[k] });
    if (r !== '') right.push({ text: r, no: input.numbers[k] });
  }
  flush();
  return { lines, numbers };
}

/** Lines of a side-by-side text: at least this many cut at one column. */
const MIN_LINES = 6;
/** A ruler between blocks: "-----+-----", "=====+=====" (the "+" where the bar runs). */
const RULER = /^\s*[-=]{3,}\+[-=]{3,}\s*$/u;

/** The index of the line's bar near the column `at` (two places either side), or null. */
function cutAt(line: string, at: number): number | null {
  for (const d of [0, -1, 1, -2, 2]) {
    const k = at + d;
    if (line[k] === '|' && (line[k - 1] === ' ' || k === 0 || line[k - 1] === undefined) && (line[k + 1] === ' ' || line[k + 1] === undefined)) return k;
  }
  return null;
}

/**
 * The column of the bar of a side-by-side bilingual text, or null: the column most lines have a lone "|" at, when at
 * least MIN_LINES lines have it there (two places either side) and most of those with text on both sides have it in
 * two languages.
 */
function barColumn(lines: string[]): number | null {
  const seen = new Map<number, number>();
  for (const line of lines) {
    if (line.split('|').length !== 2) continue;
    const k = line.indexOf('|');
    seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  const best = [...seen.entries()].sort((a, b) => b[1] - a[1])[0];
  if (best === undefined || best[0] < 20) return null;
  const at = best[0];
  const cut = lines.filter((l) => l.split('|').length === 2 && cutAt(l, at) !== null);
  if (cut.length < MIN_LINES) return null;
  let both = 0;
  let two = 0;
  for (const l of cut) {
    const k = cutAt(l, at)!;
    const [a, b] = [lineLanguage(l.slice(0, k)), lineLanguage(l.slice(k + 1))];
    if (a === null || b === null) continue;
    both++;
    if (a !== b) two++;
  }
  return both >= MIN_LINES && two * 3 >= both * 2 ? at : null;
}

/**
 * The same two columns as a PDF's text layer gives a table of two cells a row (Russian | Kazakh, each cell's paragraph
 * wrapped on its own): each line the left cell's line and the right one's, a tab between — "Голосовали за предложение
 * комиссии: за – 8,<tab>Комиссия ұсынысы бойынша дауыс" / "против – 9, воздержались – 2. Предложение<tab>бергендер:
 * жақтап – 8, …". A run of TAB_LINES lines or more with one tab each, both parts in two languages on most of them and
 * both parts prose (WORDS words a part on average, and no part a row's number and a name or a name alone, so a
 * registration table's "6 Лысенко Олег Петрович<tab>онлайн" is never one), is read column by column.
 */
function tabbedLanguageColumns(input: { lines: string[]; numbers: number[] }): { lines: string[]; numbers: number[] } {
  const lines: string[] = [];
  const numbers: number[] = [];
  let i = 0;
  while (i < input.lines.length) {
    let end = i;
    // (A row naming a person ends the run: a list of names beside its translation is a table's, read as one — the prose
    // below it, its translation beside it, is a run of its own: held-out 192's West Kazakhstan bulletin, its attendance list
    // over its Kazakh and Russian discussion.)
    while (end < input.lines.length && input.lines[end].split('\t').length === 2 && !(end > i && hasNameRow(input.lines[end]))) end++;
    const block = input.lines.slice(i, end).map((l) => l.split('\t'));
    if (end - i < TAB_LINES || !twoLanguagesOfProse(block)) {
      lines.push(input.lines[i]);
      numbers.push(input.numbers[i]);
      i++;
      continue;
    }
    // Paragraph by paragraph: where both sides open a paragraph on one row (the line above ends a sentence on each side, this
    // one opens with a capital, a number or a dash), a table's row of a paragraph and its translation starts — each
    // paragraph is read, then its translation, so a vote and its translation stand together (held-out 192's West
    // Kazakhstan bulletin: read side by side to the block's end, the Kazakh votes came all before the Russian ones).
    const starts = block.flatMap((cells, k) => (k === 0 || (cells.every(opensParagraph) && block[k - 1].every(endsSentence)) ? [k] : []));
    starts.forEach((from, n) => {
      const to = starts[n + 1] ?? block.length;
      for (const side of [0, 1]) {
        for (let k = from; k < to; k++) {
          if (block[k][side].trim() === '') continue;
          lines.push(block[k][side].trim());
          numbers.push(input.numbers[i + k]);
        }
      }
    });
    i = end;
  }
  return { lines, numbers };
}

const TAB_LINES = 3;
const opensParagraph = (cell: string): boolean => /^\s*(?:\p{Lu}|\d|[-–—«"])/u.test(cell);
const endsSentence = (cell: string): boolean => /[.:;!?]["»)]*\s*$/u.test(cell);
const WORDS = 3;

/** A table's row, no paragraph's line: "6 Лысенко Олег Петрович" (a row's number and a name), "Ким Елена Валерьевна". */
/**
 * A numbered line of prose, no row of a name: an item's heading in capitals ("1. ТЫҢДАЛДЫ: …", "2. СЛУШАЛИ: …") or a
 * sentence ("1. Индустриялық аймақтарға …", "1. О привлечении …", "3. Кеңестің 2027 жылғы …") — its first word followed
 * by a word in lower case, a number or a quote, as a name's never is.
 */
const NUMBERED_PROSE = /^\s*\d{1,2}[.)]\s+(?:\p{Lu}{2,}[\s:]|\p{Lu}\p{Ll}*\s+[\p{Ll}\d«"])/u;
const ROW_OF_NAME = /^\s*(?:\d{1,3}[.)]?\s+\p{Lu}|\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}.]*){1,2}[,.]?\s*$)/u;
/**
 * A row naming a person: "1. Есқалиева Гүлнар Бақытжанқызы – төраға", "Ким Е.В. (онлайн)" (not "1. ТЫҢДАЛДЫ: …", "1. О …",
 * nor a sentence opening with a name, "Бисенов Е.С. жоспарды … ұсынды").
 */
const PERSON_ROW = /^\s*(?:\d{1,3}[.)]?\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}(?:\p{Ll}+|\.(?:\s?\p{Lu}\.)?)){1,2}\s*(?:$|[-–—(,;])/u;
const hasNameRow = (line: string): boolean => line.split('\t').some((c) => PERSON_ROW.test(c));

function twoLanguagesOfProse(block: string[][]): boolean {
  if (block.some((cells) => cells.some((c) => ROW_OF_NAME.test(c) && !NUMBERED_PROSE.test(c)))) return false;
  const words = (t: string): number => (t.match(/\p{L}{2,}/gu) ?? []).length;
  const [left, right] = [0, 1].map((side) => block.reduce((n, cells) => n + words(cells[side]), 0) / block.length);
  if (left < WORDS || right < WORDS) return false;
  let both = 0;
  let two = 0;
  for (const [a, b] of block) {
    const [x, y] = [lineLanguage(a), lineLanguage(b)];
    if (x === null || y === null) continue;
    both++;
    if (x !== y) two++;
  }
  return both >= TAB_LINES && two * 3 >= both * 2;
}
