import { isKazakhWord, settledLetters } from './kazakhLetters.ts';

/**
 * Kazakh written in the Latin alphabet of 2021 ("HATTAMA № 9", "QATYSQANDAR", "Dauys beru: qoldağandar – 10", "onlain",
 * "sebepsız") read in Cyrillic, so that every reader and lexicon of Kazakh reads it as it reads Cyrillic Kazakh. The
 * alphabet is one letter for one letter, so each line keeps its length and every column (a header's two columns, a
 * table's cells) stays where it was (the digraphs of the others, "sh", "ia", take a letter less).
 *
 * Three Latin alphabets are in use, and their letters disagree (i is и in one, і in the others; u is у or ұ): the one of
 * 2021 with diaereses and breves (ä ğ ı ñ ö ş ū ü), the one of 2018 as amended with acute accents (á ǵ ı ń ó ú ý, sh, ch:
 * "Qoǵamdyq keńes", "Biraýyzdan"), and the one of 2017 with apostrophes (a' g' n' o' s' u' y': "Qog'amdyq ken'es",
 * "o'tinis'") — people type the last loosely (a bare a for ә, sh for s', i for й, u for у), so it is read with Kazakh
 * vowel harmony where a letter left bare may stand for two. The text's alphabet is told by the letters only it has.
 *
 * Only a text that is Latin Kazakh is read again (several words with the letters only Kazakh Latin has: ä ğ ı ñ ö ş ū
 * ü); a Russian or Cyrillic Kazakh text that names "Zoom" or a Turkish guest ("Gökhan Öztürk") is left as it is. In a
 * Latin Kazakh text, a word that is no Kazakh word is kept: one with a letter the alphabet has not (c, w, x, "Microsoft
 * Teams"), a Roman numeral ("IV"), a name of a platform the lexicons know in Latin ("Zoom", "WhatsApp"), an address.
 */
export function fromLatinKazakh(text: string): { text: string; latin: boolean } {
  const alphabet = alphabetOf(text);
  if (!alphabet) return { text, latin: false };
  const out = text.replace(/(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+|[\p{Script=Latin}'’ʼ`]+/gu, (word, at: number) => (keepsLatin(word, alphabet) && !isInitial(text, word, at) ? word : withLoanNg(withDictionaryYa(transliterate(word, alphabet)))));
  return { text: out, latin: true };
}

/**
 * A Cyrillic document with one paragraph in Latin Kazakh ("(Bölım aýdandyq latyn grafikasyna köşu jobasy aiasynda latyn
 * qarpimen jazyldy.)" / "2025 jyly Keñeske barlyğy 21 ötınış tüstı, onyñ ışınde 19-y jeke tūlğalardan …"): each paragraph
 * (lines between blank lines) that is Latin Kazakh by itself is read in Cyrillic, letter for letter; the rest is left.
 */
export function fromLatinKazakhParagraphs(lines: string[]): string[] {
  // A report typed in Latin Kazakh throughout (its heading, its short sections of one line) is read whole: a paragraph of
  // two lines has too few words to tell its alphabet by itself. Its Cyrillic lines have no Latin word to read again.
  const whole = fromLatinKazakh(lines.join('\n'));
  if (whole.latin) return whole.text.split('\n');
  const out = [...lines];
  for (let start = 0; start < lines.length; ) {
    let end = start;
    while (end < lines.length && lines[end].trim() !== '') end++;
    if (end > start) {
      const read = fromLatinKazakh(lines.slice(start, end).join('\n'));
      if (read.latin) read.text.split('\n').forEach((l, k) => (out[start + k] = l));
    }
    start = end + 1;
  }
  return out;
}

/**
 * 'hybrid': the letters of 2021 (ä ğ ñ ö ū ü) with the plain i of 2018 for і and "sh" / "ch" for ш / ч — as a keyboard
 * without ı and ş types it ("Keñestiñ 11 müshesiniñ 9-y qatysty, onyñ ishinde 2-eui onlain", "tilderdi", "Iağni", set 184).
 */
type Alphabet = 'diaeresis' | 'hybrid' | 'acute' | 'apostrophe';

/** The letters of the Kazakh Latin alphabet of 2021 (ǵ, á, ń, ó of 2018 read alike) in Cyrillic; i is и or й by its place. */
const LETTERS: Record<string, string> = {
  a: 'а', ä: 'ә', á: 'ә', b: 'б', d: 'д', e: 'е', f: 'ф', g: 'г', ğ: 'ғ', ǵ: 'ғ', h: 'х', ı: 'і', j: 'ж', k: 'к', l: 'л',
  m: 'м', n: 'н', ñ: 'ң', ń: 'ң', o: 'о', ö: 'ө', ó: 'ө', p: 'п', q: 'қ', r: 'р', s: 'с', ş: 'ш', t: 'т', u: 'у', ū: 'ұ',
  ü: 'ү', v: 'в', y: 'ы', z: 'з',
};
/** The 2018 alphabet as amended (acute accents): i is і, ı is и (й after a vowel), u is ұ, ú is ү, ý is у; sh, ch. */
const ACUTE: Record<string, string> = {
  ...LETTERS, i: 'і', ı: 'и', u: 'ұ', ú: 'ү', ý: 'у',
};
/** The 2017 alphabet (apostrophes): a letter and an apostrophe is one letter; i is і, u is ұ, y is ы. */
const APOSTROPHED: Record<string, string> = { a: 'ә', g: 'ғ', i: 'и', n: 'ң', o: 'ө', s: 'ш', c: 'ч', u: 'ү', y: 'у' };
const APOSTROPHE = /['’ʼ`]/u;
const VOWELS = new Set('aäáeıioöóuūüúyýAÄÁEIİOÖÓUŪÜÚYÝ'.split(''));
/** Letters of Kazakh Latin that neither English nor Russian transliteration uses, of 2021 and of 2018. */
const OWN_LETTERS = /[äğıñöşūüǵÄĞÑÖŞŪÜǴ]/u;
const DIAERESIS_LETTERS = /[äğñöşūüÄĞÑÖŞŪÜ]/u;
const ACUTE_LETTERS = /[áǵńóúýÁǴŃÓÚÝ]/u;
/** A letter of the 2017 alphabet with its apostrophe, inside or at the end of a word ("Ken'es", "o'tinis'"; not "'quoted'"). */
const APOSTROPHE_LETTER = /[agnosucyAGNOSUCY]['’ʼ`](?=\p{Script=Latin}|$)/u;
/** Platforms and words the lexicons read in Latin: kept as written. */
const LATIN_WORDS = /^(?:zoom|whatsapp|telegram|instagram|facebook|youtube|tiktok|teams|skype|jitsi|webex|google|meet|online|offline|email|e-mail|pdf|docx?|xlsx?)$/iu;
const ROMAN = /^[IVXLCDM]+$/u;

function alphabetOf(text: string): Alphabet | null {
  const words = text.match(/[\p{Script=Latin}'’ʼ`]{2,}/gu)?.filter((w) => /\p{Script=Latin}{2}|\p{Script=Latin}['’ʼ`]\p{Script=Latin}/u.test(w)) ?? [];
  const own = words.filter((w) => OWN_LETTERS.test(w) || ACUTE_LETTERS.test(w)).length;
  // A dozen words of its own letters, and a fifth of the Latin words: a text in the alphabet, not one that quotes a name.
  if (own >= 12 && own * 5 >= words.length) {
    const acute = words.filter((w) => ACUTE_LETTERS.test(w)).length;
    const diaeresis = words.filter((w) => DIAERESIS_LETTERS.test(w)).length;
    if (acute > diaeresis) return 'acute';
    // No dotless ı in a whole text of 2021's letters: its i is і, not и (the official text writes "ışınde", "müşelerınıñ").
    return words.some((w) => /ı/u.test(w)) ? 'diaeresis' : 'hybrid';
  }
  // The apostrophes: a dozen words with a letter of its own ("Ken'es", "mu'she"), a fifth of the Latin words (not an
  // English text's "don't", a name "O'Brien").
  const apostrophed = words.filter((w) => APOSTROPHE_LETTER.test(w)).length;
  return apostrophed >= 12 && apostrophed * 5 >= words.length ? 'apostrophe' : null;
}

/**
 * A Russian loan's "-нг" typed with Kazakh's own ң, as it is said: "Monıtorıń" / "monıtorıńi" (set 184), "monitoriñ",
 * "trenıń", "brıfıń" — read as the loan, мониторинг, мониторингі, so the lexicons find it. No Kazakh word is such a stem
 * with ң (the genitive of "монитор" is "монитордың").
 */
function withLoanNg(word: string): string {
  return word.replace(LOAN_NG, (_m, stem: string, ng: string) => `${stem}${ng === 'Ң' ? 'ИНГ' : 'инг'}`);
}
const LOAN_NG = /^(мон[иі]тор|трен|бриф|маркет|рейт)[ыиі](ң)/iu;

/**
 * "ıa" / "ia" after a consonant is и and а ("materıal" материал) — or я with its и left out, as typists shorten "jarııalanym"
 * to "jarıalanymdar" (set 184): read ия where only that is a word of the Kazakh dictionary (isKazakhWord).
 */
function withDictionaryYa(word: string): string {
  if (!/иа/iu.test(word) || isKazakhWord(word) !== false) return word;
  const ya = word.replace(/иа/gu, 'ия').replace(/ИА/gu, 'ИЯ').replace(/Иа/gu, 'Ия');
  return isKazakhWord(ya) ? ya : word;
}

/** A letter of a name's initials ("Chernova O.V.", "V.I. Ivanov"), not a Roman numeral: a dot after it and another initial beside it. */
function isInitial(text: string, word: string, at: number): boolean {
  if (word.length !== 1 || text[at + 1] !== '.') return false;
  return /\p{Lu}\.\s?$/u.test(text.slice(Math.max(0, at - 3), at)) || /^\s?\p{Lu}\./u.test(text.slice(at + 2, at + 5));
}

function keepsLatin(word: string, alphabet: Alphabet): boolean {
  if (word.includes('@') || /^(?:https?:|www\.)/iu.test(word)) return true;
  let bare = word.replace(/['’ʼ`]/gu, '');
  // ("Chernova" is Чернова where ch is ч.)
  if (alphabet !== 'diaeresis') bare = word.replace(/c['’ʼ`]|ch/giu, '').replace(/['’ʼ`]/gu, '');
  // (M, D, L, C alone are a name's initials, "Orazbekov E.M.", not numerals.)
  return LATIN_WORDS.test(bare) || (ROMAN.test(bare) && bare.length <= 6 && !/^[MDLC]$/u.test(bare)) || /[cwxç]/iu.test(bare);
}

function transliterate(word: string, alphabet: Alphabet): string {
  if (alphabet === 'apostrophe') return withBareShin(fromApostrophes(word));
  if (alphabet === 'hybrid') return fromHybrid(word);
  const letters = alphabet === 'acute' ? ACUTE : LETTERS;
  let out = '';
  for (let k = 0; k < word.length; k++) {
    const ch = word[k];
    const lower = ch.toLowerCase();
    const upper = ch !== lower;
    let cyr: string;
    if (alphabet === 'acute' && (lower === 's' || lower === 'c') && word[k + 1]?.toLowerCase() === 'h') {
      // "sh" is ш, "ch" is ч in the 2018 alphabet ("Shaqyrylǵandar", "SHESHTI", "hatshy").
      cyr = lower === 's' ? 'ш' : 'ч';
      k++;
    } else if (alphabet === 'acute' && (ch === 'ı' || ch === 'I') && /^[aA]$/u.test(word[k + 1] ?? '') && (k === 0 || VOWELS.has(word[k - 1]))) {
      // "ıa" is я where it opens the word or follows a vowel ("ıaǵnı" яғни, "saıasat" саясат, "jarııalanym" жарияланым,
      // "komıssııa" комиссия: и, then я); after a consonant it is и and а ("materıal" материал).
      cyr = 'я';
      k++;
    } else if (alphabet === 'acute' && (ch === 'ı' || ch === 'I')) {
      // ı is и, й after a vowel ("onlaın" онлайн, "máslıhat" мәслихат); in capitals I is і, or Й after a vowel.
      cyr = k > 0 && VOWELS.has(word[k - 1]) ? 'й' : ch === 'ı' ? 'и' : 'і';
    } else if (alphabet === 'diaeresis' && ch === 'I') {
      // I is і (the dotless ı's capital); İ and i are и, or й after a vowel ("onlain" онлайн, "aitty" айтты, "Söilegender").
      // In capitals I is written for both: after a vowel it is Й ("SÖILEGENDER", "ÜI"), but for "UI" (қауіп "QAUIP").
      cyr = k > 0 && VOWELS.has(word[k - 1]) && !/[uU]/u.test(word[k - 1]) ? 'й' : 'і';
    } else if (alphabet === 'diaeresis' && (ch === 'i' || ch === 'İ')) cyr = k > 0 && VOWELS.has(word[k - 1]) ? 'й' : 'и';
    else cyr = letters[lower] ?? ch;
    out += upper ? cyr.toUpperCase() : cyr;
  }
  return out;
}

/**
 * A word of the hybrid alphabet: the letters of 2021, "sh" / "ch" for ш / ч ("müshesi", "Shyğ.", "Chernova"), and an i
 * read by its place and the word's vowels, as Kazakh vowel harmony has it — й after a vowel ("onlain", "Qabanbai", "aiynda";
 * after u, і in a front word: "2-eui" 2-еуі, "3-eui"), я for "ia" opening a word or after a vowel ("Iağni" яғни, "saiasat"
 * саясат), ия for "iia" ("komissiia", "jariialandy"), и in a word with a back vowel (a o ū y: a loan "monitoring",
 * "direktor", "mäslihat"), else і ("tilderdi" тілдерді, "ishinde" ішінде, "ädiskeri").
 */
function fromHybrid(word: string): string {
  const lower = word.toLowerCase();
  const back = /[aoūy]/u.test(lower);
  let out = '';
  for (let k = 0; k < word.length; k++) {
    const ch = word[k];
    const l = lower[k];
    const before = lower[k - 1];
    const afterVowel = k > 0 && VOWELS.has(before);
    let cyr: string;
    if ((l === 's' || l === 'c') && lower[k + 1] === 'h') {
      cyr = l === 's' ? 'ш' : 'ч';
      k++;
    } else if (l === 'i' && lower[k + 1] === 'i' && lower[k + 2] === 'a') {
      cyr = 'ия';
      k += 2;
    } else if (l === 'i' && lower[k + 1] === 'a' && (k === 0 || afterVowel)) {
      cyr = 'я';
      k++;
    } else if (l === 'i') cyr = afterVowel && !(before === 'u' && !back) ? 'й' : back ? 'и' : 'і';
    else cyr = LETTERS[l] ?? ch;
    out += ch !== l ? cyr.charAt(0).toUpperCase() + (word[k] !== lower[k] ? cyr.slice(1).toUpperCase() : cyr.slice(1)) : cyr;
  }
  return out;
}

/**
 * A word of the 2017 alphabet as it is typed: the apostrophed letters as the alphabet has them, "sh" / "ch" for s' / c';
 * the letters left bare read by the word's vowels — a word is front (е і ә ө ү) or back (а о ұ ы) in Kazakh: a bare a in a
 * front word is ә ("jane" және, "akimdiginin'" әкімдігінің), a bare u is у after a vowel or in a front word ("jauap"
 * жауап, "eskertusiz" ескертусіз) and ұ else ("tulg'a" тұлға); i is й after a vowel ("boiynsha"), и in a back word (a
 * Russian loan: "monitoring", "komissiia") and і else; "iia" is ия, an "ia" opening a word я ("iag'ni" яғни).
 */
function fromApostrophes(word: string): string {
  const parts: { ch: string; marked: boolean }[] = [];
  for (let k = 0; k < word.length; k++) {
    const ch = word[k];
    if (APOSTROPHE.test(ch)) continue;
    const marked = APOSTROPHE.test(word[k + 1] ?? '') && /[agnosucy]/iu.test(ch);
    if (!marked && /[sc]/iu.test(ch) && word[k + 1]?.toLowerCase() === 'h') {
      parts.push({ ch: ch === 's' ? "s" : ch === 'S' ? 'S' : ch, marked: true });
      k++;
      continue;
    }
    parts.push({ ch, marked });
  }
  // The bare letters, a marked one standing as "_" ("Ken'es": "ke_es", no two vowels in a row).
  const plain = parts.map((p) => (p.marked ? '_' : p.ch.toLowerCase())).join('');
  // (An i after a vowel is й, no front vowel: "sait", "Sairam", "man'dai'sha" are back words.)
  const frontVowels = plain.replace(/(?<=[aeiouy])i/gu, '');
  const marked = parts.some((p) => p.marked && /[aouAOU]/u.test(p.ch));
  const front = /[ei]/u.test(frontVowels) || marked;
  // (A bare u is no sign of a back word: it is у in front ones.)
  const back = /[oy]/u.test(plain);
  // A Russian word transliterated ("zasedanie", "material", "Publichnye") has two vowels in a row; a Kazakh one has not. Nor
  // has a Kazakh word of front vowels an a after them: "seminar", "Kentau" are a loan and a compound (set 184) — but in
  // a word with a marked letter of its own, "Tu'rkistan", it is a compound's а, and the word's i stays і.
  const russian = /[iu][ae]|[ae][ae]|y[ei]/u.test(plain);
  const afterFront = /[ei][^aeiouy_]*a/u.test(frontVowels);
  const loan = russian || (afterFront && !marked);
  /** Where a letter was typed bare that may stand for two (a: а ә, u: ұ у ү, i: і и, g: г ғ, n: н ң, o: о ө). */
  const loose = new Set<number>();
  let out = '';
  for (let k = 0; k < parts.length; k++) {
    const { ch, marked } = parts[k];
    const lower = ch.toLowerCase();
    const upper = ch !== lower;
    const before = parts[k - 1];
    const afterVowel = !!before && !before.marked && VOWELS.has(before.ch) || (!!before && before.marked && /[aouyAOUY]/u.test(before.ch));
    let cyr: string;
    if (marked) cyr = APOSTROPHED[lower] ?? LETTERS[lower] ?? ch;
    else if (lower === 'i' && parts[k + 1]?.ch.toLowerCase() === 'i' && parts[k + 2]?.ch.toLowerCase() === 'a' && !parts[k + 1].marked) {
      cyr = 'ия';
      k += 2;
    } else if (lower === 'i' && k === 0 && /^[au]$/iu.test(parts[1]?.ch ?? '') && !parts[1].marked) {
      cyr = parts[1].ch.toLowerCase() === 'a' ? 'я' : 'ю';
      k += 1;
    } else if (lower === 'i') {
      // After u, i is і in a front word ("2-eui" 2-еуі), й in a back one ("uiym" ұйым).
      cyr = afterVowel && !(before.ch.toLowerCase() === 'u' && !before.marked && !back) ? 'й' : back || loan ? 'и' : 'і';
    } else if (lower === 'a') cyr = front && !back && !loan && !afterFront ? 'ә' : 'а';
    else if (lower === 'u') cyr = afterVowel || loan || !firstVowel(parts, k) || (front && !/[oy]/u.test(plain.replace(/u/gu, ''))) ? 'у' : 'ұ';
    else cyr = LETTERS[lower] ?? ch;
    if (!marked && cyr.length === 1 && cyr !== 'й' && /[aguino]/u.test(lower)) loose.add(out.length);
    out += upper ? cyr.charAt(0).toUpperCase() + cyr.slice(1) : cyr;
  }
  return withDictionaryLetters(out, loose);
}

/**
 * A word read from the loosely typed 2017 alphabet with its bare letters as the Kazakh dictionary spells the word, where it
 * knows the word and all its spellings agree (settledLetters): vowel harmony guesses wrong where a word mixes its vowels —
 * "gazetinin'" газетінің, not гәзетінің; "to'rag'a" төраға, not төрәғә (set 184). The letters typed with their apostrophe and the
 * word's endings are kept as read.
 */
function withDictionaryLetters(read: string, loose: Set<number>): string {
  if (loose.size === 0) return read;
  const letters = settledLetters(read);
  if (!letters) return read;
  return Array.from(read, (c, k) => {
    const settled = loose.has(k) ? letters[k] : null;
    return settled ? (c === c.toLowerCase() ? settled : settled.toUpperCase()) : c;
  }).join('');
}

/**
 * A 2017 word whose s' lost its apostrophe ("mu'se" beside "mu'sheleri", "boi'yns'a", set 184): its с read as ш where the
 * word is no Kazakh word with с and is one with ш (the dictionary: isKazakhWord) — "мүсе" is мүше. Left as read when the
 * dictionary is not installed, or the word is one with с, or neither.
 */
// (Inside the word and inside the dictionary's word, not its endings: "sait" is сайт, never шайт.)
function withBareShin(read: string): string {
  const lower = read.toLowerCase();
  if (lower.length < 4 || !lower.includes('с', 1) || isKazakhWord(lower) !== false) return read;
  for (let k = lower.indexOf('с', 1); k >= 0; k = lower.indexOf('с', k + 1)) {
    const shin = `${read.slice(0, k)}${read[k] === 'С' ? 'Ш' : 'ш'}${read.slice(k + 1)}`;
    if (settledLetters(shin)?.[k] === 'ш') return shin;
  }
  return read;
}

/**
 * Whether the letter at k is its word's first vowel. A bare u after the first syllable is у, not ұ: Kazakh has ұ there only
 * after ұ or о, and a typist who leaves ү bare writes u' for it — "salystyru" салыстыру, "qatysus'y" қатысушы,
 * "memorandum" (set 184) — but "jumys", "quramy", "tulg'a" open with ұ; the patronymic "-uly" is ұлы ("Baqytuly").
 */
function firstVowel(parts: { ch: string; marked: boolean }[], k: number): boolean {
  const word = parts.map((p) => p.ch.toLowerCase()).join('');
  if (/uly$/u.test(word) && k === word.length - 3) return true;
  return parts.slice(0, k).every((p) => !VOWELS.has(p.ch));
}
