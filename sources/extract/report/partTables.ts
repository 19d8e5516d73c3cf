import type { ExtractIssue, ReportCandidate, ReportFigure, ReportMedia } from '../types.ts';
import { isHeading } from './isHeading.ts';
import { PART_SECTION, partSections } from './readFigures.ts';
import { type Period, latinRoman, monthsOf, namedPartMonths } from './readPeriod.ts';

/** A section headed by one quarter or half-year ("1-кесте. 2025 жылғы І тоқсан", "II КВАРТАЛ"): its months and lines. */
interface PartSection {
  from: number;
  to: number;
  lines: number[];
}

/** "I–III кварталы", "1-2 тоқсан": a heading of several parts at once is no one part's. */
const PART_RANGE = /(?<![\p{L}\d])(?:[IVХ]{1,3}|[1-4])\s*(?:-?\s*[\p{L}]{1,3})?\s*[-–—,и]\s*(?:[IVХ]{1,3}|[1-4])(?![\p{L}\d])/iu;

/**
 * A report whose period is told in one table per part, one after another ("1-кесте. 2025 жылғы І тоқсан", "2-кесте. …
 * ІІ тоқсан", "3-кесте. … ІІІ тоқсан" of a nine months' report) and no table of the whole: each row of such a table is a
 * part's count (a candidate, readFigures' PART_SECTION), and the period's figure is the sum of the parts only when the
 * parts tile the period exactly — every month in one part, no part outside it, one part per section — and every part's
 * table states the metric once. A quarter missing, a quarter told twice, a count stated in words for the period
 * already, or a row doubted for another reason: the parts stay candidates. A platform's publications (or views) told in
 * the parts' rows are summed the same way; a part's media that cannot be summed are dropped, never the period's.
 */
export function sumPartTables(lines: string[], flat: string[], period: Period | null, figures: ReportFigure[], media: ReportMedia[], candidates: ReportCandidate[], issues: ExtractIssue[]): ReportMedia[] {
  const periodMonths = monthsOf(period);
  const inPart = partSections(flat, periodMonths);
  const outsideParts = media.filter((m) => !inPart.has(m.line - 1));
  const sections = period === null ? [] : partTableSections(lines, flat, period);
  if (sections.length === 0) return outsideParts;
  const sectionOf = (line: number) => sections.findIndex((s) => s.lines.includes(line - 1));
  const rowLine = (line: number) => flat[line - 1] !== lines[line - 1] && (flat[line - 1] ?? '').trim() !== '';
  const parts = candidates.filter((c) => c.why === PART_SECTION && rowLine(c.line) && sectionOf(c.line) >= 0);
  for (const metric of new Set(parts.map((c) => c.metric))) {
    if (figures.some((f) => f.metric === metric)) continue;
    const perSection = sections.map((_, k) => [...new Map(parts.filter((c) => c.metric === metric && sectionOf(c.line) === k).map((c) => [`${c.line}:${c.value}`, c])).values()]);
    if (perSection.some((p) => p.length !== 1)) continue;
    const each = perSection.map((p) => p[0]);
    figures.push({ metric, value: each.reduce((s, c) => s + c.value, 0), line: each[0].line, text: `${each.map((c) => c.value).join(' + ')} (one table per part of the period)` });
    for (const c of candidates.filter((x) => x.metric === metric && each.some((e) => e.line === x.line))) candidates.splice(candidates.indexOf(c), 1);
  }
  const summed: ReportMedia[] = [];
  for (const platform of new Set(media.map((m) => m.platform))) {
    const perSection = sections.map((_, k) => media.filter((m) => m.platform === platform && rowLine(m.line) && sectionOf(m.line) === k));
    if (perSection.some((p) => p.length !== 1)) continue;
    const each = perSection.map((p) => p[0]);
    const total = (field: 'publications' | 'views') => (each.every((m) => m[field] !== null) ? each.reduce((s, m) => s + (m[field] ?? 0), 0) : null);
    const entry = { platform, publications: total('publications'), views: total('views'), line: each[0].line };
    if (entry.publications === null && entry.views === null) continue;
    if (outsideParts.some((m) => m.platform === platform)) issues.push({ line: entry.line, message: `${platform}: the parts' tables sum to ${entry.publications ?? entry.views}, beside a figure of the period stated elsewhere` });
    else summed.push(entry);
  }
  return [...outsideParts, ...summed].sort((a, b) => a.line - b.line);
}

/**
 * The sections headed each by one part of the period whose tables tile it: [] unless every month of the period is in
 * exactly one, and each holds a table (a row the flattening read).
 */
function partTableSections(lines: string[], flat: string[], period: Period): PartSection[] {
  const year = period.from.slice(0, 4);
  if (period.to.slice(0, 4) !== year) return [];
  const sections: PartSection[] = [];
  let open: PartSection | null = null;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].trim();
    if (isHeading(text)) {
      const years = text.match(/(?<!\d)(?:19|20)\d\d(?!\d)/gu) ?? [];
      const months = PART_RANGE.test(latinRoman(text)) || years.some((y) => y !== year) ? null : namedPartMonths(text);
      open = months === null ? null : { from: months[0], to: months[1], lines: [] };
      if (open) sections.push(open);
      continue;
    }
    // A row's sentence stands on its first line, which may be its empty number cell.
    if (open) open.lines.push(i);
  }
  const [from, to] = [Number(period.from.slice(5, 7)), Number(period.to.slice(5, 7))];
  const covered = new Map<number, number>();
  for (const s of sections) for (let m = s.from; m <= s.to; m++) covered.set(m, (covered.get(m) ?? 0) + 1);
  for (let m = 1; m <= 12; m++) if ((covered.get(m) ?? 0) !== (m >= from && m <= to ? 1 : 0)) return [];
  const hasTable = (s: PartSection) => s.lines.some((k) => flat[k] !== lines[k] && flat[k].trim() !== '');
  return sections.length >= 2 && sections.every(hasTable) ? sections : [];
}
