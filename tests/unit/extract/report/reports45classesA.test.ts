/**
 * Classes of the Kazakh district and aul reports of held-out sets 45 and 46 (Kurmangazy, Momyshuly, Shauildir, Shetpe,
 * Shyngyrlau): a list of people whose summing sentence counts bodies, a fraction of a count, a count the label
 * "equals", a number in words with its digits wrapped to the next line, the drafts' parts said without their noun, a
 * composition's parts in a secretary's words, a plan beside its result in words, the undone part of a plan, a partner
 * of two words in "-мен", a year things were put off to. Each in Kazakh and Russian, a variant, and near-misses that
 * must give no figure.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';
import { findCounts } from '../../../../sources/extract/grammar/findCounts.ts';
import { blankNumberTwiceLines } from '../../../../sources/extract/grammar/numberTwice.ts';

const figure = (text: string, metric: string) => parseReport(text).figures.find((f) => f.metric === metric)?.value;
const candidate = (text: string, metric: string) => parseReport(text).candidates.find((c) => c.metric === metric)?.value;
const ruYear = 'ИТОГИ РАБОТЫ ОБЩЕСТВЕННОГО СОВЕТА ЗА 2025 ГОД\n\n';
const kkYear = 'ҚОҒАМДЫҚ КЕҢЕСТІҢ 2025 ЖЫЛҒЫ ЖҰМЫСЫ ТУРАЛЫ ЕСЕП\n\n';

describe('a list of the people heard whose summing sentence counts something else', () => {
  const kk = `${kkYear}Есептерді тыңдау. Кеңес алдында мына лауазымды тұлғалар есеп берді:\n- әкімнің орынбасары А.Б. Сәтбаев – білім бөлімі және мәдениет бөлімі атынан;\n- ауыл шаруашылығы бөлімінің басшысы Б.Қ. Сәлімов;\n- құрылыс бөлімінің басшысы Р.М. Оспанов.\nОсылайша есеп берген органдардың жалпы саны төртке (4) тең.\n`;
  it('kk: six dashes of people, "Осылайша … жалпы саны төртке тең": the list\'s count is a candidate', () => {
    expect(figure(kk, 'report_hearings')).toBeUndefined();
    expect(candidate(kk, 'report_hearings')).toBe(3);
  });
  it('ru: "Таким образом, охвачено 5 органов и организаций" under three people', () => {
    const ru = `${ruYear}Заслушивание отчетов. Перед Советом отчитались:\n- заместитель акима Иванов И.И. (за отделы образования и культуры);\n- руководитель отдела ЖКХ Петров П.П.;\n- директор КГП «Водоканал» Сидоров С.С.\nТаким образом, охвачено 5 органов и организаций.\n`;
    expect(figure(ru, 'report_hearings')).toBeUndefined();
    expect(candidate(ru, 'report_hearings')).toBe(3);
  });
  it('near-miss: a summing sentence with the list\'s own count keeps the figure', () => {
    const same = `${ruYear}Заслушивание отчетов. Перед Советом отчитались:\n- руководитель отдела образования Иванов И.И.;\n- руководитель отдела ЖКХ Петров П.П.\nИтого заслушано 2 отчета.\n`;
    expect(candidate(same, 'report_hearings')).toBeUndefined();
  });
});

describe('a fraction is no count', () => {
  it('kk: "олардың төрттен үші жеке тұлғалардан" gives no individuals; ru: "две трети", "три четверти"', () => {
    expect(figure(`${kkYear}Жыл бойы жиырма төрт өтініш қабылданды, олардың төрттен үші жеке тұлғалардан, қалғаны шаруа қожалықтарынан.\n`, 'appeals_individuals')).toBeUndefined();
    expect(findCounts('две трети обращений и три четверти писем')).toEqual([]);
    expect(findCounts('үштен бірі, бестен екісі', { kazakh: true })).toEqual([]);
  });
  it('near-miss: "алтауынан бесеуі" (five of the six of them) and "бірден екі" stay counts', () => {
    expect(findCounts('алтауынан бесеуі', { kazakh: true }).map((c) => c.value)).toEqual([6, 5]);
    expect(findCounts('бірден екі жоба', { kazakh: true }).map((c) => c.value)).toEqual([1, 2]);
  });
});

describe('a count the label equals', () => {
  it('kk: "Кеңес мүшелерінің саны он тоғызға (19) тең", "Жарияланымдардың жалпы саны жүз отыз төртке тең"', () => {
    expect(figure(`${kkYear}Кеңес мүшелерінің саны он тоғызға (19) тең.\n`, 'members_total')).toBe(19);
    expect(figure(`${kkYear}Жарияланымдардың жалпы саны жүз отыз төртке тең.\n`, 'publications')).toBe(134);
  });
  it('ru: "Количество членов Совета равно 19"', () => {
    expect(figure(`${ruYear}Количество членов Совета равно 19.\n`, 'members_total')).toBe(19);
  });
  it('near-miss: "тең" of something else than the label\'s count', () => {
    expect(figure(`${kkYear}Кеңес мүшелерінің құқықтары тең.\n`, 'members_total')).toBeUndefined();
  });
});

describe('a number in words with its digits wrapped to the next line', () => {
  it('kk: "екеуі" / "(2) жыл соңында" is one number', () => {
    expect(blankNumberTwiceLines(['келісілді, екеуі', '(2) жыл соңында қаралу үстінде.'])[1]).toBe('    жыл соңында қаралу үстінде.');
  });
  it('ru: "двенадцать" / "(12) заседаний"', () => {
    expect(blankNumberTwiceLines(['проведено двенадцать', '(12) заседаний'])[1]).toBe('     заседаний');
  });
  it('near-miss: another number in the bracket stays', () => {
    expect(blankNumberTwiceLines(['проведено двенадцать', '(14) заседаний'])[1]).toBe('(14) заседаний');
  });
});

describe('the drafts\' parts said without their noun', () => {
  const kk = `${kkYear}НҚА жобалары. Жыл ішінде жиырма үш жоба келіп түсті: жиырма бірі қаралып, он жетісі ескертусіз, төртеуі ескертулермен келісілді, екеуі жыл соңында қаралу үстінде.\n`;
  it('kk: reviewed after the colon, approved before the part with remarks, pending after a comma', () => {
    expect(figure(kk, 'npa_reviewed')).toBe(21);
    expect(figure(kk, 'npa_approved')).toBe(17);
    expect(figure(kk, 'npa_with_remarks')).toBe(4);
    expect(figure(kk, 'npa_pending')).toBe(2);
  });
  it('kk variant: "Оның 14-іне қорытынды берілді: 11-і ескертусіз мақұлданды, 3-еуі бойынша ескертулер мен ұсыныстар жолданды"', () => {
    const text = `${kkYear}НҚА жобалары. Кеңеске 15 жоба келіп түсті. Оның 14-іне қорытынды берілді: 11-і ескертусіз мақұлданды, 3-еуі бойынша ескертулер мен ұсыныстар жолданды. 1 жоба (мәслихат шешімінің жобасы) жыл соңында әлі қаралу үстінде.\n`;
    expect(figure(text, 'npa_reviewed')).toBe(14);
    expect(figure(text, 'npa_with_remarks')).toBe(3);
    expect(figure(text, 'npa_pending')).toBe(1);
  });
  it('ru: "поступило 23 проекта НПА: 21 рассмотрен, 17 без замечаний, 4 с замечаниями одобрены"', () => {
    const text = `${ruYear}Проекты НПА. Поступило 23 проекта НПА: 21 рассмотрен, 17 без замечаний, 4 с замечаниями одобрены.\n`;
    expect(figure(text, 'npa_reviewed')).toBe(21);
    expect(figure(text, 'npa_approved')).toBe(17);
  });
  it('near-miss: "14 өтініш түсті, 2-еуі қаралуда" in a report that names drafts is no pending draft', () => {
    const text = `${kkYear}НҚА жобалары. Кеңес 5 НҚА жобасын қарады.\nКеңеске 14 өтініш түсті, оның 12-сіне жауап берілді, 2-еуі қаралуда.\n`;
    expect(figure(text, 'npa_pending')).toBeUndefined();
  });
});

describe('a composition\'s parts in a secretary\'s words', () => {
  it('kk: "оның 7-і қоғамдық ұйымдар мен ауыл тұрғындарының өкілдері, 2-еуі ауылдық округ әкімі аппаратының қызметкерлері"', () => {
    const text = `${kkYear}Кеңес 9 мүшеден тұрады, оның 7-і қоғамдық ұйымдар мен ауыл тұрғындарының өкілдері, 2-еуі ауылдық округ әкімі аппаратының қызметкерлері.\n`;
    expect(figure(text, 'members_civil')).toBe(7);
    expect(figure(text, 'members_state')).toBe(2);
  });
  it('kk variants: "Он үш мүшенің тоғызы – қоғам өкілі, төртеуі – мемлекеттік қызметші"; "мемлекеттік органдардан келген 5 мүшені қоспағанда"', () => {
    const text = `${kkYear}Қазір Кеңесте он үш мүше бар. Он үш мүшенің тоғызы – қоғам өкілі, төртеуі – мемлекеттік қызметші.\n`;
    expect(figure(text, 'members_civil')).toBe(9);
    expect(figure(text, 'members_state')).toBe(4);
    expect(figure(`${kkYear}Кеңес 17 мүшеден тұрады; мемлекеттік органдардан келген 5 мүшені қоспағанда, қалған 12-сі – азаматтық қоғам өкілдері.\n`, 'members_state')).toBe(5);
  });
  it('ru: "из 13 членов девять – представители общественности, четверо – госслужащие"; "за исключением 5 членов от госорганов"', () => {
    const text = `${ruYear}В составе Совета 13 членов: 9 – представители общественности, 4 – госслужащие.\n`;
    expect(figure(text, 'members_civil')).toBe(9);
    expect(figure(text, 'members_state')).toBe(4);
    expect(figure(`${ruYear}Совет состоит из 17 членов; за исключением 5 членов от госорганов, остальные 12 – представители НПО.\n`, 'members_state')).toBe(5);
  });
  it('near-miss: "3 адам – қоғам өкілдері" at a meeting, with no membership named, is no composition', () => {
    expect(figure(`${kkYear}Кездесуге 40 адам қатысты, олардың 3-еуі – қоғам өкілдері.\n`, 'members_civil')).toBeUndefined();
  });
});

describe('a plan beside its result, the result in words; the undone part', () => {
  it('kk: "Жоспардағы 2 қоғамдық тыңдаудың екеуі де өтті", "Жоспарланған 12 есептің 10-ы тыңдалды, қалған екеуі … 2026 жылдың бірінші тоқсанына ауыстырылды"', () => {
    expect(figure(`${kkYear}Жоспардағы 2 қоғамдық тыңдаудың екеуі де өтті.\n`, 'public_hearings')).toBe(2);
    const text = `${kkYear}Жоспарланған 12 есептің 10-ы тыңдалды, қалған екеуі (кәсіпкерлік бөлімі мен ветеринария бөлімі) 2026 жылдың бірінші тоқсанына ауыстырылды.\n`;
    expect(figure(text, 'report_hearings')).toBe(10);
    expect(candidate(text, 'report_hearings')).toBe(12);
  });
  it('kk: "он мониторингтің біреуі ғана қалып қойды" counts no monitorings; ru: the same plan in Russian is read as before', () => {
    expect(figure(`${kkYear}Жоспарланған 10 мониторингтің 9-ы жүргізілді. Сонымен, он мониторингтің біреуі ғана қалып қойды.\n`, 'monitorings')).toBe(9);
    expect(figure(`${ruYear}Из запланированных 10 мониторингов проведено 9.\n`, 'monitorings')).toBe(9);
  });
  it('near-miss: "10 мониторингтің 4-еуі келесі жылға ауыстырылды" states no monitorings held', () => {
    expect(figure(`${kkYear}Жоспардағы 10 мониторингтің 4-еуі келесі жылға ауыстырылды.\n`, 'monitorings')).toBeUndefined();
  });
});

describe('a partner of two words in "-мен"', () => {
  it('kk: "аудандық ардагерлер кеңесімен 2 меморандумға қол қойды" is the council\'s', () => {
    expect(figure(`${kkYear}Кеңес аудандық жастар орталығымен және аудандық ардагерлер кеңесімен 2 меморандумға қол қойды.\n`, 'memoranda')).toBe(2);
  });
  it('ru: "совместно с Советом ветеранов подписано 2 меморандума" is the council\'s too', () => {
    expect(figure(`${ruYear}Совместно с советом ветеранов подписано 2 меморандума.\n`, 'memoranda')).toBe(2);
  });
  it('near-miss: "Ардагерлер кеңесі 2 меморандумға қол қойды" is the other council\'s', () => {
    expect(figure(`${kkYear}Аудандық ардагерлер кеңесі 2 меморандумға қол қойды.\n`, 'memoranda')).toBeUndefined();
  });
});

describe('an overview titled "шолу", a member who left with the reason in brackets', () => {
  it('kk: "2025 ЖЫЛҒЫ ЖҰМЫСЫМЫЗҒА ШОЛУ (жылдық есеп)" is the year 2025', () => {
    expect(parseReport('2025 ЖЫЛҒЫ ЖҰМЫСЫМЫЗҒА ШОЛУ (жылдық есеп)\n\nКеңес бес мәрте жиналды.\n').period).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });
  it('kk: "Кеңестен 1 мүше (… көшуіне байланысты) шығып, 2 мүше қабылданды"', () => {
    const text = `${kkYear}2025 жылы Кеңестен 1 мүше (Жетібай ауылдық округінің тұрғыны, басқа облысқа көшуіне байланысты) шығып, 2 мүше қабылданды.\n`;
    expect(figure(text, 'members_left')).toBe(1);
    expect(figure(text, 'members_joined')).toBe(2);
  });
  it('ru: "Обзор деятельности Совета за 2025 год" is the year too', () => {
    expect(parseReport('Обзор деятельности Общественного совета за 2025 год\n\nПроведено 5 заседаний.\n').period).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });
});

describe('counts as predicates: commissions, times with a date, answers written', () => {
  it('kk: "Жұмысымыз екі комиссияға бөлінген", "Тұрақты комиссия екеу, төралқа құрылмаған"', () => {
    expect(figure(`${kkYear}Кеңесте он үш мүше бар. Жұмысымыз екі комиссияға бөлінген: әлеуметтік комиссия мен шаруашылық комиссиясы.\n`, 'commissions')).toBe(2);
    expect(figure(`${kkYear}Тұрақты комиссия екеу, төралқа құрылмаған.\n`, 'commissions')).toBe(2);
  });
  it('ru: "Работа разделена на две комиссии", "Постоянных комиссий две."', () => {
    expect(figure(`${ruYear}Работа Совета разделена на две постоянные комиссии.\n`, 'commissions')).toBe(2);
    expect(figure(`${ruYear}Постоянных комиссий две.\n`, 'commissions')).toBe(2);
  });
  it('near-miss: "Комиссия отырыстарының жиыны – тоғыз" is meetings, not commissions', () => {
    const text = `${kkYear}Комиссия отырыстарының жиыны – тоғыз.\n`;
    expect(figure(text, 'commission_meetings')).toBe(9);
    expect(figure(text, 'commissions')).toBeUndefined();
  });
  it('kk: "Дөңгелек үстел бір рет – 27 мамырда … өтті"; ru: "Круглый стол проводился один раз – 27 мая"', () => {
    expect(figure(`${kkYear}Дөңгелек үстел бір рет – 27 мамырда жастар арасындағы жұмыссыздық тақырыбында өтті (45 адам қатысты).\n`, 'round_tables')).toBe(1);
    expect(figure(`${ruYear}Круглый стол проводился один раз – 27 мая.\n`, 'round_tables')).toBe(1);
  });
  it('near-miss: "дөңгелек үстелге екі рет қатысты" (took part twice), "проводился 2 раза в год" (a rate) hold none', () => {
    expect(figure(`${kkYear}Мүшелеріміз әкімдіктің дөңгелек үстеліне екі рет қатысты.\n`, 'round_tables')).toBeUndefined();
    expect(figure(`${ruYear}Круглый стол проводился 2 раза в год.\n`, 'round_tables')).toBeUndefined();
  });
  it('kk: "Олардың 10-ына жазбаша жауап берілді", "Жиырма төрт өтініштің жиырма екісіне жауап жазылды"', () => {
    expect(figure(`${kkYear}Тұрғындардан Кеңеске 12 өтініш қабылданды. Олардың 10-ына жазбаша жауап берілді.\n`, 'appeals_answered')).toBe(10);
    expect(figure(`${kkYear}Жыл бойы жиырма төрт өтініш қабылданды. Жиырма төрт өтініштің жиырма екісіне жауап жазылды.\n`, 'appeals_answered')).toBe(22);
  });
});

describe('the bodies heard: five heads, one of them a municipal enterprise; a member who left the council', () => {
  it('kk: "Бес мекеме басшысының есебін тыңдадық: оның төртеуі – аудандық бөлімдер (…), біреуі – «Жуалы су» МКК"', () => {
    const text = `${kkYear}Бес мекеме басшысының есебін тыңдадық: оның төртеуі – аудандық бөлімдер (білім беру; ауыл шаруашылығы), біреуі – «Жуалы су» МКК.\n`;
    expect(figure(text, 'report_hearings')).toBe(5);
    expect(figure(text, 'subordinate_orgs_heard')).toBe(1);
  });
  it('ru: "заслушаны отчеты 5 руководителей: 4 – отделов акимата, 1 – ГКП «Водоканал»"', () => {
    expect(figure(`${ruYear}Заслушаны отчеты 5 руководителей: 4 – отделов акимата, 1 – ГКП «Водоканал».\n`, 'subordinate_orgs_heard')).toBe(1);
  });
  it('kk: "Биыл екі мүше Кеңестен кетті"; near-miss: "екі мүше іссапарға кетті"', () => {
    expect(figure(`${kkYear}Биыл екі мүше Кеңестен кетті (біреуі өз еркімен).\n`, 'members_left')).toBe(2);
    expect(figure(`${kkYear}Наурызда екі мүше іссапарға кетті.\n`, 'members_left')).toBeUndefined();
  });
});
