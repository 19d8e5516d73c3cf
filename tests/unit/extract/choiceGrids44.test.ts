/**
 * A roll call drawn as a grid with a group of choice columns per question (held-out 190's Zhuantobe protocol: "1-мәселе"
 * over "Ж | Қ | Қл", a mark under one choice of each question, an absent member's row of dashes): each question a vote,
 * counted from the marks — in a Word table's text (empty cells kept) and in a PDF's (where no empty cell is drawn, the
 * columns are taken from the labels' line above the rows, or on a page the grid runs on to, from a row of dashes).
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { readPdfText } from '../../../sources/readers/readPdfText.ts';
import { textPdf, type TextRun } from '../../helpers/textPdf.ts';

const head = ['ХАТТАМА № 7', '2026 жылғы 11 қараша', 'Қоғамдық кеңестің құрамы – 7 мүше.', 'КҮН ТӘРТІБІ:', '1. Бірінші мәселе туралы.', '2. Екінші мәселе туралы.', '3. Үшінші мәселе туралы.', ''];
const tail = ['ШЕШІМ ҚАБЫЛДАНДЫ:', '1-мәселе бойынша – шешім қабылданды.', '2-мәселе бойынша – шешім бірауыздан қабылданды.', '3-мәселе бойынша – ұсыныс қабылданбады.'];
const counts = (text: string) => parseProtocol(text).votes.map((v) => [v.for, v.against, v.abstain, v.declared]);

describe('a grid of choice columns per question, as a Word table gives it', () => {
  const legend = 'Белгілер: ✔ – мүшенің дауысы (Ж – жақтап, Қ – қарсы, Қл – қалыс); — – отырысқа қатыспады.';
  const grid = [
    'Р/с\tКеңес мүшесі\t1-мәселе\t\t\t2-мәселе\t\t\t3-мәселе\t\t',
    '\t\tЖ\tҚ\tҚл\tЖ\tҚ\tҚл\tЖ\tҚ\tҚл',
    '1\tӘбдіразақов Н.С.\t✔\t\t\t✔\t\t\t\t✔\t',
    '2\tТұрлыбекова Г.Ә.\t✔\t\t\t✔\t\t\t✔\t\t',
    '3\tМырзахметов Қ.Е.\t✔\t\t\t✔\t\t\t\t✔\t',
    '4\tСейдахметова А.Б.\t\t✔\t\t✔\t\t\t\t\t✔',
    '5\tОспанов Б.Н.\t\t\t✔\t✔\t\t\t✔\t\t',
    '6\tБекболатов С.Ә.\t—\t—\t—\t—\t—\t—\t—\t—\t—',
  ];
  it('each question a vote, its choices counted under the legend\'s abbreviations; a row of dashes no vote', () => {
    expect(counts([...head, 'Атаулы дауыс беру нәтижелері', legend, ...grid, ...tail].join('\n'))).toEqual([
      [3, 1, 1, 'adopted'], [5, 0, 0, 'adopted'], [2, 2, 1, 'rejected'],
    ]);
  });
  it('choices written out and repeating, no question headings: the questions in their order (Russian)', () => {
    const text = ['ПРОТОКОЛ № 4', '12 марта 2026 г.', 'ПОВЕСТКА ДНЯ:', '1. О плане.', '2. О бюджете.', '',
      '№\tФИО члена Совета\tза\tпротив\tвозд.\tза\tпротив\tвозд.',
      '1\tИванов И.И.\t+\t\t\t\t+\t', '2\tПетров П.П.\t+\t\t\t+\t\t', '3\tСидорова А.В.\t+\t\t\t\t\t+', '4\tКим Е.В.\t\t+\t\t+\t\t',
      'По первому вопросу решение принято.', 'По второму вопросу решение принято.'].join('\n');
    expect(counts(text).map((c) => c.slice(0, 3))).toEqual([[3, 1, 0], [2, 1, 1]]);
  });
  it('near-miss: a row with two marks in one question leaves that question uncounted, the others counted', () => {
    // (A question of a members' table that cannot be counted gives no vote, as in protocols21classes / votesByName37.)
    const twice = grid.map((l) => (l.startsWith('2\t') ? '2\tТұрлыбекова Г.Ә.\t✔\t✔\t\t✔\t\t\t✔\t\t' : l));
    const x = parseProtocol([...head, legend, ...twice, ...tail].join('\n'));
    expect(x.votes.map((v) => [v.for, v.against, v.abstain, v.declared])).toEqual([[5, 0, 0, 'adopted'], [2, 2, 1, 'rejected']]);
    expect(x.issues.some((i) => /question 1 .*not counted/u.test(i.message))).toBe(true);
  });
  it('near-miss: abbreviations no legend explains are no choices (nothing counted from the grid)', () => {
    const x = parseProtocol([...head, ...grid, ...tail].join('\n'));
    expect(x.votes.every((v) => v.for === null)).toBe(true);
  });
});

describe('the same grid in a PDF, which draws no empty cell', () => {
  const size = 10;
  const COLUMNS = [180, 210, 240, 270, 300, 330];
  const row = (y: number, no: string, name: string, marks: (string | null)[]): TextRun[] => [
    { x: 52, y, text: no, size }, { x: 74, y, text: name, size },
    ...marks.flatMap((m, k) => (m ? [{ x: COLUMNS[k], y, text: m, size }] : [])),
  ];
  it('each mark keeps its column, under the labels; a page the grid runs on to takes its columns from a row of dashes', async () => {
    const page1: TextRun[] = [
      { x: 186, y: 713, text: 'Vopros 1', size }, { x: 276, y: 713, text: 'Vopros 2', size },
      ...['Za', 'Pr', 'Vz', 'Za', 'Pr', 'Vz'].map((t, k) => ({ x: COLUMNS[k], y: 700, text: t, size })),
      ...row(687, '1', 'Ivanov I.I.', ['+', null, null, null, '+', null]),
      ...row(674, '2', 'Petrov P.P.', [null, '+', null, '+', null, null]),
      ...row(661, '3', 'Sidorov A.V.', [null, null, '+', null, null, '+']),
    ];
    const page2: TextRun[] = [
      ...row(780, '4', 'Kim E.V.', ['-', '-', '-', '-', '-', '-']),
      ...row(767, '5', 'Lee A.A.', [null, '+', null, null, null, '+']),
      ...row(754, '6', 'Orlov O.O.', ['+', null, null, '+', null, null]),
    ];
    const lines = (await readPdfText(textPdf([page1, page2]), 'grid.pdf')).split('\n');
    const cells = (no: string) => lines.find((l) => l.startsWith(`${no}\t`))?.split('\t').slice(2);
    expect(cells('1')).toEqual(['+', '', '', '', '+', '']);
    expect(cells('2')).toEqual(['', '+', '', '+', '', '']);
    expect(cells('3')).toEqual(['', '', '+', '', '', '+']);
    expect(cells('5')).toEqual(['', '+', '', '', '', '+']);
    expect(cells('6')).toEqual(['+', '', '', '+', '', '']);
  });
});

describe('a cross typed as a multiplication sign in an attendance table', () => {
  it('"×" is absence, its reason from the note column; "✔" presence', () => {
    const x = parseProtocol(['ХАТТАМА № 7', '2026 жылғы 11 қараша', 'Кеңес мүшелерінің қатысуы (белгілер: ✔ – қатысты; × – қатыспады)',
      'Р/с\tАты-жөні\tЛауазымы\tҚатысуы\tЕскертпе', '1\tӘбдіразақов Нұрлан Сейітұлы\tКеңес төрағасы\t✔', '2\tОспанов Бағдат Нұржанұлы\tКеңес мүшесі\t✔',
      '3\tБекболатов Серік Әлібекұлы\tКеңес мүшесі\t×\tіссапарда', '4\tИсаев Мұрат Абайұлы\tКеңес мүшесі\t×'].join('\n'));
    expect(x.attendees.map((a) => a.name)).toEqual(['Әбдіразақов Нұрлан Сейітұлы', 'Оспанов Бағдат Нұржанұлы']);
    expect(x.absentees.map((a) => [a.name, a.excused])).toEqual([['Бекболатов Серік Әлібекұлы', true], ['Исаев Мұрат Абайұлы', null]]);
  });
  it('near-miss: "×" inside words (a size, "3×4") is no mark', () => {
    const x = parseProtocol(['ПРОТОКОЛ № 2', 'Присутствовали:', '№\tФИО\tУчастие', '1\tИванов Иван Иванович\tочно', '2\tПетров Петр Петрович\t3×4 очно'].join('\n'));
    expect(x.absentees).toEqual([]);
  });
});
