import { declaredIn } from './declaredIn.ts';
import { SECTION_NEW, VOTE_HEADING } from './lexicon.ts';
import type { LocatedVote } from './readVoteTable.ts';
import { INITIALS, NAME_WORD, re } from './re.ts';

/** A ballot's line that opens with its candidate's name, the counts after it: "Сейітов Нұрлан Қайратұлы «жақ» – 10 «қарсы» – 1". */
// The name, then its counts' first label right after it ("«жақ» – 10", "за – 9"); a speaker's "ИВАНОВ П.С.: …" is no candidate.
const CANDIDATE_LEAD = new RegExp(`^\\s*(${NAME_WORD})(?:\\s+(?:${NAME_WORD}|${INITIALS})){1,2}\\s+[«"“]?\\s*(?:[Зз]а|[Жж]ақ|[Жж]ақтап|[Пп]ротив|[Ққ]арсы)(?![\\p{L}])`, 'u');
/** How far after a ballot its results may be told (the counting commission's signatures, the decision's heading between). */
const REACH = 15;

/**
 * A ballot of several posts on one paper, each section's counts on the line of its candidate ("I бөлім. … / Сейітов Нұрлан
 * Қайратұлы «жақ» – 10 «қарсы» – 1", "II бөлім. … / Ахмедова Райхан …"), then the decision naming each one elected
 * ("Сейітов Нұрлан Қайратұлы … төрағасы болып сайланды.", "Ахмедова … орынбасары болып сайланды."). Each section's vote takes
 * the result of the line that names its candidate — the first such line after it, before the next section of the discussion
 * or the next vote's heading — even where the result read after the vote was another's (the first line declaring one). A
 * vote whose line names no candidate, or whose candidate no result line names, is left as it was; each result line is one
 * candidate's.
 */
export function declareByCandidate(votes: LocatedVote[], lines: string[]): LocatedVote[] {
  const used = new Set<number>();
  const starts = new Set(votes.map((v) => v.start));
  for (const v of votes) {
    if (v.for === null) continue;
    const lead = CANDIDATE_LEAD.exec(lines[v.start] ?? '');
    if (!lead || lead[1].length < 4) continue;
    // A result read after the vote (the first line that declares one) may be another candidate's: the line naming this one
    // rules; a result the vote's own lines declare stands.
    if (v.declared !== null && v.end === v.start) continue;
    // Russian surnames decline ("Тлеуова" → "Тлеуову", "Тлеуовой"): the stem without its ending.
    const stem = lead[1].slice(0, Math.max(4, lead[1].length - 2));
    const named = new RegExp(`(?<![\\p{L}])${stem}[\\p{L}]{0,4}(?![\\p{L}])`, 'u');
    for (let k = v.end + 1; k < lines.length && k <= v.end + REACH; k++) {
      const line = lines[k];
      if (re(SECTION_NEW).test(line.slice(0, 60)) || re(VOTE_HEADING).test(line)) break;
      if (starts.has(k) && !CANDIDATE_LEAD.test(line)) break;
      if (used.has(k) || starts.has(k) || !named.test(line)) continue;
      const declared = declaredIn(line);
      if (declared === null) continue;
      v.declared = declared;
      used.add(k);
      break;
    }
  }
  return votes;
}
