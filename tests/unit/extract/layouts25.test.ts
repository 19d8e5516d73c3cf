// Classes of held-out set 25 (protocols, and two report classes: a span of years, a Word table by body): those present grouped under the council's leadership
// and its commissions, each group with its size in brackets; absentees in one run-on paragraph wrapped over lines ending
// with ";"; a numbered list a page footer breaks; a star marking those online, told by a footnote; "хабарламаған" as no
// reason given; a span of years after a count ("подписанные в 2022–2023 годах") is another period, not a comparison.
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { withoutPageBreaks } from '../../../sources/extract/pageFurniture.ts';
import { readOnlineMark } from '../../../sources/extract/protocol/onlineMark.ts';

const HEAD = 'ПРОТОКОЛ № 2\n19 марта 2025 года\n\n';

describe('those present grouped under the leadership and the commissions, each group sized in brackets', () => {
  it.each([
    ['Руководство Совета (2):', 'Комиссия по социальным вопросам (2):', 'ПРИСУТСТВОВАЛИ (по комиссиям):'],
    ['Кеңес басшылығы (2):', 'Әлеуметтік мәселелер жөніндегі комиссия (2):', 'ҚАТЫСҚАНДАР (комиссиялар бойынша):'],
    // A variant the document did not show: the leadership group written in lower case, no numbering.
    ['Руководство (2):', 'Комиссия по вопросам ЖКХ (2):', 'Присутствовали:'],
  ])('%s', (leaders, commission, heading) => {
    const x = parseProtocol(`${HEAD}${heading}\n\n${leaders}\n 1. Темирханов Асет Серикович – Председатель Общественного совета;\n 2. Лебедева Ирина Олеговна – заместитель Председателя.\n\n${commission}\n 3. Нурпеисов Бауыржан Кайратович – председатель комиссии;\n 4. Жакупова Асель Сериковна (ВКС).\n\nПОВЕСТКА ДНЯ:\n1. О плане работы.\n`);
    expect(x.attendees.map((a) => a.name)).toEqual(['Темирханов Асет Серикович', 'Лебедева Ирина Олеговна', 'Нурпеисов Бауыржан Кайратович', 'Жакупова Асель Сериковна']);
    expect(x.attendees.filter((a) => a.online).length).toBe(1);
  });
  it('near-miss: a person\'s line with a number in brackets is no group ("Руководство" is no surname there)', () => {
    const x = parseProtocol(`${HEAD}Присутствовали:\nИванов Иван Иванович (2 вопрос)\nПетров Петр Петрович\n\nПОВЕСТКА ДНЯ:\n1. О плане.\n`);
    expect(x.attendees.map((a) => a.name)).toEqual(['Иванов Иван Иванович', 'Петров Петр Петрович']);
  });
});

describe('absentees in one run-on paragraph, its lines ending with ";" mid-list', () => {
  it.each([
    ['ОТСУТСТВОВАЛИ (4): Касымов Е.Т. (служебная командировка); Орлова Н.П. (больничный\nлист); Рахимжанов Б.А. (командировка);\nФедорова Л.И. (по уважительной\nпричине); Айтбаев Р.С. (без объяснения причин).', [true, true, true, false]],
    ['ҚАТЫСПАҒАНДАР (4): Қасымов Е.Т. (іссапар); Орлова Н.П. (науқас,\nанықтама бар); Рахымжанов Б.А. (демалыс);\nФедорова Л.И. (еңбек\nдемалысы); Айтбаев Р.С. (себепсіз).', [true, true, true, false]],
    // A variant: names with no brackets, the reason after a dash, lines ending with ";".
    ['Отсутствовали: Касымов Е.Т. – командировка; Орлова Н.П. – отпуск;\nРахимжанов Б.А. – болезнь; Федорова Л.И. – отпуск;\nАйтбаев Р.С. – не уведомил.', [true, true, true, false]],
  ])('%s', (text, excused) => {
    const x = parseProtocol(`${HEAD}Присутствовали:\n1. Иванов И.И.\n2. Петров П.П.\n\n${text}\n\nПОВЕСТКА ДНЯ:\n1. О плане.\n`);
    expect(x.absentees.length).toBe(5);
    expect(x.absentees.slice(-4).map((a) => a.excused)).toEqual(excused);
  });
  it('near-miss: a line after the run that is no name is not read as an absentee', () => {
    const x = parseProtocol(`${HEAD}Присутствовали:\n1. Иванов И.И.\n\nОтсутствовали: Касымов Е.Т. (командировка); Орлова Н.П. (больничный\nлист);\nКворум имеется, заседание правомочно.\n\nПОВЕСТКА ДНЯ:\n1. О плане.\n`);
    expect(x.absentees.map((a) => a.name)).toEqual(['Касымов Е.Т.', 'Орлова Н.П.']);
  });
});

describe('a numbered list broken by a page footer goes on with its next item', () => {
  const footer = '------------------------------------------------------------------------------';
  it.each([
    ['Протокол № 4 заседания ОС г. Усть-Каменогорска от 18.06.2025          стр. 1 из 3', 'Протокол № 4 заседания ОС г. Усть-Каменогорска от 18.06.2025          стр. 2 из 3'],
    ['ҚК отырысының № 4 хаттамасы, 18.06.2025          1-бет', 'ҚК отырысының № 4 хаттамасы, 18.06.2025          2-бет'],
  ])('%s', (f1, f2) => {
    const x = parseProtocol(`${HEAD}Присутствовали:\n1.  Сорокин В.Н.   – Председатель ОС\n2.  Айтмуханова Б.Т.\n3.  Бердибеков Н.С.\n${footer}\n${f1}\n${footer}\n4.  Кайсенов Р.А.\n5.  Логинова С.В.   – дистанционно\n\nОтсутствовали:\n1. Болатов Е.К. – командировка\n\nПовестка дня:\n1) О пляжах.\n\nПо первому вопросу СЛУШАЛИ: Иванова И.И.\n${footer}\n${f2}\n${footer}\nРЕШИЛИ: принять к сведению.\n`);
    expect(x.attendees.map((a) => a.name)).toEqual(['Сорокин В.Н.', 'Айтмуханова Б.Т.', 'Бердибеков Н.С.', 'Кайсенов Р.А.', 'Логинова С.В.']);
    expect(x.attendees.filter((a) => a.online).length).toBe(1);
  });
  it('near-miss: items not following one another are not sewn over a break', () => {
    const lines = ['3. Бердибеков Н.С.', '', '------------------------------', 'стр. 1 из 3', '------------------------------', '7. Кайсенов Р.А.'];
    expect(withoutPageBreaks(lines).lines).toContain('');
  });
  it('sews items that follow one another, every line kept at its number', () => {
    const lines = ['3. Бердибеков Н.С.', '------------------------------', 'стр. 1 из 3', '------------------------------', '4. Кайсенов Р.А.'];
    const out = withoutPageBreaks(lines);
    expect(out.lines).toEqual(['3. Бердибеков Н.С.', '4. Кайсенов Р.А.']);
    expect(out.numbers).toEqual([1, 5]);
  });
});

describe('a star after a name marks those online when a footnote says so', () => {
  it.each([
    ['* – участвовали в режиме видеоконференцсвязи', ''],
    ['* – онлайн қатысқандар', ''],
    // A variant the document did not show: the legend in the heading's brackets.
    ['', ' (* – по видеосвязи)'],
  ])('%s', (legend, inHeading = '') => {
    const x = parseProtocol(`${HEAD}Присутствовали члены Общественного совета${inHeading}:\n1. Кусаинов Д.М.\n2. Мамбетов Е.Т.*\n3. Лим В.А.\n4. Умирзаков Б.Ж.*\n${legend}\n\nПОВЕСТКА ДНЯ:\n1. О плане.\n`);
    expect(x.attendees.length).toBe(4);
    expect(x.attendees.filter((a) => a.online).map((a) => a.name)).toEqual(['Мамбетов Е.Т.', 'Умирзаков Б.Ж.']);
  });
  it('near-miss: a star told as the invited is no online mark', () => {
    expect(readOnlineMark(['* – приглашенные, участвовали онлайн'])).toBeNull();
    expect(readOnlineMark(['* – докладчики'])).toBeNull();
  });
  it('near-miss: an unexplained star marks no one online', () => {
    const x = parseProtocol(`${HEAD}Присутствовали:\n1. Кусаинов Д.М.\n2. Мамбетов Е.Т.*\n\nПОВЕСТКА ДНЯ:\n1. О плане.\n`);
    expect(x.attendees.filter((a) => a.online)).toEqual([]);
  });
});

describe('"хабарламаған", "ескертпеген": no reason given, unexcused', () => {
  it.each([['хабарламаған', false], ['ескертпеді', false], ['себебін хабарламады', false], ['алдын ала хабарлаған', true]] as const)('%s', (reason, excused) => {
    const x = parseProtocol(`ХАТТАМА № 3\n2025 жылғы 28 мамыр\n\nҚатысқандар:\n1) Иванов И.И.\n\nҚатыспағандар:\n1) Есімова Дана Ғалымқызы – ${reason}.\n\nКүн тәртібі:\n1. Жоспар туралы.\n`);
    expect(x.absentees.map((a) => a.excused)).toEqual([excused]);
  });
  it('near-miss: "хабарлады" (did notify) says nothing of excuse by itself', () => {
    const x = parseProtocol('ХАТТАМА № 3\n2025 жылғы 28 мамыр\n\nҚатысқандар:\n1) Иванов И.И.\n\nҚатыспағандар:\n1) Есімова Дана Ғалымқызы – хабарлады.\n\nКүн тәртібі:\n1. Жоспар туралы.\n');
    expect(x.absentees.map((a) => a.excused)).toEqual([null]);
  });
});

describe('a span of years after a count is another period, never a comparison blanked', () => {
  const report = (s: string) => parseReport(`ОТЧЕТ о работе Общественного совета за 2025 год\n\n${s}\n`);
  it.each([
    ['Меморандумы о сотрудничестве в отчетном году не заключались (действуют 4 меморандума, подписанные в 2022–2023 годах).'],
    ['Действуют 4 меморандума, подписанные в 2022 – 2023 гг.'],
    ['2022–2023 жылдары қол қойылған 4 меморандум күшінде.'],
  ])('%s', (s) => {
    const x = report(s);
    expect(x.figures.filter((f) => f.metric === 'memoranda').map((f) => f.value)).not.toContain(4);
  });
  it('near-miss: "в 2024 году – 8" beside the period\'s count still dates only the 8', () => {
    const x = report('Подписано 4 меморандума (в 2024 году – 8).');
    expect(x.figures.filter((f) => f.metric === 'memoranda').map((f) => f.value)).toEqual([4]);
  });
});

describe('"жақ" (for) as a vote\'s short label', () => {
  const protocol = (vote: string) => parseProtocol(`ХАТТАМА № 9\n2025 жылғы 12 қараша\n\nКүн тәртібі:\n1. Жоспар туралы.\n\nТЫҢДАЛДЫ: Иванов И.И.\n${vote}\n`);
  it.each([
    ['Дауыс беру: жақ – 16, қарсы – 2, қалыс – 2. Шешім қабылданды.', 16],
    ['Дауыс беру: «жақ» – 17, «қарсы» – жоқ, «қалыс» – 2. Шешім қабылданды.', 17],
    ['Түзету бойынша дауыс берілді: жақ – 8 (сегіз), қарсы – 10 (он),\nқалыс – 2 (екі). Түзету қабылданбады.', 8],
    // Russian beside it: the short "за" was read before; the same layout.
    ['Голосовали: за – 16, против – 2, воздержались – 2. Решение принято.', 16],
  ])('%s', (vote, n) => {
    expect(protocol(vote).votes.map((v) => v.for)).toEqual([n]);
  });
  it('near-miss: "жақ" with no count after it ("екі жақ та келісті") is no vote', () => {
    expect(protocol('Екі жақ та келісті, 2 ұсыныс қабылданды.').votes.map((v) => v.for)).toEqual([]);
  });
});

describe('a span of years reaching into the period is still blanked as before', () => {
  it('near-miss: "отопительного сезона 2024–2025 гг." does not make the count another period\'s', () => {
    const x = parseReport('ОТЧЕТ о работе Общественного совета за 9 месяцев 2025 года\n\nЗаслушаны отчёты 2 подведомственных организаций Управления: ГКП «Теплосети» – об итогах отопительного сезона 2024–2025 гг.\n');
    expect(x.candidates.filter((c) => c.metric === 'subordinate_orgs_heard').map((c) => c.why)).not.toContain('the number is about another period than the report\'s');
  });
});

describe('a Word table by body under one period: the column naming the council in the singular', () => {
  // A .docx table read cell by cell: "2025 год" merged over three columns, the council's column in the middle.
  const table = (own: string, others: string, total: string, order: 'middle' | 'first' = 'middle') => {
    const heads = order === 'middle' ? [others, own, total] : [own, others, total];
    const rows = [['1', 'Заседания Совета', 6, 94, 100], ['2', 'Заседания комиссий', 14, 163, 177], ['3', 'Общественные мониторинги', 12, 208, 220]];
    const cells = ['№', 'Направление работы', '2025 год', '', '', '', '', ...heads];
    for (const [no, label, a, b, c] of rows) cells.push(String(no), String(label), ...(order === 'middle' ? [b, a, c] : [a, b, c]).map(String));
    return parseReport(`ОТЧЕТ о работе Общественного совета за 2025 год\n\nТаблица 1\n${cells.map((c) => `\t${c}`).join('\n')}\n\nСекретарь Совета А. Баймуратова\n`);
  };
  it.each([
    ['Общественный совет при МВД РК', 'Общественные советы при ДП (17)', 'Всего по системе МВД', 'first'],
    ['Қоғамдық кеңес', 'Облыстық қоғамдық кеңестер (17)', 'Барлығы', 'first'],
    // A variant the document did not show: the council's column between the regional councils and the total.
    ['Общественный совет при МВД РК', 'Общественные советы при ДП (17)', 'Всего по системе МВД', 'middle'],
  ] as const)('%s | %s | %s (%s)', (own, others, total, order) => {
    const got = Object.fromEntries(table(own, others, total, order).figures.map((f) => [f.metric, f.value]));
    expect(got).toMatchObject({ general_meetings: 6, commission_meetings: 14, monitorings: 12 });
  });
  it('near-miss: two columns each naming one council — neither is taken', () => {
    const got = table('Общественный совет при МВД РК', 'Общественный совет при ДП г. Алматы', 'Всего по системе МВД').figures.map((f) => f.value);
    for (const v of [94, 163, 208, 100, 177, 220]) expect(got).not.toContain(v);
  });
});

describe('"Проведено 14 заслушиваний": the hearings by their own noun, no "отчетов" after it', () => {
  const hearings = (s: string) => parseReport(`ОТЧЕТ о работе Общественного совета за 2025 год\n\n${s}\n`).figures.filter((f) => f.metric === 'report_hearings').map((f) => f.value);
  it.each([
    ['Проведено 14 заслушиваний: отчеты 11 руководителей управлений акимата города и 3 акимов районов.', 14],
    ['2025 жылы 9 есеп тыңдау өткізілді.', 9],
    // A variant the document did not show: "организовано" and no list after it.
    ['За год организовано 6 заслушиваний.', 6],
  ])('%s', (s, n) => {
    expect(hearings(s)).toEqual([n]);
  });
  it('near-miss: a plan of hearings is no count held', () => {
    expect(hearings('В плане на год стояло 12 заслушиваний.')).toEqual([]);
  });
});

describe('"6-сына ескертулері бар қорытынды": drafts given a conclusion with remarks', () => {
  const remarks = (s: string) => parseReport(`2025 жылғы Қоғамдық кеңестің жұмысы туралы ЕСЕП\n\n${s}\n`).figures.filter((f) => f.metric === 'npa_with_remarks').map((f) => f.value);
  it.each([
    ['Кеңес 31 НҚА жобасын қарады: 25-іне оң қорытынды, 6-сына ескертулері бар қорытынды берілді.', 6],
    ['Кеңес 17 НҚА жобасын қарады, оның ішінде 5 жоба бойынша ескертпелері бар қорытынды берілді.', 5],
    // Russian beside it, read before: the same class in the other language.
    ['Рассмотрено 31 проект НПА: по 25 даны положительные заключения, 6 – с замечаниями.', 6],
  ])('%s', (s, n) => {
    expect(remarks(s)).toEqual([n]);
  });
  it('near-miss: "ескертулері бар" outside a section on drafts of acts is not read', () => {
    expect(remarks('Мониторингтің 6-сына ескертулері бар қорытынды жасалды.')).toEqual([]);
  });
});

describe('"Оның 70-іне жауап берілді", "12 жоба бойынша оң қорытынды": a count with "оның" before it, two words before its conclusion', () => {
  const report = (s: string) => Object.fromEntries(parseReport(`2025 жылғы Қоғамдық кеңестің жұмысы туралы ЕСЕП\n\n${s}\n`).figures.map((f) => [f.metric, f.value]));
  it.each([
    ['Кеңеске 74 өтініш түсті: жеке тұлғалардан – 66, заңды тұлғалардан – 8. Оның 70-іне\nжауап берілді.', 'appeals_answered', 70],
    ['Кеңес 17 НҚА жобасын қарады. Оның ішінде 12\nжоба бойынша оң қорытынды, 5 жоба бойынша ескертулері бар қорытынды берілді.', 'npa_approved', 12],
    // The Russian of the same: two words between the count and the conclusion.
    ['Рассмотрено 17 проектов НПА, из них 12 проектам даны положительные заключения.', 'npa_approved', 12],
  ] as const)('%s', (s, metric, n) => {
    expect(report(s)[metric]).toBe(n);
  });
  it('near-miss: a count of another noun before "жауап берілді" three words away is not the answered', () => {
    expect(report('Кеңеске 74 өтініш түсті. 2025 жылы 5 сауалнама бойынша азаматтарға жауап берілді.').appeals_answered).not.toBe(5);
  });
});

describe('"по 16 даны ответы" in the appeals\' sentence; "заслушаны отчеты 3 должностных лиц"', () => {
  const report = (s: string) => Object.fromEntries(parseReport(`ОТЧЕТ о работе Общественного совета за 9 месяцев 2025 года\n\n${s}\n`).figures.map((f) => [f.metric, f.value]));
  it.each([
    ['В Совет поступило 18 обращений граждан, по 16 даны ответы в установленный срок.', 'appeals_answered', 16],
    ['Поступило 18 заявлений, по 16 из них были направлены ответы.', 'appeals_answered', 16],
    ['На заседаниях Совета заслушаны отчеты 3 должностных лиц: 1) руководителя Департамента – о этике (20 марта).', 'report_hearings', 3],
    ['Кеңес отырыстарында 3 лауазымды тұлғаның есебі тыңдалды.', 'report_hearings', 3],
  ] as const)('%s', (s, metric, n) => {
    expect(report(s)[metric]).toBe(n);
  });
  it('near-miss: "по 37 даны ответы" after letters is no appeal answered', () => {
    expect(report('Направлено 41 письмо в госорганы и 18 обращений рассмотрено, по 37 даны ответы на письма.').appeals_answered).not.toBe(37);
  });
});

describe('an agency\'s council counts the agency\'s people as its state members', () => {
  const state = (s: string) => parseReport(`ОТЧЕТ о работе Общественного совета за 2025 год\n\n${s}\n`).figures.filter((f) => f.metric === 'members_state').map((f) => f.value);
  it.each([
    ['Совет работал в составе 15 членов, в том числе 12 представителей гражданского общества и 3 представителя Агентства.', 3],
    ['Кеңес құрамында 15 мүше: 12-сі – азаматтық қоғам өкілдері, 3-і – агенттік өкілдері.', 3],
    // A variant: the dash after the count.
    ['В составе Совета 15 членов: 12 – представители НПО, 3 – представители агентства.', 3],
  ])('%s', (s, n) => {
    expect(state(s)).toEqual([n]);
  });
  it('near-miss: representatives of an agency outside a sentence on the members are not the state members', () => {
    expect(state('На заседании выступили 3 представителя Агентства.')).toEqual([]);
  });
});
