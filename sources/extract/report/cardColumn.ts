/**
 * An infographic's cards one under another, as a PDF's text layer or a post gives them: each card's big number alone on
 * its line, its caption (the counted noun) on the next line with text, a blank line or none between ("15" / "мүше (жыл
 * соңында)", "5" / "заседаний Совета", "11" / "қоғамдық мониторинг"); a pair of numbers with a caption of as many parts
 * ("12 / 3" / "азаматтық қоғам өкілдері / мемлекеттік органдар өкілдері").
 *
 * The number and its noun are on different lines, so no reader of a line pairs them: a caption "НҚА жобасы қаралды" alone
 * was read as one draft reviewed (singleDraft). Each card is joined on its caption's line as the sentence it stands for
 * ("15 мүше (жыл соңында)", "12 азаматтық қоғам өкілдері / 3 мемлекеттік органдар өкілдері"), the number's line blanked.
 *
 * Which way a number goes is the layout's: a form or a table copied one cell a line puts the label first ("Заседания
 * Совета" / "5"), a card the number first. A number is a card's only where nothing waits for a value above it: the
 * document's top, a heading in capitals, a rule, a sentence ended by its stop, or the card before (its caption and the
 * lines under it up to a blank line: "8" / "ҚОҒАМДЫҚ МОНИТОРИНГ" / "≈ 40 білім беру ұйымы аралап шығылды" / "" / "3" / …,
 * set 157). A caption is words, short, with no colon at its end (a label's); one in capitals is a caption only right
 * under its number and waiting for no value under it ("15" / "КЕҢЕС МҮШЕСІ" / "", an infographic's text version, set
 * 157): a form typed in capitals puts its label over its value ("КЕҢЕС МҮШЕЛЕРІ" / "15" / "ОТЫРЫСТАР" / "6"), and there
 * the capitals under a number wait for the number right under them. Only three cards or more make the
 * layout: one lone number over a line of words may be anything (a page's number, a table's cell). A Word table's cells
 * (a tab before each) and a total's label ("ВСЕГО" / "13") are a table's, never a card's.
 */

/** A count alone on its line ("15", "142", "2 315"), or a pair of them ("12 / 3"); no share, no sign. */
const NUMBERS = /^\s*(\d{1,3}(?:[  ]\d{3})?)(?:\s*\/\s*(\d{1,3}))?\s*$/u;
/** A heading in capitals ("ОТЫРЫСТАР", "КЕҢЕС ҚҰРАМЫ", "2025 ЖЫЛ САНДАРМЕН"): no small letter, two capitals at least. */
const CAPITALS = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;
/** A caption: opens with a letter, at most 120 characters, its end no label's colon or question mark. */
const CAPTION = /^\s*\p{L}[^\n]{0,119}$/u;
/** A caption's second line: a bracketed note under it ("(тұрғын үй инспекциясы бөлімі екі рет есеп берді)"). */
const CAPTION_NOTE = /^\s*\(/u;
/** A card's sub-figure under its caption: a tree's branch ("├ 2 …", "└ 2 …") or a line set in by spaces. */
const SUB_LINE = /^(?:\s*[├└│┣┗┠┖]|[ ]{2,}\S)/u;
/** A Word table's cell as the document's text gives it, one a line after a tab. */
const CELL = /^\t/u;
/** A total's label: "ВСЕГО", "ИТОГО:", "БАРЛЫҒЫ", "ЖИЫНЫ", "Барлығы". */
const TOTAL_LABEL = /^\s*(?:всего|итого|барлығы|жиыны|жалпы)\s*:?\s*$/iu;
/** A rule between sections ("────────", "=====", "______"): nothing waits under it. */
const RULE = /^\s*[-─━═_=—–]{3,}\s*$/u;
/** The fewest cards that make the layout. */
const FEWEST_CARDS = 3;

interface Card {
  at: number;
  caption: number;
  numbers: string[];
  /** The lines of the card's sub-figures under its caption. */
  parts: number[];
}

export function readCardColumns(lines: string[]): string[] {
  const cards: Card[] = [];
  let free = true;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') continue;
    // A Word table's cell (its line opens with a tab) is the table's: read by the tables, never a card.
    if (CELL.test(line)) {
      free = false;
      continue;
    }
    const m = NUMBERS.exec(line);
    const card = m && free ? cardAt(lines, i, m) : null;
    if (card) {
      cards.push(card);
      // The caption's bracketed second line is the caption's too.
      i = CAPTION_NOTE.test(lines[card.caption + 1] ?? '') ? card.caption + 1 : card.caption;
      // So are the card's sub-figures under it, a tree's branches or lines set in ("   ├ 2 облыстық басқарма", "   └ 2 аудан
      // әкімдігі", "   жеке тұлғалар – 15 · заңды тұлғалар – 3"): the parts of the card's count, joined to its caption after
      // a colon ("4 есеп тыңдалды: 2 облыстық басқарма (…), 2 аудан әкімдігі (…)"), as a sentence gives its parts. Read
      // alone under the card, "жеке тұлғалар – 15" took the card's 18; and the next card's number is free after them.
      while (i + 1 < lines.length && SUB_LINE.test(lines[i + 1]) && !NUMBERS.test(lines[i + 1])) card.parts.push(++i);
      // The card's further lines up to a blank line are its notes ("≈ 40 білім беру ұйымы аралап шығылды"): they wait for
      // no value, and the next card's number after them is free.
      while (i + 1 < lines.length && lines[i + 1].trim() !== '' && !NUMBERS.test(lines[i + 1]) && !CELL.test(lines[i + 1])) i++;
      free = true;
      continue;
    }
    if (RULE.test(line)) {
      free = true;
      continue;
    }
    // A number may open a card under a heading in capitals or a sentence ended by its stop, not under a label or a cell.
    // "ВСЕГО", "ИТОГО", "БАРЛЫҒЫ" in capitals are a table's labels over their value, no section's heading.
    free = (CAPITALS.test(line) && !TOTAL_LABEL.test(line)) || /[.!?]\s*$/u.test(line);
  }
  if (cards.length < FEWEST_CARDS) return lines;
  const out = [...lines];
  for (const c of cards) {
    const caption = lines[c.caption].trim();
    // A caption in capitals is a label, not a phrase ("КЕҢЕС МҮШЕСІ", "ӨТІНІШ ТҮСТІ"): written as a label's line, "КЕҢЕС
    // МҮШЕСІ – 15", which the readers of indicator lines read by the row lexicon (readIndicatorBlocks). A card with its
    // parts under it stays the sentence it stands for ("3 ЕСЕП ТЫҢДАЛДЫ: Тараз қаласының білім бөлімі, …"), the form the
    // readers of the bodies heard know.
    const labelled = CAPITALS.test(caption) && c.parts.length === 0;
    const join = (n: string, part: string) => (labelled ? `${part} – ${n}` : `${n} ${part}`);
    out[c.caption] = c.numbers.length === 1 ? join(c.numbers[0], caption) : caption.split(/\s*\/\s*/u).map((part, k) => join(c.numbers[k], part)).join(labelled ? '; ' : ' / ');
    out[c.at] = '';
    if (c.parts.length > 0) {
      out[c.caption] = `${out[c.caption].replace(/[\s.,;:]+$/u, '')}: ${c.parts.map((k) => lines[k].replace(/^\s*[├└│┣┗┠┖]?\s*/u, '').replace(/[\s.,;]+$/u, '')).join(', ')}`;
      for (const k of c.parts) out[k] = '';
    }
  }
  return out;
}

/** The card whose number stands at `at`: its caption the next line with text, one blank line at most between. */
function cardAt(lines: string[], at: number, m: RegExpExecArray): Card | null {
  let caption = at + 1;
  if ((lines[caption] ?? '').trim() === '') caption++;
  const text = lines[caption] ?? '';
  if (CELL.test(lines[at]) || CELL.test(text) || !CAPTION.test(text) || /[:?]\s*$/u.test(text) || NUMBERS.test(text)) return null;
  if (CAPITALS.test(text) && (caption !== at + 1 || TOTAL_LABEL.test(text) || NUMBERS.test(lines[caption + 1] ?? ''))) return null;
  const numbers = m[2] === undefined ? [m[1]] : [m[1], m[2]];
  // A pair's caption names as many things as it has numbers ("A / B"); any other pair is no card.
  if (numbers.length > 1 && text.split('/').length !== numbers.length) return null;
  return { at, caption, numbers, parts: [] };
}
