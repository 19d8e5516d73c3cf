import type { ExtractIssue, ProtocolExtract } from '../types.ts';

/**
 * Attendance told twice, by counts and by lists, that does not add up: the count read from a list that disagrees is
 * withheld rather than chosen — a list read short or long (a layout not understood, another body's list, a sub-list)
 * gives a false count, and nothing on the page says which of the two is wrong but the disagreement itself.
 *
 * - The absentees: those stated as members less those stated present are the absent; a list of another length (or none
 *   absent said, when some must be) is not the absentees, and neither are its counts of excused and unexcused.
 * - Those present: a list of fewer than half those stated present is a piece of a list read (a layout cut it, a sub-list
 *   under its own heading was taken for it), not the list of those present — its count and its count online not taken. A
 *   list one or two off the count stated with it is the list as written (a clerk's slip the protocol keeps, and an issue
 *   says): its count stays the listed one. A present count above the members stated says nothing of the lists.
 *
 * Not for a joint meeting (one body's counts stated, both bodies' lists read): `joint` says so.
 */
export function withholdContradictedAttendance(out: ProtocolExtract, joint: boolean, issues: ExtractIssue[]): void {
  if (joint) return;
  const { members_total: total, present } = out;
  if (total === null || present === null || present > total) return;
  const absent = total - present;
  if (out.absentees_listed !== false && out.absentees.length !== absent) {
    out.absentees_listed = false;
    issues.push({ line: out.absentees[0]?.line ?? 1, message: `${out.absentees.length} read as absent, but ${total} members and ${present} present leave ${absent}: the absentees' count not taken` });
  }
  if (out.attendees_listed !== false && out.attendees.length > 0 && out.attendees.length * 2 < present) {
    out.attendees_listed = false;
    issues.push({ line: out.attendees[0].line, message: `${out.attendees.length} read as present, fewer than half the ${present} stated present: a piece of the list, its count not taken` });
  }
}
