import { INITIALS, NAME_WORD, re } from './re.ts';

/**
 * A list item whose person a hurried paste left in a pair of quotes ("• "Нұрмағамбетова Ж.Т."", "3. «Петрова Анна
 * Сергеевна» (онлайн)"): the person, the quotes off — else the list is taken to end at the quoted line and the people under
 * it are lost. Only a name with initials or a surname's ending inside the quotes: an organisation's name quoted alone
 * ("• «Жас Отан»", "«Нұр Сәулет» ЖШС") is no person and stays as written.
 */
export function unquotedName(content: string): string {
  const m = QUOTED.exec(content);
  if (!m) return content;
  const inside = m[2];
  return PERSON_INSIDE.test(inside) ? `${m[1]}${inside}${m[3]}` : content;
}

/** The whole item in straight, typographic or angle quotes, a reason or mark in brackets and a stop after it at most. */
const QUOTED = /^(\s*)["«“„]\s*([^"«»“”„]+?)\s*["»”“](\s*(?:\([^()]*\))?\s*[.;,]?\s*)$/u;
/** A surname with initials ("Ахметов Р.Р.", "Р.Р. Ахметов"), or a word with a surname's or patronymic's ending. */
const PERSON_INSIDE = re(
  `^(?:${NAME_WORD}\\s+${INITIALS}|${INITIALS}\\s?${NAME_WORD}|(?:${NAME_WORD}\\s+){0,2}\\p{Lu}\\p{Ll}+(?:ов|ев|ёв|ова|ева|ёва|ин|ина|ский|ская|вич|вна|ұлы|улы|қызы|кызы)(?:\\s+${NAME_WORD}){0,2})\\.?$`,
  'u',
);
