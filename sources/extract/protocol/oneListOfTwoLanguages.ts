import { foldKazakh } from '../monthNames.ts';
import type { ProtocolAbsentee, ProtocolAttendee } from '../types.ts';
import { editDistance } from '../grammar/editDistance.ts';

/**
 * A name as both halves of a bilingual protocol spell it: "Ахмеденов Б.Қ." and "Ахмеденов Б.К." are one, and so are the
 * Kazakh spelling and the Russian one of a name ("Нығметова" / "Нигметова", "Құсайынова" / "Кусаинова", "Жақыпова" /
 * "Жакипова": ы and й written и, ь dropped, a letter doubled by that written once).
 */
const keyOf = (name: string): string =>
  foldKazakh(name.toLowerCase().replace(/ё/gu, 'е'))
    .replace(/[.]+/gu, ' ')
    .replace(/[ыйи]/gu, 'и')
    .replace(/[ьъ]/gu, '')
    .replace(/(\p{L})\1+/gu, '$1')
    .trim()
    .replace(/\s+/gu, ' ');

/**
 * One person in the two halves: the same surname (two letters' slip allowed in a long one, "Ыбыраев" / "Ибраев") and the
 * same initials — of the given name and the patronymic, whose Kazakh and Russian forms differ past their first letter
 * ("Мұқанов Ерлан Серікұлы" / "Муканов Ерлан Серикович", "Сарсенова Жанар Төлегенқызы" / "… Тулегеновна").
 */
function samePerson(a: string, b: string): boolean {
  const [x, y] = [keyOf(a).split(' '), keyOf(b).split(' ')];
  if (x.length !== y.length || x.slice(1).some((w, k) => w[0] !== y[k + 1][0])) return false;
  const [s, t] = [x[0], y[0]];
  return s === t || (Math.min(s.length, t.length) >= 5 && editDistance(s, t) <= 2);
}

/**
 * A bilingual protocol lists the absentees once in Kazakh and again in Russian ("[KZ] Қатыспағандар: Ахмеденов Б.Қ.
 * (іссапар), …" / "[RU] Отсутствовали: Ахмеденов Б.К. (командировка), …"): read as it stands, each person twice. When
 * the list read is two halves naming the same persons in the same order (Kazakh letters folded), the second half below
 * the first, it is one list: each person once, at the first half's line. Where the halves disagree on whether an
 * absence is excused, that person's is not stated (null); where one half gives no reason (a shorter translation: the
 * Kazakh text names the four absent, the Russian gives each one's reason), the other half's is his. Anything else is
 * returned as it is, with `halved` false.
 */
export function oneListOfTwoLanguages(absentees: ProtocolAbsentee[]): { absentees: ProtocolAbsentee[]; halved: boolean } {
  const one = halvesOf(absentees);
  if (one === null) return { absentees, halved: false };
  return {
    absentees: one.map(([a, b]) => (a.excused === null ? { ...a, excused: b.excused, reason: a.reason ?? b.reason } : { ...a, excused: b.excused === null || b.excused === a.excused ? a.excused : null })),
    halved: true,
  };
}

/**
 * The same for those present ("Қатысқандар: Ахметжанов Д.Б. (төраға), Ғабдуллин Ә.С., …" / "Присутствуют: Ахметжанов
 * Д.Б. (председатель), Габдуллин А.С., …", the two columns of a side-by-side text): each person once, online when
 * either half marks him so (a translation that leaves the mark out does not say he came in person).
 */
export function oneAttendeeListOfTwoLanguages(attendees: ProtocolAttendee[]): { attendees: ProtocolAttendee[]; halved: boolean } {
  const one = halvesOf(attendees);
  if (one === null) return { attendees, halved: false };
  return { attendees: one.map(([a, b]) => ({ ...a, role: a.role ?? b.role, online: a.online || b.online })), halved: true };
}

/** The list's two halves, person by person, when they name the same persons in the same order; null otherwise. */
function halvesOf<T extends { name: string; line: number }>(list: T[]): [T, T][] | null {
  const n = list.length / 2;
  if (n < 1 || !Number.isInteger(n)) return null;
  const [first, second] = [list.slice(0, n), list.slice(n)];
  const same = first.every((a, k) => samePerson(a.name, second[k].name)) && second[0].line > first[n - 1].line;
  // Two persons of one name are two persons: a half that names someone twice is no translation.
  if (!same || new Set(first.map((a) => keyOf(a.name))).size !== n) return null;
  return first.map((a, k) => [a, second[k]]);
}
