/**
 * The table classes behind held-out set 49's false values (Kamysty's Word table by commission with its total row first
 * under a merged "2025 жылы өткізілді / қаралды"; Pavlodar district's quarterly PDF table with its total in the last
 * column and its header run together): a table's total is found by its label wherever it stands — first or last row,
 * first or last column — and is the figure only when its parts, read too, make it; a paragraph about another council
 * ("Для справки: Общественный совет … области") or a later year's tasks ("2026 жылға міндеттер: …") states nothing.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';

const KK = 'Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп\n\n';
const RU = 'Отчет о деятельности Общественного совета за 2025 год\n\n';
const RU_9M = 'ИНФОРМАЦИЯ о деятельности Общественного совета района за 9 месяцев 2025 года\n\n';
const KK_9M = 'Аудандық Қоғамдық кеңестің 2025 жылғы 9 айдағы жұмысы туралы ақпарат\n\n';
const RU_H1 = 'Отчет о деятельности Общественного совета района за I полугодие 2025 года\n\n';
const figures = (text: string) => Object.fromEntries(parseReport(text).figures.map((f) => [f.metric, f.value]));
const candidates = (text: string, metric: string) => parseReport(text).candidates.filter((c) => c.metric === metric).map((c) => c.value);
/** A Word table as a .docx reads: each cell on its own line opened by a tab, the table closed by a blank line. */
const word = (rows: string[][]) => `${rows.flat().map((c) => `\t${c}`).join('\n')}\n\n`;
/** A table as a PDF's text layer gives it: cells apart by tabs, a header's merged cells run together. */
const tabs = (rows: string[][]) => `${rows.map((r) => r.join('\t')).join('\n')}\n`;

describe('a Word table by commission under a merged "done in the period" header, the total row found by its label', () => {
  const KAMYSTY = word([
    ['Комиссия', '2025 жылы өткізілді / қаралды', '', '', ''],
    ['', 'отырыстар', 'мониторингтер', 'дөңгелек үстелдер', 'өтініштер'],
    ['Барлығы', '10', '5', '2', '22'],
    ['Әлеуметтік мәселелер жөніндегі комиссия', '4', '2', '1', '9'],
    ['Экономика, ауыл шаруашылығы және кәсіпкерлік жөніндегі комиссия', '3', '2', '1', '8'],
    ['Заңдылық және қоғамдық бақылау жөніндегі комиссия', '3', '1', '–', '5'],
  ]);
  const lead = 'Кеңестің мониторингтері, дөңгелек үстелдері және азаматтардың өтініштерін қарау толығымен тұрақты комиссиялар арқылы жүргізілді. Комиссиялар бөлінісіндегі көрсеткіштер:\n';

  it('kk (Kamysty): the total row first is the council\'s; the commissions\' rows are parts', () => {
    expect(figures(`${KK}${lead}${KAMYSTY}`)).toMatchObject({ commission_meetings: 10, monitorings: 5, round_tables: 2 });
    // "қаралды" (considered) over "өтініштер": the appeals considered, which are not those received.
    expect(figures(`${KK}${lead}${KAMYSTY}`)).not.toHaveProperty('appeals_received');
  });
  it('ru variant: "Проведено в 2025 году" over the metrics, the total row last ("Итого"), "-" and an empty cell for none', () => {
    const text = `${RU}Работа комиссий:\n${word([
      ['Комиссия', 'Проведено в 2025 году', '', ''],
      ['', 'заседания', 'мониторинги', 'круглые столы'],
      ['по социальным вопросам', '4', '3', '-'],
      ['по экономике', '5', '', '1'],
      ['Итого', '9', '3', '1'],
    ])}`;
    expect(figures(text)).toMatchObject({ commission_meetings: 9, monitorings: 3, round_tables: 1 });
  });
  it('kk variant: "0" for none, the total row in the middle of nowhere but named "Жиыны"', () => {
    const text = `${KK}Комиссиялардың жұмысы:\n${word([
      ['Комиссия', '2025 жылы өткізілді', ''],
      ['', 'мониторингтер', 'дөңгелек үстелдер'],
      ['Жиыны', '4', '2'],
      ['Әлеуметтік комиссия', '4', '0'],
      ['Экономикалық комиссия', '0', '2'],
    ])}`;
    expect(figures(text)).toMatchObject({ monitorings: 4, round_tables: 2 });
  });
  it('near-miss: a total row its parts do not make gives candidates with the reason, not figures', () => {
    const text = `${KK}${lead}${KAMYSTY.replace('\t5\n\t2\n\t22', '\t6\n\t2\n\t22')}`;
    expect(figures(text).monitorings).toBeUndefined();
    expect(candidates(text, 'monitorings')).toEqual([6]);
    expect(parseReport(text).candidates.find((c) => c.metric === 'monitorings')?.why).toMatch(/not the sum of its parts \(5\)/u);
    // The columns that add up are still the council's.
    expect(figures(text)).toMatchObject({ commission_meetings: 10, round_tables: 2 });
  });
  it('near-miss: a span of another year ("2024 жылы өткізілді") or of the plan ("Жоспар") over the metrics gives nothing', () => {
    const other = `${KK}${lead}${KAMYSTY.replace('2025 жылы өткізілді / қаралды', '2024 жылы өткізілді')}`;
    const plan = `${KK}${lead}${KAMYSTY.replace('2025 жылы өткізілді / қаралды', '2025 жылға жоспар')}`;
    for (const text of [other, plan]) expect(figures(text)).not.toHaveProperty('monitorings');
  });
});

describe('a quarterly table read from a PDF, its merged header run together, the total column found by its label', () => {
  const PAVLODAR = tabs([
    ['Показатель', '2025 год I кв. II кв. III кв.', 'Итого за 9 мес.'],
    ['Заседания Общественного совета', '1', '2', '1', '4'],
    ['Заседания президиума', '1', '1', '–', '2'],
    ['Общественный мониторинг', '1', '3', '2', '6'],
    ['Круглые столы', '–', '1', '1', '2'],
  ]);
  it('ru (Pavlodar): the last column is the period\'s; the quarters, "–" for none, are parts', () => {
    expect(figures(`${RU_9M}2. Основные показатели работы (по кварталам)\n${PAVLODAR}Примечание: «–» – мероприятие в квартале не проводилось.\n`))
      .toMatchObject({ general_meetings: 4, presidium_meetings: 2, monitorings: 6, round_tables: 2 });
  });
  it('kk variant: the total column FIRST ("9 ай барлығы"), the quarters after it', () => {
    const text = `${KK_9M}${tabs([
      ['Көрсеткіш', '9 ай барлығы', '2025 жыл І тоқсан ІІ тоқсан ІІІ тоқсан'],
      ['Кеңес отырыстары', '4', '1', '2', '1'],
      ['Мониторингтер', '5', '2', '-', '3'],
    ])}`;
    expect(figures(text)).toMatchObject({ general_meetings: 4, monitorings: 5 });
  });
  it('ru variant: a half-year\'s Word table of months with "Всего" last, an empty cell for none', () => {
    const text = `${RU_H1}${word([
      ['Показатель', 'Январь', 'Февраль', 'Март', 'Апрель', 'Май', 'Июнь', 'Всего'],
      ['Заседания Общественного совета', '1', '', '1', '', '1', '', '3'],
      ['Общественный мониторинг', '', '1', '1', '1', '', '1', '4'],
    ])}`;
    expect(figures(text)).toMatchObject({ general_meetings: 3, monitorings: 4 });
  });
  it('near-miss: a total its quarters do not make is a candidate; the rows that add up stay', () => {
    const text = `${RU_9M}${PAVLODAR.replace('Круглые столы\t–\t1\t1\t2', 'Круглые столы\t–\t1\t1\t3')}`;
    expect(figures(text).round_tables).toBeUndefined();
    expect(candidates(text, 'round_tables')).toEqual([3]);
    expect(figures(text)).toMatchObject({ general_meetings: 4, monitorings: 6 });
  });
  it('near-miss: quarters only, no total column: no figure, no quarter\'s cell read as the period\'s', () => {
    const text = `${RU_9M}${tabs([
      ['Показатель', '2025 год I кв. II кв. III кв.'],
      ['Заседания Общественного совета', '1', '2', '1'],
      ['Круглые столы', '–', '1', '1'],
    ])}`;
    expect(figures(text)).not.toHaveProperty('general_meetings');
    expect(figures(text)).not.toHaveProperty('round_tables');
  });
});

describe('a table by period, a row per quarter and the total row found by its label', () => {
  const rows = (total: string[], first: boolean) => {
    const quarters = [['I кв.', '1', '2'], ['II кв.', '2', '–'], ['III кв.', '1', '3']];
    return word([['Период', 'Заседания Совета', 'Мониторинги'], ...(first ? [total, ...quarters] : [...quarters, total])]);
  };
  it('ru: "Итого" last in a nine months\' report is the period\'s', () => {
    expect(figures(`${RU_9M}${rows(['Итого', '4', '5'], false)}`)).toMatchObject({ general_meetings: 4, monitorings: 5 });
  });
  it('kk variant: "Барлығы" first', () => {
    const text = `${KK_9M}${word([['Кезең', 'Кеңес отырыстары', 'Мониторингтер'], ['Барлығы', '4', '5'], ['І тоқсан', '1', '2'], ['ІІ тоқсан', '2', '0'], ['ІІІ тоқсан', '1', '3']])}`;
    expect(figures(text)).toMatchObject({ general_meetings: 4, monitorings: 5 });
  });
  it('near-miss: a total row its quarters do not make: that column a candidate', () => {
    const text = `${RU_9M}${rows(['Итого', '4', '7'], true)}`;
    expect(figures(text)).toMatchObject({ general_meetings: 4 });
    expect(figures(text).monitorings).toBeUndefined();
    expect(candidates(text, 'monitorings')).toEqual([7]);
  });
});

describe('a paragraph that states nothing of the council\'s period, opened by its run-in title', () => {
  it('ru (Pavlodar): "Для справки:" about the oblast\'s council gives nothing', () => {
    const text = `${RU_9M}Проведено 4 заседания Совета.\nДля справки: Общественный совет Павлодарской области за 9 месяцев провёл 9 заседаний, в том числе 1 выездное в Павлодарском районе.\n`;
    expect(figures(text).general_meetings).toBe(4);
    expect(candidates(text, 'general_meetings')).toEqual([]);
  });
  it('kk variant: "Анықтама үшін:" about the oblast council, and a table under it', () => {
    const text = `${KK_9M}Кеңестің 4 отырысы өткізілді.\nАнықтама үшін: облыстық қоғамдық кеңестің көрсеткіштері:\n${tabs([['Көрсеткіш', '9 ай'], ['Кеңес отырыстары', '9'], ['Мониторингтер', '12']])}\n`;
    expect(figures(text)).toMatchObject({ general_meetings: 4 });
    expect(figures(text)).not.toHaveProperty('monitorings');
  });
  it('near-miss: an oblast\'s own report keeps its "Для справки:" about itself; a note about the council itself is weighed', () => {
    const own = 'Отчет о деятельности Общественного совета Павлодарской области за 2025 год\n\nДля справки: Общественный совет Павлодарской области провёл 9 заседаний.\n';
    expect(figures(own).general_meetings).toBe(9);
  });
  it('kk (Kamysty): "2026 жылға міндеттер:" states next year\'s tasks, not counts', () => {
    const text = `${KK}Кеңестің 5 отырысы өткізілді.\n2026 жылға міндеттер: 6 отырыс, 6 мониторинг, 3 дөңгелек үстел өткізу; Кеңестің Telegram-арнасын ашу.\n`;
    expect(figures(text)).toEqual({ general_meetings: 5 });
  });
  it('ru variant: "Задачи на 2026 год:" and "План на 2026 год –"', () => {
    for (const head of ['Задачи на 2026 год:', 'План на 2026 год –']) {
      expect(figures(`${RU}Проведено 5 заседаний Совета.\n${head} провести 6 мониторингов и 3 круглых стола.\n`)).toEqual({ general_meetings: 5 });
    }
  });
  it('near-miss: the plan of the report\'s own year ("План на 2025 год: …") is not blanked: the sentence grammar weighs it', () => {
    expect(candidates(`${RU}План на 2025 год: проведено 4 мониторинга.\n`, 'monitorings')).toEqual([4]);
  });
});

describe('a table of another body under its caption gives nothing', () => {
  const rows = tabs([['Показатель', 'За 9 месяцев'], ['Заседания Общественного совета', '9'], ['Общественный мониторинг', '12']]);
  it('ru: "Показатели Общественного совета Павлодарской области …:" in a district\'s report', () => {
    expect(figures(`${RU_9M}Проведено 4 заседания Совета.\n\nПоказатели Общественного совета Павлодарской области за 9 месяцев 2025 года:\n${rows}\nКонец.\n`)).toEqual({ general_meetings: 4 });
  });
  it('kk variant: "Аудандық мәслихаттың 2025 жылғы жұмысы:" over a Word table', () => {
    const text = `${KK}Кеңестің 4 отырысы өткізілді.\n\nАудандық мәслихаттың 2025 жылғы жұмысы:\n${word([['Көрсеткіш', '2025 жыл'], ['Сессиялар', '9'], ['Мониторингтер', '12'], ['Дөңгелек үстелдер', '3']])}Соңы.\n`;
    expect(figures(text)).toEqual({ general_meetings: 4 });
  });
  it('near-miss: the council\'s own caption, and an oblast council\'s own report, are read', () => {
    expect(figures(`${RU_9M}Показатели Общественного совета за 9 месяцев 2025 года:\n${rows}`)).toMatchObject({ general_meetings: 9, monitorings: 12 });
    const oblast = 'Отчет Общественного совета Павлодарской области за 9 месяцев 2025 года\n\nПоказатели Общественного совета Павлодарской области за 9 месяцев 2025 года:\n';
    expect(figures(`${oblast}${rows}`)).toMatchObject({ general_meetings: 9, monitorings: 12 });
  });
});
