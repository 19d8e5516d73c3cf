/**
 * A form's line of options with one ticked: "Решение: ☑ принято ☐ не принято", "Кворум: ☑ имеется ☐ не имеется",
 * "[x] да [ ] нет", "Кворум бар ма? Иә [x] Жоқ [ ]", "Да ☑ Нет ☐ Сколько? 4". The options left unticked are not said: they
 * are blanked (spaces, so the line keeps its length and columns), and "не принято" beside a ticked "принято" is never read
 * as the result. The box stands before its option when the words before the first box are the field's label (ending in
 * ":" or "?", or none); else after it. Only a line with a ticked and an empty box whose options are of one to four words;
 * a row of a grid of boxes ("Иванов И.И. ☑ ☐ председатель": boxes side by side) is left as it is.
 */
const BOX = /[☑☒✓✔✅☐□]|\[\s*[xXхХvV✓]?\s*\]/gu;
const EMPTY = /^(?:[☐□]|\[\s*\])$/u;

export function chosenOptions(line: string): string {
  const boxes = [...line.matchAll(BOX)].map((m) => ({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, empty: EMPTY.test(m[0]) }));
  if (boxes.length < 2 || !boxes.some((b) => b.empty) || boxes.every((b) => b.empty)) return line;
  if (boxes.some((b, k) => k > 0 && line.slice(boxes[k - 1].end, b.at).trim() === '')) return line;
  const before = line.slice(0, boxes[0].at).trim();
  const boxFirst = before === '' || /[:?]$/u.test(before);
  let out = line;
  // "Шешім қабылданды ма? Иә [ ] Жоқ [x]", "Решение принято? Да ☐ Нет ☑": the question's own words would say the opposite of
  // its answer — blanked with the options (the field then says nothing a reader could take; "Иә [x]" keeps them).
  const answeredNo = !boxFirst && /\?$/u.test(line.slice(0, boxes[0].at).replace(/\s*[\p{L}]+\s*$/u, '').trim())
    && boxes.some((b, k) => !b.empty && NO_WORD.test(line.slice(k > 0 ? boxes[k - 1].end : line.lastIndexOf('?', b.at) + 1, b.at)));
  const blank = (from: number, to: number) => (out = out.slice(0, from) + ' '.repeat(to - from) + out.slice(to));
  for (const [k, b] of boxes.entries()) {
    if (!b.empty) continue;
    if (boxFirst) {
      const to = boxes[k + 1]?.at ?? line.length;
      if (isOption(line.slice(b.end, to))) blank(b.at, to);
    } else {
      // The option before its box: back to the box before, or to the label's ":"/"?".
      const from = k > 0 ? boxes[k - 1].end : Math.max(line.lastIndexOf(':', b.at) + 1, line.lastIndexOf('?', b.at) + 1, 0);
      if (isOption(line.slice(from, b.at))) blank(from, b.end);
    }
  }
  return answeredNo ? out.slice(0, 0) + ' '.repeat(line.lastIndexOf('?', boxes[0].at) + 1) + out.slice(line.lastIndexOf('?', boxes[0].at) + 1) : out;
}

const NO_WORD = /^\s*(?:нет|жоқ|no)\s*$/iu;

/** An option's words: one to four, no number (a count after the boxes is the field's answer, never an option). */
function isOption(text: string): boolean {
  const words = text.trim().split(/\s+/u).filter((w) => w !== '');
  return words.length >= 1 && words.length <= 4 && !/\d/u.test(text);
}
