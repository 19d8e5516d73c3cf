/**
 * Indicator tables typed as text (report/flattenFigureTables): the figure is
 * read in the column of the report's period, never in another year's column
 * nor a change column; a table whose column cannot be chosen states nothing.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';
import { figureMap } from '../../../helpers/extractCases.ts';

const figures = (text: string) => figureMap(parseReport(text));

describe('indicator tables', () => {
  it('a box-drawn table comparing two years: the column of the period, a wrapped label joined', () => {
    const text = `Справка о работе Общественного совета за 2025 год

+----+------------------------------+---------+---------+---------+
| №  | Показатель                   | 2024 г. | 2025 г. | Динами- |
|    |                              |         |         | ка, %   |
+----+------------------------------+---------+---------+---------+
| 1  | Заседания Общественного      |    4    |    5    |  +25,0  |
|    | совета                       |         |         |         |
| 2  | Общественные мониторинги     |    7    |   10    |  +42,9  |
| 3  | Круглые столы                |    3    |    4    |  +33,3  |
+----+------------------------------+---------+---------+---------+
`;
    expect(figures(text)).toEqual({ general_meetings: 5, monitorings: 10, round_tables: 4 });
  });

  it('a Kazakh table with a |---| rule and one column of counts', () => {
    const text = `Қоғамдық кеңестің 2024 жылғы жұмысы туралы есеп

| № | Көрсеткіш | Саны |
|---|-----------|------|
| 1 | Қоғамдық мониторинг | 6 |
| 2 | Дөңгелек үстел | 3 |
`;
    expect(figures(text)).toEqual({ monitorings: 6, round_tables: 3 });
  });

  it('two year columns, neither the period\'s: nothing is stated', () => {
    const text = `Отчет о работе Общественного совета за 2025 год

| № | Показатель | 2022 г. | 2023 г. |
|---|------------|---------|---------|
| 1 | Общественные мониторинги | 7 | 9 |
`;
    expect(figures(text)).toEqual({});
  });
});
