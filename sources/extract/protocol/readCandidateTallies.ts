import { sentencesOf } from '../grammar/sentencesOf.ts';
import { declaredIn } from './declaredIn.ts';
import { surnameNamed } from './declareByCandidate.ts';
import { resultOfCandidate } from './resultOfCandidate.ts';
import { SECTION_NEW } from './lexicon.ts';
import type { LocatedVote } from './readVoteTable.ts';
import { INITIALS, NAME_WORD, re } from './re.ts';

/**
 * An election of several candidates on one question, each member choosing one of them — a secret one-choice ballot or an
 * open question in one round (set 154): the counting commission's "Голоса распределились:" / "Кандидаттарға берілген
 * дауыстар:" / "Каждый член Совета голосовал только за одного из двух кандидатов:" over a line per candidate ("Сейдахметова
 * Л.К. – 7", "Ли О.В. ........ 4", "Ким В.П. – 6"), or a results table "Тур | Кандидат | Голосов | Итог" ("I\tЖаксылыков Мурат
 * Амангельдыевич\t6\tне избран"). Each candidate's count is one vote of its own with that count for it and no other count:
 * votes for a rival are not against this one, and an abstention or an invalid ballot told for the question as a whole
 * ("Қалыс / Воздержался – 1 (Мельников И.С.)", "Недействительных – 1") belongs to no candidate. A candidate's result is
 * that of its row ("не избран, выбыл"), else of the first sentence after the tally that tells one of it (resultOfCandidate) ("Журавлёв
 * П.А. и Абенов К.Т. необходимого числа голосов не набрали и не избраны.", "Ким В.П. … сайланды / избран …"); none told,
 * none taken. Those sentences, and the question's sentences before the tally that tell the candidates' results ("Ни один из
 * кандидатов не набрал необходимого числа голосов; …"), are the tally's and no vote of their own (`taken`).
 */
export function readCandidateTallies(lines: string[], countsIn: (text: string) => number): { votes: LocatedVote[]; taken: Set<number> } {
  const votes: LocatedVote[] = [];
  const taken = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!TALLY_HEADING.test(lines[i]) && !TALLY_TABLE_HEADER.test(lines[i])) continue;
    let first = i + 1;
    while (first < lines.length && lines[first].trim() === '' && first <= i + 1) first++;
    const rows: { line: number; name: string; count: number; rest: string }[] = [];
    let end = i;
    for (let k = first; k < lines.length; k++) {
      const row = candidateRow(lines[k]);
      if (row) rows.push({ line: k, ...row });
      else if (!(rows.length > 0 && QUESTION_ROW.test(lines[k]))) break;
      end = k;
    }
    if (rows.length < 2) continue;
    const named = rows.map((r) => surnameNamed(r.name));
    const own = rows.map((r) => declaredIn(r.rest));
    // The sentences after the tally, up to the next section: the first that names a candidate and tells a result is its.
    const after = sentencesOver(lines, end + 1, sectionEnd(lines, end + 1));
    const rivals = (k: number) => named.filter((_, o) => o !== k && rows[o].name !== rows[k].name);
    const told = rows.map((_, k) => after.map((s) => resultOfCandidate(s.text, named[k], rivals(k))).find((d) => d !== null) ?? null);
    votes.push(...rows.map((r, k): LocatedVote => ({
      start: r.line, end: r.line, line: r.line + 1, for: r.count, against: null, abstain: null, unanimous: false,
      declared: own[k] ?? told[k], text: lines[r.line].trim().replace(/\s+/gu, ' ').slice(0, 300),
    })));
    for (let k = i; k <= end; k++) taken.add(k);
    // The candidates' results told before the tally (a round without a winner) or after it, a sentence or a line each:
    // their lines are the tally's unless another sentence there holds a vote's counts.
    const before = sentencesOver(lines, sectionStart(lines, i), i);
    for (const s of [...before, ...after]) {
      if (declaredIn(s.text) === null || !(named.some((n) => n.test(s.text)) || NONE_ELECTED.test(s.text))) continue;
      for (const k of s.lines) if (!sentencesOver(lines, k, k + 1).some((o) => countsIn(o.text) > 0 && !named.some((n) => n.test(o.text)))) taken.add(k);
    }
    i = end;
  }
  return { votes, taken };
}

/** A line over a tally, ending with its colon: "Голоса распределились:", "Кандидаттарға берілген дауыстар:", "… за одного из двух кандидатов:". */
const TALLY_HEADING = re(`(?:кандидат|голос|дауыс)[^:]{0,80}:\\s*$`);
/** A results table's header: a column of candidates and one of their votes ("Тур\tКандидат\tГолосов\tИтог", "Кандидат | Дауыс саны"). */
const TALLY_TABLE_HEADER = re(`^[^\\d]{0,30}?(?<![\\p{L}])кандидат[\\p{L}]*(?:\\s*[\\t|]|\\s{2,})\\s*(?:голос|дауыс|количество\\s+голосов|число\\s+голосов)[\\p{L}]*`);
/** A row of the tally that is no candidate's: "Қалыс / Воздержался – 1 (Мельников И.С.)", "Против всех – 0", "Недействительных – 1". */
const QUESTION_ROW = re(`^\\s*(?:қалыс|воздерж|против\\s+всех|барлығына\\s+қарсы|недействительн|жарамсыз)[^\\d]{0,40}?\\d{1,3}(?!\\d)`);
/** "Ни один из кандидатов не набрал …", "Кандидаттардың ешқайсысы … жинай алмады": a round without a winner. */
const NONE_ELECTED = re(`ни\\s+один\\s+(?:из\\s+)?кандидат|кандидаттардың\\s+(?:ешқайсысы|бірде-бірі)|ешбір\\s+кандидат`);

/**
 * A candidate's name: a surname and initials either way round, or a surname, a given name and a patronymic (at most three
 * words); case-sensitive, so a label's words in lower case ("Обнаружено в урне – 13") are none.
 */
const NAME = `${NAME_WORD}\\s+${INITIALS}|${INITIALS}\\s?${NAME_WORD}|${NAME_WORD}(?:\\s+${NAME_WORD}){1,2}`;
/**
 * "Сейдахметова Л.К.  –  7", "Ли О.В. ....... 4", "1) Ким В.П. – 6 голосов", "I\tОразбекова Гульмира Талгатовна\t7\tизбрана":
 * a round's or list's number, the name, a dash, a dot leader, a tab or a wide gap, the count — closing its line, or followed
 * by its unit, a bracket or the row's result. "Абенов К.Т. – 5 обращений" is none (a count of something else).
 */
const ROW = new RegExp(`^\\s*(?:(?:[IVX]{1,4}|\\d{1,2})(?:[.)]|\\s*тур)?(?:\\t|\\s+))?(${NAME})\\s*(?:[-–—:]|(?:\\.\\s?){3,}|…+|\\t|\\s{2,})\\s*(\\d{1,3})(?!\\d)(.*)$`, 'u');
const ROW_REST = re(`^\\s*(?:(?:голос[\\p{L}]*|дауыс)\\s*)?(?:\\([^)]*\\)\\s*)?(?:(?:[\\t,;–—-]|\\s{2,})\\s*(.+?))?[\\s.;]*$`);

function candidateRow(line: string): { name: string; count: number; rest: string } | null {
  const m = ROW.exec(line);
  if (!m) return null;
  const rest = ROW_REST.exec(m[3]);
  // A cell after the count is the row's result, or it is no row of a tally.
  if (!rest || (rest[1] !== undefined && declaredIn(rest[1]) === null)) return null;
  return { name: m[1], count: parseInt(m[2], 10), rest: rest[1] ?? '' };
}

/** Sentences of lines from..to (to excluded), each with the lines it spans. */
export function sentencesOver(lines: string[], from: number, to: number): { text: string; lines: number[] }[] {
  const starts: number[] = [];
  let text = '';
  for (let k = from; k < to; k++) {
    starts.push(text.length);
    text += `${lines[k].trim()} `;
  }
  const lineAt = (offset: number) => from + starts.filter((s) => s <= offset).length - 1;
  return sentencesOf(text).filter((s) => s.text.trim() !== '').map((s) => {
    const [a, b] = [lineAt(s.start), lineAt(s.start + s.text.trimEnd().length - 1)];
    return { text: s.text, lines: Array.from({ length: b - a + 1 }, (_, n) => a + n) };
  });
}

/** How far a question's section may run around its tally. */
const REACH = 12;
const opensSection = (line: string) => re(SECTION_NEW).test(line.slice(0, 60)) || /^\s*\d{1,2}\.\s+\p{Lu}/u.test(line);

/** The line where the section holding line i opens (the question's heading), at most REACH lines up. */
function sectionStart(lines: string[], i: number): number {
  for (let k = i; k >= Math.max(0, i - REACH); k--) if (opensSection(lines[k])) return k;
  return Math.max(0, i - REACH);
}

/** The line after the last of the section that goes on at line i, at most REACH lines on. */
export function sectionEnd(lines: string[], i: number): number {
  for (let k = i; k < Math.min(lines.length, i + REACH); k++) if (opensSection(lines[k])) return k;
  return Math.min(lines.length, i + REACH);
}
