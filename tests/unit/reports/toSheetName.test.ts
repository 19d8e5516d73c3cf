import { describe, expect, it } from 'vitest';
import { toSheetName } from '../../../reports/excel/toSheetName.ts';

describe('toSheetName', () => {
  it('"History", in any case, is Excel’s own: numbered like a taken name (the English workbook’s history sheet)', () => {
    const taken = new Set<string>();
    expect(toSheetName('History', taken, 'Sheet')).toBe('History (2)');
    expect(toSheetName('history', taken, 'Sheet')).toBe('history (3)');
    expect(toSheetName('History of meetings', taken, 'Sheet')).toBe('History of meetings');
    expect(toSheetName('Динамика', taken, 'Sheet')).toBe('Динамика');
  });
});
