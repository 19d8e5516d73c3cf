import { tidy } from '../toLines.ts';
import { INITIALS, NAME_WORD, PERSON_NAME, re } from './re.ts';

/**
 * A member named by position only, the seat held ex officio: "Руководитель отдела занятости г. Сарани (член Совета по
 * должности);", "Заместитель акима города (по должности)", "білім бөлімінің басшысы (лауазымы бойынша)". The person is a member
 * and counts as a named one; the position is the name the lists give. Null when the text names a person (then the name is
 * read as ever, the mark a part of the role) or carries no such mark.
 */
export function exOfficioMember(raw: string): { name: string; rest: string } | null {
  const text = tidy(raw).replace(/[\s.;,]+$/u, '');
  const mark = EX_OFFICIO.exec(text);
  if (!mark || NAMED.test(text)) return null;
  // The position before the mark; a dash standing for the name in a table ("— | руководитель …") is no part of it.
  const name = tidy(`${text.slice(0, mark.index)} ${text.slice(mark.index + mark[0].length)}`).replace(/^[-–—\s]+|[-–—,;\s]+$/gu, '');
  return /\p{L}{3}/u.test(name) ? { name, rest: 'по должности' } : null;
}

/** "(по должности)", "(член Совета по должности)", "(лауазымы бойынша)", "(кеңес мүшесі, қызметі бойынша)". */
export const EX_OFFICIO = re(
  `\\(\\s*(?:член[\\p{L}]*\\s+(?:[\\p{L}]+\\s+)?(?:совет|комисси)[\\p{L}]*\\s*,?\\s+)?по\\s+должности\\s*\\)`
  + `|\\(\\s*(?:(?:[\\p{L}]+\\s+)?(?:кеңес|комиссия)[\\p{L}]*\\s+мүше[\\p{L}]*\\s*,?\\s+)?(?:лауазымы|қызметі)\\s+бойынша(?:\\s+мүше[\\p{L}]*)?\\s*\\)`,
);

/** A person's name anywhere in the text: case-sensitive, a position's capitalised words are no name. */
const NAMED = new RegExp(`(?<![\\p{L}])(?:${PERSON_NAME}|${INITIALS}\\s?${NAME_WORD}\\p{Ll})`, 'u');
