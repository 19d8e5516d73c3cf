/**
 * Month names in Russian (every case: "марта", "в марте", "март") and Kazakh
 * ("наурыз", "наурызда", "сәуірдің"), matched on a folded form so that
 * Kazakh text typed without Kazakh letters ("кантар", "казан") still matches.
 */

/** Kazakh letters → the Russian letters people type in their place. */
export function foldKazakh(text: string): string {
  return text.replace(/[әғқңөұүһі]/g, (ch) => KAZAKH_FOLD[ch] ?? ch);
}

const KAZAKH_FOLD: Record<string, string> = {
  'ә': 'а', 'ғ': 'г', 'қ': 'к', 'ң': 'н', 'ө': 'о', 'ұ': 'у', 'ү': 'у', 'һ': 'х', 'і': 'и',
};

// Stems on the folded lower-case form; May is listed by its full forms because
// the stem "ма" would also match "маусым" (June) and many other words. "қыркүиек": the й typed as и (its breve lost).
const MONTH_STEMS: readonly [RegExp, number][] = [
  [/^январ/, 1], [/^феврал/, 2], [/^март/, 3], [/^апрел/, 4], [/^ма[йяею]$/, 5], [/^июн/, 6],
  [/^июл/, 7], [/^август/, 8], [/^сентябр/, 9], [/^октябр/, 10], [/^ноябр/, 11], [/^декабр/, 12],
  [/^кантар/, 1], [/^акпан/, 2], [/^наурыз/, 3], [/^сауир/, 4], [/^мамыр/, 5], [/^маусым/, 6],
  [/^шилде/, 7], [/^тамыз/, 8], [/^кырку[йи]ек/, 9], [/^казан/, 10], [/^караша/, 11], [/^желтоксан/, 12],
];

/** 1–12 for a month word in any case or language, null for anything else. */
export function monthOfWord(word: string): number | null {
  const folded = foldKazakh(word.toLowerCase().replace(/ё/g, 'е'));
  for (const [stem, month] of MONTH_STEMS) if (stem.test(folded)) return month;
  return null;
}

/** A regular-expression source matching one month word (checked with monthOfWord). */
export const MONTH_WORD = '(?<![\\p{L}])(?:[Яя]нвар|[Фф]еврал|[Мм]арт|[Аа]прел|[Мм]а[йяею](?![\\p{L}])|[Ии]юн|[Ии]юл|[Аа]вгуст|[Сс]ентябр|[Оо]ктябр|[Нн]оябр|[Дд]екабр|[ҚқКк]аңтар|[ҚқКк]антар|[Аа][қк]пан|[Нн]аурыз|[Сс][әаэ]уір|[Сс][әаэ]уир|[Мм]амыр|[Мм]аусым|[Шш]ілде|[Шш]илде|[Тт]амыз|[ҚқКк]ыр[кқ][үу][йи]ек|[ҚқКк]азан|[ҚқКк]араша|[Жж]елто[қк]сан|ЯНВАР|ФЕВРАЛ|МАРТ|АПРЕЛ|МА[ЙЯ]|ИЮН|ИЮЛ|АВГУСТ|СЕНТЯБР|ОКТЯБР|НОЯБР|ДЕКАБР)[\\p{L}]*';

/** Days in a month, for rejecting 31.02 and 29.02 outside leap years. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO yyyy-mm-dd, or null when the day does not exist. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2100) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
