/**
 * Text that a decoder must carry whole across a chunk boundary: Russian and
 * Kazakh letters (2 bytes in UTF-8), signs and CJK (3 bytes), emoji and other
 * astral characters (4 bytes, a surrogate pair in JS), emoji sequences joined
 * by U+200D, combining marks, and the ASCII that shifts them to every offset.
 */
import { Rng } from '../../sources/sample/Rng.ts';

export const HARD_PIECES = [
  'a', ' ', '1', '.', ',', '-', '"', '&', '<', '>', "'",
  'ж', 'Ё', 'щ', 'Ъ', 'я',
  'ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і', 'Ә', 'Ғ', 'Қ', 'Ң', 'Ө', 'Ұ', 'Ү', 'Һ', 'І',
  '№', '€', '—', '«', '»', '中', '\u00a0',
  '😀', '🇰🇿', '👩‍👩‍👧', '𝔸', '𠀀', '🏛️', 'й', 'е\u0308',
];

/** Titles as councils write them, to mix with the pieces. */
const WORDS = ['Поддержка малого бизнеса', 'Қоғамдық кеңес отырысы', 'Әлеуметтік мәселелер', 'ұсыныстар', 'жол жөндеу', 'Алматы'];

/** Deterministic numbers in [0, 1) (the sample's mulberry32), so a failing case is the same on every run. */
export function seededRandom(seed: number): () => number {
  const rng = new Rng(seed);
  return () => rng.float();
}

/** A text of about `length` characters (UTF-16 units) of words and hard pieces. */
export function hardText(random: () => number, length: number): string {
  let text = '';
  while (text.length < length) {
    text += random() < 0.3 ? `${WORDS[Math.floor(random() * WORDS.length)]} ` : HARD_PIECES[Math.floor(random() * HARD_PIECES.length)];
  }
  // Cells are compared after readers trim nothing; no edge spaces keeps the comparison about bytes.
  return text.trim() || 'ә';
}

/** Text escaped for an XML element's content. */
export function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
