/**
 * The sentence figures held-out sets 52–53 missed (session 20, guard): the composition told in a sentence, the standing
 * commissions, members who went or came, bodies heard, drafts remarked on or still at review, appeals told by their
 * authors, list items' labels, stated nones behind a dash or a comparison, events the commissions hold for the council,
 * and media rows under their total. Each class: the real text, variants of our own (ru and kk), a near-miss that must
 * not be read.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';

const RU_Q1 = 'Информация о деятельности Общественного совета за I квартал 2025 года\n\n';
const RU_Y = 'Отчет о работе Общественного совета за 2025 год\n\n';
const RU_H1 = 'Отчет о работе Общественного совета за первое полугодие 2025 года\n\n';
const KK_Q4 = 'Қоғамдық кеңестің 2025 жылғы IV тоқсандағы жұмысы туралы ақпарат\n\n';
const KK_Q2 = 'Қоғамдық кеңестің 2025 жылғы ІІ тоқсандағы жұмысы туралы ақпарат\n\n';
const KK_Y = 'Қоғамдық кеңестің 2025 жылғы қызметі туралы есеп\n\n';
const KK_H1 = 'Қоғамдық кеңестің 2025 жылғы бірінші жартыжылдықта атқарған жұмысы туралы ақпарат\n\n';
const figures = (text: string) => Object.fromEntries(parseReport(text).figures.map((f) => [f.metric, f.value]));
const media = (text: string) => Object.fromEntries(parseReport(text).media.map((m) => [m.platform, [m.publications, m.views]]));

describe('the composition at the period\'s end told in a sentence', () => {
  it('kk (set 52, Zhanaozen): "Жыл соңында (31.12.2025) Кеңесте 17 мүше: 12 мүше азаматтық қоғамнан, 5 мүше мемлекеттік органдардан"', () => {
    expect(figures(`${KK_Q4}Кеңес құрамы. Жыл соңында (31.12.2025) Кеңесте 17 мүше: 12 мүше азаматтық\nқоғамнан, 5 мүше мемлекеттік органдардан.\n`)).toMatchObject({ members_total: 17, members_civil: 12, members_state: 5 });
  });
  it('kk (set 53, Aksu): "31.12.2025 жағдайы бойынша кеңесте 13 мүше: …"', () => {
    expect(figures(`${KK_Y}31.12.2025 жағдайы бойынша кеңесте 13 мүше: азаматтық қоғамнан – 10, мемлекеттік органдардан – 3.\n`)).toMatchObject({ members_total: 13, members_civil: 10, members_state: 3 });
  });
  it('kk (set 52, Uralsk): "Кеңес 15 мүшеден құралған: үкіметтік емес ұйымдар мен азаматтық қоғамнан – 11, мемлекеттік органдардан – 4"', () => {
    expect(figures(`${KK_H1}Жартыжылдықтың соңында (30.06.2025) Кеңес 15 мүшеден құралған: үкіметтік емес ұйымдар мен азаматтық қоғамнан – 11, мемлекеттік органдардан – 4.\n`)).toMatchObject({ members_total: 15, members_civil: 11, members_state: 4 });
  });
  it('kk (set 53, Temirtau): "Тоқсан соңындағы (30.06.2025) құрам – 19 мүше (…)" — "тоқсан" the quarter, no ninety', () => {
    expect(figures(`${KK_Q2}Тоқсан соңындағы (30.06.2025) құрам – 19 мүше (азаматтық қоғам өкілдері – 14, мемлекеттік органдар өкілдері – 5).\n`)).toMatchObject({ members_total: 19, members_civil: 14, members_state: 5 });
  });
  it('ru variant: "На конец квартала (31.03.2025) в составе Совета 13 членов: …"', () => {
    expect(figures(`${RU_Q1}На конец квартала (31.03.2025) в составе Совета 13 членов: 10 – от НПО, 3 – от государственных органов.\n`)).toMatchObject({ members_total: 13 });
  });
  it('ru (sets 52–53, Aksai, Zhezkazgan): the sector as the subject — "гражданское общество представляют 11 из них, государственные органы – 4"', () => {
    expect(figures(`${RU_Y}На конец года (31.12.2025) в Совете 15 членов; гражданское общество представляют 11 из них, государственные органы – 4.\n`)).toMatchObject({ members_total: 15, members_civil: 11, members_state: 4 });
    expect(figures(`${RU_Q1}На конец квартала (31.03.2025) Совет насчитывает 13 членов; НПО и гражданское общество представляют 10 из них, государственные органы – 3.\n`)).toMatchObject({ members_civil: 10, members_state: 3 });
  });
  it('kk variant: "Азаматтық қоғамды олардың 10-ы білдіреді, мемлекеттік органдарды – 3"', () => {
    expect(figures(`${KK_Y}Жыл соңында кеңесте 13 мүше бар. Азаматтық қоғамды олардың 10-ы білдіреді, мемлекеттік органдарды – 3.\n`)).toMatchObject({ members_civil: 10, members_state: 3 });
  });
  it('ru (set 53, SKO): "из них 19 представляют гражданское общество и 8 – государственные органы"', () => {
    expect(figures(`${RU_Q1}По состоянию на 31 марта 2025 года в Совет входят 27 членов, из них 19 представляют гражданское общество и 8 – государственные органы.\n`)).toMatchObject({ members_total: 27, members_civil: 19, members_state: 8 });
  });
  it('near-miss: a working group the council made of 5 members ("Кеңес 5 мүшеден құралған жұмыс тобын құрды") is no composition', () => {
    expect(figures(`${KK_Y}Кеңес 5 мүшеден құралған жұмыс тобын құрды.\n`).members_total).toBeUndefined();
  });
  it('near-miss: the sector\'s share of the appeals ("граждане представляют 10 из них") is no member', () => {
    expect(figures(`${RU_Q1}В Совет поступило 12 обращений; граждане представляют 10 из них, организации – 2.\n`).members_civil).toBeUndefined();
  });
});

describe('the standing commissions told in a sentence', () => {
  it('ru (set 52, Aksai, Atyrau): "Постоянных комиссий – 3.", "…; постоянных комиссий – 4."', () => {
    expect(figures(`${RU_Q1}Состав. Совет насчитывает 13 членов.\nПостоянных комиссий – 3.\n`).commissions).toBe(3);
    expect(figures(`${RU_Y}Состав Совета на 31.12.2025: 19 членов (гражданское общество – 13, государственные органы – 6); постоянных комиссий – 4.\n`).commissions).toBe(4);
  });
  it('kk (set 52, Zhanaozen): "Тұрақты комиссиялар саны – 4. Желтоқсанда 1 мүшенің …" — the count before a sentence opening with a month', () => {
    expect(figures(`${KK_Q4}Кеңес құрамы. Тұрақты комиссиялар саны – 4. Желтоқсанда 1 мүшенің өкілеттігі өз өтініші бойынша тоқтатылды.\n`)).toMatchObject({ commissions: 4, members_left: 1 });
  });
  it('kk (set 52, Uralsk): "Жұмыс 3 тұрақты комиссия арқылы ұйымдастырылады"', () => {
    expect(figures(`${KK_H1}Жұмыс 3 тұрақты комиссия арқылы ұйымдастырылады.\n`).commissions).toBe(3);
  });
  it('ru (set 53, Zhezkazgan): "В Совете 3 постоянные комиссии: социальная; …"; kk variant "Кеңесте 4 тұрақты комиссия: …"', () => {
    expect(figures(`${RU_Y}В Совете 3 постоянные комиссии: социальная; ЖКХ, экологии и благоустройства; законности.\n`).commissions).toBe(3);
    expect(figures(`${KK_Y}Кеңесте 4 тұрақты комиссия: әлеуметтік, экономикалық, құқықтық және экологиялық.\n`).commissions).toBe(4);
  });
  it('ru (set 52, Aktau): "а пять постоянных комиссий провели 10 заседаний"; kk variant "ал бес тұрақты комиссия 10 отырыс өткізді"', () => {
    expect(figures(`${RU_H1}За первое полугодие Совет собирался на заседания трижды, а пять постоянных комиссий провели 10 заседаний.\n`)).toMatchObject({ commissions: 5, commission_meetings: 10 });
    expect(figures(`${KK_H1}Жартыжылдықта Кеңес үш рет жиналды, ал бес тұрақты комиссия 10 отырыс өткізді.\n`)).toMatchObject({ commissions: 5 });
  });
  it('near-miss: two commissions at a joint meeting ("две постоянные комиссии провели 3 совместных заседания") are not all of them', () => {
    expect(figures(`${RU_H1}Две постоянные комиссии провели 3 совместных заседания.\n`).commissions).toBeUndefined();
  });
  it('near-miss: the commissions\' meetings in a list ("Проведено заседаний: Совета – 2; постоянных комиссий – 4") are no count of commissions', () => {
    expect(figures(`${RU_Q1}Проведено заседаний: Совета – 2; постоянных комиссий – 4.\n`).commissions).toBeUndefined();
  });
});

describe('members who went or came, told in sentences', () => {
  it('ru (set 52, Aktau): "двое членов ушли по собственному желанию, на их место из резерва пришли двое новых"', () => {
    expect(figures(`${RU_H1}Состав Совета за полугодие частично обновился: двое членов ушли по собственному желанию, на их место из резерва пришли двое новых.\n`)).toMatchObject({ members_left: 2, members_joined: 2 });
  });
  it('ru (set 52, Atyrau): "в связи с выходом двух членов Совета по собственному желанию в состав Совета включены два кандидата"', () => {
    expect(figures(`${RU_H1}На этом же заседании в связи с выходом двух членов Совета по собственному желанию в состав Совета включены два кандидата из резервного списка.\n`)).toMatchObject({ members_left: 2, members_joined: 2 });
  });
  it('kk variants: "екі мүше өз еркімен кетті", "екі мүшенің кеңестен шығуына байланысты", "олардың орнына резервтен екі жаңа мүше келді"', () => {
    expect(figures(`${KK_Y}Жыл ішінде екі мүше өз еркімен кетті, олардың орнына резервтен екі жаңа мүше келді.\n`)).toMatchObject({ members_left: 2, members_joined: 2 });
    expect(figures(`${KK_Y}Екі мүшенің кеңестен шығуына байланысты құрам жаңартылды.\n`).members_left).toBe(2);
  });
  it('kk (set 53, Aksu): an application to leave, the place filled in the same sentence — "Бір мүше … кеңестен шығу туралы өтініш берді, оның орнына … 1 жаңа мүше қабылданды"', () => {
    expect(figures(`${KK_Y}Бір мүше денсаулығына байланысты кеңестен шығу туралы өтініш берді, оның орнына резервтік тізімнен 1 жаңа мүше қабылданды.\n`)).toMatchObject({ members_left: 1, members_joined: 1 });
  });
  it('ru variant: "1 член подал заявление о выходе из состава Совета, на его место введён 1 новый член"', () => {
    expect(figures(`${RU_Y}В мае 1 член Совета подал заявление о выходе из состава Совета, на его место введен 1 новый член.\n`)).toMatchObject({ members_left: 1, members_joined: 1 });
  });
  it('kk (set 53, Ekibastuz): "резервтік тізімнен бір адам кеңес мүшесі болып енгізілді"; ru variant "один человек из резерва стал членом Совета"', () => {
    expect(figures(`${KK_Y}Тамыз айында резервтік тізімнен бір адам кеңес мүшесі болып енгізілді.\n`).members_joined).toBe(1);
    expect(figures(`${RU_Y}В августе один человек из резервного списка стал членом Совета.\n`).members_joined).toBe(1);
  });
  it('near-miss: an application only, no place filled ("шығу туралы өтініш берді." alone) leaves no one gone', () => {
    expect(figures(`${KK_Y}Бір мүше кеңестен шығу туралы өтініш берді.\n`).members_left).toBeUndefined();
    expect(figures(`${RU_Y}1 член Совета подал заявление о выходе из состава Совета.\n`).members_left).toBeUndefined();
  });
  it('near-miss: members who left a meeting ("двое членов ушли с заседания досрочно") did not leave the council', () => {
    expect(figures(`${RU_Y}На заседании 12 марта двое членов ушли с заседания досрочно.\n`).members_left).toBeUndefined();
  });
  it('ru (set 52, Aksai): "Изменений в составе" / "Совета в I квартале не было." — a sentence wrapped after a short line is read whole', () => {
    expect(figures(`${RU_Q1}Состав. Совет насчитывает 13 членов.\nПостоянных комиссий – 3. Изменений в составе\nСовета в I квартале не было.\n`)).toMatchObject({ members_joined: 0, members_left: 0 });
  });
  it('near-miss: a numbered heading over its sentence ("1. Кеңестің құрамы" / "31.12.2025 …") is not run into it', () => {
    const x = parseReport(`${KK_Y}1. Кеңестің құрамы\n31.12.2025 жағдайы бойынша кеңесте 13 мүше: азаматтық қоғамнан – 10, мемлекеттік органдардан – 3.\n`);
    expect(x.figures.find((f) => f.metric === 'members_total')?.text).toMatch(/^31\.12\.2025/u);
  });
});

describe('bodies heard counted in a sentence', () => {
  it('kk (set 52, Uralsk): "Есеп берушілер: 3 бөлім және қала әкімдігіне ведомстволық бағынысты 1 кәсіпорын"', () => {
    expect(figures(`${KK_H1}Есеп берушілер: 3 бөлім және қала әкімдігіне ведомстволық бағынысты 1 кәсіпорын.\n`)).toMatchObject({ departments_heard: 3, subordinate_orgs_heard: 1 });
  });
  it('ru variant: "Отчитались 3 отдела и подведомственное акимату 1 предприятие"', () => {
    expect(figures(`${RU_Y}Отчитались 3 отдела и подведомственное акимату 1 предприятие.\n`).subordinate_orgs_heard).toBe(1);
  });
  it('ru (set 53, SKO): "заслушаны отчеты руководителей 3 управлений акимата области: …" — three reports and three departments', () => {
    expect(figures(`${RU_Q1}На заседаниях Совета заслушаны отчеты руководителей 3 управлений акимата области: здравоохранения; энергетики (оба – 29 января); транспорта (26 марта).\n`)).toMatchObject({ report_hearings: 3, departments_heard: 3 });
  });
  it('kk variant: "3 бөлімнің басшыларының есептері тыңдалды: білім, денсаулық сақтау және ТКШ бөлімдері"', () => {
    expect(figures(`${KK_Y}Кеңес отырыстарында 3 бөлімнің басшыларының есептері тыңдалды: білім, денсаулық сақтау және ТКШ бөлімдері.\n`).report_hearings).toBe(3);
  });
  it('near-miss: without the list of the heads, the count is of the departments only', () => {
    expect(figures(`${RU_Y}Заслушаны отчеты руководителей 4 отделов акимата района.\n`).report_hearings).toBeUndefined();
  });
  it('near-miss (set 53, Zhezkazgan): "…4 отделов …, а также 2 подведомственных …" — more hearings than departments, no count of hearings', () => {
    const x = figures(`${RU_Y}На заседаниях Совета заслушаны отчеты руководителей 4 отделов акимата города: образования (26.02), занятости (28.05), а также 2 подведомственных акимату города коммунальных предприятий.\n`);
    expect(x.report_hearings).toBeUndefined();
    expect(x.departments_heard).toBe(4);
  });
  it('near-miss: the members of a subordinate body ("ведомстволық бағынысты 2 ұйымның қызметкерлері") are not bodies heard', () => {
    expect(figures(`${KK_Y}Отырысқа ведомстволық бағынысты 2 ұйымның қызметкерлері есеп берді.\n`).subordinate_orgs_heard).toBeUndefined();
  });
});

describe('drafts remarked on by the council\'s own verb, and still at review', () => {
  it('ru (sets 52–53, Aktau, Zhezkazgan): "по двум Совет направил замечания", "к 2 проектам Совет подготовил замечания"', () => {
    expect(figures(`${RU_H1}На экспертизу поступило 8 проектов нормативных правовых актов: шесть из них одобрены без замечаний, по двум Совет направил замечания.\n`)).toMatchObject({ npa_approved: 6, npa_with_remarks: 2 });
    expect(figures(`${RU_Y}Рассмотрено 9 проектов НПА акимата и маслихата города; 7 одобрены без замечаний, к 2 проектам Совет подготовил замечания.\n`)).toMatchObject({ npa_reviewed: 9, npa_approved: 7, npa_with_remarks: 2 });
  });
  it('kk variant: "5-еуі ескертусіз мақұлданды, 2-еуіне Кеңес ескертулер жолдады"', () => {
    expect(figures(`${KK_Y}Кеңеске 7 НҚА жобасы келіп түсті: 5-еуі ескертусіз мақұлданды, 2-еуіне Кеңес ескертулер жолдады.\n`)).toMatchObject({ npa_with_remarks: 2 });
  });
  it('kk (set 53, Aksu): "Тағы 1 жоба жыл соңында қарау сатысында"; ru variant "Ещё 1 проект на конец года на стадии рассмотрения"', () => {
    expect(figures(`${KK_Y}Кеңеске келіп түскен НҚА жобаларының 6-ы қаралды: 5-еуі ескертусіз мақұлданды, 1-еуіне ескертулер жолданды. Тағы 1 жоба жыл соңында қарау сатысында.\n`)).toMatchObject({ npa_pending: 1 });
    expect(figures(`${RU_Y}Рассмотрено 6 проектов НПА, все одобрены. Ещё 1 проект на конец года на стадии рассмотрения.\n`)).toMatchObject({ npa_pending: 1 });
  });
  it('near-miss: a draft at the stage of drafting ("1 проект на стадии разработки") is none under review', () => {
    expect(figures(`${RU_Y}Рассмотрено 6 проектов НПА. Ещё 1 проект НПА на стадии разработки.\n`).npa_pending).toBeUndefined();
  });
});

describe('appeals told by their authors, list items\' labels', () => {
  it('ru (set 52, Aktau): "25 из них написали граждане, 4 – юридические лица. Ответы получили авторы 26 обращений"', () => {
    expect(figures(`${RU_H1}За полгода поступило 29 обращений. 25 из них написали граждане, 4 – юридические лица. Ответы получили авторы 26 обращений, по трем работа продолжается.\n`)).toMatchObject({ appeals_received: 29, appeals_individuals: 25, appeals_legal_entities: 4, appeals_answered: 26 });
  });
  it('kk variant: "Олардың 25-ін азаматтар, 4-еуін заңды тұлғалар жазды. 26 өтініштің авторлары жауап алды"', () => {
    expect(figures(`${KK_Y}Жыл ішінде кеңеске 29 өтініш түсті. Олардың 25-ін азаматтар, 4-еуін заңды тұлғалар жазды. 26 өтініштің авторлары жауап алды.\n`)).toMatchObject({ appeals_individuals: 25, appeals_legal_entities: 4, appeals_answered: 26 });
  });
  it('kk (set 53, Temirtau): "– өтініштер – 7 (…)", "– мемлекеттік органдарға хаттар – 4 жолданды, оның 3-еуіне жауап келді"; ru variant "– обращения – 5;"', () => {
    const x = figures(`${KK_Q2}ТОҚСАН ҚОРЫТЫНДЫСЫ\n– өтініштер – 7 (жеке тұлғалардан – 6, заңды тұлғадан – 1);\n– мемлекеттік органдарға хаттар – 4 жолданды, оның 3-еуіне жауап келді.\n`);
    expect(x).toMatchObject({ appeals_received: 7, letters_sent: 4, letters_answered: 3 });
    expect(figures(`${RU_Q1}ИТОГИ КВАРТАЛА\n– обращения – 5;\n– круглые столы – 1.\n`).appeals_received).toBe(5);
  });
  it('"…, барлығына жауап берілді/алынды" offers all as answered: a candidate, as every "all" is', () => {
    const x = parseReport(`${KK_Q2}Тоқсанда кеңеске 7 өтініш түсті, барлығына жауап берілді. Мемлекеттік органдарға 5 хат жолданды, барлығына жауап алынды.\n`);
    expect(x.candidates.filter((c) => c.metric === 'appeals_answered' || c.metric === 'letters_answered').map((c) => [c.metric, c.value])).toEqual([['appeals_answered', 7], ['letters_answered', 5]]);
  });
  it('near-miss: citizens who wrote about something else ("25 из них написали граждане") with no appeal in the paragraph', () => {
    expect(figures(`${RU_Y}Совет получил 30 писем поддержки. 25 из них написали граждане.\n`).appeals_individuals).toBeUndefined();
  });
});

describe('stated nones behind a dash or beside a comparison', () => {
  it('kk (set 53, Temirtau): "– қоғамдық тыңдаулар – тоқсанда өткізілген жоқ;"; ru variant "– публичные слушания – в квартале не проводились;" (a cell\'s "мониторинг – өткізілмеді, келесі айға ауыстырылды", one event put off, stays unread: activityLog.test.ts)', () => {
    expect(figures(`${KK_Q2}ТОҚСАН ҚОРЫТЫНДЫСЫ\n– дөңгелек үстелдер – 1;\n– қоғамдық тыңдаулар – тоқсанда өткізілген жоқ;\n`).public_hearings).toBe(0);
    expect(figures(`${RU_Q1}ИТОГИ\n– круглые столы – 1;\n– публичные слушания – в квартале не проводились;\n`).public_hearings).toBe(0);
  });
  it('kk (set 53, Ekibastuz): "Тоқсанда дөңгелек үстел өткізілмеді (ІІ тоқсанда – 2)."; ru variant "Круглые столы не проводились (в 2024 году – 3)."', () => {
    expect(figures('Кеңестің 2025 жылғы үшінші тоқсандағы жұмысы туралы есеп\n\nТоқсанда дөңгелек үстел өткізілмеді (ІІ тоқсанда – 2).\n').round_tables).toBe(0);
    expect(figures(`${RU_Y}Круглые столы не проводились (в 2024 году – 3).\n`).round_tables).toBe(0);
  });
  it('near-miss: a bracket of a part of the period ("(IV тоқсанда – 1)" in the year\'s report) is a part held: no none', () => {
    expect(figures(`${KK_Y}Дөңгелек үстел өткізілмеді (IV тоқсанда – 1).\n`).round_tables).toBeUndefined();
    expect(figures(`${RU_Y}Круглые столы не проводились (в IV квартале – 1).\n`).round_tables).toBeUndefined();
  });
});

describe('events the council\'s commissions hold together', () => {
  it('ru (set 53, SKO): "Комиссиями проведено 2 общественных мониторинга"; kk (Ekibastuz): "Комиссиялар 4 мониторинг жүргізді"', () => {
    expect(figures(`${RU_Q1}Мониторинг. Комиссиями проведено 2 общественных мониторинга: доступности лекарств (18 февраля) и пунктов обогрева (13 марта).\n`).monitorings).toBe(2);
    expect(figures('Кеңестің 2025 жылғы үшінші тоқсандағы жұмысы туралы есеп\n\nКомиссиялар 4 мониторинг жүргізді.\n').monitorings).toBe(4);
  });
  it('ru variant: "Комиссии провели 3 круглых стола"', () => {
    expect(figures(`${RU_Y}Комиссии провели 3 круглых стола.\n`).round_tables).toBe(3);
  });
  it('near-miss: one commission\'s ("комиссией по социальным вопросам проведено 2 мониторинга") and another body\'s commissions ("Комиссии маслихата провели 3 мониторинга") are not the council\'s', () => {
    expect(figures(`${RU_Y}Комиссией по социальным вопросам проведено 2 мониторинга.\n`).monitorings).toBeUndefined();
    expect(figures(`${RU_Y}Комиссии маслихата провели 3 мониторинга.\n`).monitorings).toBeUndefined();
  });
});

describe('media rows and outlets under their total', () => {
  it('ru (set 52, Atyrau): rows "Instagram – 40." … under "Публикации, всего – 73." that add up to it', () => {
    const text = `${RU_H1}СВОДНЫЕ ПОКАЗАТЕЛИ\nПоказатель                                 2025 г.       2024 г.\n------------------------------------------------------------------\nПубликации, всего                            73            48\n  Instagram                                  40            29\n  Facebook                                   18            19\n  сайт акимата города                        15             -\n------------------------------------------------------------------\n`;
    expect(media(text)).toMatchObject({ instagram: [40, null], facebook: [18, null], website: [15, null] });
  });
  it('kk variant: "Жарияланымдар барлығы – 30." / "Instagram – 20." / "Telegram – 10."', () => {
    expect(media(`${KK_Y}Жарияланымдар барлығы – 30.\nInstagram – 20.\nTelegram – 10.\n`)).toMatchObject({ instagram: [20, null], telegram: [10, null] });
  });
  it('near-miss: rows that do not add up to the total (followers, another measure) are no publications', () => {
    expect(media(`${KK_Y}Жарияланымдар барлығы – 30.\nInstagram – 1200.\nTelegram – 800.\n`)).toEqual({});
  });
  it('kk (set 52, Uralsk): "«Орал өңірі» газетінде 2 мақала; барлығы – 51 жарияланым" — the newspaper\'s own count', () => {
    expect(media(`${KK_H1}Кеңестің жұмысы жарияланды: Instagram – 26, Facebook – 14, Telegram – 9 жарияланым, «Орал өңірі» газетінде 2 мақала; барлығы – 51 жарияланым.\n`)).toMatchObject({ other: [2, null] });
  });
  it('ru (set 53, SKO): "Публикации о работе Совета в отчетном квартале (всего 49):" over its platforms; kk variant', () => {
    expect(figures(`${RU_Q1}Информационная работа. Публикации о работе Совета в отчетном квартале (всего 49):\n- Instagram – 21 (6 400 просмотров);\n- Facebook – 14;\n- Telegram – 9;\n- раздел Совета на сайте акимата области – 5.\n`).publications).toBe(49);
    expect(figures(`${KK_Y}Кеңес туралы жарияланымдар (барлығы 40):\n- Instagram – 25;\n- Telegram – 15.\n`).publications).toBe(40);
  });
  it('near-miss: a bracket of another period ("Публикации (в 2024 году – 30):") is no total', () => {
    expect(figures(`${RU_Y}Публикации (в 2024 году – 30):\n- Instagram – 21;\n- Facebook – 14.\n`).publications).toBeUndefined();
  });
});

describe('older sets\' composition in sentences (sets 13, 14, 22, 28)', () => {
  it('ru (set 13, Almaty): the civil part count-first in the members\' bracket — "39 членов (35 – гражданское общество, 4 – госорганы)"', () => {
    expect(figures(`${RU_Y}Состав Совета не менялся: 39 членов (35 – гражданское общество, 4 – госорганы).\n`)).toMatchObject({ members_total: 39, members_civil: 35, members_state: 4 });
  });
  it('kk variant: "19 мүше (14 – азаматтық қоғам, 5 – мемлекеттік органдар)"', () => {
    expect(figures(`${KK_Y}Кеңес құрамында 19 мүше (14 – азаматтық қоғам, 5 – мемлекеттік органдар).\n`)).toMatchObject({ members_civil: 14 });
  });
  it('near-miss: a bracket of the appeals\' senders ("12 обращений (10 – граждане …)") is no member\'s', () => {
    expect(figures(`${RU_Y}Поступило 12 обращений (10 – гражданское общество, 2 – организации).\n`).members_civil).toBeUndefined();
  });
  it('kk (set 22, Semey): "Құрам 31.12.2025 жағдайы бойынша – 18 мүше: …"', () => {
    expect(figures(`${KK_Y}Құрам 31.12.2025 жағдайы бойынша – 18 мүше: қараша айында 1 мүше өз өтінішімен шықты.\n`).members_total).toBe(18);
  });
  it('ru (set 14, Minjust): "В Совете действуют комиссии (3): по …; по …"; kk variant "Кеңесте тұрақты комиссиялар (4) жұмыс істейді"', () => {
    expect(figures(`${RU_Y}В Совете действуют комиссии (3): по правовой политике; по доступу к правосудию; по регистрационным услугам.\n`).commissions).toBe(3);
    expect(figures(`${KK_Y}Кеңесте тұрақты комиссиялар (4) жұмыс істейді.\n`).commissions).toBe(4);
  });
  it('ru (set 28, Pavlodar): "Совет … работал в трех постоянных комиссиях"; kk variant "Кеңес 3 тұрақты комиссияда жұмыс істеді"', () => {
    expect(figures(`${RU_Y}Совет в составе 21 человека – 17 представителей некоммерческих организаций и 4 представителя\nгоскорганов – работал в трех постоянных комиссиях.\n`).commissions).toBe(3);
    expect(figures(`${KK_Y}Биыл Кеңес 3 тұрақты комиссияда жұмыс істеді.\n`).commissions).toBe(3);
  });
  it('near-miss: a member who worked in two commissions ("член Совета работал в двух постоянных комиссиях") counts none of the council\'s', () => {
    expect(figures(`${RU_Y}Каждый член Совета работал в двух постоянных комиссиях.\n`).commissions).toBeUndefined();
  });
  it('ru (set 23): "сформирован в 2024 году в составе 12 членов" — another year\'s forming, a candidate', () => {
    const x = parseReport(`Отчет за 9 месяцев 2025 года\n\nСовет сформирован в 2024 году в составе 12 членов.\n`);
    expect(x.figures.some((f) => f.metric === 'members_total')).toBe(false);
    expect(x.candidates.filter((c) => c.metric === 'members_total').map((c) => c.value)).toEqual([12]);
  });
});

describe('rows of a dash-aligned block that name members who went or came (tables\' request, set 51)', () => {
  it('kk (set 51, VKO police): "Кеңестен шыққандары – 2 (ротация …)", "Кеңеске енгізілгендер – 2 (…)"', () => {
    const text = `Кеңестің 2025 жылғы 9 айдағы жұмысы туралы есеп\n\nI. Кеңес құрамы\n  Кеңес мүшелері                             – 15\n  Кеңестен шыққандары                        – 2   (ротация тәртібімен, 12.03.2025)\n  Кеңеске енгізілгендер                      – 2   (ШҚО әкімінің шешімі, 28.03.2025)\n  Комиссиялар                                – 4\n`;
    expect(figures(text)).toMatchObject({ members_left: 2, members_joined: 2 });
  });
  it('kk variant: "Кеңестен шыққандар – 1", "Кеңеске енгізілгендері – 1"', () => {
    expect(figures(`Кеңестің 2025 жылғы жұмысы туралы есеп\n\nКеңес құрамы\n  Кеңес мүшелері           – 17\n  Кеңестен шыққандар       – 1\n  Кеңеске енгізілгендері   – 1\n`)).toMatchObject({ members_left: 1, members_joined: 1 });
  });
  it('near-miss: those who left a meeting ("Отырыстан ерте шыққандар – 2") are no members who left', () => {
    expect(figures(`Кеңестің 2025 жылғы жұмысы туралы есеп\n\nОтырыс\n  Қатысқандар              – 15\n  Отырыстан ерте шыққандар – 2\n`).members_left).toBeUndefined();
  });
});
