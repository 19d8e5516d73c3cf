/**
 * The draft as Markdown. Input text (titles, names) is escaped: Markdown
 * punctuation gets a backslash and <, >, & become entities, so a title can
 * neither format the page nor become HTML when the file is rendered.
 */
import type { NarrativeDoc } from './NarrativeDoc.ts';

export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n/g, ' ');
}

export function renderMarkdown(doc: NarrativeDoc): string {
  const out: string[] = [`# ${escapeMarkdown(doc.title)}`, ''];
  for (const block of doc.blocks) {
    switch (block.kind) {
      case 'heading':
        out.push(`${'#'.repeat(block.level)} ${escapeMarkdown(block.text)}`, '');
        break;
      case 'paragraph':
        out.push(block.italic ? `*${escapeMarkdown(block.text)}*` : escapeMarkdown(block.text), '');
        break;
      case 'list':
        for (const [i, item] of block.items.entries()) out.push(`${i + 1}\\. ${escapeMarkdown(item)}`);
        out.push('');
        break;
      case 'table':
        out.push(`| ${block.header.map(escapeMarkdown).join(' | ')} |`, `|${block.header.map(() => ' --- |').join('')}`);
        for (const row of block.rows) out.push(`| ${row.map(escapeMarkdown).join(' | ')} |`);
        out.push('');
        break;
    }
  }
  return out.join('\n');
}
