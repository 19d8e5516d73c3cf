/**
 * Indicator tables of held-out set 11 as classes: a Word table read from a .docx comes as its cells one after another
 * (docxHtmlToText: a tab opens each cell, rows unmarked); its rows are found by the column of row numbers, and then it
 * is read like any text table: the fact column beside a plan, a rate and a note column in any order (ru and kk
 * headers), the period's year column beside the year before, a share row stating nothing, the note's parts as
 * sub-figures. Near-misses (a plan alone, two columns of no fact, another year only) state nothing.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';
import { docxHtmlToText } from '../../../../sources/readers/docxHtmlToText.ts';
import { wordCellTables } from '../../../../sources/extract/report/wordCellTable.ts';

/** A report whose table is a Word table, as a .docx reads: paragraphs before and after, cells as mammoth's HTML. */
function docx(before: string[], rows: string[][], after: string[] = []): string {
  const p = (t: string) => `<p>${t}</p>`;
  const cell = (t: string) => `<td>${t.split('\n').map(p).join('')}</td>`;
  const table = `<table>${rows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('')}</table>`;
  return docxHtmlToText(`${before.map(p).join('')}${table}${after.map(p).join('')}`);
}

const read = (text: string) => {
  const x = parseReport(text);
  return {
    figures: Object.fromEntries(x.figures.map((f) => [f.metric, f.value])),
    media: x.media.map((m) => `${m.platform} ${m.publications ?? '-'} ${m.views ?? '-'}`),
    candidates: x.candidates.map((c) => `${c.metric}=${c.value}`),
  };
};

describe('a Word table read cell by cell', () => {
  it('finds its rows by the row numbers, a heading across the table left out', () => {
    const text = docx(['Отчет за 2025 год'], [
      ['№', 'Показатель', '2025 год'],
      ['1', 'Заседания Общественного совета', '5'],
      ['Раздел 2. Работа с населением'],
      ['2', 'Обращения граждан', '12'],
      ['', 'в т.ч. от юридических лиц', '3'],
    ]);
    const [t] = wordCellTables(text.split('\n'));
    expect(t.cells).toEqual([
      ['№', 'Показатель', '2025 год'],
      ['1', 'Заседания Общественного совета', '5'],
      ['2', 'Обращения граждан', '12'],
      ['', 'в т.ч. от юридических лиц', '3'],
    ]);
    expect(read(text).figures).toEqual({ general_meetings: 5, appeals_received: 12, appeals_legal_entities: 3 });
  });

  it("keeps a note cell's paragraphs apart, and ends at the text after the table", () => {
    const text = docx(['Отчет за 2025 год'], [
      ['№ п/п', 'Индикатор', 'Факт', 'Примечание'],
      ['1', 'Проекты НПА, по которым подготовлены заключения', '42', 'с замечаниями – 15\nна рассмотрении – 3'],
      ['2', 'Круглые столы', '4', '–'],
    ], ['Проведено 9 заседаний комиссий.']);
    const [t] = wordCellTables(text.split('\n'));
    expect(t.cells[1][3]).toBe('с замечаниями – 15; на рассмотрении – 3');
    expect(read(text).figures).toEqual({ npa_reviewed: 42, npa_with_remarks: 15, npa_pending: 3, round_tables: 4, commission_meetings: 9 });
  });

  it('is none without a column of row numbers, or of one row', () => {
    expect(wordCellTables(docx(['x'], [['Показатель', '2025'], ['Заседания', '5'], ['Круглые столы', '2']]).split('\n'))).toEqual([]);
    expect(wordCellTables(docx(['x'], [['№', 'Показатель', '2025'], ['1', 'Заседания', '5']]).split('\n'))).toEqual([]);
  });
});

describe('plan and fact columns in any order, ru and kk', () => {
  const ru = (head: string[], rows: string[][]) => docx(['ОТЧЕТ о деятельности Общественного совета за 2025 год'], [head, ...rows]);

  it('Plan | Fact | Notes: the fact, the note parts, members as of a day; a share row and the plan never', () => {
    const text = ru(['№ п/п', 'Индикатор', 'План на 2025 год', 'Факт за 2025 год', 'Примечание'], [
      ['1', 'Численность членов Общественного совета на 31.12.2025', '–', '27', 'из них представители гражданского общества – 21, представители государственных органов – 6'],
      ['2', 'Выбыло из состава Общественного совета за год', '–', '3', 'по собственному желанию – 2, по иным причинам – 1'],
      ['3', 'Количество постоянных комиссий', '–', '5', 'туризм; спорт; инфраструктура'],
      ['4', 'Заседания Общественного совета', '6', '7', 'в т.ч. 2 внеочередных'],
      ['5', 'Общественный мониторинг', '5', '6', 'в т.ч. мониторинг 12 объектов, построенных в 2022–2024 годах'],
      ['6', 'Обращения граждан, поступившие в Общественный совет', '–', '38', 'от физических лиц – 31, от юридических лиц – 7; ответы направлены по 36'],
      ['7', 'Публикации о деятельности Общественного совета', '150', '187', 'на сайте Министерства – 62, в Telegram-канале – 125 (48,2 тыс. просмотров)'],
      ['8', 'Доля рекомендаций, принятых к исполнению', '80 %', '73 %', 'принято 22 из 30'],
    ]);
    const x = read(text);
    expect(x.figures).toEqual({
      members_total: 27, members_civil: 21, members_state: 6, members_left: 3, commissions: 5, general_meetings: 7, monitorings: 6,
      appeals_received: 38, appeals_individuals: 31, appeals_legal_entities: 7, appeals_answered: 36, publications: 187,
    });
    expect(x.media).toEqual(['website 62 -', 'telegram 125 48200']);
    expect(x.candidates).toEqual([]);
  });

  it.each([
    ['Fact | Plan | %', ['№', 'Показатель', 'Факт', 'План', 'Выполнение, %']],
    ['Plan | % | Fact', ['№', 'Показатель', 'План', 'Исполнение', 'Фактически']],
    ['kk Жоспар | Нақты | Орындалуы | Ескерту', ['№', 'Көрсеткіш', 'Жоспар', 'Нақты', 'Орындалуы', 'Ескерту']],
    ['kk Нақты | Жоспар', ['р/с', 'Іс-шара', 'Нақты', 'Жоспар']],
  ])('%s', (_, head) => {
    const cellsOf = (label: string, fact: string, plan: string) =>
      head.map((h, c) => (c === 0 ? '' : c === 1 ? label : /факт|нақты/iu.test(h) ? fact : /план|жоспар/iu.test(h) ? plan : /ескерту/iu.test(h) ? '–' : '117'));
    const rows = [cellsOf('Дөңгелек үстелдер', '4', '3'), cellsOf('Қоғамдық мониторинг', '6', '5'), cellsOf('Заседания президиума', '2', '4')].map((r, k) => [String(k + 1), ...r.slice(1)]);
    expect(read(ru(head, rows)).figures).toEqual({ round_tables: 4, monitorings: 6, presidium_meetings: 2 });
  });

  it.each([
    ['a plan alone', ['№', 'Показатель', 'План на 2025 год']],
    ['a plan and a rate', ['№', 'Показатель', 'Жоспар', 'Орындалуы']],
    ['two columns of no fact', ['№', 'Показатель', 'Было', 'Предусмотрено']],
  ])('states nothing: %s', (_, head) => {
    const rows = [['1', 'Круглые столы', ...head.slice(2).map(() => '4')], ['2', 'Общественный мониторинг', ...head.slice(2).map(() => '6')]];
    expect(read(ru(head, rows)).figures).toEqual({});
  });
});

describe("the period's column beside the year before", () => {
  const kk = (head: string[], rows: string[][]) => docx(['Қоғамдық кеңестің 2025 жылдың бірінші жартыжылдығындағы жұмысы туралы ЕСЕП'], [head, ...rows]);
  const rows = (order: 'new-first' | 'old-first') =>
    [
      ['1', 'Кеңес отырыстары', '3', '4'],
      ['2', 'Президиум отырыстары', '2', '5'],
      ['3', 'Комиссия отырыстары', '9', '7'],
      ['4', 'Мемлекеттік органдардың есептерін тыңдау', '4', '3'],
    ].map((r) => (order === 'new-first' ? r : [r[0], r[1], r[3], r[2]]));
  const want = { general_meetings: 3, presidium_meetings: 2, commission_meetings: 9, report_hearings: 4 };

  it('2025 before 2024', () => {
    expect(read(kk(['№', 'Көрсеткіш', '2025 ж. І жартыжылдық', '2024 ж. І жартыжылдық'], rows('new-first'))).figures).toEqual(want);
  });
  it('2024 before 2025', () => {
    expect(read(kk(['№', 'Көрсеткіш', '2024 жыл', '2025 жыл'], rows('old-first'))).figures).toEqual(want);
  });
  it('the year before only: nothing', () => {
    expect(read(kk(['№', 'Көрсеткіш', '2024 ж. І жартыжылдық'], rows('old-first').map((r) => r.slice(0, 3)))).figures).toEqual({});
  });
});

describe("the events an indicator row's note lists by date", () => {
  const activitiesOf = (text: string) => parseReport(text).activities.map((a) => `${a.type} ${a.date_start} ${a.title}`);
  const table = (head: string[], rows: string[][], title = 'ОТЧЕТ о деятельности Общественного совета за 2025 год') => docx([title], [head, ...rows]);
  const HEAD = ['№ п/п', 'Индикатор', 'План', 'Факт', 'Примечание'];

  it('one activity per dated item, of the kind the label names', () => {
    const text = table(HEAD, [
      ['1', 'Заслушивание отчетов о результатах деятельности', '3', '3', '27.03.2025 – Комитет индустрии туризма; 19.06.2025 – Комитет по делам спорта; 30.10.2025 – АО «НК «Kazakh Tourism»'],
      ['2', 'Общественные слушания', '2', '2', '14.05.2025, 20.11.2025'],
      ['3', 'Введено в состав Общественного совета', '–', '2', 'решение рабочей группы от 14.05.2025'],
    ]);
    expect(activitiesOf(text)).toEqual([
      'report_hearing 2025-03-27 Комитет индустрии туризма',
      'report_hearing 2025-06-19 Комитет по делам спорта',
      'report_hearing 2025-10-30 АО «НК «Kazakh Tourism»',
      'public_hearing 2025-05-14 ',
      'public_hearing 2025-11-20 ',
    ]);
  });

  it('Kazakh dates and headers, items as dashed paragraphs of their own', () => {
    const text = table(['№', 'Көрсеткіш', 'Жоспар', 'Нақты', 'Ескерту'], [
      ['1', 'Мемлекеттік органдардың есептерін тыңдау', '2', '2', '– 2025 жылғы 25 ақпанда – білім бөлімі;\n– 14.04.2025 ж. – денсаулық сақтау басқармасы.'],
      ['2', 'Қоғамдық мониторинг', '3', '3', '–'],
    ], 'Қоғамдық кеңестің 2025 жылғы жұмысы туралы ЕСЕП');
    expect(activitiesOf(text)).toEqual(['report_hearing 2025-02-25 білім бөлімі', 'report_hearing 2025-04-14 денсаулық сақтау басқармасы']);
  });

  it.each([
    ['a note that says something else too', '27.03.2025 – Комитет индустрии туризма; одно слушание перенесено'],
    ['a date of another year', '27.03.2024 – Комитет индустрии туризма'],
    ['a date inside the text', 'отчет Комитета заслушан 27.03.2025'],
    ['a row naming no activity', null],
  ])('nothing: %s', (_, note) => {
    const row = note === null ? ['1', 'Введено в состав Общественного совета', '–', '2', '27.03.2025 – решение рабочей группы'] : ['1', 'Заслушивание отчетов', '1', '1', note];
    expect(activitiesOf(table(HEAD, [row, ['2', 'Круглые столы', '3', '4', '–']]))).toEqual([]);
  });
});

describe("a site's owner between the site and its count", () => {
  const mediaOf = (line: string) => read(`Отчет о работе Общественного совета за 2025 год\n${line}\n`).media;
  it.each([
    ['Опубликовано 120 материалов: на сайте акимата района – 40, в Instagram – 80.', ['website 40 -', 'instagram 80 -']],
    ['Размещено 70 материалов: на сайте Общественного совета – 30, в Facebook – 40.', ['website 30 -', 'facebook 40 -']],
    ['Опубликовано 90 материалов: на сайте Министерства – 62, в Telegram-канале – 28.', ['website 62 -', 'telegram 28 -']],
    // two places together: their sum, never the first's count
    ['Опубликовано 60 материалов: на сайте и в Instagram – 50, в Telegram – 10.', ['telegram 10 -']],
  ])('%s', (line, want) => {
    expect(mediaOf(line)).toEqual(want);
  });
});

describe('the same indicator table typed with pipes', () => {
  const text = `ОТЧЕТ о деятельности Общественного совета за 2025 год

| № | Индикатор | План на 2025 год | Факт за 2025 год | Примечание |
|---|---|---|---|---|
| 1 | Заседания Общественного совета | 6 | 7 | в т.ч. 2 внеочередных |
| 2 | Заслушивание отчетов о результатах деятельности | 3 | 3 | 27.03.2025 – Комитет индустрии туризма; 19.06.2025 – Комитет по делам спорта; |
|   |  |  |  | 30.10.2025 – АО «НК «Kazakh Tourism» |
| 3 | Круглые столы | 3 | 4 | – |
`;
  it('reads the fact, and the dated events of a note wrapped over two rows', () => {
    const x = parseReport(text);
    expect(Object.fromEntries(x.figures.map((f) => [f.metric, f.value]))).toEqual({ general_meetings: 7, report_hearings: 3, round_tables: 4 });
    expect(x.activities.map((a) => `${a.type} ${a.date_start} ${a.line}`)).toEqual(['report_hearing 2025-03-27 6', 'report_hearing 2025-06-19 6', 'report_hearing 2025-10-30 6']);
  });
});

describe('where a Word table read cell by cell ends', () => {
  it('at a total row whose label spans the number cell, and at a number out of turn', () => {
    const total = docx(['Отчет за 2025 год'], [
      ['№', 'Показатель', '2025 год', '2024 год'],
      ['1', 'Круглые столы', '4', '3'],
      ['2', 'Общественный мониторинг', '6', '5'],
      ['Итого', '10', '8'],
      ['3', 'Заседания президиума', '2', '1'],
    ]);
    expect(wordCellTables(total.split('\n'))[0].cells.map((r) => r[0])).toEqual(['№', '1', '2']);
    const skipped = docx(['Отчет за 2025 год'], [['№', 'Показатель', '2025 год'], ['1', 'Круглые столы', '4'], ['2', 'Общественный мониторинг', '6'], ['7', 'Заседания президиума', '2']]);
    expect(wordCellTables(skipped.split('\n'))[0].cells.map((r) => r[0])).toEqual(['№', '1', '2']);
  });

  it('goes on over sub-numbers and empty number cells', () => {
    const text = docx(['Отчет за 2025 год'], [['№', 'Показатель', '2025 год'], ['1', 'Обращения граждан', '12'], ['1.1', 'от физических лиц', '9'], ['', 'от юридических лиц', '3'], ['2', 'Круглые столы', '4']]);
    expect(wordCellTables(text.split('\n'))[0].cells.map((r) => r[0])).toEqual(['№', '1', '1.1', '', '2']);
  });
});
