/**
 * Classes the blind held-out reports showed (issue 12), each tested beyond the
 * sentence it came from, in Russian and Kazakh: sentences wrapped before a
 * count or a capital, Roman numerals typed with Cyrillic "І", Kazakh owners
 * before their noun, a conjunction between a number and a noun, "оң"
 * (positive) folded onto "он" (ten), platforms' counts with their noun said
 * once, lists introduced by a numbered section, several dated activities in
 * one sentence.
 */
import { describe, expect, it } from 'vitest';
import { continuesSentence } from '../../../../sources/extract/report/continuesSentence.ts';
import { readPeriod } from '../../../../sources/extract/report/readPeriod.ts';
import { findCounts } from '../../../../sources/extract/grammar/findCounts.ts';
import { figureList, reportUnder } from '../../../helpers/extractCases.ts';

const report = reportUnder;
const figures = (text: string) => figureList(report(text));

describe('a sentence wrapped onto the next line goes on there', () => {
  it.each([
    ['Есепті кезеңде Кеңестің 3 отырысы, президиумның 2 отырысы өткізілді, комиссиялар\n14 отырыс өткізді.', ['commission_meetings=14', 'general_meetings=3', 'presidium_meetings=2']],
    ['За отчетный год проведено восемь заседаний Совета, шесть заседаний президиума и\n27 заседаний комиссий.', ['commission_meetings=27', 'general_meetings=8', 'presidium_meetings=6']],
    ['Поступило 57 обращений, в том числе 49 – от физических лиц,\n8 – от юридических лиц.', ['appeals_individuals=49', 'appeals_legal_entities=8', 'appeals_received=57']],
    ['Кеңеске 38 өтініш түсті, оның ішінде жеке тұлғалардан – 31, заңды тұлғалардан – 7;\n30-ына жауап берілді.', ['appeals_answered=30', 'appeals_individuals=31', 'appeals_legal_entities=7', 'appeals_received=38']],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want);
  });

  it('a heading, a short line or an ended sentence is not continued', () => {
    expect(continuesSentence('Отырыстар', '14 отырыс өткізілді.')).toBe(false);
    expect(continuesSentence('Проведено 12 заседаний Совета и рассмотрено сорок восемь вопросов.', '4 заседания президиума.')).toBe(false);
    expect(continuesSentence('Проведено 12 заседаний Совета и рассмотрено сорок восемь вопросов', '1. Мониторинг школ')).toBe(false);
    expect(continuesSentence('на сайте – 150;', '40 постов в Telegram.')).toBe(false);
    expect(continuesSentence('Деятельность Совета освещалась на сайте, в Instagram, Telegram,', 'Facebook и в региональных СМИ.')).toBe(true);
  });
});

describe('Roman numerals typed with the Cyrillic І', () => {
  it.each([
    ['Шымкент қаласы Қоғамдық кеңесінің 2025 жылғы І тоқсандағы жұмысы туралы', { from: '2025-01-01', to: '2025-03-31' }],
    ['Отчет за ІІІ квартал 2024 года', { from: '2024-07-01', to: '2024-09-30' }],
    ['Информация за ІІ полугодие 2025 года', { from: '2025-07-01', to: '2025-12-31' }],
    ['2025 жылғы І жартыжылдық қорытындысы', { from: '2025-01-01', to: '2025-06-30' }],
  ])('%s', (title, period) => {
    expect(readPeriod([title], undefined, [])).toEqual(period);
  });
});

describe('Kazakh puts the owner before the counted noun; a conjunction never stands between a number and its noun', () => {
  it.each([
    ['Кеңес құрамы – 24 мүше: мемлекеттік органдардың 8 өкілі және азаматтық қоғамның 16 өкілі.', ['members_civil=16', 'members_state=8', 'members_total=24']],
    ['Кеңес құрамында азаматтық қоғамның 20 өкілі және мемлекеттік органдардың 5 өкілі бар.', ['members_civil=20', 'members_state=5']],
    ['НҚА-ның 42 жобасына қоғамдық сараптама жүргізілді, оның ішінде 35-іне оң қорытынды берілді, 7-іне ескертулер мен ұсыныстар жіберілді.', ['npa_approved=35', 'npa_reviewed=42', 'npa_with_remarks=7']],
    ['НҚА-ның 18 жобасы қаралды, оның ішінде 4-еуіне ескертулер берілді.', ['npa_reviewed=18', 'npa_with_remarks=4']],
    ['Мемлекеттік органдарға 146 хат жіберілді, оның 131-іне жауап алынды.', ['letters_answered=131', 'letters_sent=146']],
    ['В государственные органы направлено 64 письма, ответы получены на 58.', ['letters_answered=58', 'letters_sent=64']],
    ['Рассмотрено 36 проектов НПА, по 30 из них даны положительные заключения.', ['npa_approved=30', 'npa_reviewed=36']],
    ['Поступило 20 обращений. С ответом рассмотрено 18 обращений.', ['appeals_answered=18', 'appeals_received=20']],
    ['Работа ведется в рамках пяти постоянных комиссий.', ['commissions=5']],
    ['Кеңес құрамына резервтік тізімнен екі үміткер енгізілді.', ['members_joined=2']],
    ['Жұмыс тобының құрамына екі үміткер енгізілді.', []],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want);
  });

  it('"оң" (positive) is no number word, "он" (ten) still is', () => {
    expect(findCounts('35-іне оң қорытынды', { kazakh: true }).map((c) => c.value)).toEqual([35]);
    expect(findCounts('он екі дөңгелек үстел', { kazakh: true }).map((c) => c.value)).toEqual([12]);
    expect(figures('Оң қорытынды берілген НҚА жобалары көп.')).toEqual([]);
  });
});

describe('platforms\' counts with the counted noun said once', () => {
  it('the bare counts are publications, the total is the total', () => {
    const x = report('Ақпараттық ашықтық. Сайтта – 31, Instagram-да – 64 (қаралым – 23 400), Telegram-да – 27,\nFacebook-те – 18 жарияланым, барлығы – 140 жарияланым.');
    expect(x.media.map((m) => `${m.platform}:${m.publications}/${m.views}`)).toEqual(['website:31/null', 'instagram:64/23400', 'telegram:27/null', 'facebook:18/null']);
    expect(x.figures.map((f) => `${f.metric}=${f.value}`)).toEqual(['publications=140']);
    const y = report('На сайте ОС опубликовано 42 материала, в Instagram – 87 публикаций, в Threads – 12.');
    expect(y.media.map((m) => `${m.platform}:${m.publications}`)).toEqual(['website:42', 'instagram:87', 'threads:12']);
    expect(y.figures).toEqual([]);
  });

  it('a bare count among other counted things is nobody\'s publications', () => {
    expect(report('В Instagram – 87 публикаций, подписчиков в Telegram – 1 200.').media.map((m) => `${m.platform}:${m.publications}`)).toEqual(['instagram:87']);
  });
});

describe('lists', () => {
  it('a numbered section that introduces a list with its count heads it, in ru and kk', () => {
    const ru = report('4. Общественный мониторинг. За квартал проведено 3 мониторинга:\n1. Школы – 20 августа 2025 г.\n2. Площадки – 04.07.2025.\n3. Пункты приема – 29 июля.\n\n5. Проведены 2 диалоговые площадки:\n- «Безопасный двор» – 14 августа 2025 г.;\n- «Инклюзивная среда» – 18.09.2025.');
    expect(ru.activities.map((a) => `${a.type} ${a.date_start}`)).toEqual(['monitoring 2025-08-20', 'monitoring 2025-07-04', 'monitoring 2025-07-29', 'dialog_platform 2025-08-14', 'dialog_platform 2025-09-18']);
    const kk = report('4. Қоғамдық мониторингтер – 2:\n- емханалар – 2025 жылғы 22 қаңтарда:\n    • № 1 қалалық емхана;\n    • № 8 қалалық емхана;\n- тамақтану сапасы – 19.02.2025 ж.', 'Есеп 2025 жыл');
    expect(kk.activities.map((a) => `${a.type} ${a.date_start}`)).toEqual(['monitoring 2025-01-22', 'monitoring 2025-02-19']);
  });

  it('an item of a list that ends with a colon and holds only a date keeps its sub-items', () => {
    const x = report('Проведено 2 мониторинга:\n1. Мониторинг школ – 14.02.2025.\n2. Мониторинг питания (5 марта 2025 года):\n   - ясли-сад № 7;\n   - ясли-сад № 21.');
    expect(x.activities.map((a) => `${a.type} ${a.date_start}`)).toEqual(['monitoring 2025-02-14', 'monitoring 2025-03-05']);
  });

  it('the type of a heading is read in its last sentence', () => {
    const x = report('Круглые столы и слушания. Проведено 2 круглых стола:\n– «Фермеры» (6 февраля 2025 г.);\n– «Подростки» (24.04.2025).');
    expect(x.activities.map((a) => a.type)).toEqual(['round_table', 'round_table']);
  });
});

describe('several dated activities in one sentence', () => {
  it.each([
    ['Проведены 2 общественных слушания: по проекту генерального плана (12 августа 2025 г.) и по проекту правил благоустройства (24 октября 2025 г.).', 'public_hearing', ['2025-08-12', '2025-10-24']],
    ['2 дөңгелек үстел өтті: «Жастар» (2025 жылғы 14 наурыз)\nжәне «Су ресурстары» (2025 жылғы 29 мамыр).', 'round_table', ['2025-03-14', '2025-05-29']],
    ['Бөрлі ауданында 1 диалог алаңы ұйымдастырылды\n(2025 жылғы 17 сәуір).', 'dialog_platform', ['2025-04-17']],
  ])('%s', (text, type, dates) => {
    expect(report(text).activities.filter((a) => a.type === type).map((a) => a.date_start)).toEqual(dates);
  });

  it('brackets with dates that are not as many as the count stated are one activity', () => {
    expect(report('Проведено 3 общественных слушания (12 августа 2025 г.), в том числе по проекту правил (24 октября 2025 г.).').activities).toHaveLength(1);
  });
});
