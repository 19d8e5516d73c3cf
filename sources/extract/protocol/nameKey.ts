/** A person's name as parts to compare: the surname and the rest (given name and patronymic, whole or as initials). */
export interface NameKey { surname: string; rest: string[] }

/**
 * A name's surname and the rest, in either order ("Ыдырысов Н.Ғ.", "Н.Ғ. Ыдырысов", "Ыдырысов Нұрсұлтан Ғаниұлы"), lower
 * case; null for a name of one word. Letters are not folded: "Әсел" and "Асхат" are two initials.
 */
export function nameKey(name: string): NameKey | null {
  const words = name.toLowerCase().replace(/ё/gu, 'е').split(/[\s.]+/u).filter((w) => w !== '');
  const initialsFirst = words.length >= 2 && words[0].length === 1;
  const surname = initialsFirst ? words.find((w) => w.length > 1) : words[0];
  if (!surname || words.length < 2) return null;
  return { surname, rest: words.filter((w) => w !== surname) };
}

/** A name's surname and first initial, in whichever order it is written ("Сейткали Д.Н.", "Д.Н. Сейткали"). */
export function keyOf(name: string): { surname: string; initial: string } {
  const key = nameKey(name);
  return { surname: key?.surname ?? '', initial: key?.rest[0]?.slice(0, 1) ?? '' };
}

/** The same person: the same initial and surname, a case ending after it allowed ("Сейткалимен"). */
export function sameKey(listed: { surname: string; initial: string }, named: { surname: string; initial: string }): boolean {
  return listed.initial === named.initial && listed.surname.length >= 3 && named.surname.startsWith(listed.surname) && named.surname.length - listed.surname.length <= 4;
}
