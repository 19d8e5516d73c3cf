import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/extract/${name}`, import.meta.url), 'utf8');

describe('parseReport: a Russian half-year report with other phrasings', () => {
  const x = parseReport(fixture('report-h1-2024-ru.txt'));
  const figures = Object.fromEntries(x.figures.map((f) => [f.metric, f.value]));

  it('reads "за первое полугодие 2024 года"', () => {
    expect(x.period).toEqual({ from: '2024-01-01', to: '2024-06-30' });
  });

  it('reads figures in "N слов", "слово – N" order', () => {
    expect(figures).toMatchObject({
      general_meetings: 6, presidium_meetings: 3, departments_heard: 12, monitorings: 27, public_hearings: 2,
      npa_reviewed: 40, npa_approved: 35, npa_with_remarks: 3, npa_pending: 2,
      appeals_received: 120, appeals_individuals: 100, appeals_legal_entities: 15,
    });
  });

  it('reads media per platform with "52 000"-style thousands', () => {
    expect(x.media.map(({ platform, publications, views }) => ({ platform, publications, views }))).toEqual([
      { platform: 'instagram', publications: 180, views: 52000 },
      { platform: 'facebook', publications: 120, views: 12500 },
      { platform: 'telegram', publications: 45, views: null },
    ]);
  });

  it('dates list items from "14-15 марта 2024 г.", "05.04.2024 г.", "17.06.", "2 апреля", "30 мая – 2 июня 2024"', () => {
    expect(x.activities.map((a) => [a.type, a.date_start, a.date_end])).toEqual([
      ['round_table', '2024-03-14', '2024-03-15'],
      ['official_meeting', '2024-04-05', '2024-04-05'],
      ['round_table', '2024-06-17', '2024-06-17'],
      ['round_table', '2024-04-02', '2024-04-02'],
      ['public_hearing', '2024-03-28', '2024-03-28'],
      ['public_hearing', '2024-05-30', '2024-06-02'],
      ['seminar', '2024-02-20', '2024-02-20'],
    ]);
  });

  it('counts only the round tables of "Круглые столы и встречи" and flags the gap and the appeals split', () => {
    expect(figures.round_tables).toBe(3);
    const messages = x.issues.map((i) => i.message);
    expect(messages).toContain('numbering jumps from 3 to 5');
    expect(messages).toContain('100 appeals_individuals + 15 appeals_legal_entities = 115, but appeals_received is 120');
  });
});

describe('parseReport: a Kazakh report', () => {
  const x = parseReport(fixture('report-2023-kk.txt'));

  it('reads "2023 жылғы … есеп", the figures and Kazakh month names', () => {
    expect(x.period).toEqual({ from: '2023-01-01', to: '2023-12-31' });
    expect(Object.fromEntries(x.figures.map((f) => [f.metric, f.value]))).toEqual({
      general_meetings: 8, presidium_meetings: 4, monitorings: 15, round_tables: 3, appeals_received: 210,
    });
    expect(x.activities.map((a) => [a.type, a.date_start])).toEqual([
      ['round_table', '2023-04-12'], ['round_table', '2023-05-05'], ['round_table', '2023-10-10'],
    ]);
    expect(x.issues).toEqual([]);
  });
});

describe('parseReport: periods and stated totals', () => {
  it.each([
    ['Отчет за период с мая по декабрь 2023г.', { from: '2023-05-01', to: '2023-12-31' }],
    ['Отчет о работе за 9 месяцев 2022 года', { from: '2022-01-01', to: '2022-09-30' }],
    ['Отчет за III квартал 2024 г.', { from: '2024-07-01', to: '2024-09-30' }],
    ['Отчет за период с 01.05.2023 по 31.12.2023', { from: '2023-05-01', to: '2023-12-31' }],
    ['2024 жылдың бірінші жартыжылдығы', { from: '2024-01-01', to: '2024-06-30' }],
  ])('%s', (title, period) => {
    expect(parseReport(title).period).toEqual(period);
  });

  it('uses defaultYear for a report without a period and for year-less dates', () => {
    const x = parseReport('Семинары:\n1. Семинар 2 апреля\n2. Семинар 17.10.', { defaultYear: 2025 });
    expect(x.period).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(x.activities.map((a) => a.date_start)).toEqual(['2025-04-02', '2025-10-17']);
  });

  it('flags a heading count that its list does not match', () => {
    const x = parseReport('за 2024 год\nПроведено 3 круглых стола:\n1. Круглый стол «А»\n2. Круглый стол «Б»');
    expect(x.issues.map((i) => i.message)).toContain('round_tables: 3 stated, 2 listed');
  });
});
