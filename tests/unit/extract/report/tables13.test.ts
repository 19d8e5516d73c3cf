/**
 * Which column of an indicator table is the period's, as classes (held-out sets 13 and 14): beside a quarter's
 * column, the year's running total ("с начала года", "нарастающим итогом", "жыл басынан", "Всего за 2025 год",
 * "2025 жыл барлығы", "за 12 месяцев") is never a quarter's or a half-year's figure, but is the year's in a year's
 * report; of several quarters, the report's own; bilingual sub-rows set in with a dash. A table read from a PDF
 * with a blank line between its rows and its cells run together ("2024 год 2025 год", "1 Заседания …", "… 3\t4") is
 * told apart into its cells; one that cannot be gives nothing.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';

const read = (text: string) => {
  const x = parseReport(text);
  return {
    figures: Object.fromEntries(x.figures.map((f) => [f.metric, f.value])),
    media: x.media.map((m) => `${m.platform} ${m.publications ?? '-'} ${m.views ?? '-'}`),
  };
};

/** A report of the given title with a tab table under it. */
const tabReport = (title: string, head: string[], rows: string[][]) => [title, '', '1. Основные показатели', '', head.join('\t'), ...rows.map((r) => r.join('\t')), '', 'Секретарь А. Б. Сидорова'].join('\n');

const Q4_RU = 'Отчет о работе Общественного совета за IV квартал 2025 года';
const Q4_KK = 'Қоғамдық кеңестің 2025 жылғы IV тоқсандағы жұмысы туралы есеп';
const YEAR = 'Отчет о работе Общественного совета за 2025 год';

/** Rows of a quarter column (first number) and the year's running total (second). */
const ROWS = [
  ['Кеңес отырыстары / Заседания Совета', '3', '9'],
  ['Қоғамдық мониторингтер / Общественные мониторинги', '8', '26'],
  ['Тыңдалған есептер / Заслушано отчетов госорганов', '7', '22'],
  ['  – басқармалар / управлений', '3', '14'],
  ['  – аудан әкімдіктері / акиматов районов', '1', '5'],
  ['Келіп түскен өтініштер / Поступило обращений', '87', '318'],
  ['  – жеке тұлғалар / физ. лица', '75', '279'],
  ['  – заңды тұлғалар / юр. лица', '12', '39'],
];
const QUARTER = { general_meetings: 3, monitorings: 8, report_hearings: 7, departments_heard: 3, district_akimats_heard: 1, appeals_received: 87, appeals_individuals: 75, appeals_legal_entities: 12 };
const swap = (rows: string[][]) => rows.map((r) => [r[0], r[2], r[1]]);

describe("the quarter's column beside the year's running total", () => {
  it.each([
    ['ru/kk, the year named', Q4_RU, 'IV тоқсан / IV квартал', '2025 жыл барлығы / Всего за 2025 год'],
    ['с начала года', Q4_RU, 'IV квартал 2025 г.', 'С начала 2025 года'],
    ['нарастающим итогом', Q4_RU, 'За квартал', 'Нарастающим итогом'],
    ['жыл басынан', Q4_KK, 'IV тоқсан', 'Жыл басынан бері'],
    ['за 12 месяцев', Q4_RU, 'IV кв.', 'За 12 месяцев 2025 г.'],
    ['the year alone', Q4_RU, 'Отчетный квартал', '2025 год'],
  ])('%s: the quarter first', (_, title, quarter, total) => {
    expect(read(tabReport(title, ['Көрсеткіш / Показатель', quarter, total], ROWS)).figures).toEqual(QUARTER);
  });

  it.each([
    ['the year named', 'Всего за 2025 год', 'IV квартал'],
    ['с начала года', 'С начала года', '4-тоқсан'],
  ])('%s: the running total first', (_, total, quarter) => {
    expect(read(tabReport(Q4_RU, ['Показатель', total, quarter], swap(ROWS))).figures).toEqual(QUARTER);
  });

  it("of two quarters, the report's own", () => {
    const rows = ROWS.map((r) => [r[0], '5', r[1]]);
    expect(read(tabReport(Q4_RU, ['Показатель', 'III квартал', 'IV квартал'], rows)).figures).toEqual(QUARTER);
    expect(read(tabReport(Q4_KK, ['Көрсеткіш', 'ІІІ тоқсан', 'ІV тоқсан'], rows)).figures).toEqual(QUARTER);
  });

  it("in a year's report the year's column is the period's, the quarter's a part", () => {
    const want = { general_meetings: 9, monitorings: 26, report_hearings: 22, departments_heard: 14, district_akimats_heard: 5, appeals_received: 318, appeals_individuals: 279, appeals_legal_entities: 39 };
    expect(read(tabReport(YEAR, ['Показатель', 'IV квартал', 'Всего за 2025 год'], ROWS)).figures).toEqual(want);
    expect(read(tabReport(YEAR, ['Показатель', 'IV квартал', 'С начала года'], ROWS)).figures).toEqual(want);
  });

  it("a running total from January is the nine months' figure", () => {
    const title = 'Отчет о работе Общественного совета за 9 месяцев 2025 года';
    expect(read(tabReport(title, ['Показатель', 'III квартал', 'С начала года'], ROWS)).figures.general_meetings).toBe(9);
  });

  it.each([
    ['two running totals', ['Показатель', 'С начала года', 'За 12 месяцев']],
    ['another quarter and the year', ['Показатель', 'III квартал', 'Всего за 2025 год']],
    ['two quarters, neither the own', ['Показатель', 'II квартал', 'III квартал']],
  ])('states nothing: %s', (_, head) => {
    expect(read(tabReport(Q4_RU, head, ROWS)).figures).toEqual({});
  });
});

/** The text of a PDF table as readPdfText gives it: a blank line between rows, cells run together. */
const pdfReport = (head: string, rows: string[], title = 'Отчет о деятельности Общественного совета за 2025 год') =>
  [title, '', 'Таблица 1. Основные показатели', '', head, '', ...rows.flatMap((r) => [r, '']), '3. Работа с обращениями', '', 'Секретарь Г. Нурбекова'].join('\n');

describe('a table read from a PDF, its cells run together', () => {
  const rows = ['1 Заседания Общественного совета\t5\t6', '2 Заседания комиссий\t14\t18', '3 Заслушивание отчетов государственных органов и организаций 3\t4', '4 Рассмотрено проектов НПА\t38\t47'];
  const want = { general_meetings: 6, commission_meetings: 18, report_hearings: 4, npa_reviewed: 47 };

  it('the years of the header split, the row numbers and a label run onto its count told apart', () => {
    expect(read(pdfReport('№\tПоказатель\t2024 год 2025 год', rows)).figures).toEqual(want);
  });
  it('the year before last', () => {
    const back = rows.map((r) => r.replace(/(\d+)\t(\d+)$/u, '$2\t$1'));
    expect(read(pdfReport('№\tПоказатель\t2025 год 2024 год', back)).figures).toEqual(want);
  });
  it('Kazakh years', () => {
    const kk = ['1 Кеңес отырыстары\t5\t6', '2 Комиссия отырыстары\t14\t18'];
    expect(read(pdfReport('№\tКөрсеткіш\t2024 ж. 2025 ж.', kk, 'Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп')).figures).toEqual({ general_meetings: 6, commission_meetings: 18 });
  });
  it('rows that cannot be told apart give no figure, never the row number', () => {
    const lost = ['1 Заседания Общественного совета 5 6', '2 Заседания комиссий 14\t18', '3 Круглые столы\t2\t4'];
    const out = read(pdfReport('№\tПоказатель\t2024 год 2025 год', lost)).figures;
    expect(out.general_meetings).toBeUndefined();
    expect(out.commission_meetings).toBeUndefined();
    expect(out.round_tables).toBeUndefined();
  });
  it('only the year before: nothing', () => {
    expect(read(pdfReport('№\tПоказатель\t2023 год 2024 год', rows)).figures).toEqual({});
  });
});

describe("a PDF's table of events, its number, date, kind and subject run together", () => {
  const events = (head: string, rows: string[]) => parseReport(pdfReport(head, rows)).activities.map((a) => `${a.type} ${a.date_start}${a.date_end !== a.date_start ? `..${a.date_end}` : ''}`);
  const rows = [
    '1 19.02.2025\tОбщественный мониторинг Доступность ЦОН для лиц с инвалидностью',
    '2 06.03.2025\tКруглый стол\tЗащита персональных данных',
    '3 10.04.2025\tЗаслушивание отчета\tОтчет Комитета телекоммуникаций',
    '4 14–15.08.2025 Общественный мониторинг Оказание услуг eGov mobile',
    '5 16.10.2025\tОбщественные слушания\tПроект Концепции развития спутниковой связи до 2030 года',
  ];
  it('each row of the kind its «Форма» names', () => {
    expect(events('№\tДата\tФорма\tТема', rows)).toEqual(['monitoring 2025-02-19', 'round_table 2025-03-06', 'report_hearing 2025-04-10', 'monitoring 2025-08-14..2025-08-15', 'public_hearing 2025-10-16']);
  });
  it('a Kazakh header', () => {
    const kk = ['1 19.02.2025\tҚоғамдық мониторинг\tХалыққа қызмет көрсету орталығы', '2 06.03.2025\tДөңгелек үстел Дербес деректерді қорғау'];
    expect(events('№\tКүні\tНысаны\tТақырыбы', kk)).toEqual(['monitoring 2025-02-19', 'round_table 2025-03-06']);
  });
  it('a row whose subject names no kind is not read from its subject', () => {
    expect(events('№\tДата\tФорма\tТема', ['1 19.02.2025\tДоступность ЦОН: итоги мониторинга', '2 06.03.2025\tКруглый стол\tЗащита данных'])).toEqual(['round_table 2025-03-06']);
  });
});

describe("a PDF's media table with a total row", () => {
  it('the total of publications stated, its views no metric', () => {
    const rows = ['Официальный интернет-ресурс (gov.kz) 48\t–', 'Telegram-канал Совета\t96\t41 300', 'Instagram\t120\t215 000', 'Итого\t264\t256 300'];
    const text = ['Отчет о деятельности Общественного совета за 2025 год', '', 'Таблица 3. Публикации', 'Площадка\tПубликации Просмотры', '', ...rows.flatMap((r) => [r, '']), 'Секретарь Г. Нурбекова'].join('\n');
    const out = read(text);
    expect(out.figures.publications).toBe(264);
    expect(out.media).toEqual(['website 48 -', 'telegram 96 41300', 'instagram 120 215000']);
  });
});

describe("a chronology of the period's events, one a line", () => {
  const events = (lines: string[], title = 'Сводная информация за IV квартал 2025 года') =>
    parseReport([title, '', '2. Хронология мероприятий квартала', '', ...lines, '', '3. Проблемные вопросы'].join('\n')).activities.map((a) => `${a.type} ${a.date_start}`);
  it('each entry of the kind that opens it, ru, kk / ru and ru only', () => {
    expect(events([
      '07.10.2025 — мониторинг: готовность к отопительному сезону 2025–2026 гг. (комиссия № 1)',
      '16.10.2025 — дөңгелек үстел / круглый стол «Зеленые насаждения и застройка»',
      '30.10.2025 – диалог алаңы / диалоговая площадка с молодежью',
      '06.11.2025 - общественные слушания «О проекте Программы на 2026–2030 годы»',
      '20.11.2025 — меморандум: подписан меморандум о сотрудничестве',
      '27.11.2025 — семинар: медиаграмотность для членов Совета',
    ])).toEqual(['monitoring 2025-10-07', 'round_table 2025-10-16', 'dialog_platform 2025-10-30', 'public_hearing 2025-11-06', 'memorandum 2025-11-20', 'seminar 2025-11-27']);
  });
  it('an entry whose kind is not its opening words, and a date of another year, are not read', () => {
    expect(events([
      '07.10.2025 — мониторинг: ЦОН',
      '12.11.2025 — подготовка материалов к мониторингу и круглому столу',
      '16.12.2024 — круглый стол «Итоги года»',
      '10.12.2025 — круглый стол «Итоги года»',
    ])).toEqual(['monitoring 2025-10-07', 'round_table 2025-12-10']);
  });
  it('two dated lines are no chronology', () => {
    expect(events(['07.10.2025 — мониторинг: ЦОН', '10.12.2025 — круглый стол «Итоги года»'])).toEqual([]);
  });
});
