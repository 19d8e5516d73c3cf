/**
 * Session 25, helper "events": the classes of the event fields still missed by the pins (counts and dated lists of round
 * tables, seminars, monitorings, hearings, dialog platforms). Each class in Russian and Kazakh, a variant no set holds, and
 * near-misses that must give nothing.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { activityList, candidateList, figureMap } from '../../helpers/extractCases.ts';

const RU = 'Отчет о работе Общественного совета за 2025 год\n\n';
const KK = 'Қоғамдық кеңестің 2025 жылғы қызметі туралы есеп\n\n';
const figures = (text: string) => figureMap(parseReport(`${text}\n`));
const candidates = (text: string) => candidateList(parseReport(`${text}\n`));
const activities = (text: string) => activityList(parseReport(`${text}\n`));

describe('a kind\'s count and its days alone, in a bracket or after the dash (sets 21, 36, 57)', () => {
  it('ru: a list item "семинары (3) – 12.03, 14.05 и 20.09" under a heading of two kinds is three dated seminars', () => {
    const text = `${RU}РАЗДЕЛ VI. КРУГЛЫЕ СТОЛЫ И СЕМИНАРЫ\n  • семинары (3) – 12.03, 14.05 и 20.09\n  • круглые столы – не проводились`;
    expect(activities(text)).toEqual(['seminar 2025-03-12', 'seminar 2025-05-14', 'seminar 2025-09-20']);
  });
  it('kk: "• дөңгелек үстелдер (2) – 14.03, 22.10" is two dated round tables', () => {
    expect(activities(`${KK}IV. Іс-шаралар\n• дөңгелек үстелдер (2) – 14.03, 22.10\n• семинарлар өткізілмеді`)).toEqual(['round_table 2025-03-14', 'round_table 2025-10-22']);
  });
  it('kk: two labels on one line, each with its days in its bracket', () => {
    const text = `${KK}Дөңгелек үстелдер – 2 (12.03.2025, 18.09.2025); диалог алаңы – 1 (20.11.2025, «Ашық диалог»).`;
    expect(activities(text)).toEqual(['round_table 2025-03-12', 'round_table 2025-09-18', 'dialog_platform 2025-11-20']);
  });
  it('ru: the second label of a line after a comma, its days in words ("публичных слушаний – 2 (18 марта и 4 ноября)")', () => {
    expect(activities(`${RU}Мониторингов – 4, публичных слушаний – 2 (18 марта и 4 ноября).`)).toEqual(['public_hearing 2025-03-18', 'public_hearing 2025-11-04']);
  });
  it('near-misses: days fewer than the count, a span, other words in the bracket, another body\'s: no dated events', () => {
    expect(activities(`${RU}Круглые столы – 3 (12.03.2025, 18.09.2025).`)).toEqual([]);
    expect(activities(`${RU}Круглые столы – 2 (01.03.2025–30.04.2025, 18.09.2025).`)).toEqual([]);
    expect(activities(`${RU}Круглые столы – 2 (по состоянию на 30.09.2025 и 01.10.2025).`)).toEqual([]);
    expect(activities(`${RU}Маслихатом района: круглые столы – 2 (12.03.2025, 18.09.2025).`)).toEqual([]);
  });
});

describe('a bullet that runs a kind\'s heading into its dated items (set 30)', () => {
  it('ru: "• Круглые столы: 17.07 – «…»," wrapped onto "18.09 – «…»" is two dated round tables', () => {
    const text = `${RU}  • Круглые столы: 17.07 – «Туризм на водохранилище»,\n    18.09 – «Доступность транспорта»\n  • Слушания не проводились`;
    expect(activities(text)).toEqual(['round_table 2025-07-17', 'round_table 2025-09-18']);
  });
  it('kk: "– Дөңгелек үстелдер: 12.03 – «…», 18.09 – «…»;"', () => {
    expect(activities(`${KK}– Дөңгелек үстелдер: 12.03 – «Жастар», 18.09 – «Көлік»;\n– Семинарлар өткізілмеді.`)).toEqual(['round_table 2025-03-12', 'round_table 2025-09-18']);
  });
  it('near-miss: a heading of a plan run into its days, bulleted, numbered or not, gives none', () => {
    expect(activities(`${RU}• Круглые столы планируются: 17.07 – «Туризм», 18.09 – «Доступность транспорта»`)).toEqual([]);
    expect(activities(`${RU}3. Круглые столы планируются: 17.07 – «Туризм», 18.09 – «Доступность транспорта»`)).toEqual([]);
    expect(activities(`${KK}* Дөңгелек үстелдер жоспарланған: 12.03 – «Жастар», 18.09 – «Көлік»`)).toEqual([]);
  });
});

describe('a body in an earlier label of a list of counts owns that count only (set 61)', () => {
  it('ru: "Итого по Совету: заседаний комиссий – 7, мониторингов – 6, семинаров – 4" — the monitorings and seminars are the council\'s', () => {
    const f = figures(`${RU}Итого по Совету: заседаний комиссий – 7, мониторингов – 6, семинаров – 4.`);
    expect([f.commission_meetings, f.monitorings, f.seminars]).toEqual([7, 6, 4]);
  });
  it('kk: "комиссиялар отырыстары – 7, мониторингтер – 6, семинарлар – 4"', () => {
    const f = figures(`${KK}Кеңес бойынша барлығы: комиссиялар отырыстары – 7, мониторингтер – 6, семинарлар – 4.`);
    expect([f.monitorings, f.seminars]).toEqual([6, 4]);
  });
  it('near-misses: a body that opens the list owns its items ("Маслихатом района: сессий – 7, круглых столов – 3")', () => {
    expect(figures(`${RU}Маслихатом района: сессий – 7, круглых столов – 3.`).round_tables).toBeUndefined();
    expect(figures(`${RU}Комиссией по экологии проведено: мониторингов – 6, семинаров – 4.`).monitorings).toBeUndefined();
  });
});

describe('one event told as its kind, its quoted title, a dash and its day, no verb (set 58)', () => {
  it('ru: "Круглый стол «…» – 19 сентября." between paragraphs is round_tables=1', () => {
    expect(figures(`${RU}Слушания проведены 28 августа.\nКруглый стол «Безопасность туристов на озере» – 19 сентября.\nДиалоговые площадки не проводились.`).round_tables).toBe(1);
    expect(figures(`${RU}Круглый стол «Безопасность» – 19 сентября 2025 г.`).round_tables).toBe(1);
  });
  it('kk: "Дөңгелек үстел «…» – 2025 жылғы 12 наурыз."', () => {
    expect(figures(`${KK}Мониторинг жүргізілді.\nДөңгелек үстел «Жастар және еңбек» – 2025 жылғы 12 наурыз.\nБасқа іс-шаралар болған жоқ.`).round_tables).toBe(1);
  });
  it('near-misses: a plan\'s section, no stop (a title), another of the kind in the plural', () => {
    expect(figures(`${RU}ПЛАН НА IV КВАРТАЛ\nКруглый стол «Безопасность туристов» – 19 ноября.`).round_tables).toBeUndefined();
    expect(figures(`${RU}Круглый стол «Безопасность туристов» – 19 сентября\nКруглые столы проводятся ежеквартально.`).round_tables).toBeUndefined();
    expect(candidates(`${RU}Круглый стол «Безопасность туристов» – 19 сентября.\nКруглые столы проводятся ежеквартально.`)).not.toContain('round_tables=1');
    expect(figures(`${RU}Круглый стол «Безопасность туристов» – 19 сентября.\nКруглые столы проводятся ежеквартально.`).round_tables).toBeUndefined();
  });
});

describe('a none with a bracket of a plan or a postponement is still a none (set 38)', () => {
  const H1 = 'Отчет о работе Общественного совета за первое полугодие 2025 года\n\n';
  it('ru: "Круглые столы в первом полугодии не проводились (один запланирован на сентябрь)" is round_tables=0', () => {
    expect(figures(`${H1}Круглые столы в первом полугодии не проводились (один запланирован на сентябрь).`).round_tables).toBe(0);
    expect(figures(`${H1}Семинары не проводились (один перенесён на октябрь).`).seminars).toBe(0);
  });
  it('kk: "Қоғамдық тыңдаулар өткізілмеді (біреуі қыркүйекке жоспарланған)"', () => {
    expect(figures(`${KK}Қоғамдық тыңдаулар өткізілмеді (біреуі қыркүйекке жоспарланған).`).public_hearings).toBe(0);
  });
  it('near-misses: a none with its exception ("кроме одного", "за исключением двух") or a part of the period is no 0', () => {
    expect(figures(`${H1}Круглые столы не проводились, кроме одного (запланирован на май).`).round_tables).toBeUndefined();
    expect(figures(`${H1}Семинары, за исключением двух выездных, не проводились.`).seminars).toBeUndefined();
    expect(figures(`${RU}Круглые столы в I квартале не проводились (перенесены на II квартал).`).round_tables).toBeUndefined();
  });
});

describe('the council\'s working groups, all of them in the plural, hold its events as its commissions do (set 57)', () => {
  const H2 = 'Отчет о работе Общественного совета за второе полугодие 2024 года\n\n';
  it('ru: "Рабочими группами проведено четыре общественных мониторинга: 24 июля (…), …" is monitorings=4 and its days', () => {
    const text = `${H2}Рабочими группами проведено четыре общественных мониторинга: 24 июля (отгрузка), 15 августа и 3 сентября (посевы), 6 ноября (субсидии).`;
    expect(figures(text).monitorings).toBe(4);
    expect(activities(text)).toEqual(['monitoring 2024-07-24', 'monitoring 2024-08-15', 'monitoring 2024-09-03', 'monitoring 2024-11-06']);
    expect(figures(`${RU}Рабочие группы Совета провели 3 круглых стола.`).round_tables).toBe(3);
  });
  it('kk: "Жұмыс топтары 3 мониторинг жүргізді"', () => {
    expect(figures(`${KK}Жұмыс топтары 3 мониторинг жүргізді.`).monitorings).toBe(3);
  });
  it('near-misses: another body\'s groups, one group, interagency groups: candidates only', () => {
    expect(figures(`${RU}Рабочими группами акимата проведено 5 мониторингов.`).monitorings).toBeUndefined();
    expect(figures(`${RU}Рабочей группой по экологии проведено 2 мониторинга.`).monitorings).toBeUndefined();
    expect(figures(`${RU}Межведомственными рабочими группами проведено 5 мониторингов.`).monitorings).toBeUndefined();
    expect(figures(`${KK}Ведомствоаралық жұмыс топтары 3 мониторинг жүргізді.`).monitorings).toBeUndefined();
  });
});
