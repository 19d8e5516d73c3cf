/**
 * Session 21, tables helper: the cases of issue 12 this helper fixed, each with its variants and a near-miss.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const activities = (text: string) => parseReport(text).activities.map((a) => `${a.type} ${a.date_start} ${a.line}`);

describe('a list heading whose bracket tells the items\' dates', () => {
  // Held-out 54's education report: "(даты выезда)" read as a site visit made the heading name two types, and none of
  // the six dated monitorings named either — all six lost.
  it('"IV. Мониторинги (даты выезда):" lists monitorings', () => {
    expect(activities(`ОТЧЕТ Общественного совета за 2024 год

IV. Мониторинги (даты выезда):
• 31.01.2024 – горячее питание учащихся, школы Ауэзовского района;
• 06.03.2024 – соблюдение порядка приема в 1 класс.
`)).toEqual(['monitoring 2024-01-31 4', 'monitoring 2024-03-06 5']);
  });

  it('"Проведены мониторинги (с датами выездов):" lists monitorings', () => {
    expect(activities(`ОТЧЕТ Общественного совета за 2024 год

Проведены мониторинги (с датами выездов):
1) 14.02.2024 – работа поликлиники № 5;
2) 22.05.2024 – подвоз детей из мкр. Алгабас.
`)).toEqual(['monitoring 2024-02-14 4', 'monitoring 2024-05-22 5']);
  });

  it('"Қоғамдық мониторингтер (бару күндері):" lists monitorings', () => {
    expect(activities(`2024 жылғы есеп

4. Қоғамдық мониторингтер (бару күндері):
– 12.02.2024 – №5 емхананың жұмысы;
– 20.05.2024 – мектеп асханалары.
`)).toEqual(['monitoring 2024-02-12 4', 'monitoring 2024-05-20 5']);
  });

  it('near miss: visits named outside the bracket ("Мониторинги и выезды (даты):") leave untyped items untyped', () => {
    expect(activities(`ОТЧЕТ Общественного совета за 2024 год

IV. Мониторинги и выезды (даты):
• 31.01.2024 – горячее питание учащихся, школы Ауэзовского района;
• 06.03.2024 – соблюдение порядка приема в 1 класс.
`)).toEqual([]);
  });
});
