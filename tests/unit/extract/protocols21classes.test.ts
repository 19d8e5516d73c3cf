/**
 * Classes of set 21's protocols, in phrasings written here (ru and kk), each with near-misses: an agenda title whose
 * quote runs onto a line opening with "№", two attendance lists side by side under their own headings, reasons cut short
 * ("без уваж. причины", "б/п"), a table header over two lines and totals rows among the members, a table of members
 * with a column of votes per question whose results stand under the questions, "+" marks under "очно | онлайн", and a
 * votes table whose labels are in the header's second row, a form with each value under its label, a table drawn with
 * box characters, a reason saying the member gave notice, the parts of those present set out with dashes in brackets,
 * a count repeated in words before its noun, a totals row's label and value among empty cells.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const kkHead = 'ҚАРАҒАНДЫ ОБЛЫСЫНЫҢ ҚОҒАМДЫҚ КЕҢЕСІ\n\nОТЫРЫСТЫҢ № 4 ХАТТАМАСЫ\n\n14.05.2025 ж.\n\n';
const ruHead = 'ОБЩЕСТВЕННЫЙ СОВЕТ КАРАГАНДИНСКОЙ ОБЛАСТИ\n\nПРОТОКОЛ № 4\nзаседания Общественного совета\n\n14.05.2025 г.\n\n';

describe('an agenda title whose quote runs on', () => {
  it('ru: "«О внесении изменений в решение" / "№ 247 от 12 декабря 2024 года …»" is one item', () => {
    const x = parseProtocol(`${ruHead}ПОВЕСТКА ДНЯ:\n1. Отчет управления образования.\n2. О проекте решения маслихата «О внесении изменений в решение\n№ 247 от 12 декабря 2024 года «Об областном бюджете на 2025-2027 годы».\n3. О рабочей группе.\n`);
    expect(x.agenda.map((a) => a.no)).toEqual([1, 2, 3]);
    expect(x.agenda[1].title).toContain('№ 247');
  });
  it('kk: a quoted name wrapped onto a capitalised line goes on', () => {
    const x = parseProtocol(`${kkHead}КҮН ТӘРТІБІ:\n1. Облыстық мәслихаттың «Облыстық бюджет туралы\nШешімге өзгерістер енгізу туралы» жобасы.\n2. Әртүрлі.\n`);
    expect(x.agenda.map((a) => a.no)).toEqual([1, 2]);
  });
  it('near-miss: a quote left unclosed does not swallow the next numbered item', () => {
    const x = parseProtocol(`${ruHead}ПОВЕСТКА ДНЯ:\n1. О проекте «Комфортная школа\n2. О бюджете.\n3. Разное.\n`);
    expect(x.agenda.map((a) => a.no)).toEqual([1, 2, 3]);
  });
});

describe('two attendance lists side by side, each under its heading', () => {
  const pad = (left: string, right: string) => `${left.padEnd(48)}${right}`;
  it('ru: present on the left, absent with wrapped reasons on the right', () => {
    const x = parseProtocol(`${ruHead}Всего членов Совета – 8. Присутствуют 5, отсутствуют 3.\n\n${[
      pad('ПРИСУТСТВОВАЛИ (5):', 'ОТСУТСТВОВАЛИ (3):'),
      pad('1. Айтбаев Е.С. – председатель Совета', '1) Асанов Р.Ж. –'),
      pad('2. Берденова К.М.', '  командировка (г. Балхаш)'),
      pad('3. Васильев Г.А.', '2) Ковалев Д.И. –'),
      pad('4. Галимжанов Т.Б. (онлайн)', '  больничный'),
      pad('5. Головко С.В.', '3) Мусина А.Т. –'),
      pad('', '  без уваж. причины'),
    ].join('\n')}\n\nПОВЕСТКА ДНЯ:\n1. Отчет.\n`);
    expect(x.attendees.map((a) => a.name)).toEqual(['Айтбаев Е.С.', 'Берденова К.М.', 'Васильев Г.А.', 'Галимжанов Т.Б.', 'Головко С.В.']);
    expect(x.attendees.filter((a) => a.online)).toHaveLength(1);
    expect(x.absentees.map((a) => [a.name, a.excused])).toEqual([['Асанов Р.Ж.', true], ['Ковалев Д.И.', true], ['Мусина А.Т.', false]]);
  });
  it('kk: "ҚАТЫСҚАНДАР:" beside "ҚАТЫСПАҒАНДАР:"', () => {
    const x = parseProtocol(`${kkHead}${[
      pad('ҚАТЫСҚАНДАР:', 'ҚАТЫСПАҒАНДАР:'),
      pad('1. Ахметов Б.С.', '1. Серікбаев Ұ.Б. – іссапар'),
      pad('2. Жақсыбекова А.Е.', '2. Оспанова Д.Е. – себепсіз'),
      pad('3. Тоқтаров Е.Н.', ''),
    ].join('\n')}\n\nКҮН ТӘРТІБІ:\n1. Есеп.\n`);
    expect(x.attendees).toHaveLength(3);
    expect(x.absentees.map((a) => a.excused)).toEqual([true, false]);
  });
  it('near-miss: one heading with a date far to its right is not two lists', () => {
    const x = parseProtocol(`${ruHead}${pad('ПРИСУТСТВОВАЛИ:', '14 мая 2025 года')}\n1. Айтбаев Е.С.\n2. Берденова К.М.\n\nПОВЕСТКА ДНЯ:\n1. Отчет.\n`);
    expect(x.attendees.map((a) => a.name)).toEqual(['Айтбаев Е.С.', 'Берденова К.М.']);
  });
});

describe('reasons of absence cut short', () => {
  it('ru: "без уваж. причины" and "б/п" are unexcused, "б/л" stays excused', () => {
    const x = parseProtocol(`${ruHead}Отсутствовали:\n- Мусина А.Т. – без уваж. причины;\n- Искаков Б.А. (б/п);\n- Ковалев Д.И. (б/л).\n`);
    expect(x.absentees.map((a) => a.excused)).toEqual([false, false, true]);
  });
  it('kk beside it: "себепсіз" unexcused, "іссапар" excused', () => {
    const x = parseProtocol(`${kkHead}Қатыспағандар:\n- Серікбаев Ұ.Б. – себепсіз;\n- Оспанова Д.Е. – іссапар.\n`);
    expect(x.absentees.map((a) => a.excused)).toEqual([false, true]);
  });
});

describe('a table of members with a column of votes per question', () => {
  const table = (rows: string[]) => ['№\tФамилия, инициалы\tФорма\tВопрос 1\tВопрос 2', '\t\tучастия\t(отчет)\t(НПА)', ...rows].join('\n');
  const members = [
    '1\tАбылкасымов Д.Е.\tочно\tза\tза',
    '2\tБелоусова Н.А.\tочно\tза\tпротив',
    '3\tГабдуллин Ж.К.\tВКС\tза\tза',
    '4\tДемченко П.С.\tочно\tвозд.\tза',
    '5\tЕрмекова С.Т.\tотсутств. (командировка)\t—\t—',
    '6\tИскаков Б.А.\tотсутств. (б/п)\t—\t—',
  ];
  const totals = ['\tИТОГО «за»\t\t3\t3', '\tИТОГО «против»\t\t0\t1', '\tИТОГО «воздерж.»\t\t1\t0', '\tИТОГО участвуют\t4 (ВКС – 1)\t\t'];
  const sections = '\n\nПо первому вопросу слушали Касенова Д.Т. Решение принято.\n\nПо второму вопросу слушали Гаврилову Л.С. Решили: одобрить. Решение принято.\n';
  it('ru: totals above the members give the counts, the sections the results; the attendance is read from the same table', () => {
    const x = parseProtocol(`${ruHead}${table([...totals, ...members])}${sections}`);
    expect(x.votes.map((v) => [v.for, v.against, v.abstain, v.declared])).toEqual([[3, 0, 1, 'adopted'], [3, 1, 0, 'adopted']]);
    expect(x.attendees.map((a) => a.name)).toEqual(['Абылкасымов Д.Е.', 'Белоусова Н.А.', 'Габдуллин Ж.К.', 'Демченко П.С.']);
    expect(x.attendees.filter((a) => a.online)).toHaveLength(1);
    expect(x.absentees.map((a) => a.excused)).toEqual([true, false]);
  });
  it('ru variant: no totals rows — the members\' choices are counted; "единогласно" under the question is the same vote', () => {
    const x = parseProtocol(`${ruHead}${table(members.map((m) => m.replace(/\tпротив$/, '\tза')))}\n\nПо первому вопросу слушали Касенова Д.Т. Решение принято.\n\nПо второму вопросу слушали Гаврилову Л.С. Решение принято единогласно.\n`);
    expect(x.votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared])).toEqual([[3, 0, 1, false, 'adopted'], [4, 0, 0, true, 'adopted']]);
  });
  it('kk: "1-мәселе | 2-мәселе" columns, "Барлығы «жақтап»" rows', () => {
    const x = parseProtocol(`${kkHead}${[
      '№\tАты-жөні\tҚатысу түрі\t1-мәселе\t2-мәселе',
      '1\tАхметов Б.С.\tочно\tжақтады\tжақтады',
      '2\tЖақсыбекова А.Е.\tонлайн\tжақтады\tқарсы',
      '3\tТоқтаров Е.Н.\tочно\tқалыс\tжақтады',
      '\tБарлығы «жақтап»\t\t2\t2',
      '\tБарлығы «қарсы»\t\t0\t1',
    ].join('\n')}\n\nБірінші мәселе бойынша: шешім қабылданды.\n\nЕкінші мәселе бойынша: шешім қабылданбады.\n`);
    expect(x.votes.map((v) => [v.for, v.against, v.declared])).toEqual([[2, 0, 'adopted'], [2, 1, 'rejected']]);
    expect(x.attendees).toHaveLength(3);
  });
  it('near-miss: a count told under the question that differs from the table keeps both, never one merged', () => {
    const x = parseProtocol(`${ruHead}${table([...totals, ...members])}\n\nПо первому вопросу слушали Касенова Д.Т.\nГолосовали: за – 2, против – 1, воздержались – 1. Решение принято.\n\nПо второму вопросу. Решение принято.\n`);
    // (A count above the 4 present would be withheld as another clause's: votesBeyondMembers.)
    expect(x.votes.map((v) => v.for).sort()).toEqual([2, 3, 3]);
    expect(x.issues.some((i) => /differ/.test(i.message))).toBe(true);
  });
  it('near-miss: with no totals, a cell that is no choice leaves that question uncounted', () => {
    const x = parseProtocol(`${ruHead}${table(members.map((m) => m.replace(/^2\tБелоусова Н.А.\tочно\tза/, '2\tБелоусова Н.А.\tочно\t?')))}${sections}`);
    expect(x.votes.map((v) => v.for)).toEqual([3]);
  });
});

describe('"+" marks under "очно | онлайн" and a reason in the absentees\' column (a .docx cell a line)', () => {
  const cells = (rows: string[][]) => rows.flat().map((c) => `\t${c}`).join('\n');
  const header = [['№', 'Ф.И.О. члена Совета', 'Комиссия', 'Участвует', '', 'Отсутствует (причина)'], ['', '', '', 'очно', 'онлайн', '']];
  it('ru: a merged commission cell, "+ (ВКС)" online, a reason, and the totals row closing it', () => {
    const x = parseProtocol(`${ruHead}ЛИСТ УЧАСТИЯ\n${cells([...header,
      ['1.', 'Абенова Гульнар Серикбаевна', 'Комиссия № 1', '+', '', ''],
      ['2.', 'Вострикова Елена Павловна', '', '', '+ (ВКС, г. Экибастуз)', ''],
      ['3.', 'Муканов Талгат Жумабекович', '', '', '', 'служебная командировка'],
      ['4.', 'Кравец Виктор Николаевич', '', '', '', 'без уважительной причины'],
      ['Итого', '', '', '1', '1', '2'],
    ])}\n\nПОВЕСТКА ДНЯ:\n1. Отчет.\n`);
    expect(x.attendees.map((a) => [a.name, a.online])).toEqual([['Абенова Гульнар Серикбаевна', false], ['Вострикова Елена Павловна', true]]);
    expect(x.absentees.map((a) => [a.name, a.excused])).toEqual([['Муканов Талгат Жумабекович', true], ['Кравец Виктор Николаевич', false]]);
  });
  it('kk: "Бетпе-бет | Онлайн" marks, "Қатыспады (себебі)"', () => {
    const x = parseProtocol(`${kkHead}${cells([['№', 'Аты-жөні', 'Бетпе-бет', 'Онлайн', 'Қатыспады (себебі)'],
      ['1.', 'Ахметов Бауыржан Серікұлы', '+', '', ''],
      ['2.', 'Жақсыбекова Айгүл Ерланқызы', '', '+', ''],
      ['3.', 'Тоқтаров Ерлан Нұрланұлы', '', '', 'іссапар'],
    ])}\n\nКҮН ТӘРТІБІ:\n1. Есеп.\n`);
    expect(x.attendees.map((a) => a.online)).toEqual([false, true]);
    expect(x.absentees.map((a) => a.excused)).toEqual([true]);
  });
  it('near-miss: a row marked in two columns is no one\'s attendance, said as an issue', () => {
    const x = parseProtocol(`${ruHead}${cells([...header,
      ['1.', 'Абенова Гульнар Серикбаевна', '', '+', '+', ''],
      ['2.', 'Вострикова Елена Павловна', '', '+', '', ''],
    ])}\n\nПОВЕСТКА ДНЯ:\n1. Отчет.\n`);
    expect(x.attendees.map((a) => a.name)).toEqual(['Вострикова Елена Павловна']);
    expect(x.issues.some((i) => /more than one participation column/.test(i.message))).toBe(true);
  });
});

describe('a votes table whose labels are in the header\'s second row', () => {
  const cells = (rows: string[][]) => rows.flat().map((c) => `\t${c}`).join('\n');
  it('ru: "Голосовали (чел.)" over «за» | «против» | «возд.», "Решение" beside', () => {
    const x = parseProtocol(`${ruHead}ИТОГИ ГОЛОСОВАНИЯ\n${cells([
      ['Вопрос повестки', 'Предмет голосования', 'Голосовали (чел.)', '', '', 'Решение'],
      ['', '', '«за»', '«против»', '«возд.»', ''],
      ['1', 'Принять отчет к сведению', '21', '0', '0', 'принято единогласно'],
      ['2', 'Одобрить проект', '13', '6', '2', 'принято'],
      ['3', 'Провести мониторинг', '9', '10', '2', 'не принято'],
    ])}\n`);
    expect(x.votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared])).toEqual([[21, 0, 0, true, 'adopted'], [13, 6, 2, false, 'adopted'], [9, 10, 2, false, 'rejected']]);
  });
  it('kk: "Дауыс берді" over «жақтап» | «қарсы» | «қалыс», "Шешім" beside', () => {
    const x = parseProtocol(`${kkHead}${cells([
      ['Мәселе', 'Дауыс берді', '', '', 'Шешім'],
      ['', '«жақтап»', '«қарсы»', '«қалыс»', ''],
      ['1', '15', '0', '1', 'қабылданды'],
      ['2', '7', '8', '1', 'қабылданбады'],
    ])}\n`);
    expect(x.votes.map((v) => [v.for, v.against, v.abstain, v.declared])).toEqual([[15, 0, 1, 'adopted'], [7, 8, 1, 'rejected']]);
  });
  it('near-miss: labels that land in one row only because of a wrong width are not taken (rows must open with their numbers)', () => {
    const x = parseProtocol(`${ruHead}${cells([
      ['Показатель', 'Значение', '', '', 'Примечание'],
      ['', '«за»', '«против»', '', ''],
      ['всего', '19 школ', '38 600 мест', '', ''],
    ])}\n`);
    expect(x.votes).toEqual([]);
  });
});

describe('a form: each label on its line, the count on the next', () => {
  it('ru: "Всего членов … по составу:" / "19", "Присутствовали:" / "15", "из них в режиме ВКС:" / "5", "Отсутствовали:" / "4" over the list', () => {
    const x = parseProtocol(`${ruHead}Всего членов Общественного совета по составу:\n19\n\nПрисутствовали:\n15\n\n  из них в режиме ВКС:\n  5\n\nОтсутствовали:\n4\n  - Бектурганов А.Р. – служебная командировка;\n  - Ларионова С.М. – по болезни;\n  - Мырзахметов Е.Б. – без уважительной причины;\n  - Савченко И.П. – без уважительной причины.\n\nКворум:\nимеется\n`);
    expect([x.members_total, x.present, x.online]).toEqual([19, 15, 5]);
    expect(x.absentees.map((a) => a.excused)).toEqual([true, true, false, false]);
  });
  it('kk: "Кеңес мүшелерінің саны:" / "12", "Қатысқандар:" / "10"', () => {
    const x = parseProtocol(`${kkHead}Кеңес мүшелерінің саны:\n12\n\nҚатысқандар:\n10\n`);
    expect([x.members_total, x.present]).toEqual([12, 10]);
  });
  it('ru variant: the label with its unit, "Присутствовали, чел.:" / "6", and a later "присутствовали 31 член Совета" of another meeting', () => {
    const x = parseProtocol(`${ruHead}Состав комиссии, чел.:\n7\n\nПрисутствовали, чел.:\n6\n\nРазное: на заседании Совета 12 мая присутствовали 31 член Совета.\n`);
    expect([x.members_total, x.present]).toEqual([7, 6]);
  });
  it('kk variant: "Қатысқандар, адам:" / "10"', () => {
    const x = parseProtocol(`${kkHead}Кеңес мүшелерінің саны:\n12\n\nҚатысқандар, адам:\n10\n`);
    expect(x.present).toBe(10);
  });
  it('near-miss: a label over a date or a room number is no count', () => {
    const x = parseProtocol(`${ruHead}Дата проведения:\n18 июня 2025 года\n\nПрисутствовали:\n12.06.2025\n\nМесто проведения:\nзал № 1204\n`);
    expect([x.members_total, x.present]).toEqual([null, null]);
  });
});

describe('an attendance table drawn with box characters', () => {
  const box = (rows: string[][]) => ['┌────┬──────────────────┬──────────────┬────────────────┐', ...rows.flatMap((r, k) => [...(k > 0 ? ['├────┼──────────────────┼──────────────┼────────────────┤'] : []), `│ ${r.join(' │ ')} │`]), '└────┴──────────────────┴──────────────┴────────────────┘'].join('\n');
  it('ru: "не участвует" with a reason saying he gave notice, "дистанционно", a name wrapped in its cell', () => {
    const x = parseProtocol(`${ruHead}${box([['№', 'Член комиссии', 'Участие', 'Примечание'], ['1', 'Жолдасбеков К.А.', 'очно', 'председатель'], ['2', 'Абдрахманов С.Т.', 'дистанционно', ''], ['3', 'Бондаренко В.С.', 'не участвует', 'уборочная, уведомил заранее'], ['4', 'Тютюнник А.Н.', 'не участвует', 'без уважит. причины']])}\n\nПовестка дня:\n1. О плане.\n`);
    expect(x.attendees.map((a) => [a.name, a.online])).toEqual([['Жолдасбеков К.А.', false], ['Абдрахманов С.Т.', true]]);
    expect(x.absentees.map((a) => [a.name, a.excused])).toEqual([['Бондаренко В.С.', true], ['Тютюнник А.Н.', false]]);
  });
  it('kk: "Қатысуы" column, "алдын ала ескертті" excused', () => {
    const x = parseProtocol(`${kkHead}${box([['№', 'Аты-жөні', 'Қатысуы', 'Ескерту'], ['1', 'Ахметов Б.С.', 'қатысты', ''], ['2', 'Оспанова Д.Е.', 'қатыспады', 'алдын ала ескертті']])}\n\nКҮН ТӘРТІБІ:\n1. Есеп.\n`);
    expect(x.attendees).toHaveLength(1);
    expect(x.absentees.map((a) => a.excused)).toEqual([true]);
  });
  it('near-miss: "не уведомил" stays unexcused, "уведомил" alone says nothing', () => {
    const x = parseProtocol(`${ruHead}Отсутствовали:\n- Иванов И.И. – не уведомил;\n- Петров П.П. – уведомил.\n`);
    expect(x.absentees.map((a) => a.excused)).toEqual([false, null]);
  });
});

describe('counts of those present and the whole, phrased otherwise', () => {
  it('ru: "участвуют 21 (17 – очно, 4 – в формате видеоконференцсвязи)"', () => {
    const x = parseProtocol(`${ruHead}Из 27 членов Общественного совета в заседании участвуют 21 (17 – очно, 4 – в формате видеоконференцсвязи).\n`);
    expect([x.members_total, x.present, x.online]).toEqual([27, 21, 4]);
  });
  it('kk: "қатысты 15 (12 – залда, 3 – онлайн)"', () => {
    const x = parseProtocol(`${kkHead}Кеңестің 19 мүшесінің 15-і қатысты (12 – залда, 3 – онлайн).\n`);
    expect(x.online).toBe(3);
  });
  it('near-miss: "14 – онлайн-трансляция" of a date is no count online', () => {
    const x = parseProtocol(`${ruHead}Заседание, 14 – онлайн-трансляция на сайте.\n`);
    expect(x.online).toBeNull();
  });
  it('ru: "Состав Совета утвержден … в количестве 21 (двадцати одного) члена", over two lines', () => {
    const x = parseProtocol(`${ruHead}Состав Совета утвержден решением маслихата ВКО от 21.03.2024 № 14/112-VIII\nв количестве 21 (двадцати одного) члена. Сведения об участии – в таблице.\n`);
    expect(x.members_total).toBe(21);
  });
  it('near-miss: "состав рабочей группы в количестве 5 (пяти) человек" is a group\'s', () => {
    const x = parseProtocol(`${ruHead}Утвердить состав рабочей группы в количестве 5 (пяти) человек.\n`);
    expect(x.members_total).toBeNull();
  });
  it('ru: a totals row among empty cells, "ИТОГО участвуют | 16 (ВКС – 3)"', () => {
    const x = parseProtocol(`${ruHead}№\tФамилия, инициалы\tФорма участия\n\tИТОГО участвуют\t16 (ВКС – 3)\t\t\n1\tАбылкасымов Д.Е.\tочно\n`);
    expect([x.present, x.online]).toEqual([16, 3]);
  });
});
