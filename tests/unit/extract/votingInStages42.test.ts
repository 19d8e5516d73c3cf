/**
 * Voting in stages (held-out set 180's theme): a choice between alternatives in one show of hands, a vote per alternative
 * (protocol/readAlternativeTallies.ts); a form's decision and its vote line telling the same result, one vote
 * (protocol/voteHalves.ts); the results of a first and a final reading ("принят за основу", "негізге алынды") and the
 * possessive Kazakh labels ("қарсысы жоқ") (protocol/lexicon.json); a name table of more than two columns
 * (protocol/splitColumns.ts). Sentences of my own in both languages, and near misses.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { readAlternativeTallies } from '../../../sources/extract/protocol/readAlternativeTallies.ts';
import { declaredIn } from '../../../sources/extract/protocol/declaredIn.ts';
import { splitColumns } from '../../../sources/extract/protocol/splitColumns.ts';

const tally = (lines: string[], present: number | null = null) => readAlternativeTallies(lines, present, () => 0).votes.map((v) => [v.for, v.against, v.abstain, v.declared]);
const votesOf = (lines: string[]) => parseProtocol(lines.join('\n')).votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared]);

const HEAD_KK = ['ХАТТАМА № 3', 'Қоғамдық кеңестің отырысы', 'Жаркент қаласы                 2026 жылғы 14 қазан', '',
  'Кеңестің 11 мүшесінің 9-ы қатысты.', ''];
const HEAD_RU = ['ПРОТОКОЛ № 5', 'заседания Общественного совета', 'г. Степногорск                  21.10.2026', '',
  'Присутствовали 10 членов Совета из 13.', ''];

describe('a choice between alternatives: a vote per alternative, its count for it alone', () => {
  it('set 180 Kazakh: lettered alternatives in one line, the results in the sentence after', () => {
    expect(tally(['Дауыс беру нәтижесі: А нұсқасы – 5, Б нұсқасы – 4.', 'А нұсқасы қабылданды, Б нұсқасы қабылданбады.']))
      .toEqual([[5, null, null, 'adopted'], [4, null, null, 'rejected']]);
  });
  it('Russian, numbered alternatives with "за", one result told: the other left without one', () => {
    expect(tally(['Голоса распределились: за вариант № 1 – 8, за вариант № 2 – 2.', 'Принят вариант № 1.']))
      .toEqual([[8, null, null, 'adopted'], [2, null, null, null]]);
  });
  it('Russian, ordinals and the verb of voting, a unit after the count', () => {
    expect(tally(['За первый вариант проголосовали 3 члена, за второй вариант – 6 членов.', 'Второй вариант принят.']))
      .toEqual([[3, null, null, null], [6, null, null, 'adopted']]);
  });
  it('Kazakh, a line per alternative under the vote\'s heading, a Latin letter typed for a Cyrillic one', () => {
    expect(tally(['Дауыс беру қорытындысы:', '1-нұсқа – 2 дауыс', '2-нұсқа – 7 дауыс', '2-нұсқа қабылданды.']))
      .toEqual([[2, null, null, null], [7, null, null, 'adopted']]);
    expect(tally(['Дауыс беру: A нұсқасы – 6, Б нұсқасы – 3.', 'А нұсқасы қабылданды.'])).toEqual([[6, null, null, 'adopted'], [3, null, null, null]]);
  });
  it('in a whole protocol: the agenda\'s vote with the possessive labels, the two alternatives, the vote after them in its place', () => {
    expect(votesOf([...HEAD_KK, 'Күн тәртібі дауысқа салынды – жақтағаны 9, қарсысы жоқ, қалысы жоқ. Күн тәртібі бекітілді.', '',
      '1. ТЫҢДАЛДЫ: Омаров Е.К. – екі нұсқа ұсынылды.', 'Дауыс беру нәтижесі: А нұсқасы – 7, Б нұсқасы – 2.', 'А нұсқасы қабылданды, Б нұсқасы қабылданбады.', '',
      '2. ТЫҢДАЛДЫ: Жолдасова А.Т. – жоспар туралы.', 'Жоспар бірауыздан бекітілді.']))
      .toEqual([[9, 0, 0, false, 'adopted'], [7, null, null, false, 'adopted'], [2, null, null, false, 'rejected'], [null, null, null, true, 'adopted']]);
  });
  it('near misses: costs of two alternatives, no vote told, more hands than present, one alternative only', () => {
    expect(tally(['Голосование по смете: вариант А – 6 млн тенге, вариант Б – 3 млн тенге.'])).toEqual([]);
    expect(tally(['Жоба екі нұсқада дайындалды: А нұсқасы – 6, Б нұсқасы – 3.'])).toEqual([]);
    expect(tally(['Голоса распределились: вариант А – 9, вариант Б – 6.'], 11)).toEqual([]);
    expect(tally(['Итоги голосования: вариант А – 9.'])).toEqual([]);
    // ("а" in lower case is the Russian "and", never an alternative's letter.)
    expect(tally(['Голосовали по плану, а вариант – 2, и так далее.'])).toEqual([]);
  });
});

describe('a form\'s decision, then its vote line telling the same result: one vote', () => {
  it('set 182 bilingual: the decision not supported, then the counts and "не принято"', () => {
    expect(votesOf([...HEAD_RU, '1. Слушали: Иванова А.С. – о плане.', 'Решение: предложение не поддержано.', '4 / 5 / 1 – не принято.']))
      .toEqual([[4, 5, 1, false, 'rejected']]);
  });
  it('Kazakh, adopted told twice', () => {
    expect(votesOf([...HEAD_KK, '1. ТЫҢДАЛДЫ: Сейітов Б.Б. – жоспар туралы.', 'ШЕШІМ: ұсыныс қабылданды.', '8 / 1 / 0 – қабылданды.']))
      .toEqual([[8, 1, 0, false, 'adopted']]);
  });
  it('near miss: a decision and a vote line with opposite results stay two', () => {
    expect(votesOf([...HEAD_RU, '1. Слушали: Иванова А.С. – о плане.', 'Решение: предложение не поддержано.', '8 / 1 / 0 – принято.']))
      .toEqual([[null, null, null, false, 'rejected'], [8, 1, 0, false, 'adopted']]);
  });
});

describe('the results of a reading in stages', () => {
  it('adopted as a basis or as a whole, in both languages; their negations rejected', () => {
    expect(['Проект Плана принят за основу.', 'Положение принято в целом.', 'Проект взят за основу.', 'Закон принят во втором чтении.', 'Жоба негізге алынды.'].map(declaredIn))
      .toEqual(['adopted', 'adopted', 'adopted', null, 'adopted']);
    expect(['Проект не принят за основу.', 'Проект не взят за основу.', 'Жоба негізге алынбады.'].map(declaredIn)).toEqual(['rejected', 'rejected', 'rejected']);
  });
  it('near misses: a reading to come, a participle', () => {
    expect(['Проект будет принят в целом на следующем заседании.', 'Принятый за основу проект доработан.', 'Негізге алынған жоба пысықталды.'].map(declaredIn)).toEqual([null, null, null]);
  });
  it('the possessive labels in a Kazakh vote', () => {
    expect(votesOf([...HEAD_KK, 'Дауыс беру: жақтағаны – 8, қарсысы – 1, қалысы жоқ. Шешім қабылданды.'])).toEqual([[8, 1, 0, false, 'adopted']]);
  });
});

describe('a name table of more than two columns', () => {
  it('set 180: four names a row, tabs between, read column by column', () => {
    const { lines } = splitColumns({ lines: ['Сейтов Н.А.\t\tГорина М.С.\t\tАбилов Р.К.\t\tТасова Г.Е.', 'Жанов А.Т.\tКурмаева Б.С.\tЕсенов Д.Н.\tКузина Л.П.'], numbers: [1, 2] });
    expect(lines).toEqual(['Сейтов Н.А.', 'Жанов А.Т.', 'Горина М.С.', 'Курмаева Б.С.', 'Абилов Р.К.', 'Есенов Д.Н.', 'Тасова Г.Е.', 'Кузина Л.П.']);
  });
  it('numbered, three columns a wide gap apart', () => {
    const { lines } = splitColumns({ lines: ['1. Сейтов Н.А.      3. Горина М.С.      5. Абилов Р.К.', '2. Жанов А.Т.       4. Курмаева Б.С.    6. Есенов Д.Н.'], numbers: [1, 2] });
    expect(lines).toEqual(['1. Сейтов Н.А.', '2. Жанов А.Т.', '3. Горина М.С.', '4. Курмаева Б.С.', '5. Абилов Р.К.', '6. Есенов Д.Н.']);
  });
  it('in a protocol: the heading "принявшие участие" over the table, two online marks', () => {
    const p = parseProtocol([...HEAD_RU.slice(0, 4), 'Присутствуют 8 из 13 членов Совета, из них двое – в режиме ВКС.', '', 'Члены Совета, принявшие участие:',
      'Сейтов Н.А.\t\tГорина М.С.\t\tАбилов Р.К.\t\tТасова Г.Е.', 'Жанов А.Т. (ВКС)\tКурмаева Б.С. (ВКС)\tЕсенов Д.Н.\tКузина Л.П.', ''].join('\n'));
    expect([p.attendees.length, p.attendees.filter((a) => a.online).length]).toEqual([8, 2]);
  });
  it('near miss: a name and its role a tab apart is one entry', () => {
    const { lines } = splitColumns({ lines: ['Сейтов Н.А.\tпредседатель Совета', 'Горина М.С.\tсекретарь'], numbers: [1, 2] });
    expect(lines).toEqual(['Сейтов Н.А.\tпредседатель Совета', 'Горина М.С.\tсекретарь']);
  });
});
