import type { MetricId } from '../types.ts';

/**
 * Why a count of departments heard is no figure of them: the list it stands in names another department before it —
 * "Всего заслушано 3 отчёта: руководителя отдела образования (11 июня) и двух отделов (12 марта, 17 сентября)",
 * "Барлығы 3 есеп тыңдалды: білім бөлімі басшысының (11 маусым) және екі бөлімнің (…)". The "two departments" are the
 * rest of the list, not all the departments heard (three): read as the figure, it was an undercount (held-out 153's
 * helper noticed it; the same on session 39's start). A candidate.
 *
 * `before`: the lower-cased sentence up to the count (its numbers coded). The list opens at the sentence's last colon, or
 * at its start; a department named in it, then "и", "және", "а также" or a comma right before the count.
 */
export function doubtOfDepartmentsPart(metric: MetricId, before: string): string | null {
  if (metric !== 'departments_heard') return null;
  const list = before.slice(before.lastIndexOf(':') + 1);
  return ANOTHER_THEN_JOIN.test(list) ? DEPARTMENTS_PART : null;
}

export const DEPARTMENTS_PART = 'the count is the rest of a list that names another department before it ("руководителя отдела образования (11 июня) и двух отделов"): a part of the departments heard, not all of them';

/** A department in the singular named in the list, then the words joining the count to it. */
const ANOTHER_THEN_JOIN = /(?<![\p{L}])(?:отдела?|отделом|управлени[яеи]|бөлім(?:і|інің|нің)?|басқарма(?:сы|сының|ның)?)(?![\p{L}])[^:]*(?:\s(?:и|және|мен|а\s+также)|,)\s*$/u;
