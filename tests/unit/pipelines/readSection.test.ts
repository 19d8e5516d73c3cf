/**
 * readSection reads any output's section the one way: its columns in order, its
 * condition and order, and for an output about one member or commission only
 * that subject's rows — the section's `{name}`s filled from the subject and
 * bound as parameters, so a subject that looks like SQL is only a value.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchValues, readSection } from '../../../pipelines/report/readSection.ts';
import { QUARTERLY_SECTIONS } from '../../../reports/sections/quarterly.ts';
import type { Section } from '../../../reports/sections/Section.ts';
import { openDatabase, run, type Db } from '../../../workspace/db.ts';

let db: Db;

beforeAll(async () => {
  db = await openDatabase(':memory:');
  await run(db, `create table mart_meetings as select * from (values
    ('2025', 'm1', 'commission 3', date '2025-02-01', 'a', 1, false),
    ('2025', 'm2', 'commission 3', date '2025-01-15', null, 2, true),
    ('2025', 'm3', 'commission 31', date '2025-01-20', 'c', 3, false),
    ('2025', 'm4', 'council', date '2025-01-10', 'd', 4, false),
    ('2024', 'm5', 'commission 3', date '2024-05-01', 'e', 5, false)
  ) as t(period, meeting_id, body, date, title, present, flag)`);
});

afterAll(() => db?.close());

const MEETINGS: Section = {
  id: 'meetings', titleKey: 'meetings', mart: 'mart_meetings', orderBy: 'date, meeting_id',
  columns: [
    { key: 'date', labelKey: 'date', type: 'date' },
    { key: 'meeting_id', labelKey: 'meeting_id', type: 'text' },
  ],
  highlight: { key: 'flag', when: true },
  match: { body: 'commission {commission}' },
};

describe('readSection', () => {
  it("reads the subject's rows of the period, the shown columns then those for layout, in the section's order", async () => {
    const rows = await readSection(db, MEETINGS, '2025', { subject: { commission: '3' } });
    expect(rows.map((r) => Object.keys(r))).toEqual([['date', 'meeting_id', 'flag'], ['date', 'meeting_id', 'flag']]);
    expect(rows.map((r) => r.meeting_id)).toEqual(['m2', 'm1']);
  });

  it("binds the subject as a value: one that reads as SQL matches nothing and changes nothing", async () => {
    expect(await readSection(db, MEETINGS, '2025', { subject: { commission: "3' or '1'='1" } })).toEqual([]);
    expect((await readSection(db, MEETINGS, '2025', { subject: { commission: '3' } })).length).toBe(2);
  });

  it("a section without match reads the period's every row, with its condition and the mask", async () => {
    const section: Section = { ...MEETINGS, match: undefined, where: 'present > 1' };
    const rows = await readSection(db, section, '2025', { mask: (row) => ({ ...row, meeting_id: `#${String(row.meeting_id)}` }) });
    expect(rows.map((r) => r.meeting_id)).toEqual(['#m4', '#m2', '#m3']);
  });
});

describe('matchValues', () => {
  it("fills each {name} from the subject, and keeps a literal as it is", () => {
    const breakdown = QUARTERLY_SECTIONS.find((s) => s.id === 'appealsBreakdown')!;
    expect(matchValues(breakdown, { commission: '7' })).toEqual({ dimension: 'commission', category: '7' });
    expect(matchValues({ ...MEETINGS, match: { body: '{kind} {commission}{commission}' } }, { kind: 'commission', commission: '1' })).toEqual({ body: 'commission 11' });
  });

  it("refuses a section that names what its output's subject lacks (a mistake in the sections, not in the input)", () => {
    expect(() => matchValues(MEETINGS, { member: 'M01' })).toThrow(/meetings matches \{commission\}/);
    // Not an inherited property either.
    expect(() => matchValues({ ...MEETINGS, match: { body: '{toString}' } }, {})).toThrow(/\{toString\}/);
  });
});
