/**
 * Classes the blind held-out reports of set 19 showed: a year's report told one paragraph per quarter ("I квартал.
 * Проведено …", "Во втором квартале …", "ІІ тоқсанда …") whose counts are that quarter's, never the year's; a
 * questionnaire's numbered question about the plan ahead ("13. План на 2 полугодие 2025 года:") whose answer is planned,
 * not done; a point saying a type was not held ("публичные слушания … не проводились.") heads no list of it; a title's
 * own line names its type under a question naming two.
 */
import { describe, expect, it } from 'vitest';
import { candidateList, figureList, figureMap, reportUnder } from '../../../helpers/extractCases.ts';

const YEAR_KK = 'Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп';
const H1_RU = 'Отчет о работе Общественного совета за I полугодие 2025 года';

describe('a paragraph per quarter in a year\'s report', () => {
  const RU = [
    'Всего за год проведено 6 заседаний Совета.',
    '',
    'I квартал. Проведено 2 заседания Совета. Проведен',
    '1 общественный мониторинг по благоустройству.',
    '',
    'II квартал: проведено 2 заседания Совета и',
    '3 круглых стола по вопросам транспорта.',
    '',
    'За год поступило 40 обращений.',
  ].join('\n');
  const KK = [
    'Жыл ішінде Кеңестің 6 отырысы өткізілді.',
    '',
    'ІІ тоқсан. Кеңестің 2 отырысы өтті.',
    '1 қоғамдық мониторинг жүргізілді.',
    '',
    '40 өтініш түсті.',
  ].join('\n');

  it('keeps the quarter\'s counts as candidates, the year\'s stated totals as figures (ru)', () => {
    const x = reportUnder(RU);
    expect(figureMap(x)).toMatchObject({ general_meetings: 6, appeals_received: 40 });
    expect(figureList(x)).not.toContain('monitorings=1');
    expect(figureList(x)).not.toContain('round_tables=3');
    expect(candidateList(x).join(' ')).toContain('monitorings=1');
  });

  it('keeps the quarter\'s counts as candidates (kk)', () => {
    const x = reportUnder(KK, YEAR_KK);
    expect(figureList(x)).not.toContain('monitorings=1');
    expect(figureList(x)).not.toContain('general_meetings=2');
  });

  it('near-miss: a paragraph that opens with a count, or a quarter\'s report, is the period\'s', () => {
    const NEAR = ['Проведено 2 заседания Совета.', '', '3 круглых стола проведено в 2025 году.'].join('\n');
    expect(figureMap(reportUnder(NEAR))).toMatchObject({ general_meetings: 2, round_tables: 3 });
    const Q = ['I квартал. Проведено 2 заседания Совета.', '1 общественный мониторинг проведен.'].join('\n');
    expect(figureMap(reportUnder(Q, 'Информация о работе Общественного совета за I квартал 2025 года'))).toMatchObject({ monitorings: 1 });
  });
});

describe('a questionnaire: the plan\'s question, a type not held, a title under two types', () => {
  const RU = [
    'Ответы на вопросы анкеты за 1 полугодие 2025 года.',
    '',
    '4. Проведение круглых столов, общественных слушаний:',
    '   круглый стол «Тарифы на тепло» – 1;',
    '   общественные слушания в отчетном периоде не проводились.',
    '',
    '5. Освещение деятельности Совета:',
    '   12 публикаций.',
    '',
    '6. План на 2 полугодие 2025 года:',
    '   4 заседания, 3 мониторинга, 2 круглых стола.',
  ].join('\n');

  it('reads no plan as done and no hearing from the list after "не проводились"', () => {
    const x = reportUnder(RU, H1_RU);
    expect(figureList(x)).not.toContain('round_tables=2');
    expect(figureList(x)).not.toContain('general_meetings=4');
    expect(figureList(x)).not.toContain('public_hearings=1');
    expect(figureList(x)).not.toContain('monitorings=3');
  });

  it('near-miss: a question that is no plan\'s leaves its answer read', () => {
    const NEAR = ['Ответы на вопросы анкеты за 1 полугодие 2025 года.', '', '6. Количество мониторингов:', '   проведено 3 общественных мониторинга.'].join('\n');
    expect(figureMap(reportUnder(NEAR, H1_RU))).toMatchObject({ monitorings: 3 });
  });
});
