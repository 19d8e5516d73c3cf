/**
 * The classes of phrasing behind the misses of held-out set 37's Kazakh reports (Alakol, Baidibek, Talas) and Kerbulak's
 * protocol, scored blind in session 13 and fixed in session 14: each in Kazakh and Russian, a variant the documents did
 * not show, and near-misses that must give no figure.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../../sources/extract/parseReport.ts';

const KK = 'Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп\n\n';
const RU = 'Отчет о деятельности Общественного совета за 2025 год\n\n';
const figure = (text: string, metric: string) => {
  const r = parseReport(text);
  return r.figures.find((f) => f.metric === metric)?.value;
};

describe('the council\'s size told with "құрады" / "составило"', () => {
  it('kk: "кеңес мүшелерінің жалпы саны 19 адамды құрады"', () => {
    expect(figure(`${KK}Кеңес құрамы туралы. 30 маусымдағы жағдай бойынша кеңес мүшелерінің жалпы саны 19 адамды құрады.\n`, 'members_total')).toBe(19);
  });
  it('kk variant: no people noun, a suffixed count, the present tense ("саны 21-ді құрайды")', () => {
    expect(figure(`${KK}Кеңес мүшелерінің саны 21-ді құрайды.\n`, 'members_total')).toBe(21);
  });
  it('ru: "Общее количество членов Совета составило 19 человек"', () => {
    expect(figure(`${RU}Общее количество членов Совета на 31 декабря составило 19 человек.\n`, 'members_total')).toBe(19);
  });
  it('near-miss: a commission\'s members, or an age, are no council size', () => {
    expect(figure(`${KK}Әлеуметтік комиссия мүшелерінің саны 5 адамды құрады.\n`, 'members_total')).toBeUndefined();
    expect(figure(`${KK}Кеңес мүшелерінің орташа жасы 45 жасты құрады.\n`, 'members_total')).toBeUndefined();
  });
});

describe('the bodies heard told by kind after their count', () => {
  const HEARD_KK = 'Есепті жылы мемлекеттік органдар басшыларының жеті есебі тыңдалды. ';
  it('kk: "Олардың 5-і – аудан әкімдігінің бөлімдері (…), 2-еуі – ведомстволық бағынысты ұйымдар"', () => {
    const text = `${KK}${HEARD_KK}Олардың 5-і – аудан әкімдігінің бөлімдері (білім, спорт бөлімдері), 2-еуі – ведомстволық бағынысты ұйымдар («Аурухана» МКК).\n`;
    expect(figure(text, 'departments_heard')).toBe(5);
    expect(figure(text, 'subordinate_orgs_heard')).toBe(2);
  });
  it('kk: the summary under the list, "Яғни үш бөлім және бір ведомстволық бағынысты мекеме"', () => {
    const text = `${KK}Кеңес отырыстарында төрт есеп тыңдалды. Есеп берген органдар:\n  • білім бөлімі;\n  • спорт бөлімі;\n  • кәсіпкерлік бөлімі;\n  • «Аудандық аурухана» ШЖҚ КМК.\nЯғни үш бөлім және бір ведомстволық бағынысты мекеме.\n`;
    expect(figure(text, 'departments_heard')).toBe(3);
    expect(figure(text, 'subordinate_orgs_heard')).toBe(1);
  });
  it('kk: "Бірінші үшеуі – … бөлімдері, соңғысы – … ведомстволық бағынысты ұйым": the last one, when the hearings add up', () => {
    const text = `${KK}Есептерді тыңдау. Кеңес отырыстарында 4 мемлекеттік органның есебі тыңдалды:\n1) білім бөлімі;\n2) спорт бөлімі;\n3) жұмыспен қамту бөлімі;\n4) «Орталық аурухана» ШЖҚ МКК.\nБірінші үшеуі – аудан әкімдігінің бөлімдері, соңғысы – облыстық денсаулық сақтау басқармасына\nведомстволық бағынысты ұйым.\n`;
    expect(figure(text, 'departments_heard')).toBe(3);
    expect(figure(text, 'subordinate_orgs_heard')).toBe(1);
  });
  it('ru: "Из них 5 – отделы акимата, 2 – подведомственные организации"; "То есть три отдела и одно подведомственное учреждение"', () => {
    const text = `${RU}Заслушано 7 отчетов руководителей государственных органов. Из них 5 – отделы акимата района, 2 – подведомственные организации.\n`;
    expect(figure(text, 'departments_heard')).toBe(5);
    expect(figure(text, 'subordinate_orgs_heard')).toBe(2);
    const summary = `${RU}На заседаниях заслушано 4 отчета. То есть три отдела и одно подведомственное учреждение.\n`;
    expect(figure(summary, 'departments_heard')).toBe(3);
    expect(figure(summary, 'subordinate_orgs_heard')).toBe(1);
  });
  it('near-miss: "соңғысы" when the hearings do not add up gives no subordinate organisation', () => {
    const text = `${KK}Кеңес отырыстарында 5 мемлекеттік органның есебі тыңдалды. Бірінші үшеуі – аудан әкімдігінің бөлімдері, соңғысы – ведомстволық бағынысты ұйым.\n`;
    expect(figure(text, 'subordinate_orgs_heard')).toBeUndefined();
  });
  it('near-miss: a members\' sentence and a paragraph with no hearings give no bodies heard', () => {
    expect(figure(`${KK}Есептер тыңдалды. Кеңес мүшелерінің 5-і – аудан әкімдігінің бөлімдерінің қызметкерлері.\n`, 'departments_heard')).toBeUndefined();
    expect(figure(`${KK}Кеңес 6 мониторинг жүргізді. Олардың 5-і – аудан әкімдігінің бөлімдері.\n`, 'departments_heard')).toBeUndefined();
  });
});

describe('meetings "N рет өтті" with words of time between', () => {
  it('kk: "Кеңес отырысы жыл ішінде 8 рет өтті (2024 жылы – 6 рет)"', () => {
    expect(figure(`${KK}Кеңес отырысы жыл ішінде 8 рет өтті (2024 жылы – 6 рет).\n`, 'general_meetings')).toBe(8);
  });
  it('kk variant: "Кеңес отырыстары есепті кезеңде 5 рет шақырылды"', () => {
    expect(figure(`${KK}Кеңес отырыстары есепті кезеңде 5 рет шақырылды.\n`, 'general_meetings')).toBe(5);
  });
  it('ru: "Совет собирался в отчетном году 8 раз"', () => {
    expect(figure(`${RU}Совет в отчетном году собирался 8 раз.\n`, 'general_meetings')).toBe(8);
  });
  it('near-miss: last year\'s, a commission\'s', () => {
    expect(figure(`${KK}Кеңес отырысы өткен жылы 6 рет өтті.\n`, 'general_meetings')).toBeUndefined();
    expect(figure(`${KK}Кеңес отырысы комиссиялармен бірге 9 рет өтті.\n`, 'general_meetings')).toBeUndefined();
    // A quarter of the year's report between: that part's count, a candidate.
    expect(figure(`${KK}Кеңес отырысы бірінші тоқсанда 2 рет өтті.\n`, 'general_meetings')).toBeUndefined();
  });
});

describe('the drafts reviewed as a part of all drafts: "НҚА жобаларының 16-сын қарады"', () => {
  it('kk: the council\'s active verb', () => {
    expect(figure(`${KK}Кеңес НҚА жобаларының 16-сын қарады, оның 12-сі қолдау тапты, 4-еуіне ескертулер берілді.\n`, 'npa_reviewed')).toBe(16);
  });
  it('kk variant: the passive, "нормативтік құқықтық актілер жобаларының 9-ы қаралды"', () => {
    expect(figure(`${KK}Нормативтік құқықтық актілер жобаларының 9-ы қаралды.\n`, 'npa_reviewed')).toBe(9);
  });
  it('ru: "Совет рассмотрел 16 проектов НПА"', () => {
    expect(figure(`${RU}Совет рассмотрел 16 проектов НПА.\n`, 'npa_reviewed')).toBe(16);
  });
  it('near-miss: drafts of another kind (a plan\'s events) are no NPA', () => {
    expect(figure(`${KK}Жоспардың 16-сын орындады.\n`, 'npa_reviewed')).toBeUndefined();
  });
});

describe('none came in, so none reviewed', () => {
  it('kk: "Кеңеске бірде-бір НҚА жобасы келіп түскен жоқ"', () => {
    expect(figure(`${KK}Есепті кезеңде Кеңеске бірде-бір НҚА жобасы келіп түскен жоқ.\n`, 'npa_reviewed')).toBe(0);
  });
  it('ru: "Проекты НПА Советом не рассматривались"', () => {
    expect(figure(`${RU}Проекты НПА Советом не рассматривались.\n`, 'npa_reviewed')).toBe(0);
  });
  it('near-miss: no proposals on the drafts is no none of the drafts', () => {
    expect(figure(`${KK}НҚА жобалары бойынша ұсыныстар түскен жоқ.\n`, 'npa_reviewed')).toBeUndefined();
  });
});

describe('all answered, restated with a number: "барлығына, яғни 15-іне де, жауап берілді"', () => {
  it('kk', () => {
    expect(figure(`${KK}Өтініштер. Жылда 15 өтініш қабылданды. Өтініштердің барлығына, яғни 15-іне де, жауап берілді.\n`, 'appeals_answered')).toBe(15);
  });
  it('kk variant: "яғни 12-сіне жауап берілді"', () => {
    expect(figure(`${KK}Жылда 12 өтініш түсті, олардың барлығына, яғни 12-сіне жауап берілді.\n`, 'appeals_answered')).toBe(12);
  });
  it('ru: "на все, то есть на 15, даны ответы"', () => {
    expect(figure(`${RU}Поступило 15 обращений, на все, то есть на 15, даны ответы.\n`, 'appeals_answered')).toBe(15);
  });
  it('near-miss: the count of a label before "жауап берілді" after a comma is another clause', () => {
    expect(figure(`${KK}Өтініштер: өтініш түсті – 11, жауап берілді – 9.\n`, 'appeals_answered')).not.toBe(11);
  });
  it('near-miss: letters, not appeals', () => {
    expect(figure(`${KK}Мемлекеттік органдарға 9 хат жолданды, яғни 8-іне жауап берілді.\n`, 'appeals_answered')).toBeUndefined();
  });
  // Set 41 (Kaztalov): the number after "барлығына, яғни" set off by commas, words of manner before the verb.
  it('kk variant: "барлығына, яғни 11-іне, белгіленген мерзімде жауап берілді"', () => {
    expect(figure(`${KK}Кеңеске 11 өтініш келіп түсті. Өтініштердің барлығына, яғни 11-іне, белгіленген мерзімде жауап берілді.\n`, 'appeals_answered')).toBe(11);
    expect(figure(`${KK}Кеңеске 6 өтініш түсті. Барлығына, яғни 6-сына, уақтылы жауап берілді.\n`, 'appeals_answered')).toBe(6);
  });
  it('near-miss: answers still being prepared are none given', () => {
    expect(figure(`${KK}Кеңеске 11 өтініш түсті. Барлығына, яғни 11-іне, жауап дайындалуда.\n`, 'appeals_answered')).toBeUndefined();
  });
});

describe('civil members named as the kinds of civil bodies in the genitive', () => {
  it('kk: "Оның сегізі – үкіметтік емес ұйымдардың, қоғамдық бірлестіктердің өкілдері"', () => {
    const text = `${KK}Кеңес мүшелерінің саны – он бір. Оның сегізі – үкіметтік емес ұйымдардың, қоғамдық бірлестіктердің өкілдері, үшеуі – мемлекеттік органдардан.\n`;
    expect(figure(text, 'members_civil')).toBe(8);
    expect(figure(text, 'members_state')).toBe(3);
  });
  it('ru: "из них 8 – представители неправительственных организаций"', () => {
    expect(figure(`${RU}Состав Совета – 11 членов, из них 8 – представители неправительственных организаций, 3 – представители государственных органов.\n`, 'members_civil')).toBe(8);
  });
  it('near-miss: a meeting with representatives is no membership', () => {
    expect(figure(`${KK}Кеңес 4 – үкіметтік емес ұйымдардың өкілдерімен кездесу өткізді.\n`, 'members_civil')).toBeUndefined();
  });
});

describe('the total of the media and the site, the platforms listed after', () => {
  it('kk: "әлеуметтік желілер мен сайтта 112 жарияланым орналастырылды: Instagram – 60, …"', () => {
    expect(figure(`${KK}Кеңестің қызметі туралы әлеуметтік желілер мен сайтта 112 жарияланым орналастырылды: Instagram – 60,\nFacebook – 30, Telegram – 22.\n`, 'publications')).toBe(112);
  });
  it('ru: "На сайте и в социальных сетях размещено 96 публикаций: в Facebook – 50, в Instagram – 46"', () => {
    expect(figure(`${RU}На сайте и в социальных сетях размещено 96 публикаций: в Facebook – 50, в Instagram – 46.\n`, 'publications')).toBe(96);
  });
  it('near-miss: the site alone before its count is the site\'s', () => {
    expect(figure(`${KK}Сайтта 40 жарияланым орналастырылды: Instagram – 60, Facebook – 30.\n`, 'publications')).toBeUndefined();
  });
});

describe('a vote\'s none said by its verb: "қарсы дауыс берген жоқ"', () => {
  const vote = (line: string) => {
    const p = parseProtocol(`ҚОҒАМДЫҚ КЕҢЕС ОТЫРЫСЫНЫҢ ХАТТАМАСЫ № 5\n\n2025 жылғы 10 қыркүйек\n\nКеңестің 15 мүшесінің 11-і қатысты.\n\nКҮН ТӘРТІБІ:\n1. Бюджет туралы.\n\n1. ТЫҢДАЛДЫ: Бюджет туралы.\nҚАУЛЫ ЕТТІ: Ақпарат назарға алынсын.\n${line}\n`);
    return p.votes[0];
  };
  it('kk: "Жақтағандар – 9, қалыс – 1, қарсы дауыс берген жоқ"', () => {
    expect(vote('Жақтағандар – 9, қалыс – 1, қарсы дауыс берген жоқ. Шешім қабылданды.')).toMatchObject({ for: 9, against: 0, abstain: 1 });
  });
  it('kk variant: "қарсы дауыс бергендер болмады"', () => {
    expect(vote('Жақтағандар – 10, қалыс – 1, қарсы дауыс бергендер болмады.')).toMatchObject({ for: 10, against: 0, abstain: 1 });
  });
  it('ru: "За – 9, воздержались – 1, против не голосовал никто"', () => {
    const p = parseProtocol(`ПРОТОКОЛ № 5 заседания Общественного совета\n\n10 сентября 2025 года\n\nПрисутствовали 11 из 15 членов.\n\nПОВЕСТКА ДНЯ:\n1. О бюджете.\n\n1. СЛУШАЛИ: О бюджете.\nРЕШИЛИ: Информацию принять к сведению.\nЗа – 9, воздержались – 1, против не голосовал никто.\n`);
    expect(p.votes[0]).toMatchObject({ for: 9, against: 0, abstain: 1 });
  });
  it('near-miss: a count after "қарсы дауыс бергендер" is that count', () => {
    expect(vote('Жақтағандар – 8, қарсы дауыс бергендер – 2, қалыс – 1.')).toMatchObject({ for: 8, against: 2, abstain: 1 });
  });
});
