import type { ExtractIssue, ProtocolVote } from '../types.ts';
import { declaredIn } from './declaredIn.ts';
import type { LocatedVote } from './readVoteTable.ts';
import { keepAgreed, votesAgree } from './translatedVersion.ts';
import { questionNumberAt } from './translationBetween.ts';

type Counts = Pick<ProtocolVote, 'for' | 'against' | 'abstain'> & { unanimous: boolean };

/**
 * A question's label inside a sentence, its counts after it: "1-мәселе:", "2-мәселе бойынша –", "1-сұрақ:", "по 1-му
 * вопросу:", "по вопросу 2:", "вопрос № 2 –". Group 1 or 2: the question's number.
 */
const QUESTION_LABEL = /(?<![\p{L}\d])(?:(\d{1,2})\s*-\s*(?:мәселе|сұрақ)(?:\s+бойынша)?|(?:по\s+)?(?:(\d{1,2})\s*-?\s*(?:му|ому|ему)\s+вопросу|вопрос[\p{L}]*\s*(?:№\s*)?(\d{1,2})))\s*[:\-–—]\s*/giu;
/** How many lines a paragraph's wrapped sentence of counts may run. */
const MAX_LINES = 6;

/**
 * Several questions' votes told in one sentence, each after its question's label — a protocol's summary in the other
 * language ("… ұсынымдар қабылданды (1-мәселе: жақтап – 6, қалыс – 1; 2-мәселе: жақтап – 5, қарсы – 1, қалыс – 1).", set
 * 178; "по 1-му вопросу: за – 6, воздержался – 1; по 2-му вопросу: за – 5, …"): read as one vote, its counts are two votes'
 * mixed (the first "for", the second "against"). Each label's part is a vote of its own, read by `readCounts`; two labelled
 * parts at least in one sentence, each with its "for" count or the word for all. Returns the votes, each with its
 * question's number, and the paragraph's lines from the first label's to the last part's, taken.
 */
export function readQuestionRuns(lines: string[], readCounts: (text: string) => Counts): { votes: RunVote[]; taken: Set<number> } {
  const out: RunVote[] = [];
  const taken = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() === '' || !hasLabel(lines[i])) continue;
    // The paragraph from this line on, joined, with the line each character came from.
    let text = '';
    const lineAt: number[] = [];
    for (let j = i; j < lines.length && j < i + MAX_LINES && lines[j].trim() !== ''; j++) {
      const part = `${lines[j].trim()} `;
      text += part;
      lineAt.push(...Array<number>(part.length).fill(j));
    }
    const labels = [...text.matchAll(QUESTION_LABEL)];
    if (labels.length < 2) continue;
    const votes: RunVote[] = [];
    labels.forEach((m, k) => {
      const from = (m.index ?? 0) + m[0].length;
      const rest = text.slice(from, k + 1 < labels.length ? labels[k + 1].index : undefined);
      // The part ends where its sentence or bracket does: "…, қалыс – 1). Келесі отырыс …".
      const part = rest.slice(0, endOf(rest));
      // One sentence: a part before the next label that ends first is a question's line of its own ("1-мәселе: жақтап – 9.
      // Қабылданды." a line, "2-мәселе: …" the next), each read where it stands.
      if (k + 1 < labels.length && part.length < rest.trimEnd().length) return;
      const c = readCounts(part);
      if (c.for === null && !c.unanimous) return;
      const [start, end] = [lineAt[m.index ?? 0], lineAt[Math.max(from, from + part.trimEnd().length - 1)]];
      votes.push({
        question: Number(m[1] ?? m[2] ?? m[3]), start, end, line: start + 1, for: c.for, against: c.against, abstain: c.abstain, unanimous: c.unanimous,
        declared: declaredIn(part), text: `${m[0]}${part}`.trim().slice(0, 300),
      });
    });
    if (votes.length < 2 || votes.length !== labels.length) continue;
    for (let k = votes[0].start; k <= votes[votes.length - 1].end; k++) taken.add(k);
    out.push(...votes);
    i = votes[votes.length - 1].end;
  }
  return { votes: out, taken };
}

export type RunVote = LocatedVote & { question: number };

/**
 * A run's vote restates the vote told under its question above it, in the protocol's other language or its summary
 * ("2. СЛУШАЛИ: … за – 5 / против – 1 / воздержались – 1" and "2-мәселе: жақтап – 5, қарсы – 1, қалыс – 1"): one vote,
 * told once — what the run says and the question's vote does not is taken ("1-мәселе: жақтап – 6, қалыс – 1" leaves
 * "против – 0" out, no contradiction); where the two give other numbers, neither is stated. A run's vote with no single
 * vote above under its question stays a vote of its own.
 */
export function oneForRestatedRuns(votes: LocatedVote[], runs: RunVote[], lines: string[], issues: ExtractIssue[]): LocatedVote[] {
  const restated = new Set<LocatedVote>();
  for (const run of runs) {
    const v = votes.find((x) => x.start === run.start && x.text === run.text);
    if (!v) continue;
    const under = votes.filter((x) => x.start < run.start && !restated.has(x) && !runs.some((r) => r.start === x.start && r.text === x.text)
      && questionNumberAt(lines, x.start) === run.question);
    if (under.length !== 1) continue;
    const [told] = under;
    if (!votesAgree(told, v)) {
      issues.push({ line: v.line, message: `vote: question ${run.question} told again with other counts: only what both say taken` });
      keepAgreed(told, v);
    } else {
      for (const k of ['for', 'against', 'abstain'] as const) told[k] ??= v[k];
      told.unanimous ||= v.unanimous;
      told.declared ??= v.declared;
    }
    told.end = Math.max(told.end, v.end);
    restated.add(v);
  }
  return votes.filter((v) => !restated.has(v));
}

const hasLabel = (line: string): boolean => new RegExp(QUESTION_LABEL.source, 'iu').test(line);

/** Where a labelled part ends: its bracket's close, its sentence's full stop (not an initial's), or the text's end. */
function endOf(rest: string): number {
  const m = /\)|[.;](?=\s+\p{Lu})|\.\s*$/u.exec(rest);
  return m ? m.index : rest.length;
}
