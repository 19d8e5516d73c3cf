import { COUNT_SOURCE as N, parseCount } from '../parseCount.ts';
import { tidy } from '../toLines.ts';
import { declaredIn } from './declaredIn.ts';
import { UNANIMOUS } from './lexicon.ts';
import type { LocatedVote } from './readVoteTable.ts';
import { re } from './re.ts';
import { isTranscript, speakerOf } from './speakerLines.ts';

/**
 * Votes told as a dialogue in a word-for-word record: the chair asks, the secretary counts —
 * "Кто за? Прошу поднять руки" / "АБЕНОВА Д.Р.: В зале пятнадцать, онлайн трое. Итого восемнадцать." / "Против? Нет.
 * Воздержался? Один — Хамидов …" / "Решение принято."; "Кто за то, чтобы отложить?" / "Семь." / "Против?" / "Десять." /
 * … / "Предложение не прошло."; "Есть против? Воздержавшиеся? Нет. Единогласно. Принято."; in Kazakh "Кім жақтайды?" /
 * "Қарсылар?" / "Қалыс қалғандар?". Each question takes the count answered to it: a count alone ("Семь.", "Двое.", "Нет.",
 * "Один — Хамидов …"), or the total said ("Итого восемнадцать."); an answer that gives parts and no total ("В зале
 * пятнадцать, онлайн трое.") leaves that count unread. A vote ends at its result. Only in a record told turn by turn.
 */
const FOR = re(`^(?:(?:итак|так|голосуем)[,.]?\\s+)*(?:кто\\s+за(?![\\p{L}])[^?]{0,100}|(?:кім\\s+)?(?:жақтайды|жақтайтындар|қолдайды|қолдайтындар)[^?]{0,60})\\?$`);
const AGAINST = re(`^(?:(?:а|и|кто|есть|кім)\\s+)?(?:против|қарсы(?:лар)?)(?:\\s+(?:есть|бар\\s+ма))?\\s*\\?$`);
const ABSTAIN = re(`^(?:(?:а|и|кто|есть|кім)\\s+)?(?:воздерж[\\p{L}]*|қалыс(?:\\s+қал[\\p{L}]*)?)(?:\\s+(?:есть|бар\\s+ма))?\\s*\\?$`);
const UNIT = '(?:\\s+(?:человек[\\p{L}]*|голос[\\p{L}]*|член[\\p{L}]*|мүше[\\p{L}]*|адам|дауыс))?';
/** "Семь.", "Двое.", "15 человек.", "Один — Хамидов Фаррух", "Итого восемнадцать." */
const COUNT = re(`^(?:(?:итого|всего|барлығы|жиыны)[:\\s]+)?(${N})${UNIT}(?:\\s*[—–-]\\s*[^.]*)?[.!]?$`);
const TOTAL = re(`^(?:итого|всего|барлығы|жиыны)[:\\s]`);
const NONE = re(`^(?:нет|никого|ни\\s+одного|жоқ|ешкім)[.!]?$`);
const ANY_COUNT = re(`(?<![\\p{L}\\d])(?:${N})(?![\\p{L}\\d])`);

interface Sentence { text: string; line: number }

export function readDialogueVotes(lines: string[]): LocatedVote[] {
  if (!isTranscript(lines)) return [];
  const sentences = sentencesOf(lines);
  const votes: LocatedVote[] = [];
  let open: LocatedVote | null = null;
  let asked: 'for' | 'against' | 'abstain' | null = null;
  let answer: { total: number | null; pure: number | null; parts: boolean } | null = null;
  const settle = () => {
    if (open && asked && answer) open[asked] = answer.total ?? (answer.parts ? null : answer.pure);
    asked = null;
    answer = null;
  };
  for (const s of sentences) {
    const category = FOR.test(s.text) ? 'for' : AGAINST.test(s.text) ? 'against' : ABSTAIN.test(s.text) ? 'abstain' : null;
    if (category) {
      settle();
      // A question asked again of a vote already counted starts the next vote.
      if (open && open[category] !== null) open = close(votes, open);
      open ??= { start: s.line, end: s.line, line: s.line + 1, for: null, against: null, abstain: null, unanimous: false, declared: null, text: '' };
      asked = category;
      answer = { total: null, pure: null, parts: false };
      open.end = s.line;
      continue;
    }
    if (!open) continue;
    const declared = declaredIn(s.text);
    const unanimous = re(`^${UNANIMOUS}[.!]?$`).test(s.text);
    if (declared !== null || unanimous) {
      settle();
      open.unanimous ||= unanimous;
      open.end = s.line;
      if (declared !== null) {
        open.declared = declared;
        open = close(votes, open);
      }
      continue;
    }
    if (!answer) continue;
    const a = answer as { total: number | null; pure: number | null; parts: boolean };
    const count = COUNT.exec(s.text);
    if (count) {
      if (TOTAL.test(s.text)) a.total ??= parseCount(count[1]);
      else if (a.pure === null) a.pure = parseCount(count[1]);
      else a.parts = true;
      open.end = s.line;
    } else if (NONE.test(s.text)) {
      if (a.pure === null) a.pure = 0;
      open.end = s.line;
    } else if (ANY_COUNT.test(s.text)) {
      a.parts = true;
    }
  }
  settle();
  if (open) close(votes, open);
  return votes.map((v) => ({ ...v, text: tidy(lines.slice(v.start, v.end + 1).join(' ')).slice(0, 300) }));
}

function close(votes: LocatedVote[], vote: LocatedVote): null {
  // A vote is a question answered or a result said: a lone question with nothing after it is none.
  if (vote.declared !== null || vote.for !== null || vote.against !== null || vote.abstain !== null || vote.unanimous) votes.push(vote);
  return null;
}

/**
 * The sentences said, each with the line (0-based) it starts on: speakers' names taken off, a sentence carried over a line
 * break read whole, a reply's dash dropped.
 */
function sentencesOf(lines: string[]): Sentence[] {
  const out: Sentence[] = [];
  let open: Sentence | null = null;
  lines.forEach((line, k) => {
    const turn = speakerOf(line);
    const said = (turn ? turn.said : line).replace(/^\s*[—–-]\s*/u, '');
    if (turn || said.trim() === '') {
      if (open) out.push(open);
      open = null;
    }
    for (const piece of said.split(/(?<=[.?!…])\s+/u)) {
      const text = tidy(piece);
      if (text === '') continue;
      const current = open as Sentence | null;
      if (current) current.text = tidy(`${current.text} ${text}`);
      else open = { text, line: k };
      if (/[.?!…]$/u.test(text)) {
        out.push(open as unknown as Sentence);
        open = null;
      }
    }
  });
  if (open) out.push(open);
  return out;
}
