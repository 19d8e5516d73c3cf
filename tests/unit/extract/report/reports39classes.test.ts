/**
 * Classes of set 39's reports (Kazakh-first district councils): "ескертумен мақұлданған" is with remarks, not approved, and
 * "екеуі де ескертусіз мақұлданды" approved (lexicon/figures.json), a row's note counting in words (addTableFigures); a
 * platform's address in brackets "Instagram (@…) – 30" (readMedia); an outlet's articles its editors wrote are not the
 * council's (readOutletMedia); two totals of publications that differ are candidates (readPlatformSums); a count before a
 * commission in the locative ("бесеуі біздің комиссияда") counts no commissions, and one before a commission in the
 * genitive ("барлық үш комиссиясының отырыстары") counts the commissions, not their meetings (lexicon/figures.json); the
 * events a commission proposed ("Комиссия бастамасымен", "по инициативе комиссии") are a part of the council's count
 * (doubtOfFigure), their list still the council's events (readCountedItems); a title of four words between its year and
 * "есебі" (readPeriod); a table typed without its outer frame whose rows open or close with an empty cell, the council's
 * total column beside a commission's (flattenFigureTables.framedTables); a questionnaire whose answers are set in under
 * their numbered questions, a slash pair answered in words (joinValueLines); a Word table's rows are of the kind the
 * nearest line above names (readTables); a platforms' total closing its sentence, not its line (readPlatformSums); a header
 * word a narrow column broke before its plural ending, "отырыс-тары" (flattenFigureTables); a paragraph in Latin-script
 * Kazakh inside a Cyrillic report read in Cyrillic (fromLatinKazakh.fromLatinKazakhParagraphs).
 */
import { describe, expect, it } from 'vitest';
import { fromLatinKazakhParagraphs } from '../../../../sources/extract/fromLatinKazakh.ts';
import { parseReport } from '../../../../sources/extract/parseReport.ts';

const ruTitle = 'ОТЧЕТ О РАБОТЕ ОБЩЕСТВЕННОГО СОВЕТА ЗА 2025 ГОД\n\n';
const kkTitle = 'ҚОҒАМДЫҚ КЕҢЕСТІҢ 2025 ЖЫЛҒЫ ЖҰМЫСЫ ТУРАЛЫ ЕСЕП\n\n';
const figure = (text: string, metric: string) => parseReport(text).figures.find((f) => f.metric === metric)?.value;
const candidates = (text: string, metric: string) => parseReport(text).candidates.filter((c) => c.metric === metric).map((c) => c.value);
const media = (text: string, platform: string) => parseReport(text).media.find((m) => m.platform === platform)?.publications;

describe('NPA approved with remarks is no approved count', () => {
  it('kk: "ескертумен мақұлданғаны – жоқ" is 0 with remarks; "ескертусіз мақұлданғаны – 2" approved', () => {
    const text = `${kkTitle}Қаралған НҚА жобалары – 5, ескертусіз мақұлданғаны – 2; ескертумен мақұлданғаны – 3.\n`;
    expect(figure(text, 'npa_approved')).toBe(2);
    expect(figure(text, 'npa_with_remarks')).toBe(3);
    const none = `${kkTitle}НҚА жобалары бойынша ескертумен мақұлданғаны – жоқ.\n`;
    expect(figure(none, 'npa_with_remarks')).toBe(0);
    expect(figure(none, 'npa_approved')).toBeUndefined();
  });
  it('kk: "екеуі де ескертусіз мақұлданды" in a questionnaire\'s answer: the row\'s note counted in words stays', () => {
    const text = `${kkTitle}1. Кеңес мүшелерінің саны\n      17\n\n2. Өткізілген Кеңес отырыстары\n      2\n\n3. Қаралған НҚА жобалары\n      2, екеуі де ескертусіз мақұлданды; ескертумен мақұлданғаны – жоқ\n\n4. Түскен өтініштер\n      5\n`;
    expect(figure(text, 'npa_reviewed')).toBe(2);
    expect(figure(text, 'npa_approved')).toBe(2);
    expect(figure(text, 'npa_with_remarks')).toBe(0);
  });
  it('kk: "1-еуіне (… қағидаларына өзгерістер) ескертулер берілді": a bracket naming the draft between the count and its remarks', () => {
    const text = `${kkTitle}Кеңеске 5 НҚА жобасы келіп түсті. Оның 4-еуі мақұлданды, 1-еуіне (аудандық мәслихаттың әлеуметтік көмек көрсету қағидаларына өзгерістер) ескертулер берілді.\n`;
    expect(figure(text, 'npa_with_remarks')).toBe(1);
    expect(figure(text, 'npa_approved')).toBe(4);
  });
  it('ru: "одобрено без замечаний – 2, одобрено с замечаниями – 3" as before', () => {
    const text = `${ruTitle}Рассмотрено проектов НПА – 5: одобрено без замечаний – 2, одобрено с замечаниями – 3.\n`;
    expect(figure(text, 'npa_approved')).toBe(2);
    expect(figure(text, 'npa_with_remarks')).toBe(3);
  });
});

describe('media: an address in brackets, an outlet\'s own articles, two totals that differ', () => {
  it('kk: "Instagram (@syrym_kenes) – 30" under a total of platforms', () => {
    const text = `${kkTitle}Әлеуметтік желілерде барлығы 58 материал жарияланды:\n   Instagram (@syrym_qogamdyq_kenes) – 30;\n   Facebook – 16;\n   Telegram-арнасы – 12.\n`;
    expect(media(text, 'instagram')).toBe(30);
    expect(figure(text, 'publications')).toBe(58);
  });
  it('ru variant: "в Instagram (@almaty_os) – 41"', () => {
    const text = `${ruTitle}Опубликовано 60 материалов: в Instagram (@almaty_os) – 41, в Telegram – 19.\n`;
    expect(media(text, 'instagram')).toBe(41);
  });
  it('kk and ru: articles the newspaper\'s editors prepared are not the council\'s; near-miss: articles sent to the editors are', () => {
    expect(media(`${kkTitle}«Сырым елі» аудандық газетінде Кеңес туралы 4 мақала шықты (редакция дайындаған).\n`, 'other')).toBeUndefined();
    expect(media(`${ruTitle}В районной газете «Зерен» вышло 9 статей о Совете, подготовленных редакцией.\n`, 'other')).toBeUndefined();
    expect(media(`${ruTitle}В районной газете «Зерен» вышло 9 статей о Совете.\n`, 'other')).toBe(9);
    expect(media(`${kkTitle}«Сырым елі» аудандық газетінде Кеңес туралы 4 мақала шықты (редакцияға жолданды).\n`, 'other')).toBe(4);
  });
  it('kk + ru summary: "Instagram – 24, Facebook – 13 жарияланым, барлығы 37" and "опубликовано 39 материалов": both candidates', () => {
    const text = `${kkTitle}Instagram парақшасында – 24, Facebook-те – 13 жарияланым, барлығы 37.\n\nКРАТКОЕ РЕЗЮМЕ\n\n– опубликовано 39 материалов (включая 2 статьи в районной газете «Толқын»).\n`;
    expect(figure(text, 'publications')).toBeUndefined();
    expect(candidates(text, 'publications').sort()).toEqual([37, 39]);
    expect(media(text, 'instagram')).toBe(24);
  });
  it('ru variant in one language; near-miss: the same total twice stays the figure', () => {
    const differ = `${ruTitle}Опубликовано 40 материалов.\n\nВ Instagram – 24, в Facebook – 13 публикаций, всего 37.\n`;
    expect(figure(differ, 'publications')).toBeUndefined();
    expect(candidates(differ, 'publications').sort()).toEqual([37, 40]);
    const same = `${ruTitle}Опубликовано 37 материалов.\n\nВ Instagram – 24, в Facebook – 13 публикаций, всего 37.\n`;
    expect(figure(same, 'publications')).toBe(37);
  });
});

describe('whose commissions: a count in the locative, a count before the genitive', () => {
  it('kk: "оның бесеуі біздің комиссияда жұмыс істейді" counts members, no commissions', () => {
    const text = `${kkTitle}Кеңес құрамында 15 мүше болды, оның бесеуі біздің комиссияда жұмыс істейді.\n`;
    expect(figure(text, 'commissions')).toBeUndefined();
    expect(figure(text, 'members_total')).toBe(15);
  });
  it('kk: "барлық үш комиссиясының отырыстары" counts the commissions, not the meetings', () => {
    const text = `${kkTitle}* Кеңестің барлық үш комиссиясының отырыстары.\n`;
    expect(figure(text, 'commissions')).toBe(3);
    expect(figure(text, 'commission_meetings')).toBeUndefined();
  });
  it('ru variant: "заседания всех трех постоянных комиссий Совета"', () => {
    const text = `${ruTitle}* Заседания всех трех постоянных комиссий Совета.\n`;
    expect(figure(text, 'commissions')).toBe(3);
    expect(figure(text, 'commission_meetings')).toBeUndefined();
  });
  it('near-miss: "Кеңесте 3 комиссия жұмыс істейді" and "15 комиссия отырысы өтті" as before', () => {
    expect(figure(`${kkTitle}Кеңесте 3 комиссия жұмыс істейді.\n`, 'commissions')).toBe(3);
    expect(figure(`${kkTitle}Есепті кезеңде 15 комиссия отырысы өтті.\n`, 'commission_meetings')).toBe(15);
  });
});

describe('the events a commission proposed are a part of the council\'s', () => {
  it('kk: "Комиссия бастамасымен Кеңес отырыстарында екі есеп тыңдалды:" — a candidate; its dated list still the council\'s', () => {
    const text = `${kkTitle}3. Есептерді тыңдау. Комиссия бастамасымен Кеңес отырыстарында екі есеп тыңдалды:\n   аудандық аурухана (2025 жылғы 24 сәуір) және білім бөлімі (2025 жылғы 23 қазан).\n`;
    const x = parseReport(text);
    expect(x.figures.find((f) => f.metric === 'report_hearings')).toBeUndefined();
    expect(x.candidates.filter((c) => c.metric === 'report_hearings').map((c) => c.value)).toEqual([2]);
    expect(x.activities.filter((a) => a.type === 'report_hearing').map((a) => a.date_start)).toEqual(['2025-04-24', '2025-10-23']);
  });
  it('ru variant: "По инициативе комиссии на заседаниях Совета заслушано 2 отчета"', () => {
    const text = `${ruTitle}По инициативе комиссии на заседаниях Совета заслушано 2 отчета.\n`;
    expect(figure(text, 'report_hearings')).toBeUndefined();
    expect(candidates(text, 'report_hearings')).toEqual([2]);
  });
  it('near-miss: hearings on the council\'s own initiative, or a commission\'s report about itself', () => {
    expect(figure(`${ruTitle}На заседаниях Совета заслушано 4 отчета.\n`, 'report_hearings')).toBe(4);
    expect(figure(`${kkTitle}Кеңес бастамасымен 4 есеп тыңдалды.\n`, 'report_hearings')).toBe(4);
  });
});

describe('a title whose year stands four words before "есебі"', () => {
  it('kk: "КОМИССИЯНЫҢ 2025 ЖЫЛЫ АТҚАРҒАН" / "ЖҰМЫСЫ ТУРАЛЫ КЕҢЕСКЕ ЕСЕБІ"', () => {
    const x = parseReport('ӘЛЕУМЕТТІК МӘСЕЛЕЛЕР ЖӨНІНДЕГІ КОМИССИЯНЫҢ 2025 ЖЫЛЫ АТҚАРҒАН\nЖҰМЫСЫ ТУРАЛЫ КЕҢЕСКЕ ЕСЕБІ\n\nКомиссия 6 отырыс өткізді.\n');
    expect(x.period).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });
  it('ru and kk as before: "ОТЧЕТ … ЗА 2025 ГОД", "2025 ЖЫЛҒЫ ЖҰМЫСЫ ТУРАЛЫ ЕСЕП"', () => {
    expect(parseReport(`${ruTitle}Текст.\n`).period).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(parseReport(`${kkTitle}Мәтін.\n`).period).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });
});

describe('a table without its outer frame: empty first or last cells, the council\'s total beside a commission\'s', () => {
  const kk = [
    ' Көрсеткіш                      | Комиссия | Кеңес бойынша | Комиссия',
    '                                |          | барлығы       | үлесі, %',
    '--------------------------------+----------+---------------+----------',
    ' Комиссия отырыстары            |     6    |     15 *      |   40',
    ' Қоғамдық мониторинг            |     4    |     10        |   40',
    ' Есептерді тыңдау (комиссия     |     2    |      4        |   50',
    ' бастамасымен)                  |          |               |',
    ' Дөңгелек үстел                 |     1    |      2        |   50',
    '--------------------------------+----------+---------------+----------',
  ];
  // (In a council's report; a commission's own reads its column: commissionDocuments42.test.ts.)
  it('kk: the council\'s column read, the commission\'s and the share never', () => {
    const text = `${kkTitle}Салыстыру:\n\n${kk.join('\n')}\n * Кеңестің барлық үш комиссиясының отырыстары.\n`;
    expect(figure(text, 'commission_meetings')).toBe(15);
    expect(figure(text, 'monitorings')).toBe(10);
    expect(figure(text, 'report_hearings')).toBe(4);
    expect(figure(text, 'round_tables')).toBe(2);
  });
  it('ru variant: "Комиссия | Всего по Совету | Доля, %"', () => {
    const ru = [
      ' Показатель              | Комиссия | Всего по  | Доля',
      '                         |          | Совету    | комиссии, %',
      '-------------------------+----------+-----------+------------',
      ' Заседания комиссий      |     6    |    15     |   40',
      ' Мониторинги             |     4    |    10     |   40',
      ' Круглые столы           |     1    |     2     |   50',
      '-------------------------+----------+-----------+------------',
    ];
    const text = `${ruTitle}Сравнение:\n\n${ru.join('\n')}\n`;
    expect(figure(text, 'monitorings')).toBe(10);
    expect(figure(text, 'round_tables')).toBe(2);
  });
  it('near-miss: a commission\'s column beside a share only gives no council figure', () => {
    const own = [
      ' Көрсеткіш                      | Комиссия | Комиссия',
      '                                |          | үлесі, %',
      '--------------------------------+----------+----------',
      ' Қоғамдық мониторинг            |     4    |   40',
      ' Дөңгелек үстел                 |     1    |   50',
      '--------------------------------+----------+----------',
    ];
    const text = `${kkTitle}Салыстыру:\n\n${own.join('\n')}\n`;
    expect(figure(text, 'monitorings')).not.toBe(40);
    expect(figure(text, 'round_tables')).not.toBe(50);
  });
});

describe('a questionnaire whose answers are set in under their numbered questions', () => {
  const kk = [
    '1. Тоқсанның соңғы күніне (30.09.2025) Кеңес мүшелерінің саны',
    '      17 (он жеті)',
    '',
    '2. Тоқсан ішінде құрамға енгізілгендер / құрамнан шыққандар',
    '      біреуі енгізілді (мәслихат шешімі 08.08.2025 ж. № 41-3) / біреуі шықты (өз өтініші бойынша)',
    '',
    '3. Өткізілген Кеңес отырыстары (саны, күндері)',
    '      екі: 17.07.2025 ж. және 18.09.2025 ж.',
    '      (жыл басынан бері – 6)',
    '',
    '4. Қоғамдық мониторингтер (тақырыбы, күні)',
    '      үшеуі:',
    '      а) 09.07.2025 – балабақша;',
    '      ә) 06.08.2025 – ауыз су;',
    '      б) 23.09.2025 – мектептер.',
    '',
    '5. Жарияланымдар (әлеуметтік желілер)',
    '      Instagram – 11, Telegram – 8, барлығы 19',
  ];
  it('kk: counts in words, a slash pair in words, a list under its count, platforms', () => {
    const text = `Келес аудандық Қоғамдық кеңесінің 2025 жылғы III тоқсандағы қызметі бойынша АНЫҚТАМА\n\n${kk.join('\n')}\n`;
    const x = parseReport(text);
    const f = (m: string) => x.figures.find((y) => y.metric === m)?.value;
    expect(f('members_total')).toBe(17);
    expect(f('members_joined')).toBe(1);
    expect(f('members_left')).toBe(1);
    expect(f('general_meetings')).toBe(2);
    expect(f('monitorings')).toBe(3);
    expect(f('publications')).toBe(19);
    expect(x.media.find((m) => m.platform === 'instagram')?.publications).toBe(11);
    // No appeal in "өз өтініші бойынша", no meetings of the year to date.
    expect(f('appeals_received')).toBeUndefined();
    expect(x.figures.some((y) => y.value === 6)).toBe(false);
  });
  it('ru variant: answers set in under numbered questions', () => {
    const ru = ['1. Количество членов Совета на конец квартала', '      15', '', '2. Проведено заседаний Совета', '      два: 10.07.2025 и 25.09.2025', '', '3. Проведено мониторингов', '      4', '', '4. Поступило обращений', '      7'];
    const text = `СПРАВКА о работе Общественного совета за III квартал 2025 года\n\n${ru.join('\n')}\n`;
    expect(figure(text, 'members_total')).toBe(15);
    expect(figure(text, 'monitorings')).toBe(4);
    expect(figure(text, 'appeals_received')).toBe(7);
  });
  it('near-miss: a paragraph under a numbered heading, not set in, is no answer', () => {
    const text = `${kkTitle}1. Кеңес құрамы\nКеңес құрамында 15 мүше бар.\n\n2. Мониторинг\nЖыл ішінде 9 мониторинг жүргізілді.\n\n3. Өтініштер\n21 өтініш түсті.\n`;
    expect(figure(text, 'members_total')).toBe(15);
    expect(figure(text, 'monitorings')).toBe(9);
    expect(figure(text, 'appeals_received')).toBe(21);
  });
});

describe('a Word table of dated rows under the nearest line naming its kind', () => {
  const table = (kind: string) => ['\t№', '\tКүні', '\tОбъект / тақырып', '\t1', '\t12.02.2025', '\tмектеп асханасы', '\t2', '\t19.03.2025', '\tамбулаториялар'].join('\n');
  it('kk: "4. Есептерді тыңдау. …" then "5. Қоғамдық мониторинг. … жүргізілді:" over the table: monitorings', () => {
    const text = `${kkTitle}4. Есептерді тыңдау. Аудан әкімдігінің екі бөлімінің есептері тыңдалды.\n5. Қоғамдық мониторинг. Жоспарланған 3 мониторингтің 2-еуі жүргізілді:\n${table('')}\n\n6. НҚА жобалары.\n`;
    const x = parseReport(text);
    expect(x.activities.filter((a) => a.type === 'monitoring').map((a) => a.date_start)).toEqual(['2025-02-12', '2025-03-19']);
    expect(x.activities.some((a) => a.type === 'report_hearing')).toBe(false);
  });
  it('ru variant: "Мониторинги." over "Заслушаны отчеты." the nearer wins', () => {
    const text = `${ruTitle}3. Мониторинги. Проведено 2 мониторинга:\n4. Заслушивание отчетов. Заслушаны 2 отчета:\n${table('')}\n\nКонец.\n`;
    const x = parseReport(text);
    expect(x.activities.filter((a) => a.date_start !== null).every((a) => a.type === 'report_hearing')).toBe(true);
  });
});

describe('a platforms\' total that closes its sentence, another sentence after it', () => {
  it('kk: "Instagram-да 17, Facebook-те 10 жарияланым шықты, барлығы 27. Аудандық газетте 1 сұхбат жарияланды."', () => {
    const text = `${kkTitle}Кеңес жұмысы туралы Instagram-да 17, Facebook-те 10 жарияланым шықты, барлығы 27. Аудандық «Қобда» газетінде 1 сұхбат жарияланды.\n`;
    expect(figure(text, 'publications')).toBe(27);
  });
  it('ru variant, and a near-miss whose total is not the platforms\' sum', () => {
    expect(figure(`${ruTitle}В Instagram – 17, в Facebook – 10 публикаций, всего 27. Газета «Заря» опубликовала интервью.\n`, 'publications')).toBe(27);
    expect(figure(`${ruTitle}В Instagram – 17, в Facebook – 10 публикаций, всего 30. Газета «Заря» опубликовала интервью.\n`, 'publications')).toBeUndefined();
  });
});

describe('a header word broken before its plural ending in a narrow column', () => {
  it('kk: "Кеңес отырыс-тары" / "Комиссия отырыс-тары" name the meetings; "Іс-шаралар" stays a hyphenated word', () => {
    const rows = [
      '| Кезең | Кеңес отырыс-тары | Комиссия отырыс-тары | Мониторинг |',
      '|---|---|---|---|',
      '| 2025 ж. І тоқсан | 1 | 3 | 2 |',
      '| 2025 ж. ІІ тоқсан | 2 | 5 | 3 |',
      '| Барлығы, І жартыжылдық | 3 | 8 | 5 |',
    ];
    const text = `Қоғамдық кеңесінің 2025 жылдың бірінші жартыжылдығында атқарған жұмысы туралы АҚПАРАТ\n\n${rows.join('\n')}\n`;
    expect(figure(text, 'general_meetings')).toBe(3);
    expect(figure(text, 'commission_meetings')).toBe(8);
    expect(figure(text, 'monitorings')).toBe(5);
  });
});

describe('a paragraph in Latin-script Kazakh inside a Cyrillic report', () => {
  const latin = '2025 jyly Keñeske barlyğy 21 ötınış tüstı, onyñ ışınde 19-y jeke tūlğalardan, 2-euı zañdy\ntūlğalardan. Ötınışterdıñ 20-syna jauap berıldı, 1-euı qaraluda (jauap merzımı – 2026 jylğy\n15 qañtar). Negızgı taqyryptar: auyz su (7), jol jöndeu (5), äleumettık kömek (4), basqa (5).';
  it('kk: the appeals of a Latin section read as in Cyrillic', () => {
    const text = `${kkTitle}6. НҚА ЖОБАЛАРЫ\n\nКеңеске 6 НҚА жобасы келіп түсті, барлығы қаралды.\n\n7. AZAMATTARDYÑ ÖTINIŞTERI\n\n${latin}\n`;
    expect(figure(text, 'appeals_received')).toBe(21);
    expect(figure(text, 'appeals_individuals')).toBe(19);
    expect(figure(text, 'appeals_legal_entities')).toBe(2);
    expect(figure(text, 'appeals_answered')).toBe(20);
  });
  it('variant: a Latin Kazakh paragraph in a Russian report', () => {
    const text = `${ruTitle}Проведено 5 заседаний Совета.\n\n${latin}\n`;
    expect(figure(text, 'general_meetings')).toBe(5);
    expect(figure(text, 'appeals_received')).toBe(21);
  });
  it('near-miss: a paragraph naming a Turkish guest and Zoom stays Latin, the Cyrillic text as it was', () => {
    const text = `${ruTitle}На заседании выступил Gökhan Öztürk (Zoom, Microsoft Teams). Поступило 12 обращений.\n`;
    expect(figure(text, 'appeals_received')).toBe(12);
    const lines = ['Выступил Gökhan Öztürk (Zoom, Microsoft Teams).', '', 'Jıyn qorytyndysy: Keñeske 21 ötınış tüstı.'];
    expect(fromLatinKazakhParagraphs(lines)).toEqual(lines);
  });
});
