/**
 * Kazakh written in the Latin alphabet of 2021 ("HATTAMA № 9", "QATYSQANDAR", "Dauys beru: qoldağandar – 10", "onlain",
 * "sebepsız") read in Cyrillic, so that every reader and lexicon of Kazakh reads it as it reads Cyrillic Kazakh. The
 * alphabet is one letter for one letter, so each line keeps its length and every column (a header's two columns, a
 * table's cells) stays where it was.
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
  const out = text.replace(/(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+|[\p{Script=Latin}'’ʼ`]+/gu, (word) => (keepsLatin(word, alphabet) ? word : transliterate(word, alphabet)));
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

type Alphabet = 'diaeresis' | 'acute' | 'apostrophe';

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
    return acute > diaeresis ? 'acute' : 'diaeresis';
  }
  // The apostrophes: a dozen words with a letter of its own ("Ken'es", "mu'she"), a fifth of the Latin words (not an
  // English text's "don't", a name "O'Brien").
  const apostrophed = words.filter((w) => APOSTROPHE_LETTER.test(w)).length;
  return apostrophed >= 12 && apostrophed * 5 >= words.length ? 'apostrophe' : null;
}

function keepsLatin(word: string, alphabet: Alphabet): boolean {
  if (word.includes('@') || /^(?:https?:|www\.)/iu.test(word)) return true;
  let bare = word.replace(/['’ʼ`]/gu, '');
  if (alphabet !== 'diaeresis') bare = word.replace(/c['’ʼ`]|ch/giu, '').replace(/['’ʼ`]/gu, '');
  // (M, D, L, C alone are a name's initials, "Orazbekov E.M.", not numerals.)
  return LATIN_WORDS.test(bare) || (ROMAN.test(bare) && bare.length <= 6 && !/^[MDLC]$/u.test(bare)) || /[cwxç]/iu.test(bare);
}

function transliterate(word: string, alphabet: Alphabet): string {
  if (alphabet === 'apostrophe') return fromApostrophes(word);
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
  const front = /[ei]/u.test(plain) || parts.some((p) => p.marked && /[aouAOU]/u.test(p.ch));
  // (A bare u is no sign of a back word: it is у in front ones.)
  const back = /[oy]/u.test(plain);
  // A Russian word transliterated ("zasedanie", "material", "Publichnye") has two vowels in a row; a Kazakh one has not.
  const russian = /[iu][ae]|[ae][ae]|y[ei]/u.test(plain);
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
      cyr = afterVowel && !(before.ch.toLowerCase() === 'u' && !before.marked && !back) ? 'й' : back || russian ? 'и' : 'і';
    } else if (lower === 'a') cyr = front && !back && !russian ? 'ә' : 'а';
    else if (lower === 'u') cyr = afterVowel || russian || (front && !/[oy]/u.test(plain.replace(/u/gu, ''))) ? 'у' : 'ұ';
    else cyr = LETTERS[lower] ?? ch;
    out += upper ? cyr.charAt(0).toUpperCase() + cyr.slice(1) : cyr;
  }
  return out;
}
