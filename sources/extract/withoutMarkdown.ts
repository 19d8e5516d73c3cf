/**
 * A protocol or report kept in a Markdown note (Obsidian, Notion, Confluence, a GitHub wiki): its headings are "## ХАТТАМА
 * № 1", "### Күн тәртібі", its labels bold ("**Хатшы:** …", "**Шешім:**"), its counts quoted ("> Кеңес мүшелері – 19. …"),
 * bold or italic ("**21** член: *16* представителей"), in code spans ("`2026-07-07` — мониторинг"), its names links
 * ("[[Имангалиева Айжан]]", "[[Хаттамалар 2026|хаттамалары]]", "[Құрамы](#құрамы)"). Read as the text they stand for:
 * the marks taken off, a link as the words it shows, a "*" bullet as a "-" one, a rule "---" blank, every line kept at
 * its number. Only a text that is Markdown (two headings "#"…"######" at least, a pipe table's alignment row
 * "|---:|:---|", or front matter between "---" lines at its top): a "#" or "**" in a typed protocol (a footnote's "**",
 * "# 5" for a number) stays.
 */
const HEADING = /^\s{0,3}#{1,6}\s+/u;
const ALIGNMENT_ROW = /^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$/u;
/** "> text", "> [!info] Title" (an Obsidian callout's type, no text of the note). */
const QUOTE = /^\s{0,3}>\s?(?:\[![\p{L}-]+\][+-]?\s*)?/u;
const BOLD = /\*\*([^*\n]+?)\*\*|__([^_\n]+?)__/gu;
/** "*16*", "_шесть_": a mark hugging its words on both sides (a "* " bullet or "5 * 3" is none). */
const ITALIC = /(?<![*\p{L}\p{N}])\*(?![\s*])([^*\n]+?)(?<![\s*])\*(?![*\p{L}\p{N}])|(?<![_\p{L}\p{N}])_(?![\s_])([^_\n]+?)(?<![\s_])_(?![_\p{L}\p{N}])/gu;
const CODE = /`([^`\n]+)`/gu;
/** "[[target|shown]]", "[[target]]": the words shown. */
const WIKI_LINK = /\[\[([^\]|\n]+?)(?:\|([^\]\n]+?))?\]\]/gu;
/** "[shown](#anchor)", "[shown](https://…)": the words shown. */
const LINK = /\[([^\]\n]+)\]\((?:#|https?:|\.{0,2}\/)[^)\s]*\)/gu;
/** A "*" or "+" bullet, as a "-" one (a task list's "- [x]" is kept for the readers of attendance and plans). */
const BULLET = /^(\s*)[*+](?=\s)/u;
/** A bulleted list's item ("- …", "* …", "+ …", a task's "- [x] …"). */
const LIST_ITEM = /^\s*[-*+]\s+\S/u;
const HORIZONTAL_RULE = /^\s{0,3}(?:-{3,}|\*{3,}|_{3,})\s*$/u;

export function isMarkdown(lines: string[]): boolean {
  const headings = lines.filter((l) => HEADING.test(l)).length;
  const first = lines.findIndex((l) => l.trim() !== '');
  const frontMatter = first >= 0 && lines[first].trim() === '---' && lines.slice(first + 1, first + 40).some((l) => l.trim() === '---');
  return headings >= 2 || frontMatter || lines.some((l) => ALIGNMENT_ROW.test(l));
}

/**
 * `listLabels`: a heading right over a bulleted list ("### Қатысқан мүшелер" over "- [x] [[Name]]") is that list's label,
 * read as a typed text writes one, with its colon ("Қатысқан мүшелер:") — a protocol's readers of attendance know a list
 * by the label's colon.
 * `typed`: the lines as the document typed them, when a reader before this one redrew them. A table drawn with box
 * characters is read as one typed with pipes, its rules "|------|------|" — which look like a Markdown table's alignment
 * row; whether the text is Markdown is told by what the document typed (set 157: a box-drawn infographic's grid made its
 * footnotes "* Стрелканың сол жағы – …" Markdown bullets, read as a list of two monitorings under the calendar's last line).
 */
export function withoutMarkdown(lines: string[], { listLabels = false, typed = lines } = {}): string[] {
  if (!isMarkdown(typed)) return lines;
  const overList = (k: number) => {
    const next = lines.slice(k + 1).find((l) => l.trim() !== '');
    return next !== undefined && LIST_ITEM.test(next);
  };
  return lines.map((line, k) => {
    if (HORIZONTAL_RULE.test(line)) return '';
    if (listLabels && HEADING.test(line) && !/[:.]\s*$/u.test(line) && overList(k)) line = `${line.replace(/\s+$/u, '')}:`;
    return line
      .replace(HEADING, '')
      .replace(QUOTE, '')
      .replace(BULLET, '$1-')
      .replace(CODE, '$1')
      .replace(WIKI_LINK, (_m, target, shown) => shown ?? target)
      .replace(LINK, '$1')
      .replace(BOLD, (_m, a, b) => a ?? b)
      .replace(ITALIC, (_m, a, b) => a ?? b);
  });
}
