import { CODED_COUNT, codeCounts } from '../grammar/codeCounts.ts';
import { sentencesOf } from '../grammar/sentencesOf.ts';
import { APPROXIMATE, APPROXIMATE_AFTER } from '../doubtOfFigure.ts';
import { maskNeverCounts } from '../maskNeverCounts.ts';
import { isKazakhDocument } from '../toLines.ts';
import type { ReportMedia } from '../types.ts';
import { ANY_PLATFORM, MEDIA_GENERAL, MEDIA_PUBLICATIONS, NOT_A_MEASURE } from './activityLexicon.ts';
import { runningLines } from './runningLines.ts';
import { SUB_PERIODS } from './figureLexicon.ts';
import { firstPeriodPart } from './monthParts.ts';
import { lowerCase } from '../grammar/lowerCase.ts';
import { matchesOf } from '../grammar/matchesOf.ts';

/** A print or broadcast outlet: a newspaper, a magazine, a TV or radio channel, an agency, an edition. */
// A register kept by the secretariat ("хатшылығымыздың журналы мен отырыс хаттамаларынан", "журнал регистрации") is the source
// of the figures, no outlet.
export const OUTLET = /(?<![\p{L}-])(?:газет[\p{L}]*|гәзет[\p{L}]*|(?<!(?:хатшылы|секретариат|тіркеу)[\p{L}]*\s+)журнал(?:е|ах|ы|ов)?(?![\p{L}])(?!\s+(?:регистрац|учёта|учета|тіркеу))|теле(?:канал|видени|арна)[\p{L}]*|радио[\p{L}]*|(?:интернет-)?издани[\p{L}]*|информационн[\p{L}]*\s+агентств[\p{L}]*|ақпарат\s+агенттіг[\p{L}]*|басылым[\p{L}]*)/giu;
/** Its name in quotes, next to the outlet word: "районной газете «Зерен»", "«Қаратау таңы» газетінде". */
const NAMED = /[«"“][^«»"“”]{2,60}[»"”]/u;
/** An outlet's publications: the platforms' words and an article, a story ("9 статей", "11 мақала", "3 сюжета"). */
const PUBLICATIONS = new RegExp(`(${CODED_COUNT})\\s*(?:${NOT_A_MEASURE}[\\p{L}]+\\s+)?(?:${MEDIA_PUBLICATIONS}|стат(?:ья|ьи|ей|ью|ьях)(?![\\p{L}])|мақала[\\p{L}]*|сюжет[\\p{L}]*)`, 'iu');
/** The articles of members ("Кеңес мүшелерінің 5 мақаласы", "5 статей членов Совета") are theirs as authors, not the council's coverage. */
const BY_MEMBERS = /(?:мүше[\p{L}]*|член(?:ов|ами)|депутат[\p{L}]*)\s+(?:[\p{L}]+\s+)?[\uE001\uE003]|[\uE001\uE002\uE003]\s+(?:[\p{L}]+\s+)?(?:[\p{L}]+\s+)?член(?:ов|ами)(?![\p{L}])/iu;
/** The articles the outlet's own editors wrote ("(редакция дайындаған)", "подготовлены редакцией") are the outlet's work, not the council's publications. */
const BY_EDITORS = /редакци[\p{L}]*\s+(?:[\p{L}]+\s+)?(?:дайында|әзірле|подготов)|(?:подготовлен|написан)[\p{L}]*\s+(?:силами\s+)?редакци/iu;
/** The outlet's items said to stand outside the count ("(жарияланымдар санына кірмейді)", "(в число публикаций не входит)"). */
const OUTSIDE_COUNT = /(?:сан[ыі]на|қатарына|есепке)\s+(?:[\p{L}]+\s+)?(?:кірмейді|кірген\s+жоқ|енгізілмеді|алынбады|алынған\s+жоқ)|(?:не\s+(?:входит|входят|включ[\p{L}]*|учитыва[\p{L}]*)|не\s+вош[\p{L}]*)\s+(?:в\s+)?(?:число|общ[\p{L}]*|подсч[\p{L}]*|количеств[\p{L}]*)|(?:в\s+)?(?:число|подсч[её]т|количество)\s+(?:публикаций\s+)?не\s+(?:входит|входят|включ[\p{L}]*|учтен[\p{L}]*|вош[\p{L}]*)/iu;
/**
 * An item of a list of platforms: its count after a dash or colon, closing the clause ("в районной газете «…» – 3",
 * "«…» газетінде – 4", "газетінде: 4").
 */
const DASHED_COUNT = new RegExp(`(?:[\\p{L}»"”)]\\s*[-–—]|:)\\s*(${CODED_COUNT})\\s*[,;.]?\\s*$`, 'u');
/**
 * An outlet's item of a list of platforms around it, under a head that counts publications: its name, a dash, its count
 * ("газета «…» – 4"); or its count, a dash, its name ("7-еуі – «…» газетінде").
 */
const LISTED_OUTLET = new RegExp(`^[^\\uE001\\uE003]*?\\s[-–—]\\s*${CODED_COUNT}\\s*[.;]?\\s*$|^\\s*${CODED_COUNT}\\s*[-–—]\\s[^\\uE001\\uE003]*$`, 'u');
const PLATFORMS = new RegExp(ANY_PLATFORM, 'giu');

/**
 * The publications of one named print or broadcast outlet, as platform
 * `other`: "Деятельность Совета освещалась в районной газете «Зерен» (9
 * статей)", "«Қаратау таңы» газетінде 11 мақала жарияланды". Only when the
 * report names exactly one such outlet with a count, in a sentence naming no
 * platform (or as one item, "газета «…» – 4", of a list of platforms with their counts) and no other outlet, the count exact, and no platform `other`
 * (YouTube, TikTok) is already counted: two outlets are never summed into one
 * `other`. Articles written by members are theirs, not the council's.
 */
export function readOutletMedia(lines: string[], inTable: Set<number>, media: ReportMedia[]): ReportMedia[] {
  if (media.some((m) => m.platform === 'other')) return [];
  const kazakh = isKazakhDocument(lines);
  const found: ReportMedia[] = [];
  let outlets = 0;
  const kinds = new Set<string>();
  for (const unit of runningLines(lines, inTable)) {
    const masked = maskNeverCounts(unit.text, { millions: true });
    for (const sentence of sentencesOf(masked)) {
      const named = matchesOf(sentence.text, OUTLET);
      if (named.length === 0) continue;
      // "Газеттің таралымы – 2 800 дана", "Тираж газеты – 3 000": the outlet named before, spoken of again by its kind
      // alone, with no name and no publications of its own — not another outlet.
      if (named.length === 1 && kinds.has(kindOf(named[0][0])) && !NAMED.test(sentence.text) && !PUBLICATIONS.test(codeCounts(sentence.text, { kazakh }).coded)) continue;
      for (const n of named) kinds.add(kindOf(n[0]));
      outlets += named.length;
      if (named.length > 1) continue;
      const at = named[0].index ?? 0;
      const near = sentence.text.slice(Math.max(0, at - 70), at + named[0][0].length + 70);
      const name = NAMED.exec(near);
      if (!name) continue;
      // The outlet's clause: from the comma or platform before it (or its name before it) to the next platform.
      const opens = Math.min(at, Math.max(0, at - 70) + (name.index ?? 0));
      const platforms = matchesOf(sentence.text, PLATFORMS).map((p) => ({ start: p.index ?? 0, end: (p.index ?? 0) + p[0].length }));
      const left = Math.max(0, sentence.text.slice(0, opens).search(/[,;][^,;]*$/u) + 1, ...platforms.filter((p) => p.end <= opens).map((p) => p.end));
      // "… газетінде төрт мақала шықты – барлығы 27": the sum of all the platforms after a dash is no part of the outlet's clause.
      // So is one after a semicolon or a comma ("… газетінде 2 мақала; барлығы – 51 жарияланым").
      const sum = sentence.text.slice(at).search(/(?:\s[-–—]|[;,])\s*(?:барлығы|жалпы|всего|итого)(?![\p{L}])/u);
      const right = Math.min(sentence.text.length, ...platforms.filter((p) => p.start > at).map((p) => p.start), ...(sum >= 0 ? [at + sum] : []));
      const clause = sentence.text.slice(left, right);
      // "В газетах «Зерен» и «Көкшетау» вышло 9 статей": two outlets under one word, never summed.
      if ((clause.match(new RegExp(NAMED.source, 'gu')) ?? []).length !== 1) continue;
      // "В IV квартале … вышло 7 сюжетов на телеканале «Қостанай»": a part of the period, or another one: no figure.
      if (MEDIA_GENERAL.test(clause) || SUB_PERIODS.some((p) => p.regex.test(lowerCase(sentence.text))) || firstPeriodPart(sentence.text) >= 0 || /\uE000/u.test(clause)) continue;
      const { coded, counts } = codeCounts(clause, { kazakh });
      if (counts.size !== 1) continue;
      // "21 материал жарияланды: Telegram-арнада – 11, …, «Ақдала» аудандық газетінде – 4": the outlet's count after a dash,
      // in a breakdown whose head before the colon counts publications, is publications too ("Опубликовано 27 материалов: на
      // сайте – 9, …, в районной газете «Абай-Ақпарат» – 3").
      const own = PUBLICATIONS.exec(coded);
      const headed = own === null && headCountsPublications(sentence.text.slice(0, left), kazakh);
      const m = own ?? (headed ? DASHED_COUNT.exec(coded) : null);
      // "Instagram – 21, Facebook – 8, газета «Теректі жаршысы» – 4", "22-сі – Instagram-да, …, 7-еуі – «Қызылқоға» аудандық
      // газетінде": the outlet an item of a list of platforms, its count beside it by a dash, as theirs are — under a head
      // that counts publications too ("Работа Совета: в Telegram – 11 публикаций, …, в газете «…» – 4" says not what the 4 counts).
      const listed = m === null && headed && platforms.length > 0 && LISTED_OUTLET.test(coded) ? coded.search(/[\uE001\uE003]/u) : -1;
      if ((!m && listed < 0) || BY_MEMBERS.test(coded) || BY_EDITORS.test(sentence.text) || OUTSIDE_COUNT.test(sentence.text)) continue;
      const start = m ? (m.index ?? 0) + m[0].indexOf(m[1]) : listed;
      const value = counts.get(start);
      const length = m ? m[1].length : (/^[\uE001\uE003]\uE002*/u.exec(coded.slice(start))?.[0].length ?? 1);
      if (value === undefined || APPROXIMATE.test(coded.slice(0, start)) || APPROXIMATE_AFTER.test(coded.slice(start + length))) continue;
      const line = unit.first + unit.starts.filter((o) => o <= sentence.start + at).length;
      found.push({ platform: 'other', publications: value, views: null, line });
    }
  }
  return outlets === 1 && found.length === 1 ? found : [];
}

/** A breakdown's head, up to its colon, that counts publications: "Кеңес қызметі туралы 21 материал жарияланды:". */
function headCountsPublications(before: string, kazakh: boolean): boolean {
  const colon = before.indexOf(':');
  if (colon >= 0) return PUBLICATIONS.test(codeCounts(before.slice(0, colon), { kazakh }).coded);
  // "38 жарияланымның 22-сі – Instagram-да, …", "Из 38 публикаций 22 – в Instagram, …": the whole counted opens the
  // sentence, in the genitive, its parts after.
  return WHOLE_OPENS.test(before);
}
/** A sentence opening with the publications counted in the genitive: "38 жарияланымның", "Из 38 публикаций". */
const WHOLE_OPENS = /^\s*(?:из\s+[\p{L}\d]+\s+(?:публикаци|материал)[\p{L}]*|[\p{L}\d]+\s+(?:жарияланым|материал|мақала)[\p{L}]*(?:ның|нің|дың|дің|тың|тің))(?![\p{L}])/iu;

/** An outlet word's kind, whatever its case: "газетінде" and "Газеттің" are one newspaper's words. */
function kindOf(word: string): string {
  return lowerCase(word).replace(/^гәзет/u, 'газет').slice(0, 5);
}
