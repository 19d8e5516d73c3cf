/**
 * A name typed in Latin letters — a register kept for outside readers
 * ("Ivanov I.I.", "Sergey"), or Kazakh in its Latin alphabet ("Qaisar",
 * "Nūrlanova") — spelled back in Cyrillic, so resolveMember compares it with
 * the members register like any other spelling. Transliteration loses letters
 * (й/и, ь, ы/и), so the result is meant for comparison, not for display; the
 * resolver's tolerance of one slipped letter covers what is left.
 */
const SEQUENCES: [string, string][] = [
  ['shch', 'щ'], ['sch', 'щ'], ['zh', 'ж'], ['kh', 'х'], ['ch', 'ч'], ['sh', 'ш'], ['ts', 'ц'],
  ['yu', 'ю'], ['ya', 'я'], ['yo', 'ё'], ['ye', 'е'], ['iia', 'ия'], ['ia', 'ия'], ['iu', 'ю'],
];

const LETTERS: Record<string, string> = {
  a: 'а', b: 'б', c: 'ц', d: 'д', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и', j: 'ж', k: 'к', l: 'л', m: 'м', n: 'н',
  o: 'о', p: 'п', q: 'қ', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в', w: 'у', x: 'кс', y: 'ы', z: 'з',
  // Kazakh Latin (2021) and Turkish-style letters
  ä: 'ә', ğ: 'ғ', ı: 'ы', ñ: 'ң', ö: 'ө', ū: 'ұ', ü: 'ү', ş: 'ш', ç: 'ч', é: 'е', ý: 'й',
};

const VOWEL = /[aeiouyäöüūıé]/;

export function cyrillicFromLatin(text: string): string {
  const lower = text.toLowerCase();
  let out = '';
  for (let i = 0; i < lower.length;) {
    const sequence = SEQUENCES.find(([latin]) => lower.startsWith(latin, i));
    if (sequence) {
      out += sequence[1];
      i += sequence[0].length;
      continue;
    }
    const ch = lower[i];
    // "i" and "y" after a vowel are й: Kaisar, Aidos, Sergey, Nikolay.
    out += (ch === 'i' || ch === 'y') && i > 0 && VOWEL.test(lower[i - 1]) ? 'й' : LETTERS[ch] ?? ch;
    i++;
  }
  return out;
}
