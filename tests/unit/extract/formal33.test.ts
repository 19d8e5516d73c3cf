// Classes of held-out set 104 (long formal documents): a footnote mark glued to the online words of the count sentence and to
// the names it is about; a presence cell carrying the online legend's mark ("+*"); slashed counts whose result says the word
// for all after it ("11 / 0 / 0. Принято единогласно."); endnote marks in square brackets glued to words ("жүргізілді[3]") and
// the endnotes under them.
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const HEAD = 'ПРОТОКОЛ № 5\n12 ноября 2026 года\n\n';
const AGENDA = '\n\nПОВЕСТКА ДНЯ:\n1. О плане работы.\n';
const online = (text: string) => parseProtocol(text).attendees.filter((a) => a.online).map((a) => a.name);

describe('a footnote mark glued to the online words marks the names that carry it', () => {
  it.each([
    ['Присутствовали 5 членов Совета, в том числе двое – в режиме видеоконференцсвязи¹.', 'ПРИСУТСТВОВАЛИ:', '¹', '¹ Иванов И.И., Ким О.В. (подключение по ссылке).'],
    ['Отырысқа 5 мүше қатысты, оның 2-еуі бейнебайланыс арқылы*.', 'ҚАТЫСҚАНДАР:', '*', '* Иванов И.И., Ким О.В. – Zoom платформасы.'],
    // A variant: the mark after the online word's bracket, the note below the list.
    ['Присутствуют 5 членов (из них 2 – онлайн)²;', 'Присутствовали:', '²', '² Подключились из г. Астаны.'],
  ])('%s', (count, heading, mark, note) => {
    const text = `${HEAD}${count}\n${heading}\n1. Абенов А.А.\n2. Иванов И.И.${mark}\n3. Петрова Н.С.\n4. Ким О.В.${mark}\n5. Сейткали Б.Б.\n______\n${note}${AGENDA}`;
    expect(online(text)).toEqual(['Иванов И.И.', 'Ким О.В.']);
    expect(parseProtocol(text).attendees.map((a) => a.name)).toContain('Иванов И.И.');
  });
  it('near-miss: a mark glued to a word that is not the online one says nothing of how anyone took part', () => {
    const text = `${HEAD}Присутствовали 5 членов Совета¹, в том числе двое – онлайн.\nПРИСУТСТВОВАЛИ:\n1. Абенов А.А.\n2. Иванов И.И.¹\n3. Петрова Н.С.\n4. Ким О.В.¹\n5. Сейткали Б.Б.\n______\n¹ Члены комиссии по бюджету.${AGENDA}`;
    expect(online(text)).toEqual([]);
  });
  it('near-miss: a mark glued to the online words of the invited marks no member', () => {
    const text = `${HEAD}Присутствовали 3 члена Совета.\nПРИСУТСТВОВАЛИ:\n1. Абенов А.А.\n2. Иванов И.И.¹\n3. Петрова Н.С.\nПриглашенные (онлайн)¹: Ким О.В.${AGENDA}`;
    expect(online(text)).toEqual([]);
  });
});

describe('a presence cell closed by the mark of the online legend', () => {
  const table = (cell: string, legend: string, absent = 'жоқ / нет – ауруы / болезнь') =>
    `${HEAD}Присутствуют – 3.\n\n № | Ф.И.О.            | Участие\n---+-------------------+-----------\n 1 | Абенов Ержан Канатович | +\n 2 | Белоусов Дмитрий Олегович | ${cell}\n 3 | Петрова Нина Сергеевна | +\n 4 | Ким Ольга Викторовна | ${absent}\n${legend}${AGENDA}`;
  it.each([
    ['+*', '* – ВКС арқылы / по ВКС'],
    ['қатысты¹', '¹ – онлайн қатысты'],
    // A variant: the mark apart by a space.
    ['очно **', '** – по видеосвязи'],
  ])('%s', (cell, legend) => {
    const x = parseProtocol(table(cell, legend));
    expect(x.attendees.length).toBe(3);
    expect(x.attendees.filter((a) => a.online).map((a) => a.name)).toEqual(['Белоусов Дмитрий Олегович']);
    expect(x.absentees.length).toBe(1);
  });
  it('near-miss: an absence cell with the mark is still an absence', () => {
    const x = parseProtocol(table('+', '* – ВКС арқылы / по ВКС', 'жоқ / нет – іссапар*'));
    expect(x.attendees.filter((a) => a.online)).toEqual([]);
    expect(x.absentees.map((a) => a.name)).toEqual(['Ким Ольга Викторовна']);
  });
  it('near-miss: another mark ("+**" under a legend of "*") is not the online one', () => {
    const x = parseProtocol(table('+**', '* – ВКС арқылы / по ВКС'));
    expect(x.attendees.filter((a) => a.online)).toEqual([]);
  });
});

describe('slashed counts, the result after them saying the word for all', () => {
  const vote = (line: string) => parseProtocol(`${HEAD}Присутствовали 11 членов.${AGENDA}\n1. СЛУШАЛИ: Иванова И.И.\n${line}\n`).votes.at(-1)!;
  it.each([
    ['Итоги голосования по проекту решения (принять к сведению): 11 / 0 / 0. Принято единогласно.'],
    ['Шешім жобасы бойынша дауыс беру қорытындысы: 11/0/0. Шешім қабылданды бірауыздан.'],
    // A variant: a dash before the result.
    ['По проекту решения – 11-0-0 – решение принято единогласно.'],
  ])('%s', (line) => {
    const v = vote(line);
    expect([v.for, v.against, v.abstain, v.unanimous, v.declared]).toEqual([11, 0, 0, true, 'adopted']);
  });
  it('near-miss: counts against or abstaining make no vote unanimous, whatever the word', () => {
    const v = vote('Итоги голосования: 9 / 1 / 1. Принято единогласно.');
    expect([v.for, v.unanimous]).toEqual([9, false]);
  });
  it('near-miss: a result with no word for all is no unanimous vote', () => {
    const v = vote('Итоги голосования: 11 / 0 / 0. Решение принято.');
    expect(v.unanimous).toBe(false);
  });
});

describe('endnote marks in square brackets glued to the words they mark', () => {
  const metric = (text: string, id: string) => parseReport(text).figures.find((f) => f.metric === id)?.value;
  it.each([
    ['ЕСЕП\n2025 жыл\n14 қоғамдық мониторинг жүргізілді[3], ұсынымдар жолданды.\n41 өтініш түсті. Оның 38-іне жауап берілді[4].\n\nЕСКЕРТПЕЛЕР\n[3] Оның 2-еуі бірлесіп өткізілді.\n[4] Қалған 3 өтініш 2026 жылғы қаңтарда қаралды.\n'],
    ['ОТЧЕТ за 2025 год\nПроведено 14 мониторингов[3], рекомендации направлены.\nПоступило 41 обращение, на 38 из них даны ответы[4].\n\nПримечания\n[3] Из них 2 – совместно с депутатами маслихата.\n[4] Ответы на 3 обращения даны в январе 2026 года.\n'],
  ])('%s', (text) => {
    expect(metric(text, 'monitorings')).toBe(14);
    expect(metric(text, 'appeals_answered')).toBe(38);
    expect(parseReport(text).candidates.map((c) => c.value)).not.toContain(3);
  });
  it('near-miss: a count in brackets apart from its noun stays a count', () => {
    const text = 'ОТЧЕТ за 2025 год\nМониторинги [14] проведены по плану.\n';
    expect(parseReport(text).figures.some((f) => f.value === 14 || f.value === 1)).toBe(false);
    expect(metric('ОТЧЕТ за 2025 год\nПроведено мониторингов – 14.\n', 'monitorings')).toBe(14);
  });
});

const figure = (text: string, id: string) => parseReport(text).figures.find((f) => f.metric === id)?.value;

describe('answers to a part of the appeals or letters "из них", whom they went to between', () => {
  it.each([
    ['ОТЧЕТ за III квартал 2026 года\nВ ОС поступило 14 обращений. По 13 из них заявителям направлены ответы, 1 находится на рассмотрении.\n', 13],
    ['ОТЧЕТ за 2026 год\nПоступило 20 заявлений граждан; на 18 из которых гражданам даны ответы.\n', 18],
  ])('%s', (text, n) => {
    expect(figure(text, 'appeals_answered')).toBe(n);
  });
  it.each([
    ['ОТЧЕТ за III квартал 2026 года\nИсходящих писем в госорганы – 9, на 7 из них получены ответы.\n', 9, 7],
    ['ОТЧЕТ за 2026 год\nИсходящих писем Совета – 12, ответы получены на 10.\n', 12, 10],
  ])('%s', (text, sent, answered) => {
    expect(figure(text, 'letters_answered')).toBe(answered);
    expect(figure(text, 'appeals_answered')).toBeUndefined();
  });
  it('near-miss: incoming letters answered are no letters the council sent', () => {
    const text = 'ОТЧЕТ за 2026 год\nВходящих писем – 12, на 10 из них даны ответы.\n';
    expect(figure(text, 'letters_answered')).toBeUndefined();
  });
});

describe('a public discussion the council held is a public hearing', () => {
  it.each([
    ['ОТЧЕТ за III квартал 2026 года\nПроведены 1 публичное обсуждение (проект правил благоустройства), 2 круглых стола.\n', 1],
    ['2026 ЖЫЛҒЫ ЕСЕП\nКеңес 2 жария талқылау өткізді, 3 дөңгелек үстел ұйымдастырды.\n', 2],
  ])('%s', (text, n) => {
    expect(figure(text, 'public_hearings')).toBe(n);
  });
  it('a table row "Публичные обсуждения" and a dated line of one', () => {
    const x = parseReport('ОТЧЕТ за 9 месяцев 2026 года\n\nПоказатель | План | Факт\nПубличные обсуждения | 2 | 1\nКруглые столы | 3 | 2\n\nПеречень мероприятий:\n- 02.09.2026 – публичное обсуждение проекта правил благоустройства;\n- 16.09.2026 – круглый стол по вопросам доступной среды.\n');
    expect(x.figures.find((f) => f.metric === 'public_hearings')?.value).toBe(1);
    expect(x.activities.filter((a) => a.type === 'public_hearing').map((a) => a.date_start)).toEqual(['2026-09-02']);
  });
  it('near-miss: the term of a draft\'s public discussion heads no list of hearings', () => {
    const x = parseReport('ОТЧЕТ за 2025 год\n• Рассмотрено 64 проекта НПА:\n    o одобрено без замечаний – 41;\n    o не поддержано – 23.\n  На 01.12.2025 на рассмотрении еще 5 проектов (сроки публичного\n  обсуждения не истекли).\n\n• Заслушано 5 отчетов.\n');
    expect(x.figures.find((f) => f.metric === 'public_hearings')).toBeUndefined();
    expect(x.activities.filter((a) => a.type === 'public_hearing')).toEqual([]);
  });
  it('near-miss: a draft\'s discussion on the open-NPA portal is no hearing of the council', () => {
    const text = 'ОТЧЕТ за 2026 год\nРассмотрено 3 проекта НПА, размещенных на 1 публичное обсуждение на портале «Открытые НПА».\n';
    expect(figure(text, 'public_hearings')).toBeUndefined();
  });
});

describe('the council\'s acronym and a participle clause inside a counted sentence', () => {
  it.each([
    ['ОТЧЕТ за 9 месяцев 2026 года\nПо состоянию на 30.09.2026 в ОС 13 членов, из них 10 – представители гражданского общества, 3 – представители государственных органов.\n', 13],
    ['ОТЧЕТ за 2026 год\nНа конец года в ОСе 15 членов.\n', 15],
  ])('%s', (text, n) => {
    expect(figure(text, 'members_total')).toBe(n);
  });
  it('near-miss: those at a meeting of the council are no composition', () => {
    expect(figure('ОТЧЕТ за 2026 год\nНа заседании в ОС 11 членов приняли участие.\n', 'members_total')).toBeUndefined();
  });
  it.each([
    ['ОТЧЕТ за 9 месяцев 2026 года\nВсе 5 проектов НПА, поступивших на экспертизу, одобрены без замечаний.\n', 5],
    ['ОТЧЕТ за 2026 год\nВсе 4 проекта, представленных акиматом в марте, одобрены.\n', 4],
  ])('%s', (text, n) => {
    expect(figure(text, 'npa_approved')).toBe(n);
    expect(figure(text, 'npa_with_remarks')).toBeUndefined();
  });
  it('near-miss: a clause that is no participle of the drafts reads nothing', () => {
    expect(figure('ОТЧЕТ за 2026 год\nВсе 5 проектов НПА, как и в прошлом году, одобрены.\n', 'npa_approved')).toBeUndefined();
  });
});

describe('the council\'s page on a site named by the council\'s full name or acronym', () => {
  const media = (text: string) => parseReport(text).media.map((m) => `${m.platform}=${m.publications}`);
  it.each([
    ['2025 ЖЫЛҒЫ ЕСЕП\nБАҚ-та 100 материал жарияланды: Instagram – 64, Telegram – 22, әкімдік сайтындағы ҚК парағы – 14.\n'],
    ['2025 ЖЫЛҒЫ ЕСЕП\nБАҚ-та 100 материал жарияланды: Instagram – 64, Telegram – 22, сайттағы Қоғамдық кеңестің бетінде – 14.\n'],
    ['ОТЧЕТ за 2025 год\nОпубликовано 100 материалов: Instagram – 64, Telegram – 22, на сайте акимата на странице Общественного совета – 14.\n'],
  ])('%s', (text) => {
    expect(media(text)).toContain('website=14');
  });
  it('near-miss: the council named with no site is no platform', () => {
    expect(media('2025 ЖЫЛҒЫ ЕСЕП\nБАҚ-та 100 материал жарияланды: Instagram – 86, Қоғамдық кеңес – 14.\n')).not.toContain('website=14');
  });
});

describe('a Kazakh member change told by name, the name before the council and the verb', () => {
  it.each([
    ['2026 ЖЫЛҒЫ I ЖАРТЫЖЫЛДЫҚ ЕСЕП\nЖартыжылдықта Рахметов Д.С. ҚК құрамынан шықты (2026 жылғы 4 ақпан), Ғалымжанова А.Т. құрамға енгізілді (2026 жылғы 18 наурыз).\n', 1, 1],
    ['2026 ЖЫЛҒЫ 9 АЙДАҒЫ ЕСЕП\nЕсепті кезеңде Омаров Б.К. Кеңес құрамынан шықты.\nСәрсенова Г.М. кеңес құрамына енгізілді.\n', 1, 1],
  ])('%s', (text, left, joined) => {
    expect(figure(text, 'members_left')).toBe(left);
    expect(figure(text, 'members_joined')).toBe(joined);
  });
  it('near-miss: one put into a commission\'s composition joined no council', () => {
    const text = '2026 ЖЫЛҒЫ I ЖАРТЫЖЫЛДЫҚ ЕСЕП\nЖартыжылдықта Ғалымжанова А.Т. комиссия құрамына енгізілді.\n';
    expect(figure(text, 'members_joined')).toBeUndefined();
  });
});

describe('a running head printed once at a page\'s top, and the page\'s rule over a numbered section\'s title', () => {
  const page = (head: string) => `2026 ЖЫЛҒЫ I ЖАРТЫЖЫЛДЫҚ ЕСЕП\n2.3. Диалогтік алаңдар. 2 диалогтік алаң ұйымдастырылды: 05.05.2026 – жастармен, 2026 жылғы\n     11 маусымда – шағын бизнес өкілдерімен.\n\n                                   – 1 –\n${head}\n--------------------------------------------------------------\n3. НҚА ЖОБАЛАРЫН ҚАРАУ\nҚК-ке 8 НҚА жобасы түсті.\n`;
  it.each([
    ['Ақсу қ. ҚК · I жартыжылдық 2026                              2-бет'],
    ['Отчет ОС г. Аксу за I полугодие 2026 г.                      Страница 2'],
  ])('%s', (head) => {
    const x = parseReport(page(head));
    expect(x.activities.filter((a) => a.type === 'dialog_platform').map((a) => a.date_start)).toEqual(['2026-05-05', '2026-06-11']);
  });
  it('near-miss: a title underlined right under it still heads its list', () => {
    const x = parseReport('2026 ЖЫЛҒЫ ЕСЕП\n\nДИАЛОГТІК АЛАҢДАР\n-----------------\n1. 05.05.2026 – жастармен;\n2. 11.06.2026 – кәсіпкерлермен.\n');
    expect(x.activities.filter((a) => a.type === 'dialog_platform').length).toBe(2);
  });
});

describe('a run-in heading of a part of the period over items each naming its own type', () => {
  const types = (text: string) => parseReport(text).activities.map((a) => `${a.type} ${a.date_start}`);
  it.each([
    ['2026 ЖЫЛҒЫ 9 АЙДАҒЫ ЕСЕП\n3 дөңгелек үстел және 1 диалогтік алаң өткізілді.\nIII тоқсанда: 2026 жылғы 10 қыркүйекте – «Қауіпсіз аула» дөңгелек үстелі; 24.09.2026 ж. – кәсіпкерлермен диалогтік алаң.\n'],
    ['ОТЧЕТ за 9 месяцев 2026 года\nПроведены 3 круглых стола и 1 диалоговая площадка.\nВ III квартале: 10.09.2026 – круглый стол «Безопасный двор»; 24.09.2026 – диалоговая площадка с предпринимателями.\n'],
  ])('%s', (text) => {
    expect(types(text)).toEqual(['round_table 2026-09-10', 'dialog_platform 2026-09-24']);
  });
  it('near-miss: an item naming no type leaves the run unread', () => {
    expect(types('ОТЧЕТ за 9 месяцев 2026 года\nВ III квартале: 10.09.2026 – круглый стол «Безопасный двор»; 24.09.2026 – обновление страницы Совета на сайте.\n')).not.toContain('round_table 2026-09-10');
  });
  it('near-miss: a plan of the next quarter is no event held', () => {
    expect(types('ОТЧЕТ за 9 месяцев 2026 года\nВ IV квартале: 10.10.2026 – круглый стол (планируется); 24.11.2026 – диалоговая площадка.\n')).toEqual([]);
  });
});
