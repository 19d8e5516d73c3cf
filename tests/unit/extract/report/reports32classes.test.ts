/**
 * Layouts of set 32's reports (issue 12): one indicator table per quarter and none of the whole (report/partTables), a
 * list of KPI lines "план / факт / %" decoded by a legend (report/planOfFact keepKpiFacts), charts saved as their
 * descriptions "[Диаграмма N … Подписи данных …]" (report/chartDescriptions), a none stated under a lettered item "б)"
 * (report/readStatedNone), a count of drafts with remarks in the dative before "оң қорытынды". Russian and Kazakh, a
 * variant each document did not show, and the near-misses that must give no figure.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';

const read = (text: string) => {
  const x = parseReport(text);
  return {
    figures: x.figures.map((f) => `${f.metric}=${f.value}`).sort(),
    candidates: x.candidates.map((c) => `${c.metric}=${c.value}`).sort(),
    media: x.media.map((m) => `${m.platform}=${m.publications}/${m.views}`).sort(),
  };
};

const ROMAN = ['І', 'ІІ', 'ІІІ', 'IV'];
/** One quarter's table: its caption naming the quarter, then two indicator rows. */
const quarter = (n: number, monitorings: number, appeals: number, kk: boolean) =>
  kk
    ? `${n}-кесте. 2025 жылғы ${ROMAN[n - 1]} тоқсан\n\n| № | Көрсеткіш | Саны |\n| 1 | Қоғамдық мониторинг | ${monitorings} |\n| 2 | Түскен өтініштер | ${appeals} |\n`
    : `Таблица ${n}. ${['I', 'II', 'III', 'IV'][n - 1]} квартал 2025 года\n\n| № | Показатель | Кол-во |\n| 1 | Общественный мониторинг | ${monitorings} |\n| 2 | Поступило обращений | ${appeals} |\n`;
const RU_9M = 'Отчет о работе Общественного совета за 9 месяцев 2025 года\n\n';
const KK_9M = 'Қоғамдық кеңестің 2025 жылғы 9 айда атқарған жұмысы туралы\n\n';

describe('a table per quarter: summed when the quarters tile the period, else candidates', () => {
  it('sums three quarter tables of a nine months report (ru)', () => {
    expect(read(`${RU_9M}${quarter(1, 2, 5, false)}\n${quarter(2, 1, 7, false)}\n${quarter(3, 3, 4, false)}`).figures).toEqual(['appeals_received=16', 'monitorings=6']);
  });
  it('sums them in Kazakh, under a heading "ТОҚСАНДЫҚ МӘЛІМЕТТЕР" that names no one quarter: the prose under it is the period\'s', () => {
    const x = read(`${KK_9M}ТОҚСАНДЫҚ МӘЛІМЕТТЕР\nКеңес құрамы – 15 мүше. Кеңесте 3 тұрақты комиссия жұмыс істейді.\n\n${quarter(1, 2, 5, true)}\n${quarter(2, 1, 7, true)}\n${quarter(3, 3, 4, true)}`);
    expect(x.figures).toEqual(['appeals_received=16', 'commissions=3', 'members_total=15', 'monitorings=6']);
  });
  it('sums four quarters of a year (a variant the document did not show)', () => {
    expect(read(`Отчет о работе Общественного совета за 2025 год\n\n${quarter(1, 2, 5, false)}\n${quarter(2, 1, 7, false)}\n${quarter(3, 3, 4, false)}\n${quarter(4, 1, 1, false)}`).figures).toEqual(['appeals_received=17', 'monitorings=7']);
  });
  it('sums a platform told in each quarter\'s note; a part\'s platform counts are never the period\'s alone', () => {
    const table = (n: number, all: number, insta: number, site: number) => `Таблица ${n}. ${['I', 'II'][n - 1]} квартал 2025 года\n\n| № | Показатель | Кол-во | Примечание |\n| 1 | Публикации | ${all} | Instagram – ${insta}, сайт – ${site} |\n`;
    expect(read(`Отчет о работе Общественного совета за 1 полугодие 2025 года\n\n${table(1, 12, 8, 4)}\n${table(2, 15, 10, 5)}`)).toMatchObject({ figures: ['publications=27'], media: ['instagram=18/null', 'website=9/null'] });
    // Two quarters of nine months: nothing summed, no platform figure.
    expect(read(`${RU_9M}${table(1, 12, 8, 4)}\n${table(2, 15, 10, 5)}`)).toEqual({ figures: [], candidates: ['publications=12', 'publications=15'], media: [] });
  });
  it.each([
    ['a quarter missing (a year of three quarters)', `Отчет о работе Общественного совета за 2025 год\n\n${quarter(1, 2, 5, false)}\n${quarter(2, 1, 7, false)}\n${quarter(3, 3, 4, false)}`],
    ['a quarter told twice (kk)', `${KK_9M}${quarter(1, 2, 5, true)}\n${quarter(2, 1, 7, true)}\n${quarter(2, 3, 4, true)}`],
  ])('never sums with %s: the quarters stay candidates', (_name, text) => {
    const x = read(text);
    expect(x.figures).toEqual([]);
    expect(x.candidates).toEqual(['appeals_received=4', 'appeals_received=5', 'appeals_received=7', 'monitorings=1', 'monitorings=2', 'monitorings=3']);
  });
  it('keeps a total the text states for the period over the sum', () => {
    const x = read(`${RU_9M}За 9 месяцев проведено 8 мониторингов.\n\n${quarter(1, 2, 5, false)}\n${quarter(2, 1, 7, false)}\n${quarter(3, 3, 4, false)}`);
    expect(x.figures).toEqual(['appeals_received=16', 'monitorings=8']);
  });
  it('reads a table "по кварталам" with its total column as the year\'s: the caption names a breakdown, no part', () => {
    const x = read('Отчет о работе Общественного совета за 2024 год\n\nТаблица 1. Показатели деятельности Общественного совета в 2024 году (по кварталам)\n\n№\tПоказатель\tI кв.\tII кв.\tIII кв.\tIV кв.\tИтого за 2024 г.\n1\tЗаседания Общественного совета\t2\t1\t1\t2\t6\n2\tПроведено общественных мониторингов\t2\t3\t2\t1\t8\n');
    expect(x.figures).toEqual(['general_meetings=6', 'monitorings=8']);
  });
});

const RU = 'Отчет о выполнении KPI Общественного совета за 2025 год\n\n';
const KK = 'Қоғамдық кеңестің 2025 жылғы KPI орындалуы туралы есеп\n\n';

describe('KPI lines "план / факт / %": the fact, by the legend', () => {
  it.each([
    ['ru, legend ПЛАН / ФАКТ / %', `${RU}Форма записи: показатель, ед. изм. – ПЛАН / ФАКТ / % выполнения\n\n1.1. Заседания Общественного совета, ед. ........ 6 / 7 / 116,7 %\n1.2. Общественный мониторинг, ед. ........ 12 / 14 / 116,7 %\n1.3. Средняя явка членов, % ....... 80 / 84 / 105 %\n`, ['general_meetings=7', 'monitorings=14']],
    ['kk, legend жоспар / нақты / орындалуы', `${KK}Жазу тәртібі: көрсеткіш – жоспар / нақты / орындалуы, %\n\n1. Кеңес отырыстары ........ 6 / 5 / 83,3 %\n2. Қоғамдық мониторинг ........ 10 / 12 / 120 %\n`, ['general_meetings=5', 'monitorings=12']],
    ['the legend in the other order (факт / план)', `${RU}(факт / план)\n\n1. Круглые столы ........ 5 / 4\n2. Общественные слушания ........ 2 / 3\n`, ['public_hearings=2', 'round_tables=5']],
    ['spelled out, on one line and over two', `${RU}2.1. Заслушивание отчетов руководителей госорганов, ед. – план 10;\n     факт 9; выполнение 90 %.\n2.2. Круглые столы, ед. – план 4; факт 5; выполнение 125 %.\n`, ['report_hearings=9', 'round_tables=5']],
    ['no plan set ("– / 41 / –")', `${RU}Форма записи: ПЛАН / ФАКТ / %\n\n3.1. Рассмотрено проектов НПА, ед. ........ – / 41 / –\n`, ['npa_reviewed=41']],
  ])('%s', (_name, text, figures) => {
    expect(read(text).figures).toEqual(figures);
  });
  it('reads the platforms set in under the KPI line of publications as its parts (ru; kk variant)', () => {
    expect(read(`${RU}Форма записи: ПЛАН / ФАКТ / %\n\n5.1. Публикации о деятельности Совета, ед. ......... 150 / 212 / 141,3 %\n     Instagram – 120, Telegram – 64\n`).media).toEqual(['instagram=120/null', 'telegram=64/null']);
    expect(read(`${KK}Жазу тәртібі: жоспар / нақты / %\n\n5. Кеңес қызметі туралы жарияланымдар ......... 100 / 90 / 90 %\n     Instagram – 60, Telegram – 30\n`).media).toEqual(['instagram=60/null', 'telegram=30/null']);
  });
  it('reads a cell named by itself without a legend ("прогноз 4 / факт 5")', () => {
    expect(read(`${RU}2.4. Круглые столы, ед. ....... прогноз 4 / факт 5 / 125 %\n`).figures).toEqual(['round_tables=5']);
  });
  it.each([
    ['no legend: the numbers are not told apart', `${RU}1.1. Заседания Общественного совета, ед. ........ 6 / 7 / 116,7 %\n1.2. Общественный мониторинг, ед. ........ 12 / 14 / 116,7 %\n`, []],
    ['a share that is not the fact over the plan: that line is not the legend\'s order', `${RU}Форма записи: ПЛАН / ФАКТ / %\n\n1.1. Заседания Общественного совета, ед. ........ 7 / 6 / 116,7 %\n1.2. Общественный мониторинг, ед. ........ 12 / 14 / 116,7 %\n`, ['monitorings=14']],
    ['kk, a plan only ("жоспар 6")', `${KK}1. Кеңес отырыстары – жоспар 6.\n`, []],
  ])('never a figure: %s', (_name, text, figures) => {
    expect(read(text).figures).toEqual(figures);
  });
});

const H1 = 'Информация о деятельности Общественного совета за первое полугодие 2025 года\n\n';
const KK_H1 = 'Қоғамдық кеңестің 2025 жылғы бірінші жартыжылдықтағы жұмысы туралы ақпарат\n\n';

describe('chart descriptions "[Диаграмма N …]": the rows they stand for', () => {
  it.each([
    ['ru, grouped bars: the series of the report\'s year, not last year\'s', `${H1}[Диаграмма 2. Заседания, ед. (I полугодие 2024 г. / I полугодие 2025 г.)\n Тип: гистограмма с группировкой.\n Ряд «I пол. 2024»: Совет – 2; президиум – 2; комиссии – 9.\n Ряд «I пол. 2025»: Совет – 3; президиум – 2; комиссии – 11.\n Ось Y: 0, 2, 4, 6, 8, 10, 12.]\n`, ['commission_meetings=11', 'general_meetings=3', 'presidium_meetings=2']],
    ['kk, grouped bars', `${KK_H1}[Диаграмма 1. Отырыстар (2024 ж. / 2025 ж.)\n Түрі: топтастырылған гистограмма.\n Қатар «2024 ж.»: Кеңес – 4; төралқа – 1.\n Қатар «2025 ж.»: Кеңес – 5; төралқа – 3.\n]\n`, ['general_meetings=5', 'presidium_meetings=3']],
    ['ru, a pie with its shares and its total in the centre', `${H1}[Диаграмма 1. Состав Общественного совета на 30.06.2025, чел.\n Тип: круговая. Подписи данных: «Представители НКО и граждане – 18 (85,7 %)»;\n «Представители госорганов – 3 (14,3 %)». В центре: «Всего 21».]\n`, ['members_civil=18', 'members_state=3', 'members_total=21']],
    ['ru, months with the series\' total', `${H1}[Диаграмма 3. Общественный мониторинг по месяцам I полугодия 2025 г., ед.\n Тип: линейчатая. Значения: январь – 1; февраль – 2; март – 1; апрель – 2;\n май – 1; июнь – 0. Заголовок ряда: «Всего: 7».]\n`, ['monitorings=7']],
  ])('%s', (_name, text, figures) => {
    expect(read(text).figures).toEqual(figures);
  });
  it('reads a combined chart\'s publications and views in тыс. per platform', () => {
    expect(read(`${H1}[Диаграмма 7. Публикации по площадкам, ед. и просмотры, тыс.\n Тип: комбинированная.\n Instagram – 31 публ. / 24,6 тыс. просм.; Facebook – 15 публ. / 6,2 тыс.\n просм.]\n`).media).toEqual(['facebook=15/6200', 'instagram=31/24600']);
  });
  it.each([
    ['months without a total: never summed', `${H1}[Диаграмма 3. Общественный мониторинг по месяцам, ед.\n Тип: линейчатая. Значения: январь – 1; февраль – 2; март – 1; апрель – 2;\n май – 1; июнь – 0.]\n`],
    ['series that name no year (plan and fact)', `${H1}[Диаграмма 2. Заседания, ед.\n Тип: гистограмма с группировкой.\n Ряд «План»: Совет – 4; президиум – 2.\n Ряд «Факт»: Совет – 3; президиум – 2.\n]\n`],
    ['the latest series a plan', `${H1}[Диаграмма 2. Заседания, ед.\n Тип: гистограмма.\n Ряд «2025 (факт)»: Совет – 3; президиум – 2.\n Ряд «2026 (план)»: Совет – 6; президиум – 4.\n]\n`],
  ])('never a figure: %s', (_name, text) => {
    expect(read(text).figures).toEqual([]);
  });
});

const KK_YEAR = 'Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп\n\n';
const RU_YEAR = 'Отчет о работе Общественного совета за 2025 год\n\n';

describe('Roman sections with lettered items, figures in Kazakh number words', () => {
  it.each([
    ['kk, a lettered item and "есепті жылы" between the noun and its verb', `${KK_YEAR}   б) Меморандумдар есепті жылы жасалған жоқ.\n`, ['memoranda=0']],
    ['kk, the period first', `${KK_YEAR}   в) Есепті жылы меморандум жасалған жоқ.\n`, ['memoranda=0']],
    ['ru, a lettered item', `${RU_YEAR}   б) Меморандумы в отчетном году не заключались.\n`, ['memoranda=0']],
  ])('a none under a lettered item: %s', (_name, text, figures) => {
    expect(read(text).figures).toEqual(figures);
  });
  it.each([
    ['in words', 'Он бір жоба қаралды, оның тоғызына ескертусіз, екеуіне ескертулермен оң қорытынды берілді.'],
    ['in digits with suffixes', 'НҚА-ның он бір жобасы қаралды, оның 9-ына ескертусіз, 2-еуіне ескертулермен оң қорытынды берілді.'],
  ])('drafts with remarks before "оң қорытынды" (%s)', (_name, sentence) => {
    expect(read(`${KK_YEAR}Нормативтік құқықтық актілердің жобалары. ${sentence}\n`).figures).toEqual(['npa_approved=9', 'npa_reviewed=11', 'npa_with_remarks=2']);
  });
  it('never a none: a lettered item that says what was done', () => {
    expect(read(`${KK_YEAR}   б) Бір меморандум жасалды.\n`).figures).not.toContain('memoranda=0');
  });
});
