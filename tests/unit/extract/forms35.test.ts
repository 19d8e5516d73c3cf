/**
 * Forms, continued from set 117 (seen): a questionnaire's row answered yes with its count ("Проведены ли мониторинги?
 * Да ☑ Нет ☐ Сколько? 4"), Markdown's strikethrough over a corrected number ("~~3~~ 4"), and a vote table's row of a
 * question never put to the vote ("Вопрос 3 | — | — | — | голосование не проводилось"). Variants of my own in both
 * languages, and near misses.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { formAnswer } from '../../../sources/extract/formAnswer.ts';

const figuresOf = (lines: string[]) => Object.fromEntries(parseReport(['Отчет о работе Общественного совета за III квартал 2026 года', '', ...lines].join('\n')).figures.map((f) => [f.metric, f.value]));

describe('a question answered yes, its count after "how many"', () => {
  it.each([
    ['3.3. Проведены ли мониторинги?             Да ☑   Нет ☐     Сколько? 4', 'monitorings', 4],
    ['Проводились ли заседания президиума? [x] Да [ ] Нет Количество: 3', 'presidium_meetings', 3],
    ['Были ли проведены круглые столы? – Да, сколько: 2', 'round_tables', 2],
    ['2.3. Проводились ли заседания комиссий? Да ☑ Нет ☐ Сколько? 7 (в т.ч. 2 выездных)', 'commission_meetings', 7],
    ['Мониторингтер жүргізілді ме? Иә ☑ Жоқ ☐ Саны: 4', 'monitorings', 4],
    ['Дөңгелек үстелдер өткізілді ме? Иә [x] Жоқ [ ] Қанша? 2', 'round_tables', 2],
  ])('%s: %s %i', (line, metric, value) => {
    expect(figuresOf([line])[metric]).toBe(value);
  });
  it('the struck number is no count: "Сколько? ~~3~~ 4" is 4', () => {
    expect(figuresOf(['3.3. Проведены ли мониторинги? Да ☑ Нет ☐ Сколько? ~~3~~ 4']).monitorings).toBe(4);
    expect(figuresOf(['Проведено мониторингов: ~~3~~ 4.']).monitorings).toBe(4);
  });
  it.each([
    ['3.2. Проведены ли общественные слушания?   Да ☐   Нет ☑     Сколько? –', 'public_hearings'],
    ['3.5. Проведены ли диалоговые площадки?     Да ☑   Нет ☐     Сколько? ______', 'dialog_platforms'],
    ['Мониторингтер жүргізілді ме? Иә ☐ Жоқ ☑', 'monitorings'],
  ])('near miss: %s — no count', (line, metric) => {
    expect(figuresOf([line])[metric]).toBeUndefined();
  });
  it.each([
    ['Кворум бар ма? Иә [x]'],
    ['Сколько? 4'],
    ['Проведены ли мониторинги? Да ☑ Сколько? 12 мероприятий'],
    ['Почему не проведены мониторинги? Да ☑ Сколько? 4'],
  ])('near miss, left as written: %s', (line) => {
    expect(formAnswer(line)).toBe(line);
  });
});

describe('a vote table\'s row of a question not put to the vote', () => {
  const table = (row: string) => parseProtocol(['ПРОТОКОЛ № 5', '02.12.2026', '', 'Присутствовали 9 из 11 членов Совета.', '', 'Результаты голосования', 'Вопрос\tЗа\tПротив\tВоздержались\tРешение', 'Вопрос 1\t8\t0\t1\tпринято', row, 'Вопрос 3\t3\t5\t1\tне принято'].join('\n'));
  it.each([
    ['Вопрос 2 (Разное)\t—\t—\t—\tголосование не проводилось'],
    ['Вопрос 2\t-\t-\t-\tбез голосования'],
    ['Вопрос 2\t\t\t\tна голосование не ставился'],
    ['Вопрос 2\t–\t–\t–\tдауыс беру өткізілмеді'],
  ])('%s: no vote, the rows below on their own questions', (row) => {
    const x = table(row);
    expect(x.votes.map((v) => [v.for, v.against, v.abstain, v.declared])).toEqual([[8, 0, 1, 'adopted'], [3, 5, 1, 'rejected']]);
  });
  it('near miss: dashes beside a number are zeros — a vote', () => {
    expect(table('Вопрос 2\t9\t—\t—\tпринято').votes.map((v) => [v.for, v.against, v.abstain])).toEqual([[8, 0, 1], [9, 0, 0], [3, 5, 1]]);
  });
});
