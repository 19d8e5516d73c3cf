/**
 * Session 24 (set 63 Mugalzhar): a sentence of several kinds split at its semicolons, each part dated only by a day and
 * month in a bracket ("(18.02)", no year), was read whole as the first kind — every bracket a report hearing, the
 * monitorings' and the round table's days among them. A bracket of a day and month dates a part as it dates a sentence.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const events = (text: string) => parseReport(`${text}\n`).activities.map((a) => [a.type, a.date_start]);

describe('kinds a semicolon apart, each dated "(dd.mm)"', () => {
  it('set 63: hearings, monitorings and a round table — each kind its own days, none of another kind\'s', () => {
    const got = events('Отчет о работе Общественного совета района за 9 месяцев 2026 года\n\nЗаслушаны отчеты отдела образования (18.02) и отдела занятости (20.05); мониторинги – 4, в т.ч. школьное питание (11.03) и работа поликлиник (15.07); круглый стол «Инклюзия» (23.04).');
    expect(got.filter(([t]) => t === 'report_hearing').map(([, d]) => d)).not.toContain('2026-03-11');
    expect(got.filter(([t]) => t === 'report_hearing').map(([, d]) => d)).not.toContain('2026-04-23');
    expect(got).toContainEqual(['monitoring', '2026-03-11']);
    expect(got).toContainEqual(['round_table', '2026-04-23']);
  });
  it('variant kk: "… есептері тыңдалды (12.03); мониторинг (20.04); дөңгелек үстел (15.05)"', () => {
    const got = events('Қоғамдық кеңестің 2026 жылғы І жартыжылдықтағы жұмысы туралы есеп\n\nБілім бөлімінің есебі тыңдалды (12.03); денсаулық сақтау мониторингі жүргізілді (20.04); «Жастар» дөңгелек үстелі өтті (15.05).');
    expect(got).toEqual([['report_hearing', '2026-03-12'], ['monitoring', '2026-04-20'], ['round_table', '2026-05-15']]);
  });
  it('near-miss: one kind only, its days a semicolon apart, stays one kind', () => {
    const got = events('Отчет о работе Общественного совета за 2026 год\n\nПроведены мониторинги школьного питания (11.03); работы поликлиник (15.07).');
    expect(got.every(([t]) => t === 'monitoring')).toBe(true);
  });
});
