/**
 * Classes of session 28 (helper "figures"), from the misses of the blind sets 72–74 and variants of my own no set holds:
 * the council's composition after a participle of who formed it; the appeals' kinds with their noun left out, as genitive
 * labels, or owned by the citizens; "оны" as ten in a list of parts; the answer named before the appeals it went to, and
 * "на N из них ответили"; the commissions in the council's composition; none agreed with remarks said by a participle;
 * members' powers ended with their names in brackets; a summary line's members and commissions; the platforms in the
 * bracket of a total of publications or on one line under its row.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const KK = 'Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп\n\n';
const RU = 'Отчет о работе Общественного совета за 2025 год\n\n';
const read = (text: string) => parseReport(text);
const figure = (text: string, metric: string) => read(text).figures.find((f) => f.metric === metric)?.value;
const candidate = (text: string, metric: string) => read(text).candidates.find((c) => c.metric === metric)?.value;

describe('a participle of who formed the council before its present composition (report/compositionAtFormation)', () => {
  const changed = '\nЕсепті жылы Кеңес құрамына бір жаңа мүше қабылданды, бір мүше өз өтініші бойынша құрамнан шықты.\n';
  it('kk: "Кеңес аудан мәслихатының шешімімен құрылған, құрамында он бес мүше бар: оның он бірі …, төртеуі …" is the present composition', () => {
    const text = `${KK}Кеңес аудан мәслихатының шешімімен құрылған, құрамында он бес мүше бар: оның он бірі азаматтық қоғам өкілдері, төртеуі мемлекеттік органдардың өкілдері.${changed}`;
    expect(figure(text, 'members_total')).toBe(15);
    expect(figure(text, 'members_civil')).toBe(11);
    expect(figure(text, 'members_state')).toBe(4);
  });
  it('ru: "Совет, созданный постановлением акимата района, состоит из 15 членов, из них 11 – …, 4 – госслужащие"', () => {
    const text = `${RU}Совет, созданный постановлением акимата района, состоит из 15 членов, из них 11 – представители гражданского общества, 4 – госслужащие.\nВ течение года из состава выбыл 1 член.\n`;
    expect(figure(text, 'members_total')).toBe(15);
    expect(figure(text, 'members_state')).toBe(4);
  });
  it('near-miss: a count in the formation\'s own clause stays the composition as formed ("Совет сформирован в количестве 15 человек, в составе 11 …")', () => {
    const text = `${RU}Совет сформирован в количестве 15 человек, в составе 11 представителей НПО.\nВ течение года из состава выбыл 1 член.\n`;
    expect(figure(text, 'members_total')).toBeUndefined();
    expect(candidate(text, 'members_total')).toBe(15);
  });
});

describe('the legal entities\' part with its noun left out (figures.json)', () => {
  it('ru: "(шестнадцать от физических лиц, три от юридических), ответы даны по всем девятнадцати"', () => {
    const text = `${RU}Поступило девятнадцать обращений (шестнадцать от физических лиц, три от юридических), ответы даны по всем девятнадцати.\n`;
    expect(figure(text, 'appeals_received')).toBe(19);
    expect(figure(text, 'appeals_individuals')).toBe(16);
    expect(figure(text, 'appeals_legal_entities')).toBe(3);
    expect(figure(text, 'appeals_answered')).toBe(19);
  });
  it('ru: "14 обращений: 12 от физических лиц, 2 от юридических." after a colon', () => {
    const text = `${RU}В Совет поступило 14 обращений: 12 от физических лиц, 2 от юридических.\n`;
    expect(figure(text, 'appeals_individuals')).toBe(12);
    expect(figure(text, 'appeals_legal_entities')).toBe(2);
  });
  it('kk: the individuals\' noun left out before the legal entities\' — "оның 16-сы жеке, 3-еуі заңды тұлғалардан", in words too', () => {
    const digits = `${KK}Кеңеске 19 өтініш түсті, оның 16-сы жеке, 3-еуі заңды тұлғалардан.\n`;
    expect(figure(digits, 'appeals_individuals')).toBe(16);
    expect(figure(digits, 'appeals_legal_entities')).toBe(3);
    const words = `${KK}Кеңеске он тоғыз өтініш түсті: он алтысы жеке, үшеуі – заңды тұлғалардан.\n`;
    expect(figure(words, 'appeals_individuals')).toBe(16);
    expect(figure(words, 'appeals_received')).toBe(19);
  });
  it('near-miss: "2 от юридических отделов акимата" is no legal entity; "3-еуі ұжымдық" no kind of writer', () => {
    const ru = `${RU}Поступило 14 обращений: 12 от физических лиц, 2 от юридических отделов акимата.\n`;
    expect(figure(ru, 'appeals_legal_entities')).toBeUndefined();
    expect(figure(ru, 'appeals_individuals')).toBeUndefined();
    const kk = `${KK}Кеңеске 19 өтініш түсті, оның 16-сы жеке, 3-еуі ұжымдық.\n`;
    expect(figure(kk, 'appeals_individuals')).toBeUndefined();
    expect(figure(kk, 'appeals_legal_entities')).toBeUndefined();
  });
});

describe('"оны", the ten of them, in a list of parts (grammar/findCounts)', () => {
  it('kk: "он үш мүше бар, оның оны – қоғамдық ұйымдар …, үшеуі – мемлекеттік органдардан"', () => {
    const text = `${KK}Кеңестің құрамында он үш мүше бар, оның оны – қоғамдық ұйымдар мен бизнес өкілдері, үшеуі – мемлекеттік органдардан.\n`;
    expect(figure(text, 'members_total')).toBe(13);
    expect(figure(text, 'members_civil')).toBe(10);
    expect(figure(text, 'members_state')).toBe(3);
  });
  it('kk: a value after a dash — "оның ішінде жеке тұлғалардан – оны, заңды тұлғалардан – екеуі"', () => {
    const text = `${KK}Кеңеске он екі өтініш келіп түсті: оның ішінде жеке тұлғалардан – оны, заңды тұлғалардан – екеуі.\n`;
    expect(figure(text, 'appeals_individuals')).toBe(10);
    expect(figure(text, 'appeals_legal_entities')).toBe(2);
  });
  it('near-miss: the pronoun before its verb — "мәтіні келді – оны қарап, он екі ұсыныс бердік", "оның оны қолдайды"', () => {
    const x = read(`${KK}Кеңеске жобаның мәтіні келді – оны қарап, он екі ұсыныс бердік.\nКеңес құрамында он үш мүше бар, оның оны қолдайды.\n`);
    expect(x.figures.map((f) => f.metric)).toEqual(['members_total']);
    expect(x.candidates).toEqual([]);
  });
});

describe('the answer named before the appeals it went to (figures.json)', () => {
  it('kk: "Жауап жиырма екі өтінішке қайтарылды, біреуі әлі қаралып жатыр" is 22 answered, not a second count received', () => {
    const text = `${KK}Кеңеске жиырма үш өтініш түсті. Жауап жиырма екі өтінішке қайтарылды, біреуі әлі қаралып жатыр.\n`;
    expect(figure(text, 'appeals_received')).toBe(23);
    expect(figure(text, 'appeals_answered')).toBe(22);
    expect(read(text).issues).toEqual([]);
  });
  it('kk: "Жауаптар 21 өтініш бойынша жазбаша жіберілді"', () => {
    expect(figure(`${KK}Кеңеске 23 өтініш түсті. Жауаптар 21 өтініш бойынша жазбаша жіберілді.\n`, 'appeals_answered')).toBe(21);
  });
  it('ru: "На 18 из них заявителям ответили", "на 18 мы ответили"', () => {
    expect(figure(`${RU}Зарегистрировано 19 обращений. На 18 из них заявителям ответили, 1 находится на рассмотрении.\n`, 'appeals_answered')).toBe(18);
    expect(figure(`${RU}Поступило 19 обращений граждан, на 18 мы ответили.\n`, 'appeals_answered')).toBe(18);
  });
  it('near-miss: a promise ("Жауап 2026 жылы 3 өтінішке беріледі"), the letters\' answers ("жауап 9 хатқа", "Направлено 7 писем, на 6 из них ответили")', () => {
    expect(figure(`${KK}Кеңеске 23 өтініш түсті. Жауап 2026 жылы 3 өтінішке беріледі.\n`, 'appeals_answered')).toBeUndefined();
    expect(figure(`${KK}Кеңеске 23 өтініш түсті. Мемлекеттік органдарға 11 хат жолданды, жауап 9 хатқа қайтарылды.\n`, 'appeals_answered')).toBeUndefined();
    expect(figure(`${RU}Поступило 19 обращений. Направлено 7 писем, на 6 из них ответили.\n`, 'appeals_answered')).toBeUndefined();
    expect(figure(`${RU}Поступило 19 обращений. Направлено 7 писем. На 6 из них ответили.\n`, 'appeals_answered')).toBeUndefined();
  });
});

describe('the appeals\' kinds as genitive labels, and the citizens\' appeals as a label (figures.json)', () => {
  it('ru: "Зарегистрировано 19 обращений: граждан – 17, организаций – 2"', () => {
    const text = `${RU}Зарегистрировано 19 обращений: граждан – 17, организаций – 2.\n`;
    expect(figure(text, 'appeals_received')).toBe(19);
    expect(figure(text, 'appeals_individuals')).toBe(17);
    expect(figure(text, 'appeals_legal_entities')).toBe(2);
  });
  it('kk: "Кеңес 19 өтінішті тіркеді (азаматтардың – 17, ұйымдардың – 2)"; ru in a bracket: "(жителей – 17, юридических лиц – 2)"', () => {
    const kk = `${KK}Кеңес 19 өтінішті тіркеді (азаматтардың – 17, ұйымдардың – 2).\n`;
    expect(figure(kk, 'appeals_individuals')).toBe(17);
    expect(figure(kk, 'appeals_legal_entities')).toBe(2);
    const ru = `${RU}Поступило 19 обращений (жителей – 17, юридических лиц – 2).\n`;
    expect(figure(ru, 'appeals_individuals')).toBe(17);
    expect(figure(ru, 'appeals_legal_entities')).toBe(2);
  });
  it('kk: "Азаматтардың өтініштері — 14 (жеке тұлғалар — 13, заңды тұлғалар — 1)", "Азаматтар мен ұйымдардың өтініштері: 9"', () => {
    expect(figure(`${KK}Азаматтардың өтініштері — 14 (жеке тұлғалар — 13, заңды тұлғалар — 1), барлығына жауап берілді — 14\n`, 'appeals_received')).toBe(14);
    expect(figure(`${KK}Азаматтар мен ұйымдардың өтініштері: 9.\n`, 'appeals_received')).toBe(9);
  });
  it('near-miss: people at a reception by the same labels; the department\'s own appeals as the label', () => {
    const people = read(`${RU}На приём пришли 19 человек: граждан – 17, организаций – 2.\n`);
    expect(people.figures).toEqual([]);
    expect(figure(`${KK}Басқарманың өтініштері – 2 846.\n`, 'appeals_received')).toBeUndefined();
  });
});

describe('the commissions in the council\'s composition (figures.json)', () => {
  it('ru: "В составе совета три постоянные комиссии.", "В структуре Общественного совета – 4 комиссии."', () => {
    expect(figure(`${RU}В составе совета три постоянные комиссии.\n`, 'commissions')).toBe(3);
    expect(figure(`${RU}В структуре Общественного совета – 4 комиссии.\n`, 'commissions')).toBe(4);
  });
  it('near-miss: the commissions as the subject of a verb ("… три постоянные комиссии провели 9 заседаний")', () => {
    const text = `${RU}В составе совета три постоянные комиссии провели 9 заседаний.\n`;
    expect(figure(text, 'commissions')).toBeUndefined();
    expect(figure(text, 'commission_meetings')).toBe(9);
  });
});

describe('none agreed with remarks, said by the participle (report/readStatedNone)', () => {
  it('kk: "төртеуі де мақұлданды; ескертулермен келісілгені жоқ", "Ескертумен мақұлданғаны болған жоқ"', () => {
    expect(figure(`${KK}Жарты жылдықта төрт НҚА жобасы қаралды, төртеуі де мақұлданды; ескертулермен келісілгені жоқ.\n`, 'npa_with_remarks')).toBe(0);
    expect(figure(`${KK}Кеңес 5 НҚА жобасын қарады, бесеуі де мақұлданды. Ескертумен мақұлданғаны болған жоқ.\n`, 'npa_with_remarks')).toBe(0);
  });
  it('ru: the remarks first — "С замечаниями согласованных проектов не было"', () => {
    expect(figure(`${RU}Рассмотрено 5 проектов НПА, все одобрены. С замечаниями согласованных проектов не было.\n`, 'npa_with_remarks')).toBe(0);
  });
  it('near-miss: another year\'s none, a bare "Ескертулер жоқ", and "all without remarks" (the sets\' convention: no figure)', () => {
    expect(figure(`${RU}Рассмотрено 5 проектов НПА, все одобрены. С замечаниями согласованных проектов в 2024 году не было.\n`, 'npa_with_remarks')).toBeUndefined();
    expect(figure(`${KK}Кеңес 5 НҚА жобасын қарады. Ескертулер жоқ.\n`, 'npa_with_remarks')).toBeUndefined();
    expect(figure(`${KK}Тоқсанда 2 НҚА жобасы қаралды, екеуі де ескертусіз мақұлданды.\n`, 'npa_with_remarks')).toBeUndefined();
  });
});

describe('members\' powers ended, their names in brackets or the converb (figures.json)', () => {
  const Q1 = 'Отчет о работе Общественного совета за I квартал 2026 года\n\n';
  it('ru: "В феврале полномочия 1 члена Совета (Ташенов Б.К.) прекращены по его заявлению", "Полномочия двух членов Совета (…) досрочно прекращены"', () => {
    expect(figure(`${Q1}В феврале полномочия 1 члена Совета (Ташенов Б.К.) прекращены по его заявлению; новые члены в квартале не включались.\n`, 'members_left')).toBe(1);
    expect(figure(`${Q1}Полномочия двух членов Совета (Иванов И.И., Петров П.П.) досрочно прекращены.\n`, 'members_left')).toBe(2);
  });
  it('kk: "2 мүшенің өкілеттігі өз өтініштерімен тоқтатылып, құрамға 2 жаңа мүше енгізілді", "бір мүшенің (Қ.Б. Сүлейменов) өкілеттігі тоқтатылды"', () => {
    const text = `${Q1}Есепті кезеңде 2 мүшенің өкілеттігі өз өтініштерімен тоқтатылып, құрамға 2 жаңа мүше енгізілді.\n`;
    expect(figure(text, 'members_left')).toBe(2);
    expect(figure(text, 'members_joined')).toBe(2);
    expect(figure(`${Q1}Тоқсанда бір мүшенің (Қ.Б. Сүлейменов) өкілеттігі тоқтатылды.\n`, 'members_left')).toBe(1);
  });
  it('near-miss: a commission\'s members (a candidate), powers prolonged (nothing)', () => {
    const commission = `${Q1}Полномочия 2 членов комиссии (Иванов И.И., Петров П.П.) прекращены.\n`;
    expect(figure(commission, 'members_left')).toBeUndefined();
    expect(candidate(commission, 'members_left')).toBe(2);
    expect(figure(`${Q1}В феврале полномочия 1 члена Совета (Ташенов Б.К.) продлены.\n`, 'members_left')).toBeUndefined();
  });
});

describe('a summary line of the composition: members and commissions as labels, the state part in the bracket (figures.json)', () => {
  it('kk: "Кеңес мүшелері – 11 (азаматтық қоғам өкілдері – 9, мемлекеттік органдардан – 2); комиссиялар – 3."', () => {
    const text = `${KK}Кеңес мүшелері – 11 (азаматтық қоғам өкілдері – 9, мемлекеттік органдардан – 2); комиссиялар – 3.\n`;
    expect(figure(text, 'members_total')).toBe(11);
    expect(figure(text, 'members_civil')).toBe(9);
    expect(figure(text, 'members_state')).toBe(2);
    expect(figure(text, 'commissions')).toBe(3);
  });
  it('ru: "Члены Совета – 15 (представители гражданского общества – 12, от государственных органов – 3), комиссии – 3."', () => {
    const text = `${RU}Члены Совета – 15 (представители гражданского общества – 12, от государственных органов – 3), комиссии – 3.\n`;
    expect(figure(text, 'members_total')).toBe(15);
    expect(figure(text, 'members_state')).toBe(3);
    expect(figure(text, 'commissions')).toBe(3);
  });
  it('near-miss: who took part ("Отырысқа қатысқандар: кеңес мүшелері – 9, …", "… – 5 отырысқа қатысты"); commissions with no members\' label', () => {
    expect(read(`${KK}Отырысқа қатысқандар: кеңес мүшелері – 9, шақырылғандар – 5.\n`).figures).toEqual([]);
    expect(figure(`${KK}Кеңес мүшелері – 9, шақырылған қонақтар – 5 отырысқа қатысты.\n`, 'members_total')).toBeUndefined();
    const meetings = `${KK}Отырыстар: кеңес – 2, комиссиялар – 6.\n`;
    expect(figure(meetings, 'commissions')).toBeUndefined();
    expect(figure(meetings, 'commission_meetings')).toBe(6);
  });
});

describe('the platforms breaking a total of publications down in its bracket or on one line under its row (report/readMedia)', () => {
  const media = (text: string) => read(text).media.map((m) => [m.platform, m.publications]);
  it('kk: "Жарияланымдар – 17 (Instagram – 10, Telegram – 7)."; ru: "Публикаций – 30 (Instagram – 20, на сайте акимата – 10)."', () => {
    expect(media(`${KK}Жарияланымдар – 17 (Instagram – 10, Telegram – 7).\n`)).toEqual([['instagram', 10], ['telegram', 7]]);
    expect(media(`${RU}Публикаций – 30 (Instagram – 20, на сайте акимата – 10).\n`)).toEqual([['instagram', 20], ['website', 10]]);
  });
  it('a dot-leader row of the total over one deeper line of the platforms that add up to it', () => {
    const text = `${KK}Кеңес отырыстары ........................ 5 (4)\nМониторингтер ........................... 8 (6)\nЖарияланымдар ........................... 46 (33)\n  ДП сайтында – 18, Instagram – 20, Facebook – 8\n`;
    expect(media(text)).toEqual([['website', 18], ['instagram', 20], ['facebook', 8]]);
  });
  it('a plain row of the total, the platforms set deeper under it and separated by a semicolon', () => {
    expect(media(`${RU}Заседания Совета – 5.\nПубликации – 30.\n  Instagram – 20; сайт акимата – 10\n`)).toEqual([['instagram', 20], ['website', 10]]);
  });
  it('near-miss: a deeper line whose counts do not add up to the total (followers, last year\'s) is no breakdown of it', () => {
    expect(media(`${RU}Публикации – 30.\n  Instagram – 20; сайт акимата – 12\n`)).toEqual([]);
  });
});

describe('a part still open, a bracket of what it is about between it and its state (report/otherReadings)', () => {
  it('ru: "Ответы даны по 11 обращениям, одно (о вырубке деревьев в пос. Каргалы) находится на контроле" — the point of "пос." ends no clause', () => {
    expect(figure(`${RU}Поступило 12 обращений. Ответы даны по 11 обращениям, одно (о вырубке деревьев в пос. Каргалы) находится на контроле.\n`, 'appeals_answered')).toBe(11);
  });
  it('kk: "11 өтінішке жауап берілді, біреуі (Қарғалы ауылындағы ағаш кесу туралы, т.б. мәселелер) қаралуда"', () => {
    expect(figure(`${KK}Кеңеске 12 өтініш түсті. 11 өтінішке жауап берілді, біреуі (Қарғалы ауылындағы ағаш кесу туралы, т.б. мәселелер) қаралуда.\n`, 'appeals_answered')).toBe(11);
  });
  it('near-miss: a part with no state of an open one after its bracket ("одно (…) передано в прокуратуру") keeps the figure a candidate', () => {
    const text = `${RU}Поступило 12 обращений. Ответы даны по 11 обращениям, одно (о вырубке деревьев в пос. Каргалы) передано в прокуратуру.\n`;
    expect(figure(text, 'appeals_answered')).toBeUndefined();
    expect(candidate(text, 'appeals_answered')).toBe(11);
  });
});

describe('a department\'s draft orders, and the drafts the council gave remarks to (figures.json)', () => {
  it('kk: the owner, the count, its draft orders — "Басқарманың 5 бұйрық жобасы қаралды: …", "Кеңес департаменттің 3 бұйрық жобасын қарады"', () => {
    const text = `${KK}Басқарманың 5 бұйрық жобасы қаралды: 3-еуі ескертусіз қолдау тапты, 2-еуіне ескертулер берілді.\n`;
    expect(figure(text, 'npa_reviewed')).toBe(5);
    expect(figure(text, 'npa_approved')).toBe(3);
    expect(figure(text, 'npa_with_remarks')).toBe(2);
    expect(figure(`${KK}Кеңес департаменттің 3 бұйрық жобасын қарады.\n`, 'npa_reviewed')).toBe(3);
  });
  it('ru: "Рассмотрено 3 проекта НПА: 2 одобрены без замечаний, к 1 Совет приложил замечания", "к двум проектам мы направили замечания"', () => {
    const text = `${RU}Рассмотрено 3 проекта НПА: 2 одобрены без замечаний, к 1 Совет приложил замечания. Еще 1 проект на рассмотрении.\n`;
    expect(figure(text, 'npa_with_remarks')).toBe(1);
    expect(figure(text, 'npa_approved')).toBe(2);
    expect(figure(`${RU}Рассмотрено 5 проектов НПА, к двум проектам мы направили замечания.\n`, 'npa_with_remarks')).toBe(2);
  });
  it('near-miss: orders adopted are no drafts ("Басқарманың 5 бұйрығы қабылданды"); remarks to meetings are no draft\'s', () => {
    expect(figure(`${KK}Басқарманың 5 бұйрығы қабылданды.\n`, 'npa_reviewed')).toBeUndefined();
    expect(figure(`${RU}Рассмотрено 5 проектов НПА. К 2 заседаниям Совет подготовил замечания.\n`, 'npa_with_remarks')).toBeUndefined();
  });
});

describe('the year by its noun in a year\'s report: "За отчетный год" (report/readStatedNone)', () => {
  it('ru: "За отчетный год состав Совета не менялся", "За год изменений в составе Совета не было" are 0 joined and 0 left', () => {
    for (const sentence of ['За отчетный год состав Совета не менялся.', 'За год изменений в составе Совета не было.']) {
      expect(figure(`${RU}${sentence}\n`, 'members_joined')).toBe(0);
      expect(figure(`${RU}${sentence}\n`, 'members_left')).toBe(0);
    }
  });
  it('near-miss: in a quarter\'s report "за год" is a longer span; another year ("За 2024 год") is not the period', () => {
    expect(figure(`Отчет о работе Общественного совета за I квартал 2025 года\n\nЗа отчетный год состав Совета не менялся.\n`, 'members_left')).toBeUndefined();
    expect(figure(`${RU}За 2024 год состав Совета не менялся.\n`, 'members_left')).toBeUndefined();
  });
});

describe('the council\'s page before the site it is on, the count before both (report/readMedia)', () => {
  const media = (text: string) => read(text).media.map((m) => [m.platform, m.publications]);
  it('ru: "8 – на странице Совета на сайте акимата", "8 – в разделе Совета на сайте акимата района"', () => {
    expect(media(`${RU}Опубликовано 23 материала: 8 – на странице Совета на сайте акимата, 15 – в Instagram.\n`)).toEqual([['website', 8], ['instagram', 15]]);
    expect(media(`${RU}Опубликовано 23 материала: 15 – в Instagram, 8 – в разделе Совета на сайте акимата района.\n`)).toEqual([['instagram', 15], ['website', 8]]);
  });
  it('kk: the site before the page — "8-і – әкімдік сайтындағы Кеңес бетінде"', () => {
    expect(media(`${KK}23 материал жарияланды: 8-і – әкімдік сайтындағы Кеңес бетінде, 15-і – Instagram-да.\n`)).toEqual([['website', 8], ['instagram', 15]]);
  });
  it('near-miss: the council\'s page on no platform named; a count of views before the page', () => {
    expect(media(`${RU}Опубликовано 23 материала: 8 – на странице Совета, 15 – в Instagram.\n`)).toEqual([['instagram', 15]]);
    expect(media(`${RU}Опубликовано 23 материала: 8 – просмотров на странице Совета на сайте акимата, 15 – в Instagram.\n`)).toEqual([['instagram', 15]]);
  });
});
