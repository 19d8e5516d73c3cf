/**
 * Classes of session 27 (helper "figures"), from the misses of the blind sets 68–69 and variants of my own no set holds:
 * a PDF's footnote with a plain number whose mark the body sets as a superscript, read as a note (a note on the
 * composition telling the period's change of members is read, any other blanked); the period told by its months
 * ("Қазан – желтоқсанда құрам өзгерген жоқ"); the host ministry or akimat as the state part of the composition; the
 * Kazakh converb of leaving ("кеңестен кетіп, орнына …"); the council's page on a site in the voiced form ("Кеңес парағы");
 * each subordinate organisation heard named as such in the singular.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const figure = (text: string, metric: string) => parseReport(text).figures.find((f) => f.metric === metric)?.value;

describe('a footnote with a plain number whose mark the body sets as a superscript', () => {
  const report = (notes: string[]) => [
    'ИНФОРМАЦИЯ о деятельности Общественного совета во втором полугодии 2025 года',
    '1. Состав Совета. Совет насчитывает 15 членов¹. Проведено 4 заседания Совета², 6 мониторингов.',
    'Председатель Общественного совета\tА. Ахметова',
    ...notes,
  ].join('\n');
  it('ru: "1\\tВ течение полугодия из состава Совета выведено 2 члена, введены 3 новых члена" is the change of members', () => {
    const text = report(['1\tВ течение полугодия из состава Совета выведено 2 члена (по собственному желанию), введены 3', 'новых члена (приказ от 12.09.2025 № 301).', '2\tИз них 1 – выездное.']);
    expect(figure(text, 'members_left')).toBe(2);
    expect(figure(text, 'members_joined')).toBe(3);
    expect(figure(text, 'general_meetings')).toBe(4);
  });
  it('kk: "1  Жартыжылдықта кеңес құрамынан 1 мүше шықты, 1 жаңа мүше енгізілді" (marker apart by two spaces)', () => {
    const text = [
      'Қоғамдық кеңестің 2025 жылғы екінші жартыжылдықтағы қызметі туралы АҚПАРАТ',
      'Кеңес құрамында 13 мүше¹ бар. Кеңестің 3 отырысы² өтті.',
      'Кеңес төрағасы\tБ. Серікова',
      '1  Жартыжылдықта кеңес құрамынан 1 мүше өз еркімен шықты.',
      '2  Оның 1-еуі көшпелі отырыс.',
    ].join('\n');
    expect(figure(text, 'members_left')).toBe(1);
    expect(figure(text, 'general_meetings')).toBe(3);
  });
  it('near-miss: any other note is blanked — "2\\tДля сравнения: в I полугодии проведено 2 заседания" gives no candidate, "не включены" joins no one', () => {
    const text = report(['1\tРегиональными советами проведено ещё 26 мониторингов, в настоящую информацию они не включены.', '2\tДля сравнения: в I полугодии проведено 7 заседаний Совета.']);
    const x = parseReport(text);
    expect(x.figures.find((f) => f.metric === 'members_joined')).toBeUndefined();
    expect(x.candidates.find((c) => c.metric === 'general_meetings' && c.value === 7)).toBeUndefined();
    expect(x.candidates.find((c) => c.metric === 'monitorings' && c.value === 26)).toBeUndefined();
    expect(figure(text, 'monitorings')).toBe(6);
  });
  it('near-miss: a line opening with a count where no superscript mark was set stays text ("3  заседания проведены онлайн")', () => {
    const text = ['ИНФОРМАЦИЯ о деятельности Общественного совета за 2025 год', 'Проведено 5 заседаний Совета, из них', '3  Заседания прошли онлайн.'].join('\n');
    expect(figure(text, 'general_meetings')).toBe(5);
  });
});

describe('the membership not changed in the period told by the period\'s months', () => {
  it('kk: "Қазан – желтоқсанда құрам өзгерген жоқ" of the fourth quarter is 0 joined and 0 left', () => {
    const text = 'Қоғамдық кеңестің 2025 жылғы IV тоқсандағы (қазан – желтоқсан) жұмысы туралы ЕСЕП\n\nКеңесте 16 мүше бар. Қазан – желтоқсанда құрам өзгерген жоқ.\n';
    expect(figure(text, 'members_joined')).toBe(0);
    expect(figure(text, 'members_left')).toBe(0);
  });
  it('ru: "В июле – декабре 2025 года состав Совета не менялся" of the second half', () => {
    const text = 'Отчёт о работе Общественного совета за второе полугодие 2025 года\n\nВ июле – декабре 2025 года состав Совета не менялся.\n';
    expect(figure(text, 'members_joined')).toBe(0);
    expect(figure(text, 'members_left')).toBe(0);
  });
  it('near-miss: a part of the period by its months ("В октябре – ноябре состав не менялся" of the fourth quarter) gives nothing', () => {
    const text = 'Отчёт о работе Общественного совета за IV квартал 2025 года\n\nВ октябре – ноябре состав Совета не менялся.\n';
    expect(figure(text, 'members_joined')).toBeUndefined();
    expect(figure(text, 'members_left')).toBeUndefined();
  });
});

describe('the host ministry or akimat as the composition\'s state part', () => {
  it('kk: "16 мүше бар: 12-сі – үкіметтік емес ұйымдар өкілдері, 4-еуі – министрлік пен оның комитеттерінен"', () => {
    const text = 'Қоғамдық кеңестің 2025 жылғы IV тоқсандағы жұмысы туралы ЕСЕП\n\nТоқсан соңында Кеңес құрамында 16 мүше бар: 12-сі – үкіметтік емес ұйымдар өкілдері, 4-еуі – министрлік пен оның комитеттерінен.\n';
    expect(figure(text, 'members_state')).toBe(4);
    expect(figure(text, 'members_civil')).toBe(12);
  });
  it('ru: "в Совете 11 членов: 8 представляют НКО, 3 – сотрудники акимата района"', () => {
    const text = 'Отчёт о работе Общественного совета за 2025 год\n\nВ Совете 11 членов: 8 представляют НКО, 3 – сотрудники акимата района.\n';
    expect(figure(text, 'members_state')).toBe(3);
  });
  it('near-miss: parts that do not add up give no figure ("15 членов: 11 от НКО, 3 – от министерства")', () => {
    const text = 'Отчёт о работе Общественного совета за 2025 год\n\nВ Совете 15 членов: 11 представляют НКО, 3 – сотрудники министерства.\n';
    expect(figure(text, 'members_state')).toBeUndefined();
  });
});

describe('a member leaving told by the Kazakh converb that chains the next change', () => {
  it('kk: "бір мүше өз қалауымен кеңестен кетіп, орнына бір жаңа мүше бекітілді" is one left', () => {
    const text = 'Қоғамдық кеңестің 2026 жылғы І тоқсандағы жұмысы туралы есеп\n\nКеңесте 14 мүше бар. Тоқсанда бір мүше өз қалауымен кеңестен кетіп, орнына бір жаңа мүше бекітілді.\n';
    expect(figure(text, 'members_left')).toBe(1);
  });
  it('kk variant: "екі мүше кеңес құрамынан шығып, олардың орнына …"', () => {
    const text = 'Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп\n\nЖыл ішінде екі мүше кеңес құрамынан шығып, олардың орнына жаңа өкілдер тағайындалды.\n';
    expect(figure(text, 'members_left')).toBe(2);
  });
  it('near-miss: members going out to a monitoring do not leave ("Кеңестің 2 мүшесі мониторингке шығып, …"), leaving still reads', () => {
    expect(figure('Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп\n\nКеңестің 2 мүшесі мониторингке шығып, нысандарды тексерді.\n', 'members_left')).toBeUndefined();
    expect(figure('Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп\n\nЖыл ішінде 2 мүше өз өтінішімен шықты.\n', 'members_left')).toBe(2);
  });
  it('near-miss: going out to a monitoring is no leaving ("Кеңес мүшелері мониторингке шығып, 2 нысанды тексерді")', () => {
    const text = 'Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп\n\nКеңес мүшелері мониторингке шығып, 2 нысанды тексерді.\n';
    expect(figure(text, 'members_left')).toBeUndefined();
  });
});

describe('the council\'s page on a site, its "парақ" voiced', () => {
  const media = (text: string) => parseReport(text).media.find((m) => m.platform === 'website')?.publications;
  it('kk: "Жарияланымдар – 29: Telegram – 13, Instagram – 10, Агенттік сайтындағы Кеңес парағы – 6"', () => {
    expect(media('Қоғамдық кеңестің 2026 жылғы І тоқсандағы жұмысы туралы есеп\n\nЖарияланымдар – 29: Telegram – 13, Instagram – 10, Агенттік сайтындағы Кеңес парағы – 6.\n')).toBe(6);
  });
  it('kk variant: "министрлік сайтындағы Кеңес парағында – 8"', () => {
    expect(media('Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп\n\nБарлығы 20 материал жарияланды: Facebook – 12, министрлік сайтындағы Кеңес парағында – 8.\n')).toBe(8);
  });
  it('near-miss: a page\'s readers are no publications ("Кеңес парағының оқырмандары – 600")', () => {
    expect(media('Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп\n\nСайттағы Кеңес парағының оқырмандары – 600 адам.\n')).toBeUndefined();
  });
});

describe('each subordinate organisation heard, named as such in the singular', () => {
  it('kk: "… департаментінің және Агенттікке ведомстволық бағынысты «…» ШЖҚ РМК-ның есептері тыңдалды" is 1', () => {
    const text = 'Қоғамдық кеңестің 2026 жылғы І тоқсандағы жұмысы туралы есеп\n\nЕсеп тыңдау – 2. 26 ақпандағы отырыста Агенттіктің департаментінің және Агенттікке ведомстволық бағынысты «Даму орталығы» ШЖҚ РМК-ның есептері тыңдалды.\n';
    expect(figure(text, 'subordinate_orgs_heard')).toBe(1);
  });
  it('ru: a list under "заслушаны 3 отчёта:", two items "(подведомственная организация)"', () => {
    const text = [
      'Отчёт о работе Общественного совета за 2025 год',
      '',
      'На заседаниях Совета заслушаны 3 отчёта:',
      '• 12 марта – Комитета по делам молодёжи;',
      '• 14 мая – АО «Центр занятости» (подведомственная организация);',
      '• 20 ноября – подведомственного министерству РГП «Информационный центр».',
    ].join('\n');
    expect(figure(text, 'subordinate_orgs_heard')).toBe(2);
  });
  it('near-miss: a subordinate monitored, not heard, and one planned give nothing', () => {
    const monitored = 'Отчёт о работе Общественного совета за 2025 год\n\nПроведено 3 мониторинга:\n• работы АО «Центр занятости» (подведомственная организация);\n• доступности зданий.\n';
    expect(figure(monitored, 'subordinate_orgs_heard')).toBeUndefined();
    const planned = 'Отчёт о работе Общественного совета за 2025 год\n\nВ 2026 году планируется заслушать отчёт подведомственной организации АО «Центр занятости».\n';
    expect(figure(planned, 'subordinate_orgs_heard')).toBeUndefined();
  });
});

describe('the appeals\' writers first, each with its count and noun, one verb for both', () => {
  it('kk: "жеке тұлғалар 12 өтініш, заңды тұлғалар 2 өтініш жолдады"', () => {
    const text = 'Қоғамдық кеңестің 2026 жылғы І тоқсандағы жұмысы туралы есеп\n\nТоқсанда кеңеске 14 өтініш келіп түсті, жеке тұлғалар 12 өтініш, заңды тұлғалар 2 өтініш жолдады.\n';
    expect(figure(text, 'appeals_individuals')).toBe(12);
    expect(figure(text, 'appeals_legal_entities')).toBe(2);
  });
  it('kk variant: "азаматтар 20 өтініш, ұйымдар 3 берді"', () => {
    const text = 'Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп\n\nБарлығы 23 өтініш тіркелді: азаматтар 20 өтініш, ұйымдар 3 берді.\n';
    expect(figure(text, 'appeals_individuals')).toBe(20);
    expect(figure(text, 'appeals_legal_entities')).toBe(3);
  });
  it('ru: "граждане направили 12 обращений, организации – 2" (never letters sent)', () => {
    const text = 'Отчёт о работе Общественного совета за 2025 год\n\nВсего поступило 14 обращений: граждане направили 12 обращений, организации – 2.\n';
    expect(figure(text, 'appeals_individuals')).toBe(12);
    expect(figure(text, 'appeals_legal_entities')).toBe(2);
    expect(figure(text, 'letters_sent')).toBeUndefined();
  });
  it('near-miss: an expectation is no appeals sent ("жеке тұлғалар 12 өтініш жолдайды деп күтілуде")', () => {
    const text = 'Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп\n\nКелесі тоқсанда жеке тұлғалар 12 өтініш жолдайды деп күтілуде.\n';
    expect(figure(text, 'appeals_individuals')).toBeUndefined();
  });
});

describe('the drafts approved with remarks stated as none', () => {
  it('kk: "үшеуін де ескертусіз мақұлдады; ескертумен мақұлданған жоба болған жоқ" is 0', () => {
    const text = 'Қоғамдық кеңестің 2026 жылғы І тоқсандағы жұмысы туралы есеп\n\nКеңес 3 нормативтік құқықтық акт жобасын қарап, үшеуін де ескертусіз мақұлдады; ескертумен мақұлданған жоба болған жоқ.\n';
    expect(figure(text, 'npa_with_remarks')).toBe(0);
  });
  it('ru: "Согласованных с замечаниями проектов НПА в отчётном периоде не было"', () => {
    const text = 'Отчёт о работе Общественного совета за 2025 год\n\nРассмотрено 5 проектов НПА, все одобрены. Согласованных с замечаниями проектов НПА в отчётном периоде не было.\n';
    expect(figure(text, 'npa_with_remarks')).toBe(0);
  });
  it('near-miss: another year\'s none ("В 2024 году проектов, одобренных с замечаниями, не было") and a count give no 0', () => {
    const other = 'Отчёт о работе Общественного совета за 2025 год\n\nВ 2024 году согласованных с замечаниями проектов не было.\n';
    expect(figure(other, 'npa_with_remarks')).toBeUndefined();
    const counted = 'Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп\n\nЕскертумен мақұлданған 2 жоба болды.\n';
    expect(figure(counted, 'npa_with_remarks')).not.toBe(0);
  });
});

describe('rows of key figures: the answers to appeals and to letters, the publications in social networks', () => {
  const rows = (r: string[]) => `О работе Общественного совета за IV квартал 2025 года\n\nI. Сводные показатели\n\n${r.join('\n')}\n`;
  it('ru: "Ответы на обращения даны ..... 13", "Ответы на письма получены ..... 7", "Публикации в соцсетях ..... 45 (38)"', () => {
    const text = rows(['  Заседания Совета ................ 2  (3)', '  Обращения граждан ............... 16  (21)', '  Ответы на обращения даны ........ 13', '  Письма в госорганы направлены ... 9  (7)', '  Ответы на письма получены ....... 7', '  Публикации в соцсетях ........... 45  (38)']);
    expect(figure(text, 'appeals_answered')).toBe(13);
    expect(figure(text, 'letters_answered')).toBe(7);
    expect(figure(text, 'publications')).toBe(45);
  });
  it('variants: "Даны ответы на обращения граждан ..... 11"; kk "Өтініштерге берілген жауаптар ..... 9", "Хаттарға жауап алынды ..... 4"', () => {
    expect(figure(rows(['  Заседания Совета ................ 2', '  Даны ответы на обращения граждан ..... 11']), 'appeals_answered')).toBe(11);
    expect(figure(rows(['  Заседания Совета ................ 2', '  Дано ответов на обращения ........ 25']), 'appeals_answered')).toBe(25);
    const kk = 'Қоғамдық кеңестің 2025 жылғы IV тоқсандағы жұмысы туралы\n\n  Кеңес отырыстары ............... 2\n  Өтініштерге берілген жауаптар ..... 9\n  Хаттарға жауап алынды .......... 4\n';
    expect(figure(kk, 'appeals_answered')).toBe(9);
    expect(figure(kk, 'letters_answered')).toBe(4);
  });
  it('near-miss: answers to a request of the council\'s own, or a plan of publications, are no such row', () => {
    const text = rows(['  Заседания Совета ................ 2', '  Ответы на запросы СМИ ........... 5', '  Публикации в соцсетях (план) .... 60']);
    expect(figure(text, 'appeals_answered')).toBeUndefined();
    expect(figure(text, 'letters_answered')).toBeUndefined();
    expect(figure(text, 'publications')).toBeUndefined();
  });
});

describe('the departments heard, each after its day, the sitting named before the body, as many as the count stated', () => {
  it('kk: "Есептерді тыңдау: 18 ақпанда кеңес отырысында … бөлімінің, 25 наурызда 2-комиссияның көшпелі отырысында … бөлімінің есебі тыңдалды" under a count of 2', () => {
    const text = [
      'Қоғамдық кеңестің 2026 жылғы І тоқсандағы қызметі туралы есеп',
      '',
      'Есептерді тыңдау – 2.',
      '',
      'Есептерді тыңдау: 18 ақпанда кеңес отырысында аудандық білім бөлімінің, 25 наурызда 2-комиссияның көшпелі отырысында аудандық құрылыс бөлімінің есебі тыңдалды.',
    ].join('\n');
    expect(figure(text, 'departments_heard')).toBe(2);
  });
  it('ru: "12 марта на выездном заседании комиссии отдел образования, 20 мая на заседании Совета отдел ЖКХ отчитались перед Советом" under "Заслушано отчетов – 2"', () => {
    const text = [
      'Отчёт о работе Общественного совета за I полугодие 2026 года',
      '',
      'Заслушано отчетов – 2.',
      '',
      '12 марта на выездном заседании комиссии отдел образования, 20 мая на заседании Совета отдел жилищно-коммунального хозяйства отчитались перед Советом.',
    ].join('\n');
    expect(figure(text, 'departments_heard')).toBe(2);
  });
  it('near-miss: bodies told that do not meet the count (3 stated, 2 told) give no departments', () => {
    const text = [
      'Қоғамдық кеңестің 2026 жылғы І тоқсандағы қызметі туралы есеп',
      '',
      'Есептерді тыңдау – 3.',
      '',
      'Есептерді тыңдау: 18 ақпанда кеңес отырысында аудандық білім бөлімінің, 25 наурызда 2-комиссияның көшпелі отырысында аудандық құрылыс бөлімінің есебі тыңдалды.',
    ].join('\n');
    expect(figure(text, 'departments_heard')).toBeUndefined();
  });
});

describe('the appeals\' parts said by their writers in the Kazakh accusative, brackets between', () => {
  const kk = (body: string) => `Қоғамдық кеңестің 2026 жылғы І тоқсандағы қызметі туралы есеп\n\n${body}\n`;
  it('kk: "6 өтініштің бесеуін азаматтар (жеке тұлғалар), біреуін заңды тұлға (қоғамдық бірлестік) жолдады"', () => {
    const text = kk('6 өтініштің бесеуін азаматтар (жеке тұлғалар), біреуін заңды тұлға (қоғамдық бірлестік) жолдады.');
    expect(figure(text, 'appeals_individuals')).toBe(5);
    expect(figure(text, 'appeals_legal_entities')).toBe(1);
  });
  it('kk variant: "9 өтініштің 7-еуін тұрғындар, 2-еуін ұйымдар (ЖШС) жазған"', () => {
    const text = kk('Тоқсанда 9 өтініш түсті: 9 өтініштің 7-еуін тұрғындар, 2-еуін ұйымдар (ЖШС) жазған.');
    expect(figure(text, 'appeals_individuals')).toBe(7);
    expect(figure(text, 'appeals_legal_entities')).toBe(2);
  });
  it('kk: "төртеуін де азаматтар (жеке тұлғалар) жолдаған, ұйымдардан (заңды тұлғалардан) бірде-бір өтініш түспеді" is 4 and 0', () => {
    const text = kk('Өтініштер: тоқсанда 4 өтініш келді, төртеуін де азаматтар (жеке тұлғалар) жолдаған, ұйымдардан (заңды тұлғалардан) бірде-бір өтініш түспеді.');
    expect(figure(text, 'appeals_individuals')).toBe(4);
    expect(figure(text, 'appeals_legal_entities')).toBe(0);
  });
  it('kk: "6 өтініш келді – бәрі жеке тұлғалар, заңды тұлғалар кеңеске жүгінбеді" is 6 individuals', () => {
    expect(figure(kk('Өтініштер: азаматтардан 6 өтініш келді – бәрі жеке тұлғалар, заңды тұлғалар кеңеске жүгінбеді.'), 'appeals_individuals')).toBe(6);
  });
  it('near-miss: "азаматтардан және ұйымдардан өтініштер келіп түскен жоқ" is no appeals at all, no none of a part', () => {
    expect(figure(kk('ІІІ тоқсанда Кеңеске азаматтардан және ұйымдардан өтініштер келіп түскен жоқ.'), 'appeals_legal_entities')).toBeUndefined();
  });
  it('near-miss: "бәрі жеке тұлғалар" with no none of the other kind is no figure (a candidate at most)', () => {
    expect(figure(kk('Өтініштер: 6 өтініш келді – бәрі жеке тұлғалар.'), 'appeals_individuals')).toBeUndefined();
  });
  it('near-miss: the accusative parts of letters are no appeals ("5 хаттың төртеуін азаматтар … алды")', () => {
    expect(figure(kk('Жолданған 5 хаттың төртеуіне жауап алынды.'), 'appeals_individuals')).toBeUndefined();
  });
});

describe('members leaving and joining in other words', () => {
  it('kk: one named member "өз өтініші бойынша құрамнан шықты" (the composition without its possessive)', () => {
    const text = 'Қоғамдық кеңестің 2026 жылғы ІІ тоқсандағы қызметі туралы есеп\n\nМаусым айында Кеңес мүшесі Бақытжанов Р.С. өз өтініші бойынша құрамнан шықты.\n';
    expect(figure(text, 'members_left')).toBe(1);
  });
  it('ru: the powers first, "За год полномочия прекратили 2 члена Совета (…)"; variant "полномочия досрочно сложили три члена Совета"', () => {
    expect(figure('Отчёт о работе Общественного совета за 2024 год\n\nЗа год полномочия прекратили 2 члена Совета (один – по личному заявлению, другой – после избрания депутатом).\n', 'members_left')).toBe(2);
    expect(figure('Отчёт о работе Общественного совета за 2024 год\n\nВ отчётном году полномочия досрочно сложили три члена Совета.\n', 'members_left')).toBe(3);
  });
  it('ru: "в состав введена одна новая участница" is one joined', () => {
    const text = 'Отчёт о работе Общественного совета за второе полугодие 2024 года\n\nРешением маслихата от 26.09.2024 г. в состав Совета введена одна новая участница от молодёжного центра.\n';
    expect(figure(text, 'members_joined')).toBe(1);
  });
  it('near-miss: a commission\'s powers and participants of an event are no members of the council', () => {
    expect(figure('Отчёт о работе Общественного совета за 2024 год\n\nПолномочия прекратили 2 члена комиссии по экологии.\n', 'members_left')).toBeUndefined();
    expect(figure('Отчёт о работе Общественного совета за 2024 год\n\nВ круглом столе Совета приняли участие 40 участников.\n', 'members_joined')).toBeUndefined();
  });
});

describe('the letters answered told by the preposition after the answers', () => {
  const ru = (body: string) => `Отчёт о работе Общественного совета за I квартал 2026 года\n\n${body}\n`;
  it('ru: "В государственные органы направлено 5 писем с рекомендациями, получены ответы на 4."', () => {
    expect(figure(ru('В государственные органы направлено 5 писем с рекомендациями, получены ответы на 4.'), 'letters_answered')).toBe(4);
  });
  it('ru variants: "ушло 9 писем с рекомендациями; ответ получен на 7", "На 14 писем Совета ответы поступили на 12"', () => {
    expect(figure(ru('Письма. В госорганы ушло 9 писем с рекомендациями; ответ получен на 7.'), 'letters_answered')).toBe(7);
    expect(figure(ru('На 14 писем Совета ответы поступили на 12.'), 'letters_answered')).toBe(12);
  });
  it('near-miss: answers on appeals ("ответы получены на 12 обращений"), or a date ("ответ получен на 15 марта"), are no letters answered', () => {
    expect(figure(ru('Направлено 5 писем. Поступило 13 обращений, ответы получены на 12 обращений.'), 'letters_answered')).toBeUndefined();
    expect(figure(ru('Направлено 5 писем, ответ получен на 15 марта.'), 'letters_answered')).toBeUndefined();
  });
});
