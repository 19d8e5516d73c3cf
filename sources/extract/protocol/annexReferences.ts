import { re } from './re.ts';

/**
 * A bracket that sends the reader to an annex or a sheet of votes: "(лист голосования – Приложение 2, п. 1)", "(Приложение 2,
 * п. 2)", "(2-қосымша, 2-жол)", "(дауыс беру парағы, 3-жол)", "(см. приложение 3)" (set 165). Its figures are the annex's and
 * the row's numbers, never a count; beside a vote's counts ("Голосование: 7/1/1 (лист голосования – Приложение 2, п. 1).") it
 * hid them from the readers that ask the counts to close their line.
 */
const ANNEX_REFERENCE = re(`\\((?=[^()]*(?:приложени|қосымша|лист[\\p{L}]*\\s+голосовани|дауыс\\s+беру\\s+парағ|\\d\\s*-\\s*жол|строк[\\p{L}]*\\s*\\d))[^()]{1,80}\\)`, 'giu');

/** The line with each reference to an annex blanked, its length kept (every value keeps its place). */
export function withoutAnnexReferences(line: string): string {
  return line.replace(ANNEX_REFERENCE, (ref) => ' '.repeat(ref.length));
}
