/**
 * Text that every match of a pattern holds: a list of strings, one of which occurs in any text the pattern
 * matches — or null when the pattern requires no literal text. The figure grammar tries each of ~370 patterns
 * on every sentence holding a count, and most sentences name none of a pattern's nouns: `text.includes` of
 * the noun's letters says so at a fraction of the cost of running the pattern (readFigures).
 *
 * It reads the pattern's source as the regular expression grammar does (groups, alternation, classes,
 * escapes, quantifiers, look-arounds) and is sound by construction: a look-around, a class, a back-reference
 * or an optional part never adds to what is required; a group requires one of its alternatives'
 * requirements, and a sequence the most selective of its parts'. It assumes a case-sensitive pattern (no `i`
 * flag): the caller gives text in the case the pattern was written for.
 */
export function requiredText(source: string): string[] | null {
  const parser = new Parser(source);
  const alternatives = parser.alternatives();
  return anyOf(alternatives);
}

/**
 * Whether a pattern may match a text: every match of it holds one of the texts requiredText finds in its compiled source,
 * looked for with the pattern's own flags but g and y (under the i flag, folded as the pattern folds them) — exact, and a
 * text without them is spared the pattern. A pattern of kilobytes (the number words) costs about a microsecond a
 * character, and compiling it again after each garbage collection milliseconds; the look for a few words, little.
 * `seen` keeps the looks made in one text: patterns share their nouns. A pattern that requires no text of two
 * characters or more is always run.
 */
export function mayMatch(pattern: RegExp, text: string, seen?: Map<RegExp, boolean>): boolean {
  let prefilter = PREFILTERS.get(pattern);
  if (prefilter === undefined) {
    const needs = requiredText(pattern.source);
    const flags = pattern.flags.replace(/[gy]/gu, '');
    const source = needs === null || needs.some((n) => n.length < 2) ? null : `${flags} ${needs.map((n) => n.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|')}`;
    prefilter = source === null ? null : (NEEDS_PATTERNS.get(source) ?? new RegExp(source.slice(flags.length + 1), flags));
    if (source !== null) NEEDS_PATTERNS.set(source, prefilter!);
    PREFILTERS.set(pattern, prefilter);
  }
  if (prefilter === null) return true;
  let found = seen?.get(prefilter);
  if (found === undefined) {
    found = prefilter.test(text);
    seen?.set(prefilter, found);
  }
  return found;
}
/** Each pattern's prefilter, while the pattern lives; the prefilters by their source (patterns share them). */
const PREFILTERS = new WeakMap<RegExp, RegExp | null>();
const NEEDS_PATTERNS = new Map<string, RegExp>();

/** One element of a sequence: a literal character, any other single-character atom, or a group. */
type Atom = { kind: 'char'; ch: string } | { kind: 'other' } | { kind: 'zero' } | { kind: 'group'; alternatives: Item[][] };
interface Item {
  atom: Atom;
  min: number;
  /** Exactly once: the atom may join the literal run around it. */
  once: boolean;
}

class Parser {
  private at = 0;
  constructor(private readonly s: string) {}

  alternatives(): Item[][] {
    const alternatives: Item[][] = [[]];
    while (this.at < this.s.length) {
      const c = this.s[this.at];
      if (c === ')') break;
      if (c === '|') {
        this.at++;
        alternatives.push([]);
        continue;
      }
      const atom = this.atom();
      const { min, once } = this.quantifier();
      alternatives[alternatives.length - 1].push({ atom, min, once });
    }
    return alternatives;
  }

  private atom(): Atom {
    const c = this.s[this.at++];
    if (c === '\\') return this.escape();
    if (c === '[') {
      this.skipClass();
      return { kind: 'other' };
    }
    if (c === '.') return { kind: 'other' };
    if (c === '^' || c === '$') return { kind: 'zero' };
    if (c === '(') {
      let look = false;
      if (this.s.startsWith('?:', this.at)) this.at += 2;
      else if (/^\?<?[=!]/.test(this.s.slice(this.at, this.at + 3))) {
        look = true;
        this.at += this.s[this.at + 1] === '<' ? 3 : 2;
      } else if (this.s.startsWith('?<', this.at)) this.at = this.s.indexOf('>', this.at) + 1;
      const alternatives = this.alternatives();
      this.at++; // ')'
      return look ? { kind: 'zero' } : { kind: 'group', alternatives };
    }
    return { kind: 'char', ch: c };
  }

  private escape(): Atom {
    const c = this.s[this.at++];
    if (c === 'p' || c === 'P') {
      this.at = this.s.indexOf('}', this.at) + 1;
      return { kind: 'other' };
    }
    if ('dDsSwW'.includes(c)) return { kind: 'other' };
    if (c === 'b' || c === 'B') return { kind: 'zero' };
    if (c === 'u' && this.s[this.at] === '{') {
      const end = this.s.indexOf('}', this.at);
      const ch = String.fromCodePoint(parseInt(this.s.slice(this.at + 1, end), 16));
      this.at = end + 1;
      return { kind: 'char', ch };
    }
    if (c === 'u' || c === 'x') {
      const width = c === 'u' ? 4 : 2;
      const ch = String.fromCharCode(parseInt(this.s.slice(this.at, this.at + width), 16));
      this.at += width;
      return { kind: 'char', ch };
    }
    const control: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' };
    if (c in control) return { kind: 'char', ch: control[c] };
    // A back-reference (\1, \k<name>) or a control escape: it holds text, but none known here.
    if (/[0-9kc]/.test(c)) {
      if (c === 'k') this.at = this.s.indexOf('>', this.at) + 1;
      if (c === 'c') this.at++;
      while (/[0-9]/.test(this.s[this.at] ?? '')) this.at++;
      return { kind: 'other' };
    }
    return { kind: 'char', ch: c };
  }

  private skipClass(): void {
    while (this.at < this.s.length && this.s[this.at] !== ']') this.at += this.s[this.at] === '\\' ? 2 : 1;
    this.at++;
  }

  private quantifier(): { min: number; once: boolean } {
    const c = this.s[this.at];
    let min = 1;
    let once = true;
    if (c === '*' || c === '+' || c === '?') {
      this.at++;
      min = c === '+' ? 1 : 0;
      once = false;
    } else if (c === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(this.s.slice(this.at));
      if (m) {
        this.at += m[0].length;
        min = Number(m[1]);
        once = min === 1 && m[2] === undefined;
      }
    } else return { min, once };
    if (this.s[this.at] === '?') this.at++;
    return { min, once };
  }
}

/** What one of the alternatives requires: null when any of them requires nothing. */
function anyOf(alternatives: Item[][]): string[] | null {
  const sets = alternatives.map(required);
  if (sets.some((s) => s === null)) return null;
  return [...new Set(sets.flat() as string[])];
}

/** The most selective requirement of a sequence: its longest literal run, or a group's. */
function required(sequence: Item[]): string[] | null {
  const candidates: string[][] = [];
  let run = '';
  const endRun = () => {
    if (run !== '') candidates.push([run]);
    run = '';
  };
  for (const { atom, min, once } of sequence) {
    if (atom.kind === 'zero') continue;
    if (atom.kind === 'char' && min >= 1) {
      run += atom.ch;
      if (!once) endRun();
      continue;
    }
    endRun();
    if (atom.kind === 'group' && min >= 1) {
      const set = anyOf(atom.alternatives);
      if (set) candidates.push(set);
    }
  }
  endRun();
  if (candidates.length === 0) return null;
  const shortest = (set: string[]) => Math.min(...set.map((s) => s.length));
  return candidates.reduce((best, c) => (shortest(c) > shortest(best) ? c : best));
}
