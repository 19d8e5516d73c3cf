import type { ProtocolExtract } from '../../sources/extract/types.ts';
import type { ExpectedProtocol } from './renderProtocol.ts';

/** The fields of an extract that a render's expectation speaks of, in its shape. */
export function viewOfProtocol(x: ProtocolExtract): ExpectedProtocol {
  return {
    number: x.number as string,
    date: x.date as string,
    body: x.body as string,
    members_total: x.members_total,
    present: x.present,
    online: x.online,
    attendees: x.attendees.map((a) => ({ name: a.name, online: a.online })),
    absentees: x.absentees.map((a) => ({ name: a.name, excused: a.excused })),
    agenda: x.agenda.map((a) => a.title),
    votes: x.votes.map((v) => ({ for: v.for, against: v.against, abstain: v.abstain, unanimous: v.unanimous ?? false, declared: v.declared, not_voted: v.not_voted ?? null, item: v.item ?? null })),
  };
}
