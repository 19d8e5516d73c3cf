import { languageIsKazakh, tidy } from '../toLines.ts';
import type { AgendaItem, ExtractIssue } from '../types.ts';
import { AGENDA_HEADING, INVITED_HEADING } from './lexicon.ts';
import { re } from './re.ts';

const ITEM = /^\s*(\d{1,2})\s*[.)]\s*(.+)$/;

/**
 * The agenda: the numbered items under "Повестка дня:" / "Күн тәртібі:". An
 * item may wrap onto the next line (a lowercase start) and be followed by its
 * speaker ("Докладчик: …", "Баяндамашы: …"), which is not an item. A
 * bilingual protocol has the agenda twice; the Russian one is kept, as for the counts.
 */
export function readAgenda(lines: string[], issues: ExtractIssue[]): AgendaItem[] {
  const blocks: { kazakh: boolean; items: AgendaItem[] }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const h = re(AGENDA_HEADING).exec(lines[i]);
    if (!h) continue;
    const items: AgendaItem[] = [];
    const inline = h[1].trim();
    const inlineItem = ITEM.exec(inline);
    if (inlineItem) items.push({ no: Number(inlineItem[1]), title: tidy(inlineItem[2]), line: i + 1 });
    else if (inline !== '') items.push({ no: 1, title: tidy(inline), line: i + 1 });
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j];
      if (line.trim() === '') {
        if (items.length > 0) break;
        continue;
      }
      const m = ITEM.exec(line);
      if (!m && items.length > 0) {
        if (re(`^\\s*(?:${INVITED_HEADING}|информаци[\\p{L}]*|ақпарат)\\s*[:\\-–—]`).test(line)) continue;
        if (/^\s*\p{Ll}/u.test(line)) {
          const last = items[items.length - 1];
          last.title = tidy(`${last.title} ${line}`);
          continue;
        }
      }
      if (!m || (items.length > 0 && Number(m[1]) <= items[items.length - 1].no)) break;
      const no = Number(m[1]);
      const prev = items.length > 0 ? items[items.length - 1].no : 0;
      if (no !== prev + 1) issues.push({ line: j + 1, message: `agenda numbering jumps from ${prev} to ${no}` });
      items.push({ no, title: tidy(m[2]), line: j + 1 });
    }
    if (items.length > 0) blocks.push({ kazakh: languageIsKazakh(lines[i]), items });
    i = j - 1;
  }
  return (blocks.find((b) => !b.kazakh) ?? blocks[0])?.items ?? [];
}
