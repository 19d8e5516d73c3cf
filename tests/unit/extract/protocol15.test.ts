// Classes of held-out set 15, protocols: an online group heading with its count in brackets, several absentees
// sharing one reason.
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const HEAD_RU = 'ПРОТОКОЛ № 3\nзаседания Общественного совета\n\nг. Косшы\t09.07.2025\n\n';
const roll = (text: string) => {
  const x = parseProtocol(`${HEAD_RU}${text}\nПОВЕСТКА ДНЯ:\n1. О бюджете.\n`);
  return { present: x.attendees.map((a) => [a.name, a.online]), absent: x.absentees.map((a) => [a.name, a.excused]) };
};

describe('an online group heading with the count in brackets', () => {
  it.each([
    ['Онлайн / ZOOM арқылы (2):'],
    ['Онлайн (2):'],
    ['В режиме онлайн (2 чел.):'],
    ['ZOOM арқылы (2 адам):'],
  ])('%s', (lead) => {
    const got = roll(`Присутствовали: 4 из 5.\n\nОчно (2): Абенов Т.К., Жумабаева С.Р.\n${lead} Мусина Д.А., Оралбеков Е.Т.\n`);
    expect(got.present).toEqual([['Абенов Т.К.', false], ['Жумабаева С.Р.', false], ['Мусина Д.А.', true], ['Оралбеков Е.Т.', true]]);
  });

  it('near-miss: a count that is no bracket ("Онлайн 2 человека:") is no online heading of names', () => {
    const got = roll('Очно (2): Абенов Т.К., Жумабаева С.Р.\nОнлайн 2 человека: Мусина Д.А., Оралбеков Е.Т.\n');
    expect(got.present.filter((p) => p[1] === true)).toEqual([]);
  });
});

describe('several absentees sharing one reason', () => {
  it.each([
    ['commas', 'Мұқанов Е.Қ., Серикова Н.П., Досжанов А.Ж. – причины не сообщили.'],
    ['commas and "и"', 'Мұқанов Е.Қ., Серикова Н.П. и Досжанов А.Ж. – без уважительной причины;'],
    ['kk: "және"', 'Мұқанов Е.Қ., Серикова Н.П. және Досжанов А.Ж. — себебін хабарламады.'],
  ])('%s', (_what, line) => {
    const got = roll(`Отсутствовали (4):\nЖексенов Б.Ж. – по болезни;\n${line}\n`);
    expect(got.absent).toEqual([['Жексенов Б.Ж.', true], ['Мұқанов Е.Қ.', false], ['Серикова Н.П.', false], ['Досжанов А.Ж.', false]]);
  });

  it('two sharing an excused reason', () => {
    const got = roll('Отсутствовали:\nЖексенов Б.Ж. – по болезни;\nТлеубаева А.С., Ким О.В. – в командировке.\n');
    expect(got.absent).toEqual([['Жексенов Б.Ж.', true], ['Тлеубаева А.С.', true], ['Ким О.В.', true]]);
  });

  it('near-miss: a name and a role after the dash is one person', () => {
    const got = roll('Отсутствовали:\nЖексенов Б.Ж. – член совета, по болезни;\n');
    expect(got.absent).toEqual([['Жексенов Б.Ж.', true]]);
  });
});

const HEAD_KK = 'ХАТТАМА № 5\nҚоғамдық кеңес отырысының\n\nЖалағаш кенті\t24.06.2025\n\n';
const votesOf = (text: string) => parseProtocol(`${HEAD_KK}${text}`).votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared]);

describe('a vote table typed with spaces, the question\'s name in words', () => {
  const rule = '-'.repeat(80);
  it('kk: rows "1а)" "1ә)" "2)", rules above and below, results with words before them', () => {
    const table = [
      'ДАУЫС БЕРУ ҚОРЫТЫНДЫСЫ:',
      '',
      'Құжат жобасы                                   Жақтап   Қарсы   Қалыс   Нәтиже',
      rule,
      '1а) Бөлек жиындарды өткізу қағидалары             12       0       1    қабылданды',
      '1ә) Тұрғын үй көмегін көрсету                       9       3       1    ескертулермен қабылданды',
      '1б) Жер салығын жоғарылату                          5       6       2    қабылданбады',
      '2)  Жұмыс жоспары                                  13       0       0    бірауыздан қабылданды',
      rule,
      '',
      'ШЕШІМ:',
      '1. Жұмыс жоспары бекітілсін.',
    ].join('\n');
    expect(votesOf(table)).toEqual([[12, 0, 1, false, 'adopted'], [9, 3, 1, false, 'adopted'], [5, 6, 2, false, 'rejected'], [13, 0, 0, true, 'adopted']]);
  });

  it('ru: "Проект  За  Против  Воздержались" without a result column, rows "1." "2."', () => {
    const table = 'Проект документа          За   Против   Воздержались\n1. О правилах              11     –        1\n2. О плане работы           7     4        1\n';
    expect(votesOf(table).map((v) => v.slice(0, 3))).toEqual([[11, 0, 1], [7, 4, 1]]);
  });

  it.each([
    // (A row named in words with no mark is a row since set 49, "Күн тәртібі   8   0   0   қабылданды"; a sentence of more than ten words is not.)
    ['a row that is a sentence, no mark', 'Комиссия мүшелері Бөлек жиындар қағидаларының жобасын ұзақ талқылап, оны тағы да толықтыруды ұсынды     12     0     1    қабылданды'],
    ['a row with a count too many', '1а) Бөлек жиындар қағидалары     12     0     1     2    қабылданды'],
    ['a row with a count too few', '1а) Бөлек жиындар қағидалары     12     0    қабылданды'],
    ['a year among the counts', '1а) Бөлек жиындар қағидалары     2025     0     1    қабылданды'],
  ])('near-miss, no count taken: %s', (_what, row) => {
    const text = `Құжат жобасы                 Жақтап   Қарсы   Қалыс   Нәтиже\n${row}\n`;
    expect(votesOf(text).filter((v) => v[0] !== null || v[1] !== null || v[2] !== null)).toEqual([]);
  });
});

describe('a participation column whose cell is only the reason of absence', () => {
  const table = (rows: string[]) => `Участие членов Президиума:\n№\tФ.И.О.\tДолжность\tУчастие\n${rows.join('\n')}\n`;
  it.each([
    ['отпуск', true],
    ['болезнь', true],
    ['командировка', true],
    ['іссапар', true],
  ])('"%s"', (cell, excused) => {
    const got = roll(table(['1\tБайжанов Ерлан Муратович\tПредседатель\tочно', `2\tСейдахметова Лаура Ермековна\tЧлен\t${cell}`, '3\tИсабеков Нурсултан Алибекович\tЧлен\tотсутствовал без объяснения причин', '4\tТұрсынбаев Арман Қанатұлы\tЧлен\tвидеосвязь (г. Шымкент)']));
    expect(got.present).toEqual([['Байжанов Ерлан Муратович', false], ['Тұрсынбаев Арман Қанатұлы', true]]);
    expect(got.absent).toEqual([['Сейдахметова Лаура Ермековна', excused], ['Исабеков Нурсултан Алибекович', false]]);
  });

  it('near-miss: "очно (после отпуска)" is present', () => {
    const got = roll(table(['1\tБайжанов Ерлан Муратович\tПредседатель\tочно (после отпуска)']));
    expect(got.present).toEqual([['Байжанов Ерлан Муратович', false]]);
    expect(got.absent).toEqual([]);
  });
});

describe('kk: the members counted as "адам" after the body\'s composition', () => {
  const stated = (line: string) => {
    const x = parseProtocol(`${HEAD_KK}${line}\n`);
    return [x.members_total, x.present];
  };
  it('"кеңес құрамындағы 15 адамның 13-і қатысып отыр"', () => {
    expect(stated('Отырысқа кеңес құрамындағы 15 адамның 13-і қатысып отыр. Кворум бар.')).toEqual([15, 13]);
  });
  it('near-miss: "30 адамның 20-сы" of residents is no members\' count', () => {
    expect(stated('Жиынға келген 30 адамның 20-сы ұсынысты қолдады.')[0]).toBeNull();
  });
});
