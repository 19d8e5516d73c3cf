import type { ProtocolAttendee } from '../types.ts';
import { matchesOf } from '../grammar/matchesOf.ts';
import { AGENDA_HEADING, SECTION_NEW } from './lexicon.ts';
import { keyOf, sameKey } from './nameKey.ts';
import { INITIALS, re } from './re.ts';

/**
 * The chair and the secretary told APART from the list of those present: "Председательствующий – …, Жакупова Гульмира
 * Серикбаевна." / "Секретарь – член Совета, … Ахметова Динара Кайратовна." above "Члены Совета, присутствовавшие на заседании
 * (кроме председательствующего и секретаря):", or a count "Отырысқа 11 мүше қатысты (төрағаны қоса алғанда)" over a list
 * without the chair. Each one the text says is apart and is a member (the council's chair; a secretary said to be "член
 * Совета" / "кеңес мүшесі") is an attendee too — else the list's count misses them and states a false figure.
 *
 * Added only when the text says they are apart (or counted with those present), when they are named in the header, named
 * in no list already, and — when a count of those present is stated — when the list with them makes that count exactly.
 * Returns the attendees to add (empty when none).
 */
export function leadersApart(lines: string[], numbers: number[], attendees: ProtocolAttendee[], named: string[], present: number | null): ProtocolAttendee[] {
  const end = lines.findIndex((l) => re(AGENDA_HEADING).test(l) || re(SECTION_NEW).test(l));
  const head = lines.slice(0, end < 0 ? lines.length : end);
  const said = head.map((l) => APART.exec(l)).find((m) => m !== null && m !== undefined);
  if (!said) return [];
  const roles = { chair: CHAIR_WORD.test(said[0]), secretary: SECRETARY_WORD.test(said[0]) };
  const excluded = EXCLUDED.test(said[0]);
  const found: ProtocolAttendee[] = [];
  for (const role of ['chair', 'secretary'] as const) {
    if (!roles[role]) continue;
    const told = toldIn(head, numbers, role);
    if (!told) return [];
    // The secretary is a member only when said to be; the council's chair (or one presiding said to be a member) is.
    const member = !NOT_MEMBER.test(told.text) && (MEMBER.test(told.text) || (role === 'chair' && (COUNCIL_CHAIR.test(told.text) || excluded)));
    if (!member) continue;
    const key = keyOf(told.name);
    if (named.some((n) => sameKey(keyOf(n), key) || sameKey(key, keyOf(n)))) continue;
    found.push({ name: told.name, role: role === 'chair' ? 'председательствующий' : 'секретарь', online: false, line: told.line });
  }
  if (present !== null && attendees.length + found.length !== present) return [];
  return found;
}

/** The chair's or the secretary's clause in the header (its label, the lines it wraps over) and the name in it. */
function toldIn(head: string[], numbers: number[], role: 'chair' | 'secretary'): { name: string; text: string; line: number } | null {
  const label = role === 'chair' ? CHAIR_LABEL : SECRETARY_LABEL;
  for (let k = 0; k < head.length; k++) {
    if (!label.test(head[k])) continue;
    let text = head[k].trim();
    for (let j = k + 1; j < head.length && !/[.;]\s*$/.test(text) && head[j].trim() !== '' && !CHAIR_LABEL.test(head[j]) && !SECRETARY_LABEL.test(head[j]); j++) {
      text = `${text} ${head[j].trim()}`;
    }
    const names = matchesOf(text, NAME);
    if (names.length === 0) return null;
    return { name: names[0][0], text, line: numbers[k] ?? k + 1 };
  }
  return null;
}

const CHAIR_WORD = re(`председател|төраға`);
const SECRETARY_WORD = re(`секретар|хатшы`);
/**
 * "кроме председательствующего и секретаря", "(председатель и секретарь указаны выше)", "төраға мен хатшыдан басқа" — the list
 * leaves them out; "включая председательствующего и секретаря", "төрағаны қоса алғанда" — the count holds them.
 */
const ROLE = `(?:председател[\\p{L}]*|председательствующ[\\p{L}]*|секретар[\\p{L}]*|төраға[\\p{L}]*|хатшы[\\p{L}]*)`;
const ROLES = `${ROLE}(?:\\s+(?:и|мен|пен|бен|және)\\s+${ROLE})?`;
const EXCLUDED_SOURCE = `(?<![\\p{L}])(?:кроме\\s+${ROLES}|${ROLES}\\s+(?:указан[\\p{L}]*|назван[\\p{L}]*)\\s+выше|${ROLES}\\s+(?:басқа|қоспағанда|жоғарыда\\s+(?:көрсетілген|аталған)))`;
const EXCLUDED = re(EXCLUDED_SOURCE);
const APART = re(`${EXCLUDED_SOURCE}|(?<![\\p{L}])(?:включая|в\\s+том\\s+числе|с\\s+уч[её]том)\\s+${ROLES}|${ROLES}\\s+қоса\\s+алғанда`);
const CHAIR_LABEL = re(`^\\s*(?:председательствующ[\\p{L}]*|председательствовал[\\p{L}]*|председатель\\s+заседания|төрағалық\\s+ет[\\p{L}]*|отырыс(?:ты|қа)?\\s+төрағалық)(?:\\s*/\\s*[\\p{L}\\s]+?)?\\s*[:–—-]`);
const SECRETARY_LABEL = re(`^\\s*(?:секретар[\\p{L}]*(?:\\s+заседания)?|хатшы(?:сы)?)(?:\\s*/\\s*[\\p{L}\\s]+?)?\\s*[:–—-]`);
/** "председатель Общественного совета", "Кеңес төрағасы", "Қоғамдық кеңестің төрағасы": the council's own chair, a member. */
const COUNCIL_CHAIR = re(`председател[\\p{L}]*\\s+(?:общественн[\\p{L}]*\\s+)?совет|кеңес[\\p{L}]*\\s+төрағасы`);
const MEMBER = re(`(?<![\\p{L}])(?:член[\\p{L}]*\\s+(?:общественн[\\p{L}]*\\s+)?совет|кеңес[\\p{L}]*\\s+мүшесі)`);
const NOT_MEMBER = re(`не\\s+(?:является\\s+)?член|член[\\p{L}]*\\s+(?:общественн[\\p{L}]*\\s+)?совет[\\p{L}]*\\s+не\\s+явля|мүшесі\\s+емес|құрамына\\s+кірмейді|не\\s+входит`);
const CAPITAL = 'A-ZА-ЯЁӘҒҚҢӨҰҮҺІ';
const WORD = `[${CAPITAL}][\\p{Ll}'’]+(?:-[${CAPITAL}][\\p{Ll}'’]*)*`;
const PATRONYMIC = `[${CAPITAL}]\\p{Ll}+(?:вич|вна|ична|ұлы|улы|қызы|кызы)`;
/** A name written in full, case-sensitive: a position's capitalised words ("Председатель Общественного совета") are none. */
const NAME = new RegExp(`(?<![\\p{L}])(?:${WORD}\\s+${WORD}\\s+${PATRONYMIC}|${WORD}\\s+${INITIALS}|${INITIALS}\\s?${WORD})(?![\\p{L}])`, 'gu');
