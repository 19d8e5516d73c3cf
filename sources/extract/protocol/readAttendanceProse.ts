import { matchesOf } from '../grammar/matchesOf.ts';
import { tidy } from '../toLines.ts';
import type { ProtocolAbsentee, ProtocolAttendee } from '../types.ts';
import { ABSENT_HEADING, AGENDA, INVITED_HEADING, ONLINE, PRESENT_HEADING, QUESTION_NEW, SECTION_NEW } from './lexicon.ts';
import { keyOf, sameKey } from './nameKey.ts';
import { type Paragraph, paragraphsOf } from './paragraphsOf.ts';
import { peopleOf } from './readAbsentSentence.ts';
import { BESIDES_MEMBERS, PRESENT_PERSON } from './readPresentSentence.ts';
import { COUNT_SOURCE as N, parseCount } from '../parseCount.ts';
import { re } from './re.ts';

/**
 * The attendance told as narrative, no list and no heading on a line of its own (set 164): "…, атап айтқанда отырысқа төраға
 * Дүйсенова Гүлнар Амангелдіқызы, … және кеңес хатшысы Есмұхамбетова Д.Қ. қатысты, сонымен қатар … Абылаев Н.С., … Нысанбаев
 * Т.Р. Zoom арқылы қосылды, ал мүшелер Серікбаева Ж.Н. ауырып қалуына байланысты, … қатыспады, …, сондай-ақ отырысқа … Оразов
 * Д.Б. шақырылды", "…, а именно в зале присутствовали Абдрахманов Т.Е., …, а также по видеосвязи … подключился Есенгельдиев
 * М.Б., отсутствовали трое членов Совета: Жумабекова С.О. находится в ежегодном трудовом отпуске, …".
 * Each person takes the status of the word that governs him: a Kazakh finite verb after the names ("қатысты", "қосылды",
 * "қатыспады", "шақырылды") or a Russian verb right after a name ("Ким В.А. отсутствовал"); else the word before the
 * names ("присутствовали", "отсутствовали", "қатысқандар:", "были приглашены"). Those invited are no members. Online are
 * those whose clause names the means ("Zoom арқылы", "по видеосвязи"). An absentee's reason is what follows his name.
 * Taken only when the counts stated close it: as many present named as stated present, as many of them online as stated
 * online (when stated); the absentees when as many as the members stated leave. Null otherwise.
 */
export function readAttendanceProse(lines: string[], stated: { present: number | null; online: number | null; total: number | null }): { attendees: ProtocolAttendee[]; absentees: ProtocolAbsentee[] } | null {
  if (stated.present === null) return null;
  for (const paragraph of paragraphsOf(lines, lines.map((_, k) => k + 1), BEFORE_AGENDA)) {
    const read = statusesIn(paragraph);
    if (!read) continue;
    const attendees = read.attendees;
    if (attendees.length !== stated.present) continue;
    if (stated.online !== null && attendees.filter((a) => a.online).length !== stated.online) continue;
    const absentees = stated.total !== null && read.absentees.length === stated.total - stated.present ? read.absentees : [];
    return { attendees, absentees };
  }
  return null;
}

/** The attendance part of a narrative: up to the agenda named or the first question, wherever in the line. */
const AGENDA_OR_QUESTION = re(`(?<![\\p{L}])(?:${AGENDA}|повестк[\\p{L}]*|күн\\s+тәртіб[\\p{L}]*)|${QUESTION_NEW}|${SECTION_NEW}`);
const BEFORE_AGENDA = { endsAt: (line: string) => AGENDA_OR_QUESTION.exec(line)?.index ?? -1, proseOnly: true };

type Status = 'present' | 'absent' | 'invited';
interface Marker {
  at: number;
  end: number;
  status: Status;
  /** Governs the names before it (a verb after them), else those after it. */
  trailing: boolean;
}

/** "қосылды", "подключился": joined the meeting — present, online when the clause names the means. */
const JOINED = `(?<![\\p{L}])(?:қосылды|подключил(?:ся|ась|ись|ось))(?![\\p{L}])`;
// (Absence first: "не присутствовал" holds "присутствовал"; the invited before the present: "приглашённые … приняли участие".)
const MARKERS: [Status, RegExp][] = [
  ['absent', re(`(?<![\\p{L}])(?:${ABSENT_HEADING})`, 'giu')],
  ['invited', re(`(?<![\\p{L}])(?:${INVITED_HEADING}|приглаш[её]н[\\p{L}]*)`, 'giu')],
  ['present', re(`(?<![\\p{L}])(?:${PRESENT_HEADING})|${JOINED}`, 'giu')],
];
/** "Ещё трое –", "Екі мүше –", "двое членов Совета:": how many the names right after it are. */
const COUNT_BEFORE_NAMES = re(`(?<![\\p{L}\\d])(${N})(?:-?[\\p{L}]{0,4})?(?:\\s+[\\p{L}]+){0,2}\\s*[–—:-]\\s*$`);
/** A Kazakh finite verb of the past: it closes its clause, its names before it ("… залда қатысты", "… қатыса алмады"). */
const KAZAKH_FINITE = /(?:ды|ді|ты|ті)$/u;

function markersOf(text: string, persons: RegExpExecArray[]): Marker[] {
  const taken: Marker[] = [];
  for (const [status, pattern] of MARKERS) {
    for (const m of matchesOf(text, pattern)) {
      const at = m.index ?? 0;
      const end = at + m[0].length;
      if (taken.some((t) => at < t.end && end > t.at)) continue;
      // "Ким В.А. отсутствовал …": a Russian verb right after a name, no stop or comma between, is that name's.
      const before = persons.filter((p) => (p.index ?? 0) + p[0].length <= at).pop();
      const right = before !== undefined && /^[^,;:.()]{0,40}$/u.test(text.slice((before.index ?? 0) + before[0].length, at));
      taken.push({ at, end, status, trailing: KAZAKH_FINITE.test(m[0]) || right });
    }
  }
  return taken.sort((a, b) => a.at - b.at);
}

/** The clause a leading word opens: from the last comma, semicolon or colon before it. */
function clauseBefore(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf(',', at - 1), text.lastIndexOf(';', at - 1), text.lastIndexOf(':', at - 1)) + 1;
  return text.slice(start, at);
}

function statusesIn(paragraph: Paragraph): { attendees: ProtocolAttendee[]; absentees: ProtocolAbsentee[] } | null {
  const text = paragraph.text;
  const persons = matchesOf(text, PRESENT_PERSON);
  if (persons.length === 0) return null;
  const markers = markersOf(text, persons);
  const attendees: ProtocolAttendee[] = [];
  const absentees: ProtocolAbsentee[] = [];
  const seen: { surname: string; initial: string }[] = [];
  // The names between two markers: the later one's when it is a verb after them, else the earlier one's.
  for (let k = 0; k <= markers.length; k++) {
    const from = k === 0 ? 0 : markers[k - 1].end;
    const to = k < markers.length ? markers[k].at : text.length;
    const next = markers[k];
    const prev = markers[k - 1];
    const governor = next?.trailing ? next : prev && !prev.trailing ? prev : null;
    if (!governor) continue;
    const names = persons.filter((p) => (p.index ?? 0) >= from && (p.index ?? 0) + p[0].length <= to);
    if (names.length === 0) continue;
    // Where the means would be named: after the last name up to a verb after them, or the clause a word before them opens.
    const last = names[names.length - 1];
    const means = governor === next ? text.slice((last.index ?? 0) + last[0].length, next.end) : `${clauseBefore(text, prev.at)} ${text.slice(prev.at, prev.end)}`;
    const online = re(ONLINE).test(means);
    if (governor.status === 'invited') continue;
    // The group's words with its names: "Отырысқа аудан әкімінің орынбасары Сейтов А.Б., …", "присутствовали также …" name
    // others besides the members; "Ещё трое – Сидорова А.П. и Каримов Д.А. –" says a count its names do not close: the
    // narrative is not read at all (a guest or a name short would be counted).
    const span = governor === next ? text.slice(from, next.end) : text.slice(prev.at, to);
    if (governor.status === 'present' && BESIDES_MEMBERS.test(span)) return null;
    for (const [k, name] of names.entries()) {
      const said = COUNT_BEFORE_NAMES.exec(text.slice(k === 0 ? from : (names[k - 1].index ?? 0) + names[k - 1][0].length, name.index ?? 0));
      if (said && parseCount(said[1]) !== names.length - k) return null;
    }
    if (governor.status === 'absent') {
      // "… а Ким В.А. отсутствовал без уважительной причины;": the reason may follow the verb, up to the clause's end.
      const end = governor === next ? next.end + Math.max(0, text.slice(next.end).search(/[,;.]|$/u)) : to;
      // (The paragraph up to the group's end, so each name's reason runs to the next name or to that end.)
      for (const a of peopleOf({ text: text.slice(0, end), start: 0 }, names, paragraph, null)) if (fresh(a.name)) absentees.push(a);
      continue;
    }
    for (const m of names) if (fresh(m[0])) attendees.push({ name: tidy(m[0]), role: null, online, line: paragraph.lineAt(m.index ?? 0) });
  }
  return attendees.length > 0 ? { attendees, absentees } : null;

  /** A person told twice ("Қасымова Әсел Бақытжанқызы" opening, "Қасымова Ә.Б." in the list) is one. */
  function fresh(name: string): boolean {
    const key = keyOf(tidy(name));
    if (seen.some((s) => sameKey(s, key))) return false;
    seen.push(key);
    return true;
  }
}
