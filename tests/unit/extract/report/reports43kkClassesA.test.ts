/**
 * The classes of held-out set 43's ordinary Kazakh reports (Zhanibek, Aiteke bi, Kyzylkoga, Sauran; session 15), ru and
 * kk, a variant the documents did not show, and near-misses that must give no figure.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';
import { findCounts } from '../../../../sources/extract/grammar/findCounts.ts';
import { expandRespectively } from '../../../../sources/extract/report/respectively.ts';
import { figureMap } from '../../../helpers/extractCases.ts';

const KK = '2025 жылғы Қоғамдық кеңестің жұмысы туралы есеп\n\n';
const RU = 'Отчет о работе Общественного совета за 2025 год\n\n';
const KK_H1 = '2025 жылғы қаңтар–маусым айларындағы Қоғамдық кеңестің жұмысы туралы ақпарат\n\n';
const report = (text: string) => parseReport(`${text}\n`);
const figures = (text: string) => figureMap(report(text));
const candidates = (text: string) => report(text).candidates.map((c) => `${c.metric}=${c.value}`);

describe('counts "respectively" (тиісінше, соответственно): each count before its kind (Kyzylkoga)', () => {
  it('kk: two kinds of appeals, the first said short; the total after it', () => {
    expect(figures(`${KK}Жыл бойы Кеңеске жеке және заңды тұлғалардан тиісінше 19 және 4 өтініш келді, яғни жалпы саны 23. 23 өтініштің бәріне уақытында жауап жіберілді.`)).toEqual({ appeals_individuals: 19, appeals_legal_entities: 4, appeals_received: 23, appeals_answered: 23 });
  });
  it('kk: the composition, two kinds in the ablative with a word after them', () => {
    expect(figures(`${KK}Мүшелер саны 17-ге жетті, бұлардың азаматтық қоғамнан және мемлекеттік органдардан келгендері тиісінше 12 және 5.`)).toEqual({ members_total: 17, members_civil: 12, members_state: 5 });
  });
  it('ru: "от физических и юридических лиц – соответственно 19 и 4"', () => {
    expect(figures(`${RU}В Совет поступило от физических и юридических лиц соответственно 19 и 4 обращения.`)).toMatchObject({ appeals_individuals: 19, appeals_legal_entities: 4 });
    expect(expandRespectively('от физических и юридических лиц – соответственно 19 и 4.')).toBe('19 от физических лиц и 4 от юридических лиц.');
  });
  it('near-miss: counts of "respectively" with no kinds the grammar sees are never the noun\'s after them', () => {
    expect(figures(`${KK}Жыл бойы тиісінше 19 және 4 өтініш келді.`).appeals_received).toBeUndefined();
    expect(figures(`${RU}Поступило 19 и 4 обращения соответственно.`).appeals_received).toBeUndefined();
  });
});

describe('the kind appeals came from, then their count (Sauran)', () => {
  it('kk: individuals, and one from an institution (a legal entity); the total in the genitive, the answered in the dative of ten', () => {
    expect(figures(`${KK}Өтініштерге тоқталсақ, Кеңеске жеке тұлғалардан он бір өтініш және бір мекемеден (фермерлер қауымдастығынан) бір өтініш келді. Барлығы он екі өтініштің онына жауап берілді, қалған екеуінің қаралу мерзімі шілде айында аяқталады.`)).toEqual({ appeals_individuals: 11, appeals_legal_entities: 1, appeals_received: 12, appeals_answered: 10 });
  });
  it('ru: "от физических лиц поступило 11 обращений, от юридических лиц поступило 1 обращение"', () => {
    expect(figures(`${RU}От физических лиц поступило 11 обращений, от юридических лиц поступило 1 обращение.`)).toMatchObject({ appeals_individuals: 11, appeals_legal_entities: 1 });
  });
  it('kk variant: all of one kind, "келді" closing the clause, is the total too', () => {
    expect(figures(`${KK}Кеңеске жеке тұлғалардан 11 өтініш келді.`)).toEqual({ appeals_individuals: 11, appeals_received: 11 });
  });
  it('near-miss: "оның" (its) is never ten', () => {
    expect(findCounts('оның ішінде', { kazakh: true })).toEqual([]);
  });
});

describe('a count in brackets after a comparison is the other period\'s (Aiteke bi)', () => {
  it('kk: "Өткен жылдың бірінші жартысымен салыстырғанда (9 өтініш)"', () => {
    const text = `${KK_H1}Кеңеске келген өтініштер: 17. Өткен жылдың бірінші жартысымен салыстырғанда (9 өтініш) түскен өтініштер едәуір көбейді.`;
    expect(figures(text).appeals_received).toBe(17);
    expect(candidates(text)).toContain('appeals_received=9');
  });
  it('ru: "по сравнению с прошлым годом (9 обращений)"', () => {
    expect(figures(`${RU}По сравнению с прошлым годом (9 обращений) число обращений выросло.`).appeals_received).toBeUndefined();
  });
});

describe('the half of a year named "жартысы", "половина" (Sauran)', () => {
  it('kk and ru, first and second half', () => {
    expect(report('Кеңесінің 2025 жылдың бірінші жартысындағы (қаңтар –\nмаусым) жұмысы туралы есеп\n').period).toEqual({ from: '2025-01-01', to: '2025-06-30' });
    expect(report('Кеңесінің 2025 жылдың екінші жартысындағы жұмысы туралы есеп\n').period).toEqual({ from: '2025-07-01', to: '2025-12-31' });
    expect(report('Отчет о работе Совета за первую половину 2025 года\n').period).toEqual({ from: '2025-01-01', to: '2025-06-30' });
  });
  it('near-miss: "жарты жыл бойы" in a half-year\'s report is the period, not the whole year', () => {
    expect(figures(`${KK_H1}Жарты жыл бойы Кеңес мүшелері алты қоғамдық мониторинг жүргізді.`)).toEqual({ monitorings: 6 });
  });
});

describe('a meeting in the locative between a number and a body heard is the circumstance (Sauran)', () => {
  it('kk: "басқа үш отырыста аудан әкімдігінің … бөлімінің басшылары есеп берді" counts no district akimats', () => {
    expect(figures(`${KK}Басқа үш отырыста аудан әкімдігінің білім бөлімінің басшылары Кеңес алдында есеп берді.`).district_akimats_heard).toBeUndefined();
  });
  it('ru near-miss: "на трех заседаниях" stays a circumstance', () => {
    expect(figures(`${RU}На трех заседаниях заслушаны акимы районов.`).district_akimats_heard).toBeUndefined();
  });
});

describe('a Kazakh body owns only its item of a list (Zhanibek, Kyzylkoga)', () => {
  it('kk: a genitive body before its count, then other counts of the council', () => {
    expect(figures(`${KK}Түйіндей айтқанда, 2025 жылы Кеңес: 6 отырыс, комиссиялардың 9 отырысын, 2 дөңгелек үстел өткізді; 5 мониторинг жүргізді.`)).toMatchObject({ general_meetings: 6, commission_meetings: 9, round_tables: 2, monitorings: 5 });
  });
  it('kk: a label whose first word is a body ("комиссия отырысы – 13, …, мониторинг – 8")', () => {
    expect(figures(`${KK}Жыл соңындағы негізгі көрсеткіштер: отырыс – 5, комиссия отырысы – 13, мониторинг – 8, дөңгелек үстел – 3.`)).toMatchObject({ monitorings: 8, round_tables: 3 });
  });
  it('kk variant: a conditional of contrast closes the presidium\'s clause ("жиналса, …")', () => {
    expect(figures(`${KK}Кеңес төралқасы екі рет жиналса, төрт тұрақты комиссияның отырыстары жалпы он рет болды.`)).toEqual({ presidium_meetings: 2, commissions: 4, commission_meetings: 10 });
  });
  it('near-miss: a body that is the subject of the whole list keeps it', () => {
    expect(figures(`${KK}Жұмыс тобы 2 рет жиналды, 3 мониторинг жүргізді.`).monitorings).toBeUndefined();
    expect(figures(`${RU}Комиссия провела 4 заседания, 2 мониторинга.`).monitorings).toBeUndefined();
  });
});

describe('kinds not held in one sentence with the particle "да" (Sauran)', () => {
  it('kk: "қоғамдық тыңдау да, семинар да өткізілмеді, ешбір ұйыммен меморандумға да қол қойылған жоқ"', () => {
    expect(figures(`${KK_H1}Ал есепті жарты жылда қоғамдық тыңдау да, семинар да өткізілмеді, ешбір ұйыммен меморандумға да қол қойылған жоқ.`)).toEqual({ public_hearings: 0, seminars: 0, memoranda: 0 });
  });
  it('kk variant: a label, the period, the none; the council itself did not organise one', () => {
    expect(figures(`${KK_H1}Қоғамдық тыңдау: жартыжылдықта өткізілмеді.`)).toEqual({ public_hearings: 0 });
    expect(figures(`${KK}Қоғамдық тыңдауды Кеңестің өзі ұйымдастырған жоқ.`)).toEqual({ public_hearings: 0 });
    expect(figures(`${KK}Төралқа отырысы жыл ішінде өткізілмеді.`)).toEqual({ presidium_meetings: 0 });
  });
  it('ru: the same kinds with "ни … ни" are read as before', () => {
    expect(figures(`${RU}Круглые столы, семинары и слушания в отчетном периоде не проводились.`)).toEqual({ round_tables: 0, seminars: 0, public_hearings: 0 });
  });
  it('near-miss: a count of another kind after the nones; a plan is no none', () => {
    expect(figures(`${KK}Қоғамдық тыңдау да, семинар да өткізілмеді, бірақ 2 дөңгелек үстел өтті.`)).toEqual({ public_hearings: 0, seminars: 0, round_tables: 2 });
    expect(figures(`${KK}Қоғамдық тыңдау да, семинар да жоспарланған жоқ.`)).toEqual({});
  });
});

describe('"Label: N" with Kazakh suffixes (Aiteke bi)', () => {
  it('kk: meetings by quarter then their total; appeals, answered, NPA reviewed, pending, organisations\' appeals; members', () => {
    expect(figures(`${KK_H1}Кеңес отырыстары: І тоқсанда – 1, ІІ тоқсанда – 2, жартыжылдықта барлығы 3.`)).toEqual({ general_meetings: 3 });
    expect(figures(`${KK_H1}Кеңеске келген өтініштер: 17. Оның ішінде жеке тұлғалардікі – 15-і, ұйымдардікі – 2-еуі. Жауабы жолданғаны: 14-іне.`)).toEqual({ appeals_received: 17, appeals_individuals: 15, appeals_legal_entities: 2, appeals_answered: 14 });
    expect(figures(`${KK_H1}НҚА ЖОБАЛАРЫ\n\nОлардың ішінде қорытынды шығарылғаны: 8, оның ішінде ескертусіз келісілгені – 6-уы, ұсыныстармен қайтарылғаны – 2-еуі.\nҚарау мерзімі аяқталмағаны: 1.`)).toEqual({ npa_reviewed: 8, npa_approved: 6, npa_with_remarks: 2, npa_pending: 1 });
    expect(figures(`${KK_H1}30.06.2025 жағдай бойынша Кеңес мүшелері: 15, оның ішінде азаматтық қоғам өкілдері – 10-ы.`)).toEqual({ members_total: 15, members_civil: 10 });
  });
  it('ru: the same labels', () => {
    expect(figures(`${RU}Поступившие обращения: 17.`)).toEqual({ appeals_received: 17 });
    expect(figures(`${RU}Члены Совета: 15.`)).toEqual({ members_total: 15 });
  });
  it('kk: a platform\'s items under "Жарияланымдар: 52, оның ішінде" on lines of their own', () => {
    const media = report(`${KK_H1}Жарияланымдар: 52, оның ішінде\n   Facebook-те – 9-ы,\n   Instagram-да – 27-сі.`).media.map((m) => [m.platform, m.publications]);
    expect(media).toEqual([['facebook', 9], ['instagram', 27]]);
  });
  it('near-miss: a part of the period\'s total in a year\'s report stays a part; a quarter\'s own opening is its', () => {
    expect(figures(`${KK}Кеңес отырыстары: І тоқсанда – 1, ІІ тоқсанда – 2, жартыжылдықта барлығы 3.`).general_meetings).toBeUndefined();
    expect(figures(`${KK_H1}І тоқсанда 3 отырыс өтті.`).general_meetings).toBeUndefined();
  });
});

describe('the composition and commissions in the phrasing of Kyzylkoga, Sauran, Zhanibek', () => {
  it('kk: "N-ге жетті", "Кеңесте N мүше бар", "жыл соңында N мүше бар" after the year\'s start', () => {
    expect(figures(`${KK}Мүшелер саны 17-ге жетті.`)).toEqual({ members_total: 17 });
    expect(figures(`${KK}Бүгінгі күні Кеңесте он тоғыз мүше бар, оның он үшеуі үкіметтік емес ұйымдардың, кәсіпкерлер мен ардагерлердің өкілдері, ал алтауы мемлекеттік органдардан.`)).toEqual({ members_total: 19, members_civil: 13, members_state: 6 });
    expect(figures(`${KK}Жыл басында Кеңесте он бір мүше болса, жыл соңында он екі мүше бар. Он екі мүшенің сегізі қоғамдық ұйымдар мен кәсіпкерлер өкілі, төртеуі мемлекеттік қызметшілер.`)).toEqual({ members_total: 12, members_civil: 8, members_state: 4 });
  });
  it('ru: "количество членов Совета достигло 17"; commissions and elected members as labels', () => {
    expect(figures(`${RU}Количество членов Совета достигло 17.`)).toEqual({ members_total: 17 });
    expect(figures(`${RU}Количество постоянных комиссий – 4.`)).toEqual({ commissions: 4 });
  });
  it('kk: joined and left, commissions, their meetings, the council\'s meetings, a dialogue platform', () => {
    expect(figures(`${KK}Жыл ішінде 4 мүшенің өкілеттігі тоқтатылды, орындарына мәслихаттың шешімімен 3 адам сайланды.`)).toEqual({ members_left: 4, members_joined: 3 });
    expect(figures(`${KK}Қыркүйекте екі жаңа мүше қабылданып, бір мүше денсаулығына байланысты өз өтінішімен кетті.`)).toEqual({ members_joined: 2, members_left: 1 });
    expect(figures(`${KK}Тұрақты комиссиялар саны – 4: әлеуметтік сала; экономика. Комиссиялардың жыл бойғы отырыстары жалпы алғанда 13 бірлікті құрады: 5, 3, 3 және 2.`)).toEqual({ commissions: 4, commission_meetings: 13 });
    expect(figures(`${KK}Үш тұрақты комиссия өз алдына тоғыз мәжіліс өткізді.`)).toMatchObject({ commissions: 3 });
    expect(figures(`${KK}Кеңестің өз отырыстары 2025 жылы бес мәрте өтті.`)).toEqual({ general_meetings: 5 });
    expect(figures(`${KK}Сондай-ақ жастармен «Ашық диалог» алаңы екі рет өтті.`)).toEqual({ dialog_platforms: 2 });
  });
  it('near-miss: a joint meeting of two commissions counts no commissions; the year\'s start is no composition', () => {
    expect(figures(`${KK}2 тұрақты комиссия 3 бірлескен отырыс өткізді.`).commissions).toBeUndefined();
    expect(figures(`${KK}Жыл басында Кеңесте он бір мүше бар еді.`).members_total).toBeUndefined();
  });
});

describe('drafts, appeals and letters "of N, M …" (Kyzylkoga, Zhanibek)', () => {
  it('kk: "11 жобадан 9-ы … мақұлданды, 2-еуі бойынша … ұсыныстары"; "Жетеуінің бесеуін … қолдады, ал екеуіне … ұсыныстарымызды жаздық"', () => {
    expect(figures(`${KK}НҚА жобалары\n\nСараптамаға берілген 11 жобадан 9-ы ешбір ескертусіз мақұлданды, 2-еуі бойынша Кеңестің ұсыныстары әзірлеушіге жіберілді.`)).toEqual({ npa_reviewed: 11, npa_approved: 9, npa_with_remarks: 2 });
    expect(figures(`${KK}Нормативтік құқықтық актілер жобаларына сараптама\n\nКеңеске жеті жоба жолданды. Жетеуінің бесеуін Кеңес толық қолдады, ал екеуіне (жер салығы туралы) өзгерту жөнінде ұсыныстарымызды жаздық.`)).toMatchObject({ npa_approved: 5, npa_with_remarks: 2 });
  });
  it('ru: "Из 11 проектов НПА 9 одобрены без замечаний, по 2 направлены предложения"', () => {
    expect(figures(`${RU}Из 11 проектов НПА 9 одобрены без замечаний, по 2 направлены предложения.`)).toMatchObject({ npa_approved: 9, npa_with_remarks: 2 });
  });
  it('kk: all of the appeals answered with their number; letters sent and answered', () => {
    expect(figures(`${KK}23 өтініштің бәріне уақытында жауап жіберілді.`)).toEqual({ appeals_received: 23, appeals_answered: 23 });
    expect(figures(`${KK}Он төрт өтініштің он үшеуіне жазбаша жауап дайындалып, иелеріне жеткізілді.`)).toMatchObject({ appeals_answered: 13 });
    expect(figures(`${KK}Кеңес атынан жолданған 31 хаттың 27-сіне жауап алынды.`)).toEqual({ letters_sent: 31, letters_answered: 27 });
    expect(figures(`${KK}Мекемелерге жиырма бір сауал хат жіберілді; солардың он сегізіне мекемелерден жауап қайтты.`)).toEqual({ letters_sent: 21, letters_answered: 18 });
    expect(figures(`${KK}Журналда барлығы он төрт өтініш тіркелген. Олардың он екісін азаматтар өз атынан жолдаса, екеуін шаруа қожалықтары жіберген.`)).toMatchObject({ appeals_received: 14, appeals_individuals: 12 });
  });
  it('near-miss: a numeral with a case ending is no part of a compound number ("жетеуінің бесеуін" is not 12)', () => {
    expect(findCounts('жетеуінің бесеуін', { kazakh: true }).map((c) => c.value)).toEqual([7, 5]);
    expect(findCounts('жиырма бес өтініш', { kazakh: true }).map((c) => c.value)).toEqual([25]);
    expect(findCounts('сто двадцать пять').map((c) => c.value)).toEqual([125]);
  });
});

describe('a count of "respectively" is quoted as the report writes it', () => {
  it.each([
    // a year's word before the kinds is no part of the first kind ("2025 жылы жеке")
    ['Кеңеске 2025 жылы жеке және заңды тұлғалардан тиісінше 19 және 4 өтініш келді.', { appeals_individuals: 19, appeals_legal_entities: 4 }],
    ['В 2025 году в Совет поступили обращения от физических и юридических лиц – соответственно 19 и 4.', { appeals_individuals: 19, appeals_legal_entities: 4 }],
  ])('%s', (sentence, want) => {
    const got = parseReport(`Отчет за 2025 год\n${sentence}`).figures.filter((f) => f.metric.startsWith('appeals_'));
    expect(Object.fromEntries(got.map((f) => [f.metric, f.value]))).toEqual(want);
    for (const f of got) expect(f.text).toBe(sentence);
  });
});
