/**
 * The period and appeal classes behind held-out set 52's two false values in Aktau's half-year news article
 * (report-ru-aktau-2025-h1): a text that states its period as a part of a year with no year to it is no year's report
 * (the dates' year made a whole 2025 of a half); a period heading over a box of figures ("ЯНВАРЬ – ИЮНЬ 2025 В ЦИФРАХ")
 * is the period; a count set against another period's after "против" keeps its own period; appeals whose authors got
 * answers are those answered, not those received. Each: the real text, variants of our own (ru and kk), a near-miss.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';

const RU = 'Отчет о деятельности Общественного совета за 2025 год\n\n';
const KK = 'Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп\n\n';
const RU_H1 = 'Отчет о работе Общественного совета за первое полугодие 2025 года\n\n';
const period = (text: string) => parseReport(text).period;
const figures = (text: string) => Object.fromEntries(parseReport(text).figures.map((f) => [f.metric, f.value]));
const candidates = (text: string, metric: string) => parseReport(text).candidates.filter((c) => c.metric === metric).map((c) => c.value);

const NEWS_HEAD = '03.07.2025, 09:27   Полгода работы: чем занимался Общественный совет Актау — Акимат города Актау\n\nГлавная › Пресс-центр › Новости\n\nПолгода работы: чем занимался Общественный совет Актау\n2 июля 2025, 17:40 · Просмотров: 873 · Поделиться: 9\n\n';

describe('a part of a year stated without its year: no whole year from the dates', () => {
  it('ru (set 52, Aktau): "с января по июнь", "за первое полугодие" and dates of 2025 — no period, said so', () => {
    const text = `${NEWS_HEAD}26 июня в малом зале акимата состоялось очередное заседание Общественного совета города\nАктау. Одним из вопросов стала информация секретаря Совета о том, что\nсделано с января по июнь.\nПо ее словам, за первое полугодие Совет собирался на заседания трижды.\n`;
    const x = parseReport(text);
    expect(x.period).toBeNull();
    expect(x.issues.some((i) => /part of the year without its year/u.test(i.message))).toBe(true);
  });
  it('ru variant: "в январе–июне" and a dated meeting of 12.03.2025', () => {
    expect(period('Новости совета\n\nВ январе–июне Совет провел 3 заседания. Заседание 12.03.2025 было выездным.\n')).toBeNull();
  });
  it('kk variant: "6 ай ішінде" and a dated meeting of 2025', () => {
    expect(period('Кеңес жаңалықтары\n\n6 ай ішінде Кеңес 3 отырыс өткізді. 2025 жылғы 12 наурызда көшпелі отырыс болды. Отырыс 15.04.2025 өтті.\n')).toBeNull();
  });
  it('kk variant: "бірінші жартыжылдықта" and dates of 2025', () => {
    expect(period('Кеңес жаңалықтары\n\nБірінші жартыжылдықта Кеңес 3 отырыс өткізді. Отырыс 12.03.2025 және 15.04.2025 өтті.\n')).toBeNull();
  });
  it('near-miss: "с января по декабрь" is the whole year — the dates\' year stays, as before', () => {
    expect(period('Новости совета\n\nС января по декабрь Совет провел 6 заседаний: 12.03.2025, 15.04.2025.\n')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });
  it('near-miss: a part stated with its year in the title is read as before ("за первое полугодие 2025 года")', () => {
    expect(period(`${RU_H1}С января по июнь проведено 3 заседания.\n`)).toEqual({ from: '2025-01-01', to: '2025-06-30' });
  });
});

describe('a period heading over a box of figures is the period', () => {
  it('ru (set 52, Aktau): "ЯНВАРЬ – ИЮНЬ 2025 В ЦИФРАХ" over number-first lines', () => {
    const text = `${NEWS_HEAD}За первое полугодие Совет собирался на заседания трижды.\n\nЯНВАРЬ – ИЮНЬ 2025 В ЦИФРАХ\n3 — заседания Совета\n2 — заседания президиума\n29 — обращений\n`;
    expect(period(text)).toEqual({ from: '2025-01-01', to: '2025-06-30' });
  });
  it('ru variant: "За 9 месяцев 2025 года в цифрах"', () => {
    expect(period('Новости совета\n\nЗа 9 месяцев 2025 года в цифрах\n5 — заседаний Совета\n')).toEqual({ from: '2025-01-01', to: '2025-09-30' });
  });
  it('kk variant: "2025 жылғы қаңтар – маусым сандармен"', () => {
    expect(period('Кеңес жаңалықтары\n\n2025 жылғы қаңтар – маусым сандармен\n3 — Кеңес отырысы\n')).toEqual({ from: '2025-01-01', to: '2025-06-30' });
  });
  it('near-miss: a period inside a sentence below the title is no heading ("… за январь – июнь 2025 года вырос, в цифрах …")', () => {
    const filler = Array.from({ length: 10 }, (_, i) => `Абзац ${i + 1} новости о работе Совета.`).join('\n');
    expect(period(`Новости совета\n\n${filler}\nСовет за январь – июнь 2025 года вырос, в цифрах это 3 заседания 12.03.2025.\n`)).toBeNull();
  });
});

describe('a count set against another period\'s after "против" keeps the report\'s period', () => {
  it('ru (set 52, Aktau): "за полгода поступило 29 обращений против 21 в первом полугодии 2024 года" is 29', () => {
    const text = `${RU_H1}Жители стали чаще обращаться в Совет: за полгода поступило 29 обращений против 21 в первом\nполугодии 2024 года. 25 из них написали граждане, 4 – юридические лица.\n`;
    expect(figures(text)).toMatchObject({ appeals_received: 29 });
  });
  it('ru variant: "проведено 6 заседаний по сравнению с 4 в 2024 году" is 6', () => {
    expect(figures(`${RU}В 2025 году проведено 6 заседаний Совета по сравнению с 4 в 2024 году.\n`)).toMatchObject({ general_meetings: 6 });
  });
  it('kk variant: "29 өтініш түсті, 2024 жылғы 21 өтінішпен салыстырғанда" is 29', () => {
    expect(figures(`${KK}Кеңеске 29 өтініш түсті, 2024 жылғы 21 өтінішпен салыстырғанда.\n`)).toMatchObject({ appeals_received: 29 });
  });
  it('near-miss: the compared count itself stays doubtful ("против 21 в 2024 году" is no figure of 2025)', () => {
    const text = `${RU}Поступило 29 обращений против 21 в 2024 году.\n`;
    expect(figures(text)).toMatchObject({ appeals_received: 29 });
    expect(figures(text).appeals_received).not.toBe(21);
  });
  it('near-miss: a count whose own clause names the other year stays doubtful ("в 2024 году поступило 21 обращение")', () => {
    expect(figures(`${RU}В 2024 году поступило 21 обращение.\n`)).not.toHaveProperty('appeals_received');
  });
});

describe('appeals whose authors got answers are those answered, not those received', () => {
  it('ru (set 52, Aktau): "Ответы получили авторы 26 обращений" is no count of those received', () => {
    const text = `${RU_H1}Ответы получили авторы 26 обращений, по трем работа продолжается.\n`;
    expect(figures(text).appeals_received).toBeUndefined();
  });
  it('ru variant: "получили ответы заявители 26 обращений" — still no received count', () => {
    expect(figures(`${RU}Получили ответы заявители 26 обращений.\n`).appeals_received).toBeUndefined();
  });
  it('kk variant: "26 өтініштің авторлары жауап алды"', () => {
    expect(figures(`${KK}26 өтініштің авторлары жауап алды.\n`).appeals_received).toBeUndefined();
  });
  it('near-miss: received, then answered in another sentence — the received count stays, the answered read as such', () => {
    const text = `${RU}Поступило 29 обращений. Ответы получили авторы 26 обращений.\n`;
    expect(figures(text)).toMatchObject({ appeals_received: 29, appeals_answered: 26 });
    expect(candidates(text, 'appeals_received')).not.toContain(26);
  });
});
