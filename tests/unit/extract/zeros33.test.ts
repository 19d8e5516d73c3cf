/**
 * Session 33, set 103 (ZEROS, NEGATIONS AND NOTHING-HAPPENED STATEMENTS): a figure stated as zero ("отсутствующих нет",
 * "0 (ноль)", "публикаций не было", a table's dash under a legend that says so) against a figure not stated ("нет данных",
 * "мәлімет жоқ", a bare dash, an empty answer). No data is not zero.
 * Classes: a vote's result told before its counts (unreadVotes.ts); "присутствуют все 15." and "никто из членов Совета не
 * подключался" (readStatedCounts.ts); "Единогласно (9 – 0 – 0)" (readVotes.ts); "нет данных" no count (findCounts.ts); the
 * citizens as the senders of all the appeals (figures.json); a reference note of another year (statesNothingSections.ts); a
 * form's rows answered in words, numbered sub-rows, a wrapped bracket, a bracketed platforms line (dotLeaderRows.ts); a
 * platform's publications denied (readMedia.ts); a table's dash under its legend (dashLegend.ts); the hearings' label over
 * its list (bodiesHeardList.ts); "ұйымнан (заңды тұлға) – 1", "жауап 5-еуіне қайтарылды" (figures.json).
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const votes = (text: string) => parseProtocol(text).votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared]);
const figures = (...lines: string[]) => Object.fromEntries(parseReport(lines.join('\n')).figures.map((f) => [f.metric, f.value]));
const media = (...lines: string[]) => Object.fromEntries(parseReport(lines.join('\n')).media.map((m) => [m.platform, m.publications]));
const RU_Q3 = 'ИНФОРМАЦИЯ о работе Общественного совета за III квартал 2026 года';
const KK_Q3 = 'Қоғамдық кеңестің 2026 жылғы III тоқсандағы жұмысы туралы ақпарат';
const RU_MONTH = 'СВЕДЕНИЯ о деятельности Общественного совета за октябрь 2026 года';

const protocol = (...body: string[]) => ['ПРОТОКОЛ № 3', 'заседания Общественного совета', '10 октября 2026 г.', 'Состав Совета – 9 членов, присутствуют 9.', '', ...body].join('\n');

describe('a vote\'s result told before its counts, under a result\'s label', () => {
  it('ru: "… поставлена на голосование и утверждена." over "Итоги: за – 9, против – нет, …" is one vote, adopted', () => {
    expect(votes(protocol('Повестка дня поставлена на голосование и утверждена.', 'Итоги: за – 9, против – нет, воздержавшихся – нет.'))).toEqual([[9, 0, 0, false, 'adopted']]);
    expect(votes(protocol('Предложение поставлено на голосование и не принято.', 'Результаты голосования: за – 3, против – 5, воздержались – 1.'))).toEqual([[3, 5, 1, false, 'rejected']]);
  });
  it('kk: "Күн тәртібі дауысқа қойылып, бекітілді." over "Нәтижесі: жақтап – 9, …"', () => {
    expect(votes(protocol('Күн тәртібі дауысқа қойылып, бекітілді.', 'Нәтижесі: жақтап – 9, қарсы – жоқ, қалыс – жоқ.'))).toEqual([[9, 0, 0, false, 'adopted']]);
  });
  it('near-miss: a result in the middle of a paragraph is no result of the counts below it', () => {
    const v = votes(protocol('Решение принято, докладчику поручено доработать проект', 'Итоги: за – 9, против – нет, воздержавшихся – нет.'));
    expect(v.at(-1)).toEqual([9, 0, 0, false, null]);
  });
});

describe('everyone present, none online, stated as a whole', () => {
  const head = (line: string) => parseProtocol(['ПРОТОКОЛ № 9', '25 ноября 2026 г.', line].join('\n'));
  it('"на заседании присутствуют все 15." is 15 present', () => {
    expect(head('Состав Совета – 15 членов, на заседании присутствуют все 15. Отсутствующих нет.').present).toBe(15);
    expect(head('Состав Совета – 11 членов; присутствовали все 11.').present).toBe(11);
  });
  it('near-miss: "присутствуют все 15, кроме …" is not all', () => {
    expect(head('Состав Совета – 15 членов, присутствуют все 15, кроме Иванова И.И.').present).not.toBe(15);
  });
  it('"В режиме онлайн никто из членов Совета не подключался" is 0 online; Kazakh "Онлайн қатысқан мүше жоқ" as before', () => {
    expect(head('Присутствуют 15 из 15. В режиме онлайн никто из членов Общественного совета не подключался.').online).toBe(0);
    expect(head('Отырысқа 15 мүшенің 15-і қатысты. Онлайн қатысқан мүше жоқ.').online).toBe(0);
  });
  it('near-miss: "никто из членов Совета не выступал" says nothing of those online', () => {
    expect(head('Присутствуют 15 из 15. Никто из членов Совета не выступал против.').online).toBeNull();
  });
});

describe('the word for all with its counts\' run in brackets', () => {
  it('"Единогласно (9 – 0 – 0)", "Бірауыздан / Единогласно (11/0/0)" are all for and none else', () => {
    expect(votes(protocol('Голосовали: единогласно (9 – 0 – 0). Решение принято.'))).toEqual([[9, 0, 0, true, 'adopted']]);
    expect(votes(protocol('Бірауыздан / Единогласно (9/0/0). Шешім қабылданды / Решение принято.'))).toEqual([[9, 0, 0, true, 'adopted']]);
  });
  it('near-miss: a run with a vote against beside "единогласно" says two things: no counts', () => {
    expect(votes(protocol('Голосовали: единогласно (8 – 1 – 0). Решение принято.'))[0].slice(0, 3)).toEqual([null, null, null]);
  });
});

describe('no data is not zero', () => {
  it('"нет данных", "нет сведений", "ақпарат жоқ", "деректер жоқ" give no figure', () => {
    expect(figures(RU_Q3, 'Семинары – нет данных (сведения от комиссии не представлены).')).toEqual({});
    expect(figures(RU_Q3, 'Круглые столы – нет сведений.')).toEqual({});
    expect(figures(KK_Q3, 'Семинарлар – ақпарат жоқ.')).toEqual({});
    expect(figures(KK_Q3, 'Дөңгелек үстелдер – деректер жоқ.')).toEqual({});
  });
  it('near-miss: a plain "нет" / "жоқ" answer is none (0)', () => {
    expect(figures(RU_Q3, 'Семинары – нет.')).toEqual({ seminars: 0 });
  });
});

describe('the citizens as the senders of all the appeals, the verb of coming in before the count', () => {
  it('"Азаматтардан Кеңеске өтініштер түскен жоқ – 0", "Обращений от граждан в Совет не поступало – 0" are no individuals\' part', () => {
    expect(figures(KK_Q3, 'Азаматтардан Кеңеске өтініштер түскен жоқ – 0 (нөл).').appeals_individuals).toBeUndefined();
    expect(figures(RU_Q3, 'Обращений от граждан в Совет не поступало – 0 (ноль).').appeals_individuals).toBeUndefined();
  });
  it('near-miss: the parts after a colon are the parts', () => {
    expect(figures(KK_Q3, 'Кеңеске 6 өтініш түсті. Өтініштер: азаматтардан – 5, заңды тұлғалардан – 1.')).toMatchObject({ appeals_individuals: 5, appeals_legal_entities: 1 });
    expect(figures(RU_Q3, 'Поступило 6 обращений: от граждан – 5, от юридических лиц – 1.')).toMatchObject({ appeals_individuals: 5, appeals_legal_entities: 1 });
  });
  it('"ұйымнан (заңды тұлға) – 1": one organisation, its legal name in a bracket; "жауап 5-еуіне қайтарылды"', () => {
    expect(figures(KK_Q3, 'Кеңеске 6 өтініш келді: азаматтардан (жеке тұлғалар) – 5, ұйымнан (заңды тұлға) – 1; жауап 5-еуіне қайтарылды.'))
      .toMatchObject({ appeals_received: 6, appeals_individuals: 5, appeals_legal_entities: 1, appeals_answered: 5 });
    expect(figures(KK_Q3, 'Кеңеске 4 өтініш келді, жауап 3-іне берілді.')).toMatchObject({ appeals_answered: 3 });
  });
  it('near-miss: the answer to letters is no appeal answered', () => {
    expect(figures(KK_Q3, 'Мемлекеттік органдарға 6 хат жіберілді, жауап 4-іне берілді.').appeals_answered).toBeUndefined();
  });
});

describe('a reference note of another year', () => {
  it('"Справочно: за октябрь 2025 г. … 2 мониторинга" in October 2026\'s report: no figure', () => {
    expect(figures(RU_MONTH, 'Справочно: за октябрь 2025 г. поступило 3 обращения, проведено 2 мониторинга.')).toEqual({});
    expect(figures(RU_MONTH, 'Анықтама үшін: 2025 жылғы қазанда 2 мониторинг өткізілді.')).toEqual({});
  });
  it('near-miss: a note of the period\'s own year restates its figures', () => {
    expect(figures(RU_MONTH, 'Справочно: за октябрь 2026 г. проведено 2 мониторинга.')).toEqual({ monitorings: 2 });
  });
});

describe('a fill-in form\'s rows with dot leaders, answered in numbers, words or nothing', () => {
  const form = [
    RU_MONTH,
    '',
    ' 1. Количество членов Совета на конец месяца ................ 9',
    ' 1.1  в т.ч. представители гражданского общества ........... 7',
    ' 1.2  в т.ч. государственные служащие ...................... 2',
    ' 2. Выбыло членов Совета за месяц ........................... –',
    ' 3. Введено новых членов за месяц ........................... 0',
    ' 4. Проведено заседаний президиума .......................... президиум не образован',
    ' 5. Общественный мониторинг ................................. 1 (15.10.2026 – подготовка',
    '                                                               котельных к зиме)',
    ' 6. Рассмотрено проектов НПА ................................ 0 (ноль)',
    ' 7. Круглые столы ........................................... нет данных',
    ' 8. Семинары, тренинги ......................................',
    ' 9. Меморандумы ............................................. нет',
    '10. Получено ответов на письма .............................. –',
    '11. Публикации о деятельности Совета ........................ 6',
    '      (Facebook – 4, сайт акимата района – 2)',
  ];
  it('numbers, "0", "0 (ноль)" and "нет" are counts; a dash, an empty answer, "нет данных", "не образован" none', () => {
    const f = figures(...form);
    expect(f).toMatchObject({ members_total: 9, members_civil: 7, members_state: 2, members_joined: 0, monitorings: 1, npa_reviewed: 0, memoranda: 0, publications: 6 });
    for (const m of ['members_left', 'presidium_meetings', 'round_tables', 'seminars', 'letters_answered']) expect(f[m]).toBeUndefined();
  });
  it('the wrapped bracket dates the row\'s event; the bracketed platforms line splits the publications', () => {
    const r = parseReport(form.join('\n'));
    expect(r.activities.map((a) => [a.type, a.date_start])).toEqual([['monitoring', '2026-10-15']]);
    expect(media(...form)).toEqual({ facebook: 4, website: 2 });
  });
  it('near-miss: "Президиум ...... нет" says there is no presidium, no count of its meetings', () => {
    expect(figures(RU_MONTH, '', ' 1. Заседаний Совета ..................... 1', ' 2. Президиум ............................ нет').presidium_meetings).toBeUndefined();
  });
});

describe('a platform\'s publications denied in words', () => {
  const lead = 'Опубликовано 18 материалов: на сайте акимата – 6, в Instagram – 12.';
  it('"В Telegram-канале Совета публикаций в квартале не было", "Telegram-арнасында жарияланым болған жоқ": 0', () => {
    expect(media(RU_Q3, lead, 'В Telegram-канале Совета публикаций в квартале не было (канал запущен 01.10.2026).')).toEqual({ website: 6, instagram: 12, telegram: 0 });
    expect(media(KK_Q3, 'Кеңес туралы 18 жарияланым шықты: Instagram – 12, Facebook – 6. Telegram-арнасында жарияланым болған жоқ.')).toEqual({ instagram: 12, facebook: 6, telegram: 0 });
  });
  it('near-miss: no followers is no publication count', () => {
    expect(media(RU_Q3, lead, 'В Telegram-канале Совета подписчиков пока нет.').telegram).toBeUndefined();
  });
});

describe('a table\'s dash, by its legend', () => {
  const table = (legend: string[]) => [
    KK_Q3, '',
    '| Көрсеткіш            | Шілде | Тамыз | Қыркүйек | III тоқсан барлығы |',
    '|----------------------|-------|-------|----------|--------------------|',
    '| Кеңес отырыстары     |   1   |   —   |    1     |         2          |',
    '| Төралқа отырыстары   |   —   |   —   |    —     |         —          |',
    '| Қоғамдық тыңдаулар   |   —   |   —   |    —     |         —          |',
    '| Семинарлар           |       |       |          |                    |',
    '', ...legend,
  ];
  it('«"—" белгісі іс-шара өткізілмегенін (нөл) білдіреді»: the dash is 0; the empty row stays no data', () => {
    const f = figures(...table(['Ескерту: «—» белгісі іс-шара өткізілмегенін (нөл) білдіреді; бос ұяшық – мәлімет ұсынылмаған.']));
    expect(f).toMatchObject({ general_meetings: 2, presidium_meetings: 0, public_hearings: 0 });
    expect(f.seminars).toBeUndefined();
    expect(figures(...table(['Примечание: знак «–» означает, что мероприятие не проводилось.']))).toMatchObject({ presidium_meetings: 0, public_hearings: 0 });
  });
  it('near-miss: no legend, or a legend of no data, leaves the dash out', () => {
    for (const legend of [[], ['Примечание: прочерк – нет данных от комиссий.']]) {
      const f = figures(...table(legend));
      expect(f.general_meetings).toBe(2);
      expect(f.presidium_meetings).toBeUndefined();
      expect(f.public_hearings).toBeUndefined();
    }
  });
});

describe('the hearings\' label over the bodies heard, each with its month', () => {
  it('"Есеп тыңдаулар: … бөлімінің басшысы (шілде) және «…» МКК директоры (қыркүйек) тыңдалды." under a count of 2', () => {
    expect(figures(KK_Q3, 'Тоқсанда 2 есеп тыңдалды.', 'Есеп тыңдаулар: аудандық білім бөлімінің басшысы (шілде) және «Зайсан Су» МКК директоры (қыркүйек) тыңдалды.'))
      .toMatchObject({ report_hearings: 2, departments_heard: 1, subordinate_orgs_heard: 1 });
  });
  it('near-miss: items fewer than the hearings counted say nothing of their kinds', () => {
    const f = figures(KK_Q3, 'Тоқсанда 3 есеп тыңдалды.', 'Есеп тыңдаулар: аудандық білім бөлімінің басшысы (шілде) және «Зайсан Су» МКК директоры (қыркүйек) тыңдалды.');
    expect(f.departments_heard).toBeUndefined();
    expect(f.subordinate_orgs_heard).toBeUndefined();
  });
});

describe('letters answered: all of them restated, or none of them', () => {
  it('"ответили на все 4", "барлық 4 хатқа жауап келді": all the letters answered', () => {
    expect(figures(RU_Q3, 'В госорганы ушло 4 письма с рекомендациями, ответили на все 4.')).toMatchObject({ letters_sent: 4, letters_answered: 4 });
    expect(figures(KK_Q3, 'Мемлекеттік органдарға 4 хат жіберілді, барлық 4 хатқа жауап келді.')).toMatchObject({ letters_sent: 4, letters_answered: 4 });
  });
  it('"олардың ешқайсысына әзірге жауап келген жоқ", "ни на одно из них ответ пока не получен": 0', () => {
    expect(figures(KK_Q3, 'Мемлекеттік органдарға 3 хат жолданды, олардың ешқайсысына әзірге жауап келген жоқ.')).toMatchObject({ letters_sent: 3, letters_answered: 0 });
    expect(figures(RU_Q3, 'В госорганы направлено 3 письма, ни на одно из них ответ пока не получен.')).toMatchObject({ letters_sent: 3, letters_answered: 0 });
  });
  it('near-miss: the same words of appeals are no letters\' answer', () => {
    expect(figures(KK_Q3, 'Кеңеске 3 өтініш түсті, олардың ешқайсысына әзірге жауап келген жоқ.').letters_answered).toBeUndefined();
    expect(figures(RU_Q3, 'В Совет поступило 4 обращения, ответили на все 4.').letters_answered).toBeUndefined();
  });
});

describe('all the appeals of one kind, the other kind\'s none beside it', () => {
  it('"все пятеро заявителей физические лица;" / "обращений организаций (юридических лиц) … не было": 5 and 0', () => {
    expect(figures(RU_Q3, 'В Совет поступило 5 обращений граждан – все пятеро заявителей физические лица;', 'обращений организаций (юридических лиц) за квартал не было.'))
      .toMatchObject({ appeals_received: 5, appeals_individuals: 5, appeals_legal_entities: 0 });
  });
  it('"9 өтініштің бәрін жеке азаматтар (жеке тұлғалар) берген; заңды тұлғалардың өтініші болған жоқ": 9 and 0', () => {
    expect(figures(KK_Q3, 'Кеңеске 9 өтініш түсті. Өтініштер: 9 өтініштің бәрін жеке азаматтар (жеке тұлғалар) берген; заңды тұлғалардың өтініші болған жоқ.'))
      .toMatchObject({ appeals_received: 9, appeals_individuals: 9, appeals_legal_entities: 0 });
  });
  it('near-miss: the kind of all without the other\'s none is no figure (a candidate)', () => {
    expect(figures(RU_Q3, 'В Совет поступило 5 обращений граждан – все пятеро заявителей физические лица.').appeals_individuals).toBeUndefined();
  });
});

describe('a subordinate enterprise by its legal form in a hearings row\'s note', () => {
  it('"МКК – 1", "ГКП – 2" under the report hearings are subordinate organisations heard', () => {
    const r = parseReport([KK_Q3, '', '| Іс-шара түрі   | Нақты | Ескерту              |', '|----------------|-------|----------------------|', '| Кеңес отырыстары | 3   |                      |', '| Есеп тыңдаулар | 4     | бөлімдер – 3, МКК – 1 |'].join('\n'));
    expect(Object.fromEntries(r.figures.map((f) => [f.metric, f.value]))).toMatchObject({ report_hearings: 4, departments_heard: 3, subordinate_orgs_heard: 1 });
  });
});
