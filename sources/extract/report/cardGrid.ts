import { ACTIVITY_PHRASES } from './activityLexicon.ts';
import { matchesOf } from '../grammar/matchesOf.ts';

/**
 * A grid of infographic cards ("2025 год в цифрах") as a PDF's text layer gives it: a row of the cards' big numbers
 * alone ("6 19 5", "58\t112\t164"), a blank line, the captions (the counted nouns, one tab-separated cell per card,
 * wrapped over one or two lines), a blank line, the grey sub-captions ("+2 к 2024 году\tв 2024 г. – 15\t…").
 *
 * The number and its noun are on different lines, so a line-by-line reader pairs nothing or the wrong things (a caption
 * ending in "меморандум о" read as a list's heading). Read here first: when every caption line has as many tab cells as
 * the row has numbers, each number goes with its cell ("6 заседаний Общественного совета.", written on the numbers'
 * line). A caption line of one run of words ("мониторингов общественных слушания круглых стола") is cut where the names
 * of kinds of activity begin, when it names as many kinds as there are numbers, one after another and nothing else
 * (byActivityNames); otherwise the card row is not understood and states nothing. The sub-captions (last year's counts, shares, notes) are no card's count
 * and are dropped either way. Only a grid of two card rows or more: a lone row of numbers may be a table's — unless its
 * captions stand right under it, a tab cell for each number.
 */
export function readCardGrids(lines: string[]): string[] {
  const rows = lines.flatMap((l, i) => (isNumberRow(l) && (i === 0 || lines[i - 1].trim() === '') ? [i] : []));
  const found = rows.map((i) => cardRow(lines, i)).filter((c): c is CardRow => c !== null);
  // A lone row is a card row only with its captions right under it, cell for cell: as a table's row run into the
  // line of its captions, "4\t1" over "семинара\tмеморандум" was read "1 семинара", one seminar of four.
  const cards = found.length >= 2 ? found : found.filter((c) => c.captions[0] === c.at + 1);
  if (cards.length === 0) return lines;
  const out = [...lines];
  for (const c of cards) {
    const numbers = lines[c.at].trim().split(/\s+/u);
    const cells = c.captions.map((k) => lines[k].split('\t').map((s) => s.trim()));
    const paired = cells.every((row) => row.length === numbers.length && row.every((s) => /\p{L}/u.test(s)));
    const named = paired || c.captions.length !== 1 ? null : byActivityNames(lines[c.captions[0]], numbers.length);
    const captionOf = (j: number) => (paired ? cells.map((row) => row[j]).join(' ') : (named as string[])[j]);
    out[c.at] = paired || named !== null ? numbers.map((n, j) => `${n} ${captionOf(j).replace(/[\s.,;:]+$/u, '')}.`).join(' ') : '';
    for (const k of [...c.captions, ...c.notes]) out[k] = '';
  }
  return out;
}

interface CardRow {
  /** The numbers' line. */
  at: number;
  /** The caption lines (one or two), right after one blank line. */
  captions: number[];
  /** The sub-caption lines, after one blank line more. */
  notes: number[];
}

/** Two to four counts alone on a line, none a year ("2024 2025" heads a table's columns). */
function isNumberRow(line: string): boolean {
  return /^\s*\d{1,5}(?:[ \t]+\d{1,5}){1,3}\s*$/u.test(line) && !line.trim().split(/\s+/u).some((n) => /^(?:19|20)\d{2}$/u.test(n));
}

function cardRow(lines: string[], at: number): CardRow | null {
  const block = (from: number) => {
    const k: number[] = [];
    for (let j = from; j < lines.length && lines[j].trim() !== '' && k.length < 3; j++) k.push(j);
    return k;
  };
  if (lines[at + 1]?.trim() !== '') return adjacentCaptions(lines, at);
  const captions = block(at + 2);
  // Captions are words, short, no sentence: a line of prose or a numbered heading under the numbers is no card's.
  if (captions.length === 0 || captions.length > 2 || !captions.every((k) => isCaption(lines[k]))) return null;
  const after = captions[captions.length - 1] + 1;
  const notes = lines[after]?.trim() === '' ? block(after + 1) : [];
  const keepNotes = notes.length > 0 && notes.length <= 2 && notes.every((k) => lines[k].length <= 160 && !/^\s*\d{1,2}\.\s+\p{Lu}/u.test(lines[k]) && !isNumberRow(lines[k]));
  return { at, captions, notes: keepNotes ? notes : [] };
}

/**
 * Captions right under the numbers, no blank line between, as slides exported to PDF give them ("21\t15\t6\t3" over
 * "член Совета на 31.12.2025\tпредставители гражданского общества\t…", held-out 70's Zhylyoi): only lines of as many
 * tab cells as there are numbers, each cell words, one or two of them; the lines after (the slide's bullets) are the
 * text's. A line of word cells that are not as many as the numbers makes a card row not understood; anything else under
 * the numbers (a sentence, a table's row) makes no card row.
 */
function adjacentCaptions(lines: string[], at: number): CardRow | null {
  const count = lines[at].trim().split(/\s+/u).length;
  const captions: number[] = [];
  for (let k = at + 1; k < lines.length && captions.length < 2 && isCaption(lines[k]); k++) {
    const cells = lines[k].split('\t').map((c) => c.trim());
    // Captions of words in tab cells, but not one for each number ("2\t3" over "заседания Совета\tмониторинги\tкруглые
    // столы"): the row is not understood — it states nothing (readCardGrids blanks it), never "3 мониторинги".
    if (k === at + 1 && cells.length >= 2 && cells.length !== count && cells.every((c) => /^\p{L}/u.test(c))) return { at, captions: [k], notes: [] };
    if (cells.length !== count || !cells.every((c) => /^\p{L}/u.test(c))) break;
    captions.push(k);
  }
  return captions.length > 0 ? { at, captions, notes: [] } : null;
}

function isCaption(line: string): boolean {
  return line.length <= 160 && /^\s*\p{L}/u.test(line) && !/[.!?]\s*$/u.test(line) && !/^\s*\d{1,2}\.\s/u.test(line);
}

/**
 * A caption of several cards run together cut at the names of kinds of activity: "мониторингов общественных слушания
 * круглых стола" → "мониторингов", "общественных слушания", "круглых стола" — only when it names exactly `count` kinds,
 * all different, the first opening the line and nothing but the rest of a word between one name and the next. Null
 * otherwise.
 */
function byActivityNames(caption: string, count: number): string[] | null {
  const text = caption.trim();
  const hits: { start: number; end: number; metric: string }[] = [];
  for (const a of ACTIVITY_PHRASES) for (const m of matchesOf(text, new RegExp(a.source, 'giu'))) hits.push({ start: m.index, end: m.index + m[0].length, metric: a.metric ?? a.type });
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const names = hits.filter((h, k) => hits.slice(0, k).every((o) => h.start >= o.end));
  if (names.length !== count || new Set(names.map((h) => h.metric)).size !== count || names[0].start !== 0) return null;
  const tails = names.map((h, k) => text.slice(h.end, k + 1 < names.length ? names[k + 1].start : text.length));
  if (!tails.every((t, k) => (k + 1 < names.length ? /^\p{L}*\s+$/u : /^\p{L}*\s*$/u).test(t))) return null;
  return names.map((h, k) => text.slice(h.start, k + 1 < names.length ? names[k + 1].start : text.length).trim());
}
