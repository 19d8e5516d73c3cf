import { cutSpans } from './cutSpans.ts';

/**
 * A content control of a template (`<w:sdt>`) left on its placeholder (`<w:showingPlcHdr/>` in its properties) shows the
 * template's prompt ("Введите число.", "Мәтін енгізу үшін осы жерді басыңыз.") in grey where a value goes: nobody wrote it,
 * and it states nothing (set 197's Kostanay form: "Заседания президиума | Введите число." read as a cell of words broke the
 * table of counts it stands in). mammoth reads a control's content whatever it shows, so the prompt's text is taken out
 * of the part's XML before mammoth reads it; the paragraph or cell it stood in stays, empty. A control showing a value it
 * was given is kept as it is (ECMA-376 Part 1, 17.5.2.39 showingPlcHdr).
 */
export function withoutPlaceholders(xml: string): string {
  if (!xml.includes('showingPlcHdr')) return xml;
  const cut: [number, number][] = [];
  const open: number[] = [];
  const tag = /<(\/?)w:sdt(?=[\s>])[^>]*>/gu;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(xml)) !== null) {
    if (!m[1]) {
      open.push(m.index);
      continue;
    }
    const start = open.pop();
    if (start === undefined) continue;
    const end = m.index + m[0].length;
    const props = /<w:sdtPr\b[\s\S]*?<\/w:sdtPr>/u.exec(xml.slice(start, end))?.[0] ?? '';
    if (/<w:showingPlcHdr(?:\s*\/>|\s+w:val\s*=\s*"(?:true|1|on)")/u.test(props)) cut.push([start, end]);
  }
  // A control inside one that is cut goes with it; the cut control keeps its paragraph and cell marks, not its text.
  return cutSpans(xml, cut, (span) => span.replace(/<w:t(?=[\s>])[^>]*>[^<]*<\/w:t>/gu, ''));
}
