/**
 * The classes of the misses of held-out set 47's Kazakh reports (session 17: Bakanas H1, Makanshy annual): events held by
 * "we" with their noun the object ("мониторингті … алты мәрте жүргіздік", "Дөңгелек үстелге екі рет жиналдық"), drafts
 * reviewed in the first person and a remark in the singular, the composition as what the council holds ("Кеңесте 13 адам
 * бар"), nones said as no chance or no one ("өткізуге мүмкіндік болмады", "ешкім шықпады"), the bodies heard after "атап
 * айтқанда" or "есеп бергендер – бесеу", a partitive of held events ("мониторингтің үшеуі жүргізілді"), an item held "екі
 * рет (…, …)", the appeals' part the people wrote, publications summed or broken down across a wrap or a dash, the
 * commissions' meetings by a pronoun, one dialog platform told by its date (a day in the locative opening a line is no
 * count: a FALSE value guarded), one new member in the place of the one who left, and "all answered" with no number
 * (a candidate). Each class in Kazakh and Russian, a variant the documents did not show, and near-misses that must give
 * no figure.
 */
import { describe, expect, it } from 'vitest';
import { activityList, candidateList, figureMap, mediaList, reportUnder } from '../../../helpers/extractCases.ts';

const KK = 'Қоғамдық кеңестің 2025 жылғы жұмысы туралы ЕСЕП';
const figures = (text: string, title = KK) => figureMap(reportUnder(text, title));
const candidates = (text: string, title = KK) => candidateList(reportUnder(text, title));
const ru = (text: string) => figureMap(reportUnder(text));

describe('events held by "we", their noun the object (Makanshy)', () => {
  it('kk: "мониторингті төрт бағыт бойынша, барлығы алты мәрте жүргіздік" — 6, not the 4 directions', () => {
    expect(figures('Қоғамдық мониторингті төрт бағыт бойынша, барлығы алты мәрте жүргіздік.').monitorings).toBe(6);
  });
  it('kk: "Дөңгелек үстелге екі рет жиналдық" (the dative) is round tables, never the council\'s meetings', () => {
    expect(figures('Дөңгелек үстелге екі рет жиналдық: ақпанның 27-сінде жастар туралы.')).toEqual({ round_tables: 2 });
    expect(figures('Кеңес мүшелері дөңгелек үстелге екі рет жиналды.').general_meetings).toBeUndefined();
  });
  it('kk: "Кеңес ретінде биыл бес рет жиналдық (былтыр төрт рет жиналған едік)" — 5', () => {
    expect(figures('Кеңес ретінде биыл бес рет жиналдық (былтыр төрт рет жиналған едік).').general_meetings).toBe(5);
  });
  it('kk variant: "Семинарды үш рет өткіздік"', () => {
    expect(figures('Семинарды үш рет өткіздік.').seminars).toBe(3);
  });
  it('ru: "Круглые столы мы проводили дважды", "Мониторинг мы провели шесть раз"', () => {
    expect(ru('Круглые столы мы проводили дважды.').round_tables).toBe(2);
    expect(ru('Мониторинг мы провели шесть раз.').monitorings).toBe(6);
  });
  it('near-misses: a rate ("жылына екі рет", "дважды в год") and a count with another noun between give nothing', () => {
    expect(figures('Мониторингті жылына екі рет жүргіздік.').monitorings).toBeUndefined();
    expect(ru('Круглые столы мы проводили дважды в год.').round_tables).toBeUndefined();
    expect(figures('Мониторингті 4 мектепте 2 рет жүргіздік.').monitorings).toBeUndefined();
  });
  it('near-misses: last year\'s ("Былтыр мониторингті 4 рет жүргіздік", "В прошлом году …") is a candidate; a plan ("жүргіземіз") nothing', () => {
    expect(figures('Былтыр мониторингті 4 рет жүргіздік.').monitorings).toBeUndefined();
    expect(candidates('Былтыр мониторингті 4 рет жүргіздік.')).toContain('monitorings=4');
    expect(ru('В прошлом году круглые столы мы проводили дважды.').round_tables).toBeUndefined();
    expect(figures('Келесі жылы мониторингті 4 рет жүргіземіз.').monitorings).toBeUndefined();
  });
});

describe('drafts reviewed in the first person, remarks in the singular, parts in a bracket (Makanshy, Bakanas)', () => {
  it('kk: "7 жобасын қарап, алтауына ескертусіз, біреуіне ескертумен қорытынды бердік"', () => {
    expect(figures('Аудандық мәслихат шешімдерінің 7 жобасын қарап, алтауына ескертусіз, біреуіне ескертумен қорытынды бердік.')).toEqual({ npa_reviewed: 7, npa_approved: 6, npa_with_remarks: 1 });
  });
  it('kk: "(екеуі – ескертусіз, біреуі – ескертулермен)" after the drafts given a conclusion', () => {
    expect(figures('Кеңеске нормативтік құқықтық актілердің 4 жобасы келіп түсті, оның 3-еуіне қорытынды берілді (екеуі – ескертусіз, біреуі – ескертулермен).')).toMatchObject({ npa_reviewed: 3, npa_approved: 2, npa_with_remarks: 1 });
  });
  it('kk variant: "НҚА-ның 5 жобасын қарадық"', () => {
    expect(figures('Биыл НҚА-ның 5 жобасын қарадық.').npa_reviewed).toBe(5);
  });
  it('ru: "(6 без замечаний, 1 с замечаниями)"', () => {
    expect(ru('Рассмотрено 7 проектов НПА (6 без замечаний, 1 с замечаниями).')).toEqual({ npa_reviewed: 7, npa_approved: 6, npa_with_remarks: 1 });
  });
  it('near-miss: a bracket of appeals with no NPA is no draft approved', () => {
    expect(ru('Поступило 5 обращений (2 – без ответа).').npa_approved).toBeUndefined();
  });
});

describe('the composition as what the council holds (Bakanas, Makanshy)', () => {
  it('kk: "Кеңесте 13 адам бар: 10 адам … азаматтық қоғамнан, 3 адам мемлекеттік органдардан ұсынылған"', () => {
    expect(figures('Кеңесте 13 адам бар: 10 адам үкіметтік емес ұйымдар мен азаматтық қоғамнан, 3 адам мемлекеттік органдардан ұсынылған.')).toMatchObject({ members_total: 13, members_civil: 10, members_state: 3 });
  });
  it('kk: "Құрамда 11 адам: 8-і қоғам өкілі, 3-еуі мемлекеттік қызметші"', () => {
    expect(figures('Құрамда 11 адам: 8-і қоғам өкілі, 3-еуі мемлекеттік қызметші.')).toMatchObject({ members_total: 11, members_civil: 8, members_state: 3 });
  });
  it('ru: "В составе 11 человек: …", "В Совете 13 человек: 10 человек от НПО …, 3 человека от государственных органов"', () => {
    expect(ru('В составе 11 человек: 8 – представители общественности, 3 – госслужащие.')).toMatchObject({ members_total: 11, members_civil: 8, members_state: 3 });
    expect(ru('В Совете 13 человек: 10 человек от НПО и гражданского общества, 3 человека от государственных органов.')).toMatchObject({ members_total: 13, members_civil: 10, members_state: 3 });
  });
  it('near-misses: people at a meeting, a commission\'s members', () => {
    expect(figures('Отырысқа 12 мүше қатысты: 9 мүше азаматтық қоғамнан, 3 мүше мемлекеттік органдардан.')).toEqual({});
    expect(ru('На заседании присутствовали 12 членов Совета: 9 членов от НПО, 3 члена от госорганов.')).toEqual({});
    expect(figures('Комиссия құрамында 5 адам бар.').members_total).toBeUndefined();
    expect(figures('Отырыста 12 адам болды.').members_total).toBeUndefined();
  });
});

describe('a none said as no chance to hold it, or as no one leaving (Makanshy)', () => {
  it('kk: "Қоғамдық тыңдау өткізуге биыл мүмкіндік болмады" — 0', () => {
    expect(figures('Қоғамдық тыңдау өткізуге биыл мүмкіндік болмады.').public_hearings).toBe(0);
  });
  it('ru: "Общественные слушания провести возможности не было" — 0', () => {
    expect(ru('Общественные слушания провести возможности не было.').public_hearings).toBe(0);
  });
  it('kk/ru: "Кеңестен ешкім шықпады, жаңа мүше де қосылмады", "никто не выбыл": a membership\'s none, 0 (since session 19)', () => {
    expect(figures('Биыл Кеңестен ешкім шықпады, жаңа мүше де қосылмады.')).toMatchObject({ members_joined: 0, members_left: 0 });
    expect(figureMap(reportUnder('Из состава Совета никто не выбыл.'))).toMatchObject({ members_left: 0 });
  });
  it('near-misses: a memorandum put off, no one leaving a commission', () => {
    expect(figures('Меморандумға қол қоюды келесі жылға қалдырдық.')).toEqual({});
    expect(candidateList(reportUnder('Никто не выбыл из комиссии.'))).toEqual([]);
  });
});

describe('the bodies heard, listed after "атап айтқанда" or "есеп бергендер – бесеу" (Bakanas, Makanshy)', () => {
  it('kk: "4 лауазымды тұлғаның есебі тыңдалды, атап айтқанда … бөлімінің басшысы, …, «…» МКК директоры және … әкімі"', () => {
    const text = 'Кеңес отырыстарында 4 лауазымды тұлғаның есебі тыңдалды, атап айтқанда аудандық жұмыспен қамту және әлеуметтік бағдарламалар бөлімінің басшысы, аудандық дене шынықтыру және спорт бөлімінің басшысы, аудан әкімдігінің шаруашылық жүргізу құқығындағы «Бақанас Су Арнасы» МКК директоры және Бақанас ауылдық округінің әкімі.';
    expect(figures(text)).toEqual({ report_hearings: 4, departments_heard: 2, subordinate_orgs_heard: 1 });
  });
  it('kk: "есеп бергендер – бесеу:" over bodies, one holding a comma in its name', () => {
    const text = 'Кеңес алдында есеп бергендер – бесеу: аудандық білім бөлімі, аудандық ауыл шаруашылығы және ветеринария бөлімі, аудандық тұрғын үй-коммуналдық шаруашылық, жолаушылар көлігі және автомобиль жолдары бөлімі, аудан әкімдігіне қарасты «Мақаншы жылу» МКК және Мақаншы ауылдық округінің әкімі.';
    expect(figures(text)).toEqual({ report_hearings: 5, departments_heard: 3, subordinate_orgs_heard: 1 });
  });
  it('ru: "Перед Советом отчитались пятеро: руководитель отдела …, директор ГКП «…» и аким …"', () => {
    const text = 'Перед Советом отчитались пятеро: руководитель отдела образования, руководитель отдела ЖКХ, руководитель отдела сельского хозяйства, директор ГКП «Тепло» и аким Макаршинского сельского округа.';
    expect(ru(text)).toEqual({ report_hearings: 5, departments_heard: 3, subordinate_orgs_heard: 1 });
  });
  it('near-miss: a list that does not meet the count gives no kinds', () => {
    const text = 'Кеңес алдында есеп бергендер – бесеу: аудандық білім бөлімі, «Мақаншы жылу» МКК және Мақаншы ауылдық округінің әкімі.';
    expect(figures(text)).toEqual({ report_hearings: 5 });
  });
});

describe('held events counted as a partitive, and an item held several times with its dates (Bakanas, Makanshy)', () => {
  it('kk: "Қоғамдық мониторингтің үшеуі жүргізілді: …" — 3', () => {
    expect(figures('Қоғамдық мониторингтің үшеуі жүргізілді: біріншісі наурыз айында, қалған екеуі мамырда.').monitorings).toBe(3);
  });
  it('kk: "мектеп асханалары – екі рет (ақпанның 18-і, қазанның 22-сі)" is two monitorings, each dated', () => {
    const x = reportUnder('Қоғамдық мониторингті барлығы үш мәрте жүргіздік:\n- мектеп асханалары – екі рет (ақпанның 18-і, қазанның 22-сі);\n- ауыз судың сапасы – сәуірдің 9-ы.', KK);
    expect(activityList(x)).toEqual(['monitoring 2025-02-18', 'monitoring 2025-10-22', 'monitoring 2025-04-09']);
  });
  it('ru variant: "школьные столовые – дважды (18 февраля и 22 октября)"', () => {
    const x = reportUnder('Проведено 3 мониторинга:\n- школьные столовые – дважды (18 февраля и 22 октября);\n- качество питьевой воды – 9 апреля.');
    expect(activityList(x)).toEqual(['monitoring 2025-02-18', 'monitoring 2025-10-22', 'monitoring 2025-04-09']);
  });
  it('near-miss: times and dates that disagree stay one event', () => {
    const x = reportUnder('Проведено 2 мониторинга:\n- школьные столовые – трижды (18 февраля и 22 октября);\n- качество питьевой воды – 9 апреля.');
    expect(x.activities).toHaveLength(2);
  });
});

describe('the appeals\' part the people wrote, in any case (Bakanas, Makanshy)', () => {
  it('kk: "олардың 16-сын жеке адамдар, 2-еуін заңды тұлға ретінде екі ЖШС жолдаған"', () => {
    expect(figures('Кеңес 18 өтініш қабылдады, олардың 16-сын жеке адамдар, 2-еуін заңды тұлға ретінде екі ЖШС жолдаған; 15-іне жауап қайтарылды.')).toMatchObject({ appeals_received: 18, appeals_individuals: 16, appeals_legal_entities: 2, appeals_answered: 15 });
  });
  it('kk: "33 өтініш келді. Оның 31-ін тұрғындар жазды, екеуі шаруа қожалықтарынан келді" — the farms are not surely legal entities', () => {
    expect(figures('Бізге жыл ішінде 33 өтініш келді. Оның 31-ін тұрғындар жазды, екеуі шаруа қожалықтарынан келді.')).toEqual({ appeals_received: 33, appeals_individuals: 31 });
  });
  it('ru: "из них 31 написали жители района"', () => {
    expect(ru('Поступило 33 обращения, из них 31 написали жители района.')).toEqual({ appeals_received: 33, appeals_individuals: 31 });
  });
  it('near-misses: letters, not appeals; residents who came to a meeting', () => {
    expect(figures('Кеңеске 12 хат келді. Оның 10-ын тұрғындар жазды.').appeals_individuals).toBeUndefined();
    expect(figures('Кеңес 20 өтініш қабылдады. Отырысқа 15 тұрғындар келді.').appeals_individuals).toBeUndefined();
  });
});

describe('publications summed across a wrap, an outlet\'s count after a dash (Makanshy, Bakanas)', () => {
  it('kk: a total after the stop of a sentence begun on the line before', () => {
    const x = reportUnder('Ақпарат. Кеңестің Instagram парақшасында 38, Facebook-те 17 жазба шықты,\nаудандық «Мақаншы жаршысы» газетінде 4 мақала жарияланды. Барлығы – 59.', KK);
    expect(figureMap(x).publications).toBe(59);
    expect(mediaList(x)).toEqual(['instagram:38/null', 'facebook:17/null', 'other:4/null']);
  });
  it('kk: "21 материал жарияланды: Telegram-арнада – 11, …, «Ақдала» аудандық газетінде – 4" — the newspaper is other', () => {
    expect(mediaList(reportUnder('Кеңес қызметі туралы 21 материал жарияланды: Telegram-арнада – 11, аудан әкімдігінің сайтында – 6, «Ақдала» аудандық газетінде – 4.', KK))).toEqual(['telegram:11/null', 'website:6/null', 'other:4/null']);
  });
  it('ru: "опубликован 21 материал: в Telegram – 11, на сайте акимата – 6, в районной газете «Акдала» – 4"', () => {
    expect(mediaList(reportUnder('О работе Совета опубликован 21 материал: в Telegram – 11, на сайте акимата – 6, в районной газете «Акдала» – 4.'))).toEqual(['telegram:11/null', 'website:6/null', 'other:4/null']);
  });
  it('near-misses: a breakdown whose head counts no publications; a sum that does not add up', () => {
    expect(mediaList(reportUnder('Работа Совета: в Telegram – 11 публикаций, на сайте акимата – 6, в районной газете «Акдала» – 4.'))).toEqual(['telegram:11/null', 'website:6/null']);
    const x = reportUnder('Ақпарат. Кеңестің Instagram парақшасында 38, Facebook-те 17 жазба шықты,\nаудандық «Мақаншы жаршысы» газетінде 4 мақала жарияланды. Барлығы – 60.', KK);
    expect(figureMap(x).publications).toBeUndefined();
  });
});

describe('the commissions\' meetings by a pronoun after the commissions (Makanshy)', () => {
  it('kk: "Үш комиссиямыз бар, олардың отырыстары жыл бойы 12 рет болды"', () => {
    expect(figures('Үш комиссиямыз бар, олардың отырыстары жыл бойы 12 рет болды.')).toEqual({ commissions: 3, commission_meetings: 12 });
  });
  it('ru: "У Совета три комиссии, их заседания за год проходили 12 раз"', () => {
    expect(ru('У Совета три комиссии, их заседания за год проходили 12 раз.').commission_meetings).toBe(12);
  });
  it('near-misses: a rate ("айына бір рет", "2 раза в месяц") is no count of the period', () => {
    expect(figures('Үш комиссиямыз бар, олардың отырыстары айына бір рет болды.').commission_meetings).toBeUndefined();
    expect(ru('У Совета три комиссии, их заседания проходили 2 раза в месяц.').commission_meetings).toBeUndefined();
  });
});

describe('one event told by its date in the singular, a sentence wrapped, those who came beside it (Bakanas)', () => {
  it('kk: "Сонымен қатар, сәуірдің" / "25-інде … диалог алаңы өтті, оған 70-ке жуық" / "адам қатысты." — one dialog platform', () => {
    const x = reportUnder('Мектеп лагерьлері де қаралды. Сонымен қатар, сәуірдің\n25-інде Бақанас ауылында тұрғындармен диалог алаңы өтті, оған 70-ке жуық\nадам қатысты.', KK);
    expect(figureMap(x).dialog_platforms).toBe(1);
  });
  it('a FALSE value guarded: a day in the locative opening a line ("сәуірдің" / "25-інде … диалог алаңы өтті") is no count', () => {
    const x = reportUnder('Сонымен қатар, сәуірдің\n25-інде Бақанас ауылында тұрғындармен диалог алаңы өтті.', KK);
    expect(figureMap(x).dialog_platforms).not.toBe(25);
    expect(figures('Оның 3-інде 2 мониторинг жүргізілді.').monitorings).not.toBe(3);
  });
  it('ru: "25 апреля … прошла диалоговая площадка с жителями, в ней приняли участие около 70 человек"', () => {
    expect(ru('25 апреля в селе Баканас прошла диалоговая площадка с жителями, в ней приняли участие около 70 человек.').dialog_platforms).toBe(1);
  });
  it('near-misses: the kind in the plural elsewhere; another count in the sentence', () => {
    expect(ru('25 апреля прошла диалоговая площадка с жителями. В мае прошли ещё диалоговые площадки.').dialog_platforms).toBeUndefined();
    expect(ru('25 апреля прошла диалоговая площадка с жителями, рассмотрено 3 вопроса.').dialog_platforms).toBeUndefined();
  });
});

describe('one new member in the place of the one who left (Bakanas)', () => {
  it('kk: "бір мүше … құрамнан шығарылды, оның орнына мамыр айында жаңа мүше енгізілді" — joined 1', () => {
    expect(figures('Наурыз айында бір мүше басқа облысқа көшуіне байланысты құрамнан шығарылды, оның орнына мамыр айында жаңа мүше енгізілді.')).toMatchObject({ members_left: 1, members_joined: 1 });
  });
  it('ru: "выбыл 1 член, на его место в мае введён новый член Совета"', () => {
    expect(ru('Из Совета в марте выбыл 1 член, на его место в мае введён новый член Совета.')).toMatchObject({ members_left: 1, members_joined: 1 });
  });
  it('near-misses: new members in the plural; two who left', () => {
    expect(ru('Из Совета в марте выбыл 1 член, на его место в мае введены новые члены.').members_joined).toBeUndefined();
    expect(ru('Из Совета выбыли 2 члена, на их место введён новый член.').members_joined).toBeUndefined();
  });
});

describe('all answered without the number again: the count received or sent, a candidate (Makanshy, Bakanas)', () => {
  it('kk: "33 өтініш келді. … Барлығына жауап қайтардық" — appeals answered 33 for review', () => {
    const text = 'Бізге жыл ішінде 33 өтініш келді. Барлығына жауап қайтардық, бірақ екеуіне мерзімінен кеш.';
    expect(figures(text).appeals_answered).toBeUndefined();
    expect(candidates(text)).toContain('appeals_answered=33');
  });
  it('kk: "12 хат кетті, жауаптың бәрі келді" — letters answered 12 for review', () => {
    const text = 'Мемлекеттік органдарға Кеңес төрағасының қолымен 12 хат кетті, жауаптың бәрі келді.';
    expect(figures(text).letters_answered).toBeUndefined();
    expect(candidates(text)).toContain('letters_answered=12');
  });
  it('ru: "Направлено 12 писем, ответы пришли на все"; "Поступило 33 обращения, на все мы ответили"', () => {
    expect(candidateList(reportUnder('Направлено 12 писем в госорганы, ответы пришли на все.'))).toContain('letters_answered=12');
    expect(candidateList(reportUnder('Поступило 33 обращения, на все мы ответили.'))).toContain('appeals_answered=33');
  });
  it('near-misses: all but some; nothing sent in the paragraph', () => {
    expect(candidateList(reportUnder('Направлено 12 писем в госорганы, ответы пришли на все, кроме двух.'))).not.toContain('letters_answered=12');
    expect(candidates('Барлығына жауап қайтардық.')).toEqual([]);
  });
});
