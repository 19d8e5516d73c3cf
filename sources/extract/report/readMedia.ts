import { CODED_COUNT, codeCounts } from '../grammar/codeCounts.ts';
import { maskNeverCounts } from '../maskNeverCounts.ts';
import { isKazakhDocument } from '../toLines.ts';
import type { ReportMedia } from '../types.ts';
import { MEDIA_GENERAL, MEDIA_LABEL, MEDIA_PUBLICATIONS, MEDIA_VIEWS, PLATFORM_PHRASES } from './activityLexicon.ts';
import { ITEM } from './readLists.ts';

const PLATFORM = new RegExp(PLATFORM_PHRASES.map((p) => `(${p.source})`).join('|'), 'giu');
const PUBLICATIONS = new RegExp(`(${CODED_COUNT})\\s*(?:[\\p{L}]+\\s+)?${MEDIA_PUBLICATIONS}|${MEDIA_PUBLICATIONS}(?:\\s+${MEDIA_LABEL})?\\s*[-–—:]\\s*(${CODED_COUNT})`, 'iu');
const VIEWS = new RegExp(`(${CODED_COUNT})\\s*(?:[\\p{L}]+\\s+)?${MEDIA_VIEWS}|${MEDIA_VIEWS}(?:\\s+${MEDIA_LABEL})?\\s*[-–—:]?\\s*(${CODED_COUNT})`, 'iu');

/**
 * Media figures: a clause naming one platform with publications and/or views,
 * "Instagram – 180 публикаций, 52 000 просмотров; Facebook: 120 постов, охват 12 500".
 * A sentence about social networks in general is a total, not a platform.
 */
export function readMedia(lines: string[], inTable: Set<number>): ReportMedia[] {
  const out: ReportMedia[] = [];
  const kazakh = isKazakhDocument(lines);
  lines.forEach((line, i) => {
    if (inTable.has(i)) return;
    // A sentence broken across lines ("Facebook – 37 публикаций" / "(12,4 тыс. просмотров).") goes on in the next line.
    const next = lines[i + 1] ?? '';
    const continued = !/[.;:!?]\s*$/.test(line) && next.trim() !== '' && !ITEM.test(next) && !inTable.has(i + 1) && /^\s*[(\p{Ll}\d]/u.test(next);
    const clean = maskNeverCounts(continued ? `${line} ${next}` : line, { millions: true });
    const mentions = [...clean.matchAll(PLATFORM)].filter((m) => (m.index ?? 0) < line.length);
    if (mentions.length === 0) return;
    mentions.forEach((m, k) => {
      // The clause of one platform: up to the next platform, a semicolon, or the end of the sentence.
      const segment = clean.slice(m.index ?? 0, k + 1 < mentions.length ? mentions[k + 1].index : undefined).split(/[;\n]|[.!?](?=\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])/u)[0];
      if (MEDIA_GENERAL.test(segment)) return;
      const platform = PLATFORM_PHRASES[m.slice(1).findIndex((g) => g !== undefined)].platform;
      const { coded, counts } = codeCounts(segment, { kazakh });
      const valueOf = (found: RegExpExecArray | null) => {
        if (!found) return null;
        const raw = found[1] ?? found[2];
        return counts.get((found.index ?? 0) + found[0].indexOf(raw)) ?? null;
      };
      const publications = valueOf(PUBLICATIONS.exec(coded));
      const views = valueOf(VIEWS.exec(coded));
      if (publications === null && views === null) return;
      out.push({ platform, publications, views, line: i + 1 });
    });
  });
  return out;
}
