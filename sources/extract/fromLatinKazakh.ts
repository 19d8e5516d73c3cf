/**
 * Kazakh written in the Latin alphabet of 2021 ("HATTAMA № 9", "QATYSQANDAR", "Dauys beru: qoldağandar – 10", "onlain",
 * "sebepsız") read in Cyrillic, so that every reader and lexicon of Kazakh reads it as it reads Cyrillic Kazakh. The
 * alphabet is one letter for one letter, so each line keeps its length and every column (a header's two columns, a
 * table's cells) stays where it was.
 *
 * Only a text that is Latin Kazakh is read again (several words with the letters only Kazakh Latin has: ä ğ ı ñ ö ş ū
 * ü); a Russian or Cyrillic Kazakh text that names "Zoom" or a Turkish guest ("Gökhan Öztürk") is left as it is. In a
 * Latin Kazakh text, a word that is no Kazakh word is kept: one with a letter the alphabet has not (c, w, x, "Microsoft
 * Teams"), a Roman numeral ("IV"), a name of a platform the lexicons know in Latin ("Zoom", "WhatsApp"), an address.
 */
export function fromLatinKazakh(text: string): { text: string; latin: boolean } {
  if (!isLatinKazakh(text)) return { text, latin: false };
  const out = text.replace(/(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+|[\p{Script=Latin}'’]+/gu, (word) => (keepsLatin(word) ? word : transliterate(word)));
  return { text: out, latin: true };
}

/**
 * A Cyrillic document with one paragraph in Latin Kazakh ("(Bölım aýdandyq latyn grafikasyna köşu jobasy aiasynda latyn
 * qarpimen jazyldy.)" / "2025 jyly Keñeske barlyğy 21 ötınış tüstı, onyñ ışınde 19-y jeke tūlğalardan …"): each paragraph
 * (lines between blank lines) that is Latin Kazakh by itself is read in Cyrillic, letter for letter; the rest is left.
 */
export function fromLatinKazakhParagraphs(lines: string[]): string[] {
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

/** The letters of the Kazakh Latin alphabet of 2021 (and ǵ, á, ń, ó of 2018, one letter for one as well) in Cyrillic; i is и or й by its place. */
const LETTERS: Record<string, string> = {
  a: 'а', ä: 'ә', á: 'ә', b: 'б', d: 'д', e: 'е', f: 'ф', g: 'г', ğ: 'ғ', ǵ: 'ғ', h: 'х', ı: 'і', j: 'ж', k: 'к', l: 'л',
  m: 'м', n: 'н', ñ: 'ң', ń: 'ң', o: 'о', ö: 'ө', ó: 'ө', p: 'п', q: 'қ', r: 'р', s: 'с', ş: 'ш', t: 'т', u: 'у', ū: 'ұ',
  ü: 'ү', v: 'в', y: 'ы', z: 'з',
};
const VOWELS = new Set('aäáeıioöóuūüyAÄÁEIİOÖÓUŪÜY'.split(''));
/** Letters of Kazakh Latin that neither English nor Russian transliteration uses. */
const OWN_LETTERS = /[äğıñöşūüǵÄĞÑÖŞŪÜǴ]/u;
/** Platforms and words the lexicons read in Latin: kept as written. */
const LATIN_WORDS = /^(?:zoom|whatsapp|telegram|instagram|facebook|youtube|tiktok|teams|skype|jitsi|webex|google|meet|online|offline|email|e-mail|pdf|docx?|xlsx?)$/iu;
const ROMAN = /^[IVXLCDM]+$/u;

function isLatinKazakh(text: string): boolean {
  const words = text.match(/[\p{Script=Latin}]{2,}/gu) ?? [];
  const own = words.filter((w) => OWN_LETTERS.test(w)).length;
  // A dozen words of its own letters, and a fifth of the Latin words: a text in the alphabet, not one that quotes a name.
  return own >= 12 && own * 5 >= words.length;
}

function keepsLatin(word: string): boolean {
  if (word.includes('@') || /^(?:https?:|www\.)/iu.test(word)) return true;
  const bare = word.replace(/['’]/gu, '');
  return LATIN_WORDS.test(bare) || (ROMAN.test(bare) && bare.length <= 6) || /[cwxç]/iu.test(bare);
}

function transliterate(word: string): string {
  let out = '';
  for (let k = 0; k < word.length; k++) {
    const ch = word[k];
    const lower = ch.toLowerCase();
    const upper = ch !== lower;
    let cyr: string;
    // I is і (the dotless ı's capital); İ and i are и, or й after a vowel ("onlain" онлайн, "aitty" айтты, "Söilegender").
    // In capitals I is written for both: after a vowel it is Й ("SÖILEGENDER", "ÜI"), but for "UI" (қауіп "QAUIP").
    if (ch === 'I') cyr = k > 0 && VOWELS.has(word[k - 1]) && !/[uU]/u.test(word[k - 1]) ? 'й' : 'і';
    else if (ch === 'i' || ch === 'İ') cyr = k > 0 && VOWELS.has(word[k - 1]) ? 'й' : 'и';
    else cyr = LETTERS[lower] ?? ch;
    out += upper ? cyr.toUpperCase() : cyr;
  }
  return out;
}
