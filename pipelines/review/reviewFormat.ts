/**
 * The review workbook's format, shared by its writer (writeReviewSheet), its
 * reader (readReviewSheet) and anything else that fills the decision store
 * (review_decisions): what a review is about (the marker), what it lists
 * (items), the sheets' columns and the decisions a person can take.
 *
 * A workbook is a kenes review by its marker — a very hidden sheet `kenes`
 * whose first row says `format | kenes-review` — never by its file name, so a
 * review renamed or moved by the person who filled it is still recognised.
 */
import type { MetricId } from '../../sources/extract/types.ts';

export const REVIEW_FORMAT = 'kenes-review';
/** Raised when the layout changes in a way an older reader cannot follow; a newer review is refused, not misread. */
export const REVIEW_FORMAT_VERSION = 1;
export const MARKER_SHEET = 'kenes';

export type DocumentKindReviewed = 'protocol' | 'report';

/** What a review is about: which document, in which bytes, and what its rows belong to. */
export interface ReviewMarker {
  version: number;
  kind: DocumentKindReviewed;
  /** The document's identity (workspace/fileIdentity.ts) when the review was written. */
  document: string;
  /** sha256 of the document's bytes: a review of other bytes is refused. */
  document_sha256: string;
  /** A protocol's meeting (rowsFromDocument.protocolMeetingId); null for a report. */
  meeting_id: string | null;
  /** A report's period; null when the report states none (its figures cannot be loaded). */
  period_from: string | null;
  period_to: string | null;
}

export type ItemKind = 'figure' | 'candidate' | 'attendee' | 'absentee' | 'vote';
export const ITEM_KINDS: readonly ItemKind[] = ['figure', 'candidate', 'attendee', 'absentee', 'vote'];

/** A report's figure (sure) or candidate (unsure, `why`). */
export interface FigureItem {
  kind: 'figure' | 'candidate';
  metric: MetricId;
  value: number;
  line: number;
  why: string | null;
}

/** A name a protocol lists as present or absent, with what the members register makes of it. */
export interface PersonItem {
  kind: 'attendee' | 'absentee';
  /** As written in the document. */
  name: string;
  /** The attendance status the document gives (attendance contract values). */
  status: string;
  /** Role of an attendee, reason of an absentee. */
  note: string | null;
  /** The member the name was matched to; null when unmatched, ambiguous, or no register was at hand. */
  member_id: string | null;
  resolution: 'matched' | 'unmatched' | 'ambiguous' | null;
  candidates: string | null;
  line: number;
}

export interface VoteItem {
  kind: 'vote';
  item_no: number;
  for: number | null;
  against: number | null;
  abstain: number | null;
  unanimous: boolean;
  declared: 'adopted' | 'rejected' | null;
  motion: string;
  why: string;
  line: number;
}

export type ReviewItem = FigureItem | PersonItem | VoteItem;

export interface ReviewModel {
  marker: ReviewMarker;
  /** The document's lines (1-based `line` indexes them), for the line text column. */
  lines: string[];
  items: ReviewItem[];
}

/**
 * The key of an item in the store, with its line: what a document row it
 * stands for holds in the raw table (a figure's metric, the member written in
 * an attendance row — the id when the name was matched —, a vote's item number),
 * so a decision finds that row again (sql/staging/stg_review_superseded.sql).
 */
export function itemKey(item: ReviewItem): string {
  switch (item.kind) {
    case 'figure':
    case 'candidate':
      return item.metric;
    case 'attendee':
    case 'absentee':
      return item.member_id ?? item.name;
    case 'vote':
      return String(item.item_no);
  }
}

/** Something a person must look at: a candidate, a name not matched to one member, an unclear vote. */
export function needsReview(item: ReviewItem): boolean {
  if (item.kind === 'candidate' || item.kind === 'vote') return true;
  if (item.kind === 'attendee' || item.kind === 'absentee') return item.resolution === 'unmatched' || item.resolution === 'ambiguous';
  return false;
}

export type Decision = 'accept' | 'correct' | 'reject';

/** The dropdown's labels: Russian for the person, the English id for scripts and the web UI. */
export const DECISION_LABELS: Record<Decision, string> = {
  accept: 'принять (accept)',
  correct: 'исправить (correct)',
  reject: 'отклонить (reject)',
};

export const DECLARED_LABELS: Record<'adopted' | 'rejected', string> = {
  adopted: 'принято (adopted)',
  rejected: 'не принято (rejected)',
};

/** Words a person may type instead of picking from the list (the list is not enforced by every program). */
const DECISION_WORDS: Record<Decision, string[]> = {
  accept: ['accept', 'принять', 'принято', 'да', 'верно', 'ok', 'қабылдау'],
  correct: ['correct', 'исправить', 'исправлено', 'исправление', 'түзету'],
  reject: ['reject', 'отклонить', 'отклонено', 'нет', 'неверно', 'қабылдамау'],
};

const DECLARED_WORDS: Record<'adopted' | 'rejected', string[]> = {
  adopted: ['adopted', 'принято', 'принят', 'принята', 'қабылданды'],
  rejected: ['rejected', 'не принято', 'не принят', 'не принята', 'отклонено', 'қабылданбады'],
};

function pick<T extends string>(text: string, labels: Record<T, string>, words: Record<T, string[]>): T | null | undefined {
  const value = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (value === '') return null;
  for (const [id, label] of Object.entries(labels) as [T, string][]) {
    if (value === label || words[id].includes(value)) return id;
  }
  return undefined;
}

/** A decision cell: the id, null when empty, undefined when it says something else (a reject). */
export function parseDecision(text: string): Decision | null | undefined {
  return pick(text, DECISION_LABELS, DECISION_WORDS);
}

export function parseDeclared(text: string): 'adopted' | 'rejected' | null | undefined {
  return pick(text, DECLARED_LABELS, DECLARED_WORDS);
}

export interface ColumnSpec {
  key: string;
  header: string;
  width: number;
  /** Cells a person fills: highlighted, left open. */
  input?: boolean;
}

const DOC_COLUMNS: ColumnSpec[] = [
  { key: 'file', header: 'файл / file', width: 22 },
  { key: 'line', header: 'строка / line', width: 8 },
  { key: 'text', header: 'текст строки / line text', width: 60 },
];
const DECISION_COLUMN: ColumnSpec = { key: 'decision', header: 'решение / decision', width: 22, input: true };
const NOTE_COLUMN: ColumnSpec = { key: 'note', header: 'комментарий / note', width: 30, input: true };
/** The item as kenes wrote it (JSON), in a hidden column: what a decision is about, whatever else the person edits. */
export const ID_COLUMN: ColumnSpec = { key: 'id', header: 'kenes_id', width: 12 };

export interface SheetSpec {
  name: string;
  kinds: ItemKind[];
  columns: ColumnSpec[];
}

export const FIGURES_SHEET: SheetSpec = {
  name: 'Показатели',
  kinds: ['figure', 'candidate'],
  columns: [
    { key: 'kind', header: 'вид / kind', width: 16 },
    { key: 'metric', header: 'показатель / metric', width: 22 },
    { key: 'value', header: 'значение / value', width: 12 },
    ...DOC_COLUMNS,
    { key: 'why', header: 'почему не уверен / why unsure', width: 40 },
    DECISION_COLUMN,
    { key: 'corrected', header: 'исправленное значение / corrected value', width: 18, input: true },
    NOTE_COLUMN,
    ID_COLUMN,
  ],
};

export const PEOPLE_SHEET: SheetSpec = {
  name: 'Участники',
  kinds: ['attendee', 'absentee'],
  columns: [
    { key: 'kind', header: 'вид / kind', width: 16 },
    { key: 'name', header: 'как написано / as written', width: 28 },
    { key: 'status', header: 'статус / status', width: 16 },
    { key: 'member', header: 'член совета / member', width: 12 },
    { key: 'resolution', header: 'сопоставление / resolution', width: 16 },
    { key: 'candidates', header: 'кандидаты / candidates', width: 40 },
    ...DOC_COLUMNS,
    DECISION_COLUMN,
    { key: 'corrected', header: 'member_id (исправлено / corrected)', width: 18, input: true },
    NOTE_COLUMN,
    ID_COLUMN,
  ],
};

export const VOTES_SHEET: SheetSpec = {
  name: 'Голосования',
  kinds: ['vote'],
  columns: [
    { key: 'item_no', header: '№ / item', width: 6 },
    { key: 'for', header: 'за / for', width: 8 },
    { key: 'against', header: 'против / against', width: 10 },
    { key: 'abstain', header: 'воздержались / abstain', width: 12 },
    { key: 'declared', header: 'итог / declared', width: 16 },
    { key: 'why', header: 'что неясно / why unclear', width: 36 },
    ...DOC_COLUMNS,
    DECISION_COLUMN,
    { key: 'corrected_for', header: 'за (исправлено) / for (corrected)', width: 12, input: true },
    { key: 'corrected_against', header: 'против (исправлено) / against (corrected)', width: 12, input: true },
    { key: 'corrected_abstain', header: 'воздержались (исправлено) / abstain (corrected)', width: 12, input: true },
    { key: 'corrected_declared', header: 'итог (исправлено) / declared (corrected)', width: 18, input: true },
    NOTE_COLUMN,
    ID_COLUMN,
  ],
};

export const REVIEW_SHEETS: SheetSpec[] = [FIGURES_SHEET, PEOPLE_SHEET, VOTES_SHEET];

export const KIND_LABELS: Record<ItemKind, string> = {
  figure: 'показатель (figure)',
  candidate: 'кандидат (candidate)',
  attendee: 'присутствовал (attendee)',
  absentee: 'отсутствовал (absentee)',
  vote: 'голосование (vote)',
};
