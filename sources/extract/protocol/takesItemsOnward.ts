import type { AgendaItem } from '../types.ts';
import { questionSectionsOf } from './countQuestionSections.ts';

/**
 * A continuation's agenda (set 146, "ПРОТОКОЛ № 8 (продолжение)"): the items taken at this sitting, numbered as on the
 * meeting's agenda ("3. …", "4. …", "5. …" after items 1 and 2 were taken on the first day), the discussion headed by those
 * numbers only ("По третьему вопросу" … "По пятому вопросу"). Its highest section (5) above the items read (3) is then no
 * sign of items lost: every section's number is an item read, in a run from above 1. An agenda read from item 3 while the
 * discussion heads questions 1 or 2 too was cut by a layout not read — not this.
 */
export function takesItemsOnward(agenda: AgendaItem[], lines: string[]): boolean {
  if (agenda.length === 0 || agenda[0].no <= 1 || agenda.some((a, k) => k > 0 && a.no !== agenda[k - 1].no + 1)) return false;
  const nos = new Set(agenda.map((a) => a.no));
  const sections = questionSectionsOf(lines);
  return sections.length > 0 && sections.every((s) => nos.has(s.no));
}
