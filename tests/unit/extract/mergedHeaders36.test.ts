/**
 * Tables with merged and multi-level headers (held-out set 124's theme, its reports): a "+---+" box whose header merges a year
 * over quarters or months, a total column in the middle and a reference column of last year at the right (two and three
 * levels); a Word table whose header is two rows ("III тоқсан" over "2026 ж. | 2025 ж.") and whose first column holds group
 * labels merged down; a table set with spaces of one row of counts under grouped headers ("оның ішінде:" over two columns).
 * Variants of my own in both languages, and near misses (quarters with no total: no figure; a group heading that is no
 * period kept as two rows; two rows of counts are no one-row table).
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { frameMergedBoxHeaders, isPeriodHeading, periodHeaderPath } from '../../../sources/extract/report/mergedHeaderTable.ts';
import { withPeriodHeaderRow } from '../../../sources/extract/report/wordPeriodHeader.ts';
import { groupHeadingMetric } from '../../../sources/extract/report/groupHeading.ts';
import { groupedValueRows } from '../../../sources/extract/report/groupedValueRow.ts';
import { metricOfRow } from '../../../sources/extract/report/tableRowLexicon.ts';

const figures = (lines: string[]) => Object.fromEntries(parseReport(lines.join('\n')).figures.map((f) => [f.metric, f.value]));

const BOX_KK = [
  "Жылыой ауданының Қоғамдық кеңесі",
  "2026 жылғы 9 айдағы жұмыс туралы есеп",
  "",
  "+--------------------------+--------------------------+----------+------------+",
  "|                          |         2026 жыл         | Барлығы  | Анықтама:  |",
  "|       Көрсеткіштер       +--------+--------+--------+ (9 ай)   | 2025 ж.    |",
  "|                          |I тоқсан|II тоқс.|III тқс.|          | 9 айы      |",
  "+--------------------------+--------+--------+--------+----------+------------+",
  "| Кеңес отырыстары         |   1    |   2    |   1    |    4     |     3      |",
  "| Мониторингтер            |   2    |   2    |   3    |    7     |     5      |",
  "| Түскен өтініштер         |   4    |   6    |   5    |   15     |    12      |",
  "+--------------------------+--------+--------+--------+----------+------------+",
];
const BOX_RU3 = [
  "Отчёт Общественного совета Курмангазинского района за III квартал 2026 года",
  "",
  "+-------------------------+---------------------------------+------------+",
  "|                         |            2026 год             | Справочно: |",
  "|                         +-------------------------+-------+ III кв.    |",
  "|       Показатели        |       III квартал       | Всего | 2025 г.    |",
  "|                         +-------+-------+---------+ за    |            |",
  "|                         | июль  |август |сентябрь | III кв|            |",
  "+-------------------------+-------+-------+---------+-------+------------+",
  "| Заседания комиссий      |   2   |   2   |    1    |   5   |     3      |",
  "| Мониторинги             |   1   |   1   |    2    |   4   |     6      |",
  "| Круглые столы           |   0   |   1   |    0    |   1   |     2      |",
  "+-------------------------+-------+-------+---------+-------+------------+",
];
const BOX_QUARTERS_ONLY = [
  "Отчёт Общественного совета района за 9 месяцев 2026 года",
  "",
  "+--------------------------+-------------------------+",
  "|                          |        2026 год         |",
  "|       Показатели         +-------+-------+---------+",
  "|                          | I кв. | II кв.| III кв. |",
  "+--------------------------+-------+-------+---------+",
  "| Заседания комиссий       |   2   |   2   |    1    |",
  "| Мониторинги              |   1   |   1   |    2    |",
  "+--------------------------+-------+-------+---------+",
];
const WORD_RU = [
  "Общественный совет Кызылкогинского района",
  "Информация о работе за III квартал 2026 года",
  "Таблица 1",
  "\tПоказатели",
  "\t",
  "\tIII квартал",
  "\t",
  "\t",
  "\t",
  "\t2026 г.",
  "\t2025 г.",
  "\tОбращения граждан",
  "\tПоступило",
  "\t12",
  "\t9",
  "\t",
  "\tиз них: от физических лиц",
  "\t10",
  "\t8",
  "\t",
  "\tот юридических лиц",
  "\t2",
  "\t1",
  "\tПроекты НПА",
  "\tРассмотрено",
  "\t6",
  "\t4",
  "\t",
  "\tодобрено без замечаний",
  "\t5",
  "\t4",
  "",
  "Председатель Совета   А. Б. Иванов",
];

describe('a box table whose header merges a year over its parts, the total among them', () => {
  it('Kazakh, two levels: "2026 жыл" over the quarters, "Барлығы (9 ай)" after them, "Анықтама: 2025 ж." at the right', () => {
    expect(figures(BOX_KK)).toMatchObject({ general_meetings: 4, monitorings: 7, appeals_received: 15 });
  });
  it('Russian, three levels: "2026 год" › "III квартал" › months, "Всего за III кв." in the middle, "Справочно" at the right', () => {
    expect(figures(BOX_RU3)).toMatchObject({ commission_meetings: 5, monitorings: 4, round_tables: 1 });
  });
  it('the header becomes one row of each column\'s whole path, the lines over it rules', () => {
    const out = frameMergedBoxHeaders(BOX_KK);
    expect(out[6]).toBe('| Көрсеткіштер | I тоқсан 2026 жыл | II тоқс. 2026 жыл | III тқс. 2026 жыл | Барлығы (9 ай) | Анықтама: 2025 ж. 9 айы |');
    expect(out[4]).toMatch(/^\+-+\+/u);
    expect(out.slice(8)).toEqual(BOX_KK.slice(8));
  });
  it('near miss: quarters under the year and no total column in the nine months\' report — no cell is the period\'s figure', () => {
    const f = figures(BOX_QUARTERS_ONLY);
    expect(f.commission_meetings).toBeUndefined();
    expect(f.monitorings).toBeUndefined();
  });
  it('near miss: a box with no merged cell in its header is left as it is', () => {
    const plain = ['+------+-----+', '| Показатель | 2026 |', '+------+-----+', '| Мониторинги | 4 |', '| Семинары | 1 |'];
    expect(frameMergedBoxHeaders(plain)).toEqual(plain);
  });
});

describe('the path of a column under period headings', () => {
  it('a month under a quarter under a year is the month of the year; a year under a quarter follows it', () => {
    expect(periodHeaderPath(['2026 год', 'III квартал', 'июль'])).toBe('июль 2026 год');
    expect(periodHeaderPath(['III тоқсан', '2026 ж.'])).toBe('III тоқсан 2026 ж.');
    expect(periodHeaderPath(['2026 жыл', 'III тоқсан', 'қыр.'])).toBe('қыр. 2026 жыл');
  });
  it('period headings and not', () => {
    expect(isPeriodHeading('2026 год')).toBe(true);
    expect(isPeriodHeading('III квартал')).toBe(true);
    expect(isPeriodHeading('2025 жыл')).toBe(true);
    expect(isPeriodHeading('Обращения граждан')).toBe(false);
    expect(isPeriodHeading('оның ішінде')).toBe(false);
  });
});

describe('a Word table of two header rows and group labels merged down', () => {
  it('Russian: "III квартал" over "2026 г. | 2025 г.", groups "Обращения граждан" / "Проекты НПА" over their rows', () => {
    expect(figures(WORD_RU)).toMatchObject({ appeals_received: 12, appeals_individuals: 10, appeals_legal_entities: 2, npa_reviewed: 6, npa_approved: 5 });
  });
  it('the header rows become one, the label over the indicators, not over the groups', () => {
    const rows = [
      { line: '| Көрсеткіштер |  | III тоқсан |  |', at: 0 },
      { line: '|  |  | 2026 ж. | 2025 ж. |', at: 4 },
      { line: '| Отырыстар | Кеңес отырыстары | 2 | 2 |', at: 8 },
      { line: '|  | Төралқа отырыстары | 1 | 1 |', at: 12 },
    ];
    expect(withPeriodHeaderRow(rows).map((r) => r.line)).toEqual(['|  | Көрсеткіштер | III тоқсан 2026 ж. | III тоқсан 2025 ж. |', rows[2].line, rows[3].line]);
  });
  it('near miss: a merged heading that is no period ("Өтініштер" over "барлығы | оның ішінде") is left to the two-level reader', () => {
    const rows = [
      { line: '| Көрсеткіш | Өтініштер |  |', at: 0 },
      { line: '|  | барлығы | оның ішінде жеке тұлғалардан |', at: 1 },
      { line: '| 2026 жыл | 11 | 9 |', at: 2 },
    ];
    expect(withPeriodHeaderRow(rows)).toEqual(rows);
  });
  it('a group\'s first row that is only a verb counts the group\'s things; a row naming more, or a group naming none, does not', () => {
    expect(groupHeadingMetric('НҚА жобаларын қарау', 'Қаралды')).toBe('npa_reviewed');
    expect(groupHeadingMetric('Обращения граждан', 'Поступило')).toBe('appeals_received');
    expect(groupHeadingMetric('Азаматтардың өтініштері', 'Жауап берілді')).toBeNull();
    expect(groupHeadingMetric('Қоғамдық бақылау', 'Қаралды')).toBeNull();
  });
});

describe('a table set with spaces: one row of counts under grouped headers', () => {
  const NPA_KK = ['Махамбет ауданының Қоғамдық кеңесі', 'Қоғамдық кеңестің 2026 жылғы 9 айдағы қызметі туралы есеп', '', '3. Нормативтік құқықтық актілер жобалары', '',
    'Қаралды      оның ішінде мақұлданды:               Қарау',
    'барлығы      ескертусіз     ескертулермен          үстінде',
    '  12             8                4                   2', ''];
  const APPEALS_RU = ['Общественный совет Исатайского района', 'Отчёт за 9 месяцев 2026 года', '', '4. Обращения граждан', '',
    'Поступило    из них:                              Дан',
    'всего        от физ. лиц        от юр. лиц        ответ',
    '  31              27                 4              30', ''];
  it('Kazakh: "Қаралды барлығы | оның ішінде мақұлданды: ескертусіз | ескертулермен | Қарау үстінде"', () => {
    expect(figures(NPA_KK)).toMatchObject({ npa_reviewed: 12, npa_approved: 8, npa_with_remarks: 4, npa_pending: 2 });
  });
  it('Russian: "Поступило всего | из них: от физ. лиц | от юр. лиц | Дан ответ"', () => {
    expect(figures(APPEALS_RU)).toMatchObject({ appeals_received: 31, appeals_individuals: 27, appeals_legal_entities: 4, appeals_answered: 30 });
  });
  it('near miss: two rows of counts under the header are no table of one row', () => {
    const two = ['Қаралды      ескертусіз', '  12             8', '  10             7', ''];
    expect(groupedValueRows(two)).toEqual(two);
  });
  it('near miss: a header line with a year (a period\'s columns) is left to the other readers', () => {
    const years = ['', 'Көрсеткіш    2025 жыл    2026 жыл', '  Отырыстар      4           5', ''];
    expect(groupedValueRows(years)).toEqual(years);
  });
});

describe('rows of a grouped table named in the lexicon', () => {
  it('heads whose reports were heard; drafts pending at the quarter\'s end; a subordinate organisation cut short', () => {
    expect(metricOfRow('Есептері тыңдалған мемлекеттік органдар басшылары', null)).toBe('report_hearings');
    expect(metricOfRow('Руководители госорганов, чьи отчёты заслушаны', null)).toBe('report_hearings');
    expect(metricOfRow('тоқсан соңында қаралу үстінде', 'npa_reviewed')).toBe('npa_pending');
    expect(metricOfRow('на конец квартала на рассмотрении', 'npa_reviewed')).toBe('npa_pending');
    expect(metricOfRow('подведомств. организаций', 'report_hearings')).toBe('subordinate_orgs_heard');
  });
  it('near miss: a quarter\'s end with nothing pending named is no pending count', () => {
    expect(metricOfRow('тоқсан соңында', 'npa_reviewed')).toBeNull();
  });
});
