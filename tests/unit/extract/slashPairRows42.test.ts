/**
 * A Word table row naming two kinds parted by a slash, its cells a count of each ("Круглые столы / диалоговые площадки |
 * 1 / 1 | 2 / 0", set 181's Atyrau report): the cell "1 / 1" was no count, so the whole table was refused and every row of
 * it lost (report_hearings with it). The table is read; the row gives each kind its count when the label's parts name
 * different metrics, and nothing when they do not (a bilingual label names one thing twice). The figures are invented.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const figures = (text: string) => Object.fromEntries(parseReport(text).figures.map((f) => [f.metric, f.value]));
/** A Word table as a .docx reads: each cell a line opening with a tab, a blank line after it. */
const table = (cells: string[]) => cells.map((c) => `\t${c}`).join('\n') + '\n\n';

describe('a table row of two kinds and a cell of a count for each', () => {
  it('ru: beside last year\'s column for reference, the quarter\'s counts; the other rows read as ever', () => {
    const text = `ИНФОРМАЦИЯ о деятельности Общественного совета за III квартал 2026 года\nСводные показатели:\n${table([
      'Направление работы', 'III квартал 2026 года', 'III квартал 2025 года (справочно)',
      'Заседания Общественного совета', '2', '1',
      'Заслушано отчетов', '2', '1',
      'Круглые столы / диалоговые площадки', '1 / 2', '2 / 0',
      'Мониторинги', '5', '3',
    ])}`;
    expect(figures(text)).toEqual({ general_meetings: 2, report_hearings: 2, round_tables: 1, dialog_platforms: 2, monitorings: 5 });
  });
  it('kk: "Дөңгелек үстелдер / семинарлар | 3 / 1"', () => {
    const text = `2026 жылғы ІІІ тоқсандағы Қоғамдық кеңестің жұмысы туралы ақпарат\n${table([
      'Көрсеткіш', 'ІІІ тоқсан', 'Кеңес отырыстары', '2', 'Дөңгелек үстелдер / семинарлар', '3 / 1', 'Мониторингтер', '4',
    ])}`;
    expect(figures(text)).toEqual({ general_meetings: 2, round_tables: 3, seminars: 1, monitorings: 4 });
  });
  it('near miss: a bilingual label names one kind twice — its pair is no count, the table is read without it', () => {
    const text = `2026 жылғы ІІІ тоқсандағы Қоғамдық кеңестің жұмысы туралы ақпарат\n${table([
      'Көрсеткіш', 'ІІІ тоқсан', 'Кеңес отырыстары', '2', 'Дөңгелек үстелдер / Круглые столы', '2 / 2', 'Мониторингтер', '4',
    ])}`;
    expect(figures(text)).toEqual({ general_meetings: 2, monitorings: 4 });
  });
  it('near miss: a pair beside a label of one kind is no count of it', () => {
    const text = `ИНФОРМАЦИЯ о деятельности Общественного совета за III квартал 2026 года\n${table([
      'Показатель', 'III квартал 2026 года', 'Заседания Общественного совета', '1 / 1', 'Мониторинги', '5', 'Публикации', '33',
    ])}`;
    expect(figures(text)).toEqual({ monitorings: 5, publications: 33 });
  });
});
