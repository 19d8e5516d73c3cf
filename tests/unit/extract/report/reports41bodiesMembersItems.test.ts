/**
 * Classes of held-out set 41's Maisky, Kaztalov and Uspenka reports (session 15): members counted as persons, the
 * bodies heard summed up or listed by kind, a memorandum's list item, remarks after a dash, a bracket's list wrapped at
 * its semicolons, a numbered title closed by its stop, events listed by their months, a membership not changed (kk).
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';
import { candidateList, figureMap } from '../../../helpers/extractCases.ts';

const RU = 'Отчет о деятельности Общественного совета за 2025 год\n\n';
const KK = 'Қоғамдық кеңестің 2025 жылғы атқарған жұмысы туралы есеп\n\n';
const read = (text: string) => parseReport(`${text}\n`);
const figures = (text: string) => figureMap(read(text));
const activities = (text: string) => read(text).activities.map((a) => `${a.type} ${a.date_start ?? '-'} ${a.title}`);

describe('the council\'s members counted as persons (figureLexicon: members_total, members_left)', () => {
  it('ru: "в составе Совета 11 человек", "из Совета вышли 2 человека"', () => {
    expect(figures(`${RU}На сегодняшний день в составе Совета 11 человек. Из них 9 - представители общественных объединений и 2 - государственные служащие.`)).toEqual({ members_total: 11, members_civil: 9, members_state: 2 });
    expect(figures(`${RU}В течение года по личным заявлениям из Совета вышли 2 человека (Ж-ва А.К. в связи с избранием депутатом маслихата), решением маслихата введены 2 новых члена.`)).toEqual({ members_left: 2, members_joined: 2 });
  });
  it('kk: "Кеңес құрамында 11 адам бар", "Кеңестен 2 адам шықты"', () => {
    expect(figures(`${KK}2025 жылдың соңында Кеңес құрамында 11 адам бар.`)).toEqual({ members_total: 11 });
    expect(figures(`${KK}Есепті жылы Кеңестен өз өтініші бойынша 2 адам шықты.`)).toEqual({ members_left: 2 });
  });
  it('variant: the verb first, "Вышли из состава Совета 2 человека"', () => {
    expect(figures(`${RU}Вышли из состава Совета 2 человека.`)).toEqual({ members_left: 2 });
  });
  it('near-misses: persons who took part, a commission\'s, another year, people out of a meeting', () => {
    expect(figures(`${RU}В составе Совета 11 человек приняли участие в акции.`)).toEqual({});
    expect(figures(`${RU}Комиссия в составе 5 человек. Из комиссии вышел 1 человек.`)).toEqual({});
    expect(figures(`${RU}С заседания вышли 3 человека.`)).toEqual({});
    expect(figures(`${KK}Комиссиядан 1 адам шықты.`)).toEqual({});
    const before = read(`${RU}Напомню, что в 2024 году в составе Совета было 13 человек.`);
    expect(figureMap(before)).toEqual({});
    expect(candidateList(before)).toEqual(['members_total=13']);
  });
});

describe('the bodies heard summed up by kind after the sentence naming them (departments_heard)', () => {
  it('ru: "Итого 3 отдела, 1 предприятие и 1 аким сельского округа."', () => {
    expect(figures(`${RU}Отчеты заслушаны от руководителей отдела образования, отдела ЖКХ, ПТ и АД, отдела сельского хозяйства, ГКП "Майская районная больница" и акима Коктобинского сельского округа.\nИтого 3 отдела, 1 предприятие и 1 аким сельского округа.`)).toEqual({ departments_heard: 3 });
  });
  it('kk: "Барлығы 3 бөлім және 1 ауылдық округ әкімі."', () => {
    expect(figures(`${KK}Кеңес білім бөлімінің, ауыл шаруашылығы бөлімінің, құрылыс бөлімінің және Жалпақтал ауылдық округі әкімінің есептерін тыңдады. Барлығы 3 бөлім және 1 ауылдық округ әкімі.`)).toEqual({ departments_heard: 3 });
  });
  it('near-misses: no hearing in the paragraph; appeals in the sentence', () => {
    expect(figures(`${RU}Проведено 5 заседаний. Итого 3 отдела участвовали в работе.`)).toEqual({ general_meetings: 5 });
    expect(figures(`${RU}Заслушано 5 отчетов. Всего 12 обращений, 3 отдела.`).departments_heard).toBeUndefined();
  });
});

describe('the departments among the bodies heard listed one an item (report/departmentsListed)', () => {
  const kk = (items: string[], count = items.length) => figures(`${KK}Есептерді тыңдау\nКеңес отырыстарында мемлекеттік органдар басшыларының ${count} есебі тыңдалды.\nОлардың ішінде:\n${items.map((t, k) => `${k + 1}) ${t}${k === items.length - 1 ? '.' : ';'}`).join('\n')}`);
  it('kk: four departments and two rural akims of six hearings', () => {
    expect(kk(['аудандық білім бөлімі', 'аудандық жұмыспен қамту және әлеуметтік бағдарламалар бөлімі', 'аудандық тұрғын үй-коммуналдық шаруашылығы, жолаушылар көлігі және автомобиль жолдары бөлімі', 'аудандық ауыл шаруашылығы бөлімі', 'Қазталов ауылдық округінің әкімі', 'Жалпақтал ауылдық округінің әкімі'])).toMatchObject({ report_hearings: 6, departments_heard: 4 });
  });
  it('ru: a department by its quoted name, an enterprise and an akim', () => {
    expect(figures(`${RU}Заслушивание отчетов\nСоветом заслушано 4 отчета руководителей:\n1) ГУ «Отдел образования района»;\n2) отдел сельского хозяйства;\n3) ГКП «Районная больница»;\n4) аким Коктобинского сельского округа.`)).toMatchObject({ report_hearings: 4, departments_heard: 2 });
  });
  it('near-miss: a list under a heading of no count, the hearings counted elsewhere, is a candidate', () => {
    const x = read(`${RU}Заслушивание отчетов госорганов — 3.\n\nIII. ЗАСЛУШИВАНИЕ ОТЧЕТОВ\n\nНа заседаниях Совета 17 июля и 25 сентября заслушаны:\n- руководитель ГУ «Отдел ЖКХ г. Темиртау»;\n- руководитель ГУ «Отдел образования г. Темиртау»;\n- директор ГКП «Теплотранзит Темиртау».`);
    expect(figureMap(x).departments_heard).toBeUndefined();
    expect(candidateList(x)).toContain('departments_heard=2');
  });
  it('near-misses: an item of two bodies, an item of no known kind, a list of another length', () => {
    expect(kk(['аудандық білім бөлімі', 'аудандық ауыл шаруашылығы бөлімі және №3 мектеп', 'Қазталов ауылдық округінің әкімі']).departments_heard).toBeUndefined();
    expect(kk(['аудандық білім бөлімі', 'Жастар ресурстық орталығы', 'Қазталов ауылдық округінің әкімі']).departments_heard).toBeUndefined();
    expect(kk(['аудандық білім бөлімі', 'Қазталов ауылдық округінің әкімі'], 3).departments_heard).toBeUndefined();
  });
});

describe('a memorandum\'s list item, its count in brackets closing it (figureLexicon: memoranda)', () => {
  it('ru: "• меморандум о сотрудничестве с Ассоциацией фермеров Майского района (1)."', () => {
    expect(figures(`${RU}Основные итоги 2025 года:\n\n  • круглый стол (1);\n  • меморандум о сотрудничестве с Ассоциацией фермеров Майского района (1).`)).toEqual({ round_tables: 1, memoranda: 1 });
  });
  it('kk: the noun last, "… ынтымақтастық туралы меморандум (1)."', () => {
    expect(figures(`${KK}Негізгі қорытындылар:\n  • дөңгелек үстел (1);\n  • фермерлер қауымдастығымен ынтымақтастық туралы меморандум (1).`)).toEqual({ round_tables: 1, memoranda: 1 });
  });
  it('variant and near-misses: a verb before it; another number in the item, no count closing it', () => {
    expect(figures(`${RU}  • подписан меморандум о сотрудничестве с фондом «Шанс» (2).`)).toEqual({ memoranda: 2 });
    expect(figures(`${RU}  • меморандум о сотрудничестве с 3 ассоциациями – 1.`)).toEqual({});
    expect(figures(`${RU}  • меморандум о сотрудничестве с Ассоциацией фермеров – подготовлен проект.`)).toEqual({});
  });
});

describe('drafts given remarks, the conclusion left out after the dash (figureLexicon: npa_with_remarks)', () => {
  it('ru: "по 4 из них даны положительные заключения без замечаний, по 2 – с рекомендациями"', () => {
    expect(figures(`${RU}Советом рассмотрено 6 проектов нормативных правовых актов, по 4 из них даны положительные заключения без замечаний,\nпо 2 – с рекомендациями (проект постановления о тарифах).`)).toEqual({ npa_reviewed: 6, npa_approved: 4, npa_with_remarks: 2 });
  });
  it('kk: "оның 4-еуі ескертусіз мақұлданды, 2-еуі – ескертулермен", "ал 2-еуі – ұсыныстармен"', () => {
    expect(figures(`${KK}Кеңес 6 НҚА жобасын қарады, оның 4-еуі ескертусіз мақұлданды, 2-еуі – ескертулермен.`)).toEqual({ npa_reviewed: 6, npa_approved: 4, npa_with_remarks: 2 });
    expect(figures(`${KK}Кеңес 5 НҚА жобасын қарады: 3-еуі ескертусіз мақұлданды, ал 2-еуі – ұсыныстармен.`)).toEqual({ npa_reviewed: 5, npa_approved: 3, npa_with_remarks: 2 });
  });
  it('near-misses: no drafts named; the remarks about something else after them', () => {
    expect(figures(`${RU}Проведено 3 мониторинга, по 2 – с рекомендациями.`)).toEqual({ monitorings: 3 });
    expect(figures(`${KK}Кеңес 3 мониторинг жүргізді, 2-еуі – ұсыныстармен.`)).toEqual({ monitorings: 3 });
    expect(figures(`${RU}Рассмотрено 6 проектов НПА, по 4 из них даны заключения, по 2 – с рекомендациями по 3 пунктам.`).npa_with_remarks).toBeUndefined();
  });
});

describe('a bracket\'s list wrapped at its semicolons goes on (report/runningLines)', () => {
  const text = `${RU}В 2025 году Советом заслушано 7 отчетов, в том числе\nотчеты руководителей 5 отделов акимата района (образования; занятости и\nсоциальных программ; ЖКХ, пассажирского транспорта и автомобильных дорог;\nсельского хозяйства; внутренней политики) и 2\nподведомственных организаций – ГКП «Успенское коммунальное хозяйство» и КГУ «Центр».`;
  it('ru: "… (образования; …;" / "сельского хозяйства …) и 2" / "подведомственных организаций"', () => {
    expect(figures(text)).toEqual({ report_hearings: 7, departments_heard: 5, subordinate_orgs_heard: 2 });
  });
  it('kk: "5 бөлімінің (білім; …;" / "ауыл шаруашылығы) және 2" / "ведомстволық бағынысты ұйымның"', () => {
    expect(figures(`${KK}Кеңес 7 есепті тыңдады, оның ішінде аудан әкімдігінің 5 бөлімінің (білім; жұмыспен қамту;\nтұрғын үй-коммуналдық шаруашылығы;\nауыл шаруашылығы; ішкі саясат) есептері, сондай-ақ 2 ведомстволық бағынысты ұйымның есебі тыңдалды.`)).toMatchObject({ report_hearings: 7, subordinate_orgs_heard: 2 });
  });
  it('near-miss: a semicolon outside any bracket still ends the clause', () => {
    expect(figures(`${RU}Заслушано 3 отчета;\nподведомственных организаций – нет.`)).toEqual({ report_hearings: 3 });
  });
});

describe('a numbered title closed by its stop over its paragraph is a section, never an item (readLists)', () => {
  it('ru: "3. Заслушивание отчетов руководителей." and "5. Общественные слушания и круглые столы." list nothing', () => {
    const text = `${RU}     3. Заслушивание отчетов руководителей.\n     В 2025 году Советом заслушано 7 отчетов руководителей отделов акимата района.\n\n     5. Общественные слушания и круглые столы.\n     Проведено 1 общественное слушание по проекту правил благоустройства территории сельских округов.`;
    expect(activities(text)).toEqual([]);
    expect(read(text).issues.filter((i) => /numbering/u.test(i.message))).toEqual([]);
  });
  it('kk: "3. Есептерді тыңдау." over its paragraph', () => {
    expect(activities(`${KK}3. Есептерді тыңдау.\nКеңес отырыстарында мемлекеттік органдар басшыларының 6 есебі тыңдалды.`)).toEqual([]);
  });
  it('near-miss: a numbered list of titled events still lists them', () => {
    expect(activities(`${RU}Проведены круглые столы:\n\n1. Круглый стол «Доступная среда» – 14.03.2025.\n2. Круглый стол «Профилактика насилия» – 20.11.2025.`)).toHaveLength(2);
  });
});

describe('events a count lists in its sentence, each closed by its month (report/monthItems)', () => {
  it('ru: "Проведено 4 общественных мониторинга (в 2024 году – 3): … (февраль), … (май), … (август), … (сентябрь)."', () => {
    expect(activities(`${RU}Проведено 4 общественных мониторинга (в 2024 году – 3):\nкачество подвоза школьников (февраль), состояние детских игровых\nплощадок в с. Успенка (май), работа пункта приема обращений ЦОН (август),\nготовность котельных к отопительному сезону (сентябрь).`)).toEqual([
      'monitoring - качество подвоза школьников', 'monitoring - состояние детских игровых площадок в с. Успенка', 'monitoring - работа пункта приема обращений ЦОН', 'monitoring - готовность котельных к отопительному сезону',
    ]);
  });
  it('ru variant: a second count in the sentence, "и 2 круглых стола: «…» (март) и «…» (ноябрь)"', () => {
    expect(activities(`${RU}Проведено 1 общественное слушание по проекту правил благоустройства и 2 круглых стола: «Доступная среда» (март) и «Профилактика насилия» (ноябрь).`).filter((a) => a.startsWith('round_table'))).toEqual(['round_table - «Доступная среда»', 'round_table - «Профилактика насилия»']);
  });
  it('kk: "3 қоғамдық мониторинг жүргізілді: … (ақпан), … (мамыр), … (қыркүйек)."', () => {
    expect(activities(`${KK}Есепті жылы 3 қоғамдық мониторинг жүргізілді: мектеп асханалары (ақпан), ойын алаңдары (мамыр) және қазандықтардың дайындығы (қыркүйек).`)).toEqual(['monitoring - мектеп асханалары', 'monitoring - ойын алаңдары', 'monitoring - қазандықтардың дайындығы']);
  });
  it('near-misses: items fewer than the count, a bracket of more than a month, words after the last, a plan', () => {
    expect(activities(`${RU}Проведено 4 мониторинга: школы (февраль), площадки (май).`)).toEqual([]);
    expect(activities(`${RU}Проведено 2 мониторинга: школы (февраль, 12 человек), площадки (май).`)).toEqual([]);
    expect(activities(`${RU}Проведено 2 мониторинга: школы (февраль), площадки (май) и другие объекты.`)).toEqual([]);
    expect(activities(`${RU}В 2026 году планируется провести 2 мониторинга: школы (февраль), площадки (май).`)).toEqual([]);
  });
});

describe('a membership not changed, said in Kazakh with "енгізілген жоқ" (readStatedNone): 0 joined and 0 left since session 19', () => {
  it('kk: "Есепті жылы Кеңес құрамына өзгеріс енгізілген жоқ."', () => {
    const x = read(`${KK}Есепті жылы Кеңес құрамына өзгеріс енгізілген жоқ.`);
    expect(figureMap(x)).toEqual({ members_joined: 0, members_left: 0 });
    expect(candidateList(x)).toEqual([]);
  });
  it('ru: "Изменения в состав Совета не вносились." (as before)', () => {
    const x = read(`${RU}Изменения в состав Совета не вносились.`);
    expect(figureMap(x)).toEqual({ members_joined: 0, members_left: 0 });
    expect(candidateList(x)).toEqual([]);
  });
  it('near-miss: a change made', () => {
    expect(candidateList(read(`${KK}Кеңес құрамына өзгеріс енгізілді: 1 жаңа мүше енгізілді.`))).toEqual([]);
  });
});

describe('the one event a list item counts, no other of its kind told (report/oneCountedEvents)', () => {
  it('ru: "• меморандум о сотрудничестве с Ассоциацией фермеров Майского района (1)." is one memorandum, undated', () => {
    expect(activities(`${RU}Основные итоги 2025 года:\n\n  • заседания Общественного совета (5);\n  • меморандум о сотрудничестве с Ассоциацией фермеров Майского района (1).`)).toEqual(['memorandum - меморандум о сотрудничестве с Ассоциацией фермеров Майского района']);
  });
  it('kk: "– фермерлер қауымдастығымен ынтымақтастық туралы меморандум (1);"', () => {
    expect(activities(`${KK}Негізгі қорытындылар:\n  – Кеңес отырыстары (5);\n  – фермерлер қауымдастығымен ынтымақтастық туралы меморандум (1);\n  – дөңгелек үстел (1).`)).toEqual(['memorandum - фермерлер қауымдастығымен ынтымақтастық туралы меморандум', 'round_table - дөңгелек үстел']);
  });
  it('near-misses: the event told elsewhere by its date, a count of two, a plan', () => {
    expect(activities(`${RU}Итоги:\n  • круглый стол (1).\n\nКруглый стол «Трудоустройство молодежи» проведен 22 мая 2025 г.`)).toEqual(['round_table 2025-05-22 Трудоустройство молодежи']);
    expect(activities(`${RU}Итоги:\n  • меморандумы о сотрудничестве с ассоциациями фермеров (2).`)).toEqual([]);
    expect(activities(`${RU}План на 2026 год:\n  • меморандум о сотрудничестве с Ассоциацией фермеров (1).`)).toEqual([]);
  });
});
