/**
 * Empty, dashed and "no data" cells (held-out set 139's theme): a Word table by commission whose cells say "деректер
 * жоқ", "өткізілмеді", "—*" (a footnote decides), or nothing, is still read by its total column, each cell of no data
 * giving nothing (report/wordCellTable.ts, report/flattenFigureTables.ts cellsOf); a registration table whose presence
 * column is a "+" with the absent's cell left empty beside a reason (protocol/readAttendanceTable.ts). Variants of my
 * own in both languages, and near misses.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const figures = (lines: string[]) => Object.fromEntries(parseReport(lines.join('\n')).figures.map((f) => [f.metric, f.value]));
const word = (cells: string[][]) => cells.flatMap((row) => row.map((c) => `\t${c}`));

const HEAD_KK = ['Сарыағаш ауданының Қоғамдық кеңесі', '2026 жылдың II жартыжылдығындағы жұмысы туралы АҚПАРАТ', ''];
const HEAD_RU = ['Общественный совет Толебийского района', 'Информация о работе за II полугодие 2026 года', ''];

describe('a Word table by commission with cells of no data is read by its total', () => {
  it('Kazakh: "деректер жоқ" total gives nothing, "—**" gives nothing, "өткізілмеді" across with total 0 gives 0', () => {
    const f = figures([...HEAD_KK, ...word([['Көрсеткіш', '1-комиссия', '2-комиссия', 'Барлығы'], ['Комиссия отырыстары', '2', '3', '5'],
      ['Қоғамдық мониторинг', '1', '', '4'], ['Дөңгелек үстелдер', '1', 'деректер жоқ', 'деректер жоқ'], ['Қоғамдық тыңдаулар', 'өткізілмеді', 'өткізілмеді', '0'],
      ['Меморандумдар', '', '', '—**']]), '', '** Меморандумдар бойынша мәліметтер нақтылануда.']);
    expect([f.commission_meetings, f.monitorings, f.public_hearings]).toEqual([5, 4, 0]);
    expect(f.round_tables).toBeUndefined();
    expect(f.memoranda).toBeUndefined();
  });
  it('Russian: "нет данных" and a "—*" total beside counts; the footnote\'s none is its own sentence\'s', () => {
    const f = figures([...HEAD_RU, ...word([['Показатель', 'Комиссия 1', 'Комиссия 2', 'Всего'], ['Мониторинги', '2', '1', '3'],
      ['Заслушивание отчётов', '1', '—', '1'], ['Круглые столы', 'нет данных', '1', 'нет данных'], ['Семинары', '—', '—', '—*']]), '', '* Семинары в отчётном периоде не проводились.']);
    expect([f.monitorings, f.report_hearings, f.seminars]).toEqual([3, 1, 0]);
    expect(f.round_tables).toBeUndefined();
  });
  it('near miss: a commission\'s count beside a total of no data is never the council\'s', () => {
    const f = figures([...HEAD_RU, ...word([['Показатель', 'Комиссия 1', 'Комиссия 2', 'Всего'], ['Мониторинги', '2', '1', '3'], ['Круглые столы', '2', 'н/д', 'нет данных']])]);
    expect(f.round_tables).toBeUndefined();
  });
});

describe('a registration table of "+" marks: an empty presence cell beside a reason is one absent', () => {
  const table = (head: string, rows: string[]) => parseProtocol(['ПРОТОКОЛ № 3', 'заседания Общественного совета', 'Дата: 14.10.2026', '', 'Количество членов совета: 6', '', head, ...rows, '', 'Повестка дня:', '1. О плане.', '', 'Председатель   А. Ким'].join('\n'));
  it('Russian/Kazakh header "Қатысты / Присут.": + rows present, the empty rows absent with their reasons', () => {
    const p = table(' №  | Аты-жөні / Ф.И.О. | Қатысты / Присут. | Себебі / Причина', [' 1 | Ким А.А. | + |', ' 2 | Омаров Б.Б. | + |', ' 3 | Сейт В.В. |  | іссапар / командировка',
      ' 4 | Лим Г.Г. | + |', ' 5 | Нур Д.Д. |  | (уточняется)', ' 6 | Жан Е.Е. | + |']);
    expect(p.attendees.map((a) => a.name)).toEqual(['Ким А.А.', 'Омаров Б.Б.', 'Лим Г.Г.', 'Жан Е.Е.']);
    expect(p.absentees.map((a) => [a.name, a.excused])).toEqual([['Сейт В.В.', true], ['Нур Д.Д.', null]]);
  });
  it('Russian header "Присутствовал": the same', () => {
    const p = table('№ | Ф.И.О. | Присутствовал | Причина отсутствия', ['1 | Ким А.А. | + |', '2 | Омаров Б.Б. |  | болезнь', '3 | Лим Г.Г. | + |']);
    expect(p.attendees.length).toBe(2);
    expect(p.absentees.map((a) => a.name)).toEqual(['Омаров Б.Б.']);
  });
  it('near miss: an empty presence cell and an empty reason cell is no absent read, only unsure', () => {
    const p = table('№ | Ф.И.О. | Присутствовал | Причина отсутствия', ['1 | Ким А.А. | + |', '2 | Омаров Б.Б. |  |', '3 | Лим Г.Г. | + |']);
    expect(p.absentees).toEqual([]);
  });
});

describe('a form of dot leaders: an answer "(нақтылануда)" is a row of none read, the rows after it read on', () => {
  const form = (rows: string[]) => figures(['Жамбыл ауданы Қоғамдық кеңесінің 2026 жылғы III тоқсандағы қызметі туралы АҚПАРАТТЫҚ КАРТА', '', ...rows]);
  it('Kazakh: "16.3 жауап берілгені ..... (нақтылануда)" then letters and publications', () => {
    const f = form([' 1. Түскен өтініштер ........................ 6', ' 1.1 жауап берілгені ...................... (нақтылануда)',
      ' 2. Мемлекеттік органдарға жолданған хаттар ... 4', ' 3. Жарияланымдар ........................... 9']);
    expect([f.appeals_received, f.appeals_answered, f.letters_sent, f.publications]).toEqual([6, undefined, 4, 9]);
  });
  it('Russian: "Получено ответов ..... (уточняется)" then the next row', () => {
    const f = form([' 1. Направлено писем ......................... 5', ' 1.1 Получено ответов ...................... (уточняется)', ' 2. Проведено мониторингов ................... 3']);
    expect([f.letters_sent, f.letters_answered, f.monitorings]).toEqual([5, undefined, 3]);
  });
  it('a row label opening with the period ("Тоқсанда кеңестен шыққандар", "В отчетном квартале выбыло членов") names its metric', () => {
    expect(form([' 1. Кеңес мүшелерінің саны ............ 12', ' 2. Тоқсанда кеңестен шыққандар ....... 0', ' 3. Комиссиялар саны ................. 2']).members_left).toBe(0);
    expect(form([' 1. Членов Совета ....................... 12', ' 2. В отчетном квартале выбыло членов Совета ... 1', ' 3. Комиссий ............................ 2']).members_left).toBe(1);
  });
});

