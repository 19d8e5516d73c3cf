// Classes of the eleventh held-out set, protocols: a run of full names wrapped mid-name, an item added to the agenda
// at the meeting, an absence for child care, a .docx vote table with a merged cell, Kazakh ordinal list numbers, the
// composition "on the list", members and guests in one table told apart by their status.
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { docxHtmlToText } from '../../../sources/readers/docxHtmlToText.ts';

const protocol = (body: string) => parseProtocol(`ПРОТОКОЛ № 3\nзаседания Общественного совета\n12 марта 2025 года\n\n${body}\n\nПредседатель А. Ахметов\n`);
const names = (body: string) => protocol(body).attendees.map((a) => `${a.name}${a.online ? ' (online)' : ''}`);

describe('a run of full names wrapped in the middle of a name', () => {
  it('kk: the patronymic on the next line, online markers kept', () => {
    const x = names('Қатысқан кеңес мүшелері: Әлмерекова Г.С., Тұрсынбай Е.Н., Жолдыбаев Серік Әбдіғаниұлы,\nНарымбетова Аққағаз Ержанқызы, Қалдыбеков Мұрат (бейнеконференция арқылы), Оспанқұлов Ғани\nБекжанұлы, Әбдіхалықов Бақыт Серікұлы (бейнеконференция арқылы), Құлманов Әділет, Дүйсебаева Айнұр\nТөлеуқызы, Байжанова Шынар Маратқызы.\n\nКүн тәртібі:\n1. Әртүрлі.');
    expect(x).toEqual([
      'Әлмерекова Г.С.', 'Тұрсынбай Е.Н.', 'Жолдыбаев Серік Әбдіғаниұлы', 'Нарымбетова Аққағаз Ержанқызы', 'Қалдыбеков Мұрат (online)',
      'Оспанқұлов Ғани Бекжанұлы', 'Әбдіхалықов Бақыт Серікұлы (online)', 'Құлманов Әділет', 'Дүйсебаева Айнұр Төлеуқызы', 'Байжанова Шынар Маратқызы',
    ]);
  });
  it('ru: first name and patronymic on the next line', () => {
    expect(names('Присутствовали: Иванов Иван Иванович, Петров Пётр Петрович, Сидоров\nСидор Сидорович, Ким Олег Ли.\n\nПовестка дня:\n1. Разное.')).toEqual([
      'Иванов Иван Иванович', 'Петров Пётр Петрович', 'Сидоров Сидор Сидорович', 'Ким Олег Ли',
    ]);
  });
  it('initials on the next line, a surname and patronymic with the online marker', () => {
    expect(names('Присутствовали: Иванов И.И., Петров П.П.,\nКим О.Л., Сидоров\nС.С., Ли В.В.\n\nПовестка дня:\n1. Разное.')).toEqual(['Иванов И.И.', 'Петров П.П.', 'Ким О.Л.', 'Сидоров С.С.', 'Ли В.В.']);
    expect(names('Қатысқандар: Әлмерекова Г.С., Тұрсынбай Е.Н.,\nЖолдыбаев Серік, Оспанқұлов\nҒани Бекжанұлы (онлайн), Құлманов Әділет.\n\nКүн тәртібі:\n1. Әртүрлі.')).toEqual([
      'Әлмерекова Г.С.', 'Тұрсынбай Е.Н.', 'Жолдыбаев Серік', 'Оспанқұлов Ғани Бекжанұлы (online)', 'Құлманов Әділет',
    ]);
  });
  it('a sentence after a run ended without a comma is no name', () => {
    expect(names('Присутствовали: Иванов И.И., Петров П.П.\nПредседатель открыл заседание.\n\nПовестка дня:\n1. Разное.')).toEqual(['Иванов И.И.', 'Петров П.П.']);
    expect(names('Присутствовали:\nИванов Иван, Петров Пётр\nЗаседание открыл председатель.')).toEqual(['Иванов Иван', 'Петров Пётр']);
  });
});

describe('an item added to the agenda at the meeting', () => {
  const agenda = (rest: string) => protocol(`Повестка дня (утверждена президиумом 07.10.2025):\n1. О земле.\n2. О мусоре.\n3. Об озере.\n\n${rest}`).agenda.map((a) => `${a.no} ${a.title}`);
  it.each([
    ['Литвинова О.Г. предложила дополнить повестку дня вопросом «О детских площадках». Голосовали: «за» – 15, «против» – 1. Повестка дня с дополнением утверждена.\nВопрос включён в повестку дня под № 4.'],
    ['Член совета предложил включить в повестку дня вопрос «О детских площадках».\n\nГолосовали: за – 15, против – нет. Принято.'],
    ['Предложено включить вопрос «О детских площадках» в повестку дня. Повестка дня утверждена с дополнением.'],
    ['Кеңес мүшесі күн тәртібіне «О детских площадках» мәселесін енгізуді ұсынды. Толықтырылған күн тәртібі бекітілді.'],
    ['Күн тәртібіне «О детских площадках» деген мәселені қосу ұсынылды.\nДауыс беру: жақтап – 15. Мәселе күн тәртібіне 4-мәселе ретінде енгізілді.'],
  ])('%s → 4 items', (rest) => {
    expect(agenda(rest)).toEqual(['1 О земле.', '2 О мусоре.', '3 Об озере.', '4 О детских площадках']);
  });
  it.each([
    // Voted down.
    ['Иванов И.И. предложил дополнить повестку дня вопросом «О детских площадках». Голосовали: за – 3, против – 12. Предложение не поддержано.'],
    // For a later meeting.
    ['Иванов И.И. предложил включить в повестку дня следующего заседания вопрос «О детских площадках». Принято.'],
    ['Келесі отырыстың күн тәртібіне «О детских площадках» мәселесін енгізу ұсынылды. Ұсыныс қолдау тапты.'],
    // Proposed, never accepted.
    ['Иванов И.И. предложил дополнить повестку дня вопросом «О детских площадках».\n\n1. СЛУШАЛИ: Петрова П.П.'],
    // An item already printed.
    ['Предложено включить в повестку дня вопрос «Об озере». Повестка дня с дополнением утверждена.'],
    // Accepted with no question named: nothing to add.
    ['Повестка дня с дополнением утверждена.'],
    // The number given is the printed agenda's.
    ['Предложено дополнить повестку дня вопросом «О детских площадках». Вопрос включён в повестку дня под № 2.'],
  ])('%s → the printed 3', (rest) => {
    expect(agenda(rest)).toHaveLength(3);
  });
  it('a bracketed note after the heading is no item', () => {
    expect(agenda('')).toEqual(['1 О земле.', '2 О мусоре.', '3 Об озере.']);
    expect(protocol('Күн тәртібі (бекітілді):\n1. Жер туралы.').agenda).toHaveLength(1);
  });
});

describe('an absence for child care is excused', () => {
  const excused = (reason: string) => protocol(`Отсутствовали:\n1) Калмаханова Ж.С. – ${reason};\n\nПовестка дня:\n1. Разное.`).absentees[0]?.excused;
  it.each(['уход за ребёнком, заявление от 10.10.2025', 'по уходу за больным родителем', 'декретный отпуск', 'отпуск по беременности и родам', 'бала күтіміне байланысты'])('%s', (reason) => {
    expect(excused(reason)).toBe(true);
  });
  it('the word alone proves nothing', () => expect(excused('ушла')).toBeNull());
});

/** A Word table as mammoth's HTML: a row of cells each, `span` giving a cell merged across columns. */
const table = (rows: (string | [string, number])[][]) =>
  `<table>${rows.map((r) => `<tr>${r.map((c) => (Array.isArray(c) ? `<td colspan="${c[1]}"><p>${c[0]}</p></td>` : `<td><p>${c}</p></td>`)).join('')}</tr>`).join('')}</table>`;

describe('a .docx vote table, a cell a line, a merged cell across the counts', () => {
  const votes = (html: string) => parseProtocol(docxHtmlToText(`<p>ПРОТОКОЛ № 7</p><p>заседания Общественного совета</p><p>17.09.2025 г.</p>${html}<p>Председатель М. Утеғалиев</p>`)).votes
    .map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared]);
  it('ru: a row per question, the last "единогласно" across three columns', () => {
    expect(votes(`<p>Результаты голосования:</p>${table([
      ['Вопрос', 'За', 'Против', 'Воздержались', 'Итог'],
      ['1', '16', '0', '0', 'решение принято'],
      ['2', '7', '8', '1', 'решение не принято'],
      ['3', ['единогласно', 3], 'решение принято'],
    ])}`)).toEqual([[16, 0, 0, false, 'adopted'], [7, 8, 1, false, 'rejected'], [null, null, null, true, 'adopted']]);
  });
  it('kk: the merged row in the middle keeps the rows below', () => {
    expect(votes(table([
      ['Мәселе', 'Жақтап', 'Қарсы', 'Қалыс', 'Нәтижесі'],
      ['1', ['бірауыздан', 3], 'қабылданды'],
      ['2', '9', '3', '1', 'қабылданды'],
    ]))).toEqual([[null, null, null, true, 'adopted'], [9, 3, 1, false, 'adopted']]);
  });
  it('a heading merged across the whole table stays one cell', () => {
    expect(docxHtmlToText(table([[['Март', 3]], ['1', 'Мониторинг', '-']]))).toBe('\tМарт\n\t1\n\tМониторинг\n\t-\n');
    expect(docxHtmlToText(table([['1', ['единогласно', 3], 'принято']]))).toBe('\t1\n\tединогласно\n\t\n\t\n\tпринято\n');
  });
  it('a table of other figures under the votes is no vote', () => {
    expect(votes(table([['Показатель', 'Значение'], ['Школ', '12'], ['Детей', '1 340']]))).toEqual([]);
  });
});

describe('Kazakh ordinal list numbers ("1-ші.", "6-шы.")', () => {
  const x = parseProtocol('Х А Т Т А М А  №2\n\n12.02.2025 ж.\n\nКеңестің тізімдік құрамы – 15 мүше.\n\nҚатысқандар:\n1-ші. Жанәбілов Ерік Сатыбалдыұлы, кеңес төрағасы\n2-ші. Сүлейменова Ақбота Ерланқызы (онлайн)\n6-шы. Жексенбай Нұрсұлтан Әмірұлы (сағат 10:40-та келді)\n10-шы. Қалиев Айдын Бақытжанұлы\n\nКүн тәртібі:\n1-ші. Жылу туралы.\n2-ші. Су туралы.\n\n1. ТЫҢДАЛДЫ: Нұрлыбаев Т.Қ.\n');
  it('attendees, the online one, the agenda, the composition on the list', () => {
    expect(x.attendees.map((a) => a.name)).toEqual(['Жанәбілов Ерік Сатыбалдыұлы', 'Сүлейменова Ақбота Ерланқызы', 'Жексенбай Нұрсұлтан Әмірұлы', 'Қалиев Айдын Бақытжанұлы']);
    expect(x.attendees.filter((a) => a.online)).toHaveLength(1);
    expect(x.agenda.map((a) => a.title)).toEqual(['Жылу туралы.', 'Су туралы.']);
    expect(x.members_total).toBe(15);
    expect(x.issues.some((i) => /numbering jumps from 2 to 6/.test(i.message))).toBe(true);
  });
  it.each([
    ['Кеңестің бекітілген құрамы – 17 мүше.', 17],
    ['Комиссияның тізімдік құрамы: 9 адам.', 9],
    ['Жұмыс тобының тізімдік құрамы – 5 мүше.', null],
    ['Кеңестің тізімдік құрамы – 2024 жылы бекітілген.', null],
  ])('%s → %s', (line, n) => {
    expect(parseProtocol(`ХАТТАМА № 1\n\n${line}\n`).members_total).toBe(n);
  });
  it('a year with a suffix is no item', () => {
    expect(parseProtocol('Күн тәртібі:\n1. Жер туралы.\n2025-ші жыл қорытындысы.\n').agenda).toHaveLength(1);
  });
});

describe('members and guests in one table, each guest told by its status cell', () => {
  const rows = [
    ['№', 'Ф.И.О.', 'Статус', 'Форма участия'],
    ['1', 'Жанузакова Меруерт Саятовна', 'председатель комиссии', 'очно'],
    ['2', 'Тулемисова Гульзат Ахметовна', 'член комиссии', 'по видеосвязи'],
    ['3', 'Сеитжанов Бекзат Нурланович', 'член комиссии', 'отсутствовал (лист временной нетрудоспособности)'],
    ['4', 'Мамырова Айнур Касымовна', 'член комиссии', 'отсутствовала (без объяснения причин)'],
    ['5', 'Нургалиев Ринат Бахытович', 'руководитель ГУ «Отдел образования» (приглашённый)', 'очно'],
    ['6', 'Ахметова Салтанат Муратовна', 'заместитель главного врача (приглашённая)', 'по видеосвязи'],
    ['7', 'Жумабаев Нурсултан Танатович', 'председатель Общественного совета (членом комиссии не является)', 'очно'],
    ['8', 'Павленко Ирина Викторовна', 'эксперт, не является членом комиссии', 'очно'],
  ];
  const read = (heading: string) => parseProtocol(docxHtmlToText(`<p>ПРОТОКОЛ № 4</p><p>заседания комиссии</p><p>23 апреля 2025 года</p><p>В состав комиссии входят 8 членов Общественного совета.</p><p>${heading}</p>${table(rows)}<p>ПОВЕСТКА ДНЯ:</p><p>1. Разное.</p>`));
  it.each([
    'Участники заседания (члены комиссии и приглашённые):',
    'Участники заседания – члены комиссии, приглашённые:',
    'Отырысқа қатысушылар (комиссия мүшелері мен шақырылғандар):',
  ])('%s', (heading) => {
    const x = read(heading);
    expect(x.attendees.map((a) => `${a.name}${a.online ? ' (online)' : ''}`)).toEqual(['Жанузакова Меруерт Саятовна', 'Тулемисова Гульзат Ахметовна (online)']);
    expect(x.absentees.map((a) => [a.name, a.excused])).toEqual([['Сеитжанов Бекзат Нурланович', true], ['Мамырова Айнур Касымовна', false]]);
    expect(x.members_total).toBe(8);
  });
  it('a heading of the invited alone still lists no members', () => {
    const x = read('Приглашённые:');
    expect(x.attendees).toEqual([]);
  });
  it.each([
    ['В состав комиссии входят 8 членов Общественного совета.', 8],
    ['В состав совета входят 15 человек.', 15],
    ['В состав рабочей группы входят 5 членов Общественного совета.', null],
    ['В состав комиссии входят 8 членов Общественного совета и 3 эксперта.', null],
  ])('%s → %s', (line, n) => {
    expect(parseProtocol(`ПРОТОКОЛ № 1\nзаседания комиссии\n\n${line}\n`).members_total).toBe(n);
  });
});

describe('an agenda whose items a PDF sets apart by paragraph spacing', () => {
  const titles = (agenda: string) => protocol(agenda).agenda.map((a) => a.no);
  it.each([
    ['ПОВЕСТКА ДНЯ:\n\n1. О садах и очереди\nв детские сады.\nДокладчик: Нургалиев Р.Б.\n\n2. О медицине.\nДокладчик: Ахметова С.М.\n\n3. О питании.\nДокладчик: Павленко И.В.\n\n1. СЛУШАЛИ: Нургалиева Р.Б.', [1, 2, 3]],
    ['Күн тәртібі:\n\n1. Жылу туралы.\n\n2. Су туралы.\n\n3. Әртүрлі.\n\nТЫҢДАЛДЫ:', [1, 2, 3]],
    // Items typed close: a blank line ends them.
    ['Повестка дня:\n1. О садах.\n2. О медицине.\n\n3. Разное обсуждение', [1, 2]],
    // The discussion numbered on after a one-item agenda is no item.
    ['Повестка дня:\n1. О садах.\n\n2. СЛУШАЛИ: Иванова И.И.', [1]],
    ['Повестка дня:\n1. О садах.\n\n2. Решили: принять к сведению.', [1]],
  ])('%s', (agenda, nos) => expect(titles(agenda)).toEqual(nos));
});

describe('an absence "без объяснения причин" as a PDF cell may cut it', () => {
  it.each(['без объяснения причин', 'без объяснен причин', 'без объяснений'])('%s → unexcused', (reason) => {
    expect(protocol(`Отсутствовали:\n1) Мамырова А.К. – ${reason};\n\nПовестка дня:\n1. Разное.`).absentees[0]?.excused).toBe(false);
  });
});

describe("a vote table as Word's text export lays it out: a cell a line, a merged cell as one", () => {
  const votes = (cells: string[]) => parseProtocol(`ПРОТОКОЛ № 7\nзаседания Общественного совета\n17.09.2025 г.\nРезультаты голосования:\n${cells.map((c) => `\t${c}`).join('\n')}\n\nПредседатель М. Утеғалиев\n`).votes
    .map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared]);
  it('the merged row last', () => {
    expect(votes(['Вопрос', 'За', 'Против', 'Воздержались', 'Итог', '1', '16', '0', '0', 'решение принято', '2', '7', '8', '1', 'решение не принято', '3', 'единогласно', 'решение принято']))
      .toEqual([[16, 0, 0, false, 'adopted'], [7, 8, 1, false, 'rejected'], [null, null, null, true, 'adopted']]);
  });
  it('the merged row first, kk', () => {
    expect(votes(['Мәселе', 'Жақтап', 'Қарсы', 'Қалыс', 'Нәтижесі', '1', 'бірауыздан', 'қабылданды', '2', '9', '3', '1', 'қабылданды']))
      .toEqual([[null, null, null, true, 'adopted'], [9, 3, 1, false, 'adopted']]);
  });
  it('a short row of numbers lost a cell: not regrouped, no count read', () => {
    expect(votes(['Вопрос', 'За', 'Против', 'Воздержались', 'Итог', '1', '16', '0', '0', 'принято', '2', '7', 'принято']).every((v) => v[0] === null)).toBe(true);
  });
  it('rows that are not numbered in turn are not regrouped: no count is read from them', () => {
    expect(votes(['Вопрос', 'За', 'Против', 'Воздержались', 'Итог', '1', '16', '0', '0', 'принято', '3', 'единогласно', 'принято']).every((v) => v[0] === null)).toBe(true);
  });
});
