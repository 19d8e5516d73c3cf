/**
 * Tables with merged and multi-level headers in protocols (held-out set 124's theme, its protocols): a Word attendance
 * table whose "Участие" / "Қатысуы" cell is merged over "очно | онлайн" and whose "Отсутствует" cell is merged over "по
 * уважительной причине | без уважительной причины" (a mark under either is that kind of absence); a drawn header cell
 * with no border after it spanning the columns below; a commission's label merged down the rows of its members; a vote
 * table whose counts are grouped under "Голоса" / "Дауыстар" beside a "Всего проголосовало" total in the middle (a Word
 * table, its rows named, not numbered) or a result column the group does not cover; a question wrapped alone onto the next
 * line; the body's size in a bracket after those present; a drawn summary of counts ("Присутствуют: всего | из них: очно |
 * онлайн"). Variants of my own in both languages, and near misses.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { docxHtmlToText } from '../../../sources/readers/docxHtmlToText.ts';
import { readStatedCounts } from '../../../sources/extract/protocol/readStatedCounts.ts';

const td = (text: string, attrs = '') => `<td${attrs}><p>${text}</p></td>`;
const tr = (...cells: string[]) => `<tr>${cells.join('')}</tr>`;
const table = (...rows: string[]) => `<table>${rows.join('')}</table>`;
const p = (text: string) => `<p>${text}</p>`;
const votesOf = (text: string) => parseProtocol(text).votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared]);

describe('a Word attendance table whose participation and absence cells are merged over their kinds', () => {
  const sheet = (head: string[], sub: string[], rows: string[][], lead: string) => docxHtmlToText([
    p('ПРОТОКОЛ № 5'), p(lead),
    table(
      tr(td(head[0], ' rowspan="2"'), td(head[1], ' rowspan="2"'), td(head[2], ' colspan="2"'), td(head[3], ' colspan="2"')),
      tr(...sub.map((s) => td(s))),
      ...rows.map((r) => tr(...r.map((c) => td(c)))),
    ),
    p('ПОВЕСТКА ДНЯ:'), p('1. О плане работы.'),
  ].join(''));

  it('Russian: "Участие" over "очно | онлайн", "Отсутствует" over "по уважительной причине | без уважительной причины"', () => {
    const out = parseProtocol(sheet(['№', 'Ф.И.О.', 'Участие', 'Отсутствует'], ['очно', 'онлайн', 'по уважительной причине', 'без уважительной причины'], [
      ['1', 'Абенов Ерлан Маратович', '+', '', '', ''],
      ['2', 'Белова Ирина Петровна', '', '+', '', ''],
      ['3', 'Валиев Тимур Русланович', '+', '', '', ''],
      ['4', 'Гаврилова Анна Сергеевна', '', '', 'отпуск', ''],
      ['5', 'Даулетов Берик Сапарович', '', '', '', '+'],
    ], 'Присутствовали 3 члена Совета (состав – 5 человек).'));
    expect(out.members_total).toBe(5);
    expect(out.attendees.map((a) => [a.name, a.online])).toEqual([['Абенов Ерлан Маратович', false], ['Белова Ирина Петровна', true], ['Валиев Тимур Русланович', false]]);
    expect(out.absentees.map((a) => [a.name, a.excused])).toEqual([['Гаврилова Анна Сергеевна', true], ['Даулетов Берик Сапарович', false]]);
  });

  it('Kazakh: "Қатысуы" over "бетпе-бет | онлайн", "Қатыспады" over "дәлелді себеппен | дәлелсіз"', () => {
    const out = parseProtocol(sheet(['№', 'Аты-жөні', 'Қатысуы', 'Қатыспады'], ['бетпе-бет', 'онлайн', 'дәлелді себеппен', 'дәлелсіз'], [
      ['1', 'Әбенов Ерлан Маратұлы', '', '+', '', ''],
      ['2', 'Бекова Әсем Қайратқызы', '+', '', '', ''],
      ['3', 'Жұмаев Нұрлан Серікұлы', '', '', '', '+'],
      ['4', 'Сейітова Гүлнар Ерланқызы', '', '', 'іссапар', ''],
    ], 'Кеңестің 4 мүшесінің 2-і қатысты.'));
    expect(out.attendees.map((a) => [a.name, a.online])).toEqual([['Әбенов Ерлан Маратұлы', true], ['Бекова Әсем Қайратқызы', false]]);
    expect(out.absentees.map((a) => [a.name, a.excused])).toEqual([['Жұмаев Нұрлан Серікұлы', false], ['Сейітова Гүлнар Ерланқызы', true]]);
  });

  it('near miss: one "Отсутствует" column, not split — a mark there is an absence of no known kind', () => {
    const html = [
      p('ПРОТОКОЛ № 5'), p('Присутствовали 2 члена Совета.'),
      table(
        tr(td('№', ' rowspan="2"'), td('Ф.И.О.', ' rowspan="2"'), td('Участие', ' colspan="2"'), td('Отсутствует', ' rowspan="2"')),
        tr(td('очно'), td('онлайн')),
        tr(td('1'), td('Абенов Ерлан Маратович'), td('+'), td(''), td('')),
        tr(td('2'), td('Белова Ирина Петровна'), td(''), td('+'), td('')),
        tr(td('3'), td('Валиев Тимур Русланович'), td(''), td(''), td('+')),
      ),
      p('ПОВЕСТКА ДНЯ:'), p('1. О плане работы.'),
    ].join('');
    const out = parseProtocol(docxHtmlToText(html));
    expect(out.attendees.map((a) => a.online)).toEqual([false, true]);
    expect(out.absentees.map((a) => [a.name, a.excused])).toEqual([['Валиев Тимур Русланович', null]]);
  });
});

describe('a drawn attendance table: a header cell spanning the columns below it, a commission merged down its members\' rows', () => {
  it('Kazakh: "Комиссия | Аты-жөні | Қатысуы" over "бетпе-бет | онлайн | қатыспады (себебі)", the label wrapped down the rows', () => {
    const out = parseProtocol([
      'ХАТТАМА № 3', '', 'Кеңестің 5 мүшесінің 4-і қатысуда.', '',
      'Комиссия         | Аты-жөні                   | Қатысуы',
      '                 |                            | бетпе-бет | онлайн | қатыспады (себебі)',
      '-----------------+----------------------------+-----------+--------+-------------------',
      'Әлеуметтік       | Омаров Бауыржан Серікұлы   |     +     |        |',
      'комиссия         | Сапарова Айгүл Ерланқызы   |           |   +    |',
      '                 | Тұрсынов Дәулет Маратұлы   |     +     |        |',
      'Экономика        | Уалиева Меруерт Сәкенқызы  |     +     |        |',
      'комиссиясы       | Қасымов Ерік Нұрланұлы     |           |        | демалыста',
      '', 'КҮН ТӘРТІБІ:', '1. Жұмыс жоспары туралы.',
    ].join('\n'));
    expect(out.attendees.map((a) => [a.name, a.online])).toEqual([
      ['Омаров Бауыржан Серікұлы', false], ['Сапарова Айгүл Ерланқызы', true], ['Тұрсынов Дәулет Маратұлы', false], ['Уалиева Меруерт Сәкенқызы', false],
    ]);
    expect(out.absentees.map((a) => [a.name, a.excused])).toEqual([['Қасымов Ерік Нұрланұлы', true]]);
  });

  it('Russian: "Комиссия | Ф.И.О. | Участие" over "очно | онлайн | отсутствовал (причина)"', () => {
    const out = parseProtocol([
      'ПРОТОКОЛ № 3', '', 'Присутствовали 3 члена Совета из 4.', '',
      'Комиссия          | Ф.И.О.                     | Участие',
      '                  |                            | очно | онлайн | отсутствовал (причина)',
      'По социальным     | Орлов Павел Сергеевич      |  +   |        |',
      'вопросам          | Семенова Ольга Ивановна    |      |   +    |',
      'По экономике      | Тимофеев Игорь Андреевич   |  +   |        |',
      '                  | Ушакова Вера Николаевна    |      |        | командировка',
      '', 'ПОВЕСТКА ДНЯ:', '1. О плане работы.',
    ].join('\n'));
    expect(out.attendees.map((a) => [a.name, a.online])).toEqual([['Орлов Павел Сергеевич', false], ['Семенова Ольга Ивановна', true], ['Тимофеев Игорь Андреевич', false]]);
    expect(out.absentees.map((a) => a.name)).toEqual(['Ушакова Вера Николаевна']);
  });

  it('near miss: a numbered table whose name wraps onto the next row stays one person', () => {
    const out = parseProtocol([
      'ПРОТОКОЛ № 3', '', 'Присутствовали 2 члена Совета.', '',
      '№ | Ф.И.О.                  | Участие',
      '1 | Орлов Павел             | очно',
      '  | Сергеевич               |',
      '2 | Семенова Ольга Ивановна | онлайн',
      '', 'ПОВЕСТКА ДНЯ:', '1. О плане работы.',
    ].join('\n'));
    expect(out.attendees.map((a) => a.name)).toEqual(['Орлов Павел Сергеевич', 'Семенова Ольга Ивановна']);
  });
});

describe('a vote table whose counts are grouped under one header cell', () => {
  it('Kazakh, drawn: "Мәселе | Дауыстар | Шешім" over "| жақтап | қарсы | қалыс |", a question wrapped onto its own line', () => {
    expect(votesOf([
      'ХАТТАМА № 3', '', 'КҮН ТӘРТІБІ:', '1. Жоспар туралы.', '2. Бюджет туралы.', '',
      'Мәселе                     | Дауыстар                  | Шешім',
      '                           | жақтап | қарсы | қалыс    |',
      '---------------------------+--------+-------+----------+-------------',
      '1-мәселе                   |   9    |   0   |   0      | қабылданды',
      '2-мәселе (Сейітов Е.Қ.     |   2    |   6   |   1      | қабылданбады',
      'ұсынысы)                   |        |       |          |',
      '2-мәселе (жоба)            |   7    |   1   |   1      | қабылданды',
    ].join('\n'))).toEqual([[9, 0, 0, false, 'adopted'], [2, 6, 1, false, 'rejected'], [7, 1, 1, false, 'adopted']]);
  });

  it('Russian, drawn: "Вопрос | Голоса | Решение" over "| за | против | воздерж. |"', () => {
    expect(votesOf([
      'ПРОТОКОЛ № 3', '', 'ПОВЕСТКА ДНЯ:', '1. О плане.', '2. О бюджете.', '',
      'Вопрос                     | Голоса                    | Решение',
      '                           | за  | против | воздерж.   |',
      'Вопрос 1                   | 8   | 0      | 1          | принято',
      'Вопрос 2 – предложение     | 3   | 5      | 1          | не принято',
      'Петрова А.А. о доработке   |     |        |            |',
    ].join('\n'))).toEqual([[8, 0, 1, false, 'adopted'], [3, 5, 1, false, 'rejected']]);
  });

  const wordVotes = (head: string[], sub: string[], rows: string[][]) => docxHtmlToText([
    p('ПРОТОКОЛ № 5'), p('ПОВЕСТКА ДНЯ:'), p('1. О плане.'), p('2. О бюджете.'), p('Результаты голосования'),
    table(
      tr(td(head[0], ' rowspan="2"'), td(head[1], ' rowspan="2"'), td(head[2], ' colspan="3"'), td(head[3], ' rowspan="2"')),
      tr(...sub.map((s) => td(s))),
      ...rows.map((r) => tr(...r.map((c) => td(c)))),
    ),
    p('Председатель ____ А. Иванов'),
  ].join(''));

  it('Russian, Word: "Всего проголосовало" in the middle is those voting, the counts are under "Голоса"', () => {
    expect(votesOf(wordVotes(['Вопрос', 'Всего проголосовало', 'Голоса', 'Решение'], ['за', 'против', 'воздерж.'], [
      ['Повестка дня', '11', '11', '0', '0', 'принято'],
      ['Вопрос 1', '11', '4', '6', '1', 'не принято'],
      ['Вопрос 2', '11', '9', '1', '1', 'принято'],
    ]))).toEqual([[11, 0, 0, false, 'adopted'], [4, 6, 1, false, 'rejected'], [9, 1, 1, false, 'adopted']]);
  });

  it('Kazakh, Word: "Дауыс бергендер барлығы" then "Дауыстар" over "жақтап | қарсы | қалыс"', () => {
    expect(votesOf(wordVotes(['Мәселе', 'Дауыс бергендер барлығы', 'Дауыстар', 'Шешім'], ['жақтап', 'қарсы', 'қалыс'], [
      ['Күн тәртібі', '9', '9', '0', '0', 'қабылданды'],
      ['1-мәселе', '9', '5', '3', '1', 'қабылданды'],
    ]))).toEqual([[9, 0, 0, false, 'adopted'], [5, 3, 1, false, 'adopted']]);
  });

  it('near miss: words, not counts, under the grouped columns — no vote read from the table', () => {
    const votes = parseProtocol(wordVotes(['Вопрос', 'Докладчик', 'Голоса', 'Решение'], ['за', 'против', 'воздерж.'], [
      ['Вопрос 1', 'Иванов', 'см. приложение', 'см. приложение', 'см. приложение', 'принято'],
      ['Вопрос 2', 'Петров', 'см. приложение', 'см. приложение', 'см. приложение', 'принято'],
    ])).votes;
    expect(votes.filter((v) => v.for !== null || v.against !== null)).toEqual([]);
  });
});

describe('the body\'s size in a bracket after those present', () => {
  it('Russian: "явились 12 членов Совета (состав – 15 человек)"', () => {
    const c = readStatedCounts(['На заседание явились 12 членов Совета (состав – 15 человек); двое подключились по Zoom.'], []);
    expect([c.members_total, c.present]).toEqual([15, 12]);
  });
  it('Kazakh: "Кеңестің 10 мүшесі қатысты (құрамы – 13 мүше)"', () => {
    const c = readStatedCounts(['Отырысқа Кеңестің 10 мүшесі қатысты (құрамы – 13 мүше).'], []);
    expect([c.members_total, c.present]).toEqual([13, 10]);
  });
  it('near miss: a working group\'s size in the bracket is not the council\'s', () => {
    expect(readStatedCounts(['Присутствовали 3 члена рабочей группы (состав – 5 человек).'], []).members_total).toBeNull();
  });
});

describe('a drawn summary of attendance counts under a header of several levels', () => {
  const box = (top: string, lines: string[], row: string) => [
    'ПРОТОКОЛ № 4', '', top, '',
    '+---------+----------------------------+---------------------------+',
    ...lines,
    row,
    '+---------+-------+---------+----------+-------+---------+---------+',
    '', 'ПОВЕСТКА ДНЯ:', '1. О плане.',
  ].join('\n');

  it('Russian: "Состав Совета | Присутствуют (всего | из них: очно | онлайн) | Отсутствуют (…)"', () => {
    const out = parseProtocol(box('Сведения о явке:', [
      '| Состав  |        Присутствуют        |        Отсутствуют        |',
      '| Совета  +-------+--------------------+-------+-------------------+',
      '|         | всего |      из них:       | всего |      из них:      |',
      '|         |       +---------+----------+       +---------+---------+',
      '|         |       |  очно   |  онлайн  |       | уважит. | неуваж. |',
      '+---------+-------+---------+----------+-------+---------+---------+',
    ], '|   15    |  12   |    9    |    3     |   3   |    2    |    1    |'));
    expect([out.members_total, out.present, out.online]).toEqual([15, 12, 3]);
  });

  it('Kazakh: "Кеңес құрамы | Қатысқандар (барлығы | оның ішінде: бетпе-бет | онлайн) | Қатыспағандар"', () => {
    const out = parseProtocol(box('Мүшелердің қатысуы:', [
      '| Кеңес   |        Қатысқандар         |       Қатыспағандар       |',
      '| құрамы  +-------+--------------------+-------+-------------------+',
      '|         |барлығы|   оның ішінде:     |барлығы|   оның ішінде:    |',
      '|         |       +---------+----------+       +---------+---------+',
      '|         |       |бетпе-бет|  онлайн  |       | дәлелді |дәлелсіз |',
      '+---------+-------+---------+----------+-------+---------+---------+',
    ], '|   11    |   9   |    8    |    1     |   2   |    2    |    0    |'));
    expect([out.members_total, out.present, out.online]).toEqual([11, 9, 1]);
  });

  it('near miss: counts that do not agree (present and absent not the composition) — none taken', () => {
    const out = parseProtocol(box('Сведения о явке:', [
      '| Состав  |        Присутствуют        |        Отсутствуют        |',
      '| Совета  +-------+--------------------+-------+-------------------+',
      '|         | всего |      из них:       | всего |      из них:      |',
      '|         |       +---------+----------+       +---------+---------+',
      '|         |       |  очно   |  онлайн  |       | уважит. | неуваж. |',
      '+---------+-------+---------+----------+-------+---------+---------+',
    ], '|   15    |  12   |    9    |    3     |   4   |    2    |    2    |'));
    expect([out.members_total, out.present, out.online]).toEqual([null, null, null]);
  });
});

describe('a result verb with the members between the question and the verb', () => {
  const agendaVote = (line: string) => parseProtocol(['ПРОТОКОЛ № 2', '', 'Повестка дня:', '1. О плане.', '', line].join('\n')).votes[0];
  it('Russian: "Повестку дня члены Совета утвердили единогласно."', () => {
    expect(agendaVote('Повестку дня члены Совета утвердили единогласно.')).toMatchObject({ unanimous: true, declared: 'adopted' });
  });
  it('Kazakh: "Күн тәртібін Кеңес мүшелері бірауыздан бекітті."', () => {
    expect(agendaVote('Күн тәртібін Кеңес мүшелері бірауыздан бекітті.')).toMatchObject({ unanimous: true, declared: 'adopted' });
  });
  it('near miss: "… члены Совета не утвердили" is rejected, never adopted', () => {
    expect(agendaVote('Поправку члены Совета не утвердили: за – 2, против – 6, воздержались – 1.')?.declared).toBe('rejected');
  });
});
