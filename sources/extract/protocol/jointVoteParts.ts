import { matchesOf } from '../grammar/matchesOf.ts';
import { isJointMeeting, isJointWithMaslikhat } from './jointMeeting.ts';
import { VOTE_LABEL, VOTE_LABELS } from './lexicon.ts';
import { re } from './re.ts';
import { readCounts } from './readVotes.ts';

/**
 * A joint sitting's votes told body by body in one sentence or block, read as the council's: the other body's part made
 * blanks (offsets and lines kept), and a count told for both bodies together reduced to the council's part of it (set 173).
 * The sentences are read then as if the council's alone were written; nothing is added, only what is another's is hidden.
 */
export function hostPartsOfJointVotes(lines: string[]): string[] {
  if (!isJointMeeting(lines)) return lines;
  let text = lines.join('\n');
  text = withCouncilsPartOfTogether(text);
  // "депутаттар" are the other body's only where a maslikhat's commission sits with the council.
  if (isJointWithMaslikhat(lines)) text = withoutDeputiesVotes(text);
  return text.split('\n');
}

/** A count's number, "жоқ / нет" included ("қарсы – жоқ"). */
const COUNT = '(?:\\d{1,3}(?:-[\\p{L}]{1,4})?|жоқ|жок|нет)';
/** A vote's words: a label of a count, or one word for all ("бірауыздан", "единогласно"). */
const VOTE_WORDS = re(`${VOTE_LABEL}|бір\\s?ауыздан|единогласн`);

/**
 * The other body at a joint sitting with a maslikhat's commission, named as the voters of a part: "депутаттар", "депутаты
 * маслихата", "мәслихат комиссиясы", "Комиссия депутаттары", "комиссия маслихата" — never a label naming the council too.
 * The label opens its line or clause (after ";", "," or a dash opening the line).
 */
const DEPUTIES_LABEL = '(?:(?:мәслихат|маслихат)[\\p{L}]*[ \\t]+(?:[\\p{L}-]+[ \\t]+){0,2}?(?:комисси|депутат)[\\p{L}]*|(?:(?:тұрақты|постоянн)[\\p{L}]*[ \\t]+)?комисси[\\p{L}]*[ \\t]+(?:депутат|маслихат|мәслихат)[\\p{L}]*|(?:член[\\p{L}]*[ \\t]+)?(?:комисси[\\p{L}]*[ \\t]+)?депутат[\\p{L}]*(?:[ \\t]+(?:маслихат|мәслихат)[\\p{L}]*)?)';
const CLAUSE_OPENS = '(?<=(?:^|[\\n;,:(])[ \\t]*(?:[-–—•][ \\t]*)?)';
/**
 * "депутаттар – бірауыздан (4)", "мәслихат комиссиясы:   жақтап – 4, қарсы – жоқ, қалыс – жоқ", "; депутаттар: жақтап – 4."
 * (set 173): the deputies' vote told in its clause after the council's — to the clause's end, its words a vote's.
 */
const DEPUTIES_CLAUSE = re(`${CLAUSE_OPENS}${DEPUTIES_LABEL}[ \\t]*[:\\-–—][ \\t]*([^.;\\n]*)`, 'giu');
/** "Комиссия депутаттары:" alone on its line, its counts stacked a label a line under it ("Жақтап – 4"). */
const DEPUTIES_HEADING = re(`^[ \\t]*(?:[-–—•][ \\t]*)?${DEPUTIES_LABEL}[ \\t]*:[ \\t]*$`);
const STACKED_COUNT = re(`^[ \\t]*(?:${VOTE_LABEL})[ \\t]*[:\\-–—]?[ \\t]*${COUNT}[ \\t]*[,;.]?[ \\t]*$`);
/** Anything naming the council: such a label is the council's (a member of it who is a deputy too). */
const COUNCIL = /совет|кеңес|(?<!\p{L})(?:ОС|ҚК)(?!\p{L})/iu;

function withoutDeputiesVotes(text: string): string {
  const spans: [number, number][] = [];
  for (const m of matchesOf(text, DEPUTIES_CLAUSE)) {
    if (COUNCIL.test(m[0]) || !VOTE_WORDS.test(m[1])) continue;
    spans.push([m.index, m.index + m[0].length]);
  }
  let out = blank(text, spans);
  const lines = out.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!DEPUTIES_HEADING.test(lines[i]) || COUNCIL.test(lines[i]) || !STACKED_COUNT.test(lines[i + 1] ?? '')) continue;
    lines[i] = ' '.repeat(lines[i].length);
    for (let k = i + 1; k < lines.length && STACKED_COUNT.test(lines[k]); k++) lines[k] = ' '.repeat(lines[k].length);
  }
  out = lines.join('\n');
  return out;
}

/** "Барлығы", "жалпы", "всего", "итого", "общий (подсчёт)": a count of everyone who voted. */
const TOGETHER = '(?:барлығы|жалпы|всего|итого|общ[\\p{L}]*)';
const OF_THEM = '(?:оның\\s+ішінде|соның\\s+ішінде|олардың\\s+ішінде|из\\s+них|в\\s+том\\s+числе|в\\s+т\\.\\s?ч\\.)';
/** The council's members as a part's label: "кеңес мүшелері", "ҚК мүшелері", "члены Совета", "члены ОС". */
const COUNCIL_MEMBERS = '(?:(?:қоғамдық\\s+)?(?:кеңес|совет)[\\p{L}]*\\s+мүше[\\p{L}]*|(?:ҚК|ОС)\\s+мүше[\\p{L}]*|член[\\p{L}]*\\s+(?:общественного\\s+)?(?:совета|ОС)(?![\\p{L}]))';
/**
 * "Барлығы жақтап – 14 (оның ішінде кеңес мүшелері – 10, депутаттар – 4), қарсы және қалыс қалғандар жоқ", "Дауыс беру
 * (жалпы): жақтап – 11, қарсы – 2, қалыс – жоқ; оның ішінде ҚК мүшелері: жақтап – 7, қарсы – 2; депутаттар: жақтап – 4.":
 * a count of both bodies, "of them" the council's — one sentence (no full stop between).
 */
const TOGETHER_WITH_PART = re(`(?<![\\p{L}])${TOGETHER}(?![\\p{L}])([^.]{0,200}?)${OF_THEM}\\s*:?\\s*${COUNCIL_MEMBERS}\\s*[:\\-–—]\\s*`, 'giu');
/** The part a bare count ("кеңес мүшелері – 10"), of the label's count just before the bracket. */
const BARE_PART = re(`^(\\d{1,3})(?=\\s*[,;)])`);
/** The combined count right before the bracket of its parts: "жақтап – 14 (". */
const COUNT_BEFORE_BRACKET = re(`(?:${VOTE_LABEL})\\s*[:\\-–—]?\\s*(\\d{1,3})\\s*\\(\\s*$`);
const LABEL = re(VOTE_LABELS.map((l) => `(${l.source})`).join('|'), 'giu');

/**
 * The council's part of a count told for both bodies together (set 173, "decided here"): the combined figure is never the
 * council's. Its part given bare after the label of a count ("жақтап – 14 (оның ішінде кеңес мүшелері – 10, …)") takes that
 * count's place; given with labels of its own, it is the vote, and of the combined counts only those it does not state and
 * that are none for everyone ("қалыс – жоқ", "қарсы және қалыс қалғандар жоқ") stay — none for all is none for the council.
 * Every other combined count, and the other parts in the bracket, are made blanks.
 */
function withCouncilsPartOfTogether(text: string): string {
  const spans: [number, number][] = [];
  for (const m of matchesOf(text, TOGETHER_WITH_PART)) {
    const partStart = m.index + m[0].length;
    const end = sentenceEnd(text, partStart);
    // The combined count: the total's word and what follows it, to "of them".
    const before = m[0].slice(0, (re(`^${TOGETHER}`).exec(m[0])?.[0].length ?? 0) + m[1].length);
    const bare = BARE_PART.exec(text.slice(partStart));
    if (bare) {
      const combined = COUNT_BEFORE_BRACKET.exec(before);
      if (!combined) continue;
      const numberAt = m.index + combined.index + combined[0].lastIndexOf(combined[1]);
      spans.push([numberAt, partStart]);
      const close = text.indexOf(')', partStart);
      const afterPart = partStart + bare[0].length;
      if (close < 0 || close > end) continue;
      spans.push([afterPart, close + 1]);
      spans.push(...nonZeroCounts(text, close + 1, end));
      continue;
    }
    // The part's own labelled counts, to its clause's end.
    const clause = clauseEnd(text, partStart, end);
    const part = readCounts(text.slice(partStart, clause));
    if (part.for === null && part.against === null && part.abstain === null) continue;
    for (const l of matchesOf(before, LABEL)) {
      const which = VOTE_LABELS[l.slice(1).findIndex((g) => g !== undefined)];
      const from = m.index + l.index;
      const next = matchesOf(before.slice(l.index + l[0].length), LABEL)[0];
      const to = next ? from + l[0].length + next.index : m.index + before.length;
      const own = readCounts(text.slice(from, to));
      if (part[which.category] !== null || own[which.category] !== 0) spans.push([from, to]);
    }
    spans.push(...nonZeroCounts(text, clause, end));
  }
  return blank(text, spans);
}

/** The labelled counts between from and to other than none: another body's, or both bodies'. */
function nonZeroCounts(text: string, from: number, to: number): [number, number][] {
  const segment = text.slice(from, to);
  const spans: [number, number][] = [];
  const labels = matchesOf(segment, LABEL);
  labels.forEach((l, k) => {
    const which = VOTE_LABELS[l.slice(1).findIndex((g) => g !== undefined)];
    const stop = k + 1 < labels.length ? labels[k + 1].index : segment.length;
    const counts = readCounts(segment.slice(l.index, stop));
    if (counts[which.category] !== null && counts[which.category] !== 0) spans.push([from + l.index, from + stop]);
  });
  return spans;
}

/** The full stop (not one inside a number) ending the sentence from i, or the text's end. */
function sentenceEnd(text: string, i: number): number {
  const m = /\.(?!\d)/u.exec(text.slice(i));
  return m ? i + m.index : text.length;
}

/** The semicolon ending the part's clause before the sentence's end, or that end. */
function clauseEnd(text: string, i: number, end: number): number {
  const k = text.slice(i, end).indexOf(';');
  return k < 0 ? end : i + k;
}

/** The text with each span's characters made spaces, its line breaks kept. */
function blank(text: string, spans: [number, number][]): string {
  if (spans.length === 0) return text;
  const chars = [...text.split('')];
  for (const [from, to] of spans) for (let k = from; k < to; k++) if (chars[k] !== '\n') chars[k] = ' ';
  return chars.join('');
}
