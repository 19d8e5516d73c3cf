/**
 * What a protocol's class tests compare: its lines joined as a document, and the attendance an extract states —
 * null where the extract says a list is not stated, so "not read" never passes for "none".
 */
import { parseProtocol } from '../../sources/extract/parseProtocol.ts';

export const doc = (...lines: string[]): string => lines.join('\n');

export const attendanceCounts = (x: ReturnType<typeof parseProtocol>) => ({
  attendees: x.attendees_listed === false ? null : x.attendees.length,
  online: x.attendees_listed === false ? null : x.attendees.filter((a) => a.online).length,
  absentees: x.absentees_listed === false ? null : x.absentees.length,
  excused: x.absentees.filter((a) => a.excused === true).length,
  unexcused: x.absentees.filter((a) => a.excused === false).length,
});

/** A protocol's votes as [for, against, abstain, unanimous, declared]. */
export const votesOf = (text: string) => parseProtocol(text).votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared]);

/** The counts a protocol states: [members_total, present, online]. */
export const statedCounts = (text: string) => {
  const x = parseProtocol(text);
  return [x.members_total, x.present, x.online];
};

/** Those present as [name, online], null when the list is not stated. */
export const attendeesOf = (text: string) => {
  const x = parseProtocol(text);
  return x.attendees_listed === false ? null : x.attendees.map((a) => [a.name, a.online]);
};
