// Imported, not read from disk: the bundle of the installed package (tools/buildPackage.mjs) carries it.
import shorthand from './shorthand.json' with { type: 'json' };

type When = 'count' | 'closing' | 'inside' | 'day' | 'quarter' | 'counted' | 'year';
interface Shorthand { written: string; meant: string; when?: When; next?: string; stop?: boolean; acronym?: boolean; lowercase?: boolean; telegraphic?: boolean }
const file = shorthand as { words: Shorthand[] };

/**
 * What must stand before: a month's abbreviation right after a day's number ("12 мар."; "мар." alone is no date), a quarter's
 * after its number ("1 кв.", "II кв."), a counted noun's after a count.
 */
const BEFORE: Partial<Record<When, string>> = {
  day: '(?<=(?<![\\d.])\\d{1,2}\\s*)',
  quarter: '(?<=(?<![\\p{L}\\d.])(?:[1-4]|I{1,3}|IV|І{1,3}|ІV)(?:\\s*-\\s*(?:й|го|м|ом))?\\s*)',
  // "13 чл. ОС из 17", "Кол-во чл. ОС – 15" (already "Количество" here), "жалпы саны 11 мүш.": a count or the word for one
  // before it — the plural a count takes ("членов"), where "секр. ОС, чл. ОС" alone is one member's role (set 170).
  counted: '(?<=(?:(?<![\\p{L}\\d])\\d{1,3}|(?<![\\p{L}])(?:количеств|числ|саны|барлығы)[\\p{L}]*)\\s*)',
  // "2026 Ж 9 АЙ", "С 2024 Г": right after a year.
  year: '(?<=(?<![\\d.])(?:19|20)\\d{2}\\s*)',
};
/**
 * What must follow its stop. A count: a dash or colon and a number or "нет"/"жоқ" ("пр. – 0"; "пр. Абая", "прот. № 3" are no
 * vote's label). Closing: the end of the line, a mark, a slash, a capital ("Шешім қабылд.", "қабылд. / принято"). Inside: its
 * sentence goes on — a dash, a mark, a lower-case word, a number, a table's dot leader or bar ("Келесі отыр. – мамырда",
 * "ҚК отыр. ....... 3"); the verb closing a Kazakh sentence ("… жүргізіліп отыр.") is no sitting.
 */
// (Tested on the text after the stop, case-sensitively: a capital after it is what closes a sentence.)
const AFTER: Record<When, RegExp> = {
  count: /^\s*[-–—:]\s*(?:\d|(?:нет|жоқ|ноль)(?!\p{L}))/iu,
  closing: /^\s*(?:$|[;,/)|]|\p{Lu})/u,
  inside: /^(?:\s*(?:[-–—:,;(|]|\.{2,})|\s+(?:\p{Ll}|\d))/u,
  day: /^/u,
  // "2 кв. м", "1 кв. км" are an area.
  quarter: /^(?!\s*к?м(?!\p{L}))/u,
  counted: /^/u,
  year: /^/u,
};

/** An abbreviation written without a stop: an acronym ("ОС", in capitals only), a hyphenated word ("кол-во"). */
const stopless = (w: Shorthand) => w.acronym === true || w.stop === false;

/**
 * A telegraphic text (a document typed in capitals, set 194: "ГОЛОСОВ ЗА 9 ПРОТ НЕТ ВОЗД 2", "ПРИСУТСТВ 11 ИЗ 13", "ОТСУТСТВ 2
 * УВАЖ") cuts its words with no stop: there an abbreviation is read as a whole word without it, and a count's label
 * without its dash ("ПРОТ 7", "ПРОТ НЕТ"). Only such a text: in ordinary prose "засед" or "пост" alone is no word anyone
 * writes for the lexicon's, and a word cut so is too short to be told from another without the stop.
 */
const TELEGRAPHIC_AFTER: Partial<Record<When, RegExp>> = {
  count: /^\s*[-–—:]?\s*(?:\d|(?:нет|жоқ|жок|ноль)(?!\p{L}))/iu,
};

const wordsOf = (telegraphic: boolean) => file.words.filter((w) => telegraphic || w.telegraphic !== true).map((w) => ({
  at: stopless(w)
    ? new RegExp(`(?<![\\p{L}])(${w.written})(?![\\p{L}])()( *)`, w.acronym ? 'gu' : 'giu')
    : new RegExp(`${w.when ? (BEFORE[w.when] ?? '') : ''}(?<![\\p{L}])(${w.written})(\\.${telegraphic && w.lowercase !== true ? '|(?![\\p{L}.])' : ''})( *)`, w.lowercase ? 'gu' : 'giu'),
  // The word that must follow, when the abbreviation stands for another word elsewhere ("Общ. кол-во" is "общее", "общ.
  // слушания" "общественные").
  after: w.next !== undefined ? new RegExp(`^\\s*(?:${w.next})`, 'iu') : w.when ? ((telegraphic ? TELEGRAPHIC_AFTER[w.when] : undefined) ?? AFTER[w.when]) : /^/u,
  meant: w.meant,
  acronym: w.acronym === true,
}));
const WORDS = wordsOf(false);
const TELEGRAPHIC_WORDS = wordsOf(true);

/** Any abbreviation of the lexicon, tried once on a line before each is tried on its own (every line of every text comes here). */
const ordinary = file.words.filter((w) => w.telegraphic !== true);
const ANY = new RegExp(`(?<![\\p{L}])(?:(?:${ordinary.filter((w) => !stopless(w)).map((w) => w.written).join('|')})\\.|(?:${ordinary.filter(stopless).map((w) => w.written).join('|')})(?![\\p{L}]))`, 'iu');
const ANY_TELEGRAPHIC = new RegExp(`(?<![\\p{L}])(?:${file.words.map((w) => w.written).join('|')})(?![\\p{L}])`, 'iu');

/**
 * The abbreviations of shorthand.json written out as their words ("ВОЗД. – 1" → "ВОЗДЕРЖАЛИСЬ – 1", "Отыр. қатыс." →
 * "Отырыс қатысты", "12 мар. 2026г." → "12 марта 2026г."), in the case they were typed in, so every reader meets the word
 * its lexicon knows. The stop goes with the abbreviation unless it also ended a sentence (the line's end, a word opened by
 * a capital after it): "Голосовали: единогл." reads "единогласно.". A line laid out in columns with spaces ("I кв.   II
 * кв.   Итого", "12 мар. 2026г.        г. Астана") keeps its columns where they were: the word's growth is taken from the
 * first gap of two spaces or more after it, and an abbreviation whose gap cannot give it (a narrow fixed-width header) is
 * left as written. `telegraphic`: the text cuts its words without a stop (TELEGRAPHIC_AFTER).
 */
export function spelledOut(line: string, telegraphic = false): string {
  if (!(telegraphic ? ANY_TELEGRAPHIC : ANY).test(line)) return line;
  let out = line;
  for (const { at, meant, acronym, after } of telegraphic ? TELEGRAPHIC_WORDS : WORDS) {
    at.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = at.exec(out)) !== null) {
      const [found, written, stop, gap] = m;
      const rest = out.slice(m.index + found.length);
      if (!after.test(`${gap}${rest}`)) continue;
      // "Тұрақты комиссиялар (ТК) – 3": an acronym alone in brackets after its words defines it, no word of the sentence (set 170).
      if (acronym && /\(\s*$/u.test(out.slice(0, m.index)) && /^\s*\)/u.test(rest)) continue;
      // (A capital opening a word, not an acronym: "засед. ОС – 3" goes on.)
      const ends = stop !== '' && (rest === '' || /^\p{Lu}\p{Ll}/u.test(rest)) && gap.length <= 1;
      // An acronym ("ЗРК") is written out as the lexicon spells it ("Закона РК").
      const word = `${acronym ? meant : inCaseOf(written, meant)}${ends ? '.' : ''}`;
      const grown = word.length - written.length - stop.length;
      // "ҚК-ның", "ҚК-да": the case ending an acronym takes after a hyphen goes on the word ("Қоғамдық кеңесның").
      let tail = acronym && gap === '' ? rest.replace(/^-(?=\p{Ll}{1,5}(?!\p{L}))/u, '') : `${gap}${rest}`;
      const wide = / {2,}/u.exec(tail);
      if (wide && grown !== 0) {
        if (wide[0].length - grown < 2) continue;
        tail = `${tail.slice(0, wide.index)}${' '.repeat(wide[0].length - grown)}${tail.slice(wide.index + wide[0].length)}`;
      }
      out = `${out.slice(0, m.index)}${word}${tail}`;
      at.lastIndex = m.index + word.length;
    }
  }
  return out;
}

function inCaseOf(found: string, meant: string): string {
  if (found.length > 1 && found === found.toUpperCase() && found !== found.toLowerCase()) return meant.toUpperCase();
  return found[0] === found[0].toUpperCase() ? meant[0].toUpperCase() + meant.slice(1) : meant;
}
