/**
 * The measure behind every row height of the workbooks: Arial's widths (Liberation Sans, read from
 * the font files), lines as Excel and LibreOffice wrap them, the row height those lines need.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countLines, heightForLines, MAX_ROW_HEIGHT, textWidth, usableWidth, widthUnitsFor } from '../../../reports/excel/measureText.ts';
import { rowHeight } from '../../../reports/excel/rowHeight.ts';

const BODY = { size: 10 };
const BOLD = { size: 10, bold: true };
/** The 5% every width is taken wider (measureText's SAFETY). */
const wide = (thousandths: number, size = 10) => (thousandths * size * 1.05) / 1000;

describe('textWidth', () => {
  it('is Arial\'s advance widths, Latin, Cyrillic and Kazakh letters alike', () => {
    // Arial: a digit 556, "W" 944, "Ж" 923, "ә" 556, "Ң" 722 thousandths of the size.
    expect(textWidth('0', BODY)).toBeCloseTo(wide(556));
    expect(textWidth('W', BODY)).toBeCloseTo(wide(944));
    expect(textWidth('Ж', BODY)).toBeCloseTo(wide(923));
    expect(textWidth('ә', BODY)).toBeCloseTo(wide(556));
    expect(textWidth('Ң', BODY)).toBeCloseTo(wide(722));
    expect(textWidth('№ 5', BODY)).toBeCloseTo(wide(1073 + 278 + 556));
    // Bold is wider; 14 pt is 1.4 times 10 pt.
    expect(textWidth('Отчёт', BOLD)).toBeGreaterThan(textWidth('Отчёт', BODY));
    expect(textWidth('Отчёт', { size: 14 })).toBeCloseTo(textWidth('Отчёт', BODY) * 1.4);
  });

  it('counts a character the font lacks as a full em and marks that take no room as nothing', () => {
    // A Chinese name, an emoji, the tenge sign (not in Liberation Sans): drawn by a fallback font, at most about an em wide.
    expect(textWidth('中', BODY)).toBeCloseTo(wide(1000));
    expect(textWidth('₸', BODY)).toBeCloseTo(wide(1000));
    expect(textWidth('😀', BODY)).toBeCloseTo(wide(1000));
    // Direction marks (kenes closes them where a value ends), a joiner and a combining accent.
    expect(textWidth('a\u200f\u200d\u0301\u2069', BODY)).toBeCloseTo(textWidth('a', BODY));
  });
});

describe('countLines', () => {
  const width = textWidth('Комиссия по вопросам', BODY);

  it('keeps a text that fits on one line', () => {
    expect(countLines('Комиссия по вопросам', width, BODY)).toBe(1);
    expect(countLines('', width, BODY)).toBe(1);
  });

  it('moves a word that does not fit to the next line', () => {
    expect(countLines('Комиссия по вопросам городской', width, BODY)).toBe(2);
    // "Комиссия по вопросам" / "городской" / "мобильности и" / "транспорта"
    expect(countLines('Комиссия по вопросам городской мобильности и транспорта', width, BODY)).toBe(4);
    expect(countLines('Комиссия по вопросам', width * 0.99, BODY)).toBe(2);
  });

  it('starts a line at every line break, also an empty one', () => {
    expect(countLines('a\nb\r\nc\rd', width, BODY)).toBe(4);
    expect(countLines('a\n\nb', width, BODY)).toBe(3);
  });

  it('breaks a word longer than the line inside it, as the spreadsheets do', () => {
    const word = 'Ә'.repeat(60);
    const perLine = Math.floor(width / textWidth('Ә', BODY));
    expect(countLines(word, width, BODY)).toBe(Math.ceil(60 / perLine));
    // After a short word, the long one starts its own line.
    expect(countLines(`и ${word}`, width, BODY)).toBe(1 + Math.ceil(60 / perLine));
  });

  it('a line exactly as wide as the text holds it, however the widths round (a counterexample fast-check found)', () => {
    const text = 'Алматы Алматы қоғамдық Алматы Алматы';
    expect(countLines(text, textWidth(text, BODY), BODY)).toBe(1);
  });

  it('never gives more lines to a wider column, and one line to a column as wide as the text', () => {
    const words = fc.array(fc.constantFrom('Алматы', 'и', 'мониторинг', 'Қазақстан', 'ЖКХ', 'қоғамдық', '2023', 'W', '—', ''), { maxLength: 40 });
    fc.assert(fc.property(words, fc.double({ min: 5, max: 400, noNaN: true }), fc.double({ min: 0, max: 200, noNaN: true }), (list, w, more) => {
      const text = list.join(' ');
      expect(countLines(text, w + more, BODY)).toBeLessThanOrEqual(countLines(text, w, BODY));
      expect(countLines(text, textWidth(text, BODY), BODY)).toBe(1);
    }));
  });
});

describe('row heights', () => {
  it('is one line for numbers and dates, and as many lines as the tallest text', () => {
    const one = heightForLines(1, BODY);
    // Not below the 15 pt rows the workbooks had (the charts are stacked in rows of at least 20 px).
    expect(one).toBeGreaterThanOrEqual(15);
    expect(rowHeight([{ value: 12345, width: 8, font: BODY }, { value: new Date(0), width: 8, font: BODY }, { value: null, width: 8, font: BODY }], BODY)).toBe(one);
    const text = 'Мониторинг качества оказания государственных услуг в центрах обслуживания населения Алатауского района';
    const lines = countLines(text, usableWidth(20), BODY);
    expect(lines).toBeGreaterThanOrEqual(4);
    expect(rowHeight([{ value: 'короткий', width: 20, font: BODY }, { value: text, width: 20, font: BODY }], BODY)).toBe(heightForLines(lines, BODY));
    expect(heightForLines(lines, BODY)).toBeGreaterThanOrEqual(lines * 12.75);
  });

  it('stops at Excel\'s largest row height', () => {
    expect(heightForLines(1000, BODY)).toBe(MAX_ROW_HEIGHT);
  });

  it('sizes a column to its longest line', () => {
    const units = widthUnitsFor('короткая\nсамая длинная строка\nещё', BODY);
    expect(countLines('самая длинная строка', usableWidth(units), BODY)).toBe(1);
    expect(countLines('самая длинная строка', usableWidth(units - 1), BODY)).toBe(2);
  });
});
