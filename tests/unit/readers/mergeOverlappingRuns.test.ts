/**
 * A line drawn twice over — the document's font with holes where it lacks a
 * letter, a fallback font's letters in them — is one run again, letter by
 * letter by where each was drawn. The runs are pdf.js's items as LibreOffice's
 * PDFs gave them on a machine whose Liberation fonts lack the Kazakh letters
 * (fixed-pitch and proportional); the near misses (runs that touch, a letter
 * drawn twice, text printed over text) must not be interleaved.
 */
import { describe, expect, it } from 'vitest';
import { mergeOverlappingRuns, type Run } from '../../../sources/readers/mergeOverlappingRuns.ts';

const texts = (runs: Run[]) => mergeOverlappingRuns(runs).map((r) => r.str);
const mono = (str: string, x: number, width: number): Run => ({ str, x, width, family: 'monospace' });
const sans = (str: string, x: number, width: number): Run => ({ str, x, width, family: 'sans-serif' });
const serif = (str: string, x: number, width: number): Run => ({ str, x, width, family: 'serif' });

describe('a fallback font\'s letters in the holes of the document\'s font', () => {
  it('fixed pitch (a .txt saved as PDF): `Қоғамдық кеңестің`, whichever run pdf.js gives first', () => {
    // Liberation Mono's runs, then DejaVu Sans Mono's: `Қ ғ` starts before `о амды` and its space lies on `о`.
    const runs = [
      mono('о амды', 62.8, 35.99), mono('ке есті', 110.78, 41.99),
      mono('Қ ғ', 56.8, 18.01), mono('қ', 98.78, 6.02), mono('ң', 122.77, 6.02), mono('ң', 152.76, 6.02),
    ];
    // (`қ` touches `о амды` and the last `ң` touches `ке есті`: neighbours, joined by the line's reader.)
    expect(texts(runs)).toEqual(['Қоғамды', 'қ', 'кеңесті', 'ң']);
    expect(texts([...runs].reverse())).toEqual(['Қоғамды', 'қ', 'кеңесті', 'ң']);
  });

  it('a hole where a word\'s space is next to it in the font\'s run: the letter takes the hole, the space stays', () => {
    // `Іңкәр Қасымова.` — `сен лы, І` is `Үсенұлы, Іңкәр` with its holes; the fallback drew `ұ` alone.
    expect(texts([mono('сен лы, І', 380.82, 53.99), mono('ұ', 398.81, 6.02)])).toEqual(['сенұлы, І']);
  });

  it('a word\'s space in both runs is one space, a fallback run\'s space over no letter a space', () => {
    // `сәлем әлем`: the font's run `с лем  лем`, DejaVu's `ә    ә` (its spaces over `лем` and the word's space).
    expect(texts([mono('с лем  лем', 0, 60), mono('ә    ә', 6, 36)])).toEqual(['сәлем әлем']);
  });

  it('proportional (Liberation Sans, 13 pt): a hole far into a long run, two letters in one fallback run', () => {
    expect(texts([sans('17. Н р алиева С', 56.8, 110.06), sans('ұ ғ', 87.9, 22.55)])).toEqual(['17. Нұрғалиева С']);
    expect(texts([sans('хатшысы Н рманова А.Б.', 230.48, 155.92), sans('ұ', 298.82, 7.68)])).toEqual(['хатшысы Нұрманова А.Б.']);
    expect(texts([sans('ң ә', 60.1, 20.57), sans('к', 67.98, 5.24)])).toEqual(['ңкә']);
    // Narrow `)` and spaces before the hole: shared evenly, the run's width would put `ұ` before `Т`.
    expect(texts([sans('4 ) Т рлыбекова Назг л Жомарт', 56.8, 198.54), sans('ұ', 83.5, 7.68), sans('ү', 187.98, 7.68)]))
      .toEqual(['4 ) Тұрлыбекова Назгүл Жомарт']);
  });

  it('proportional (Liberation Serif, 13 pt): the holes of `тұрғын` 140 pt into the run', () => {
    expect(texts([serif('ылы) – жас мамандарды т р ын', 214.14, 179.24), sans('ұ ғ', 357.35, 20.68)]))
      .toEqual(['ылы) – жас мамандарды тұрғын']);
    expect(texts([serif('елді мекендердегі д рігерлік амбулаторияларды', 110.66, 268.81), sans('ә', 219.59, 7.68)]))
      .toEqual(['елді мекендердегі дәрігерлік амбулаторияларды']);
  });
});

describe('near misses: runs left as they are', () => {
  it('runs that only touch, or kern a hair into each other, are neighbours', () => {
    expect(texts([sans('Қоғамдық', 56.8, 50), sans('кеңес', 106.6, 30)])).toEqual(['Қоғамдық', 'кеңес']);
  });

  it('a word drawn twice at one place (bold made by printing twice) is one word, not every letter twice', () => {
    expect(texts([mono('Протокол', 56.8, 48), mono('Протокол', 57.1, 48)])).toEqual(['Протокол']);
  });

  it('text printed over text (a stamp\'s words across a line: letters on letters, not on holes) is not interleaved', () => {
    const runs = [sans('Протокол заседания совета', 56.8, 140), sans('КОПИЯ ВЕРНА', 80, 70)];
    expect(texts(runs)).toEqual(['Протокол заседания совета', 'КОПИЯ ВЕРНА']);
  });
});
