import type { ExtractIssue, ProtocolExtract } from '../types.ts';
import { readAttendance } from './readAttendance.ts';
import { re } from './re.ts';

/** "члены Общественного совета – согласно листу регистрации (Приложение 1)", "тіркеу парағына сәйкес (1-қосымша)". */
const REFERS_TO_SHEET = re(`(?:согласно|по)\\s+(?:листу|листа[мх]?)\\s+регистрации|(?:лист[\\p{L}]*\\s+регистрации|списк[\\p{L}]*)[^.;]{0,20}?\\(\\s*приложение|тіркеу\\s+парағ[\\p{L}]*\\s+(?:сәйкес|бойынша)`);
/** The annex's title: "ЛИСТ РЕГИСТРАЦИИ", "ТІРКЕУ ПАРАҒЫ" alone on its line. */
const SHEET_TITLE = re(`^\\s*(?:лист\\s+регистрации|тіркеу\\s+парағы)\\s*:?\\s*$`);
/** The next annex or a rule: the sheet's end. */
const ANNEX = re(`^\\s*(?:приложение|\\d{1,2}\\s*-\\s*қосымша|қосымша)(?:\\s*(?:№\\s*)?\\d{1,2})?\\s*$|^\\s*[-=_]{10,}\\s*$`);
/** "членов Общественного совета Аулиекольского района, 26.02.2025 г.": the title's second line, no entry. */
const ENTRY = /^\s*(?:\d{1,3}[.)]|[-–—•])\s*\S/u;

/**
 * "Присутствовали: члены Общественного совета – согласно листу регистрации (Приложение 1)" and no one named there: the
 * members present are the registration sheet annexed after the signatures ("ЛИСТ РЕГИСТРАЦИИ" / "1. Мухамедиев Канат
 * Сабитович  председатель Совета  ______"). A sheet typed for all the members to sign tells nothing of who came: its names
 * are taken only when as many are read as the protocol states present.
 */
export function readRegistrationAnnex(lines: string[], present: number | null, date: string | null): Pick<ProtocolExtract, 'attendees' | 'absentees'> | null {
  if (present === null) return null;
  const refers = lines.findIndex((l) => REFERS_TO_SHEET.test(l));
  if (refers < 0) return null;
  const title = lines.findIndex((l, k) => k > refers && SHEET_TITLE.test(l));
  if (title < 0) return null;
  const own = lines.map(() => '');
  let entries = 0;
  for (let k = title + 1; k < lines.length && !ANNEX.test(lines[k]); k++) {
    if (entries === 0 && !ENTRY.test(lines[k])) continue;
    // The list under a heading of those present (at the line above the first entry, a blank or the title's second line).
    if (entries === 0) own[k - 1] = 'Присутствовали:';
    if (entries > 0 && lines[k].trim() === '' && (lines[k + 1] ?? '').trim() === '') break;
    if (lines[k].trim() === '') continue;
    own[k] = lines[k].replace(/\s*_{3,}\s*$/u, '');
    if (ENTRY.test(lines[k])) entries++;
  }
  const issues: ExtractIssue[] = [];
  const read = readAttendance(own, issues, date);
  if (read.attendees.length !== present || read.absentees.length > 0 || read.attendees_listed === false) return null;
  return { attendees: read.attendees, absentees: [] };
}
