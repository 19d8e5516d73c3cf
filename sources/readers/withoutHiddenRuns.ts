import { cutSpans } from './cutSpans.ts';

/**
 * Word's hidden text (Font → Hidden, `<w:vanish/>` in a run's properties, or a style that hides) is not shown on the page
 * and not printed: it is no part of the document. A draft keeps its old figures there ("(алдыңғы нұсқа: 10 мүше, кворум
 * 77 %)", "За – 6, против – 2 (по черновику).", "Справка ГАИ: 27 обращений" — set 181), and mammoth, which drops tracked
 * deletions (w:del) and comments but knows no hidden text, would read them as the document's own. This takes the hidden
 * runs out of a part's XML before mammoth reads it.
 *
 * A run is hidden by its own `<w:vanish/>` (`w:val="false"`/`"0"`/`"off"` shows it), else by its character style's, else
 * by its paragraph style's, each style through the styles it is based on (ECMA-376 Part 1, 17.3.2.41 vanish; 17.7.2 the
 * style hierarchy). The properties a tracked formatting change records as they WERE (`<w:rPrChange>`) are not the run's. A
 * paragraph whose mark is hidden too and that is left with no text goes whole, as Word shows it: no empty line stands for
 * it. `w:webHidden` (hidden in a web view only) and `w:specVanish` are printed, and kept.
 */
export function withoutHiddenRuns(xml: string, stylesXml = ''): string {
  if (!/<w:vanish\b/u.test(xml) && !/<w:vanish\b/u.test(stylesXml)) return xml;
  const hidden = hiddenStyles(stylesXml);
  const cut: [number, number][] = [];
  // The open paragraphs and runs, innermost last (a text box's paragraphs sit inside a run of the paragraph around it).
  const open: { kind: 'p' | 'r'; start: number; hidden: boolean; markHidden?: boolean; shown?: boolean }[] = [];
  const paragraph = () => [...open].reverse().find((e) => e.kind === 'p');
  TAG.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TAG.exec(xml)) !== null) {
    const [whole, closing, kind, selfClosing] = m as unknown as [string, string, 'p' | 'r', string];
    const end = m.index + whole.length;
    if (!closing) {
      const props = kind === 'p' ? ownProperties(xml, end, 'pPr', 'pPrChange') : ownProperties(xml, end, 'rPr', 'rPrChange');
      if (kind === 'p') {
        const style = hidden.get(styleOf(props, 'pStyle')) ?? false;
        // The paragraph mark's own run properties close the paragraph's properties.
        const at = props.lastIndexOf('<w:rPr');
        const mark = at < 0 ? '' : ownProperties(props, at, 'rPr', 'rPrChange');
        const markHidden = vanishOf(mark) ?? hidden.get(styleOf(mark, 'rStyle')) ?? style;
        if (!selfClosing) open.push({ kind, start: m.index, hidden: style, markHidden, shown: false });
      } else {
        const inParagraph = paragraph()?.hidden ?? false;
        const isHidden = vanishOf(props) ?? hidden.get(styleOf(props, 'rStyle')) ?? inParagraph;
        if (selfClosing) continue;
        open.push({ kind, start: m.index, hidden: isHidden });
      }
      continue;
    }
    // A closing tag: the innermost open element of its kind ends here.
    let k = open.length - 1;
    while (k >= 0 && open[k].kind !== kind) k--;
    if (k < 0) continue;
    const [element] = open.splice(k);
    if (kind === 'r') {
      const text = TEXT.test(xml.slice(element.start, end));
      if (element.hidden) cut.push([element.start, end]);
      else if (text) for (const e of open) if (e.kind === 'p') e.shown = true;
    } else if (element.markHidden && !element.shown) {
      cut.push([element.start, end]);
    }
  }
  // A hidden run inside a paragraph that goes whole is gone with it.
  return cutSpans(xml, cut);
}

/** An opening or closing `w:p` / `w:r` tag (not `w:pPr`, `w:rPr`, `w:proofErr`…). */
const TAG = /<(\/?)w:([pr])(?=[\s/>])[^>]*?(\/?)>/gu;
/** Text a run shows: its text, a tab, a break, a symbol. */
const TEXT = /<w:(?:t|tab|br|cr|sym|noBreakHyphen)\b[^>]*>/u;

/**
 * The properties element (`<w:rPr>…</w:rPr>`) an element opens with, right at `from`, without the former properties a
 * tracked change of formatting records inside it (`<w:rPrChange><w:rPr>…</w:rPr></w:rPrChange>`).
 */
function ownProperties(xml: string, from: number, name: 'rPr' | 'pPr', change: string): string {
  const props = elementAt(xml, from, name);
  return props.replace(new RegExp(String.raw`<w:${change}\b[\s\S]*?</w:${change}>`, 'gu'), '');
}

/** The element `name` starting at `from` (white space before it allowed), whole with the same-named elements inside it; '' when none starts there. */
function elementAt(xml: string, from: number, name: string): string {
  const start = xml.slice(from, from + 100).search(/\S/u);
  if (start < 0 || !xml.startsWith(`<w:${name}`, from + start)) return '';
  const tag = new RegExp(String.raw`<(/?)w:${name}(?=[\s/>])[^>]*?(/?)>`, 'gu');
  tag.lastIndex = from + start;
  let depth = 0;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(xml)) !== null) {
    if (m[1]) depth--;
    else if (!m[2]) depth++;
    if (depth <= 0) return xml.slice(from + start, m.index + m[0].length);
  }
  return '';
}

/** A run's properties' `w:vanish`: true, false (`w:val="false"`), or undefined when they have none. */
function vanishOf(rPr: string): boolean | undefined {
  const m = /<w:vanish\b([^>]*)>/u.exec(rPr);
  if (!m) return undefined;
  const value = /w:val\s*=\s*"([^"]*)"/u.exec(m[1])?.[1];
  return value === undefined || !/^(?:false|0|off)$/iu.test(value);
}

function styleOf(props: string, name: 'rStyle' | 'pStyle'): string {
  return new RegExp(String.raw`<w:${name}\s+w:val\s*=\s*"([^"]*)"`, 'u').exec(props)?.[1] ?? '';
}

/**
 * Whether each style of styles.xml hides its text (true), shows it (false), or leaves it to the level below (undefined: a
 * character style that says nothing of it keeps what the paragraph's style says), through the styles each is based on.
 */
function hiddenStyles(stylesXml: string): Map<string, boolean | undefined> {
  const own = new Map<string, { vanish?: boolean; basedOn?: string }>();
  for (const m of stylesXml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/gu)) {
    const id = /w:styleId\s*=\s*"([^"]*)"/u.exec(m[1])?.[1];
    if (id === undefined) continue;
    const rPr = /<w:rPr\b[^>]*>[\s\S]*?<\/w:rPr>/u.exec(m[2])?.[0] ?? '';
    own.set(id, { vanish: vanishOf(rPr), basedOn: /<w:basedOn\s+w:val\s*=\s*"([^"]*)"/u.exec(m[2])?.[1] });
  }
  const hides = new Map<string, boolean | undefined>();
  for (const id of own.keys()) {
    let style = own.get(id);
    // A chain ends, or loops (a damaged file): 20 steps at most.
    for (let step = 0; style && style.vanish === undefined && style.basedOn !== undefined && step < 20; step++) style = own.get(style.basedOn);
    hides.set(id, style?.vanish);
  }
  return hides;
}
