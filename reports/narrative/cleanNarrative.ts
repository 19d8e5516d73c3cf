/**
 * The draft with every text cleaned for output (cleanOutputText), cut as
 * Excel cuts a cell; `onClean` hears each changed text as a place a reader can
 * find: the title, or a block's kind and number (`list 7, item 3`).
 */
import { cleanOutputText, EXCEL_CELL_MAX, type CleanReason } from '../cleanOutputText.ts';
import type { NarrativeBlock, NarrativeDoc } from './NarrativeDoc.ts';

export function cleanNarrative(doc: NarrativeDoc, onClean?: (where: string, changed: CleanReason[]) => void): NarrativeDoc {
  const clean = (text: string, where: string) => {
    const result = cleanOutputText(text, { maxLength: EXCEL_CELL_MAX });
    if (result.changed.length > 0) onClean?.(where, result.changed);
    return result.text;
  };
  const blocks = doc.blocks.map((block, b): NarrativeBlock => {
    const at = `${block.kind} ${b + 1}`;
    switch (block.kind) {
      case 'heading':
      case 'paragraph':
        return { ...block, text: clean(block.text, at) };
      case 'list':
        return { ...block, items: block.items.map((item, i) => clean(item, `${at}, item ${i + 1}`)) };
      case 'table':
        return {
          ...block,
          header: block.header.map((h, j) => clean(h, `${at}, header ${j + 1}`)),
          rows: block.rows.map((row, r) => row.map((cell, j) => clean(cell, `${at}, row ${r + 1}, cell ${j + 1}`))),
        };
    }
  });
  return { title: clean(doc.title, 'title'), blocks };
}
