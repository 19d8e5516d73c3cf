import { re } from './re.ts';

/**
 * The body a council is attached to, named in its title, is its host, never the body that met: "ОБЩЕСТВЕННЫЙ СОВЕТ / при
 * Комитете санитарно-эпидемиологического контроля", "Мемлекеттік кірістер комитеті жанындағы Қоғамдық кеңес", "Общественного
 * совета Комитета государственных доходов", "… Комитетінің қоғамдық кеңесі". The host's word is blanked (spaces of its
 * length) before the kinds of body are matched, so "при Комитете" is not read as a committee's sitting. A body that met and
 * is owned by the council stays: "Заседание Комитета по этике Общественного совета" (the council is the genitive there).
 */
export function withoutHostBody(text: string): string {
  let out = text;
  for (const host of HOSTS) out = out.replace(host, (whole: string, word: string) => whole.replace(word, ' '.repeat(word.length)));
  return out;
}

const WORD = '[\\p{L}-]+';
const HOSTS = [
  // "при Комитете …", "при Общественном совете" (a working group's host).
  re(`(?<![\\p{L}])при\\s+(${WORD})`, 'giu'),
  // "… комитеті жанындағы", "… кеңес жанында".
  re(`(${WORD})\\s+жанында(?:ғы)?(?![\\p{L}])`, 'giu'),
  // The owner in the genitive beside the council: "Общественного совета Комитета …", "Комитетінің Қоғамдық кеңесі".
  re(`(?<![\\p{L}])совет[\\p{L}]*\\s+(комитета)(?![\\p{L}])`, 'giu'),
  re(`(?<![\\p{L}])(комитет(?:інің|ының|ынын|інін))\\s+қоғамдық\\s+кеңес`, 'giu'),
];
