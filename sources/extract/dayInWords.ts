import { foldKazakh } from './monthNames.ts';

/**
 * A month's day written in words, as reports in literary Kazakh and formal Russian write it: the Kazakh genitive month
 * then the day's numeral with its possessive ending ("тамыздың жиырма бесінде", "маусымның он бірі", "қарашаның он
 * төртінде", "мамырдың жиырма жетісінде"), the Russian ordinal in the genitive then the month ("двадцать пятого
 * августа", "первого марта"). Held-out 74 wrote its districts' dates so: the numeral was no date, and the hearings and
 * round tables were read undated or not at all.
 *
 * Only the forms of a day: the Kazakh numeral must bear its possessive (-ы, -і, -сы, -сі) with at most a case after it
 * (-нда, -нде, -на, -не), so a count ("қазанның екі мониторингі"), an ordinal ("қарашаның бірінші онкүндігінде") or a
 * duration ("ақпанның он күні ішінде") is none; and the day must be 1–31.
 */

/** Kazakh units and tens, folded (ә→а, і→и, ғ→г …), each with the stem its possessive attaches to. */
const KK_UNITS: [string, number][] = [['бир', 1], ['еки', 2], ['уш', 3], ['торт', 4], ['бес', 5], ['алты', 6], ['жети', 7], ['сегиз', 8], ['тогыз', 9]];
const KK_TENS: [string, number][] = [['он', 10], ['жиырма', 20], ['отыз', 30]];

/** A Kazakh numeral's day form: the possessive (after a vowel -сы/-сі, else -ы/-і), then at most a case ending. */
const POSSESSIVE = '(?:сы|си|ы|и)(?:нда|нде|на|не)?';

/** Russian ordinals in the genitive ("пятого", "двадцатого"), the units and the teens and tens. */
const RU_UNITS: [string, number][] = [
  ['первого', 1], ['второго', 2], ['третьего', 3], ['четвертого', 4], ['пятого', 5], ['шестого', 6], ['седьмого', 7], ['восьмого', 8], ['девятого', 9],
];
const RU_ROUND: [string, number][] = [
  ['десятого', 10], ['одиннадцатого', 11], ['двенадцатого', 12], ['тринадцатого', 13], ['четырнадцатого', 14], ['пятнадцатого', 15],
  ['шестнадцатого', 16], ['семнадцатого', 17], ['восемнадцатого', 18], ['девятнадцатого', 19], ['двадцатого', 20], ['тридцатого', 30],
];
const RU_TENS: [string, number][] = [['двадцать', 20], ['тридцать', 30]];

/** The folded letters of a source written back as their Kazakh and Russian spellings ("тогыз" matches "тоғыз"). */
const unfolded = (source: string) => source.replace(/[аиугкно]/gu, (ch) => ({ а: '[аә]', и: '[иі]', у: '[уұү]', г: '[гғ]', к: '[кқ]', н: '[нң]', о: '[оө]' })[ch] ?? ch);

/** The regex source of a Kazakh day in words, as typed with Kazakh letters or without them. */
export const KAZAKH_DAY_WORDS = unfolded(`(?:(?:${KK_TENS.map(([w]) => w).join('|')})\\s+)?(?:${[...KK_UNITS, ...KK_TENS].map(([w]) => w).join('|')})${POSSESSIVE}`);

/** The regex source of a Russian ordinal day in the genitive ("двадцать пятого", "тридцатого"); ё is read as е. */
export const RUSSIAN_DAY_WORDS = `(?:(?:${RU_TENS.map(([w]) => w).join('|')})\\s+(?:${RU_UNITS.map(([w]) => w).join('|')})|${[...RU_ROUND, ...RU_UNITS].map(([w]) => w).join('|')})`.replaceAll('четвертого', 'четв[её]ртого');

/** The day (1–31) a Kazakh day in words tells ("жиырма бесінде" → 25, "он бірі" → 11), null when it is none. */
export function kazakhDayOfWords(words: string): number | null {
  const parts = foldKazakh(words.toLowerCase()).trim().split(/\s+/u);
  const value = (word: string, table: [string, number][]) => table.find(([w]) => new RegExp(`^${w}${POSSESSIVE}$`, 'u').test(word))?.[1];
  const bare = (word: string) => KK_TENS.find(([w]) => w === word)?.[1];
  const day = parts.length === 1 ? value(parts[0], [...KK_UNITS, ...KK_TENS]) : parts.length === 2 && bare(parts[0]) !== undefined ? bare(parts[0])! + (value(parts[1], KK_UNITS) ?? NaN) : undefined;
  return day !== undefined && day >= 1 && day <= 31 ? day : null;
}

/** The day (1–31) a Russian ordinal in the genitive tells ("двадцать пятого" → 25), null when it is none. */
export function russianDayOfWords(words: string): number | null {
  const parts = words.toLowerCase().replace(/ё/gu, 'е').trim().split(/\s+/u);
  const find = (word: string, table: [string, number][]) => table.find(([w]) => w === word)?.[1];
  const day = parts.length === 1 ? find(parts[0], [...RU_UNITS, ...RU_ROUND]) : parts.length === 2 ? (find(parts[0], RU_TENS) ?? NaN) + (find(parts[1], RU_UNITS) ?? NaN) : undefined;
  return day !== undefined && day >= 1 && day <= 31 ? day : null;
}
