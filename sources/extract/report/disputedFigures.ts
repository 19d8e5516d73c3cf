import { isKazakh } from '../toLines.ts';
import type { ExtractIssue, ReportMedia } from '../types.ts';

/**
 * A bilingual report states every fact twice, once in each language; when the
 * two disagree ("94 жарияланым" beside "96 публикаций") neither is the
 * figure — which one the secretary meant is for a person to say. Two
 * statements on lines of the same language stay as they were (the first is
 * kept, the other an issue): a sub-figure or a later total is not a dispute
 * between translations.
 */
/**
 * A document written in both languages: at least a third of its lines with
 * text are Kazakh and a third are not. A Russian report with one Kazakh title
 * in a list is not one.
 */
export function isBilingualDocument(lines: string[]): boolean {
  const text = lines.filter((l) => /\p{L}{3}/u.test(l));
  const kazakh = text.filter(isKazakh).length;
  return text.length > 0 && kazakh * 3 >= text.length && (text.length - kazakh) * 3 >= text.length;
}

export function disputedAcrossLanguages(a: { value: number; text: string }, b: { value: number; text: string }): boolean {
  return a.value !== b.value && languageIsKazakh(a.text) !== languageIsKazakh(b.text);
}

/**
 * The language a line is written in, names in quotes aside: "Проведены 2
 * круглых стола («Абай елі: сохранение …» – 3 марта)" is Russian though the
 * title it quotes is Kazakh.
 */
export function languageIsKazakh(line: string): boolean {
  return isKazakh(line.replace(/«[^«»]*(?:«[^«»]*»[^«»]*)*»|“[^“”]*”|"[^"]*"/gu, ''));
}

export function disputeWhy(metric: string, a: { value: number; line: number }, b: { value: number; line: number }): string {
  return `${metric} is stated in the two languages with different values: ${a.value} (line ${a.line}) and ${b.value} (line ${b.line})`;
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
