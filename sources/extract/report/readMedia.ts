import { CODED_COUNT, codeCounts } from '../grammar/codeCounts.ts';
import { APPROXIMATE, APPROXIMATE_AFTER, otherPeriod } from '../doubtOfFigure.ts';
import { findCounts } from '../grammar/findCounts.ts';
import { maskNeverCounts } from '../maskNeverCounts.ts';
import { isKazakhDocument } from '../toLines.ts';
import type { ReportMedia } from '../types.ts';
import { ANY_PLATFORM, MEDIA_GENERAL, MEDIA_LABEL, MEDIA_OUTLETS, MEDIA_PUBLICATIONS, MEDIA_TIMES, MEDIA_VIEWS, NOT_A_MEASURE, PLATFORM_PHRASES } from './activityLexicon.ts';
import { continuesSentence } from './continuesSentence.ts';
import { ITEM } from './readLists.ts';
import { firstPeriodPart } from './monthParts.ts';
import { readOutletMedia } from './readOutletMedia.ts';
import { sentencesOf } from '../grammar/sentencesOf.ts';
import { matchesOf } from '../grammar/matchesOf.ts';

const PLATFORM = new RegExp(PLATFORM_PHRASES.map((p) => `(${p.source})`).join('|'), 'giu');
const ONLY_PLATFORM = new RegExp(`^(?:${ANY_PLATFORM})$`, 'iu');
const PUBLICATIONS = new RegExp(`(${CODED_COUNT})\\s*(?:${NOT_A_MEASURE}[\\p{L}]+\\s+)?${MEDIA_PUBLICATIONS}|${MEDIA_PUBLICATIONS}(?:\\s+${MEDIA_LABEL})?\\s*[-–—:]\\s*(${CODED_COUNT})`, 'iu');
const VIEWS = new RegExp(`(${CODED_COUNT})\\s*(?:[\\p{L}]+\\s+)?${MEDIA_VIEWS}|${MEDIA_VIEWS}(?:\\s+${MEDIA_LABEL})?\\s*[-–—:]?\\s*(${CODED_COUNT})`, 'iu');
/** The owner of a site after it, in the genitive: "на сайте Министерства – 62", "на сайте акимата района – 40". */
// The council's abbreviation is its owner too: "сайт ОС – 96", "сайт ОСА – 40"; so is the host body's, consonants only (the
// flag "i" lets no capitals be told): "сайт ДП (раздел Совета) – 20" (set 153: the police department's), "на сайте МВД – 12".
// The place's own name after its word: "на сайте акимата города Костаная – 12", "сайт акимата района Байтерек – 8" (one
// word, no conjunction nor preposition: "на сайте акимата города и в Instagram – 20" is two places).
const OWNER = '(?:\\s+(?!(?:и|или|а|также|тоже)(?![\\p{L}]))[\\p{L}]+(?:ства|ата|ета|ения|ции|ии|ого|его)|\\s+ОСА?(?![\\p{L}])|\\s+[бвгджзйклмнпрстфхцчшщ]{2,4}(?![\\p{L}]))?(?:\\s+(?:(?:района|города|области)(?:\\s+(?!(?:и|или|а|также|тоже|в|во|на|по|с)(?![\\p{L}]))[\\p{L}][\\p{L}-]*(?=\\s*[-–—:(]))?|[\\p{L}]+(?:ого|ой)\\s+[\\p{L}]+(?:а|я)))?';
/**
 * What the site is, said in a bracket of words after it: "интернет-ресурс управления (раздел на портале акимата) – 9",
 * "на сайте акимата (страница Совета) – 12". Never a bracket that holds a count ("(из них 3 видео)") or a date.
 */
const SITE_BRACKET = '(?:\\s*\\((?![^()]*[\\d\\uE000-\\uE003])[^()]{1,60}\\))?';
/** Views as times a thing was seen: "жарияланымдар 12 300 рет қаралды", "просмотрены 8 400 раз", "8 400 рет көрілді". */
const VIEWS_TIMES = /(?:(?:просмотрен[\p{L}]*|прочитан[\p{L}]*)\s+(?:[\p{L}]+\s+)?([\uE001\uE003]\uE002*)\s+раз(?![\p{L}])|([\uE001\uE003]\uE002*)\s+(?:рет\s+(?:қаралды|қаралған|көрілді|көрілген|оқылды)|раз[\p{L}]*\s+просмотрен[\p{L}]*))/iu;
/** The platform's own address after its name: "сайт qogamdyqkenes-almaty.kz – 102", "Instagram @medeu_kenes – 29", "Instagram (@syrym_kenes) – 30". */
// The site's address in a bracket too: "облыс әкімдігінің сайтында (www.gov.kz) – 47" (masked by maskNeverCounts when it opens
// with www. or http), "на сайте акимата (akimat.kz) – 12".
export const PLATFORM_ADDRESS = '(?:\\s+(?:@[\\w.]+|\\(@[\\w.]+\\)|\\((?:https?://)?[\\w-]+(?:\\.[\\w-]+)*\\.(?:kz|com|org|ru|net)/?\\)|\\(\uE000+\\)|[\\w-]+(?:\\.[\\w-]+)*\\.(?:kz|com|org|ru|net)(?![\\p{L}])))?';
/** The channel's or page's own name in quotes after the platform: "в Telegram-канале «Қорғаныс – Қоғам» – 52" (its dash is the name's). */
const OWN_NAME = '(?:\\s*[«"“][^«»"“”]{1,60}[»"”])?';
/**
 * A platform's bare number after a dash or colon ("на сайте – 150", "Instagram-да – 180", "Facebook желісінде – 34"), its noun in the total
 * before or in the list's last item; or right after the platform or its page in the locative ("Facebook
 * парақшасында 64, Instagram-да 117 жарияланым", "в Facebook 64, в Instagram 117 публикаций").
 * The page in the dative, where things were put ("Instagram парақшасына – 41, Telegram арнасына – 18"), is its place too.
 * Or the number alone in a bracket after the platform or its page ("в Instagram (38) и в Telegram-канале Совета (16)").
 */
/**
 * The council's page or section on the site, named after it: "Министрлік сайтындағы Кеңес бетінде – 22", "қала әкімдігінің
 * сайтындағы Кеңес парағы – 28", "на сайте акимата на странице Совета – 14", "әкімдік сайтындағы кеңес бөлімі – 3" (the council's
 * section: "бөлім" after the council's name only, alone it is a department) — the site's count. The page's "парақ" voices its
 * "қ" before a vowel: "парағы", "парағында". The page may go unnamed after the site, its owner told before it: "кеңестің
 * сайттағы парағы – 6", "сайттағы бетінде – 4".
 */
// The council by its full name too ("әкімдік сайтындағы ҚК парағы – 14", its acronym written out: "Қоғамдық кеңес парағы").
const COUNCIL_PAGE = '(?:\\s+(?:(?:на|в)\\s+)?(?:(?:(?:(?:Қоғамдық\\s+)?Кеңес(?:тің|ің)?|«[^«»]{1,40}»)\\s+)?(?:бет|пара[қғ]|айдар)[\\p{L}]*|Кеңес(?:тің)?\\s+бөлім[\\p{L}]*|(?:страниц|раздел|рубрик)[\\p{L}]*\\s+(?:(?:Общественного\\s+)?Совета|ОС|«[^«»]{1,40}»)))?';
// The address may follow the owner: "на сайте акимата (akimat-rayon.kz) – 20". A transcript glues the locative to the
// platform's Cyrillic name: "фейсбукта сегіз инстаграмда он төрт" (set 196). The kind of the place may follow the platform's
// name in the nominative, as a list's label: "kazkenes.kz порталы – 12", "Telegram арнасы – 19", "Facebook парақшасы – 21".
const BARE = new RegExp(`^(?:-[\\p{L}]+|(?:да|де|та|те|нда|нде)(?![\\p{L}])|\\.(?:kz|com|org|gov\\.kz)(?![\\p{L}]))?${PLATFORM_ADDRESS}${OWN_NAME}${OWNER}${PLATFORM_ADDRESS}${COUNCIL_PAGE}${SITE_BRACKET}(?:(?:\\s+[\\p{L}]+(?:да|де|та|те|нда|нде|сына|сіне|ына|іне)|\\s+(?:портал|парақша|арна|канал)[\\p{L}]*)?\\s*[-–—:]|(?:\\s+[\\p{L}]+(?:да|де|та|те|нда|нде))?(?=\\s+[\\uE001\\uE003])|\\s*\\((?=\\s*[\\uE001\\uE003]\\uE002*\\s*\\)))\\s*(${CODED_COUNT})(?!\\s*[\\p{L}]{3})`, 'iu');
// Within one sentence: the point of an abbreviation ("около 12 тыс. просмотров") or of an address ("сайт
// qogamdyqkenes-almaty.kz – 102") does not end it.
const IN_SENTENCE = '(?:[^.!?]|(?<=(?:тыс|млн|млрд|г|ж|др|т\\.е|т\\.ч))\\.|\\.(?=[a-z0-9]))';
/** A line that opens with the parts of the line before: "В том числе …", "Из них …", "Оның ішінде …". */
const PARTS_OPEN = /^\s*(?:в\s+том\s+числе|из\s+них|(?:оның|олардың)\s+ішінде)(?![\p{L}])/iu;
/** A total of publications that a list of platforms then breaks down: "опубликовано 412 материалов: на сайте – 150, …". */
// Or told as times published: "Информация о работе Совета публиковалась 29 раз: на сайте управления — 11, …".
// A bracket after the total's count opens the list too: "Жарияланымдар – 17 (Instagram – 10, Telegram – 7)".
const LISTED_TOTAL = new RegExp(`(?:${MEDIA_PUBLICATIONS}|${MEDIA_TIMES})${IN_SENTENCE}*?(?::|(?<=[\\uE001\\uE003\\d]\\s*)\\(|из\\s+них|в\\s+том\\s+числе|оның\\s+ішінде)${IN_SENTENCE}*$`, 'iu');
// "Всего", "Барлығы": a sentence that says it sums the platforms up.
const TOTAL_WORD = /(?<![\p{L}])(?:всего|итого|в\s+общей\s+сложности|барлығы|барлық|жалпы)(?![\p{L}])/iu;
/**
 * Where the total of all platforms starts in a platform's clause: a total word after a comma, dash or "и", then
 * publications and no views ("…, барлығы 64 жарияланым"); "…, жалпы қаралым саны – 41,3 мың" is the platform's own views. -1 for none.
 */
function totalAfter(clause: string): number {
  const at = clause.search(TOTAL_AFTER);
  if (at < 0) return -1;
  const rest = clause.slice(at);
  return PUBLICATIONS_WORD.test(rest) && !VIEWS_WORD.test(rest) ? at : -1;
}
const PUBLICATIONS_WORD = new RegExp(MEDIA_PUBLICATIONS, 'iu');
const VIEWS_WORD = new RegExp(MEDIA_VIEWS, 'iu');
/** A total word after a comma, a semicolon, a dash or "и"/"а"/"және": the sum of the platforms named before it. */
// A hyphen typed for the dash ("в Telegram (16) - всего 74") and "то есть"/"яғни" before the word ("и 7 на сайте, то
// есть всего 40") end the platform's clause too.
const TOTAL_AFTER = new RegExp(`(?:[,;–—]|\\s-|\\s(?:и|а|және|ал))\\s*(?:а\\s+|то\\s+есть\\s+|т\\.\\s*е\\.\\s*|яғни\\s+)?${TOTAL_WORD.source}`, 'iu');
// "34 жарияланым шықты (Facebook – 20, Instagram – 14)": a bracket opens the places' list too.
// "в т.ч." abbreviated opens the list too ("Размещено 302 публикации, в т.ч. в Instagram – 146, …").
/** Only the count's words between it and a dash, then the first platform: "34 материала – Instagram", "34 жарияланым – сайтта". */
const DASH_OPENS = /^[\d\s\u00a0]*[^\d.!?,;:()«»]*?\s[-–—]\s*(?:(?:в|во|на)\s+)?$/iu;
const LIST_OPENS = /^[^.!?]*?(?::|\(|из\s+них|в\s+том\s+числе|в\s+т\.\s*ч\.|оның\s+ішінде)/iu;

/**
 * Media figures: a clause naming one platform with publications and/or views,
 * "Instagram – 180 публикаций, 52 000 просмотров; Facebook: 120 постов, охват 12 500",
 * or only a number after a total of publications that the platforms break
 * down ("опубликовано 412 материалов: на сайте – 150, в Facebook – 82").
 * A sentence about social networks in general is a total, not a platform. An
 * approximate number ("просмотров – свыше 96 000", "около 5 тыс. просмотров")
 * is no figure.
 */
export function readMedia(typed: string[], inTable: Set<number>, periodYears: number[] = []): ReportMedia[] {
  const out: ReportMedia[] = [];
  const kazakh = isKazakhDocument(typed);
  // "в т.ч." read as the words it stands for: its points end no clause ("…, в т.ч. в Instagram – 146, Telegram – 98"), nor
  // the total a list of platform lines opens under ("Публикации о деятельности Совета – 44, в т.ч.:" / "– Instagram – 26;").
  // A platform's name in a bracket after the name it goes by ("«Кеңес» (kazkenes) платформасында – 4", "«Біздің аудан»
  // (Telegram) – 6") read as if written without its bracket (the same length): the bracket is the platform's, not a part's.
  const lines = typed.map((l) => l.replace(/(?<![\p{L}])в\s+т\.\s*ч\./giu, 'в том числе').replace(/(?<=[»"”]\s*)\(\s*([^()]{2,30}?)\s*\)/gu, (b, name: string) => (ONLY_PLATFORM.test(name) ? ` ${b.slice(1, -1)} ` : b)));
  lines.forEach((line, i) => {
    if (inTable.has(i)) return;
    // A sentence broken across lines ("Facebook – 37 публикаций" / "(12,4 тыс. просмотров).") goes on in the next line.
    const next = lines[i + 1] ?? '';
    const continued = !inTable.has(i + 1) && (goesOn(line, next) || (!/[.;:!?]\s*$/.test(line) && /^\s*\d/u.test(next) && !ITEM.test(next)));
    // A line that goes on with a sentence the line before began ("…212 жарияланым орналастырылды: Instagram – 130
    // жарияланым (қаралым саны –" / "41,3 мың), Facebook – 52, Telegram – 30.") reads it from the sentence's start.
    const head = sentenceBefore(lines, i, inTable);
    const written = `${head}${continued ? `${line} ${next}` : line}`;
    const clean = maskNeverCounts(written, { millions: true });
    // The platforms of this line are read; those of the lines before and after only open or end their clauses.
    const mentions = matchesOf(clean, PLATFORM);
    mentions.forEach((m, k) => {
      if ((m.index ?? 0) < head.length || (m.index ?? 0) >= head.length + line.length) return;
      // The clause of one platform: up to the next platform, a semicolon, or the end of the sentence.
      // A semicolon inside the platform's bracket ("(@handle; суммарно 31 тыс. просмотров)") does not end its clause,
      // nor does the point of an initial ("которую ведёт Ю.А. Ткаченко, пополнилась 24 публикациями").
      const whole = clean.slice(m.index ?? 0, k + 1 < mentions.length ? mentions[k + 1].index : undefined).replace(/\([^()]*\)/gu, (b) => b.replaceAll(';', ',')).split(/[;\n]|(?<!(?:^|[^\p{L}])\p{Lu})[.!?](?=\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])/u)[0];
      // "Telegram: январь – 14 публикаций, февраль – 11": a month's counts are parts of the period, never its value.
      const part = firstPeriodPart(whole);
      // "Telegram арнасында 23 хабарлама, барлығы 64 жарияланым", "в Telegram – 23 сообщения, всего 64 публикации": the
      // platform's clause ends where the total of all platforms begins.
      const total = totalAfter(whole);
      // "Facebook 14 (в прошлом году – 21 публикация)", "Instagram – 20 (2024 жылы – 15 жарияланым)": a bracket of another
      // period holds that period's count, never the platform's.
      const own = untilOtherOutlet(part < 0 ? (total < 0 ? whole : whole.slice(0, total)) : whole.slice(0, total < 0 ? part : Math.min(part, total)));
      const segment = withoutOtherPeriods(own, written.slice(m.index ?? 0, (m.index ?? 0) + own.length), periodYears);
      if (MEDIA_GENERAL.test(segment) || coordinated(clean, m.index ?? 0)) return;
      const platform = PLATFORM_PHRASES[m.slice(1).findIndex((g) => g !== undefined)].platform;
      if (whereThenCounted(clean, segment, mentions, k, platform)) return;
      const { coded, counts } = codeCounts(segment, { kazakh });
      // The publications read with the brackets of a part blanked; the views as written.
      const own$ = codeCounts(withoutPartBrackets(segment), { kazakh });
      const valueOf = (found: RegExpExecArray | null, from = 0, { coded, counts } = own$) => {
        if (!found) return null;
        const raw = found[1] ?? found[2];
        const at = from + (found.index ?? 0) + found[0].indexOf(raw);
        const value = counts.get(at);
        if (value === undefined || APPROXIMATE.test(coded.slice(0, at))) return null;
        const end = at + coded.slice(at).search(/[^\uE001-\uE003]|$/u);
        // "Instagram – 1200 подписчиков": a count of followers is neither publications nor views.
        return APPROXIMATE_AFTER.test(coded.slice(end)) || FOLLOWERS_AFTER.test(coded.slice(end)) ? null : value;
      };
      // A bare "Threads – 12" is publications (never "Telegram – 1 200 подписчиков": followers are no publications) after a total the platforms break down, or among platforms whose counts name publications.
      const listed = LISTED_TOTAL.test(clean.slice(0, m.index)) || countsPublications(sentenceAround(clean, m.index ?? 0)) || underListedTotal(lines, i, inTable);
      // (Nor a bare count greater than the total the list breaks down: "Жарияланымдар – 17: Instagram – 1200 жазылушы,
      // Telegram – 700" — the 700 is the same thing as the 1200 beside it, never a part of 17.)
      const bare = listed && !OTHER_COUNTED.test(segment) ? valueOf(BARE.exec(own$.coded.slice(m[0].length)), m[0].length) : null;
      let publications = valueOf(PUBLICATIONS.exec(own$.coded)) ?? (bare !== null && bare <= (totalOfList(clean, m.index ?? 0, mentions, kazakh) ?? Infinity) ? bare : null);
      const asWritten = { coded, counts };
      let views = valueOf(VIEWS.exec(coded), 0, asWritten) ?? valueOf(VIEWS_TIMES.exec(coded), 0, asWritten);
      // "Telegram-арнада 5 жазба, Instagram парақшасында 4 жазба жарияланды (қаралым 3,1 мың)": views in a bracket after the
      // verb the platforms' clauses share are the sentence's, no one platform's.
      if (views !== null && k > 0 && sharedVerbBracket(segment)) views = null;
      publications ??= countBefore(clean, m.index ?? 0, m[0].length, k > 0 ? (mentions[k - 1].index ?? 0) + mentions[k - 1][0].length : 0, kazakh, listed);
      publications ??= partOfTotal(clean, m.index ?? 0);
      // "Просмотры публикаций в Instagram – 38 тыс.": the views of the publications, the views word first, are views.
      const before = clauseHead(clean, m.index ?? 0);
      const viewsFirst = (VIEWS_BEFORE.exec(before)?.index ?? Infinity) < (NOUN_BEFORE.exec(before)?.index ?? Infinity);
      if (publications === null && !viewsFirst && NOUN_BEFORE.test(before)) publications = valueOf(LABEL_AFTER.exec(own$.coded.slice(m[0].length)), m[0].length);
      // "Общее число просмотров в Instagram – 118 тыс.", "Instagram-дағы қаралым саны – …" said before the platform: its views.
      else if (views === null && viewsNamedBefore(clean, m.index ?? 0)) views = valueOf(LABEL_AFTER.exec(coded.slice(m[0].length)), m[0].length, asWritten);
      // "В Telegram-канале Совета публикаций в квартале не было", "Telegram-арнасында жарияланым болған жоқ": the platform's
      // publications none, said in words (0) — not its followers or views ("подписчиков нет").
      if (publications === null && views === null && NO_PUBLICATIONS.test(segment)) publications = 0;
      // "(Instagram тікелей эфирі, 1 870 қаралым)", "прямой эфир в Instagram, 6 800 просмотров трансляции" (set 156): the views
      // of one broadcast of an event are its audience, not the platform's views in the period — unless the clause counts the
      // platform's publications too ("Instagram: 24 публикации, 3 прямых эфира, 15 000 просмотров").
      if (views !== null && publications === null && BROADCAST.test(segment)) views = null;
      if (publications === null && views === null) return;
      out.push({ platform, publications, views, line: i + 1 });
    });
  });
  const merged = viewsOnTheirOwn(out, new Set(lines.flatMap((l, k) => (l.trim() === '' || LIST_TOTAL_LINE.test(l) ? [k + 1] : []))));
  merged.push(...readOutletMedia(lines, inTable, merged));
  return merged;
}

/**
 * A platform's clause that closes with the verb of all the sentence's clauses and a bracket of views after it: "… Instagram
 * парақшасында 4 жазба жарияланды (қаралым 3,1 мың)", "… в Instagram – 4 публикации размещено (просмотров 3,1 тыс.)".
 */
/** A broadcast: "тікелей эфир", "прямой эфир", "трансляция", "стрим", "live". */
const BROADCAST = /(?<![\p{L}])(?:тікелей\s+эфир|эфир|трансляци|стрим|livestream|live(?![\p{L}]))/iu;
const SHARED_VERB_BRACKET = /\s(?:жарияланды|орналастырылды|шықты|берілді|опубликован[оаы]?|размещен[оаы]?|вышл[аио])\s*\([^()]*(?:просмотр|қаралым|көрсетілім)[^()]*\)\s*[.;]?\s*$/iu;
const sharedVerbBracket = (segment: string): boolean => SHARED_VERB_BRACKET.test(segment);

/**
 * The publications denied right after the platform, a few words between and no comma: "публикаций (в квартале) не было /
 * нет / не размещалось", "жарияланым болған жоқ / жоқ / жарияланбады" — not a reason told in a clause of its own ("На сайте
 * акимата раздел Совета обновляется, поэтому материалы туда не размещались": set 42's writer left the site out).
 */
const NO_PUBLICATIONS = new RegExp(`^[^\\s\\d,;]*(?:\\s+[^\\s\\d,;\\uE001\\uE003]+){0,3}?\\s+(?:(?:публикаци|материал|пост|запис|сообщени)[\\p{L}]*(?:\\s+[\\p{L}]+){0,3}?\\s+(?:не\\s+было|нет|не\\s+(?:размещал|публиковал|выходил|размещен|опубликован)[\\p{L}]*)|(?:жарияланым|материал|пост|жазба)[\\p{L}]*(?:\\s+[\\p{L}]+){0,2}?\\s+(?:болған\\s+жоқ|болмады|жоқ|жарияланбады|жарияланған\\s+жоқ|орналастырылмады|орналастырылған\\s+жоқ))(?![\\p{L}])`, 'iu');

/**
 * Whether the platform at `k` only says where things were put, its clause closed by a colon before any count, and the
 * same platform is counted again after it in the sentence: "ақпарат … әкімдік сайтында жарияланды: тоқсанда 30 материал
 * шықты, оның ішінде Instagram-да – 18, …, сайтта – 5", "размещалась на интернет-ресурсе акимата: опубликовано 27
 * материалов, в том числе … 6 – на сайте" — the 30 and the 27 are the total, the site's count is the later one.
 */
function whereThenCounted(sentence: string, segment: string, mentions: RegExpMatchArray[], k: number, platform: string): boolean {
  if (!/^[^:\d\uE001\uE003.!?]*?\s[\p{L}]{3,}[^:\d\uE001\uE003.!?]*:/u.test(segment)) return false;
  const end = sentence.slice(mentions[k].index ?? 0).search(/[.!?](?:\s|$)/u);
  const limit = end < 0 ? Infinity : (mentions[k].index ?? 0) + end;
  return mentions.slice(k + 1).some((o) => (o.index ?? 0) < limit && PLATFORM_PHRASES[o.slice(1).findIndex((g) => g !== undefined)].platform === platform);
}

/**
 * A platform's clause up to another outlet counted after it: "Instagram – 8, «Бурабай» аудандық газеті – 4 жарияланым",
 * "в Telegram – 12, в районной газете «Заря» – 5 публикаций" — the newspaper is no platform, so the clause would run on to
 * its count and the noun said once for the list; the platform's own count stands before the comma. Only when the
 * platform has its count before it and the outlet its own count ("Instagram-да 8, аудандық газетте 4 жарияланым"); never a measure of the platform ("Instagram –
 * 20 жарияланым, арнаның қаралым саны – 5 000" is its views).
 */
function untilOtherOutlet(clause: string): string {
  const found = OTHER_OUTLET.exec(clause);
  if (!found || MEASURE_WORD.test(found[2])) return clause;
  return clause.slice(0, (found.index ?? 0) + found[1].length);
}
const OTHER_OUTLET = new RegExp(`^([^,;]*?\\d[\\d\\s\\u00a0]*(?:[\\p{L}]+\\s*)?)(,\\s*[^,;\\d]*?(?:${MEDIA_OUTLETS})[^,;\\d]*?(?:\\s[-–—:]\\s*|\\s+)\\d)`, 'iu');
const MEASURE_WORD = new RegExp(`${MEDIA_VIEWS}|${MEDIA_PUBLICATIONS}|${MEDIA_LABEL}|подписчик|жазылушы|followers|лайк|like`, 'iu');

/**
 * A platform's clause with the inside of each bracket of its part blanked (offsets kept): "на сайте акимата (из них 3
 * видео) – 9", "в Instagram – 20 (из них 5 видео, …)" — the 3 and the 5 are the videos among them, never the platform's
 * publications. (Its views may stand in such a bracket: they are read from the clause as written.)
 */
function withoutPartBrackets(clause: string): string {
  return clause.replace(PART_BRACKET, (b) => `(${' '.repeat(b.length - 2)})`);
}
// Or a bracket of a count and its own noun, the platform's count after it: "на сайте (12 видео): 46", "Instagram (5 роликов) – 20".
const PART_BRACKET = /\(\s*(?:из\s+них|в\s+том\s+числе|оның\s+ішінде|соның\s+ішінде|олардың\s+ішінде)[^()]*\)|\(\s*\d[\d\s]*\s+\p{L}[\p{L}\s-]{1,30}\)(?=\s*[-–—:]\s*\d)/giu;

/** A platform's clause with the inside of each bracket that names another period blanked (offsets kept); `written` is the clause unmasked. */
function withoutOtherPeriods(clause: string, written: string, periodYears: number[]): string {
  const bracketed = clause.replace(/\(([^()]*)\)/gu, (b: string, inside: string, at: number) => (otherPeriod(written.slice(at + 1, at + 1 + inside.length), periodYears) ? `(${' '.repeat(inside.length)})` : b));
  // "инстаграмда он төрт, 2024 жылы небәрі он бір жарияланым болған" (set 196), "в Instagram 14, в 2024 году было 11
  // публикаций": a later clause that names another period is that period's, to the clause's end (not a decimal's comma,
  // "41,3 мың", nor one inside a bracket, which is read above).
  const other = [...written.matchAll(/(?<!\d),\s+(?![^()]*\))/gu)].map((m) => (m.index ?? 0) + m[0].length).find((at) => otherPeriod(written.slice(at).split(/[,;]/u)[0], periodYears));
  return other === undefined || other >= bracketed.length ? bracketed : bracketed.slice(0, other) + ' '.repeat(bracketed.length - other);
}

/**
 * A platform's views told in a sentence of their own right after its publications ("Telegram-арнада – 27
 * жарияланым … Telegram-дағы жарияланымдар 12 300 рет қаралды"): the views of that one entry, not a second
 * entry — only when the platform has one entry with publications and no views, within two lines before.
 */
/** A list's or a table's line of its total: "| Всего | 47 |", "- Барлығы – 18". */
const LIST_TOTAL_LINE = /^[\s|*•-]*(?:всего|итого|барлығы|жиыны|жалпы)(?![\p{L}])/iu;

function viewsOnTheirOwn(media: ReportMedia[], blankLines: Set<number>): ReportMedia[] {
  const out: ReportMedia[] = [];
  for (const m of media) {
    const same = media.filter((x) => x.platform === m.platform);
    const earlier = out.find((x) => x.platform === m.platform);
    // Or below the list of platforms it closes ("- Instagram – 30" / "- Telegram – 22" / "" / "Instagram қаралымдары – 41 300."):
    // every line between a platform's of that list, its total's ("| **Всего** | **47** |") or blank.
    const between = earlier === undefined ? [] : Array.from({ length: Math.max(0, m.line - earlier.line - 1) }, (_, n) => earlier.line + 1 + n);
    const listAbove = between.length <= 6 && between.every((l) => media.some((x) => x.line === l) || blankLines.has(l));
    if (m.publications === null && m.views !== null && same.length === 2 && earlier !== undefined && earlier.views === null && earlier.publications !== null && (m.line - earlier.line <= 2 || listAbove)) {
      earlier.views = m.views;
      continue;
    }
    out.push(m);
  }
  return out;
}

/**
 * Whether line `i` is an item of a block of platform lines under a total of publications that ends with a colon
 * ("Барлығы 100 жарияланым / всего 100 публикаций, из них:" / "  Instagram – 54 публикации, 12 300 просмотров;" /
 * "  Telegram – 22;" / "  сайт акимата района – 18;"): its bare number is publications, as in one sentence. Every line
 * between is an item that names a platform and ends with a semicolon or a comma; a blank line or any other line ends
 * the block.
 */
const ONE_PLATFORM = new RegExp(PLATFORM.source, 'iu');

function underListedTotal(lines: string[], i: number, inTable: Set<number>): boolean {
  // "Размещено публикаций о работе Совета: 58." / "В том числе на интернет-ресурсе акимата: 14, в Instagram: 26, …": a
  // line of parts right under the sentence of the total.
  if (PARTS_OPEN.test(lines[i]) && i > 0 && !inTable.has(i - 1) && LISTED_TOTAL.test(`${maskNeverCounts(lines[i - 1].trim(), { millions: true }).replace(/[.\s]+$/u, '')} в том числе`)) return true;
  // "  Жарияланымдар барлығы      – 36  (2024 ж. 9 айы – 22)" over "     ДП ресми сайтында   – 20" / "     Instagram   – 16": rows
  // set deeper under a total row of publications are its parts, each a platform's row "label – count".
  const indent = (k: number) => /^[ \t]*/u.exec(lines[k])?.[0].replace(/\t/gu, '    ').length ?? 0;
  if (PLATFORM_ROW.test(lines[i])) {
    for (let k = i - 1; k >= 0 && k >= i - 12; k--) {
      if (lines[k].trim() === '' || inTable.has(k) || indent(k) > indent(i)) break;
      if (indent(k) < indent(i)) {
        if (TOTAL_ROW.test(maskNeverCounts(lines[k], { millions: true }))) return true;
        break;
      }
      if (!PLATFORM_ROW.test(lines[k])) break;
    }
  }
  if (PLATFORM_ROW.test(lines[i]) && (rowsSumToTotalAbove(lines, i, inTable) || rowsSumToListedTotal(lines, i, inTable))) return true;
  if (platformsLineUnderTotal(lines, i, inTable)) return true;
  for (let k = i - 1; k >= 0 && k >= i - 12; k--) {
    const text = lines[k].trim();
    if (text === '' || inTable.has(k)) return false;
    // "Жарияланымдар: 52 (…), оның ішінде" over its items: the line ends with the words that open the parts, as with a colon.
    if (/(?::|(?<![\p{L}])(?:оның\s+ішінде|в\s+том\s+числе|из\s+них))\s*$/iu.test(text)) return LISTED_TOTAL.test(maskNeverCounts(text, { millions: true }));
    // A row of a dot-leader list rewritten as its sentence ("Instagram – 61, 48,3 тыс. просмотров.") ends with a stop.
    if (!(/[;,]\s*$/u.test(text) || PLATFORM_ITEM.test(text)) || !ONE_PLATFORM.test(text)) return false;
  }
  return false;
}

/**
 * One line of the platforms' rows set deeper under a total row of publications, its counts adding up to the total: "Жарияланымдар
 * ....... 46 (33)" over "  ДП сайтында – 18, Instagram – 20, Facebook – 8", "Публикации – 30" over "  Instagram – 20; сайт – 10", "•
 * публикаций всего – 128 (↑ 31)" over "  Instagram – 64 | Telegram – 38 | сайт Совета – 26". A
 * line whose counts add up to another number (views, followers, last year's) is no breakdown of it.
 */
function platformsLineUnderTotal(lines: string[], i: number, inTable: Set<number>): boolean {
  const indent = (k: number) => /^[ \t]*/u.exec(lines[k])?.[0].replace(/\t/gu, '    ').length ?? 0;
  if (i === 0 || inTable.has(i - 1) || indent(i - 1) >= indent(i)) return false;
  const rows = lines[i].trim().replace(/[.;,]\s*$/u, '').split(/\s*[,;|]\s*/u);
  if (rows.length < 2 || !rows.every((r) => PLATFORM_ROW.test(r))) return false;
  const total = TOTAL_ROW.exec(maskNeverCounts(lines[i - 1], { millions: true }));
  const sum = rows.reduce((n, r) => n + Number(/(\d+)\s*$/u.exec(r)?.[1] ?? NaN), 0);
  return total !== null && sum === Number(/[-–—:]\s*(\d+)/u.exec(total[0])?.[1] ?? NaN);
}

/**
 * A run of platform rows right under a total row of publications at the same depth, the rows' counts adding up to the
 * total: a table's rows flattened ("Публикации, всего – 73." / "Instagram – 40." / "Facebook – 18." / "сайт акимата
 * города – 15."), its sub-rows' indent lost. Never rows that add up to more or less than the total (another measure).
 */
function rowsSumToTotalAbove(lines: string[], i: number, inTable: Set<number>): boolean {
  const run = platformRowsAround(lines, i, inTable);
  const total = run === null ? null : TOTAL_ROW.exec(maskNeverCounts(lines[run.head], { millions: true }));
  return run !== null && total !== null && run.sum === Number(/[-–—:]\s*(\d+)/u.exec(total[0])?.[1] ?? NaN);
}

/**
 * A run of bare platform rows, no stop or comma closing them, right under a sentence of the total that ends with a colon, the
 * rows' counts adding up to a count of that sentence: "Кеңестің қызметі туралы барлығы 56 материал жарияланды:" /
 * "   Instagram (@mangystau_kenes) – 30" / "   Telegram-арна – 18" / "   облыс әкімдігінің ресми сайты – 8". Rows that add up
 * to another number (followers, views, another period's count) are no parts of it.
 */
function rowsSumToListedTotal(lines: string[], i: number, inTable: Set<number>): boolean {
  const run = platformRowsAround(lines, i, inTable);
  const total = run === null ? '' : maskNeverCounts(lines[run.head].trim(), { millions: true });
  return run !== null && /:\s*$/u.test(total) && LISTED_TOTAL.test(total) && findCounts(total).some((c) => c.value === run.sum);
}

/** The run of two platform rows or more around line `i`: the line right above it (its head) and the sum of the rows' counts. */
function platformRowsAround(lines: string[], i: number, inTable: Set<number>): { head: number; sum: number } | null {
  let top = i;
  while (top - 1 >= 0 && !inTable.has(top - 1) && PLATFORM_ROW.test(lines[top - 1])) top--;
  const head = top - 1;
  if (head < 0 || inTable.has(head)) return null;
  let bottom = i;
  while (bottom + 1 < lines.length && !inTable.has(bottom + 1) && PLATFORM_ROW.test(lines[bottom + 1])) bottom++;
  const value = (line: string) => Number(/(\d+)\s*[;,.]?\s*$/u.exec(line)?.[1] ?? NaN);
  return bottom > top ? { head, sum: lines.slice(top, bottom + 1).reduce((n, l) => n + value(l), 0) } : null;
}

/** A platform's item closed by a stop: the platform's words, a dash, its count, at most its views after a comma. */
const PLATFORM_ITEM = new RegExp(`^\\s*(?:[-–—•]\\s*)?[^\\d;:]{0,40}?(?:${ANY_PLATFORM})[^\\d;:]{0,40}?\\s[-–—]\\s*\\d+(?:,\\s*[^;:]*?(?:просмотр|қаралым)[\\p{L}]*)?\\s*\\.\\s*$`, 'iu');
/** A platform's row: the platform (with its page's or owner's words), a dash or a colon, a count, nothing more but a stop. */
const PLATFORM_ROW = new RegExp(`^\\s*(?:[-–—•]\\s*)?[^\\d;.:]{0,40}?(?:${ANY_PLATFORM})[^\\d;:]{0,40}?(?:\\s[-–—]|\\s*:)\\s*\\d+\\s*[;,.]?\\s*$`, 'iu');
/** A total row of publications: "Жарияланымдар барлығы – 36", "Всего публикаций: 80 (в 2024 году – 64)", "Публикации, всего – 73". */
const TOTAL_ROW = new RegExp(`^[\\s•·▪◦►●■*]*(?:(?:всего|итого|барлығы|жалпы)\\s+)?${MEDIA_PUBLICATIONS}[\\p{L}]*(?:,?\\s+(?:всего|итого|барлығы|саны))?\\s*[-–—:]\\s*\\d+[^\\d]*(?:\\([^()]*\\))?\\s*$`, 'iu');

/**
 * Whether `next` goes on with the sentence `line` left unfinished (continuesSentence), or gives the value a platform at
 * the line's end awaits: "…барлығы 61 жарияланым шықты: Facebook парақшасында" / "– 22, Instagram-да – 35, …" — a dash
 * and a count opening the next line are that value, never a list's item.
 */
function goesOn(line: string, next: string): boolean {
  return continuesSentence(line, next, /[.;:!?]\s*$/u) || (ENDS_WITH_PLATFORM.test(line) && /^\s*[-–—]\s*\d/u.test(next)) || (opensBracket(line) && /^[^()]*\)/u.test(next));
}

/**
 * Whether a bracket the line opens is still open at its end, the next line closing it: "Instagram-да – 168 (қаралым саны" /
 * "– 104 600), Telegram-арнада – 97, …", "Instagram – 96 (132,5 тыс." / "просмотров), Facebook – 30, …" — the dash and count
 * opening the next line are the bracket's value, never a list's item, and the abbreviation's point ends no sentence.
 */
function opensBracket(line: string): boolean {
  return (line.match(/\(/gu)?.length ?? 0) > (line.match(/\)/gu)?.length ?? 0);
}

const ENDS_WITH_PLATFORM = new RegExp(`(?:${ANY_PLATFORM})[-\\p{L}]*(?:\\s+[\\p{L}]+)?\\s*$`, 'iu');

/**
 * The start of the sentence line `i` goes on with, from the lines before (with a space), or ''. Up to two lines back: a
 * total wrapped over three lines ("опубликовано 648 материалов (в 2024 году –" / "512): сайт – 102, …," / "Facebook – 84").
 */
function sentenceBefore(lines: string[], i: number, inTable: Set<number>, depth = 2): string {
  const before = lines[i - 1];
  if (i === 0 || before === undefined || inTable.has(i - 1) || !goesOn(before, lines[i])) return '';
  // The point of an abbreviation ("(просмотров 41,3 тыс.), Facebook – 12,") ends no sentence (IN_SENTENCE).
  const open = before.slice(before.search(new RegExp(`${IN_SENTENCE}*$`, 'u')));
  if (open.trim() === '') return '';
  const further = open.length === before.length && depth > 1 ? sentenceBefore(lines, i - 1, inTable, depth - 1) : '';
  return `${further}${open} `;
}

/**
 * Whether the platform at `at` is named together with another place before it,
 * so that the count after them is their sum: "В СМИ и на сайте размещено 75
 * материалов", "На сайте и в Instagram – 50 публикаций", "Сайт пен
 * Instagram-да 40 жарияланым".
 */
function coordinated(text: string, at: number): boolean {
  const before = placesOf(text.slice(0, at)).pop();
  if (!before) return false;
  const gap = text.slice((before.index ?? 0) + before[0].length, at);
  // After a comma, a platform with its own dash ("на сайте, в Instagram – 35 публикаций") is a list's item.
  if (/,/.test(gap) && LABELLED.test(text.slice(at))) return false;
  return COORDINATION.test(gap);
}

const LABELLED = new RegExp(`^(?:${ANY_PLATFORM})[-\\p{L}]*\\s*[-–—:]`, 'iu');

const COORDINATION = /^\s*(?:[-\p{L}]{0,6}\s+)?(?:,|и|а\s+также|также|или|және|мен|бен|пен|немесе)\s*(?:в|во|на|в\s+социальной\s+сети)?\s*$/iu;

/**
 * The sentence of a line around an offset. The point of an abbreviation ends none: "Instagram – 18 публикаций (6,7 тыс.
 * просмотров), Facebook – 7" is one sentence, whose publications are named for all its platforms.
 */
function sentenceAround(text: string, at: number): string {
  const stops = matchesOf(text.slice(0, at), SENTENCE_STOPS);
  const from = stops.length > 0 ? (stops[stops.length - 1].index ?? 0) + 1 : 0;
  const to = text.slice(at).search(SENTENCE_STOP);
  return text.slice(from, to < 0 ? text.length : at + to);
}

const SENTENCE_STOP = /(?<!(?:^|[^\p{L}])(?:тыс|млн|млрд|г|ж|др|т\.е|т\.ч))[.!?](?=\s|$)/iu;
const SENTENCE_STOPS = new RegExp(SENTENCE_STOP.source, 'giu');

/**
 * The total of publications a list of platforms breaks down, told in its sentence before the first platform ("Опубликовано
 * 17 материалов (…", "Жарияланымдар – 17: …"); a row's number ("Жарияланымдар (13-жол) бойынша:") is none.
 */
function totalOfList(clean: string, at: number, mentions: RegExpMatchArray[], kazakh: boolean): number | null {
  const start = sentencesOf(clean.slice(0, at)).at(-1)?.start ?? 0;
  const first = mentions.find((m) => (m.index ?? 0) >= start)?.index ?? at;
  const { coded, counts } = codeCounts(clean.slice(start, first), { kazakh });
  const total = PUBLICATIONS.exec(coded);
  if (total === null) return null;
  const raw = total[1] ?? total[2];
  return counts.get((total.index ?? 0) + total[0].indexOf(raw)) ?? null;
}

/**
 * A sentence listing platforms' counts whose counted thing is publications,
 * said once for all ("Сайтта – 31, Instagram-да – 64, Facebook-те – 18
 * жарияланым") or for some ("в Telegram-канале – 35 постов, в Threads – 12"),
 * and nothing else counted (no followers, no views without their own word).
 */
function countsPublications(sentence: string): boolean {
  return SOME_PUBLICATIONS.test(sentence) && !OTHER_COUNTED.test(sentence);
}

const SOME_PUBLICATIONS = new RegExp(`[\\d\\s]${MEDIA_PUBLICATIONS}`, 'iu');
/** The nouns of a platform's followers: no publications, no views. */
const FOLLOWERS = 'подписчик|жазылушы|followers|фолловер|оқырман';
const FOLLOWERS_AFTER = new RegExp(`^\\s*(?:${FOLLOWERS})`, 'iu');
const OTHER_COUNTED = new RegExp(`(?:${FOLLOWERS}|участник|қатысушы|сюжет|эфир)`, 'iu');

/**
 * A platform's count written before it, in a clause that names no other
 * place: "150 материалов размещено на сайте", "40 постов опубликовано в
 * Telegram". Not when the clause goes on to another place ("412 материалов на
 * сайте и в соцсетях" is the two together), holds another count, or the
 * count is approximate.
 */
function countBefore(clean: string, at: number, length: number, from: number, kazakh: boolean, listed = false): number | null {
  const head = Math.max(from, ...[...',;:.!?'].map((c) => clean.lastIndexOf(c, at - 1) + 1));
  // "ещё 9 вышло в Facebook и 7 – на сайте": an "и" before the next count ends the clause as a comma would.
  const and = clean.slice(at + length).search(/\s(?:и|а|және)\s+\d/u);
  const stops = [...[...',;:.!?'].map((c) => clean.indexOf(c, at + length)), and < 0 ? -1 : at + length + and].filter((k) => k >= 0);
  const clause = clean.slice(head, stops.length > 0 ? Math.min(...stops) : clean.length);
  if (placesOf(clause).length !== 1) return null;
  const { coded, counts } = codeCounts(clean.slice(head, at), { kazakh });
  if (counts.size !== 1) return null;
  const found = LEADING_COUNT.exec(coded);
  if (!found || APPROXIMATE.test(coded.slice(0, found.index)) || TOTAL_WORD.test(coded)) {
    // In a sentence that counts publications, a bare count placed on the platform ("ещё 9 вышло в Facebook и 7 – на
    // сайте") is that platform's part, as in a list under a total.
    // "58 постов в Telegram-канале и 73 в Instagram": after "и", the noun of the count before left out, the count alone before its place.
    const own = clean.slice(head, at);
    const bare = listed ? (PART_BEFORE.exec(own.replace(/^\s*(?:и|а|ещё|еще|тағы)\s+/iu, '')) ?? ELIDED_AFTER_AND.exec(own)) : null;
    return bare !== null && !APPROXIMATE.test(own) ? ([...codeCounts(bare[1]).counts.values()][0] ?? null) : null;
  }
  return counts.get(found.index) ?? null;
}

/**
 * A total of publications opening the sentence, its parts by platform after it, each count before its platform:
 * "Из 64 публикаций 18 размещены на официальном сайте МНВО, 46 – в Instagram", "64 жарияланымның 18-і сайтта, 46-сы
 * Instagram-да"; or the publications without their total ("Жарияланымдардың 118-і – Instagram-да"). The part is the one count between the total (or the comma before) and the platform, with only a
 * dash or a verb of placing and the platform's words between.
 */
function partOfTotal(clean: string, at: number): number | null {
  const sentence = clean.slice(0, at).slice(clean.slice(0, at).search(/[^.!?]*$/u));
  const total = FROM_TOTAL.exec(sentence);
  if (total === null) return null;
  const rest = sentence.slice((total.index ?? 0) + total[0].length);
  const clause = rest.slice(Math.max(0, ...[...',;'].map((c) => rest.lastIndexOf(c) + 1)));
  const part = PART_BEFORE.exec(clause);
  if (part === null) return null;
  const { counts } = codeCounts(part[1], { kazakh: false });
  return counts.size === 1 ? [...counts.values()][0] : null;
}

// Or the publications named without their total: "Жарияланымдардың 118-і – Instagram-да, 61-і – Facebook-та", "Из публикаций 118 – в Instagram".
// The sentence may open a numbered paragraph, its number masked: "8. 37 жарияланымның 20-сы Instagram-да, …".
const FROM_TOTAL = new RegExp(`^[\\s\\uE000]*(?:из\\s+(?:общего\\s+числа\\s+)?(?:\\d[\\d\\s\\u00a0]*\\s+)?(?:[\\p{L}]+\\s+)?${MEDIA_PUBLICATIONS}[\\p{L}]*|(?:\\d[\\d\\s\\u00a0]*\\s+)?${MEDIA_PUBLICATIONS}[\\p{L}]*(?:дың|тің|ның|нің))`, 'iu');
// The clause begins where the platform before ended: its page's word may be left ("Telegram" + "-канале и 73 в ").
const ELIDED_AFTER_AND = /^(?:-[\p{L}]+)?\s*(?:и|а)\s+(\d{1,5})\s+(?:на|в|во)\s+$/iu;
// The council's page before the site it is on: "8 – на странице Совета на сайте акимата", "8 – в разделе Совета на сайте".
// A Kazakh count with the suffix of a part needs no dash: "37 жарияланымның … 8-і аудан әкімдігінің сайтында".
const PART_BEFORE = /^\s*(\d{1,5})(?:-[\p{L}]{1,3}\s+|(?:-?[\p{L}]{1,3})?\s*(?:[-–—]\s*|(?:размещен|опубликован|выложен|вышл|орналастырыл|жарияланд)[\p{L}]*\s+))(?:(?:на|в|во)\s+)?(?:(?:странице|разделе|рубрике)\s+(?:совета|ос)\s+(?:на|в)\s+)?(?:[\p{L}]+\s+){0,2}?$/iu;

/**
 * The counted thing before the platform, its number after it: "опубликовано
 * материалов на сайте Совета – 14", "жарияланымдар саны Instagram-да – 40".
 * The clause before the platform names publications and holds no number;
 * after the platform at most two words (and a bracket), a dash or colon, the
 * number, and no noun of its own after it.
 */
const NOUN_BEFORE = new RegExp(`${MEDIA_PUBLICATIONS}[^\\d\uE000]*$`, 'iu');
/** The views named before the platform, no number between: "Общее число просмотров в Instagram – 118 тыс.". */
const VIEWS_BEFORE = new RegExp(`${MEDIA_VIEWS}[^\\d\uE000]*$`, 'iu');
/**
 * The views named before the platform, no number between ("Общее число просмотров в Instagram – 118 тыс."), and no count
 * of their own before them: "Instagram …… 41 жарияланым, 27,5 мың қаралым" over "Telegram-арна …… 18 жарияланым" names the
 * views of the platform above, counted — none said of the platform below.
 */
function viewsNamedBefore(clean: string, at: number): boolean {
  const head = clauseHead(clean, at);
  const named = VIEWS_BEFORE.exec(head);
  if (!named) return false;
  const from = at - head.length + named.index;
  return !VIEWS_COUNTED.test(clean.slice(Math.max(0, from - 40), from));
}
/** A count right before the views word: "27,5 мың ", "12,6 тыс. ", "38 400 ". */
const VIEWS_COUNTED = /\d(?:[\s\u00a0]*[\d,.]+)*[\s\u00a0]*(?:[\p{L}]+\.?[\s\u00a0]*)?$/u;

// A bracket may stand before the dash: "на интернет-ресурсе Общественного совета (www.gov.kz, страница ОС): 46".
const LABEL_AFTER = new RegExp(`^[-\\p{L}]*(?:\\s+[\\p{L}]+){0,2}?(?:\\s*\\([^()\\d\\uE001\\uE003]{0,60}\\))?\\s*[-–—:]\\s*(${CODED_COUNT})(?!\\s*[\\p{L}]{3})`, 'iu');

/** The clause before an offset: from the last comma, semicolon, colon or sentence end. */
function clauseHead(text: string, at: number): string {
  return text.slice(Math.max(...[...',;:.!?'].map((c) => text.lastIndexOf(c, at - 1) + 1)), at);
}

const LEADING_COUNT = new RegExp(`${CODED_COUNT}(?=\\s*(?:${NOT_A_MEASURE}[\\p{L}]+\\s+)?${MEDIA_PUBLICATIONS}(?:\\s+[\\p{L}]+){0,4}?\\s+$)`, 'iu');

/**
 * Whether the publications number at `at` of a sentence is the total of
 * publications, not one platform's or one outlet's count. A count tied to a
 * place ("150 материалов размещено на сайте", "В газете вышло 12 публикаций",
 * "Парақшада 30 жарияланым") is that place's. The total is
 *
 * - a count in a sentence naming no platform nor outlet — on a line that
 *   lists platforms only when the sentence says it is the total ("Всего 80
 *   материалов.", "Барлығы 334 жарияланым.");
 * - a count before the first place named, with a list of places opening after
 *   it ("опубликовано 412 материалов: на сайте – 150, …", "оның ішінде");
 * - a count that says it is the total ("всего", "барлығы") over two kinds of
 *   places or more ("Всего 336 публикаций в соцсетях и на сайте ОС");
 * - a count over the media in general named together, and no platform nor
 *   outlet, on a line that gives no platform's figure ("Публикации в СМИ и
 *   соцсетях – 1 215", "БАҚ пен әлеуметтік желілерде 96 жарияланым"): "в
 *   соцсетях – 200" alone, or beside "на сайте – 50", is a part.
 */
export function isPublicationsTotal(sentence: string, at: number, onMediaLine: boolean): boolean {
  const places = placesOf(sentence);
  if (places.length === 0) return !onMediaLine || TOTAL_WORD.test(sentence);
  const first = places[0].index ?? 0;
  if (first > at && LIST_OPENS.test(sentence.slice(at, first))) return true;
  // "О работе совета опубликовано 34 материала – Instagram 20, Facebook 14": a dash right after the count's words opens
  // the list of its platforms, when two platforms or more follow it.
  if (first > at && DASH_OPENS.test(sentence.slice(at, first)) && places.filter((m) => (m.index ?? 0) > at && m.slice(1, OUTLET_GROUP).some((g) => g !== undefined)).length >= 2) return true;
  if (generalThenListed(sentence, at, places)) return true;
  if (listAddsUp(sentence, at)) return true;
  const kinds = new Set(places.map((m) => m.slice(1).findIndex((g) => g !== undefined)));
  if (kinds.size >= 2 && totalGoverns(sentence, at, places)) return true;
  return !onMediaLine && allMediaTogether(sentence, places, at);
}

/**
 * "Әлеуметтік желілер мен сайтта 45 материал жарияланды: Instagram – 25, Facebook – 8, сайт – 12": whatever places are
 * named before the count, a list of two places or more opened by the colon after it whose counts add up to it exactly
 * is its parts — the count is their total.
 */
function listAddsUp(sentence: string, at: number): boolean {
  const count = /^\s*(\d{1,5})(?!\d)/u.exec(sentence.slice(at));
  const colon = sentence.indexOf(':', at);
  if (!count || colon < 0 || /[.;]/u.test(sentence.slice(at, colon))) return false;
  const list = sentence.slice(colon + 1).split(/[.;]/u)[0];
  const parts = matchesOf(list, /[-–—]\s*(\d{1,5})(?![\d.,]\d)/gu).map((m) => Number(m[1]));
  return placesOf(list).length >= 2 && parts.length >= 2 && parts.length === placesOf(list).length && parts.reduce((a, b) => a + b, 0) === Number(count[1]);
}

/**
 * Whether a total word governs the count at `at`: it stands before it outside
 * brackets, with no other count between, and names all the places there or
 * none ("Барлығы сайт пен әлеуметтік желілерде 93 материал"), never one platform's
 * ("Всего: в Facebook – 54, в Instagram – 88"; "Facebook-та 54 жарияланым
 * (барлығы 12 500 қаралым), Instagram-да 88 жарияланым": the bracket's total is views).
 */
function totalGoverns(sentence: string, at: number, places: RegExpMatchArray[]): boolean {
  const before = sentence.slice(0, at).replace(/\([^()]*\)/gu, (b) => ' '.repeat(b.length));
  const words = matchesOf(before, new RegExp(TOTAL_WORD.source, 'giu'));
  const word = words[words.length - 1];
  if (word === undefined) return false;
  const from = (word.index ?? 0) + word[0].length;
  if (/\d/u.test(before.slice(from))) return false;
  const between = places.filter((m) => (m.index ?? 0) >= from && (m.index ?? 0) < at).length;
  return between !== 1;
}

/**
 * The media in general before the count, their platforms listed after it: "Кеңестің әлеуметтік желілеріндегі
 * парақшаларында 212 жарияланым орналастырылды: Instagram – 130, Facebook – 52, Telegram – 30", "В социальных сетях
 * размещено 96 публикаций, в том числе в Facebook – 50, в Instagram – 46". No platform before the count, two after.
 */
function generalThenListed(sentence: string, at: number, places: RegExpMatchArray[]): boolean {
  const before = places.filter((m) => (m.index ?? 0) < at);
  // The list of places ends with its clause: "…, 6 – на сайте акимата; члены Совета также приняли участие в 2 эфирах
  // регионального телевидения" names no place of the total after the semicolon — a clause that opens with a subject of its
  // own, not with a place's item ("; – в Telegram – 20", "; в районной газете – 20").
  const semicolon = clauseOfItsOwn(sentence.slice(at));
  const after = places.filter((m) => (m.index ?? 0) > at && (semicolon < 0 || (m.index ?? 0) < at + semicolon));
  if (!before.some((m) => m[GENERAL_GROUP] !== undefined) || before.some((m) => m.slice(1, OUTLET_GROUP).some((g) => g !== undefined) && !siteWithGeneral(sentence, m, before, after, at))) return false;
  if (after.length < 2 || after.some((m) => m.slice(1, OUTLET_GROUP).every((g) => g === undefined))) return false;
  return LIST_OPENS.test(sentence.slice(at, after[0].index ?? 0));
}

/** The first semicolon whose clause opens with a word of its own — no dash, bullet or preposition of a place's item, no place — or -1. */
function clauseOfItsOwn(text: string): number {
  for (let k = text.indexOf(';'); k >= 0; k = text.indexOf(';', k + 1)) {
    const rest = text.slice(k + 1);
    if (/^\s*(?:[-–—•]|(?:в|во|на)\s)/u.test(rest)) continue;
    if (placesOf(rest.split(';')[0]).some((m) => /^[\s\p{L}-]{0,20}$/u.test(rest.slice(0, m.index ?? 0)) && (m.index ?? 0) < 20)) continue;
    return k;
  }
  return -1;
}

/** Two general media or more ("СМИ", "соцсети", "БАҚ") joined by "и"/"мен"/a comma, nothing else named, the count not between them. */
function allMediaTogether(sentence: string, places: RegExpMatchArray[], at: number): boolean {
  // "БАҚ пен әлеуметтік желілерде", and "әкімдік сайты мен әлеуметтік желілерде 74 жарияланым": the media in general,
  // a platform beside them or not, all named together before the count.
  if (places.length < 2 || places.every((m) => m[GENERAL_GROUP] === undefined)) return false;
  const last = places[places.length - 1];
  if (at > (places[0].index ?? 0) && at < (last.index ?? 0)) return false;
  return places.slice(1).every((m, k) => MEDIA_JOIN.test(sentence.slice((places[k].index ?? 0) + places[k][0].length, m.index ?? 0)));
}

const GENERAL_GROUP = PLATFORM_PHRASES.length + 2;
const WEBSITE_GROUP = PLATFORM_PHRASES.findIndex((p) => p.platform === 'website') + 1;

/**
 * The site named with the media in general before a total ("әлеуметтік желілер мен сайтта 112 жарияланым: Instagram – 60,
 * …", "на сайте и в социальных сетях размещено 96 публикаций: …"): one of the places the total covers, no platform counted
 * alone — only joined to the general word by a conjunction, and when the platforms listed after do not name the site, unless
 * the places stand in a clause of their own before a colon: "Информация размещалась в социальных сетях и на интернет-ресурсе
 * акимата: за квартал опубликовано 27 материалов, в том числе 15 постов в Instagram, 6 – в Facebook и 6 – на сайте акимата"
 * says where, then counts every place, the site among them.
 */
function siteWithGeneral(sentence: string, site: RegExpMatchArray, before: RegExpMatchArray[], after: RegExpMatchArray[], at: number): boolean {
  if (site[WEBSITE_GROUP] === undefined) return false;
  if (after.some((m) => m[WEBSITE_GROUP] !== undefined) && !/^[^:.;\d\uE001\uE003]*:[^:\d\uE001\uE003]*$/u.test(sentence.slice((site.index ?? 0) + site[0].length, at))) return false;
  const between = (a: RegExpMatchArray, b: RegExpMatchArray) => sentence.slice((a.index ?? 0) + a[0].length, b.index ?? 0);
  return before.some((g) => g[GENERAL_GROUP] !== undefined && MEDIA_JOIN.test((g.index ?? 0) < (site.index ?? 0) ? between(g, site) : between(site, g)));
}
/** Between two media named together: the rest of the first word, a conjunction or a comma, a preposition. */
const MEDIA_JOIN = /^[\p{L}-]*\s*(?:,|и|а\s+также|также|және|мен|бен|пен)\s*(?:в|во|на)?\s*$/iu;

// Platforms, outlets and media in general, each its own group: the kinds of places a sentence names.
const PLACE = new RegExp([...PLATFORM_PHRASES.map((p) => p.source), MEDIA_OUTLETS, MEDIA_GENERAL.source].map((s) => `(${s})`).join('|'), 'giu');
const OUTLET_GROUP = PLATFORM_PHRASES.length + 1;

/**
 * The places a text names. An outlet word next to a platform is that
 * platform's page or channel, not a place of its own: "Instagram
 * парақшасында", "Telegram-канале", "на странице в Facebook".
 */
function placesOf(text: string): RegExpMatchArray[] {
  const all = matchesOf(text, PLACE);
  const isPlatform = (m: RegExpMatchArray) => m.slice(1, OUTLET_GROUP).some((g) => g !== undefined);
  const near = (a: RegExpMatchArray, b: RegExpMatchArray) => {
    const [x, y] = (a.index ?? 0) < (b.index ?? 0) ? [a, b] : [b, a];
    // "на странице Совета в Instagram": the page's owner may stand between.
    return /^[\s-]*(?:(?:совета|ос|кеңес[\p{L}]*|акимата|министерства)\s+)?(?:(?:в|на|во)\s+)?$/iu.test(text.slice((x.index ?? 0) + x[0].length, y.index ?? 0));
  };
  return all.filter((m) => isPlatform(m) || !all.some((o) => o !== m && isPlatform(o) && near(m, o)));
}
