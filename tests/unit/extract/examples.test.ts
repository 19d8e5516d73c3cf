import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { readDocumentText } from '../../../sources/readers/readDocumentText.ts';
import type { ReportExtract } from '../../../sources/extract/types.ts';
import { examplePath } from '../../helpers/examples.ts';

// The council's real documents (../shared/examples, copied into tests/fixtures/examples).
const example = examplePath;
const expected = async (name: string) => JSON.parse(await readFile(example(name), 'utf8'));

function figureMap(x: ReportExtract): Record<string, number> {
  return Object.fromEntries(x.figures.map((f) => [f.metric, f.value]));
}

describe('protocol-2022-12-28 (bilingual council protocol)', async () => {
  const want = await expected('protocol-2022-12-28.expected.json');
  const x = parseProtocol(await readDocumentText(example('protocol-2022-12-28.txt')));

  it('reads number, date, body and the stated counts', () => {
    expect(x.number).toBe(want.number);
    expect(x.date).toBe(want.date);
    expect(x.body).toBe('council');
    expect(x.members_total).toBe(want.members_total);
    expect(x.present).toBe(want.present);
    // The Russian text says 9 online, the Kazakh 8: the Russian statement is taken.
    expect(x.online).toBe(9);
  });

  it('lists 28 attendees, 7 of them online (он-лайн), with names and roles split', () => {
    expect(x.attendees).toHaveLength(want.attendees);
    expect(x.attendees.filter((a) => a.online)).toHaveLength(want.attendees_online);
    expect(x.attendees[0]).toEqual({ name: 'Алтынай Орманкалиевна Кобеева', role: 'Председатель ОС, г. Алматы', online: false, line: 8 });
    // No dash between name and role on this line.
    expect(x.attendees[9]).toMatchObject({ name: 'Каиржан Саясатович Абдыхалыков', role: 'Член ОС комиссия №5' });
    expect(x.attendees[23]).toMatchObject({ name: 'Тау Сырымбек', role: 'член ОС, комиссия № 4', online: true });
  });

  it('takes the Russian agenda of the two', () => {
    expect(x.agenda.map((a) => a.no)).toEqual([1, 2]);
    expect(x.agenda[1].title).toBe('Разное');
  });

  it('reads the three votes as in expected.json, results also from the following sentence', () => {
    expect(x.votes).toHaveLength(want.votes.length);
    want.votes.forEach((v: Record<string, unknown>, k: number) => expect(x.votes[k]).toMatchObject(v));
    expect(x.votes[0]).toMatchObject({ for: null, against: null, abstain: null, declared: null });
    expect(x.votes[2].declared).toBe('adopted'); // "…большинством голосов, принято решение…" two lines below
  });

  it('reports stated-vs-listed differences and the 8/9 online contradiction', () => {
    const messages = x.issues.map((i) => i.message);
    expect(messages).toContain('stated 30 present, 28 listed');
    expect(messages.some((m) => /online stated as 8 \(line 46\) and 9 \(line 47\)/.test(m))).toBe(true);
    expect(messages).toContain('stated 9 online, 7 listed as online');
    expect(messages.filter((m) => m.startsWith('votes add up to 28'))).toHaveLength(2);
  });
});

describe('protocol-kazakh-2024-10-22 (Kazakh council protocol)', async () => {
  const want = await expected('protocol-kazakh-2024-10-22.expected.json');
  const x = parseProtocol(await readDocumentText(example('protocol-kazakh-2024-10-22.txt')));

  it('reads number, date, body and the stated counts', () => {
    expect([x.number, x.date, x.body, x.members_total, x.present, x.online]).toEqual([want.number, want.date, 'council', want.members_total, want.present, want.attendees_online]);
  });

  it('lists 22 attendees, 5 online; the hand-broken line 17–18 is one attendee and the list goes on', () => {
    expect(x.attendees).toHaveLength(want.attendees);
    expect(x.attendees.filter((a) => a.online)).toHaveLength(want.attendees_online);
    expect(x.attendees[2]).toEqual({ name: 'Оразбеков Нұрлан Әділұлы', role: 'әлеуметтік саясат және денсаулық сақтау мәселелері жөніндегі комиссияның төрағасы', online: false, line: 17 });
    expect(x.attendees[21]).toMatchObject({ name: 'Шәріпов Ғалымжан Оралұлы', role: 'Кеңес мүшесі' });
  });

  it('lists 9 absentees, 6 excused and 3 not; the invited are not members', () => {
    expect(x.absentees).toHaveLength(want.absentees);
    expect(x.absentees.filter((a) => a.excused === true)).toHaveLength(want.absentees_excused);
    expect(x.absentees.filter((a) => a.excused === false)).toHaveLength(want.absentees_unexcused);
    expect([...x.attendees, ...x.absentees].some((p) => /Төлеуов|Есімова|Дүйсенов/.test(p.name))).toBe(false);
  });

  it('reads the 4 agenda items past the "Баяндамашы:" lines', () => {
    expect(x.agenda).toHaveLength(want.agenda);
  });

  it('reads the four votes as in expected.json; 4 online members who could not vote make the last one add up', () => {
    expect(x.votes).toHaveLength(want.votes.length);
    want.votes.forEach((v: Record<string, unknown>, k: number) => expect(x.votes[k]).toMatchObject(v));
    expect(x.votes[3].not_voted).toBe(4);
    expect(x.issues).toEqual([]);
  });
});

describe('resolution-majilis-2022-10-14 (a resolution, not a protocol)', async () => {
  const x = parseProtocol(await readDocumentText(example('resolution-majilis-2022-10-14.txt')));

  it('states no number, counts, attendees or votes it does not hold, and no council as the body', () => {
    expect(x).toMatchObject({ number: null, body: null, members_total: null, present: null, online: null, attendees: [], absentees: [], votes: [] });
  });
});

describe('report-2019 (annual report with the monthly monitoring table)', async () => {
  const want = await expected('report-2019.expected.json');
  const x = parseReport(await readDocumentText(example('report-2019.txt')));

  it('reads the period from the title, not from "с марта по декабрь" below it', () => {
    expect(x.period).toEqual(want.period);
  });

  it('states every figure of expected.json with its value', () => {
    const got = figureMap(x);
    for (const [metric, value] of Object.entries(want.figures)) expect([metric, got[metric]]).toEqual([metric, value]);
  });

  it('flattens the monitoring table: 18 rows by month, empty March and September skipped', () => {
    const monitorings = x.activities.filter((a) => a.type === 'monitoring');
    expect(monitorings).toHaveLength(want.monitoring_table_rows);
    const byMonth: Record<string, number> = {};
    for (const m of monitorings) byMonth[m.date_start!.slice(5, 7)] = (byMonth[m.date_start!.slice(5, 7)] ?? 0) + 1;
    expect(byMonth).toEqual({ '04': 4, '05': 2, '06': 5, '07': 2, '08': 1, '10': 2, '11': 1, '12': 1 });
    expect(monitorings[0]).toMatchObject({ date_start: '2019-04-01', date_end: '2019-04-30', line: 127 });
  });

  it('lists hearings, seminars, round tables and memoranda under their headings', () => {
    const count = (t: string) => x.activities.filter((a) => a.type === t).length;
    expect([count('public_hearing'), count('seminar'), count('round_table'), count('memorandum')]).toEqual([4, 5, 4, 3]);
  });

  it('flags 89 approved + 4 with remarks out of 89 reviewed', () => {
    expect(x.issues.map((i) => i.message)).toContain('89 npa_approved + 4 npa_with_remarks = 93, but npa_reviewed is 89');
  });
});

describe('report-2023-summary (no stated period)', async () => {
  const want = await expected('report-2023-summary.expected.json');
  const x = parseReport(await readDocumentText(example('report-2023-summary.txt')));

  it('takes the period from the dates in the text and says so', () => {
    expect(x.period).toEqual(want.period);
    expect(x.issues.some((i) => /no period stated; 2023/.test(i.message))).toBe(true);
  });

  it('states the 9 figures of expected.json', () => {
    expect(figureMap(x)).toEqual(want.figures);
  });

  it('lists 8 dialogue platforms and 2 hearings, and dates the one of 7.08.2023', () => {
    const listed = x.activities.filter((a) => a.type === 'dialog_platform' && a.line >= 9 && a.line <= 23);
    expect(listed).toHaveLength(want.activities.dialog_platform);
    expect(x.activities.filter((a) => a.type === 'public_hearing')).toHaveLength(want.activities.public_hearing);
    const sample = want.dated_activities_sample[0];
    expect(x.activities.find((a) => a.date_start === sample.date)).toMatchObject({ type: sample.type, title: 'Регулирование выдачи он-лайн кредитов в Казахстане' });
  });

  it('flags that it states 8 dialogue platforms but describes 9 (the dated one is not in the list)', () => {
    expect(x.issues).toContainEqual({ line: 7, message: 'dialog_platforms: 8 stated, 9 described in the text (lines 9, 11, 13, 15, 17, 19, 21, 23, 29)' });
  });
});
