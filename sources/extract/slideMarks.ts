// Imported, not read from disk: the bundle of the installed package (tools/buildPackage.mjs) carries it.
import slideMarks from './slideMarks.json' with { type: 'json' };

/**
 * A slide deck or an infographic copied to text (PowerPoint / Canva exported to PDF, a slide pasted into a protocol)
 * carries what a slide shows and no sentence states:
 * - the change beside a big number, an arrow and its count: "7  ▲ 2", "31 ▲ 24 %", "Кворум … ▲ 2 чел. к заседанию
 *   20.08", "6  ▲ 1 (2025 жылғы 9 айда – 5)". It compares the figure with another period or meeting; read as it stands
 *   it is a count of its own ("▲ 2" taken for two hearings, "2" joined to the caption under it). The count before it is
 *   the figure; the arrow, its number, its unit and a bracket of the other period after it are taken off.
 * - a picture's or an icon's alt text in square brackets: "[значок: группа людей]", "[белгіше: күнтізбе]", "[Иконка
 *   Instagram] Instagram – 28", "… ответы даны [Диаграмма: 87 % физические лица / 13 % юридические лица]". No count of
 *   it is a figure (a chart's shares, a logo's name); a line of nothing else is blanked, so a number and its caption
 *   stand as the cards they are.
 * - the slide's number: "Слайд 1 из 6 · Общественный совет г. Караганды · 17.09.2026", "karaganda-oc · слайд 2 / 6",
 *   "Жезқазған · Қоғамдық кеңес · 1/5", a footer far to the right "Теміртау ҚК | 3"; a separator line with the slide's
 *   number keeps only its title ("Слайд 2 / 6 ── ҚҰРАМ ────" → "ҚҰРАМ", "==== 1-бет. КЕҢЕС ҚҰРАМЫ ====" → "КЕҢЕС ҚҰРАМЫ"),
 *   the title a heading over the slide's cards.
 * Lines keep their places (a line blanked, never removed). An arrow with no count before it on its line ("Рост ▲"), an
 * arrow in brackets ("6 → 7 (▲1)", read by arrowPairs) and an arrow alone in a table's cell or a tile of its own far from the count ("64      ▲ 9      3,2 млрд", its
 * caption "2025 жылмен салыстырғанда" under it) stay.
 */
export function withoutSlideMarks(lines: string[]): string[] {
  return lines.map((line) => withoutSlideNumber(withoutAltText(withoutChangeArrows(line))));
}

const LEXICON = slideMarks as { altText: string[]; changeUnits: string[] };
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const UNITS = LEXICON.changeUnits.map(escape).sort((a, b) => b.length - a.length).join('|');
/**
 * A count, spaces (no tab: a table's cells stay apart), an arrow, its number and its unit; a bracket naming another year
 * or period after it ("(2025 жылғы 9 айда – 5)", "(III кв. 2025 – 8)").
 */
const CHANGE = new RegExp(
  String.raw`(?<=\d|\d[ \u00a0]?%)[ \u00a0]{0,10}[▲▼△▽↑↓⬆⬇⏶⏷🔺🔻][ \u00a0]*[+−–-]?\d{1,4}(?:[.,]\d{1,2})?(?:[ \u00a0]*(?:${UNITS})(?![\p{L}]))?(?:[ \u00a0]*\([^()\n]*(?:(?:19|20)\d{2}|кв\.|квартал|тоқсан|өткен|прошл|былтыр)[^()\n]*\))?`,
  'giu',
);

export function withoutChangeArrows(line: string): string {
  // Spaces for what is taken off: a grid's columns set with spaces keep their places.
  if (line.search(CHANGE) < 0) return line;
  return line.replace(CHANGE, (m) => ' '.repeat([...m].length)).replace(/ +$/u, '');
}

const ALT = new RegExp(String.raw`\[\s*(?:${LEXICON.altText.map(escape).join('|')})(?![\p{L}])[^\][\n]*\]`, 'giu');

export function withoutAltText(line: string): string {
  if (line.search(ALT) < 0) return line;
  const rest = line.replace(ALT, '');
  // A Word table's cell of nothing but a picture stays an empty cell ("\t"): the table keeps its shape.
  if (rest.trim() === '') return /^\t/u.test(line) ? '\t' : '';
  return rest.replace(/^(\s*)\s+(?=\S)/u, '$1').replace(/\s+$/u, '');
}

/** "Слайд 1 из 6", "слайд 2 / 6", "Slide 3 of 5". */
const SLIDE_NUMBER = /(?<![\p{L}])(?:слайд|slide)\s*№?\s*\d{1,2}(?:\s*(?:из|\/|of)\s*\d{1,2})?(?![\d\p{L}])/iu;
/**
 * "1-бет" is a page's number: only between a separator's rules ("==== 1-бет. КЕҢЕС ҚҰРАМЫ ====") is it a slide's;
 * on a title's or a footer's line ("Төлеби ауданының Қоғамдық кеңесі      1-бет") it is the page furniture's to take off.
 */
const PAGE_IN_RULE = /(?<![\p{L}\d])\d{1,2}\s*-\s*бет(?![\p{L}])/iu;
/** A footer's page of the pages after a dot or a bar: "Жезқазған · Қоғамдық кеңес · 1/5", "· 2 / 6". */
const FOOTER_PAGES = /[·|•]\s*\d{1,2}\s*\/\s*\d{1,2}\s*$/u;
/** A footer set far to the right, its slide's number after a bar or a dot: "            Теміртау ҚК | 3". */
const FAR_FOOTER = /^[ \t]{20,}\S.{0,60}[|·•]\s*\d{1,2}\s*$/u;
/** A separator's rule: "────", "====", "----". */
const RULE = /[─━═=\-–—_]{2,}/gu;

/**
 * A slide's number opening its line, its title after a stop, a colon or a rule: "[Слайд 2 из 9. ПОВЕСТКА ДНЯ" (a slide's
 * text pasted into a protocol in brackets), "══ Слайд 2 / 12 ══ КҮН ТӘРТІБІ / ПОВЕСТКА ДНЯ", "Слайд 3: Состав" (set 188).
 * The title is the heading of what the slide shows (the agenda's items under "ПОВЕСТКА ДНЯ"); a footer's parts after a
 * dot or a bar ("Слайд 1 из 6 · Общественный совет г. Караганды · 17.09.2026") are no title.
 */
const TITLED = new RegExp(String.raw`^[\s\[(]*(?:[─━═=_]{2,}\s*)?${SLIDE_NUMBER.source}\s*(?:[.:]|[─━═=_]{2,})\s*(?=\p{L})`, 'iu');

function titleAfterNumber(line: string): string | null {
  const m = TITLED.exec(line);
  if (m === null) return null;
  const title = line.slice(m[0].length).replace(RULE, ' ').replace(/\s{2,}/gu, ' ').trim();
  return /\p{L}{2}/u.test(title) && !/[·|•]|\d{1,2}\.\d{1,2}\.\d{2,4}/u.test(title) ? title : null;
}

function withoutSlideNumber(line: string): string {
  const titled = titleAfterNumber(line);
  if (titled !== null) return titled;
  const ruled = /[─━═=\-–—_]{3,}/u.test(line);
  const numbered = SLIDE_NUMBER.test(line) || (ruled && PAGE_IN_RULE.test(line));
  if (!numbered && !FOOTER_PAGES.test(line) && !FAR_FOOTER.test(line)) return line;
  if (numbered && ruled) {
    // The separator's title: what is left once the rules, the slide's number and the stops around it are gone.
    const title = line.replace(RULE, ' ').replace(SLIDE_NUMBER, ' ').replace(PAGE_IN_RULE, ' ').replace(/^[\s.:·|•]+|[\s.:·|•]+$/gu, '').replace(/\s{2,}/gu, ' ');
    return /\p{L}{2}/u.test(title) ? title : '';
  }
  // A footer a PDF's line ran into a table's cells ("… (план – 57 км) Общественный совет г. Темиртау | слайд 3 из 5\tулица …"):
  // the slide's number alone is taken off, the cells stay.
  if (/\t/u.test(line) || line.trim().length > 100) return line.replace(SLIDE_NUMBER, '').replace(/[ |·•]+(?=\t|$)/gu, '');
  return '';
}
