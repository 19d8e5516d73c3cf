/**
 * The dated-activity classes behind held-out sets 50 and 51's missed activities (and Aksuat's lists read too long): dates
 * enumerated after a count ("бес мониторинг жүргізді, атап айтқанда 26 наурызда …, 15 сәуірде …") up to the semicolon that
 * closes them; ordinals inside one sentence; a label's count over its dated lines; a label and its dash over days only; a
 * count of one with its bracketed date; a Kazakh list of events of any type whose items name their type last; the
 * numbered sections' points ("3.3.", "5.4.") that end a list. Each with variants of its own in the other language or
 * layout, and near-misses that must not be read: another body's event the members attended, a count the dates disagree
 * with, a singular label over two days, a meeting's item about a monitoring's results.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';
import { bodyKindOf } from '../../../../sources/extract/report/bodyKindOf.ts';

const RU = 'Отчет о деятельности Общественного совета за 2025 год\n\n';
const KK = 'Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп\n\n';
const acts = (text: string) => parseReport(text).activities.map((a) => `${a.type} ${a.date_start}`);
const ofType = (text: string, type: string) => acts(text).filter((a) => a.startsWith(`${type} `));

describe('the points of numbered sections ("3.3.", "5.4.") end the list above them', () => {
  const AKSUAT = `${RU}3. Общественный контроль
 3.2. Общественный мониторинг. Проведено 5 мониторингов:
   – очистка улиц от снега – 19.03.2025;
   – состояние водопроводных сетей – 21.05.2025;
   – готовность школ к новому учебному году – 13.08.2025;
   – подготовка котельных к отопительному сезону – 22.10.2025;
   – назначение адресной социальной помощи – 19.11.2025.
   По итогам направлено 23 рекомендации, исполнено 17.
 3.3. Общественные слушания: 1 – по проекту реконструкции водопровода (26.06.2025), участвовали 64 жителя.
 3.4. Общественная экспертиза НПА:
   а) поступило 6 проектов нормативных правовых актов;
   б) рассмотрено 5, из них 4 одобрены без замечаний, по 1 даны замечания;
   в) 1 проект (поступил 24.12.2025) находится на рассмотрении.
`;
  it('ru (Aksuat): five monitorings, one hearing; the NPA sub-items are neither monitorings nor hearings', () => {
    expect(ofType(AKSUAT, 'monitoring')).toEqual(['monitoring 2025-03-19', 'monitoring 2025-05-21', 'monitoring 2025-08-13', 'monitoring 2025-10-22', 'monitoring 2025-11-19']);
    expect(ofType(AKSUAT, 'public_hearing')).toEqual(['public_hearing 2025-06-26']);
    expect(parseReport(AKSUAT).issues.map((i) => i.message).join(' ')).not.toMatch(/listed/u);
  });
  it('ru variant: "5.4. Публикации – 44, в т.ч.:" under the round tables\' dashes lists platforms, no round table', () => {
    const text = `${RU} 5.1. Круглые столы – 2:
   – «Молодежь села» – 07.03.2025;
   – «Доступность медицинской помощи» – 28.11.2025.
 5.2. Меморандум – 1, с ОО «Жастар» (03.10.2025), о сотрудничестве.
 5.4. Публикации о деятельности Совета – 44, в т.ч.:
   – Instagram – 26;
   – Facebook – 18.
`;
    expect(ofType(text, 'round_table')).toEqual(['round_table 2025-03-07', 'round_table 2025-11-28']);
    expect(ofType(text, 'memorandum')).toEqual(['memorandum 2025-10-03']);
  });
  it('kk variant: "4.2." after a list of hearings is the next point, its dashes not hearings', () => {
    const text = `${KK} 4.1. Есептерді тыңдау. 2 есеп тыңдалды:
   – аудандық білім бөлімі – 16.04.2025;
   – аудандық ауыл шаруашылығы бөлімі – 20.08.2025.
 4.2. Өтініштер:
   – жеке тұлғалардан – 19;
   – заңды тұлғалардан – 2.
`;
    expect(ofType(text, 'report_hearing')).toEqual(['report_hearing 2025-04-16', 'report_hearing 2025-08-20']);
  });
});

describe('a count of one and its day in a bracket after it ("Семинар … – 1 (12.02.2025)")', () => {
  it('ru (Aksuat): the council\'s seminar and memorandum; the oblast council\'s seminar the members attended is not its', () => {
    const text = `${RU} 5.2. Семинар для членов Совета по Закону РК «Об общественных советах» № 383-V – 1 (12.02.2025). Кроме того, 3 члена Совета участвовали в семинаре Общественного совета области Абай в г. Семей (14.05.2025).
 5.3. Меморандум – 1, с ОО «Ақсуат жастары» (03.10.2025), о сотрудничестве.
`;
    expect(acts(text)).toEqual(['seminar 2025-02-12', 'memorandum 2025-10-03']);
  });
  it('kk variant (a label–value sheet): "Дөңгелек үстел – 1 (22.05.2025, «…»)"', () => {
    expect(acts(`${KK}  Дөңгелек үстел                             – 1   (22.05.2025, «Жасөспірімдер арасындағы құқық бұзушылықтың алдын алу»)\n`)).toEqual(['round_table 2025-05-22']);
  });
  it('near-misses: another\'s seminar the members attended, a deadline told after the count', () => {
    expect(ofType(`${KK}Кеңестің екі мүшесі 14 мамырда облыстық қоғамдық кеңес өткізген семинарға қатысты.\n`, 'seminar')).toEqual([]);
    expect(ofType(`${RU}Меморандум – 1, срок подписания – до 15.01.2026.\n`, 'memorandum')).toEqual([]);
  });
});

describe('the dates a count enumerates in its sentence, up to the semicolon that closes them', () => {
  const ZHARMA = `${KK}Қоғамдық бақылау аясында кеңес мүшелері жыл ішінде бес мониторинг жүргізді, атап айтқанда 26 наурызда Шар қаласындағы № 3 қазандықтың жұмысына, 15 сәуірде ауылдық округтердегі ФАП-тарға, 12 маусымда жазғы балалар демалысын ұйымдастыруға, 20 тамызда мектептердің оқу жылына дайындығына, 5 қарашада жолдардың жөнделу сапасына мониторинг жасалып, нәтижесінде жауапты органдарға 31 ұсыным жіберілді.

Жергілікті атқарушы органдардың есептерін тыңдау бағытында кеңес төрт есепті тыңдады: 5 наурызда тұрғын үй-коммуналдық шаруашылығы бөлімінің, 21 мамырда аудандық білім бөлімінің, 17 қыркүйекте жұмыспен қамту бөлімінің, 29 қазанда «Жарма жылу» МКК-ның есебі тыңдалды; 5 наурызда аудандық аурухана бас дәрігерінің ақпараты да тыңдалғанымен, ол есеп тыңдау ретінде есептелген жоқ.
`;
  it('kk (Zharma): five monitorings after "атап айтқанда"; four hearings, the hospital\'s information after the semicolon not one', () => {
    expect(ofType(ZHARMA, 'monitoring')).toEqual(['monitoring 2025-03-26', 'monitoring 2025-04-15', 'monitoring 2025-06-12', 'monitoring 2025-08-20', 'monitoring 2025-11-05']);
    expect(ofType(ZHARMA, 'report_hearing')).toEqual(['report_hearing 2025-03-05', 'report_hearing 2025-05-21', 'report_hearing 2025-09-17', 'report_hearing 2025-10-29']);
  });
  it('ru variant: "а именно 12 марта …, 3 апреля …, 9 июня …"', () => {
    const text = `${RU}Членами Совета проведено три мониторинга, а именно 12 марта – уборки снега, 3 апреля – паводковой ситуации, 9 июня – летнего отдыха детей.\n`;
    expect(ofType(text, 'monitoring')).toEqual(['monitoring 2025-03-12', 'monitoring 2025-04-03', 'monitoring 2025-06-09']);
  });
  it('near-miss: a count of four and five dates set apart by commas alike, none by a semicolon: not understood, none read', () => {
    const text = `${RU}Проведено четыре мониторинга: 12 марта – уборки снега, 3 апреля – паводка, 9 июня – лагерей, 4 сентября – школ, 5 ноября – котельных.\n`;
    // The sentence stays one event dated by its first day at most (the readers' fallback), never five.
    expect(ofType(text, 'monitoring').length).toBeLessThan(2);
  });
});

describe('two types in one sentence joined by ", а" / ", ал", and ordinals inside it', () => {
  it('kk (Zharma): one hearing, then "ал дөңгелек үстелдер екеу болды – біріншісі 19 маусымда …, екіншісі 26 қарашада …"', () => {
    const text = `${KK}Қоғамдық тыңдау бір рет, 8 қазанда ауыз су тарифінің жобасы бойынша өткізілді, оған 58 тұрғын қатысты, ал дөңгелек үстелдер екеу болды – біріншісі 19 маусымда жастардың жұмыспен қамтылуы тақырыбында, екіншісі 26 қарашада инфрақұрылым жайында өтті.\n`;
    expect(acts(text)).toEqual(['public_hearing 2025-10-08', 'round_table 2025-06-19', 'round_table 2025-11-26']);
  });
  it('ru (Kazalinsk): "21 мая 2025 года проведен круглый стол «…», а 14 августа – диалоговая площадка …"', () => {
    const text = `${RU}21 мая 2025 года проведен круглый стол «Занятость молодежи в сельской местности», а 14 августа – диалоговая площадка с участием акима города по вопросам ремонта дорог.\n`;
    expect(acts(text)).toEqual(['round_table 2025-05-21', 'dialog_platform 2025-08-14']);
  });
  it('ru variant of the ordinals: "а круглых столов было два – первый 19 июня …, второй 26 ноября …"', () => {
    const text = `${RU}Публичные слушания проведены один раз, 8 октября, по тарифу на воду, а круглых столов было два – первый 19 июня о занятости молодежи, второй 26 ноября о доступной среде.\n`;
    expect(ofType(text, 'round_table')).toEqual(['round_table 2025-06-19', 'round_table 2025-11-26']);
  });
});

describe('a sheet\'s label and count over its dated lines', () => {
  it('kk (VKO police): three hearings and four monitorings, each line under its label', () => {
    const text = `${KK}ІІІ. Қоғамдық бақылау
  Есептерді тыңдау                           – 3   (2024 ж. 9 айы – 4)
     11.06.2025 – ДП Әкімшілік полиция басқармасы;
     20.08.2025 – ДП Көші-қон қызметі басқармасы;
     24.09.2025 – Риддер қаласының полиция басқармасы.
  Мониторингтер                              – 2   (2024 ж. 9 айы – 3)
     19.03.2025 – уақытша ұстау изоляторындағы жағдай;
     11.09.2025 – учаскелік полиция пункттерінің қабылдау кестесі.
`;
    expect(acts(text)).toEqual(['report_hearing 2025-06-11', 'report_hearing 2025-08-20', 'report_hearing 2025-09-24', 'monitoring 2025-03-19', 'monitoring 2025-09-11']);
    // The police department's own directorates ("ДП …") are no district departments.
    expect(parseReport(text).figures.map((f) => f.metric)).not.toContain('departments_heard');
    expect(bodyKindOf('ДП Көші-қон қызметі басқармасы')).toBeNull();
  });
  it('ru variant and near-miss: two dated lines under "Мониторинги: 2" read; under "Мониторинги: 3" they disagree, none read', () => {
    const lines = '18.02.2025 – санитарное состояние рынка;\n16.04.2025 – работа детских садов.\n';
    expect(acts(`${RU}Мониторинги: 2\n${lines}`)).toEqual(['monitoring 2025-02-18', 'monitoring 2025-04-16']);
    expect(acts(`${RU}Мониторинги: 3\n${lines}`)).toEqual([]);
    expect(parseReport(`${RU}Мониторинги: 3\n${lines}`).issues.map((i) => i.message)).toContain('monitorings: 3 stated, 2 dated lines under it');
  });
  it('ru (Kazalinsk): a count\'s sentence closed by its colon, its dated items wrapped onto the next lines', () => {
    const text = `${RU}Членами совета проведено 3 мониторинга, это на два больше, чем годом ранее:
18.02.2025 – санитарное состояние городского рынка; 16.04.2025 – работа
детских садов в весенний период; 23.07.2025 – подача питьевой воды в мкр. Жанкожа батыра.
`;
    expect(acts(text)).toEqual(['monitoring 2025-02-18', 'monitoring 2025-04-16', 'monitoring 2025-07-23']);
  });
});

describe('a sentence opening with its date in figures, and a label with its dash over days only', () => {
  it('ru (Shymkent): "… «…». 27.02.2025 г. для членов совета проведен обучающий семинар …" is a sentence of its own', () => {
    const text = `${RU}5. Публичные слушания, круглые столы, семинары. 22.04.2025 г. проведены публичные слушания по проекту правил благоустройства. Проведены круглые столы: 15.05.2025 – «Безопасность детей на дорогах», 19.06.2025 – «Трудоустройство молодежи летом». 27.02.2025 г. для членов совета проведен обучающий семинар по Закону РК «Об общественном контроле».\n`;
    expect(acts(text).sort()).toEqual(['public_hearing 2025-04-22', 'round_table 2025-05-15', 'round_table 2025-06-19', 'seminar 2025-02-27']);
  });
  it('ru (Sholakkorgan): round tables, a hearing and a seminar by their labels and days; the memorandum\'s sentence after', () => {
    const text = `${RU}Круглые столы – 13.03.2025 «Наурыз: безопасность массовых мероприятий» и
12.11.2025 «Поддержка многодетных семей». Публичные слушания по проекту
генерального плана села – 09.07.2025. Семинар для членов совета –
05.06.2025. 15.04.2025 подписан меморандум с ОО «Созақ жастары».
`;
    expect(acts(text)).toEqual(['round_table 2025-03-13', 'round_table 2025-11-12', 'public_hearing 2025-07-09', 'seminar 2025-06-05', 'memorandum 2025-04-15']);
  });
  it('kk variant: "Дөңгелек үстелдер – 23.04.2025, 19.11.2025." and "… өтті. 15.04.2025 меморандумға қол қойылды."', () => {
    expect(acts(`${KK}Дөңгелек үстелдер – 23.04.2025, 19.11.2025.\n`)).toEqual(['round_table 2025-04-23', 'round_table 2025-11-19']);
    expect(acts(`${KK}Семинар 05.06.2025 өтті. 15.04.2025 «Жастар» бірлестігімен меморандумға қол қойылды.\n`)).toEqual(['seminar 2025-06-05', 'memorandum 2025-04-15']);
  });
  it('near-misses: a singular label over two days (one seminar of two days?) and a deadline\'s label: nothing', () => {
    expect(ofType(`${RU}Семинар для членов совета – 12.03.2025 и 13.03.2025.\n`, 'seminar')).toEqual([]);
    expect(acts(`${RU}Срок представления отчетов – 15.12.2025.\n`)).toEqual([]);
  });
});

describe('a Kazakh list of events of any type, each item naming its type last', () => {
  const KULAN = `${KK}Тоқсанда өткізілген іс-шаралар тізбесі:

 1) 03.07.2025 — Құлан ауылдық амбулаториясының жұмысына мониторинг
    (кезек, дәрі-дәрмекпен қамту);
 2) 16.07.2025 — кеңестің № 4 отырысы: аудандық жұмыспен қамту және
    әлеуметтік бағдарламалар бөлімі басшысының есебі тыңдалды;
 3) 06.08.2025 — «Жайылымдарды тиімді пайдалану» тақырыбында дөңгелек
    үстел (шаруа қожалықтарының 27 өкілі қатысты);
 4) 28.08.2025 — кеңес мүшелеріне арналған семинар: «Қоғамдық бақылау
    туралы» ҚР Заңын қолдану тәжірибесі;
 5) 04.09.2025 — ауылдың бас жоспары жобасы бойынша қоғамдық тыңдау.
`;
  it('kk (Kulan): each item typed by the type its clause ends with', () => {
    expect(acts(KULAN)).toEqual(['monitoring 2025-07-03', 'report_hearing 2025-07-16', 'round_table 2025-08-06', 'seminar 2025-08-28', 'public_hearing 2025-09-04']);
  });
  it('kk variant ("Жыл ішінде өткізілген іс-шаралар тізімі:", dashes) and the near-miss: a meeting that considered a monitoring\'s results', () => {
    const text = `${KK}Жыл ішінде өткізілген іс-шаралар тізімі:
 – 12.03.2025 — мектеп асханаларына мониторинг жүргізілді;
 – 20.05.2025 — кеңес отырысы: мониторинг нәтижелері қаралды;
 – 14.10.2025 — жастармен диалог алаңы өтті.
`;
    expect(acts(text)).toEqual(['monitoring 2025-03-12', 'dialog_platform 2025-10-14']);
  });
});

describe('dated brackets as many as the report\'s count', () => {
  it('ru (Zhetisu): "Проведены мониторинги: … (12.02.2025), …" five brackets, the table\'s total 5', () => {
    const text = `${RU}Проведено мониторингов – 5.

Мониторинг. Проведены мониторинги: записи к специалистам (12.02.2025), лекарственного обеспечения (20.03.2025), приемного покоя (14.05.2025), пандусов (28.05.2025), скорой помощи (18.06.2025).
`;
    expect(ofType(text, 'monitoring')).toHaveLength(5);
  });
  it('near-miss: the report counts 4, five brackets: none read as the events', () => {
    const text = `${RU}Проведено мониторингов – 4.

Мониторинг. Проведены мониторинги: записи к специалистам (12.02.2025), лекарственного обеспечения (20.03.2025), приемного покоя (14.05.2025), пандусов (28.05.2025), скорой помощи (18.06.2025).
`;
    expect(ofType(text, 'monitoring').length).toBeLessThanOrEqual(1);
  });
  it('ru: a bracket of a day and month without its year ("(27.02)") is the period\'s day', () => {
    const text = `${RU}Заслушано 3 отчета: руководителя управления (27.02), центра организации перевозок (18.06) и центра дорожной информации (17.09).\n`;
    expect(acts(text)).toEqual(['report_hearing 2025-02-27', 'report_hearing 2025-06-18', 'report_hearing 2025-09-17']);
  });
  it('kk variant (Almaty oblast transport, in the passive): "3 есеп тыңдалды: … есебі (27.02), … КММ (18.06) және … КММ (17.09) есептері"', () => {
    const text = `${KK}4. Есептерді тыңдау. Кеңесте 3 есеп тыңдалды: басқарма басшысының жыл сайынғы есебі (27.02), «Жолаушылар тасымалын ұйымдастыру орталығы» КММ (18.06) және «Облыстық жол ақпарат орталығы» КММ (17.09) есептері.\n`;
    expect(acts(text)).toEqual(['report_hearing 2025-02-27', 'report_hearing 2025-06-18', 'report_hearing 2025-09-17']);
  });
});
