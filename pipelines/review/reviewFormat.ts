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
import {
  DECISION_WORDS_BY_LANG, DECLARED_WORDS_BY_LANG, HEADERS, KIND_WORDS, REVIEW_LANGS, SHEET_NAMES, type ReviewLang,
} from './reviewLabels.ts';

export const REVIEW_FORMAT = 'kenes-review';
/**
 * Raised when the layout changes in a way an older reader cannot follow; a newer review is refused, not misread.
 * 2: Kazakh and English headers, and the corrected metric, status and reason columns (an older reader would
 * skip a Kazakh sheet, or load an attendee with the status the person corrected left as it was).
 */
export const REVIEW_FORMAT_VERSION = 2;
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

/** The dropdown's labels in Russian (format version 1); reviewLabels.ts has them in every language. */
export const DECISION_LABELS: Record<Decision, string> = byLang(DECISION_WORDS_BY_LANG, 'ru');

export const DECLARED_LABELS: Record<'adopted' | 'rejected', string> = byLang(DECLARED_WORDS_BY_LANG, 'ru');

/** The dropdown's labels in a workspace's language. */
export function decisionLabels(lang: ReviewLang): Record<Decision, string> {
  return byLang(DECISION_WORDS_BY_LANG, lang);
}

export function declaredLabels(lang: ReviewLang): Record<'adopted' | 'rejected', string> {
  return byLang(DECLARED_WORDS_BY_LANG, lang);
}

export function kindLabels(lang: ReviewLang): Record<ItemKind, string> {
  return byLang(KIND_WORDS, lang);
}

function byLang<T extends string>(words: Record<T, Record<ReviewLang, string>>, lang: ReviewLang): Record<T, string> {
  return Object.fromEntries(Object.entries<Record<ReviewLang, string>>(words).map(([id, w]) => [id, w[lang]])) as Record<T, string>;
}

/**
 * Words a person may type instead of picking from the list (the list is not enforced by every
 * program), in ru, kk and en, any case: with the dropdown's labels of every language.
 */
const DECISION_WORDS: Record<Decision, string[]> = {
  accept: ['accept', 'accepted', 'yes', 'ok', 'принять', 'принято', 'да', 'верно', 'қабылдау', 'қабылданды', 'иә', 'дұрыс'],
  correct: ['correct', 'corrected', 'fix', 'исправить', 'исправлено', 'исправление', 'түзету', 'түзетілді'],
  reject: ['reject', 'rejected', 'no', 'отклонить', 'отклонено', 'нет', 'неверно', 'қабылдамау', 'қабылданбады', 'жоқ', 'қате'],
};

const DECLARED_WORDS: Record<'adopted' | 'rejected', string[]> = {
  adopted: ['adopted', 'принято', 'принят', 'принята', 'қабылданды'],
  rejected: ['rejected', 'не принято', 'не принят', 'не принята', 'отклонено', 'қабылданбады'],
};

function pick<T extends string>(text: string, labels: Record<T, Record<ReviewLang, string>>, words: Record<T, string[]>): T | null | undefined {
  const value = normalizeWord(text);
  if (value === '') return null;
  for (const [id, label] of Object.entries(labels) as [T, Record<ReviewLang, string>][]) {
    if (REVIEW_LANGS.some((lang) => normalizeWord(label[lang]) === value) || words[id].includes(value)) return id;
  }
  return undefined;
}

/** Lower case, one space, ё as е: how a decision or a header is compared, whatever case or spacing it was typed in. */
export function normalizeWord(text: string): string {
  return text.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');
}

/** A decision cell: the id, null when empty, undefined when it says something else (a reject). */
export function parseDecision(text: string): Decision | null | undefined {
  return pick(text, DECISION_WORDS_BY_LANG, DECISION_WORDS);
}

export function parseDeclared(text: string): 'adopted' | 'rejected' | null | undefined {
  return pick(text, DECLARED_WORDS_BY_LANG, DECLARED_WORDS);
}

export interface ColumnSpec {
  key: string;
  header: string;
  width: number;
  /** Cells a person fills: highlighted, left open. */
  input?: boolean;
}

/** A column: its key, the HEADERS entry it is titled by (its key when not given), width, filled by a person. */
type ColumnDef = [key: string, width: number, options?: { label?: string; input?: boolean }];

const DOC_COLUMNS: ColumnDef[] = [['file', 22], ['line', 8], ['text', 60]];
const DECISION_COLUMN: ColumnDef = ['decision', 22, { input: true }];
const NOTE_COLUMN: ColumnDef = ['note', 30, { input: true }];
/** The item as kenes wrote it (JSON), in a hidden column: what a decision is about, whatever else the person edits. */
export const ID_COLUMN: ColumnSpec = { key: 'id', header: 'kenes_id', width: 12 };

export interface SheetSpec {
  name: string;
  kinds: ItemKind[];
  columns: ColumnSpec[];
}

const SHEET_DEFS: { sheet: 'figures' | 'people' | 'votes'; kinds: ItemKind[]; columns: ColumnDef[] }[] = [
  {
    sheet: 'figures',
    kinds: ['figure', 'candidate'],
    columns: [
      ['kind', 16], ['metric', 22], ['value', 12], ...DOC_COLUMNS, ['why', 40], DECISION_COLUMN,
      ['corrected', 18, { input: true }], ['corrected_metric', 22, { input: true }], NOTE_COLUMN,
    ],
  },
  {
    sheet: 'people',
    kinds: ['attendee', 'absentee'],
    columns: [
      ['kind', 16], ['name', 28], ['status', 16], ['member', 12], ['resolution', 16], ['candidates', 40], ...DOC_COLUMNS, DECISION_COLUMN,
      ['corrected', 18, { label: 'corrected_member', input: true }], ['corrected_status', 18, { input: true }],
      ['corrected_reason', 24, { input: true }], NOTE_COLUMN,
    ],
  },
  {
    sheet: 'votes',
    kinds: ['vote'],
    columns: [
      ['item_no', 6], ['for', 8], ['against', 10], ['abstain', 12], ['declared', 16], ['why', 36, { label: 'why_unclear' }], ...DOC_COLUMNS,
      DECISION_COLUMN, ['corrected_for', 12, { input: true }], ['corrected_against', 12, { input: true }], ['corrected_abstain', 12, { input: true }],
      ['corrected_declared', 18, { input: true }], NOTE_COLUMN,
    ],
  },
];

/** The item sheets of a review in a language: their names and headers in it. */
export function reviewSheets(lang: ReviewLang): SheetSpec[] {
  return SHEET_DEFS.map(({ sheet, kinds, columns }) => ({
    name: SHEET_NAMES[sheet][lang],
    kinds,
    columns: [
      ...columns.map(([key, width, options]) => ({ key, width, header: HEADERS[options?.label ?? key][lang], ...(options?.input ? { input: true } : {}) })),
      ID_COLUMN,
    ],
  }));
}

/** The Russian sheets (format version 1's): the default, and what tests and scripts name. */
export const REVIEW_SHEETS: SheetSpec[] = reviewSheets('ru');
export const FIGURES_SHEET: SheetSpec = REVIEW_SHEETS[0];
export const PEOPLE_SHEET: SheetSpec = REVIEW_SHEETS[1];
export const VOTES_SHEET: SheetSpec = REVIEW_SHEETS[2];

export const KIND_LABELS: Record<ItemKind, string> = kindLabels('ru');
