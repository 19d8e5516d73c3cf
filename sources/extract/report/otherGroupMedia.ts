import { findCounts } from '../grammar/findCounts.ts';
import { lowerCase } from '../grammar/lowerCase.ts';
import { matchesOf } from '../grammar/matchesOf.ts';
import { maskNeverCounts } from '../maskNeverCounts.ts';
import type { ReportFigure, ReportMedia } from '../types.ts';
import { runningLines } from './runningLines.ts';

/** The media a group's label may name: "прочие площадки", "другие ресурсы", "иные СМИ", "басқа платформалар", "өзге БАҚ". */
const MEDIA_NOUN = '(?:площадк|платформ|ресурс|сми|издани|медиа|источник|канал|сайт|соцсет|алаң|желі|басылым|бақ)[\\p{L}]*';
/**
 * A list's item that groups the places not named one by one, after a comma, a semicolon or the line's start: "прочие
 * площадки (районная газета «Толқын», YouTube-канал акимата района) – 7", "басқа платформалар (YouTube, «Шымкент
 * келбеті» газеті) – 6", "прочие ........ 8" (a dot-leader row). Group 1: the media noun, if named; group 2: the count.
 */
const GROUP = new RegExp(
  `(?<=(?:^|[,;:]|\\s(?:и|а|және|ал))\\s*(?:(?:в|на|во)\\s+)?)(?:прочи[ехм]|други[ехм]|ины[ехм]|остальны[ехм]|басқа|өзге)(?:\\s+(${MEDIA_NOUN}))?(?:\\s*\\([^()]{0,160}\\))?(?:\\s*[-–—:]|\\s*(?:[.…·_]\\s?){3,})\\s*(\\d{1,3}(?:[ \\u00a0]\\d{3})?|\\d{1,5})(?![\\d,])(?!\\s*(?!(?:публикац|материал|жарияланым|пост|мақала)[\\p{L}]*)[\\p{L}]{2})`,
  'gu',
);

/**
 * The places a list of platforms groups as "other" (прочие, другие, басқа), as platform `other`: only in a list whose
 * platforms kenes read, all with their publications, and
 *
 * - under the total of publications it breaks down, when the platforms and the group add up to it exactly ("вышло 58
 *   публикаций: в Instagram – 26 (…), в Facebook – 11, в Telegram – 14, прочие площадки (…) – 7");
 * - with no total stated, when the group's label names media ("басқа платформалар", "прочие площадки") and two platforms
 *   or more are counted in its sentence.
 *
 * Never when another place is already `other` (a YouTube or a newspaper counted on its own: the group and it would be
 * summed), nor a group of topics or of anything else ("Основные темы: земля – 8, …, прочие – 7": no platform's list), nor
 * a group whose sum with the platforms misses the total (its parts counted twice, or another measure).
 */
export function readOtherGroupMedia(lines: string[], inTable: Set<number>, media: ReportMedia[], figures: ReportFigure[]): ReportMedia[] {
  if (media.some((m) => m.platform === 'other')) return [];
  const total = figures.find((f) => f.metric === 'publications');
  const found: ReportMedia[] = [];
  for (const unit of runningLines(lines, inTable)) {
    const masked = lowerCase(maskNeverCounts(unit.text, { millions: true }));
    for (const m of matchesOf(masked, GROUP)) {
      const value = findCounts(m[2])[0]?.value;
      if (value === undefined) continue;
      const line = unit.first + unit.starts.filter((s) => s <= (m.index ?? 0)).length;
      const first = unit.first + 1;
      const listed = (from: number) => media.filter((x) => x.line >= from && x.line <= line);
      if (total !== undefined && total.line <= line && line - total.line <= 8) {
        const own = listed(total.line);
        if (own.length < 2 || own.some((x) => x.publications === null)) continue;
        if (own.reduce((n, x) => n + (x.publications ?? 0), 0) + value === total.value) found.push({ platform: 'other', publications: value, views: null, line });
      } else if (total === undefined && m[1] !== undefined) {
        const own = listed(first);
        if (own.length >= 2 && own.every((x) => x.publications !== null)) found.push({ platform: 'other', publications: value, views: null, line });
      }
    }
  }
  return found.length === 1 ? found : [];
}
