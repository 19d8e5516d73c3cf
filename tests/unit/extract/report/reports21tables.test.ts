/**
 * Classes the blind held-out reports of set 21 showed: a PDF's table of numbered rows whose header the text layer gave
 * out of order (the row numbers 1, 2, 3 … were read as the counts); a row counting two kinds of things at once
 * ("Круглые столы, дискуссионные площадки"); a table by territory typed with spaces whose TOTAL column comes first,
 * its header set in and hyphenated over three lines, "×" for not applicable; a paragraph run in under a title of tasks
 * ahead ("5. Задачи на II полугодие: провести … 6 мониторингов") whose counts are planned.
 */
import { describe, expect, it } from 'vitest';
import { figureList, figureMap, reportUnder } from '../../../helpers/extractCases.ts';

const KK_YEAR = 'Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп';

describe('a PDF table of numbered rows under a header given out of order', () => {
  const table = (header: string, rows: string[]) => ['Таблица 1. Показатели', '', header, '', ...rows.flatMap((r) => [r, '']), 'Конец таблицы.'].join('\n');
  const SCRAMBLED = 'п/п\t№\tПоказатель\tизм.\tЕд.\tна 2025 2025 2024 ние плана,\tПлан Факт Факт Исполне-\tг.\tг.\tг.\t%';
  const ROWS = [
    '1\tЗаседания Совета\tзасед.\t6\t7\t5\t117',
    '2\tЗаседания постоянных комиссий\tзасед.\t20\t22\t18\t110',
    '3\tРассмотрение проектов НПА, всего\tпроект\t×\t64\t57\t×',
    '3.1\tиз них с замечаниями\tпроект\t×\t23\t17\t×',
    '4\tОбщественный мониторинг\tмероп.\t10\t8\t7\t80',
  ];

  it('reads the fact of the period, never the row number, the plan or last year (ru)', () => {
    const x = reportUnder(table(SCRAMBLED, ROWS));
    expect(figureMap(x)).toMatchObject({ general_meetings: 7, commission_meetings: 22, npa_reviewed: 64, npa_with_remarks: 23, monitorings: 8 });
  });

  it('reads a Kazakh table of the same shape, the fact before the plan (variant)', () => {
    const header = '№\tКөрсеткіш\tбірл.\tӨлш.\t2025 2025 2024\tНақты Жоспар Нақты';
    const rows = ['1\tКеңес отырыстары\tотырыс\t5\t4\t3', '2\tҚоғамдық мониторинг\tіс-шара\t9\t8\t6', '3\tДөңгелек үстелдер\tіс-шара\t2\t3\t1'];
    const x = reportUnder(table(header, rows), KK_YEAR);
    expect(figureMap(x)).toMatchObject({ general_meetings: 5, monitorings: 9, round_tables: 2 });
  });

  it('reads nothing of a table whose value columns the header does not name (near-miss)', () => {
    const x = reportUnder(table('п/п\t№\tПоказатель\tизм.\tЕд.\tзначения\t%', ROWS));
    expect(figureList(x)).toEqual([]);
  });

  it('reads nothing when the header names fewer years than columns (near-miss)', () => {
    const x = reportUnder(table('п/п\t№\tПоказатель\tизм.\tЕд.\tна 2025 2025 ние плана,\tПлан Факт Факт Исполне-\t%', ROWS));
    expect(figureList(x)).toEqual([]);
  });
});

describe('a table row counting two kinds of things', () => {
  it('gives no figure to either (ru)', () => {
    const x = reportUnder(['| Показатель | 2025 г. |', '|---|---|', '| Круглые столы, дискуссионные площадки | 5 |', '| Общественный мониторинг | 8 |'].join('\n'));
    expect(figureMap(x)).toEqual({ monitorings: 8 });
  });

  it('gives no figure to either (kk)', () => {
    const x = reportUnder(['| Көрсеткіш | 2025 жыл |', '|---|---|', '| Дөңгелек үстелдер және семинарлар | 4 |', '| Кеңес отырыстары | 6 |'].join('\n'), KK_YEAR);
    expect(figureMap(x)).toEqual({ general_meetings: 6 });
  });

  it('still reads a row whose second part names nothing (near-miss)', () => {
    const x = reportUnder(['| Показатель | 2025 г. |', '|---|---|', '| Круглые столы, всего | 5 |', '| Общественный мониторинг | 8 |'].join('\n'));
    expect(figureMap(x)).toMatchObject({ round_tables: 5, monitorings: 8 });
  });
});

describe('a table by territory typed with spaces, its total column first', () => {
  const RU = [
    'Таблица. Мероприятия по территориям (ед.)',
    '',
    '                          ВСЕГО   обл.    г.Усть-  г.Рид-',
    'Показатель                по      уро-    Камено-  дер',
    '                          Совету  вень    горск',
    '--------------------------------------------------------',
    '1. Общественный             12      3       3       1',
    '   мониторинг',
    '2. Публичные слушания        4      1       2       ×',
    '3. Круглые столы             9      4       –       1',
    '--------------------------------------------------------',
  ].join('\n');

  it('reads the total column as the council\'s, a wrapped label whole (ru)', () => {
    const x = reportUnder(RU);
    expect(figureMap(x)).toEqual({ monitorings: 12, public_hearings: 4, round_tables: 9 });
  });

  it('reads a Kazakh table with the total column after the parts (variant)', () => {
    const kk = [
      '                          Өскемен  Риддер   Барлығы',
      'Көрсеткіш                 қ.       қ.',
      '--------------------------------------------------',
      '1. Қоғамдық мониторинг     3        1        7',
      '2. Дөңгелек үстелдер       2        ×        5',
      '--------------------------------------------------',
    ].join('\n');
    expect(figureMap(reportUnder(kk, KK_YEAR))).toEqual({ monitorings: 7, round_tables: 5 });
  });

  it('reads nothing from a table of territories with no total column (near-miss)', () => {
    const parts = [
      '                          обл.    г.Усть-  г.Рид-',
      'Показатель                уро-    Камено-  дер',
      '                          вень    горск',
      '------------------------------------------------',
      '1. Общественный мониторинг  3       3       1',
      '2. Круглые столы            4       –       1',
      '------------------------------------------------',
    ].join('\n');
    expect(figureList(reportUnder(parts))).toEqual([]);
  });
});

describe('a paragraph run in under a title of tasks ahead', () => {
  it('gives no figure of its counts (ru)', () => {
    const x = reportUnder('Проведено 5 мониторингов.\n5. Задачи на II полугодие: провести 6 мониторингов, заслушать отчеты 4 акимов районов.', 'Информация о деятельности Общественного совета за I полугодие 2025 года');
    expect(figureMap(x)).toEqual({ monitorings: 5 });
  });

  it('gives no figure of its counts (kk)', () => {
    const x = reportUnder('5 мониторинг жүргізілді.\nАлдағы міндеттер: 7 мониторинг жүргізу, 3 дөңгелек үстел өткізу.', KK_YEAR);
    expect(figureList(x)).not.toContain('monitorings=7');
    expect(figureList(x)).not.toContain('round_tables=3');
  });

  it('still reads a run-in title of work done (near-miss)', () => {
    const x = reportUnder('3. Итоги работы: проведено 6 мониторингов.');
    expect(figureMap(x)).toMatchObject({ monitorings: 6 });
  });
});

describe('a questionnaire pasted into a letter: the question on its line, the bare answer on the next', () => {
  const Q3_RU = 'АНКЕТА-ОТЧЕТ о деятельности общественного совета за III квартал 2025 года';
  const RU = [
    '1. Количество членов общественного совета (на конец отчетного периода):',
    '25',
    '',
    '1.1. из них представителей гражданского общества:',
    '17',
    '',
    '4. Проведено заседаний общественного совета:',
    '2 (23.07.2025 – выездное, г. Темиртау; 17.09.2025)',
    '',
    '5. Проведено заседаний президиума:',
    '-',
    '',
    '7. Заслушано отчетов руководителей госорганов:',
    '3',
    '',
    '7.2. в т.ч. акимов районов/городов:',
    '1 (аким г. Темиртау, 23.07.2025)',
    '',
    '11. Проведено круглых столов / диалоговых площадок:',
    '1 / 2',
    '',
    '14. Направлено писем в госорганы / получено ответов:',
    '22 / 19',
    '',
    '15. Публикаций в СМИ и соцсетях:',
    'около 60',
  ].join('\n');

  it('reads each answer with its question, a sub-question under its question, never the numbers (ru)', () => {
    const x = reportUnder(RU, Q3_RU);
    expect(figureMap(x)).toEqual({
      members_total: 25, members_civil: 17, general_meetings: 2, report_hearings: 3, district_akimats_heard: 1,
      round_tables: 1, dialog_platforms: 2, letters_sent: 22, letters_answered: 19,
    });
  });

  it('reads a Kazakh questionnaire (kk)', () => {
    const kk = ['1. Кеңес мүшелерінің саны:', '21', '', '2. Кеңес отырыстары:', '3', '', '3. Дөңгелек үстелдер:', '2 (12.08.2025)'].join('\n');
    expect(figureMap(reportUnder(kk, 'Қоғамдық кеңестің 2025 жылғы III тоқсандағы жұмысы туралы ақпарат'))).toMatchObject({ members_total: 21, general_meetings: 3, round_tables: 2 });
  });

  it('reads no plan, no dash, no approximate answer as a figure (near-miss)', () => {
    const near = ['5. Проведено заседаний президиума:', '-', '', '13. План на IV квартал:', '3', '', '15. Публикаций в СМИ и соцсетях:', 'около 60'].join('\n');
    const x = reportUnder(near, Q3_RU);
    expect(figureList(x)).toEqual([]);
  });
});
