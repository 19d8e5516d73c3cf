/**
 * A recording's time code opening a line of an automatic transcript: "[00:06:20] Спикер 2: за десять против ноль",
 * "00:00:07 Абдрахманов: коллеги добрый день", "(00:04:10) Хатшы: …", "[06:20]" (set 196). Bare, it has its hours,
 * minutes and seconds; in brackets, minutes and seconds may do.
 */
const TIME_CODE = /^\s*(?:[[(]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?(?:\s*[-–—]\s*\d{1,2}:\d{2}(?::\d{2})?)?[\])]|\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?)(?:\s*[-–—](?=\s))?\s*/u;
/**
 * The recogniser's or the editor's note in square brackets: "[неразборчиво]", "[конец записи]", "[жазба аяқталды]",
 * "[жазба соңы / конец записи]", "[запись остановлена]", "[смех]", "[inaudible]" — words only, no figure.
 */
const NOTE = /\[[\p{L}][\p{L}\s/.,-]{0,58}\][ \t]*/gu;
/**
 * A hesitation the recogniser wrote down in lower case: "ээ", "э", "эээ" — no word of either language (an initial "Э."
 * keeps its full stop; "мм" is millimetres: kept). It is the speaker's pause, where a writer would put a comma: "отчётов
 * заслушано два ээ отчёт отдела …" is two hearings, then the department's; "сайтта он ээ қаралым саны …" ten on the site,
 * then the views (set 196). Read as a comma between words, as nothing where the turn opens or ends.
 */
const HESITATION = /[ \t]*(?<![\p{L}\d])э{1,4}(?![\p{L}\d.])[ \t]*/gu;
const PAUSE = (said: string): string => said.replace(HESITATION, (m, at: number) => {
  const before = said.slice(0, at);
  const after = said.slice(at + m.length);
  if (before === '' || after === '' || /^[,.;:!?]/u.test(after)) return '';
  return /[\p{L}\d]$/u.test(before) && /^[\p{L}\d]/u.test(after) ? ', ' : ' ';
});
/** How many lines must open with a time code: "15:00 – начало заседания" in a head is a meeting's hour, not a recording's. */
const STAMPED = 3;

/**
 * A transcript's lines without its time codes, the recogniser's bracketed notes and its hesitations (set 196): "за 00:05:31"
 * was read as a count of 0 ("кто за" / "00:05:31 Мусина: за 11 …" joined), "[00:13:44]" as a date's or a count's digits.
 * The codes and notes are never figures, dates or numbers; the speaker's label after the code stays (speakerLines.ts reads it). Lines stay
 * where they are; a text with fewer than three stamped lines is returned as it is.
 */
export function withoutTranscriptMarks(lines: string[]): string[] {
  const stamped = lines.map((l) => TIME_CODE.test(l));
  if (stamped.filter(Boolean).length < STAMPED) return lines;
  return lines.map((line, k) => {
    const code = TIME_CODE.exec(line);
    const said = PAUSE((code ? line.slice(code[0].length) : line).replace(NOTE, '')).replace(/^[ \t]+$/u, '');
    // The recogniser writes no full stop: a turn ends its sentence (the next line a turn of its own, a blank or none), else
    // every turn of a speech is read as one sentence, and "в прошлом году" in one turn dates the figures of all.
    const next = lines[k + 1];
    const turnEnds = code !== null && (next === undefined || next.trim() === '' || stamped[k + 1]);
    return turnEnds && /[\p{L}\d)»"]\s*$/u.test(said) ? `${said.trimEnd()}.` : said;
  });
}
