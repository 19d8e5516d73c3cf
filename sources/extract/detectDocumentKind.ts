import { repairCopy } from './repairCopy.ts';
import { toLines } from './toLines.ts';

/**
 * Protocol or narrative report? A protocol names itself in its first lines
 * ("Протокол № 8", "ХАТТАМА", "Отырыстың хаттамасы"); everything else is read as a report.
 */
export type DocumentKind = 'protocol' | 'report';

export function detectDocumentKind(text: string): DocumentKind {
  // Read as the extractors read it: "ПРOТОКОЛ" with a Latin O, a zero-width space inside, old Mac line ends.
  const head = repairCopy(toLines(text).slice(0, 8)).join('\n').toLowerCase();
  return /(^|\s)(протокол|хаттама(сы)?)(\s|$|№)/u.test(head) ? 'protocol' : 'report';
}
