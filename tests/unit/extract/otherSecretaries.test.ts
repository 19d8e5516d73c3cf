/**
 * Phrasings written after the extractors were, by "other secretaries": a
 * Kazakh council protocol, a commission protocol with its number below the
 * title, the day in quotes and attendees in one line, and a brief half-year
 * report. They guard the grammar against being fitted to the examples.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/extract/${name}`, import.meta.url), 'utf8');

describe('a Kazakh council protocol', () => {
  const x = parseProtocol(fixture('protocol-council-kk-2024.txt'));
  it('reads header, stated counts and the Kazakh vote labels', () => {
    expect(x).toMatchObject({ number: '4', date: '2024-03-15', body: 'council', members_total: 35, present: 26, online: 4 });
    expect(x.votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared])).toEqual([
      [20, 3, 3, false, 'adopted'],
      [null, null, null, true, 'adopted'],
    ]);
    expect(x.absentees.map((a) => [a.name, a.excused])).toEqual([['Ким Анна Викторовна', true], ['Жақсылықов Бауыржан', false]]);
  });
  it('says the listed attendees do not match the stated count', () => {
    expect(x.issues.map((i) => i.message)).toContain('stated 26 present, 4 listed');
  });
});

describe('a commission protocol with its number below the title', () => {
  const x = parseProtocol(fixture('protocol-commission-inline-ru.txt'));
  it('finds the number, the day written «3» and a commission named by subject', () => {
    expect(x).toMatchObject({ number: '12', date: '2024-10-03', body: 'commission' });
  });
  it('reads attendees from one line, the absent one with a reason, and a rejected vote', () => {
    expect(x.attendees.map((a) => [a.name, a.online])).toEqual([
      ['Тлеуов К.М.', false], ['Ахметова С.Б.', false], ['Гусев П.П.', false], ['Бекова А.А.', true], ['Жунусов Е.Е.', false],
    ]);
    expect(x.absentees).toMatchObject([{ name: 'Мамыров Т.Т.', excused: true, reason: 'отпуск' }]);
    expect(x.votes).toMatchObject([{ for: 4, against: 1, abstain: 0, declared: 'rejected' }]);
  });
});

describe('a brief half-year report', () => {
  const x = parseReport(fixture('report-h1-2024-brief-ru.txt'));
  const figure = (metric: string) => x.figures.find((f) => f.metric === metric)?.value;
  it('reads the period and the figures, also "одобрено 12" without a dash', () => {
    expect(x.period).toEqual({ from: '2024-01-01', to: '2024-06-30' });
    expect([figure('general_meetings'), figure('presidium_meetings'), figure('commission_meetings')]).toEqual([3, 5, 21]);
    expect([figure('npa_reviewed'), figure('npa_approved'), figure('npa_with_remarks')]).toEqual([15, 12, 3]);
    expect([figure('appeals_received'), figure('appeals_individuals'), figure('appeals_legal_entities'), figure('appeals_answered')]).toEqual([340, 290, 50, 301]);
    expect([figure('letters_sent'), figure('letters_answered')]).toEqual([120, 98]);
  });
  it('dates the round tables and reads media with thousands', () => {
    expect(x.activities.map((a) => [a.type, a.date_start])).toEqual([
      ['round_table', '2024-02-14'], ['round_table', '2024-03-12'], ['round_table', '2024-04-25'],
    ]);
    expect(x.media.find((m) => m.platform === 'instagram')).toMatchObject({ publications: 95, views: 41200 });
    expect(x.issues).toEqual([]);
  });
});
