/**
 * `kenes query` output: CSV and the terminal table carry no control character (an escape sequence in a cell
 * could rewrite a terminal; a vertical tab breaks a spreadsheet's import), and a control character or a
 * leading space cannot hide a formula from the CSV guard. JSON keeps the stored text (it escapes controls).
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { formatRows } from '../../../cli/formatRows.ts';

const ROWS = [
  { id: 1, title: '\u000b=HYPERLINK("http://x","y")', note: 'a\u001b[2Jb' },
  { id: 2, title: ' +cmd|\' /C calc\'!A0', note: 'lone\uD800\uFFFF' },
  { id: 3, title: 'Обычный текст', note: null },
];

describe('formatRows', () => {
  it('CSV: cleans every cell first, then neutralises what a spreadsheet would run, and says which cells changed', () => {
    const heard: string[] = [];
    const csv = formatRows(ROWS, 'csv', (where, changed) => heard.push(`${where}: ${changed.join(',')}`));
    const parsed = Papa.parse<string[]>(csv).data;
    expect(parsed).toEqual([
      ['id', 'title', 'note'],
      ['1', '\' =HYPERLINK("http://x","y")', 'a[2Jb'],
      ['2', '\' +cmd|\' /C calc\'!A0', 'lone'],
      ['3', 'Обычный текст', ''],
    ]);
    expect(heard).toEqual(['row 1, title: control', 'row 1, note: control', 'row 2, note: noncharacter,surrogate']);
  });

  it('table: no escape character reaches the terminal', () => {
    const table = formatRows(ROWS, 'table');
    expect(table).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
    expect(table).toContain('a[2Jb');
  });

  it('JSON: the text as stored, control characters escaped by JSON itself', () => {
    const json = formatRows(ROWS.slice(0, 1), 'json');
    expect(json).toContain('"\\u000b=HYPERLINK(\\"http://x\\",\\"y\\")"');
    expect(JSON.parse(json)).toEqual(ROWS.slice(0, 1));
  });
});
