/**
 * Classes of set 24 (ru and kk), each with near-misses: a grid of infographic cards whose numbers stand on one line and
 * their captions below (cardGrid.ts); a key figure's dot-leader row whose value is "none held" in words (dotLeaderRows,
 * continuesSentence, readStatedNone); another year with its dash heading a whole list of counts (doubtOfFigure); an
 * absentee who "did not get in touch" (lexicon.json, unexcused); an Excel sheet pasted as semicolon-separated text
 * (semicolonRows.ts), with "Получено ответов" as a row of its own under the letters and "Заслушано отчетов гос. органов";
 * "Кеңес мүшелері (… жағдай бойынша) …… 25" as members; a media table's views in thousands ("182,4 тыс."); "5 отчётов государственных органов заслушано", the verb last;
 * "по 1 проекту (правила …) направлены замечания"; a memorandum "жасалды" / "заключен", dated in brackets;
 * a part of the appeals said to be none ("заңды тұлғалардан өтініш түскен жоқ"); a council "утвержден в составе 17 человек" / "17 адам құрамында бекітілген"; the verb of those present misspelled
 * ("Присуствовали 11 членов").
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const figure = (text: string, metric: string) => parseReport(text).figures.find((f) => f.metric === metric)?.value;
const ruTitle = 'ИТОГИ РАБОТЫ ОБЩЕСТВЕННОГО СОВЕТА ЗА 2025 ГОД\n\n';
const kkTitle = 'ҚОҒАМДЫҚ КЕҢЕСТІҢ 2025 ЖЫЛҒЫ ЖҰМЫСЫ ТУРАЛЫ ЕСЕП\n\n';

describe('a grid of infographic cards: numbers on a line, captions below', () => {
  const ruGrid = `${ruTitle}1. 2025 год в цифрах\n\n6 19 5\n\nзаседаний\tзаседаний постоянных\tотчётов\nОбщественного совета\tкомиссий\tзаслушано\n\n+2 к 2024 году\tв 2024 г. – 15\tв т.ч. 2 – на выездных\n\n\n58\t112\t164\n\nпроектов НПА рассмотрено\tобращений граждан\tпубликации в СМИ и соцсетях\n\nсм. раздел 3\tв срок – 98 %\tохват – 250 тыс.\n\n2. Состав Совета\nРаботают 5 комиссий.\n`;
  it('ru: each number goes with its tab cell, wrapped captions joined', () => {
    expect(figure(ruGrid, 'general_meetings')).toBe(6);
    expect(figure(ruGrid, 'commission_meetings')).toBe(19);
    expect(figure(ruGrid, 'npa_reviewed')).toBe(58);
    expect(figure(ruGrid, 'appeals_received')).toBe(112);
    expect(figure(ruGrid, 'publications')).toBe(164);
  });
  it('ru: the sub-captions ("в 2024 г. – 15", "в т.ч. 2") give nothing', () => {
    const x = parseReport(ruGrid);
    expect(x.figures.map((f) => f.value)).not.toContain(15);
    expect(x.candidates.map((c) => c.value)).not.toContain(15);
  });
  it('kk: a grid of Kazakh cards', () => {
    const kk = `${kkTitle}2025 жыл сандармен\n\n7 12\n\nКеңес отырыстары\tқоғамдық мониторинг\n\nөткен жылы – 5\tжоспар – 10\n\n\n57\t212\n\nөтініш түсті\tжарияланым\n\n31.12.2025\tInstagram, Facebook\n\n1. Құрамы\nКеңесте 5 комиссия жұмыс істейді.\n`;
    expect(figure(kk, 'general_meetings')).toBe(7);
    expect(figure(kk, 'monitorings')).toBe(12);
    expect(figure(kk, 'appeals_received')).toBe(57);
    expect(parseReport(kk).figures.map((f) => f.value)).not.toContain(10);
  });
  it('ru: a caption of three cards run together is cut where the kinds of activity are named', () => {
    const text = `${ruTitle}7 2 4\n\nмониторингов общественных слушания круглых стола\n\n3 – по качеству услуг\tпо проекту кодекса\tболее 300 участников\n\n\n58\t112\t164\n\nпроектов НПА рассмотрено\tобращений граждан\tпубликации в СМИ и соцсетях\n`;
    expect(figure(text, 'monitorings')).toBe(7);
    expect(figure(text, 'public_hearings')).toBe(2);
    expect(figure(text, 'round_tables')).toBe(4);
    expect(parseReport(text).figures.map((f) => f.value)).not.toContain(300);
  });
  it('kk: "мониторинг қоғамдық тыңдау дөңгелек үстел" under "12 3 5"', () => {
    const text = `${kkTitle}12 3 5\n\nмониторинг қоғамдық тыңдау дөңгелек үстел\n\nөткен жылы – 9\t\t\n\n\n7\t57\n\nКеңес отырыстары\tөтініш түсті\n`;
    expect(figure(text, 'monitorings')).toBe(12);
    expect(figure(text, 'public_hearings')).toBe(3);
    expect(figure(text, 'round_tables')).toBe(5);
  });
  it('near-miss: a run of words naming fewer kinds than numbers gives no figure', () => {
    const text = `${ruTitle}7 2 4\n\nмониторингов проведено в районах области\n\nпо плану\n\n\n58\t112\t164\n\nпроектов НПА рассмотрено\tобращений граждан\tпубликации в СМИ и соцсетях\n`;
    const x = parseReport(text);
    for (const m of ['monitorings', 'public_hearings', 'round_tables']) expect(x.figures.find((f) => f.metric === m)).toBeUndefined();
    expect(figure(text, 'npa_reviewed')).toBe(58);
  });
  it('near-miss: a lone row of numbers (no second card row) is left alone', () => {
    const x = parseReport(`${ruTitle}6 19\n\nзаседаний\tкомиссий\n\nПроведено 6 заседаний Совета.\n`);
    expect(x.figures.find((f) => f.metric === 'general_meetings')?.value).toBe(6);
    expect(x.figures.find((f) => f.metric === 'commission_meetings')).toBeUndefined();
  });
});

describe('a dot-leader row whose value says none was held', () => {
  it('kk: "Семинарлар ..... өткізілген жоқ" is seminars 0, the next row keeps its own count', () => {
    const text = `${kkTitle}НЕГІЗГІ КӨРСЕТКІШТЕР\n\nДөңгелек үстелдер ................................................ 5\nСеминарлар ...................................................... өткізілген жоқ\nМеморандумдар .................................................... 1\nҚоғамдық тыңдаулар ............................................... 3\n`;
    expect(figure(text, 'seminars')).toBe(0);
    expect(figure(text, 'memoranda')).toBe(1);
    expect(figure(text, 'public_hearings')).toBe(3);
  });
  it('ru: "Семинаров ...... не проводились" under a row and over another', () => {
    const text = `${ruTitle}ОСНОВНЫЕ ПОКАЗАТЕЛИ\n\nКруглых столов .................................................. 5\nСеминаров ....................................................... не проводились\nМеморандумов .................................................... 2\n`;
    expect(figure(text, 'seminars')).toBe(0);
    expect(figure(text, 'memoranda')).toBe(2);
  });
  it('near-miss: a word value that is no "none" ("по плану") gives no 0, and does not give the next row a 0', () => {
    const text = `${ruTitle}ОСНОВНЫЕ ПОКАЗАТЕЛИ\n\nКруглых столов .................................................. 5\nСеминаров ....................................................... по плану\nМеморандумов .................................................... 2\n`;
    expect(figure(text, 'seminars')).toBeUndefined();
    expect(figure(text, 'memoranda')).not.toBe(0);
  });
});

describe('a key figure row of the council\'s members, the day in brackets', () => {
  it('kk: "Кеңес мүшелері (31.12.2025 жағдай бойынша) ..... 25" with its parts set in', () => {
    const text = `${kkTitle}НЕГІЗГІ КӨРСЕТКІШТЕР\n\nКеңес мүшелері (31.12.2025 жағдай бойынша) ...................... 25\n   оның ішінде азаматтық қоғам өкілдері ......................... 18\nТұрақты комиссиялар ............................................... 5\n`;
    expect(figure(text, 'members_total')).toBe(25);
    expect(figure(text, 'members_civil')).toBe(18);
  });
  it('ru: "Члены Совета (на 31.12.2025) ..... 25"', () => {
    expect(figure(`${ruTitle}ОСНОВНЫЕ ПОКАЗАТЕЛИ\n\nЧлены Совета (на 31.12.2025) ........................ 25\nПостоянные комиссии ................................. 5\n`, 'members_total')).toBe(25);
  });
  it('near-miss: "Кеңес мүшелерінің ұсыныстары ..... 12" (the members\' proposals) is no count of members', () => {
    expect(figure(`${kkTitle}НЕГІЗГІ КӨРСЕТКІШТЕР\n\nКеңес мүшелерінің ұсыныстары ...................... 12\nТұрақты комиссиялар ............................................... 5\n`, 'members_total')).toBeUndefined();
  });
});

describe('another year with its dash heads a whole list of counts', () => {
  it('ru: "в 2024 году – 6 мониторингов, 3 круглых стола, 131 публикация" gives none of them', () => {
    const x = parseReport(`${ruTitle}Примечание: в 2024 году – 6 мониторингов, 3 круглых стола, 131 публикация.\n`);
    expect(x.figures).toEqual([]);
    expect(x.candidates.map((c) => c.value).sort((a, b) => a - b)).toEqual([3, 6, 131]);
  });
  it('kk: "2024 жылы – 6 мониторинг, 3 дөңгелек үстел" gives none', () => {
    const x = parseReport(`${kkTitle}Салыстыру үшін: 2024 жылы – 6 мониторинг, 3 дөңгелек үстел өткізілді.\n`);
    expect(x.figures.filter((f) => f.metric === 'monitorings' || f.metric === 'round_tables')).toEqual([]);
  });
  it('near-miss: a bracket closes the other year ("(в 2024 году – 6), 3 круглых стола"): the count after it is the period\'s', () => {
    expect(figure(`${ruTitle}В 2025 году проведено 8 мониторингов (в 2024 году – 6), 3 круглых стола.\n`, 'round_tables')).toBe(3);
  });
  it('near-miss: "а в отчетном" turns back to the period', () => {
    expect(figure(`${ruTitle}В 2024 году – 6 мониторингов, а в отчетном году 3 круглых стола.\n`, 'round_tables')).toBe(3);
  });
});

describe('an absentee who did not get in touch', () => {
  const ruHead = 'ПРОТОКОЛ № 6\nзаседания Общественного совета\n\n27.11.2025 г.\n\n';
  it('ru: "не вышла на связь" is unexcused', () => {
    const x = parseProtocol(`${ruHead}Отсутствовали:\nМусин Е.Т. – командировка;\nЕркинова М.А. – не вышла на связь.\n`);
    expect(x.absentees.map((a) => a.excused)).toEqual([true, false]);
  });
  it('kk: "байланысқа шықпады" is unexcused', () => {
    const x = parseProtocol('№ 6 ХАТТАМА\nҚоғамдық кеңес отырысының\n\n27.11.2025 ж.\n\nҚатыспағандар:\nМусин Е.Т. – іссапарда;\nЕркинова М.А. – байланысқа шықпады.\n');
    expect(x.absentees.map((a) => a.excused)).toEqual([true, false]);
  });
  it('near-miss: "не вышел на связь по болезни" gives its reason, excused', () => {
    const x = parseProtocol(`${ruHead}Отсутствовали:\nМусин Е.Т. – не вышел на связь по болезни.\n`);
    expect(x.absentees.map((a) => a.excused)).toEqual([true]);
  });
});

describe('an Excel sheet pasted as semicolon-separated text', () => {
  const ruCsv = [
    'ОТЧЕТ Общественного совета за 9 месяцев 2025 года',
    '',
    'Период:;01.01.2025-30.09.2025;;;;',
    '№;Показатель;I кв.;II кв.;III кв.;Итого за 9 мес. 2025;9 мес. 2024',
    '3;Заседания Общественного совета;2;1;1;4;5',
    '5;Заслушано отчетов гос. органов;1;2;1;4;3',
    '8;"Круглые столы; дискуссионные площадки";1;0;1;2;3',
    '10;Поступило обращений;4;6;3;13;10',
    '10.1;"в т.ч. от юр. лиц";1;0;;1;',
    '11;Направлено писем/рекомендаций в ГО;5;7;4;16;',
    '12;Получено ответов;4;6;3;13;',
    '14;Семинары;;;;;1',
    ';;;;;;',
    'Примечание:;"заседание № 5 (III кв.) перенесено на 02.10.2025, в свод не включено";;;;',
  ].join('\r\n');
  it('ru: the period\'s total column, never a quarter\'s or last year\'s', () => {
    expect(figure(ruCsv, 'general_meetings')).toBe(4);
    expect(figure(ruCsv, 'report_hearings')).toBe(4);
    expect(figure(ruCsv, 'appeals_received')).toBe(13);
    expect(figure(ruCsv, 'appeals_legal_entities')).toBe(1);
    expect(figure(ruCsv, 'letters_sent')).toBe(16);
    expect(figure(ruCsv, 'letters_answered')).toBe(13);
  });
  it('ru: a quoted cell of two kinds and a row empty in the period give nothing', () => {
    const x = parseReport(ruCsv);
    for (const m of ['round_tables', 'dialog_platforms', 'seminars']) expect(x.figures.find((f) => f.metric === m)).toBeUndefined();
  });
  it('kk: a Kazakh sheet with the year\'s column beside last year\'s', () => {
    const kk = ['ҚОҒАМДЫҚ КЕҢЕСТІҢ 2025 ЖЫЛҒЫ ЕСЕБІ', '', '№;Көрсеткіш;2025 жыл;2024 жыл', '1;Кеңес отырыстары;7;5', '2;Қоғамдық мониторингтер;12;9', '3;Жарияланымдар;212;150'].join('\n');
    expect(figure(kk, 'general_meetings')).toBe(7);
    expect(figure(kk, 'monitorings')).toBe(12);
    expect(figure(kk, 'publications')).toBe(212);
  });
  it('near-miss: prose with semicolons is no table', () => {
    const text = `${ruTitle}Проведены заседания; мониторинги; слушания.\nРассмотрено 6 проектов; 3 обращения; 2 письма.\nОтветы; запросы; итоги.\n`;
    const x = parseReport(text);
    expect(x.figures.find((f) => f.metric === 'npa_reviewed')?.value ?? 6).toBe(6);
  });
  it('near-miss: a sheet of quarters only, no column of the period, gives no quarter\'s count', () => {
    const text = ['ОТЧЕТ Общественного совета за 9 месяцев 2025 года', '', '№;Показатель;I кв.;II кв.;III кв.', '1;Заседания Общественного совета;2;1;1', '2;Мониторинги;1;2;3', '3;Поступило обращений;4;6;3'].join('\n');
    const x = parseReport(text);
    expect(x.figures.filter((f) => ['general_meetings', 'monitorings', 'appeals_received'].includes(f.metric))).toEqual([]);
  });
});

describe('the council approved with its size', () => {
  const ruHead = 'ПРОТОКОЛ № 5\nзаседания Общественного совета\n\n17 сентября 2025 г.\n\n';
  const kkHead = '№ 5 ХАТТАМА\nҚоғамдық кеңес отырысының\n\n17.09.2025 ж.\n\n';
  it('ru: "Общественный совет утвержден в составе 17 человек"', () => {
    const x = parseProtocol(`${ruHead}Общественный совет утвержден в составе 17 человек. На заседании присутствовали 12 членов Совета.\n`);
    expect([x.members_total, x.present]).toEqual([17, 12]);
  });
  it('ru: "Совет сформирован в составе 15 членов"', () => {
    expect(parseProtocol(`${ruHead}Совет сформирован в составе 15 членов.\n`).members_total).toBe(15);
  });
  it('kk: "Қоғамдық кеңес 17 адам құрамында бекітілген"', () => {
    const x = parseProtocol(`${kkHead}Қоғамдық кеңес 17 адам құрамында бекітілген. Отырысқа 12 мүше қатысты.\n`);
    expect([x.members_total, x.present]).toEqual([17, 12]);
  });
  it('near-miss: a working group approved with its size is no council\'s', () => {
    expect(parseProtocol(`${ruHead}Рабочая группа утверждена в составе 5 человек.\n`).members_total).toBeNull();
  });
});

describe('the verb of those present misspelled', () => {
  const ruHead = 'ПРОТОКОЛ № 1\nзаседания Общественного совета\n\n20 февраля 2025 года\n\n';
  it('ru: "Присуствовали 11 членов Общественного совета, из них 1 – по видеосвязи"', () => {
    const x = parseProtocol(`${ruHead}Количественный состав Общественного совета - 15 человек.\nПрисуствовали 11 членов Общественного совета, из них 1 – по видеосвязи (WhatsApp).\n`);
    expect([x.members_total, x.present]).toEqual([15, 11]);
  });
  it('ru: "присутсвовали 9 членов"', () => {
    expect(parseProtocol(`${ruHead}На заседании присутсвовали 9 членов Совета.\n`).present).toBe(9);
  });
  it('kk: the Kazakh verb still reads beside it ("Отырысқа 11 мүше қатысты")', () => {
    expect(parseProtocol('№ 1 ХАТТАМА\nҚоғамдық кеңес отырысының\n\n20.02.2025 ж.\n\nОтырысқа 11 мүше қатысты.\n').present).toBe(11);
  });
  it('near-miss: "не присуствовали 2 члена" counts no one present', () => {
    expect(parseProtocol(`${ruHead}Не присуствовали 2 члена Совета.\n`).present).toBeNull();
  });
});

describe('a media table read from a PDF, its views in thousands', () => {
  it('ru: "Instagram\\t74\\t182,4 тыс." under "Публикаций Просмотров"', () => {
    const x = parseReport(`${ruTitle}5. Информационная работа\n\nПлощадка\tПубликаций Просмотров\n\nInstagram\t74\t182,4 тыс.\n\nTelegram\t51\t–\n\nСайт министерства (раздел ОС) 16\t–\n\nВсего\t141\n`);
    expect(x.media.find((m) => m.platform === 'instagram')).toMatchObject({ publications: 74, views: 182400 });
    expect(x.media.find((m) => m.platform === 'telegram')).toMatchObject({ publications: 51, views: null });
    expect(x.media.find((m) => m.platform === 'website')?.publications).toBe(16);
  });
  it('kk: "Instagram\\t120\\t36,4 мың" under "Жарияланым Қаралым"', () => {
    const x = parseReport(`${kkTitle}Ақпараттық жұмыс\n\nПлатформа\tЖарияланым Қаралым\n\nInstagram\t120\t36,4 мың\n\nFacebook\t40\t–\n`);
    expect(x.media.find((m) => m.platform === 'instagram')?.publications).toBe(120);
    expect(x.media.find((m) => m.platform === 'facebook')?.publications).toBe(40);
  });
  it('near-miss: a views cell of words ("нет данных") ends the table, no views read', () => {
    const x = parseReport(`${ruTitle}Площадка\tПубликаций Просмотров\n\nInstagram\t74\tнет данных\n`);
    expect(x.media.find((m) => m.platform === 'instagram')?.views ?? null).toBeNull();
  });
});

describe('reports heard, the verb last', () => {
  it('ru: "5 отчётов государственных органов заслушано"', () => {
    expect(figure(`${ruTitle}5 отчётов государственных органов заслушано.\n`, 'report_hearings')).toBe(5);
  });
  it('ru: "3 отчета заслушаны на выездных заседаниях"', () => {
    expect(figure(`${ruTitle}3 отчета заслушаны на выездных заседаниях.\n`, 'report_hearings')).toBe(3);
  });
  it('kk: "5 есеп тыңдалды" (the Kazakh order, read already)', () => {
    expect(figure(`${kkTitle}Кеңес отырыстарында 5 есеп тыңдалды.\n`, 'report_hearings')).toBe(5);
  });
  it('near-miss: "5 отчётов планируется заслушать" is no hearing held', () => {
    expect(figure(`${ruTitle}5 отчётов государственных органов планируется заслушать в 2026 году.\n`, 'report_hearings')).toBeUndefined();
  });
});

describe('drafts with remarks, a bracket naming the draft before the verb', () => {
  const ruQ = 'ОТЧЕТ Общественного совета за I квартал 2025 года\n\n';
  it('ru: "по 1 проекту (правила содержания животных) направлены замечания"', () => {
    const x = parseReport(`${ruQ}Советом рассмотрено 4 проекта нормативных правовых актов, из них 3 одобрено без замечаний, по 1 проекту (правила содержания и выпаса сельскохозяйственных животных) направлены замечания.\n`);
    expect(x.figures.find((f) => f.metric === 'npa_with_remarks')?.value).toBe(1);
  });
  it('ru: "по 2 проектам (о тарифах) даны замечания"', () => {
    expect(figure(`${ruQ}Рассмотрено 5 проектов НПА, по 2 проектам (о тарифах) даны замечания.\n`, 'npa_with_remarks')).toBe(2);
  });
  it('kk: "2 (екі) жобаға ескертпелер берілді" (the bracket after the count, read already)', () => {
    expect(figure(`${kkTitle}5 НҚА жобасы қаралды, 2 (екі) жобаға ескертпелер берілді.\n`, 'npa_with_remarks')).toBe(2);
  });
  it('near-miss: a bracket holding a number ("(в 2024 году – 3)") is not skipped over', () => {
    expect(figure(`${ruQ}Рассмотрено 5 проектов НПА, по 2 проектам (в 2024 году – 3) направлены замечания.\n`, 'npa_with_remarks')).not.toBe(3);
  });
});

describe('a memorandum concluded ("жасалды", "заключен"), its date in brackets after', () => {
  it('kk: "… палатасымен 1 меморандум / жасалды (2025 жылғы 3 сәуір)."', () => {
    const x = parseReport(`${kkTitle}Облыстық кәсіпкерлер палатасымен 1 меморандум\nжасалды (2025 жылғы 3 сәуір).\n`);
    expect(x.activities.map((a) => [a.type, a.date_start])).toEqual([['memorandum', '2025-04-03']]);
  });
  it('ru: "С палатой заключен меморандум о сотрудничестве (3 апреля 2025 года)."', () => {
    const x = parseReport(`${ruTitle}С палатой предпринимателей заключен меморандум о сотрудничестве (3 апреля 2025 года).\n`);
    expect(x.activities.map((a) => [a.type, a.date_start])).toEqual([['memorandum', '2025-04-03']]);
  });
  it('near-miss: "меморандум жасалады" (will be concluded) is no activity', () => {
    expect(parseReport(`${kkTitle}2025 жылғы 3 сәуірде палатамен меморандум жасалады.\n`).activities).toEqual([]);
  });
});

describe('a part of the appeals said to be none', () => {
  it('kk: "заңды тұлғалардан өтініш түскен жоқ" is appeals_legal_entities 0', () => {
    const x = parseReport(`${kkTitle}Кеңеске азаматтардан 6 өтініш түсті, барлығы жеке тұлғалардан; заңды тұлғалардан өтініш түскен жоқ.\n`);
    expect(x.figures.find((f) => f.metric === 'appeals_legal_entities')?.value).toBe(0);
    expect(x.figures.find((f) => f.metric === 'appeals_received')?.value).toBe(6);
  });
  it('ru: "От юридических лиц обращений не поступало." is 0; "от физических лиц … не поступали" likewise', () => {
    expect(figure(`${ruTitle}Поступило 12 обращений граждан. От юридических лиц обращений не поступало.\n`, 'appeals_legal_entities')).toBe(0);
    expect(figure(`${ruTitle}Поступило 2 обращения организаций. От физических лиц обращения не поступали.\n`, 'appeals_individuals')).toBe(0);
  });
  it('near-miss: another year\'s none ("В 2024 году от юридических лиц обращений не поступало") and a clause with a number give nothing', () => {
    expect(figure(`${ruTitle}В 2024 году от юридических лиц обращений не поступало.\n`, 'appeals_legal_entities')).toBeUndefined();
    expect(figure(`${ruTitle}Поступило 12 обращений, от юридических лиц 3 обращения не поступали в срок.\n`, 'appeals_legal_entities')).toBeUndefined();
  });
});
