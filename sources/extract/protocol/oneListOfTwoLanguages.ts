import { foldKazakh } from '../monthNames.ts';
import type { ProtocolAbsentee } from '../types.ts';

/** A name as both halves of a bilingual protocol spell it: "Ахмеденов Б.Қ." and "Ахмеденов Б.К." are one. */
const keyOf = (name: string): string => foldKazakh(name.toLowerCase().replace(/ё/gu, 'е')).replace(/[\s.]+/gu, '');

/**
 * A bilingual protocol lists the absentees once in Kazakh and again in Russian ("[KZ] Қатыспағандар: Ахмеденов Б.Қ.
 * (іссапар), …" / "[RU] Отсутствовали: Ахмеденов Б.К. (командировка), …"): read as it stands, each person twice. When
 * the list read is two halves naming the same persons in the same order (Kazakh letters folded), the second half below
 * the first, it is one list: each person once, at the first half's line. Where the halves disagree on whether an
 * absence is excused, that person's is not stated (null). Anything else is returned as it is, with `halved` false.
 */
export function oneListOfTwoLanguages(absentees: ProtocolAbsentee[]): { absentees: ProtocolAbsentee[]; halved: boolean } {
  const n = absentees.length / 2;
  if (n < 1 || !Number.isInteger(n)) return { absentees, halved: false };
  const [first, second] = [absentees.slice(0, n), absentees.slice(n)];
  const same = first.every((a, k) => keyOf(a.name) === keyOf(second[k].name)) && second[0].line > first[n - 1].line;
  // Two persons of one name are two persons: a half that names someone twice is no translation.
  if (!same || new Set(first.map((a) => keyOf(a.name))).size !== n) return { absentees, halved: false };
  return { absentees: first.map((a, k) => ({ ...a, excused: a.excused === second[k].excused ? a.excused : null })), halved: true };
}
