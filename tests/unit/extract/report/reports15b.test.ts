/**
 * Held-out set 15's report classes (issue 12), part b: a count of commissions beside another body the text gives a
 * commission's standing (2 or 3? a candidate, never a figure); the council named as the subject of "в составе N
 * членов". ru and kk, with the near-misses that must yield nothing.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';

const HEAD = 'Отчет о работе Общественного совета района за 2025 год\n\n';
const parse = (body: string) => parseReport(`${HEAD}${body}\n`);
const figure = (body: string, metric: string) => parse(body).figures.find((f) => f.metric === metric)?.value;
const candidate = (body: string, metric: string) => parse(body).candidates.find((c) => c.metric === metric)?.value;

describe('commissions beside a body with a commission\'s standing', () => {
  it.each([
    'В совете 2 постоянные комиссии и рабочая группа по вопросам ЖКХ, действующая на правах комиссии.',
    'В совете действуют 2 постоянные комиссии, а также рабочая группа в статусе комиссии.',
    'В структуре совета 2 комиссии и экспертная группа, которая выполняет функции постоянной комиссии.',
    'В совете функционируют 2 постоянные комиссии. Кроме того, рабочая группа по ЖКХ работает на правах комиссии.',
    'Кеңесте 2 тұрақты комиссия бар, сондай-ақ тұрғын үй мәселелері жөніндегі жұмыс тобы комиссия құқығында жұмыс істейді.',
  ])('%s', (body) => {
    expect(figure(body, 'commissions')).toBeUndefined();
    expect(candidate(body, 'commissions')).toBe(2);
  });

  it.each([
    ['В совете действуют 2 постоянные комиссии и рабочая группа по вопросам ЖКХ.', 2],
    ['В совете действуют 3 постоянные комиссии.', 3],
    ['Кеңесте 4 тұрақты комиссия жұмыс істейді.', 4],
  ])('a body without such words is no commission: %s', (body, value) => {
    expect(figure(body, 'commissions')).toBe(value);
  });
});

describe('the council as the subject of "в составе N членов"', () => {
  it.each([
    ['Общественный совет Житикаринского района в составе 13 членов (9 – представители гражданского общества, 4 – представители госорганов) продолжает работу.', 13],
    ['Общественный совет при акимате района в составе 15 человек работает согласно плану.', 15],
    ['Общественный совет Костанайской области в составе 21 члена провел 6 заседаний.', 21],
    ['Общественный совет в составе 11 членов продолжает работу.', 11],
  ])('%s', (body, value) => {
    expect(figure(body, 'members_total')).toBe(value);
  });

  it.each([
    'Рабочая группа Общественного совета в составе 5 членов изучила вопрос.',
    'Общественный совет создал рабочую группу в составе 5 членов.',
    'Общественный совет направил делегацию в составе 3 человек.',
    'Комиссия совета в составе 4 членов провела мониторинг.',
  ])('another body\'s composition: %s', (body) => {
    expect(figure(body, 'members_total')).toBeUndefined();
  });
});

describe('a block of platform lines under a total of publications', () => {
  const media = (block: string) =>
    parse(block)
      .media.map((m) => `${m.platform}=${m.publications}/${m.views}`)
      .sort();

  it.each([
    ['Барлығы 100 жарияланым / всего 100 публикаций, из них:\n  Instagram – 54 публикации, 12 300 просмотров;\n  Telegram – 22;\n  сайт акимата района – 18;\n  портал kazkenes.kz – 6.', ['instagram=54/12300', 'kazkenes=6/null', 'telegram=22/null', 'website=18/null']],
    ['Опубликовано 60 материалов, в том числе:\n- Facebook – 25;\n- Telegram – 20;\n- сайт – 15.', ['facebook=25/null', 'telegram=20/null', 'website=15/null']],
    ['Барлығы 40 жарияланым, оның ішінде:\n  Instagram-да – 30,\n  Telegram – 10.', ['instagram=30/null', 'telegram=10/null']],
  ])('%s', (block, want) => {
    expect(media(block)).toEqual(want);
  });

  it.each([
    // No total of publications above: a bare number says nothing of what it counts.
    'Информационная работа:\n  Telegram – 22;\n  сайт акимата района – 18.',
    // The total counts views, not publications.
    'Охват аудитории – 5 000, из них:\n  Telegram – 2 200;\n  сайт – 1 800.',
    // A blank line ends the block.
    'Всего 100 публикаций, из них:\n\nTelegram – 22;\nсайт – 18.',
  ])('no publications: %s', (block) => {
    expect(media(block)).toEqual([]);
  });

  it.each([
    'Всего 100 публикаций, из них:\n  Telegram – 1 200 подписчиков;\n  сайт – 18.',
    'Всего 100 публикаций, из них: Telegram – 12 подписчиков; сайт – 18.',
  ])('followers are no publications: %s', (block) => {
    expect(media(block)).toEqual(['website=18/null']);
  });
});
