import type { ExtractIssue, ReportCandidate, ReportFigure, ReportMedia } from '../types.ts';
import { ANY_PLATFORM, MEDIA_PUBLICATIONS } from './activityLexicon.ts';

/** A platform's row of a table of publications: its name (with its owner's words) and one count closing the row. */
const PLATFORM_ROW = new RegExp(`^\\s*[^\\d]{0,40}?(?:${ANY_PLATFORM})[^\\d]{0,40}?\\s(\\d{1,5})\\s*$`, 'iu');
/** The table's total row: "Барлығы   58", "Итого: 60", "Всего – 41". */
const TOTAL_ROW = /^\s*(?:барлығы|итого|всего|жиыны)\s*[:\-–—]?\s*(\d{1,5})\s*$/iu;
/** The table's caption or column heading names publications: "2-кесте. Жарияланымдар", "Публикации по площадкам". */
const OF_PUBLICATIONS = new RegExp(`(?:${MEDIA_PUBLICATIONS})`, 'iu');

export const PLATFORM_ROWS_DO_NOT_ADD_UP = 'the table of publications by platform has rows that do not add up to its total, and nothing says which cell is the slip';

/**
 * A table of publications by platform whose rows do not add up to its own total row ("Әкімдік сайты 14 / Instagram 29 /
 * Facebook 8 / Telegram 9 / Барлығы 58" — the rows make 60): one of its cells is a slip and the table does not say which
 * (set 126, Ertis). The publications stated as either number leave the figures for the review, and so does every platform's
 * count read from those rows — any of them may be the wrong one. Rows that add up are the ordinary table (readMedia).
 */
export function withdrawPlatformRowsNotAddingUp(lines: string[], figures: ReportFigure[], media: ReportMedia[], candidates: ReportCandidate[], issues: ExtractIssue[]): ReportMedia[] {
  let out = media;
  for (let i = 0; i < lines.length; i++) {
    const total = TOTAL_ROW.exec(lines[i]);
    if (total === null) continue;
    let top = i;
    while (top - 1 >= 0 && PLATFORM_ROW.test(lines[top - 1])) top--;
    if (i - top < 2 || !lines.slice(Math.max(0, top - 3), top).some((l) => OF_PUBLICATIONS.test(l))) continue;
    const sum = lines.slice(top, i).reduce((n, l) => n + Number(PLATFORM_ROW.exec(l)![1]), 0);
    const stated = Number(total[1]);
    if (sum === stated) continue;
    for (const f of figures.filter((x) => x.metric === 'publications' && (x.value === stated || x.value === sum))) {
      figures.splice(figures.indexOf(f), 1);
      candidates.push({ ...f, why: PLATFORM_ROWS_DO_NOT_ADD_UP });
    }
    out = out.filter((m) => m.line - 1 < top || m.line - 1 > i);
    issues.push({ line: i + 1, message: `the publications' platform rows (lines ${top + 1}–${i}) make ${sum}, their total row says ${stated}: neither taken, nor the platforms' counts` });
  }
  return out;
}
