import type { ExtractIssue, ProtocolExtract } from '../types.ts';
import type { StatedLines } from './readStatedCounts.ts';
import { presenceByLine } from './presenceByLine.ts';

/** Differences between what a protocol states and what it lists, as issues. */
export function checkCounts(x: ProtocolExtract, statedLines: StatedLines, issues: ExtractIssue[], lines: string[] = []): void {
  const firstLine = x.attendees[0]?.line ?? 1;
  // Absentees listed and no one present: who attended is not written; the absent are not the complement of anyone.
  if (x.attendees.length === 0 && x.absentees.length > 0) {
    issues.push({ line: x.absentees[0].line, message: `only the absentees are listed (${x.absentees.length}): who was present is not written, so no attendee is recorded` });
  }
  if (x.present !== null && x.attendees.length > 0 && x.present !== x.attendees.length) {
    issues.push({ line: statedLines.present ?? firstLine, message: `stated ${x.present} present, ${x.attendees.length} listed` });
    // A list in a sentence read short of the count stated with it ("присутствовали 9: …, Омаров К.Е. (участвует
    // дистанционно, через Zoom) и Турсынбаев Д.Ж."): its end was not understood, and its length would be false.
    const oneLine = x.attendees.every((a) => a.line === x.attendees[0].line);
    if (oneLine && x.attendees.length < x.present && statedLines.present === x.attendees[0].line) x.attendees_listed = false;
  }
  const listedOnline = x.attendees.filter((a) => a.online).length;
  if (x.online !== null && x.attendees.length > 0 && x.online !== listedOnline) {
    issues.push({ line: statedLines.online ?? firstLine, message: `stated ${x.online} online, ${listedOnline} listed as online` });
  }
  if (x.members_total !== null && x.present !== null && x.present > x.members_total) {
    issues.push({ line: statedLines.present ?? firstLine, message: `stated ${x.present} present of ${x.members_total} members` });
  }
  if (x.members_total !== null && x.absentees.length > 0) {
    const present = x.attendees.length > 0 ? x.attendees.length : x.present;
    if (present !== null && present + x.absentees.length !== x.members_total) {
      issues.push({ line: x.absentees[0].line, message: `${x.members_total} members stated, ${present} present and ${x.absentees.length} absent listed` });
    }
  }
  const opening = x.present ?? (x.attendees.length > 0 ? x.attendees.length : null);
  // A vote after a member left ("Присутствуют 14 членов Совета") adds up to those present then, not at the opening.
  const presence = presenceByLine(lines, opening);
  for (const v of x.votes) {
    const present = v.line - 1 < presence.length ? presence[v.line - 1] : opening;
    if (v.for === null || v.against === null || v.abstain === null || present === null) continue;
    const sum = v.for + v.against + v.abstain + (v.not_voted ?? 0);
    if (sum !== present) {
      issues.push({ line: v.line, message: `votes add up to ${sum} (${v.for}+${v.against}+${v.abstain}${v.not_voted ? `, ${v.not_voted} not voting` : ''}), ${present} present` });
    }
  }
}
