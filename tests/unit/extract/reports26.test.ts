/**
 * Report classes of session 26, from the blind sets 66–67 and variants of my own: a count of an event's label followed by
 * a noun of its own — the places or people the event went through (set 67: "мониторинг: 12 мектеп аралап шығылды" gave
 * 12 monitorings for 4).
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const figures = (text: string) => {
  const x = parseReport(`Информация о работе Общественного совета за III квартал 2025 года\n\n${text}\n`);
  return { stated: x.figures.map((f) => [f.metric, f.value]), candidates: x.candidates.map((c) => [c.metric, c.value]) };
};

describe('an event\'s count with a noun of places or people right after it', () => {
  it.each([
    ['kk, after a colon', '20 тамыз. Жаңа оқу жылына дайындық бойынша мониторинг: 12 мектеп аралап шығылды.'],
    ['ru, after a colon', 'Проведён мониторинг: 12 школ посещено, в двух ремонт не завершён.'],
    ['ru, after a dash', 'Мониторинг – 40 объектов торговли.'],
    ['kk, the noun in the locative', 'Мониторинг жүргізілді: 5 ауылда.'],
    ['kk, an abbreviation with its case ending', 'Қарабалық және Әулиекөл аудандарындағы 9 ФАП-қа мониторинг жүргізілді.'],
    ['ru, an abbreviation', 'Мониторинг: 5 КГУ города.'],
  ])('%s: a candidate, never the events\' figure', (_, text) => {
    const x = figures(text);
    expect(x.stated.filter(([m]) => m === 'monitorings')).toEqual([]);
  });
  it('near-miss: the events\' own count, with or without a noun of their own, is stated', () => {
    expect(figures('Мониторинг – 4, дөңгелек үстел – 1, семинар – 1.').stated).toEqual(expect.arrayContaining([['monitorings', 4], ['round_tables', 1], ['seminars', 1]]));
    expect(figures('Проведено 6 мониторингов в 12 школах.').stated).toEqual([['monitorings', 6]]);
    expect(figures('Семинаров – 3 для 120 участников.').stated).toEqual([['seminars', 3]]);
    expect(figures('Проведено 3 заседания ОС.').stated).toEqual([['general_meetings', 3]]);
  });
});

describe('a platform\'s count beside a bracket of its part', () => {
  const media = (text: string) => parseReport(`Информация о работе Общественного совета за 2025 год\n\n${text}\n`).media.map((m) => [m.platform, m.publications, m.views]);
  it('ru: the bracket before the count ("на сайте акимата (из них 3 видео) – 9") is the videos among them', () => {
    expect(media('Публикации: на сайте акимата (из них 3 видео) – 9, в Instagram – 12.')).toEqual([['website', 9, null], ['instagram', 12, null]]);
    expect(media('На сайте акимата (в т.ч. 2 видеоролика) размещено 9 материалов.')).toEqual([['website', 9, null]]);
  });
  it('kk variant, and a bracket after the count with the views in it', () => {
    expect(media('Әкімдік сайтында (оның ішінде 3 бейне) – 9 жарияланым.')).toEqual([['website', 9, null]]);
    expect(media('В Instagram – 20 (из них 5 видео, 12 тыс. просмотров).')).toEqual([['instagram', 20, 12000]]);
  });
  it('a bracket of a count with its own noun, the platform\'s count after it: ru and kk', () => {
    expect(media('Количество публикаций на сайте (12 видео): 46.')).toEqual([['website', 46, null]]);
    expect(media('Telegram-арнада (3 бейнеролик) – 15 жарияланым.')).toEqual([['telegram', 15, null]]);
  });
  it('near-miss: a bracket of another kind keeps its count where it was read before ("(38)" after the platform)', () => {
    expect(media('В Instagram (38) и в Telegram-канале Совета (16) размещены публикации.')).toEqual([['instagram', 38, null], ['telegram', 16, null]]);
  });
});

describe('one event told and no other of its kind held', () => {
  const stated = (text: string) => parseReport(`Информация о работе Общественного совета за IV квартал 2025 года\n\n${text}\n`).figures.map((f) => [f.metric, f.value]);
  it('ru: in one sentence, and the "no other" in the next', () => {
    expect(stated('27 ноября 2025 года проведен круглый стол «Молодежь и город» с участием 58 студентов, других круглых столов в квартале не было.')).toEqual([['round_tables', 1]]);
    expect(stated('Семинар для председателей ОСИ проведён 12 декабря. Других семинаров не проводилось.')).toEqual([['seminars', 1]]);
  });
  it('kk variant', () => {
    expect(stated('2025 жылғы 27 қарашада «Жастар және қала» дөңгелек үстелі өтті, басқа дөңгелек үстелдер өткізілген жоқ.')).toEqual([['round_tables', 1]]);
  });
  it('near-misses: a count stated wins; an event another body held, or one attended, gives no 1', () => {
    expect(stated('Проведено два круглых стола. Других круглых столов не было.')).toEqual([['round_tables', 2]]);
    expect(stated('Члены Совета приняли участие в круглом столе облсовета. Других круглых столов не проводилось.')).toEqual([]);
  });
});
