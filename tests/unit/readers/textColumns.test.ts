/**
 * A page set in two text columns (a bulletin) is read column by column (readColumnsInOrder); a table of labels and
 * their numbers, or a page of one column, keeps its order.
 */
import { describe, expect, it } from 'vitest';
import { readColumnsInOrder } from '../../../sources/readers/textColumns.ts';

type Item = { x: number; y: number; width: number; size: number; str: string; right?: number };
const item = (x: number, y: number, width: number, str: string): Item => ({ x, y, width, size: 10, str });
/** Reading order: top to bottom, then left to right, as the PDF reader lays out lines. */
const order = (items: Item[]) => [...items].sort((p, q) => q.y - p.y || p.x - q.x).map((i) => i.str);

describe('two text columns', () => {
  // A title across the page, ten baselines of prose in each column (x 57–286 and 309–538), a footer across the page.
  const left = Array.from({ length: 10 }, (_, k) => item(57, 700 - 12 * k, 229, `L${k}`));
  const right = Array.from({ length: 10 }, (_, k) => item(309, 700 - 12 * k, 229, `R${k}`));
  const page = [item(122, 760, 352, 'TITLE'), ...left, ...right, item(57, 400, 481, 'FOOTER')];
  it('ru/kk bulletin: the left column to its foot, then the right one, the title above and the footer below', () => {
    const read = order(readColumnsInOrder(page));
    expect(read).toEqual(['TITLE', ...left.map((i) => i.str), ...right.map((i) => i.str), 'FOOTER']);
  });
  it('each column\'s items know the column\'s right edge, where its lines wrap', () => {
    const read = readColumnsInOrder(page);
    expect(read.find((i) => i.str === 'L3')?.right).toBe(286);
    expect(read.find((i) => i.str === 'R3')?.right).toBe(286);
    expect(read.find((i) => i.str === 'TITLE')?.right).toBeUndefined();
  });
  it('near-miss: a table of labels and short numbers beside them is no pair of columns', () => {
    const rows = Array.from({ length: 10 }, (_, k) => [item(57, 700 - 12 * k, 229, `label${k}`), item(400, 700 - 12 * k, 12, `${k}`)]).flat();
    expect(order(readColumnsInOrder(rows))).toEqual(order(rows));
  });
  it('near-miss: one column of prose across the page keeps its order', () => {
    const lines = Array.from({ length: 12 }, (_, k) => item(57, 700 - 12 * k, 481, `P${k}`));
    expect(readColumnsInOrder(lines)).toBe(lines);
  });
});
