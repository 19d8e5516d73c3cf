/** A paragraph of a protocol: its lines joined up to a blank one. */
export interface Paragraph {
  text: string;
  /** The line (1-based) the paragraph opens on. */
  line: number;
}

/** The paragraphs (lines joined up to a blank one) after line `after` (1-based: the lines from index `after` on). */
export function paragraphsAfter(lines: string[], after: number): Paragraph[] {
  const out: Paragraph[] = [];
  let current: Paragraph | null = null;
  for (let i = after; i < lines.length; i++) {
    const text = lines[i].trim();
    if (text === '') {
      current = null;
      continue;
    }
    if (current) current.text = `${current.text} ${text}`;
    else out.push((current = { text, line: i + 1 }));
  }
  return out;
}
