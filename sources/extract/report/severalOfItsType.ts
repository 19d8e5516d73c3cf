import { findCounts } from '../grammar/findCounts.ts';
import { maskNeverCounts } from '../maskNeverCounts.ts';
import { monthOfWord } from '../monthNames.ts';
import type { ActivityType } from '../types.ts';
import { activityTypesIn } from './activityLexicon.ts';

/**
 * A list item that counts several events of the list's type, held but not dated one by one: "– сондай-ақ 2 мониторинг
 * мамыр–маусымда ауылдық округтерде өткізілді", "– ещё 3 мониторинга проведены в сельских округах" under "5 мониторинг
 * жүргізілді:" and its dated items. It is the rest of the count, no event of its own — read as one, the list would hold an
 * event the text never dates, and one more than there were items. The count stands right before the type's noun (an
 * adjective between at most): a day's number ("18 марта – мониторинг цен …") counts nothing.
 */
export function countsSeveralOfType(title: string, type: ActivityType): boolean {
  const masked = maskNeverCounts(title);
  return findCounts(masked).some((c) => {
    if (c.value < 2 || c.value > 99) return false;
    const words = /^\s*([\p{L}-]+)(?:\s+([\p{L}-]+))?(?:\s+([\p{L}-]+))?/u.exec(masked.slice(c.end));
    if (words === null || monthOfWord(words[1]) !== null) return false;
    return activityTypesIn(words[0])[0]?.type === type;
  });
}
