/**
 * The classes of held-out set 44's Ekibastuz, Kostanay, Pavlodar and Petropavl reports (session 16): Russian city councils'
 * secretaries (and once the chair) phrasing their figures in subordinate and participial clauses, impersonally, in the
 * first person singular, and naming the bodies heard one by one. Each class in ru and kk, a variant the documents did not
 * show, and near-misses.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';
import { activityList, candidateList, figureMap, mediaList } from '../../../helpers/extractCases.ts';

const RU = 'Отчет о работе Общественного совета за 2025 год\n\n';
const KK = 'Қоғамдық кеңестің 2025 жылғы қызметі туралы есеп\n\n';
const figures = (text: string) => figureMap(parseReport(`${text}\n`));
const candidates = (text: string) => candidateList(parseReport(`${text}\n`));
const media = (text: string) => mediaList(parseReport(`${text}\n`));
const dates = (text: string) => activityList(parseReport(`${text}\n`));

describe('a platform\'s count in a bracket, the total after a hyphen (FALSE value, Kostanay)', () => {
  it('ru: "в Telegram-канале Совета (16) - всего 74 публикации" is 16, the 74 the total', () => {
    const text = `${RU}Информация размещалась на сайте акимата (20 материалов), в Instagram (38) и в Telegram-канале Совета (16) - всего 74 публикации.`;
    expect(media(text)).toEqual(['website:20/null', 'instagram:38/null', 'telegram:16/null']);
    expect(figures(text).publications).toBe(74);
  });
  it('kk: the bracketed count after the page, the total after "барлығы"', () => {
    expect(media(`${KK}Материалдар Instagram парақшасында (38) және Telegram арнасында (16) жарияланды, барлығы 54 жарияланым.`)).toEqual(['instagram:38/null', 'telegram:16/null']);
  });
  it('variant: "то есть всего" closes the last platform\'s clause', () => {
    expect(media(`${RU}Страница Совета в Instagram, которую ведёт Ю.А. Ткаченко, пополнилась 24 публикациями; ещё 9 вышло в Facebook и 7 - на сайте акимата, то есть всего 40.`)).toEqual(['instagram:24/null', 'facebook:9/null', 'website:7/null']);
  });
  it('near-miss: a bare bracket in a sentence that counts no publications is no count', () => {
    expect(media(`${RU}Совет ведёт страницы в Instagram (38) и в Telegram (16).`)).toEqual([]);
    expect(media(`${RU}Опубликовано 40 материалов: в Instagram (38), в Telegram (2 канала).`)).toEqual(['instagram:38/null']);
  });
});

describe('the half-year named in the prepositional case ("в первом полугодии 2025 года")', () => {
  it('ru: the title\'s half-year, wrapped over two lines', () => {
    expect(parseReport('О работе Общественного совета\n  в первом полугодии 2025 года\n\nСостоялось 3 заседания.\n').period).toEqual({ from: '2025-01-01', to: '2025-06-30' });
    expect(parseReport('Информация по итогам второго полугодия 2025 года\n\nСостоялось 3 заседания.\n').period).toEqual({ from: '2025-07-01', to: '2025-12-31' });
  });
  it('kk: "2025 жылдың бірінші жартыжылдығында" still read', () => {
    expect(parseReport('Кеңестің 2025 жылдың бірінші жартыжылдығындағы жұмысы туралы\n\n3 отырыс өтті.\n').period).toEqual({ from: '2025-01-01', to: '2025-06-30' });
  });
  it('near-miss: a plan for the second half inside the text of a year\'s report is no period', () => {
    expect(parseReport(`${RU}Во втором полугодии 2026 года планируется 4 заседания.\n`).period).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });
});

describe('the members\' total, then its parts each with its kind', () => {
  it('ru: "из которых 13 представляют …, 6 - государственные органы"', () => {
    expect(figures(`${RU}По состоянию на 30 июня 2025 года в Совет входят 19 человек, из которых 13 представляют некоммерческие организации и бизнес-сообщество, 6 - государственные органы.`)).toEqual({ members_total: 19, members_civil: 13, members_state: 6 });
  });
  it('ru variants: "17 из них выдвинуты …, восемь работают в государственных органах", "нас стало семнадцать: двенадцать - из НПО …, пятеро - госслужащие"', () => {
    expect(figures(`${RU}На конец года в Совете двадцать пять членов: 17 из них выдвинуты некоммерческими организациями и деловым сообществом, восемь работают в государственных органах.`)).toEqual({ members_total: 25, members_civil: 17, members_state: 8 });
    expect(figures(`Информация о работе Общественного совета за первое полугодие 2025 года\n\nВ Совете произошли изменения. Так что к концу полугодия нас стало семнадцать: двенадцать - из НПО, бизнеса и СМИ, пятеро - госслужащие.`)).toEqual({ members_total: 17, members_civil: 12, members_state: 5 });
  });
  it('kk: "олардың 13-і – үкіметтік емес ұйымдардан, 6-уы – мемлекеттік органдардан"', () => {
    expect(figures(`${KK}Кеңес құрамында 19 мүше бар, олардың 13-і – үкіметтік емес ұйымдардан, 6-уы – мемлекеттік органдардан.`)).toEqual({ members_total: 19, members_civil: 13, members_state: 6 });
  });
  it('near-miss: the appeals\' parts are no members', () => {
    const appeals = figures(`${RU}Поступило 19 обращений, из которых 13 - от некоммерческих организаций, 6 - от государственных органов.`);
    expect([appeals.members_civil, appeals.members_state]).toEqual([undefined, undefined]);
  });
});

describe('counts in subordinate and participial clauses (Ekibastuz)', () => {
  it('ru: "Рассмотрев на трёх заседаниях (…) в общей сложности 13 вопросов", "Комиссии, собиравшиеся в общей сложности семь раз"', () => {
    const text = `${RU}Рассмотрев на трёх заседаниях (30 января, 10 апреля и 19 июня) в общей сложности 13 вопросов, Совет заслушал четверых руководителей. Комиссии, собиравшиеся в общей сложности семь раз, готовили вопросы.`;
    expect(figures(text)).toEqual({ general_meetings: 3, report_hearings: 4, commission_meetings: 7 });
  });
  it('ru: "которых … поступило шесть, рассмотрены все", "число которых … достигло 17", "а их было отправлено 20"', () => {
    expect(figures(`${RU}Проекты НПА, которых за год в Совет поступило шесть, рассмотрены все.`)).toEqual({ npa_reviewed: 6 });
    expect(figures(`${RU}Обращения граждан, число которых за год достигло 17, поступали в основном по вопросам отопления.`)).toEqual({ appeals_received: 17 });
    expect(figures(`${RU}На письма Совета, а их было отправлено 20, государственные органы ответили в 18 случаях.`)).toEqual({ letters_sent: 20, letters_answered: 18 });
  });
  it('kk: "Үш отырыста барлығы 13 мәселені қарап", "жалпы жеті рет жиналған комиссиялар", "саны 17-ге жеткен өтініштер"', () => {
    expect(figures(`${KK}Үш отырыста барлығы 13 мәселені қарап, Кеңес төрт басшыны тыңдады.`)).toEqual({ general_meetings: 3, report_hearings: 4 });
    expect(figures(`${KK}Жалпы жеті рет жиналған комиссиялар ұсыныстар дайындады.`)).toEqual({ commission_meetings: 7 });
    expect(figures(`${KK}Саны 17-ге жеткен азаматтардың өтініштері негізінен жылу мәселесіне қатысты.`)).toEqual({ appeals_received: 17 });
  });
  it('near-miss: a participle\'s meetings with no sum of what they heard may be a part', () => {
    expect(figures(`${RU}Рассмотрев на двух заседаниях вопросы ЖКХ, Совет направил рекомендации.`).general_meetings).toBeUndefined();
    expect(figures(`${RU}Проекты НПА, которых за год в Совет поступило шесть, рассматриваются.`).npa_reviewed).toBeUndefined();
  });
});

describe('the chair in the first person singular (Petropavl)', () => {
  it('ru: "Президиум я созывал …, - всего 4 раза", "я подписал 14 заключений на проекты НПА", "Общественные слушания я проводил дважды"', () => {
    expect(figures(`${RU}Президиум я созывал по мере необходимости, главным образом для подготовки вопросов, - всего 4 раза.`)).toEqual({ presidium_meetings: 4 });
    expect(figures(`${RU}За год я подписал 14 заключений на проекты нормативных правовых актов. В десяти случаях Совет поддержал проекты без замечаний, в четырёх - с замечаниями.`)).toEqual({ npa_reviewed: 14, npa_approved: 10, npa_with_remarks: 4 });
    expect(figures(`${RU}Общественные слушания я проводил дважды: 24 апреля и 20 ноября.`).public_hearings).toBe(2);
  });
  it('ru: the colleagues who left and the newcomers, "За моей подписью … ушло 52 письма, ответы пришли на 49"', () => {
    expect(figures(`${RU}За год из Совета выбыли трое моих коллег. Все кандидатуры утверждены, так что новых членов за год пришло четверо.`)).toEqual({ members_left: 3, members_joined: 4 });
    expect(figures(`${RU}За моей подписью в государственные органы ушло 52 письма, ответы пришли на 49.`)).toEqual({ letters_sent: 52, letters_answered: 49 });
  });
  it('kk: "Төралқаны … шақырдым, барлығы 4 рет", "Кеңестен үш әріптесім шықты", "Қоғамдық тыңдауларды екі рет өткіздім"', () => {
    expect(figures(`${KK}Төралқаны қажет болғанда шақырдым, барлығы 4 рет.`)).toEqual({ presidium_meetings: 4 });
    expect(figures(`${KK}Кеңестен үш әріптесім шықты.`)).toEqual({ members_left: 3 });
    expect(figures(`${KK}Қоғамдық тыңдауларды екі рет өткіздім.`)).toEqual({ public_hearings: 2 });
  });
  it('variant: "Семинаров для членов Совета мы в этом году не проводили" is none held', () => {
    expect(figures(`${RU}Семинаров для членов Совета мы в этом году не проводили.`)).toEqual({ seminars: 0 });
  });
  it('near-miss: the chair\'s own trips to others\' seminars and his interviews are no events of the council', () => {
    expect(figures(`${RU}Сам я дважды выезжал на обучающие семинары в Астану.`).seminars).toBeUndefined();
    expect(figures(`${RU}За год из Совета выбыли трое моих коллег по работе в НПО.`).members_left).toBe(3);
    expect(figures(`${RU}В город приехали трое моих коллег.`).members_left).toBeUndefined();
  });
});

describe('the heads heard named after the colon of their count, no brackets of time (Kostanay, Ekibastuz)', () => {
  it('ru: commas and "а также", an apposition after the enterprise', () => {
    expect(figures(`${RU}Заслушаны были отчёты пяти руководителей: отдела образования, отдела жилищно-коммунального хозяйства, отдела пассажирского транспорта и автомобильных дорог, отдела занятости и социальных программ акимата города, а также ГКП на ПХВ «Горзеленстрой», подведомственного акимату города.`)).toEqual({ report_hearings: 5, departments_heard: 4, subordinate_orgs_heard: 1 });
  });
  it('ru variant: semicolons and an akim of a settlement among them (neither kind)', () => {
    expect(figures(`${RU}Совет заслушал четверых руководителей: отдела жилищно-коммунального хозяйства, пассажирского транспорта и автомобильных дорог; отдела занятости и социальных программ; директора ГКП на ПХВ «Теплоэнерго» (подведомственного акимату города) и акима посёлка Солнечный.`)).toEqual({ report_hearings: 4, departments_heard: 2, subordinate_orgs_heard: 1 });
  });
  it('ru: the heads counted by where they came from, "шестерых - из отделов …, двоих - из предприятий, подведомственных …"', () => {
    expect(figures(`${RU}С отчётами на заседания Совета я пригласил девятерых руководителей: шестерых - из отделов акимата города, двоих - из предприятий, подведомственных акимату города, а также начальника Управления полиции.`)).toEqual({ report_hearings: 9, departments_heard: 6, subordinate_orgs_heard: 2 });
  });
  it('kk: "Кеңес төрт басшыны тыңдады: …"', () => {
    expect(figures(`${KK}Кеңес төрт басшыны тыңдады: білім бөлімінің; жұмыспен қамту бөлімінің; «Жылу» МКК директорының және Солнечный кенті әкімінің.`)).toEqual({ report_hearings: 4, departments_heard: 2, subordinate_orgs_heard: 1 });
  });
  it('near-miss: a list that does not meet the count, a head that names its bodies\' kind', () => {
    expect(figures(`${RU}Совет заслушал пятерых руководителей: отдела образования, отдела ЖКХ.`)).toEqual({ report_hearings: 5 });
    expect(figures(`${RU}На заседаниях Совета заслушано 3 отчета руководителей государственных органов района: отдела ЖКХ, отдела образования и отдела занятости.`).departments_heard).toBeUndefined();
  });
});

describe('heads heard told one by one, each meeting\'s sentence dated, no count (Pavlodar)', () => {
  const text = `${RU}На февральском заседании (20 февраля) Совет выслушал руководителя отдела образования города о ходе строительства школы. В марте (27 марта) отчитывался руководитель отдела жилищно-коммунального хозяйства – о подготовке к паводку. 24 апреля перед членами Совета выступил руководитель отдела занятости и социальных программ. В мае (29 мая) заслушан директор ГКП на ПХВ «Горкомхоз» – предприятия, подведомственного акимату города. 23 октября руководитель отдела жилищно-коммунального хозяйства был приглашён повторно, а вслед за ним на том же заседании отчитался руководитель отдела предпринимательства. Завершил год отчёт руководителя городского отдела филиала НАО «Государственная корпорация «Правительство для граждан» (18 декабря).`;
  it('ru: one hearing per head, a department heard twice counted once', () => {
    expect(figures(text)).toEqual({ report_hearings: 7, departments_heard: 4, subordinate_orgs_heard: 1 });
    expect(dates(text)).toEqual(['report_hearing 2025-02-20', 'report_hearing 2025-03-27', 'report_hearing 2025-04-24', 'report_hearing 2025-05-29', 'report_hearing 2025-10-23', 'report_hearing 2025-10-23', 'report_hearing 2025-12-18']);
  });
  it('kk: the body before its head', () => {
    expect(figures(`${KK}20 ақпанда Кеңес білім бөлімінің басшысын тыңдады. 27 наурызда тұрғын үй-коммуналдық шаруашылық бөлімінің басшысы есеп берді. 24 сәуірде кәсіпкерлік бөлімінің басшысы есеп берді.`)).toEqual({ report_hearings: 3, departments_heard: 3 });
  });
  it('near-miss: a paragraph of two such sentences, or one whose hearing has no day', () => {
    expect(figures(`${RU}20 февраля Совет выслушал руководителя отдела образования. 27 марта отчитывался руководитель отдела ЖКХ.`).report_hearings).toBeUndefined();
    expect(figures(`${RU}20 февраля Совет выслушал руководителя отдела образования. 27 марта отчитывался руководитель отдела ЖКХ. Весной выступил руководитель отдела занятости.`).report_hearings).toBeUndefined();
  });
});

describe('one count, then a dated clause for each event (Ekibastuz, Kostanay)', () => {
  it('ru: "Проведя три общественных мониторинга - 20 февраля по …, 16 апреля по … и 11 июня по …, - Совет"', () => {
    expect(dates(`${RU}Проведя три общественных мониторинга - 20 февраля по очистке дорог от снега, 16 апреля по паводковой ситуации и 11 июня по летнему отдыху детей,\n- Совет направил в акимат 9 предложений.`)).toEqual(['monitoring 2025-02-20', 'monitoring 2025-04-16', 'monitoring 2025-06-11']);
  });
  it('ru variant: "проводился трижды …: 12 февраля - …, 19 марта - …, а 21-22 мая, уже после …, - …"', () => {
    expect(dates(`${RU}Общественный мониторинг проводился трижды: 12 февраля - на предмет вывоза снега, 19 марта - на предмет готовности ливневой канализации, а 21-22 мая, уже после обращения родителей, - на предмет качества питания.`)).toEqual(['monitoring 2025-02-12', 'monitoring 2025-03-19', 'monitoring 2025-05-21']);
  });
  it('kk: "Үш мониторинг жүргізілді: 12 ақпанда – …, 19 наурызда – …, 21 мамырда – …"', () => {
    expect(dates(`${KK}Үш қоғамдық мониторинг жүргізілді: 12 ақпанда – қар шығару, 19 наурызда – кәріз дайындығы, 21 мамырда – мектептердегі тамақтану.`)).toEqual(['monitoring 2025-02-12', 'monitoring 2025-03-19', 'monitoring 2025-05-21']);
  });
  it('near-miss: dates that do not meet the count are not the events', () => {
    expect(dates(`${RU}Проведено три мониторинга - 20 февраля по очистке дорог и 16 апреля по паводку.`)).not.toContain('monitoring 2025-04-16');
  });
});

describe('the events a count lists by month, the noun before its count (Pavlodar)', () => {
  it('ru: "Общественных мониторингов за год пять (семь годом ранее): … (февраль), …"', () => {
    const text = `${RU}Общественных мониторингов за год пять (семь годом ранее): качество уборки снега (февраль), состояние детских площадок (апрель), летний отдых детей (июль), готовность школ (август), работа транспорта (ноябрь).`;
    expect(figures(text)).toEqual({ monitorings: 5 });
    expect(dates(text)).toEqual(['monitoring null', 'monitoring null', 'monitoring null', 'monitoring null', 'monitoring null']);
  });
  it('ru variant: a dash opens the items, "Круглых столов было три - о … (март), о … (июль) и о … (октябрь)"', () => {
    expect(dates(`${RU}Круглых столов было три - о доступной среде (март), о бездомных животных (июль) и о занятости молодёжи (октябрь).`)).toEqual(['round_table null', 'round_table null', 'round_table null']);
  });
  it('kk: "Дөңгелек үстелдер үшеу болды – … (наурыз), … (шілде) және … (қазан)"', () => {
    expect(dates(`${KK}Дөңгелек үстелдер үшеу болды – кедергісіз орта туралы (наурыз), үйсіз жануарлар туралы (шілде) және жастар жұмыспен қамтылуы туралы (қазан).`)).toEqual(['round_table null', 'round_table null', 'round_table null']);
  });
  it('kk: "Қоғамдық мониторингтер жыл ішінде бесеу"', () => {
    expect(figures(`${KK}Қоғамдық мониторингтер жыл ішінде бесеу.`)).toEqual({ monitorings: 5 });
  });
  it('near-miss: a plan for the year after', () => {
    expect(candidates(`${RU}Задачи на 2026 год\n\nОбщественных мониторингов за год пять.`)).toContain('monitorings=5');
  });
});

describe('the commissions as a predicate, a parenthesis between', () => {
  it('ru: "Комиссий, как и прежде, три.", "Работу Совета обеспечивают пять постоянных комиссий"', () => {
    expect(figures(`${RU}Состав Совета не менялся. Комиссий, как и прежде, три.`).commissions).toBe(3);
    expect(figures(`${RU}Работу Совета обеспечивают пять постоянных комиссий.`)).toEqual({ commissions: 5 });
  });
  it('kk: "Комиссиялар, бұрынғыдай, үшеу."', () => {
    expect(figures(`${KK}Комиссиялар, бұрынғыдай, үшеу.`)).toEqual({ commissions: 3 });
  });
  it('near-miss: the commissions\' meetings are no commissions', () => {
    expect(figures(`${RU}Заседаний комиссий, как и прежде, три.`).commissions).toBeUndefined();
  });
});

describe('one memorandum signed, told once (Petropavl)', () => {
  it('ru: "11 июня я подписал меморандум о сотрудничестве с университетом"', () => {
    const text = `${RU}11 июня я подписал меморандум о сотрудничестве с университетом.`;
    expect(figures(text)).toEqual({ memoranda: 1 });
    expect(dates(text)).toEqual(['memorandum 2025-06-11']);
  });
  it('kk: "11 маусымда университетпен меморандумға қол қойылды"', () => {
    expect(figures(`${KK}11 маусымда университетпен меморандумға қол қойылды.`)).toEqual({ memoranda: 1 });
  });
  it('near-miss: memoranda in the plural elsewhere: the one dated is one of several', () => {
    expect(figures(`${RU}11 июня я подписал меморандум о сотрудничестве с университетом. Меморандумы с НПО готовятся.`).memoranda).toBeUndefined();
  });
});
