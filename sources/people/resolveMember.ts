/**
 * The one definition of who a written name is: documents (protocol attendance,
 * at ingest) and registers (attendance, participants, handled_by, authors, at
 * build: pipelines/build/resolveNames.ts) both resolve names here.
 */
import { editDistance } from '../extract/grammar/editDistance.ts';
import { foldKazakh } from '../extract/monthNames.ts';
import { cyrillicFromLatin } from './cyrillicFromLatin.ts';

export interface MemberRef {
  member_id: string;
  full_name: string;
}

export interface MemberCandidate extends MemberRef {
  score: number;
}

export type MemberResolution =
  | { status: 'matched'; member_id: string; score: number }
  | { status: 'unmatched' | 'ambiguous'; candidates: MemberCandidate[] };

// Latin letters that look like Cyrillic ones; typed by mistake (or pasted from
// a PDF) inside Cyrillic names, they make "Kобеева" differ from "Кобеева".
const LOOKALIKES: Record<string, string> = {
  a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', k: 'к', m: 'м', t: 'т', h: 'н', b: 'в', i: 'і',
};

/**
 * A name reduced to comparable tokens: lower case, ё→е, Latin look-alikes
 * inside Cyrillic words replaced by the Cyrillic letter, punctuation removed
 * ("А.О.Кобеева" → "а о кобеева"). Kazakh letters are kept.
 */
export function normalizePersonName(name: string): string {
  const lower = String(name ?? '').toLowerCase().replace(/ё/g, 'е');
  const words = lower.split(/[^\p{L}]+/u).filter(Boolean);
  // An initial typed in Latin ("А.O.") counts as Cyrillic when the rest of the name is.
  const cyrillicName = /[а-яәғқңөұүһі]/.test(lower);
  return words
    .map((w) => (/[а-яәғқңөұүһі]/.test(w) || (cyrillicName && w.length === 1) ? w.replace(/[aeopcxykmthbi]/g, (ch) => LOOKALIKES[ch] ?? ch) : w))
    .join(' ');
}

// Patronymic endings: Russian (-ович, -овна, -ична), Kazakh (-ұлы, -қызы, and
// the same typed without Kazakh letters), Azerbaijani (-оглы, -кызы).
const PATRONYMIC = /(?:вич|вна|ична|инична|улы|уулу|кызы|кизи|оглы|огли)$/;

interface ParsedName {
  full: string[];
  initials: string[];
  /** Read back from Latin letters: transliteration loses letters, so one slipped letter is forgiven. */
  fromLatin: boolean;
}

/**
 * Initials as registers type them, spelled out before case is lost: "ИвановИ.И."
 * (no space before the initials) and "Иванов ИИ" (two or three capitals without
 * dots after the first word, in a name that has lower-case letters — so the
 * surname of "КИМ Виктор" and of "КИМ ВИКТОР" stays a surname).
 * Text in brackets is a note ("Иванов И.И. (председатель)"), not part of the name.
 */
function separateInitials(name: string): string {
  const text = String(name ?? '').replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').replace(/(\p{Ll})(\p{Lu}\.)/gu, '$1 $2');
  if (!/\p{Ll}/u.test(text)) return text;
  return text.replace(/(?<=\p{L}[^\p{L}]+)\p{Lu}{2,3}(?![\p{L}])/gu, (caps) => caps.split('').join(' '));
}

function parseName(name: string): ParsedName {
  const separated = separateInitials(name);
  // A name with no Cyrillic letter at all is read back into Cyrillic; ь and ъ, which Latin
  // spellings and hurried typing drop ("Olga", "Олга"), are not compared.
  const cyrillic = /\p{Script=Cyrillic}/u.test(separated) ? separated : cyrillicFromLatin(separated);
  const tokens = foldKazakh(normalizePersonName(cyrillic)).replace(/[ьъ]/g, '').split(' ').filter(Boolean);
  // "Бахтияр-Оглы" is one patronymic written with a hyphen.
  const merged: string[] = [];
  for (const t of tokens) {
    if ((t === 'оглы' || t === 'кызы' || t === 'улы') && merged.length > 0) merged[merged.length - 1] += t;
    else merged.push(t);
  }
  return { full: merged.filter((t) => t.length > 1), initials: merged.filter((t) => t.length === 1), fromLatin: cyrillic !== separated };
}

/**
 * 1 for the same word, less for a declined form or (with `slips`) a one-letter
 * slip, 0 for another word. A slip is forgiven only where it is expected — a
 * name read back from Latin letters; in Cyrillic, "Кадеов" is as likely another
 * person as a typo of "Садеов", so it goes to review as a candidate, never matched.
 */
function tokenSimilarity(a: string, b: string, slips = false): number {
  if (a === b) return 1;
  if (PATRONYMIC.test(a) && PATRONYMIC.test(b) && patronymicRoot(a) === patronymicRoot(b)) return 0.9;
  // Declined forms in running text: "Шибутова М.М." (genitive), "Альжановой".
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 4 && long.startsWith(short.slice(0, -1)) && long.length - short.length <= 3) {
    const stem = commonPrefix(a, b);
    if (stem >= Math.max(4, short.length - 1)) return 0.85;
  }
  if (slips && short.length >= 5 && long.length - short.length <= 1 && editDistance(a, b) <= 1) return 0.8;
  return 0;
}

function patronymicRoot(p: string): string {
  return p.replace(/(?:ович|евич|вич|овна|евна|вна|ична|улы|уулу|кызы|кизи|оглы|огли)$/, '');
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * How well a written name fits a member's full name, 0–1. Every full word
 * written must be one of the member's words (in any order, so "Кобеева
 * Алтынай" and "Алтынай Кобеева" are the same), and every initial must be the
 * first letter of one of the member's remaining words — so "Кобеева К.А." does
 * not fit Кобеева Алтынай Орманкалиевна. A name naming fewer of the member's
 * words scores lower, which is what tells two namesakes apart. A members
 * register that itself gives initials ("Иванов Иван А.") is met halfway: its
 * initial fits the same initial, or the written word it stands for.
 * `exact`: every full word written is one of the member's words as it is, not
 * a declined form, a slip or a word the register only gives as an initial.
 */
function scoreName(query: ParsedName, member: ParsedName): { score: number; exact: boolean } {
  const none = { score: 0, exact: false };
  if (query.full.length === 0) return none;
  const words = [...member.full, ...member.initials];
  const used = new Set<number>();
  let sum = 0;
  let exact = true;
  const take = (similarity: (word: string) => number): number => {
    let best = -1;
    let bestScore = 0;
    words.forEach((m, i) => {
      if (used.has(i)) return;
      const s = similarity(m);
      if (s > bestScore) [best, bestScore] = [i, s];
    });
    if (best >= 0) used.add(best);
    return bestScore;
  };
  // Which written words an initial of the register stands for: a patronymic ("Иванов Иван А."),
  // or any word when the register gives nothing but the surname in full ("Иванов И.А.") —
  // never a first name against another first name ("Иванов Андрей" is not "Иванов Иван А.").
  const initialFits = (q: string, m: string) => q.startsWith(m) && (PATRONYMIC.test(q) || member.full.length <= 1);
  for (const q of query.full) {
    const s = take((m) => (m.length === 1 ? (initialFits(q, m) ? 0.8 : 0) : tokenSimilarity(q, m, query.fromLatin)));
    if (s === 0) return none;
    sum += s;
    exact &&= s === 1;
  }
  for (const initial of query.initials) {
    const s = take((m) => (m.startsWith(initial) ? 0.9 : 0));
    if (s === 0) return none;
    sum += s;
  }
  const written = query.full.length + query.initials.length;
  const quality = sum / written;
  const coverage = used.size / Math.max(words.length, 1);
  return { score: Math.round((0.7 * quality + 0.3 * Math.min(coverage, 1)) * 1000) / 1000, exact };
}

const MATCH_THRESHOLD = 0.75;
const AMBIGUITY_MARGIN = 0.05;

/**
 * The member a written name refers to — `Кобеева А.О.`, `А.Кобеева`,
 * `А.О. Кобеева`, `Алтынай Орманкалиевна Кобеева`, `Кобеева Алтынай`,
 * `Ғазиз Қайсар Айдосұлы` — or, when no member fits or two fit equally
 * (namesakes given by surname only), the best candidates for a person to
 * choose from. It never picks one of two equally good members.
 */
export function resolveMember(name: string, members: MemberRef[]): MemberResolution {
  return memberResolver(members)(name);
}

/**
 * resolveMember for many names against the same members: each member's name
 * is parsed once, not once per name looked up (a register names hundreds).
 */
export function memberResolver(members: MemberRef[]): (name: string) => MemberResolution {
  const parsed = (members ?? []).map((member) => ({ member, name: parseName(member.full_name) }));
  return (name) => {
    const query = parseName(name);
    const fits = parsed.map(({ member, name: memberName }) => ({ member, ...scoreName(query, memberName) }));
    // A surname written as a member has it is that member, not a rival read as a declined form:
    // "Иванов И.И." is Иванов Иван Иванович, not Иванова Инна Игоревна ("of Иванов" in running text).
    const exactOnly = fits.some((f) => f.exact && f.score >= MATCH_THRESHOLD);
    const scored: MemberCandidate[] = fits.filter((f) => !exactOnly || f.exact)
      .map((f) => ({ member_id: f.member.member_id, full_name: f.member.full_name, score: f.score }));
    scored.sort((a, b) => b.score - a.score || a.full_name.localeCompare(b.full_name));
    const [first, second] = scored;
    if (first && first.score >= MATCH_THRESHOLD) {
      if (second && first.score - second.score < AMBIGUITY_MARGIN) {
        return { status: 'ambiguous', candidates: scored.filter((c) => first.score - c.score < AMBIGUITY_MARGIN).slice(0, 5) };
      }
      return { status: 'matched', member_id: first.member_id, score: first.score };
    }
    return { status: 'unmatched', candidates: scoreLoosely(query, parsed).slice(0, 3) };
  };
}

/** Candidates as the review list shows them: "M07 Иванова Ирина Игоревна; M12 Иванова Инна Олеговна". */
export function describeCandidates(candidates: MemberRef[]): string {
  return candidates.map((c) => `${c.member_id} ${c.full_name}`).join('; ');
}

/** For the review list: members whose words resemble any word written, best first. */
function scoreLoosely(query: ParsedName, members: { member: MemberRef; name: ParsedName }[]): MemberCandidate[] {
  const out: MemberCandidate[] = [];
  for (const { member, name } of members) {
    let best = 0;
    for (const q of query.full) {
      for (const m of name.full) {
        const s = tokenSimilarity(q, m, true) || 1 - editDistance(q, m) / Math.max(q.length, m.length);
        best = Math.max(best, s);
      }
    }
    if (best >= 0.5) out.push({ member_id: member.member_id, full_name: member.full_name, score: Math.round(best * 0.7 * 1000) / 1000 });
  }
  return out.sort((a, b) => b.score - a.score);
}
