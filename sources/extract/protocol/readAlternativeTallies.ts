import { COUNT_SOURCE as N, parseCount } from '../parseCount.ts';
import { matchesOf } from '../grammar/matchesOf.ts';
import { declaredIn } from './declaredIn.ts';
import { sectionEnd, sentencesOver } from './readCandidateTallies.ts';
import { resultOfCandidate } from './resultOfCandidate.ts';
import type { LocatedVote } from './readVoteTable.ts';
import { re } from './re.ts';

/**
 * A choice between alternatives in one show of hands (set 180): "Дауыс беру нәтижесі: А нұсқасы – 6, Б нұсқасы – 3." /
 * "А нұсқасы қабылданды, Б нұсқасы қабылданбады.", "Голоса распределились: за вариант № 1 – 7, за вариант № 2 – 4." /
 * "Принят вариант № 1.", or a line per alternative under the vote's heading. Each member chose one, as in an election of
 * candidates (readCandidateTallies): each alternative's count is a vote of its own with that count for it and no other —
 * the hands for the rival are not against it — and its result is the first clause after the tally that names it alone
 * with a result (resultOfCandidate); none told, none taken. Read as one vote, "6 … 3" gave no counts and the votes after
 * it moved up a place. The tally's lines and the sentences that tell its results are no vote of their own (`taken`).
 */
export function readAlternativeTallies(lines: string[], present: number | null, countsIn: (text: string) => number): { votes: LocatedVote[]; taken: Set<number> } {
  const votes: LocatedVote[] = [];
  const taken = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const rows: { line: number; key: string; count: number }[] = [];
    let end = i - 1;
    for (let k = i; k < lines.length && lines[k].trim() !== ''; k++) {
      const pairs = pairsOf(lines[k]);
      if (pairs.length === 0) break;
      rows.push(...pairs.map((p) => ({ line: k, ...p })));
      end = k;
    }
    if (rows.length === 0) continue;
    const keys = new Set(rows.map((r) => r.key));
    const sum = rows.reduce((s, r) => s + r.count, 0);
    // Two alternatives or more, each once; told as a vote (its heading on the line or the line above); no more hands than
    // members present — "вариант А – 6 млн, вариант Б – 3 млн" or a count of something else is no tally.
    const above = i > 0 ? lines[i - 1] : '';
    if (keys.size < 2 || keys.size !== rows.length || !(VOTE_CONTEXT.test(lines[i]) || VOTE_CONTEXT.test(above)) || (present !== null && sum > present)) {
      i = Math.max(i, end);
      continue;
    }
    const named = rows.map((r) => alternativeNamed(r.key));
    const told = sentencesOver(lines, end + 1, sectionEnd(lines, end + 1));
    const rivals = (k: number) => named.filter((_, o) => o !== k);
    const results = rows.map((_, k) => told.map((s) => resultOfCandidate(s.text, named[k], rivals(k))).find((d) => d !== null) ?? null);
    votes.push(...rows.map((r, k): LocatedVote => ({
      start: r.line, end: r.line, line: r.line + 1, for: r.count, against: null, abstain: null, unanimous: false,
      declared: results[k], text: lines[r.line].trim().replace(/\s+/gu, ' ').slice(0, 300),
    })));
    for (let k = i; k <= end; k++) taken.add(k);
    // The sentences after the tally that tell an alternative's result are the tally's, unless they hold a vote's counts.
    for (const s of told) {
      if (declaredIn(s.text) === null || !named.some((n) => n.test(s.text)) || countsIn(s.text) > 0) continue;
      for (const k of s.lines) taken.add(k);
    }
    i = end;
  }
  return { votes, taken };
}

/** The words for an alternative ("вариант", "нұсқа") and the ordinals that name one: the first, the second… */
const VARIANT = '(?:[Вв]ариант|ВАРИАНТ)[\\p{L}]*';
const OPTION = '(?:[Нн]ұсқа|НҰСҚА)[\\p{L}]*';
const ORDINALS: Record<string, string> = { перв: '1', втор: '2', трет: '3', четв: '4', бірінші: '1', екінші: '2', үшінші: '3', төртінші: '4' };
const ORDINAL = '(?:[Пп]ерв|[Вв]тор|[Тт]рет|[Чч]етв[её]рт|[Бб]ірінші|[Ее]кінші|[Үү]шінші|[Тт]өртінші)[\\p{L}]*';
/** The key of an alternative: a capital letter or a number ("А", "№ 2", "1-"), case-sensitive (the Russian "а" is "and"). */
const KEY = '(?:№\\s*)?(?:[А-ГA-D]|[1-9])(?![\\p{L}\\d])';
/**
 * An alternative named: "вариант А", "вариант № 2", "1-вариант", "первый вариант", "А нұсқасы", "1-нұсқа", "нұсқа № 2",
 * "екінші нұсқа". Group 1, 2 or 3 holds the key (a letter, a number, an ordinal).
 */
const ALTERNATIVE = `(?:${VARIANT}\\s+(${KEY})|(?<![\\p{L}\\d])([А-ГA-D]|[1-9])\\s*-?\\s*(?:${VARIANT}|${OPTION})|${OPTION}\\s+(${KEY})|(?<![\\p{L}])(${ORDINAL})\\s+(?:${VARIANT}|${OPTION}))`;
/**
 * "А нұсқасы – 6", "за вариант № 1 – 7 голосов", "за первый вариант проголосовали 5 членов", "вариант Б: 3": the
 * alternative, then its count closing the clause (a unit of votes may follow, nothing else: "6 млн" is no count of hands).
 */
const PAIR = new RegExp(`(?:(?<![\\p{L}])[Зз]а\\s+)?${ALTERNATIVE}\\s*(?:[-–—:]|\\s(?:проголосовал[\\p{L}]*|получил[\\p{L}]*|набрал[\\p{L}]*|жинады))?\\s*(${N})(?:\\s+(?:голос[\\p{L}]*|дауыс|член[\\p{L}]*|мүше|человек))?(?=\\s*(?:[,;.)]|$))`, 'gu');
/** A vote told: "Дауыс беру нәтижесі:", "Голоса распределились:", "проголосовали", "Итоги голосования". */
const VOTE_CONTEXT = re('голос|дауыс|итог|нәтиже|распредел');

function keyOf(m: RegExpMatchArray): string {
  const raw = (m[1] ?? m[2] ?? m[3] ?? '').replace(/^№\s*/u, '');
  if (m[4]) return Object.entries(ORDINALS).find(([stem]) => m[4].toLowerCase().startsWith(stem))?.[1] ?? m[4];
  return raw.replace(/[ABCD]/u, (c) => 'АБВГ'['ABCD'.indexOf(c)]);
}

/** The alternatives and their counts on a line. */
function pairsOf(line: string): { key: string; count: number }[] {
  if (line.length > 400) return [];
  return matchesOf(line, PAIR).flatMap((m) => {
    const count = parseCount(m[5]);
    return count === null ? [] : [{ key: keyOf(m), count }];
  });
}

/** Any mention of the alternative with this key: "А нұсқасы", "вариант А", "вариант № 1", "первый вариант". */
function alternativeNamed(key: string): RegExp {
  const ordinal = Object.entries(ORDINALS).filter(([, k]) => k === key).map(([stem]) => `[${stem[0].toUpperCase()}${stem[0]}]${stem.slice(1)}`);
  const letter = /^[А-Г]$/u.test(key) ? `[${key}${'ABCD'['АБВГ'.indexOf(key)]}]` : key;
  const own = `(?:№\\s*)?${letter}(?![\\p{L}\\d])`;
  return new RegExp(`${VARIANT}\\s+${own}|(?<![\\p{L}\\d])${letter}\\s*-?\\s*(?:${VARIANT}|${OPTION})|${OPTION}\\s+${own}${ordinal.length > 0 ? `|(?<![\\p{L}])(?:${ordinal.join('|')})[\\p{L}]*\\s+(?:${VARIANT}|${OPTION})` : ''}`, 'u');
}
