/**
 * The draft as Markdown. Input text (titles, names) is escaped: the characters
 * that make emphasis, links, code, tables or block structure get a backslash,
 * and <, >, & become entities, so a title can neither format the page nor
 * become HTML when the file is rendered. Periods, hyphens and parentheses
 * stay as they are (they only matter at a line's start, handled below), so
 * the draft still reads as plain text in an editor. Control characters and
 * other text no editor should meet are cleaned first (cleanOutputText).
 */
import type { CleanReason } from '../cleanOutputText.ts';
import { cleanNarrative } from './cleanNarrative.ts';
import type { NarrativeDoc } from './NarrativeDoc.ts';

/** `lineStart`: the text begins a line (a paragraph), where #, -, + and "1." would make structure. */
export function escapeMarkdown(text: string, lineStart = true): string {
  const inline = text
    .replace(/\r?\n/g, ' ')
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
  // At the start of a line these would make a heading or a list item.
  return lineStart ? inline.replace(/^(\s*)([#+=-]|\d+[.)])/, (_m, space: string, mark: string) => `${space}${mark.replace(/([#+=\-.)])$/, '\\$1')}`) : inline;
}

export function renderMarkdown(draft: NarrativeDoc, onClean?: (where: string, changed: CleanReason[]) => void): string {
  const doc = cleanNarrative(draft, onClean);
  const out: string[] = [`# ${escapeMarkdown(doc.title)}`, ''];
  for (const block of doc.blocks) {
    switch (block.kind) {
      case 'heading':
        out.push(`${'#'.repeat(block.level)} ${escapeMarkdown(block.text)}`, '');
        break;
      case 'paragraph':
        out.push(block.bold ? `**${escapeMarkdown(block.text)}**` : block.italic ? `*${escapeMarkdown(block.text)}*` : escapeMarkdown(block.text), '');
        break;
      case 'list':
        for (const [i, item] of block.items.entries()) out.push(`${i + 1}. ${escapeMarkdown(item, false)}`);
        out.push('');
        break;
      case 'table':
        out.push(`| ${block.header.map((h) => escapeMarkdown(h, false)).join(' | ')} |`, `|${block.header.map(() => ' --- |').join('')}`);
        for (const row of block.rows) out.push(`| ${row.map((c) => escapeMarkdown(c, false)).join(' | ')} |`);
        out.push('');
        break;
    }
  }
  return out.join('\n');
}
