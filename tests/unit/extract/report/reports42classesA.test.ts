/**
 * The classes of held-out set 42's Zharkain, Sandyktau, Naurzum and Koksu reports (session 15): three secretaries' habits
 * of phrasing in Russian (bureaucratic subordinate clauses, telegraphic count-first fragments, first person plural) and
 * one in Kazakh (case forms of counts). Each class in ru and kk, a variant the documents did not show, and near-misses.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';
import { activityList, candidateList, figureMap } from '../../../helpers/extractCases.ts';

const RU = 'Отчет о работе Общественного совета за 2025 год\n\n';
const KK = 'Қоғамдық кеңестің 2025 жылғы қызметі туралы есеп\n\n';
const H1 = 'Справка о деятельности Общественного совета за 1 полугодие 2025 г. (январь - июнь)\n\n';
const figures = (text: string) => figureMap(parseReport(`${text}\n`));
const candidates = (text: string) => candidateList(parseReport(`${text}\n`));
const dates = (text: string) => activityList(parseReport(`${text}\n`));

describe('what was counted at the meetings is not the meetings (FALSE value, Sandyktau)', () => {
  it('ru: "Вопросов на заседаниях ОС – 12" gives no meetings', () => {
    expect(figures(`${H1}Вопросов на заседаниях ОС - 12.`).general_meetings).toBeUndefined();
    expect(figures(`${RU}Вопросов, рассмотренных на собраниях Совета, - 26.`).general_meetings).toBeUndefined();
  });
  it('kk near-miss: the questions at the meetings, no meetings', () => {
    expect(figures(`${KK}Отырыстарда қаралған мәселелер саны – 24.`).general_meetings).toBeUndefined();
  });
  it('the meetings themselves still read', () => {
    expect(figures(`${RU}Заседаний ОС – 7.`)).toEqual({ general_meetings: 7 });
    expect(figures(`${KK}Кеңес отырыстарының саны – 7.`)).toEqual({ general_meetings: 7 });
  });
});

describe('a heading of next year\'s tasks and a plan said with "жоспарланып отыр" (FALSE value, Koksu)', () => {
  it('kk: "2026 жылға міндеттер" over the plan: candidates only', () => {
    const text = `${KK}I. Отырыстар\n\nКеңес алты дүркін жиналды.\n\nVIII. 2026 жылға міндеттер\n\nАлдағы жылы кемінде жеті отырыс, алты мониторинг өткізу жоспарланып отыр.`;
    expect(figures(text)).toEqual({ general_meetings: 6 });
    expect(candidates(text)).toContain('general_meetings=7');
  });
  it('kk variant: the plan verb closing the sentence with no heading', () => {
    expect(figures(`${KK}Алдағы жылы жеті отырыс, алты мониторинг өткізу жоспарланып отыр.`)).toEqual({});
  });
  it('ru: "Задачи на 2026 год" is a plan already', () => {
    expect(figures(`${RU}Задачи на 2026 год\n\nПровести не менее 8 заседаний.`)).toEqual({});
  });
});

describe('the appeals the answers were given on (FALSE value, Koksu)', () => {
  it('kk: "13 өтініш бойынша өтініш берушілерге жауап қайтарылды" answers, never received', () => {
    expect(figures(`${KK}Кеңеске 14 өтініш түсті. 13 өтініш бойынша өтініш берушілерге жауап қайтарылды.`)).toEqual({ appeals_received: 14, appeals_answered: 13 });
    expect(figures(`${KK}Кеңеске 14 өтініш түсті. 13 өтініш бойынша өтініш берушілер жауап алды.`)).toEqual({ appeals_received: 14, appeals_answered: 13 });
  });
  it('ru: the authors got the answers, "на N" or "по всем N-ти"', () => {
    expect(figures(`${RU}Поступило 21 обращение. На 20 обращений заявители получили ответы.`)).toEqual({ appeals_received: 21, appeals_answered: 20 });
    expect(figures(`${RU}Поступило 11 обращений. По всем 11-ти обращениям заявители получили ответы.`)).toEqual({ appeals_received: 11, appeals_answered: 11 });
  });
  it('near-miss: the appeals a topic was about are no answers', () => {
    expect(figures(`${KK}13 өтініш бойынша тексеру жүргізілді.`).appeals_answered).toBeUndefined();
  });
});

describe('the count a label reached ("саны 14-ке жетті", "достигло 14")', () => {
  it('kk: dative count and "жетті", the year between', () => {
    expect(figures(`${KK}Кеңеске келіп түскен өтініштер саны 2025 жылы 14-ке жетті (2024 жылы – 9).`)).toEqual({ appeals_received: 14 });
    expect(figures(`${KK}Тұрақты комиссиялардың отырыс саны 10-ға жетті.`)).toEqual({ commission_meetings: 10 });
  });
  it('ru variant: "Количество обращений (в 2025 году) достигло 14"', () => {
    expect(figures(`${RU}Количество обращений достигло 14.`)).toEqual({ appeals_received: 14 });
    expect(figures(`${RU}Количество обращений в 2025 году достигло 14.`)).toEqual({ appeals_received: 14 });
  });
  it('near-miss: a share reached is no count', () => {
    expect(figures(`${RU}Количество обращений достигло 14 %.`).appeals_received).toBeUndefined();
  });
});

describe('"N дүркін" for N times', () => {
  it('kk: the council met, hearings were held', () => {
    expect(figures(`${KK}Есепті жылы Кеңес алты дүркін жиналды.`)).toEqual({ general_meetings: 6 });
    expect(figures(`${KK}Қоғамдық тыңдаулар екі дүркін өтті.`)).toEqual({ public_hearings: 2 });
  });
  it('ru: the same said with "раза"', () => {
    expect(figures(`${RU}Совет собирался 6 раз.`)).toEqual({ general_meetings: 6 });
  });
});

describe('a participle set off by commas between a label and its dash', () => {
  it('ru: "Обращений, зарегистрированных в журнале Совета за год, – 21"', () => {
    expect(figures(`${RU}Обращений, зарегистрированных в журнале Совета за год, - 21.`)).toEqual({ appeals_received: 21 });
    expect(figures(`${RU}Обращений, поступивших в Совет, – 14.`)).toEqual({ appeals_received: 14 });
  });
  it('near-miss: a participle that selects a part is not the total', () => {
    expect(figures(`${RU}Обращений, поступивших от юридических лиц, - 2.`).appeals_received).toBeUndefined();
  });
  it('kk: the participle stands before its noun', () => {
    expect(figures(`${KK}Тіркелген өтініштер саны – 21.`)).toEqual({ appeals_received: 21 });
  });
});

describe('a summary row whose bracket names its slashed values', () => {
  const rows = (lines: string[]) => `${lines.join('\n')}`;
  it('ru: "Обращения (поступило / дан ответ) ..... 21 / 20" among dot-leader rows', () => {
    expect(figures(`${RU}Сводные показатели за 2025 год\n\n${rows(['  Круглые столы ................... 2', '  Обращения (поступило / дан ответ) ........ 21 / 20', '  Публикации (сайт, Instagram, Facebook) ....... 58'])}`)).toEqual({ round_tables: 2, appeals_received: 21, appeals_answered: 20, publications: 58 });
  });
  it('kk: "Өтініштер (түскені / жауап берілгені) ..... 21 / 20"', () => {
    expect(figures(`${KK}Жиынтық көрсеткіштер\n\n${rows(['  Дөңгелек үстелдер ............. 2', '  Өтініштер (түскені / жауап берілгені) ........ 21 / 20', '  Жарияланымдар ............... 58'])}`)).toEqual({ round_tables: 2, appeals_received: 21, appeals_answered: 20, publications: 58 });
  });
  it('near-miss: names fewer than the numbers say nothing', () => {
    expect(figures(`${RU}Обращения (поступило) – 21 / 20.`).appeals_answered).toBeUndefined();
  });
});

describe('the heads heard, one report each', () => {
  it('ru: a summary label and a verb first', () => {
    expect(figures(`${RU}Заслушано руководителей – 6.`)).toEqual({ report_hearings: 6 });
    expect(figures(`${RU}Заслушаны 4 руководителя: отдел образования (30.01); отдел занятости (26.06).`).report_hearings).toBe(4);
  });
  it('kk: "Есебі тыңдалған басшылар – 6"', () => {
    expect(figures(`${KK}Есебі тыңдалған басшылар – 6.`)).toEqual({ report_hearings: 6 });
  });
  it('near-miss: heads who took part are not heard', () => {
    expect(figures(`${RU}В заседаниях участвовали 4 руководителя.`).report_hearings).toBeUndefined();
  });
});

describe('a none said as not called, as a failure, or by "мы"', () => {
  it('ru: "не назначались", "организовать не удалось", "мы не заключали", "для членов ОС не было"', () => {
    expect(figures(`${RU}Общественные слушания Советом в 2025 году не назначались. Обучающих семинаров для членов Совета в отчетном году организовать не удалось.`)).toEqual({ public_hearings: 0, seminars: 0 });
    expect(figures(`${RU}Меморандумов в 2025 году мы не заключали.`)).toEqual({ memoranda: 0 });
    expect(figures(`${H1}Меморандумы не подписывались, семинаров для членов ОС не было.`)).toEqual({ memoranda: 0, seminars: 0 });
  });
  it('ru variant: "не удалось провести" and the appeals of organisations', () => {
    expect(figures(`${RU}Круглые столы в отчетном году не удалось провести.`)).toEqual({ round_tables: 0 });
    expect(figures(`${RU}Поступило 11 обращений, от организаций письменных обращений не было.`)).toEqual({ appeals_received: 11, appeals_legal_entities: 0 });
  });
  it('kk: "биыл ұйымдастырылмады", "заңды тұлғалардан өтініш болған жоқ"', () => {
    expect(figures(`${KK}Кеңес мүшелеріне арналған оқыту семинарлары биыл ұйымдастырылмады.`)).toEqual({ seminars: 0 });
    expect(figures(`${KK}Кеңеске 11 өтініш түсті, заңды тұлғалардан өтініш болған жоқ.`)).toEqual({ appeals_received: 11, appeals_legal_entities: 0 });
  });
  it('near-miss: a failure of another thing, a none of a part', () => {
    expect(figures(`${RU}Провести выездное заседание не удалось.`)).toEqual({});
    expect(figures(`${RU}Общественные слушания по проекту бюджета не назначались.`)).toEqual({});
  });
});

describe('bureaucratic subordinate clauses (Zharkain)', () => {
  it('ru: the commissions in a relative clause, "N – без замечаний", "трое членов сложили полномочия"', () => {
    expect(figures(`${RU}Постоянные комиссии Совета, которых в отчетном году действовало три, собирались регулярно.`)).toEqual({ commissions: 3 });
    expect(figures(`${RU}Проектов НПА поступило 10. Заключения подготовлены по девяти, в том числе шесть - без замечаний, три - с замечаниями.`)).toMatchObject({ npa_approved: 6, npa_with_remarks: 3 });
    expect(figures(`${RU}В течение года трое членов Совета сложили полномочия.`)).toEqual({ members_left: 3 });
  });
  it('kk: "оның ішінде алтауы – ескертусіз"', () => {
    expect(figures(`${KK}Тоғыз НҚА жобасына қорытынды берілді, оның ішінде алтауы – ескертусіз, үшеуі – ескертулермен.`)).toMatchObject({ npa_approved: 6, npa_with_remarks: 3 });
  });
  it('near-miss: the members of the commissions, the meetings of the commissions', () => {
    expect(figures(`${RU}Постоянные комиссии Совета, заседаний которых было 11, работали по плану.`).commissions).toBeUndefined();
  });
});

describe('telegraphic lines under a numbered title closed by a stop (Sandyktau)', () => {
  it('ru: meetings of the council and of the commissions in one line', () => {
    expect(figures(`${H1}3. Заседания.\nОС - 3 (30.01; 24.04; 26.06), комиссии - 5 (соц. - 3, экон. - 2).`)).toEqual({ general_meetings: 3, commission_meetings: 5 });
  });
  it('ru: the composition with its parts, the commissions', () => {
    expect(figures(`${H1}6. Состав.\n11 членов (НПО/бизнес - 8, госслужащие - 3). Комиссий - 2 (социальная; экономики и АПК).`)).toEqual({ members_total: 11, members_civil: 8, members_state: 3, commissions: 2 });
  });
  it('kk: "Кеңес – 3, комиссиялар – 5", "13 мүше (ҮЕҰ – 10, мемлекеттік қызметшілер – 3)"', () => {
    expect(figures(`${KK}3. Отырыстар.\nКеңес – 3, комиссиялар – 5.`)).toEqual({ general_meetings: 3, commission_meetings: 5 });
    expect(figures(`${KK}6. Құрамы.\n13 мүше (ҮЕҰ – 10, мемлекеттік қызметшілер – 3). Комиссиялар – 2 (әлеуметтік; экономика).`)).toEqual({ members_total: 13, members_civil: 10, members_state: 3, commissions: 2 });
  });
  it('letters by the office\'s word: "Исходящих писем в ГО – 8, ответов получено – 6", "Шығыс хаттар – 8"', () => {
    expect(figures(`${H1}5. Переписка.\nИсходящих писем в ГО - 8, ответов получено - 6 (2 ждем, срок не истек).`)).toEqual({ letters_sent: 8, letters_answered: 6 });
    expect(figures(`${KK}Шығыс хаттар – 8, жауап алынды – 6.`)).toEqual({ letters_sent: 8, letters_answered: 6 });
  });
  it('near-miss: the same lines under another title, a plan line', () => {
    expect(figures(`${H1}3. Заседания.\nКомиссий - 2.`).commissions).toBeUndefined();
    expect(figures(`${H1}7. Сайт.\n11 членов (НПО - 8, госслужащие - 3) подписаны на канал.`).members_total).toBeUndefined();
  });
});

describe('first person plural and case endings (Naurzum), the composition\'s state part (Koksu)', () => {
  it('ru: residents are the individuals; "1 раз провели общественные слушания"; "по 1 (…) – с замечаниями"', () => {
    expect(figures(`${RU}Поступило 11 обращений; 9 из них подали жители района, 2 – организации.`)).toMatchObject({ appeals_received: 11, appeals_individuals: 9 });
    expect(figures(`${RU}Обращений – 21; девятнадцать из них подали жители района.`)).toMatchObject({ appeals_received: 21, appeals_individuals: 19 });
    expect(figures(`${RU}1 раз провели общественные слушания – 23 апреля.`)).toEqual({ public_hearings: 1 });
    expect(figures(`${RU}Проектов НПА нам прислали 5: 4 одобрены без замечаний, по 1 (о ставках платы) – с замечаниями.`)).toMatchObject({ npa_with_remarks: 1 });
  });
  it('ru variant: "2 раза проводили круглые столы"; "ответы пришли на 15"', () => {
    expect(figures(`${RU}2 раза проводили круглые столы.`)).toEqual({ round_tables: 2 });
    expect(figures(`${RU}Писем в государственные органы Советом направлено 17, ответы пришли на 15.`)).toEqual({ letters_sent: 17, letters_answered: 15 });
  });
  it('kk: residents, letters dispatched ("жөнелтілді"), the state\'s part, one with remarks', () => {
    expect(figures(`${KK}Кеңеске 21 өтініш түсті, оның 19-ы аудан тұрғындарынан түсті.`)).toMatchObject({ appeals_individuals: 19 });
    expect(figures(`${KK}Мемлекеттік органдарға Кеңес атынан 19 хат жөнелтілді, 16-сынан жауап алынды.`)).toEqual({ letters_sent: 19, letters_answered: 16 });
    expect(figures(`${KK}Кеңес 13 адамнан тұрады, оның ішінде азаматтық қоғам өкілдері – 10, мемлекеттік қызметшілер – 3.`)).toMatchObject({ members_total: 13, members_civil: 10, members_state: 3 });
    expect(figures(`${KK}V. НҚА жобаларын қарау\n\nАлты НҚА жобасына Кеңес сараптама жасады. Бесеуіне оң қорытынды берілді, біреуіне (жер салығы туралы) ескертулермен қорытынды жолданды.`)).toMatchObject({ npa_reviewed: 6, npa_approved: 5, npa_with_remarks: 1 });
  });
  it('near-miss: residents who came to a meeting, times of something else', () => {
    expect(figures(`${RU}На слушания пришли 52 жителя района.`).appeals_individuals).toBeUndefined();
    expect(figures(`${RU}2 раза провели выездной прием граждан.`)).toEqual({});
  });
});

describe('the events a count lists after its own colon, or on set-in lines after it', () => {
  it('ru: quoted titles each with its date in brackets, in the sentence', () => {
    expect(dates(`${RU}Площадкой для открытого обсуждения стали два круглых стола: «Молодежь и занятость на селе» (16 апреля 2025 г.) и «Как не стать жертвой мошенников: пожилые люди и интернет» (24 сентября 2025 г.).`)).toEqual(['round_table 2025-04-16', 'round_table 2025-09-24']);
  });
  it('kk: "үш дөңгелек үстелдің тақырыптары мынадай: «…» (2025 жылғы 12 наурыз), …"', () => {
    expect(dates(`${KK}Есепті жылы өткен үш дөңгелек үстелдің тақырыптары мынадай: «Ауыл жастары» (2025 жылғы 12 наурыз), «Жол қауіпсіздігі – ортақ міндет» (2025 жылғы 9 шілде), «Отбасы» (2025 жылғы 19 қараша).`)).toEqual(['round_table 2025-03-12', 'round_table 2025-07-09', 'round_table 2025-11-19']);
  });
  it('ru variant: the heads heard listed with their days, "Заслушаны 4 руководителя: …"', () => {
    expect(dates(`${H1}Заслушаны 2 руководителя: отдел образования (30.01); отдел ЖКХ (24.04).`)).toEqual(['report_hearing 2025-01-30', 'report_hearing 2025-04-24']);
  });
  it('ru: set-in items, the date first, closed by semicolons', () => {
    const x = parseReport(`${H1}Мониторинги - 3:\n   19.02 - питание в школах-интернатах;\n   15.04 - пассажирские перевозки;\n   11.06 - летние пришкольные лагеря.\n`);
    expect(activityList(x).filter((a) => a.startsWith('monitoring'))).toHaveLength(3);
    expect(x.activities.map((a) => a.title)).toEqual(['питание в школах-интернатах', 'пассажирские перевозки', 'летние пришкольные лагеря']);
  });
  it('near-miss: fewer dates than the count: only the dated one (its sentence\'s date), none invented for the undated title', () => {
    expect(dates(`${RU}Проведены три круглых стола: «Молодежь» (16 апреля 2025 г.) и «Село».`).filter((d) => d.startsWith('round_table'))).toEqual(['round_table 2025-04-16']);
  });
});

describe('the civil part by "представляют" (Zharkain)', () => {
  it('ru: "11 представляют некоммерческий сектор, 4 являются государственными служащими"', () => {
    expect(figures(`${RU}Численный состав Совета на конец отчетного года - 15 человек: 11 представляют некоммерческий сектор, 4 являются государственными служащими.`)).toEqual({ members_total: 15, members_civil: 11, members_state: 4 });
  });
  it('kk: the civil part as the representatives\' count', () => {
    expect(figures(`${KK}Кеңес 13 адамнан тұрады, оның ішінде азаматтық қоғам өкілдері – 10, мемлекеттік қызметшілер – 3.`)).toMatchObject({ members_civil: 10 });
  });
  it('near-miss: participants who represented organisations at a hearing', () => {
    expect(figures(`${RU}На слушаниях 11 представляли общественные организации.`)).toEqual({});
  });
});
