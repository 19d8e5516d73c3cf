/**
 * A protocol kept in a Markdown note (Obsidian, Notion, a wiki export): its headings are "## ХАТТАМА № 1", "### Күн
 * тәртібі", its labels bold ("**Хатшы:** …", "**Шешім:**"), its counts quoted ("> Кеңес мүшелері – 19. …"). Read
 * as the text they stand for: the marks taken off, every line kept at its number. Only a text that is Markdown (two
 * headings "#"…"######" at least, or a pipe table's alignment row "|---:|:---|"): a "#" or "**" in a typed protocol
 * (a footnote's "**", "# 5" for a number) stays.
 */
const HEADING = /^\s{0,3}#{1,6}\s+/u;
const ALIGNMENT_ROW = /^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$/u;
const QUOTE = /^\s{0,3}>\s?/u;
const BOLD = /\*\*([^*\n]+?)\*\*|__([^_\n]+?)__/gu;

export function withoutMarkdown(lines: string[]): string[] {
  const headings = lines.filter((l) => HEADING.test(l)).length;
  if (headings < 2 && !lines.some((l) => ALIGNMENT_ROW.test(l))) return lines;
  return lines.map((line) => line.replace(HEADING, '').replace(QUOTE, '').replace(BOLD, (_m, a, b) => a ?? b));
}
