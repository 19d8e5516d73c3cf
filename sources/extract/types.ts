/**
 * The JSON shapes of `kenes extract protocol|report --json` (DESIGN.md,
 * "Document extracts"). Every `line` is the 1-based line of the document text
 * after line endings are normalised to `\n`.
 */
import { METRICS } from '../reference/metrics.ts';

export interface ExtractIssue {
  line: number;
  message: string;
}

export interface ProtocolAttendee {
  name: string;
  role: string | null;
  online: boolean;
  line: number;
}

export interface ProtocolAbsentee {
  name: string;
  /** true: a valid reason; false: stated as without one; null: not stated. */
  excused: boolean | null;
  reason: string | null;
  line: number;
}

export interface AgendaItem {
  no: number;
  title: string;
  line: number;
}

export type VoteDeclared = 'adopted' | 'rejected';

export interface ProtocolVote {
  line: number;
  for: number | null;
  against: number | null;
  abstain: number | null;
  /** null only for a vote the text tells but no reader understood (a hole kept in its place: see unreadVotes). */
  unanimous: boolean | null;
  /** The result the text declares, null when it states none. */
  declared: VoteDeclared | null;
  text: string;
  /**
   * The agenda question the text puts the vote under (its section's heading, its row's label; 0 the agenda itself);
   * absent when the text does not tell. Never the vote's place in the list: see protocol/voteQuestions.ts.
   */
  item?: number;
  /** Members present stated as not voting ("2 члена не голосовали"); absent when the text states none. */
  not_voted?: number;
}

/** council, presidium, committee, working_group, or "commission N". */
export type MeetingBody = string;

export interface ProtocolExtract {
  kind: 'protocol';
  number: string | null;
  date: string | null;
  body: MeetingBody | null;
  members_total: number | null;
  present: number | null;
  online: number | null;
  attendees: ProtocolAttendee[];
  /**
   * false when no one was read as present (no list, table or run of names of those present): a meeting has at least its
   * chair, so an empty `attendees` says who came is not written, never that nobody came. Absent when someone was read.
   */
  attendees_listed?: false;
  absentees: ProtocolAbsentee[];
  /**
   * false when no one was read as absent and the text neither says nobody was absent nor states all the members present:
   * an empty `absentees` then says who was absent is not written, never that nobody was (no data is not zero).
   */
  absentees_listed?: false;
  agenda: AgendaItem[];
  /**
   * false when no agenda item was read: an empty `agenda` then says the agenda is not read, never that it had 0 items;
   * false too when the discussion is headed by more questions than the items read (the items kept, their count not whole).
   * Absent when an item was read.
   */
  agenda_listed?: false;
  votes: ProtocolVote[];
  issues: ExtractIssue[];
}

/** The metric ids a stated figure may name: the metrics file's (sources/reference/metrics.json), so a new metric is one line there. */
export const METRIC_IDS: readonly string[] = METRICS.map((m) => m.id);
/** A metric id of METRIC_IDS (a string: the ids come from the metrics file, not from code). */
export type MetricId = string;

export const PLATFORMS = ['website', 'kazkenes', 'instagram', 'facebook', 'threads', 'telegram', 'other'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** The activity types of the activities register. */
export type ActivityType =
  | 'monitoring' | 'public_hearing' | 'report_hearing' | 'npa_review' | 'round_table' | 'dialog_platform'
  | 'official_meeting' | 'seminar' | 'memorandum' | 'site_visit' | 'media_project' | 'other';

export interface ReportFigure {
  metric: MetricId;
  value: number;
  line: number;
  text: string;
  /** A sub-figure ("из них от физических лиц – 33", "оның ішінде"): the stated figure it is a part of. */
  part_of?: MetricId;
}

/**
 * A number the figure grammar attached to a metric but is not sure of (another
 * period, an estimate, a part, another subject): shown to a person and loaded
 * only once reviewed, never as a stated figure.
 */
export interface ReportCandidate {
  metric: MetricId;
  value: number;
  line: number;
  text: string;
  why: string;
}

export interface ReportMedia {
  platform: Platform;
  publications: number | null;
  views: number | null;
  line: number;
}

export interface ReportActivity {
  type: ActivityType;
  title: string;
  date_start: string | null;
  date_end: string | null;
  line: number;
}

export interface ReportExtract {
  kind: 'report';
  period: { from: string; to: string } | null;
  figures: ReportFigure[];
  media: ReportMedia[];
  activities: ReportActivity[];
  candidates: ReportCandidate[];
  issues: ExtractIssue[];
}
