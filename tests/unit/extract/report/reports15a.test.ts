/**
 * Held-out set 15's report classes, part a (issue 12): a part of a count ("из них два заседания были выездными")
 * before the lexicon form that reads the total has run; a plan's list opened by "жоспарда" / "в плане" whose counts
 * are planned, never held. ru and kk, with the near-misses that must still yield their figures.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';

const HEAD = 'ОТЧЕТ\nо работе Общественного совета за 2025 год\n\n';
const KK_HEAD = 'Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп\n\n';
const isKazakhSentence = (s: string) => /[әғқңөұүһі]/u.test(s);
const figure = (text: string, metric: string) => parseReport(text).figures.filter((f) => f.metric === metric).map((f) => f.value);
const candidate = (text: string, metric: string) => parseReport(text).candidates.filter((c) => c.metric === metric).map((c) => c.value);

describe('a part of a count, whichever form reads the total', () => {
  it.each([
    ['Совет собирался на заседания одиннадцать раз (в 2024 году – 9), из них два заседания были выездными.', 11, 2],
    ['Совет собирался на заседания 7 раз, из которых 3 заседания прошли в онлайн-формате.', 7, 3],
    ['Совет в полном составе собирался 5 раз, в том числе 2 заседания выездных.', 5, 2],
  ])('%s', (sentence, total, part) => {
    const text = `${HEAD}${sentence}\n`;
    expect(figure(text, 'general_meetings')).toEqual([total]);
    expect(candidate(text, 'general_meetings')).toContain(part);
  });

  it('a part of another metric after "из них" is still that metric\'s figure', () => {
    const text = `${HEAD}Проведено 10 мероприятий, из них 3 круглых стола.\n`;
    expect(figure(text, 'round_tables')).toEqual([3]);
  });

  it('"из них" with no count of the metric before it is no part', () => {
    expect(figure(`${HEAD}Поступило 12 предложений, из них 4 заседания Совета рассмотрели.\n`, 'general_meetings')).not.toContain(12);
  });
});

describe('a plan\'s list opened by "жоспарда" / "в плане"', () => {
  it.each([
    [`${KK_HEAD}Жоспарда жыл бойына 8 мониторинг, 4 дөңгелек үстел және 10 есеп тыңдау көзделген; оның жартыжылдық бөлігі толық орындалды.\n`],
    [`${KK_HEAD}Жұмыс жоспарында 8 мониторинг, 4 дөңгелек үстел қарастырылған.\n`],
    [`${HEAD}В плане на год – 8 мониторингов, 4 круглых стола и 10 заслушиваний.\n`],
    [`${HEAD}Планом работы предусмотрено 8 мониторингов и 4 круглых стола.\n`],
  ])('%s', (text) => {
    expect(figure(text, 'monitorings')).toEqual([]);
    expect(figure(text, 'round_tables')).toEqual([]);
  });

  it('a count done beside the plan is a figure', () => {
    expect(figure(`${KK_HEAD}Жоспарда 8 мониторинг көзделген, 6 мониторинг жүргізілді.\n`, 'monitorings')).toEqual([6]);
    expect(figure(`${HEAD}В плане было 8 мониторингов; проведено 6 мониторингов.\n`, 'monitorings')).toEqual([6]);
    expect(figure(`${KK_HEAD}Жоспарға сәйкес 4 отырыс, 6 мониторинг өткізілді.\n`, 'monitorings')).toEqual([6]);
    expect(figure(`${HEAD}Согласно плану проведено 6 мониторингов.\n`, 'monitorings')).toEqual([6]);
  });
});

describe('"ранее" before a participle dates the participle, not the count', () => {
  it('is no other period', () => {
    expect(figure(`${HEAD}Президиум провел 6 заседаний, на которых рассматривались вопросы исполнения ранее принятых рекомендаций.\n`, 'presidium_meetings')).toEqual([6]);
    expect(figure(`${HEAD}Проведено 4 мониторинга по ранее поступившим обращениям.\n`, 'monitorings')).toEqual([4]);
  });

  it('"ранее" as a comparison still makes the count another period\'s', () => {
    expect(figure(`${HEAD}Проведено 4 мониторинга, как и ранее.\n`, 'monitorings')).toEqual([4]);
    expect(figure(`${HEAD}Ранее проводилось 4 мониторинга.\n`, 'monitorings')).toEqual([]);
  });
});

describe('the body that decided is not the body counted', () => {
  it.each([
    ['По решению рабочей группы в его состав вошли три новых члена.'],
    ['Решением рабочей группы в состав Совета включены 3 новых члена.'],
    ['Жұмыс тобының шешімімен Кеңес құрамына 3 жаңа мүше енгізілді.'],
  ])('%s', (sentence) => {
    expect(figure(`${isKazakhSentence(sentence) ? KK_HEAD : HEAD}${sentence}\n`, 'members_joined')).toEqual([3]);
  });

  it('a working group\'s own members are still its own', () => {
    expect(figure(`${HEAD}В состав рабочей группы вошли 3 новых члена.\n`, 'members_joined')).toEqual([]);
  });
});
