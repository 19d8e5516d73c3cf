/**
 * Wide tables printed to PDF (held-out 186): narrow columns whose cells stand closer than a cell's gap, and columns of
 * marks whose empty cells a PDF does not keep. Set 192: two columns of prose apart by LibreOffice's default gutter.
 */
import { describe, expect, it } from 'vitest';
import { readPdfText } from '../../../sources/readers/readPdfText.ts';
import { spreadMarkColumns, type MarkLine } from '../../../sources/readers/spreadMarkColumns.ts';
import { readColumnsInOrder, type PlacedText } from '../../../sources/readers/textColumns.ts';
import { textPdf } from '../../helpers/textPdf.ts';

const read = (pages: Parameters<typeof textPdf>[0]) => readPdfText(textPdf(pages), 'case.pdf');
const cell = (x: number, text: string, width = 6 * text.length) => ({ x, end: x + width, text });
const line = (y: number, ...cells: ReturnType<typeof cell>[]): MarkLine => ({ page: 0, y, size: 10, cells });

describe('counts drawn apart in narrow columns', () => {
  it('two counts 1.5 sizes apart are two cells (Shiderty: "11" then "0" under «За» «Против»)', async () => {
    expect(await read([[
      { x: 44, y: 780, text: 'Agenda' }, { x: 245, y: 780, text: '11', marked: true }, { x: 270, y: 780, text: '0', marked: true },
      { x: 317, y: 780, text: '0', marked: true }, { x: 390, y: 780, text: 'adopted', marked: true },
    ]])).toBe('Agenda\t11\t0\t0\tadopted\n');
  });

  it('near miss: counts under 1.2 sizes apart stay as read (Baizak: "6" and "7" 0.97 sizes apart)', async () => {
    expect(await read([[
      { x: 44, y: 780, text: 'Council A' }, { x: 245, y: 780, text: '6', marked: true }, { x: 256.5, y: 780, text: '7', marked: true },
      { x: 317, y: 780, text: '1', marked: true },
    ]])).toBe('Council A\t6 7\t1\n');
  });
});

describe('columns of marks keep their empty cells (spreadMarkColumns)', () => {
  // Zhalanash: "Орнында қатысты | Онлайн режимде | Қатыспаған", a tick left in its cell; the title over the three left out.
  const header = [
    line(402, cell(466, 'Отырысқа қатысуы', 93)),
    line(391, cell(20, 'Р/с'), cell(60, 'Аты-жөні')),
    line(384, cell(431, 'Орнында', 44), cell(489, 'Онлайн', 36), cell(539, 'Қатыспаған', 55)),
    line(373, cell(433, 'қатысты', 41), cell(486, 'режимде', 42)),
  ];
  const row = (y: number, n: string, name: string, at: number, note?: string) =>
    line(y, cell(20, n), cell(60, name), cell(at, '✓', 8), ...(note ? [cell(601, note)] : []));
  const rows = [row(360, '1', 'Сәтбаев Е.Н.', 427, '2024'), row(346, '2', 'Нұрғалиева Ж.Б.', 482, '2025'), row(332, '3', 'Қасымов Д.Т.', 535, '2024'), row(318, '4', 'Бейсенов А.М.', 427, '2024')];
  const texts = (l: MarkLine) => l.cells.map((c) => c.text);

  it('kk: a row gets an empty cell in each mark column it leaves blank; the labels one a column', () => {
    const out = spreadMarkColumns([...header, ...rows], 12);
    expect(texts(out[3])).toEqual(['1', 'Сәтбаев Е.Н.', '✓', '', '', '2024']);
    expect(texts(out[4])).toEqual(['2', 'Нұрғалиева Ж.Б.', '', '✓', '', '2025']);
    expect(texts(out[5])).toEqual(['3', 'Қасымов Д.Т.', '', '', '✓', '2024']);
    // The title over the three columns is left out (its line with it); each label stands at its column's marks.
    expect(texts(out[0])).toEqual(['Р/с', 'Аты-жөні']);
    expect(out[1].cells.map((c) => [c.x, c.text])).toEqual([[427, 'Орнында'], [482, 'Онлайн'], [535, 'Қатыспаған']]);
  });

  it('ru: "+" marks centred under "Очно | Дистанционно (онлайн) | Отсутствовал"', () => {
    const ru = [
      line(391, cell(437, 'Форма участия', 70)),
      line(377, cell(420, 'Дистанционно', 66)),
      line(371, cell(373, 'Очно', 24), cell(509, 'Отсутствовал', 63)),
      line(365, cell(433, '(онлайн)', 40)),
      line(351, cell(45, '1'), cell(76, 'Жантемиров Б.К.'), cell(382, '+', 6)),
      line(336, cell(45, '2'), cell(76, 'Кравец А.Н.'), cell(450, '+', 6)),
      line(322, cell(45, '3'), cell(76, 'Лозинская Е.В.'), cell(538, '+', 6), cell(575, 'командировка')),
    ];
    const out = spreadMarkColumns(ru, 12.6);
    expect(texts(out[4])).toEqual(['2', 'Кравец А.Н.', '', '+', '']);
    expect(texts(out[5])).toEqual(['3', 'Лозинская Е.В.', '', '', '+', 'командировка']);
    // The title over the group is left out (its line with it); each column keeps its own label.
    expect(out.slice(0, 3).flatMap(texts)).toEqual(['Дистанционно', 'Очно', 'Отсутствовал', '(онлайн)']);
  });

  it('near miss: a roll call marks every question\'s column — its rows are left as they are', () => {
    const grid = [1, 2, 3].map((n) => line(400 - 14 * n, cell(20, String(n)), cell(60, `Member ${n}`), cell(300, '+', 6), cell(360, '+', 6), cell(420, '–', 6)));
    expect(spreadMarkColumns(grid, 12)).toEqual(grid);
  });

  it('near miss: a mark run into the name\'s cell ("Жұбанышев Нұрлан Серікұлы +") leaves the table as read', () => {
    const glued = [line(414, cell(20, '1'), cell(60, 'Жұбанышев Нұрлан Серікұлы +')), ...rows];
    expect(spreadMarkColumns(glued, 12)).toEqual(glued);
  });
});

describe('two columns of prose on a bulletin page (readColumnsInOrder)', () => {
  const words = (x: number, y: number, str: string, width: number): PlacedText => ({ x, y, width, size: 10, str });
  // Left column 51–295, right from 309: a gutter of 14 pt, LibreOffice's default spacing of a section's columns.
  const page = (left: string, right: string) => Array.from({ length: 10 }, (_, k) => [
    words(51, 700 - 12 * k, `${left} ${k}`, k % 3 === 0 ? 180 : 244),
    words(309, 700 - 12 * k, `${right} ${k}`, 240),
  ]).flat();

  it('two Russian columns 1.4 sizes apart are read column by column', () => {
    const out = readColumnsInOrder(page('Левая колонка текста', 'Правая колонка текста'));
    expect(Math.max(...out.filter((i) => i.str!.startsWith('Правая')).map((i) => i.y))).toBeLessThan(Math.min(...out.filter((i) => i.str!.startsWith('Левая')).map((i) => i.y)));
  });

  it('near miss: ragged prose beside a column 1.4 sizes apart is no pair of columns unless its left side is flush', () => {
    const items = Array.from({ length: 10 }, (_, k) => [words(51, 700 - 12 * k, `Левая колонка ${k}`, 150 + 9 * k), words(309, 700 - 12 * k, `Правая колонка ${k}`, 240)]).flat();
    expect(readColumnsInOrder(items)).toEqual(items);
  });
});
