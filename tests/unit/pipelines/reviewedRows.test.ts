/**
 * A person's decisions as rows and as store entries, without a database: what
 * each kind of cell a person types becomes, and what is refused with its place
 * rather than guessed.
 */
import { describe, expect, it } from 'vitest';
import type { ReadReview, SheetDecision } from '../../../pipelines/review/readReviewSheet.ts';
import type { ReviewItem, ReviewMarker } from '../../../pipelines/review/reviewFormat.ts';
import { reviewedRows } from '../../../pipelines/review/reviewedRows.ts';

const marker: ReviewMarker = {
  version: 1, kind: 'report', document: 'inputs/r.txt', document_sha256: 'a'.repeat(64), meeting_id: 'council 2024-04-05',
  period_from: '2024-01-01', period_to: '2024-12-31',
};
const candidate: ReviewItem = { kind: 'candidate', metric: 'monitorings', value: 15, line: 3, why: 'approximate' };
const unmatched: ReviewItem = { kind: 'attendee', name: 'Кадеов Б.', status: 'present', note: null, member_id: null, resolution: 'unmatched', candidates: 'M01 Садеов Шока', line: 8 };
const vote: ReviewItem = { kind: 'vote', item_no: 2, for: 3, against: 1, abstain: 1, unanimous: false, declared: 'rejected', motion: 'm', why: 'w', line: 26 };

const decision = (item: ReviewItem, d: SheetDecision['decision'], cells: Record<string, unknown> = {}, row = 2): SheetDecision =>
  ({ sheet: 'S', row, item, decision: d, cells, note: null, headers: { corrected: 'corrected!', decision: 'decision!' } });
const run = (decisions: SheetDecision[], m: ReviewMarker = marker, undecided: ReviewItem[] = []) =>
  reviewedRows({ marker: m, decisions, undecided, rejects: [] } satisfies ReadReview, 'out/review/r.review.xlsx', new Set(['M01']), { commissions: [] });

describe('reviewed rows', () => {
  it.each([[12, 12], ['12', 12], ['12 500', 12500], ['12\u00a0500', 12500], ['12,5', 12.5]])('a corrected figure typed as %j is %d', (cell, want) => {
    const out = run([decision(candidate, 'correct', { corrected: cell })]);
    expect(out.tables[0].rows.map((r) => r.values.value)).toEqual([want]);
    expect(out.decisions.map((d) => [d.decision, d.value])).toEqual([['correct', String(want)]]);
  });

  it.each(['двенадцать', '-3', '12 шт.', '1e3'])('a corrected figure %j is refused with its place, and nothing is kept', (cell) => {
    const out = run([decision(candidate, 'correct', { corrected: cell }, 7)]);
    expect(out.tables).toEqual([]);
    expect(out.decisions).toEqual([]);
    expect(out.rejects.map((r) => [r.source_file, r.source_sheet, r.source_row, r.source_line, r.column_name, r.value])).toEqual([
      ['out/review/r.review.xlsx', 'S', 7, 3, 'corrected!', cell],
    ]);
  });

  it('an accept with a corrected value filled in is stored as the correction it loaded', () => {
    expect(run([decision(candidate, 'accept', { corrected: 16 })]).decisions.map((d) => [d.decision, d.value])).toEqual([['correct', '16']]);
  });

  it('a report without a period loads no figure, and says why', () => {
    const out = run([decision(candidate, 'accept')], { ...marker, period_from: null, period_to: null });
    expect(out.rejects.map((r) => r.reason)).toEqual([expect.stringMatching(/no period/)]);
  });

  it('a name not matched to one member is accepted only with a member id of the register', () => {
    expect(run([decision(unmatched, 'accept')]).rejects.map((r) => r.reason)).toEqual([expect.stringMatching(/give the member_id/)]);
    expect(run([decision(unmatched, 'correct', { corrected: 'M02' })]).rejects.map((r) => r.value)).toEqual(['M02']);
    const ok = run([decision(unmatched, 'correct', { corrected: ' M01 ' })]);
    expect(ok.tables[0].rows.map((r) => [r.values.member, r.values.status, r.sourceLine, r.extra])).toEqual([
      ['M01', 'present', 8, { kenes_provenance: 'reviewed', kenes_document: 'inputs/r.txt' }],
    ]);
    expect(ok.decisions.map((d) => [d.item_kind, d.item_key, d.value])).toEqual([['attendee', 'Кадеов Б.', 'M01']]);
  });

  it('a vote keeps what is not corrected, and refuses a count that is not whole or a result it cannot read', () => {
    const out = run([decision(vote, 'correct', { corrected_for: 2, corrected_against: '2', corrected_declared: 'принято (adopted)' })]);
    expect(out.tables[0].rows.map((r) => [r.values.for, r.values.against, r.values.abstain, r.values.declared])).toEqual([[2, 2, 1, 'adopted']]);
    expect(run([decision(vote, 'correct', { corrected_for: 2.5 })]).rejects.map((r) => r.column_name)).toEqual(['за (исправлено) / for (corrected)']);
    expect(run([decision(vote, 'correct', { corrected_declared: 'может' })]).rejects.map((r) => r.value)).toEqual(['может']);
    expect(run([decision(vote, 'correct')]).rejects.map((r) => r.reason)).toEqual([expect.stringMatching(/at least one corrected/)]);
  });

  it('a candidate is not taken where its metric is already taken: the figure left standing, or another candidate', () => {
    const figure: ReviewItem = { kind: 'figure', metric: 'monitorings', value: 12, line: 2, why: null };
    const other: ReviewItem = { ...candidate, value: 9, line: 5 };
    expect(run([decision(candidate, 'accept')], marker, [figure]).rejects.map((r) => r.reason))
      .toEqual(["the report's monitorings is already taken from line 2: reject that one to take this instead"]);
    expect(run([decision(figure, 'accept'), decision(candidate, 'accept', {}, 3)]).rejects.map((r) => r.source_row)).toEqual([3]);
    expect(run([decision(candidate, 'accept'), decision(other, 'correct', { corrected: 10 }, 3)]).decisions.map((d) => d.source_line)).toEqual([3]);
    // the figure rejected, the candidate takes its place
    const ok = run([decision(figure, 'reject'), decision(candidate, 'accept', {}, 3)]);
    expect([ok.rejects, ok.tables[0].rows.map((r) => r.values.value)]).toEqual([[], [15]]);
  });

  it('a rejection loads nothing and is kept', () => {
    const out = run([decision(candidate, 'reject'), decision(vote, 'reject')]);
    expect(out.tables).toEqual([]);
    expect(out.decisions.map((d) => [d.item_kind, d.item_key, d.decision, d.value])).toEqual([['candidate', 'monitorings', 'reject', null], ['vote', '2', 'reject', null]]);
  });

  it.each([['online', 'online'], ['Онлайн', 'online'], ['қашықтан', 'online'], ['ОТСУТСТВОВАЛ', 'absent_unexcused'], ['по болезни', 'absent_excused'],
    ['  Absent_Excused ', 'absent_excused']])('a corrected status typed as %j is %s', (cell, want) => {
    const matched: ReviewItem = { ...unmatched, member_id: 'M01', resolution: 'matched' };
    const out = run([decision(matched, 'correct', { corrected_status: cell })]);
    expect(out.rejects).toEqual([]);
    expect(out.tables[0].rows.map((r) => [r.values.member, r.values.status])).toEqual([['M01', want]]);
    expect(out.decisions.map((d) => [d.decision, d.value, d.row_key])).toEqual([['correct', 'M01', 'M01']]);
  });

  it.each(['отпросился', 'maybe', '5'])('a corrected status %j is refused with the nearest allowed values, and nothing is kept', (cell) => {
    const matched: ReviewItem = { ...unmatched, member_id: 'M01', resolution: 'matched' };
    const out = run([decision(matched, 'accept', { corrected_status: cell }, 9)]);
    expect([out.tables, out.decisions]).toEqual([[], []]);
    expect(out.rejects.map((r) => [r.source_row, r.source_line, r.column_name, r.value])).toEqual([[9, 8, 'статус (исправлено) / status (corrected)', cell]]);
    expect(out.rejects[0].reason).toMatch(/is not an allowed attendance status; nearest: [^;]+, [^;]+, [^;]+; allowed: present, online/);
  });

  it('an absentee\'s reason alone is a correction; a correction with nothing filled in is refused', () => {
    const absentee: ReviewItem = { ...unmatched, kind: 'absentee', member_id: 'M01', resolution: 'matched', status: 'absent_unexcused', note: null };
    const out = run([decision(absentee, 'correct', { corrected_reason: ' болезнь ' })]);
    expect(out.tables[0].rows.map((r) => [r.values.status, r.values.note])).toEqual([['absent_unexcused', 'болезнь']]);
    expect(run([decision(absentee, 'correct', { corrected: null, corrected_status: ' ', corrected_reason: '' })]).rejects.map((r) => r.reason))
      .toEqual(['a correction needs the member_id of the member meant, a status or a reason']);
  });

  it.each([['round tables', 'round_tables'], ['Dialog-Platforms', 'dialog_platforms'], ['SEMINARS', 'seminars']])('a corrected metric typed as %j is %s', (cell, want) => {
    const out = run([decision(candidate, 'correct', { corrected_metric: cell })]);
    expect(out.tables[0].rows.map((r) => [r.values.metric, r.values.value])).toEqual([[want, 15]]);
    expect(out.decisions.map((d) => [d.item_key, d.row_key, d.value])).toEqual([['monitorings', want, '15']]);
  });

  it('a metric moved takes its place among the standing ones: the candidate may take the figure\'s old metric, not its new one', () => {
    const figure: ReviewItem = { kind: 'figure', metric: 'monitorings', value: 12, line: 2, why: null };
    const moved = run([decision(figure, 'accept', { corrected_metric: 'seminars' }), decision(candidate, 'accept', {}, 3)]);
    expect(moved.rejects).toEqual([]);
    expect(moved.tables[0].rows.map((r) => r.values.metric)).toEqual(['seminars', 'monitorings']);
    const clash = run([decision(figure, 'accept', { corrected_metric: 'seminars' }), decision(candidate, 'accept', { corrected_metric: 'seminars' }, 3)]);
    expect(clash.rejects.map((r) => [r.source_row, r.reason])).toEqual([[3, "the report's seminars is already taken from line 2: reject that one to take this instead"]]);
    // a figure whose metric correction is refused still stands as the document states it
    const refused = run([decision(figure, 'accept', { corrected_metric: 'seminar_s' }), decision(candidate, 'accept', {}, 3)]);
    expect(refused.rejects.map((r) => [r.source_row, r.column_name])).toEqual([[2, 'показатель (исправлено) / metric (corrected)'], [3, 'decision!']]);
  });
});
