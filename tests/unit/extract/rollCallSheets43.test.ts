/**
 * Session 43, set 190 (ROLL-CALL VOTES AND TICK-MARK TABLES). Classes: a grid of ticks under "жақ | қарсы | қалыс", a row
 * per member (readTickGrid.ts); fixed-width rows of a vote label each over a members' grid (fixedWidthVoteTable.ts); a
 * question's column cut short, "Вопр.1" (readMemberVoteTable.ts); a legend's mark of no vote cast, «×» – не голосовал
 * (voteMarkLegend.ts); decisions listed "ШЕШІМДЕР / РЕШЕНИЯ:" / "1-мәселе / Вопрос 1: …" (decisionItems.ts,
 * declareByQuestion.ts); a vote sheet after the agenda is no attendance list (readAttendance.ts).
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const votes = (text: string) => parseProtocol(text).votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared]);

describe('a grid of ticks, a column per choice', () => {
  const grid = (rows: string[], present = 5) => [
    'ХАТТАМА № 2', `Отырысқа кеңестің 7 мүшесінің ${present}-і қатысты.`, '',
    'Атаулы дауыс беру:',
    '                              жақ      қарсы     қалыс',
    ...rows,
    '', 'ШЕШІМ: Ұсыныс қабылданбады.',
  ].join('\n');
  const rows = [
    '   1) Байменов Ә.Қ.           ✓',
    '   2) Оразалиева Ж.Т.                  ✗',
    '   3) Сыздықов Е.М.                    ✗',
    '   4) Әшірбекова Н.С.         ✓',
    '   5) Құрманғазиев Д.Б.                          ○',
  ];
  it('kk fixed width: counted by the column each mark stands under, the result from the line below', () => {
    expect(votes(grid(rows))).toEqual([[2, 2, 1, false, 'rejected']]);
  });
  it('ru, a TAB grid "За | Против | Воздержались": the same', () => {
    const text = ['ПРОТОКОЛ № 4', 'Присутствовали 4 члена Совета из 5.', 'Поимённое голосование:', '\tЗа\tПротив\tВоздержались',
      'Иванов И.И.\t+\t\t', 'Петров П.П.\t+\t\t', 'Сидоров С.С.\t\t+\t', 'Ахметов А.А.\t+\t\t', '', 'Решение принято.'].join('\n');
    expect(votes(text)).toEqual([[3, 1, 0, false, 'adopted']]);
  });
  it('near-miss: fewer rows than members present — a vote not marked is unknown, no count taken', () => {
    const x = parseProtocol(grid(rows.slice(0, 4), 5));
    expect(x.votes.map((v) => [v.for, v.against, v.abstain])).not.toContainEqual([2, 2, 0]);
    expect(x.votes.every((v) => v.for === null)).toBe(true);
  });
  it('near-miss: a row with two marks leaves the grid unread', () => {
    const two = [...rows.slice(0, 4), '   5) Құрманғазиев Д.Б.        ✓        ✗'];
    expect(votes(grid(two)).some((v) => v[0] === 2 && v[1] === 2)).toBe(false);
  });
});

describe('totals over a members\' grid, fixed width, a row per label', () => {
  it('bilingual: each question\'s column a vote, the results from "ШЕШІМДЕР / РЕШЕНИЯ:" by question', () => {
    const text = [
      'ХАТТАМА / ПРОТОКОЛ № 10', 'Қатысқаны / Присутствовали: 4.', '',
      'АТАУЛЫ ДАУЫС БЕРУ / ПОИМЁННОЕ ГОЛОСОВАНИЕ',
      '№    Мүше / Член совета       1       2',
      '========================================',
      '     Жақ / За                 4       1',
      '     Қарсы / Против           0       3',
      '     Қалыс / Возд.            0       0',
      '----------------------------------------',
      '1    Бекмұхамбетов Ж.А.       ✔       ✖',
      '2    Сапарова Г.Н.            ✔       ✖',
      '3    Ли В.Э.                  ✔       ✖',
      '4    Кусаинов Н.Р.            ✔       ✔',
      '', 'ШЕШІМДЕР / РЕШЕНИЯ:',
      '1-мәселе / Вопрос 1: бірауыздан қабылданды / принято единогласно.',
      '2-мәселе / Вопрос 2: қабылданбады / не принято.',
    ].join('\n');
    expect(votes(text)).toEqual([[4, 0, 0, true, 'adopted'], [1, 3, 0, false, 'rejected']]);
  });
  it('near-miss: rows of labels with a count short in one of them are no table: no column\'s vote of "1" for', () => {
    const text = ['ПРОТОКОЛ № 1', '     За            4       1', '     Против        0', '     Воздержались  0       0'].join('\n');
    expect(votes(text).some((v) => v[0] === 1)).toBe(false);
  });
});

describe('a members\' vote sheet, a column per question', () => {
  const sheet = (legend: string, q: string) => [
    'ПРОТОКОЛ № 8', 'Присутствуют 3 из 4 членов Совета.', 'ПОВЕСТКА ДНЯ:', '1. О плане.', '2. О проекте.', '', legend,
    `№ | Член Совета | ${q}1 | ${q}2`,
    '1 | Иванов И.И. | + | –', '2 | Петров П.П. | + | +', '3 | Сидоров С.С. | + | 0', '4 | Ахметов А.А. | × | ×', '',
    'РЕШИЛИ:', '1. Утвердить план – решение принято.', '2. Проект доработать – решение не принято.',
  ].join('\n');
  const legend = 'Условные обозначения: «+» – за; «–» – против; «0» – воздержался; «×» – не голосовал (отсутствует).';
  it('the legend\'s «×» – не голосовал is in no count; each result from its item under "РЕШИЛИ:"', () => {
    expect(votes(sheet(legend, 'Вопрос '))).toEqual([[3, 0, 0, false, 'adopted'], [1, 1, 1, false, 'rejected']]);
  });
  it('"Вопр.1" cut short is a question\'s column too', () => {
    expect(votes(sheet(legend, 'Вопр.'))).toEqual([[3, 0, 0, false, 'adopted'], [1, 1, 1, false, 'rejected']]);
  });
  it('the sheet after the agenda lists no attendee (an absent member has a row there too)', () => {
    expect(parseProtocol(sheet(legend, 'Вопрос ')).attendees).toEqual([]);
  });
  it('near-miss: a legend with a label that is no choice nor a no-vote ("«?» – уточнить") reads no mark', () => {
    const odd = 'Обозначения: «+» – за; «–» – против; «?» – уточнить.';
    expect(votes(sheet(odd, 'Вопрос ')).some((v) => v[0] === 3)).toBe(false);
  });
});
