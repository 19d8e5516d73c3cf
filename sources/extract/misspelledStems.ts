// Imported, not read from disk: the bundle of the installed package (tools/buildPackage.mjs) carries it.
import misspellings from './misspellings.json' with { type: 'json' };

interface Misspelling { written: string; meant: string }
const file = misspellings as { stems: Misspelling[]; broken: string[] };
/** The lexicons' words a paste breaks across two lines ("пр" / "инято"): the start of each, lowercase. */
export const BROKEN_WORDS: readonly string[] = file.broken;
/** Each stem with the rest of its word and the spaces after it (a table's gap to its next column). */
const STEMS = file.stems.map((s) => ({ at: new RegExp(`(?<![\\p{L}])(${s.written})([\\p{L}]*)( *)`, 'giu'), meant: s.meant }));

/**
 * The lexicons' words as a secretary misspells them ("Заседания комисий", "12 обрашений", "2 засидания"): written as they
 * are meant, in the case they were typed in, so that every reader finds its word. A stem that grows or shrinks takes or
 * gives a space in the gap after its word when the gap is a table's (two spaces or more), so the columns of a table
 * typed with spaces stay where they were.
 */
export function misspelledStems(line: string): string {
  let out = line;
  for (const { at, meant } of STEMS) {
    at.lastIndex = 0;
    out = out.replace(at, (_m, stem: string, rest: string, gap: string) => {
      const fixed = inCaseOf(stem, meant);
      const grown = fixed.length - stem.length;
      const columns = gap.length >= 2 && gap.length - grown >= 2;
      return `${fixed}${rest}${columns ? ' '.repeat(gap.length - grown) : gap}`;
    });
  }
  return out;
}

function inCaseOf(found: string, meant: string): string {
  if (found === found.toUpperCase() && found !== found.toLowerCase()) return meant.toUpperCase();
  return found[0] === found[0].toUpperCase() ? meant[0].toUpperCase() + meant.slice(1) : meant;
}
