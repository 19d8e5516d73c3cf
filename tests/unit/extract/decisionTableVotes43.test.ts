/**
 * Session 43, set 187 (DECISIONS AS A TABLE OF INSTRUCTIONS: № | Поручение | Ответственный | Срок, the votes in a column of
 * their own or in lines under the table). Class: a decision table's vote column — each row's cell is one vote, at the row's
 * line, a cell wrapped over the table's lines read whole; bare counts read in the order of the header's legend or of a note
 * by the table, else for / against / abstain only with the result's word; an empty or dashed cell is no vote
 * (readVoteColumn.ts).
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const votes = (text: string) => parseProtocol(text).votes.map((v) => [v.line, v.for, v.against, v.abstain, v.unanimous, v.declared]);

describe('a decision table with a column of votes', () => {
  it('kk, " | " rows wrapped over several lines: labelled counts and a bare word for all, each row one vote; a proposal under the table its own', () => {
    const text = [
      'ОТЫРЫС ХАТТАМАСЫ № 4', // 1
      'Кеңестің 9 мүшесінің 9-ы қатысты.', // 2
      'КҮН ТӘРТІБІ:', // 3
      '1. Жол жөндеу туралы.', // 4
      '2. Жоспар туралы.', // 5
      '', // 6
      '№ | Тапсырма                 | Жауапты      | Мерзімі        | Дауыс беру', // 7
      '--+-------------------------+--------------+----------------+------------------', // 8
      '1 | Жөндеу кестесін Кеңеске  | Омаров Б.К.  | 2026 жылғы     | жақтап 8, қарсы 1,', // 9
      '  | ұсыну                    |              | 1 наурызға     | қалыс 0 –', // 10
      '  |                          |              | дейін          | қабылданды', // 11
      '2 | Жоспарды толықтыру       | Сейітова А.  | тоқсан сайын   | бірауыздан', // 12
      '', // 13
      'Кестеден тыс ұсыныс дауысқа қойылды: жақтап – 3, қарсы – 5, қалыс – 1. Ұсыныс қабылданбады.', // 14
    ].join('\n');
    expect(votes(text)).toEqual([
      [9, 8, 1, 0, false, 'adopted'],
      // The word for all alone: unanimous, no result stated (session 27).
      [12, null, null, null, true, null],
      [14, 3, 5, 1, false, 'rejected'],
    ]);
  });

  it('ru, a TAB table whose header gives the counts\' order: "11/0/1 – принято", "единогласно принято"; a dash is no vote', () => {
    const text = [
      'ПРОТОКОЛ № 2',
      'Присутствовали 12 членов Совета из 15.',
      'РЕШИЛИ – дать протокольные поручения:',
      '№ п/п\tПоручение\tОтветственный\tСрок исполнения\tГолосование (за/против/возд.)',
      '1\tНаправить рекомендации в Управление\tИванов И.И.\tдо 25 декабря 2026 г.\t11/0/1 – принято',
      '2\tПредставлять информацию ежеквартально\tПетров П.П.\tежеквартально, до 10 числа\tединогласно принято',
      '3\tПринять к сведению\tСидоров С.С.\t–\t–',
      '4\tВвести ежемесячную отчётность\tАхметов А.А.\tс 01.01.2027\t4/7/1 – не принято',
    ].join('\n');
    expect(votes(text)).toEqual([
      [5, 11, 0, 1, false, 'adopted'],
      [6, null, null, null, true, 'adopted'],
      [8, 4, 7, 1, false, 'rejected'],
    ]);
  });

  it('kk, dashed counts with the order in a note under the table ("жақтап – қарсы – қалыс ретімен"): read, the note no vote', () => {
    const text = [
      'ХАТТАМА № 7',
      '№\tТапсырма\tЖауапты\tМерзімі\tДауыс беру нәтижесі',
      '1\tТізімді әкімдіктерге жолдау\tӨтепов Б.С.\t15 қазанға дейін\t9 – 0 – 0, қабылданды',
      '2\tКестені сайтта жариялау\tҚуандықова Н.Ж.\tтоқсан сайын\t6 – 2 – 1, қабылданды',
      'Ескерту: дауыстар жақтап – қарсы – қалыс ретімен берілген.',
    ].join('\n');
    const x = parseProtocol(text);
    expect(x.votes.map((v) => [v.line, v.for, v.against, v.abstain, v.declared])).toEqual([[3, 9, 0, 0, 'adopted'], [4, 6, 2, 1, 'adopted']]);
    expect(x.issues.filter((i) => i.message.startsWith('vote:'))).toEqual([]);
  });

  it('ru, the legend in the header in another order ("за/возд./против"): the counts go where it says, no result word needed', () => {
    const text = [
      'ПРОТОКОЛ № 5',
      '№ | Поручение | Ответственный | Срок | Итоги голосования (за/возд./против)',
      '1 | Подготовить план | Иванов И.И. | 20.01.2027 | 10/2/1',
    ].join('\n');
    expect(votes(text)).toEqual([[3, 10, 1, 2, false, null]]);
  });

  it('a Word table a cell a line, the bilingual header "Дауыс беру / Голосование": a vote per row at its number\'s line', () => {
    const text = [
      'ХАТТАМА / ПРОТОКОЛ № 3', // 1
      '\t№', '\tТапсырма / Поручение', '\tЖауапты / Ответственный', '\tДауыс беру / Голосование', // 2–5
      '\t1', '\tЖоспарды бекіту / Утвердить план', '\tИсина М.К.', '\tбірауыздан / единогласно', // 6–9
      '\t2', '\tТізімді беру / Представить перечень', '\tЕфимов А.В.', '\tжақтап 7, қарсы 2, қалыс 1 – қабылданды / принято', // 10–13
      '',
    ].join('\n');
    expect(votes(text)).toEqual([
      [6, null, null, null, true, null],
      [10, 7, 2, 1, false, 'adopted'],
    ]);
  });
});

describe('votes under the table, a line per point', () => {
  it('ru: "п. 2 – единогласно" after a vote of none against is the next point\'s vote, not the end of the one above', () => {
    const text = ['Результаты голосования по пунктам таблицы:', 'п. 1 – за 12, против 0, воздержались 0 – принято;', 'п. 2 – единогласно;', 'по пп. 3–4 таблицы: за – 9, против – 0, воздержались – 0.'].join('\n');
    expect(votes(text)).toEqual([
      [2, 12, 0, 0, false, 'adopted'],
      [3, null, null, null, true, null],
      // A line over several points is one vote (set 187's convention).
      [4, 9, 0, 0, false, null],
    ]);
  });
  it('kk: "2-тармақ бойынша – бірауыздан", "кестенің 3-жолы бойынша: бірауыздан" — a vote each', () => {
    const text = ['Кесте бойынша дауыс беру:', '1-тармақ бойынша – жақтап 12, қарсы 0, қалыс 0, қабылданды;', '2-тармақ бойынша – бірауыздан;', 'кестенің 3-жолы бойынша: бірауыздан.'].join('\n');
    expect(votes(text)).toEqual([
      [2, 12, 0, 0, false, 'adopted'],
      [3, null, null, null, true, null],
      [4, null, null, null, true, null],
    ]);
  });
  it('near-miss: "Единогласно." under counts of none against, with no point of its own, still ends that vote', () => {
    const text = ['Голосовали: за – 12, против – 0, воздержались – 0.', 'Единогласно.'].join('\n');
    expect(votes(text)).toEqual([[1, 12, 0, 0, true, null]]);
  });
});

describe('near misses: what the table does not state stays unread', () => {
  it('bare counts with no legend and no result word: no order is known — no vote, an issue', () => {
    const text = [
      'ПРОТОКОЛ № 5',
      '№ | Поручение | Ответственный | Срок | Голосование',
      '1 | Подготовить план | Иванов И.И. | 20.01.2027 | 10-2-1',
    ].join('\n');
    const x = parseProtocol(text);
    expect(x.votes).toEqual([]);
    expect(x.issues.some((i) => i.line === 3 && /no order/u.test(i.message))).toBe(true);
  });

  it('a table of instructions with no vote column: its deadlines and numbers are no votes; the lines under it are', () => {
    const text = [
      'ПРОТОКОЛ № 9',
      '№\tПоручение\tОтветственный\tСрок',
      '1\tПредставить результаты инвентаризации (12 участков, 3 района)\tСатыбалдиев Е.М.\tдо 1 декабря 2026 г.',
      '2\tИнформировать Совет\tКуанышева А.Б.\tежемесячно, до 5 числа',
      '',
      'Результаты голосования по пунктам таблицы:',
      'п. 1 – за 12, против 0, воздержались 0 – принято;',
      'п. 2 – единогласно.',
    ].join('\n');
    // (The second line stood on the first before points opened their own votes: one vote, unanimous.)
    expect(votes(text)).toEqual([
      [7, 12, 0, 0, false, 'adopted'],
      [8, null, null, null, true, null],
    ]);
  });

  it('a table of members with a column of their votes ("№ | ФИО | Голосование") is no decision table: no vote per row', () => {
    const text = [
      'ПРОТОКОЛ № 3',
      '№ | ФИО | Голосование',
      '1 | Иванов И.И. | за',
      '2 | Петров П.П. | за',
    ].join('\n');
    expect(parseProtocol(text).issues.some((i) => /vote column/u.test(i.message))).toBe(false);
  });
});
