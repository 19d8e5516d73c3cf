/**
 * The names of the applicants of the appeals register, as a matcher that
 * finds them in any text in the forms people write them: `Садыков Ерлан
 * Маратович`, `Ерлан Садыков`, `Садыков Е.М.`, `Е. М. Садыков`, with ё/е and
 * case ignored. A surname alone is not matched: it is shared with too many
 * members, streets and organisations to be a sign of an applicant.
 *
 * Matching is driven by the surnames (and first names): the text's words are
 * looked up in a Map and only then is the person's pattern tried around that
 * word, so thousands of names cost a lookup per word, not a regex per name.
 */
export interface ApplicantNames {
  /** Normalised first word of each known form → patterns that may start there. */
  readonly byWord: ReadonlyMap<string, RegExp>;
  readonly size: number;
}

/** Lowercase and ё→е, one character for one, so positions in the result are positions in `text`. */
export function foldCase(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const c = lower.length === ch.length ? lower : ch;
    out += c === 'ё' ? 'е' : c;
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORD = /^[\p{L}][\p{L}\-ʼ']*$/u;

/** Builds the matcher from names as written in the register (`Фамилия Имя Отчество`). */
export function applicantNames(names: Iterable<string>): ApplicantNames {
  const forms = new Map<string, Set<string>>();
  const add = (first: string, pattern: string) => {
    if (!forms.has(first)) forms.set(first, new Set());
    forms.get(first)!.add(pattern);
  };
  let size = 0;
  for (const name of names) {
    const words = foldCase(name).replace(/[«»"(),]/g, ' ').split(/\s+/).filter(Boolean);
    if (words.length < 2 || words.length > 4 || !words.every((w) => WORD.test(w))) continue;
    size++;
    const [surname, first, ...rest] = words.map(escape);
    const patr = rest.join('\\s+');
    const i = first[0];
    const j = rest[0]?.[0];
    const S = '\\s+';
    const initials = j ? `${i}\\.\\s*(?:${j}\\.?)?` : `${i}\\.`;
    const initialsBefore = j ? `${i}\\.\\s*(?:${j}\\.\\s*)?` : `${i}\\.\\s*`;
    // Surname first: full name, surname + first name, surname + initials.
    add(surname, patr ? `${surname}${S}${first}(?:${S}${patr})?` : `${surname}${S}${first}`);
    add(surname, `${surname}${S}${initials}`);
    // First name first: `Ерлан Маратович Садыков`, `Ерлан Садыков`.
    add(first, patr ? `${first}(?:${S}${patr})?${S}${surname}` : `${first}${S}${surname}`);
    // Initials first: `Е.М. Садыков`; keyed by the surname, searched backwards from it.
    add(`<${surname}`, `${initialsBefore}${surname}`);
  }
  const byWord = new Map<string, RegExp>();
  for (const [word, patterns] of forms) {
    const alternatives = [...patterns].sort((a, b) => b.length - a.length).join('|');
    byWord.set(word, new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'gu'));
  }
  return { byWord, size };
}

export interface Span {
  start: number;
  end: number;
}

/** Where the known applicants' names are in `text`. */
export function findNames(text: string, names: ApplicantNames): Span[] {
  if (names.size === 0) return [];
  const folded = foldCase(text);
  const spans: Span[] = [];
  for (const m of folded.matchAll(/[\p{L}][\p{L}\-ʼ']*/gu)) {
    const word = m[0];
    const at = m.index!;
    const forward = names.byWord.get(word);
    if (forward) {
      forward.lastIndex = at;
      const hit = forward.exec(folded);
      if (hit && hit.index === at) spans.push({ start: at, end: at + hit[0].length });
    }
    const backward = names.byWord.get(`<${word}`);
    if (backward) {
      // Initials sit at most a few characters before the surname.
      const from = Math.max(0, at - 8);
      backward.lastIndex = from;
      for (let hit = backward.exec(folded); hit && hit.index < at; hit = backward.exec(folded)) {
        if (hit.index + hit[0].length === at + word.length) { spans.push({ start: hit.index, end: at + word.length }); break; }
      }
    }
  }
  return spans;
}
