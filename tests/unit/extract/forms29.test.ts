/**
 * Classes of session 29: reports written in a ministry's FORM or QUESTIONNAIRE (held-out 78). A form table read over
 * the lines it sets between its rows — a note merged across ("Примечание: …", "Ескерту: …"), a section's heading ("Раздел
 * II. Заседания", "2. Отырыстар"), the row of column numbers ("1 2 3 4 5") — in a " | " text table, a table typed with
 * tabs (a PDF's text layer) and a Word table read cell by cell; a note's counts are the note's (last year's, the oblast's),
 * never the row's. A questionnaire that names its questions and answers ("Сұрақ 6. …" / "Жауап: 6", "Вопрос 3. …" / "Ответ:
 * 12"), a breakdown question under the question it breaks down ("Оның ішінде: азаматтық қоғамнан / мемлекеттік органдардан"
 * over "15 / 6"), and a form's field of its period ("Отчётный период: 2025 год").
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { readPeriod } from '../../../sources/extract/report/readPeriod.ts';
import { asNumberedQuestions } from '../../../sources/extract/report/questionAnswerLines.ts';
import { readKazakhHalves } from '../../../sources/extract/report/bilingualPairs.ts';
import { breaksAfter, isColumnNumbersRow } from '../../../sources/extract/report/formTableBreaks.ts';

const figures = (text: string) => Object.fromEntries(parseReport(text).figures.map((f) => [f.metric, f.value]));
const candidates = (text: string) => parseReport(text).candidates.map((c) => [c.metric, c.value]);

describe('a " | " form table read over its note rows', () => {
  const table = (note: string) => [
    'Информация о деятельности Общественного совета города Аркалык за 2025 год (по форме)',
    '',
    '№  | Показатель                          | Ед. изм. | Значение',
    '---+-------------------------------------+----------+---------',
    '1  | Заседания Общественного совета      | ед.      | 5',
    '2  | Заседания комиссий                  | ед.      | 14',
    note,
    '   | за 2024 год – 9 заседаний совета.',
    '3  | Общественные мониторинги            | ед.      | 7',
    '4  | Круглые столы                       | ед.      | 2',
    '5  | Публикации, всего                   | ед.      | 40',
    '',
    'Председатель                          К. Оспанов',
  ].join('\n');
  it('ru: the rows under a wrapped "Примечание" row are read; the note\'s 9 meetings (2024) are no figure', () => {
    const f = figures(table('   | Примечание: комиссии собирались по графику; для сравнения,'));
    expect([f.general_meetings, f.commission_meetings, f.monitorings, f.round_tables, f.publications]).toEqual([5, 14, 7, 2, 40]);
  });
  it('kk: "Р/с | Көрсеткіш | Өлш. бірл. | Мәні" with an "Ескерту" row naming the oblast\'s count: the row\'s count is the figure', () => {
    const text = [
      'Шардара ауданының Қоғамдық кеңесі',
      'ҚОҒАМДЫҚ КЕҢЕСТІҢ 2025 ЖЫЛҒЫ ҚЫЗМЕТІ ТУРАЛЫ АҚПАРАТ (нысан бойынша)',
      '',
      'Р/с | Көрсеткіш                     | Өлш. бірл. | Мәні',
      '----+-------------------------------+------------+-----',
      '1   | Кеңес отырыстары              | бірлік     | 6',
      '2   | Қоғамдық мониторингтер        | бірлік     | 5',
      '    | Ескерту: облыс бойынша кеңестер 87 мониторинг',
      '    | өткізді (облыстық басқарма деректері).',
      '3   | Семинарлар                    | бірлік     | 2',
      '4   | Меморандумдар                 | бірлік     | 0',
    ].join('\n');
    const f = figures(text);
    expect([f.general_meetings, f.monitorings, f.seminars, f.memoranda]).toEqual([6, 5, 2, 0]);
  });
  it('near-miss: a note row\'s count of the period\'s own publications elsewhere is a candidate, never a figure', () => {
    const text = table('   | Примечание: по области опубликовано 214 публикаций;');
    expect(figures(text).publications).toBe(40);
    expect(candidates(text)).toContainEqual(['publications', 214]);
  });
  it('breaksAfter: a note\'s lines, then a row — taken; a note with no row after it ends the table', () => {
    const isRow = (l: string) => /^\s*\d+\s*\|/u.test(l);
    expect(breaksAfter(['1 | a | 2', '  | Ескерту: x', '  | y', '2 | b | 3'], 0, isRow)).toEqual([1, 2]);
    expect(breaksAfter(['1 | a | 2', '  | Ескерту: x', '', 'Төраға'], 0, isRow)).toEqual([]);
    expect(breaksAfter(['1 | a | 2', 'Жиналыс өтті.', '2 | b | 3'], 0, isRow)).toEqual([]);
  });
});

describe('a form typed with tabs: sections, the row of column numbers, a reference column', () => {
  const form = (lang: 'ru' | 'kk') => (lang === 'ru'
    ? [
      'Информация о деятельности Общественного совета города Шахтинск по форме',
      'за I полугодие 2026 года',
      '',
      '№\tПоказатель\tЕд. изм.\tЗначение (I полугодие 2026 г.)\tСправочно: I полугодие 2025 г.',
      '1\t2\t3\t4\t5',
      'Раздел 1. Заседания',
      '1.1\tЗаседания совета\tед.\t4\t2',
      '1.2\tЗаседания комиссий\tед.\t10\t6',
      'Примечание: в 2025 году проведено 3 заседания совета за полугодие.',
      'Раздел 2. Контроль',
      '2.1\tОбщественный мониторинг\tед.\t3\t5',
      '2.2\tКруглые столы\tед.\t0\t1',
      'Председатель Общественного совета\tА. Ахметов',
    ]
    : [
      'Шахтинск қаласы Қоғамдық кеңесінің 2026 жылғы І жарты жылдықтағы қызметі туралы ақпарат (нысан бойынша)',
      '',
      '№\tКөрсеткіш\tӨлш. бірл.\tМәні (2026 ж. І жарты жылдық)\tАнықтама: 2025 ж. І жарты жылдық',
      '1\t2\t3\t4\t5',
      'І бөлім. Отырыстар',
      '1.1\tКеңес отырыстары\tбірлік\t4\t2',
      '1.2\tКомиссия отырыстары\tбірлік\t10\t6',
      'ІІ бөлім. Бақылау',
      '2.1\tҚоғамдық мониторингтер\tбірлік\t3\t5',
      '2.2\tДөңгелек үстелдер\tбірлік\t0\t1',
    ]).join('\n');
  it('ru: the period\'s column of every section, the printed 0 kept; the reference column and the note never', () => {
    const f = figures(form('ru'));
    expect([f.general_meetings, f.commission_meetings, f.monitorings, f.round_tables]).toEqual([4, 10, 3, 0]);
  });
  it('kk: "І бөлім. …" headings and an "Анықтама" column', () => {
    const f = figures(form('kk'));
    expect([f.general_meetings, f.commission_meetings, f.monitorings, f.round_tables]).toEqual([4, 10, 3, 0]);
  });
  it('isColumnNumbersRow: 1 to n in turn, nothing else', () => {
    expect(isColumnNumbersRow('1\t2\t3\t4\t5')).toBe(true);
    expect(isColumnNumbersRow('| 1 | 2 | 3 | 4 |')).toBe(true);
    expect(isColumnNumbersRow('1\t2\t4\t5')).toBe(false);
    expect(isColumnNumbersRow('1\t2')).toBe(false);
  });
});

describe('a Word form table read cell by cell over its merged section and note rows', () => {
  const cells = (rows: string[][]) => rows.flatMap((r) => r.map((c) => `\t${c}`));
  const word = (section1: string, note: string, section2: string) => [
    'ИНФОРМАЦИЯ о деятельности Общественного совета района Байтерек за 2025 год (по форме)',
    ...cells([['№ п/п', 'Показатель', 'Ед. изм.', 'Значение']]),
    `\t${section1}`,
    ...cells([['1.1', 'Заседания Общественного совета', 'ед.', '6'], ['1.2', 'Заседания комиссий', 'ед.', '15']]),
    `\t${note}`,
    `\t${section2}`,
    ...cells([['2.1', 'Поступило обращений', 'ед.', '21'], ['2.2', 'от физических лиц', 'ед.', '18'], ['2.3', 'от юридических лиц', 'ед.', '3'], ['2.4', 'Дан ответ', 'ед.', '20']]),
    '',
    'Председатель         С. Жумабаев',
  ].join('\n');
  it('ru: both sections read; a row naming nothing alone is a part of the row above ("от физических лиц", "Дан ответ")', () => {
    const f = figures(word('1. Заседания', 'Примечание: в 2024 году совет собирался 4 раза.', '2. Обращения'));
    expect([f.general_meetings, f.commission_meetings, f.appeals_received, f.appeals_individuals, f.appeals_legal_entities, f.appeals_answered]).toEqual([6, 15, 21, 18, 3, 20]);
  });
  it('kk: "Раздел"-less Kazakh headings and an "Ескерту" row', () => {
    const f = figures(word('1-бөлім. Отырыстар', 'Ескерту: 2024 жылы кеңес 4 рет жиналды.', '2-бөлім. Өтініштер'));
    expect([f.general_meetings, f.commission_meetings, f.appeals_received, f.appeals_answered]).toEqual([6, 15, 21, 20]);
  });
  it('near-miss: the note\'s count of another year is no figure', () => {
    expect(figures(word('1. Заседания', 'Примечание: в 2024 году совет собирался 4 раза.', '2. Обращения')).general_meetings).toBe(6);
    expect(candidates(word('1. Заседания', 'Примечание: в 2024 году совет собирался 4 раза.', '2. Обращения'))).not.toContainEqual(['general_meetings', 6]);
  });
});

describe('a questionnaire that names its questions and answers', () => {
  const ru = [
    'АНКЕТА о деятельности Общественного совета города Сатпаев',
    'Отчётный период: 2025 год.',
    '',
    'Вопрос 1. Количество заседаний совета?',
    'Ответ: 7',
    '',
    'Вопрос 2. Количество поступивших обращений.',
    'Ответ: 20',
    '',
    'Вопрос 3. Из них: от физических лиц / от юридических лиц.',
    'Ответ: 17 / 3',
    '',
    'Вопрос 4. Общественные мониторинги.',
    'Ответ: 5',
    'Примечание: в 2024 году – 8 мониторингов.',
    '',
    'Вопрос 5. Семинары для членов совета.',
    'Ответ: не проводились.',
  ].join('\n');
  it('ru: "Вопрос N." over "Ответ:": bare counts, a breakdown\'s slash pair, a none; the note\'s other year no figure', () => {
    const f = figures(ru);
    expect([f.general_meetings, f.appeals_received, f.appeals_individuals, f.appeals_legal_entities, f.monitorings, f.seminars]).toEqual([7, 20, 17, 3, 5, 0]);
    expect(parseReport(ru).period).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });
  it('kk: "3-сұрақ:" over "Жауабы –" and a question wrapped onto two lines', () => {
    const kk = [
      'САУАЛНАМА',
      'Арқалық қаласы қоғамдық кеңесінің 2025 жылғы қызметі туралы',
      '',
      '1-сұрақ: Кеңес мүшелерінің саны.',
      'Жауабы – 19',
      '',
      '2-сұрақ: Оның ішінде: азаматтық қоғам өкілдері / мемлекеттік',
      'органдар өкілдері.',
      'Жауабы – 13 / 6',
      '',
      '3-сұрақ: Дөңгелек үстелдер саны.',
      'Жауабы – 4 (екеуі – жастармен).',
    ].join('\n');
    const f = figures(kk);
    expect([f.members_total, f.members_civil, f.members_state, f.round_tables]).toEqual([19, 13, 6, 4]);
  });
  it('an answer in words is left as typed; a short one is set under its numbered question, line for line', () => {
    const lines = ['Сұрақ 7. Президиум отырыстарының саны.', 'Жауап: президиум құрылмаған.', '', 'Сұрақ 8. Мониторингтер саны.', 'Жауап: 4', 'Ескерту: 2024 жылы – 3.'];
    expect(asNumberedQuestions(lines)).toEqual(['Сұрақ 7. Президиум отырыстарының саны.', 'Жауап: президиум құрылмаған.', '', '8. Мониторингтер саны:', '4', 'Ескерту: 2024 жылы – 3.']);
  });
  it('near-miss: a plan answered with a count ("Вопрос 9. План на 2026 год" / "Ответ: 6") and another year\'s note state nothing of the period', () => {
    const text = [
      'АНКЕТА о деятельности Общественного совета района Аккайын',
      'Отчётный период: 2025 год.',
      '',
      'Вопрос 1. Количество круглых столов.',
      'Ответ: 2',
      'Примечание: в 2024 году – 5 круглых столов.',
      '',
      'Вопрос 2. План на 2026 год: количество мониторингов.',
      'Ответ: 6',
    ].join('\n');
    const f = figures(text);
    expect(f.round_tables).toBe(2);
    expect(f.monitorings).toBeUndefined();
  });
});

describe('a form\'s field of its period', () => {
  const period = (lines: string[]) => readPeriod(lines, undefined, []);
  it('ru and kk: the year alone, or with the whole year in brackets', () => {
    expect(period(['Отчётный период – 2024 г.'])).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(period(['Есепті кезең: 2025 жыл (1 қаңтар – 31 желтоқсан).'])).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(period(['Сұрақ 1. Есепті кезең.', 'Жауап: 2025 жыл.'])).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(period(['АНКЕТА', 'аудандық қоғамдық кеңестің 2024 жылғы қызметі туралы (нысан бойынша)'])).toEqual({ from: '2024-01-01', to: '2024-12-31' });
  });
  it('near-miss: a part of the year after the year, or a bracket of half the year, is no year\'s period', () => {
    expect(period(['Есепті кезең: 2025 жыл (1 қаңтар – 30 маусым).'])).toBeNull();
    expect(period(['Отчетный период: 2025 год, 9 месяцев'])).toBeNull();
    expect(period(['Есепті кезең: 2025 жыл, ІІ тоқсан.'])).toBeNull();
  });
});

describe('the events a form\'s note lists under a row\'s kind', () => {
  const activities = (text: string, type: string) => parseReport(text).activities.filter((a) => a.type === type).map((a) => [a.date_start, a.title]);
  const tabForm = (note: string, value = '4') => [
    'Информация о деятельности Общественного совета города Экибастуз по форме за 2025 год',
    '',
    '№\tПоказатель\tЕд. изм.\tЗначение (2025 г.)\tСправочно: 2024 г.',
    'Раздел 1. Контроль',
    `1.1\tОбщественный мониторинг\tед.\t${value}\t3`,
    '1.2\tКруглые столы\tед.\t1\t1',
    note,
    'Раздел 2. Обращения',
    '2.1\tПоступило обращений\tед.\t12\t9',
  ].join('\n');
  it('ru: "Мониторинги: … (date), … (date) и ещё 2 по плану": one event each, the remainder none', () => {
    expect(activities(tabForm('Примечание: мониторинги проведены – работа автобусов (14.03.2025), освещение улиц (02.10.2025) и ещё 2 по плану комиссий.'), 'monitoring')).toEqual([['2025-03-14', 'работа автобусов'], ['2025-10-02', 'освещение улиц']]);
  });
  it('kk: "Ескерту: мониторингтер – … (2025 жылғы 12 наурыз), … (2025 жылғы 9 қазан); қалған 2-еуі – жоспар бойынша"', () => {
    const text = tabForm('Ескерту: мониторингтер – аулаларды абаттандыру (2025 жылғы 12 наурыз), мектеп асханалары (2025 жылғы 9 қазан); қалған 2-еуі – жоспар бойынша.');
    expect(activities(text, 'monitoring').map((a) => a[0])).toEqual(['2025-03-12', '2025-10-09']);
  });
  it('near-miss: more items than the row counts, or a bracket that is no day, list none', () => {
    expect(activities(tabForm('Примечание: мониторинги – автобусы (14.03.2025), освещение (02.10.2025), парки (05.11.2025).', '2'), 'monitoring')).toEqual([]);
    expect(activities(tabForm('Примечание: мониторинги – автобусы (по жалобам), освещение (02.10.2025).'), 'monitoring')).toEqual([]);
  });
  it('a Word form\'s note: its dated sentence is an event ("Круглый стол «…» – 16.09.2025.")', () => {
    const text = [
      'ИНФОРМАЦИЯ о деятельности Общественного совета района Байтерек за 2025 год (по форме)',
      ...['№ п/п', 'Показатель', 'Ед. изм.', 'Значение'].map((c) => `\t${c}`),
      '\t1. Мероприятия',
      ...['1.1', 'Круглые столы', 'ед.', '1', '1.2', 'Семинары', 'ед.', '2'].map((c) => `\t${c}`),
      '\tПримечание: круглый стол «Чистый район» – 16.09.2025.',
      '\t2. Обращения',
      ...['2.1', 'Поступило обращений', 'ед.', '21'].map((c) => `\t${c}`),
    ].join('\n');
    expect(activities(text, 'round_table').map((a) => a[0])).toEqual(['2025-09-16']);
    expect(figures(text).round_tables).toBe(1);
  });
});

describe('a bilingual form: each kk / ru pair read in its Kazakh half', () => {
  const form = (body: string[]) => [
    'Нысан / Форма ҚК-3 (жылдық / годовая)',
    '',
    'ТЕКЕЛІ ҚАЛАСЫНЫҢ ҚОҒАМДЫҚ КЕҢЕСІ / ОБЩЕСТВЕННЫЙ СОВЕТ ГОРОДА ТЕКЕЛИ',
    'Сауалнама / Анкета: кеңестің 2025 жылғы қызметі туралы / о деятельности совета за 2025 год',
    '',
    ...body,
  ].join('\n');
  it('kk / ru: "жолданды / направлено – 9, жауап алынды / получено ответов – 8", "Жауап берілді / Дан ответ – 11"', () => {
    const f = figures(form([
      '1. Хаттар / Письма: жолданды / направлено – 9, жауап алынды / получено ответов – 8.',
      '2. Өтініштер / Обращения: 12. Жауап берілді / Дан ответ – 11.',
      '3. Тыңдалған есептер / Заслушано отчётов: 4 – барлығы қалалық бөлімдер / все – городские отделы.',
    ]));
    expect([f.letters_sent, f.letters_answered, f.appeals_answered, f.departments_heard]).toEqual([9, 8, 11, 4]);
  });
  it('ru / kk order: the Kazakh half kept wherever it stands', () => {
    const f = figures(form([
      '1. Письма / Хаттар: направлено / жолданды – 9, получено ответов / жауап алынды – 8.',
      '2. Заседания совета / Кеңес отырыстары: 5',
      '3. Мониторинги / Мониторингтер: 6',
    ]));
    expect([f.letters_sent, f.letters_answered, f.general_meetings, f.monitorings]).toEqual([9, 8, 5, 6]);
  });
  it('near-miss: a slash group of one language ("жолданған / жауап алынған хаттар", "от физических / юридических лиц") is no pair; two pairs make no bilingual form', () => {
    const lines = ['Кеңес отырыстары / Заседания совета: 5', 'Мониторингтер / Мониторинги: 6', 'Семинарлар / Семинары: 2', 'Жолданған / жауап алынған хаттар: 12 / 10', 'Обращения от физических / юридических лиц: 20 / 3'];
    expect(readKazakhHalves(lines)).toEqual(['Кеңес отырыстары: 5', 'Мониторингтер: 6', 'Семинарлар: 2', 'Жолданған / жауап алынған хаттар: 12 / 10', 'Обращения от физических / юридических лиц: 20 / 3']);
    expect(readKazakhHalves(lines.slice(0, 2))).toEqual(lines.slice(0, 2));
  });
  it('near-miss: a heading whose halves hold commas, or an abbreviation, pairs nothing', () => {
    const lines = ['2. Заседания Совета, президиума и комиссий / Кеңестің, төралқаның және комиссиялардың отырыстары', 'Өскемен қ. / г. Усть-Каменогорск', 'Кеңес отырыстары / Заседания совета: 5', 'Мониторингтер / Мониторинги: 6', 'Семинарлар / Семинары: 2'];
    expect(readKazakhHalves(lines).slice(0, 2)).toEqual(lines.slice(0, 2));
  });
});

describe('a field answered on its line over its parts set in under it', () => {
  const text = (parts: string) => [
    'Есік қаласы қоғамдық кеңесінің 2025 жылғы қызметі туралы ақпарат (нысан бойынша)',
    '',
    '7. Жарияланымдар: 30',
    `    ${parts}`,
    '',
    '8. Кеңес отырыстары: 4',
  ].join('\n');
  it('kk: "Instagram – 16; Facebook – 8; әкімдік сайты – 6." under "Жарияланымдар: 30" are its platforms', () => {
    const x = parseReport(text('Instagram – 16; Facebook – 8; әкімдік сайты – 6.'));
    expect(x.media.map((m) => [m.platform, m.publications])).toEqual([['instagram', 16], ['facebook', 8], ['website', 6]]);
  });
  it('ru: "Telegram – 12, сайт акимата – 18" under "Публикации: 30"', () => {
    const x = parseReport(['Информация о деятельности Общественного совета города Есик за 2025 год (по форме)', '', '7. Публикации: 30', '    Telegram – 12, сайт акимата – 18', '', '8. Заседания совета: 4'].join('\n'));
    expect(x.media.map((m) => [m.platform, m.publications])).toEqual([['telegram', 12], ['website', 18]]);
  });
  it('near-miss: a note set in under the count ("в 2024 году – 22; по области – 410") is left as typed, and states no platform', () => {
    const x = parseReport(['Информация о деятельности Общественного совета города Есик за 2025 год (по форме)', '', '7. Публикации: 30', '    Примечание: в 2024 году – 22.', '', '8. Заседания совета: 4'].join('\n'));
    expect(x.media).toEqual([]);
    expect(x.figures.find((f) => f.metric === 'publications')?.value).toBe(30);
  });
});

describe('a form row of the drafts still under review, the pending word first', () => {
  const table = (label: string) => [
    'Информация о деятельности Общественного совета города Кентау за 2025 год (по форме)',
    '',
    '№  | Показатель                         | Ед. изм. | Значение',
    '---+------------------------------------+----------+---------',
    '1  | Рассмотрено проектов НПА           | ед.      | 8',
    `2  | ${label.padEnd(34)} | ед.      | 2`,
  ].join('\n');
  it('kk: "Жыл соңында қараудағы НҚА жобалары"; ru: "Находящиеся на рассмотрении проекты НПА"', () => {
    expect(figures(table('Жыл соңында қараудағы НҚА жобалары')).npa_pending).toBe(2);
    expect(figures(table('Находящиеся на рассмотрении проекты НПА')).npa_pending).toBe(2);
  });
  it('near-miss: drafts reviewed ("НҚА жобалары қаралды") are no pending ones', () => {
    expect(figures(table('НҚА жобалары қаралды')).npa_pending).toBeUndefined();
  });
});
