import { existsSync, readFileSync } from 'node:fs';

/**
 * Kazakh typed without its own letters, as on a Russian keyboard: "Кенестiн 3 отырысы оттi", "Жартыжылдыкта курамда озгерiс
 * болган жок", "Кенеске 8 отиниш келип тусти" (ә → а, ө → о, ү and ұ → у, қ → к, ғ → г, ң → н, һ → х, і → и or a Latin i,
 * which repairCopy has made і already). No lexicon of kenes' matches such a text. Each word is given its letters back from
 * the Kazakh spelling dictionary (hunspell-kk, a Debian package: /usr/share/hunspell/kk_KZ.dic): the word, or its longest
 * beginning that is a dictionary word followed by endings of Kazakh grammar, takes the letters all the dictionary's words
 * of that spelling agree on ("кол" is қол and көл: left as typed); its endings take theirs by vowel harmony ("-гы" after
 * a back vowel is "-ғы", "-тін" after a consonant closing its genitive is "-тің").
 * Only a text that is Kazakh typed so is read again: a few of its words are Kazakh words that everyone writes ("жане",
 * "туралы", "бойынша", "отырыс", "мүше"…) and it holds almost none of the letters only Kazakh has. Only lines with no
 * Russian little words in them ("в", "на", "по"…: a Russian line of a bilingual protocol keeps its words), and no
 * person's or place's name (restoreLine: "Асел Мараткызы", "Касымов", "Смирново" stay as typed). One letter for one, so
 * each line keeps its length: the quote given back as written (asWritten) is the typist's, and so are the names and
 * agenda items an extract gives (asTypedWords).
 */
export function withKazakhLetters(lines: string[], dictionaryPaths = DICTIONARY_PATHS): { lines: string[]; noDictionary: boolean } {
  if (!isTypedWithoutKazakhLetters(lines)) return { lines, noDictionary: false };
  const dictionary = kazakhDictionary(dictionaryPaths);
  if (dictionary === null) return { lines, noDictionary: true };
  return { lines: lines.map((line) => restoreKazakhHalves(line, dictionary)), noDictionary: false };
}

/**
 * A line restored but for its Russian: a Russian line keeps its words; a bilingual line ("Катыскандар / Присутствовали: 10",
 * "Шешим / Решение: акпарат назарга алынсын / принять к сведению", a table's "кабылданды / принято") has each of its
 * halves — parted by a slash or a table's bar — read by itself, so the Kazakh half takes its letters and the Russian half
 * keeps its own.
 */
function restoreKazakhHalves(line: string, dictionary: Map<string, string[]>): string {
  if (!RUSSIAN_LITTLE_WORDS.test(line) && !RUSSIAN_WORD.test(line)) return restoreLine(line, dictionary);
  if (!HALVES.test(line)) return RUSSIAN_LITTLE_WORDS.test(line) ? line : restoreLine(line, dictionary);
  // (One letter for one: each half keeps its place, the slashes and bars stay.)
  return line.split(HALVES_SPLIT).map((half, k) => (k % 2 === 1 || RUSSIAN_LITTLE_WORDS.test(half) || RUSSIAN_WORD.test(half) ? half : restoreLine(half, dictionary))).join('');
}
/** A slash or a bar with a space on either side: where a bilingual line parts its languages or a table its cells. */
const HALVES = /\s[/|]\s/u;
const HALVES_SPLIT = /(\s[/|]\s)/u;
/**
 * A word only Russian writes (its letters ё, щ, ъ, э, the endings -ый/-ий/-ой/-ие/-ция/-ство): one is enough to tell the Russian half of a
 * bilingual line that has no little word ("Численность членов Совета: 12", "Итоги голосования").
 */
const RUSSIAN_WORD = /\p{Script=Cyrillic}*[ёщъэЁЩЪЭ]\p{Script=Cyrillic}*|\p{Script=Cyrillic}{2,}(?:ый|ий|ой|ые|ие|ая|яя|ого|его|ция|ции|ство|ства|ость|ости|ение|ения|ании|вали|ились|ались)(?![\p{L}])/iu;

/** The issue of a text typed so where the dictionary is not installed: its Kazakh is read as typed, and little of it is. */
export const KAZAKH_UNREAD = 'the Kazakh is typed without its own letters (қ, ң, ү, ә… as к, н, у, а): install the Kazakh spelling dictionary (Debian: apt-get install hunspell-kk) to read it; read as typed, most of it is not understood';

/** The letters only Kazakh has (і aside: repairCopy makes one of a Latin i). */
const KAZAKH_ONLY = /[әөүұқғңһӘӨҮҰҚҒҢҺ]/gu;
const HAS_KAZAKH_ONLY = /[әөүұқғңһӘӨҮҰҚҒҢҺ]/u;
/** Words of almost every Kazakh council document, as typed without Kazakh letters (і as і or и). */
const MARKERS = /(?<![\p{L}])(?:жане|туралы|бойынша|жылгы|кенес[\p{L}]*|отырыс[\p{L}]*|муше[\p{L}]*|катыс[\p{L}]*|б[іи]рауыздан|шеш[іи]м[\p{L}]*|карсы|калыс|жактап|уш[іи]н|жок|кун\s+тарт[іи]б[іи])(?![\p{L}])/giu;
/** Two or more of Russian's little words: a Russian line. */
// (An initial is no word: "Р.К.", "Д.С.")
const RUSSIAN_LITTLE_WORDS = /(?:(?<![\p{L}.])(?:в|во|на|по|и|с|со|о|об|для|от|из|к|не|что|за)(?![\p{L}.]).*){2}/iu;

function isTypedWithoutKazakhLetters(lines: string[]): boolean {
  const text = lines.join('\n');
  const markers = (text.match(MARKERS) ?? []).length;
  if (markers < 5) return false;
  const kazakh = (text.match(KAZAKH_ONLY) ?? []).length;
  // A proper Kazakh text has a Kazakh letter in every few words; a stray one or two is a pasted name.
  if (kazakh <= 2) return true;
  // A typist who switches layouts now and then ("Қоғамдық кенесинин", "Кеңесте 4 комиссия бар", "отиниш түскен жоқ"): the
  // words every council document writes are typed without their letters more often than with them. A proper Kazakh text
  // writes them right (a Russian name or loan of its own is no such word); one that writes "кенес" once among ten "кеңес" is
  // a typo in a proper text, left as it is.
  const stripped = (text.match(STRIPPED_MARKERS) ?? []).length;
  const proper = (text.match(PROPER_MARKERS) ?? []).length;
  return stripped >= 5 && stripped > proper;
}
/** The markers that need a Kazakh letter when spelt right, as typed without it: "жане" for "және", "кенес" for "кеңес". */
const STRIPPED_MARKERS = /(?<![\p{L}])(?:жане|жылгы|кенес[\p{L}]*|муше[\p{L}]*|катыс[\p{L}]*|шеш[иi]м[\p{L}]*|карсы|калыс|жактап|уш[иi]н|жок|б[иi]рауыздан|кун)(?![\p{L}])/giu;
/** The same words spelt right. */
const PROPER_MARKERS = /(?<![\p{L}])(?:және|жылғы|кеңес[\p{L}]*|мүше[\p{L}]*|қатыс[\p{L}]*|шешім[\p{L}]*|қарсы|қалыс|жақтап|үшін|жоқ|бірауыздан|күн)(?![\p{L}])/giu;

const FOLD: Record<string, string> = { ә: 'а', ө: 'о', ү: 'у', ұ: 'у', қ: 'к', ғ: 'г', ң: 'н', һ: 'х', і: 'и' };
const fold = (word: string) => Array.from(word, (c) => FOLD[c] ?? c).join('');

/** Where the spelling dictionary is: KENES_KK_DICTIONARY, else Debian's hunspell-kk. */
const DICTIONARY_PATHS = [process.env.KENES_KK_DICTIONARY, '/usr/share/hunspell/kk_KZ.dic', '/usr/share/myspell/kk_KZ.dic'];

const loaded = new Map<string, Map<string, string[]>>();

/** The dictionary's words by their spelling without Kazakh letters, or null when it is not installed. Read once. */
function kazakhDictionary(paths: (string | undefined)[]): Map<string, string[]> | null {
  const path = paths.find((p) => p !== undefined && p !== '' && existsSync(p));
  if (path === undefined) return null;
  const known = loaded.get(path);
  if (known !== undefined) return known;
  const words = new Map<string, string[]>();
  for (const entry of readFileSync(path, 'utf8').split('\n')) {
    const written = entry.split('/')[0].trim();
    // The dictionary's names ("Абай", "Нұржан") give no letters: a person's name is kept as it was typed.
    if (!/^\p{Ll}[\p{Script=Cyrillic}]+$/u.test(written)) continue;
    const word = written.toLowerCase();
    const key = fold(word);
    const same = words.get(key);
    if (same === undefined) words.set(key, [word]);
    else if (!same.includes(word)) same.push(word);
  }
  loaded.set(path, words);
  return words;
}

/**
 * Endings of Kazakh grammar as typed without Kazakh letters, one after another: plural, possessive, case, and the
 * commonest derivations and verb forms. A word's beginning found in the dictionary takes letters back only when the rest
 * of it is such endings: "контроль" is no "қон-" + "троль".
 */
const ENDING = '(?:[лдт][ае]р|[лдт][ыи]к|[гк][ыи]|[нсдт]?[ыи]н?|[ыи]м|[ыи]мыз|[ыи]н[ыи]з|[нсдт][ыи]|[гкн]?[ае]|[ндт][ае]н?|[мбп]ен|с[ыи]з|ш[ыи]|[лдт][ыи]|[гк][ае]н|[ыи]?п|[ае]?й?т[ыи]н|[ае]?у|[мбп][ае]|[ыи]?л|[ыи]?с|[дт]аг[ыи]|[дт]ег[ыи]|[ыи]?лд[ыи]|[дт][ае]й|[ае]т|[ае]р|ш[ае])';
const ENDINGS = new RegExp(`^(?:${ENDING}){1,4}$`, 'u');

const BACK = /[аоұы]/u;
const FRONT = /[әеөүі]/u;

/**
 * Whether a Cyrillic word is a Kazakh word of the dictionary, perhaps with endings ("мүшесі", not "мүсе"); null when the
 * dictionary is not installed. Letters Kazakh shares with Russian keyboards are not told apart (fold), so it answers for
 * the other letters only: fromLatinKazakh asks it whether a bare s of the 2017 alphabet stands for ш.
 */
export function isKazakhWord(word: string, dictionaryPaths = DICTIONARY_PATHS): boolean | null {
  const dictionary = kazakhDictionary(dictionaryPaths);
  if (dictionary === null) return null;
  const key = fold(word.toLowerCase());
  for (let length = key.length; length >= 3; length--) {
    if (dictionary.has(key.slice(0, length)) && (length === key.length || ENDINGS.test(key.slice(length)))) return true;
  }
  return false;
}

/**
 * The letters the dictionary settles in a Cyrillic word read from a loosely typed Latin one (a bare a for ә, u for ұ or у,
 * i for і or и, g for ғ, n for ң): for each letter of the word's longest beginning that is a dictionary word before
 * endings, the letter all its dictionary spellings agree on, else null; null for a word it does not know, or when it is not
 * installed. "гәзетінің" → газет's а; "семінар" → семинар's и.
 */
export function settledLetters(word: string, dictionaryPaths = DICTIONARY_PATHS): (string | null)[] | null {
  const dictionary = kazakhDictionary(dictionaryPaths);
  if (dictionary === null) return null;
  const key = fold(word.toLowerCase());
  for (let length = key.length; length >= 3; length--) {
    const words = dictionary.get(key.slice(0, length));
    if (words === undefined || (length < key.length && !ENDINGS.test(key.slice(length)))) continue;
    return Array.from(key, (_, i) => {
      const options = new Set(words.map((w) => w[i]));
      return i < length && options.size === 1 ? [...options][0] : null;
    });
  }
  return null;
}

/** A word (lower case, no Kazakh letters) with its letters given back, or as it is. */
function restoreWord(word: string, dictionary: Map<string, string[]>, compound = true): string {
  const key = fold(word);
  const letters = Array.from(word);
  const out = [...letters];
  const settled = letters.map(() => false);
  // The longest beginning first; a shorter one settles the letters the longer left in doubt ("аудандык" is both
  // "аудандык" and "аудандық" in the dictionary: "ауданды" + "-к" after a back vowel settles it).
  for (let length = letters.length; length >= 3; length--) {
    const words = dictionary.get(key.slice(0, length));
    if (words === undefined) continue;
    const rest = key.slice(length);
    if (rest !== '' && !ENDINGS.test(rest)) continue;
    for (let i = 0; i < length; i++) {
      if (settled[i]) continue;
      const options = new Set(words.map((w) => w[i]));
      if (options.size === 1) [out[i], settled[i]] = [[...options][0], true];
    }
    const stem = out.slice(0, length).join('');
    const vowel = [...stem].reverse().find((c) => BACK.test(c) || FRONT.test(c));
    if (vowel === undefined || rest === '') continue;
    const front = FRONT.test(vowel);
    for (let i = length; i < letters.length; i++) {
      if (settled[i]) continue;
      const c = letters[i];
      out[i] = front ? (c === 'и' ? 'і' : c) : c === 'г' ? 'ғ' : c === 'к' ? 'қ' : c;
      settled[i] = true;
    }
  }
  // A compound written as one word ("жартыжылдыкта", "жартыжылдық" + "-та"): a dictionary word, then a word the dictionary
  // reads with its endings — only when the word as a whole gave nothing.
  if (!settled.some(Boolean) && compound) {
    for (let length = letters.length - 3; length >= 3; length--) {
      if (!dictionary.has(key.slice(0, length))) continue;
      const rest = restoreWord(word.slice(length), dictionary, false);
      if (rest !== word.slice(length)) return `${restoreWord(word.slice(0, length), dictionary, false)}${rest}`;
    }
  }
  // The genitive's -ның/-дың/-тың after a vowel or м, н, ң / after л, р, у, й, ж, з / after a voiceless consonant: its
  // last letter is ң ("кеңестің", "комиссиялардың", "оның"); "-атын", "-йтін" (a participle) is no genitive.
  const restored = out.join('');
  const genitive = /(?:(?:[аоұыәеөүіиэюямнң]н)|(?:[лрйужз]д)|(?:[кқпстфхцчшщ]т))[ыі]н$/u.exec(restored);
  return genitive !== null && settled.some(Boolean) ? `${restored.slice(0, -1)}ң` : restored;
}

/** A person's name: a capitalised word with a surname's ending, or one beside initials ("Касымов", "А.Б. Жумабаев"). */
// (Not "-ин": the genitive typed so ends in it, "Кенестин".)
const SURNAME = /(?:ов|ова|ев|ева|ёв|ёва|ович|евич|овна|евна|ична|улы|уулы|кызы|бек|беков|бекова|баев|баева)$/u;
const NAME_FOLLOWS = /^\s*\p{Lu}/u;
const WORD_FOLLOWS = /^\s+\p{Ll}/u;

/** Whether what stands before a word on its line leaves it opening a sentence: nothing, a stop, a list's number or bullet. */
function opensSentence(before: string): boolean {
  const text = before.replace(/[«"„“(\s]+$/u, '');
  return text.trim() === '' || /[.!?:;]$/u.test(text) || /\s[-–—]$/u.test(text) || /^\s*(?:\d{1,3}(?:\.\d{1,3})*[.)]?|[-–—•*])$/u.test(text);
}

function restoreLine(line: string, dictionary: Map<string, string[]>): string {
  return line.replace(/\p{Script=Cyrillic}+/gu, (word, at: number) => {
    if (HAS_KAZAKH_ONLY.test(word)) return word;
    const lower = word.toLowerCase();
    const capitalised = word[0] !== lower[0];
    const allCaps = word === word.toUpperCase();
    // An abbreviation ("СКО", "НКА") keeps its letters.
    if (allCaps && word.length <= 4) return word;
    // A capitalised word before another or before initials is a person's name ("Асел Мараткызы", "Ирина Викторовна",
    // "Нургалиев К.Б."), kept as typed, as one with a surname's ending; so is one inside a sentence unless a word in lower case
    // follows it ("Когамдык кеңестің" is a body's name of common words). One opening a sentence, a line or an item is a word.
    if (capitalised && !allCaps && (SURNAME.test(lower) || NAME_FOLLOWS.test(line.slice(at + word.length)) || (!opensSentence(line.slice(0, at)) && !WORD_FOLLOWS.test(line.slice(at + word.length))))) return word;
    const restored = restoreWord(lower, dictionary);
    if (restored === lower) return word;
    return Array.from(restored, (c, i) => (word[i] === lower[i] ? c : c.toUpperCase())).join('');
  });
}

/**
 * The words as typed, for what an extract gives back as text (an agenda item's title, a person's name and role, an
 * absence's reason, an activity's title): the letters were given back to read the text, not to change what it says —
 * "Когамдык кенестiн жумыс жоспары туралы" stays so in the agenda, "Умiт" stays the member's name. Each word of the
 * reading copy that the restoration changed is put back as it stood in `typed` (the same line, the same place).
 */
export function asTypedWords(typed: string[], restored: string[]): (text: string) => string {
  if (typed === restored) return (text) => text;
  const words = new Map<string, string>();
  restored.forEach((line, k) => {
    if (line === typed[k] || line.length !== typed[k].length) return;
    for (const m of line.matchAll(/\p{L}+/gu)) {
      const was = typed[k].slice(m.index, m.index + m[0].length);
      if (was !== m[0] && !words.has(m[0])) words.set(m[0], was);
    }
  });
  return (text) => (words.size === 0 ? text : text.replace(/\p{L}+/gu, (w) => words.get(w) ?? w));
}
