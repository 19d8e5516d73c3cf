/**
 * Classes of unusual meetings and of the reports that count them, session 29 (helper "meetings"), from the blind sets 79, 77
 * and 75 and variants of my own in Russian and Kazakh, each with near-misses that must give nothing.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const mediaOf = (text: string) => Object.fromEntries(parseReport(text).media.map((m) => [m.platform, m.publications]));

describe('a platform\'s clause ends where another outlet is counted after it (set 79 shchuchinsk: "Instagram – 8, «Бурабай» аудандық газеті – 4 жарияланым" read 4)', () => {
  it('kk: the newspaper counted after the platform with a dash, or in the locative without one', () => {
    expect(mediaOf('ҚЫСҚАША КӨРСЕТКІШТЕР\nFacebook – 9, Instagram – 8, «Бурабай» аудандық газеті – 4 жарияланым.\n')).toMatchObject({ facebook: 9, instagram: 8 });
    expect(mediaOf('Тоқсан ішінде Instagram-да 12, аудандық газетте 5 жарияланым шықты.\n').instagram).toBe(12);
  });
  it('ru: a television channel and a newspaper after the platforms', () => {
    expect(mediaOf('В Telegram – 12, в районной газете «Заря» – 5 публикаций.\n').telegram).toBe(12);
    expect(mediaOf('На сайте – 10, в Instagram – 6, на телеканале «Хабар» – 2 публикации.\n')).toMatchObject({ website: 10, instagram: 6 });
  });
  it('near-miss: the platform\'s own views or followers after its count are no other outlet — its clause goes on', () => {
    expect(parseReport('Instagram – 20 жарияланым, арнаның қаралым саны – 5 000.\n').media).toMatchObject([{ platform: 'instagram', publications: 20, views: 5000 }]);
    expect(mediaOf('Instagram – 14 публикаций, подписчиков страницы – 900.\n').instagram).toBe(14);
  });
});

const KK_JOINT = 'Қоғамдық кеңес пен қалалық мәслихаттың тұрақты комиссиясының бірлескен отырысының\n№ 2 ХАТТАМАСЫ\n2026 жылғы 5 наурыз\n\n';
const RU_JOINT = 'ПРОТОКОЛ № 5\nсовместного заседания Общественного совета и постоянной комиссии городского маслихата\n20 мая 2026 года\n\n';

describe('at a joint meeting with a maslikhat\'s commission its deputies listed with the council are no attendees (set 79 arkalyk: 15 read for 11)', () => {
  it('ru: a registration table whose status column tells the deputies', () => {
    const text = `${RU_JOINT}Из 7 членов Совета присутствуют 5.\nЛист регистрации\n№\tФИО\tСтатус\tУчастие\n1\tИванов И.И.\tпредседатель Совета\tприсутствует\n2\tПетрова А.А.\tчлен Совета\tприсутствует\n3\tСидоров П.П.\tчлен Совета\tприсутствует\n4\tКим Л.В.\tчлен Совета\tприсутствует\n5\tОмаров Т.Т.\tчлен Совета\tприсутствует\n6\tАхметов Б.Б.\tчлен Совета\tотпуск\n7\tЛи Р.Р.\tчлен Совета\tкомандировка\n8\tЖанов К.К.\tдепутат городского маслихата\tприсутствует\n9\tСеров Д.Д.\tдепутат, председатель постоянной комиссии\tприсутствует\n\nПовестка дня:\n1. О работе поликлиник.\n`;
    const x = parseProtocol(text);
    expect(x.attendees.map((a) => a.name)).toEqual(['Иванов И.И.', 'Петрова А.А.', 'Сидоров П.П.', 'Ким Л.В.', 'Омаров Т.Т.']);
    expect(x.absentees.length).toBe(2);
  });
  it('kk: a list of those present, the deputies after the members with their status after a dash', () => {
    const text = `${KK_JOINT}Қатысқандар:\n1. Сейітов А.Б. – кеңес төрағасы\n2. Нұрланова Г.К. – кеңес мүшесі\n3. Әлиев Д.М. – кеңес мүшесі\n4. Бекова С.Т. – мәслихат депутаты\n5. Жақсылықов Е.Р. – мәслихат депутаты, комиссия төрағасы\n\nКүн тәртібі:\n1. Жолдарды жөндеу туралы.\n`;
    expect(parseProtocol(text).attendees.map((a) => a.name)).toEqual(['Сейітов А.Б.', 'Нұрланова Г.К.', 'Әлиев Д.М.']);
  });
  it('near-miss: a council member who is also a deputy stays; at an ordinary meeting a deputy\'s row is read as before', () => {
    const both = `${KK_JOINT}Қатысқандар:\n1. Сейітов А.Б. – кеңес төрағасы\n2. Нұрланова Г.К. – кеңес мүшесі, мәслихат депутаты\n3. Бекова С.Т. – мәслихат депутаты\n\nКүн тәртібі:\n1. Жолдарды жөндеу туралы.\n`;
    expect(parseProtocol(both).attendees.map((a) => a.name)).toEqual(['Сейітов А.Б.', 'Нұрланова Г.К.']);
    const ordinary = 'ПРОТОКОЛ № 5\nзаседания Общественного совета\n20 мая 2026 года\n\nПрисутствовали:\n1. Иванов И.И. – председатель Совета\n2. Жанов К.К. – депутат городского маслихата\n\nПовестка дня:\n1. О работе поликлиник.\n';
    expect(parseProtocol(ordinary).attendees.map((a) => a.name)).toEqual(['Иванов И.И.', 'Жанов К.К.']);
  });
});

const RU_HEAD = 'ПРОТОКОЛ № 3\nзаседания Общественного совета\n14 марта 2026 года\n\n';
const KK_HEAD = 'ОТЫРЫСТЫҢ № 3 ХАТТАМАСЫ\nҚоғамдық кеңес\n2026 жылғы 14 наурыз\n\n';
const countsOf = (text: string) => {
  const x = parseProtocol(text);
  return { members_total: x.members_total, present: x.present, online: x.online };
};

describe('an off-site meeting\'s members online from the home town, the place said with the means (set 79 kulsary: "2 – по видеосвязи из г. Кульсары")', () => {
  it('ru: the place after the means, a town or a hall', () => {
    expect(countsOf(`${RU_HEAD}Из 19 членов Совета в заседании участвуют 14 (12 – в с. Каратон, 2 – по видеосвязи из г. Кульсары).\n`)).toEqual({ members_total: 19, present: 14, online: 2 });
    expect(countsOf(`${RU_HEAD}Из 15 членов Совета присутствуют 12 (10 – очно, 2 – по Zoom из актового зала акимата района).\n`).online).toBe(2);
    expect(countsOf(`${RU_HEAD}Присутствуют 12 членов Совета (двое по видеосвязи из Кульсары).\n`).online).toBe(2);
  });
  it('kk: the place in the ablative before the means', () => {
    expect(countsOf(`${KK_HEAD}Кеңестің 15 мүшесінен 12-сі қатысты (10 – Қаратон ауылында, 2 – Құлсары қаласынан бейнебайланыс арқылы).\n`)).toEqual({ members_total: 15, present: 12, online: 2 });
  });
  it('near-miss: a place without a means of joining online, and "из них" after the means, give no count online', () => {
    expect(countsOf(`${RU_HEAD}Из 19 членов Совета участвуют 14 (12 – в с. Каратон, 2 – из г. Кульсары).\n`).online).toBeNull();
    expect(countsOf(`${RU_HEAD}Из 19 членов Совета участвуют 14 (2 – по видеосвязи из них 3).\n`).online).toBeNull();
  });
});

describe('none online told by the participle alone, its subject left out (set 79 arkalyk: "барлығы күндізгі (онлайн қатысқан жоқ)")', () => {
  it('kk: "(онлайн қатысқан жоқ)", "Zoom арқылы ешкім қосылған жоқ"', () => {
    expect(countsOf(`${KK_HEAD}Кеңестің 15 мүшесінен 11-і қатысты, барлығы күндізгі (онлайн қатысқан жоқ).\n`)).toEqual({ members_total: 15, present: 11, online: 0 });
    expect(countsOf(`${KK_HEAD}Отырысқа 9 мүше қатысты. Zoom арқылы ешкім қосылған жоқ.\n`).online).toBe(0);
  });
  it('near-miss: something else not published online is no count of those online', () => {
    expect(countsOf(`${KK_HEAD}Отырысқа 9 мүше қатысты. Өткен отырыстың хаттамасы онлайн жарияланған жоқ.\n`).online).toBeNull();
  });
});

describe('an absentee vote\'s questions put to the vote under a bilingual heading are its agenda (set 79 kandyagash: "Дауысқа қойылған мәселелер / Вопросы, вынесенные на голосование:")', () => {
  const HEAD = 'СЫРТТАЙ ДАУЫС БЕРУ ХАТТАМАСЫ № 2 / ПРОТОКОЛ № 2 ЗАОЧНОГО ГОЛОСОВАНИЯ\nҚоғамдық кеңес / Общественный совет\nКүні / Дата: 10.04.2026\n\nСауалнамалар кеңестің 11 мүшесіне жіберілді. / Опросные листы направлены 11 членам Совета.\n\n';
  it('ru first, then kk: "Вопросы для голосования / Дауыс беру мәселелері:"', () => {
    const text = `${HEAD}Вопросы для голосования / Дауыс беру мәселелері:\n1. О плане работы. / Жұмыс жоспары туралы.\n2. Об обращении жителей. / Тұрғындардың өтініші туралы.\n\nИТОГИ ГОЛОСОВАНИЯ\n`;
    expect(parseProtocol(text).agenda.map((a) => a.no)).toEqual([1, 2]);
  });
  it('kk first, then ru, each item wrapped: "Сырттай дауыс беруге шығарылған мәселелер / Вопросы, поставленные на заочное голосование:"', () => {
    const text = `${HEAD}Сырттай дауыс беруге шығарылған мәселелер / Вопросы, поставленные на заочное голосование:\n1. Жұмыс жоспары туралы.\n   О плане работы.\n2. Тұрғындардың өтініші туралы.\n   Об обращении жителей.\n3. Әртүрлі. / Разное.\n\nДАУЫС БЕРУ ҚОРЫТЫНДЫСЫ\n`;
    expect(parseProtocol(text).agenda.length).toBe(3);
  });
  it('near-miss: a line that only names the vote in two languages, no list of questions under it, gives no agenda', () => {
    const text = `${HEAD}Дауыс беру қорытындысы / Итоги голосования:\nжақтады / за – 9; қарсы / против – 1; қалыс / воздержался – 1.\n`;
    expect(parseProtocol(text).agenda).toEqual([]);
  });
});

const figuresOf = (text: string) => Object.fromEntries(parseReport(text).figures.map((f) => [f.metric, f.value]));

describe('a summary line of meetings by kind, the commissions\' named by the bare Kazakh noun (set 79 shchuchinsk: "кеңес отырыстары – 2, президиум отырысы – 1, комиссия отырыстары – 4")', () => {
  it('kk: after the council\'s and the presidium\'s, in the singular, or as its own item under a heading', () => {
    expect(figuresOf('ҚЫСҚАША КӨРСЕТКІШТЕР\n - кеңес отырыстары – 2, президиум отырысы – 1, комиссия отырыстары – 4;\n')).toMatchObject({ general_meetings: 2, presidium_meetings: 1, commission_meetings: 4 });
    expect(figuresOf('Кеңес отырысы – 2, төралқа отырысы – 1, комиссия отырысы – 4.\n').commission_meetings).toBe(4);
    expect(figuresOf('Отырыстар: кеңес отырыстары – 3; тұрақты комиссия отырыстары – 6.\n')).toMatchObject({ general_meetings: 3, commission_meetings: 6 });
  });
  it('ru: the same run reads as before ("Заседания Совета – 2, президиума – 1, комиссий – 4")', () => {
    expect(figuresOf('Заседания Совета – 2, президиума – 1, комиссий – 4.\n')).toMatchObject({ general_meetings: 2, presidium_meetings: 1, commission_meetings: 4 });
  });
  it('near-miss: one commission named by its field, what was done at the meetings, a year after the dash', () => {
    expect(figuresOf('Әлеуметтік комиссия отырыстары – 2.\n').commission_meetings).toBeUndefined();
    expect(figuresOf('Экология жөніндегі комиссия отырыстары – 2, кеңес отырыстары – 3.\n').commission_meetings).toBeUndefined();
    expect(figuresOf('Комиссия отырыстарында қаралған мәселелер – 12.\n').commission_meetings).toBeUndefined();
    expect(figuresOf(' - комиссия отырыстары – 2026 жылы 4;\n').commission_meetings).toBeUndefined();
  });
});

const activitiesOf = (text: string) => parseReport(text).activities.map((a) => `${a.type}@${a.date_start}`);

describe('a table of two columns typed with one pipe and no border, its date column and its event\'s (set 79 kokshetau: "Күні | Іс-шара" over "12.01.2026   | мониторинг: …")', () => {
  it('ru: the date first, a "+" rule under the header, a wrapped title', () => {
    const text = 'ОТЧЕТ за I полугодие 2026 года\n\nIV. Мероприятия\n\nДата         | Мероприятие\n-------------+-----------------------\n12.01.2026   | мониторинг: автобусы\n03.02.2026   | мониторинг: дворы\n22.04.2026   | круглый стол: «Среда»\n                для людей\n';
    expect(activitiesOf(text)).toEqual(['monitoring@2026-01-12', 'monitoring@2026-02-03', 'round_table@2026-04-22']);
  });
  it('kk: the event first, the date after it, no rule', () => {
    const text = 'ЕСЕП 2026 жылдың бірінші жартыжылдығы\n\nІс-шара атауы                 | Өткізілген күні\nмониторинг: автобустар        | 12.01.2026\nқоғамдық тыңдау: қағидалар    | 26.02.2026\nдөңгелек үстел: орта          | 22.04.2026\n';
    expect(activitiesOf(text)).toEqual(['monitoring@2026-01-12', 'public_hearing@2026-02-26', 'round_table@2026-04-22']);
  });
  it('near-miss: a two-column table with no date column, and rows of the council\'s own meetings, give no activity', () => {
    expect(activitiesOf('ОТЧЕТ за I полугодие 2026 года\n\nМероприятие | Количество\nмониторинг | 3\nкруглый стол | 1\n')).toEqual([]);
    expect(activitiesOf('ОТЧЕТ за I полугодие 2026 года\n\nДата | Мероприятие\n28.01.2026 | заседание Совета\n24.06.2026 | заседание президиума\n')).toEqual([]);
  });
});

describe('a list of dated events under a heading that names a part of the period before its noun (set 79 kulsary: "5. ІІІ тоқсандағы іс-шаралар:")', () => {
  it('kk: "ІІІ тоқсандағы іс-шаралар:", "2026 жылғы ІІ тоқсанда өткізілген іс-шаралар:"', () => {
    expect(activitiesOf('Есеп 2026 жылғы 9 ай\n5. ІІІ тоқсандағы іс-шаралар:\n   - 2026 жылғы 8 шілдеде – мониторинг: балалар ойын алаңдары;\n   - 2026 жылғы 26 тамызда – мониторинг: мектептердің дайындығы;\n')).toEqual(['monitoring@2026-07-08', 'monitoring@2026-08-26']);
    expect(activitiesOf('Есеп 2026 жылғы 9 ай\n2026 жылғы ІІ тоқсанда өткізілген іс-шаралар:\n- 14.05.2026 – дөңгелек үстел: жастар;\n- 20.06.2026 – мониторинг: емханалар;\n')).toEqual(['round_table@2026-05-14', 'monitoring@2026-06-20']);
  });
  it('ru: "Проведенные в III квартале мероприятия:"', () => {
    expect(activitiesOf('Отчет за 9 месяцев 2026 года\nПроведенные в III квартале мероприятия:\n- 08.07.2026 – мониторинг: детские площадки;\n- 26.08.2026 – круглый стол: школы;\n')).toEqual(['monitoring@2026-07-08', 'round_table@2026-08-26']);
  });
  it('near-miss: the next quarter\'s planned events, or those to be held, are no list of events held', () => {
    expect(activitiesOf('Есеп 2026 жылғы 9 ай\nIV тоқсанға жоспарланған іс-шаралар:\n- 08.10.2026 – мониторинг: балалар ойын алаңдары;\n- 26.11.2026 – дөңгелек үстел: мектептер;\n')).toEqual([]);
    expect(activitiesOf('Есеп 2026 жылғы 9 ай\nIV тоқсанда өткізілетін іс-шаралар:\n- 08.10.2026 – мониторинг: балалар ойын алаңдары;\n')).toEqual([]);
  });
});

describe('the parts of a total of publications, each count before its platform (set 79 kulsary: "8. 37 жарияланымның 20-сы Instagram-да, …, 8-і аудан әкімдігінің сайтында")', () => {
  it('kk: the sentence opening a numbered paragraph; the site owned by the akimat, no dash after the suffixed count', () => {
    expect(mediaOf('8. 37 жарияланымның 20-сы Instagram-да, 9-ы Telegram-да, 8-і аудан әкімдігінің сайтында.\n')).toEqual({ instagram: 20, telegram: 9, website: 8 });
    expect(mediaOf('Жарияланымдардың 12-сі облыс әкімдігінің сайтында, 30-ы Instagram-да.\n')).toEqual({ website: 12, instagram: 30 });
  });
  it('ru: the total opening a numbered item', () => {
    expect(mediaOf('3) Из 40 публикаций 25 – в Instagram, 15 – на сайте.\n')).toEqual({ instagram: 25, website: 15 });
  });
  it('near-miss: a year between the part and the site is no owner\'s word', () => {
    expect(mediaOf('37 жарияланымның 20-сы Instagram-да, 9-ы Telegram-да, 8-і 2025 жылғы сайтта.\n').website).toBeUndefined();
  });
});

describe('a count "since the start of the year" in a report whose period opens the year is the period\'s (set 77 kokshetau-q1: "Жыл басынан бері кеңестің 2 отырысы … өткізілді")', () => {
  it('kk: a first quarter\'s and a nine months\' report', () => {
    expect(figuresOf('Көкшетау қаласы Қоғамдық кеңесінің 2026 жылғы I тоқсандағы жұмысы туралы\n\nЖыл басынан бері кеңестің 2 отырысы (28 қаңтар, 25 наурыз), президиумның 1 отырысы өткізілді.\n')).toMatchObject({ general_meetings: 2, presidium_meetings: 1 });
    expect(figuresOf('2026 жылғы 9 айдағы есеп\nЖыл басынан бастап 5 мониторинг жүргізілді.\n').monitorings).toBe(5);
  });
  it('ru: a first half-year\'s report', () => {
    expect(figuresOf('Отчет Общественного совета за I полугодие 2026 года\nС начала года проведено 4 заседания Совета.\n').general_meetings).toBe(4);
  });
  it('near-miss: in a second quarter\'s report the year to date is longer than the period — a candidate, no figure', () => {
    const x = parseReport('Отчет Общественного совета за II квартал 2026 года\nС начала года проведено 4 заседания Совета.\n');
    expect(x.figures.find((f) => f.metric === 'general_meetings')).toBeUndefined();
    expect(x.candidates.some((c) => c.metric === 'general_meetings' && c.value === 4)).toBe(true);
  });
});

describe('some of a count named after the writer says he names some, each clause opening with its day (set 77 stepnogorsk: "Из 7 мониторингов за полугодие отметим: 22.01.2026 – …; …")', () => {
  it('ru: "Из 7 мониторингов за полугодие отметим:"', () => {
    expect(activitiesOf('Отчет за I полугодие 2026 года\nИз 7 мониторингов за полугодие отметим: 22.01.2026 – работа снегоуборочной техники; 17.03.2026 – освещение улиц; 13.05.2026 – ремонт дорог.\n')).toEqual(['monitoring@2026-01-22', 'monitoring@2026-03-17', 'monitoring@2026-05-13']);
  });
  it('kk: "7 мониторингтің ішінен мыналарды атап өтейік:"', () => {
    expect(activitiesOf('2026 жылғы І жартыжылдық есебі\n7 мониторингтің ішінен мыналарды атап өтейік: 22 қаңтарда – қар тазалау; 17 наурызда – көше жарығы.\n')).toEqual(['monitoring@2026-01-22', 'monitoring@2026-03-17']);
  });
  it('near-miss: more clauses than the count, or a clause of another kind, give nothing', () => {
    expect(activitiesOf('Отчет за I полугодие 2026 года\nИз 2 мониторингов отметим: 22.01.2026 – работа техники; 17.03.2026 – освещение улиц; 13.05.2026 – ремонт дорог.\n')).toEqual([]);
    expect(activitiesOf('Отчет за I полугодие 2026 года\nИз 7 мониторингов отметим: 22.01.2026 – работа техники; 17.03.2026 – круглый стол по молодёжи.\n')).toEqual([]);
  });
});
