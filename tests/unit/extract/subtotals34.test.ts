/**
 * Session 34, held-out set 113 (tables with subtotals and totals): the classes behind its false values and misses, each
 * with variants of its own and near-misses that must not give the figure.
 * - protocols: a count table of "label | count" rows; what a question's lead tells ("2-мәселе бойынша: …") and the members of
 *   another event ("мониторингке … 3 мүше қатысты") are no attendance;
 * - reports: a table by commission closed by the commissions' subtotal, the Council's own row and the grand total
 *   (subtotalRows.ts); "Заседания – всего" over "в т.ч." rows by body (mixedWholes.ts); "х" cells; a total column over kinds
 *   of work; an empty part cell (the stated total stands); a total its note explains (explainedTotals.ts); a dash legend set
 *   out once for the tables after it; the oblast council by its abbreviation in a reference note; a month range with its
 *   year in a bracket; the make-up clause "13 человек (…), 3 постоянные комиссии"; "Даны ответы заявителям" under the appeals.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const protocol = (lines: string[]) => parseProtocol(['ПРОТОКОЛ № 5', '08.10.2026', '', ...lines].join('\n'));
const counts = (lines: string[]) => {
  const p = protocol(lines);
  return { total: p.members_total, present: p.present, online: p.online };
};
const RU = 'ОТЧЁТ о деятельности Общественного совета района за 9 месяцев 2026 года\n\n';
const KK = 'Аудан Қоғамдық кеңесінің 2026 жылғы 9 айдағы қызметі туралы есеп\n\n';
const report = (text: string) => parseReport(text);
const figures = (text: string) => Object.fromEntries(report(text).figures.map((f) => [f.metric, f.value]));
const candidates = (text: string) => Object.fromEntries(report(text).candidates.map((f) => [f.metric, f.value]));
const pipes = (rows: string[][]) => `${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}\n`;
const tabs = (rows: string[][]) => `${rows.map((r) => r.join('\t')).join('\n')}\n`;

describe('a protocol\'s count table, a label and its count a row', () => {
  it('kk: "| Тізім бойынша мүшелер | 11 |" / "| Қатысқаны | 9 |" / "|   оның ішінде онлайн | 1 |"', () => {
    expect(counts(['Қатысу туралы мәлімет:', ...pipes([['Көрсеткіш', 'Саны'], ['Тізім бойынша мүшелер', '11'], ['Қатысқаны', '9'], ['  оның ішінде онлайн', '1'], ['Қатыспағаны', '2']]).split('\n')]))
      .toEqual({ total: 11, present: 9, online: 1 });
  });
  it('ru, tabs: "Членов Совета по списку\\t15" / "Присутствовали\\t12" / "в том числе онлайн\\t2"', () => {
    expect(counts(['Явка:', 'Членов Совета по списку\t15', 'Присутствовали\t12', 'в том числе онлайн\t2', 'Отсутствовали\t3']))
      .toEqual({ total: 15, present: 12, online: 2 });
  });
  it('near-miss: a roll\'s row of three cells ("| 3 | Иванов И.И. | присутствовал |") and a count of questions are no counts', () => {
    expect(counts(['| 3 | Иванов И.И. | присутствовал |', '| Тізім бойынша мәселелер | 3 |'])).toEqual({ total: null, present: null, online: null });
  });
});

describe('a question\'s lead and another event\'s members are no attendance', () => {
  it('kk: "2-мәселе бойынша: мониторингке … 3 мүше қатысты" — the stated 9 stands', () => {
    expect(counts(['Отырысқа 9 мүше қатысты.', '', '2-мәселе бойынша: мониторингке 2026 жылғы 16–18 қыркүйекте 3 мүше қатысты, 42 пациенттен сауалнама алынды.']).present).toBe(9);
  });
  it('kk: no count of the meeting, only the raid\'s ("рейдке 4 мүше қатысты", "семинарда 5 адам қатысты"): none', () => {
    expect(counts(['Кеңес мүшелері жазғы рейдке 4 мүше қатысты деп хабарлады.']).present).toBeNull();
    expect(counts(['Өткен айдағы семинарда 5 адам қатысты.']).present).toBeNull();
  });
  it('ru: "По второму вопросу: … участвовали 4 члена" under the question\'s lead', () => {
    expect(counts(['Присутствовали 11 членов Совета.', '', 'По второму вопросу: в рейде по рынкам участвовали 4 члена Совета.']).present).toBe(11);
  });
  it('near-miss: the meeting itself in the dative ("Отырысқа 12 мүше қатысты") is its attendance', () => {
    expect(counts(['Отырысқа 12 мүше қатысты.']).present).toBe(12);
  });
});

describe('a table by commission closed by the commissions\' subtotal, the Council\'s row and the grand total', () => {
  const ruTable = (council: string[], grand: string[]) => `${RU}Таблица 1. Работа комиссий\n${pipes([
    ['Комиссия', 'Заседания комиссии', 'Общественный мониторинг', 'Заслушано отчётов', 'Круглые столы'],
    ['1. По социальным вопросам', '5', '3', '2', '1'],
    ['2. По экономике', '4', '2', '1', '–'],
    ['3. По правопорядку', '3', '2', '1', ''],
    ['Итого по комиссиям', '12', '7', '4', '1'],
    ['На заседаниях Совета', ...council],
    ['Всего', ...grand],
  ])}«–» — не проводилось; «х» — не заполняется.\n`;
  it('ru: the grand total the council\'s; "х" cells and an empty cell none of it', () => {
    expect(figures(ruTable(['х', 'х', '3', 'х'], ['12', '7', '7', '1']))).toMatchObject({ commission_meetings: 12, monitorings: 7, report_hearings: 7, round_tables: 1 });
  });
  // (The header as a PDF gives it: the label column's empty header cell lost, the header one cell short of the rows.)
  it('kk, tabs: the meetings column\'s grand total adds the Council\'s meetings — the subtotal the commissions\', the Council\'s row the general meetings', () => {
    const text = `${KK}Комиссиялар мен Кеңестің жұмысы:\n${tabs([
      ['Отырыстар', 'Мониторинг', 'Есеп тыңдау', 'Барлығы'],
      ['1-комиссия (әлеуметтік)', '4', '2', '1', '7'],
      ['2-комиссия (экономика)', '3', '1', '–', '4'],
      ['Комиссиялар бойынша барлығы', '7', '3', '1', '11'],
      ['Кеңестің жалпы отырыстары', '3', '–', '2', '5'],
      ['БАРЛЫҒЫ', '10', '3', '3', '16'],
    ])}«–» – өткізілмеді.\n`;
    const read = figures(text);
    expect(read).toMatchObject({ commission_meetings: 7, general_meetings: 3, monitorings: 3, report_hearings: 3 });
  });
  it('near-miss: a grand total that is not the subtotal and the Council\'s row — a candidate, no figure', () => {
    const text = ruTable(['х', 'х', '3', 'х'], ['12', '7', '9', '1']);
    expect(figures(text)).not.toHaveProperty('report_hearings');
    expect(candidates(text)).toMatchObject({ report_hearings: 9 });
  });
});

describe('a whole of several kinds over its "в т.ч." rows', () => {
  it('ru: "Заседания – всего | 17" over the Council\'s, the presidium\'s and the commissions\' meetings — 17 is no one\'s', () => {
    const text = `${RU}${pipes([
      ['№', 'Наименование', 'Всего за 9 мес. 2026'],
      ['1', 'Заседания – всего', '17'],
      ['', '  в т.ч. заседания Совета', '3'],
      ['', '  в т.ч. заседания президиума', '2'],
      ['', '  в т.ч. заседания комиссий', '12'],
      ['2', 'Круглые столы', '3'],
    ])}`;
    expect(figures(text)).toMatchObject({ general_meetings: 3, presidium_meetings: 2, commission_meetings: 12, round_tables: 3 });
  });
  it('near-miss: "Обращения – поступило" over its "в т.ч." rows by sender is the appeals\' own whole', () => {
    const text = `${RU}${pipes([
      ['№', 'Наименование', 'Всего за 9 мес. 2026'],
      ['1', 'Обращения – поступило', '19'],
      ['', '  в т.ч. от физических лиц', '17'],
      ['', '  в т.ч. от юридических лиц', '2'],
    ])}`;
    expect(figures(text)).toMatchObject({ appeals_received: 19, appeals_individuals: 17, appeals_legal_entities: 2 });
  });
});

describe('a total beside its quarters: an empty part, a note that explains', () => {
  const table = (note: string, q1 = '2') => `${RU}${pipes([
    ['№', 'Наименование', 'I кв.', 'II кв.', 'III кв.', 'Всего за 9 мес. 2026'],
    ['1', 'Общественный мониторинг', q1, '3', '2', '8'],
    ['2', 'Круглые столы', '1', '1', '1', '3'],
  ])}\n${note}\n`;
  it('ru: the note says why the total is not the quarters\' sum ("включён в итог за 9 месяцев"): the stated total', () => {
    expect(figures(table('Примечание: мониторинг пастбищ (март) проведён совместно с маслихатом и включён в итог за 9 месяцев.'))).toMatchObject({ monitorings: 8, round_tables: 3 });
  });
  it('ru: "учтён один раз" said of the monitorings', () => {
    expect(figures(table('* совместный мониторинг двух комиссий учтён один раз.'))).toMatchObject({ monitorings: 8 });
  });
  it('ru: a quarter\'s cell left empty ("пустая клетка – данные не сведены"): the stated total stands', () => {
    expect(figures(table('Примечание: пустая клетка – данные за квартал не сведены.', ''))).toMatchObject({ monitorings: 8 });
  });
  it('near-miss: a note that explains nothing, every quarter filled — a candidate', () => {
    const text = table('Примечание: мониторинги проведены по плану.');
    expect(figures(text)).not.toHaveProperty('monitorings');
    expect(candidates(text)).toMatchObject({ monitorings: 8 });
  });
});

describe('a dash legend set out once, for the tables after it', () => {
  const doc = (legend: string) => `${RU}Таблица 1.\n${pipes([['Комиссия', 'Заседания комиссии', 'Круглые столы'], ['1. Социальная', '3', '1'], ['2. Экономическая', '2', '–'], ['Итого', '5', '1']])}\n${legend}\nРаздел 2.\n\nТаблица 2. Иные мероприятия\n${pipes([['Вид мероприятия', 'I кв.', 'II кв.', 'III кв.', 'Всего за 9 мес.'], ['Публичные слушания', '1', '–', '1', '2'], ['Семинары', '–', '–', '–', '–']])}`;
  it('ru: "«–» — не проводилось" under Table 1 makes Table 2\'s all-dash row 0', () => {
    expect(figures(doc('«–» — не проводилось / не поступало.'))).toMatchObject({ public_hearings: 2, seminars: 0 });
  });
  it('near-miss: a legend giving the dash as no data ("«–» — нет данных"): no zero', () => {
    expect(figures(doc('«–» — нет данных.'))).not.toHaveProperty('seminars');
  });
});

describe('a total column over kinds of work is no value column', () => {
  it('kk, tabs: "Отырыстар | Мониторинг | Барлығы" by commission — the total row read, not the rows\' "Барлығы"', () => {
    const text = `${KK}Комиссиялардың жұмысы:\n${tabs([
      ['Комиссия', 'Отырыстар', 'Мониторинг', 'Барлығы'],
      ['1-комиссия', '4', '2', '6'],
      ['2-комиссия', '3', '1', '4'],
      ['Барлығы', '7', '3', '10'],
    ])}`;
    const read = figures(text);
    expect(read).toMatchObject({ commission_meetings: 7, monitorings: 3 });
  });
});

describe('the oblast council by its abbreviation in a reference note', () => {
  it('kk: "Анықтама үшін: БҚО Қоғамдық кеңесі 9 айда 11 отырыс өткізді." — not the district council\'s', () => {
    expect(figures(`${KK}Кеңестің 3 отырысы өткізілді.\nАнықтама үшін: БҚО Қоғамдық кеңесі 9 айда 11 отырыс өткізді.\n`)).toMatchObject({ general_meetings: 3 });
  });
  it('ru: "Справочно: Общественным советом ЗКО проведено 9 заседаний."', () => {
    expect(figures(`${RU}Проведено 4 заседания Совета.\nСправочно: Общественным советом ЗКО за тот же период проведено 9 заседаний.\n`)).toMatchObject({ general_meetings: 4 });
  });
  it('near-miss: the district named after the abbreviation ("БҚО Қазталов ауданы Қоғамдық кеңесі") is the report\'s own', () => {
    expect(figures(`${KK}БҚО Қазталов ауданы Қоғамдық кеңесі 9 айда 4 отырыс өткізді.\n`)).toMatchObject({ general_meetings: 4 });
  });
});

describe('more of the set\'s phrasings', () => {
  it('kk: the months with the year in a bracket — "қаңтар–қыркүйек айларындағы (2026 ж.)"', () => {
    expect(report('Кеңесінің қаңтар–қыркүйек айларындағы (2026 ж.) қызметі жөнінде ЕСЕП\n').period).toEqual({ from: '2026-01-01', to: '2026-09-30' });
    expect(report('Отчёт о работе Совета за январь – июнь (2026 г.)\n').period).toEqual({ from: '2026-01-01', to: '2026-06-30' });
  });
  it('ru: "Совет состоит из 13 человек (НПО – 10, госслужащие – 3), 3 постоянные комиссии."; "насчитывает 15 членов, 4 постоянные комиссии"', () => {
    expect(figures(`${RU}Совет состоит из 13 человек (НПО – 10, госслужащие – 3), 3 постоянные комиссии.\n`)).toMatchObject({ members_total: 13, commissions: 3 });
    expect(figures(`${RU}Совет насчитывает 15 членов, 4 постоянные комиссии.\n`)).toMatchObject({ commissions: 4 });
  });
  it('ru: "В составе Совета за отчётный период изменений не было." — none joined, none left', () => {
    expect(figures(`${RU}В составе Совета за отчётный период изменений не было.\n`)).toMatchObject({ members_joined: 0, members_left: 0 });
  });
  it('kk: "Жария тыңдау – 1" after another sentence of the line', () => {
    expect(figures(`${KK}Дөңгелек үстел – 2. Жария тыңдау – 1.\n`)).toMatchObject({ round_tables: 2, public_hearings: 1 });
  });
  it('kk: a dated item "… жобасы бойынша жария тыңдау;" is a public hearing held (and "көпшілік тыңдау")', () => {
    const types = (text: string) => report(text).activities.map((a) => [a.type, a.date_start]);
    expect(types(`${KK}Іс-шаралар:\n- 21.08.2026 – аудан бюджетінің жобасы бойынша жария тыңдау;\n- 10.09.2026 – дөңгелек үстел.\n`)).toContainEqual(['public_hearing', '2026-08-21']);
    expect(types(`${KK}Іс-шаралар:\n- 03.09.2026 – абаттандыру ережесі бойынша көпшілік тыңдау;\n- 14.07.2026 – мониторинг.\n`)).toContainEqual(['public_hearing', '2026-09-03']);
  });
  it('ru: "Даны ответы заявителям" as a row under "Поступило обращений, всего" and its "в том числе" rows', () => {
    const text = `${RU}${pipes([['Показатель', '9 мес. 2026 г.', '9 мес. 2025 г.'], ['Поступило обращений, всего', '34', '27'], ['  в том числе от физических лиц', '29', '25'], ['Даны ответы заявителям', '31', '27']])}`;
    expect(figures(text)).toMatchObject({ appeals_received: 34, appeals_individuals: 29, appeals_answered: 31 });
  });
  it('near-miss: "Даны ответы" under the letters sent is no appeals\' answer', () => {
    const text = `${RU}${pipes([['Показатель', '9 мес. 2026 г.', '9 мес. 2025 г.'], ['Направлено писем в госорганы', '18', '12'], ['Даны ответы', '15', '10']])}`;
    expect(figures(text)).not.toHaveProperty('appeals_answered');
  });
});
