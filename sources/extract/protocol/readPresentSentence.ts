import { sentencesOf } from '../grammar/sentencesOf.ts';
import { matchesOf } from '../grammar/matchesOf.ts';
import { tidy } from '../toLines.ts';
import type { ProtocolAttendee } from '../types.ts';
import { INVITED_HEADING, INVITED_STATUS, ONLINE } from './lexicon.ts';
import { paragraphsOf } from './paragraphsOf.ts';
import { PERSON } from './readAbsentSentence.ts';
import { re } from './re.ts';

/**
 * Those present named in a sentence of the attendance part, no heading over them: "В зале находились Гаврилов О.П., …,
 * Сагындыков Е.Б. и Тулеуова М.К.; Кусаинов А.Б., который … находится в Астане, участвовал по видеосвязи", "Залда
 * Сейітов А.Б., Омарова Г.К. және Исин Б.Ж. отырды; Ким С.В. бейнебайланыс арқылы қосылды". Each clause (cut at ";")
 * names those in the room or, when it names the means, those online. Taken only when as many are named as the protocol
 * states present (`present`), for the same sentence could name guests; null otherwise.
 */
export function readPresentSentence(lines: string[], present: number | null): ProtocolAttendee[] | null {
  if (present === null) return null;
  for (const paragraph of paragraphsOf(lines, lines.map((_, k) => k + 1))) {
    for (const s of sentencesOf(paragraph.text)) {
      if (!IN_THE_ROOM.test(s.text) || re(`${INVITED_HEADING}|${INVITED_STATUS}|представител|өкіл`).test(s.text)) continue;
      const attendees: ProtocolAttendee[] = [];
      let at = 0;
      for (const clause of s.text.split(';')) {
        const online = re(ONLINE).test(clause);
        for (const m of matchesOf(clause, PERSON)) {
          attendees.push({ name: tidy(m[0]), role: null, online, line: paragraph.lineAt(s.start + at + m.index) });
        }
        at += clause.length + 1;
      }
      return attendees.length === present ? attendees : null;
    }
  }
  return null;
}

/** "В зале находились …", "В зале присутствовали …", "Залда … отырды": a sentence that tells who was in the room. */
const IN_THE_ROOM = re(`^\\s*(?:в\\s+зале\\s+(?:находил[\\p{L}]*|присутствовал[\\p{L}]*|были)|залда(?=.{0,200}?(?:отырды|болды|қатысты)))(?![\\p{L}])`);
