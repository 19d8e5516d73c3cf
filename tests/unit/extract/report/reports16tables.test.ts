/**
 * Table shapes the blind set 16 showed (issue 12), each tested beyond the document it came from, in Russian and
 * Kazakh: a column of units (%, thousands and money rows are no counts; row numbers never are); a table with a row
 * per period (transposed: metrics as columns; quarters with a total and a year before); a row of counts with no
 * label; a row per commission with a total row; media with the platforms as columns; a Word table with no column
 * of row numbers and a cell merged down; a month range as the report's period; a rule over a table typed with spaces
 * is no footnotes' rule; an agency's own structural units are no departments heard.
 */
import { describe, expect, it } from 'vitest';
import { readPeriod } from '../../../../sources/extract/report/readPeriod.ts';
import { docxHtmlToText } from '../../../../sources/readers/docxHtmlToText.ts';
import { parseReport } from '../../../../sources/extract/parseReport.ts';
import { figureList, mediaList } from '../../../helpers/extractCases.ts';

const RU_YEAR = 'Отчет о работе Общественного совета за 2025 год';
const KK_YEAR = 'Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп';
const figures = (text: string) => figureList(parseReport(`${text}\n`));

describe('a month range in the title is the period', () => {
  it.each([
    ['2025 жылғы қаңтар – қыркүйек айларындағы жұмыс туралы ақпарат', { from: '2025-01-01', to: '2025-09-30' }],
    ['Информация о работе Совета за январь – июнь 2025 года', { from: '2025-01-01', to: '2025-06-30' }],
    ['Отчет за апрель-июнь 2024 г.', { from: '2024-04-01', to: '2024-06-30' }],
    ['2024 жылғы шілде – желтоқсан айларындағы есеп', { from: '2024-07-01', to: '2024-12-31' }],
  ])('%s', (title, want) => {
    expect(readPeriod([title], undefined, [])).toEqual(want);
  });

  it('months out of order, or a range with no year, are no range', () => {
    expect(readPeriod(['Отчет за октябрь – март 2025 года'], undefined, [])).not.toEqual({ from: '2025-10-01', to: '2025-03-31' });
    expect(readPeriod(['Отчет о работе за январь – март', 'Отчет за 2023 год'], undefined, [])).toEqual({ from: '2023-01-01', to: '2023-12-31' });
  });
});

describe('a column of units: a row of %, thousands or money states no count, the row numbers none', () => {
  it('ru, tabs', () => {
    const text = [
      RU_YEAR,
      '',
      '№\tПоказатель\tЕд. изм.\t2025 год',
      '1\tЗаседания Совета\tзаседание\t6',
      '2\tДоля обращений, рассмотренных в срок\t%\t97,5',
      '3\tПоступило обращений\tобращение\t1 204',
      '3.1\tот физических лиц\tобращение\t1 150',
      '4\tПросмотры в соцсетях\tтыс.\t312,5',
      '5\tНаправлено писем\tписьмо\t40',
      '6\tПолучено ответов\tписьмо\t33',
      '7\tИнвестиции (справочно)\tмлрд тенге\t12,4',
    ].join('\n');
    expect(figures(text)).toEqual(['appeals_individuals=1150', 'appeals_received=1204', 'general_meetings=6', 'letters_answered=33', 'letters_sent=40']);
  });

  it('kk, tabs', () => {
    const text = [
      KK_YEAR,
      '',
      '№\tКөрсеткіш\tӨлшем бірлігі\t2025 жыл',
      '1\tҚоғамдық мониторингтер\tбірлік\t7',
      '2\tМерзімінде қаралған өтініштердің үлесі\tпайыз\t88',
      '3\tДөңгелек үстелдер\tбірлік\t3',
      '4\tҚаралымдар\tмың\t215',
    ].join('\n');
    expect(figures(text)).toEqual(['monitorings=7', 'round_tables=3']);
  });
});

describe('a table with a row per period: the period\'s row', () => {
  it('ru, typed with spaces, metrics as columns over hyphenated headers; of plan and fact, the fact', () => {
    const text = [
      RU_YEAR,
      '',
      '                 Заседа-  Общест-  Кругл-',
      '                 ния      венные   ые сто-',
      '                 Совета   монито-  лы',
      '                          ринги',
      '------------------------------------------',
      '2024 г., факт       5        3        2',
      '2025 г., план       6        4        –',
      '2025 г., факт       7        5        3',
      '------------------------------------------',
      '',
      // The rule is no footnotes' rule: a line under the table opening with a number is read.
      '2 семинара проведено для членов Совета.',
    ].join('\n');
    expect(figures(text)).toEqual(['general_meetings=7', 'monitorings=5', 'round_tables=3', 'seminars=2']);
  });

  it('kk, pipes, a row per quarter, the total in a year\'s report, the year before left', () => {
    const text = [
      KK_YEAR,
      '',
      '| Кезең | Кеңес отырыстары | Мониторингтер |',
      '|---|---|---|',
      '| І тоқсан | 1 | 2 |',
      '| ІІ тоқсан | 2 | 3 |',
      '| ІІІ тоқсан | 1 | 1 |',
      '| IV тоқсан | 2 | 4 |',
      '| Барлығы | 6 | 10 |',
      '| 2024 жыл | 5 | 8 |',
    ].join('\n');
    expect(figures(text)).toEqual(['general_meetings=6', 'monitorings=10']);
  });

  it('ru, a quarter\'s report: its own quarter\'s row, bold or not, never the year\'s total', () => {
    const text = [
      'Информация о работе Общественного совета за III квартал 2025 года',
      '',
      '| Квартал | Заседания Совета | Заседания Президиума |',
      '|---|---|---|',
      '| I кв. | 1 | 1 |',
      '| II кв. | 2 | 1 |',
      '| **III кв.** | **3** | **2** |',
      '| Итого с начала года | 6 | 4 |',
    ].join('\n');
    expect(figures(text)).toEqual(['general_meetings=3', 'presidium_meetings=2']);
  });

  it('two rows of the period\'s year and neither a fact: which is the period\'s cannot be told', () => {
    const text = [RU_YEAR, '', '| Период | Заседания Совета | Мониторинги |', '|---|---|---|', '| 2025 год | 7 | 5 |', '| 2025 г. | 6 | 4 |'].join('\n');
    expect(figures(text)).toEqual([]);
  });

  it('a quarter\'s report with quarter rows but no row of its own quarter states nothing', () => {
    const text = ['Информация о работе Совета за IV квартал 2025 года', '', '| Квартал | Заседания Совета |', '|---|---|', '| I кв. | 1 |', '| II кв. | 2 |', '| Итого | 3 |'].join('\n');
    expect(figures(text)).toEqual([]);
  });
});

describe('a two-level header typed with tabs, a row of counts with no label', () => {
  it('kk: the period row under groups with spans as empty tabs', () => {
    const text = [
      '2025 жылғы қаңтар – қыркүйек айларындағы жұмыс туралы ақпарат',
      '',
      'Кезең\tӨтініштер\t\t\tМемлекеттік органдарға хаттар\t',
      '\tбарлығы\tоның ішінде\t\tжолданды\tжауап алынды',
      '\t\tжеке тұлғалардан\tзаңды тұлғалардан\t\t',
      '2025 ж. 9 айы\t1 310\t1 290\t20\t71\t60',
      '2024 ж. 9 айы\t900\t880\t20\t50\t45',
    ].join('\n');
    expect(figures(text)).toEqual(['appeals_individuals=1290', 'appeals_legal_entities=20', 'appeals_received=1310', 'letters_answered=60', 'letters_sent=71']);
  });

  it('ru: one row of counts under the columns\' names', () => {
    const text = [
      RU_YEAR,
      '',
      'Таблица 3. Итоги рассмотрения проектов НПА за 2025 год',
      'Рассмотрено проектов НПА\tбез замечаний\tс замечаниями',
      '40\t31\t9',
    ].join('\n');
    expect(figures(text)).toEqual(['npa_approved=31', 'npa_reviewed=40', 'npa_with_remarks=9']);
  });

  it('kk: the caption names what a group of columns counts', () => {
    const lines = (caption: string) => [KK_YEAR, '', caption, 'Қорытынды берілген жобалар\t\t', 'барлығы\tескертусіз\tескертулермен', '40\t30\t10'].join('\n');
    expect(figures(lines('2-кесте. НҚА жобаларын қарау қорытындысы (2025 жыл)'))).toEqual(['npa_approved=30', 'npa_reviewed=40', 'npa_with_remarks=10']);
    // A caption naming nothing: the group's total is no one's.
    expect(figures(lines('2-кесте. Жұмыс қорытындысы'))).toEqual(['npa_approved=30', 'npa_with_remarks=10']);
  });

  it('a caption naming another year: the row is not the period\'s', () => {
    const text = [RU_YEAR, '', 'Справочно: данные за 2024 год', 'Рассмотрено проектов НПА\tбез замечаний\tс замечаниями', '40\t31\t9'].join('\n');
    expect(figures(text)).toEqual([]);
  });
});

describe('a row per commission and a total row', () => {
  it('ru: the total row\'s counts, a footnoted column left', () => {
    const text = [
      RU_YEAR,
      '',
      'Таблица 1. Работа постоянных комиссий',
      '| Комиссия | Общественные мониторинги | Заслушано отчетов* |',
      '|---|---|---|',
      '| по социальным вопросам | 4 | 3 |',
      '| по экономике | 2 | 2 |',
      '| Итого по Совету | 6 | 5 |',
    ].join('\n');
    expect(figures(text)).toEqual(['monitorings=6']);
  });

  it('kk: "Барлығы" under a row per commission', () => {
    const text = [
      KK_YEAR,
      '',
      'Тұрақты комиссиялардың жұмысы',
      '| Комиссия | Қоғамдық мониторингтер | Дөңгелек үстелдер |',
      '|---|---|---|',
      '| әлеуметтік мәселелер жөніндегі | 3 | 1 |',
      '| экономика жөніндегі | 2 | 2 |',
      '| Барлығы | 5 | 3 |',
    ].join('\n');
    expect(figures(text)).toEqual(['monitorings=5', 'round_tables=3']);
  });

  it('a table of rows that are neither commissions nor periods, with a total: nothing', () => {
    const text = [RU_YEAR, '', 'Таблица 4', '| Тема | Общественные мониторинги |', '|---|---|', '| ЖКХ | 4 |', '| Дороги | 2 |', '| Итого по Совету | 6 |'].join('\n');
    expect(figures(text)).toEqual([]);
  });
});

describe('media with the platforms as columns', () => {
  it('ru, typed with spaces', () => {
    const text = [
      RU_YEAR,
      '',
      '                  Сайт      Telegram    Instagram    Всего',
      'Публикации, ед.     30          50          70        150',
      'Просмотры, ед.       –      12 400       48 000     60 400',
    ].join('\n');
    const x = parseReport(`${text}\n`);
    expect(mediaList(x)).toEqual(['website:30/null', 'telegram:50/12400', 'instagram:70/48000']);
    expect(figureList(x)).toEqual(['publications=150']);
  });

  it('a row of views in thousands is not read', () => {
    const text = [RU_YEAR, '', '| Показатель | Telegram | Instagram |', '|---|---|---|', '| Публикации | 50 | 70 |', '| Просмотры, тыс. | 12,4 | 48 |'].join('\n');
    expect(mediaList(parseReport(`${text}\n`))).toEqual([]);
  });
});

describe('a Word table with no column of row numbers', () => {
  const html = (rows: string) => `<p>${KK_YEAR}</p><table>${rows}</table><p>Соңы.</p>`;
  it('kk: a cell merged down over the header keeps the columns, the period\'s row read', () => {
    const text = docxHtmlToText(
      html(
        '<tr><td rowspan="2"><p>Кезең</p></td><td colspan="3"><p>Түскен өтініштер</p></td></tr>' +
          '<tr><td><p>барлығы</p></td><td><p>жеке тұлғалардан</p></td><td><p>заңды тұлғалардан</p></td></tr>' +
          '<tr><td><p>2025 жыл</p></td><td><p>88</p></td><td><p>80</p></td><td><p>8</p></td></tr>' +
          '<tr><td><p>2024 жыл</p></td><td><p>70</p></td><td><p>66</p></td><td><p>4</p></td></tr>',
      ),
    );
    expect(figureList(parseReport(text))).toEqual(['appeals_individuals=80', 'appeals_legal_entities=8', 'appeals_received=88']);
  });

  it('ru: a table of platforms with a total row', () => {
    const text = docxHtmlToText(
      html(
        '<tr><td><p>Площадка</p></td><td><p>Публикаций</p></td><td><p>Просмотров</p></td></tr>' +
          '<tr><td><p>Instagram</p></td><td><p>120</p></td><td><p>45 600</p></td></tr>' +
          '<tr><td><p>Telegram-канал</p></td><td><p>80</p></td><td><p>9 300</p></td></tr>' +
          '<tr><td><p>Итого</p></td><td><p>200</p></td><td><p>54 900</p></td></tr>',
      ),
    );
    const x = parseReport(text);
    expect(mediaList(x)).toEqual(['instagram:120/45600', 'telegram:80/9300']);
    expect(figureList(x)).toEqual(['publications=200']);
  });
});

describe('an agency\'s own structural units heard are no departments heard', () => {
  it.each([
    [`${KK_YEAR}\n\nАгенттіктің 3 құрылымдық бөлімшесінің есептері тыңдалды.`],
    [`${RU_YEAR}\n\nЗаслушаны отчеты 5 структурных подразделений Министерства.`],
  ])('%s', (text) => {
    expect(figures(text).filter((f) => f.startsWith('departments_heard'))).toEqual([]);
  });

  it('an akimat\'s departments still are', () => {
    expect(figures(`${KK_YEAR}\n\nКеңес отырыстарында облыс әкімдігінің 4 басқармасының есептері тыңдалды.`)).toContain('departments_heard=4');
  });
});

describe('answers given to the appeals, the addressee between', () => {
  it.each([
    ['По 98 обращениям заявителям даны ответы, 4 находятся на рассмотрении.', 98],
    ['Поступило 120 обращений; по 110 обращениям гражданам направлены ответы.', 110],
  ])('%s', (sentence, n) => {
    expect(figures(`${RU_YEAR}\n\n${sentence}`)).toContain(`appeals_answered=${n}`);
  });

  it('explanations given are no answers counted', () => {
    expect(figures(`${RU_YEAR}\n\nПо 12 обращениям заявителям даны разъяснения.`).filter((f) => f.startsWith('appeals_answered'))).toEqual([]);
  });
});
