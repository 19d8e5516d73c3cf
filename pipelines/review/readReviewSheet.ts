/**
 * Reads a review workbook back (reviewFormat.ts) from the tables readXlsx
 * gives: the marker, and each row a person decided on, with its item as kenes
 * wrote it (the hidden kenes_id cell, so an edit elsewhere in the row cannot
 * change what the decision is about). A decision cell that says something
 * else, or a row whose kenes_id was changed, is a reject naming file, sheet,
 * row and column; a row left without a decision is no decision.
 *
 * Columns are found by their header text in any of the languages a review is
 * written in (reviewLabels.ts), any case, so a person may move, add or retitle
 * columns; a second row deciding the same item is refused, naming the first.
 */
import { EXIT_USAGE, KenesError } from '../../sources/KenesError.ts';
import { METRIC_IDS } from '../../sources/extract/types.ts';
import type { Reject } from '../../sources/contracts/validateTable.ts';
import type { Table } from '../../sources/readers/Table.ts';
import {
  ID_COLUMN, ITEM_KINDS, REVIEW_FORMAT, REVIEW_FORMAT_VERSION, decisionLabels, itemKey, normalizeWord, parseDecision, reviewSheets,
  type Decision, type ReviewItem, type ReviewMarker,
} from './reviewFormat.ts';
import { REVIEW_LANGS, type ReviewLang } from './reviewLabels.ts';

export const REVIEW_REGISTER = 'review';

export interface SheetDecision {
  sheet: string;
  row: number;
  item: ReviewItem;
  decision: Decision;
  /** The person's cells by column key (corrected, corrected_for, …), as read. */
  cells: Record<string, unknown>;
  note: string | null;
  /** The header of each column as the sheet has it, so a reject names the column the person sees. */
  headers: Record<string, string>;
}

export interface ReadReview {
  marker: ReviewMarker;
  decisions: SheetDecision[];
  /** Items left without a decision: a report's figure among them still stands as the document states it. */
  undecided: ReviewItem[];
  rejects: Reject[];
}

/** The marker of a review workbook, or null for any other workbook. */
export function reviewMarkerOf(tables: Table[], file: string): ReviewMarker | null {
  for (const table of tables) {
    // Column C holds the exact value as ASCII JSON (writeReviewSheet.asciiJson); B is for people.
    const exact = (cells: unknown[]) => {
      if (typeof cells[2] !== 'string') return cells[1];
      try {
        const v = JSON.parse(cells[2]);
        return typeof v === 'string' ? v : cells[1];
      } catch {
        return cells[1];
      }
    };
    const pairs = new Map(table.rows.map((r) => [String(r.cells[0] ?? '').trim(), exact(r.cells)]));
    if (pairs.get('format') !== REVIEW_FORMAT) continue;
    const where = { file, sheet: table.sheet ?? undefined };
    const version = Number(pairs.get('version'));
    if (!Number.isInteger(version) || version < 1) {
      throw new KenesError('review.badMarker', 'a kenes review whose format version cannot be read', { location: where, hint: 'Write the review again with kenes extract --review.' });
    }
    if (version > REVIEW_FORMAT_VERSION) {
      throw new KenesError('review.newerFormat', `a kenes review of format version ${version}; this kenes reads up to version ${REVIEW_FORMAT_VERSION}`, {
        location: where, exitCode: EXIT_USAGE, hint: 'Update kenes, or write the review again with this one.',
      });
    }
    const text = (key: string) => {
      const v = pairs.get(key);
      return v === null || v === undefined || String(v) === '' ? null : String(v);
    };
    const kind = text('kind');
    const document = text('document');
    const sha = text('document_sha256');
    if ((kind !== 'protocol' && kind !== 'report') || !document || !sha || !/^[0-9a-f]{64}$/.test(sha.trim())) {
      throw new KenesError('review.badMarker', 'a kenes review whose marker does not say which document it is about', {
        location: where, hint: 'The hidden sheet "kenes" was changed; write the review again with kenes extract --review.',
      });
    }
    return {
      version, kind, document, document_sha256: sha.trim(), meeting_id: text('meeting_id'), period_from: text('period_from'), period_to: text('period_to'),
    };
  }
  return null;
}

/**
 * Header text → column key and the language it is in, for every language's headers; and each half of
 * a two-language header (`решение / decision`) on its own, when no other column has that half, so a
 * header a person retyped in one language is still found.
 */
const HEADER_KEYS: Map<string, { key: string; lang: ReviewLang }> = (() => {
  const whole = new Map<string, { key: string; lang: ReviewLang }>();
  const halves = new Map<string, { key: string; lang: ReviewLang } | null>();
  for (const lang of REVIEW_LANGS) {
    for (const c of reviewSheets(lang).flatMap((s) => s.columns)) {
      whole.set(normalize(c.header), { key: c.key, lang });
      for (const half of c.header.split(' / ').map(normalize)) {
        const seen = halves.get(half);
        halves.set(half, seen === undefined || seen?.key === c.key ? { key: c.key, lang: seen?.lang ?? lang } : null);
      }
    }
  }
  for (const [half, at] of halves) if (at && !whole.has(half)) whole.set(half, at);
  return whole;
})();

function normalize(header: unknown): string {
  return normalizeWord(String(header ?? ''));
}

export function readReviewSheet(tables: Table[], file: string): ReadReview {
  const marker = reviewMarkerOf(tables, file);
  if (!marker) throw new KenesError('review.notReview', 'not a kenes review workbook (no marker)', { location: { file } });
  const decisions: SheetDecision[] = [];
  const undecided: ReviewItem[] = [];
  const rejects: Reject[] = [];
  const decided = new Map<string, { sheet: string; row: number }>();
  for (const table of tables) {
    const headerRow = table.rows.find((r) => r.row === 1);
    if (!headerRow) continue;
    const columns = new Map<string, number>();
    let lang: ReviewLang = 'ru';
    headerRow.cells.forEach((cell, i) => {
      const at = HEADER_KEYS.get(normalize(cell));
      if (!at || columns.has(at.key)) return;
      columns.set(at.key, i);
      if (at.key === 'decision') lang = at.lang;
    });
    if (!columns.has(ID_COLUMN.key) || !columns.has('decision')) continue;
    const sheet = table.sheet ?? '';
    const header = (key: string) => String(headerRow.cells[columns.get(key)!] ?? key);
    for (const { row, cells } of table.rows.filter((r) => r.row > 1)) {
      const at = (key: string) => (columns.has(key) ? cells[columns.get(key)!] ?? null : null);
      const reject = (key: string, value: unknown, reason: string) => rejects.push({
        register: REVIEW_REGISTER, source_file: file, source_sheet: sheet, source_row: row, source_line: null,
        column_name: header(key), value: value === null || value === undefined ? null : String(value), reason,
      });
      const rawDecision = at('decision');
      const decision = parseDecision(rawDecision === null ? '' : String(rawDecision));
      if (decision === null) {
        const item = parseItem(at(ID_COLUMN.key));
        if (item) undecided.push(item);
        continue;
      }
      if (decision === undefined) {
        reject('decision', rawDecision, `not a decision: pick one of ${Object.values(decisionLabels(lang)).join(', ')}`);
        continue;
      }
      const item = parseItem(at(ID_COLUMN.key));
      if (!item) {
        reject(ID_COLUMN.key, at(ID_COLUMN.key), 'the row\'s hidden kenes_id was changed or removed, so what the decision is about is not known; write the review again');
        continue;
      }
      // A row copied within the sheet (or onto another) decides its item once: the first row stands.
      const key = `${item.kind}:${item.line}:${itemKey(item)}`;
      const first = decided.get(key);
      if (first) {
        reject('decision', rawDecision, `this item (line ${item.line}) is decided already on sheet ${first.sheet}, row ${first.row}: keep one decision per item`);
        continue;
      }
      decided.set(key, { sheet, row });
      const note = at('note');
      decisions.push({
        sheet, row, item, decision, note: note === null || String(note).trim() === '' ? null : String(note),
        cells: Object.fromEntries([...columns.keys()].filter((k) => k.startsWith('corrected')).map((k) => [k, at(k)])),
        headers: Object.fromEntries([...columns.keys()].map((k) => [k, header(k)])),
      });
    }
  }
  return { marker, decisions, undecided, rejects };
}

const isInt = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
const isCount = (v: unknown) => v === null || isInt(v);
const isText = (v: unknown) => typeof v === 'string';
const isTextOrNull = (v: unknown) => v === null || typeof v === 'string';

/** The item kenes wrote in the row, checked field by field: a cell changed by hand is not trusted. */
function parseItem(cell: unknown): ReviewItem | null {
  if (typeof cell !== 'string') return null;
  let v: Record<string, unknown>;
  try {
    v = JSON.parse(cell);
  } catch {
    return null;
  }
  if (!v || typeof v !== 'object' || !ITEM_KINDS.includes(v.kind as never) || !Number.isInteger(v.line) || (v.line as number) < 1) return null;
  switch (v.kind) {
    case 'figure':
    case 'candidate':
      if (!(METRIC_IDS as readonly unknown[]).includes(v.metric) || typeof v.value !== 'number' || !Number.isFinite(v.value) || !isTextOrNull(v.why)) return null;
      return { kind: v.kind, metric: v.metric as never, value: v.value, line: v.line as number, why: v.why as string | null };
    case 'attendee':
    case 'absentee':
      if (!isText(v.name) || !isText(v.status) || !isTextOrNull(v.note) || !isTextOrNull(v.member_id) || !isTextOrNull(v.candidates)) return null;
      if (![null, 'matched', 'unmatched', 'ambiguous'].includes(v.resolution as never)) return null;
      return {
        kind: v.kind, name: v.name as string, status: v.status as string, note: v.note as string | null, member_id: v.member_id as string | null,
        resolution: v.resolution as never, candidates: v.candidates as string | null, line: v.line as number,
      };
    case 'vote':
      if (!isInt(v.item_no) || !isCount(v.for) || !isCount(v.against) || !isCount(v.abstain) || typeof v.unanimous !== 'boolean'
        || ![null, 'adopted', 'rejected'].includes(v.declared as never) || !isText(v.motion) || !isText(v.why)) return null;
      return {
        kind: 'vote', item_no: v.item_no as number, for: v.for as number | null, against: v.against as number | null, abstain: v.abstain as number | null,
        unanimous: v.unanimous, declared: v.declared as never, motion: v.motion as string, why: v.why as string, line: v.line as number,
      };
  }
  return null;
}
