/**
 * What a review workbook lists for one document: a report's figures (sure)
 * and candidates (unsure, with why); a protocol's attendees and absentees,
 * each with the member the members register makes of the name (when one is
 * at hand), and its unclear votes. Pure: the writer and `kenes ingest` both
 * start from it.
 */
import { describeCandidates, memberResolver, type MemberRef } from '../../sources/people/resolveMember.ts';
import { protocolMeetingId } from '../../sources/contracts/rowsFromDocument.ts';
import { toLines } from '../../sources/extract/toLines.ts';
import type { ProtocolExtract, ReportExtract } from '../../sources/extract/types.ts';
import { REVIEW_FORMAT_VERSION, type PersonItem, type ReviewItem, type ReviewModel } from './reviewFormat.ts';
import { unclearVotes } from './unclearVotes.ts';

export interface ReviewedDocument {
  /** The document's identity (workspace/fileIdentity.ts). */
  document: string;
  /** sha256 of its bytes. */
  sha256: string;
  /** Its text as the extractor read it (for the line text column). */
  text: string;
}

export function buildReportReview(extract: ReportExtract, doc: ReviewedDocument): ReviewModel {
  const items: ReviewItem[] = [
    ...extract.figures.map((f) => ({ kind: 'figure' as const, metric: f.metric, value: f.value, line: f.line, why: null })),
    ...(extract.candidates ?? []).map((c) => ({ kind: 'candidate' as const, metric: c.metric, value: c.value, line: c.line, why: c.why })),
  ];
  return {
    marker: {
      version: REVIEW_FORMAT_VERSION, kind: 'report', document: doc.document, document_sha256: doc.sha256, meeting_id: null,
      period_from: extract.period?.from ?? null, period_to: extract.period?.to ?? null,
    },
    lines: toLines(doc.text),
    items: items.sort((a, b) => a.line - b.line),
  };
}

/** `members`: the workspace's register, or null when none is at hand (names are then listed without a match). */
export function buildProtocolReview(extract: ProtocolExtract, doc: ReviewedDocument, members: MemberRef[] | null): ReviewModel {
  const resolve = members ? memberResolver(members) : null;
  const person = (base: Omit<PersonItem, 'member_id' | 'resolution' | 'candidates'>): PersonItem => {
    if (!resolve) return { ...base, member_id: null, resolution: null, candidates: null };
    const r = resolve(base.name);
    if (r.status === 'matched') return { ...base, member_id: r.member_id, resolution: 'matched', candidates: null };
    return { ...base, member_id: null, resolution: r.status, candidates: describeCandidates(r.candidates.slice(0, 3)) || null };
  };
  const items: ReviewItem[] = [
    // The statuses rowsFromProtocol gives the same rows.
    ...extract.attendees.map((a) => person({ kind: 'attendee', name: a.name, status: a.online ? 'online' : 'present', note: a.role, line: a.line })),
    ...extract.absentees.map((a) => person({
      kind: 'absentee', name: a.name, note: a.reason, line: a.line,
      status: a.excused === true ? 'absent_excused' : a.excused === false ? 'absent_unexcused' : 'unknown',
    })),
    ...unclearVotes(extract).map(({ vote, item_no, why }) => ({
      kind: 'vote' as const, item_no, for: vote.for, against: vote.against, abstain: vote.abstain,
      // A vote told but not read (unanimous null) is asked of the reviewer with nothing ticked.
      unanimous: vote.unanimous ?? false,
      declared: vote.declared, motion: vote.text, why, line: vote.line,
    })),
  ];
  return {
    marker: {
      version: REVIEW_FORMAT_VERSION, kind: 'protocol', document: doc.document, document_sha256: doc.sha256,
      meeting_id: protocolMeetingId(extract), period_from: null, period_to: null,
    },
    lines: toLines(doc.text),
    items,
  };
}
