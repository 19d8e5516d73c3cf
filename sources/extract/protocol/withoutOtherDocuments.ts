import { HEADING, isCountingProtocol, NUMBER } from './firstProtocolOnly.ts';
import { APPENDIX_HEADING, DOCUMENT_HEADING, EXTRACT_HEADING, SECTION_DECIDED, SECTION_NEW, SHORT_PROTOCOL, VOTE_LEAD } from './lexicon.ts';
import { re } from './re.ts';
import { isSignatureLine, pastSignatures } from '../signatureLine.ts';

/** A quotation's marks: another document read out inside an item ("Зачитана выписка …: «ВЫПИСКА ИЗ ПРОТОКОЛА № 4 … »"). */
const OPEN_QUOTE = '«“„';
const CLOSE_QUOTE = '»”';
/** A line's opening quotation mark, if any: the document quoted starts after it. */
const QUOTE_LEAD = /^\s*([«“„"]?)\s*/u;
/**
 * A mention, not a heading: "Выписка из протокола № 6 прилагается", "выписку приложить", "Комиссия отырысының қысқаша
 * хаттамасы қоса беріледі", "Выписка верна." — a verb of attaching, reading out or certifying on the line.
 */
const MENTION = re(`(?:прилага|приложен|приложит|зачитан|оглаш|направ|верна|(?<![\\p{L}])верно|қоса\\s+беріл|қоса\\s+тір|төменде|келтіріл|оқылды|дұрыс)`);
/** "ВЫПИСКА", "Выписка из протокола № 6 …", "ВЫПИСКА ИЗ ПРОТОКОЛА № 4 заседания …": an extract's heading opening its line. */
const EXTRACT_OPENS = re(`^(${EXTRACT_HEADING})(?![\\p{L}])(\\s+из\\s+протокол[\\p{L}]*)?`);
/** "… № 6 отырысы хаттамасынан ҮЗІНДІ", "Хаттамадан үзінді": the Kazakh extract's heading closing its line. */
const EXTRACT_CLOSES = re(`(?:^|хаттама[\\p{L}]*\\s+)(${EXTRACT_HEADING})\\s*:?\\s*$`);
/** A commission's short protocol opening the line: "КРАТКИЙ ПРОТОКОЛ № 3", "Краткий протокол заседания комиссии по экологии". */
const SHORT_OPENS = re(`^(?:[\\p{L}-]+\\s+){0,6}?${SHORT_PROTOCOL}`);
/** An appendix's label opening its line: "Приложение к протоколу № 8", "Хаттамаға қосымша", "Қосымша / Приложение № 6 …". */
const APPENDIX_OPENS = re(`^\\s*${APPENDIX_HEADING}(?![\\p{L}])`);
/** A document's own heading word anywhere on a line, to be checked for capitals. */
const DOCUMENT_WORD = re(`(?<![\\p{L}])${DOCUMENT_HEADING}(?![\\p{L}])`, 'giu');
/** The decision's heading word, which is also a section's: "РЕШЕНИЕ", "ШЕШІМ". */
const DECISION_WORD = /^(?:РЕШЕНИ|ШЕШІМ)/u;
/** How many lines under an appendix's label its document's heading may come. */
const LABEL_REACH = 6;
/** A line of the protocol's own again: a section ("СӨЙЛЕГЕНДЕР:", "ПОСТАНОВИЛИ:"), a vote, a numbered item. */
const HEARD = re(SECTION_NEW);
const DECIDED = re(SECTION_DECIDED);
const VOTE = re(VOTE_LEAD);
const ITEM = /^\s*\d{1,2}\s*[.)]\s+\S/u;

export type OtherDocumentKind = 'extract' | 'short protocol' | 'appendix' | 'protocol';
export interface OtherDocument {
  kind: OtherDocumentKind;
  /** 1-based lines the document spans (the first and the last blanked). */
  from: number;
  to: number;
}

/**
 * A protocol's file may hold more than the protocol: an earlier protocol's extract appended after the signatures ("Приложение
 * к протоколу № 8" / "ВЫПИСКА из протокола № 6 …") or quoted in an item («ВЫПИСКА ИЗ ПРОТОКОЛА № 4 … Решение принято.»), a
 * commission's short protocol inside an item ("… ҚЫСҚАША ХАТТАМАСЫ № 4" … "Комиссия төрағасы С. Мұхамбетова", then the
 * item goes on) or appended, the decision repeated as an appendix ("Хаттамаға қосымша" / "№ 9 ШЕШІМІ", its votes told again).
 * Their attendance, votes and dates are another meeting's or a repetition: the extract is of the protocol alone. Each such
 * document, once the protocol's own discussion has begun, is blanked (its lines kept at their numbers): a quoted one to its
 * closing quotation mark; another to its signatures, and on to the file's end unless the protocol's own text (a section,
 * a vote, a numbered item) or another appendix follows them. Another protocol's heading with another number is left to
 * firstProtocolOnly (the rest of the file), unless the protocol goes on after its signatures (a protocol inside an item).
 * An appendix with no document's heading under its label (a registration sheet) is the protocol's own and kept.
 */
export function withoutOtherDocuments(lines: string[]): { lines: string[]; documents: OtherDocument[] } {
  const out = [...lines];
  const documents: OtherDocument[] = [];
  let first: string | null = null;
  let body = false;
  for (let i = 0; i < out.length; i++) {
    const line = out[i];
    const heading = HEADING.test(line.trim()) ? NUMBER.exec(line) : null;
    if (heading && first === null) {
      first = heading[1];
      continue;
    }
    if (body) {
      const kind = opens(out, i, first);
      if (kind !== null) {
        const quoted = quotedSpan(out, i);
        if (quoted !== null) {
          blankSpan(out, i, quoted.start, quoted.line, quoted.end);
          documents.push({ kind, from: i + 1, to: quoted.line + 1 });
          i = quoted.line;
          continue;
        }
        const end = documentEnd(out, i);
        if (kind === 'protocol' && end === out.length) continue;
        for (let k = i; k < end; k++) out[k] = '';
        documents.push({ kind, from: i + 1, to: end });
        i = end - 1;
        continue;
      }
    }
    if (HEARD.test(line.slice(0, 60)) || VOTE.test(line)) body = true;
  }
  return { lines: out, documents };
}

/** The kind of another document whose heading (or appendix label) opens line `i`, or null. */
function opens(lines: string[], i: number, first: string | null): OtherDocumentKind | null {
  const line = lines[i];
  const text = line.replace(QUOTE_LEAD, '');
  if (text === '') return null;
  // A label opens its line with a capital or its number ("Приложение к …", "Хаттамаға қосымша", "2-қосымша"): "қосымша
  // қаражат …" wrapped onto a line is the adjective "additional", no label.
  if (/^[\p{Lu}\d]/u.test(text) && APPENDIX_OPENS.test(text) && appendixHoldsDocument(lines, i)) return 'appendix';
  if (isExtractHeading(text)) return 'extract';
  if (SHORT_OPENS.test(text) && (!/\p{Ll}/u.test(text) || !MENTION.test(text))) return 'short protocol';
  const heading = HEADING.test(line.trim()) ? NUMBER.exec(line) : null;
  if (heading && first !== null && heading[1] !== first && !isCountingProtocol(lines, i)) return 'protocol';
  return null;
}

/** "ВЫПИСКА", "ВЫПИСКА ИЗ ПРОТОКОЛА № 4 …", "Выписка из протокола № 6" (no verb), "… хаттамасынан ҮЗІНДІ". */
function isExtractHeading(text: string): boolean {
  const lead = EXTRACT_OPENS.exec(text);
  if (lead && !/\p{Ll}/u.test(lead[1])) return !/^\S+\s+(?:верна|верно|дұрыс)/iu.test(text);
  if (lead && lead[2] && !MENTION.test(text)) return true;
  const close = EXTRACT_CLOSES.exec(text);
  return close !== null && !MENTION.test(text.slice(0, close.index));
}

/** An appendix's label with a document's heading in capitals on it or on the few lines under it. */
function appendixHoldsDocument(lines: string[], i: number): boolean {
  for (let k = i, seen = 0; k < lines.length && seen < LABEL_REACH; k++) {
    const text = lines[k].replace(QUOTE_LEAD, '');
    if (text.trim() === '') continue;
    seen++;
    if (k > i && (isExtractHeading(text) || SHORT_OPENS.test(text))) return true;
    // "ШЕШІМ" / "РЕШЕНИЕ" are a protocol's own section headings too ("ШЕШІМ:", "ШЕШІМ (жақтағаны – 7 …):"): a decision's
    // heading only alone on a line of capitals with no colon ("№ 9 ШЕШІМІ"); the other words are headings in capitals anywhere.
    const heading = !/\p{Ll}/u.test(text) && !/[:(]/u.test(text);
    for (const m of text.matchAll(DOCUMENT_WORD)) if (!/\p{Ll}/u.test(m[0]) && (heading || !DECISION_WORD.test(m[0]))) return true;
  }
  return false;
}

/** A document quoted from line `i`: its opening mark at the line's start, its closing mark (nested marks counted). */
function quotedSpan(lines: string[], i: number): { start: number; line: number; end: number } | null {
  const lead = QUOTE_LEAD.exec(lines[i]);
  if (!lead || lead[1] === '' || !OPEN_QUOTE.includes(lead[1])) return null;
  const start = lines[i].indexOf(lead[1]);
  let depth = 0;
  for (let k = i; k < lines.length && k < i + 60; k++) {
    for (let c = k === i ? start : 0; c < lines[k].length; c++) {
      if (OPEN_QUOTE.includes(lines[k][c])) depth++;
      else if (CLOSE_QUOTE.includes(lines[k][c]) && --depth === 0) return { start, line: k, end: c + 1 };
    }
  }
  return null;
}

/** Blanks from (line `a`, column `start`) to (line `b`, column `end`), keeping the text before and after. */
function blankSpan(lines: string[], a: number, start: number, b: number, end: number): void {
  if (a === b) {
    lines[a] = lines[a].slice(0, start) + lines[a].slice(end);
    return;
  }
  lines[a] = lines[a].slice(0, start);
  for (let k = a + 1; k < b; k++) lines[k] = '';
  lines[b] = lines[b].slice(end);
}

/**
 * The line after a document starting at `i`: past its signatures (and a date, "Выписка верна.") where the protocol's own
 * text or another appendix goes on; the file's end when nothing of the protocol follows, or no signature closes it.
 */
function documentEnd(lines: string[], i: number): number {
  let k = i + 1;
  while (k < lines.length && !isSignatureLine(lines[k])) k++;
  if (k >= lines.length) return lines.length;
  k = pastSignatures(lines, k);
  if (k >= lines.length) return lines.length;
  const next = lines[k];
  const resumes = HEARD.test(next.slice(0, 60)) || DECIDED.test(next) || VOTE.test(next) || ITEM.test(next) || APPENDIX_OPENS.test(next);
  return resumes ? k : lines.length;
}
