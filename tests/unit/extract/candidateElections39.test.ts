/**
 * Elections inside the council (held-out set 154's theme): several candidates on one question, each member choosing one —
 * a vote per candidate with its count for it and no other count, its result from its row or from the sentence naming it
 * (protocol/readCandidateTallies.ts); candidates voted in turn under a line naming each, declared by the sentence naming
 * them even when one line tells both results (protocol/declareByCandidate.ts); a report's count of the former
 * composition's commissions or members is no state on the period's last day (report/compositionDay.ts). Sentences of my
 * own in both languages, and near misses.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { readCandidateTallies } from '../../../sources/extract/protocol/readCandidateTallies.ts';
import { surnameNamed } from '../../../sources/extract/protocol/declareByCandidate.ts';
import { resultOfCandidate } from '../../../sources/extract/protocol/resultOfCandidate.ts';

const votesOf = (lines: string[]) => parseProtocol(lines.join('\n')).votes.map((v) => [v.for, v.against, v.abstain, v.declared]);
const tally = (lines: string[]) => readCandidateTallies(lines, () => 0).votes.map((v) => [v.for, v.against, v.abstain, v.declared]);

const HEAD_RU = ['ПРОТОКОЛ № 2', 'заседания Общественного совета при управлении здравоохранения', 'г. Петропавловск                  12.10.2026', '',
  'Присутствовали 11 членов Совета из 13.', ''];
const HEAD_KK = ['ХАТТАМА № 4', 'Қоғамдық кеңестің отырысы', 'Тараз қаласы                 2026 жылғы 9 қазан', '',
  'Кеңестің 11 мүшесінің 9-ы қатысты.', ''];
const SIGN = ['', 'Председатель                Ахметов К.Т.'];

describe('a one-choice election: a vote per candidate, its count for it alone', () => {
  it('Russian, a dash between the name and the count; the results from the sentences naming each', () => {
    expect(tally(['Голоса распределились следующим образом:', '  Ахметов К.Т. – 6', '  Петрова Л.М. – 4', '  Юсупов Р.Р. – 1',
      'Избранным считается Ахметов К.Т. Петрова Л.М. и Юсупов Р.Р. не избраны.'])).toEqual([[6, null, null, null], [4, null, null, 'rejected'], [1, null, null, 'rejected']]);
  });
  it('Kazakh, a dot leader, the names in the other order in the decision', () => {
    expect(tally(['Кандидаттарға берілген дауыстар:', 'Ли О.В. ................. 3', 'Сәрсенов Б.Ж. ........... 6', '',
      'ШЕШІМ: 6 дауыс алған Сәрсенов Бақыт Жомартұлы төраға болып сайланды. Ли О.В. сайланбады.'])).toEqual([[3, null, null, 'rejected'], [6, null, null, 'adopted']]);
  });
  it('the question\'s abstention or invalid ballots are no candidate\'s and no vote of their own', () => {
    expect(tally(['Каждый член Совета голосовал только за одного кандидата:', 'Ким В.П. – 5', 'Оспанова Д.Е. – 3', 'Воздержался – 1', 'Ким В.П. избран.']))
      .toEqual([[5, null, null, 'adopted'], [3, null, null, null]]);
  });
  it('a results table by round: each row\'s own result; the eliminated candidate has no second-round vote', () => {
    expect(tally(['Тур\tКандидат\tГолосов\tИтог', 'I\tСейтов Арман Бекұлы\t5\tне избран', 'I\tОмарова Жанна Ерлановна\t4\tне избрана',
      'I\tПак Виктор Енгиевич\t2\tне избран, выбыл', 'II\tСейтов Арман Бекұлы\t7\tизбран', 'II\tОмарова Жанна Ерлановна\t4\tне избрана']))
      .toEqual([[5, null, null, 'rejected'], [4, null, null, 'rejected'], [2, null, null, 'rejected'], [7, null, null, 'adopted'], [4, null, null, 'rejected']]);
  });
  it('in a protocol: the tally\'s votes between the others; the round without a winner and the decision are no votes of their own', () => {
    expect(votesOf([...HEAD_RU, '1. СЛУШАЛИ: Об избрании секретаря.', 'Выдвинуты: Ахметов К.Т., Петрова Л.М.',
      'Выдано бюллетеней – 11, недействительных – 0. Ни один из кандидатов не набрал необходимого числа голосов.', 'Голоса распределились:',
      'Ахметов К.Т. – 7', 'Петрова Л.М. – 4', 'РЕШИЛИ: секретарем Совета избран Ахметов К.Т.; Петрова Л.М. не избрана.', '',
      '2. СЛУШАЛИ: О плане.', 'Голосовали: за – 11, против – нет, воздержались – нет. Решение принято.', ...SIGN]))
      .toEqual([[7, null, null, 'adopted'], [4, null, null, 'rejected'], [11, 0, 0, 'adopted']]);
  });
  it('near miss: names with counts of something else, or under no heading of votes, are no tally', () => {
    expect(tally(['Голоса распределились:', 'Абенов К.Т. – 5 обращений', 'Бекова Л.М. – 3 обращения'])).toEqual([]);
    expect(tally(['Выступили:', 'Абенов К.Т. – 5', 'Бекова Л.М. – 3'])).toEqual([]);
    expect(tally(['Комиссиялардың құрамы:', 'әлеуметтік комиссия – 5', 'экономикалық комиссия – 4'])).toEqual([]);
  });
  it('near miss: one candidate\'s line is no election of several', () => {
    expect(tally(['Голоса распределились:', 'Абенов К.Т. – 9', 'Против – 2'])).toEqual([]);
  });
});

describe('candidates voted in turn, each under a line naming it', () => {
  it('Kazakh: one decision line tells both results, each from its own sentence', () => {
    expect(votesOf([...HEAD_KK, '1. ТЫҢДАЛДЫ: Орынбасарды сайлау.', 'Әлиева А.С. кандидатурасы бойынша:', 'жақтап – 6;', 'қарсы – 2;', 'қалыс – 1.',
      'Бекұлы Е.М. кандидатурасы бойынша:', 'жақтап – 2;', 'қарсы – 6;', 'қалыс – 1.',
      'ШЕШІМ: Әлиева Айгүл Серікқызы орынбасар болып сайланды. Бекұлы Е.М. кандидатурасы қолдау таппады.', '', 'Төраға                Әлиева А.С.']))
      .toEqual([[6, 2, 1, 'adopted'], [2, 6, 1, 'rejected']]);
  });
  it('Russian "По кандидатуре …:", the losing one named first', () => {
    expect(votesOf([...HEAD_RU, '1. СЛУШАЛИ: Об избрании заместителя председателя.', 'По кандидатуре Петровой Л.М.:', 'за – 3, против – 7, воздержались – 1.',
      'По кандидатуре Юсупова Р.Р.:', 'за – 8, против – 2, воздержались – 1.', 'Петрова Л.М. не избрана. Заместителем председателя избран Юсупов Р.Р.', ...SIGN]))
      .toEqual([[3, 7, 1, 'rejected'], [8, 2, 1, 'adopted']]);
  });
  it('near miss: a heading naming no one ("По кандидатуре председателя:") declares nothing by name', () => {
    const votes = votesOf([...HEAD_RU, '1. СЛУШАЛИ: Об избрании.', 'По кандидатуре председателя:', 'за – 3, против – 7, воздержались – 1.', '', 'Информация принята.', ...SIGN]);
    expect(votes[0].slice(0, 3)).toEqual([3, 7, 1]);
  });
  it('one sentence naming several: each its own part; names joined by "и" / "және" one subject; both results in one part, none', () => {
    const [a, b, c] = ['Ахметов К.Т.', 'Петрова Л.М.', 'Юсупов Р.Р.'].map(surnameNamed);
    expect(resultOfCandidate('РЕШИЛИ: секретарем избран Ахметов К.Т.; Петрова Л.М. не избрана.', a, [b])).toBe('adopted');
    expect(resultOfCandidate('РЕШИЛИ: секретарем избран Ахметов К.Т.; Петрова Л.М. не избрана.', b, [a])).toBe('rejected');
    expect(resultOfCandidate('Петрова Л.М. и Юсупов Р.Р. необходимого числа голосов не набрали и не избраны.', c, [a, b])).toBe('rejected');
    expect(resultOfCandidate('Ахметов К.Т. сайланды, Петрова Л.М. және Юсупов Р.Р. сайланбады.', a, [b, c])).toBe('adopted');
    expect(resultOfCandidate('Ахметов К.Т. сайланды, Петрова Л.М. және Юсупов Р.Р. сайланбады.', c, [a, b])).toBe('rejected');
    expect(resultOfCandidate('Избран Ахметов К.Т., Петрова Л.М. не избрана.', a, [b])).toBeNull();
    // A patronymic is no rival's surname: "Сейітқызы" names no "Сейітов", "Петровна" no "Петров".
    expect(resultOfCandidate('Ахмедова Райхан Сейітқызы орынбасар болып сайланды.', surnameNamed('Ахмедова Р.С.'), [surnameNamed('Сейітов Н.Қ.')])).toBe('adopted');
    expect(resultOfCandidate('Избрана Иванова Анна Петровна.', surnameNamed('Иванова А.П.'), [surnameNamed('Петров И.И.')])).toBe('adopted');
  });
  it('a short surname is named only as written: "Ли" is not "Лидер"', () => {
    expect(surnameNamed('Ли О.В.').test('Лидер фракции избран.')).toBe(false);
    expect(surnameNamed('Ли О.В.').test('Ли О.В. избрана.')).toBe(true);
    expect(surnameNamed('Жаксылыков М.А.').test('по кандидатурам Жаксылыкова М.А.')).toBe(true);
  });
});

describe('the former composition in a report', () => {
  const figures = (line: string) => parseReport(['Информация о работе Общественного совета за 9 месяцев 2026 года', '', line].join('\n')).figures.map((f) => [f.metric, f.value]);
  const figuresKk = (line: string) => parseReport(['Қоғамдық кеңестің 2026 жылғы 9 айдағы жұмысы туралы ақпарат', '', line].join('\n')).figures.map((f) => [f.metric, f.value]);
  it('its commissions are no commissions on the period\'s last day, in both languages', () => {
    expect(figures('В прежнем составе действовали 3 постоянные комиссии; комиссии нового состава будут сформированы в октябре 2026 года.')).toEqual([]);
    expect(figures('Комиссии прежнего состава Совета – 3 постоянные комиссии – прекратили работу; новые будут сформированы.').filter(([m]) => m === 'commissions')).toEqual([]);
    expect(figuresKk('Бұрынғы құрамда 3 тұрақты комиссия құрылған болатын.').filter(([m]) => m === 'commissions')).toEqual([]);
  });
  it('near miss: the new composition\'s commissions stay', () => {
    expect(figures('В Совете нового состава, в отличие от прежнего состава, сформированы 3 постоянные комиссии.')).toContainEqual(['commissions', 3]);
    expect(figures('В составе Совета действуют 3 постоянные комиссии.')).toContainEqual(['commissions', 3]);
  });
});
