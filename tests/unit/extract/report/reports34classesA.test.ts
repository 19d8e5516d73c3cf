/**
 * Classes of phrasing the ordinary agency and ministry reports of set 34 showed (issue 12; the competition agency's,
 * the anti-corruption agency's, the financial regulator's and Akmola oblast's), each tested beyond its sentence, in
 * Russian and Kazakh, with near-misses that must give no figure: a numbered section title set over its paragraph with
 * no blank line, members counted as the body's own staff or "from state bodies", a count opening its parts after a
 * colon, a none said with the council's initiative or the seminars' audience, the appeals' kind said of all of them,
 * inquiries as letters, businesses as legal entities, conclusions given on drafts, a heard report's own year, a count's
 * bracket of bare days, a member removed told by the Kazakh converb.
 */
import { describe, expect, it } from 'vitest';
import { continuesSentence } from '../../../../sources/extract/report/continuesSentence.ts';
import { activityList, candidateList, figureList, figureMap, reportUnder } from '../../../helpers/extractCases.ts';

const KK_TITLE = 'Қоғамдық кеңестің 2025 жылғы қызметі туралы есеп';
const ru = (text: string) => reportUnder(text);
const kk = (text: string) => reportUnder(text, KK_TITLE);

describe('a numbered section title over its paragraph, no blank line between, is a heading', () => {
  it('its nouns do not take the counts of the sentence under it (the FALSE public hearings of the anti-corruption report)', () => {
    const x = kk('6. Дөңгелек үстелдер, семинарлар, қоғамдық тыңдаулар\nДөңгелек үстелдер төрт рет ұйымдастырылды: 13 наурызда – «Жастар», 22 мамырда – «Сатып алулар», 14 тамызда – «Бюджет», 27 қарашада – «Медицина».');
    expect(figureMap(x)).toMatchObject({ round_tables: 4 });
    expect(figureMap(x).public_hearings).toBeUndefined();
    expect(activityList(x)).toEqual(['round_table 2025-03-13', 'round_table 2025-05-22', 'round_table 2025-08-14', 'round_table 2025-11-27']);
  });

  it('in Russian, and the sections are no list of activities (each paragraph a line of its own, as Word gives them)', () => {
    const x = ru('5. Заслушивание отчетов\nНа заседаниях Совета заслушаны 4 отчета руководителей департаментов Агентства о реализации государственной политики в сфере конкуренции.\n6. Круглые столы, общественные слушания и иные мероприятия\nОрганизовано три круглых стола: 6 марта – «Конкуренция на рынке ГСМ», 12 августа – «Цифровые платформы и маркетплейсы», 4 декабря – «Комплаенс».');
    expect(figureMap(x)).toMatchObject({ round_tables: 3 });
    expect(figureMap(x).public_hearings).toBeUndefined();
    expect(activityList(x)).toEqual(['round_table 2025-03-06', 'round_table 2025-08-12', 'round_table 2025-12-04']);
    expect(x.issues.filter((i) => /numbering/.test(i.message))).toEqual([]);
  });

  it('a wrapped line of running text, or a numbered line with a count, still goes on', () => {
    expect(continuesSentence('6. Дөңгелек үстелдер, семинарлар, қоғамдық тыңдаулар', 'Дөңгелек үстелдер төрт рет ұйымдастырылды: 13 наурызда – «Жастар», 22 мамырда – «Сатып алулар», 14 тамызда және 27 қарашада.')).toBe(false);
    // A numbered paragraph wrapped at a width goes on (the atomic energy agency's "7. Информация … размещена на интернет-ресурсе").
    expect(continuesSentence('7. Информация о деятельности Совета размещена на интернет-ресурсе', 'Агентства (9 публикаций) и в Telegram-канале Агентства (5 публикаций), итого –')).toBe(true);
    expect(continuesSentence('3. Кеңес мүшелері 2025 жылы облыстың бірнеше ауданында мониторинг', 'Жүргізді.')).toBe(true);
    expect(continuesSentence('Деятельность Совета освещалась на сайте, в Instagram, Telegram,', 'Facebook и в региональных СМИ.')).toBe(true);
  });
});

describe('members counted as the body\'s own staff, or "from state bodies"', () => {
  it.each([
    ['Кеңес құрамы 19 адамнан тұрады: оның 14-і – азаматтық қоғам өкілдері, 5-еуі – Агенттік қызметкерлері.', ['members_civil=14', 'members_state=5', 'members_total=19']],
    ['Кеңестің сандық құрамы – 35 мүше: азаматтық қоғам өкілдері – 26, мемлекеттік органдардан – 9 (30.09.2025 ж. жағдай бойынша).', ['members_civil=26', 'members_state=9', 'members_total=35']],
  ])('kk: %s', (text, want) => {
    expect(figureList(kk(text))).toEqual(want);
  });

  it.each([
    ['Совет сформирован в составе 17 членов, из которых представителей гражданского общества – 12, представителей Агентства – 5.', ['members_civil=12', 'members_state=5', 'members_total=17']],
    ['Совет сформирован в составе 21 члена, из которых представителей гражданского общества – 15, представителей Министерства – 6.', ['members_civil=15', 'members_state=6', 'members_total=21']],
  ])('ru: %s', (text, want) => {
    expect(figureList(ru(text))).toEqual(want);
  });

  it('the body\'s staff at a meeting are no members', () => {
    expect(figureList(ru('На заседании присутствовали представители Агентства – 5.'))).toEqual([]);
    expect(figureMap(kk('Дөңгелек үстелге 5 Агенттік қызметкері қатысты.')).members_state).toBeUndefined();
  });
});

describe('a count opening its parts after a colon', () => {
  it.each([
    ['Заседаний комиссий состоялось 9: по банковскому сектору – 3, по страховому рынку – 2, по рынку ценных бумаг – 1, по защите прав потребителей – 3.', 9],
    ['Заседаний комиссий проведено 12: по социальным вопросам – 5, по бюджету – 7.', 12],
  ])('%s', (text, want) => {
    expect(figureMap(ru(text)).commission_meetings).toBe(want);
  });
});

describe('a none said with the council\'s initiative or the seminars\' audience', () => {
  it.each([
    [kk, 'Есепті жылы Кеңес бастамасымен қоғамдық тыңдаулар өткізілген жоқ.', 'public_hearings=0'],
    [kk, 'Кеңес мүшелеріне арналған оқыту семинарлары өткізілген жоқ.', 'seminars=0'],
    [ru, 'Обучающих семинаров для членов Совета в отчетном году не проводилось.', 'seminars=0'],
    [ru, 'Общественные слушания по инициативе Совета в отчетном периоде не проводились.', 'public_hearings=0'],
    [ru, 'Поступило 12 обращений, все – от физических лиц; обращений от юридических лиц не поступало.', 'appeals_legal_entities=0'],
  ])('%#: %s', (read, text, want) => {
    expect(figureList(read(text))).toContain(want);
  });

  it('a qualified subject is a part, not the metric', () => {
    expect(figureList(ru('Выездные общественные слушания не проводились.'))).toEqual([]);
    expect(figureList(ru('Семинаров по проекту бюджета не проводилось.'))).toEqual([]);
  });
});

describe('the appeals\' kind said of all of them is the part\'s count for review, never a figure (sets 4 and 15 leave it out)', () => {
  it.each([
    [ru, 'В Совет поступило 58 обращений граждан (за первое полугодие 2024 года – 41), все – от физических лиц.', 'appeals_individuals=58'],
    [kk, 'Кеңеске 41 өтініш келіп түсті, барлығы жеке тұлғалардан.', 'appeals_individuals=41'],
    [ru, 'Поступило 7 обращений, все поступили от юридических лиц.', 'appeals_legal_entities=7'],
  ])('%#: %s', (read, text, want) => {
    const x = read(text);
    expect(candidateList(x)).toContain(want);
    expect(figureList(x)).not.toContain(want);
  });

  it('"all" with a number after it is another count', () => {
    expect(figureMap(kk('Кеңеске 41 өтініш келіп түсті, жеке тұлғалардан – 36, заңды тұлғалардан – 5.')).appeals_individuals).toBe(36);
    expect(candidateList(ru('В Совет поступило 20 обращений, все рассмотрены в срок.'))).toEqual([]);
  });
});

describe('inquiries are letters; businesses are legal entities', () => {
  it('kk: "26 сауал жолданды"', () => {
    expect(figureMap(kk('Мемлекеттік органдарға 26 сауал жолданды, 22-сіне жауап келді.')).letters_sent).toBe(26);
    expect(figureMap(kk('Азаматтардан 26 сауал келіп түсті.')).letters_sent).toBeUndefined();
  });

  it.each([
    [ru, 'В адрес Совета поступило 23 обращения, в том числе от физических лиц – 17 и от субъектов предпринимательства – 6.', 6],
    [kk, 'Кеңеске 23 өтініш түсті, оның ішінде жеке тұлғалардан – 17, кәсіпкерлік субъектілерінен – 6.', 6],
  ])('%#: %s', (read, text, want) => {
    expect(figureMap(read(text)).appeals_legal_entities).toBe(want);
  });

  it('a meeting with businesses counts no appeals', () => {
    expect(figureMap(ru('Проведено 6 встреч с субъектами предпринимательства.')).appeals_legal_entities).toBeUndefined();
  });
});

describe('the drafts a conclusion was given on are those reviewed', () => {
  it('ru: "По 31 проекту Советом приняты заключения: 24 … одобрены, по 7 … замечания"; pending "на конец года"', () => {
    const x = ru('Агентством на рассмотрение Совета внесено 34 проекта нормативных правовых актов. По 31 проекту Советом приняты заключения: 24 проекта одобрены без замечаний, по 7 проектам направлены замечания и предложения. Три проекта, поступившие в декабре, на конец года находятся на рассмотрении комиссии.');
    expect(figureMap(x)).toMatchObject({ npa_reviewed: 31, npa_approved: 24, npa_with_remarks: 7, npa_pending: 3 });
  });

  it('kk: "12 жоба бойынша қорытынды берілді"', () => {
    expect(figureMap(kk('Кеңеске 14 НҚА жобасы келіп түсті. 12 жоба бойынша қорытынды берілді.')).npa_reviewed).toBe(12);
  });

  it('a conclusion of one kind is the approved, not the reviewed', () => {
    const x = ru('Поступило 9 проектов НПА. По 5 проектам даны положительные заключения.');
    expect(figureMap(x).npa_reviewed).toBeUndefined();
  });
});

describe('a heard report\'s own year is its subject, not when it was heard', () => {
  it.each([
    [ru, 'На заседаниях Совета заслушаны 4 отчета: публичный отчет Председателя Агентства об итогах деятельности за 2024 год, информация двух департаментов и отчет о реализации Дорожной карты по развитию конкуренции на 2024–2026 годы.', 4],
    [kk, 'Кеңес отырыстарында барлығы 3 есеп тыңдалды: Агенттік төрағасының 2024 жылғы қызметі туралы есебі және екі департаменттің ақпараты.', 3],
  ])('%#: %s', (read, text, want) => {
    expect(figureMap(read(text)).report_hearings).toBe(want);
  });

  it('a count said of last year stays a candidate', () => {
    const x = ru('В 2024 году заслушано 4 отчета государственных органов.');
    expect(figureMap(x).report_hearings).toBeUndefined();
    expect(candidateList(x)).toContain('report_hearings=4');
  });
});

describe('a count\'s bracket of bare days: one activity a day', () => {
  it.each([
    [kk, 'Кеңес мүшелеріне арналған оқыту семинарының саны – 2 (5 ақпан және 9 қазан).'],
    [ru, 'Обучающие семинары – 2 (5 февраля и 9 октября).'],
  ])('%#: %s', (read, text) => {
    expect(activityList(read(text))).toEqual(['seminar 2025-02-05', 'seminar 2025-10-09']);
  });

  it('days that are not as many as the count are not read as its events', () => {
    expect(activityList(ru('Обучающие семинары – 3 (5 февраля и 9 октября).'))).toEqual([]);
  });
});

describe('a member removed, told by the Kazakh converb ("шығарылып, …")', () => {
  it.each([
    [kk, 'Жыл ішінде құрамға бір рет өзгеріс енгізілді: бір мүше өз өтініші бойынша шығарылып, оның орнына жаңа мүше енгізілді.', 1],
    [kk, 'Жыл ішінде 2 мүше өз еркімен құрамнан шығарылып, орындарына жаңа мүшелер сайланды.', 2],
    [ru, 'В течение года из состава Совета выбыл 1 член, на его место введен новый член.', 1],
  ])('%#: %s', (read, text, want) => {
    expect(figureMap(read(text)).members_left).toBe(want);
  });

  it('one removed from a commission is that body\'s, a candidate', () => {
    const x = kk('Бір мүше комиссия құрамынан шығарылып, басқа комиссияға ауыстырылды.');
    expect(figureMap(x).members_left).toBeUndefined();
    expect(candidateList(x)).toContain('members_left=1');
  });
});
