/**
 * Documents dense with dates and times (session 34, set 114). A report's period stated with Kazakh case endings instead of
 * a dash ("2026 жылғы 1 қаңтардан 30 қыркүйекке дейінгі кезеңдегі", "01.07.2026 ж. бастап 30.09.2026 ж. дейін" —
 * readPeriod); a count before a Kazakh postposition of "among" ("Түскен 13 өтініштің ішінде жеке тұлғалардікі – 11") counts
 * the whole, never the part named after it (figures.json prepositions).
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const period = (title: string) => parseReport([title, '', 'Кеңестің 2 отырысы өтті.'].join('\n')).period;
const figures = (lines: string[]) => Object.fromEntries(parseReport(['2026 жылғы III тоқсандағы жұмыс туралы есеп', '', ...lines].join('\n')).figures.map((f) => [f.metric, f.value]));

describe('a period from a first day to a last day in Kazakh cases', () => {
  it.each([
    ['2026 жылғы 1 қаңтардан 30 қыркүйекке дейінгі кезеңдегі жұмыс туралы АҚПАРАТ', '2026-01-01', '2026-09-30'],
    ['Кеңестің 2025 жылғы 1 шілдеден бастап 31 желтоқсанға дейінгі жұмысы туралы есеп', '2025-07-01', '2025-12-31'],
    ['01.07.2026 ж. бастап 30.09.2026 ж. дейінгі кезеңдегі есеп', '2026-07-01', '2026-09-30'],
    ['01.04.2026-дан 30.06.2026-ға дейінгі кезеңдегі ақпарат', '2026-04-01', '2026-06-30'],
  ])('%s', (title, from, to) => {
    expect(period(title)).toEqual({ from, to });
  });
  it.each([
    // An event's days, not whole months.
    '2026 жылғы 10 наурыздан 14 наурызға дейін мониторинг өтті',
    // No ablative and no "бастап": not a span in this form.
    '2026 жылғы 1 қаңтар 30 қыркүйекке дейін',
  ])('near miss: %s', (title) => {
    expect(period(title)).toBeNull();
  });
  it('near miss: years that disagree make no span of them', () => {
    expect(period('01.07.2025 ж. бастап 30.09.2026 ж. дейінгі кезеңдегі есеп')?.from).not.toBe('2025-07-01');
  });
});

describe('a count before "ішінде / арасында" counts the whole, not the part after it', () => {
  it('kk: the appeals among which the individuals\' are told', () => {
    const f = figures(['Түскен 13 өтініштің ішінде жеке тұлғалардікі – 11, заңды тұлғалардікі – 2.']);
    expect(f.appeals_individuals).toBe(11);
    expect(f.appeals_legal_entities).toBe(2);
  });
  it('kk: "арасында", the individuals\' part with a dash', () => {
    const f = figures(['Келіп түскен 9 өтініш арасында жеке тұлғалардан – 8, заңды тұлғалардан – 1.']);
    expect(f.appeals_individuals).not.toBe(9);
  });
  it('near miss: the kind right after its count still counts it', () => {
    expect(figures(['Кеңеске 5 өтініш жеке тұлғалардан түсті.']).appeals_individuals).toBe(5);
  });
});
