/**
 * cleanOutputText, the one gate every output's text passes (issue 11: a vertical tab in a member's name broke
 * the chart SVG and the draft .docx). Cases named, then properties over any text fast-check makes, including
 * lone surrogates and every control character.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CleaningLog } from '../../../reports/CleaningLog.ts';
import { cleanOutputText, EXCEL_CELL_MAX } from '../../../reports/cleanOutputText.ts';
import { cleanOutputValue, fieldOf } from '../../../reports/cleanOutputValue.ts';

/** What XML 1.0 allows (its Char production), so an output may carry it as text. */
const XML_CHAR = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
const C0_C1 = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

describe('cleanOutputText', () => {
  it('returns clean text untouched, the same string', () => {
    const text = 'Сериков Арман Болатович — Қазақстан 🇰🇿\tтаб\nстрока\r\n=1+1 <script>';
    const result = cleanOutputText(text);
    expect(result).toEqual({ text, changed: [] });
  });

  it('turns separators into a space and removes the other control characters', () => {
    expect(cleanOutputText('Сериков\u000bАрман')).toEqual({ text: 'Сериков Арман', changed: ['control'] });
    expect(cleanOutputText('a\u000cb\u001cc\u001fd\u0085e')).toEqual({ text: 'a b c d e', changed: ['control'] });
    expect(cleanOutputText('\u0000a\u0001b\u0008c\u001bd\u007fe\u009bf')).toEqual({ text: 'abcdef', changed: ['control'] });
    // Tab and the line breaks are text.
    expect(cleanOutputText('a\tb\nc\rd').changed).toEqual([]);
  });

  it('removes U+FFFE, U+FFFF and lone surrogates, keeps surrogate pairs', () => {
    expect(cleanOutputText('a\uFFFFb\uFFFEc')).toEqual({ text: 'abc', changed: ['noncharacter'] });
    expect(cleanOutputText('x\uD800y\uDC00z')).toEqual({ text: 'xyz', changed: ['surrogate'] });
    expect(cleanOutputText('end\uD83D')).toEqual({ text: 'end', changed: ['surrogate'] });
    expect(cleanOutputText('😀𝔸').changed).toEqual([]);
  });

  it('keeps bidi marks and closes the ones left open at the end of each line', () => {
    // RLO with no PDF: closed, so the text after it in the same line (a date, a commission) is not reversed.
    expect(cleanOutputText('\u202Eevil title')).toEqual({ text: '\u202Eevil title\u202C', changed: ['bidi'] });
    expect(cleanOutputText('\u2066a\u202Bb\nc')).toEqual({ text: '\u2066a\u202Bb\u202C\u2069\nc', changed: ['bidi'] });
    // Balanced marks stay as they are; a PDI closes the embeddings opened inside its isolate.
    expect(cleanOutputText('\u202Ea\u202C \u2067b\u2069 \u200Fc\u200E').changed).toEqual([]);
    expect(cleanOutputText('\u2067a\u202Eb\u2069').changed).toEqual([]);
    // A stray closer opens nothing.
    expect(cleanOutputText('a\u202Cb\u2069').changed).toEqual([]);
  });

  it('cuts over-long text to the limit with a visible ellipsis, never halving a surrogate pair', () => {
    const long = 'я'.repeat(40_000);
    const cut = cleanOutputText(long, { maxLength: EXCEL_CELL_MAX });
    expect(cut.changed).toEqual(['cut']);
    expect(cut.text).toHaveLength(EXCEL_CELL_MAX);
    expect(cut.text.endsWith('я…')).toBe(true);
    const emoji = cleanOutputText('ab😀😀', { maxLength: 4 });
    expect(emoji.text).toBe('ab…');
    // The closing mark of an open override fits inside the limit too.
    const rlo = cleanOutputText(`\u202E${'x'.repeat(20)}`, { maxLength: 10 });
    expect(rlo.text).toBe(`\u202E${'x'.repeat(7)}…\u202C`);
    expect(rlo.changed).toEqual(['bidi', 'cut']);
  });

  it('for a whole document, leaves the bidi marks to its texts', () => {
    expect(cleanOutputText('<svg><text>\u202Ea\u000b</text></svg>', { closeBidi: false }).text).toBe('<svg><text>\u202Ea </text></svg>');
  });

  it('property: any text comes out XML-safe, within the limit, unchanged when it was clean, and stable', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.array(fc.constantFrom('\u000b', '\u0000', '\uFFFF', '\uD800', '\uDFFF', '\u202E', '\u2066', '\u2069', '\u202C', 'а', 'ә', '😀', '\n', ' '), { maxLength: 40 }).map((a) => a.join('')),
    );
    fc.assert(fc.property(anyText, fc.integer({ min: 1, max: 60 }), (text, max) => {
      const { text: out, changed } = cleanOutputText(text, { maxLength: max });
      expect(out).toMatch(XML_CHAR);
      expect(out).not.toMatch(C0_C1);
      expect(out.length).toBeLessThanOrEqual(max);
      expect(changed.length === 0).toBe(out === text);
      // Cleaning clean text changes nothing: a value cleaned twice (a chart spec, then the dashboard) stays the same.
      expect(cleanOutputText(out, { maxLength: max })).toEqual({ text: out, changed: [] });
    }), { numRuns: 2000 });
  });
});

describe('cleanOutputValue', () => {
  it('cleans every string of a value, keys too, and says where', () => {
    const heard: string[] = [];
    const value = { title: 'a\u000bb', data: { values: [{ n: 1, full_name: 'ok' }, { n: 2, full_name: 'x'.repeat(30), at: null }] }, 'k\u0001': true };
    const clean = cleanOutputValue(value, { maxLength: 10 }, (where, changed) => heard.push(`${where}: ${changed.join(',')}`));
    expect(clean).toEqual({ title: 'a b', data: { values: [{ n: 1, full_name: 'ok' }, { n: 2, full_name: `${'x'.repeat(9)}…`, at: null }] }, k: true });
    expect(heard).toEqual(['title: control', 'data.values.1.full_name: cut']);
    expect(fieldOf('data.values.1.full_name')).toBe('full_name');
  });
});

describe('CleaningLog', () => {
  it('says per file how many texts were cleaned, what and where', () => {
    const log = new CleaningLog();
    expect(log.clean('ok', '/out/a.xlsx', 'S!A1')).toBe('ok');
    expect(log.clean('a\u000bb', '/out/a.xlsx', 'S!B2')).toBe('a b');
    log.record('/out/a.xlsx', 'S!C3', ['cut']);
    for (let i = 0; i < 7; i++) log.record('/out/charts', `chart${i}: full_name`, ['control', 'surrogate']);
    expect(log.summaries()).toEqual([
      'a.xlsx: 2 texts cleaned — control characters removed (S!B2); over-long text cut (S!C3)',
      'charts: 7 texts cleaned — control characters removed (chart0: full_name, chart1: full_name, chart2: full_name, chart3: full_name, chart4: full_name, and 2 more); '
        + 'broken characters (lone surrogates) removed (chart0: full_name, chart1: full_name, chart2: full_name, chart3: full_name, chart4: full_name, and 2 more)',
    ]);
    expect(new CleaningLog().summaries()).toEqual([]);
  });
});

describe('cleanOutputValue with values of a class', () => {
  it('passes Maps, Dates and bytes through untouched', () => {
    const map = new Map([['a\u000b', 'b\u000b']]);
    const date = new Date(Date.UTC(2025, 0, 1));
    const bytes = Uint8Array.of(1, 11);
    const clean = cleanOutputValue({ map, date, bytes, text: 'x\u000b' });
    expect(clean.map).toBe(map);
    expect(clean.date).toBe(date);
    expect(clean.bytes).toBe(bytes);
    expect(clean.text).toBe('x ');
  });
});
