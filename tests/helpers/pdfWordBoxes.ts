/**
 * Where each word of a PDF is printed (pdf.js through unpdf: each text run's transform and width,
 * split into words in proportion to their characters), to find words printed over other words —
 * a wrapped cell's second line drawn over the next row when the row is not tall enough — and the
 * text of each page in drawing order.
 */
import { getDocumentProxy } from 'unpdf';

export interface WordBox {
  page: number;
  text: string;
  x0: number;
  x1: number;
  /** From the bottom of the page: the descender below the baseline to the cap height above it. */
  y0: number;
  y1: number;
}

export interface PdfText {
  /** Every word with its box, page by page. */
  pages: WordBox[][];
  /** Each page's text runs joined by spaces, in drawing order. */
  texts: string[];
}

/** Descender and cap height of Arial / Liberation Sans, in ems: the ink of a line. */
const DESCENT = 0.21;
const CAP = 0.72;

export async function readPdfWords(bytes: Uint8Array): Promise<PdfText> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  const pages: WordBox[][] = [];
  const texts: string[] = [];
  for (let p = 1; p <= pdf.numPages; p++) {
    const { items } = await (await pdf.getPage(p)).getTextContent();
    const words: WordBox[] = [];
    const runs: string[] = [];
    for (const entry of items) {
      const item = entry as { str?: string; transform?: number[]; width?: number };
      if (typeof item.str !== 'string' || !item.transform || item.str.trim() === '') continue;
      runs.push(item.str);
      const [, , c, d, x, y] = item.transform;
      const size = Math.hypot(c, d);
      const perChar = (item.width ?? 0) / [...item.str].length;
      for (const m of item.str.matchAll(/\S+/g)) {
        const before = [...item.str.slice(0, m.index)].length;
        words.push({ page: p, text: m[0], x0: x + before * perChar, x1: x + (before + [...m[0]].length) * perChar, y0: y - DESCENT * size, y1: y + CAP * size });
      }
    }
    pages.push(words);
    texts.push(runs.join(' '));
  }
  return { pages, texts };
}

/** Pairs of words on a page whose boxes overlap by more than `tolerance` points both across and down. */
export function overlappingWords(page: WordBox[], tolerance = 0.5): [WordBox, WordBox][] {
  const found: [WordBox, WordBox][] = [];
  // Sorted by left edge: a word is compared only with the words that start before it ends.
  const sorted = [...page].sort((a, b) => a.x0 - b.x0);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i];
    for (let j = i + 1; j < sorted.length && sorted[j].x0 < a.x1 - tolerance; j++) {
      const b = sorted[j];
      const across = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const down = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      if (across > tolerance && down > tolerance) found.push([a, b]);
    }
  }
  return found;
}
