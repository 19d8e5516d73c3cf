// Classes of held-out sets 13 and 14, protocols read from a table: a vote table whose cells came a space apart (a
// LibreOffice PDF puts the text of narrow cells in one run), an attendance table whose № and name share a cell.
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { respreadVoteTables } from '../../../sources/extract/protocol/respreadVoteTable.ts';

const HEAD_RU = 'ПРОТОКОЛ № 3\nзаседания Общественного совета\n\nг. Астана\t09.07.2025\n\n';
const HEAD_KK = 'ХАТТАМА № 3\nҚоғамдық кеңес отырысының\n\nАстана қ.\t2025 жылғы 9 шілде\n\n';
const votesOf = (text: string) => parseProtocol(text).votes.map((v) => [v.for, v.against, v.abstain, v.declared]);

describe('a vote table whose cells stand a space apart', () => {
  it.each([
    ['the PDF\'s: header one run, counts in one run', 'Итоги голосования:\n\nВопрос повестки За Против Воздержались Решение\n\n1\t11 0\t1\tпринято\n\n2\t7 4\t1\tпринято\n\n3\t5 6\t1\tне принято\n'],
    ['all spaces, no blank lines', 'Итоги голосования:\nВопрос За Против Воздержались Решение\n1 11 0 1 принято\n2 7 4 1 принято\n3 5 6 1 не принято\n'],
    ['№ column, "Итог", dashes none', '№ За Против Воздержались Итог\n1. 11 – 1 принято\n2. 7 4 1 принято\n3. 5 6 1 не принято\n'],
  ])('%s', (_what, table) => {
    const want = [[11, 0, 1, 'adopted'], [7, 4, 1, 'adopted'], [5, 6, 1, 'rejected']];
    expect(votesOf(`${HEAD_RU}${table}\nСледующее заседание – в IV квартале 2025 года.\n`)).toEqual(want);
  });

  it('kk: "Мәселе Жақтап Қарсы Қалыс қалғандар Шешім", the result in Kazakh', () => {
    const table = 'Дауыс беру қорытындысы:\n\nМәселе Жақтап Қарсы Қалыс қалғандар Шешім\n1 9 0 0 қабылданды\n2 4 5 0 қабылданбады\n';
    expect(votesOf(`${HEAD_KK}${table}`)).toEqual([[9, 0, 0, 'adopted'], [4, 5, 0, 'rejected']]);
  });

  it('no result column: the counts alone', () => {
    expect(respreadVoteTables(['За Против Воздержались', '12 0 1'])).toEqual(['За\tПротив\tВоздержались', '12\t0\t1']);
  });

  it.each([
    ['a row with a count too many', ['Вопрос За Против Воздержались Решение', '1 11 0 1 2 принято']],
    ['a row with a count too few', ['Вопрос За Против Воздержались Решение', '1 11 0 принято']],
    ['a row whose first cell is no row number', ['Вопрос За Против Воздержались Решение', 'Всего 11 0 1 принято']],
    ['a sentence naming the labels', ['Голосовали за, против и воздержавшихся не было.', '1 11 0 1 принято']],
    ['labels apart ("за … против")', ['За проект 5 против', '1 11 0 1 принято']],
    ['one label only', ['Вопрос За Решение', '1 11 принято']],
    ['a year for a count', ['Вопрос За Против Воздержались Решение', '1 2025 0 1 принято']],
    ['words after the labels that are no result\'s column', ['За Против Воздержались членов совета', '1 11 0 1 принято']],
  ])('near-miss, left as it is: %s', (_what, lines) => {
    expect(respreadVoteTables(lines)).toEqual(lines);
  });

  it('a sentence of counts under no header stays a sentence: no vote from "1 11 0 1"', () => {
    expect(votesOf(`${HEAD_RU}Рассмотрено 1 11 0 1 принято\n`)).toEqual([]);
  });

  it('a table already in cells is left to the table reader, as before', () => {
    const lines = ['Вопрос\tЗа\tПротив\tВоздержались\tРешение', '1\t11\t0\t1\tпринято'];
    expect(respreadVoteTables(lines)).toBe(lines);
  });
});

describe('an attendance table whose number and name share a cell', () => {
  const TABLE_RU = [
    '№\tФ.И.О.\tКомиссия\tУчастие',
    '1 Жолдыбаев Арман Канатович\tПредседатель Совета\tочно',
    '2 Власенко Олег Игоревич\tпо правам человека\tонлайн',
    '3. Бапанова Жанна Ермековна\tпо правам человека\tотсутствовала (служебная командир',
    '4)\tЕсжанов Мейрам Талғатұлы\tпо вопросам миграции\tотсутствовал (без уважительной причины)',
    '12 Петренко Виктория Сергеевна\tпо вопросам миграции\tонлайн (г. Уральск)',
  ].join('\n');

  it('ru: each row read by its columns; the clipped reason\'s bracket dropped', () => {
    const x = parseProtocol(`${HEAD_RU}Лист участия членов Общественного совета\n\n${TABLE_RU}\n\nПовестка дня:\n1. О мониторинге.\n`);
    expect(x.attendees.map((a) => [a.name, a.online])).toEqual([
      ['Жолдыбаев Арман Канатович', false], ['Власенко Олег Игоревич', true], ['Петренко Виктория Сергеевна', true],
    ]);
    expect(x.absentees.map((a) => [a.name, a.excused, a.reason])).toEqual([
      ['Бапанова Жанна Ермековна', true, 'служебная командир'],
      ['Есжанов Мейрам Талғатұлы', false, 'без уважительной причины'],
    ]);
  });

  it('kk: "Р/с | Аты-жөні | Қатысуы", number and name in one cell', () => {
    const table = 'Р/с\tТегі, аты, әкесінің аты\tҚатысуы\n1 Серікбаева Гүлжан Асанқызы\tқатысты\n2 Тілеубаев Ерлан Нұрланұлы\tонлайн\n';
    const x = parseProtocol(`${HEAD_KK}Қатысу парағы\n\n${table}\nКүн тәртібі:\n1. Мониторинг туралы.\n`);
    expect(x.attendees.map((a) => [a.name, a.online])).toEqual([['Серікбаева Гүлжан Асанқызы', false], ['Тілеубаев Ерлан Нұрланұлы', true]]);
  });

  it('near-miss: a № cell of digits only, or a name cell beginning with a number, is not split', () => {
    const table = '№\tФ.И.О.\tУчастие\n1\tЖолдыбаев Арман Канатович\tочно\n2\tВласенко Олег Игоревич\tонлайн\n';
    const x = parseProtocol(`${HEAD_RU}Лист участия\n\n${table}\nПовестка дня:\n1. О мониторинге.\n`);
    expect(x.attendees.map((a) => a.name)).toEqual(['Жолдыбаев Арман Канатович', 'Власенко Олег Игоревич']);
  });
});

describe('an unnumbered list of members with long roles after a dash', () => {
  it('kk: a role of nine words after the name is still the list\'s, a wrapped role too', () => {
    const list = 'Қатысқан төралқа мүшелері:\n  Сейдахметов Қ.Б. – Қоғамдық кеңестің төрағасы;\n  Гапарова Самал Нұрланқызы – қаржы нарығы және цифрлық нарықтар жөніндегі комиссияның төрағасы;\n  Жақыпбеков Ә.М. – мемлекеттік сатып алу және квазимемлекеттік сектор жөніндегі\n     комиссияның төрағасы (Zoom арқылы, Алматы қ.);\n  Левченко Андрей Павлович – мүше.\n\nҚатыспағандар:\n  Сұлтанбекова Р.А. – шетелдік іссапарда.\n\nКҮН ТӘРТІБІ:\n1. Қорытынды жобасы туралы.\n';
    const x = parseProtocol(`${HEAD_KK}${list}`);
    expect(x.attendees.map((a) => [a.name, a.online])).toEqual([
      ['Сейдахметов Қ.Б.', false], ['Гапарова Самал Нұрланқызы', false], ['Жақыпбеков Ә.М.', true], ['Левченко Андрей Павлович', false],
    ]);
    expect(x.absentees.map((a) => a.name)).toEqual(['Сұлтанбекова Р.А.']);
  });

  it('ru: "Иванова Анна Сергеевна – председатель комиссии по вопросам социальной защиты и трудовых отношений"', () => {
    const list = 'Присутствовали члены Совета:\nИванова Анна Сергеевна – председатель комиссии по вопросам социальной защиты населения и трудовых отношений;\nПетров П.П. – член Совета.\n\nПовестка дня:\n1. О плане.\n';
    expect(parseProtocol(`${HEAD_RU}${list}`).attendees.map((a) => a.name)).toEqual(['Иванова Анна Сергеевна', 'Петров П.П.']);
  });

  it.each([
    ['a sentence of a speaker, its name before the dash of many words', 'Иванова Анна Сергеевна Петрова Мария Ивановна – сообщили о результатах мониторинга работы центров обслуживания населения.'],
    ['a paragraph of more than 25 words after the dash', `Иванова А.С. – ${'отметила рост числа обращений граждан по вопросам '.repeat(4)}.`],
  ])('near-miss, no attendee: %s', (_what, line) => {
    const x = parseProtocol(`${HEAD_RU}Присутствовали члены Совета:\nПетров П.П. – член Совета.\n${line}\n\nПовестка дня:\n1. О плане.\n`);
    expect(x.attendees.map((a) => a.name)).toEqual(['Петров П.П.']);
  });
});

describe('an attendance table laid out a cell a line (.docx), its name column named by the body', () => {
  const cells = (rows: string[][]) => rows.flat().map((c) => `\t${c}`).join('\n');
  it.each([
    ['ru presidium', 'Член Президиума', 'Форма участия', ['присутствовала', 'дистанционно (MS Teams)', 'не присутствовал (служебная командировка)']],
    ['ru commission', 'Член комиссии', 'Участие', ['присутствовала', 'онлайн', 'отсутствовал (болезнь)']],
    ['kk presidium', 'Төралқа мүшесі', 'Қатысуы', ['қатысты', 'онлайн', 'қатыспады (іссапар)']],
    ['kk council', 'Кеңес мүшесінің аты-жөні', 'Қатысу түрі', ['қатысты', 'Zoom арқылы', 'қатыспады (науқас)']],
  ])('%s: "%s"', (_what, nameHeader, partHeader, parts) => {
    const table = cells([['№', nameHeader, partHeader], ['1', 'Жарылгасова Меруерт Толегеновна', parts[0]], ['2', 'Нургожаев Даурен Аскарович', parts[1]], ['3', 'Шайхутдинов Рустем Фаридович', parts[2]]]);
    const head = _what.startsWith('kk') ? HEAD_KK : HEAD_RU;
    const x = parseProtocol(`${head}${table}\n\n${_what.startsWith('kk') ? 'Күн тәртібі:' : 'Повестка дня:'}\n1. О плане.\n`);
    expect(x.attendees.map((a) => [a.name, a.online])).toEqual([['Жарылгасова Меруерт Толегеновна', false], ['Нургожаев Даурен Аскарович', true]]);
    expect(x.absentees.map((a) => [a.name, a.excused])).toEqual([['Шайхутдинов Рустем Фаридович', true]]);
    // A cell "присутствовала" above the next row's number "2" is no sentence "присутствовала 2": no count of those present.
    expect(x.present).toBeNull();
  });

  it.each(['Членство в совете', 'Членские взносы', 'Кеңес мүшелігі'])('near-miss header "%s" opens no attendance table of members\' names by itself', (header) => {
    const table = cells([['№', header], ['1', 'Жарылгасова Меруерт Толегеновна']]);
    const x = parseProtocol(`${HEAD_RU}${table}\n\nПовестка дня:\n1. О плане.\n`);
    expect(x.attendees).toEqual([]);
  });
});

describe('an agenda item that begins with the body\'s member is no attendance table\'s header', () => {
  it.each([
    ['kk', `${HEAD_KK}ДАУЫСҚА ҚОЙЫЛҒАН МӘСЕЛЕЛЕР:\n1.\tКүн тәртібін бекіту туралы.\n2.\tКеңес мүшесі Ділдәбеков Е.М.-ның мониторинг жүргізу туралы ұсынысы.\n3.\tҚоғамдық кеңестің жұмыс тобын 5 адам құрамында құру туралы.\n`],
    ['ru', `${HEAD_RU}Повестка дня:\n1.\tЧлен комиссии Иванов И.И. о результатах мониторинга.\n2.\tОбщественный совет о плане работы на 2026 год.\n`],
  ])('%s', (_lang, text) => {
    expect(parseProtocol(text).attendees).toEqual([]);
  });
});
