/**
 * Session 22's activity over-reads (issue 12): events kenes read that the documents do not state. A meeting held away
 * ("выездное", "из них 4 выездных", "көшпелі отырыс") is no site visit, nor is its day or another meeting's given to one
 * (sets 2, 34, 38, 44). Each in ru and kk, with near-misses that must still be read: a visit of its own, told alone or
 * beside an away meeting, keeps its own day.
 */
import { describe, expect, it } from 'vitest';
import { parseDatePhrase } from '../../../sources/extract/parseDatePhrase.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { activityList } from '../../helpers/extractCases.ts';

const RU = 'Отчет о работе Общественного совета за 2025 год\n\n';
const KK = 'Қоғамдық кеңестің 2025 жылғы қызметі туралы есеп\n\n';
const ofType = (type: string) => (text: string) => activityList(parseReport(`${text}\n`)).filter((a) => a.startsWith(type));

describe('a meeting held away is no site visit (Akkol, Zaysan, Rudny, SKO)', () => {
  const visits = ofType('site_visit');
  it('ru: "второе – 27 марта (выездное, …)", "21 мая (выездное – в посёлке …)", "из них 4 выездных", "с выездом"', () => {
    expect(visits(`${RU}Первое заседание Совета прошло 30 января, второе – 27 марта (выездное, в с. Кенсай), третье – 19 июня.`)).toEqual([]);
    expect(visits(`${RU}Заседания Совета проходили 29 января, 26 марта, 21 мая (выездное – в посёлке Качар) и 25 июня.`)).toEqual([]);
    expect(visits(`${RU}Проведено 3 заседания Совета (30.01, 27.03, 19.06), комиссиями проведено 17 заседаний, из них 4 выездных.`)).toEqual([]);
    expect(visits(`${RU}Совет провёл 4 заседания (22.01, 23.04, 18.06, 10.09), третье из них (18 июня) прошло в выездном формате.`)).toEqual([]);
    expect(visits(`${RU}Из 4 заседаний Совета (12.02, 16.04, 11.06, 24.09) одно – 16 апреля – проведено с выездом в с. Шелек.`)).toEqual([]);
  });
  it('kk: "көшпелі отырыс", "оның екеуі көшпелі"', () => {
    expect(visits(`${KK}2025 жылғы 12 наурызда Кеңестің көшпелі отырысы Қарабау ауылында өтті.`)).toEqual([]);
    expect(visits(`${KK}Кеңестің 4 отырысы өтті (22.01, 23.04, 18.06, 10.09), оның екеуі көшпелі отырыс болды.`)).toEqual([]);
  });
  it('near-miss: a visit of its own is read, alone or beside an away meeting, on its own day', () => {
    expect(visits(`${RU}14 мая состоялся выезд членов Совета в с. Бельбулак для ознакомления с работой амбулатории.`)).toEqual(['site_visit 2025-05-14']);
    expect(visits(`${RU}20 мая проведено выездное посещение членами Совета дома престарелых в с. Бельбулак.`)).toEqual(['site_visit 2025-05-20']);
    expect(visits(`${RU}21 мая прошло выездное заседание Совета в п. Качар, а 14 июня состоялся выезд членов Совета в с. Бельбулак.`)).toEqual(['site_visit 2025-06-14']);
    expect(visits(`${RU}21 мая прошло выездное заседание Совета в п. Качар; 14 июня проведено выездное посещение школы-интерната.`)).toEqual(['site_visit 2025-06-14']);
    expect(visits(`${KK}2025 жылғы 12 наурызда Кеңестің көшпелі отырысы Қарабау ауылында өтті, 14 сәуірде сауда нүктелеріне рейд жүргізілді.`)).toEqual(['site_visit 2025-04-14']);
  });
});

describe('a list item that names a kind of bodies with its count is no hearing (Almaty, Kostanay, Inder)', () => {
  const hearings = ofType('report_hearing');
  it('ru: "управлений акимата области (6): …", "14 управлений акимата города (…)", "3 подведомственных организаций (…)"', () => {
    expect(hearings(`${RU}Заслушано 9 отчетов руководителей:\n  • управлений акимата области (6): здравоохранения; образования; энергетики и ЖКХ; сельского хозяйства; занятости; строительства;\n  • акимов районов и городов (3): г. Рудного, Костанайского и Аулиекольского районов.`)).toEqual([]);
    expect(hearings(`${RU}В отчетном периоде заслушано 22 отчета государственных органов, в том числе:\n  – 14 управлений акимата города (экономики; финансов; здравоохранения; образования);\n  – 5 акиматов районов (Алатауского, Ауэзовского, Бостандыкского, Медеуского и Турксибского);\n  – 3 подведомственных организаций (ГКП «Тазалық», ТОО «Метрополитен», КГУ «Центр»).`)).toEqual([]);
  });
  it('kk: "аудандық бөлімдер (3): …", "2 ауылдық округ әкімі (…)"', () => {
    expect(hearings(`${KK}Есептерді тыңдау (4 есеп). Тыңдалған органдар:\n• аудандық бөлімдер (3): білім бөлімі; жұмыспен қамту бөлімі; құрылыс бөлімі;\n• ведомстволық бағынысты ұйымдар (1): «Аудандық аурухана» ШЖҚ КМК.`)).toEqual([]);
    expect(hearings(`${KK}Кеңес отырыстарында 5 есеп тыңдалды:\n– 3 аудандық бөлім (білім, денсаулық сақтау, құрылыс);\n– 2 ауылдық округ әкімі (Ақтоғай, Бірлік).`)).toEqual([]);
  });
  it('near-miss: items that each name one body, or open with their day, are hearings', () => {
    expect(hearings(`${RU}Заслушаны отчеты:\n– ГУ «Отдел образования района» (12.03.2025);\n– ГУ «Отдел занятости и социальных программ района» (14.05.2025);\n– аким Бирликского сельского округа (18.06.2025).`)).toEqual(['report_hearing 2025-03-12', 'report_hearing 2025-05-14', 'report_hearing 2025-06-18']);
    expect(hearings(`${RU}Заслушаны отчеты:\n– 12 марта – отчет управления здравоохранения области;\n– 14 мая – отчет управления образования области.`)).toEqual(['report_hearing 2025-03-12', 'report_hearing 2025-05-14']);
  });
});

describe('a type with no day of its own takes none of another type\'s in its sentence (Kostanay, Zerenda)', () => {
  const all = (text: string) => activityList(parseReport(`${text}\n`));
  it('ru: "2 семинара … (апрель, сентябрь) и подписан 1 меморандум … (12.09)", "5 круглых столов …, а также один … семинар (12 марта)"', () => {
    expect(all(`${RU}Кроме того, проведено 2 семинара для членов Совета и районных общественных советов (апрель, сентябрь) и подписан 1 меморандум о сотрудничестве – с Костанайским университетом (12.09.2025).`)).toEqual(['memorandum 2025-09-12']);
    expect(all(`${RU}Проведено около 5 круглых столов с участием депутатов маслихата и представителей НПО, а также один обучающий семинар для членов ОС по вопросам общественного контроля (12 марта).`)).toEqual(['seminar 2025-03-12']);
  });
  it('kk: "2 семинар өткізілді (сәуір, қыркүйек) және 1 меморандумға қол қойылды (…)", "5 дөңгелек үстел, сондай-ақ 1 оқыту семинары (12 наурыз)"', () => {
    expect(all(`${KK}2 семинар өткізілді (сәуір, қыркүйек) және 1 меморандумға қол қойылды (2025 жылғы 12 қыркүйек).`)).toEqual(['memorandum 2025-09-12']);
    expect(all(`${KK}5 дөңгелек үстел, сондай-ақ 1 оқыту семинары (12 наурыз) өткізілді.`)).toEqual(['seminar 2025-03-12']);
  });
  it('near-miss: each type with its own day is read, both of them', () => {
    expect(all(`${RU}13 ноября проведен круглый стол по вопросам экологии; 27 ноября организован семинар для членов Совета.`)).toEqual(['round_table 2025-11-13', 'seminar 2025-11-27']);
    expect(all(`${KK}2025 жылғы 12 наурызда дөңгелек үстел өтті, сондай-ақ 14 сәуірде семинар ұйымдастырылды.`)).toEqual(['round_table 2025-03-12', 'seminar 2025-04-14']);
  });
});

describe('the council\'s members invited to another body\'s event hold none of their own (Samar)', () => {
  const seminars = ofType('seminar');
  it('ru and kk: "Членов Совета пригласили на … семинар, который 18 апреля провёл …", "Кеңес мүшелері … семинарға шақырылды"', () => {
    expect(seminars(`${RU}Членов Совета пригласили на обучающий семинар, который 18 апреля провёл в Усть-Каменогорске Общественный совет ВКО; шестеро наших членов участвовали в нём по видеосвязи.`)).toEqual([]);
    expect(seminars(`${RU}18 апреля члены Совета были приглашены на семинар областного маслихата.`)).toEqual([]);
    expect(seminars(`${KK}Кеңес мүшелері 18 сәуірде облыстық қоғамдық кеңес өткізген семинарға шақырылды.`)).toEqual([]);
  });
  it('near-miss: the council\'s own seminar others were invited to is read', () => {
    expect(seminars(`${RU}18 апреля Совет провёл обучающий семинар, на который пригласили представителей НПО.`)).toEqual(['seminar 2025-04-18']);
  });
});

describe('quoted titles are not all the items when an unquoted one before them has its dated bracket (minzdrav)', () => {
  const hearings = ofType('report_hearing');
  it('kk and ru: "3 есеп тыңдалды: Министрліктің Фармация комитеті (26 ақпан), «…» ЖШС (28 сәуір) және «…» АҚ (25 маусым)"', () => {
    expect(hearings(`${KK}Отырыстарда 3 есеп тыңдалды: Министрліктің Фармация комитеті (26 ақпан), ведомстволық бағынысты «СК-Фармация» ЖШС (28 сәуір) және ведомстволық бағынысты «Онкология институты» АҚ (25 маусым).`)).toEqual(['report_hearing 2025-02-26', 'report_hearing 2025-04-28', 'report_hearing 2025-06-25']);
    expect(hearings(`${RU}На заседаниях заслушаны 3 отчета: Комитета фармации министерства (26.02), ТОО «СК-Фармация» (28.04) и АО «Институт онкологии» (25.06).`)).toEqual(['report_hearing 2025-02-26', 'report_hearing 2025-04-28', 'report_hearing 2025-06-25']);
  });
  it('near-miss: each quoted title with its own bracket, nothing before them, is read by its titles', () => {
    expect(ofType('round_table')(`${RU}Проведены 2 круглых стола: «Экология города» (12 марта) и «Молодежь и труд» (14 мая).`)).toEqual(['round_table 2025-03-12', 'round_table 2025-05-14']);
  });
});

describe('the type\'s label, its day, a dash and its topic: one event told with no verb (Turkistan)', () => {
  const all = (text: string) => activityList(parseReport(`${text}\n`));
  it('ru: "Общественные слушания 4 декабря – по проекту …", "Круглый стол 12.03.2025 – «…»"', () => {
    expect(all(`${RU}В г. Кентау прошёл приём граждан. Общественные слушания 4 декабря – по проекту генерального плана г. Арыс.`)).toEqual(['public_hearing 2025-12-04']);
    expect(all(`${RU}Круглый стол 12.03.2025 – «Доступная среда в малых городах».`)).toEqual(['round_table 2025-03-12']);
  });
  it('kk: "Қоғамдық тыңдау 2025 жылғы 4 желтоқсанда – … бас жоспары жобасы бойынша", "Дөңгелек үстел 12 наурызда – …"', () => {
    expect(all(`${KK}Қоғамдық тыңдау 2025 жылғы 4 желтоқсанда – Арыс қаласының бас жоспары жобасы бойынша.`)).toEqual(['public_hearing 2025-12-04']);
    expect(all(`${KK}Дөңгелек үстел 12 наурызда – кедергісіз орта тақырыбында.`)).toEqual(['round_table 2025-03-12']);
  });
  it('near-miss: a plan, a meeting, the members at another\'s hearing, a span of days are not read', () => {
    expect(all(`${RU}Общественные слушания 20 декабря – планируется по проекту бюджета.`)).toEqual([]);
    expect(all(`${KK}Қоғамдық тыңдау 2025 жылғы 20 желтоқсанда – бюджет жобасы бойынша жоспарланған.`)).toEqual([]);
    expect(all(`${RU}Выездное заседание Совета 21 мая – в п. Качар.`)).toEqual([]);
    expect(all(`${RU}Члены Совета 4 декабря – на общественных слушаниях по проекту генплана.`)).toEqual([]);
    expect(all(`${RU}Мониторинг 12–14 марта – по школьному питанию.`)).toEqual([]);
  });
});

describe('a section titled by the type\'s name alone over dashes that open with their days (Shymkent)', () => {
  const monitorings = ofType('monitoring');
  it('kk and ru: "4. Қоғамдық мониторинг" / "– 9 шілдеде – …", "4. Общественный мониторинг" / "– 12 февраля – …"', () => {
    expect(monitorings(`${KK}3. Есеп тыңдаулар\nКеңес отырыстарында 2 есеп тыңдалды.\n\n4. Қоғамдық мониторинг\n– 9 шілдеде – қалалық №3 емханадағы электрондық кезек жүйесі;\n– 2025 жылғы 6 тамызда – балалар алаңдарының сапасы;\n– қыркүйектің 18-інде – жер асты өткелдерінің жай-күйі.\n\n5. Өтініштер\nКеңеске 15 өтініш келіп түсті.`)).toEqual(['monitoring 2025-07-09', 'monitoring 2025-08-06', 'monitoring 2025-09-18']);
    expect(monitorings(`${RU}3. Заслушивание отчётов\nЗаслушано 2 отчёта.\n\n4. Общественный мониторинг\n– 12 февраля – работа городских котельных;\n– 5 марта – вывоз снега с улиц города.\n\n5. Обращения\nПоступило 15 обращений.`)).toEqual(['monitoring 2025-02-12', 'monitoring 2025-03-05']);
  });
  it('near-miss: a type\'s title over dashes of no day: no dash is a monitoring of its own', () => {
    expect(monitorings(`${RU}Проведённые мероприятия:\n1. Мониторинг школ\n– школа № 3;\n– гимназия № 7.\n2. Круглый стол «Экология» – 12.03.2025.`)).toEqual([]);
  });
});

describe('a plural type on two days joined by ", а" / ", ал" (Shymkent)', () => {
  const all = (text: string) => activityList(parseReport(`${text}\n`));
  it('kk: "2025 жылғы 23 шілдеде … бойынша, ал 10 қыркүйекте … бойынша қоғамдық тыңдаулар өтті"', () => {
    expect(all(`${KK}2025 жылғы 23 шілдеде «Самал-3» шағынауданының жобасы бойынша, ал 10 қыркүйекте сауда орталығының құрылысы бойынша қоғамдық тыңдаулар өтті.`)).toEqual(['public_hearing 2025-07-23', 'public_hearing 2025-09-10']);
  });
  it('ru: "Круглые столы прошли 12 марта по экологии, а 14 мая – по занятости молодёжи"', () => {
    expect(all(`${RU}Круглые столы прошли 12 марта по экологии, а 14 мая – по занятости молодёжи.`)).toEqual(['round_table 2025-03-12', 'round_table 2025-05-14']);
  });
  it('near-miss: a singular event and another thing\'s day; another type\'s day', () => {
    expect(all(`${RU}Круглый стол прошёл 12 марта, а отчёт о нём опубликован 15 марта.`)).toEqual(['round_table 2025-03-12']);
    expect(all(`${RU}Мониторинги проведены 12 марта, а 14 мая состоялся круглый стол.`)).toEqual(['monitoring 2025-03-12', 'round_table 2025-05-14']);
  });
});

describe('a chronology dated by day and month in words, in two columns (Sarkand)', () => {
  const all = (text: string) => activityList(parseReport(`${text}\n`));
  const kk = `${KK}І. ТОҚСАН ІШІНДЕ ӨТКЕН ІС-ШАРАЛАР (хронология)\n\nшілденің 3-і     Кеңестің кезекті отырысы (№ 4)\nшілденің 10-ы    Мониторинг: қалалық аурухананың қабылдау бөлімі\nшілденің 24-і    Дөңгелек үстел: «Жастар жұмыспен қамтылуы»\nтамыздың 6-сы    Есеп тыңдау: аудандық ветеринария бөлімі\nқыркүйектің 11-і Кеңестің көшпелі отырысы (№ 5), Екіаша ауылы; Екіаша ауылдық округі\n                 әкімінің есебі тыңдалды\nқыркүйектің 23-і Есеп тыңдау: аудандық жұмыспен қамту бөлімі\n`;
  it('kk: "шілденің 10-ы    Мониторинг: …", "қыркүйектің 23-і Есеп тыңдау: …"; a meeting is read by what it heard', () => {
    expect(all(kk)).toEqual(['monitoring 2025-07-10', 'round_table 2025-07-24', 'report_hearing 2025-08-06', 'report_hearing 2025-09-11', 'report_hearing 2025-09-23']);
  });
  it('ru: "10 июля    Мониторинг: …", "24 июля – круглый стол …"', () => {
    expect(all(`${RU}Хронология мероприятий\n\n3 июля      Заседание Совета (№ 4)\n10 июля     Мониторинг: приёмное отделение районной больницы\n24 июля     Круглый стол «Занятость молодёжи»\n6 августа   Заслушан отчёт отдела ветеринарии района\n`)).toEqual(['monitoring 2025-07-10', 'round_table 2025-07-24', 'report_hearing 2025-08-06']);
  });
  it('near-miss: a planned entry is not read; two dated lines of running text are no chronology', () => {
    expect(all(kk.replace('Мониторинг: қалалық', 'Мониторинг (жоспарланған): қалалық'))).not.toContain('monitoring 2025-07-10');
    expect(all(`${RU}В отчётном периоде работа продолжалась.\n10 июля Совет обсудил итоги мониторинга\nшкол, а\n24 июля Председатель выступил на сессии маслихата.\n`)).toEqual([]);
  });
});

describe('a recap list of the quarter\'s main events under a numbered point, one event told again in it (Taldykorgan)', () => {
  const all = (text: string) => activityList(parseReport(`${text}\n`));
  const ru = `${RU}7. Меморандумы. 22 июля 2025 года подписан меморандум о сотрудничестве с Палатой предпринимателей области Жетісу.\n8. Основные мероприятия III квартала:\n– 9 июля – мониторинг состояния детских площадок в мкр. Самал;\n– 22 июля – подписание меморандума с Палатой предпринимателей;\n– 14 августа – общественные слушания по проекту схемы ливневой канализации;\n– 28 августа – семинар для членов комиссий «Общественный контроль».`;
  it('ru: "8. Основные мероприятия III квартала:" over dated dashes; the memorandum told in point 7 is one', () => {
    expect(all(ru)).toEqual(['memorandum 2025-07-22', 'monitoring 2025-07-09', 'public_hearing 2025-08-14', 'seminar 2025-08-28']);
  });
  it('kk: "5. Негізгі іс-шаралар:" over dated dashes', () => {
    expect(all(`${KK}5. Негізгі іс-шаралар:\n– 9 шілдеде – балалар алаңдарына мониторинг;\n– 14 тамызда – нөсер кәрізі схемасының жобасы бойынша қоғамдық тыңдау.`)).toEqual(['monitoring 2025-07-09', 'public_hearing 2025-08-14']);
  });
  it('near-miss: two items of one list alike, on one day, are two', () => {
    expect(all(`${RU}Проведены семинары:\n1. 12 марта – «Общественный контроль в сельской местности»;\n2. 12 марта – «Общественный контроль в сельской местности».`)).toEqual(['seminar 2025-03-12', 'seminar 2025-03-12']);
  });
  it('near-miss: two memoranda of one day with partners of their own are two', () => {
    expect(all(ru.replace('– 22 июля – подписание меморандума с Палатой предпринимателей;', '– 22 июля – подписание меморандума с Ассоциацией фермеров;'))).toContain('memorandum 2025-07-22');
    expect(all(ru.replace('– 22 июля – подписание меморандума с Палатой предпринимателей;', '– 22 июля – подписание меморандума с Ассоциацией фермеров;')).filter((a) => a.startsWith('memorandum'))).toHaveLength(2);
  });
});

describe('a plural type on two days, a topic naming years in between (Ordabasy)', () => {
  const all = (text: string) => activityList(parseReport(`${text}\n`));
  it('kk: "Қоғамдық тыңдаулар 11 маусымда (…) және 26 қарашада (2026–2028 жылдарға арналған … бюджет жобасы) өткізілді"', () => {
    expect(all(`${KK}Қоғамдық тыңдаулар 11 маусымда (Темірлан ауылының көшелерін абаттандыру жобасы) және 26 қарашада (2026–2028 жылдарға арналған аудандық бюджет жобасы) өткізілді.`)).toEqual(['public_hearing 2025-06-11', 'public_hearing 2025-11-26']);
  });
  it('ru: "Семинары прошли 12 марта по бюджету на 2026 год и 26 ноября по закону …"', () => {
    expect(all(`${RU}Семинары прошли 12 марта по бюджету на 2026 год и 26 ноября по закону об общественных советах.`)).toEqual(['seminar 2025-03-12', 'seminar 2025-11-26']);
  });
  it('near-miss: a singular type on a day, a budget\'s years after it, is one', () => {
    expect(all(`${RU}Семинар прошёл 12 марта по бюджету на 2026–2028 годы.`)).toEqual(['seminar 2025-03-12']);
  });
});

describe('a year after a day and its month that is the topic\'s, not the date\'s (Enbekshi, Ordabasy)', () => {
  const all = (text: string) => activityList(parseReport(`${text}\n`));
  it('kk: "26 қарашада 2026 жылға арналған аудандық бюджеттің … бойынша қоғамдық тыңдау өтті" is of the period', () => {
    expect(all(`${KK}26 қарашада 2026 жылға арналған аудандық бюджеттің әлеуметтік бағыттары бойынша қоғамдық тыңдау өтті.`)).toEqual(['public_hearing 2025-11-26']);
    expect(parseDatePhrase('26 қарашада 2024–2026 жылдарға арналған', 2025)).toEqual({ start: '2025-11-26', end: '2025-11-26' });
  });
  it('ru: "26 ноября 2026–2028 гг." names the years of a programme', () => {
    expect(parseDatePhrase('26 ноября по проекту бюджета 2026–2028 гг.', 2025)).toEqual({ start: '2025-11-26', end: '2025-11-26' });
    expect(parseDatePhrase('26 ноября 2026–2028 гг.', 2025)).toEqual({ start: '2025-11-26', end: '2025-11-26' });
  });
  it('near-miss: the date\'s own year after it stays ("26 ноября 2026 года", "5 наурыз 2024 ж.")', () => {
    expect(parseDatePhrase('26 ноября 2026 года', 2025)).toEqual({ start: '2026-11-26', end: '2026-11-26' });
    expect(parseDatePhrase('5 наурыз 2024 ж.', 2025)).toEqual({ start: '2024-03-05', end: '2024-03-05' });
  });
});
