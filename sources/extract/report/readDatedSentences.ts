import { sentencesOf } from '../grammar/sentencesOf.ts';
import { parseDatePhrase } from '../parseDatePhrase.ts';
import { tidy } from '../toLines.ts';
import type { ExtractIssue, ReportActivity, ReportCandidate, ReportFigure } from '../types.ts';
import { HELD_VERBS, activityTypeOf } from './activityLexicon.ts';
import { checkListTotal } from './checkListTotal.ts';
import { ITEM } from './readLists.ts';

/**
 * Activities outside lists: "7.08.2023 состоялась диалоговая площадка … на
 * тему: «…»" (a dated sentence naming a type and saying it took place), and
 * "Состоялись общественные слушания по темам: «A» и «B»" (quoted titles after
 * a heading that names a type).
 */
export function readDatedSentences(lines: string[], inTable: Set<number>, year: number | undefined, listed: ReportActivity[], figures: ReportFigure[], issues: ExtractIssue[], candidates: ReportCandidate[]): ReportActivity[] {
  const out: ReportActivity[] = [];
  const listedLines = new Set(listed.map((a) => a.line));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (inTable.has(i) || listedLines.has(i + 1) || ITEM.test(line) || line.trim() === '') continue;
    const type = activityTypeOf(line);
    if (!type) continue;
    // Heading then quoted titles on the next non-blank line.
    if (/(?:тем[аеиы]|тақырып[\p{L}]*)\s*:\s*$/iu.test(line.trim()) || /:\s*$/.test(line.trim())) {
      let k = i + 1;
      while (k < lines.length && lines[k].trim() === '') k++;
      if (k < lines.length && !ITEM.test(lines[k]) && !listedLines.has(k + 1)) {
        const titles = quotedTitles(lines[k]);
        for (const title of titles) out.push({ type: type.type, title, date_start: null, date_end: null, line: k + 1 });
        if (titles.length > 0) {
          checkListTotal(lines, i, titles.length, type.metric, false, figures, issues, candidates);
          i = k;
          continue;
        }
      }
    }
    for (const sentence of sentencesOf(line)) {
      const t = activityTypeOf(sentence.text);
      if (!t || !HELD_VERBS.test(sentence.text)) continue;
      const dates = parseDatePhrase(sentence.text, year);
      if (!dates) continue;
      const quoted = quotedTitles(sentence.text)[0];
      out.push({ type: t.type, title: (quoted ?? tidy(sentence.text)).slice(0, 300), date_start: dates.start, date_end: dates.end, line: i + 1 });
    }
  }
  return out;
}

/** Top-level «…» titles; inner quotes («ТОО «Алматы СпецТехПаркинг»») stay inside. */
function quotedTitles(text: string): string[] {
  const titles: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '«' || ch === '“') {
      if (depth > 0) current += ch;
      depth++;
    } else if ((ch === '»' || ch === '”') && depth > 0) {
      depth--;
      if (depth === 0) {
        if (tidy(current) !== '') titles.push(tidy(current));
        current = '';
      } else current += ch;
    } else if (depth > 0) current += ch;
  }
  return titles;
}
