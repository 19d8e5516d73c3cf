/**
 * Every output's sheets come from its sections (reports/sections/): what a
 * sheet shows beyond its rows — the member's record on its side, a highlight by
 * a list of values, the subject in the title, a note that states another
 * section's rows, the national headers — is declared there and laid out by
 * sheetModelFromSection, not written again per output.
 */
import { describe, expect, it } from 'vitest';
import { sheetModelFromSection } from '../../../reports/excel/sheetModelFromSection.ts';
import { getLabels } from '../../../reports/i18n/getLabels.ts';
import { sectionById } from '../../../reports/sections/annual.ts';
import { MEMBER_SECTIONS } from '../../../reports/sections/member.ts';
import { NATIONAL_SECTIONS } from '../../../reports/sections/national.ts';
import { QUARTERLY_SECTIONS } from '../../../reports/sections/quarterly.ts';
import { attendanceMatrix, kpiWeights, memberKpi } from './reportFixtures.ts';

const ru = getLabels('ru');
const member = (id: string) => MEMBER_SECTIONS.find((s) => s.id === id)!;

describe('the member sheet', () => {
  const rowsOf = (id: string) => (id === 'kpiWeights' ? kpiWeights : []);

  it("lays the member's KPI row on its side: a line per KPI column, figures as numbers, names and ids as text", () => {
    const sheet = sheetModelFromSection(member('memberRecord'), ru, [memberKpi[1]], { subject: 'Жанысбай Талғат Сағатұлы', rowsOf });
    expect(sheet.name).toBe(ru.sections.memberRecord);
    expect(sheet.title).toBe(`${ru.sections.memberRecord} — Жанысбай Талғат Сағатұлы`);
    expect(sheet.columns).toEqual([
      { key: 'field', label: ru.columns.metric, type: 'text' },
      { key: 'value', label: ru.columns.value, type: 'number' },
    ]);
    // Every column of the annual report's member KPI section, in its order.
    expect(sheet.rows.map((r) => r.field)).toEqual(sectionById('memberKpi').columns.map((c) => ru.columns[c.labelKey]));
    expect(sheet.rows.slice(0, 4)).toEqual([
      { field: ru.columns.rank, value: 2 },
      { field: ru.columns.full_name, value: 'Жанысбай Талғат Сағатұлы' },
      { field: ru.columns.commission, value: '3' },
      { field: ru.columns.score, value: 70.25 },
    ]);
    expect(sheet.rows.at(-1)).toEqual({ field: ru.columns.member_id, value: 'm3' });
    // A column the row lacks is an empty value, not a 0.
    expect(sheet.rows.find((r) => r.field === ru.columns.npa_component)?.value).toBeUndefined();
    // Its own note only: the weights are a sheet of their own here.
    expect(sheet.notes).toEqual([ru.ui.forReview]);
    expect(sheet.rowStyles).toBeUndefined();
  });

  it('highlights the meetings a member should look at, by status, with no line under the table', () => {
    const sheet = sheetModelFromSection(member('attendanceByMeeting'), ru, attendanceMatrix, { subject: 'Кобеева А.О.' });
    expect(sheet.rowStyles).toEqual([undefined, 'highlight', undefined, 'highlight']);
    expect(sheet.notes).toBeUndefined();
    expect(sheet.title).toBe(`${ru.sections.attendanceByMeeting} — Кобеева А.О.`);
    expect(sheet.rows[1]).toMatchObject({ status: ru.attendanceStatuses.absent_unexcused, body: ru.bodies.council });
  });

  it('leaves the council-wide weights untitled by the member', () => {
    const sheet = sheetModelFromSection(member('kpiWeights'), ru, kpiWeights, { subject: 'Кобеева А.О.' });
    expect(sheet.title).toBe(ru.sections.kpiWeights);
  });
});

describe('notes a section declares', () => {
  it('states the KPI weights under the annual member KPIs, from the kpiWeights rows, in the report language', () => {
    const kk = getLabels('kk');
    const sheet = sheetModelFromSection(sectionById('memberKpi'), kk, memberKpi, { rowsOf: (id) => (id === 'kpiWeights' ? kpiWeights : []) });
    expect(sheet.notes).toEqual([`${kk.ui.weights}: ${kk.kpiComponents.attendance} 0,4 (40%); ${kk.kpiComponents.activities_participated} 0,35 (35%); ${kk.kpiComponents.activities_led} 0,25 (25%)`]);
    // No weights read: no note, rather than a sentence that lists nothing.
    expect(sheetModelFromSection(sectionById('memberKpi'), kk, memberKpi).notes).toBeUndefined();
  });

  it('puts the highlight line first, then the declared ones', () => {
    const section = { ...sectionById('mandatoryCoverage'), notes: ['forReview' as const] };
    const sheet = sheetModelFromSection(section, ru, [{ name: 'Аким', heard: false, body_id: 'B1' }]);
    expect(sheet.notes).toEqual([ru.ui.highlighted, ru.ui.forReview]);
  });
});

describe('the quarterly export', () => {
  it("keeps the annual report's layout of each section it shows, cut to the commission", () => {
    for (const section of QUARTERLY_SECTIONS) {
      const annual = sectionById(section.id);
      expect({ columns: section.columns, titleKey: section.titleKey, orderBy: section.orderBy }).toEqual({ columns: annual.columns, titleKey: annual.titleKey, orderBy: annual.orderBy });
    }
    expect(QUARTERLY_SECTIONS.find((s) => s.id === 'meetings')!.match).toEqual({ body: 'commission {commission}' });
    expect(QUARTERLY_SECTIONS.find((s) => s.id === 'activities')!.where).toContain("'dialog_platform'");
  });
});

describe('the national workbook', () => {
  const rows = [{ rank_activity: 1, council: 'abai', name: 'Абай облысы', members_total: 35, attendance_rate: 0.899, activities_per_member: 20.26 }];

  it.each(['ru', 'kk', 'en'] as const)('%s: national headers, the period in the title', (lang) => {
    const labels = getLabels(lang);
    const sheet = sheetModelFromSection(NATIONAL_SECTIONS[1], labels, rows, { subject: '2025' });
    expect(sheet.name).toBe(labels.sections.nationalCouncils);
    expect(sheet.title).toBe(`${labels.sections.nationalCouncils} — 2025`);
    expect(sheet.columns.slice(0, 4).map((c) => c.label)).toEqual(['rank_activity', 'council', 'name', 'members_total'].map((k) => labels.nationalColumns[k as keyof typeof labels.nationalColumns]));
    expect(sheet.columns.every((c) => typeof c.label === 'string' && c.label.length > 0)).toBe(true);
    expect(sheet.rows[0]).toMatchObject({ council: 'abai', members_total: 35, attendance_rate: 0.899 });
  });

  it('names the metrics it totals, and keeps an id it has no name for', () => {
    const sheet = sheetModelFromSection(NATIONAL_SECTIONS[0], getLabels('en'), [{ metric: 'appeals_received', value: 7854 }, { metric: 'not_yet_named', value: 1 }], { subject: '2025' });
    expect(sheet.rows.map((r) => r.metric)).toEqual([getLabels('en').metrics.appeals_received, 'not_yet_named']);
    expect(sheet.columns.map((c) => c.label)).toEqual(['Metric', 'Value', 'Councils', 'Councils above zero']);
  });
});
