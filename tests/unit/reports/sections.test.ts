import { describe, it, expect } from 'vitest';
import { SECTIONS } from '../../../reports/sections.ts';
import { getLabels } from '../../../reports/i18n/getLabels.ts';
import { sheetModelFromSection } from '../../../reports/excel/sheetModelFromSection.ts';
import { rowsByMart } from './reportFixtures.ts';

// The mart columns as the SQL layer defines them: the lead selects SECTIONS' keys
// from these tables, so a misspelt key would fail only at report time.
const MART_COLUMNS: Record<string, string[]> = {
  mart_period_metrics: ['period', 'metric', 'value', 'previous_value', 'year_ago_value'],
  mart_meetings: ['period', 'meeting_id', 'body', 'date', 'format', 'number', 'title', 'members_total', 'present', 'online', 'quorum_required', 'quorum_met'],
  mart_member_attendance: ['period', 'member_id', 'full_name', 'commission', 'body', 'expected', 'attended', 'online', 'excused', 'unexcused', 'unknown', 'attendance_rate', 'exclusion_risk'],
  mart_member_kpi: ['period', 'member_id', 'full_name', 'commission', 'meetings_expected', 'meetings_attended', 'attendance_rate', 'activities_participated', 'activities_led', 'score', 'rank'],
  mart_activities: ['period', 'activity_id', 'type', 'date_start', 'date_end', 'title', 'commission', 'target_body', 'recommendations'],
  mart_activities_monthly: ['period', 'month', 'type', 'activities'],
  mart_appeals_monthly: ['period', 'month', 'received', 'answered'],
};

describe('SECTIONS', () => {
  it('has the sections the report needs, with unique ids', () => {
    const ids = SECTIONS.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['summary', 'meetings', 'memberAttendance', 'activities', 'appeals', 'memberKpi']));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(SECTIONS.map((s) => [s.id, s] as const))('%s selects and orders by real mart columns', (_id, section) => {
    const columns = MART_COLUMNS[section.mart];
    expect(columns, section.mart).toBeDefined();
    for (const c of section.columns) expect(columns, c.key).toContain(c.key);
    for (const term of section.orderBy.split(',')) expect(columns).toContain(term.trim().replace(/\s+(asc|desc)$/i, ''));
  });

  it('sheetModelFromSection translates headers and enumerated values, not figures', () => {
    const summary = SECTIONS.find((s) => s.id === 'summary')!;
    const sheet = sheetModelFromSection(summary, getLabels('kk'), rowsByMart.mart_period_metrics);
    expect(sheet.name).toBe('Жиынтық көрсеткіштер');
    expect(sheet.columns.map((c) => c.label)).toEqual(['Көрсеткіш', 'Мәні', 'Алдыңғы кезең', 'Бір жыл бұрын']);
    expect(sheet.rows[0]).toMatchObject({ metric: 'Қоғамдық кеңес отырыстары', value: 7, previous_value: 6 });
    // The input rows are not modified (the lead may reuse them for the dashboard).
    expect(rowsByMart.mart_period_metrics[0].metric).toBe('general_meetings');
  });
});
