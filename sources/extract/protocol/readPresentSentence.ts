import { sentencesOf } from '../grammar/sentencesOf.ts';
import { parseCount } from '../parseCount.ts';
import { matchesOf } from '../grammar/matchesOf.ts';
import { tidy } from '../toLines.ts';
import type { ProtocolAttendee } from '../types.ts';
import { ABSENT_HEADING, INVITED_HEADING, INVITED_STATUS, ONLINE } from './lexicon.ts';
import { COUNT_BEFORE_NAMES, JOINED } from './namedOnlineCount.ts';
import { type Paragraph, paragraphsOf } from './paragraphsOf.ts';
import { PERSON } from './readAbsentSentence.ts';
import { INITIALS, NAME_WORD, re } from './re.ts';

/**
 * Those present named in a sentence of the attendance part, no heading over them: "В зале находились Гаврилов О.П., …,
 * Сагындыков Е.Б. и Тулеуова М.К.; Кусаинов А.Б., который … находится в Астане, участвовал по видеосвязи", "Залда
 * Сейітов А.Б., Омарова Г.К. және Исин Б.Ж. отырды; Ким С.В. бейнебайланыс арқылы қосылды". Each clause (cut at ";")
 * names those in the room or, when it names the means, those online. Those online may be named in the sentences right
 * after the room's ("Ещё трое – Ким …, Рахманов … и Байбосынова … – участвовали дистанционно", "Екі мүше – … мен … – Zoom
 * арқылы қосылды"): each names persons, the means and a verb of taking part, and no absence. Taken only when as many are
 * named as the protocol states present (`present`), for the same sentence could name guests, and as many of them online
 * as stated online (`statedOnline`, when stated); a sentence that says how many it names ("Ещё трое – …") names as many;
 * null otherwise.
 */
export function readPresentSentence(lines: string[], present: number | null, statedOnline: number | null = null): ProtocolAttendee[] | null {
  if (present === null) return null;
  for (const paragraph of paragraphsOf(lines, lines.map((_, k) => k + 1))) {
    const sentences = sentencesOf(paragraph.text);
    for (const [k, s] of sentences.entries()) {
      const named = !IN_THE_ROOM.test(s.text) && TOOK_PART_NAMED.test(s.text);
      if (!(IN_THE_ROOM.test(s.text) || named) || re(`${INVITED_HEADING}|${INVITED_STATUS}|представител|өкіл`).test(s.text)) continue;
      // "Кеңес мүшелерімен бірге отырысқа аудан әкімінің орынбасары … қатысты": those besides the members, or officials.
      if (named && BESIDES_MEMBERS.test(s.text)) continue;
      const attendees = namedIn(s, paragraph);
      // "Отырысқа 14 мүше қатысты." names no one: the sentence naming them may follow.
      if (attendees.length === 0 && !IN_THE_ROOM.test(s.text)) continue;
      if (attendees.length > 0 && IN_THE_ROOM.test(s.text)) attendees.push(...onlineAfter(sentences.slice(k + 1), paragraph));
      if (attendees.some((a) => a.line < 0)) return null;
      // As many named as stated present, and as many of them online as stated online (when stated).
      const onlineNamed = attendees.filter((a) => a.online).length;
      return attendees.length === present && (statedOnline === null || onlineNamed === statedOnline) ? attendees : null;
    }
  }
  return null;
}

/**
 * "Отырысқа Кеңес төрағасы С.Б. Ерғалиевпен қоса …, Р.Ж. Оразбаева, … Б.Т. Мәжитова қатысты.", "В заседании приняли участие
 * Иванов И.И., …": a sentence that opens with the meeting and names who took part in it (its verb at either end).
 */
const TOOK_PART_NAMED = re(`^\\s*(?:(?:отырысқа|мәжіліске)(?![\\p{L}])[^]*?(?<![\\p{L}])қатыс(?:ты|ып\\s+отыр)\\s*[.!]?\\s*$|(?:на|в)\\s+заседани[\\p{L}]*\\s+(?:[\\p{L}]+\\s+){0,2}?(?:присутствовали|приняли\\s+участие|участвовали)(?![\\p{L}]))`);
export const BESIDES_MEMBERS = re(`(?<![\\p{L}])(?:әкім|аким|депутат)[\\p{L}]*|мүшелерімен\\s+(?:бірге|қатар)|вместе\\s+с\\s+член|(?<![\\p{L}])(?:также|тағы)(?![\\p{L}])(?!\\s+(?:по|через|в\\s+режиме)\\s)`);
/** A person as PERSON reads one, or a surname made of the father's name before the given name ("Ерланұлы Бақытжан"). */
export const PRESENT_PERSON = re(`${PERSON.source}|(?<![\\p{L}.])${NAME_WORD}(?:ұлы|улы|қызы|кызы)\\s+${NAME_WORD}(?![\\p{L}]|\\s+${INITIALS})`, 'gu');
// "…, ал Ерланұлы Бақытжан … бейнебайланыспен қосылды": "but", "while" opens one too.
const CLAUSE_BREAK = re(`;|,?\\s+(?=(?:сондай[-\\s]?ақ|а\\s+также|ал|а)\\s)`);
/** A bracket right after a name: what it says is said of that one ("Исин Е.Ж. (по видеосвязи)", "Ким С.В. (онлайн)"). */
const OWN_BRACKET = /^\s*\([^()]*\)/u;
/** "С.Б. Ерғалиевпен (қоса)": the surname in the instrumental, "with": the name without its ending. */
const WITH_SUFFIX = /(?<=(?:ов|ев|ин|ын|ова|ева|ина|ына|ий|ая))(?:пен|мен|бен)$/u;

/**
 * "В зале находились …", "В зале заседаний присутствовали …", "Лично присутствовали …", "Залда … отырды", "Отырыс залында …
 * отыр": a sentence that tells who was in the room — its verb anywhere in the sentence (a list of nine full names runs long).
 */
const IN_THE_ROOM = re(`^\\s*(?:в\\s+зале(?:\\s+заседаний)?\\s+(?:находил[\\p{L}]*|присутствовал[\\p{L}]*|были)|(?:лично|очно|непосредственно)\\s+(?:в\\s+зале\\s+)?(?:присутствовал[\\p{L}]*|участвовал[\\p{L}]*)|(?:залда|отырыс\\s+залында)(?=[^]*?(?<![\\p{L}])(?:отырды|отыр|болды|қатысты)(?![\\p{L}])))(?![\\p{L}])`);

/** Each person a sentence names, online when the clause naming him names the means; a count the sentence says that is not
 * as many as it names gives a line of -1 (the sentence is not read). */
function namedIn(s: { text: string; start: number }, paragraph: Paragraph): ProtocolAttendee[] {
  const attendees: ProtocolAttendee[] = [];
  let at = 0;
  // "…, сондай-ақ Zoom арқылы … Е.Қ. Әлімбаев пен … Б.Т. Мәжитова қатысты": "as well as" opens a clause of its own too (CLAUSE_BREAK).
  for (const clause of s.text.split(CLAUSE_BREAK)) {
    // "…, Рахимжанова А.К., Исин Ерболат Жанатович (по видеосвязи из Степногорска).": the means in a bracket right after
    // one name is that one's only (set 158); told anywhere else in the clause, it is everyone's the clause names.
    const persons = matchesOf(clause, PRESENT_PERSON).map((m) => ({ m, own: OWN_BRACKET.exec(clause.slice(m.index + m[0].length))?.[0] ?? '' }));
    const online = re(ONLINE).test(persons.reduce((rest, p) => (p.own ? rest.replace(p.m[0] + p.own, p.m[0]) : rest), clause));
    const from = attendees.length;
    for (const { m, own } of persons) {
      attendees.push({ name: tidy(m[0]).replace(WITH_SUFFIX, ''), role: null, online: online || re(ONLINE).test(own), line: paragraph.lineAt(s.start + s.text.indexOf(clause, at) + m.index) });
    }
    // "ал екі мүше – Серікбаев … мен Оспанова … – WhatsApp арқылы қосылды": the count of those named between dashes is theirs.
    const told = COUNT_BEFORE_NAMES.exec(clause);
    if (told && parseCount(told[1]) !== attendees.length - from) attendees.push({ name: '', role: null, online, line: -1 });
    at = s.text.indexOf(clause, at) + clause.length;
  }
  return attendees;
}

/**
 * The sentences right after the room's that name those online: "Ещё трое – Ким Ольга Викторовна, … – участвовали
 * дистанционно, подключившись через Zoom.", "Исин Б.Ж. подключился по видеосвязи.", "Екі мүше – … – Zoom арқылы қосылды." —
 * persons, the means and a verb of taking part, no absence and no guest. Read until a sentence is not such.
 */
function onlineAfter(after: { text: string; start: number }[], paragraph: Paragraph): ProtocolAttendee[] {
  const out: ProtocolAttendee[] = [];
  for (const s of after) {
    if (!re(ONLINE).test(s.text) || !JOINED.test(s.text) || re(`(?<![\\p{L}])(?:${ABSENT_HEADING})|${INVITED_HEADING}|${INVITED_STATUS}|представител|өкіл`).test(s.text)) break;
    const named = namedIn(s, paragraph);
    if (named.length === 0) break;
    out.push(...named.map((a) => ({ ...a, online: a.line < 0 ? a.online : true })));
  }
  return out;
}
