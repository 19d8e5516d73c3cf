import { sentencesOf } from '../grammar/sentencesOf.ts';
import { resultOfCandidate } from './resultOfCandidate.ts';
import { SECTION_NEW, VOTE_HEADING } from './lexicon.ts';
import type { LocatedVote } from './readVoteTable.ts';
import { INITIALS, NAME_WORD, PERSON_NAME as PERSON, re } from './re.ts';

/** A ballot's line that opens with its candidate's name, the counts after it: "Сейітов Нұрлан Қайратұлы «жақ» – 10 «қарсы» – 1". */
// The name, then its counts' first label right after it ("«жақ» – 10", "за – 9"); a speaker's "ИВАНОВ П.С.: …" is no candidate.
const CANDIDATE_LEAD = new RegExp(`^\\s*(${NAME_WORD})(?:\\s+(?:${NAME_WORD}|${INITIALS})){1,2}\\s+[«"“]?\\s*(?:[Зз]а|[Жж]ақ|[Жж]ақтап|[Пп]ротив|[Ққ]арсы)(?![\\p{L}])`, 'u');
/**
 * A sentence naming the person of this surname (or of this name, its first word the surname): Russian surnames decline
 * ("Тлеуова" → "Тлеуову", "Тлеуовой", "Жаксылыков" → "Жаксылыкова"), so the stem without its ending; a short one ("Ли",
 * "Ким") only as written — its stem would be the start of other words ("Лидер").
 */
export function surnameNamed(name: string): RegExp {
  // "Ли О.В." and "О.В. Ли": the first word that is no initial.
  const surname = name.split(/[\s.]+/u).find((w) => w.length > 1) ?? name.trim();
  const short = surname.length < 4;
  const stem = short ? surname : surname.slice(0, Math.max(4, surname.length - 2));
  return new RegExp(`(?<![\\p{L}])${stem}${short ? '' : '[\\p{L}]{0,4}'}(?![\\p{L}])`, 'u');
}

/** How far after a ballot its results may be told (the counting commission's signatures, the decision's heading between). */
const REACH = 15;

/**
 * A line over a vote's counts naming the candidate they are for, voted in turn (set 154): "Нұрланова А.С. кандидатурасы
 * бойынша:" / "жақтап – 8;" / "қарсы – 2; …", "По кандидатуре Тоқтарова Е.М.:", "За кандидатуру Иванова И.И.:". Group 1 the
 * name (case-sensitive: "по кандидатуре председателя:" names no one).
 */
const CANDIDATE_HEADING = new RegExp(`^\\s*(?:(?:[Пп]о|[Зз]а)\\s+кандидатур[еуы]\\s+(${PERSON})|(${PERSON})\\s+кандидатурасы(?:\\s+бойынша)?)\\s*:\\s*$`, 'u');

/**
 * The candidate a vote is for: named at the head of its counts' line ("Сейітов Нұрлан Қайратұлы «жақ» – 10 …"), or on the
 * line over them (CANDIDATE_HEADING). Null when neither names one.
 */
function candidateOf(lines: string[], start: number): string | null {
  const lead = CANDIDATE_LEAD.exec(lines[start] ?? '');
  if (lead) return lead[1].length < 4 ? null : lead[1];
  let above = start - 1;
  while (above >= 0 && lines[above].trim() === '') above--;
  const heading = above >= 0 ? CANDIDATE_HEADING.exec(lines[above]) : null;
  return heading ? heading[1] ?? heading[2] : null;
}

/**
 * A ballot of several posts on one paper, each section's counts on the line of its candidate ("I бөлім. … / Сейітов Нұрлан
 * Қайратұлы «жақ» – 10 «қарсы» – 1", "II бөлім. … / Ахмедова Райхан …"), or candidates voted in turn under a line naming
 * each (CANDIDATE_HEADING), then the decision naming each one elected or not ("Сейітов Нұрлан Қайратұлы … төрағасы болып
 * сайланды.", "Ахмедова … орынбасары болып сайланды."; set 154 in one line: "ШЕШІМ: Көп дауыс жинаған Нұрланова Айнұр
 * Серікқызы … сайланды. Тоқтаров Е.М. кандидатурасы қолдау таппады."). Each vote takes the result of the sentence that names
 * its candidate — the first such after its counts, before the next section of the discussion, the next vote's heading or a
 * vote for no candidate — even where the result read after the vote was another's (the first line declaring one). A vote
 * whose candidate no result names is left as it was; each result sentence is one candidate's.
 */
export function declareByCandidate(votes: LocatedVote[], lines: string[]): LocatedVote[] {
  const used = new Set<string>();
  const candidates = new Map(votes.map((v) => [v.start, candidateOf(lines, v.start)]));
  for (const v of votes) {
    const candidate = candidates.get(v.start);
    if (v.for === null || !candidate) continue;
    // A result read after the vote (the first line that declares one) may be another candidate's: the line naming this one
    // rules; a result the vote's own lines declare stands.
    if (v.declared !== null && v.end === v.start) continue;
    const named = surnameNamed(candidate);
    const rivals = [...new Set(candidates.values())].filter((c): c is string => c !== null && c !== candidate).map(surnameNamed);
    const told = (() => {
      for (let k = v.start + 1; k < lines.length && k <= v.end + REACH; k++) {
        const line = lines[k];
        if (re(SECTION_NEW).test(line.slice(0, 60)) || re(VOTE_HEADING).test(line)) return null;
        if (candidates.has(k) && candidates.get(k) === null) return null;
        if (candidates.has(k) || !named.test(line)) continue;
        for (const s of sentencesOf(line)) {
          const declared = resultOfCandidate(s.text, named, rivals);
          if (declared !== null && !used.has(`${k}:${s.start}`)) return { declared, key: `${k}:${s.start}` };
        }
      }
      return null;
    })();
    if (told === null) continue;
    v.declared = told.declared;
    used.add(told.key);
  }
  return votes;
}
