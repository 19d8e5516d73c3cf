import { tidy } from '../toLines.ts';
import type { ExtractIssue, VoteDeclared } from '../types.ts';
import { declaredIn } from './declaredIn.ts';
import { UNANIMOUS, VOTE_LABEL, VOTE_LABEL_IN_LINE, type VoteCategory } from './lexicon.ts';
import { re } from './re.ts';
import type { LocatedVote, TableRead } from './readVoteTable.ts';
import { wholeVoteLabel } from './wholeVoteLabel.ts';

const LABEL = VOTE_LABEL;
/**
 * A legend giving the order of counts written without their labels: "(жақтап / қарсы / қалыс)", "(за / против /
 * воздержались)", "ИТОГИ ГОЛОСОВАНИЯ («за» – «против» – «воздержались»):". Two or three labels, slashes or dashes between.
 */
const LEGEND = re(`(?:^|\\()\\s*((?:${LABEL})(?:\\s*[/–—-]\\s*(?:${LABEL})){1,2})\\s*(?:\\)|$)\\s*:?\\s*$`, 'iu');
/** "18 / 0 / 1", "11/6/2": counts a slash apart, no digit, slash or decimal mark around them (no date "12/05/2025", no "1,5/2"). */
const SLASHED = /(?<![\d/]|\d[.,])(\d{1,3})\s*\/\s*(\d{1,3})(?:\s*\/\s*(\d{1,3}))?(?![\d/]|[.,]\d)/u;
/** How far below its legend a summary's first line may stand, and how many lines it may run. */
const REACH = 3;
const MAX_LINES = 40;

/**
 * Votes summed up at the end of a protocol under a legend that gives the order of their counts ("ДАУЫС БЕРУ
 * ҚОРЫТЫНДЫЛАРЫ" / "(жақтап / қарсы / қалыс)" / "1-мәселе бойынша – 18 / 0 / 1 – шешім қабылданды;", "По вопросу 2 –
 * 11/6/2, решение принято"): each line's slashed counts read in the legend's order, its result from its own words; a line
 * with no counts but "единогласно" / "бірауыздан" is a unanimous vote. Counts of another number than the legend's labels
 * are not read (an issue). Returns the summaries as tables of votes (each line one vote), their lines taken.
 */
export function readVoteLegends(lines: string[], issues: ExtractIssue[]): { tables: TableRead[]; taken: Set<number> } {
  const tables: TableRead[] = [];
  const taken = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const order = legendOrder(lines[i]);
    if (!order) continue;
    const votes: LocatedVote[] = [];
    let end = i;
    let gap = 0;
    for (let j = i + 1; j < lines.length && j <= i + MAX_LINES; j++) {
      const line = lines[j];
      if (line.trim() === '') {
        if (votes.length > 0 && ++gap >= 2) break;
        continue;
      }
      let v = readLine(line, j, order, issues);
      // "1.3. Қабылданбаған ұсыным облыстық мәслихатқа" / "     жолдансын (…) ............ 2 / 5 / 1": a row's label
      // wrapped, its counts on the line under it, indented or going on in lower case (set 166) — one row, from its label.
      if (!v && votes.length > 0 && !SLASHED.test(tidy(line)) && /^\s+\S|^\s*\p{Ll}/u.test(lines[j + 1] ?? '')) {
        v = readLine(lines[j + 1], j + 1, order, issues);
        if (v) {
          Object.assign(v, { start: j, line: j + 1, text: tidy(`${line} ${lines[j + 1]}`).slice(0, 300) });
          j++;
        }
      }
      if (!v) {
        // The first line of the summary within a few of the legend; past its lines, the summary has ended.
        if (votes.length > 0 || j - i > REACH) break;
        continue;
      }
      gap = 0;
      votes.push(v);
      end = j;
    }
    if (votes.length === 0) continue;
    for (let k = i; k <= end; k++) taken.add(k);
    tables.push({ votes, end });
    i = end;
  }
  return { tables, taken };
}

/** The categories a legend line names, in its order; null when the line is no legend. */
function legendOrder(line: string): VoteCategory[] | null {
  const m = LEGEND.exec(tidy(line));
  if (!m) return null;
  const order = m[1].split(/\s*[/–—]\s*|\s+-\s+|(?<=\S)-(?=[«"“„\p{L}])/u).map((label) => wholeVoteLabel(label.trim()));
  if (order.some((c) => c === null) || new Set(order).size !== order.length || !order.includes('for')) return null;
  return order as VoteCategory[];
}

/** One line of a summary: its slashed counts in the legend's order, or "единогласно" with no counts. */
function readLine(line: string, at: number, order: VoteCategory[], issues: ExtractIssue[]): LocatedVote | null {
  const text = tidy(line);
  const m = SLASHED.exec(text);
  const unanimous = re(UNANIMOUS).test(text);
  if (!m && !unanimous) return null;
  const vote: LocatedVote = {
    start: at, end: at, line: at + 1, for: null, against: null, abstain: null, unanimous, declared: declaredIn(text), text: text.slice(0, 300),
  };
  if (m) {
    const counts = [m[1], m[2], m[3]].filter((c) => c !== undefined).map(Number);
    if (counts.length !== order.length) {
      issues.push({ line: at + 1, message: `vote: ${counts.length} counts under a legend of ${order.length} labels; not taken` });
      return vote.declared !== null ? vote : null;
    }
    order.forEach((c, k) => (vote[c] = counts[k]));
  }
  return vote;
}

/** A label of a legend written in a line; in a legend, "жақ" cut short of "жақтап" as "возд." of "воздержались" ("(жақ/қарсы/қалыс)"). */
const INLINE_LABEL = `(?:${VOTE_LABEL_IN_LINE}|(?<![\\p{L}])жа[қк]\\.?(?![\\p{L}]))`;
/**
 * A legend of two or three labels, the same mark between them (groups legend1, legendMark); in a bilingual protocol the
 * same legend again in the other language after a dash, a semicolon or a slash (group legend2): "жақ/қарсы/қалыс –
 * за/против/воздерж.", "за-против-возд. / жақтап-қарсы-қалыс".
 */
const LEGEND_IN_LINE = (() => {
  const one = (mark: string) => `${INLINE_LABEL}(?:\\s*${mark}\\s*${INLINE_LABEL}){1,2}`;
  return `(?<legend1>${one('(?<legendMark>[/–—-])')})(?:\\s*(?:[–—;,]|\\/{1,2}|(?<=\\s)-(?=\\s))\\s*(?<legend2>${one('\\k<legendMark>')}))?`;
})();
/**
 * "Голосование (за/против/возд.): 12/0/0 – принято.", "Дауыс беру (жақтап/қарсы/қалыс) – 9/2/1, қабылданды", "за/против/
 * возд. – 9/1/0", "(за-против-воздержались): 9-1-0": the legend and the counts in its order on one line, the same mark
 * between the labels and between the counts.
 */
const INLINE = re(`(?:^|[\\s(:])${LEGEND_IN_LINE}\\s*\\)?\\s*[:\\-–—=]?\\s*(?<![\\d/])(?<c1>\\d{1,3})\\s*(?<cMark>[/-])\\s*(?<c2>\\d{1,3})(?:\\s*\\k<cMark>\\s*(?<c3>\\d{1,3}))?(?![\\d/]|[.,]\\d|-\\d)`, 'iu');
/**
 * "Предложение Мусина Е.Б. – 4/6/1, не принято.", "1-мәселе – 12/0/0 – қабылданды": three counts a slash or a hyphen apart
 * with no legend on the line, after a dash or a colon (or opening the line), the result's word right after them (a clause
 * of no more than a few words) or opening the next sentence ("Дауыс беру: 7/2/1. Қабылданды.", "10/0/0. Бірауыздан
 * қабылданды." — counts and the word for all, both stated): read in the order of the nearest legend above,
 * for/against/abstain where it writes none.
 * The counts may stand a dash apart as typed ("Күн тәртібі: 9 – 0 – 0, бекітілді.") — the same dash between all three.
 * No date ("12/05/2025"), no range, no part of a longer run of numbers.
 */
const BARE = re(`(?:^|[:\\-–—]\\s*)(?<![\\d/.,]|\\d\\s*[-–—])(\\d{1,3})\\s*([/\\-–—])\\s*(\\d{1,3})\\s*\\2\\s*(\\d{1,3})(?![\\d/]|[.,]\\d|-\\d)\\s*[,;:.\\-–—]?\\s*([^.;]{1,40})`, 'iu');

/**
 * "Итоги: 10/0/1 (за/против/возд.) – принято", "Нәтиже – 9-0-1 (жақтап-қарсы-қалыс), қабылданды": the counts first, their
 * legend in a bracket right after them — the legend names the counts, so no result's word is needed.
 */
const TRAILING = re(`(?:^|[:\\-–—\\s])(?<![\\d/.,]|\\d\\s*-)(?<c1>\\d{1,3})\\s*(?<cMark>[/-])\\s*(?<c2>\\d{1,3})(?:\\s*\\k<cMark>\\s*(?<c3>\\d{1,3}))?\\s*\\(\\s*${LEGEND_IN_LINE}\\s*\\)`, 'iu');

/**
 * Votes written as counts a slash apart on a line of their own, with their legend before (INLINE) or after them (TRAILING)
 * or followed by their result (BARE); each a table of one vote, its line taken. A line of another number of counts than its legend's labels is not
 * read (an issue).
 */
export function readSlashedVotes(lines: string[], issues: ExtractIssue[]): { tables: TableRead[]; taken: Set<number> } {
  const tables: TableRead[] = [];
  const taken = new Set<number>();
  // The order of the last legend on a line of counts, and the line it stood on.
  let inline: { order: VoteCategory[]; at: number } | null = null;
  lines.forEach((line, at) => {
    if (line.length > 400) return;
    const text = tidy(line);
    // (Most lines have no two numbers a slash or a hyphen apart: the patterns of labels are not tried on them.)
    if (!COUNTS_APART.test(text)) return;
    let order: VoteCategory[];
    const before = INLINE.exec(text);
    const after = before ? null : TRAILING.exec(text);
    let legendAt = -1;
    let counts: number[];
    let rest: string;
    let ledByResult = false;
    if (before || after) {
      const g = (before ?? after)!.groups!;
      const labels = legendLabels(g.legend1, g.legendMark, g.legend2);
      if (!labels) return;
      counts = [g.c1, g.c2, g.c3].filter((c) => c !== undefined).map(Number);
      if (counts.length !== labels.length) {
        issues.push({ line: at + 1, message: `vote: ${counts.length} counts ${before ? 'after' : 'before'} a legend of ${labels.length} labels; not taken` });
        return;
      }
      order = labels as VoteCategory[];
      inline = { order, at };
      const legend = (before ?? after)!;
      legendAt = legend.index;
      rest = text.slice(legend.index + legend[0].length).replace(/^\s*[,;:.\-–—]?\s*/u, '');
    } else {
      const bare = BARE.exec(text);
      // "Егоров В.А. кандидатурасы бойынша / по кандидатуре Егорова В.А.: 12/5/2." over "Егоров В.А. … сайланды / избран
      // председателем Совета.": counts closing their line after its label, the result the next line's first sentence.
      // "Повестка утверждена: 9 – 0 – 0.", "Күн тәртібі бекітілді / Повестка утверждена: 11/0/0", "Решение не принято – 3-5-1":
      // the result told first, the counts closing the line after its colon or dash — its own result, not the next line's.
      const lead = bare !== null && declaredIn(bare[5]) !== null ? null : RESULT_THEN_COUNTS.exec(text);
      const closing = lead !== null || (bare !== null && declaredIn(bare[5]) !== null && RESULT_FIRST.test(bare[5])) ? null : CLOSING.exec(text);
      const nextAt = closing === null ? -1 : nextLineAt(lines, at);
      const next = nextAt < 0 ? '' : resultOfLine(lines[nextAt]);
      if (lead !== null) {
        counts = [lead[2], lead[4], lead[5]].map(Number);
        rest = lead[1];
        ledByResult = true;
      } else if (closing !== null && next !== '') {
        counts = [closing[1], closing[3], closing[4]].map(Number);
        rest = next;
        // "Голосование: 3/5/1." / "Предложение не поддержано.": the result's line is the vote's, never a vote of its own (set 165).
        taken.add(nextAt);
      } else {
        if (!bare || declaredIn(bare[5]) === null || !RESULT_FIRST.test(bare[5])) return;
        counts = [bare[1], bare[3], bare[4]].map(Number);
        rest = bare[5];
      }
      order = legendAbove(lines, at, inline) ?? ['for', 'against', 'abstain'];
      if (order.length !== 3) return;
    }
    const vote: LocatedVote = {
      start: at, end: at, line: at + 1, for: null, against: null, abstain: null, unanimous: UNANIMOUS_FIRST.test(rest), declared: declaredIn(rest) ?? resultBefore(text, legendAt), text: text.slice(0, 300),
    };
    order.forEach((c, k) => (vote[c] = counts[k]));
    // "11 / 0 / 0. Принято единогласно.", "12/0/0 – шешім бірауыздан қабылданды": the result's word, then the word for all —
    // said with counts where none voted against or abstained (a "9/1/1. Принято единогласно." contradicts itself).
    if (!vote.unanimous && RESULT_THEN_UNANIMOUS.test(rest) && vote.against === 0 && vote.abstain === 0) vote.unanimous = true;
    // "Повестка единогласно утверждена: 9-0-0": the word for all inside the result told first.
    if (ledByResult && re(UNANIMOUS).test(rest) && vote.against === 0 && vote.abstain === 0) vote.unanimous = true;
    tables.push({ votes: [vote], end: at });
    taken.add(at);
  });
  return { tables, taken };
}

const COUNTS_APART = /\d\s*[/\-–—]\s*\d/u;

/** Three counts a slash or a hyphen apart closing their line after its label's colon: "по кандидатуре Егорова В.А.: 12/5/2.". */
const CLOSING = /:\s*(?<![\d/.,])(\d{1,3})\s*([/-])\s*(\d{1,3})\s*\2\s*(\d{1,3})\s*[.;]?\s*$/u;

/** The next line with text after line `at` (a line blanked between — another body's counts, readVotes — is skipped); -1 past the end. */
function nextLineAt(lines: string[], at: number): number {
  let next = at + 1;
  while (next < lines.length && next <= at + 3 && lines[next].trim() === '') next++;
  return next < lines.length ? next : -1;
}

/**
 * The first sentence of a line when it declares the result — a result's word opening it ("Принято.", "Шешім
 * қабылданды") or one elected ("Егоров В.А. Кеңес төрағасы болып сайланды / избран председателем Совета", "Кандидатура не
 * поддержана") — else ''.
 */
function resultOfLine(line: string): string {
  // (A name's initials, "Егоров В.А. Кеңес төрағасы …", are no sentence's end: the line is read to its first clause's end.)
  const first = tidy(line).split(/[;:]|(?<=\p{Ll}{2}[.!])\s/u)[0] ?? '';
  if (first === '' || declaredIn(first) === null) return '';
  return RESULT_FIRST.test(first) || ELECTED.test(first) ? first : '';
}
const ELECTED = re(`^[^;:]{0,100}?(?<![\\p{L}])(?:(?:не\\s+)?избран[аы]?|сайланды|сайланбады|кандидатура[\\p{L}]*\\s+(?:не\\s+)?(?:поддержан|қолдау\\s+тап)[\\p{L}]*)(?![\\p{L}])`, 'iu');

/**
 * "Повестка дня утверждена. Голосовали (за/против/воздерж.): 10/0/0.", "Ұсыныс қабылданбады. Дауыс беру (жақтап/қарсы/қалыс):
 * 3/6/1": the result told in the one sentence before the legend on the counts' line; null when none, or more than one sentence.
 */
function resultBefore(text: string, legendAt: number): VoteDeclared | null {
  if (legendAt <= 0) return null;
  const before = text.slice(0, legendAt);
  // "Повестка утверждена (за/против/воздержались) – 12/0/0.", "Повестка утверждена, голосовали за/против/воздерж.: 9/0/0.", "Күн
  // тәртібі бекітілді (жақтап/қарсы/қалыс) – 11/0/0": the result in one clause of what was voted and its verb alone, the legend
  // right after it (or after the word for voting).
  if (RESULT_CLAUSE.test(before)) return declaredIn(before);
  const sentences = before.split(/(?<=[.!;])\s+(?=\p{Lu})/u).filter((t) => /\p{L}/u.test(t));
  return sentences.length === 2 ? declaredIn(sentences[0]) : null;
}
/** What was voted and its result's verb: "повестка утверждена", "күн тәртібі бекітілді", "решение не принято". */
const SUBJECT_AND_RESULT = `(?:решение|шешім|предложение|ұсыныс|повестка(?:\\s+дня)?|план|проект|күн\\s+тәртібі|жоспар|жоба)\\s+(?:${UNANIMOUS}\\s+)?(?:не\\s+)?(?:принят|отклон[её]н|утвержд[её]н|одобрен|поддержан|қабылдан|бекітіл|мақұлдан|қолдау\\s+тап)[\\p{L}]*(?:\\s+${UNANIMOUS})?`;
/**
 * The result first, in one language or both a slash apart, then three counts the same mark apart closing the line:
 * "Повестка утверждена: 9 – 0 – 0.", "Күн тәртібі бекітілді / Повестка утверждена: 11/0/0" (group 1 the clause, 2, 4, 5 the counts).
 */
const RESULT_THEN_COUNTS = re(`^\\s*(${SUBJECT_AND_RESULT}(?:\\s*/\\s*${SUBJECT_AND_RESULT})?)\\s*[:\\-–—]\\s*(?<![\\d/.,])(\\d{1,3})\\s*([/\\-–—])\\s*(\\d{1,3})\\s*\\3\\s*(\\d{1,3})(?![\\d/]|[.,]\\d)\\s*[.;]?\\s*$`, 'iu');
const RESULT_CLAUSE = re(`^\\s*(?:решение|шешім|предложение|ұсыныс|повестка(?:\\s+дня)?|план|проект|күн\\s+тәртібі|жоспар|жоба)\\s+(?:${UNANIMOUS}\\s+)?(?:не\\s+)?(?:принят|отклон[её]н|утвержд[её]н|одобрен|поддержан|қабылдан|бекітіл|мақұлдан|қолдау\\s+тап)[\\p{L}]*\\s*(?:[,.;]\\s*(?:(?:про)?голосовали|голосование|дауыс\\s+беру(?:\\s+(?:нәтижесі|қорытындысы))?|итоги\\s+голосования)?)?\\s*$`, 'iu');
/** "Принято единогласно", "Решение принято единогласно", "Қабылданды бірауыздан" after the counts: the result, then the word for all. */
const RESULT_THEN_UNANIMOUS = re(`^(?:(?:решение|шешім|предложение|ұсыныс|повестка(?:\\s+дня)?|күн\\s+тәртібі)\\s+)?(?:принят|утвержд|одобр|поддерж|қабылдан|бекітіл|мақұлдан|қолдан)[\\p{L}]*\\s*[,–—-]?\\s*${UNANIMOUS}(?![\\p{L}])`, 'iu');
/** "Бірауыздан қабылданды", "единогласно принято" after the counts: the word for all, said with them. */
const UNANIMOUS_FIRST = re(`^(?:решение\\s+|шешім\\s+)?${UNANIMOUS}`, 'iu');

/**
 * The result's word opening the words after the counts: "принято", "не принято", "қабылданды", "отклонено", "бекітілді";
 * after what was voted, "Итоги: 12/0/0. Повестка утверждена.", "Дауыс беру: 9/0/0. Күн тәртібі бекітілді."
 */
const RESULT_FIRST = re(`^(?:${UNANIMOUS}\\s+)?(?:(?:решение|шешім|предложение|ұсыныс|повестка(?:\\s+дня)?|план|проект|күн\\s+тәртібі|жоспар|жоба)\\s+)?(?:${UNANIMOUS}\\s+)?(?:не\\s+)?(?:принят|отклон|утвержд|одобр|поддерж|қабылдан|бекітіл|мақұлдан|қолдан|қолдау)`, 'iu');

/**
 * The order of the nearest legend above line i: on a line of its own ("(жақтап / қарсы / қалыс)") or on the last line of
 * counts read with one (`inline`), whichever is nearer; null when the protocol writes none above.
 */
function legendAbove(lines: string[], i: number, inline: { order: VoteCategory[]; at: number } | null): VoteCategory[] | null {
  for (let k = i - 1; k > (inline?.at ?? -1); k--) {
    const order = lines[k].length <= 400 ? legendOrder(tidy(lines[k])) : null;
    if (order) return order;
  }
  return inline?.order ?? null;
}

/**
 * The order a legend on a line gives; with the same legend in the other language after it, the order both give alike — a
 * second legend of other labels or another order says the line is not one legend, and nothing is read. Null when a label
 * is not a vote's, repeats, or "for" is missing.
 */
function legendLabels(first: string, mark: string, second: string | undefined): VoteCategory[] | null {
  const labels = first.split(mark).map((l) => legendLabel(l.trim()));
  if (labels.some((c) => c === null) || new Set(labels).size !== labels.length || !labels.includes('for')) return null;
  if (second !== undefined && second.split(mark).map((l) => legendLabel(l.trim())).join() !== labels.join()) return null;
  return labels as VoteCategory[];
}

/** A label of a legend on a line: a whole vote label, or "возд." / "жақ." cut short. */
function legendLabel(label: string): VoteCategory | null {
  if (/^возд\.?$/iu.test(label)) return 'abstain';
  if (/^жа[қк]\.?$/iu.test(label)) return 'for';
  return wholeVoteLabel(label.replace(/(?<=\p{L}{4})\.$/u, ''));
}
