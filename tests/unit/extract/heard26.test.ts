/**
 * Session 26's bodies heard, appeals and media (issue 12): the bodies heard by kind as the parts of the hearings' count
 * ("оның ішінде … бөлімі – 1, ведомстволық бағынысты кәсіпорын – 1"); the appeals' kind said of all of them with the other
 * kind's none stated beside it; a site's place name or a bracket of what it is before its dash; the places told in a
 * clause of their own before the colon of the total. Variants of our own in ru and kk, near-misses that must give no figure.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const RU = 'Отчет о работе Общественного совета за I полугодие 2026 года\n\n';
const KK = 'Қоғамдық кеңестің 2026 жылғы І жарты жылдықтағы қызметі туралы есеп\n\n';
const figure = (text: string, metric: string) => parseReport(`${text}\n`).figures.filter((f) => f.metric === metric).map((f) => f.value);
const candidate = (text: string, metric: string) => parseReport(`${text}\n`).candidates.filter((f) => f.metric === metric).map((f) => f.value);
const media = (text: string, platform: string) => parseReport(`${text}\n`).media.filter((m) => m.platform === platform).map((m) => m.publications);

describe('the bodies heard by kind as the parts of the hearings\' count, label and number', () => {
  it('kk: the singular kinds after "оның ішінде", the plural after "олардың ішінде"', () => {
    const one = `${KK}  • есеп тыңдау – 4, оның ішінде аудан әкімдігінің бөлімі – 3, ведомстволық бағынысты кәсіпорын – 1;`;
    expect(figure(one, 'departments_heard')).toEqual([3]);
    expect(figure(one, 'subordinate_orgs_heard')).toEqual([1]);
    const two = `${KK}Тыңдалған есептер – 5, олардың ішінде аудан әкімдігінің бөлімдері – 3, ведомстволық бағынысты ұйымдар – 2.`;
    expect(figure(two, 'departments_heard')).toEqual([3]);
    expect(figure(two, 'subordinate_orgs_heard')).toEqual([2]);
  });
  it('ru: "в том числе отделов акимата города – 2, подведомственных акимату предприятий – 1"', () => {
    const text = `${RU}Заслушано отчётов – 4, в том числе отделов акимата города – 2, подведомственных акимату предприятий – 1.`;
    expect(figure(text, 'departments_heard')).toEqual([2]);
    expect(figure(text, 'subordinate_orgs_heard')).toEqual([1]);
  });
  it('near-miss: the same labels as the parts of appeals or monitorings', () => {
    const appeals = `${KK}Өтініштер – 7, оның ішінде білім бөлімі – 3, ведомстволық бағынысты кәсіпорын – 1.`;
    expect(figure(appeals, 'departments_heard')).toEqual([]);
    expect(figure(appeals, 'subordinate_orgs_heard')).toEqual([]);
    expect(figure(`${RU}Проведено мониторингов – 4, в том числе по отделам акимата – 2.`, 'departments_heard')).toEqual([]);
  });
});

describe('the hearings\' count, then its parts by the kind of body whose report was heard', () => {
  it('ru: "Из 7 заслушиваний четыре проведены по отчетам городских отделов и два – по отчетам подведомственных …"', () => {
    const text = `${RU}Из 7 заслушиваний четыре проведены по отчетам городских отделов и два – по отчетам подведомственных акимату города предприятий; одно касалось работы филиала АО «Газ».`;
    expect(figure(text, 'departments_heard')).toEqual([4]);
    expect(figure(text, 'subordinate_orgs_heard')).toEqual([2]);
    const other = `${RU}Из 5 отчётов три заслушаны по отчётам районных отделов, а два – по отчётам подведомственных учреждений.`;
    expect(figure(other, 'departments_heard')).toEqual([3]);
    expect(figure(other, 'subordinate_orgs_heard')).toEqual([2]);
  });
  it('kk: "Тыңдалған 7 есептің төртеуі – қалалық бөлімдердің, екеуі – ведомстволық бағынысты кәсіпорындардың"', () => {
    const text = `${KK}Тыңдалған 7 есептің төртеуі – қалалық бөлімдердің, екеуі – ведомстволық бағынысты кәсіпорындардың есептері.`;
    expect(figure(text, 'departments_heard')).toEqual([4]);
    expect(figure(text, 'subordinate_orgs_heard')).toEqual([2]);
  });
  it('near-miss: the count of appeals or monitorings before the parts', () => {
    expect(figure(`${RU}Из 9 обращений четыре направлены по отчетам городских отделов.`, 'departments_heard')).toEqual([]);
    expect(figure(`${RU}Из 7 мониторингов четыре проведены по отчетам городских отделов.`, 'departments_heard')).toEqual([]);
  });
});

describe('the appeals\' kind said of all of them, the other kind\'s none stated beside it', () => {
  it('ru and kk: all from individuals and none from legal entities is the whole count', () => {
    expect(figure(`${RU}Поступило 12 обращений, все – от физических лиц; от юридических лиц обращений не поступало.`, 'appeals_individuals')).toEqual([12]);
    expect(figure(`${KK}Кеңеске 9 өтініш түсті, бәрі де жеке тұлғалардан; заңды тұлғалардан өтініштер болған жоқ.`, 'appeals_individuals')).toEqual([9]);
    expect(figure(`${KK}Өтініштер саны – 7, барлығы жеке тұлғалардан, заңды тұлғалардан өтініш түскен жоқ.`, 'appeals_individuals')).toEqual([7]);
  });
  it('near-miss: "all" alone stays a candidate, and so does "all" beside a count of legal entities', () => {
    const alone = `${RU}Поступило 12 обращений, все – от физических лиц.`;
    expect(figure(alone, 'appeals_individuals')).toEqual([]);
    expect(candidate(alone, 'appeals_individuals')).toEqual([12]);
    expect(figure(`${RU}Поступило 12 обращений, все – от физических лиц; от юридических лиц – 2.`, 'appeals_individuals')).toEqual([]);
  });
});

describe('a site\'s place name or a bracket of what it is, before its dash', () => {
  it('ru: the city\'s or district\'s name after the owner; a bracket of words', () => {
    expect(media(`${RU}Размещено 82 публикации: в Instagram – 40, в Facebook – 30, на сайте акимата города Костаная – 12.`, 'website')).toEqual([12]);
    expect(media(`${RU}Публикации: в Instagram – 20, в Telegram – 11, на сайте акимата района Байтерек – 8.`, 'website')).toEqual([8]);
    expect(media(`${RU}Публикации по площадкам: Instagram – 30, Telegram – 18, интернет-ресурс управления (раздел на портале акимата) – 9.`, 'website')).toEqual([9]);
  });
  it('kk: a bracket of words after the site', () => {
    expect(media(`${KK}Жарияланымдар: Instagram – 20, Telegram – 11, әкімдік сайтында (Кеңес бөлімі) – 7.`, 'website')).toEqual([7]);
  });
  it('near-miss: the site joined to another place, a bracket of dates', () => {
    expect(media(`${RU}Публикации: в Telegram – 11, на сайте акимата города и в Instagram – 20.`, 'website')).toEqual([]);
    expect(media(`${RU}Публикации: в Telegram – 11, на сайте акимата (с 1 по 30 июня) – 9.`, 'website')).toEqual([]);
  });
});

describe('the places told before the colon of the total, the site among them and counted again', () => {
  it('ru: the total is the publications, the site its later part; a clause after the semicolon names no place of it', () => {
    const text = `${RU}Информация о работе Совета размещалась в социальных сетях и на интернет-ресурсе акимата: за полугодие опубликовано 27 материалов, в том числе 15 постов в Instagram, 6 – в Facebook и 6 – на официальном сайте акимата; члены Совета также приняли участие в 2 эфирах регионального телевидения.`;
    expect(figure(text, 'publications')).toEqual([27]);
    expect(media(text, 'website')).toEqual([6]);
    expect(figure(`${RU}О работе Совета писали в СМИ и на сайте акимата: за полугодие вышло 40 материалов, в том числе 25 в Instagram, 15 – на сайте акимата; кроме того, председатель дал 3 интервью районной газете.`, 'publications')).toEqual([40]);
  });
  it('kk, near-miss: the site that only says where is never counted the total', () => {
    const text = `${KK}Кеңес жұмысы туралы ақпарат әлеуметтік желілерде және әкімдік сайтында жарияланды: жарты жылда 30 материал шықты, оның ішінде Instagram-да – 18, Facebook-те – 7, сайтта – 5.`;
    expect(media(text, 'website')).toEqual([5]);
    expect(media(`${RU}Информация размещалась на сайте акимата: опубликовано 27 материалов, в том числе 15 в Instagram и 12 – на сайте.`, 'website')).toEqual([12]);
  });
});

describe('the bodies heard told sitting by sitting, each group opening with its day or its sitting', () => {
  it('ru: days and dashes, what each head reported on after "о"', () => {
    const text = `${RU}Совет заслушал 3 отчета: 12 ноября – руководителя отдела культуры о работе клубов и директора ГКП «Су» о тарифах, 10 декабря – руководителя отдела ЖКХ о зимнем содержании дорог.`;
    expect(figure(text, 'departments_heard')).toEqual([2]);
    expect(figure(text, 'subordinate_orgs_heard')).toEqual([1]);
  });
  it('ru: ordinal sittings, a rural akim among the heads', () => {
    const text = `${RU}Заслушаны отчеты четырех руководителей: на первом заседании – руководителя отдела образования, на втором – руководителя отдела ЖКХ и директора КГП «Жылу», на третьем – акима Никольского сельского округа.`;
    expect(figure(text, 'departments_heard')).toEqual([2]);
    expect(figure(text, 'subordinate_orgs_heard')).toEqual([1]);
  });
  it('near-miss: topics only by the days, no head named', () => {
    const text = `${RU}Заслушано 3 отчета: 12 ноября – о подготовке к зиме и о тарифах, 10 декабря – о дорогах.`;
    expect(figure(text, 'departments_heard')).toEqual([]);
    expect(figure(text, 'subordinate_orgs_heard')).toEqual([]);
  });
});

describe('district akims and a subordinate body named by its form and name, as the hearings\' list items', () => {
  it('ru: "акимы районов – 3", "подведомственное ГКП «Тазалық» – 1" after the hearings\' colon', () => {
    const text = `${RU}Заслушано 8 отчетов: отделы акимата – 4, акимы районов – 3, подведомственное ГКП «Тазалық» – 1.`;
    expect(figure(text, 'district_akimats_heard')).toEqual([3]);
    expect(figure(text, 'subordinate_orgs_heard')).toEqual([1]);
  });
  it('kk: "аудан әкімдері – 2 (…)" under "Олардың ішінде:"; "ведомстволық бағынысты ШЖҚ МКК «…» – 1"', () => {
    expect(figure(`${KK}Кеңесте 4 есеп тыңдалды. Олардың ішінде:\n  аудан әкімдері – 2 (Сауран және Төлеби аудандарының әкімдері);\n  аудандық бөлімдер – 2.`, 'district_akimats_heard')).toEqual([2]);
    expect(figure(`${KK}Кеңесте 3 есеп тыңдалды: облыстық басқармалар – 2, басқармаға ведомстволық бағынысты ШЖҚ МКК «Облыстық аурухана» – 1.`, 'subordinate_orgs_heard')).toEqual([1]);
  });
  it('near-miss: the same labels among the members or the places monitored; the district\'s one akim', () => {
    expect(figure(`${KK}Кеңес құрамында: аудан әкімдері – 2, ҮЕҰ өкілдері – 9.`, 'district_akimats_heard')).toEqual([]);
    // The one akim of the district in a district's report is its own akim, no district akimat of an oblast.
    expect(figure(`${KK}Тыңдалған есептер саны – 5 (аудан әкімі – 1; аудандық бөлімдер – 4).`, 'district_akimats_heard')).toEqual([]);
    const monitored = `${RU}Мониторинг проведен на 3 объектах: подведомственное ГКП «Тазалық» – 1, акимы районов – 2.`;
    expect(figure(monitored, 'subordinate_orgs_heard')).toEqual([]);
    expect(figure(monitored, 'district_akimats_heard')).toEqual([]);
  });
});
