/**
 * Classes of held-out set 11's reports (a справка answering a request point by point, a Kazakh quarter's diary
 * under month headings, a long annual report in the 2019 shape): tables typed one row a line between tabs, lists
 * of meetings' topics, dates standing before their titles, and their near-misses.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';

const activities = (text: string) => parseReport(text).activities.map((a) => `${a.type} ${a.date_start ?? '-'}${a.date_end !== a.date_start ? `..${a.date_end ?? '-'}` : ''}`);
const count = (text: string, type: string) => parseReport(text).activities.filter((a) => a.type === type).length;

describe('a monitoring table typed one row a line, between tabs', () => {
  const table = (rows: string) => `Отчет о работе Общественного совета за 2025 год

Проведен общественный мониторинг в количестве 4 мероприятий.
Информация о проведении общественного мониторинга

\t№\tКол-во\tТема\tДата\tКто принял участие\tРекомендации
${rows}`;

  it('rows numbered afresh each month, "Кол-во" on a month\'s first row only, empty months "-": one monitoring a row', () => {
    const text = table(`
\tЯнварь
\t-\t-\t-\t-\t-\t-

\tФевраль
\t1.\t2\tМониторинг работы котельных\t11.02.2025\tКомиссия № 2\tНаправлены в отдел ЖКХ
\t2.\t\tМониторинг доступности зданий\t26.02.2025\tОО «Мейірім»\tОбследовано 15 объектов

\tМарт
\t1.\t1\tМониторинг горячего питания в школах\t15.03.2025\tКомиссия № 3\tПолучен ответ

\tИюль – Август
\t1.\t1\tМониторинг ремонта дорог\t\tКомиссия № 1\tРекомендовано до 1 сентября 2025 г.
`);
    const x = parseReport(text);
    expect(activities(text)).toEqual(['monitoring 2025-02-11', 'monitoring 2025-02-26', 'monitoring 2025-03-15', 'monitoring 2025-07-01..2025-08-31']);
    expect(x.issues.filter((i) => /table|monitorings/.test(i.message))).toEqual([]);
  });

  it('a Kazakh table with a month pair "Шілде-тамыз" and no date column: the two months', () => {
    const text = `Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп

Қоғамдық мониторинг

\t№\tСаны\tТақырыбы\tҚатысушылар
\tШілде-тамыз
\t1.\t1\tАуыз су сапасына мониторинг\tКомиссия
`;
    expect(activities(text)).toEqual(['monitoring 2025-07-01..2025-08-31']);
  });

  it('the 2019 layout, a cell a line, is read as before', () => {
    const text = `Отчет за 2019 год

Общественный мониторинг

\t№
\tКол-во
\tТема
\tМарт
\t1.
\t1
\tМониторинг парка
\tАпрель
\t1.
\t1
\tМониторинг дорог
`;
    expect(activities(text)).toEqual(['monitoring 2019-03-01..2019-03-31', 'monitoring 2019-04-01..2019-04-30']);
  });
});

describe('the topics of meetings are no activities', () => {
  it('a bullet list under "рассмотрены следующие вопросы (проведено 8 заседаний):", a line above naming hearings', () => {
    const text = `Отчет за 2025 год

Проведено 5 заседаний Президиума, на которых обсуждалась подготовка к общественным слушаниям.

Так, на заседаниях Общественного совета были рассмотрены следующие вопросы (проведено 8 заседаний):
· Утверждение плана работы на 2025 год;
· О проведении общественных слушаний по проекту Правил благоустройства;
· Итоги общественного мониторинга по качеству питьевой воды.
`;
    expect(activities(text)).toEqual([]);
  });

  it('Kazakh: "Кеңес отырыстарында мынадай мәселелер қаралды:"', () => {
    const text = `2025 жылғы есеп

Кеңес отырыстарында мынадай мәселелер қаралды:
1. Қоғамдық тыңдау өткізу туралы;
2. Қоғамдық мониторинг қорытындысы туралы.
`;
    expect(activities(text)).toEqual([]);
  });

  it('near-miss: a list of the hearings held right under its own heading stays', () => {
    const text = `Отчет за 2025 год

На заседаниях рассмотрены отчеты. Проведено 2 общественных слушания:
1. «Правила благоустройства» – 27 февраля 2025 г.;
2. «Бюджет города» – 23 октября 2025 г.
`;
    expect(activities(text)).toEqual(['public_hearing 2025-02-27', 'public_hearing 2025-10-23']);
  });
});

describe('dates standing before their quoted titles, no dash', () => {
  it('"проведено 2 обучающих семинара: 6 февраля 2025 г. «A» и 9 октября 2025 г. «B «C»." (the last » merged)', () => {
    const text = `Отчет за 2025 год

Для членов совета проведено 2 обучающих семинара: 6 февраля 2025 г. «Общественный контроль: порядок и формы» и 9 октября 2025 г. «Экспертиза проектов НПА на портале «Открытые НПА».
`;
    expect(activities(text)).toEqual(['seminar 2025-02-06', 'seminar 2025-10-09']);
  });

  it('Kazakh: "2 семинар өткізілді: 2025 жылғы 6 ақпанда «A», 2025 жылғы 9 қазанда «B»"', () => {
    const text = `2025 жылғы есеп

Кеңес мүшелері үшін 2 семинар өткізілді: 2025 жылғы 6 ақпанда «Қоғамдық бақылау», 2025 жылғы 9 қазанда «НҚА сараптамасы».
`;
    expect(count(text, 'seminar')).toBe(2);
  });

  it('near-miss: words between the date and the title, or a count that is not the titles\': one activity or none split', () => {
    const text = `Отчет за 2025 год

Проведено 3 обучающих семинара: 6 февраля 2025 г. «Общественный контроль» и 9 октября 2025 г. «Экспертиза НПА».
`;
    expect(count(text, 'seminar')).toBeLessThan(2);
  });
});

describe('a diary under month headings', () => {
  it('Kazakh bullets under ШІЛДЕ / ТАМЫЗ / ҚЫРКҮЙЕК, each opening with a date of its own form; meetings are no activities', () => {
    const text = `2025 жылдың ІІІ тоқсанындағы жұмысы туралы АҚПАРАТ

ШІЛДЕ
• шілденің 9-ы – Қоғамдық кеңестің кезекті отырысы (№ 5 хаттама);
• 2025 жылғы 17 шілдеде – «Ветеринария бөлімі» ММ басшысының қызметі
  туралы есебі тыңдалды, 6 ұсыным берілді;
• шілденің 24-і – ойын алаңдарына қоғамдық мониторинг.

ТАМЫЗ
• тамыздың 7-сі – Президиум отырысы;
• тамыздың 21-і – «Жастар» тақырыбында дөңгелек үстел (қатысушылар – 45 адам);
• 28.08.2025 ж. – ауруханамен ынтымақтастық туралы меморандумға қол қойылды.

ҚЫРКҮЙЕК
• қыркүйектің 11-і – Қоғамдық кеңестің отырысы, «Білім бөлімі» ММ басшысының есебі тыңдалды;
• 2025 жылғы 25 қыркүйекте – бас жоспар жобасы бойынша қоғамдық тыңдау.
`;
    expect(activities(text)).toEqual(['report_hearing 2025-07-17', 'monitoring 2025-07-24', 'round_table 2025-08-21', 'memorandum 2025-08-28', 'report_hearing 2025-09-11', 'public_hearing 2025-09-25']);
  });

  it('Russian dashes under "Июль 2025 г.:", "Август" and "Сентябрь – октябрь", dates "9 июля", "14.08."', () => {
    const text = `Информация о работе Общественного совета за III квартал 2025 года

Июль 2025 г.:
– 9 июля – заседание Общественного совета;
– 17 июля – заслушан отчет руководителя отдела образования.

Август
– 14.08. – общественный мониторинг пришкольных лагерей;

Сентябрь – октябрь
– 25 сентября – круглый стол «Молодежь и занятость».
`;
    expect(activities(text)).toEqual(['report_hearing 2025-07-17', 'monitoring 2025-08-14', 'round_table 2025-09-25']);
  });

  it('near-misses: an item with no date, one naming two types, a type only inside quotes, a plan\'s months', () => {
    const text = `Информация за III квартал 2025 года

Июль
– мониторинг дорог по ул. Абая;
– 10 июля – мониторинг и круглый стол по итогам;
– 12 июля – заседание комиссии «Общественный мониторинг»;

ПЛАН НА IV КВАРТАЛ

Октябрь
– 9 октября – общественный мониторинг качества воды.
`;
    expect(activities(text)).toEqual([]);
  });

  it('near-miss: a month heading over a list of items that open with no date is not a diary', () => {
    const text = `Отчет за 2025 год

Июль
1. Круглый стол по вопросам молодежи;
2. Мониторинг дорог.
`;
    expect(activities(text)).toEqual([]);
  });
});

const figures = (text: string) => Object.fromEntries(parseReport(text).figures.map((f) => [f.metric, f.value]));

describe('figures stated the way a справка and a long report state them', () => {
  it('"Заслушано 2 отчета районных отделов" and "екі бөлім басшысының есебі тыңдалды": hearings and departments, one number', () => {
    expect(figures('Справка за 9 месяцев 2025 года\n\nПо пункту 3. Заслушано 2 отчета районных отделов.\n')).toMatchObject({ report_hearings: 2, departments_heard: 2 });
    expect(figures('2025 жылдың ІІІ тоқсанындағы АҚПАРАТ\n\nАудандық екі бөлім басшысының есебі тыңдалды.\n')).toMatchObject({ report_hearings: 2, departments_heard: 2 });
  });

  it('near-misses: reports of departments and of others, a department\'s count apart from the hearings', () => {
    const a = figures('Отчет за 2025 год\n\nЗаслушано 5 отчетов отделов и управлений.\n');
    expect(a.report_hearings).toBe(5);
    expect(a.departments_heard).toBeUndefined();
    const b = figures('Отчет за 2025 год\n\nПроведено 6 заслушиваний отчетов (руководителей 4 отделов и 2 подведомственных организаций).\n');
    expect(b).toMatchObject({ report_hearings: 6, departments_heard: 4 });
    // Departments named with no hearing verb: nothing shared.
    expect(figures('Отчет за 2025 год\n\nНаправлено 2 отчета районных отделов в акимат.\n').departments_heard).toBeUndefined();
  });

  it('appeals answered: "по всем 9 даны ответы", "на все 12 направлены ответы", "с направлением ответа заявителям 51 обращение", "4-іне жауап берілді"', () => {
    expect(figures('Отчет за 2025 год\n\nПоступило 9 обращений граждан, по всем 9 даны ответы в установленный срок (15 рабочих дней).\n')).toEqual({ appeals_received: 9, appeals_answered: 9 });
    expect(figures('Отчет за 2025 год\n\nПоступило 12 обращений, на все 12 направлены ответы.\n')).toEqual({ appeals_received: 12, appeals_answered: 12 });
    const x = parseReport('Отчет за 2025 год\n\nПоступило 57 обращений. Рассмотрено с направлением ответа заявителям 51 обращение, остальные находятся на рассмотрении.\n');
    expect(Object.fromEntries(x.figures.map((f) => [f.metric, f.value]))).toEqual({ appeals_received: 57, appeals_answered: 51 });
    expect(x.issues).toEqual([]);
    expect(figures('2025 жылдың ІІІ тоқсанындағы АҚПАРАТ\n\nТоқсанда Кеңеске 6 өтініш түсті. 4-іне жауап берілді, қалғандары бойынша мерзім қазанда аяқталады.\n')).toEqual({ appeals_received: 6, appeals_answered: 4 });
  });

  it('near-misses of answers: letters answered in a sentence after the appeals, answers to letters in Kazakh', () => {
    const a = figures('Отчет за 2025 год\n\nПоступило 9 обращений. Направлено 5 писем, по всем 5 даны ответы.\n');
    expect(a.appeals_answered).toBeUndefined();
    const b = figures('2025 жылғы есеп\n\nКеңеске 6 өтініш түсті. Мемлекеттік органдарға 5 хат жолданды, 3 хатқа жауап алынды.\n');
    expect(b.appeals_answered).toBeUndefined();
  });

  it('letters answered "получены ответы на 58 писем"; NPAs pending "на рассмотрении находятся 2 проекта"', () => {
    expect(figures('Отчет за 2025 год\n\nВ государственные органы направлено 64 письма с рекомендациями, получены ответы на 58 писем.\n')).toEqual({ letters_sent: 64, letters_answered: 58 });
    const x = figures('Отчет за 2025 год\n\nНа экспертизу поступило 36 проектов нормативных правовых актов. Рассмотрено 34 проекта. По состоянию на 31 декабря 2025 года на рассмотрении находятся 2 проекта (поступили 24 и 26 декабря).\n');
    expect(x).toMatchObject({ npa_reviewed: 34, npa_pending: 2 });
    expect(figures('2025 жылғы есеп\n\nНормативтік құқықтық актілердің 10 жобасы қаралды, қарауда тағы 2 жоба бар.\n')).toMatchObject({ npa_reviewed: 10, npa_pending: 2 });
  });

  it('near-miss: appeals "на рассмотрении" are no NPAs pending', () => {
    const x = figures('Отчет за 2025 год\n\nРассмотрено 34 проекта НПА. Поступило 20 обращений, на рассмотрении находятся 2 обращения.\n');
    expect(x.npa_pending).toBeUndefined();
  });

  it('members "5 (пять) человек – представители государственных органов и 20 (двадцать) – представители гражданского общества"', () => {
    const text = 'Отчет за 2025 год\n\nОбщественный совет сформирован в количестве 25 человек, из них 5 (пять) человек – представители государственных органов и 20 (двадцать) – представители гражданского общества.\n';
    expect(figures(text)).toEqual({ members_total: 25, members_state: 5, members_civil: 20 });
    const kk = '2025 жылғы есеп\n\nКеңес құрамында 15 мүше бар, оның ішінде 11 адам – азаматтық қоғам өкілдері, 4 адам – мемлекеттік орган өкілдері.\n';
    expect(figures(kk)).toMatchObject({ members_total: 15, members_civil: 11, members_state: 4 });
  });
});

describe('a none stated in words', () => {
  const q = (body: string) => figures(`Информация о работе Общественного совета за II квартал 2025 года\n\n${body}\n`);
  const kk = (body: string) => figures(`2025 жылдың ІІІ тоқсанындағы жұмысы туралы АҚПАРАТ\n\n${body}\n`);

  it('Russian: "Общественные слушания в отчетном периоде не проводились", "Заседания президиума не проводились", "Обращения не поступали", "новые члены не вводились"', () => {
    expect(q('Общественные слушания в отчетном периоде не проводились; слушания по проекту генплана запланированы на ноябрь 2025 года.')).toEqual({ public_hearings: 0 });
    expect(q('Проведено 2 заседания совета. Заседания президиума в отчетном квартале не проводились.')).toEqual({ general_meetings: 2, presidium_meetings: 0 });
    expect(q('Обращения граждан в Совет не поступали.')).toEqual({ appeals_received: 0 });
    // A membership that did not change: 0 joined and 0 left since session 19 (sets 4, 9, 10, 11, 15 leave it out; 18–51 count it).
    const members = parseReport('Информация за II квартал 2025 года\n\nВ состав совета новые члены не вводились, выбывших членов не было.\n');
    expect(members.figures.map((c) => `${c.metric}=${c.value}`)).toEqual(['members_joined=0', 'members_left=0']);
    expect(q('Круглые столы не организовывались.')).toEqual({ round_tables: 0 });
  });

  it('Kazakh: "жаңа мүше енгізілген жоқ", "Қоғамдық тыңдау өткізілмеді", "Меморандумдарға қол қойылған жоқ"', () => {
    expect(kk('Тоқсанда Кеңес құрамынан бір мүше өз өтініші бойынша шықты, жаңа мүше енгізілген жоқ.')).toEqual({ members_left: 1, members_joined: 0 });
    expect(kk('Есепті кезеңде қоғамдық тыңдау өткізілмеді.')).toEqual({ public_hearings: 0 });
    expect(kk('Президиум отырысы өткізілген жоқ.')).toEqual({ presidium_meetings: 0 });
  });

  it('near-misses: a qualified subject, another year, a part of the period, a plan, a count stated', () => {
    expect(q('Выездные заседания президиума не проводились.')).toEqual({});
    expect(q('Общественные слушания по проекту бюджета не проводились.')).toEqual({});
    expect(q('В 2024 году общественные слушания не проводились.')).toEqual({});
    expect(q('В апреле общественные слушания не проводились.')).toEqual({});
    // (A membership unchanged is 0 joined and 0 left since session 19: no near-miss any more.)
    expect(q('Изменений в составе за отчетный период не было.')).toEqual({ members_joined: 0, members_left: 0 });
    // Held, not none: no "не" before a Russian verb.
    expect(q('Заседания комиссий проводились ежемесячно.')).toEqual({});
    expect(q('Проведено 2 общественных слушания. Выездные слушания не проводились.')).toEqual({ public_hearings: 2 });
    expect(q('ПЛАН НА III КВАРТАЛ\n\nОбщественные слушания не проводились, будут проведены в августе.')).toEqual({});
    expect(figures('Отчет за 2025 год\n\nВ I квартале общественные слушания не проводились. Проведено 3 мониторинга.\n')).toEqual({ monitorings: 3 });
    expect(kk('Шілде айында қоғамдық тыңдау өткізілмеді.')).toEqual({});
  });

  it('near-miss: a none contradicted by a dated activity of the same kind is no figure', () => {
    const text = 'Информация за II квартал 2025 года\n\nОбщественные слушания не проводились.\n\n12 мая 2025 года проведены общественные слушания по проекту бюджета.\n';
    expect(figures(text).public_hearings).toBeUndefined();
  });
});

describe('views counted as times seen', () => {
  const media = (text: string) => parseReport(text).media.map((m) => `${m.platform} ${m.publications ?? '-'}/${m.views ?? '-'}`);

  it('"Telegram-дағы жарияланымдар 12 300 рет қаралды" after the publications: the views of that platform\'s one entry', () => {
    const text = `2025 жылдың ІІІ тоқсанындағы АҚПАРАТ

Кеңестің қызметі туралы Facebook парақшасында – 18, Telegram-арнада – 27 жарияланым
орналастырылды, барлығы 45 жарияланым. Telegram-дағы жарияланымдар 12 300 рет қаралды.
`;
    expect(media(text)).toEqual(['facebook 18/-', 'telegram 27/12300']);
  });

  it('Russian "просмотрены 8 400 раз", Kazakh "40 жарияланым 8 400 рет қаралды" in one clause', () => {
    expect(media('Отчет за 2025 год\n\nВ Telegram размещено 30 публикаций. Публикации в Telegram просмотрены 8 400 раз.\n')).toEqual(['telegram 30/8400']);
    expect(media('2025 жылғы есеп\n\nInstagram-дағы 40 жарияланым 8 400 рет қаралды.\n')).toEqual(['instagram 40/8400']);
  });

  it('near-misses: "более 8 400 раз" is approximate, "3 раза в неделю" is no views, NPA "рет қаралды" names no platform', () => {
    expect(media('Отчет за 2025 год\n\nВ Instagram размещено 40 публикаций, они просмотрены более 8 400 раз.\n')).toEqual(['instagram 40/-']);
    expect(media('Отчет за 2025 год\n\nВ Instagram размещено 40 публикаций, 3 раза в неделю.\n')).toEqual(['instagram 40/-']);
    expect(media('2025 жылғы есеп\n\nНҚА жобасы 2 рет қаралды.\n')).toEqual([]);
  });
});

describe('a none stated as "ни одного"', () => {
  const q = (body: string) => figures(`Информация о работе Общественного совета за II квартал 2025 года\n\n${body}\n`);
  it('"В отчетном периоде не проведено ни одного общественного слушания", "бірде-бір қоғамдық тыңдау өткізілмеді"', () => {
    expect(q('В отчетном периоде не проведено ни одного общественного слушания.')).toEqual({ public_hearings: 0 });
    expect(figures('2025 жылдың ІІІ тоқсанындағы АҚПАРАТ\n\nБірде-бір қоғамдық тыңдау өткізілмеді.\n')).toEqual({ public_hearings: 0 });
  });
  it('near-misses: "ни одного" about a part or with more after the subject', () => {
    expect(q('В апреле не проведено ни одного общественного слушания.')).toEqual({});
    expect(q('Не проведено ни одного общественного слушания по проекту бюджета.')).toEqual({});
  });
});
