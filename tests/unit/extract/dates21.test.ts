/**
 * Session 21's activity classes (issue 12): the bodies heard told one by one, each sentence dated, whoever heads the body
 * (a department's head, a director, an akim) and whatever verb tells it (Sozak, Turkestan, Zhalagash of set 55); a table of
 * dated hearings under a line that counts them (Kordai). Each in ru and kk, with near-misses that must not be read: a
 * planned hearing, last year's, a hearing other bodies held that members attended, a deadline.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { activityList, figureMap } from '../../helpers/extractCases.ts';

const RU = 'Отчет о работе Общественного совета за 2025 год\n\n';
const KK = 'Қоғамдық кеңестің 2025 жылғы қызметі туралы есеп\n\n';
const figures = (text: string) => figureMap(parseReport(`${text}\n`));
const dates = (text: string) => activityList(parseReport(`${text}\n`)).filter((a) => a.startsWith('report_hearing'));

describe('heads heard one by one, a count of them stated elsewhere (Sozak, Turkestan)', () => {
  const kk = `${KK}Есеп тыңдау – 4.\n\nЕсеп тыңдаулар. 2025 жылғы 12 ақпанда аудандық білім бөлімінің басшысы Серіков Н.Қ. мектептердегі ас сапасы туралы есеп берді. 23 сәуірде аудандық ауыл шаруашылығы бөлімінің басшысы Дәулетов Т.Ә. жайылымдар туралы баяндады. 2025 жылғы 28 мамырда «Су арнасы» МКК директоры Омаров А.М. ауыз су сапасы туралы есеп берді. Шілденің 16-сында Ақтоғай ауылдық округінің әкімі Бекенов Е.Т. абаттандыру жұмыстары жөнінде ақпарат берді.`;
  it('kk: "есеп берді", "баяндады", "ақпарат берді"; an okrug akim is heard, of no kind counted', () => {
    expect(dates(kk)).toEqual(['report_hearing 2025-02-12', 'report_hearing 2025-04-23', 'report_hearing 2025-05-28', 'report_hearing 2025-07-16']);
    expect(figures(kk)).toMatchObject({ report_hearings: 4, departments_heard: 2, subordinate_orgs_heard: 1 });
  });
  const ru = `${RU}Заслушивания отчётов: 4.\n\nРуководитель управления здравоохранения области Мырзаев Ж.Т. отчитался перед Советом 17 июля 2025 года о кадрах.\n\nНа заседании 28 августа Совет заслушал акима Ордабасинского района Оспанова Б.М. – о газификации.\n\n9 октября на заседании президиума отчёт о подготовке к отопительному сезону представил руководитель управления энергетики области Абенов С.Р.\n\nАким Сарыагашского района Тулеуов Е.Қ. выступил перед членами Совета 20 ноября.`;
  it('ru: a capital head opening the sentence, the date after it, an akim of a district, "отчёт … представил"', () => {
    expect(dates(ru)).toEqual(['report_hearing 2025-07-17', 'report_hearing 2025-08-28', 'report_hearing 2025-10-09', 'report_hearing 2025-11-20']);
  });
  it('near-miss: a planned hearing, last year\'s, a session of the maslikhat members attended, a deadline are not heads heard', () => {
    const with_ = (extra: string) => dates(`${ru}\n\n${extra}`);
    // Each one more head would break the count: read, it would leave no hearing at all (4 told ≠ 5).
    expect(with_('На 18 декабря запланировано: будет заслушан руководитель отдела образования.')).toHaveLength(4);
    expect(with_('Члены Совета приняли участие в сессии маслихата 12 декабря, где отчитался аким Кентау города.')).toHaveLength(4);
    expect(with_('Руководитель отдела ЖКХ был приглашён с отчётом до 20 декабря.')).toHaveLength(4);
    expect(dates(`${kk}\n\n2024 жылғы 11 желтоқсанда жұмыспен қамту бөлімінің басшысы есеп берді.`)).toHaveLength(4);
  });
  it('near-miss: a count the heads do not meet reads none of them', () => {
    expect(dates(kk.replace('Есеп тыңдау – 4.', 'Есеп тыңдау – 5.'))).toEqual([]);
  });
});

describe('heads one by one under a heading that counts them, one already read by another reader (Zhalagash)', () => {
  const ru = `${RU}Заслушивание отчётов. В течение года перед Советом отчитались руководители четырёх органов.\n29 января на заседании Совета выступил с отчётом руководитель ГУ «Отдел образования района» Есенов Қ.Б. – о подвозе учащихся.\n19 марта Совет заслушал руководителя ГУ «Отдел занятости и социальных программ района» Бекова Г.Р.\n21 мая на заседании комиссии отчитался директор ГКП на ПХВ «Жылу», подведомственного отделу ЖКХ района.\n18 июня на выездном заседании была заслушана информация акима Мадениетского сельского округа Ахметова Д.С. о благоустройстве.`;
  it('ru: four heads, four dated hearings; two departments and a subordinate enterprise', () => {
    expect(dates(ru)).toEqual(['report_hearing 2025-01-29', 'report_hearing 2025-03-19', 'report_hearing 2025-05-21', 'report_hearing 2025-06-18']);
    expect(figures(ru)).toMatchObject({ report_hearings: 4, departments_heard: 2, subordinate_orgs_heard: 1 });
  });
});

describe('a table of dated hearings under a line that counts them (Kordai)', () => {
  const table = (heading: string, rows: string[]) => `${RU}${heading}\n\n№\tДата\tЧей отчёт заслушан\tТема\n${rows.join('\n')}\n`;
  const rows = ['1 13.02.2025 ГУ «Отдел образования района»\tподвоз детей', '2 13.02.2025\tГУ «Отдел земельных отношений района»\tземля (выдано 318 актов)', '3 17.04.2025 аким сельского округа\tблагоустройство'];
  it('ru: "Всего заслушано 3 отчёта:" over three rows is three hearings on their dates', () => {
    expect(dates(table('3. Заслушивание отчётов. Всего заслушано 3 отчёта:', rows))).toEqual(['report_hearing 2025-02-13', 'report_hearing 2025-02-13', 'report_hearing 2025-04-17']);
  });
  it('kk: "Барлығы 3 есеп тыңдалды:"', () => {
    const kk = `${KK}Барлығы 3 есеп тыңдалды:\n\n№\tКүні\tКімнің есебі\tТақырыбы\n1 13.02.2025 білім бөлімі\tтасымал\n2 13.03.2025\tжер қатынастары бөлімі\tжер\n3 17.04.2025 ауылдық округ әкімі\tабаттандыру\n`;
    expect(dates(kk)).toEqual(['report_hearing 2025-02-13', 'report_hearing 2025-03-13', 'report_hearing 2025-04-17']);
  });
  it('near-miss: rows that do not meet the count, a planned count, last year\'s count', () => {
    expect(dates(table('Всего заслушано 4 отчёта:', rows))).toEqual([]);
    expect(dates(table('В 2026 году планируется заслушать 3 отчёта:', rows))).toEqual([]);
    expect(dates(table('В 2024 году заслушано 3 отчёта:', rows))).toEqual([]);
  });
});

describe('a numbered chronology, the kind opening or closing each entry (Almaty energy)', () => {
  const kk = `Қоғамдық кеңестің 2024 жылғы IV тоқсандағы жұмыс есебі\n\nТоқсандағы іс-шаралар хронологиясы\n1. 02.10.2024 — комиссиялардың бірлескен отырысы (жылу беру маусымына дайындық).\n2. 09.10.2024 — мониторинг: көппәтерлі үйлерді жылумен қамту,\n   15 үй тексерілді.\n3. 16.10.2024 — Кеңес отырысы № 4. «Су арнасы» МКК басшысының есебі тыңдалды.\n4. 30.10.2024 — «Тұтынушылар құқығы» дөңгелек үстелі.\n5. 20.11.2024 — тарифтер жобасы бойынша қоғамдық тыңдау (қатысқаны 84 адам, оның ішінде\n   онлайн 31).\n6. 18.12.2024 — Кеңес отырысы № 5. Басқармаға ведомстволық бағынысты «Жарық» КМК\n   директорының есебі тыңдалды.\n`;
  const all = (text: string) => activityList(parseReport(text));
  it('kk: the kind after a quoted title or a meeting\'s number, an entry wrapped onto the next line', () => {
    expect(all(kk)).toEqual(['monitoring 2024-10-09', 'report_hearing 2024-10-16', 'round_table 2024-10-30', 'public_hearing 2024-11-20', 'report_hearing 2024-12-18']);
  });
  it('ru: "1) 05.03.2025 — заседание Совета № 2. Заслушан отчёт …"', () => {
    const ru = `${RU}Хронология\n1) 05.03.2025 — заседание Совета № 2. Заслушан отчёт руководителя отдела образования.\n2) 19.03.2025 — круглый стол «Вода и фермеры».\n3) 09.04.2025 — мониторинг: состояние дорог.\n`;
    expect(all(ru)).toEqual(['report_hearing 2025-03-05', 'round_table 2025-03-19', 'monitoring 2025-04-09']);
  });
  it('near-miss: an entry planned, put off, or another\'s event the members attended is no event', () => {
    const ru = `${RU}Хронология\n1) 05.03.2025 — мониторинг: состояние дорог.\n2) 19.03.2025 — круглый стол «Вода» (перенесен на апрель).\n3) 09.04.2025 — члены Совета приняли участие в семинаре областного совета.\n4) 20.12.2025 — общественные слушания по бюджету (запланированы).\n`;
    expect(all(ru)).toEqual(['monitoring 2025-03-05']);
  });
});

describe('two bodies heard on one day, the count stated (Atyrau)', () => {
  const ru = (rest: string) => `${RU}Заслушано отчетов: 3.\n\nСЕНТЯБРЬ\n10 сентября состоялось заседание Совета № 4. ${rest}\n\nДЕКАБРЬ\n23 декабря – итоговое заседание Совета № 6, заслушан отчет ГУ «Отдел строительства города».\n`;
  it('ru: "Заслушаны отчеты ГУ «…» и ГУ «…»" in the sentence after the day\'s', () => {
    expect(dates(ru('Заслушаны отчеты ГУ «Отдел образования города» и ГУ «Отдел занятости и социальных программ города».'))).toEqual(['report_hearing 2025-09-10', 'report_hearing 2025-09-10', 'report_hearing 2025-12-23']);
  });
  it('kk: "… бөлімі мен … бөлімінің есептері тыңдалды"', () => {
    const kk = `${KK}Тыңдалған есептер: 3.\n\n10 қыркүйекте Кеңестің № 4 отырысы өтті. Онда аудандық білім бөлімі мен жұмыспен қамту бөлімінің есептері тыңдалды.\n\n23 желтоқсанда Кеңес отырысында құрылыс бөлімінің басшысының есебі тыңдалды.\n`;
    expect(dates(kk)).toEqual(['report_hearing 2025-09-10', 'report_hearing 2025-09-10', 'report_hearing 2025-12-23']);
  });
  it('near-miss: a split that does not meet the count is not made', () => {
    expect(dates(ru('Заслушаны отчеты ГУ «Отдел образования города» и ГУ «Отдел занятости города».').replace('отчетов: 3', 'отчетов: 4'))).toEqual(['report_hearing 2025-09-10', 'report_hearing 2025-12-23']);
  });
});

describe('the departments heard in the count\'s bracket (Aksai)', () => {
  it('ru: "заслушано отчетов – 2 (отдел образования и отдел ЖКХ, ПТ и АД)"', () => {
    expect(figures(`${RU}Итого за год: заседаний Совета – 2; заслушано отчетов – 2 (отдел образования и отдел ЖКХ, ПТ и АД); мониторингов – 3.`).departments_heard).toBe(2);
  });
  it('kk: "есеп тыңдау – 2 (білім бөлімі және … бөлімі)", "2 есеп тыңдалды (… бөлімі мен … бөлімі)"', () => {
    expect(figures(`${KK}Жыл қорытындысы: есеп тыңдау – 2 (білім бөлімі және тұрғын үй-коммуналдық шаруашылық бөлімі); мониторинг – 3.`).departments_heard).toBe(2);
    expect(figures(`${KK}Кеңес отырыстарында 2 есеп тыңдалды (білім бөлімі мен кәсіпкерлік бөлімі).`).departments_heard).toBe(2);
  });
  it('near-miss: another body in the bracket, departments in the plural, fewer items than the count', () => {
    expect(figures(`${RU}Итого: заслушано отчетов – 2 (отдел образования и ТОО «Аксай-Агро»).`).departments_heard).toBeUndefined();
    expect(figures(`${RU}Итого: заслушано отчетов – 2 (отделы образования и ЖКХ).`).departments_heard).toBeUndefined();
    expect(figures(`${RU}Итого: заслушано отчетов – 3 (отдел образования и отдел ЖКХ).`).departments_heard).toBeUndefined();
  });
});

describe('drafts listed one by one with their result under the count (Aksai)', () => {
  const npa = (text: string) => {
    const f = figures(text);
    return [f.npa_reviewed, f.npa_approved, f.npa_with_remarks];
  };
  it('ru: "Рассмотрено 2 проекта НПА: проект … – одобрен без замечаний;" / "проект … – одобрен с замечаниями (3 замечания)."', () => {
    expect(npa(`${RU}Общественная экспертиза. Рассмотрено 2 проекта нормативных правовых актов: проект решения районного маслихата о социальной помощи – одобрен без замечаний;\nпроект постановления акимата района о пастбищах на 2025–2026 годы – одобрен с замечаниями (3 замечания).`)).toEqual([2, 1, 1]);
  });
  it('kk: "3 НҚА жобасы қаралды: … жобасы – ескертусіз мақұлданды; …"', () => {
    expect(npa(`${KK}Кеңес 3 НҚА жобасын қарады: мәслихат шешімінің жобасы – ескертусіз мақұлданды; әкімдік қаулысының жобасы – ескертулермен мақұлданды; аудандық мәслихат шешімінің жобасы – ескертусіз мақұлданды.`)).toEqual([3, 2, 1]);
  });
  it('near-miss: an item pending, items of another number, an item of several drafts', () => {
    expect(npa(`${RU}Рассмотрено 2 проекта НПА: проект решения маслихата – одобрен без замечаний; проект постановления акимата – на рассмотрении.`).slice(1)).toEqual([undefined, undefined]);
    expect(npa(`${RU}Рассмотрено 3 проекта НПА: проект решения маслихата – одобрен без замечаний; проект постановления акимата – одобрен с замечаниями.`).slice(1)).toEqual([undefined, undefined]);
    expect(npa(`${RU}Рассмотрено 3 проекта НПА: проекты решений маслихата – одобрены; проект постановления акимата – одобрен с замечаниями.`).slice(1)).toEqual([undefined, undefined]);
  });
});

describe('the bodies heard besides the departments, each named with its head (Aktau)', () => {
  it('ru: "Отчитались руководители трех отделов (…), директор ГКП «…», подведомственного акимату, а также начальник Управления полиции"', () => {
    const text = `${RU}С начала года Совет заслушал 5 отчетов. Отчитались руководители трех отделов акимата города (образования; занятости и социальных программ; жилищно-коммунального хозяйства), директор ГКП «Су Тазарту», подведомственного акимату, а также начальник Управления полиции города.`;
    expect(figures(text)).toMatchObject({ report_hearings: 5, departments_heard: 3, subordinate_orgs_heard: 1 });
  });
  it('kk: "Есеп бергендер: үш бөлімнің басшылары (…), «Су» МКК директоры, сондай-ақ полиция басқармасының бастығы"', () => {
    const text = `${KK}Жыл ішінде Кеңес бес есепті тыңдады. Есеп бергендер: үш бөлімнің басшылары (білім; жұмыспен қамту; құрылыс), «Су арнасы» МКК директоры, сондай-ақ аудандық полиция басқармасының бастығы.`;
    expect(figures(text)).toMatchObject({ report_hearings: 5, departments_heard: 3, subordinate_orgs_heard: 1 });
  });
  it('near-miss: heads that do not add up to the hearings, or another head in the plural', () => {
    expect(figures(`${RU}С начала года Совет заслушал 6 отчетов. Отчитались руководители трех отделов акимата города (образования; занятости; ЖКХ), директор ГКП «Су Тазарту», а также начальник Управления полиции города.`).subordinate_orgs_heard).toBeUndefined();
    expect(figures(`${RU}С начала года Совет заслушал 5 отчетов. Отчитались руководители трех отделов акимата города (образования; занятости; ЖКХ), директор ГКП «Су Тазарту», а также руководители двух школ.`).subordinate_orgs_heard).toBeUndefined();
  });
});
