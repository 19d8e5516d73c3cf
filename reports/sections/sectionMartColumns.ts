import type { AnySection } from './Section.ts';

/** Every column a section reads from its mart: the shown ones, then those used for layout. */
export function sectionMartColumns(section: AnySection): string[] {
  const keys = section.columns.map((c) => c.key);
  for (const k of [...(section.hidden ?? []), section.highlight?.key, section.groupRow]) if (k && !keys.includes(k)) keys.push(k);
  return keys;
}
