import { AGENDA_HEADING, INVITED_STATUS, SECTION_NEW } from './lexicon.ts';
import { re } from './re.ts';

/** Marks a secretary puts after a name in a list of everyone present, a legend telling what they mean: "Бакиева Г.С.*", "Омаров Т.Г.**", "Ли К.В.†", a superscript "Бекенов Ғ.Ж.¹" (its footnote "¹ – онлайн қатысты"). */
// A bracketed number is a footnote's mark too, as a PDF made from Word or HTML sets it: "+ [2]", "Присутствовали: 10 [1]".
export const MARKS = '\\*{1,2}|†|‡|#|[¹²³⁴⁵⁶⁷⁸⁹]|\\[\\d{1,2}\\]';
/** A mark as a pattern of itself. */
export const escapeMark = (mark: string): string => mark.replace(/[*#[\]]/gu, '\\$&');
/**
 * A legend saying what the mark means, in the list's heading or a footnote: "* – шақырылғандар / приглашенные", "(* –
 * приглашенные, не члены Совета)", "* Шақырылғандар / Приглашенные: Бакиева Г.С. – …", "*приглашённые лица".
 */
// Only the words of the invited: "* – докладчики" marks speakers, who may be members.
const LEGEND = re(`(?:^|[\\s(;,])(${MARKS})\\s*(?:[-–—:]\\s*)?(?:${INVITED_STATUS})`, 'iu');

/**
 * The mark that tells guests in a list of those present, as a legend before the agenda states it; null when none does —
 * an unexplained asterisk says nothing of who is a member.
 */
export function readGuestMark(lines: string[]): string | null {
  return markOfLegend(lines, LEGEND);
}

/**
 * The mark a legend explains (its first group), in the lines before the agenda: what a mark means is said with the
 * list, never after it. `keep` may refuse a legend found (one whose words are another kind's).
 */
export function markOfLegend(lines: string[], legend: RegExp, keep: (m: RegExpExecArray) => boolean = () => true): string | null {
  for (const line of lines) {
    if (re(AGENDA_HEADING).test(line) || re(SECTION_NEW).test(line)) break;
    const m = legend.exec(line);
    if (m && keep(m)) return m[1];
  }
  return null;
}

/** The name (surname and initials, or a full name) carries the guests' mark right after it: "Бакиева Г.С.*", "Ли К.В.* (ВКС)". */
export function carriesMark(text: string, mark: string): boolean {
  const escaped = escapeMark(mark);
  return new RegExp(`^[^(]*?[\\p{L}.]\\s?(?:${escaped})(?![*†‡#])(?=\\s|[,;.(]|$)`, 'u').test(text.trim());
}
