import { codeCounts } from '../grammar/codeCounts.ts';
import { APPROXIMATE, APPROXIMATE_AFTER } from '../doubtOfFigure.ts';
import { maskNeverCounts } from '../maskNeverCounts.ts';
import { isKazakhDocument } from '../toLines.ts';
import type { ReportFigure, ReportMedia } from '../types.ts';
import { MEDIA_GENERAL, PLATFORM_PHRASES } from './activityLexicon.ts';
import { OUTLET } from './readOutletMedia.ts';
import { runningLines } from './runningLines.ts';

/** A place no platform of its own names: a newspaper, a TV channel, an edition (OUTLET), or YouTube, TikTok (platform `other`). */
const PLACE_LEFT = new RegExp(`${OUTLET.source}|${PLATFORM_PHRASES.filter((p) => p.platform === 'other').map((p) => p.source).join('|')}`, 'iu');
/** A platform kenes counts by its own name: such a clause is that platform's, read by readMedia. */
const NAMED_PLATFORM = new RegExp(PLATFORM_PHRASES.filter((p) => p.platform !== 'other').map((p) => p.source).join('|'), 'iu');
/**
 * What may follow an item's count: nothing, or the thing counted as a publication (an article, a story, a video) and a
 * verb of publishing — "– 6", "– 6-сы", "7 мақала шықты", "6 бейнесюжет". Any other noun ("3 000 дана", "1 200
 * подписчиков") counts something else.
 */
const ITEM_END = /^\s*(?:(?:стат(?:ья|ьи|ей)|материал[\p{L}]*|публикаци[\p{L}]*|мақала[\p{L}]*|жарияланым[\p{L}]*|(?:бейне)?(?:сюжет|ролик)[\p{L}]*|видео[\p{L}]*|хабарлама[\p{L}]*|жазба[\p{L}]*|пост[\p{L}]*)(?:\s+(?:шықты|жарияланды|орналастырылды|берілді|вышл[\p{L}]*|опубликован[\p{L}]*|размещен[\p{L}]*))?)?\s*$/iu;
/** Before the place's word in its item: a list's dash, a preposition, up to two adjectives ("районная", "аудандық"). */
const BEFORE_PLACE = /^\s*(?:[-–—•*]\s*)?(?:(?:в|во|на)\s+)?(?:[\p{L}]+(?:ая|яя|ое|ее|ой|ый|ий|ей|ом|ем|ых|их|ые|ие|дық|дік|тық|тік|лық|лік|ғы|гі|қы|кі)\s+){0,2}\s*$/iu;
const QUOTED = /[«"“][^«»"“”]{1,60}[»"”]/gu;
/**
 * The clauses of a list: parted by commas, semicolons, brackets, a sentence's end, "и"/"және"/"а также", and a colon
 * unless the count follows it ("в районной газете «Ауыл тынысы»: 8" is one item).
 */
const CLAUSE_END = /[,;()]|:(?!\s*\d)|\.(?=\s|$)|\s(?:и|және|а\s+также|сондай-ақ)\s/giu;

/**
 * The one place of a list of platforms that no platform's word names — a newspaper, a TV channel, a YouTube channel — as
 * platform `other`, under the total of publications the list breaks down, when the platforms kenes read and that place
 * add up to the total exactly: "Опубликовано 33 материала (Instagram – 20, Facebook – 8, районная газета «Туған өлке» –
 * 5)", "51 рет жарияланды, оның ішінде Instagram парақшасында 30 жарияланым, Facebook желісінде 14 жарияланым және
 * аудандық газетте 7 мақала шықты", "Министрлік сайтында – 14, …, YouTube арнасында – 6 бейнесюжет".
 *
 * The sum is what says the place's count is publications of the council's (not a print run, not followers, not another
 * period's). Never when a place is already `other` (readOutletMedia, readOtherGroupMedia), when two such places are
 * counted (never summed into one `other`), when a platform under the total has no publications read, or when the count is
 * approximate or followed by a noun of something else.
 */
export function readOutletItemMedia(lines: string[], inTable: Set<number>, media: ReportMedia[], figures: ReportFigure[]): ReportMedia[] {
  const total = figures.find((f) => f.metric === 'publications');
  if (total === undefined || media.some((m) => m.platform === 'other')) return [];
  const kazakh = isKazakhDocument(lines);
  const found: ReportMedia[] = [];
  for (const unit of runningLines(lines, inTable)) {
    const masked = maskNeverCounts(unit.text, { millions: true });
    for (const clause of clausesOf(masked)) {
      if (!PLACE_LEFT.test(clause.text) || NAMED_PLATFORM.test(clause.text) || MEDIA_GENERAL.test(clause.text)) continue;
      const { coded, counts } = codeCounts(clause.text, { kazakh });
      if (counts.size !== 1) continue;
      const [at, value] = [...counts][0];
      const end = at + coded.slice(at).search(/[^\uE001-\uE003]|$/u);
      if (!ITEM_END.test(coded.slice(end)) || APPROXIMATE.test(coded.slice(0, at)) || APPROXIMATE_AFTER.test(coded.slice(end))) continue;
      // The count stands after the place's word ("газетінде 6", "газета «…» – 6"), never before it ("6 газетке": how many
      // newspapers), and the place opens its clause, only a preposition or an adjective before it ("в районной газете",
      // "аудандық «…» газетінде"): "Подписчиков у районной газеты – 2" counts something else of it.
      const place = clause.text.search(PLACE_LEFT);
      if (place > at || !BEFORE_PLACE.test(clause.text.slice(0, place).replace(QUOTED, ' '))) continue;
      const line = unit.first + unit.starts.filter((s) => s <= clause.start + at).length;
      if (line < total.line || line - total.line > 8) continue;
      // The list's platforms up to the end of its sentence: a list wrapped over lines has platforms after the place too
      // ("Барлығы 14 жарияланым: аудандық газетте – 3, Facebook-та – 5," / "Instagram-да – 6.").
      const last = Math.max(line, unit.first + unit.starts.length);
      const listed = media.filter((x) => x.line >= total.line && x.line <= last);
      if (listed.length < 2 || listed.some((x) => x.publications === null)) continue;
      if (listed.reduce((n, x) => n + (x.publications ?? 0), 0) + value === total.value) found.push({ platform: 'other', publications: value, views: null, line });
    }
  }
  return found.length === 1 ? found : [];
}

/** A text's clauses with their offsets. */
function clausesOf(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let from = 0;
  for (const m of text.matchAll(CLAUSE_END)) {
    out.push({ text: text.slice(from, m.index), start: from });
    from = (m.index ?? 0) + m[0].length;
  }
  out.push({ text: text.slice(from), start: from });
  return out;
}
