/**
 * The table classes behind held-out set 51's table misses and its false value (the transport department's PDF table by
 * commission, whose header gave two columns' names as one run: "Комиссия\tОтырыстар Мониторингтер\tДөңгелек үстелдер\t
 * Жолданған хаттар" over rows of five cells): a header cell of two names the rows' lexicon knows, each opening with a
 * capital, is two columns when that brings the header to the rows' width — the total row then gives the council's
 * figures. (The PDF side — the total row not joined to the paragraph under it, a label over three lines — is
 * tests/unit/readers/readPdfTextCountRows.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';

const KK = 'Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп\n\n';
const RU = 'Отчет о деятельности Общественного совета за 2025 год\n\n';
const figures = (text: string) => Object.fromEntries(parseReport(text).figures.map((f) => [f.metric, f.value]));
/** A table as a PDF's text layer gives it: cells apart by tabs. */
const tabs = (rows: string[][]) => `${rows.map((r) => r.join('\t')).join('\n')}\n`;

describe('a header cell of two columns\' names run together, over rows one cell wider', () => {
  it('kk (transport department, set 51): "Отырыстар Мониторингтер" is two columns; the total row last is the council\'s', () => {
    const text = `${KK}3. Комиссиялардың жұмысы. Комиссиялар бөлінісіндегі көрсеткіштер кестеде берілген.\n\n${tabs([
      ['Комиссия', 'Отырыстар Мониторингтер', 'Дөңгелек үстелдер', 'Жолданған хаттар'],
      ['Жолаушылар тасымалы жөніндегі комиссия', '4', '3', '1', '5'],
      ['Автомобиль жолдары және жол қауіпсіздігі жөніндегі комиссия', '3', '2', '1', '4'],
      ['Қоғамдық бақылау және азаматтардың өтініштері жөніндегі комиссия', '3', '1', '–', '3'],
      ['Барлығы', '10', '6', '2', '12'],
    ])}Мониторингтер кестесі: 12.02 – Қонаев автостанциясы; 26.03 – Талғар – Алматы бағыты.\n`;
    expect(figures(text)).toMatchObject({ commission_meetings: 10, monitorings: 6, round_tables: 2, letters_sent: 12 });
  });

  it('ru variant: three names in one cell ("Заседания Мониторинги Круглые столы"), the total row "Итого"', () => {
    const text = `${RU}Работа комиссий:\n${tabs([
      ['Комиссия', 'Заседания Мониторинги Круглые столы', 'Направлено писем'],
      ['по социальным вопросам', '5', '3', '1', '4'],
      ['по экономике', '4', '2', '–', '6'],
      ['Итого', '9', '5', '1', '10'],
    ])}`;
    expect(figures(text)).toMatchObject({ commission_meetings: 9, monitorings: 5, round_tables: 1, letters_sent: 10 });
  });

  it('kk variant: the names run together in the last cell ("Дөңгелек үстелдер Жолданған хаттар")', () => {
    const text = `${KK}Комиссиялар бойынша:\n${tabs([
      ['Комиссия', 'Мониторингтер', 'Дөңгелек үстелдер Жолданған хаттар'],
      ['Әлеуметтік комиссия', '3', '1', '5'],
      ['Экономикалық комиссия', '2', '1', '4'],
      ['Барлығы', '5', '2', '9'],
    ])}`;
    expect(figures(text)).toMatchObject({ monitorings: 5, round_tables: 2, letters_sent: 9 });
  });

  it('near miss: a run whose pieces are not all names of columns ("Отырыстар Ескерту") stays whole: the table is not read, nothing false', () => {
    const text = `${KK}Комиссиялар бойынша:\n${tabs([
      ['Комиссия', 'Отырыстар Ескерту', 'Мониторингтер'],
      ['Әлеуметтік комиссия', '4', '3', '1'],
      ['Экономикалық комиссия', '3', '2', '1'],
      ['Барлығы', '7', '5', '2'],
    ])}`;
    const read = figures(text);
    for (const metric of ['commission_meetings', 'general_meetings', 'monitorings']) expect(read).not.toHaveProperty(metric);
  });

  it('near miss: a run split would not bring the header to the rows\' width (one cell short still): left as it is', () => {
    const text = `${RU}Работа комиссий:\n${tabs([
      ['Комиссия', 'Заседания Мониторинги', 'Круглые столы'],
      ['по социальным вопросам', '5', '3', '1', '4', '2'],
      ['по экономике', '4', '2', '–', '6', '1'],
      ['Итого', '9', '5', '1', '10', '3'],
    ])}`;
    const read = figures(text);
    for (const metric of ['commission_meetings', 'monitorings', 'round_tables']) expect(read).not.toHaveProperty(metric);
  });
});

describe('a table typed in fixed-width columns, its header cells over lines above and below its fullest line, its labels wrapped at the margin', () => {
  // The transport department's table as its PDF's text reads when copied with its layout (pdftotext -layout, a fixed font).
  const KK_TABLE = `3. Комиссиялардың жұмысы. Комиссиялар бөлінісіндегі көрсеткіштер:

                                                             Дөңгелек    Жолданған
        Комиссия                 Отырыстар   Мониторингтер
                                                             үстелдер      хаттар
Жолаушылар тасымалы жөніндегі
комиссия                             4             3             1             5
Автомобиль жолдары және жол
қауіпсіздігі жөніндегі комиссия      3             2             1             4
Қоғамдық бақылау және
азаматтардың өтініштері жөніндегі    3             1             –             3
комиссия
Барлығы                             10             6             2            12
Мониторингтер кестесі: 12.02 – Қонаев автостанциясы; 26.03 – Талғар – Алматы бағыты.
`;
  const RU_TABLE = `Работа комиссий:

                                        Общественные   Круглые    Направлено
Комиссия                      Заседания   мониторинги    столы      писем
по социальным вопросам            6             4           1             7
по вопросам экономики и
предпринимательства               5             3           2             5
по вопросам законности,           4             2           -             6
правопорядка и обращений
граждан
Итого                            15             9           3            18

Обращения. В Совет поступило 21 обращение.
`;

  it('kk: "Дөңгелек" / "үстелдер" over and under the header\'s line are one header cell; a label over two lines and over three is its row\'s', () => {
    expect(figures(`${KK}${KK_TABLE}`)).toMatchObject({ commission_meetings: 10, monitorings: 6, round_tables: 2, letters_sent: 12 });
  });

  it('ru variant: the header\'s first lines above it only, commissions\' names in lower case wrapped before and after their counts', () => {
    expect(figures(`${RU}${RU_TABLE}`)).toMatchObject({ commission_meetings: 15, monitorings: 9, round_tables: 3, letters_sent: 18 });
  });

  it('near miss: a line at the margin naming a metric over rows in lower case heads them, it is no label\'s first half', () => {
    const text = `${RU}Показатель                        2025 г.\nЗаседания комиссий\nпо социальным вопросам               4\nпо экономике                         5\n\n`;
    expect([4, 5]).not.toContain(figures(text).commission_meetings);
  });

  it('near miss: a sentence set in above a header of one line, ending in a colon, is no header line: the header\'s names stay as they are', () => {
    const text = `${KK}            Комиссиялар бойынша көрсеткіштер:
Комиссия              Отырыстар   Мониторингтер   Дөңгелек үстелдер
Әлеуметтік комиссия           4               3                   1
Экономикалық комиссия         3               2                   1
Барлығы                       7               5                   2
`;
    expect(figures(text)).toMatchObject({ commission_meetings: 7, monitorings: 5, round_tables: 2 });
  });
});
