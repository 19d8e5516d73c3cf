/**
 * Attendance that moves during a meeting (session 34, set 111), and the report classes its set showed.
 * Protocols: an opening count, then a member arriving at a stated time ("В 10.15 прибыл …", "10.20-да … келді") and the
 * meeting's whole said after — the whole is present (readStatedCounts ARRIVED_LATE); a start delayed for lack of quorum
 * told in Kazakh ("кворум болмағандықтан … кейінге қалдырылды") — the count after it (NO_QUORUM); the whole said with its
 * verb first on the arrival's line ("всего в заседании приняли участие девять членов", ALL_IN_ALL).
 * Reports: a month's title in brackets (readPeriod); leaving a MEETING is no change of composition (memberChangeClauses
 * MEETING_MOVE); a none of composition after a bracket of dashed parts (readStatedNone, clauses at their true offsets); a
 * future step's bracket (PUT_OFF_BRACKET); a quarter table under "(тоқсан бөлінісінде)" whose header's labels were joined
 * by spaces (readFigures BROKEN_DOWN_BY_PARTS, joinedHeaderLabels); a reason's frequency beside one named leaver and a
 * reason between "из состава Совета" and "вышел" (singleMemberChanges); two typed events in one sentence cut at a comma
 * before a day (readDatedSentences typedParts); "все 7 рассмотрены, ответы даны" (figures.json); "мемлекеттік
 * орындардан" (compositionParts); the one hearing counted and dated, a department's — one department heard (departmentsListed; the convention
 * settled in session 35).
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const protocol = (lines: string[]) => parseProtocol(['ПРОТОКОЛ № 4', '12.11.2026', '', ...lines].join('\n'));
const figuresOf = (lines: string[]) => Object.fromEntries(parseReport(lines.join('\n')).figures.map((f) => [f.metric, f.value]));
const Q3 = 'Информация о работе Общественного совета за III квартал 2026 года';
const Q3_KK = 'Қоғамдық кеңестің 2026 жылғы III тоқсандағы жұмысы туралы есеп';

describe('an opening count, a member arriving at a stated time, the whole after', () => {
  it.each([
    ['На открытии (10.00) зарегистрировано 8 членов Совета из 12, кворум имеется.', 'В 10.25 прибыл Ахметов Б.К. (задержался в пути).', 'Всего в работе заседания приняли участие 9 членов Совета.'],
    ['На момент открытия присутствовали 8 членов Совета.', 'Ахметов Б.К. подошёл в 10.20.', 'Всего в заседании участвовали 9 членов Совета.'],
    ['Отырыс ашылғанда Кеңестің 12 мүшесінің 8-і тіркелді.', '10.20-да Ахметов Б.К. келді.', 'Барлығы отырысқа 9 мүше қатысты.'],
    ['Отырыс ашылғанда 8 мүше қатысты.', 'Сағат 10.15-те Ахметов Б.К. бейнебайланыс арқылы қосылды.', 'Барлығы отырысқа 9 мүше қатысты.'],
  ])('%s / %s / %s: present 9', (...lines) => {
    expect(protocol(lines).present).toBe(9);
  });
  it('on one line: the whole with its verb first after the arrival', () => {
    expect(protocol(['Открывая заседание, председатель сообщила, что в зале восемь членов Совета из одиннадцати. Иванов И.И. подошёл в 10.20, так что всего в заседании приняли участие девять членов Совета.']).present).toBe(9);
  });
  it('near miss: a member leaving and a recount lower — the opening count stands', () => {
    expect(protocol(['На открытии заседания зарегистрировано 9 членов Совета из 13.', 'В 11.05 заседание покинул Ахметов Б.К.', 'Перед голосованием по третьему вопросу в зале находятся 8 членов Совета, кворум сохраняется.']).present).toBe(9);
  });
  it('near miss: two counts, no arrival between, the paragraph broken — no whole chosen over the first', () => {
    expect(protocol(['На заседании присутствовали 8 членов Совета.', '', 'В 10.15 председатель открыл заседание.', 'Всего в заседании участвовали 9 членов Совета.']).present).toBe(8);
  });
});

describe('a start delayed for lack of quorum', () => {
  it.each([
    ['Белгіленген уақытта Кеңестің 11 мүшесінің 7-еуі ғана келді, кворум болмағандықтан отырыстың ашылуы 20 минутқа кейінге қалдырылды.', 'Осыдан кейін 9 мүше қатысты.'],
    ['Сағат 10.00-де 7 мүше келді, кворум жиналмады, отырыс 15 минутқа шегерілді.', 'Кейін отырысқа 9 мүше қатысты.'],
    ['В 10.00 присутствовали 7 членов Совета, кворума не было.', 'В 10.20 заседание открыто, присутствуют 9 членов Совета.'],
  ])('%s / %s: the count after the delay', (...lines) => {
    expect(protocol(lines).present).toBe(9);
  });
});

describe('a month\'s report titled by its month in brackets', () => {
  it.each([
    [['Ертіс ауданының Қоғамдық кеңесі', '', 'АҚПАРАТ', '(2026 жылғы қазан)', '', 'Кеңесте 11 мүше.'], { from: '2026-10-01', to: '2026-10-31' }],
    [['Общественный совет района', 'ИНФОРМАЦИЯ', '(октябрь 2026 г.)', '', 'В Совете 11 членов.'], { from: '2026-10-01', to: '2026-10-31' }],
  ])('%j', (lines, period) => {
    expect(parseReport(lines.join('\n')).period).toEqual(period);
  });
  it('near miss: a month and year closing a letter, no bracket, is no period of a month', () => {
    expect(parseReport(['Отчет Общественного совета за 2025 год', '', 'Проведено 6 заседаний.', '', 'с. Коктобе          2026 жылғы қаңтар'].join('\n')).period).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });
});

describe('leaving a meeting is no change of the council\'s composition', () => {
  it.each([
    'На заседании 23 сентября один член Совета покинул заседание до окончания.',
    'Один член Совета ушёл с заседания после второго вопроса.',
    'Отырыс барысында Кеңестің бір мүшесі отырыстан ерте кетті.',
  ])('%s', (line) => {
    expect(figuresOf([Q3, '', line]).members_left).toBeUndefined();
  });
  it.each([
    [Q3, 'В августе один член Совета покинул Совет по собственному желанию.'],
    [Q3_KK, 'Тамызда Кеңестің бір мүшесі өз өтінішімен кеңес құрамынан шықты.'],
  ])('near miss: %s / %s — left the council', (title, line) => {
    expect(figuresOf([title, '', line]).members_left).toBe(1);
  });
});

describe('a none of composition after a bracket of dashed parts', () => {
  it.each([
    'В Совете 13 членов (от НПО – 10, от госорганов – 3); состав за квартал не менялся.',
    'В Совете 13 членов (от НПО – 10, от госорганов – 3), состав Совета в отчетном квартале не изменялся.',
  ])('%s: joined 0, left 0', (line) => {
    const f = figuresOf([Q3, '', line]);
    expect([f.members_joined, f.members_left]).toEqual([0, 0]);
  });
  it('near miss: the none names another quarter', () => {
    expect(figuresOf([Q3, '', 'В Совете 13 членов (от НПО – 10, от госорганов – 3); состав во II квартале не менялся.']).members_joined).toBeUndefined();
  });
  it('a future step in a bracket is no part of the none', () => {
    expect(figuresOf([Q3, '', 'Новые члены в III квартале не включались (кандидатура Омаровой С.К. будет рассмотрена маслихатом в IV квартале).']).members_joined).toBe(0);
  });
});

describe('a quarter table under a breakdown heading, its labels joined by spaces', () => {
  const table = (heading: string, header: string) => figuresOf([
    'Успен ауданының Қоғамдық кеңесі', '2026 жылдың 9 айындағы қызметі туралы есеп', heading, '',
    header, 'Кеңес отырыстары\t2\t2\t2\t6', 'Қоғамдық мониторинг\t2\t3\t3\t8', 'Түскен өтініштер\t5\t7\t6\t18',
  ]);
  it.each([
    ['2. Жұмыс көлемі (тоқсан бөлінісінде)', 'Жұмыс түрі\tI тоқсан II тоқсан III тоқсан 9 ай'],
    ['2. Объем работы с разбивкой по кварталам', 'Вид работы\tI кв. II кв. III кв. 9 месяцев'],
    ['2. Жұмыс көлемі', 'Жұмыс түрі\tI тоқсан\tII тоқсан\tIII тоқсан\t9 ай'],
  ])('%s / %s: the total column', (heading, header) => {
    expect(table(heading, header)).toMatchObject({ general_meetings: 6, monitorings: 8, appeals_received: 18 });
  });
  it('near miss: a header of words joined, the rows wider — no columns made up', () => {
    expect(table('2. Жұмыс көлемі', 'Жұмыс түрі\tБірінші кезең екінші кезең').monitorings).toBeUndefined();
  });
  it('near miss: a section of one quarter still is a part', () => {
    expect(figuresOf(['Отчет за 9 месяцев 2026 года', '', '2. III квартал', 'Проведено 3 мониторинга.']).monitorings).toBeUndefined();
  });
});

describe('one named member who left, told with a reason', () => {
  it.each([
    ['2026 жылдың 9 айындағы қызметі туралы есеп', '2026 жылғы 18 маусымда Әбдірахманов Т.С. бір жыл ішінде отырыстарға үш рет дәлелсіз себеппен қатыспағаны үшін Кеңес құрамынан шығарылды.'],
    [Q3, '7 июля из состава Совета по собственному желанию в связи с переездом вышел Калиев С.Б.'],
    [Q3, 'В августе из состава Совета за пропуски заседаний 3 раза подряд выведен Калиев С.Б.'],
  ])('%s / %s: left 1', (title, line) => {
    expect(figuresOf([title, '', line]).members_left).toBe(1);
  });
  it('near miss: a count of members beside the name', () => {
    expect(figuresOf([Q3, '', 'В августе из состава Совета вместе с 2 другими членами вышел Калиев С.Б.']).members_left).toBeUndefined();
  });
});

describe('two events of two types in one sentence, a comma before the second day', () => {
  it.each([
    [Q3, '10 сентября проведен круглый стол по вопросам подвоза школьников, 24 сентября подписан меморандум о сотрудничестве с районным маслихатом.'],
    [Q3_KK, '10 қыркүйекте дөңгелек үстел өтті, 24 қыркүйекте аудандық мәслихатпен ынтымақтастық туралы меморандум жасалды.'],
  ])('%s: the round table and the memorandum, each dated', (title, line) => {
    const r = parseReport([title, '', line].join('\n'));
    expect(r.activities.map((a) => [a.type, a.date_start])).toEqual([['round_table', '2026-09-10'], ['memorandum', '2026-09-24']]);
  });
  it('near miss: a list of days, then another event\'s day — no cut inside the list', () => {
    const r = parseReport(['Қоғамдық кеңестің 2026 жылғы қызметі туралы есеп', '', '4 дөңгелек үстел өтті (2025 жылы – 3): 27.02.2026 ж., 16.05.2026 ж., 12.09.2026 ж., 28.11.2026 ж. 2026 жылғы 8 тамызда жастармен 1 диалог алаңы ұйымдастырылды.'].join('\n'));
    expect(r.activities.filter((a) => a.type === 'round_table').map((a) => a.date_start)).toEqual(['2026-02-27', '2026-05-16', '2026-09-12', '2026-11-28']);
  });
  it('near miss: a day whose clause goes on to another event\'s word — one type kept', () => {
    const r = parseReport(['Қоғамдық кеңестің 2026 жылғы қызметі туралы есеп', '', 'Қоғамдық бақылау аясында 2 мониторинг жүргізілді: 2026 жылғы 12 наурызда мектепте ыстық тамақ тексеріліп, ұсыныс жолданса, 2026 жылғы 21 мамырда ауыз су желісінің жай-күйі зерделеніп, нәтижесі 2026 жылғы 28 мамырда ауыл тұрғындарымен кездесуде талқыланды.'].join('\n'));
    expect(r.activities.map((a) => [a.type, a.date_start])).toEqual([['monitoring', '2026-03-12'], ['monitoring', '2026-05-21']]);
  });
  it('near miss: one type twice is left to the readers of one type', () => {
    const r = parseReport([Q3, '', '10 сентября проведен круглый стол, 24 сентября – второй круглый стол.'].join('\n'));
    expect(r.activities.every((a) => a.type === 'round_table')).toBe(true);
  });
});

describe('all N appeals answered, the count written', () => {
  it.each([
    [Q3, 'Поступило 7 обращений граждан, все 7 рассмотрены, ответы даны.'],
    [Q3_KK, 'Кеңеске 7 өтініш түсті, барлық 7 өтінішке жауап берілді.'],
  ])('%s', (title, line) => {
    expect(figuresOf([title, '', line]).appeals_answered).toBe(7);
  });
  it('near miss: reviewed, no answer said', () => {
    expect(figuresOf([Q3, '', 'Поступило 7 обращений граждан, все 7 рассмотрены.']).appeals_answered).toBeUndefined();
  });
});

describe('the state\'s part of the composition by its other names', () => {
  it.each([
    [Q3_KK, 'Кеңесте 11 мүше: 8 – қоғамдық ұйымдардан, 3 – мемлекеттік орындардан.'],
    [Q3, 'В Совете 11 членов: 8 – от общественных организаций, 3 – от государственных структур.'],
  ])('%s', (title, line) => {
    expect(figuresOf([title, '', line])).toMatchObject({ members_total: 11, members_civil: 8, members_state: 3 });
  });
});

describe('the one hearing counted, dated once, a department\'s: one department heard (settled in session 35)', () => {
  const candidatesOf = (lines: string[]) => Object.fromEntries(parseReport(lines.join('\n')).candidates.map((c) => [c.metric, c.value]));
  it.each([
    [Q3_KK, ['Іс-шаралар:', '- 6 тамызда – мектеп асханасына қоғамдық мониторинг;', '- 14 тамызда – аудандық жер қатынастары бөлімі басшысының есебі тыңдалды;', 'Барлығы: 1 мониторинг, 1 есеп тыңдау.']],
    [Q3, ['Мероприятия квартала:', '- 06.08.2026 – мониторинг школьной столовой;', '- 14.08.2026 – заслушан отчет руководителя отдела земельных отношений района.', 'Итого: проведен 1 мониторинг, заслушан 1 отчет.']],
  ])('%s: departments_heard 1', (title, lines) => {
    expect(figuresOf([title, '', ...lines]).departments_heard).toBe(1);
    expect(candidatesOf([title, '', ...lines]).departments_heard).toBeUndefined();
  });
  it('near miss: the one body heard is an akim, no department', () => {
    expect(candidatesOf([Q3, '', 'Мероприятия квартала:', '- 06.08.2026 – мониторинг школьной столовой;', '- 14.08.2026 – заслушан отчет акима Коктобинского сельского округа.', 'Итого: проведен 1 мониторинг, заслушан 1 отчет.']).departments_heard).toBeUndefined();
    expect(figuresOf([Q3, '', 'Мероприятия квартала:', '- 14.08.2026 – заслушан отчет акима Коктобинского сельского округа.', 'Итого: заслушан 1 отчет.']).departments_heard).toBeUndefined();
  });
  it('near miss: one hearing counted, two dated items heard — no count of departments from the list', () => {
    expect(figuresOf([Q3, '', 'Мероприятия квартала:', '- 14.08.2026 – заслушан отчет руководителя отдела земельных отношений района;', '- 20.08.2026 – заслушан отчет руководителя отдела образования.', 'Итого: заслушан 1 отчет.']).departments_heard).toBeUndefined();
  });
});
