/**
 * Ordinary narrative reports of agencies and ministries (issue 12, set 34: Atom, Ministry of Defence, ASPR, MFA): the
 * classes of phrasing their misses and false values showed, each in Russian and Kazakh, a variant the documents did not
 * show, and the near-misses that must give no figure.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';

const YEAR_RU = 'ОТЧЕТ о деятельности Общественного совета за 2025 год\n\n';
const YEAR_KK = 'Қоғамдық кеңестің 2025 жылғы қызметі туралы есеп\n\n';
const Q4_RU = 'ИНФОРМАЦИЯ о работе Общественного совета за IV квартал 2025 года\n\n';
const Q3_KK = 'Қоғамдық кеңестің 2025 жылғы ІІІ тоқсандағы жұмысы туралы есеп\n\n';

const read = (text: string) => {
  const x = parseReport(text);
  return {
    figures: Object.fromEntries(x.figures.map((f) => [f.metric, f.value])) as Record<string, number>,
    candidates: x.candidates.map((c) => `${c.metric}=${c.value}`),
    activities: x.activities.map((a) => `${a.type} ${a.date_start}`),
  };
};

describe('a part of appeals "from public associations" is no member of the council (compositionAtFormation\'s sibling: the notContext of the members\' parts)', () => {
  it('reads no civil members from the parts of appeals (ru)', () => {
    const x = read(`${YEAR_RU}Поступило 47 обращений военнослужащих, членов их семей и граждан, из них 45 – от физических лиц, 2 – от общественных объединений.`);
    expect(x.figures.members_civil).toBeUndefined();
    expect(x.figures.appeals_received).toBe(47);
  });
  it('reads no civil members from the parts of appeals (kk)', () => {
    const x = read(`${YEAR_KK}Кеңес мүшелеріне 20 өтініш келіп түсті, олардың ішінде 18 – азаматтардан, 2 – үкіметтік емес ұйымдардан.`);
    expect(x.figures.members_civil).toBeUndefined();
  });
  it('still reads the composition\'s parts (near-miss: a composition, not appeals)', () => {
    const x = read(`${YEAR_RU}В состав Совета входят 25 членов, из них 20 – от гражданского общества, 5 – от государственных органов.`);
    expect(x.figures).toMatchObject({ members_total: 25, members_civil: 20, members_state: 5 });
  });
});

describe('the composition as the council was formed, with a change after it, is a candidate (report/compositionAtFormation)', () => {
  it('ru: "вошли 11 человек: 8 – …, 3 – …" and "вышел 1 член" → candidates, members_left 1', () => {
    const x = read(`${Q4_RU}Совет образован приказом от 22 августа 2025 года № 41. В состав Совета вошли 11 человек: 8 – от гражданского общества, 3 – от государственных органов.\nВ ноябре из состава Совета по собственному желанию вышел 1 член; вопрос о его замене будет рассмотрен в I квартале 2026 года.`);
    expect(x.figures.members_civil).toBeUndefined();
    expect(x.figures.members_state).toBeUndefined();
    expect(x.candidates).toEqual(expect.arrayContaining(['members_civil=8', 'members_state=3']));
    expect(x.figures.members_left).toBe(1);
  });
  it('kk: "құрамына 11 адам енді … 1 мүше шықты" → no composition figure', () => {
    const x = read(`${YEAR_KK}Кеңес құрамына 11 адам енді: 8 – азаматтық қоғам өкілдері, 3 – мемлекеттік органдардың өкілдері. Қараша айында Кеңес құрамынан 1 мүше шығарылды.`);
    expect(x.figures.members_civil).toBeUndefined();
    expect(x.figures.members_state).toBeUndefined();
  });
  it('keeps a composition stated at the period\'s end, or formed with no change (near-misses)', () => {
    const dated = read(`${YEAR_RU}По состоянию на 31 декабря 2025 года Общественный совет сформирован в количестве 25 человек, из них 5 (пять) человек – представители государственных органов и 20 (двадцать) – представители гражданского общества. В течение года из состава выбыли 2 члена, введены 2 новых члена.`);
    expect(dated.figures).toMatchObject({ members_total: 25, members_civil: 20, members_state: 5 });
    const unchanged = read(`${YEAR_RU}Общественный совет (далее – Совет) сформирован в количестве 15 человек. Из их числа 11 представляют гражданское общество (ветеранские организации, НПО), 4 – Министерство обороны. Состав Совета в 2025 году не изменялся.`);
    expect(unchanged.figures).toMatchObject({ members_total: 15, members_civil: 11, members_state: 4 });
  });
});

describe('the state body itself names the other part of the composition; "представляют гражданское общество" (figures.json)', () => {
  it('ru: "11 представляют гражданское общество (…), 4 – Министерство обороны"', () => {
    const x = read(`${YEAR_RU}Совет состоит из 15 членов. Из их числа 11 представляют гражданское общество (ветеранские и молодежные организации, НПО), 4 – Министерство обороны.`);
    expect(x.figures).toMatchObject({ members_civil: 11, members_state: 4 });
  });
  it('kk: "10-ы – үкіметтік емес ұйымдардың өкілдері, 3-еуі – Агенттік қызметкерлері"', () => {
    const x = read(`${Q3_KK}Кеңес құрамында 13 мүше бар, оның ішінде 10-ы – үкіметтік емес ұйымдардың өкілдері, 3-еуі – Агенттік пен Ұлттық статистика бюросының қызметкерлері.`);
    expect(x.figures).toMatchObject({ members_total: 13, members_civil: 10, members_state: 3 });
  });
  it('a variant: "12 представляют общественность, а 3 – Агентство"', () => {
    const x = read(`${YEAR_RU}В Совет входят 15 человек: 12 представляют общественность, а 3 – Агентство.`);
    expect(x.figures.members_state).toBe(3);
  });
  it('near-miss: a ministry\'s count after the civil part that is no composition ("4 – Министерство обороны направило")', () => {
    const x = read(`${YEAR_RU}Поступило 10 писем: 6 от граждан, 4 – Министерство обороны направило для сведения.`);
    expect(x.figures.members_state).toBeUndefined();
  });
});

describe('a statement of what is still to come, in another clause, dates nothing of the count (doubtOfFigure)', () => {
  it('ru: "вышел 1 член; вопрос о его замене будет рассмотрен в I квартале 2026 года" → members_left 1', () => {
    expect(read(`${Q4_RU}В ноябре из состава Совета по собственному желанию вышел 1 член; вопрос о его замене будет рассмотрен в I квартале 2026 года.`).figures.members_left).toBe(1);
  });
  it('kk: "1 мүше шығарылды; оның орнына жаңа мүше 2026 жылы енгізілетін болады"', () => {
    expect(read(`${YEAR_KK}Кеңес құрамынан 1 мүше шығарылды; оның орнына жаңа мүше 2026 жылы енгізілетін болады.`).figures.members_left).toBe(1);
  });
  it('near-miss: another year\'s count after the semicolon still dates its own clause', () => {
    const x = read(`${YEAR_RU}Проведено 5 заседаний; в 2024 году – 4 заседания.`);
    expect(x.figures.general_meetings).toBe(5);
  });
});

describe('planning as a noun is no plan (doubtOfFigure PLANNED)', () => {
  it('kk: "Кеңесте 2 комиссия бар: стратегиялық жоспарлау … комиссиясы" → commissions 2', () => {
    expect(read(`${Q3_KK}Кеңесте 2 комиссия бар: стратегиялық жоспарлау және реформалар мониторингі комиссиясы, статистика комиссиясы.`).figures.commissions).toBe(2);
  });
  it('ru: "образованы 2 комиссии: по стратегическому планированию и по статистике"', () => {
    expect(read(`${YEAR_RU}В Совете образованы 2 комиссии: по стратегическому планированию и по статистике.`).figures.commissions).toBe(2);
  });
  it('near-miss: a plan still is one ("2 отырыс өткізу жоспарлануда", "планируется провести 2 заседания")', () => {
    expect(read(`${YEAR_KK}Келесі тоқсанда 2 отырыс өткізу жоспарлануда.`).figures.general_meetings).toBeUndefined();
    expect(read(`${YEAR_RU}В декабре планируется провести 2 заседания.`).figures.general_meetings).toBeUndefined();
  });
});

describe('"в количестве N" after a dash, and "сформирован в количестве" after the short name\'s bracket (figureLexicon, figures.json)', () => {
  it('ru: "Заседаний комиссий – в количестве 11"; "(далее – Общественный совет) сформирован в количестве 15 человек"', () => {
    const x = read(`${YEAR_RU}Общественный совет Министерства обороны Республики Казахстан (далее – Общественный совет) сформирован в количестве 15 человек.\n\nЗаседаний комиссий – в количестве 11, президиум не образован.`);
    expect(x.figures).toMatchObject({ members_total: 15, commission_meetings: 11 });
  });
  it('a variant: "Совет образован в количестве 21 человека"', () => {
    expect(read(`${YEAR_RU}Совет образован в количестве 21 человека.`).figures.members_total).toBe(21);
  });
  it('kk: "Комиссия отырыстары – 11" still read; near-miss: "в количестве" of another thing', () => {
    expect(read(`${YEAR_KK}Комиссия отырыстарының саны – 11.`).figures.commission_meetings).toBe(11);
    expect(read(`${YEAR_RU}Охвачено мероприятиями – в количестве 1 500 человек.`).figures.commission_meetings).toBeUndefined();
  });
});

describe('"бес мәрте жиналды": the council met N times (figures.json)', () => {
  it('kk: "Кеңес бес мәрте жиналды" → general_meetings 5', () => {
    expect(read(`${YEAR_KK}2025 жылы Кеңес бес мәрте жиналды: 20 ақпан, 22 мамыр, 10 шілде, 9 қазан және 11 желтоқсан.`).figures.general_meetings).toBe(5);
  });
  it('ru (unchanged): "Совет собирался 5 раз"', () => {
    expect(read(`${YEAR_RU}В 2025 году Совет собирался 5 раз.`).figures.general_meetings).toBe(5);
  });
  it('near-miss: a commission that met three times is no council meeting', () => {
    expect(read(`${YEAR_KK}Құқықтық комиссия үш мәрте жиналды.`).figures.general_meetings).toBeUndefined();
  });
});

describe('no appeals received, said with whom from and "келіп" (readStatedNone)', () => {
  it('kk: "Кеңеске азаматтардан және ұйымдардан өтініштер келіп түскен жоқ" → 0', () => {
    expect(read(`${Q3_KK}ІІІ тоқсанда Кеңеске азаматтардан және ұйымдардан өтініштер келіп түскен жоқ.`).figures.appeals_received).toBe(0);
  });
  it('ru (unchanged): "Обращения в отчетном периоде не поступали" → 0', () => {
    expect(read(`${YEAR_RU}Обращения в отчетном периоде не поступали.`).figures.appeals_received).toBe(0);
  });
  it('near-miss: a qualified subject is a part ("шетелден өтініштер келіп түскен жоқ")', () => {
    expect(read(`${YEAR_KK}Шетелден өтініштер келіп түскен жоқ.`).figures.appeals_received).toBeUndefined();
  });
});

describe('all of what came in handled (report/allOfReceived)', () => {
  it('ru: received 28 = 21 + 7, "Все поступившие проекты рассмотрены" → npa_reviewed 28', () => {
    const x = read(`${YEAR_RU}Проектов нормативных правовых актов, поступивших на рассмотрение, – в количестве 28 (в 2024 году – 19), из них одобрено – 21, с замечаниями и предложениями – 7. Все поступившие проекты рассмотрены в установленный срок.`);
    expect(x.figures).toMatchObject({ npa_reviewed: 28, npa_approved: 21, npa_with_remarks: 7 });
  });
  it('kk: "НҚА жобалары – 7 бірлік, олардың барлығы қаралды: 5-еуі мақұлданды, 2-еуіне ескертулер берілді" → 7', () => {
    const x = read(`${Q3_KK}Тоқсанда Кеңеске түскен НҚА жобалары – 7 бірлік, олардың барлығы қаралды: 5-еуі мақұлданды, 2-еуіне ескертулер берілді.`);
    expect(x.figures).toMatchObject({ npa_reviewed: 7, npa_approved: 5, npa_with_remarks: 2 });
  });
  it('near-miss: the received count is not the parts\' sum (one rejected or pending) → no reviewed', () => {
    const x = read(`${YEAR_RU}Поступило 30 проектов НПА, из них одобрено – 21, с замечаниями – 7. Все поступившие проекты рассмотрены.`);
    expect(x.figures.npa_reviewed).toBeUndefined();
  });
  it('"На все обращения даны ответы" / "Барлық өтініштерге жауап берілді": the count received, a candidate (sets disagree)', () => {
    const ru = read(`${YEAR_RU}В 2025 году в Совет поступило 12 обращений. На все обращения даны ответы.`);
    expect(ru.figures.appeals_answered).toBeUndefined();
    expect(ru.candidates).toContain('appeals_answered=12');
    const kk = read(`${YEAR_KK}Жыл ішінде кеңеске он төрт өтініш түсті. Барлық өтініштерге жауап берілді.`);
    expect(kk.figures.appeals_answered).toBeUndefined();
    expect(kk.candidates).toContain('appeals_answered=14');
  });
});

describe('a numbered paragraph opening with its date; two dated events parted by a semicolon (readDatedSentences)', () => {
  it('ru: "5. 13 ноября проведен круглый стол …; 27 ноября … организован семинар …"', () => {
    const x = read(`${Q4_RU}   5. 13 ноября проведен круглый стол «Атомная энергетика: вопросы и ответы» со\nстудентами вузов; 27 ноября для членов Совета организован\nознакомительный семинар на базе Института ядерной физики.`);
    expect(x.activities).toEqual(['round_table 2025-11-13', 'seminar 2025-11-27']);
  });
  it('kk: "4. 2025 жылғы 14 қазанда дөңгелек үстел өтті; 20 қарашада семинар өткізілді."', () => {
    const x = read(`${YEAR_KK}4. 2025 жылғы 14 қазанда дөңгелек үстел өтті; 20 қарашада семинар өткізілді.`);
    expect(x.activities).toEqual(['round_table 2025-10-14', 'seminar 2025-11-20']);
  });
  it('near-miss: a numbered paragraph opening with a date that names no event', () => {
    expect(read(`${YEAR_RU}5. 13 ноября в Совет поступило письмо Агентства о составе рабочей группы.`).activities).toEqual([]);
  });
});

describe('hearings the council did not initiate are none of its own (readStatedNone, noneHeldVerbs)', () => {
  it('ru: "Общественные слушания Советом не инициировались (члены Совета приняли участие …)" → 0', () => {
    expect(read(`${Q4_RU}Общественные слушания Советом не инициировались (в IV квартале члены Совета приняли участие в общественных слушаниях, проводимых местным исполнительным органом).`).figures.public_hearings).toBe(0);
  });
  it('kk (unchanged): "Қоғамдық тыңдаулар өткізілген жоқ" → 0', () => {
    expect(read(`${YEAR_KK}Қоғамдық тыңдаулар өткізілген жоқ.`).figures.public_hearings).toBe(0);
  });
  it('near-miss: hearings on one subject not initiated are a part', () => {
    expect(read(`${YEAR_RU}Общественные слушания по проекту бюджета Советом не инициировались.`).figures.public_hearings).toBeUndefined();
  });
});

describe('appeals of one kind only: the count received too (figures.json, sharesWith)', () => {
  it('ru: "В Совет поступило 5 обращений физических лиц (…)." → received 5, individuals 5', () => {
    expect(read(`${Q4_RU}В Совет поступило 5 обращений физических лиц (вопросы безопасности, трудоустройства).`).figures).toMatchObject({ appeals_received: 5, appeals_individuals: 5 });
  });
  it('kk: "Кеңеске жеке тұлғалардан 5 өтініш түсті." → received 5', () => {
    expect(read(`${YEAR_KK}Кеңеске жеке тұлғалардан 5 өтініш түсті.`).figures.appeals_received).toBe(5);
  });
  it('near-miss: another kind after it ("5 обращений физических лиц и 2 – юридических") gives no total of 5', () => {
    expect(read(`${YEAR_RU}В Совет поступило 5 обращений физических лиц и 2 – юридических лиц.`).figures.appeals_received).not.toBe(5);
  });
});

describe('the answers\' noun and verb before "по N обращениям"; appeals from associations are a legal entity\'s (figures.json)', () => {
  it('ru: "Разъяснения даны по 44 обращениям; 3 обращения направлены по компетенции" → answered 44, no letters', () => {
    const x = read(`${YEAR_RU}Поступило 47 обращений, из них 45 – от физических лиц, 2 – от общественных объединений. Разъяснения даны по 44 обращениям; 3 обращения направлены по компетенции в Министерство и остаются на контроле.`);
    expect(x.figures).toMatchObject({ appeals_received: 47, appeals_individuals: 45, appeals_legal_entities: 2, appeals_answered: 44 });
    expect(x.figures.letters_sent).toBeUndefined();
  });
  it('a variant: "Ответы направлены заявителям по 12 обращениям"; "3 – от некоммерческих организаций"', () => {
    const x = read(`${YEAR_RU}Поступило 15 обращений: 12 – от граждан, 3 – от некоммерческих организаций. Ответы направлены заявителям по 12 обращениям.`);
    expect(x.figures).toMatchObject({ appeals_legal_entities: 3, appeals_answered: 12 });
  });
  it('kk (unchanged): "4-іне жауап берілді" after the appeals', () => {
    expect(read(`${YEAR_KK}Кеңеске 6 өтініш түсті. Олардың 4-іне жауап берілді.`).figures.appeals_answered).toBe(4);
  });
  it('near-miss: associations that are no appeals\' senders ("2 – от общественных объединений" of members)', () => {
    expect(read(`${YEAR_RU}В состав Совета входят 15 человек, из них 2 – от общественных объединений.`).figures.appeals_legal_entities).toBeUndefined();
  });
});

describe('"Комиссиялардың өткізген отырыстары – 8" (figures.json)', () => {
  it('kk: the participle between, the count after the dash', () => {
    expect(read(`${YEAR_KK}Комиссиялардың өткізген отырыстары – 8: консулдық комиссия – 5, құқықтық сараптама комиссиясы – 3.`).figures.commission_meetings).toBe(8);
  });
  it('kk variant: "Комиссиялардың отырыстарының жалпы саны – 6"', () => {
    expect(read(`${YEAR_KK}Комиссиялардың отырыстарының жалпы саны – 6.`).figures.commission_meetings).toBe(6);
  });
  it('ru (unchanged) and near-miss: one commission\'s meetings are no total', () => {
    expect(read(`${YEAR_RU}Заседаний комиссий – 8.`).figures.commission_meetings).toBe(8);
    expect(read(`${YEAR_KK}Құқықтық комиссияның отырыстары – 3.`).figures.commission_meetings).toBeUndefined();
  });
});

describe('a channel\'s own name in quotes between the platform and its count (readMedia)', () => {
  const media = (text: string) => parseReport(text).media.map((m) => `${m.platform}=${m.publications}`);
  it('ru: "в Telegram-канале «Қорғаныс – Қоғам» – 52" (a dash inside the name)', () => {
    expect(media(`${YEAR_RU}О деятельности Совета опубликовано 69 материалов, в том числе: в Telegram-канале «Қорғаныс – Қоғам» – 52, на интернет-ресурсе Министерства – 17.`)).toEqual(['telegram=52', 'website=17']);
  });
  it('kk: "Telegram-арнасында «Кеңес» – 26, сайтта – 14"', () => {
    expect(media(`${YEAR_KK}Кеңес туралы 40 жарияланым: Telegram-арнасында «Кеңес» – 26, сайтта – 14.`)).toEqual(['telegram=26', 'website=14']);
  });
  it('near-miss: a quoted title with a number of its own is no count of the platform', () => {
    expect(media(`${YEAR_RU}В Telegram-канале «Итоги 2025» размещено видео.`)).toEqual([]);
  });
});
