import type { ProtocolAttendee } from '../types.ts';
import { matchesOf } from '../grammar/matchesOf.ts';
import { keyOf, sameKey } from './nameKey.ts';
import { PERSON_NAME, SURNAME_INITIALS, re } from './re.ts';

/**
 * "Секретарь – Оспанова Г.Т., главный эксперт Департамента (членом Совета не является).", "Хатшы – Кенжебаева А.Т. (Кеңес
 * мүшесі емес)": the protocol says of one person, outside the list, that she is no member — and a list of everyone connected
 * (a Zoom participants' list, a registration sheet) names her among the members as "секретарь". She is no attendee. A line
 * (with the next when that one goes on in lower case or a bracket) that says so names one person, and only one: which of
 * two is meant is not told. Returns the attendees without those so named, and the lines they stood on.
 */
export function withoutNoMembersNamed(attendees: ProtocolAttendee[], lines: string[]): { attendees: ProtocolAttendee[]; dropped: number[] } {
  const named: { surname: string; initial: string }[] = [];
  lines.forEach((line, k) => {
    const next = lines[k + 1] ?? '';
    const text = /^\s*[(\p{Ll}]/u.test(next) ? `${line} ${next}` : line;
    if (!NOT_A_MEMBER.test(text)) return;
    const people = [...matchesOf(text, PERSON)];
    if (people.length === 1) named.push(keyOf(people[0][0]));
  });
  if (named.length === 0) return { attendees, dropped: [] };
  const kept = attendees.filter((a) => !named.some((n) => sameKey(keyOf(a.name), n)));
  return { attendees: kept, dropped: attendees.filter((a) => !kept.includes(a)).map((a) => a.line) };
}

/** "членом Совета не является", "не является членом Общественного совета", "не член Совета", "Кеңес мүшесі емес". */
const NOT_A_MEMBER = re(`(?<![\\p{L}])(?:член[\\p{L}]*\\s+(?:общественн[\\p{L}]*\\s+)?(?:совет|комисси|ос(?![\\p{L}]))[\\p{L}]*\\s+не\\s+явля[\\p{L}]*|не\\s+(?:является\\s+)?член[\\p{L}]*\\s+(?:общественн[\\p{L}]*\\s+)?(?:совет|комисси|ос(?![\\p{L}]))|(?:кеңес|комиссия)[\\p{L}]*\\s+мүшесі\\s+емес)`);
const PERSON = re(`(?<![\\p{L}])(?:${SURNAME_INITIALS}|${PERSON_NAME})(?![\\p{L}])`, 'gu');
