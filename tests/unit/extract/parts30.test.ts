/**
 * Classes of set 86 (reports for a part of the year beside the year's figures and plan, and the protocols approving them;
 * Turkestan, Kyzylorda, Zhambyl districts), each with variants no set holds and a near-miss that must give nothing.
 * Protocols: a slashed vote's legend in both languages ("15/0/0 (жақ/қарсы/қалыс – за/против/воздерж.)") — readVoteLegend;
 * an online group's lead cut by a wrap ("…; бейнебайланыс" / "арқылы – Мұсаев Д.А., …") — carryWrappedLead; the online part
 * of those present named and dashed in its bracket ("(2 мүше – онлайн)") — readStatedCounts; «жақ» quoted before its count
 * — lexicon.json.
 * Reports: a table of spaced bars with no frame and no rule — flattenFigureTables (framedUnruled); a running column over
 * exactly the period beside a plan and a part ("Жыл басынан бері (6 ай)") — flattenFigureTables (spansPeriod); the
 * commissions closing a composition's sentence; a composition dated by a span's end, the commissions' formation no
 * council's — compositionAtFormation; a draft whose review is not over — npa_pending; the appeals' parts by sender, kind
 * first or in the nominative; the council's page on a site — readMedia; "состав не изменился" — readStatedNone; a row of
 * the state bodies' reports — tableRows.json; a chronology bulleted or run into a paragraph by semicolons, an entry not
 * signed, "отчетная встреча отдела" — readChronology, activities.json.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { attendeesOf, doc, statedCounts, votesOf } from '../../helpers/protocolCounts.ts';

const HEAD_KK = 'ХАТТАМА № 3\n2026 жылғы 21 мамыр\n\n';
const HEAD_RU = 'ПРОТОКОЛ № 3\nзаседания Общественного совета\n21.05.2026 г.\n\n';

describe('a slashed vote with its legend in both languages on its line', () => {
  it('ru first, the legend after the counts: "11/1/0 (за/против/возд. – жақтап/қарсы/қалыс), принято / қабылданды"', () => {
    const text = doc(HEAD_RU, '1. СЛУШАЛИ: отчет.', 'РЕШИЛИ: отчет утвердить.', 'Итоги / Нәтиже: 11/1/0 (за/против/возд. – жақтап/қарсы/қалыс), принято / қабылданды.');
    expect(votesOf(text)).toEqual([[11, 1, 0, false, 'adopted']]);
  });
  it('kk first, the legend before the counts, hyphens between: "Дауыс беру (жақтап-қарсы-қалыс / за-против-воздержались): 12-0-1"', () => {
    const text = doc(HEAD_KK, '1. ТЫҢДАЛДЫ: жоспар.', 'ШЕШІМ: жоспар бекітілсін.', 'Дауыс беру / Голосование (жақтап-қарсы-қалыс / за-против-воздержались): 12-0-1 – бекітілді / утверждено.');
    expect(votesOf(text)).toEqual([[12, 0, 1, false, 'adopted']]);
  });
  it('"жақ" cut short in a legend of one language: "9/2/1 (жақ/қарсы/қалыс) – қабылданды"', () => {
    const text = doc(HEAD_KK, '1. ТЫҢДАЛДЫ: есеп.', 'ШЕШІМ: есеп бекітілсін.', 'Нәтиже: 9/2/1 (жақ/қарсы/қалыс) – қабылданды.');
    expect(votesOf(text)).toEqual([[9, 2, 1, false, 'adopted']]);
  });
  it('near-miss: the second legend in another order is no legend of the counts — they are not read by it', () => {
    const text = doc(HEAD_RU, '1. СЛУШАЛИ: отчет.', 'Итоги: 11/1/0 (за/против/возд. – қарсы/жақтап/қалыс).');
    expect(votesOf(text).some((v) => v[0] === 11 && v[1] === 1)).toBe(false);
  });
});

describe('an online group\'s lead cut by a wrap inside a run of names', () => {
  const COUNTS_KK = 'Кеңес құрамы – 11 адам. Отырысқа 8 мүше қатысты, оның ішінде 3-еуі онлайн.\n\n';
  const COUNTS_RU = 'Состав Совета – 11 членов. Присутствовали 8 членов, из них 3 – по видеосвязи.\n\n';
  it('kk: "…, Бекова Ә.Т.; онлайн" / "режимде – Сәрсенов Д.А., …"', () => {
    const text = doc(HEAD_KK + COUNTS_KK, 'Қатысқандар: Асанов Б.Қ. (төраға), Омарова Г.С., Ким В.П.,', 'Бекова Ә.Т., Жұмабаев Н.Е.; онлайн', 'режимде – Сәрсенов Д.А., Тұрсынова А.М., Ли О.Г.', '', 'КҮН ТӘРТІБІ:', '1. Есеп.');
    const online = attendeesOf(text)!.filter((a) => a[1]).map((a) => a[0]);
    expect(attendeesOf(text)).toHaveLength(8);
    expect(online).toEqual(['Сәрсенов Д.А.', 'Тұрсынова А.М.', 'Ли О.Г.']);
  });
  it('ru: "…, Петров П.П.; в режиме" / "видеосвязи: Иванов И.И., …"', () => {
    const text = doc(HEAD_RU + COUNTS_RU, 'Присутствовали: Абенов К.К. (председатель), Смирнова О.В., Ким Д.А.,', 'Жукова Е.Е., Петров П.П.; в режиме', 'видеосвязи: Иванов И.И., Сидоров С.С., Ахметова Р.Р.', '', 'ПОВЕСТКА ДНЯ:', '1. Отчет.');
    const online = attendeesOf(text)!.filter((a) => a[1]).map((a) => a[0]);
    expect(attendeesOf(text)).toHaveLength(8);
    expect(online).toEqual(['Иванов И.И.', 'Сидоров С.С.', 'Ахметова Р.Р.']);
  });
  it('near-miss: the last name\'s own mark, no lead after it (no colon, no dash) — only that one is online', () => {
    const text = doc(HEAD_RU, 'Присутствовали: Абенов К.К., Смирнова О.В., Петров П.П., по видеосвязи', 'Иванов И.И., Сидоров С.С.', '', 'ПОВЕСТКА ДНЯ:', '1. Отчет.');
    expect(attendeesOf(text)!.filter((a) => a[1]).map((a) => a[0])).not.toContain('Иванов И.И.');
  });
});

describe('the online part of those present in its bracket, named and dashed', () => {
  it('kk: "Отырысқа 12 мүше қатысты (3 мүше – Zoom арқылы)"', () => {
    expect(statedCounts(doc(HEAD_KK, 'Кеңес мүшелерінің саны – 15. Отырысқа 12 мүше қатысты (3 мүше – Zoom арқылы).'))).toEqual([15, 12, 3]);
  });
  it('ru: "Присутствовали 12 членов Совета (2 человека – по видеосвязи)"', () => {
    expect(statedCounts(doc(HEAD_RU, 'Всего членов Совета – 15. Присутствовали 12 членов Совета (2 человека – по видеосвязи).'))).toEqual([15, 12, 2]);
  });
  it('near-miss: "(2 мүше – іссапарда)" tells those away, no one online', () => {
    expect(statedCounts(doc(HEAD_KK, 'Кеңес мүшелерінің саны – 15. Отырысқа 12 мүше қатысты (2 мүше – іссапарда).'))[2]).toBeNull();
  });
});

describe('«жақ» quoted before its count, no dash', () => {
  it('kk: "«жақ» 10; «қарсы» 2; «қалыс» 0. Шешім қабылданды."', () => {
    expect(votesOf(doc(HEAD_KK, '1. ТЫҢДАЛДЫ: есеп.', 'Дауыс беру: «жақ» 10; «қарсы» 2; «қалыс» 0. Шешім қабылданды.'))).toEqual([[10, 2, 0, false, 'adopted']]);
  });
  it('kk, other quotes: "“жақ” 9, “қарсы” 0, “қалыс” 1"', () => {
    expect(votesOf(doc(HEAD_KK, '1. ТЫҢДАЛДЫ: есеп.', 'Нәтижесі: “жақ” 9, “қарсы” 0, “қалыс” 1.'))).toEqual([[9, 0, 1, false, null]]);
  });
  it('near-miss: "жақ" unquoted as a side ("залдың оң жақ 12 орны") is no vote', () => {
    expect(votesOf(doc(HEAD_KK, '1. ТЫҢДАЛДЫ: есеп.', 'Залдың оң жақ 12 орны бос болды.'))).toEqual([]);
  });
});

const figures = (text: string) => Object.fromEntries(parseReport(text).figures.map((f) => [f.metric, f.value]));
const candidates = (text: string) => parseReport(text).candidates.map((c) => `${c.metric}=${c.value}`);
const activities = (text: string) => parseReport(text).activities.map((a) => `${a.type} ${a.date_start}`);
const H2_RU = 'ОТЧЕТ\nо работе Общественного совета за второе полугодие 2025 года (июль – декабрь)\n\n';
const H1_KK = 'ЕСЕП\nҚоғамдық кеңестің 2026 жылғы бірінші жартыжылдықтағы (қаңтар – маусым) жұмысы туралы\n\n';
const Q3_RU = 'ИНФОРМАЦИЯ\nо работе Общественного совета за III квартал 2026 года (июль – сентябрь)\n\n';
const Q1_RU = 'ОТЧЕТ\nо работе Общественного совета за I квартал 2026 года (январь – март)\n\n';
const NINE_KK = 'АҚПАРАТ\nҚоғамдық кеңестің 2026 жылғы 9 айдағы (қаңтар – қыркүйек) жұмысы туралы\n\n';

describe('a table of spaced bars, no frame and no rule under its header', () => {
  it('ru, a half-year\'s report: "Показатель | II полугодие | С начала года | План на год" — the half-year\'s column', () => {
    const f = figures(doc(H2_RU, 'Показатель               | II полугодие | С начала года | План на год', 'Заседания Совета         |      3       |       7       |      8', 'Мониторинги              |      5       |      11       |     12', 'Круглые столы            |      2       |       3       |      4'));
    expect([f.general_meetings, f.monitorings, f.round_tables]).toEqual([3, 5, 2]);
  });
  it('kk, the first half-year\'s: "Көрсеткіш | Жоспар | І жартыжылдық" — the half-year\'s column, not the plan', () => {
    const f = figures(doc(H1_KK, 'Көрсеткіш            | Жылдық жоспар | І жартыжылдық', 'Кеңес отырыстары     |       6       |       3', 'Семинарлар           |       2       |       1', 'Меморандумдар        |       2       |       1'));
    expect([f.general_meetings, f.seminars, f.memoranda]).toEqual([3, 1, 1]);
  });
  it('near-miss: a third quarter\'s report whose columns are the nine months (running) and the plan gives no figure of them', () => {
    const f = figures(doc(Q3_RU, 'Показатель         | 9 мес. (нарастающим) | План на год', 'Заседания Совета   |          6           |      8', 'Мониторинги        |         11           |     15', 'Круглые столы      |          3           |      4'));
    expect([f.general_meetings, f.monitorings, f.round_tables]).toEqual([undefined, undefined, undefined]);
  });
  it('near-miss: lines of prose with bars and no counts ("Instagram | Facebook | Telegram") are no table', () => {
    const text = doc(Q3_RU, 'Каналы | Instagram | Facebook', 'Формат | посты | видео', 'Охват | широкий | средний', 'Проведено 2 заседания Совета.');
    expect(figures(text).general_meetings).toBe(2);
  });
});

describe('a running column over exactly the period, beside a plan and a part of it', () => {
  it('ru, a half-year: "План на 2026 год | II квартал | С начала года (6 мес.)" — the six months\'', () => {
    const f = figures(doc('ОТЧЕТ\nо работе Общественного совета за первое полугодие 2026 года\n', '| Показатель | План на 2026 год | II квартал | С начала года (6 мес.) |', '|---|---|---|---|', '| Заседания Совета | 6 | 2 | 3 |', '| Мониторинги | 12 | 4 | 7 |'));
    expect([f.general_meetings, f.monitorings]).toEqual([3, 7]);
  });
  it('kk, nine months: "Жылдық жоспар | ІІІ тоқсан | Жыл басынан (9 ай)" — the nine months\'', () => {
    const f = figures(doc(NINE_KK, '| Көрсеткіш | Жылдық жоспар | ІІІ тоқсан | Жыл басынан (9 ай) |', '|---|---|---|---|', '| Кеңес отырыстары | 7 | 1 | 5 |', '| Мониторингтер | 14 | 3 | 10 |'));
    expect([f.general_meetings, f.monitorings]).toEqual([5, 10]);
  });
  it('near-miss: a second quarter\'s report — "С начала года (6 мес.)" runs longer than the quarter: no figure of it', () => {
    const f = figures(doc('ОТЧЕТ\nо работе Общественного совета за II квартал 2026 года (апрель – июнь)\n', '| Показатель | План на 2026 год | С начала года (6 мес.) |', '|---|---|---|', '| Заседания Совета | 6 | 3 |', '| Мониторинги | 12 | 7 |'));
    expect([f.general_meetings, f.monitorings]).toEqual([undefined, undefined]);
  });
});

describe('the commissions closing a composition\'s sentence after its parts', () => {
  it('ru: "…, 4 – представители госорганов; 3 постоянные комиссии."', () => {
    expect(figures(doc(Q3_RU, 'В составе Совета 15 членов: 11 – представители НПО, 4 – представители госорганов; 3 постоянные комиссии.')).commissions).toBe(3);
  });
  it('kk: "…, 4-еуі – мемлекеттік органдардың өкілдері; 3 тұрақты комиссия."', () => {
    expect(figures(doc(H1_KK, 'Кеңесте 13 мүше: 9-ы – ҮЕҰ өкілдері, 4-еуі – мемлекеттік органдардың өкілдері; 3 тұрақты комиссия.')).commissions).toBe(3);
  });
  it('near-miss: commissions that did something after the semicolon are no count of them', () => {
    expect(figures(doc(Q3_RU, 'В составе Совета 15 членов: 11 – представители НПО, 4 – представители госорганов; 2 комиссии провели выездные заседания.')).commissions).toBeUndefined();
  });
});

describe('the composition dated by a span\'s end, the commissions\' formation no council\'s', () => {
  it('kk: "Тоқсанның соңында кеңесте 15 мүше бар: …" with a member who left — a figure', () => {
    const f = figures(doc(Q3_RU, 'Тоқсанның соңында кеңесте 15 мүше бар: 11-і – азаматтық қоғам өкілдері, 4-еуі – мемлекеттік қызметшілер; 3 тұрақты комиссия құрылған. Шілдеде 1 мүше кеңестен шықты.'));
    expect([f.members_total, f.members_civil, f.members_state]).toEqual([15, 11, 4]);
  });
  it('ru: "В конце июня в Совете 13 членов …; созданы 3 постоянные комиссии" with a member who left — a figure', () => {
    const f = figures(doc('ОТЧЕТ\nо работе Общественного совета за первое полугодие 2026 года\n', 'В конце июня в Совете 13 членов: 10 – представители НПО, 3 – представители госорганов; созданы 3 постоянные комиссии. В марте 1 член вышел из состава Совета.'));
    expect([f.members_total, f.members_civil, f.members_state]).toEqual([13, 10, 3]);
  });
  it('near-miss: the council as formed ("В состав Совета вошли 11 человек") with a member who left — candidates', () => {
    const text = doc('ОТЧЕТ\nо работе Общественного совета за первое полугодие 2026 года\n', 'В состав Совета вошли 11 человек: 8 – представители НПО, 3 – представители госорганов.', 'В марте из состава Совета выбыл 1 член.');
    expect(figures(text).members_total).toBeUndefined();
    expect(candidates(text)).toContain('members_total=11');
  });
});

describe('a draft whose review is not over yet: pending', () => {
  it('kk: "Тағы 1 жоба (әкімдік қаулысының жобасы) 28 маусымда келіп түсті, оның сараптамасы әлі аяқталған жоқ."', () => {
    expect(figures(doc(H1_KK, 'НҚА жобаларының сараптамасы: 6 жоба қаралды. Тағы 1 жоба (әкімдік қаулысының жобасы) 28 маусымда келіп түсті, оның сараптамасы әлі аяқталған жоқ.')).npa_pending).toBe(1);
  });
  it('ru: "Ещё 1 проект постановления акимата поступил 29 сентября, экспертиза по нему пока не завершена."', () => {
    expect(figures(doc(Q3_RU, 'Рассмотрено 5 проектов НПА. Ещё 1 проект постановления акимата поступил 29 сентября, экспертиза по нему пока не завершена.')).npa_pending).toBe(1);
  });
  it('near-misses: a building project\'s works, an appeal\'s review not over — no pending draft', () => {
    expect(figures(doc(H1_KK, 'НҚА жобаларының 6-ы қаралды. 1 жоба (жол құрылысы) бойынша жұмыс әлі аяқталмаған.')).npa_pending).toBeUndefined();
    expect(figures(doc(H1_KK, '9 өтініш түсті. 1 өтініштің қаралуы әлі аяқталмаған.')).npa_pending).toBeUndefined();
  });
});

describe('the appeals\' parts by sender: the kind first with no dash, or the kinds in the nominative', () => {
  it('ru: "Поступило 14 обращений: от физических лиц 12, от юридических 2."', () => {
    const f = figures(doc(Q3_RU, 'Поступило 14 обращений: от физических лиц 12, от юридических 2.'));
    expect([f.appeals_received, f.appeals_individuals, f.appeals_legal_entities]).toEqual([14, 12, 2]);
  });
  it('kk: "Өтініштер – 9: азаматтардан 8, ұйымдардан 1."', () => {
    const f = figures(doc(H1_KK, 'Өтініштер – 9: азаматтардан 8, ұйымдардан 1.'));
    expect([f.appeals_individuals, f.appeals_legal_entities]).toEqual([8, 1]);
  });
  it('ru, the nominative in the bracket: "8 обращений (жители – 6, организации – 2)"', () => {
    const f = figures(doc(Q3_RU, 'За квартал поступило 8 обращений (жители – 6, организации – 2).'));
    expect([f.appeals_individuals, f.appeals_legal_entities]).toEqual([6, 2]);
  });
  it('kk, the nominative: "7 өтініш (азаматтар – 6, заңды тұлға – 1) келді"', () => {
    const f = figures(doc(H1_KK, 'Кеңеске 7 өтініш (азаматтар – 6, заңды тұлға – 1) келді.'));
    expect([f.appeals_individuals, f.appeals_legal_entities]).toEqual([6, 1]);
  });
  it('near-misses: sums of money by sender, a sender\'s count before another noun are no appeals\' parts', () => {
    const money = figures(doc(H1_KK, 'Өтініштер қаралды. Қорға жеке тұлғалардан 12 млн теңге, заңды тұлғалардан 2 млн теңге түсті.'));
    expect([money.appeals_individuals, money.appeals_legal_entities]).toEqual([undefined, undefined]);
    const people = figures(doc(Q3_RU, 'По обращениям приняты меры: от физических лиц 12 человек, от юридических 2 организации.'));
    expect([people.appeals_individuals, people.appeals_legal_entities]).toEqual([undefined, undefined]);
  });
});

describe('the council\'s page on a site, the page named after the site without the council', () => {
  const media = (text: string) => parseReport(text).media.map((m) => `${m.platform}=${m.publications}`);
  it('kk: "…, сайттағы бетінде – 4"; "Instagram парақшасы – 20"', () => {
    expect(media(doc(H1_KK, '30 жарияланым: Instagram парақшасы – 20, Telegram – 6, сайттағы бетінде – 4.'))).toEqual(['instagram=20', 'telegram=6', 'website=4']);
  });
  it('near-miss: the page\'s year of opening is no count of it', () => {
    expect(media(doc(H1_KK, 'Кеңестің сайттағы парағы 2025 жылы ашылды.'))).toEqual([]);
  });
});

describe('"состав не изменился": no one joined and no one left', () => {
  it('ru: "За полугодие состав Совета не изменился." — 0 and 0', () => {
    const f = figures(doc(H2_RU, 'Проведено 3 заседания Совета.', 'За полугодие состав Совета не изменился.'));
    expect([f.members_joined, f.members_left]).toEqual([0, 0]);
  });
  it('ru, the period between: "Состав Совета за квартал не изменился."', () => {
    const f = figures(doc(Q3_RU, 'Проведено 2 заседания Совета.', 'Состав Совета за квартал не изменился.'));
    expect([f.members_joined, f.members_left]).toEqual([0, 0]);
  });
  it('near-misses: the presidium\'s composition, the number of members unchanged say nothing of who joined or left', () => {
    const f = figures(doc(Q3_RU, 'Проведено 2 заседания Совета.', 'Состав президиума не изменился.'));
    expect([f.members_joined, f.members_left]).toEqual([undefined, undefined]);
    const g = figures(doc(Q3_RU, 'Проведено 2 заседания Совета.', 'Количественный состав Совета не изменился.'));
    expect([g.members_joined, g.members_left]).toEqual([undefined, undefined]);
  });
});

describe('a row of the state bodies\' reports in an indicator table', () => {
  it('ru: "Отчеты руководителей государственных органов | 3", "Отчеты акимата | 2"', () => {
    expect(figures(doc(Q3_RU, '| Показатель | III квартал |', '|---|---|', '| Заседания Совета | 2 |', '| Отчеты руководителей государственных органов | 3 |')).report_hearings).toBe(3);
    expect(figures(doc(Q3_RU, '| Показатель | III квартал |', '|---|---|', '| Заседания Совета | 2 |', '| Отчеты акимата | 2 |')).report_hearings).toBe(2);
  });
  it('near-miss: "Отчеты в госорганы" are reports sent, no hearing', () => {
    expect(figures(doc(Q3_RU, '| Показатель | III квартал |', '|---|---|', '| Заседания Совета | 2 |', '| Отчеты в госорганы | 4 |')).report_hearings).toBeUndefined();
  });
});

describe('a chronology bulleted, or run into one paragraph by semicolons', () => {
  it('ru, bulleted: "- 12.02.2026 – мониторинг …" three lines', () => {
    expect(activities(doc(Q1_RU, 'Мероприятия квартала', '- 12.02.2026 – мониторинг питания в школах;', '- 24.02.2026 – публичные слушания по схеме пастбищ;', '- 10.03.2026 – круглый стол «Доступная среда».'))).toEqual(['monitoring 2026-02-12', 'public_hearing 2026-02-24', 'round_table 2026-03-10']);
  });
  it('kk, bulleted with "•": "• 14.04.2026 – дөңгелек үстел «…»"', () => {
    expect(activities(doc(H1_KK, 'Іс-шаралар', '• 14.04.2026 – дөңгелек үстел «Жастар және еңбек»;', '• 20.05.2026 – семинар кеңес мүшелеріне;', '• 03.06.2026 – мониторинг мектеп асханаларында.'))).toEqual(['round_table 2026-04-14', 'seminar 2026-05-20', 'monitoring 2026-06-03']);
  });
  it('ru, run by semicolons, wrapped after a dash: "4. 12.02.2026 – мониторинг …; 24.02.2026 –" / "   публичные слушания …"', () => {
    expect(activities(doc(Q1_RU, '4. 12.02.2026 – мониторинг питания в школах; 24.02.2026 –', '   публичные слушания по схеме пастбищ; 10.03.2026 – круглый стол', '   «Доступная среда». Меморандумы не заключались.'))).toEqual(['monitoring 2026-02-12', 'public_hearing 2026-02-24', 'round_table 2026-03-10']);
  });
  it('kk, run by semicolons: "3. 14.04.2026 – дөңгелек үстел «…»; 20.05.2026 – семинар …"', () => {
    expect(activities(doc(H1_KK, '3. 14.04.2026 – дөңгелек үстел «Жастар және еңбек»; 20.05.2026 – семинар кеңес мүшелеріне.'))).toEqual(['round_table 2026-04-14', 'seminar 2026-05-20']);
  });
  it('ru: "отчетная встреча отдела …" is the department\'s hearing; the akim\'s with the public is not', () => {
    const got = activities(doc(Q1_RU, '• 14.01.2026 – мониторинг очистки дворов;', '• 28.01.2026 – отчетная встреча акима района с населением;', '• 11.02.2026 – отчетная встреча отдела образования.'));
    expect(got).toContain('report_hearing 2026-02-11');
    expect(got).not.toContain('report_hearing 2026-01-28');
  });
  it('near-misses: a run naming no kind, a memorandum not signed, an event planned give no event', () => {
    expect(activities(doc(Q1_RU, '4. 12.02.2026 – приём граждан; 24.02.2026 – поздравление ветеранов.'))).toEqual([]);
    expect(activities(doc(Q1_RU, '- 12.02.2026 – меморандум не подписан;', '- 24.02.2026 – круглый стол перенесен на апрель;', '- 10.03.2026 – мониторинг запланирован.'))).toEqual([]);
  });
});
