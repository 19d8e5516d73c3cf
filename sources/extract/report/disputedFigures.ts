import { isBilingualDocument, languageIsKazakh } from '../toLines.ts';
import type { ExtractIssue, ReportCandidate, ReportFigure, ReportMedia } from '../types.ts';
import { METRIC_PARTS } from './activityLexicon.ts';

/**
 * A bilingual report states every fact twice, once in each language; when the
 * two disagree ("94 жарияланым" beside "96 публикаций") neither is the
 * figure — which one the secretary meant is for a person to say. Two
 * statements on lines of the same language stay as they were (the first is
 * kept, the other an issue): a sub-figure or a later total is not a dispute
 * between translations.
 */

export function disputedAcrossLanguages(a: { value: number; text: string }, b: { value: number; text: string }): boolean {
  return a.value !== b.value && languageIsKazakh(a.text) !== languageIsKazakh(b.text);
}

export function disputeWhy(metric: string, a: { value: number; line: number }, b: { value: number; line: number }): string {
  return `${disputedPrefix(metric)} with different values: ${a.value} (line ${a.line}) and ${b.value} (line ${b.line})`;
}

/** Whether a candidate's reason is a dispute between the two languages over this metric (disputeWhy's words). */
export function isDisputeOf(metric: string, why: string): boolean {
  return why.startsWith(disputedPrefix(metric));
}

/**
 * Why a figure one document states twice, in one language, with two numbers is neither: a section and the report's
 * summary (report/summaryLines), a sentence and the table of the year's indicators (addTableFigures), a platforms' sum
 * and another total (readPlatformSums).
 */
export function restatedWhy(metric: string, a: { value: number; line: number }, b: { value: number; line: number }): string {
  return `${restatedPrefix(metric)} with different numbers: ${a.value} (line ${a.line}) and ${b.value} (line ${b.line}); which one the council stands by is for a person to say`;
}

/** Whether a candidate's reason is a restatement of this metric with another number (restatedWhy's words). */
export function isRestatedOf(metric: string, why: string): boolean {
  return why.startsWith(restatedPrefix(metric));
}

const restatedPrefix = (metric: string) => `${metric} is stated twice in the report`;

/** The figure `stated` leaves the figures; it and the one that states it again otherwise (`both`, in the order given) go to the review, with `why`. */
export function disputeBoth(figures: ReportFigure[], candidates: ReportCandidate[], stated: ReportFigure, both: [ReportFigure, ReportFigure], why: string): void {
  figures.splice(figures.indexOf(stated), 1);
  candidates.push(...both.map((f) => ({ ...f, why })));
}

const disputedPrefix = (metric: string) => `${metric} is stated in the two languages`;

/**
 * A figure the two languages state with two numbers that the document settles itself: "Кеңеске 32 өтініш түсті, оның ішінде
 * 20-сы жеке тұлғалардан, 3-еуі заңды тұлғалардан." / "В Совет поступило 23 обращения, из них 20 – от физических лиц, 3 – от
 * юридических лиц.": the parts of a whole that they make up exactly (METRIC_PARTS, `exact`), each stated and not disputed,
 * add up to one of the two — that one is the figure (the other a slip of the digits), with an issue. Otherwise the
 * dispute stands.
 */
export function settleByParts(figures: ReportFigure[], candidates: ReportCandidate[], issues: ExtractIssue[]): void {
  for (const rule of METRIC_PARTS) {
    if (!rule.exact || figures.some((f) => f.metric === rule.whole)) continue;
    const disputed = candidates.filter((c) => c.metric === rule.whole && isDisputeOf(rule.whole, c.why));
    const parts = rule.parts.map((p) => figures.find((f) => f.metric === p));
    if (disputed.length !== 2 || parts.some((p) => p === undefined)) continue;
    const sum = parts.reduce((n, p) => n + p!.value, 0);
    const settled = disputed.filter((c) => c.value === sum);
    if (settled.length !== 1) continue;
    const { why: _why, ...figure } = settled[0];
    figures.push(figure);
    for (const c of disputed) candidates.splice(candidates.indexOf(c), 1);
    const other = disputed.find((c) => c !== settled[0])!;
    issues.push({ line: other.line, message: `${rule.whole} stated as ${other.value} (line ${other.line}) and ${figure.value} (line ${figure.line}) in the two languages; its parts (${rule.parts.join(' + ')}) make ${sum}: ${sum} taken` });
  }
}

/**
 * Media figures a bilingual report gives differently in its two languages
 * ("Telegram-да – 36" beside "в Telegram – 38"): that field of that platform
 * is left out everywhere, with an issue naming both lines.
 */
export function dropDisputedMedia(media: ReportMedia[], lines: string[], issues: ExtractIssue[]): ReportMedia[] {
  if (!isBilingualDocument(lines)) return media;
  for (const field of ['publications', 'views'] as const) {
    for (const platform of new Set(media.map((m) => m.platform))) {
      const stated = media.filter((m) => m.platform === platform && m[field] !== null);
      const pair = stated.flatMap((a) => stated.map((b) => [a, b] as const)).find(([a, b]) => disputedAcrossLanguages({ value: a[field]!, text: lines[a.line - 1] ?? '' }, { value: b[field]!, text: lines[b.line - 1] ?? '' }));
      if (!pair) continue;
      issues.push({ line: pair[1].line, message: disputeWhy(`${platform} ${field}`, { value: pair[0][field]!, line: pair[0].line }, { value: pair[1][field]!, line: pair[1].line }) });
      for (const m of stated) m[field] = null;
    }
  }
  return media.filter((m) => m.publications !== null || m.views !== null);
}
