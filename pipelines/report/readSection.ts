/**
 * The rows of one section (reports/sections/) for a period: its columns, its
 * condition, its order — and, for an output about one member or commission,
 * only that subject's rows (the section's `match`, its `{name}`s filled from
 * the subject and bound as parameters).
 */
import type { AnySection } from '../../reports/sections/Section.ts';
import { sectionMartColumns } from '../../reports/sections/sectionMartColumns.ts';
import type { Db, Row } from '../../workspace/db.ts';
import { queryMart } from './readMart.ts';

export interface SectionQuery {
  /** The output's subject, as the sections' `match` names it: `{ member: 'M04' }`, `{ commission: '3' }`. */
  subject?: Record<string, string>;
  /** Applied to every row read (`--public`: personal data masked; see publicMask in report.ts). */
  mask?: (row: Row) => Row;
}

export async function readSection(db: Db, section: AnySection, period: string, query: SectionQuery = {}): Promise<Row[]> {
  return queryMart(db, section.mart, period, {
    columns: sectionMartColumns(section),
    orderBy: section.orderBy,
    where: section.where,
    equals: section.match && matchValues(section, query.subject ?? {}),
    mask: query.mask,
  });
}

/** `{ body: 'commission {commission}' }` with the subject `{ commission: '3' }` → `{ body: 'commission 3' }`. */
export function matchValues(section: AnySection, subject: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(section.match ?? {}).map(([column, template]) => [column, template.replace(/\{(\w+)\}/g, (_, name: string) => {
    // A section names a subject its output does not give: a mistake in reports/sections/, not in the input.
    if (!Object.hasOwn(subject, name)) throw new Error(`section ${section.id} matches {${name}}, which its output's subject lacks`);
    return subject[name];
  })]));
}
