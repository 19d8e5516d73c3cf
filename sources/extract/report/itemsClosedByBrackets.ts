import { matchesOf } from '../grammar/matchesOf.ts';
import { tidy } from '../toLines.ts';

/**
 * The items of a list run on in a sentence, each closed by a bracket of its time: "… (февраль), … (май) и … (ноябрь).",
 * "аудандық білім бөлімінің (ақпан), … бөлімінің (сәуір), сондай-ақ «…» МКК директоры (маусым)". The one splitter of
 * such lists (report/monthItems.ts reads events from it, report/bodiesHeardList.ts the bodies heard). Their texts, or
 * null when a bracket holds anything `isTime` refuses, a piece is empty or too long or holds a sentence's stop, or
 * words stand after the last bracket.
 */
export function itemsClosedByBrackets(text: string, isTime: (inside: string) => boolean): string[] | null {
  const out: string[] = [];
  let from = 0;
  for (const b of matchesOf(text, /\(([^()]*)\)/gu)) {
    if (!isTime(b[1])) return null;
    const item = tidy(text.slice(from, b.index).replace(/^\s*(?:[,;]\s*)?(?:(?:и|а\s+также|және|мен|бен|пен)\s+)?/u, ''));
    if (item === '' || item.length > 160 || /[.;:]/u.test(item.replace(/\s[\p{L}]{1,4}\.\s/gu, ' '))) return null;
    out.push(item);
    from = (b.index ?? 0) + b[0].length;
  }
  return /^\s*[.;]?\s*$/u.test(text.slice(from)) ? out : null;
}
