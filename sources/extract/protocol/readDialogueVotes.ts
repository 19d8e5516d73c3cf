import { COUNT_SOURCE as N, parseCount } from '../parseCount.ts';
import { tidy } from '../toLines.ts';
import { declaredIn } from './declaredIn.ts';
import { MOTION, QUESTION_NEW, UNANIMOUS } from './lexicon.ts';
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
/** "Жақтап – ?", "Против – ?" (set 160): the label asked with the dash its count would follow. */
const ASKED_DASH = '(?:\\s*[–—-]\\s*)?';
const FOR = re(`^(?:(?:итак|так|голосуем)[,.]?\\s+)*(?:кто\\s+[«"“]?за(?![\\p{L}])[^?]{0,100}|[«"“]?(?:за|жақтап|жақтағандар)[»"”]?${ASKED_DASH}|(?:кім\\s+)?(?:жақтайды|жақтайтындар|қолдайды|қолдайтындар)[^?]{0,60})\\?$`);
const ASKED_WHO = '(?:\\s+(?:есть|имеются|бар\\s+ма|кто(?:-(?:нибудь|то))?))?';
const AGAINST = re(`^(?:(?:а|и|кто|есть|кім)\\s+)?[«"“]?(?:против|қарсы(?:лар)?)[»"”]?${ASKED_WHO}${ASKED_DASH}\\s*\\?$`);
const ABSTAIN = re(`^(?:(?:а|и|кто|есть|кім)\\s+)?(?:воздерж[\\p{L}]*|қалыс(?:\\s+қал[\\p{L}]*)?)${ASKED_WHO}${ASKED_DASH}\\s*\\?$`);
/** The answer to "Кто за?" that all raised their hands: "Руки подняли все.", "Все.", "Барлығы қол көтерді." */
const ALL_HANDS = re(`^(?:руки\\s+подняли\\s+все|все(?:\\s+(?:подняли(?:\\s+руки)?|за|присутствующие))?|барлығы(?:\\s+(?:жақтады|қолдады|қол\\s+көтерді))?)[.!]?$`);
/** "Единогласно.", "Единогласно, решение принято.": the word for all opening its sentence. */
// A word said before it that tells nothing ("так единогласно", "ну бірауыздан", set 196) leaves it opening the sentence.
const UNANIMOUS_SAID = re(`^(?:(?:так|итак|значит|ну|ал|сонымен|жақсы|хорошо)[,]?\\s+)?${UNANIMOUS}(?:[.!]?$|[,;:–—-]\\s|\\s+(?:спасибо|рақмет)[.!]?$)`);
/** "Один, Игорь Петрович.": the one counted named after a comma — a given name and patronymic, or a surname and initials. */
const PERSON_NAMED = `(?:[\\p{Lu}][\\p{Ll}]+\\s+[\\p{Lu}][\\p{Ll}]+|[\\p{Lu}][\\p{Ll}]+\\s+[\\p{Lu}]\\.\\s?(?:[\\p{Lu}]\\.)?)`;
const UNIT = '(?:\\s+(?:человек[\\p{L}]*|голос[\\p{L}]*|член[\\p{L}]*|мүше[\\p{L}]*|адам|дауыс))?';
/**
 * "Семь.", "Двое.", "15 человек.", "Один — Хамидов Фаррух", "Итого восемнадцать."; the one counted named first ("Тимур
 * Серикович – один.", set 160); who the count takes in after a comma ("Одиннадцать, с Утегеновой.", set 160: group 2, read
 * only when what follows names no other count — "Пятнадцать, онлайн трое." gives parts). In a Kazakh dialogue "Он." is ten (group 3).
 */
const COUNT_OF = (n: string) => re(`^(?:${PERSON_NAMED}\\s*[—–-]\\s*)?(?:(?:итого|всего|барлығы|жиыны)[:\\s]+)?(${n})${UNIT}(\\s*[—–-]\\s*[^.]*|,\\s*(?:все|барлығы)|,\\s*${PERSON_NAMED}|,\\s*[^.]*)?[.!]?$`);
const COUNT = COUNT_OF(N);
const COUNT_KK = COUNT_OF(`${N}|(?<![\\p{L}])он(?![\\p{L}])`);
/**
 * A count said again to correct the one answered ("Семь." – "Я тоже за, вы меня не увидели." – "Тогда восемь.", set 160;
 * "Онда сегіз.", "Жоқ, сегіз."): it stands for the first.
 */
const CORRECTED = re(`^(?:тогда|значит|получается|выходит|нет|поправка|поправлюсь|исправляю|уже|теперь|онда|яғни|демек|жоқ|түзетемін|олай\\s+болса)[,:\\s–—-]+(${N})${UNIT}[.!]?$`);
/** "Күн тәртібі бірауыздан бекітілді.", "Повестка единогласно утверждена.": the word for all inside the result's sentence. */
const UNANIMOUS_WITHIN = re(`(?<!не\\s)(?<![\\p{L}])${UNANIMOUS}`);
/**
 * The chair putting the question to the vote, the count of those for answered next with no "Кто за?" between: "Повестку
 * ставлю на голосование, поднимаем руки. … Двенадцать.", "Голосуем.", "Дауыс береміз.", "Жоспарды бекітуді дауысқа саламын."
 */
/**
 * An automatic transcript has no question marks: the chair's turn ends with the call itself, its answer the next turn's
 * counts — "… рекомендовать департаменту … кто за прошу поднять руки и онлайн тоже голосуем" / "за десять против ноль
 * воздержались ноль", "… тексеру жүргізуді ұсынайық кім жақтайды" / "жақтайтындар он бір қарсы жоқ қалыс жоқ", "… дауыс беру"
 * (set 196). Only at the sentence's end (the full stop a turn's end was given, transcriptMarks.ts): "кто за" inside a
 * sentence is no call.
 */
const CALLED = '(?:кто\\s+за|кім\\s+(?:жақтайды|қолдайды)|прошу\\s+(?:голосовать|проголосовать|поднять\\s+руки)|голосуем|дауыс\\s+(?:береміз|беру|берейік))(?:\\s+[^.?!]{0,60})?\\.?$';
const CALL_ENDS = re(`(?<![\\p{L}])${CALLED}`);
const PUT = re(`(?:${MOTION}|^(?:итак,?\\s+)?(?:голосуем|дауыс\\s+береміз|дауыс\\s+беру)(?:[,.!]|$)|(?<![\\p{L}])${CALLED})`);
const NEXT_QUESTION = re(`^(?:(?:так|итак|значит|ну|ал|жақсы|хорошо|спасибо|рақмет)\\s+)*(?:(?:переходим|перейд[её]м)\\s+(?:к|ко)\\s+)?(?:(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят)[\\p{L}]*\\s+вопрос|(?:бірінші|екінші|үшінші|төртінші|бесінші|алтыншы|жетінші|сегізінші|тоғызыншы|оныншы)\\s+мәселе|${QUESTION_NEW})`);
const TOTAL = re(`^(?:итого|всего|барлығы|жиыны)[:\\s]`);
const NONE = re(`^(?:нет|никого|ни\\s+одного|жоқ|ешкім)[.!]?$`);
const ANY_COUNT = re(`(?<![\\p{L}\\d])(?:${N})(?![\\p{L}\\d])`);

interface Sentence { text: string; line: number }
/** The count answered to a question: the total said, the one count said, whether parts were said; the question's language. */
interface Answer { total: number | null; pure: number | null; parts: boolean; kazakh: boolean }
/** A question asked in Kazakh ("Кім жақтайды?", "Дауыс береміз."): its answer "Он." is ten, not Russian "he". */
const KAZAKH_ASKED = re('жақта|қолда|қарсы|қалыс|дауыс');

/** The counts a sentence states with their labels ("тринадцать – за.", "за – 11, против – 1, воздержался – 1"). */
export type StatedCounts = (text: string) => { for: number | null; against: number | null; abstain: number | null; doubts: string[] };

const COUNTS = ['for', 'against', 'abstain'] as const;

export function readDialogueVotes(lines: string[], countsOf: StatedCounts = () => ({ for: null, against: null, abstain: null, doubts: [] })): LocatedVote[] {
  if (!isTranscript(lines)) return [];
  const sentences = sentencesOf(lines);
  const votes: LocatedVote[] = [];
  let open: LocatedVote | null = null;
  // The votes opened by the question put, not asked: only a count or the word for all answered makes them the dialogue's.
  const put = new WeakSet<LocatedVote>();
  // The votes whose counts a sentence stated with their labels ("за 8 против один воздержался один").
  const tallied = new WeakSet<LocatedVote>();
  let asked: 'for' | 'against' | 'abstain' | null = null;
  let answer: Answer | null = null;
  const settle = () => {
    if (open && asked && answer) open[asked] = answer.total ?? (answer.parts ? null : answer.pure);
    asked = null;
    answer = null;
  };
  const opened = (s: Sentence): LocatedVote => ({ start: s.line, end: s.line, line: s.line + 1, for: null, against: null, abstain: null, unanimous: false, declared: null, text: '' });
  const categoryOf = (text: string) => (FOR.test(text) ? 'for' : AGAINST.test(text) ? 'against' : ABSTAIN.test(text) ? 'abstain' : null);
  sentences.forEach((s, k) => {
    const category = categoryOf(s.text);
    if (category) {
      settle();
      // A question asked again of a vote already counted, or after one declared unanimous, starts the next vote.
      if (open && (open[category] !== null || open.unanimous)) open = close(votes, put, open);
      open ??= opened(s);
      asked = category;
      answer = { total: null, pure: null, parts: false, kazakh: KAZAKH_ASKED.test(s.text) };
      open.end = s.line;
      return;
    }
    // Counts said with their labels: the chair's own tally ("Так... тринадцать – за." before "Против?") or the
    // summary after the questions ("Решение принимается: за – 11, против – 1, воздержался – 1."), which is the record's
    // and stands over what was answered aloud. Such a sentence opens a vote only when a vote's question follows it.
    // The question put to the vote: what is answered next is the count of those for, until another question is asked.
    const putNow = PUT.test(s.text);
    if (putNow) {
      settle();
      // (A vote said to be unanimous is over too: "бірауыздан" / "… кто за с дополнением", set 196.)
      if (open && (COUNTS.some((c) => open![c] !== null) || open.unanimous)) open = close(votes, put, open);
      // "прошу поставить на голосование …" then "Ставлю на голосование …": the vote starts where it is put last.
      if (!open || (put.has(open) && !open.unanimous && open.declared === null)) put.add((open = opened(s)));
      asked = 'for';
      answer = { total: null, pure: null, parts: false, kazakh: KAZAKH_ASKED.test(s.text) };
      open.end = s.line;
    }
    const stated = countsOf(s.text);
    // A sentence that labels all three counts ("Жақтап – 9, қарсы – 0, қалыс – 0."), or the first of the sentences that
    // label them one each ("За – 4. Против – 5. Воздержался – 1."), is a vote's on its own.
    const run = [stated, ...sentences.slice(k + 1, k + 3).map((n) => countsOf(n.text))];
    const whole = COUNTS.every((c) => run.some((r) => r.doubts.length === 0 && r[c] !== null));
    if (stated.doubts.length === 0 && COUNTS.some((c) => stated[c] !== null) && (open || whole || categoryOf(sentences[k + 1]?.text ?? '') !== null)) {
      settle();
      // Other counts of a count the record already stated with its label are the next vote's, its call not transcribed
      // ("жақтайтындар он бір қарсы жоқ қалыс жоқ" … "жақтайды 9 қарсы 2 қалыс 0", set 196); the same counts said again
      // (the chair repeating the secretary's) are the same vote's.
      if (open && tallied.has(open) && COUNTS.some((c) => stated[c] !== null && open![c] !== null && stated[c] !== open![c])) open = close(votes, put, open);
      if (open === null || put.has(open) || COUNTS.every((c) => open![c] === null)) tallied.add((open ??= opened(s)));
      open ??= opened(s);
      for (const c of COUNTS) if (stated[c] !== null) open[c] = stated[c];
      open.end = s.line;
    }
    if (!open) return;
    // A turn ending with the call declares nothing before it: "… проект решения принять информацию к сведению … кто за прошу
    // поднять руки" puts the draft, its "решения принять" is no result (set 196).
    const declared = CALL_ENDS.test(s.text) ? null : declaredIn(s.text);
    // "Бірауыздан бекітілді.", "Единогласно принято.": the word for all with the result after it is as unanimous.
    const unanimous = UNANIMOUS_SAID.test(s.text) || (declared !== null && UNANIMOUS_WITHIN.test(s.text)) || (asked === 'for' && ALL_HANDS.test(s.text));
    if (declared !== null || unanimous) {
      settle();
      open.unanimous ||= unanimous;
      open.end = s.line;
      if (declared !== null) {
        open.declared = declared;
        open = close(votes, put, open);
      }
      return;
    }
    // The next question taken up ("переходим к первому вопросу", "второй вопрос мониторинг …", "екінші мәселе …", set 196):
    // the vote before it is over, its result not said — a report's "принято граждан" is no result of it. (A turn that names
    // the question and puts it, "второй вопрос ставлю на голосование кто за", opened its own vote above.)
    if (!putNow && NEXT_QUESTION.test(s.text)) {
      settle();
      open = close(votes, put, open);
      return;
    }
    if (!answer) return;
    const a = answer as Answer;
    const count = (a.kazakh ? COUNT_KK : COUNT).exec(s.text);
    const corrected = CORRECTED.exec(s.text);
    if (corrected && a.pure !== null) {
      a.pure = parseCount(corrected[1]);
      open.end = s.line;
    } else if (count && count[2] !== undefined && ANY_COUNT.test(count[2])) {
      a.parts = true;
    } else if (count) {
      const value = parseCount(count[1]) ?? (a.kazakh ? 10 : null);
      if (TOTAL.test(s.text)) a.total ??= value;
      else if (a.pure === null) a.pure = value;
      // "Восемь." said by the chair after the secretary's "Тогда восемь.": the count confirmed, not a part of it.
      else if (a.pure !== value) a.parts = true;
      open.end = s.line;
    } else if (NONE.test(s.text)) {
      if (a.pure === null) a.pure = 0;
      open.end = s.line;
    } else if (ANY_COUNT.test(s.text)) {
      a.parts = true;
    }
  });
  settle();
  if (open) close(votes, put, open);
  return votes.map((v) => ({ ...v, text: tidy(lines.slice(v.start, v.end + 1).join(' ')).slice(0, 300) }));
}

function close(votes: LocatedVote[], put: WeakSet<LocatedVote>, vote: LocatedVote): null {
  // A vote is a question answered or a result said: a lone question with nothing after it is none. "Ставлю на голосование …"
  // with a table of counts below ("Кто за? – 16") and its result is the table's vote: the dialogue read no count of it.
  const counted = vote.for !== null || vote.against !== null || vote.abstain !== null || vote.unanimous;
  if (counted || (vote.declared !== null && !put.has(vote))) votes.push(vote);
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
