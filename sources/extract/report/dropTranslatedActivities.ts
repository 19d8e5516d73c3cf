import type { ReportActivity } from '../types.ts';
import { isBilingualDocument, lineLanguage } from '../toLines.ts';

/**
 * A bilingual report tells every event in both languages ("2 дөңгелек үстел
 * өткізілді (қыркүйектің 5-і, қарашаның 28-і)." then "Проведено 2 круглых
 * стола (5 сентября и 28 ноября)."): an activity of the same type and dates
 * as one on a line of the other language is that one, told again, and is
 * dropped. The day it began decides: a span one language gives and the other
 * shortens ("қаңтардың 15–19-ы аралығында" beside "15–19 января") is one event. Activities without a date are never matched (two undated
 * translations stay two: which is which is not known). Only in a document
 * written in both languages: a Russian report's list may hold a Kazakh title;
 * and only between two lines each in a language of its own: a list item that is
 * a date and a quoted title ("3. «…» – 01.01.2019;") may be either half's.
 */
export function dropTranslatedActivities(activities: ReportActivity[], lines: string[]): ReportActivity[] {
  if (!isBilingualDocument(lines)) return activities;
  const kept: ReportActivity[] = [];
  for (const a of activities) {
    const language = lineLanguage(lines[a.line - 1] ?? '');
    const told = a.date_start !== null && language !== null && kept.some((k) => {
      const other = lineLanguage(lines[k.line - 1] ?? '');
      return k.type === a.type && k.date_start === a.date_start && other !== null && other !== language;
    });
    if (!told) kept.push(a);
  }
  return kept;
}
