/**
 * A person's decisions on a review as rows of the registers and as entries of
 * the decision store (review_decisions). What was accepted or corrected loads
 * into the same raw tables as the document's own extract — a figure or a
 * candidate as a stated figure, a name as attendance of the member chosen, a
 * vote as the vote — with provenance "reviewed": the review workbook is the
 * row's source_file (who decided), its sheet and row are source_sheet and
 * source_row, and the document's line stays in source_line. A rejection loads
 * nothing; it is kept as a decision (and takes the document's own row, if it
 * loaded one, out of the counts: sql/staging/stg_review_superseded.sql).
 *
 * What a person may correct: a figure's value and its metric (an id of
 * sources/reference/metrics.json); a name's member, its attendance status
 * (read as the attendance register reads one: ids and ru/kk/en words) and
 * reason; a vote's counts and result. A corrected value of the wrong kind (not
 * a number, not a member id of the register, a status or metric kenes does not
 * know — refused with the nearest allowed ones, as the register contracts do)
 * is a reject naming file, sheet, row and column, and its decision is not
 * kept: nothing is guessed from it.
 */
import { ATTENDANCE_STATUSES, attendance } from '../../sources/contracts/attendance.ts';
import { coerceEnum } from '../../sources/contracts/columnTypes.ts';
import { editDistance } from '../../sources/extract/grammar/editDistance.ts';
import { METRIC_IDS } from '../../sources/extract/types.ts';
import type { ContractContext, Register } from '../../sources/contracts/defineRegister.ts';
import { statedFigures } from '../../sources/contracts/statedFigures.ts';
import type { Reject, ValidatedTable } from '../../sources/contracts/validateTable.ts';
import { votes } from '../../sources/contracts/votes.ts';
import { REVIEW_REGISTER, type ReadReview, type SheetDecision } from './readReviewSheet.ts';
import { declaredLabels, itemKey, parseDeclared, REVIEW_SHEETS, type Decision } from './reviewFormat.ts';
import { REVIEW_LANGS } from './reviewLabels.ts';

/** One row of the decision store; a web UI writes the same, with its own source_file (who decided). */
export interface StoredDecision {
  source_file: string;
  source_sheet: string | null;
  source_row: number | null;
  document_file: string;
  document_hash: string;
  item_kind: string;
  source_line: number;
  item_key: string;
  decision: Decision;
  /** What was loaded, as text: the figure, the member id, the vote as JSON; null for a rejection. */
  value: string | null;
  note: string | null;
  /**
   * What the row this decision loaded into the raw tables holds for its item: the metric it was loaded
   * as, the member chosen, the item_no. Null or left out when it loaded none: a rejection, or a writer
   * that records decisions only (a web page's "accept" then leaves the document's row standing; a
   * correction or a candidate taken counts only with a row loaded).
   */
  row_key?: string | null;
  /** When it was decided (a Date, or ISO text in UTC); left out, the time it is stored. */
  decided_at?: Date | string | null;
}

export interface ReviewedRows {
  tables: ValidatedTable[];
  decisions: StoredDecision[];
  rejects: Reject[];
}

/** What every reviewed row carries in `extra`: staging reads its provenance (and the document reviewed) from it. */
export const PROVENANCE_KEY = 'kenes_provenance';
export const REVIEWED_DOCUMENT_KEY = 'kenes_document';

export function reviewedRows(review: ReadReview, file: string, memberIds: ReadonlySet<string>, ctx: ContractContext): ReviewedRows {
  const { marker } = review;
  const out = new Map<Register, ValidatedTable>([statedFigures, attendance, votes].map((r) => [r, {
    register: r, file, sheet: null, headerRow: 1, rows: [], rejects: [],
  }]));
  const decisions: StoredDecision[] = [];
  const rejects: Reject[] = [...review.rejects];
  // The sheet's own header; for a column the person deleted, the header kenes gives it on the item's sheet.
  const headerOf = (d: SheetDecision, key: string) =>
    d.headers[key] ?? REVIEW_SHEETS.find((s) => s.kinds.includes(d.item.kind))?.columns.find((c) => c.key === key)?.header ?? key;
  const rejecter = (d: SheetDecision): RejectFn => (key, value, reason) => rejects.push({
    register: REVIEW_REGISTER, source_file: file, source_sheet: d.sheet, source_row: d.row, source_line: d.item.line,
    column_name: headerOf(d, key), value: value === null || value === undefined ? null : String(value), reason,
  });
  // The row's own cells first: their reject says what to fix in that row.
  const rows = review.decisions.map((d) => ({ d, reject: rejecter(d), loaded: rowFor(d, marker, memberIds, rejecter(d)) }));

  // A metric stands once per report: a candidate taken while a figure of the same metric still stands
  // (left as stated, accepted or corrected — under the metric it is loaded as) or another candidate was
  // taken would count it twice. A figure whose decision was refused stands as the document states it.
  const standing = new Map<string, number[]>();
  const stand = (metric: string, line: number) => standing.set(metric, [...(standing.get(metric) ?? []), line]);
  for (const item of review.undecided) if (item.kind === 'figure') stand(item.metric, item.line);
  for (const { d, loaded } of rows) {
    if (d.item.kind !== 'figure' || d.decision === 'reject') continue;
    stand(loaded ? String(loaded.key) : d.item.metric, d.item.line);
  }

  for (const { d, reject, loaded } of rows) {
    if (loaded === undefined) continue;
    if (d.item.kind === 'candidate' && loaded !== null) {
      const metric = String(loaded.key);
      const lines = standing.get(metric) ?? [];
      if (lines.length > 0) {
        reject('decision', d.decision, `the report's ${metric} is already taken from line ${lines.join(', ')}: reject that one to take this instead`);
        continue;
      }
    }
    let value: string | null = null;
    if (loaded !== null) {
      const table = out.get(loaded.register)!;
      const input = Object.fromEntries(Object.keys(loaded.register.columns).map((c) => [c, loaded.values[c] ?? null]));
      const parsed = loaded.register.schema(ctx).safeParse(input);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) reject(String(issue.path[0] ?? 'decision'), input[String(issue.path[0] ?? '')], issue.message);
        continue;
      }
      table.rows.push({
        values: parsed.data, sourceRow: d.row, sourceLine: d.item.line,
        extra: { [PROVENANCE_KEY]: 'reviewed', [REVIEWED_DOCUMENT_KEY]: marker.document },
      });
      table.sheet = d.sheet;
      value = loaded.value;
      if (d.item.kind === 'candidate') stand(String(loaded.key), d.item.line);
    }
    decisions.push({
      source_file: file, source_sheet: d.sheet, source_row: d.row, document_file: marker.document, document_hash: marker.document_sha256,
      item_kind: d.item.kind, source_line: d.item.line, item_key: itemKey(d.item), value, note: d.note,
      row_key: loaded === null ? null : String(loaded.key),
      // "accept" with a corrected value filled in loaded the correction: the store says what happened.
      decision: d.decision === 'accept' && Object.values(d.cells).some((c) => !blank(c)) ? 'correct' : d.decision,
    });
  }
  // Each register's rows come from one sheet (reviewFormat.ts: figures, people, votes), so the table's sheet is theirs.
  return { tables: [...out.values()].filter((t) => t.rows.length > 0), decisions, rejects };
}

const blank = (v: unknown) => v === null || v === undefined || String(v).trim() === '';

type RejectFn = (key: string, value: unknown, reason: string) => void;

interface LoadedRow {
  register: Register;
  values: Record<string, unknown>;
  value: string;
  /** What the row holds for its item (stored as row_key): the metric, the member, the item_no. */
  key: string | number;
}

/** The row a decision loads: null for a rejection (nothing), undefined when the decision itself is refused. */
function rowFor(d: SheetDecision, marker: ReadReview['marker'], memberIds: ReadonlySet<string>, reject: RejectFn): LoadedRow | null | undefined {
  if (d.decision === 'reject') return null;
  const item = d.item;
  switch (item.kind) {
    case 'figure':
    case 'candidate': {
      const cell = d.cells.corrected;
      const metricCell = d.cells.corrected_metric;
      let value = item.value;
      if (!blank(cell)) {
        const n = toNumber(cell);
        if (n === null) return reject('corrected', cell, 'the corrected value of a figure must be a number (0 or more)'), undefined;
        value = n;
      }
      const metric = blank(metricCell) ? item.metric : parseMetric(metricCell);
      if (metric === null) {
        return reject('corrected_metric', metricCell, `"${String(metricCell).trim()}" is not a metric id; nearest: ${nearestMetrics(String(metricCell)).join(', ')}; allowed: the ids of the cell's list (sources/reference/metrics.json)`), undefined;
      }
      if (d.decision === 'correct' && blank(cell) && blank(metricCell)) return reject('decision', d.decision, 'a correction needs the corrected value or metric'), undefined;
      if (!marker.period_from || !marker.period_to) {
        return reject('decision', d.decision, 'the report states no period, so its figures cannot be loaded; enter them in the stated figures register'), undefined;
      }
      return {
        register: statedFigures, value: String(value), key: metric,
        values: { period_from: marker.period_from, period_to: marker.period_to, metric, value, source: marker.document },
      };
    }
    case 'attendee':
    case 'absentee': {
      const cell = d.cells.corrected;
      const statusCell = d.cells.corrected_status;
      const reasonCell = d.cells.corrected_reason;
      let member = item.member_id;
      if (!blank(cell)) {
        const id = String(cell).trim();
        if (!memberIds.has(id)) {
          return reject('corrected', cell, `no member has the id "${id}" in the members register; give a member_id from it (the candidates column lists the likely ones)`), undefined;
        }
        member = id;
      }
      let status = item.status;
      if (!blank(statusCell)) {
        // As the attendance register reads a status: its ids and its ru/kk/en words, any case; else the nearest ones.
        const coerced = coerceEnum(statusCell, ATTENDANCE_STATUSES, { column: 'attendance status' });
        if (!coerced.ok) return reject('corrected_status', statusCell, coerced.reason), undefined;
        status = coerced.value!;
      }
      const note = blank(reasonCell) ? item.note : String(reasonCell).trim();
      if (d.decision === 'correct' && blank(cell) && blank(statusCell) && blank(reasonCell)) {
        return reject('decision', d.decision, 'a correction needs the member_id of the member meant, a status or a reason'), undefined;
      }
      if (member === null) {
        return reject('corrected', cell, 'the name is not matched to one member: to accept it, give the member_id meant (or reject it)'), undefined;
      }
      if (!marker.meeting_id) return reject('decision', d.decision, 'the review does not name the meeting'), undefined;
      return {
        register: attendance, value: member, key: member,
        values: { meeting_id: marker.meeting_id, member, status, note },
      };
    }
    case 'vote': {
      const counts: Record<'for' | 'against' | 'abstain', number | null> = { for: item.for, against: item.against, abstain: item.abstain };
      let declared = item.declared;
      let changed = false;
      for (const key of ['for', 'against', 'abstain'] as const) {
        const cell = d.cells[`corrected_${key}`];
        if (blank(cell)) continue;
        const n = toNumber(cell);
        if (n === null || !Number.isInteger(n)) return reject(`corrected_${key}`, cell, 'a count of votes must be a whole number (0 or more)'), undefined;
        counts[key] = n;
        changed = true;
      }
      const declaredCell = d.cells.corrected_declared;
      if (!blank(declaredCell)) {
        const v = parseDeclared(String(declaredCell));
        if (!v) return reject('corrected_declared', declaredCell, `the result must be one of ${REVIEW_LANGS.flatMap((lang) => Object.values(declaredLabels(lang))).map((l) => `"${l}"`).join(', ')}`), undefined;
        declared = v;
        changed = true;
      }
      if (d.decision === 'correct' && !changed) return reject('decision', d.decision, 'a correction needs at least one corrected count or result'), undefined;
      if (!marker.meeting_id) return reject('decision', d.decision, 'the review does not name the meeting'), undefined;
      const values = {
        meeting_id: marker.meeting_id, item_no: item.item_no, motion: item.motion, ...counts, unanimous: item.unanimous, declared,
      };
      return { register: votes, values, value: JSON.stringify({ ...counts, declared }), key: item.item_no };
    }
  }
}

/** A metric id as a person types it: any case, spaces or dashes for the underscores; null when it is none. */
function parseMetric(cell: unknown): string | null {
  const text = String(cell).trim().toLowerCase().replace(/[\s-]+/g, '_');
  return METRIC_IDS.includes(text) ? text : null;
}

function nearestMetrics(text: string): string[] {
  const key = text.trim().toLowerCase().replace(/[\s-]+/g, '_');
  return METRIC_IDS.map((id, order) => ({ id, order, distance: editDistance(key, id) }))
    .sort((a, b) => a.distance - b.distance || a.order - b.order).slice(0, 3).map((m) => m.id);
}

/** A number as a person types it: 12, "12", "12 500", "12,5"; anything else is not one. */
function toNumber(cell: unknown): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) && cell >= 0 ? cell : null;
  const text = String(cell).trim().replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(text)) return null;
  return Number(text);
}
