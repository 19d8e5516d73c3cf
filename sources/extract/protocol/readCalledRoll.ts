import { tidy } from '../toLines.ts';
import type { ProtocolAbsentee, ProtocolAttendee, ProtocolExtract } from '../types.ts';
import { ONLINE } from './lexicon.ts';
import { CAPITAL, re } from './re.ts';
import { isTranscript, speakerOf, SURNAME_END } from './speakerLines.ts';
import { classifyAbsence } from './splitPerson.ts';

/**
 * A roll call held in the turns of a word-for-word record (set 160): the secretary (or the chair) calls the members by name
 * and says what she sees — "ЕРМЕКОВА: Жумагалиев – здесь, Ермекова – здесь. Кенжеев?" / "КЕНЖЕЕВ: Здесь." / "ЕРМЕКОВА:
 * Утегенова Гульнар Маратовна, вы нас слышите?" / "УТЕГЕНОВА (по видеосвязи): Слышу, я на связи." / "ЕРМЕКОВА: Шамшиев,
 * Искакова, Нургалиев – все в зале, вижу. Ибраимов на больничном, справку передал. Ковальчук отсутствует, причину не
 * сообщил."; in Kazakh "Серікбаева – осындамын. Мұратов Айдос?" / "МҰРАТОВ (хатшы): Осындамын." / "Нұрланұлы Ержан –
 * бейнебайланыста" / "Бекенова Сара еңбек демалысында, Ілиясов Мақсат іссапарда. Жақсылықов Әділ жоқ – Айдос, себебін
 * білесіз бе?" / "МҰРАТОВ: Жоқ, себебін хабарламады.". A member called who answers in his own turn is present (online when
 * his turn or answer says so); one said to be in the hall, present; one said to be away, absent with the reason said there
 * or answered next. The roll ends at the caller's first turn naming no member. Read only when every name in it is placed,
 * and when the counts stated agree (those present); otherwise null, and the attendance is read as a list would be.
 */
const WORD = `[${CAPITAL}][\\p{Ll}'’-]+`;
/** A surname (a word ending as surnames end), then a given name and a patronymic if said: "Утегенова Гульнар Маратовна". */
const NAME_AT = new RegExp(`^(${WORD})((?:\\s+${WORD}){0,2})(?![\\p{L}])`, 'u');
const SURNAME = new RegExp(`${SURNAME_END}$`, 'u');
/** What says a member is there: "здесь", "на месте", "в зале", "вижу", "осындамын", "залдасыздар", "бармын". */
const HERE = re(`(?<![\\p{L}])(?:здесь|тут|на\\s+месте|в\\s+зале|вижу|присутству[\\p{L}]*|осында[\\p{L}]*|залда[\\p{L}]*|бармын|келді|отыр)(?![\\p{L}])`);
/** What says a member is not there, with no reason yet: "жоқ", "нет", "отсутствует", "не пришёл", "келмеді". */
const AWAY = re(`^(?:[–—-]\\s*)?(?:жоқ|нет|отсутству[\\p{L}]*|не\\s+приш[\\p{L}]*|келмеді|келген\\s+жоқ)(?![\\p{L}])[\\s,.:;–—-]*`);
const MIN_NAMES = 5;

interface Called { name: string; line: number; present: boolean; online: boolean; reason: string | null; excused: boolean | null }

export function readCalledRoll(lines: string[], stated: { present: number | null }): Pick<ProtocolExtract, 'attendees' | 'absentees'> | null {
  if (!isTranscript(lines)) return null;
  const called = new Map<string, Called>();
  const keyOf = (word: string) => word.toLowerCase();
  let waiting: { key: string; forReason: boolean } | null = null;
  let caller: string | null = null;
  let unsure = false;
  for (const turn of turnsOf(lines)) {
    const speaker = keyOf(turn.speaker.split(' ')[0]);
    // A member called and not answered before the caller goes on: who he is, not told.
    if (waiting !== null && speaker === caller) unsure = true;
    if (waiting !== null && speaker !== caller) {
      const person = called.get(waiting.key)!;
      if (speaker === waiting.key) {
        // The member called answers himself: present, online when he says so or his turn is marked so.
        person.present = true;
        person.online = re(ONLINE).test(`${turn.aside} ${turn.said}`) || /на\s+связи/iu.test(turn.said);
      } else {
        // Someone else answers for him: the reason he is away ("Жоқ, себебін хабарламады.").
        const reason = tidy(turn.said.replace(AWAY, '')).replace(/[.\s]+$/u, '');
        if (!waiting.forReason && !AWAY.test(turn.said) && classifyAbsence(turn.said) === null) unsure = true;
        Object.assign(person, { present: false, reason: reason === '' ? null : reason, excused: classifyAbsence(turn.said) });
      }
      waiting = null;
      continue;
    }
    if (caller !== null && speaker !== caller) {
      // A member already counted speaks again ("НҰРЛАНҰЛЫ (бейнебайланыс арқылы): Естимін …" after "Ержан, естисіз бе?").
      if (called.has(speaker)) continue;
      break;
    }
    const read = readCallerTurn(turn.said, turn.line);
    if (read.people.length === 0) {
      if (caller !== null) break;
      continue;
    }
    caller = speaker;
    unsure ||= read.unsure;
    for (const p of read.people) if (!called.has(keyOf(p.surname))) called.set(keyOf(p.surname), p.person);
    waiting = read.waiting === null ? null : { key: keyOf(read.waiting.surname), forReason: read.waiting.forReason };
  }
  const people = [...called.values()];
  if (waiting !== null) unsure = true;
  if (unsure || people.length < MIN_NAMES) return null;
  // Each on the line the turn names him on (a turn runs over lines).
  for (const p of people) p.line = lineNaming(lines, p.line - 1, p.name) + 1;
  const attendees: ProtocolAttendee[] = people.filter((p) => p.present).map((p) => ({ name: p.name, role: null, online: p.online, line: p.line }));
  const absentees: ProtocolAbsentee[] = people.filter((p) => !p.present).map((p) => ({ name: p.name, excused: p.excused, reason: p.reason, line: p.line }));
  if (stated.present !== null && attendees.length !== stated.present) return null;
  return { attendees, absentees };
}

interface Turn { speaker: string; aside: string; said: string; line: number }

/** The turns, each with the lines that carry it on (a line opening no turn and not blank). */
function turnsOf(lines: string[]): Turn[] {
  const turns: Turn[] = [];
  lines.forEach((line, k) => {
    const turn = speakerOf(line);
    if (turn) turns.push({ ...turn, line: k + 1 });
    else if (line.trim() === '') turns.push({ speaker: '', aside: '', said: '', line: k + 1 });
    else if (turns.length > 0 && turns[turns.length - 1].speaker !== '') turns[turns.length - 1].said += ` ${line.trim()}`;
  });
  return turns.filter((t) => t.speaker !== '');
}

/** A caller's turn: the members it names with what it says of each, the one called last if asked ("Кенжеев?"). */
function readCallerTurn(said: string, line: number): { people: { surname: string; person: Called }[]; waiting: { surname: string; forReason: boolean } | null; unsure: boolean } {
  const people: { surname: string; person: Called }[] = [];
  let waiting: { surname: string; forReason: boolean } | null = null;
  let unsure = false;
  for (const sentence of tidy(said).split(/(?<=[.?!…])\s+/u)) {
    // "Шамшиев, Искакова, Нургалиев – все в зале, вижу.", "Бекенова Сара еңбек демалысында, Ілиясов Мақсат іссапарда.":
    // the sentence cut before each name after a comma; names with nothing after them take what the next one says.
    const pieces = sentence.split(new RegExp(`\\s*[,;]\\s*(?=${WORD}(?:\\s+${WORD}){0,2}(?:\\s*[,;?–—-]|\\s+\\p{Ll}|\\s*$))`, 'u'));
    let group: { surname: string; person: Called }[] = [];
    for (const piece of pieces) {
      const name = NAME_AT.exec(piece);
      if (!name || !SURNAME.test(name[1].toUpperCase())) {
        if (group.length > 0) unsure = true;
        continue;
      }
      const person: Called = { name: tidy(`${name[1]}${name[2]}`), line, present: false, online: false, reason: null, excused: null };
      group.push({ surname: name[1], person });
      const rest = tidy(piece.slice(name[0].length)).replace(/^[–—-]\s*/u, '');
      if (rest === '' || rest === '.') continue;
      if (/^[,]?.*\?$/u.test(rest) || rest === '?') {
        // "Кенжеев?", "Утегенова Гульнар Маратовна, вы нас слышите?": called, the answer in the next turn.
        if (group.length > 1) unsure = true;
        waiting = { surname: name[1], forReason: false };
      } else if (AWAY.test(rest) || classifyAbsence(rest) !== null) {
        const reason = tidy(rest.replace(AWAY, '')).replace(/[.\s]+$/u, '');
        for (const g of group) Object.assign(g.person, { present: false, reason: reason === '' ? null : reason, excused: classifyAbsence(rest) });
        // "Жақсылықов Әділ жоқ – Айдос, себебін білесіз бе?": the reason asked of another, answered in the next turn.
        if (/\?$/u.test(rest) && classifyAbsence(rest) === null) waiting = { surname: name[1], forReason: true };
      } else if (HERE.test(rest) || re(ONLINE).test(rest)) {
        for (const g of group) Object.assign(g.person, { present: true, online: re(ONLINE).test(rest) });
      } else unsure = true;
      people.push(...group);
      group = [];
    }
    if (group.length > 0) unsure = true;
  }
  return { people, waiting, unsure };
}

/** The first line from `from` on that names the person (his surname): where a turn carried over lines says it. */
function lineNaming(lines: string[], from: number, name: string): number {
  const surname = name.split(' ')[0];
  for (let k = from; k < lines.length; k++) if (lines[k].includes(surname)) return k;
  return from;
}
