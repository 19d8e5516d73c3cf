/**
 * Makes any text from the inputs safe for every output kenes writes (xlsx,
 * csv, docx, md, SVG/PNG, HTML), whatever people typed or pasted into a
 * register. Guards against the cases that broke outputs: a vertical tab in a
 * member's name made resvg refuse the chart SVG and Word refuse the draft
 * (XML 1.0 forbids it); U+FFFF and lone surrogates are not characters at all
 * (UTF-8 cannot carry a lone surrogate, so it would reach the file as U+FFFD);
 * a 40,000-character cell is more than Excel accepts (32,767).
 *
 * - Separators (vertical tab, form feed, the information separators U+001C–
 *   U+001F, NEL) become a space: they separate words, and removing them would
 *   glue two words together. Every other control character (C0 but tab, LF, CR;
 *   DEL; C1) is removed.
 * - U+FFFE, U+FFFF and unpaired surrogates are removed.
 * - Bidi marks stay (they are text: a Kazakh or Arabic name may need them), but
 *   an embedding, override or isolate left open is closed at the end of its line,
 *   so "‮title" reverses its own text only, not the date or the commission
 *   written after it in the same line of a list or a title row.
 * - Text longer than `maxLength` is cut, with a visible "…" as its last character.
 *
 * Returns the text and what was changed, so a writer can say where it changed
 * something (see CleaningLog); clean text comes back as the same string.
 */

export type CleanReason = 'control' | 'noncharacter' | 'surrogate' | 'bidi' | 'cut';

export interface CleanResult {
  text: string;
  /** What was changed, in the order of CleanReason; empty when the text was already clean. */
  changed: CleanReason[];
}

/** Excel's limit for the text of a cell. */
export const EXCEL_CELL_MAX = 32_767;
/** Text in a chart (a label, a title, a tooltip): axes cut labels to about 220 px anyway; beyond this is noise that only bloats the SVG. */
export const CHART_TEXT_MAX = 500;

/** Anything the slow path may have to look at; clean text (nearly all of it) is returned untouched. */
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF\u202A-\u202E\u2066-\u2069]/;
const ELLIPSIS = '…';
const PDF = '\u202C';
const PDI = '\u2069';
const REASONS: CleanReason[] = ['control', 'noncharacter', 'surrogate', 'bidi', 'cut'];

export interface CleanOptions {
  maxLength?: number;
  /** False for a whole document (an SVG) rather than one text in it: marks added after its last tag would break it. */
  closeBidi?: boolean;
}

export function cleanOutputText(text: string, options: CleanOptions = {}): CleanResult {
  const max = options.maxLength ?? Infinity;
  const balance = options.closeBidi === false ? (t: string) => t : closeBidi;
  if (text.length <= max && !SUSPECT.test(text)) return { text, changed: [] };
  const changed = new Set<CleanReason>();
  const stripped = stripInvalid(text, changed);
  // Closing marks added to a cut text may push it over the limit again: then cut a little more.
  let budget = max;
  let out: string;
  let closed: string;
  for (;;) {
    out = stripped.length > budget ? cut(stripped, budget) : stripped;
    closed = balance(out);
    if (closed.length <= max || budget <= 0) break;
    budget -= closed.length - max;
  }
  if (out !== stripped) changed.add('cut');
  if (closed !== out) changed.add('bidi');
  return { text: closed, changed: REASONS.filter((r) => changed.has(r)) };
}

function stripInvalid(text: string, changed: Set<CleanReason>): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let replacement: string | undefined;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++; // a pair: one astral character (an emoji, a rare CJK sign), kept
        continue;
      }
      replacement = '';
      changed.add('surrogate');
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      replacement = '';
      changed.add('surrogate');
    } else if (c === 0xfffe || c === 0xffff) {
      replacement = '';
      changed.add('noncharacter');
    } else if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f)) {
      replacement = c === 0x0b || c === 0x0c || (c >= 0x1c && c <= 0x1f) || c === 0x85 ? ' ' : '';
      changed.add('control');
    }
    if (replacement === undefined) continue;
    out += text.slice(from, i) + replacement;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** The first `max` characters with "…" as the last, never splitting a surrogate pair. */
function cut(text: string, max: number): string {
  if (max <= 0) return '';
  let end = Math.max(0, max - ELLIPSIS.length);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end) + ELLIPSIS;
}

/**
 * Closes, at the end of each line, the embeddings/overrides (LRE, RLE, LRO,
 * RLO: closed by PDF) and isolates (LRI, RLI, FSI: closed by PDI) the line
 * leaves open. For a value written inside a longer line (a title in a list
 * item), so its marks end with it rather than at the end of the line. A PDI also closes the embeddings opened after its isolate, as
 * the Unicode bidi algorithm (UAX #9) reads it.
 */
export function closeBidi(text: string): string {
  if (!/[\u202A-\u202E\u2066-\u2069]/.test(text)) return text;
  let out = '';
  let open: string[] = [];
  const close = () => open.reverse().join('');
  for (const ch of text) {
    if (ch === '\n' || ch === '\r') {
      out += close();
      open = [];
    } else if (ch === '\u202A' || ch === '\u202B' || ch === '\u202D' || ch === '\u202E') {
      open.push(PDF);
    } else if (ch === '\u2066' || ch === '\u2067' || ch === '\u2068') {
      open.push(PDI);
    } else if (ch === PDF) {
      if (open.at(-1) === PDF) open.pop();
    } else if (ch === PDI) {
      const at = open.lastIndexOf(PDI);
      if (at >= 0) open = open.slice(0, at);
    }
    out += ch;
  }
  return out + close();
}
