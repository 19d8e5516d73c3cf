import { parseCount } from '../parseCount.ts';
import { tidy } from '../toLines.ts';
import type { ReportCandidate, ReportFigure, ReportMedia } from '../types.ts';
import { disputeBoth, disputedAcrossLanguages, disputeWhy, restatedWhy } from './disputedFigures.ts';
import { MEDIA_GENERAL, PLATFORM_PHRASES } from './activityLexicon.ts';
import { isHeading } from './isHeading.ts';
import { ITEM } from './readLists.ts';
import { PLATFORM_ADDRESS } from './readMedia.ts';

const PLATFORM = new RegExp(PLATFORM_PHRASES.map((p) => `(${p.source})`).join('|'), 'iu');
/**
 * A total closing the platforms' line or sentence: "…, Telegram – 38. Барлығы – 118.", "… Всего: 41", "… жарияланым
 * орналастырылды (барлығы 73).", "Instagram-да 17, Facebook-те 10 жарияланым шықты, барлығы 27. Аудандық газетте …".
 */
// A dash opens it too ("…, газетінде төрт мақала шықты – барлығы 27."), and "в сумме", "в общей сложности", "жиыны" name it
// as "всего" does ("Facebook – 8; в сумме 23.").
const TOTAL_AFTER = /(?:(?:^|[.;,]\s+|\s[-–—]\s*)(?:то\s+есть\s+|т\.\s*е\.\s+|яғни\s+)?|\(\s*)(?:барлығы|всего|итого|жалпы|жиыны|в\s+сумме|в\s+общей\s+сложности)\s*[-–—:]?\s*(\d{1,3}(?:[ \u00a0]\d{3})?|\d{1,5})\s*\)?\s*(?:\.?\s*$|\.\s+(?=\p{Lu}))/iu;
/** A heading's count, its bracket read as a dash (report/bracketCounts): "9. СМИ И СОЦИАЛЬНЫЕ СЕТИ – 41". */
const HEADING_COUNT = /[-–—]\s*(\d{1,5})\s*$/u;
/** A bullet naming one platform (an address may follow) and one bare count: "• Instagram @medeu_kenes – 29;", "• Facebook – 12." */
const PLATFORM_ITEM = /^\s*(?:[·•▪◦*]|[-–—](?=\s))\s*([^\d–—:-]{2,60}?)\s*[-–—:]\s*(\d{1,5})\s*[;.,]?\s*$/u;

const count = (digits: string): number => parseCount(digits) ?? Number.NaN;

/**
 * Publications told only as a sum that the platforms' counts make up exactly, so the sum says what each count is:
 *
 * - a total after the platforms' publications on their line ("Instagram – 80 (қаралым – 96 500), Telegram – 38.
 *   Барлығы – 118.", "…, Facebook – 12. Всего – 41.", "Instagram парақшасында 51, Telegram арнасында 22 жарияланым
 *   орналастырылды (барлығы 73)."): the report's publications, when it equals their sum;
 * - a media heading's count over bullets that give each platform a bare count ("9. СМИ И СОЦИАЛЬНЫЕ СЕТИ (41)" /
 *   "• Instagram @medeu_kenes (29);" / "• Facebook (12)."): the heading's count is the publications and each bullet
 *   its platform's — a bare number names nothing, but the heading of the media and a sum that adds up do.
 *
 * - platforms a row each over the row of their total that names the publications (rowsOverTotal).
 *
 * A sum that does not add up (views, another period, a missed platform) is left alone; so is a metric already stated.
 * Adds to `media` and `figures`; the lines are the text's, brackets read as dashes.
 */
export function readPlatformSums(lines: string[], inTable: Set<number>, media: ReportMedia[], figures: ReportFigure[], candidates: ReportCandidate[] = []): void {
  const stated = () => figures.some((f) => f.metric === 'publications');
  for (let i = 0; i < lines.length; i++) {
    if (inTable.has(i)) continue;
    const line = lines[i];
    // A total whose words the wrap split ("…на сайте акимата города, то" / "есть всего 40."): read with the clause it opens on the line before.
    const before = i > 0 && !inTable.has(i - 1) && !/[.!?]\s*$/u.test(lines[i - 1]) ? /[,;]\s*[^,;.]*$/u.exec(lines[i - 1])?.[0] ?? '' : '';
    const opening = TOTAL_AFTER.exec(line);
    const total = opening ?? (before === '' ? null : TOTAL_AFTER.exec(`${before} ${line.trimStart()}`));
    // A total after the stop of a sentence that began on the lines before ("Instagram парақшасында 38, Facebook-те 17 жазба
    // шықты," / "аудандық … газетінде 4 мақала жарияланды. Барлығы – 59."): that sentence's platforms are summed too.
    const opens = opening === null ? total !== null : opening.index === 0 || !/[.!?]\s/u.test(line.slice(0, opening.index).replace(/[.!?]\s*$/u, ''));
    // The platforms of the sentence the total closes, wrapped over the lines before it in a plain-text letter ("Страница
    // Совета в Instagram … пополнилась" / "24 публикациями; ещё 9 вышло в Facebook и 7 - на сайте акимата города, то" /
    // "есть всего 40."): up to two lines back, none of them blank.
    let first = i;
    while (first > 0 && i - first < 2 && lines[first - 1].trim() !== '' && !inTable.has(first - 1) && !/[.!?]\s*$/u.test(lines[first - 1]) && opens) first--;
    const own = media.filter((m) => m.line >= first + 1 && m.line <= i + 1);
    if (total !== null && own.length >= 2 && own.every((m) => m.publications !== null)) {
      if (own.reduce((n, m) => n + (m.publications ?? 0), 0) !== count(total[1])) continue;
      const sum: ReportFigure = { metric: 'publications', value: count(total[1]), line: i + 1, text: tidy(line).slice(0, 300) };
      const other = figures.find((f) => f.metric === 'publications');
      // The same total already doubted by the figure grammar ("барлығы – 72" beside "74 жарияланым" in the conclusion): left a candidate.
      if (other === undefined && candidates.some((c) => c.metric === 'publications' && c.value === sum.value)) continue;
      if (other === undefined) figures.push(sum);
      // "Instagram – 24, Facebook – 13, барлығы 37" and elsewhere "опубликовано 39 материалов (включая 2 статьи в газете)":
      // two totals of one document that differ — which is the council's publications is for a person to say.
      else if (other.value !== sum.value) {
        disputeBoth(figures, candidates, other, [other, sum], (disputedAcrossLanguages(other, sum) ? disputeWhy : restatedWhy)('publications', other, sum));
      }
      continue;
    }
    if (stated()) continue;
    const heading = HEADING_COUNT.exec(line);
    if (heading === null || !isHeading(line.trim()) || !MEDIA_GENERAL.test(line) || PLATFORM.test(line)) continue;
    const items: { platform: ReportMedia['platform']; value: number; line: number }[] = [];
    for (let k = i + 1; k < lines.length; k++) {
      const text = lines[k];
      if (text.trim() === '') {
        if (items.length > 0) break;
        continue;
      }
      const item = ITEM.test(text) ? PLATFORM_ITEM.exec(text) : null;
      const named = item === null ? undefined : PLATFORM_PHRASES.find((p) => new RegExp(`^(?:${p.source})${PLATFORM_ADDRESS}$`, 'iu').test(item[1].trim()));
      if (item === null || named === undefined) {
        items.length = 0;
        break;
      }
      items.push({ platform: named.platform, value: count(item[2]), line: k + 1 });
    }
    if (items.length < 2 || new Set(items.map((x) => x.platform)).size !== items.length) continue;
    if (items.reduce((n, x) => n + x.value, 0) !== count(heading[1])) continue;
    if (items.some((x) => media.some((m) => m.platform === x.platform))) continue;
    for (const x of items) media.push({ platform: x.platform, publications: x.value, views: null, line: x.line });
    figures.push({ metric: 'publications', value: count(heading[1]), line: i + 1, text: tidy(line).slice(0, 300) });
  }
  rowsOverTotal(lines, inTable, media, figures);
}

/** A row of one platform and its bare count, a tab, a dash or a colon between: "\tInstagram\t12", "Telegram – 7". */
const PLATFORM_ROW = /^\s*(?:[·•▪◦*]|[-–—](?=\s))?\s*([^\d\t–—:-]{2,60}?)\s*(?:\t+|\s[-–—:]\s*|:\s*)(\d{1,5})\s*[;.,]?\s*$/u;
/** The total's row that names the publications: "\tБарлығы\t19 жарияланым", "Итого – 19 публикаций", "Всего: 19". */
const TOTAL_ROW = /^\s*(?:барлығы|всего|итого|жиыны)(?![\p{L}])/iu;

/**
 * Platforms a row each, their counts bare, over the row of their total whose publications the report states ("9. Ақпараттық
 * жұмыс:" / "\tInstagram\t12" / "\tTelegram\t7" / "\tБарлығы\t19 жарияланым", "Итого – 19 публикаций"): the total names what
 * the rows count, so each row is its platform's publications — when they add up to it exactly, each platform once, none
 * read already. A row that is no platform's, or a sum that misses, leaves them all unread.
 */
function rowsOverTotal(lines: string[], inTable: Set<number>, media: ReportMedia[], figures: ReportFigure[]): void {
  for (const total of figures.filter((f) => f.metric === 'publications' && TOTAL_ROW.test(lines[f.line - 1] ?? ''))) {
    const items: { platform: ReportMedia['platform']; value: number; line: number }[] = [];
    for (let k = total.line - 2; k >= 0 && lines[k].trim() !== '' && !inTable.has(k); k--) {
      const row = PLATFORM_ROW.exec(lines[k]);
      const named = row === null ? undefined : PLATFORM_PHRASES.find((p) => new RegExp(`^(?:${p.source})${PLATFORM_ADDRESS}$`, 'iu').test(row[1].trim()));
      if (row === null || named === undefined) break;
      items.unshift({ platform: named.platform, value: count(row[2]), line: k + 1 });
    }
    if (items.length < 2 || new Set(items.map((x) => x.platform)).size !== items.length) continue;
    if (items.reduce((n, x) => n + x.value, 0) !== total.value || items.some((x) => media.some((m) => m.platform === x.platform))) continue;
    for (const x of items) media.push({ platform: x.platform, publications: x.value, views: null, line: x.line });
  }
}
