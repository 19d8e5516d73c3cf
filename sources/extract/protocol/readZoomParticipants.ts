import Papa from 'papaparse';
import { parseCount, COUNT_SOURCE as N } from '../parseCount.ts';
import type { ProtocolAttendee } from '../types.ts';
import { ONLINE } from './lexicon.ts';
import { IN_PERSON_WORDS } from './readAttendanceTable.ts';
import { re } from './re.ts';
import { looksLikePersonLine, splitOutsideParens, splitPerson } from './splitPerson.ts';

/**
 * Zoom's participants report pasted as the annex of those online ("Name (Original Name),User Email,Join Time,Leave
 * Time,Duration (Minutes),Guest", or its Russian "Имя (настоящее имя),…,Время входа,…"): a row a connection, not a person
 * — the host's account and the room's camera are rows ("Qogamdyq Kenes Zhetysu (Host)", "Zal 305 (Zoom Room)"), a member
 * who reconnected has two, a guest has one like any member's ("Jumabekova A. (upr. PTiAD)", "Гость 1"). The rows tell
 * nothing of who is a member, so the report is read only when the protocol's own counts close it: as many persons in it
 * (named plainly, or by the name Zoom keeps in brackets after a device's, "iPhone Kuralay (Kuralay Zhunusova)"; each once)
 * as it states online, and the rest of those it states present named in its line of those in the room ("- очно в зале
 * (каб. 305) – 3: Әлімбеков Қ.М., …;"). Otherwise null: no one is read, the stated counts stand alone.
 */
export function readZoomParticipants(lines: string[], present: number | null, online: number | null): ProtocolAttendee[] | null {
  if (present === null || online === null || online <= 0 || online > present) return null;
  const report = readReport(lines);
  if (report === null || report.length !== online) return null;
  const inRoom = present === online ? [] : readInRoom(lines, present - online);
  if (inRoom === null) return null;
  return [...inRoom, ...report];
}

/** The report's header: the name's column first, the time of joining after it. */
const HEADER_NAME = /^\s*(?:name(?:\s*\(original name\))?|имя(?:\s*\(настоящее имя\))?|participant)\s*$/iu;
const HEADER_JOIN = /^\s*(?:join time|время входа)\s*$/iu;
/** Zoom's own marks of a row that is no participant: the host's account, a room's device. */
const ZOOM_ROLE = /\(\s*(?:host|co-host|zoom room|организатор|соорганизатор)\s*\)/iu;
/** A person named plainly: two or three capitalised words of letters ("Nurlan Sadykov", "Сапарова Гульнара"). */
const PLAIN_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?){1,2}$/u;

/** The persons of the report, each once (online); null when there is no report or a row is not understood as CSV. */
function readReport(lines: string[]): ProtocolAttendee[] | null {
  const at = lines.findIndex((l) => {
    const cells = csvCells(l);
    return cells !== null && HEADER_NAME.test(cells[0]) && cells.some((c) => HEADER_JOIN.test(c));
  });
  if (at < 0) return null;
  const width = csvCells(lines[at])!.length;
  const people = new Map<string, ProtocolAttendee>();
  for (let k = at + 1; k < lines.length && lines[k].trim() !== ''; k++) {
    const cells = csvCells(lines[k]);
    if (cells === null || cells.length !== width) return null;
    const name = personOf(cells[0].trim());
    if (name === null) continue;
    const key = name.toLowerCase();
    if (!people.has(key)) people.set(key, { name, role: null, online: true, line: k + 1 });
  }
  return [...people.values()];
}

/** The person a row's display name gives, or null (Zoom's host or room, a guest's label, a name with anything else). */
function personOf(display: string): string | null {
  if (ZOOM_ROLE.test(display)) return null;
  // "iPhone Kuralay (Kuralay Zhunusova)": the name the participant had before renaming, in brackets, is the person's.
  const original = /^.*?\(([^()]*)\)\s*$/u.exec(display);
  const name = (original ? original[1] : display).trim();
  return PLAIN_NAME.test(name) ? name : null;
}

/** The cells of a line of comma-separated values (quoted cells may hold commas); null when the line has no comma or a quote is left open. */
function csvCells(line: string): string[] | null {
  if (!line.includes(',')) return null;
  const parsed = Papa.parse<string[]>(line, { delimiter: ',', quoteChar: '"' });
  return parsed.errors.length > 0 || parsed.data.length !== 1 ? null : parsed.data[0];
}

/** "- очно в зале заседаний (каб. 305) – 3: Әлімбеков Қ.М., Қуанышева Д.Е., Ткаченко С.В.;": those in the room, counted and named. */
const IN_ROOM = re(`^\\s*(?:[-–—•·*]\\s*)?${IN_PERSON_WORDS}[^:]{0,60}?[-–—]\\s*(${N})\\s*(?:чел\\.?|человек|адам)?\\s*:\\s*(.+)$`);

/** Those in the room as the one line naming them gives them, when it names as many as it says and as are left; else null. */
function readInRoom(lines: string[], count: number): ProtocolAttendee[] | null {
  const found = lines.map((l, k) => ({ m: IN_ROOM.exec(l), k })).filter((x) => x.m !== null && !re(ONLINE).test(x.m[0].slice(0, x.m[0].indexOf(':'))));
  if (found.length !== 1) return null;
  const { m, k } = found[0];
  if (parseCount(m![1]) !== count) return null;
  const names = splitOutsideParens(m![2].replace(/[.;]\s*$/u, ''));
  if (names.length !== count || !names.every((n) => looksLikePersonLine(n, false))) return null;
  const people = names.map((n) => splitPerson(n));
  if (people.some((p) => p === null || p.rest !== null)) return null;
  return people.map((p) => ({ name: p!.name, role: null, online: false, line: k + 1 }));
}
