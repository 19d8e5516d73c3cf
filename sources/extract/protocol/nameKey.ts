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
