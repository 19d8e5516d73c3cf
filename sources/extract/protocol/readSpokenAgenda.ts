import { COUNT_SOURCE as N, parseCount } from '../parseCount.ts';
import { tidy } from '../toLines.ts';
import type { AgendaItem } from '../types.ts';
import { KK_ORDINALS, ordinalNumber, RU_ORDINALS } from './countQuestionSections.ts';
import { re } from './re.ts';
import { isTranscript, speakerOf } from './speakerLines.ts';
import { matchesOf } from '../grammar/matchesOf.ts';

/**
 * The agenda said by the chair in a word-for-word record: "На сегодня у нас три вопроса. Первый — об итогах … Второй — о
 * проекте … И третий — о проведении …", "Бүгін күн тәртібінде үш мәселе бар. Біріншісі — … Екіншісі — …". The items are
 * taken only when the ordinals run from the first to the number said, in order; anything else is no agenda read.
 */
export const COUNT_SAID = re(`(?<![\\p{L}])(${N})\\s+(?:вопрос[\\p{L}]*|мәселе[\\p{L}]*)(?![\\p{L}])`);
/** "Күн тәртібі: …", "Предлагаю повестку: …", "Повестка дня: …": the agenda's items listed after its word and a colon. */
const LISTED = re(`(?<![\\p{L}])(?:повестк[\\p{L}]*(?:\\s+дня)?|күн\\s+тәртібі(?:нде)?)\\s*:\\s*`);
/** An ordinal word of a question, Russian in any ending ("первый", "второе"), Kazakh with or without "-сі" ("біріншісі"). */
export const ORDINAL_WORD = [...RU_ORDINALS.map((o) => `${o}[\\p{L}]*`), ...KK_ORDINALS.map((o) => `${o}(?:сі)?`)].join('|');
/** "первый – …", "бірінші мәселе – …", "второй вопрос — …": an ordinal, its question's noun or none, and a dash. */
export const ORDINAL = re(`(?:^|[.;]\\s+|\\s)(?:и\\s+|және\\s+)?(${ORDINAL_WORD})(?:\\s+(?:вопрос[\\p{L}]*|мәселе(?:сі)?))?\\s*[—–-]\\s*`, 'giu');

/** The closing miscellany of an agenda: an item however short its title ("разное", "әртүрлі"). */
export const MISCELLANY = re(`^(?:это\\s+)?(?:разное|прочее|әртүрлі|әр\\s+түрлі|түрлі\\s+мәселелер|басқа\\s+мәселелер)(?![\\p{L}])`);

export function readSpokenAgenda(lines: string[]): AgendaItem[] {
  if (!isTranscript(lines)) return [];
  // A turn read whole: its lines joined, each offset kept with its line.
  for (let i = 0; i < lines.length; i++) {
    if (!speakerOf(lines[i])) continue;
    let text = speakerOf(lines[i])!.said;
    const starts: number[] = [0];
    for (let k = i + 1; k < lines.length && lines[k].trim() !== '' && !speakerOf(lines[k]); k++) {
      starts.push(text.length + 1);
      text += ` ${lines[k]}`;
    }
    const said = COUNT_SAID.exec(text) ?? LISTED.exec(text);
    if (!said) continue;
    // "Күн тәртібі: бірінші – …; екінші – …; үшінші – әртүрлі.": no count said, the items the one sentence lists.
    const listed = said[1] === undefined;
    const rest = text.slice(said.index + said[0].length);
    const after = listed ? rest.slice(0, (rest.search(/[.?!](?:\s|$)/u) + 1 || rest.length + 1) - 1) : rest;
    const found = matchesOf(after, ORDINAL);
    const count = listed ? found.length : parseCount(said[1]);
    if (count === null || count < 2) continue;
    // "три вопроса: первый – …, второй – …, третий – …. И четвёртым – разное.": the count said leaves out the closing
    // miscellany, which is an item all the same.
    const miscellany = found.length === count + 1 && MISCELLANY.test(after.slice((found[count].index ?? 0) + found[count][0].length));
    if (found.length !== count && !miscellany) continue;
    const numbers = found.map((m) => ordinalNumber(m[1].toLowerCase()) ?? 0);
    if (!numbers.every((n, k) => n === k + 1)) continue;
    const base = said.index + said[0].length;
    return found.map((m, k) => {
      const from = (m.index ?? 0) + m[0].length;
      // The last item ends with its sentence.
      const end = after.slice(from).search(/[.?!](?:\s|$)/u);
      const to = k + 1 < found.length ? found[k + 1].index : end >= 0 ? from + end : undefined;
      const title = tidy(after.slice(from, to)).replace(/[.;,]+$/u, '');
      const at = base + (m.index ?? 0);
      const line = i + starts.filter((s) => s <= at).length;
      return { no: k + 1, title, line };
    });
  }
  return [];
}
