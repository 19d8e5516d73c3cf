/**
 * A fixed-width table's row numbers are list numbers, never counts (issue 12, set 190): "1    Қоғамдық кеңес отырысы" under
 * "Р/с   Іс-шара   Күні" is the first row, no one sitting.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { withoutRowNumbers } from '../../../sources/extract/report/rowNumbers.ts';

const figure = (text: string[], metric: string) => parseReport(text.join('\n')).figures.find((f) => f.metric === metric)?.value;

describe('row numbers of a fixed-width table', () => {
  const kk = [
    'Созақ ауданы Қоғамдық кеңесінің 2026 жылғы III тоқсандағы жұмысы туралы ақпарат', '',
    'Р/с  Іс-шара                                              Күні         Белгі',
    '---------------------------------------------------------------------------',
    '1    Қоғамдық кеңес отырысы (№ 5 хаттама)                 15.07.2026   ✔',
    '2    Ауылдық емхананың жұмысын мониторингтеу              05.08.2026   ✔',
    '3    «Жайылымдарды ұтымды пайдалану» дөңгелек үстелі      20.08.2026   ✔',
    '4    Қоғамдық кеңес отырысы (№ 6 хаттама)                 16.09.2026   ✔',
    '',
  ];
  it('blanked in their place, the rest of each row as it was (kk)', () => {
    const out = withoutRowNumbers(kk);
    expect(out[4]).toBe(`     ${kk[4].slice(5)}`);
    expect(out[6].startsWith('     «Жайылымдарды')).toBe(true);
    expect(out[2]).toBe(kk[2]);
  });
  it('no count of meetings or round tables from a row\'s number; the text\'s own count stands (kk, ru)', () => {
    expect(figure(kk, 'general_meetings')).toBeUndefined();
    expect(figure(kk, 'round_tables')).toBeUndefined();
    expect(figure([...kk, 'III тоқсанда Қоғамдық кеңестің 2 отырысы өтті.'], 'general_meetings')).toBe(2);
    const ru = [
      'Информация о работе Общественного совета за III квартал 2026 года', '',
      '№    Мероприятие                              Дата',
      '1    Заседание Общественного совета           15.07.2026',
      '2    Круглый стол «Вода для полива»           20.08.2026',
      '',
    ];
    expect(figure(ru, 'round_tables')).toBeUndefined();
  });
  it('near misses: a count opening a line of prose, a header of no numbers\' column, a single numbered row', () => {
    const prose = ['3  дөңгелек үстел өткізілді.', '2  мониторинг жүргізілді.'];
    expect(withoutRowNumbers(prose)).toEqual(prose);
    const labelled = ['Көрсеткіш     2025   2026', '1  отырыс   4   5', '2  мониторинг   3   6'];
    expect(withoutRowNumbers(labelled)).toEqual(labelled);
    const single = ['№    Мероприятие      Дата', '1    Заседание        15.07.2026', ''];
    expect(withoutRowNumbers(single)).toEqual(single);
  });
});
