/** The report draft as blocks, rendered to Markdown and to .docx alike. Text is plain: renderers escape it. */
export type NarrativeBlock =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; text: string; italic?: boolean; bold?: boolean }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; header: string[]; rows: string[][] };

export interface NarrativeDoc {
  title: string;
  blocks: NarrativeBlock[];
}
