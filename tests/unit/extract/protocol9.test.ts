/**
 * Protocol classes of held-out set 9 (issue 12, item 3): a table of the votes of every question states every result, so
 * the decisions written out below it are no more votes; votes by roll call ("Иванов И.И. – за" a line) counted only when
 * the list is whole and no total is stated; «иә» / «жоқ», «да» / «нет» as vote labels before a count; a list indented as a
 * whole is a person a line; absentees grouped under their reason ("ауырып қалуына байланысты: …", "по семейным
 * обстоятельствам: …").
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const parse = (body: string) => parseProtocol(`ПРОТОКОЛ № 2\nзаседания Общественного совета\n12 марта 2025 года\n\n${body}\n`);
const votes = (body: string) => parse(body).votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared]);

const TABLE = [
  'Дауыс беру нәтижелері:',
  '',
  '| Мәселе | Дауыс берушілер | Жақтады | Қарсы | Қалыс қалды | Нәтиже        |',
  '|--------|-----------------|---------|-------|-------------|---------------|',
  '| 1      | 14              | 12      | 1     | 1           | қабылданды    |',
  '| 2      | 14              | 14      | 0     | 0           | қабылданды    |',
  '|        |                 |         |       |             | (бірауыздан)  |',
  '| 3      | 13              | 5       | 6     | 2           | қабылданбады  |',
].join('\n');

describe('decisions written out under a table of all the votes', () => {
  it.each([
    ['ШЕШІМ:\n1. Ақпарат назарға алынсын.\n2. Ақпарат бекітілсін.\n3. Қоғамдық тыңдау өткізу туралы\n   ұсыныс қолдау таппады.'],
    ['РЕШИЛИ:\n3. Предложение не поддержано.'],
    ['Большинством голосов предложение отклонено.'],
  ])('%j after the table → the table\'s three votes only', (after) => {
    expect(votes(`${TABLE}\n\n${after}`)).toEqual([
      [12, 1, 1, false, 'adopted'],
      [14, 0, 0, true, 'adopted'],
      [5, 6, 2, false, 'rejected'],
    ]);
  });

  it('a result that no question of the table had is another vote', () => {
    const table = TABLE.replace('қабылданбады ', 'қабылданды   ');
    expect(votes(`${table}\n\nБольшинством голосов предложение отклонено.`)).toHaveLength(4);
  });

  it('a counted vote between the table and the sentence: the sentence is that vote\'s result', () => {
    expect(votes(`${TABLE}\n\nПо дополнительному вопросу голосовали: за – 3, против – 9, воздержались – 2.\n\nБольшинством голосов предложение отклонено.`).slice(3))
      .toEqual([[3, 9, 2, false, 'rejected']]);
  });
});

const ROLL = (lines: string[], after = 'РЕШИЛИ: решение не принято.') => `Поимённое голосование по второму вопросу:\n${lines.join('\n')}\n${after}`;

describe('votes by roll call', () => {
  it('counts a whole roll call with no total (ru, feminine forms, Latin names)', () => {
    expect(votes(ROLL([
      '  Тохтарова Д.М. – воздержалась', '  Шевченко О.В. – за', '  Bekturganova A. – против', '  Жумабаев С.К. – против',
      '  Kassymov T. – за', '  Литвинова Н.С. – за',
    ]))).toEqual([[3, 2, 1, false, 'rejected']]);
  });

  it('counts a Kazakh roll call, numbered, with colons', () => {
    expect(votes(ROLL(['1) Сейтқали А.Б.: қолдады', '2) Омарова Г.К.: қарсы', '3) Әлиев Н.Н.: қалыс қалды', '4) Бек Д.С.: қолдады'], 'Шешім қабылданды.')))
      .toEqual([[2, 1, 1, false, 'adopted']]);
  });

  it('a stated total is the vote; the roll call is no second one', () => {
    expect(votes(ROLL(['Иванов И.И. – за', 'Петров П.П. – за', 'Сидоров С.С. – против'], 'Итого: за – 2, против – 1, воздержался – 0.\nРЕШИЛИ: решение принято.')))
      .toEqual([[2, 1, 0, false, 'adopted']]);
  });

  it.each([
    ['a member who did not vote below the choices', ['Иванов И.И. – за', 'Петров П.П. – за', 'Сидоров С.С. – против', 'Кузнецов К.К. – не голосовал']],
    ['a member with no choice in the middle', ['Иванов И.И. – за', 'Петров П.П. – за', 'Кузнецов К.К. – вышел из зала', 'Сидоров С.С. – против', 'Орлов О.О. – против', 'Ли В.Г. – за']],
    ['a member named twice', ['Иванов И.И. – за', 'Петров П.П. – за', 'Иванов И.И. – против']],
    ['two members only', ['Иванов И.И. – за', 'Петров П.П. – против']],
  ])('%s → no counts stated', (_why, lines) => {
    expect(votes(ROLL(lines)).filter((v) => v[0] !== null || v[1] !== null || v[2] !== null)).toEqual([]);
  });

  it('a list of names with roles after dashes is no roll call', () => {
    expect(votes('Присутствовали:\nИванов И.И. – председатель\nПетров П.П. – член совета\nСидоров С.С. – секретарь')).toEqual([]);
  });

  it('no heading above the lines: not counted', () => {
    expect(votes('В ходе обсуждения высказались.\nИванов И.И. – за\nПетров П.П. – за\nСидоров С.С. – против')).toEqual([]);
  });
});

describe('quoted answers as vote labels', () => {
  it.each([
    ['Дауыс беру қорытындысы: «иә» – 10, «жоқ» – 1, «қалыс қалды» – 1.', [10, 1, 1, false, null]],
    ['Итоги голосования: «да» – 7, «нет» – 2, «воздержались» – 0.', [7, 2, 0, false, null]],
  ])('%j', (line, want) => {
    expect(votes(line)).toEqual([want]);
  });

  it('«нет» with no count after it is no label (nor a count read for it)', () => {
    expect(votes('Голосовали: за – 9, против – «нет», воздержались – 1.')).toEqual([[9, null, 1, false, null]]);
  });
});

describe('lists indented as a whole; absentees under their reason', () => {
  const doc = [
    'Қатысқан Кеңес мүшелері:',
    '  Сүлейменова Г.Б. – Кеңес төрағасы',
    '  Мұқанов Б.Т. – төрағаның орынбасары',
    '  Әлімжанова Р.С.',
    '  Есімов Н.Ж. (бейнебайланыс арқылы)',
    '  Жолдасбекова М.К.',
    '',
    'Отырысқа қатыспаған Кеңес мүшелері:',
    '  ауырып қалуына байланысты: Сағындықова Ж.Т. (еңбекке жарамсыздық парағы',
    '  2025 жылғы 8 сәуірден бастап);',
    '  іссапарда: Рахымжанов Е.Б. (Алматы қаласы, 9–11 сәуір);',
    '  себепсіз (хабарламай): Жақыпов Т.О.',
  ].join('\n');

  it('a person a line, online marked', () => {
    const x = parse(doc);
    expect(x.attendees.map((a) => [a.name, a.online])).toEqual([
      ['Сүлейменова Г.Б.', false], ['Мұқанов Б.Т.', false], ['Әлімжанова Р.С.', false], ['Есімов Н.Ж.', true], ['Жолдасбекова М.К.', false],
    ]);
    expect(x.absentees.map((a) => [a.name, a.excused])).toEqual([['Сағындықова Ж.Т.', true], ['Рахымжанов Е.Б.', true], ['Жақыпов Т.О.', false]]);
  });

  it('a more indented line is still the person above wrapped', () => {
    const x = parse('Присутствовали:\n  Иванов Иван Иванович – председатель комиссии по\n     социальным вопросам\n  Петров П.П.');
    expect(x.attendees.map((a) => a.name)).toEqual(['Иванов Иван Иванович', 'Петров П.П.']);
  });

  it.each([
    ['по семейным обстоятельствам: Ким В.В.', true],
    ['на больничном: Ли О.В.', true],
    ['еңбек демалысында: Серікова А.А.', true],
    ['отбасылық жағдайына байланысты: Нұрланов Е.Е.', true],
  ])('Отсутствовали: / %j', (line, excused) => {
    const x = parse(`Присутствовали:\nИванов И.И.\nПетров П.П.\n\nОтсутствовали:\n${line}`);
    expect(x.absentees.map((a) => a.excused)).toEqual([excused]);
  });
});

describe('the body\'s size with an adjective before it, the count repeated in words', () => {
  it.each([
    ['Установленная численность Совета – 13 человек. На заседании присутствуют 11 членов Совета.', 13],
    ['Общая численность Общественного совета: 21 (двадцать один) член.', 21],
    ['Утверждённый состав комиссии: 9 человек.', 9],
  ])('%j → %i', (line, total) => {
    expect(parse(line).members_total).toBe(total);
  });

  it.each([
    'Общая численность рабочей группы: 5 человек.',
    'Установленная численность населения – 320 человек.',
  ])('%j → no size of the body', (line) => {
    expect(parse(line).members_total).toBeNull();
  });
});

describe('questions put to a vote by correspondence', () => {
  const doc = (heading: string, q1: string, q2: string) => [
    heading, '', `${q1} О проекте заключения Общественного совета на проект`, 'постановления акимата.', '',
    'Суть вопроса: повышение тарифа с 120 до 150 тенге.', '', 'Результаты заочного голосования по вопросу 1:', '«ЗА» – 15', '«ПРОТИВ» – 2', 'Итог: решение принято.', '',
    `${q2} О переносе общественных слушаний.`, '', 'Результаты заочного голосования по вопросу 2:', '«ЗА» – 7', '«ПРОТИВ» – 9', 'Итог: решение не принято.',
  ].join('\n');

  it.each([
    ['ВОПРОСЫ, ВЫНЕСЕННЫЕ НА ЗАОЧНОЕ ГОЛОСОВАНИЕ', 'Вопрос 1.', 'Вопрос 2.'],
    ['Вопросы, поставленные на голосование:', 'Вопрос № 1:', 'Вопрос № 2:'],
    ['Сырттай дауыс беруге шығарылған мәселелер:', '1-мәселе.', '2-мәселе.'],
  ])('%j: the questions are the agenda', (heading, q1, q2) => {
    const x = parse(doc(heading, q1, q2));
    expect(x.agenda.map((a) => [a.no, a.title])).toEqual([
      [1, 'О проекте заключения Общественного совета на проект постановления акимата.'],
      [2, 'О переносе общественных слушаний.'],
    ]);
  });

  it('no heading of questions put to the vote: no agenda', () => {
    expect(parse(doc('Заочное заседание.', 'Вопрос 1.', 'Вопрос 2.')).agenda).toEqual([]);
  });

  it('the numbering must start at 1 and run on', () => {
    expect(parse(doc('ВОПРОСЫ, ВЫНЕСЕННЫЕ НА ЗАОЧНОЕ ГОЛОСОВАНИЕ', 'Вопрос 2.', 'Вопрос 3.')).agenda).toEqual([]);
  });
});

describe('an attendance table a cell a line with empty cells (a .docx)', () => {
  const row = (no: number, name: string, part: string, note: string) => `\t${no}\n\t${name}\n\t${part}\n\t${note}`;
  const table = (rows: string[]) => `Явка членов комиссии\n\t№\n\tФ.И.О.\n\tУчастие\n\tПримечание\n${rows.join('\n')}\n\nПовестка дня:\n1. О воде.`;

  it('reads every row, online of any platform, absentees with their reason', () => {
    const x = parse(table([
      row(1, 'Жанабергенов Т.Е.', 'очно', 'председатель комиссии'),
      row(2, 'Алдабергенова Жанар Муратовна', 'очно', ''),
      row(3, 'Бекмуханов Ержан', 'онлайн (Webex)', ''),
      row(4, 'Дюсенова Г.А.', 'MS Teams арқылы', ''),
      row(5, 'Иманғали Самат Бекұлы', 'отсутствовал', 'командировка в г. Астана'),
      row(6, 'Сапаргалиева Динара', 'в режиме видеоконференции', ''),
      row(7, 'Уалиев Мирас Кайратович', 'отсутствовал', 'без уважительной причины (не сообщил)'),
    ]));
    expect(x.attendees.map((a) => [a.name, a.online])).toEqual([
      ['Жанабергенов Т.Е.', false], ['Алдабергенова Жанар Муратовна', false], ['Бекмуханов Ержан', true], ['Дюсенова Г.А.', true], ['Сапаргалиева Динара', true],
    ]);
    expect(x.absentees.map((a) => [a.name, a.excused])).toEqual([['Иманғали Самат Бекұлы', true], ['Уалиев Мирас Кайратович', false]]);
  });

  it('a run of cells that does not divide into whole rows is not read as a table', () => {
    const x = parse(table([row(1, 'Жанабергенов Т.Е.', 'очно', ''), '\t2\n\tАлдабергенова Ж.М.\n\tочно']));
    expect(x.attendees).toEqual([]);
  });
});

describe('online markers of any platform', () => {
  it.each([
    'Бекмуханов Е. (онлайн, Webex)',
    'Бекмуханов Е. (через Microsoft Teams)',
    'Бекмуханов Е. (Teams арқылы)',
    'Бекмуханов Е. (по Skype)',
    'Бекмуханов Е. (Zoom арқылы)',
    'Бекмуханов Е. (бейнеконференция арқылы)',
    'Бекмуханов Е. (в режиме видеоконференцсвязи)',
  ])('%j → online', (line) => {
    const x = parse(`Присутствовали:\nИванов И.И.\n${line}\n`);
    expect(x.attendees.map((a) => a.online)).toEqual([false, true]);
  });

  it('a team is no platform: "командная работа", "teamwork"', () => {
    const x = parse('Присутствовали:\nИванов И.И.\nПетров П.П. (тренер команды)\n');
    expect(x.attendees.map((a) => a.online)).toEqual([false, false]);
  });
});

describe('"N мүшесінің M-і қатысты" and its kin', () => {
  it.each([
    ['Отырысқа Кеңестің 15 мүшесінің 12-сі қатысты, оның ішінде 2 мүше бейнебайланыс арқылы қосылды.', 15, 12, 2],
    ['Комиссияның 9 мүшесінің 7-уі қатысты.', 9, 7, null],
    ['Из 21 члена Общественного совета в заседании приняли участие 15, из них 3 – по Webex.', 21, 15, 3],
  ])('%j', (line, total, present, online) => {
    const x = parse(line);
    expect([x.members_total, x.present, x.online]).toEqual([total, present, online]);
  });
});

describe('absentees under a reason heading, names below it', () => {
  it.each([
    ['Отсутствовали:\nПо болезни:\nИванов И.И.\nВ командировке:\nПетров П.П.\nБез уважительной причины:\nСидоров С.С.', [true, true, false]],
    ['Қатыспағандар:\nауырып қалуына байланысты:\nИванов И.И.\nіссапарда:\nПетров П.П.\nсебепсіз:\nСидоров С.С.', [true, true, false]],
  ])('%j', (body, excused) => {
    expect(parse(`Присутствовали:\nКим В.О.\n\n${body}`).absentees.map((a) => a.excused)).toEqual(excused);
  });
});

describe('a meeting by correspondence has no attendance', () => {
  it('returned ballots are not those present', () => {
    const x = parse([
      'внеочередного заседания Общественного совета, проведённого в заочной форме (опросным путём)',
      'Общая численность Общественного совета: 21 (двадцать один) член.',
      'Возвращено заполненных опросных листов: 19, из них 1 (один) лист признан недействительным. Учтено 18 опросных листов.',
    ].join('\n'));
    expect([x.members_total, x.present, x.online, x.attendees.length, x.absentees.length]).toEqual([21, null, null, 0, 0]);
  });
});

describe('vote tables with a column of voters and results wrapped onto their own row', () => {
  it('Russian: "Участвовали в голосовании", "(единогласно)" and "не принято" wrapped', () => {
    const table = [
      '| № вопроса | Участвовали в голосовании | За | Против | Воздержались | Решение   |',
      '|-----------|---------------------------|----|--------|--------------|-----------|',
      '| 1         | 12                        | 12 | 0      | 0            | принято   |',
      '|           |                           |    |        |              | (единогласно) |',
      '| 2         | 12                        | 4  | 7      | 1            | решение   |',
      '|           |                           |    |        |              | не принято |',
      '',
      'РЕШИЛИ:',
      '1. Информацию принять к сведению.',
      '2. Предложение не поддержано.',
    ].join('\n');
    expect(votes(table)).toEqual([[12, 0, 0, true, 'adopted'], [4, 7, 1, false, 'rejected']]);
  });

  it('the voters column is no count of votes: a row with voters and no counts is none', () => {
    const table = [
      '| Вопрос | Голосовавших | За | Против | Воздержались | Итог     |',
      '| 1      | 12           |    |        |              |          |',
    ].join('\n');
    expect(votes(table).filter((v) => v[0] !== null || v[1] !== null || v[2] !== null)).toEqual([]);
  });
});
