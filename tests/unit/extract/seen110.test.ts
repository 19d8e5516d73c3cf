/**
 * Classes found when set 110 was looked at (session 34, after its unseen score), with variants of my own:
 * - an online count is never read across another count between it and the means ("Приняли участие 12 из них, двое
 *   подключились по видеосвязи": 2 online, not 12);
 * - a title's year in brackets inside it, after its month or part ("Қазан (2026 ж.) айының қорытындысы бойынша") is
 *   read where a title puts the year — not the whole year by the bracket alone.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const protocol = (lines: string[]) => parseProtocol(['ПРОТОКОЛ № 3', '', ...lines].join('\n'));
const periodOf = (title: string) => parseReport([title, '', 'Кеңес мүшелерінің саны – 11.'].join('\n')).period;

describe('an online count and another count before its means', () => {
  it('ru: "12 из них, двое подключились по видеосвязи" — 2 online', () => {
    expect(protocol(['Всего в Совете 15 членов. Приняли участие в заседании 12 из них,', 'двое подключились по видеосвязи.']).online).toBe(2);
  });
  it('ru: the names between, no count ("двое из них – Ким А.Г. и Садыкова Н.М. – по видеосвязи") still 2', () => {
    expect(protocol(['Присутствовали 10 членов Совета, двое из них – Ким А.Г. и Садыкова Н.М. – по видеосвязи.']).online).toBe(2);
  });
  it('near miss: "из них 3 по видеосвязи" stays 3', () => {
    expect(protocol(['Присутствовали 12 членов Совета, из них 3 по видеосвязи.']).online).toBe(3);
  });
});

describe('a title\'s year in brackets inside it', () => {
  it.each([
    ['Қазан (2026 ж.) айының қорытындысы бойынша АҚПАРАТ', { from: '2026-10-01', to: '2026-10-31' }],
    ['Итоги работы Совета за октябрь (2026 г.) месяц', { from: '2026-10-01', to: '2026-10-31' }],
    ['Отчёт за 9 месяцев (2026 г.) работы Совета', { from: '2026-01-01', to: '2026-09-30' }],
  ])('%s', (title, period) => {
    expect(periodOf(title)).toEqual(period);
  });
  it('near miss: two years in the title — the bracket is not moved', () => {
    expect(periodOf('Отчёт за октябрь 2026 года (в сравнении с 2025 г.)')).toEqual({ from: '2026-10-01', to: '2026-10-31' });
  });
});

describe('a line that puts its own question to the vote is its own vote', () => {
  const votes = (lines: string[]) => protocol(['Повестка дня:', '1. О плане.', '2. Разное.', '', ...lines]).votes.map((v) => [v.for, v.unanimous, v.declared]);
  it('ru: counts of a proposal, then "Повестку дня … поставили на голосование. Проголосовали единогласно." — two votes', () => {
    expect(votes(['Принято. За – 13, против – нет, воздержались – нет.', 'Повестку дня в изменённом виде поставили на голосование. Проголосовали единогласно.']))
      .toEqual([[13, false, 'adopted'], [null, true, null]]);
  });
  it('kk: "Күн тәртібі дауысқа қойылды. Бірауыздан."', () => {
    expect(votes(['Ұсыныс қабылданды. Жақтап – 11, қарсы – жоқ, қалыс – жоқ.', 'Өзгертілген күн тәртібі дауысқа қойылды. Бірауыздан.'])).toHaveLength(2);
  });
  it('near miss: "За – 13, против – 0, воздержались – 0." then "Единогласно." is one vote', () => {
    expect(votes(['Голосовали: за – 13, против – 0, воздержались – 0.', 'Единогласно.'])).toHaveLength(1);
  });
});
