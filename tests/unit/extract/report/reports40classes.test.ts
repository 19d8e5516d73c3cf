/**
 * Classes of set 40's reports (PDF and Word layouts): a table whose columns are years ("№ | Показатель | 2024 год |
 * 2025 год | Изменение") gives the report's year's column or nothing — a row whose label ends in a unit of no count
 * (", %", ", тыс.") is no reason to refuse the column, and a table of year columns that cannot be read leaves no row
 * number for the sentence grammar (flattenFigureTables); "Введено в состав Совета новых членов", "Публикации … в СМИ и
 * социальных сетях" as row labels (lexicon/tableRows.json); Kazakh "тоқсанда" (in the quarter) before a number word is
 * no ninety to add to it ("тоқсанда екі" is 2, not 92: grammar/findCounts.ts); a Word table of dated events
 * ("Р/с | Айы | Өткізілген күні | Іс-шараның атауы", the month cell merged down) read row by row, each of the kind its
 * title names (readDatedTables over wordCellTables); drafts received for expertise whose approved and remarked parts
 * make up their number, or all approved without remarks, or one of two approved and the other remarked, are the drafts
 * reviewed (allOfReceived); "… – всего 4
 * отчёта" after the bodies heard, "3 мемлекеттік орган мен ұйым басшысының есебі тыңдалды", "9-ы үкіметтік емес
 * ұйымдар мен азаматтық қоғам өкілдері" (lexicon/figures.json); a row "Семинары, обучающие мероприятия для членов
 * Совета" (lexicon/tableRows.json).
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';
import { findCounts } from '../../../../sources/extract/grammar/findCounts.ts';
import { readDatedTables } from '../../../../sources/extract/report/readDatedTables.ts';

const ruTitle = 'СРАВНИТЕЛЬНЫЕ ПОКАЗАТЕЛИ деятельности Общественного совета за 2025 год\n\n';
const kkTitle = 'Қоғамдық кеңестің 2025 жылғы жұмысы туралы салыстырмалы көрсеткіштер\n\n';
const figure = (text: string, metric: string) => parseReport(text).figures.find((f) => f.metric === metric)?.value;

describe('a table whose columns are years: the report year\'s column or nothing', () => {
  const ru = [
    '№\tПоказатель\t2024 год\t2025 год\tИзменение (+/–)',
    '1\tЧисленность членов Общественного совета на конец года, чел.\t15\t17\t+2',
    '1.1\tиз них: представители гражданского общества (НПО, граждане)\t11\t12\t+1',
    '2\tВведено в состав Совета новых членов\t1\t3\t+2',
    '5\tПроведено заседаний Общественного совета\t5\t6\t+1',
    '6\tПроведено заседаний президиума\t—\t2\t—',
    '11\tКруглые столы\t2\t2\t0',
    '12\tСеминары, тренинги\t0\t1\t+1',
    '17\tДоля обращений с ответом, %\t100\t94,7\t–5,3 п.п.',
    '20\tПубликации о деятельности Совета в СМИ и социальных сетях\t58\t74\t+16',
    '21\tОхват публикаций (просмотры), тыс.\t21,5\t33,8\t+12,3',
  ];
  it('ru: the 2025 column is read, rows of a share or of thousands are no one\'s, row numbers never counts', () => {
    const text = `${ruTitle}${ru.join('\n')}\n\nСекретарь.\n`;
    expect(figure(text, 'members_total')).toBe(17);
    expect(figure(text, 'members_civil')).toBe(12);
    expect(figure(text, 'members_joined')).toBe(3);
    expect(figure(text, 'general_meetings')).toBe(6);
    expect(figure(text, 'presidium_meetings')).toBe(2);
    expect(figure(text, 'round_tables')).toBe(2);
    expect(figure(text, 'seminars')).toBe(1);
    expect(figure(text, 'publications')).toBe(74);
  });
  it('kk: a Kazakh table "Көрсеткіш | 2024 жыл | 2025 жыл | Өзгеріс" with a row of "%" and one of "мың"', () => {
    const kk = [
      '№\tКөрсеткіш\t2024 жыл\t2025 жыл\tӨзгеріс',
      '1\tКеңес отырыстары\t5\t6\t+1',
      '2\tҚоғамдық мониторинг\t4\t7\t+3',
      '3\tЖауап берілген өтініштер үлесі, %\t100\t92,3\t–7,7',
      '4\tҚаралымдар, мың\t12,5\t20,1\t+7,6',
      '5\tДөңгелек үстелдер\t2\t3\t+1',
    ];
    const text = `${kkTitle}${kk.join('\n')}\n\nХатшы.\n`;
    expect(figure(text, 'general_meetings')).toBe(6);
    expect(figure(text, 'monitorings')).toBe(7);
    expect(figure(text, 'round_tables')).toBe(3);
  });
  it('variant: the report\'s year first, last year after it, a unit "(%)" in brackets', () => {
    const rows = ['№\tПоказатель\t2025 г.\t2024 г.', '1\tЗаседания Общественного совета\t7\t5', '2\tМониторинги\t9\t4', '3\tИсполнение плана (%)\t96,5\t100'];
    const text = `ОТЧЕТ О РАБОТЕ ОБЩЕСТВЕННОГО СОВЕТА ЗА 2025 ГОД\n\n${rows.join('\n')}\n\nСекретарь.\n`;
    expect(figure(text, 'general_meetings')).toBe(7);
    expect(figure(text, 'monitorings')).toBe(9);
  });
  it('near-miss: a year-column table whose cells cannot be read gives nothing, never a row number', () => {
    // Decimals in both year columns in a row of no unit: no column is one of counts; the rows' numbers (5, 9, 11) are not read.
    const rows = ['№\tПоказатель\t2024 год\t2025 год\tИзменение', '5\tПроведено заседаний Общественного совета\t5\t6\t+1', '9\tПроведено общественных мониторингов\t4,5\t6,5\t+2', '11\tКруглые столы\t2\t2\t0'];
    const text = `${ruTitle}${rows.join('\n')}\n\nСекретарь.\n`;
    expect(figure(text, 'general_meetings')).toBeUndefined();
    expect(figure(text, 'monitorings')).toBeUndefined();
    expect(figure(text, 'round_tables')).toBeUndefined();
  });
  it('near-miss: a label ending in "чел." or "(НПО, граждане)" is a count, its row kept', () => {
    const rows = ['№\tПоказатель\t2024 год\t2025 год', '1\tЧисленность членов Общественного совета, чел.\t15\t17', '2\tПроведено заседаний Общественного совета\t5\t6'];
    const text = `${ruTitle}${rows.join('\n')}\n\nСекретарь.\n`;
    expect(figure(text, 'members_total')).toBe(17);
  });
});

describe('Kazakh "тоқсан" (a quarter) before a number word is no ninety', () => {
  it('kk: "тоқсанда екі бөлім басшысының есебі тыңдалды" is 2 report hearings, not 92', () => {
    const text = 'Қоғамдық кеңестің 2025 жылғы ІІІ тоқсанда атқарған жұмысы туралы ақпарат\n\nОсылайша тоқсанда екі бөлім басшысының есебі тыңдалды.\n';
    expect(figure(text, 'report_hearings')).toBe(2);
    expect(findCounts('Осылайша тоқсанда екі бөлім').map((c) => c.value)).toEqual([2]);
  });
  it('variant: "тоқсан ішінде үш мониторинг", "есепті тоқсан бес отырыс" read the number alone', () => {
    expect(findCounts('тоқсан ішінде үш мониторинг').map((c) => c.value)).toEqual([3]);
    expect(findCounts('есепті тоқсан бес отырыс').map((c) => c.value)).toEqual([5]);
  });
  it('ru: a Russian "девяносто два" is still 92; near-miss: a bare Kazakh "тоқсан екі" (ninety-two) is 92', () => {
    expect(findCounts('поступило девяносто два обращения').map((c) => c.value)).toEqual([92]);
    expect(findCounts('барлығы тоқсан екі өтініш').map((c) => c.value)).toEqual([92]);
  });
});

describe('a Word table of dated events, its month merged down, the kind in the title', () => {
  const cells = (rows: string[][]) => rows.flat().map((c) => `\t${c}`);
  it('kk: "Р/с | Айы | Өткізілген күні | Іс-шараның атауы | Жауаптылар": each row of the kind its title names', () => {
    const lines = cells([
      ['Р/с', 'Айы', 'Өткізілген күні', 'Іс-шараның атауы', 'Жауаптылар'],
      ['1', 'Қаңтар', '29.01.2025', 'Қоғамдық кеңестің отырысы', 'Кеңес төрағасы'],
      ['2', 'Ақпан', '12.02.2025', 'Ауруханада дәрі-дәрмекпен қамтамасыз етуге қоғамдық мониторинг', 'Әлеуметтік комиссия'],
      ['3', '', '26.02.2025', 'Білім бөлімі басшысының есебін тыңдау', 'Кеңес хатшысы'],
      ['4', 'Наурыз', '13.03.2025', 'Жер пайдалану тақырыбында дөңгелек үстел', 'Экономика комиссиясы'],
    ]);
    const found = readDatedTables(['Іс-шаралар кестесі', ...lines, '\tБарлығы: 4 іс-шара', ''], 2025, []);
    expect(found.map((a) => `${a.type} ${a.date_start}`)).toEqual(['monitoring 2025-02-12', 'report_hearing 2025-02-26', 'round_table 2025-03-13']);
  });
  it('ru: "№ | Месяц | Дата проведения | Наименование мероприятия | Ответственные"', () => {
    const lines = cells([
      ['№', 'Месяц', 'Дата проведения', 'Наименование мероприятия', 'Ответственные'],
      ['1', 'Февраль', '12.02.2025', 'Общественный мониторинг качества питания в школах', 'Комиссия по социальным вопросам'],
      ['2', '', '20.02.2025', 'Круглый стол «Занятость молодёжи»', 'Секретарь'],
      ['3', 'Март', '05.03.2025', 'Заседание Общественного совета', 'Председатель'],
    ]);
    const found = readDatedTables(['План', ...lines, ''], 2025, []);
    expect(found.map((a) => `${a.type} ${a.date_start}`)).toEqual(['monitoring 2025-02-12', 'round_table 2025-02-20']);
  });
  it('near-miss: a Word table of counts with no date column gives no activity', () => {
    const lines = cells([['№', 'Наименование мероприятия', 'Количество'], ['1', 'Общественный мониторинг', '5'], ['2', 'Круглые столы', '3']]);
    expect(readDatedTables(['Таблица', ...lines, ''], 2025, [])).toEqual([]);
  });
});

describe('drafts received for expertise, all of them given a conclusion: the drafts reviewed', () => {
  const ru = 'ОТЧЁТ о деятельности Общественного совета за 2025 год\n\n';
  it('ru: "поступило 9 проектов НПА. По 6 … без замечаний, по 3 направлены замечания" is 9 reviewed', () => {
    const text = `${ru}На общественную экспертизу поступило 9 проектов нормативных правовых актов. По 6 проектам дано положительное заключение без замечаний, по 3 направлены замечания и предложения.\n`;
    expect(figure(text, 'npa_reviewed')).toBe(9);
  });
  it('variant: "поступило 3 проекта НПА, все три одобрены без замечаний" is 3 reviewed; no number of remarks (session 30\'s convention)', () => {
    const text = `${ru}На общественную экспертизу поступило 3 проекта нормативных правовых актов, все три одобрены без замечаний.\n`;
    expect(figure(text, 'npa_reviewed')).toBe(3);
    expect(figure(text, 'npa_with_remarks')).toBeUndefined();
  });
  it('kk: "Кеңеске 5 нормативтік құқықтық акт жобасы келіп түсті: 3-еуі ескертусіз мақұлданды, 2-еуіне ескертулер берілді"', () => {
    const text = 'Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп\n\nКеңеске қоғамдық сараптамаға 5 нормативтік құқықтық акт жобасы келіп түсті. Оның 3-еуі ескертусіз мақұлданды, 2 жоба бойынша ескертулер жіберілді.\n';
    const x = parseReport(text);
    const approved = x.figures.find((f) => f.metric === 'npa_approved')?.value;
    const remarks = x.figures.find((f) => f.metric === 'npa_with_remarks')?.value;
    expect(figure(text, 'npa_reviewed')).toBe(approved !== undefined && remarks !== undefined && approved + remarks === 5 ? 5 : undefined);
  });
  it('kk: of two, "біреуі ескертусіз мақұлданды, екіншісі бойынша ескертулер … жіберілді": 2 reviewed, 1 with remarks', () => {
    const text = 'Қоғамдық кеңестің 2025 жылғы ІІІ тоқсанда атқарған жұмысы туралы ақпарат\n\nКеңеске қоғамдық сараптамаға 2 нормативтік құқықтық акт жобасы келіп түсті: біреуі ескертусіз мақұлданды, екіншісі бойынша ескертулер мен ұсыныстар жіберілді.\n';
    expect(figure(text, 'npa_reviewed')).toBe(2);
    expect(figure(text, 'npa_with_remarks')).toBe(1);
  });
  it('ru variant: "поступило 2 проекта НПА: один одобрен без замечаний, по второму направлены замечания"', () => {
    const text = `${ru}На общественную экспертизу поступило 2 проекта НПА: один одобрен без замечаний, по второму направлены замечания.\n`;
    expect(figure(text, 'npa_reviewed')).toBe(2);
    expect(figure(text, 'npa_with_remarks')).toBe(1);
  });
  it('near-miss: "один одобрен без замечаний, второй отклонён" gives no reviewed count', () => {
    const text = `${ru}На общественную экспертизу поступило 2 проекта НПА: один одобрен без замечаний, второй отклонён.\n`;
    expect(figure(text, 'npa_reviewed')).toBeUndefined();
    expect(figure(text, 'npa_with_remarks')).toBeUndefined();
  });
  it('near-miss: the parts short of the number received (one pending) give no reviewed count', () => {
    const text = `${ru}На общественную экспертизу поступило 9 проектов нормативных правовых актов. По 6 проектам дано положительное заключение без замечаний, по 2 направлены замечания, 1 проект на рассмотрении.\n`;
    expect(figure(text, 'npa_reviewed')).toBeUndefined();
    const some = `${ru}На общественную экспертизу поступило 3 проекта нормативных правовых актов, два одобрены без замечаний.\n`;
    expect(figure(some, 'npa_reviewed')).toBeUndefined();
  });
});

describe('report hearings said after the bodies heard, and of bodies of two kinds', () => {
  it('ru: "Совет заслушал руководителей ГУ … (13 февраля), … и директора КГП … (25 сентября) – всего 3 отчёта"', () => {
    const text = 'ИНФОРМАЦИЯ о деятельности Общественного совета за 9 месяцев 2025 года\n\nСовет заслушал руководителей ГУ «Отдел образования района» (13 февраля), ГУ «Отдел занятости» (24 апреля) и директора КГП «Водное хозяйство» (25 сентября) – всего 3 отчёта. Государственным органам даны 12 рекомендаций.\n';
    expect(figure(text, 'report_hearings')).toBe(3);
    expect(figure(text, 'letters_sent')).toBeUndefined();
  });
  it('kk: "… басшыларының есебін тыңдады – барлығы 2 есеп"; "3 мемлекеттік орган мен ұйым басшысының есебі тыңдалды"', () => {
    const head = 'Қоғамдық кеңестің 2025 жылғы жұмысы туралы ақпарат\n\n';
    expect(figure(`${head}Кеңес аудандық білім бөлімінің (12 ақпан) және ТКШ бөлімінің (5 мамыр) басшыларының есебін тыңдады – барлығы 2 есеп.\n`, 'report_hearings')).toBe(2);
    expect(figure(`${head}Жыл ішінде 3 мемлекеттік орган мен ұйым басшысының есебі тыңдалды.\n`, 'report_hearings')).toBe(3);
  });
  it('near-miss: "всего 12 рекомендаций" after a hearing, "барлығы 5 отырыс" are no report hearings', () => {
    const text = 'ИНФОРМАЦИЯ о деятельности Общественного совета за 2025 год\n\nСовет заслушал руководителя отдела образования – всего 12 рекомендаций направлено.\n';
    expect(figure(text, 'report_hearings')).toBeUndefined();
  });
});

describe('the civil members counted before the organisations and the public they come from', () => {
  it('kk: "оның 9-ы үкіметтік емес ұйымдар мен азаматтық қоғам өкілдері"', () => {
    const text = 'Қоғамдық кеңестің 2025 жылғы жұмысы туралы ақпарат\n\nКеңестің құрамы 13 мүшеден тұрады, оның 9-ы үкіметтік емес ұйымдар мен азаматтық қоғам өкілдері, 4-еуі мемлекеттік органдардың өкілдері.\n';
    expect(figure(text, 'members_civil')).toBe(9);
    expect(figure(text, 'members_state')).toBe(4);
  });
  it('ru: "17 членов, из них 12 – представители некоммерческих организаций и граждан"', () => {
    const text = 'ОТЧЁТ о деятельности Общественного совета за 2025 год\n\nВ состав Совета входят 17 членов, из них 12 – представители некоммерческих организаций и граждан, 5 – представители государственных органов.\n';
    expect(figure(text, 'members_civil')).toBe(12);
  });
  it('near-miss: "9 үкіметтік емес ұйым өкілдерімен кездесу өтті" is a meeting with them, no members', () => {
    const text = 'Қоғамдық кеңестің 2025 жылғы жұмысы туралы ақпарат\n\nЖыл ішінде 9 үкіметтік емес ұйым өкілдерімен кездесу өтті.\n';
    expect(figure(text, 'members_civil')).toBeUndefined();
  });
});

describe('a row of seminars with their audience and kind', () => {
  const cells = (rows: string[][]) => rows.flat().map((c) => `\t${c}`).join('\n');
  it('ru: "Семинары, обучающие мероприятия для членов Совета | 2" in a two-column Word table', () => {
    const text = `ОТЧЁТ о деятельности Общественного совета за 2025 год\n\n${cells([['Наименование мероприятия', 'Количество'], ['Заседания Общественного совета', '6'], ['Круглые столы', '3'], ['Семинары, обучающие мероприятия для членов Совета', '2'], ['Итого', '11']])}\n\nПредседатель.\n`;
    expect(figure(text, 'seminars')).toBe(2);
    expect(figure(text, 'round_tables')).toBe(3);
  });
  it('kk: "Кеңес мүшелеріне арналған оқыту семинарлары | 2"', () => {
    const text = `Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп\n\n${cells([['Іс-шара атауы', 'Саны'], ['Кеңес отырыстары', '5'], ['Дөңгелек үстелдер', '3'], ['Кеңес мүшелеріне арналған оқыту семинарлары', '2'], ['Барлығы', '10']])}\n\nХатшы.\n`;
    expect(figure(text, 'seminars')).toBe(2);
  });
  it('near-miss: "Семинары для населения и круглые столы" names two kinds: no seminars', () => {
    const text = `ОТЧЁТ о деятельности Общественного совета за 2025 год\n\n${cells([['Наименование мероприятия', 'Количество'], ['Заседания Общественного совета', '6'], ['Семинары и круглые столы', '4'], ['Итого', '10']])}\n\nПредседатель.\n`;
    expect(figure(text, 'seminars')).toBeUndefined();
  });
});
