/**
 * Text runs on one baseline that overlap, merged glyph by glyph into one run.
 *
 * Why: when a document's font lacks some letters (an older Liberation has no
 * Kazakh Қ ғ ң ә ұ ө ү һ), LibreOffice draws the line twice over:
 * the font's run with a hole — pdf.js reads it as a space, or as the gap
 * between two items — where each missing letter goes, and a fallback font's
 * run (DejaVu, Arial Unicode…) holding those letters at their places, with the
 * font's letters between them as holes. `Қоғамдық` is drawn as `о амды` from
 * x=62.8 and `Қ ғ` from x=56.8 over it; read run after run, or item after item
 * by x, it is `Қ ғо амды`. Put back letter by letter by where each is drawn,
 * it is the word again, whatever the two fonts are.
 *
 * pdf.js gives a run's start and width, not each glyph's: a glyph's place is
 * estimated, the run's width shared among its letters — evenly in a
 * fixed-pitch font (exact), by the letter widths of the common fonts in a
 * proportional one (off by part of a letter far into a long run). So a letter
 * does not merely sort among the other run's letters by that estimate: it
 * takes the place of the nearest hole of another run (a space there) — the
 * hole is where it was drawn; and as a hole is as wide as the letter it
 * stands for, not as a space, the places are estimated again with the holes
 * known, and matched again. A space of one run lying on a letter of another
 * is a hole too and goes; a space lying on no letter is a real space between
 * words, and stays.
 *
 * Near misses, not this case: runs that merely touch (kerning: a hair of
 * overlap) stay apart; a letter drawn twice at one place (a bold made by
 * printing twice, a shadow) is one letter; text printed over other text
 * (a stamp's words across a line: letters on letters, not on holes) is not
 * interleaved — those runs are left as they were.
 */

/** What this needs of a piece of text placed on a line: pdf.js's text item, in page units. */
export interface Run {
  str: string;
  x: number;
  width: number;
  /** pdf.js's generic family of its font (`serif`, `sans-serif`, `monospace`): how wide each letter is. */
  family?: string;
}

interface Glyph {
  char: string;
  x: number;
  end: number;
  /** Which run of the group drew it, and where in that run. */
  run: number;
  index: number;
  ink: boolean;
}

/**
 * Runs of one line (one baseline), any order: the same runs, left to right,
 * each group of runs that overlap in x merged into one run spanning them
 * (its other fields from the group's leftmost run).
 */
export function mergeOverlappingRuns<T extends Run>(runs: T[]): T[] {
  const sorted = [...runs].sort((p, q) => p.x - q.x);
  const groups: T[][] = [];
  for (const run of sorted) {
    const group = groups.at(-1);
    const reach = group?.reduce((far, r) => (r.x + r.width > far.x + far.width ? r : far));
    // Overlap by more than a third of a letter: runs that only touch, or kern a hair into each other, are neighbours.
    if (group && reach && reach.x + reach.width - run.x > Math.min(meanAdvance(reach), meanAdvance(run)) / 3) group.push(run);
    else groups.push([run]);
  }
  return groups.flatMap((group) => (group.length === 1 ? group : mergeGroup(group) ?? group));
}

function meanAdvance(run: Run): number {
  return run.width / Math.max(1, Array.from(run.str).length);
}

/**
 * Letter widths in ems of Liberation Sans and Serif (metric twins of Arial and
 * Times New Roman, the fonts documents are typed in), the Kazakh letters
 * DejaVu's (the usual fallback), rounded to 0.05 em; others 0.55, capitals 0.7.
 */
const SANS: [number, string][] = [
  [0.2, 'іijl'], [0.3, ' .,:;!ІftI/'], [0.35, '()-"гr'], [0.45, 'зкт'], [0.5, 'сухчьэcksvxyzJ'],
  [0.55, '0123456789?–«»абвеёийнопрцяГabdeghnopquL'], [0.6, 'длЗКТFTZәғқөұүҰҮ'],
  [0.65, 'жъАБВЕЁЛРУХЧЬABEKPSVXYңһҒ'], [0.7, 'мыДИЙНПСЭЯwCDHNRUҚҺ'], [0.75, 'юФЦҢ'],
  [0.8, 'фшщОЪGOQӘӨ'], [0.85, 'МmM'], [0.9, '%ЖШЫ'], [0.95, 'ЩW'], [1, '—Ю'], [1.05, '№'],
];
const SERIF: [number, string][] = [
  [0.25, ' .,'], [0.3, ':;іijlt/'], [0.35, '!()-ІfrI'], [0.4, '"гзsJ'], [0.45, '?авеёстьэяacez'],
  [0.5, '0123456789–«»бдклорухчъЗbdghknopquvxy'], [0.55, 'ийнпцБРЬFPS'], [0.6, 'ГЕЁТELTZәғқөұүҰҮ'],
  [0.65, 'мфыВКСЧЭЯBCRңһҒ'], [0.7, 'жАДИЙЛНОПУХЦЪwADGHKNOQUVXYҚҺ'], [0.75, 'шщюҢ'], [0.8, 'ФmӘӨ'],
  [0.85, '%Ы'], [0.9, 'ЖМM'], [0.95, '№W'], [1, '—ШЩ'], [1.05, 'Ю'],
];
const tableOf = (widths: [number, string][]) => new Map(widths.flatMap(([em, chars]) => Array.from(chars, (c) => [c, em] as const)));
const EMS = { sans: tableOf(SANS), serif: tableOf(SERIF) };

function emOf(char: string, family: string | undefined): number {
  if (family === 'monospace') return 1;
  return (family === 'serif' ? EMS.serif : EMS.sans).get(char) ?? (/\p{Lu}/u.test(char) ? 0.7 : 0.55);
}

/** A run's glyphs, its width shared among them; `known` holds the widths already known (holes, by the letter in them). */
function glyphsOf(run: Run, k: number, known: Map<string, number>): Glyph[] {
  const chars = Array.from(run.str);
  const fixed = chars.map((_, i) => known.get(`${k}:${i}`));
  const ems = chars.map((c, i) => (fixed[i] === undefined ? emOf(c, run.family) : 0));
  const left = run.width - fixed.reduce<number>((sum, w) => sum + (w ?? 0), 0);
  const totalEms = ems.reduce((sum, em) => sum + em, 0);
  // (Holes wider than the run leaves room for: the estimate was off, so share the width as if none were known.)
  if (known.size > 0 && (left <= 0 || totalEms === 0)) return glyphsOf(run, k, new Map());
  let x = run.x;
  return chars.map((char, index) => {
    const glyph = { char, x, end: x + (fixed[index] ?? (ems[index] * left) / totalEms), run: k, index, ink: !/\s/.test(char) };
    x = glyph.end;
    return glyph;
  });
}

const center = (g: Glyph) => (g.x + g.end) / 2;
const widthOf = (g: Glyph) => g.end - g.x;

/** How much of the narrower of two glyphs the other covers (0…1). */
function cover(a: Glyph, b: Glyph): number {
  const width = Math.min(widthOf(a), widthOf(b));
  return width > 0 ? Math.max(0, Math.min(a.end, b.end) - Math.max(a.x, b.x)) / width : 0;
}

interface Placed {
  glyphs: Glyph[];
  /** Letters drawn twice, and the holes letters took. */
  gone: Set<Glyph>;
  /** Each letter placed in another run's hole, and that hole. */
  filled: Map<Glyph, Glyph>;
}

function place(glyphs: Glyph[]): Placed {
  const ink = glyphs.filter((g) => g.ink);
  const gone = new Set<Glyph>();
  // A letter drawn twice at one place by two runs (overprinted bold, a shadow) is one letter.
  for (const g of ink) {
    if (ink.some((h) => h.run < g.run && !gone.has(h) && h.char === g.char && cover(g, h) > 0.5)) gone.add(g);
  }
  // Each letter takes the nearest hole of another run within a letter's width (two holes, or a hole and a
  // word's space, are a letter or more apart). Nearest pairs first, so no letter takes another's hole.
  const spaces = glyphs.filter((g) => !g.ink);
  const pairs = ink.filter((g) => !gone.has(g)).flatMap((g) => spaces
    .filter((s) => s.run !== g.run && Math.abs(center(s) - center(g)) <= Math.max(widthOf(s), widthOf(g)))
    .map((s) => ({ g, s, distance: Math.abs(center(s) - center(g)) })))
    .sort((p, q) => p.distance - q.distance);
  const filled = new Map<Glyph, Glyph>();
  for (const { g, s } of pairs) {
    if (filled.has(g) || gone.has(s)) continue;
    gone.add(s);
    filled.set(g, s);
  }
  return { glyphs, gone, filled };
}

function mergeGroup<T extends Run>(group: T[]): T | undefined {
  const first = place(group.flatMap((run, k) => glyphsOf(run, k, new Map())));
  // A hole is as wide as the letter drawn in it: estimated again with that known, and matched again.
  const known = new Map([...first.filled].map(([g, hole]) => [`${hole.run}:${hole.index}`, widthOf(g)]));
  const { glyphs, gone, filled } = place(group.flatMap((run, k) => glyphsOf(run, k, known)));
  for (const [g, hole] of filled) {
    // (Centred on the hole, its own width kept: it stands where the hole is.)
    [g.x, g.end] = [center(hole) - widthOf(g) / 2, center(hole) + widthOf(g) / 2];
  }
  // Letters over letters more than over holes: text printed over text, not a font's holes filled.
  const ink = glyphs.filter((g) => g.ink && !gone.has(g));
  const clashes = ink.filter((g) => !filled.has(g) && ink.some((h) => h.run !== g.run && !filled.has(h) && cover(g, h) > 0.5)).length;
  if (clashes > 0 && clashes >= filled.size) return undefined;
  // A space drawn inside another run, where that run has a letter, is a hole of its own run (the
  // fallback's spaces over the font's letters); where that run has a space too, it is a word's space.
  for (const s of glyphs.filter((g) => !g.ink && !gone.has(g))) {
    for (const [k, run] of group.entries()) {
      if (k === s.run || center(s) <= run.x || center(s) >= run.x + run.width) continue;
      const nearest = glyphs.filter((g) => g.run === k && !gone.has(g))
        .sort((p, q) => Math.abs(center(p) - center(s)) - Math.abs(center(q) - center(s)))[0];
      if (nearest?.ink) gone.add(s);
    }
  }
  const kept = glyphs.filter((g) => !gone.has(g)).sort((p, q) => center(p) - center(q) || p.run - q.run);
  let str = '';
  for (const [i, g] of kept.entries()) {
    const before = kept[i - 1];
    // (A word's space drawn by both runs is one space.)
    if (!g.ink && before && !before.ink) continue;
    // Two letters of different runs, each where its run drew it, apart by half a letter or more:
    // a space between them that neither run drew (a letter placed in a hole stands where the hole is).
    const apart = before && before.ink && g.ink && before.run !== g.run && !filled.has(before) && !filled.has(g)
      && g.x - before.end >= 0.5 * Math.min(widthOf(g), widthOf(before));
    str += apart ? ` ${g.char}` : g.char;
  }
  const x = Math.min(...group.map((r) => r.x));
  const end = Math.max(...group.map((r) => r.x + r.width));
  return { ...group[0], str, x, width: end - x };
}
