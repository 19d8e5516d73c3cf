/**
 * A document's extract as rows of the registers, so protocols and narrative
 * reports land in the same raw tables as spreadsheets and the marts count them
 * alike: a protocol gives a meeting, its attendance and its votes; a report
 * gives its activities and its stated figures. Every row keeps the line of the
 * document it came from, and goes through the register's contract like any
 * spreadsheet row. Names are matched to members here; a name that matches
 * nobody, or several people, is kept as written and put on the review list —
 * and matched again by `kenes build` (pipelines/build/resolveNames.ts, the same
 * resolveMember) against the members loaded by then, with the meeting's date.
 */
import { describeCandidates, memberResolver, type MemberRef } from '../people/resolveMember.ts';
import type { ProtocolExtract, ReportExtract } from '../extract/types.ts';
import { activities } from './activities.ts';
import { attendance } from './attendance.ts';
import type { ContractContext, Register } from './defineRegister.ts';
import { meetings } from './meetings.ts';
import { statedFigures } from './statedFigures.ts';
import type { Reject, ValidatedTable, ValidRow } from './validateTable.ts';
import { voteItems } from './voteItems.ts';
import { votes } from './votes.ts';

export interface NameReview {
  source_line: number;
  name: string;
  resolution: 'unmatched' | 'ambiguous';
  candidates: string;
}

export interface DocumentIssue {
  source_line: number;
  message: string;
}

export interface DocumentRows {
  tables: ValidatedTable[];
  reviews: NameReview[];
  /** What the extractor noticed (contradictions, gaps), and what could not be loaded. */
  issues: DocumentIssue[];
}

interface LineRow {
  line: number;
  values: Record<string, unknown>;
}

function toTable(register: Register, file: string, rows: LineRow[], ctx: ContractContext): ValidatedTable {
  const schema = register.schema(ctx);
  const valid: ValidRow[] = [];
  const rejects: Reject[] = [];
  for (const row of rows) {
    const input = Object.fromEntries(Object.keys(register.columns).map((c) => [c, row.values[c] ?? null]));
    const parsed = schema.safeParse(input);
    if (parsed.success) {
      valid.push({ values: parsed.data, extra: null, sourceRow: null, sourceLine: row.line });
    } else {
      for (const issue of parsed.error.issues) {
        const column = String(issue.path[0] ?? '');
        rejects.push({
          register: register.id, source_file: file, source_sheet: null, source_row: null, source_line: row.line,
          column_name: column || null, value: input[column] == null ? null : String(input[column]), reason: issue.message,
        });
      }
    }
  }
  return { register, file, sheet: null, headerRow: 0, rows: valid, rejects };
}

/** The meeting a protocol records: identified by body and date, since protocols carry no register id. */
export function protocolMeetingId(extract: ProtocolExtract): string {
  return `${extract.body ?? 'council'} ${extract.date ?? 'undated'}${extract.number ? ` №${extract.number}` : ''}`;
}

export function rowsFromProtocol(extract: ProtocolExtract, file: string, members: MemberRef[], ctx: ContractContext): DocumentRows {
  const meetingId = protocolMeetingId(extract);
  const reviews: NameReview[] = [];
  const resolve = memberResolver(members);
  const memberRef = (name: string, line: number): string => {
    const resolution = resolve(name);
    if (resolution.status === 'matched') return resolution.member_id;
    reviews.push({
      source_line: line, name, resolution: resolution.status,
      candidates: describeCandidates(resolution.candidates.slice(0, 3)),
    });
    return name;
  };
  const firstLine = Math.min(...[...extract.attendees, ...extract.agenda].map((x) => x.line), 1);
  const meetingRows: LineRow[] = [{
    line: firstLine,
    values: {
      meeting_id: meetingId, body: extract.body ?? 'council', date: extract.date, number: extract.number,
      title: extract.agenda.map((a) => `${a.no}. ${a.title}`).join(' ') || null,
    },
  }];
  // A list the extract does not state (attendees_listed / absentees_listed false while names were read: an absentee's
  // reason on a line read as present) still names who the meeting concerned, but not whether each came: status unknown,
  // the document's issue says why, and a person sets it in the review.
  const attended = extract.attendees_listed !== false;
  const missed = extract.absentees_listed !== false;
  const attendanceRows: LineRow[] = [
    ...extract.attendees.map((a) => ({
      line: a.line,
      values: { meeting_id: meetingId, member: memberRef(a.name, a.line), status: !attended ? 'unknown' : a.online ? 'online' : 'present', note: a.role },
    })),
    ...extract.absentees.map((a) => ({
      line: a.line,
      values: {
        meeting_id: meetingId, member: memberRef(a.name, a.line),
        status: !missed ? 'unknown' : a.excused === true ? 'absent_excused' : a.excused === false ? 'absent_unexcused' : 'unknown',
        note: a.reason,
      },
    })),
  ];
  // Each vote on its question as the protocol tells it; a vote whose question is not known is not loaded on a guessed one,
  // its reject says why.
  const items = voteItems(extract);
  const voteRows: LineRow[] = [];
  const unplaced: Reject[] = [];
  extract.votes.forEach((v, i) => {
    const item = items[i];
    if ('item_no' in item) {
      voteRows.push({
        line: v.line,
        values: {
          meeting_id: meetingId, item_no: item.item_no, motion: v.text, for: v.for, against: v.against, abstain: v.abstain,
          unanimous: v.unanimous, declared: v.declared,
        },
      });
    } else {
      unplaced.push({
        register: votes.id, source_file: file, source_sheet: null, source_row: null, source_line: v.line,
        column_name: 'item_no', value: v.text, reason: item.reason,
      });
    }
  });
  const voteTable = toTable(votes, file, voteRows, ctx);
  voteTable.rejects.push(...unplaced);
  return {
    tables: [
      toTable(meetings, file, meetingRows, ctx),
      toTable(attendance, file, attendanceRows, ctx),
      voteTable,
    ],
    reviews,
    issues: extract.issues.map((i) => ({ source_line: i.line, message: i.message })),
  };
}

export function rowsFromReport(extract: ReportExtract, file: string, ctx: ContractContext): DocumentRows {
  const activityRows: LineRow[] = extract.activities.filter((a) => a.date_start).map((a) => ({
    line: a.line,
    values: { activity_id: `${file}:${a.line}`, type: a.type, date_start: a.date_start, date_end: a.date_end, title: a.title },
  }));
  const figureRows: LineRow[] = extract.period
    ? extract.figures.map((f) => ({
      line: f.line,
      values: { period_from: extract.period!.from, period_to: extract.period!.to, metric: f.metric, value: f.value, source: file },
    }))
    : [];
  const activityTable = toTable(activities, file, activityRows, ctx);
  // Narrative reports often list activities without dates; they are kept as rejects, not placed on a guessed day.
  for (const a of extract.activities.filter((x) => !x.date_start)) {
    activityTable.rejects.push({
      register: activities.id, source_file: file, source_sheet: null, source_row: null, source_line: a.line,
      column_name: 'date_start', value: a.title,
      reason: `the report gives no date for this ${a.type.replace(/_/g, ' ')}; enter it in the activities register to count it`,
    });
  }
  return {
    tables: [activityTable, toTable(statedFigures, file, figureRows, ctx)],
    reviews: [],
    issues: [
      ...extract.issues.map((i) => ({ source_line: i.line, message: i.message })),
      // Candidates are never loaded as stated figures: they wait for a person's review.
      ...(extract.candidates ?? []).map((c) => ({ source_line: c.line, message: `not loaded, to review: ${c.metric} ${c.value} — ${c.why}` })),
      ...(extract.period || extract.figures.length === 0 ? [] : [{
        source_line: extract.figures[0].line,
        message: `no reporting period found, so its ${extract.figures.length} stated figure(s) were not loaded`,
      }]),
    ],
  };
}
