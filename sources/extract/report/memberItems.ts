import { INITIALS, NAME_WORD, re } from '../protocol/re.ts';

/**
 * An item that tells ONE MEMBER's own work: an optional list mark, the member's name (a surname with initials, either way
 * round, or a surname, given name and patronymic), an optional bracket (the role, the day the member joined), then a dash
 * or a colon and what the member did: "4. Серікбаев Н.А. – 2 мониторинг; … 3 хат жолдады", "– Бейсенова А.М. – 1
 * мониторинг, 3 жарияланым дайындады;", "3) Әлімжанова Г.С. – 31 балл (мониторинги – 4, обращения – 5)", "Иванов И.И.:
 * участие в 3 мониторингах". Reports and protocols that list their members one by one (members' individual reports,
 * a members' rating, a month's dash list) tell the council's figures elsewhere, if at all: a member's counts are never the
 * council's (several members go to one monitoring, so they neither are nor add up to its count), and an item of them is
 * no event the council held. Case-sensitive: a name's capitals.
 */
const MEMBER_ITEM = re(
  `^\\s*(?:\\d{1,3}\\s*[.)]\\s*|[-–—•*·]\\s*|\\p{Ll}\\)\\s*)?(?:${NAME_WORD}\\s+${INITIALS}|${INITIALS}\\s?${NAME_WORD}|${NAME_WORD}\\s+${NAME_WORD}\\s+${NAME_WORD}(?:вич|вна|ична|ұлы|қызы|улы|кызы|оглы|кизи))(?![\\p{L}])(?:\\s*\\([^()]{1,60}\\))?\\s*[-–—]\\s*\\S`,
  'u',
);

/**
 * Whether a line (or the running text of a wrapped item) is one member's own account with a count in it. A name and its
 * dash with no count once its dates are taken out ("Сапаров Е.К. – начальник отдела образования (12.03.2026)") is a person
 * heard, spoken of or listed, no member's tally: it stays what its list makes it.
 */
export function isMemberItem(text: string): boolean {
  const m = MEMBER_ITEM.exec(text);
  if (m === null) return false;
  // (Only dates and years are taken out: a list's whole mask would take "– 0." for an item number.)
  return /\d/u.test(text.slice(m[0].length - 1).replace(DAY_OR_YEAR, ' '));
}

/** "12.03.2026", "22.06", "2026 ж.": a day or a year beside a name, no count of the member's. */
const DAY_OR_YEAR = /\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?|(?<!\d)(?:19|20)\d{2}(?!\d)/gu;

export const MEMBER_ITEM_WHY = 'the count is one member\'s own ("Серікбаев Н.А. – 3 хат жолдады", "Оспанова Д.К. – мониторинги – 5"), never the council\'s';
