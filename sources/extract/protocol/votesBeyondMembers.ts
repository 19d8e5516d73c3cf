import type { ExtractIssue, ProtocolVote } from '../types.ts';

/**
 * A vote whose counts add up to more than could have voted — more than the members stated, or those stated present when
 * no members are — took a number from another clause (a count of residents, of schools, a date) or another vote's line:
 * its counts are withheld (null, "unanimous" too when it was told by counts), its declared result kept, for that is read from
 * its own words. Not for a joint meeting, where two bodies vote and the counts stated are one body's.
 */
export function withholdVotesBeyondMembers(votes: ProtocolVote[], members: number | null, present: number | null, joint: boolean, issues: ExtractIssue[]): void {
  const most = members ?? present;
  if (joint || most === null) return;
  for (const v of votes) {
    const sum = (v.for ?? 0) + (v.against ?? 0) + (v.abstain ?? 0);
    if (sum <= most) continue;
    issues.push({ line: v.line, message: `vote: its counts add up to ${sum}, more than the ${most} ${members !== null ? 'members' : 'present'}: not taken` });
    v.for = v.against = v.abstain = null;
    if (v.unanimous === false) v.unanimous = null;
  }
}
