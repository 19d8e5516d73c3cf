/**
 * A plan told beside what was done, the done count's noun left out (session 34; set 110's theme of reports that count
 * only what was actually considered): "Запланировано 5 заседаний, проведено 4", "Из 5 запланированных отчётов заслушано
 * 4", "Кеңестің 6 отырысы жоспарланды, оның бесеуі өтті" — the count done is the figure, the plan a candidate. Never the
 * plan for the fact; a meeting that did not take place is not counted; a count of what was moved or not held is no
 * figure.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const read = (lines: string[]) => parseReport(['Отчёт о работе Общественного совета района за 9 месяцев 2026 года', '', ...lines].join('\n'));
const figures = (lines: string[]) => Object.fromEntries(read(lines).figures.map((f) => [f.metric, f.value]));

describe('the plan, then what was done with its noun left out', () => {
  it('ru: "Запланировано 5 заседаний, проведено 4" — 4, the plan offered', () => {
    const r = read(['Запланировано 5 заседаний Совета, проведено 4; заседание 15 мая не состоялось из-за отсутствия кворума.']);
    expect(r.figures.find((f) => f.metric === 'general_meetings')?.value).toBe(4);
    expect(r.candidates.some((c) => c.metric === 'general_meetings' && c.value === 5)).toBe(true);
  });
  it('ru: "Из 5 запланированных отчётов заслушано 4"', () => {
    expect(figures(['Из 5 запланированных отчётов заслушано 4, отчёт отдела образования перенесён на IV квартал.']).report_hearings).toBe(4);
  });
  it('ru: "Предусмотрено планом 6 мониторингов, фактически проведено 5"', () => {
    expect(figures(['Предусмотрено планом 6 мониторингов, фактически проведено 5.']).monitorings).toBe(5);
  });
  it('kk: "Кеңестің 6 отырысы жоспарланды, оның бесеуі өтті"', () => {
    expect(figures(['Кеңестің 6 отырысы жоспарланды, оның бесеуі өтті.']).general_meetings).toBe(5);
  });
  it('kk: "Жоспарланған 5 отырыстың 4-еуі өтті" (the existing form) still reads', () => {
    expect(figures(['Жоспарланған 5 отырыстың 4-еуі өтті, 1 отырыс кворум болмағандықтан өтпеді.']).general_meetings).toBe(4);
  });
});

describe('near misses', () => {
  it('the plan alone is no figure', () => {
    expect(figures(['Запланировано 5 заседаний Совета.']).general_meetings).toBeUndefined();
  });
  it('what was moved is not what was done ("запланировано 4 мониторинга, перенесено 2")', () => {
    expect(figures(['Запланировано 4 мониторинга, перенесено 2.']).monitorings).toBeUndefined();
  });
  it('questions considered and withdrawn count nothing', () => {
    expect(figures(['На заседаниях рассмотрено 14 вопросов (2 вопроса сняты с повестки и в подсчёт не включены).'])).toEqual({});
  });
  it('an event moved to the next period is no event and no zero', () => {
    const r = read(['Круглый стол по вопросам экологии, запланированный на сентябрь, перенесён на октябрь.']);
    expect(r.figures.find((f) => f.metric === 'round_tables')).toBeUndefined();
  });
});
