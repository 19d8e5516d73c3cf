/**
 * Held-out sets 27–29's figures in tables, as classes (issue 12): a PDF's month-by-month table whose cells the text
 * layer ran together; a fact cell with last year's count in brackets ("17 (15)") under a header saying so; a table
 * with the periods as rows, units in the column headers and a money column; a table by commission whose first row is
 * the council's total; a table of months kept as running totals from January. Russian and Kazakh, a variant the
 * documents did not show, and near-misses that must give no figure (a month's count, last year's, a plan, a quarter
 * inside the period, a money sum).
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';

const figuresOf = (text: string) => {
  const x = parseReport(text);
  return Object.fromEntries(x.figures.map((f) => [f.metric, f.value]));
};
const mediaOf = (text: string) => Object.fromEntries(parseReport(text).media.map((m) => [m.platform, m.publications]));
/** A Word table as a .docx reads: each cell a line opening with a tab. */
const cells = (...rows: string[][]) => rows.flat().map((c) => `\t${c}`);

describe('a PDF table by month whose cells the text layer ran together', () => {
  const monthTable = (title: string, head: string, rows: string[]) => [title, '', 'Работа в квартале по месяцам представлена в таблице.', '', head, ...rows, 'Председатель'].join('\n');
  it('reads the quarter\'s total column, never a month\'s, last year\'s or a row\'s number (ru)', () => {
    const f = figuresOf(
      monthTable('ИНФОРМАЦИЯ о работе Общественного совета района за I квартал 2021 года', '№\tПоказатель\tЯнварь Февраль Март\tИтого за I кв. Справочно: I кв.\t2021 г.\t2020 г.', [
        '1 Заседания ОС\t1\t0\t1\t2\t2',
        '2 Заседания комиссий\t1\t2\t3\t6\t4',
        '3\tЗаслушивание отчетов госорганов\t–\t1\t2\t3\t1',
        '5 Общественные слушания\t–\t–\t–\tне проводились\t1',
        '7\tПоступило обращений граждан\t4\t7\t9\t20\t13',
        '7.1 в т.ч. дан ответ\t4\t6\t7\t17\t12',
      ]),
    );
    expect(f).toMatchObject({ general_meetings: 2, commission_meetings: 6, report_hearings: 3, public_hearings: 0, appeals_received: 20, appeals_answered: 17 });
  });
  it('reads the same in Kazakh, the total and last year\'s columns already apart', () => {
    const f = figuresOf(
      monthTable('2025 жылғы II тоқсандағы Қоғамдық кеңестің жұмысы туралы АҚПАРАТ', '№\tКөрсеткіш\tСәуір Мамыр Маусым\tII тоқсан\tАнықтама үшін: II тоқсан\t2025 ж.\t2024 ж.', [
        '1 Кеңес отырыстары\t1\t0\t1\t2\t3',
        '2 Комиссия отырыстары\t2\t2\t1\t5\t4',
        '3 Қоғамдық мониторинг\t0\t1\t1\t2\t1',
      ]),
    );
    expect(f).toMatchObject({ general_meetings: 2, commission_meetings: 5, monitorings: 2 });
  });
  it('near-miss: a table whose header cannot be told apart gives no month\'s count, nor a row\'s number', () => {
    const f = figuresOf(
      monthTable('ИНФОРМАЦИЯ о работе Общественного совета района за I квартал 2021 года', '№\tПоказатель\tЯнварь Февраль Март Итого\t2021 г.\t2020 г.', [
        '1 Заседания ОС\t1\t0\t1\t2\t2\t4',
        '2 Заседания комиссий\t1\t2\t3\t6',
        '4 Общественный мониторинг\t0\t1\t2\t3\t2',
      ]),
    );
    expect(f.general_meetings).toBeUndefined();
    expect(f.commission_meetings).toBeUndefined();
    expect(f.monitorings).toBeUndefined();
  });
});

describe('a fact cell with last year\'s count in brackets', () => {
  // A header over two rows: "2025 год" merged over the plan and the fact.
  const head = (fact: string) => cells(['№ п/п', 'Направление работы', '2025 год', '', 'Примечание'], ['', '', 'План на год', fact, '']);
  it('reads the count before the brackets when the header says what they hold, beside a plan (ru)', () => {
    const text = [
      'ИНФОРМАЦИЯ о деятельности Общественного совета области за 9 месяцев 2025 года',
      '',
      ...head('Факт за 9 мес. (в скобках – 9 мес. 2024 г.)'),
      ...cells(['1', 'Заседания Общественного совета', '6', '5 (4)', 'из них 1 выездное']),
      ...cells(['2', 'Общественный мониторинг', '12', '8 (10)', 'по 2 мониторингам итоги будут подведены в IV квартале']),
      ...cells(['3', 'Поступило обращений граждан', '–', '33 (28)', 'от физ. лиц – 29, от юр. лиц – 4; ответы даны на 30']),
      ...cells(['4', 'Заслушивание отчетов государственных органов', '10', '7 (6)', '5 управлений акимата области']),
      '',
      'Секретарь',
    ].join('\n');
    expect(figuresOf(text)).toMatchObject({ general_meetings: 5, monitorings: 8, appeals_received: 33, appeals_individuals: 29, appeals_legal_entities: 4, appeals_answered: 30, report_hearings: 7, departments_heard: 5 });
  });
  it('reads a Kazakh header that names last year in words', () => {
    const text = [
      'Қоғамдық кеңестің 2025 жылғы І жартыжылдықтағы жұмысы туралы АҚПАРАТ',
      '',
      ...cells(['№', 'Көрсеткіш', 'Нақты (жақшада – өткен жылдың сол кезеңі)']),
      ...cells(['1', 'Кеңес отырыстары', '3 (2)']),
      ...cells(['2', 'Комиссия отырыстары', '11 (9)']),
      '',
      'Хатшы',
    ].join('\n');
    expect(figuresOf(text)).toMatchObject({ general_meetings: 3, commission_meetings: 11 });
  });
  it('near-miss: brackets the header says nothing of are no count, neither this year\'s nor last year\'s', () => {
    const text = [
      'ИНФОРМАЦИЯ о деятельности Общественного совета области за 9 месяцев 2025 года',
      '',
      ...cells(['№', 'Направление работы', 'Факт за 9 мес. 2025 г.']),
      ...cells(['1', 'Заседания Общественного совета', '5 (4)']),
      ...cells(['2', 'Общественный мониторинг', '8 (10)']),
      '',
      'Секретарь',
    ].join('\n');
    const f = figuresOf(text);
    expect([4, 5]).not.toContain(f.general_meetings);
    expect([8, 10]).not.toContain(f.monitorings);
  });
});

describe('a table with the periods as rows, units in the headers, a money column', () => {
  it('reads the period\'s total row, first, never a quarter\'s or last year\'s (ru, a header over two rows)', () => {
    const text = [
      'ИНФОРМАЦИЯ о работе Общественного совета области за I полугодие 2025 года',
      'Таблица 1. Мероприятия Совета',
      ...cells(['Период', 'Заседания Совета, ед.', 'Мониторинги, ед.', 'Круглые столы, ед.']),
      ...cells(['Итого за I полугодие 2025 г.', '4', '7', '3'], ['I квартал', '2', '3', '1'], ['II квартал', '2', '4', '2'], ['справочно: I полугодие 2024 г.', '3', '5', '2']),
      '',
      'Таблица 2. Обращения, публикации',
      ...cells(['Период', 'Обращения граждан, шт.', '', '', 'Публикации в СМИ и соцсетях, шт.', 'Расходы на мероприятия, тыс. тенге']),
      ...cells(['', 'поступило', 'от физ. лиц', 'даны ответы', '', '']),
      ...cells(['Итого за I полугодие 2025 г.', '31', '27', '28', '96', '1 450'], ['I квартал', '14', '12', '12', '41', '600'], ['II квартал', '17', '15', '16', '55', '850']),
      '',
      'Председатель',
    ].join('\n');
    const f = figuresOf(text);
    expect(f).toMatchObject({ general_meetings: 4, monitorings: 7, round_tables: 3, appeals_received: 31, appeals_individuals: 27, appeals_answered: 28, publications: 96 });
    expect(Object.values(f)).not.toContain(1450);
  });
  it('reads a Kazakh table the same way, units "саны" and "дана"', () => {
    const text = [
      'Қоғамдық кеңестің 2025 жылғы І жартыжылдықтағы жұмысы туралы АҚПАРАТ',
      '',
      ...cells(['Кезең', 'Кеңес отырыстары, саны', 'Жарияланымдар, дана']),
      ...cells(['І жартыжылдық 2025 ж., барлығы', '4', '96'], ['I тоқсан', '2', '41'], ['II тоқсан', '2', '55']),
      '',
      'Төраға',
    ].join('\n');
    expect(figuresOf(text)).toMatchObject({ general_meetings: 4, publications: 96 });
  });
});

describe('a table by commission whose first row is the council\'s total', () => {
  it('reads the total row, never a commission\'s, the previous quarter\'s or the money column (kk)', () => {
    const text = [
      'ҚАЛАНЫҢ ҚОҒАМДЫҚ КЕҢЕСІ',
      '2025 жылғы II тоқсандағы (сәуір – маусым) жұмыс туралы АҚПАРАТ',
      'Комиссиялар бойынша көрсеткіштер төмендегі кестеде берілген.',
      ...cells(['Комиссия', 'Комиссия отырыстары, саны', 'Мониторингтер, саны', 'Жарияланымдар, дана', 'Іс-шаралардың шығыны, мың теңге']),
      ...cells(['БАРЛЫҒЫ (Кеңес бойынша)', '9', '5', '48', '780,0'], ['№1 комиссия (әлеуметтік мәселелер)', '3', '2', '15', '250,0'], ['№2 комиссия (ТКШ)', '6', '3', '33', '530,0'], ['Анықтама үшін: I тоқсан, барлығы', '6', '3', '35', '500,0']),
      '',
      'Кеңес хатшысы',
    ].join('\n');
    const f = figuresOf(text);
    expect(f).toMatchObject({ commission_meetings: 9, monitorings: 5, publications: 48 });
    expect(Object.values(f)).not.toContain(780);
  });
  it('reads "Итого (по Совету)" in Russian', () => {
    const text = [
      'ИНФОРМАЦИЯ о работе Общественного совета города за II квартал 2025 года',
      'Показатели по комиссиям приведены в таблице.',
      ...cells(['Комиссия', 'Заседания комиссий, ед.', 'Мониторинги, ед.']),
      ...cells(['Итого (по Совету)', '7', '4'], ['Комиссия по социальным вопросам', '4', '2'], ['Комиссия по вопросам ЖКХ', '3', '2']),
      '',
      'Секретарь',
    ].join('\n');
    expect(figuresOf(text)).toMatchObject({ commission_meetings: 7, monitorings: 4 });
  });
  it('near-miss: a reference row of the previous quarter alone is no total of the period', () => {
    const text = [
      'ҚАЛАНЫҢ ҚОҒАМДЫҚ КЕҢЕСІ',
      '2025 жылғы II тоқсандағы жұмыс туралы АҚПАРАТ',
      'Комиссиялар бойынша көрсеткіштер төмендегі кестеде берілген.',
      ...cells(['Комиссия', 'Комиссия отырыстары, саны', 'Мониторингтер, саны']),
      ...cells(['№1 комиссия', '3', '2'], ['№2 комиссия', '6', '3'], ['Анықтама үшін: I тоқсан, барлығы', '6', '3']),
      '',
      'Кеңес хатшысы',
    ].join('\n');
    const f = figuresOf(text);
    expect(f.commission_meetings).toBeUndefined();
    expect(f.monitorings).toBeUndefined();
  });
});

describe('a table of months kept as running totals from January', () => {
  const table = (caption: string, months: string[]) =>
    [
      caption,
      '----------------------------------------------------------------',
      ' Ай         Кеңес      Мони-     Өтініштер          Жария-',
      '            отырыс-    торинг    түскені  жауап     ланым-',
      '            тары                          берілгені дар',
      '----------------------------------------------------------------',
      ...months,
      '----------------------------------------------------------------',
    ];
  const kkMonths = [' Қаңтар       0          0          3        1        12', ' Ақпан        1          1          7        5        25', ' Наурыз       1          2         11        9        41', ' Сәуір        2          3         15       13        58', ' Мамыр        2          5         18       16        70', ' Маусым       3          6         22       19        84'];
  it('reads the row of the period\'s last month, never a sum of the column (kk, a header spanning two sub-columns)', () => {
    const text = ['Облыс Қоғамдық кеңесінің 2025 жылғы бірінші жартыжылдықта атқарған жұмысы туралы', 'А Қ П А Р А Т', '', ...table('Кесте 1. Негізгі көрсеткіштер (өспелі қорытындымен, бірлік)', kkMonths), '', 'Кеңес хатшысы'].join('\n');
    expect(figuresOf(text)).toMatchObject({ general_meetings: 3, monitorings: 6, appeals_received: 22, appeals_answered: 19, publications: 84 });
  });
  it('reads a Russian table "нарастающим итогом" for nine months', () => {
    const text = [
      'ИНФОРМАЦИЯ о работе Общественного совета за 9 месяцев 2025 года',
      '',
      'Таблица 1. Показатели (нарастающим итогом с начала года)',
      'Месяц        Заседания    Мониторинги',
      '             Совета',
      ' Январь          0             1',
      ' Март            2             3',
      ' Июнь            3             5',
      ' Сентябрь        5             8',
      '',
      'Секретарь',
    ].join('\n');
    expect(figuresOf(text)).toMatchObject({ general_meetings: 5, monitorings: 8 });
  });
  it('near-miss: a quarter\'s report gives no figure of a running total from January, nor a table of plain months', () => {
    const q2 = ['Облыс Қоғамдық кеңесінің 2025 жылғы II тоқсанда атқарған жұмысы туралы', 'А Қ П А Р А Т', '', ...table('Кесте 1. Негізгі көрсеткіштер (өспелі қорытындымен, бірлік)', kkMonths), '', 'Кеңес хатшысы'].join('\n');
    expect(figuresOf(q2).general_meetings).toBeUndefined();
    expect(figuresOf(q2).appeals_received).toBeUndefined();
    const plain = ['Облыс Қоғамдық кеңесінің 2025 жылғы бірінші жартыжылдықта атқарған жұмысы туралы', 'А Қ П А Р А Т', '', ...table('Кесте 1. Негізгі көрсеткіштер айлар бойынша', kkMonths), '', 'Кеңес хатшысы'].join('\n');
    expect(figuresOf(plain).general_meetings).toBeUndefined();
    expect(figuresOf(plain).publications).toBeUndefined();
  });
});

describe('a media row of the month table', () => {
  it('reads the quarter\'s publications of one platform, never a month\'s', () => {
    const text = [
      'ИНФОРМАЦИЯ о работе Общественного совета района за I квартал 2021 года',
      '',
      '№\tПоказатель\tЯнварь Февраль Март\tИтого за I кв. Справочно: I кв.\t2021 г.\t2020 г.',
      '1 Заседания ОС\t1\t0\t1\t2\t2',
      '9\tПубликации в Instagram (@os_bostandyk)\t12\t15\t19\t46\t30',
      'Председатель',
    ].join('\n');
    expect(mediaOf(text).instagram).toBe(46);
  });
});

describe('a column label known by the name in its brackets', () => {
  it('reads "Отчетные встречи (заслушивания), ед." as report hearings (ru) and "Есептік кездесулер (есеп тыңдау)" (kk)', () => {
    const ru = [
      'ИНФОРМАЦИЯ о работе Общественного совета области за I полугодие 2025 года',
      '',
      ...cells(['Период', 'Заседания Совета, ед.', 'Отчетные встречи (заслушивания), ед.']),
      ...cells(['Итого за I полугодие 2025 г.', '4', '5'], ['I квартал', '2', '2'], ['II квартал', '2', '3']),
      '',
      'Председатель',
    ].join('\n');
    expect(figuresOf(ru)).toMatchObject({ general_meetings: 4, report_hearings: 5 });
    const kk = [
      'Қоғамдық кеңестің 2025 жылғы І жартыжылдықтағы жұмысы туралы АҚПАРАТ',
      '',
      ...cells(['Кезең', 'Кеңес отырыстары, саны', 'Есептік кездесулер (есеп тыңдау), саны']),
      ...cells(['І жартыжылдық 2025 ж., барлығы', '4', '6'], ['I тоқсан', '2', '3'], ['II тоқсан', '2', '3']),
      '',
      'Төраға',
    ].join('\n');
    expect(figuresOf(kk)).toMatchObject({ general_meetings: 4, report_hearings: 6 });
  });
  it('near-miss: a column given for reference is never the period\'s, even naming the period\'s year', () => {
    const text = [
      'ИНФОРМАЦИЯ о работе Общественного совета района за I квартал 2021 года',
      '',
      ...cells(['№', 'Показатель', 'Справочно: I кв. 2021 г.']),
      ...cells(['1', 'Заседания ОС', '2'], ['2', 'Заседания комиссий', '6']),
      '',
      'Председатель',
    ].join('\n');
    const f = figuresOf(text);
    expect(f.general_meetings).toBeUndefined();
    expect(f.commission_meetings).toBeUndefined();
  });
});
