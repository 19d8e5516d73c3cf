import { foldKazakh } from './monthNames.ts';

/**
 * Counts as secretaries write them: `30`, `12 500` (thousands with a space, a
 * non-breaking or a thin space, written as escapes so no editor turns them
 * into plain spaces; the digits after such a space are never a number of their own), `25-ти`, `30-ы`, `8-і`, `4-х`, `1,5 тыс.`, and in words
 * in either language: `тридцать девять`, `восьми`, `отыз тоғыз`, `нет`, `жоқ`.
 */

const RU_WORDS: Record<string, number> = {};
const KK_WORDS: Record<string, number> = {};

function addWords(table: Record<string, number>, value: number, forms: string[]): void {
  for (const form of forms) table[form] = value;
}

addWords(RU_WORDS, 1, ['один', 'одна', 'одно', 'одного', 'одной', 'одному', 'одним']);
addWords(RU_WORDS, 2, ['два', 'две', 'двух', 'двум', 'двумя']);
addWords(RU_WORDS, 3, ['три', 'трех', 'трем', 'тремя']);
addWords(RU_WORDS, 4, ['четыре', 'четырех', 'четырем', 'четырьмя']);
addWords(RU_WORDS, 5, ['пять', 'пяти', 'пятью']);
addWords(RU_WORDS, 6, ['шесть', 'шести', 'шестью']);
addWords(RU_WORDS, 7, ['семь', 'семи', 'семью']);
addWords(RU_WORDS, 8, ['восемь', 'восьми', 'восемью']);
addWords(RU_WORDS, 9, ['девять', 'девяти', 'девятью']);
addWords(RU_WORDS, 10, ['десять', 'десяти', 'десятью']);
const TEENS = ['одиннадцать', 'двенадцать', 'тринадцать', 'четырнадцать', 'пятнадцать', 'шестнадцать', 'семнадцать', 'восемнадцать', 'девятнадцать'];
// The instrumental too: "единогласно – одиннадцатью голосами", "двадцатью голосами «за»".
TEENS.forEach((w, i) => addWords(RU_WORDS, 11 + i, [w, w.slice(0, -1) + 'и', w.slice(0, -1) + 'ью']));
addWords(RU_WORDS, 20, ['двадцать', 'двадцати', 'двадцатью']);
addWords(RU_WORDS, 30, ['тридцать', 'тридцати', 'тридцатью']);
addWords(RU_WORDS, 40, ['сорок', 'сорока']);
addWords(RU_WORDS, 50, ['пятьдесят', 'пятидесяти']);
addWords(RU_WORDS, 60, ['шестьдесят', 'шестидесяти']);
addWords(RU_WORDS, 70, ['семьдесят', 'семидесяти']);
addWords(RU_WORDS, 80, ['восемьдесят', 'восьмидесяти']);
addWords(RU_WORDS, 90, ['девяносто', 'девяноста']);
addWords(RU_WORDS, 100, ['сто', 'ста']);
addWords(RU_WORDS, 0, ['нет', 'ноль', 'нуль', 'никто']);
// Times, as an adverb: "Президиум собирался трижды".
addWords(RU_WORDS, 2, ['дважды']);
addWords(RU_WORDS, 3, ['трижды']);
addWords(RU_WORDS, 4, ['четырежды']);
// "Круглый стол проводился единожды": once, the adverb of the same habit. "однажды" is "once" only after a verb of
// holding ("Слушания Совет проводил однажды — 14 мая"); opening a clause it is "one day" (findCounts tells which).
addWords(RU_WORDS, 1, ['единожды', 'однажды']);
// A noun that has no singular: "одни общественные слушания" is one hearing (findCounts takes "одни" only before "слушания").
addWords(RU_WORDS, 1, ['одни', 'одних']);
// Collective numerals, said of people: "включены двое новых членов", "выведены трое", "пятерых членов".
const COLLECTIVE = ['дво', 'тро', 'четвер', 'пятер', 'шестер', 'семер', 'восьмер', 'девятер', 'десятер'];
COLLECTIVE.forEach((stem, i) => addWords(RU_WORDS, 2 + i, [stem + (i < 2 ? 'е' : 'о'), stem + (i < 2 ? 'их' : 'ых'), stem + (i < 2 ? 'им' : 'ым'), stem + (i < 2 ? 'ими' : 'ыми')]));

// Kazakh, folded (ә→а, і→и, …), with the endings that attach to numerals
// ("отыз тоғызы", "сегізі", "бесеу", "отызынан").
const KK_BASE: [string, number][] = [
  ['бир', 1], ['еки', 2], ['уш', 3], ['торт', 4], ['бес', 5], ['алты', 6], ['жети', 7], ['сегиз', 8], ['тогыз', 9],
  ['жиырма', 20], ['отыз', 30], ['кырык', 40], ['елу', 50], ['алпыс', 60], ['жетпис', 70], ['сексен', 80], ['токсан', 90], ['жуз', 100],
];
const KK_ENDINGS = ['', 'ы', 'и', 'сы', 'си', 'еу', 'ау', 'еуи', 'ауы', 'нен', 'ден', 'тен', 'нан', 'дан', 'тан', 'нин', 'нын', 'ынан', 'инен'];
for (const [base, value] of KK_BASE) addWords(KK_WORDS, value, KK_ENDINGS.map((e) => base + e));
// Case endings on a numeral ("жиырма тоғызына жауап берілді", "төртеуіне ескертулер берілді", "бесінде", "сегізінің де
// жауабы келді"): dative, locative, accusative, genitive, with the possessive before them. Not on "бір" ("бірге" is "together", "бірде" "once").
const KK_CASE_ENDINGS = ['ына', 'ине', 'на', 'не', 'га', 'ге', 'ка', 'ке', 'нда', 'нде', 'да', 'де', 'та', 'те', 'ын', 'ин', 'ны', 'ни', 'сына', 'сине', 'сын', 'син', 'ында', 'инде', 'сында', 'синде', 'ынын', 'инин', 'сынын', 'синин'];
for (const [base, value] of KK_BASE) if (base !== 'бир') addWords(KK_WORDS, value, KK_CASE_ENDINGS.map((e) => base + e).filter((w) => KK_WORDS[w] === undefined));
// "үшін" is the postposition "for" ("Кеңес мүшелері үшін екі семинар" — two seminars for the members), never "үш" in a case.
delete KK_WORDS['ушин'];
addWords(KK_WORDS, 0, ['жок', 'нол']);
// Collective numerals: "екеуі", "бесеу" (the two, the five of them).
addWords(KK_WORDS, 2, ['екеу', 'екеуи']);
addWords(KK_WORDS, 3, ['ушеу', 'ушеуи']);
addWords(KK_WORDS, 4, ['тортеу', 'тортеуи']);
addWords(KK_WORDS, 5, ['бесеуи']);
addWords(KK_WORDS, 6, ['алтау', 'алтауы']);
addWords(KK_WORDS, 7, ['жетеу', 'жетеуи']);
// "біреуіне ескертулермен қорытынды жолданды": the one of them, in a case too ("біреуі" is the possessive ending above).
for (const [stem, value] of [['биреу', 1], ['екеу', 2], ['ушеу', 3], ['тортеу', 4], ['бесеу', 5], ['алтау', 6], ['жетеу', 7]] as const) {
  const back = /а/.test(stem.slice(-2));
  addWords(KK_WORDS, value, (back ? ['ына', 'ында', 'ын', 'ы'] : ['ине', 'инде', 'ин', 'и']).map((e) => stem + e));
  // The genitive and ablative of "the N of them": "бөлімдердің бесеуінің есептері", "төртеуінен жауап келді".
  addWords(KK_WORDS, value, (back ? ['ынын', 'ынан'] : ['инин', 'инен']).map((e) => stem + e));
  // The first person's "the N of us", a chair speaking of the council: "он бесеуміз: он біреуміз – …, төртеуміз – …".
  addWords(KK_WORDS, value, [stem + (back ? 'мыз' : 'миз')]);
}

/** Whether a word opens with a Kazakh numeral's stem ("тоғызыншы", "төртеуінен"): a number read up to it may be cut short. */
export function startsWithKazakhNumeral(word: string): boolean {
  const folded = foldKazakh(word.toLowerCase());
  return KK_BASE.some(([base]) => base.length >= 3 && base !== 'бир' && folded.startsWith(base));
}

const WORD_FORMS = [...Object.keys(RU_WORDS), ...Object.keys(KK_WORDS)];

// Kazakh "он" (ten) is also Russian "он" (he): parseCount reads it ("он екі" = 12), but COUNT_SOURCE,
// which finds numbers in any text, does not; grammar/findCounts takes it only in a Kazakh sentence.
// "он екі өтініштің онына жауап берілді": the dative of ten (never "оның", its).
addWords(KK_WORDS, 10, ['он', 'оннан', 'онына', 'онынан']);

/** A list of words as one regex source: a trie of alternatives ("дв(?:а|е|ух|ум|умя)…"), longest first. */
function trieOf(words: Iterable<string>): string {
  // Both the folded and the Kazakh-lettered spelling of each form must match the text.
  const unfold = (ch: string) => ({ а: '[аә]', и: '[иі]', у: '[уұү]', г: '[гғ]', к: '[кқ]', н: '[нң]', о: '[оө]', х: '[хһ]' })[ch] ?? ch;
  interface Node {
    end: boolean;
    next: Map<string, Node>;
  }
  const root: Node = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const emit = (node: Node): string => {
    const branches = [...node.next].map(([ch, child]) => unfold(ch) + emit(child));
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
    // A word that is a prefix of longer ones ends here only when no longer one matches (greedy ?).
    return node.end ? `(?:${body})?` : body;
  };
  return emit(root);
}

/**
 * The word forms as one regex source. Not 700 words side by side: V8 tries an alternation's branches one by one
 * at every word start, and the flat list made the number pattern most of the time a protocol took to read. Not one
 * trie of every form either: the Kazakh numerals with their endings (18 stems × 45 endings) made it 22 kB, and
 * every protocol pattern holding it took ~70 ms to compile — the first protocol of a process read in 3.4 s. The
 * Kazakh stems and their endings are two tries one after the other, the other forms one trie: the same words.
 */
function wordAlternation(): string {
  const withEndings = (bases: string[], endings: string[]) => ({ bases, endings, forms: bases.flatMap((b) => endings.map((e) => b + e)) });
  const stems = KK_BASE.map(([base]) => base);
  const products = [
    withEndings(stems.filter((b) => b !== 'бир'), [...new Set([...KK_ENDINGS, ...KK_CASE_ENDINGS])]),
    withEndings(['бир'], KK_ENDINGS),
  ];
  const inProducts = new Set(products.flatMap((p) => p.forms));
  const rest = WORD_FORMS.filter((w) => !inProducts.has(w));
  // The stems × endings tries hold "үшін" (for): it is kept out ahead of them (NOT_NUMERAL).
  return [trieOf(rest), ...products.map((p) => `${NOT_NUMERAL}(?:${trieOf(p.bases)})${trieOf(p.endings)}`)].join('|');
}

/** Words the stem and ending tries spell but that are no numeral: "үшін" (for). */
const NOT_NUMERAL = '(?![үу]ш[іи]н(?![\\p{L}]))';

const WORDS = wordAlternation();

/**
 * The words a second number word may follow, making one number with it: the tens and the hundred ("двадцать три",
 * "отыз тоғыз", "сто двадцать"). Never a unit or a teen: a transcript's "присутствуют двенадцать трое из них онлайн"
 * (set 196) is twelve, then three — not fifteen. A Kazakh fraction is matched whole, as before ("үштен екісі", two thirds:
 * the readers know it for no count); so is "нет двоих" (two are missing), read as before.
 */
const TENS = `(?<=(?<![\\p{L}])(?:${trieOf([
  ...Object.keys(RU_WORDS).filter((w) => RU_WORDS[w] >= 20 && RU_WORDS[w] % 10 === 0),
  ...KK_BASE.filter(([, value]) => value >= 20 && value % 10 === 0).map(([base]) => base),
])})|(?:[тдн][еа]н)|(?<![\\p{L}])нет)`;

/** One count in digits (`30`, `12 500`, `25-ти`) or words (`тридцать девять`, `отыз тоғыз`), as a regex source. */
export const COUNT_SOURCE =
  `(?:(?<![\\d.,])(?<!\\d[ \\u00a0\\u2009\\u202f])(?:\\d{1,3}(?:[ \\u00a0\\u2009\\u202f]\\d{3})+|\\d+)(?![\\d])(?:[.,]\\d+\\s*(?:тыс|мың)\\.?|\\s*(?:тыс|мың)\\.?|\\s*млн\\.?)?(?:-[\\p{L}]{1,4})?` +
  // "он бес" (15): "он" with a unit after it is Kazakh ten, whatever the language around.
  `|(?<![\\p{L}])он\\s+(?:${WORDS})(?![\\p{L}])` +
  // "қалған он мүше жиналды": "он" before "мүше" (member) is Kazakh ten, never "he".
  `|(?<![\\p{L}])он(?=\\s+мүше)` +
  `|(?<![\\p{L}])(?:${WORDS})(?:${TENS}\\s+(?:${WORDS}))?(?![\\p{L}]))`;

/** The number a COUNT_SOURCE match stands for; null when it is not one. */
export function parseCount(raw: string): number | null {
  const text = raw.trim().toLowerCase().replace(/ё/g, 'е');
  const numeric = /^(\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+|\d+)(?:[.,](\d+))?\s*(тыс|мың|млн)?/.exec(text);
  if (numeric) {
    const whole = Number(numeric[1].replace(/[ \u00a0\u2009\u202f]/g, ''));
    if (!numeric[3]) return Number.isSafeInteger(whole) ? whole : null;
    const value = Number(`${whole}.${numeric[2] ?? '0'}`) * (numeric[3] === 'млн' ? 1_000_000 : 1000);
    return Number.isSafeInteger(Math.round(value)) ? Math.round(value) : null;
  }
  let total = 0;
  let any = false;
  for (const word of text.split(/\s+/)) {
    // Folding lets "тогыз" be "тоғыз", but no number word but "мың" has "ң": "оң" (positive, right) is not "он" (ten).
    // A genitive ending ("бесеуінің", "екеуінің", "сегізінің", "алтысының") is the one place a numeral carries "ң".
    if (/ң/u.test(word.replace(/(?:еуі|ауы|і|ы|сі|сы)(?:ның|нің)$/u, '')) && !word.startsWith('мың')) return any ? total : null;
    const folded = foldKazakh(word);
    const value = RU_WORDS[word] ?? RU_WORDS[folded] ?? KK_WORDS[folded];
    if (value === undefined) return any ? total : null;
    total += value;
    any = true;
  }
  return any ? total : null;
}
