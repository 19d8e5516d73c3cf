// Classes of held-out sets 52 and 53, protocols whose attendance is told rather than listed: a count online after "of
// whom" at a line's end, the members' whole list with a status only on the absent lines, a registration roll whose
// absent line carries only its reason, none online said of the participants, an online group's heading with its count,
// "Повестка дня: единогласно", the votes in the instrumental beside the word for all ("14 дауыспен бірауыздан"), a table
// of counts per commission with the absentees listed below it, an absentees' paragraph wrapped mid-reason, and a reason
// told by "в связи с" / "…уына байланысты"; and set 45's sentence naming those who took part ("Отырысқа … қатысты").
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const read = (lines: string[]) => {
  const p = parseProtocol(['ПРОТОКОЛ № 1', '', ...lines].join('\n'));
  return {
    total: p.members_total,
    present: p.present,
    online: p.online,
    attendees: p.attendees_listed === false ? null : p.attendees.map((a) => [a.name, a.online]),
    absentees: p.absentees_listed === false ? null : p.absentees.map((a) => [a.name, a.excused]),
    votes: p.votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared]),
  };
};
const agenda = (kk: boolean) => (kk ? ['', 'КҮН ТӘРТІБІ:', '1. Жоспар туралы.'] : ['', 'ПОВЕСТКА ДНЯ:', '1. О плане работы.']);

describe('a count online after "of whom" at a line\'s end is read with the line that says what it counts', () => {
  it('set 52 Atyrau: "Отырысқа 14 мүше қатысып отыр, оның екеуі" / "Zoom платформасы арқылы қашықтан қосылды."', () => {
    const x = read(['Кеңестің бекітілген құрамы – 19 мүше. Отырысқа 14 мүше қатысып отыр, оның екеуі', 'Zoom платформасы арқылы қашықтан қосылды. Кворум бар.']);
    expect([x.total, x.present, x.online]).toEqual([19, 14, 2]);
  });
  it.each([
    ['ru', ['Присутствуют 12 членов Совета из 15, из них двое', 'по видеосвязи. Кворум имеется.'], [15, 12, 2]],
    ['kk, "олардың үшеуі"', ['Отырысқа 9 мүше қатысты, олардың үшеуі', 'бейнебайланыс арқылы қосылды.'], [null, 9, 3]],
  ])('variant: %s', (_name, lines, want) => {
    const x = read(lines);
    expect([x.total, x.present, x.online]).toEqual(want);
  });
  it('near-miss: what the next line counts is no means of joining — no count online', () => {
    expect(read(['Присутствовали 12 членов Совета из 15, из них 3', 'члена комиссии по ЖКХ.']).online).toBeNull();
    expect(read(['Отырысқа 14 мүше қатысып отыр, оның екеуі', 'шақырылған сарапшылар.']).online).toBeNull();
  });
});

const ATYRAU = [
  'Кеңестің бекітілген құрамы – 19 мүше. Отырысқа 14 мүше қатысып отыр, оның екеуі',
  'Zoom платформасы арқылы қашықтан қосылды. Кворум бар.',
  '',
  'Кеңес мүшелерінің тізімі және қатысуы:',
  ' 1. Ғабдуллин Марат Серікұлы – кеңес төрағасы',
  ' 2. Исмағұлова Гүлнар Жақсылыққызы – хатшы',
  ' 3. Арыстанова Әлия Қайратқызы',
  ' 4. Бақытжанов Ерлан Төлегенұлы – қатыспады, ауырып қалуына байланысты',
  ' 5. Дәулетқалиев Асхат Нұрланұлы',
  ' 6. Есенова Мәдина Бауыржанқызы (Zoom)',
  ' 7. Жұмағалиев Руслан Серікболұлы',
  ' 8. Имангалиева Сәуле Маратқызы – қатыспады, іссапарда (Астана қ.)',
  ' 9. Қалиев Нұржан Ержанұлы',
  '10. Құрманғазиева Динара Асқарқызы',
  '11. Мұқашев Бекболат Жарасұлы – қатыспады, себебі белгісіз',
  '12. Нұрғалиева Айгүл Сейітқызы',
  '13. Оразбаев Талғат Бақытұлы',
  '14. Сағынғалиев Дамир Жанатұлы (Zoom)',
  '15. Сейдахметова Ләззат Оралқызы – қатыспады, жыл сайынғы еңбек демалысында',
  '16. Тұрсынғалиев Айдын Маратұлы',
  '17. Өтегенов Берік Қуанышұлы',
  '18. Шәкімова Жанар Нұрболатқызы',
  '19. Ысқақов Мирас Айдарұлы – қатыспады, ескертусіз келмеді',
];
const RU_ROLL = (present: number, heading = 'Список членов Совета и их явка:', total: string | null = 'Состав Совета – 7 членов. ') => [
  `${total ?? ''}На заседании присутствуют ${present} членов Совета, из них один – по видеосвязи.`,
  '',
  heading,
  '1. Иванов Иван Иванович – председатель',
  '2. Петров Петр Петрович – отсутствовал, болезнь',
  '3. Сидорова Анна Сергеевна (ВКС)',
  '4. Ким Олег Викторович',
  '5. Ли Марина Андреевна – отсутствовала, без уважительной причины',
  '6. Орлов Павел Ильич',
  '7. Жуков Денис Олегович',
  ...agenda(false),
];

describe('the members\' whole list with a status only on the absent lines: the lines without one are those present, when the counts close it', () => {
  it('set 52 Atyrau: 19 lines, 5 "– қатыспады, …", two "(Zoom)" — 14 present, 2 of them online', () => {
    const x = read([...ATYRAU, ...agenda(true)]);
    expect(x.attendees).toHaveLength(14);
    expect(x.attendees!.filter((a) => a[1]).map((a) => a[0])).toEqual(['Есенова Мәдина Бауыржанқызы', 'Сағынғалиев Дамир Жанатұлы']);
    expect(x.absentees!.map((a) => a[1])).toEqual([true, true, false, true, false]);
  });
  it('variant ru: "Список членов Совета и их явка:", "– отсутствовал, болезнь", "(ВКС)"', () => {
    const x = read(RU_ROLL(5));
    expect(x.attendees).toEqual([['Иванов Иван Иванович', false], ['Сидорова Анна Сергеевна', true], ['Ким Олег Викторович', false], ['Орлов Павел Ильич', false], ['Жуков Денис Олегович', false]]);
    expect(x.absentees).toEqual([['Петров Петр Петрович', true], ['Ли Марина Андреевна', false]]);
  });
  it('variant kk: "Кеңес мүшелерінің тізімі:", one absent of six', () => {
    const x = read(['Кеңес құрамы – 6 мүше. Отырысқа 5 мүше қатысты.', '', 'Кеңес мүшелерінің тізімі:', '1) Сейтов Арман Болатұлы – төраға', '2) Омарова Айгүл Серікқызы', '3) Қасымов Ерлан Бақытұлы – қатыспады, іссапарда', '4) Нұрланов Дәурен Асқарұлы', '5) Бекова Сәуле Маратқызы', '6) Жақыпов Нұржан Ерланұлы', ...agenda(true)]);
    expect(x.attendees).toHaveLength(5);
    expect(x.absentees).toEqual([['Қасымов Ерлан Бақытұлы', true]]);
  });
  it('near-miss: the lines without a status are not as many as stated present — neither list is read', () => {
    const x = read(RU_ROLL(4));
    expect([x.attendees, x.absentees]).toEqual([null, null]);
  });
  it('near-miss: no members\' total stated, or a list of the invited — nothing read', () => {
    expect(read(RU_ROLL(5, 'Список членов Совета и их явка:', null)).attendees).toBeNull();
    expect(read(RU_ROLL(5, 'Приглашенные и их явка:')).attendees).toBeNull();
  });
});

describe('a registration roll\'s line with only a reason of absence in its status\'s place is an absentee', () => {
  it('set 53 Lisakovsk: "Шаяхметова Гульнара Курмановна ....... іссапарда / командировка (г. Костанай)"', () => {
    const x = read([
      'Кеңес мүшелерінің саны / Количество членов совета: 11', 'Қатысты / Присутствовали: 10', 'Онлайн қатысқандар жоқ / Онлайн-участников нет.', '',
      'Тіркеу парағы / Лист регистрации:',
      ' 1) Дюсенов Марат Кайратович, председатель совета ........ қатысты / присутствовал',
      ' 2) Шаяхметова Гульнара Курмановна ....................... іссапарда / командировка (г. Костанай)',
      ' 3) Рахимжанова Айгуль Сериковна, секретарь ............... қатысты / присутствовала',
      ' 4) Волков Дмитрий Евгеньевич .............................. қатысты / присутствовал',
      ' 5) Кенжебаев Ануар Талгатович ............................. қатысты / присутствовал',
      ' 6) Мамбетова Ботагоз Ахметовна ............................ қатысты / присутствовала',
      ' 7) Фёдорова Светлана Николаевна ........................... қатысты / присутствовала',
      ' 8) Серикбаев Даурен Жанатович ............................. қатысты / присутствовал',
      ' 9) Абдрахманов Нурлан Сагынтаевич ......................... қатысты / присутствовал',
      '10) Жунусова Алия Бекетовна ................................ қатысты / присутствовала',
      '11) Тарасенко Виталий Олегович ............................. қатысты / присутствовал',
      ...agenda(false),
    ]);
    expect([x.total, x.present, x.online]).toEqual([11, 10, 0]);
    expect(x.attendees).toHaveLength(10);
    expect(x.absentees).toEqual([['Шаяхметова Гульнара Курмановна', true]]);
  });
  it.each([
    ['ru', ['Лист регистрации:', '1) Иванов Иван Иванович ............ присутствовал', '2) Петров Петр Петрович ............ больничный лист', '3) Сидорова Анна Сергеевна .......... присутствовала', '4) Ким Олег Викторович .............. присутствовал', ...agenda(false)], 'Петров Петр Петрович'],
    ['kk', ['Тіркеу парағы:', '1. Сейтов Арман Болатұлы ............ қатысты', '2. Омарова Айгүл Серікқызы ........... еңбек демалысында', '3. Қасымов Ерлан Бақытұлы ............ қатысты', '4. Нұрланов Дәурен Асқарұлы ........... қатысты', ...agenda(true)], 'Омарова Айгүл Серікқызы'],
  ])('variant: %s', (_name, lines, absent) => {
    const x = read(lines);
    expect(x.attendees).toHaveLength(3);
    expect(x.absentees).toEqual([[absent, true]]);
  });
  it('near-miss: a line whose tail is no reason ("каб. 305") leaves the roll unread', () => {
    const x = read(['Лист регистрации:', '1) Иванов Иван Иванович ............ присутствовал', '2) Петров Петр Петрович ............ каб. 305', '3) Сидорова Анна Сергеевна .......... присутствовала', '4) Ким Олег Викторович .............. присутствовал', ...agenda(false)]);
    expect(x.attendees).toBeNull();
  });
});

describe('none online said of the participants is a count online of 0', () => {
  it('set 53 Lisakovsk: "Онлайн қатысқандар жоқ / Онлайн-участников нет."', () => {
    expect(read(['Кеңес мүшелерінің саны / Количество членов совета: 11', 'Қатысты / Присутствовали: 10', 'Онлайн қатысқандар жоқ / Онлайн-участников нет.']).online).toBe(0);
  });
  it.each([
    ['ru', 'Присутствовали 10 членов Совета из 11. Участников в режиме онлайн не было.'],
    ['kk', 'Отырысқа 10 мүше қатысты. Бейнебайланыс арқылы қосылғандар болмады.'],
  ])('variant: %s', (_name, line) => {
    expect(read([line]).online).toBe(0);
  });
  it('near-miss: no broadcast is no participant; participants online counted in words are not none', () => {
    expect(read(['Присутствовали 10 членов Совета из 11. Онлайн-трансляции не было.']).online).toBeNull();
    expect(read(['Присутствовали 10 членов Совета из 11. Онлайн-участников было двое.']).online).not.toBe(0);
  });
});

describe('an online group\'s heading under those present, its count in brackets, states the count online', () => {
  it('set 52 Uralsk: "  дистанционно (2): Абенова Г.Т., Хайрушев М.Д."', () => {
    const x = read(['Кеңес құрамы / Состав Совета: 15 мүше / членов.', '', 'Қатысқандар / Присутствовали – 11:', '  очно (9): Тлеугалиев Н.Б. (төраға), Кадырова А.М. (хатшы), Байгужин С.Т.,', '  Гумарова Л.Х., Досанов А.Е., Ким Е.В., Мендыгалиев Т.С., Сарсенов Е.А.,', '  Шаяхметова Р.К.;', '  дистанционно (2): Абенова Г.Т., Хайрушев М.Д.']);
    expect([x.total, x.present, x.online]).toEqual([15, 11, 2]);
  });
  it.each([
    ['ru "онлайн (3 чел.):"', ['Присутствовали 12 членов Совета из 14:', 'в зале (9): Иванов И.И., Петров П.П., Сидоров С.С., Ким О.В., Ли М.А., Орлов П.И., Жуков Д.О., Лебедев А.А., Титов Т.Т.;', 'онлайн (3 чел.): Абенова Г.Т., Хайрушев М.Д., Мухина Л.Л.'], 3],
    ['kk "Zoom арқылы (2):"', ['Отырысқа 8 мүше қатысты:', 'залда (6): Сейтов А.Б., Омарова А.С., Қасымов Е.Б., Нұрланов Д.А., Бекова С.М., Жақыпов Н.Е.;', 'Zoom арқылы (2): Әлиев Б.Б., Серікова Г.Г.'], 2],
  ])('variant: %s', (_name, lines, want) => {
    expect(read(lines).online).toBe(want);
  });
  it('near-miss: the room\'s group and the absentees\' heading count no one online', () => {
    expect(read(['Присутствовали – 11:', '  очно (9): Тлеугалиев Н.Б., Кадырова А.М., Байгужин С.Т., Гумарова Л.Х., Досанов А.Е., Ким Е.В., Мендыгалиев Т.С., Сарсенов Е.А., Шаяхметова Р.К.;', 'Отсутствовали (2): Абенова Г.Т. (отпуск), Хайрушев М.Д. (болезнь).']).online).toBeNull();
  });
});

describe('the agenda as a label with the word for all after it is adopted', () => {
  it('set 52 Uralsk: "Повестка дня / Күн тәртібі: бірауыздан / единогласно."', () => {
    expect(read(['Повестка дня / Күн тәртібі: бірауыздан / единогласно.']).votes).toEqual([[null, null, null, true, 'adopted']]);
  });
  it.each([
    ['ru with the count', 'По повестке дня – единогласно (12).', [12, null, null, true, 'adopted']],
    ['kk', 'Күн тәртібі: бірауыздан.', [null, null, null, true, 'adopted']],
  ])('variant: %s', (_name, line, want) => {
    expect(read([line]).votes).toEqual([want]);
  });
  it('near-miss: "Голосовали: единогласно." names nothing approved — no result declared', () => {
    expect(read(['Голосовали: единогласно.']).votes).toEqual([[null, null, null, true, null]]);
  });
});

describe('the votes counted in the instrumental beside the word for all are its count', () => {
  it('set 52 Atyrau: "Шешім 14 дауыспен бірауыздан қабылданды."', () => {
    expect(read(['ҚАУЛЫ ЕТТІ: Ақпарат назарға алынсын.', 'Шешім 14 дауыспен бірауыздан қабылданды.']).votes).toEqual([[14, null, null, true, 'adopted']]);
  });
  it.each([
    ['ru, the count after', ['РЕШИЛИ: Информацию принять к сведению.', 'Решение принято единогласно 12 голосами.'], [12, null, null, true, 'adopted']],
    ['ru, the count before', ['РЕШИЛИ: Информацию принять к сведению.', 'Решение 9 голосами единогласно принято.'], [9, null, null, true, 'adopted']],
    ['kk, in words', ['ҚАУЛЫ ЕТТІ: Жоспар бекітілсін.', 'Ұсыныс он үш дауыспен бірауыздан мақұлданды.'], [13, null, null, true, 'adopted']],
  ])('variant: %s', (_name, lines, want) => {
    expect(read(lines).votes).toEqual([want]);
  });
  it('near-miss: counts given by their labels keep theirs; the word for all of another motion counts nothing', () => {
    expect(read(['РЕШИЛИ: Информацию принять к сведению.', 'Голосовали: за – 9, против – 1. Предложение о сроках поддержано единогласно 10 голосами.']).votes[0].slice(0, 2)).toEqual([9, 1]);
  });
});

const cells = (rows: string[][]) => rows.flatMap((r) => r.map((c) => `\t${c}`));
const COMMISSIONS = [['по социальным вопросам', '6', '5', '1', '1'], ['по вопросам ЖКХ', '5', '4', '0', '1'], ['по бюджету', '5', '4', '1', '1'], ['по вопросам законности', '5', '4', '1', '1'], ['Итого', '21', '17', '3', '4']];
const HEADER = ['Постоянная комиссия', 'Состав', 'Присутствовали (всего)', 'из них онлайн', 'Отсутствовали'];
const ABSENT_BELOW = ['Не присутствовали:', 'Нурмагамбетова А.С. – больничный лист;', 'Карабалин Е.Т. – служебная командировка в г. Астана;', 'Сейткалиева Г.М. – о причине не сообщила;', 'Бисенов Д.К. – ежегодный трудовой отпуск.', ...agenda(false)];

describe('a table of counts per commission is read by its totals row when the absentees are listed below it', () => {
  it('set 52 Aktobe (a Word table, a cell a line): "Итого | 21 | 17 | 3 | 4", four named below', () => {
    const x = read(['Сведения о явке членов Совета (по данным регистрации):', ...cells([HEADER, ...COMMISSIONS]), '', 'Онлайн участники подключались через платформу Zoom.', '', ...ABSENT_BELOW]);
    expect([x.total, x.present, x.online]).toEqual([21, 17, 3]);
    expect(x.absentees).toHaveLength(4);
  });
  it('variant ru: the same table with pipes', () => {
    const x = read(['Сведения о явке членов Совета:', HEADER.join(' | '), ...COMMISSIONS.map((r) => r.join(' | ')), '', ...ABSENT_BELOW]);
    expect([x.total, x.present, x.online]).toEqual([21, 17, 3]);
  });
  it('variant kk: "Тұрақты комиссия | Мүшелер саны | Қатысқандар (барлығы) | оның ішінде онлайн | Қатыспағандар"', () => {
    const x = read(['Мүшелердің қатысуы:', 'Тұрақты комиссия | Мүшелер саны | Қатысқандар (барлығы) | оның ішінде онлайн | Қатыспағандар', 'әлеуметтік | 6 | 5 | 1 | 1', 'экономика | 5 | 5 | 0 | 0', 'Барлығы | 11 | 10 | 1 | 1', '', 'Қатыспағандар:', '1. Омарова А.С. – іссапарда.', ...agenda(true)]);
    expect([x.total, x.present, x.online]).toEqual([11, 10, 1]);
  });
  it('near-miss: the commissions\' rows do not come to the totals row — no count read', () => {
    const x = read(['Сведения о явке членов Совета:', HEADER.join(' | '), ...COMMISSIONS.map((r) => r.join(' | ').replace('| 17 |', '| 16 |')), '', ...ABSENT_BELOW]);
    expect([x.total, x.present, x.online]).toEqual([null, null, null]);
  });
});

describe('an absentees\' paragraph wrapped mid-reason below a heading\'s line that ends its entry is read whole', () => {
  it('set 52 Zhanaozen: "…; Оспанов Б.К. – в связи с" / "переездом в г. Актау, …" / "(вопрос включен в повестку); Мусин А.А. – …"', () => {
    const x = read(['Членов Совета: 17 | Присутствуют: 13 | Отсутствуют: 4', '', 'Не присутствовали: Калиев Т.Б. – находится на стационарном лечении;', 'Сагындыкова М.Е. – отпуск по уходу за ребенком; Оспанов Б.К. – в связи с', 'переездом в г. Актау, подал заявление о досрочном выходе из состава Совета', '(вопрос включен в повестку); Мусин А.А. – причину неявки не сообщил.', ...agenda(false)]);
    expect(x.absentees).toEqual([['Калиев Т.Б.', true], ['Сагындыкова М.Е.', true], ['Оспанов Б.К.', true], ['Мусин А.А.', false]]);
  });
  it.each([
    ['ru', ['Отсутствовали: Иванов И.И. – командировка;', 'Петров П.П. – в связи с семейными', 'обстоятельствами; Сидоров С.С. – без уважительной причины.', ...agenda(false)], [['Иванов И.И.', true], ['Петров П.П.', true], ['Сидоров С.С.', false]]],
    ['kk', ['Қатыспағандар: Сейтов А.Б. – іссапарда;', 'Омарова А.С. – басқа қалаға көшуіне', 'байланысты; Қасымов Е.Б. – себебі белгісіз.', ...agenda(true)], [['Сейтов А.Б.', true], ['Омарова А.С.', true], ['Қасымов Е.Б.', false]]],
  ])('variant: %s', (_name, lines, want) => {
    expect(read(lines).absentees).toEqual(want);
  });
  it('near-miss: a name inside another\'s reason ("в связи с поручением" / "Иванова И.И. …") is nobody absent', () => {
    const x = read(['Отсутствовали: Ким О.В. – командировка;', 'Петров П.П. – в связи с поручением', 'Иванова И.И. выехал в район; Сидоров С.С. – болезнь.', ...agenda(false)]);
    expect(x.absentees!.map((a) => a[0])).toEqual(['Ким О.В.', 'Петров П.П.', 'Сидоров С.С.']);
  });
  it('near-miss: "в связи с чем причину не сообщил" stays without a reason; so does "…мауына байланысты" (because of not doing)', () => {
    expect(read(['Отсутствовали: Иванов И.И. – в связи с чем причину не сообщил.', ...agenda(false)]).absentees).toEqual([['Иванов И.И.', false]]);
    expect(read(['Қатыспағандар: Сейтов А.Б. – себебін хабарламауына байланысты белгісіз.', ...agenda(true)]).absentees).not.toEqual([['Сейтов А.Б.', true]]);
  });
});

describe('a sentence opening with the meeting names who took part: read when as many as stated present, as many online as stated', () => {
  const COUNTS = 'Кеңестің тізімдегі мүшелерінің саны – он бір. Отырысқа қатысқан мүшелер саны – тоғыз, олардың екеуі Zoom арқылы қосылды. Кворум бар.';
  const FORT = 'Отырысқа Кеңес төрағасы С.Б. Ерғалиевпен қоса Кеңес төрағасының орынбасары, Түпқараған аудандық ардагерлер кеңесінің төрағасы Р.Ж. Оразбаева, «Ақкетік» қоғамдық бірлестігінің жетекшісі Қ.Т. Бекжанов, жеке кәсіпкер А.М. Сейтқалиева, «Маңғыстау балықшылары» ЖШС директоры Т.Н. Жылқыбаев, Форт-Шевченко қаласындағы № 2 мектептің директоры, педагог-шебер Г.Е. Құрманғалиева, аудандық мәслихат аппаратының бас маманы Д.С. Нұрланов, сондай-ақ Zoom арқылы Баутин кентінен – «Жас Отан» жастар қанатының аудандық филиалының төрағасы Е.Қ. Әлімбаев пен Ақшұқыр ауылынан – фермер Б.Т. Мәжитова қатысты.';
  it('set 45 Fort-Shevchenko: nine named, the two after "сондай-ақ Zoom арқылы" online, "Ерғалиевпен" read without its ending', () => {
    const x = read([COUNTS, '', FORT, 'Кеңес мүшелері Ж.Ә. Тасқараева (Ақтау қаласында іссапарда) мен Р.Н. Үсенов (дәлелді себепсіз) отырысқа келмеді.']);
    expect(x.attendees).toHaveLength(9);
    expect(x.attendees![0][0]).toBe('С.Б. Ерғалиев');
    expect(x.attendees!.filter((a) => a[1]).map((a) => a[0])).toEqual(['Е.Қ. Әлімбаев', 'Б.Т. Мәжитова']);
  });
  it('variant ru: "В заседании приняли участие председатель Совета Иванов И.И., …, а также по видеосвязи Ли М.А."', () => {
    const x = read(['Состав Совета – 7 членов. Присутствуют 5 членов Совета, из них один – по видеосвязи.', '', 'В заседании приняли участие председатель Совета Иванов И.И., секретарь Петрова А.А., члены Совета Сидоров С.С., Ким О.В., а также по видеосвязи Ли М.А.', '', 'Отсутствовали Орлов П.И. (отпуск) и Жуков Д.О. (болезнь).']);
    expect(x.attendees).toEqual([['Иванов И.И.', false], ['Петрова А.А.', false], ['Сидоров С.С.', false], ['Ким О.В.', false], ['Ли М.А.', true]]);
  });
  it('variant kk: "Отырысқа төраға Сейтов А.Б., хатшы Омарова А.С., мүшелер … қатысты."', () => {
    const x = read(['Кеңес құрамы – 6 мүше. Отырысқа 4 мүше қатысты.', '', 'Отырысқа төраға Сейтов А.Б., хатшы Омарова А.С., мүшелер Қасымов Е.Б. және Нұрланов Д.А. қатысты.']);
    expect(x.attendees).toHaveLength(4);
  });
  it('near-miss: an official among those named, fewer named than present, those online not as stated, or "также" — nothing read', () => {
    expect(read(['Кеңес құрамы – 6 мүше. Отырысқа 4 мүше қатысты.', '', 'Отырысқа аудан әкімінің орынбасары Сейтов А.Б., Омарова А.С., Қасымов Е.Б. және Нұрланов Д.А. қатысты.']).attendees).toBeNull();
    expect(read(['Кеңес құрамы – 6 мүше. Отырысқа 4 мүше қатысты.', '', 'Отырысқа Сейтов А.Б., Омарова А.С. және Қасымов Е.Б. қатысты.']).attendees).toBeNull();
    expect(read(['Состав Совета – 7 членов. Присутствуют 5 членов Совета, из них двое – по видеосвязи.', '', 'В заседании приняли участие председатель Совета Иванов И.И., секретарь Петрова А.А., члены Совета Сидоров С.С., Ким О.В., а также по видеосвязи Ли М.А.']).attendees).toBeNull();
    expect(read(['Состав Совета – 7 членов. Присутствуют 5 членов Совета.', '', 'На заседании присутствовали также Иванов И.И., Петрова А.А., Сидоров С.С., Ким О.В. и Ли М.А.']).attendees).toBeNull();
  });
});

describe('those in the room named in a sentence, "ал …" (but) opening the clause of the one online; a surname of the father\'s name before the given name', () => {
  it('set 46 Tarbagatai: "Залда Бейсенбаев Ж.М., … және Тоқтаров С.Б. отыр, ал Ерланұлы Бақытжан … бейнебайланыспен қосылды."', () => {
    const x = read(['Кворум бар: Кеңестің 11 мүшесінің 8-і отырысқа қатысып отыр. Залда Бейсенбаев Ж.М.,', 'Сыздықова Г.Е., Әлиев Қ.Т., Жақыпов Н.С., Қайырбекова Д.Ж., Мұхаметжанова Л.А.', 'және Тоқтаров С.Б. отыр, ал Ерланұлы Бақытжан Қабанбай ауылынан келе алмай,', 'телефон арқылы бейнебайланыспен қосылды.']);
    expect(x.attendees).toHaveLength(8);
    expect(x.attendees!.filter((a) => a[1])).toEqual([['Ерланұлы Бақытжан', true]]);
  });
  it('variant ru: "В зале находились …, а Ли М.А. подключилась по видеосвязи из Актобе."', () => {
    const x = read(['Присутствуют 5 членов Совета из 7.', '', 'В зале находились Иванов И.И., Петрова А.А., Сидоров С.С. и Ким О.В., а Ли М.А. подключилась по видеосвязи из Актобе.']);
    expect(x.attendees!.filter((a) => a[1])).toEqual([['Ли М.А.', true]]);
    expect(x.attendees).toHaveLength(5);
  });
  it('variant kk: "Нұрланқызы Айгүл" in the room, "ал Омаров Т.Т. Zoom арқылы қосылды"', () => {
    const x = read(['Кеңестің 6 мүшесінің 4-і қатысып отыр. Залда Сейтов А.Б., Нұрланқызы Айгүл және Қасымов Е.Б. отыр, ал Омаров Т.Т. Zoom арқылы қосылды.']);
    expect(x.attendees).toEqual([['Сейтов А.Б.', false], ['Нұрланқызы Айгүл', false], ['Қасымов Е.Б.', false], ['Омаров Т.Т.', true]]);
  });
  it('near-miss: fewer named in the room than stated present — nothing read', () => {
    expect(read(['Кеңестің 6 мүшесінің 4-і қатысып отыр. Залда Сейтов А.Б., Нұрланқызы Айгүл және Қасымов Е.Б. отыр.']).attendees).toBeNull();
  });
});

describe('adopted by so many votes, no other count told: the count is those for', () => {
  it('set 48 Makhambet: "Күн тәртібі 12 дауыспен бекітілді." — 12 for, not unanimous (no word for all), adopted', () => {
    expect(read(['Күн тәртібіне басқа ұсыныс болмады. Күн тәртібі 12 дауыспен бекітілді.']).votes).toEqual([[12, null, null, false, 'adopted']]);
  });
  it.each([
    ['ru, the count after the verb', ['Повестка дня утверждена 12 голосами.'], [12, null, null, false, 'adopted']],
    ['ru, the count before the verb', ['РЕШИЛИ: информацию принять.', 'Решение 9 голосами принято.'], [9, null, null, false, 'adopted']],
    ['kk, "мақұлданды"', ['ШЕШІМ: жоспар бекітілсін.', 'Жоспар 10 дауыспен мақұлданды.'], [10, null, null, false, 'adopted']],
  ])('variant: %s', (_name, lines, want) => {
    expect(read(lines).votes).toEqual([want]);
  });
  it('near-miss: votes against votes keep both counts; a majority with no count states none', () => {
    expect(read(['РЕШИЛИ: информацию принять.', 'Ұсыныс бес дауыспен үш дауысқа қарсы қолдау тапты.']).votes).toEqual([[5, 3, null, false, 'adopted']]);
    expect(read(['Шешім көпшілік дауыспен қабылданды.']).votes).toEqual([[null, null, null, false, 'adopted']]);
  });
  it('near-miss: set 16 Almaty oblast — a vote of another year told in the past ("12 дауыспен қолдау тапқан болатын") is no vote', () => {
    expect(read(['Осындай ұсыныс 2024 жылғы желтоқсанда да қаралып, 12 дауыспен қолдау тапқан болатын.']).votes).toEqual([]);
  });
});
