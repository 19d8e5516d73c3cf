/**
 * Classes of session 32, from set 98 (changes of a council's composition): a report tells the composition of the period's
 * start beside its end, the members who joined split by whom they represent, a change clause by clause and then its total,
 * a table of the composition before a rotation and at the quarter's end, a movement table's "Итого выбыло" row; the bodies
 * heard listed after "мен", under a label with no count, with a bracket's total; a protocol's roll of those present and
 * absent in one table, a bilingual "жоқ / нет", a candidate's counts with the election on the next line, a vote not held,
 * a decision ordered right after the counts.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const figure = (text: string, metric: string) => parseReport(text).figures.find((f) => f.metric === metric)?.value;
const candidate = (text: string, metric: string) => parseReport(text).candidates.filter((c) => c.metric === metric).map((c) => c.value);

const RU_9M = (body: string) => ['ОТЧЕТ', 'о работе Общественного совета г. Экибастуза за январь – сентябрь 2026 года', '', body].join('\n');
const KK_Q3 = (body: string) => ['Қоғамдық кеңестің 2026 жылғы III тоқсандағы қызметі туралы есеп', '', body].join('\n');

describe('the composition told at the period\'s start is the start\'s, not the figure', () => {
  it.each([
    // Russian: the start's count first, the end's after it.
    [RU_9M('На 1 января 2026 года в Совете состояло 17 членов. Выбыли 3 члена, включены 2.\nНа 30.09.2026 в Совете 16 членов.'), 16, [17]],
    // Russian, "по состоянию на" with a numeric day.
    [RU_9M('По состоянию на 01.01.2026 численность Совета – 19 человек. Из состава вышел 1 член.\nЧисленность Совета на конец отчетного периода – 18 человек.'), 18, [19]],
    // Kazakh: "… 1 шілдедегі жағдай бойынша" then "Тоқсан соңында".
    [KK_Q3('2026 жылғы 1 шілдедегі жағдай бойынша Кеңесте 23 мүше болды. Тоқсанда 2 мүше шықты.\nТоқсан соңында Кеңесте 21 мүше.'), 21, [23]],
    // Kazakh: the start named without its day.
    [KK_Q3('Тоқсан басында Кеңесте 15 мүше болды. Тоқсанда 1 мүше шықты.\nТоқсан соңында Кеңесте 14 мүше.'), 14, [15]],
  ])('%s', (text, total, candidates) => {
    expect(figure(text, 'members_total')).toBe(total);
    expect(candidate(text, 'members_total')).toEqual(candidates);
  });

  it('near-miss: the period\'s last day, or the day after it, is the end\'s', () => {
    expect(figure(RU_9M('По состоянию на 1 октября 2026 года в Совете 15 членов.'), 'members_total')).toBe(15);
    expect(figure(KK_Q3('2026 жылғы 30 қыркүйектегі жағдай бойынша Кеңес құрамында 13 мүше.'), 'members_total')).toBe(13);
  });

  it('near-miss: a bracket\'s start count or "как и на начало" beside the end\'s count names no day of it', () => {
    const bracket = RU_9M('На 30 сентября 2026 года в составе Совета 27 членов (на 1 января 2026 года – 25): 18 представителей некоммерческих организаций и 9 представителей государственных органов.');
    expect([figure(bracket, 'members_total'), figure(bracket, 'members_civil'), figure(bracket, 'members_state')]).toEqual([27, 18, 9]);
    expect(figure(RU_9M('Состав Совета не менялся: в Совете, как и на начало года, 19 членов.'), 'members_total')).toBe(19);
  });
});

describe('the civil and state parts of who joined or left are not the composition\'s', () => {
  it.each([
    KK_Q3('1 тамызда құрамның үштен бірі ротацияланды: 6 мүшенің өкілеттігі тоқтатылып, олардың орнына 6 жаңа мүше енгізілді (азаматтық қоғамнан – 4, мемлекеттік органдардан – 2).'),
    RU_9M('В мае введены 3 новых члена: 2 – от общественных организаций, 1 – от государственных органов.'),
  ])('%s', (text) => {
    expect(figure(text, 'members_state')).toBeUndefined();
    expect(figure(text, 'members_civil')).toBeUndefined();
  });

  it('near-miss: the composition told after a change in a clause of its own keeps its parts', () => {
    const text = RU_9M('В июне из состава Совета вышел 1 член, в Совете 14 членов (10 – от общественных организаций, 4 – от государственных органов).');
    expect([figure(text, 'members_civil'), figure(text, 'members_state')]).toEqual([10, 4]);
  });
});

describe('a change counted clause by clause, then its total in a sentence of totals: the total', () => {
  it.each([
    [KK_Q3('1 тамызда 5 мүше шықты, олардың орнына 5 жаңа мүше енгізілді. 10 қыркүйекте тағы бір мүше өз өтініші бойынша шықты.\n\nБарлығы тоқсанда құрамнан 6 мүше шықты, 5 мүше енді.'), 6, 5],
    [RU_9M('В марте выбыли 2 члена Совета. В июне введены 2 новых члена, в августе выбыл еще 1 член.\nИтого за отчетный период выбыли 3 члена Совета, включены 2 новых члена.'), 3, 2],
  ])('%s', (text, left, joined) => {
    expect([figure(text, 'members_left'), figure(text, 'members_joined')]).toEqual([left, joined]);
  });

  it('near-miss: two counts with no totals sentence keep the first (an issue tells the other)', () => {
    expect(figure(RU_9M('В марте выбыли 2 члена Совета.\nВ сентябре выбыли 3 члена Совета.'), 'members_left')).toBe(2);
  });

  it('"N мүше енді" closing its clause joins; "енді" before more words is the adverb "now"', () => {
    expect(figure(KK_Q3('Тоқсан ішінде 2 жаңа мүше енді.'), 'members_joined')).toBe(2);
    expect(figure(KK_Q3('Кеңес құрамында 2 жаңа мүше кірді, 1 мүше шықты.'), 'members_joined')).toBe(2);
    expect(figure(KK_Q3('Кеңесте 15 мүше енді тұрақты жұмыс істейді.'), 'members_joined')).toBeUndefined();
  });
});

describe('councils a law or a text is about own no count', () => {
  it.each([
    KK_Q3('Қоғамдық кеңестер туралы заңға сәйкес 1 тамызда 7 мүшенің өкілеттігі тоқтатылды, олардың орнына 7 жаңа мүше енгізілді.'),
    KK_Q3('«Қоғамдық кеңестер туралы» Заңға сәйкес тоқсанда 7 жаңа мүше енгізілді.'),
  ])('%s', (text) => {
    expect(figure(text, 'members_joined')).toBe(7);
  });

  it('near-miss: district councils as the subject, in a city council\'s report, are another level\'s', () => {
    const text = ['Өскемен қаласы Қоғамдық кеңесінің 2026 жылғы III тоқсандағы қызметі туралы есеп', '', 'Облыстың аудандық қоғамдық кеңестері тоқсанда 40 отырыс өткізді.'].join('\n');
    expect(figure(text, 'general_meetings')).toBeUndefined();
  });
});

describe('a table of the composition at days: the column of the period\'s end', () => {
  it.each([
    KK_Q3(['Көрсеткіш                 | Ротацияға дейін (01.07.2026) | Тоқсан соңында (30.09.2026)', 'Кеңес мүшелері, барлығы   |   22   |   21', 'Тұрақты комиссиялар       |   4    |   4'].join('\n')),
    RU_9M(['Показатель            | На 01.01.2026 | На 30.09.2026', 'Членов Совета         |   22          |   21', 'Постоянных комиссий   |   4           |   4'].join('\n')),
  ])('%s', (text) => {
    expect([figure(text, 'members_total'), figure(text, 'commissions')]).toEqual([21, 4]);
  });

  it('near-miss: a column of the period\'s counts beside a day\'s state is no table of states', () => {
    const text = RU_9M(['Показатель          | На 01.01.2026 | За 9 месяцев 2026 г.', 'Заседаний Совета    |   –           |   5', 'Членов Совета       |   22          |   21'].join('\n'));
    expect(figure(text, 'members_total')).not.toBe(22);
  });
});

describe('a movement table\'s total row by its words ("Итого выбыло", "Барлығы шықты")', () => {
  it.each([
    [RU_9M(['Показатель | I квартал | II квартал | III квартал | Всего за 9 месяцев', 'Выбыли досрочно | 1 | 1 | – | 2', 'Не вошли в новый состав | – | – | 9 | 9', 'Итого выбыло | 1 | 1 | 9 | 11', 'Включены в состав | 1 | – | 12 | 13'].join('\n')), 11, 13],
    [KK_Q3(['Көрсеткіш | Шілде | Тамыз | Қыркүйек | Барлығы', 'Өз өтініші бойынша | 1 | – | – | 1', 'Шығарылды (дәлелсіз себептермен) | – | 1 | – | 1', 'Барлығы шықты | 1 | 1 | – | 2', 'Құрамға енгізілді | – | 1 | 1 | 2'].join('\n')), 2, 2],
  ])('%s', (text, left, joined) => {
    expect([figure(text, 'members_left'), figure(text, 'members_joined')]).toEqual([left, joined]);
  });
});

describe('the bodies heard, by kind', () => {
  it.each([
    // Kazakh items parted by "мен" after a department named in the nominative ("және" inside a name does not part).
    [KK_Q3('Кеңес отырыстарында 2 есеп тыңдалды: қалалық мәдениет бөлімі мен жұмыспен қамту және әлеуметтік бағдарламалар бөлімі.'), 2, undefined],
    // "N государственных органов" with an enterprise among them: each told by its kind.
    [RU_9M('Заслушаны отчеты 3 государственных органов: отдела культуры, отдела строительства и ГКП «Горводоканал» (подведомственное акимату предприятие).'), 2, 1],
    // A label with no count over as many bodies as the hearings stated; a bracket's note before its day.
    [KK_Q3('Есептерді тыңдау – 3.\n\nТыңдалған есептер: қалалық білім бөлімі (2026 жылғы 8 шілде), қалалық құрылыс бөлімі (2026 жылғы 5 тамыз), «Жылу» МКК (әкімдіктің ведомстволық бағынысты кәсіпорны, 2026 жылғы 16 қыркүйек).'), 2, 1],
    // The hearings' total in a bracket after the Kazakh verb.
    [KK_Q3('Кеңес отырыстарында қалалық ішкі саясат бөлімі мен қалалық құрылыс бөлімінің есептері тыңдалды (барлығы 2 есеп).'), 2, undefined],
  ])('%s', (text, departments, subordinate) => {
    expect([figure(text, 'departments_heard'), figure(text, 'subordinate_orgs_heard')]).toEqual([departments, subordinate]);
  });

  it('the bracket\'s total is the hearings\' figure, in both languages', () => {
    expect(figure(KK_Q3('Кеңес отырыстарында екі бөлімнің есептері тыңдалды (барлығы 2 есеп).'), 'report_hearings')).toBe(2);
    expect(figure(RU_9M('На заседаниях заслушаны руководители отдела образования и отдела ЖКХ (всего 2 отчета).'), 'report_hearings')).toBe(2);
  });

  it('near-miss: "N государственных органов" that are all departments counts bodies, not departments (held-out 3)', () => {
    expect(figure(RU_9M('Заслушаны отчеты 2 государственных органов: отдела образования и отдела жилищной инспекции.'), 'departments_heard')).toBeUndefined();
  });

  it('near-miss: a label with no count over a list the hearings do not meet says nothing', () => {
    const text = KK_Q3('Есептерді тыңдау – 4.\n\nТыңдалған есептер: қалалық білім бөлімі (2026 жылғы 8 шілде), «Жылу» МКК (2026 жылғы 16 қыркүйек).');
    expect(figure(text, 'departments_heard')).toBeUndefined();
  });
});

const protocol = (lines: string[]) => parseProtocol(lines.join('\n'));
const votes = (lines: string[]) => protocol(lines).votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared]);
/** A Word table as a .docx gives it: a cell a line, each opening with a tab. */
const cells = (rows: string[][]) => rows.map((r) => r.map((c) => `\t${c}`).join('\n')).join('\n');

describe('a roll headed by those present and absent: each row\'s mark tells', () => {
  it.each([
    ['ХАТТАМА № 4', '2026 жылғы 12 наурыз', 'Кеңестің 5 мүшесінің 4-і қатысты.', 'Отырысқа қатысқан және қатыспаған мүшелер:'],
    ['ПРОТОКОЛ № 4', '12.03.2026', 'Присутствовали 4 члена Совета из 5.', 'Присутствовавшие и отсутствовавшие члены Совета:'],
  ])('%s', (title, date, count, heading) => {
    const x = protocol([title, date, count, heading, cells([['№', 'Т.А.Ә.', 'Қатысуы'], ['1', 'Ахметов Б.С.', 'қатысты'], ['2', 'Белова А.В.', 'онлайн'], ['3', 'Ким О.В.', 'жоқ – іссапарда'], ['4', 'Омаров Т.Е.', 'қатысты'], ['5', 'Серікова Д.А.', 'қатысты']]), '', 'Күн тәртібі:', '1. Жоспар туралы.']);
    expect([x.attendees.length, x.attendees.filter((a) => a.online).length, x.absentees.map((a) => a.name)]).toEqual([4, 1, ['Ким О.В.']]);
  });

  it('near-miss: a heading of the absent alone lists the absent', () => {
    const x = protocol(['ХАТТАМА № 4', '2026 жылғы 12 наурыз', 'Кеңестің 5 мүшесінің 3-і қатысты.', 'Отырысқа қатыспаған мүшелер:', 'Ким О.В. – іссапарда;', 'Омаров Т.Е. – ауырып қалды.', '', 'Күн тәртібі:', '1. Жоспар туралы.']);
    expect(x.absentees.map((a) => a.name)).toEqual(['Ким О.В.', 'Омаров Т.Е.']);
  });
});

describe('a bilingual sheet\'s "жоқ / нет"', () => {
  const sheet = (mark: string) => protocol(['ХАТТАМА № 9 / ПРОТОКОЛ № 9', 'Күні / Дата: 25.11.2026', 'Қатысқаны / Присутствовали: 2', '', 'Қатысу парағы / Лист участия:', '№ | Т.А.Ә. / Ф.И.О. | Қатысуы / Участие', '1 | Бекболатов Р.С. | қатысты / присутствовал', '2 | Гуляев И.М. | онлайн', `3 | Нуртазин Б.Е. | ${mark}`, '', 'Күн тәртібі / Повестка дня:', '1. Жоспар туралы / О плане.']);
  it.each([
    ['жоқ / нет', null],
    ['нет / жоқ', null],
    ['жоқ / нет – іссапар / командировка', true],
  ])('%s', (mark, excused) => {
    const x = sheet(mark);
    expect([x.attendees.length, x.absentees.map((a) => [a.name, a.excused])]).toEqual([2, [['Нуртазин Б.Е.', excused]]]);
  });
});

const HEAD = ['ПРОТОКОЛ № 9 внеочередного заседания', '25.11.2026', 'Присутствовали 19 членов Совета.', ''];

describe('a candidate\'s counts closing their line, the election told on the next', () => {
  it.each([
    [[...HEAD, '2. Выдвинуты кандидатуры Егорова В.А. и Орловой Т.С.', 'По кандидатуре Егорова В.А.: 12/5/2.', 'Егоров В.А. избран председателем Совета.'], [[12, 5, 2, false, 'adopted']]],
    [[...HEAD, '2. Кандидатура ұсынылды: Сагинтаева М.А.', 'Сагинтаева М.А. кандидатурасы бойынша: 7/10/2.', 'Сагинтаева М.А. төраға болып сайланбады.'], [[7, 10, 2, false, 'rejected']]],
  ])('%s', (lines, want) => {
    expect(votes(lines)).toEqual(want);
  });

  it('near-miss: counts closing a line over a line that declares nothing are not read as a vote', () => {
    expect(votes([...HEAD, 'Номер телефона: 12/5/2.', 'Следующее заседание – в декабре.'])).toEqual([]);
  });
});

describe('a vote not held is no vote', () => {
  it.each([
    'Сагинтаева М.А. кандидатурасы бойынша дауыс беру жүргізілмеді, өйткені төраға сайланды.',
    'Мәселе бойынша дауыс беру жүргізілген жоқ.',
    'По кандидатуре Сагинтаевой М.А. голосование не проводилось, так как председатель избран.',
  ])('%s', (line) => {
    expect(votes([...HEAD, '2. Избрание председателя.', 'Итоги: за – 12, против – 5, воздержались – 2. Избран Егоров В.А.', line])).toEqual([[12, 5, 2, false, 'adopted']]);
  });
});

describe('a decision ordered right after counts that carry it: adopted', () => {
  it.each([
    [['ХАТТАМА № 5', '2026 жылғы 14 қазан', 'Кеңестің 13 мүшесінің 10-ы қатысты.', '', '2. ТЫҢДАЛДЫ: Л.А. Кузьмина.', 'Дауыс беру нәтижесі:', 'Жақтап – 8', 'Қарсы – 1', 'Қалыс – 1', 'ШЕШІМ: Г.Н. Бекова комиссия төрағасы болып тағайындалсын.'], 'adopted'],
    [['ПРОТОКОЛ № 5', '14.10.2026', 'Присутствовали 10 членов Совета.', '', '2. СЛУШАЛИ: Кузьмину Л.А.', 'Голосовали: за – 7, против – 2, воздержались – 1.', 'РЕШИЛИ: назначить Бекову Г.Н. председателем комиссии.'], 'adopted'],
    // Near-miss: counts that do not carry it (for not more than against and abstaining) — nothing sure.
    [['ПРОТОКОЛ № 5', '14.10.2026', 'Присутствовали 10 членов Совета.', '', '2. СЛУШАЛИ: Кузьмину Л.А.', 'Голосовали: за – 4, против – 4, воздержались – 2.', 'РЕШИЛИ: назначить Бекову Г.Н. председателем комиссии.'], null],
    // Near-miss: a decision that orders nothing ("принять к сведению" is no order of the vote's matter here: a noun phrase).
    [['ХАТТАМА № 5', '2026 жылғы 14 қазан', 'Кеңестің 13 мүшесінің 10-ы қатысты.', '', '2. ТЫҢДАЛДЫ: Л.А. Кузьмина.', 'Дауыс беру нәтижесі:', 'Жақтап – 8', 'Қарсы – 1', 'Қалыс – 1', 'ШЕШІМ: ақпарат назарға.'], null],
  ])('%s', (lines, declared) => {
    expect(votes(lines as string[]).at(-1)?.[4]).toBe(declared);
  });
});
