import { parseDatePhrase } from '../parseDatePhrase.ts';
import { tidy } from '../toLines.ts';
import type { ExtractIssue, ReportActivity, ReportCandidate, ReportFigure } from '../types.ts';
import { activityTypeOf, itemTypeOf } from './activityLexicon.ts';
import { checkListTotal } from './checkListTotal.ts';

/** A list item: "1." or "2)" (a number), or a bullet or dash, then its text. */
export const ITEM = /^\s*(?:(\d{1,3})\s*[.)](?!\d)|([·•▪◦*]|[-–—](?=\s)))\s*(.*)$/u;

interface ListItem {
  no: number | null;
  text: string;
  line: number;
}

/**
 * Numbered (or bulleted) lists. A list whose heading (up to three non-blank
 * lines above) names an activity type gives one activity per item; a list
 * under a heading that states a count is checked against it; numbering gaps
 * are issues. Non-numbered lines between items ("Цель: …") belong to the item above.
 */
export function readLists(lines: string[], inTable: Set<number>, year: number | undefined, figures: ReportFigure[], issues: ExtractIssue[], candidates: ReportCandidate[]): ReportActivity[] {
  const activities: ReportActivity[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (inTable.has(i)) continue;
    const first = ITEM.exec(lines[i]);
    if (!first || first[3].trim() === '') continue;
    const headingAt = findHeading(lines, i);
    const items: ListItem[] = [];
    const bullet = first[1] === undefined;
    let j = i;
    let lastItem = i;
    for (; j < lines.length && !inTable.has(j); j++) {
      const m = ITEM.exec(lines[j]);
      if (m && (m[1] === undefined) === bullet && m[3].trim() !== '') {
        const no = m[1] !== undefined ? Number(m[1]) : null;
        const prev = items.length > 0 ? items[items.length - 1].no : null;
        if (no !== null && prev !== null && no <= prev) break; // a new list starts
        items.push({ no, text: m[3], line: j + 1 });
        lastItem = j;
        continue;
      }
      if (lines[j].trim() === '') {
        if (j - lastItem > 1) break;
        continue;
      }
      // A non-item line continues the item above only when the list goes on after it.
      const next = nextItemLine(lines, j);
      const prevNo = items[items.length - 1]?.no ?? null;
      const nm = next !== null ? ITEM.exec(lines[next]) : null;
      const continues = nm && (nm[1] === undefined) === bullet && (bullet || Number(nm[1]) === (prevNo ?? 0) + 1) && next! - j <= 3;
      if (!continues) break;
      items[items.length - 1].text += ' ' + lines[j];
    }
    i = Math.max(i, lastItem);
    if (items.length === 0) continue;
    checkNumbering(items, issues);
    const heading = headingAt !== null ? lines[headingAt] : '';
    const type = headingAt !== null ? activityTypeOf(heading) : null;
    const found: ReportActivity[] = [];
    for (const item of type ? items : []) {
      const title = tidy(item.text.replace(/^[\s.)]+/, ''));
      const dates = parseDatePhrase(title, year);
      found.push({ type: itemTypeOf(title) ?? type!.type, title: title.slice(0, 300), date_start: dates?.start ?? null, date_end: dates?.end ?? null, line: item.line });
    }
    // "Круглые столы и встречи:" — only the round tables count towards round_tables.
    const count = type ? found.filter((a) => a.type === type.type).length : items.length;
    checkListTotal(lines, headingAt, count, type?.metric ?? null, bullet, figures, issues, candidates);
    activities.push(...found);
  }
  return activities;
}

function nextItemLine(lines: string[], from: number): number | null {
  for (let k = from + 1; k < lines.length && k <= from + 4; k++) if (ITEM.test(lines[k]) && ITEM.exec(lines[k])![3].trim() !== '') return k;
  return null;
}

/** The nearest non-blank, non-item line above a list, if within three non-blank lines. */
function findHeading(lines: string[], itemLine: number): number | null {
  let seen = 0;
  let nearest: number | null = null;
  for (let k = itemLine - 1; k >= 0 && seen < 3; k--) {
    if (lines[k].trim() === '') continue;
    if (ITEM.test(lines[k])) return nearest;
    seen++;
    nearest ??= k;
    // "Провели семинары …:" above "Темы семинаров:" — the first line naming a type is the heading.
    if (activityTypeOf(lines[k])) return k;
  }
  return nearest;
}

function checkNumbering(items: ListItem[], issues: ExtractIssue[]): void {
  for (let k = 1; k < items.length; k++) {
    const [a, b] = [items[k - 1].no, items[k].no];
    if (a !== null && b !== null && b !== a + 1) issues.push({ line: items[k].line, message: `numbering jumps from ${a} to ${b}` });
  }
  if (items[0].no !== null && items[0].no > 1) issues.push({ line: items[0].line, message: `numbering starts at ${items[0].no}` });
}
