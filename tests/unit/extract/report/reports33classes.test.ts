/**
 * Classes of set 33's reports (Kazakh-first): a chat's question, its correction of a count and its unanswered part
 * (doubtOfFigure, correctedCounts.ts); a heading's count in brackets with its noun (bracketCounts.ts) and the list under
 * it (checkListTotal.ts, readLists.ts); a reference note in the other language that disagrees (readFigures); a Word
 * table with the quarters as rows and a comparison row (flattenFigureTables); Kazakh phrasings of ordinary figures
 * (lexicon/figures.json, readStatedNone.ts); a year the work goes on into (doubtOfFigure); a counted label's dated events
 * wrapped onto the next line (readCountedItems.ts).
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';
import { readCorrectedCounts } from '../../../../sources/extract/correctedCounts.ts';
import { readBracketCounts } from '../../../../sources/extract/report/bracketCounts.ts';

const ruTitle = 'ОТЧЕТ О РАБОТЕ ОБЩЕСТВЕННОГО СОВЕТА ЗА 2025 ГОД\n\n';
const kkTitle = 'ҚОҒАМДЫҚ КЕҢЕСТІҢ 2025 ЖЫЛҒЫ ЖҰМЫСЫ ТУРАЛЫ ЕСЕП\n\n';
const kkQ3 = 'Қоғамдық кеңестің 2025 жылғы III тоқсан бойынша есебі\n\n';
const figure = (text: string, metric: string) => parseReport(text).figures.find((f) => f.metric === metric)?.value;
const candidate = (text: string, metric: string) => parseReport(text).candidates.filter((c) => c.metric === metric).map((c) => c.value);

describe('a chat: a question states nothing, an unanswered part is no total', () => {
  it('kk: "11-дің ішінде заңды тұлғалар бар ма?" is a question; "Жауапсыз қалған 2 өтініш" is a part', () => {
    const text = `${kkQ3}- өтініш түсті – 11, жауап берілді – 9\nӨтініштер бойынша: 11-дің ішінде заңды тұлғалар бар ма?\nЖауапсыз қалған 2 өтініштің мерзімі 15 қазанда бітеді.\n`;
    expect(figure(text, 'appeals_received')).toBe(11);
    expect(figure(text, 'appeals_answered')).toBe(9);
    expect(figure(text, 'appeals_legal_entities')).toBeUndefined();
    // "11-дің ішінде": the 11 counts the whole the legal entities would be among (session 34, dates34.test.ts), no reading of them at all.
    expect(candidate(text, 'appeals_legal_entities')).toEqual([]);
  });
  it('ru: "Сколько из 14 обращений от юридических лиц?" asks; the answer states', () => {
    const text = `${ruTitle}Поступило 14 обращений.\nСколько из 14 обращений от юридических лиц?\nОт юридических лиц – 3.\n`;
    expect(figure(text, 'appeals_received')).toBe(14);
    expect(figure(text, 'appeals_legal_entities')).toBe(3);
  });
  it('near-miss: a statement ending with a stop is read; "2 жоба қаралу үстінде" is no count of the reviewed', () => {
    expect(figure(`${kkTitle}Кеңеске 5 өтініш түсті.\n`, 'appeals_received')).toBe(5);
    expect(figure(`${kkTitle}2 өтініш қаралу үстінде.\n`, 'appeals_received')).toBeUndefined();
  });
});

describe('a count corrected further down: "мониторинг 4 емес, 5", "мониторингов не 4, а 5"', () => {
  it('kk: the draft line reads the corrected value, the correction states it once', () => {
    const text = `${kkQ3}- мониторинг жүргізілді – 4\n- дөңгелек үстел – 1\nИә, ұмытып кетіппін. ТҮЗЕТУ: мониторинг 4 емес, 5.\n`;
    expect(figure(text, 'monitorings')).toBe(5);
    expect(figure(text, 'round_tables')).toBe(1);
    expect(parseReport(text).candidates.filter((c) => c.metric === 'monitorings')).toEqual([]);
  });
  it('ru: "Поправка: мониторингов не 4, а 6" over "Проведено мониторингов – 4"', () => {
    const text = `${ruTitle}Проведено мониторингов – 4.\nКруглых столов – 2.\nПоправка: мониторингов не 4, а 6.\n`;
    expect(figure(text, 'monitorings')).toBe(6);
    expect(figure(text, 'round_tables')).toBe(2);
  });
  it('variant: the old number elsewhere on the line (a date "08.04") is left; only the noun\'s count changes', () => {
    expect(readCorrectedCounts(['08.04 – мониторинг – 4', 'Түзету: мониторинг 4 емес, 5'])).toEqual(['08.04 – мониторинг – 5', `Түзету: мониторинг${' '.repeat(9)}5`]);
  });
  it('near-miss: "не 4, а 5" in prose that says no correction compares, it corrects nothing', () => {
    expect(readCorrectedCounts(['Проведено мониторингов – 4.', 'Мониторингов проведено не 4, а 5, как планировалось.'])[0]).toBe('Проведено мониторингов – 4.');
    expect(readCorrectedCounts(['НҚА жобаларының саны – 8', 'жобаларының саны 8 емес, 9'])[0]).toBe('НҚА жобаларының саны – 8');
  });
  it('near-miss: no correction, no change; a correction of another noun leaves the line of this one', () => {
    expect(readCorrectedCounts(['мониторинг – 4', 'дөңгелек үстел – 1'])).toEqual(['мониторинг – 4', 'дөңгелек үстел – 1']);
    expect(readCorrectedCounts(['мониторинг – 4', 'Түзету: үстел 1 емес, 2'])[0]).toBe('мониторинг – 4');
  });
});

describe('a heading\'s count in brackets with its noun: "II. Есептерді тыңдау (4 есеп)"', () => {
  it('kk: the heading\'s count is the figure, never the number of its list\'s groups', () => {
    const text = `${kkTitle}II. Есептерді тыңдау (4 есеп)\nТыңдалған органдар:\n\n• аудандық бөлімдер (3): білім бөлімі; жұмыспен қамту бөлімі; құрылыс бөлімі;\n• ведомстволық бағынысты ұйымдар (1): «Аудандық аурухана» КМК.\n\nVI. НҚА жобаларын қарау (9 жоба)\n• ескертусіз мақұлданды (7);\n• ескертулермен мақұлданды (2).\n`;
    expect(figure(text, 'report_hearings')).toBe(4);
    expect(figure(text, 'departments_heard')).toBe(3);
    expect(figure(text, 'subordinate_orgs_heard')).toBe(1);
    expect(figure(text, 'npa_reviewed')).toBe(9);
  });
  it('ru: "5. Заслушивание отчетов (4 отчета)" is read as the heading\'s count', () => {
    expect(readBracketCounts('5. Заслушивание отчетов (4 отчета)')).toBe('5. Заслушивание отчетов – 4 отчета');
    expect(readBracketCounts('IV. Рассмотрение проектов НПА (9 проектов)')).toBe('IV. Рассмотрение проектов НПА – 9 проектов');
  });
  it('variant: two brackets joined by "және" / "и" are each read', () => {
    expect(readBracketCounts('IV. Дөңгелек үстелдер (3) және диалог алаңы (1)')).toBe('IV. Дөңгелек үстелдер – 3 және диалог алаңы – 1');
    expect(readBracketCounts('проведено заседаний (5) и мониторингов (3)')).toBe('проведено заседаний – 5 и мониторингов – 3');
  });
  it('near-miss: a bracket of another noun, of two nouns, or in a sentence stays', () => {
    expect(readBracketCounts('VII. Ақпараттық жұмыс (41 жарияланым)')).toBe('VII. Ақпараттық жұмыс (41 жарияланым)');
    expect(readBracketCounts('I. Кеңестің құрамы мен отырыстары (15 мүше, 4 отырыс)')).toBe('I. Кеңестің құрамы мен отырыстары (15 мүше, 4 отырыс)');
    expect(readBracketCounts('Заслушаны отчеты отделов (4 отчета).')).toBe('Заслушаны отчеты отделов (4 отчета).');
  });
  it('near-miss: a list under a heading with another unread count in brackets gives no figure from its length', () => {
    const text = `${ruTitle}3. Отчеты (4 заслушивания)\nЗаслушаны:\n\n• отделы акимата (3): образования; ЖКХ; строительства;\n• подведомственные организации (1): поликлиника № 2.\n`;
    expect(figure(text, 'report_hearings')).not.toBe(2);
  });
});

describe('a heading of two types with their counts over one list', () => {
  it('kk: the items naming no type are the type no item names, when the heading counts them', () => {
    const text = `${kkTitle}IV. Дөңгелек үстелдер (3) және диалог алаңы (1)\n• «Жастар және кәсіпкерлік» – 2025 жылғы 27 наурыз;\n• «Ауыл шаруашылығы» – 2025 жылғы 5 маусым;\n• «Зорлық-зомбылықтың алдын алу» – 2025 жылғы 11 қыркүйек;\n• диалог алаңы «Әкім және тұрғындар» – 2025 жылғы 14 тамыз.\n`;
    const r = parseReport(text);
    expect(r.activities.filter((a) => a.type === 'round_table').map((a) => a.date_start)).toEqual(['2025-03-27', '2025-06-05', '2025-09-11']);
    expect(r.activities.filter((a) => a.type === 'dialog_platform')).toHaveLength(1);
    expect(figure(text, 'dialog_platforms')).toBe(1);
  });
  it('ru: "Круглые столы (2) и публичные слушания (1)"', () => {
    const text = `${ruTitle}5. Круглые столы (2) и публичные слушания (1)\n• «Молодежь и занятость» – 12 марта 2025 г.;\n• «Доступная среда» – 20 мая 2025 г.;\n• публичные слушания по бюджету – 6 ноября 2025 г.\n`;
    const r = parseReport(text);
    expect(r.activities.filter((a) => a.type === 'round_table')).toHaveLength(2);
    expect(r.activities.filter((a) => a.type === 'public_hearing')).toHaveLength(1);
  });
  it('near-miss: when the untyped items are not as many as the heading\'s count, none is typed', () => {
    const text = `${kkTitle}IV. Дөңгелек үстелдер (3) және диалог алаңы (1)\n• «Жастар» – 2025 жылғы 27 наурыз;\n• «Ауыл» – 2025 жылғы 5 маусым;\n• диалог алаңы «Әкім» – 2025 жылғы 14 тамыз.\n`;
    expect(parseReport(text).activities.filter((a) => a.type === 'round_table')).toHaveLength(0);
  });
});

describe('a reference note in the other language that disagrees', () => {
  it('kk text, ru "Справочно": the two totals are candidates, neither a figure', () => {
    const text = `${kkTitle}Кеңес 5 есеп тыңдады, 6 мониторинг жүргізді, 4 дөңгелек үстел өткізді, 15 НҚА жобасын қарады.\nКеңеске 46 өтініш түсті, 44 өтінішке жауап берілді.\n\nКеңестің қызметі туралы барлығы 112 жарияланым шықты: Instagram – 70, Telegram – 30, сайт – 12.\n\nСправочно: всего публикаций в СМИ и социальных сетях о деятельности Совета – 118.\n`;
    expect(figure(text, 'publications')).toBeUndefined();
    expect(candidate(text, 'publications').sort()).toEqual([112, 118]);
  });
  it('ru text, kk "Анықтама:" note that disagrees', () => {
    const text = `${ruTitle}Проведено 6 мониторингов, 4 круглых стола, заслушано 5 отчетов, рассмотрено 15 проектов НПА.\nПоступило 46 обращений, ответы даны на 44.\n\nАнықтама: барлығы 40 өтініш түсті.\n`;
    expect(figure(text, 'appeals_received')).toBeUndefined();
  });
  it('near-miss: a note that agrees keeps the figure; a second statement in the same language keeps the first', () => {
    const same = `${kkTitle}Кеңес 5 есеп тыңдады, 6 мониторинг жүргізді, 4 дөңгелек үстел өткізді.\nКеңестің қызметі туралы барлығы 112 жарияланым шықты.\n\nСправочно: всего публикаций о деятельности Совета в СМИ и соцсетях – 112.\n`;
    expect(figure(same, 'publications')).toBe(112);
    expect(figure(`${ruTitle}Всего 112 публикаций.\nВсего публикаций о работе Совета в СМИ и социальных сетях – 118.\n`, 'publications')).toBe(112);
  });
});

describe('a Word table with the quarters as rows and last year\'s row', () => {
  const cells = (rows: string[][]) => rows.flat().map((c) => `\t${c}`).join('\n');
  it('kk: the half-year\'s total row is the period\'s, the comparison row with 2024 is not', () => {
    const table = cells([
      ['Кезең', 'Кеңес отырыстары', 'Мониторинг', 'Дөңгелек үстел'],
      ['І тоқсан', '1', '2', '1'],
      ['ІІ тоқсан', '2', '3', '1'],
      ['І жартыжылдық, барлығы', '3', '5', '2'],
      ['салыстыру үшін: 2024 жылғы І жартыжылдық', '2', '3', '1'],
    ]);
    const text = `Қоғамдық кеңестің 2025 жылғы І жартыжылдықтағы жұмысы туралы ақпарат\n\nКесте 1.\n${table}\n\nМәтін.\n`;
    expect(figure(text, 'monitorings')).toBe(5);
    expect(figure(text, 'round_tables')).toBe(2);
  });
  it('ru: "для сравнения: 2024 год" under the year\'s quarters and its total', () => {
    const table = cells([
      ['Период', 'Мониторинги', 'Круглые столы'],
      ['I квартал', '2', '1'],
      ['II квартал', '3', '0'],
      ['III квартал', '1', '1'],
      ['IV квартал', '2', '1'],
      ['Итого за 2025 год', '8', '3'],
      ['для сравнения: 2024 год', '6', '2'],
    ]);
    const text = `${ruTitle}Таблица 1.\n${table}\n\nТекст.\n`;
    expect(figure(text, 'monitorings')).toBe(8);
    expect(figure(text, 'round_tables')).toBe(3);
  });
  it('near-miss: a row naming something besides a period ("салыстыру үшін: аудан бойынша") leaves the table unread', () => {
    const table = cells([
      ['Кезең', 'Мониторинг', 'Дөңгелек үстел'],
      ['І тоқсан', '2', '1'],
      ['ІІ тоқсан', '3', '1'],
      ['І жартыжылдық, барлығы', '5', '2'],
      ['салыстыру үшін: облыс бойынша орташа', '9', '4'],
    ]);
    const text = `Қоғамдық кеңестің 2025 жылғы І жартыжылдықтағы жұмысы туралы ақпарат\n\n${table}\n\nМәтін.\n`;
    expect(figure(text, 'monitorings')).not.toBe(9);
  });
});

describe('Kazakh phrasings of ordinary figures', () => {
  it('kk: dash lines of a draft and a bulleted section', () => {
    const text = `${kkQ3}- кеңестің отырыстары – 2\n- комиссиялардың отырыстары – 9\n- диалог алаңы – 1\n- өтініштер келіп түсті: 11\n- жарияланымдар: Telegram – 12, Instagram – 5, барлығы 17\n`;
    expect(figure(text, 'commission_meetings')).toBe(9);
    expect(figure(text, 'dialog_platforms')).toBe(1);
    expect(figure(text, 'appeals_received')).toBe(11);
    expect(figure(text, 'publications')).toBe(17);
  });
  it('kk: the members as of a day, with or without "кеңес"', () => {
    expect(figure(`${kkTitle}Кеңес құрамында 30.09.2025 ж. жағдай бойынша 15 мүше бар.\n`, 'members_total')).toBe(15);
    expect(figure(`${kkQ3}30 қыркүйектегі жағдай бойынша құрамда 21 мүше, тамызда 1 мүше шықты.\n`, 'members_total')).toBe(21);
  });
  it('ru variant: "Публикации: Instagram – 40, сайт – 12, всего 52"', () => {
    expect(figure(`${ruTitle}Публикации: Instagram – 40, сайт – 12, всего 52.\n`, 'publications')).toBe(52);
  });
  it('kk and ru: "бұл тоқсанда болған жоқ", "в этом квартале не проводились" are the period\'s none', () => {
    expect(figure(`${kkQ3}Қоғамдық тыңдау бұл тоқсанда болған жоқ.\n`, 'public_hearings')).toBe(0);
    expect(figure(`Отчет Общественного совета за III квартал 2025 года\n\nВ этом квартале круглые столы не проводились.\n`, 'round_tables')).toBe(0);
  });
  it('near-miss: what was done at the meetings, a commission\'s members, another quarter\'s none', () => {
    expect(figure(`${kkTitle}Комиссиялар отырыстарында қаралған мәселелер – 12.\n`, 'commission_meetings')).toBeUndefined();
    expect(figure(`${kkTitle}Комиссия құрамында 5 мүше бар.\n`, 'members_total')).toBeUndefined();
    expect(figure(`${kkQ3}Дөңгелек үстел ІІ тоқсанда болған жоқ.\n`, 'round_tables')).toBeUndefined();
    expect(figure(`${kkTitle}- өтініш түсті, оның ішінде жеке тұлғалардан – 9\n`, 'appeals_received')).toBeUndefined();
  });
});

describe('a year the work goes on into dates only its clause', () => {
  it('kk: "26 өтінішке жауап берілді, 1 өтініш бойынша жұмыс 2026 жылы жалғасуда"', () => {
    expect(figure(`${kkTitle}27 өтініш түсті. 26 өтінішке жауап берілді, 1 өтініш бойынша жұмыс 2026 жылы жалғасуда.\n`, 'appeals_answered')).toBe(26);
  });
  it('ru: "ответы даны на 26 обращений, работа по 1 продолжится в 2026 году"', () => {
    const text = `${ruTitle}Поступило 27 обращений, работа по 1 обращению продолжится в 2026 году.\n`;
    expect(figure(text, 'appeals_received')).toBe(27);
  });
  it('near-miss: a count in the clause of another year is still that year\'s', () => {
    expect(figure(`${kkTitle}2026 жылы 3 өтінішке жауап берілді.\n`, 'appeals_answered')).toBeUndefined();
  });
});

describe('a counted label\'s dated events wrapped onto a line of their own', () => {
  it('kk: "Қоғамдық тыңдаулар – 2: 2025 жылғы 29 мамырда (…) және 2025 жылғы" / "6 қарашада (…)."', () => {
    const text = `${kkTitle}Қоғамдық тыңдаулар – 2: 2025 жылғы 29 мамырда (абаттандыру қағидалары) және 2025 жылғы\n6 қарашада (аудандық бюджет жобасы).\nЖоспардағы семинар өткізілген жоқ.\n`;
    expect(parseReport(text).activities.filter((a) => a.type === 'public_hearing').map((a) => a.date_start)).toEqual(['2025-05-29', '2025-11-06']);
  });
  it('ru: "Публичные слушания – 2: 29 мая 2025 г. (…) и" / "6 ноября 2025 г. (…)."', () => {
    const text = `${ruTitle}Публичные слушания – 2: 29 мая 2025 г. (правила благоустройства) и\n6 ноября 2025 г. (бюджет района).\n`;
    expect(parseReport(text).activities.filter((a) => a.type === 'public_hearing')).toHaveLength(2);
  });
  it('near-miss: a next line that opens a new sentence in capitals does not go on with the label', () => {
    const text = `${kkTitle}Қоғамдық тыңдаулар – 2: 2025 жылғы 29 мамырда (абаттандыру қағидалары)\nЖоспар бойынша 2025 жылғы 6 қарашада семинар өтті.\n`;
    // the seminar's day is no hearing's: the label's events are not made up to its count
    expect(parseReport(text).activities.filter((a) => a.type === 'public_hearing' && a.date_start === '2025-11-06')).toHaveLength(0);
  });
});
