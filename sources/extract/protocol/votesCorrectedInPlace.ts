import { sectionNumberOf } from './countQuestionSections.ts';
import { QUESTION_NEW, VOTE_CORRECTION, VOTE_LABELS, VOTE_NONE, type VoteCategory } from './lexicon.ts';
import { re } from './re.ts';

/**
 * A vote's counts taken back in the same breath, by the secretary who wrote them (set 126): "за – 9, против – 2,
 * воздержались – 1 (вернее, против – 1, воздержались – 2: …)", "Дауыс беру: жақтап – 10, қарсы – 4, қалыс – 2." / "Түзетілген
 * дерек: … жақтап – 11, қарсы – 3 болғаны анықталды (қалыс қалғандар – 2, өзгеріссіз).", "… с учётом уточнения: за – 8".
 * The correction is the vote: each count it names replaces that label's count in the vote it follows (on its line, before
 * it, or on the line right above), the counts it does not name stay, and its own words are blanked so that it is no second
 * vote. Read only when every count it names has its label in that vote — otherwise which count it corrects is not known,
 * and nothing is changed. A correction that names a question ("по вопросу 3", "1-мәселе бойынша") is an erratum of that
 * question (correctedVotes.ts), not of the vote above; a cue word with no labelled count after it ("вернее, все, кроме
 * двух") corrects no count.
 */
export function correctVotesInPlace(source: string[]): string[] {
  const lines = [...source];
  for (let k = 0; k < lines.length; k++) {
    const cue = re(`(?<![\\p{L}])${VOTE_CORRECTION}`).exec(lines[k]);
    if (cue === null) continue;
    const span = correctionSpan(lines, k, cue.index);
    const named = labelledCounts(span.text);
    if (named.length === 0 || re(QUESTION_NEW).test(span.text) || QUESTION_NAMED.test(span.text)) continue;
    const vote = voteBefore(lines, k, cue.index);
    if (vote === null) continue;
    const told = labelledCounts(vote.text);
    const places = named.map((n) => told.find((t) => t.category === n.category));
    if (places.some((p) => p === undefined)) continue;
    // The correction's words blanked first (they stand after the vote's counts), then each count replaced, from the last to
    // the first, so that a longer number moves nothing not yet placed.
    for (const [line, from, to] of span.parts) lines[line] = `${lines[line].slice(0, from)}${lines[line].slice(from, to).replace(/[^\s]/gu, ' ')}${lines[line].slice(to)}`;
    const edits = named.map((n, i) => ({ at: vote.from + places[i]!.at, length: places[i]!.length, value: n.value })).sort((a, b) => b.at - a.at);
    for (const e of edits) lines[vote.line] = `${lines[vote.line].slice(0, e.at)}${String(e.value).padEnd(e.length)}${lines[vote.line].slice(e.at + e.length)}`;
  }
  return lines;
}

/** A question named in the correction: "по вопросу 3", "по третьему вопросу", "2-мәселе бойынша". */
const QUESTION_NAMED = /(?:по\s+вопросу\s*№?\s*\d|(?<![\p{L}])вопрос[\p{L}]*\s*№?\s*\d|\d\s*-\s*(?:ші\s+|шы\s+)?мәселе)/iu;

/** A count or none after a vote label: "– 9", "– нет", "– жоқ", ": ни одного". */
const COUNT_AFTER = `\\s*[»"”]?\\s*[-–—:]?\\s*(?:(\\d{1,3})(?![\\d]|[.,]\\d)|(нет|жоқ|жок|ноль|${VOTE_NONE}))`;

/** Each category's labels with the count after them. */
const LABELLED = (['for', 'against', 'abstain'] as VoteCategory[]).map((category) => [
  category,
  `(?:${VOTE_LABELS.filter((l) => l.category === category).map((l) => `(?:${l.source})`).join('|')})${COUNT_AFTER}`,
] as const);

interface Labelled {
  category: VoteCategory;
  value: number;
  /** Where the count (its digits or its word) stands in the text, and its length. */
  at: number;
  length: number;
}

/** The first count under each label of a text, one per category, in the order they stand. */
function labelledCounts(text: string): Labelled[] {
  const out: Labelled[] = [];
  for (const [category, pattern] of LABELLED) {
    const m = re(pattern).exec(text);
    if (m === null) continue;
    const word = m[1] ?? m[2];
    const at = m.index + m[0].lastIndexOf(word);
    out.push({ category, value: m[1] !== undefined ? Number(m[1]) : 0, at, length: word.length });
  }
  return out.sort((a, b) => a.at - b.at);
}

/**
 * The correction's words from its cue: to the bracket it stands in when it opens inside one ("(вернее, против – 1," / "…
 * «воздержалась»)."), else to its sentence's stop; over at most two lines more when it wraps. Each part as [line, from, to].
 */
function correctionSpan(lines: string[], k: number, at: number): { text: string; parts: [number, number, number][] } {
  const before = lines[k].slice(0, at);
  let depth = (before.match(/\(/gu)?.length ?? 0) > (before.match(/\)/gu)?.length ?? 0) ? 1 : 0;
  const inBracket = depth === 1;
  const parts: [number, number, number][] = [];
  let text = '';
  for (let line = k, from = at; line < lines.length && line <= k + 2; line++, from = 0) {
    const l = lines[line];
    if (line > k && (l.trim() === '' || sectionNumberOf(l) !== null)) break;
    let to = l.length;
    let done = false;
    for (let i = from; i < l.length; i++) {
      const c = l[i];
      if (c === '(') depth++;
      else if (c === ')') {
        depth--;
        if (inBracket && depth === 0) {
          to = i;
          done = true;
          break;
        }
      } else if (!inBracket && depth === 0 && /[.!?]/u.test(c) && (i + 1 === l.length || /\s/u.test(l[i + 1]))) {
        to = i;
        done = true;
        break;
      }
    }
    parts.push([line, from, to]);
    text += `${l.slice(from, to)} `;
    if (done) break;
  }
  return { text, parts };
}

/**
 * The vote the correction follows: the counts on its own line before the cue, or, the cue opening its line's sentence, on
 * the line right above (no new question between). Its text from the line's first vote label, with where it starts.
 */
function voteBefore(lines: string[], k: number, at: number): { line: number; from: number; text: string } | null {
  const own = lines[k].slice(0, at);
  if (labelledCounts(own).length >= 2) return { line: k, from: 0, text: own };
  if (labelledCounts(own).length > 0) return null;
  for (let j = k - 1; j >= 0 && j >= k - 1; j--) {
    const l = lines[j];
    if (sectionNumberOf(lines[k]) !== null || re(QUESTION_NEW).test(lines[k].slice(0, at))) return null;
    if (labelledCounts(l).length >= 2) return { line: j, from: 0, text: l };
  }
  return null;
}
