/**
 * Wide tables (held-out 186) and bulletin pages (held-out 192) in the protocol readers: a vote table turned on its side
 * (a column per question), a roll-call sheet typed in fixed width between rules, a summary box's "of them online" column,
 * an agenda's count in a box, an absentee's reason after a dash; a bilingual page read paragraph by paragraph.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { tabRuledGrids } from '../../../sources/extract/protocol/ruledGrid.ts';
import { readSummaryBox } from '../../../sources/extract/protocol/readSummaryBox.ts';
import { readLanguageColumns } from '../../../sources/extract/protocol/languageColumns.ts';

const counts = (text: string) => parseProtocol(text).votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared]);

describe('a vote table turned on its side, a cell a line (a .docx Word table)', () => {
  const cells = (rows: string[][]) => rows.flat().map((c) => `\t${c}`).join('\n');

  it('ru: an empty corner, "Повестка дня | Вопрос 1 | Вопрос 2", rows «За» / «Против» / «Воздержались» / Итог (Chkalovo)', () => {
    const text = `Из 11 членов Совета присутствуют 9.\nРезультаты голосования:\n${cells([
      ['', 'Повестка дня', 'Вопрос 1', 'Вопрос 2'], ['«За»', '9', '9', '3'], ['«Против»', '0', '0', '5'],
      ['«Воздержались»', '0', '0', '1'], ['Итог', 'повестка утверждена', 'принято единогласно', 'не принято'],
    ])}\n\nРешили:\n`;
    expect(counts(text)).toEqual([[9, 0, 0, false, 'adopted'], [9, 0, 0, true, 'adopted'], [3, 5, 1, false, 'rejected']]);
  });

  it('kk: "1-мәселе | 2-мәселе" over «Жақтап» / «Қарсы» / «Қалыс» / Нәтижесі', () => {
    const text = `Кеңестің 9 мүшесінің 8-і қатысты.\nДауыс беру нәтижелері:\n${cells([
      ['', '1-мәселе', '2-мәселе'], ['Жақтап', '8', '2'], ['Қарсы', '0', '5'], ['Қалыс', '0', '1'], ['Нәтижесі', 'қабылданды', 'қабылданбады'],
    ])}\n\nТөраға\n`;
    expect(counts(text)).toEqual([[8, 0, 0, false, 'adopted'], [2, 5, 1, false, 'rejected']]);
  });

  it('near miss: question headings over rows that are no vote labels are no vote table', () => {
    const text = `Из 11 членов Совета присутствуют 9.\n${cells([['', 'Вопрос 1', 'Вопрос 2'], ['Докладчик', 'Иманбаев Д.С.', 'Федоренко Н.М.'], ['Срок', '1 марта', '1 апреля']])}\n\n`;
    expect(parseProtocol(text).votes).toEqual([]);
  });
});

describe('a roll-call sheet typed in fixed width between rules (tabRuledGrids)', () => {
  const rule = '-'.repeat(80);
  const kk = [
    rule,
    'Р/с   Кеңес мүшесінің         Қатысу       1-мәселе:         2-мәселе:',
    '№     аты-жөні                нысаны       су құбырын        асхана',
    rule,
    '1.    Ахметжанова Г.Б.        орнында      жақ               қарсы',
    '2.    Сұлтанбеков Е.Қ.        онлайн       жақ               жақ',
    '3.    Исмаилов Р.Р.           жоқ          –                 –',
    rule,
    '      Барлығы: жақтап                      2                 1',
    '      Барлығы: қарсы                       0                 1',
    '      Барлығы: қалыс                       0                 0',
    rule,
  ];

  it('kk: the header one row, each row in its columns, the rules blank — lines keep their numbers', () => {
    const out = tabRuledGrids(kk);
    expect(out).toHaveLength(kk.length);
    expect(out[2]).toBe('Р/с №\tКеңес мүшесінің аты-жөні\tҚатысу нысаны\t1-мәселе: су құбырын\t2-мәселе: асхана');
    expect(out[4]).toBe('1.\tАхметжанова Г.Б.\tорнында\tжақ\tқарсы');
    expect(out[8]).toBe('\tБарлығы: жақтап\t\t2\t1');
    expect([out[0], out[1], out[3], out[7], out[11]]).toEqual(['', '', '', '', '']);
  });

  it('kk: its totals rows are the votes, its rows the attendance (Akbakai)', () => {
    const x = parseProtocol(['Кеңестің 3 мүшесінің 2-і қатысуда (1 мүше – онлайн форматта).', 'Исмаилов Р.Р. – іссапарда.', '', ...kk, ''].join('\n'));
    expect(x.votes.map((v) => [v.for, v.against, v.abstain])).toEqual([[2, 0, 0], [1, 1, 0]]);
    expect([x.attendees.length, x.attendees.filter((a) => a.online).length]).toEqual([2, 1]);
    expect(x.absentees.map((a) => [a.name, a.excused])).toEqual([['Исмаилов Р.Р.', true]]);
  });

  it('ru: "Вопрос 1 | Вопрос 2", cells за / против / возд.', () => {
    const ru = [rule, '№    Ф.И.О. члена Совета     Вопрос 1    Вопрос 2', rule, '1    Иванов И.И.             за          против',
      '2    Петров П.П.             за          за', '3    Сидоров С.С.            возд.       за', rule];
    expect(tabRuledGrids(ru)[3]).toBe('1\tИванов И.И.\tза\tпротив');
    expect(counts(['Присутствуют 3 члена Совета из 3.', '', ...ru, ''].join('\n')).map((v) => v.slice(0, 3))).toEqual([[2, 0, 1], [2, 1, 0]]);
  });

  it('near miss: a row whose words stand under no column of the header leaves the text as it was', () => {
    const prose = [rule, 'Р/с   Кеңес мүшесінің         Қатысу', rule, '1.    Ахметжанова Г.Б.        орнында', '2.    Сұлтанбеков Е.Қ.     онлайн', rule];
    expect(tabRuledGrids(prose)).toEqual(prose);
  });
});

describe('a summary box: its "of them online" column beside those present (readSummaryBox)', () => {
  const box = (third: string) => [
    '+------------+------------+------------+------------+',
    '| Состав     | Присутст-  | ' + third.padEnd(11) + '| Отсутст-   |',
    '| Совета     | вуют       |            | вуют       |',
    '+------------+------------+------------+------------+',
    '|     11     |      9     |      2     |      2     |',
    '+------------+------------+------------+------------+',
  ];

  it('ru: "из них онлайн" right after those present is the online count (Kenkiyak)', () => {
    expect(readSummaryBox(box('из них онлайн'))).toMatchObject({ members_total: 11, present: 9, online: 2 });
  });

  it('kk: "оның ішінде онлайн"', () => {
    expect(readSummaryBox(box('оның ішінде онлайн').map((l) => l.replace('| ' + 'оның ішінде онлайн'.padEnd(11), '| оның ішінде онлайн')))).toMatchObject({ online: 2 });
  });

  it('near miss: a column headed "онлайн" with no "of them" is no part of those present', () => {
    expect(readSummaryBox(box('онлайн'))?.online ?? null).toBeNull();
  });
});

describe('the agenda, the absentees and a bilingual page', () => {
  it('ru/kk: "күн тәртібінде – 4 мәселе" in a box is no agenda heading; the agenda under its own heading is read (Mangystau)', () => {
    const x = parseProtocol(['Отырыс бір қарағанда', 'күн тәртібінде – 2 мәселе', '4 дауыс беру, 1 ұсыныс', 'қабылданбады', '', 'КҮН ТӘРТІБІ:', '1. Жер учаскелері туралы.', '2. Жұмыс жоспары туралы.', ''].join('\n'));
    expect(x.agenda.map((a) => a.no)).toEqual([1, 2]);
    const ru = parseProtocol(['Коротко о заседании', 'Повестка дня – 3 вопроса', '', 'ПОВЕСТКА ДНЯ:', '1. О доступности объектов.', '2. О плане работы.', ''].join('\n'));
    expect(ru.agenda.map((a) => a.title)).toEqual(['О доступности объектов.', 'О плане работы.']);
  });

  it('ru: an absentee listed bare, his reason in a sentence "Name – reason." (Akbakai, ru variant)', () => {
    const x = parseProtocol(['Из 3 членов Совета присутствуют 2.', 'Присутствовали: Иванов И.И., Петров П.П.', 'Отсутствовал: Сидоров С.С.', 'Сидоров С.С. – в командировке.', ''].join('\n'));
    expect(x.absentees.map((a) => [a.name, a.excused])).toEqual([['Сидоров С.С.', true]]);
  });

  it('near miss: "Name – role." after a bare absentee says no reason', () => {
    const x = parseProtocol(['Из 3 членов Совета присутствуют 2.', 'Присутствовали: Иванов И.И., Петров П.П.', 'Отсутствовал: Сидоров С.С.', 'Сидоров С.С. – председатель комиссии по социальным вопросам.', ''].join('\n'));
    expect(x.absentees.map((a) => a.excused)).toEqual([null]);
  });

  it('kk | ru side by side: each paragraph, then its translation (West Kazakhstan bulletin)', () => {
    const lines = [
      'ШЕШІМ: ақпарат назарға алынсын. Дауыс беру: жақтап – 12,\tРЕШИЛИ: информацию принять к сведению. Голосование: за –',
      'қарсы – 0, қалыс – 0. Шешім қабылданды.\t12, против – 0, воздержались – 0. Решение принято.',
      'ШЕШІМ: басқармаға ұсыныстар жолдансын. Жақтап – 9,\tРЕШИЛИ: направить рекомендации в управление. За – 9,',
      'қарсы – 2, қалыс – 1. Қабылданды.\tпротив – 2, воздержались – 1. Принято.',
    ];
    const out = readLanguageColumns({ lines, numbers: [1, 2, 3, 4] });
    expect(out.lines.map((l) => l.slice(0, 12))).toEqual(['ШЕШІМ: ақпар', 'қарсы – 0, қ', 'РЕШИЛИ: инфо', '12, против –', 'ШЕШІМ: басқа', 'қарсы – 2, қ', 'РЕШИЛИ: напр', 'против – 2, ']);
    expect(counts(`Кеңестің 14 мүшесінің 12-сі қатысты.\n${lines.join('\n')}\n`).map((v) => v.slice(0, 3))).toEqual([[12, 0, 0], [9, 2, 1]]);
  });
});
