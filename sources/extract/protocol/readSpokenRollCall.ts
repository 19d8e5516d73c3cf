import { tidy } from '../toLines.ts';
import type { ProtocolAbsentee, ProtocolAttendee, ProtocolExtract } from '../types.ts';
import { ABSENT_HEADING, ONLINE } from './lexicon.ts';
import { NAME_WORD, re } from './re.ts';
import { isTranscript, speakerOf } from './speakerLines.ts';
import { classifyAbsence } from './splitPerson.ts';

/**
 * A roll call spoken in a word-for-word record: the secretary reads each member's full name on a line of its own, the
 * answer stands on the next — the member's own ("— Здесь.", "— Присутствую.", "— (по ZOOM) Я на связи…", "КУАНЫШБЕКОВ
 * Е.Т.: Присутствую." when the chair answers to his name), or the secretary's, who says why the member is not there
 * ("АБЕНОВА Д.Р.: Отсутствует, находится в командировке…", "Нет. Не предупредил…", "Жоқ, іссапарда."). A member who answers
 * is present (online when the answer says so); one the secretary answers for is absent with the reason she gives. An
 * answer that says neither leaves the roll unread (its counts not stated). Null when the text has no such roll (at least
 * five names answered in a row, in a record told turn by turn).
 */
const FULL_NAME = re(`^\\s*(${NAME_WORD})\\s+${NAME_WORD}\\s+${NAME_WORD}(?:вич|вна|ұлы|қызы|улы|кызы|оглы|кизи)\\.?\\s*$`, 'u');
const REPLY = /^\s*[—–-]\s*/u;
/** What a member says to be counted: "здесь", "присутствую", "на месте", "я на связи", "осындамын", "қатысамын". */
const HERE = re(`^(?:\\([^)]*\\)\\s*)?(?:здесь|тут|присутству[\\p{L}]*|на\\s+месте|я\\s+на\\s+связи|на\\s+связи|осындамын|осында|қатысамын|бармын)(?![\\p{L}])`);
/** The secretary's word that the member is not there, before the reason: "Нет.", "Отсутствует,", "Жоқ.". */
const NOT_HERE = re(`^(?:нет|жоқ|${ABSENT_HEADING})[.,:;\\s—–-]*`);
const MIN_NAMES = 5;

export function readSpokenRollCall(lines: string[]): Pick<ProtocolExtract, 'attendees' | 'absentees' | 'attendees_listed' | 'absentees_listed'> | null {
  if (!isTranscript(lines)) return null;
  for (let i = 0; i < lines.length; i++) {
    const attendees: ProtocolAttendee[] = [];
    const absentees: ProtocolAbsentee[] = [];
    let unsure = false;
    let k = i;
    for (; k + 1 < lines.length; k += 2) {
      const name = FULL_NAME.exec(lines[k]);
      if (!name) break;
      const answer = lines[k + 1];
      const person = tidy(lines[k]).replace(/\.$/, '');
      const turn = speakerOf(answer);
      const own = REPLY.test(answer) || (turn !== null && turn.speaker.split(' ')[0].toLowerCase() === name[1].toLowerCase());
      const said = tidy(turn ? turn.said : answer.replace(REPLY, ''));
      if (!own && turn === null) break;
      const online = re(ONLINE).test(said);
      if (own || HERE.test(said)) {
        attendees.push({ name: person, role: null, online, line: k + 1 });
        continue;
      }
      const reason = tidy(said.replace(NOT_HERE, '')).replace(/[.\s]+$/u, '');
      if (NOT_HERE.test(said) || classifyAbsence(said) !== null) {
        absentees.push({ name: person, excused: classifyAbsence(said), reason: reason === '' ? null : reason, line: k + 1 });
        continue;
      }
      unsure = true;
    }
    if ((k - i) / 2 < MIN_NAMES) continue;
    return unsure ? { attendees: [], absentees: [], attendees_listed: false, absentees_listed: false } : { attendees, absentees };
  }
  return null;
}
