/**
 * An editor's note left in a draft is no part of the document, as a Word comment is not (set 181): "(прим. ред.: шестое
 * заседание – 24.09.2026, …)", "(ред. ескертпесі: дауыстар саны аудиожазба бойынша тексерілді.)", "(ТЗ: уточнить у
 * секретаря – возможно, уже 18)", and a writer's task to himself, "ТЗ: аты-жөнін" / "хатшыдан нақтылау." Its numbers agree
 * with the text or doubt it; either way the document does not state them. Each note is taken out where it stands, over the
 * lines it runs on to (a bracket to its closing one, a bare "ТЗ:" to its sentence's stop); every line stays a line.
 */
export function withoutEditorsNotes(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < out.length; i++) {
    NOTE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = NOTE.exec(out[i])) !== null) {
      const bracketed = m[0].startsWith('(');
      const end = bracketed ? closingBracket(out, i, m.index) : sentenceEnd(out, i, m.index + m[0].length);
      if (!end) break;
      const after = cut(out, i, m.index, end.line, end.at);
      NOTE.lastIndex = end.line === i ? after : out[i].length;
    }
  }
  return out.map((l, k) => (l !== lines[k] && l.trim() === '' ? '' : l));
}

/**
 * An editor's note opening: "(прим. ред.:", "(примечание редактора:", "(ред. ескертпесі:", "(редактордың ескертпесі:",
 * "(ТЗ:", or "ТЗ:" bare (in capitals, a word of its own) — "ТЗ" is the writer's task ("техническое задание" to himself).
 */
const NOTE = /\(\s*(?:прим(?:\.|ечание)\s*ред(?:\.|актора|акции)?|ред\.\s*ескерт(?:пе(?:сі)?|\.)|редактор(?:дың)?\s+ескертпесі|ТЗ)\s*[:.]|(?<![\p{L}\d])ТЗ\s*:/gu;

/** How many lines a note may run on to. */
const NOTE_LINES = 4;

/** Where the bracket opened at `at` on line i closes (just past it), over up to NOTE_LINES lines; null if it does not. */
function closingBracket(lines: string[], i: number, at: number): { line: number; at: number } | null {
  let depth = 0;
  for (let k = i; k < Math.min(lines.length, i + NOTE_LINES); k++) {
    for (let c = k === i ? at : 0; c < lines[k].length; c++) {
      if (lines[k][c] === '(') depth++;
      else if (lines[k][c] === ')' && --depth === 0) return { line: k, at: c + 1 };
    }
  }
  return null;
}

/** The end of the sentence begun at `at` on line i (just past its stop), over up to NOTE_LINES lines; its line's end if none. */
function sentenceEnd(lines: string[], i: number, at: number): { line: number; at: number } {
  for (let k = i; k < Math.min(lines.length, i + NOTE_LINES); k++) {
    const stop = /[.!?](?=\s|$)/u.exec(lines[k].slice(k === i ? at : 0));
    if (stop) return { line: k, at: (k === i ? at : 0) + stop.index + 1 };
    // The sentence goes on only onto a line that opens in small letters ("ТЗ: аты-жөнін" / "хатшыдан нақтылау.").
    if (!/^\s*\p{Ll}/u.test(lines[k + 1] ?? '')) return { line: k, at: lines[k].length };
  }
  return { line: i, at: lines[i].length };
}

/** The note taken out, with the space before it; a space kept between the words it stood between. */
function cut(lines: string[], from: number, at: number, to: number, end: number): number {
  let after = 0;
  for (let k = from; k <= to; k++) {
    const line = lines[k];
    const start = k === from ? line.slice(0, at).trimEnd().length : 0;
    const stop = k === to ? end : line.length;
    const rest = line.slice(stop).replace(/^[ \t]+/u, '');
    const gap = start > 0 && /^[\p{L}\d«"(]/u.test(rest) ? ' ' : '';
    lines[k] = `${line.slice(0, start)}${gap}${rest}`;
    if (k === to) after = start + gap.length;
  }
  // The stop after a note run on to a line below goes back to where the note began ("… по 17 обращениям (ТЗ: уточнить у" /
  // "секретаря – …). Направлено 9 писем" reads "… по 17 обращениям." / "Направлено 9 писем").
  const stop = /^[.,;:!?]+\s*/u.exec(lines[to]);
  if (to > from && stop && lines[from].trim() !== '') {
    lines[from] = `${lines[from]}${stop[0].trim()}`;
    lines[to] = lines[to].slice(stop[0].length);
    return 0;
  }
  return after;
}
