/**
 * The draft as a .docx (the `docx` package): headings, paragraphs, numbered lists and a table, all plain text runs.
 * The package writes text into w:t as it is; a control character there (a vertical tab in a member's name)
 * made a file Word refuses to open, so every text is cleaned first (cleanOutputText).
 */
import type { CleanReason } from '../cleanOutputText.ts';
import { cleanNarrative } from './cleanNarrative.ts';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { NarrativeDoc } from './NarrativeDoc.ts';

export async function renderDocx(draft: NarrativeDoc, onClean?: (where: string, changed: CleanReason[]) => void): Promise<Uint8Array> {
  const doc = cleanNarrative(draft, onClean);
  const children: (Paragraph | Table)[] = [new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE })];
  for (const block of doc.blocks) {
    switch (block.kind) {
      case 'heading':
        children.push(new Paragraph({ text: block.text, heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 }));
        break;
      case 'paragraph':
        children.push(new Paragraph({ children: [new TextRun({ text: block.text, italics: block.italic, bold: block.bold })] }));
        break;
      case 'list':
        for (const [i, item] of block.items.entries()) children.push(new Paragraph({ text: `${i + 1}. ${item}`, indent: { left: 360 } }));
        break;
      case 'table':
        children.push(
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [block.header, ...block.rows].map(
              (cells, r) =>
                new TableRow({
                  tableHeader: r === 0,
                  children: cells.map((text) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold: r === 0 })] })] })),
                }),
            ),
          }),
        );
        break;
    }
  }
  const document = new Document({ creator: 'kenes', title: doc.title, sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(document));
}
