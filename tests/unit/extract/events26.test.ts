/**
 * Session 26, helper "events": the dated events and event counts blind sets 66 and 67 missed or read long, each class in
 * Russian and Kazakh, a variant no set holds, and near-misses that must give nothing.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { activityList } from '../../helpers/extractCases.ts';

const RU = 'Отчет о работе Общественного совета за 2025 год\n\n';
const KK = 'Қоғамдық кеңестің 2025 жылғы қызметі туралы есеп\n\n';
const activities = (text: string) => activityList(parseReport(`${text}\n`));

describe('a table of tabs whose titles wrap onto rows of their own, number and date cells empty (set 66 Rudny)', () => {
  it('kk: the kind in the wrapped row\'s last cell is the row\'s kind', () => {
    const text = `${KK}Р/с\tКүні\tІс-шара\tТүрі\n1\t14.03.2025\tАуылдық ауруханалардағы\n\t\tкезектер\tмониторинг\n2\t18.04.2025\t«Таза ауыл»\tдөңгелек үстел\n3\t22.05.2025\tАудандық білім бөлімінің\n\t\tжазғы демалыс туралы есебі\tесеп тыңдау`;
    expect(activities(text)).toEqual(['monitoring 2025-03-14', 'round_table 2025-04-18', 'report_hearing 2025-05-22']);
  });
  it('ru: a wrapped title in the middle of the table, the rows after it read too', () => {
    const text = `${RU}№\tДата\tНаименование\tФорма\n1\t12.02.2025\tОбучение членов Совета\n\t\tпо закону об общественном контроле\tсеминар\n2\t19.03.2025\tКачество питания в школах\tмониторинг`;
    expect(activities(text)).toEqual(['seminar 2025-02-12', 'monitoring 2025-03-19']);
  });
  it('near-miss: a table indented by a tab as a whole has no empty cells; a wrapped row of no kind gives nothing', () => {
    const indented = `${RU}\tР/с\tКүні\tНаименование\tФорма\n\t1\t12.02.2025\tОбучение членов Совета\tсеминар\n\t2\t19.03.2025\tКачество питания в школах\tмониторинг`;
    expect(activities(indented)).toEqual(['seminar 2025-02-12', 'monitoring 2025-03-19']);
    expect(activities(`${RU}№\tДата\tНаименование\tФорма\n1\t12.02.2025\tПодготовка годового\n\t\tдоклада Совета\tпрочее`)).toEqual([]);
  });
});

describe('hearings listed by date under a lead that names them by the bare noun (set 66 Kostanay)', () => {
  it('ru: "Даты заслушиваний:" closing a paragraph, two bodies by form and quoted name on one date are two hearings', () => {
    const text = `${RU}Заслушано 3 отчета. Даты заслушиваний:\n– 12.03.2025 – ГУ «Отдел образования» и ГКП «Жылу»;\n– 18.06.2025 – ГУ «Отдел здравоохранения».`;
    expect(activities(text)).toEqual(['report_hearing 2025-03-12', 'report_hearing 2025-03-12', 'report_hearing 2025-06-18']);
  });
  it('kk: "Тыңдаулар күндері:" over dated entries naming departments', () => {
    const text = `${KK}Тыңдаулар күндері:\n- 14.03.2025 – аудандық білім бөлімі;\n- 20.06.2025 – аудандық ауыл шаруашылығы бөлімі.`;
    expect(activities(text)).toEqual(['report_hearing 2025-03-14', 'report_hearing 2025-06-20']);
  });
  it('near-misses: a public hearing\'s lead; two bodies on one date that would pass the count stay one hearing', () => {
    expect(activities(`${KK}Қоғамдық тыңдаулар күндері:\n- 14.03.2025 – аудандық білім бөлімі;\n- 20.06.2025 – аудандық ауыл шаруашылығы бөлімі.`)).not.toContain('report_hearing 2025-03-14');
    const text = `${RU}Заслушано 2 отчета. Даты заслушиваний:\n– 12.03.2025 – ГУ «Отдел образования» и ГКП «Жылу»;\n– 18.06.2025 – ГУ «Отдел здравоохранения».`;
    expect(activities(text)).toEqual(['report_hearing 2025-03-12', 'report_hearing 2025-06-18']);
  });
});

describe('a fixed-width table\'s sub-rows are no list of events (set 66 Zerendi: seminars 7 for 1)', () => {
  it('kk and ru: the dashes under a row of a kind are table rows, not that kind\'s events', () => {
    const kk = `${KK}Көрсеткіш                          2024 ж.    2025 ж.\n----------------------------------------------------\nЕсептерді тыңдау (барлығы)            5          6\n  – аудандық бөлімдер                 3          3\n  – ауылдық округтер әкімдері         2          3\nСеминарлар                            –          1\n  – жеке тұлғалардан                  9         10\n  – заңды тұлғалардан                 –          2`;
    expect(activities(kk)).toEqual([]);
    const ru = `${RU}Показатель                          2024 г.    2025 г.\nКруглые столы                          2          3\n  - по социальным вопросам             1          2\n  - по вопросам ЖКХ                    1          1`;
    expect(activities(ru)).toEqual([]);
  });
  it('near-miss the other way: a dash list under a heading of its kind, no columns, is still read', () => {
    expect(activities(`${RU}Проведено 2 круглых стола:\n– «Чистый город» – 12.03.2025;\n– «Безопасная школа» – 18.06.2025.`)).toEqual(['round_table 2025-03-12', 'round_table 2025-06-18']);
  });
});

describe('a chronology entry of a meeting that tells the report alone; its wrap set in further (set 67 Almaty)', () => {
  it('kk: "кеңес отырысы: … бөлімі мен … бөлімінің есептері" is two hearings when the count says three', () => {
    const text = `${KK}Барлығы 3 есеп тыңдалды.\nНегізгі іс-шаралар:\n  16.04 – кеңес отырысы: аудан әкімі аппаратының тұрғын үй-коммуналдық\n          шаруашылық бөлімі мен кәсіпкерлік және өнеркәсіп бөлімінің есептері;\n  29.04 – аулаларды көгалдандыруға мониторинг;\n  18.06 – кеңес отырысы: «Мәдениет үйі» МКҚК директорының есебі.\n  Қалған 2 мониторинг маусымда жүргізілді.`;
    expect(activities(text)).toEqual(['report_hearing 2025-04-16', 'report_hearing 2025-04-16', 'monitoring 2025-04-29', 'report_hearing 2025-06-18']);
  });
  it('ru: "заседание Совета: отчёт руководителя отдела …" is a hearing', () => {
    const text = `${RU}Хроника:\n12.03.2025 – заседание Совета: отчёт руководителя отдела образования;\n14.04.2025 – мониторинг школьных столовых;\n20.05.2025 – круглый стол «Чистый город».`;
    expect(activities(text)).toEqual(['report_hearing 2025-03-12', 'monitoring 2025-04-14', 'round_table 2025-05-20']);
  });
  it('near-misses: a meeting on the council\'s own report, or on a plan, heard nothing; a sentence at the entries\' indent is no part of the last', () => {
    const text = `${RU}Хроника:\n12.03.2025 – заседание Совета: отчёт о работе Совета за 2024 год;\n14.04.2025 – мониторинг школьных столовых;\n20.05.2025 – круглый стол «Чистый город».`;
    expect(activities(text)).toEqual(['monitoring 2025-04-14', 'round_table 2025-05-20']);
    const kk = `${KK}Негізгі іс-шаралар:\n  16.04 – аулаларды көгалдандыруға мониторинг;\n  21.05 – «Таза аула» дөңгелек үстелі;\n  18.06 – кеңес отырысы: жұмыс жоспары бекітілді.\n  Қалған 3 мониторинг маусымда жүргізілді.`;
    expect(activities(kk)).toEqual(['monitoring 2025-04-16', 'round_table 2025-05-21']);
  });
});

describe('a type named as what a meeting considered is no event on the meeting\'s day (set 66 Kokshetau)', () => {
  it('ru and kk: the meetings\' days give no monitoring, round table or hearing', () => {
    expect(activities(`${RU}Проведено 2 заседания – 15 октября и 17 декабря, на которых рассматривались материалы мониторингов и обращения.`)).toEqual([]);
    expect(activities(`${RU}Заседание президиума 12 марта, на нем обсуждены итоги круглого стола.`)).toEqual([]);
    expect(activities(`${KK}Кеңестің 14 наурыздағы отырысында мониторинг нәтижелері қаралды.`)).toEqual([]);
  });
  it('near-miss the other way: a monitoring told held on its day keeps it, even beside considered papers', () => {
    expect(activities(`${RU}12 марта проведен мониторинг школьных столовых.`)).toEqual(['monitoring 2025-03-12']);
    expect(activities(`${KK}2025 жылғы 14 наурызда мектеп асханаларына мониторинг жүргізілді.`)).toEqual(['monitoring 2025-03-14']);
  });
});

describe('a chronology under month headings, each entry its day, a stop, and a sentence (set 67 Bilim)', () => {
  it('kk: entries wrapped at their own indent; the type ending its clause before a comma; a numbered meeting that heard a report', () => {
    const text = `${KK}Шілде\n  9 шілде. Әлеуметтік комиссия жазғы лагерьлерге\n  мониторинг жүргізді (тамақтану, күзет).\n  16 шілде. Комиссиялардың бірлескен отырысы: жаз қорытындысы.\n  23 шілде. «Таза аула» дөңгелек үстелі, 30 тұрғын қатысты.\n  30 шілде. Кеңестің № 4 отырысы. Тыңдалды: аудандық білім бөлімі басшысының есебі.`;
    expect(activities(text)).toEqual(['monitoring 2025-07-09', 'round_table 2025-07-23', 'report_hearing 2025-07-30']);
  });
  it('ru: "12 марта. Проведён мониторинг …" lines, one a month\'s', () => {
    const text = `${RU}Март\n  12 марта. Комиссия провела мониторинг школьных столовых.\n  19 марта. Заседание комиссии по социальным вопросам.\n  26 марта. Семинар для членов Совета по закону об общественном контроле.`;
    expect(activities(text)).toEqual(['monitoring 2025-03-12', 'seminar 2025-03-26']);
  });
  it('near-misses: entries of no type (a member left, a meeting\'s topic) and two dated lines only give nothing', () => {
    expect(activities(`${KK}Тамыз\n  5 тамыз. Кеңес құрамынан бір мүше шықты.\n  12 тамыз. Комиссия отырысы: мониторинг жоспары.\n  19 тамыз. Құрамға жаңа мүше енгізілді.`)).toEqual([]);
    expect(activities(`${RU}  12 марта. Комиссия провела совещание.\n  19 марта. Члены Совета встретились с жителями.`)).toEqual([]);
  });
});

describe('one event told by its one-word kind, its title, a dash and its day (session 25\'s finding)', () => {
  const figures = (text: string) => Object.fromEntries(parseReport(`${text}\n`).figures.map((f) => [f.metric, f.value]));
  it('ru: "Семинар «…» – 14.05.2025 г." opening its sentence is one seminar; "Тренинг «…» – 12 марта." too', () => {
    expect(figures(`${RU}Семинар «Общественный контроль» – 14.05.2025 г.`).seminars).toBe(1);
    expect(figures(`${RU}Тренинг «Работа с обращениями» – 12 марта.`).seminars).toBe(1);
  });
  it('kk: "Меморандум «…» – 2025 жылғы 3 ақпан." is one memorandum', () => {
    expect(figures(`${KK}Меморандум «Жастар ынтымақтастығы» – 2025 жылғы 3 ақпан.`).memoranda).toBe(1);
  });
  it('near-misses: over a list, in the plural, in a plan: no count', () => {
    expect(figures(`${RU}Семинар «Общественный контроль» – 14.05.2025 г.\n- 25 участников;\n- 3 рекомендации.`).seminars).toBeUndefined();
    expect(figures(`${RU}Семинары «Общественный контроль» – 14.05.2025 г.`).seminars).toBeUndefined();
    expect(figures(`${RU}Планируется: семинар «Общественный контроль» – 14.11.2025 г.`).seminars).toBeUndefined();
  });
});

describe('a titled event over dashes of its details is one event, not a list of its kind (session 25\'s finding)', () => {
  it('ru and kk: the details are no round tables, and no count of two is made', () => {
    const ru = parseReport(`${RU}Круглый стол «Доступная среда» – 19 сентября.\n- 25 участников;\n- 3 рекомендации.\n`);
    expect(activityList(ru)).toEqual(['round_table 2025-09-19']);
    expect(ru.figures.find((f) => f.metric === 'round_tables')).toBeUndefined();
    const kk = parseReport(`${KK}«Таза қала» дөңгелек үстелі 2025 жылғы 12 наурызда өтті.\n- 40 тұрғын қатысты;\n- 5 ұсыныс берілді.\n`);
    expect(activityList(kk)).toEqual(['round_table 2025-03-12']);
  });
  it('near-miss the other way: a heading that counts its kind keeps its dated items', () => {
    expect(activities(`${RU}Проведено 2 круглых стола.\n- «Чистый город» – 12 марта;\n- «Безопасная школа» – 14 мая.`)).toEqual(['round_table 2025-03-12', 'round_table 2025-05-14']);
  });
});

describe('yearless dated lists of a quarter\'s report (sets 64 Shu, 67 Saryarka)', () => {
  const Q = 'Отчет Общественного совета за IV квартал 2025 года\n\n';
  const KQ = 'Қоғамдық кеңестің 2025 жылғы IV тоқсандағы жұмысы туралы ақпарат\n\n';
  it('kk and ru: a heading run into its days alone is an event a day', () => {
    expect(activities(`${KQ}Мониторингтер: 22.10, 12.11 және 09.12.`)).toEqual(['monitoring 2025-10-22', 'monitoring 2025-11-12', 'monitoring 2025-12-09']);
    expect(activities(`${Q}Семинары: 14.10, 20.11.`)).toEqual(['seminar 2025-10-14', 'seminar 2025-11-20']);
  });
  it('kk and ru: a heading with its verb over items that open with day and month', () => {
    expect(activities(`${KQ}Есептер тыңдалды: 15.10 – аудандық ауыл шаруашылығы бөлімі; 19.11 – аудандық білім бөлімі.`)).toEqual(['report_hearing 2025-10-15', 'report_hearing 2025-11-19']);
    expect(activities(`${Q}Мониторинги проведены: 08.10 – школьные столовые; 26.11 – дворы микрорайона.`)).toEqual(['monitoring 2025-10-08', 'monitoring 2025-11-26']);
  });
  it('ru and kk: a bullet counting its kind over sub-items closed by day and month (a bracket after)', () => {
    const ru = `${Q}• Круглых столов – 2:\n    – «Инклюзивная среда» – 24.10 (комиссия по социальным\n      вопросам);\n    – «Раздельный сбор отходов» – 12.12.\n• Обращений – 5.`;
    expect(activities(ru)).toEqual(['round_table 2025-10-24', 'round_table 2025-12-12']);
    const kk = `${KQ}• Дөңгелек үстелдер – 2:\n    – «Таза аула» – 14.10;\n    – «Жастар және еңбек» – 18.11 (әлеуметтік комиссия).`;
    expect(activities(kk)).toEqual(['round_table 2025-10-14', 'round_table 2025-11-18']);
  });
  it('near-misses: a plan\'s heading, a heading with one day, another number in the run, a heading counting its commissions\' parts', () => {
    expect(activities(`${KQ}Мониторингтер жоспары: 22.01, 12.02.`)).toEqual([]);
    expect(activities(`${Q}Мониторинги: 22.10, 3 школы.`)).toEqual([]);
    expect(activities(`${Q}Запланированы мониторинги: 22.01, 12.02.`)).toEqual([]);
    expect(activities(`${Q}• Мониторингов – 5, из них:\n    – комиссия по социальным вопросам – 3;\n    – комиссия по вопросам ЖКХ – 2.`)).toEqual([]);
  });
});

describe('a dated sentence whose type stands lines below its date (set 66 Kostanay oblast)', () => {
  it('kk and ru: the hearing told at the end of a sentence wrapped over four lines is dated by its opening day', () => {
    const kk = `${KK}   Комиссия 3 отырыс өткізді. 2025 жылғы 22 сәуірде Кеңес отырысында\n   облыстық денсаулық сақтау басқармасының және оған ведомстволық\n   бағынысты «Облыстық аурухана» ШЖҚ КМК-ның есептері\n   тыңдалды. Комиссияның 11 ұсынысы жолданды.`;
    expect(activities(kk)).toEqual(['report_hearing 2025-04-22']);
    const ru = `${RU}Комиссия провела 2 заседания. 14 мая на заседании Совета с участием\nжителей микрорайона и представителей\nуправляющих компаний был проведен круглый\nстол «Тарифы и качество услуг». Далее работа продолжилась.`;
    expect(activities(ru)).toEqual(['round_table 2025-05-14']);
  });
  it('near-miss: the type in the next sentence, after the dated one closed, gives no event on that date', () => {
    const ru = `${RU}Комиссия провела заседание 14 мая с участием\nжителей микрорайона. В дальнейшем планируется\nкруглый стол по тарифам.`;
    expect(activities(ru)).toEqual([]);
  });
});
