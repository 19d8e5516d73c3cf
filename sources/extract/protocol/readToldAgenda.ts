import { COUNT_SOURCE as N, parseCount } from '../parseCount.ts';
import { sentencesOf } from '../grammar/sentencesOf.ts';
import { tidy } from '../toLines.ts';
import type { AgendaItem } from '../types.ts';
import { KK_ORDINALS, ordinalNumber, RU_ORDINALS } from './countQuestionSections.ts';
import { QUESTION_NEW, SECTION_NEW } from './lexicon.ts';
import { re } from './re.ts';
import { matchesOf } from '../grammar/matchesOf.ts';

/**
 * The agenda told in the secretary's own sentences, with no list under a heading:
 * - the number of questions and each after a colon, "Председатель предложил рассмотреть три вопроса: о …, об … и о …",
 *   "үш мәселені қарауды ұсынды: … туралы, … туралы және … туралы" — taken only when as many items are read as the
 *   sentence says;
 * - each question a paragraph opening with its ordinal, "Первый – о …" / "Второй – о …" / "Третий – о …", "Бірінші – …
 *   туралы" — taken when they run from the first, in order, two at least, before any question is discussed.
 */
export function readToldAgenda(lines: string[]): AgendaItem[] {
  const paragraphs = paragraphsBeforeDiscussion(lines);
  return itemsAfterCount(paragraphs) ?? itemsByOrdinal(paragraphs);
}

interface Paragraph {
  text: string;
  line: number;
}

/** Lines joined up to a blank line; none from the first question's discussion on ("По первому вопросу …", "СЛУШАЛИ:"). */
function paragraphsBeforeDiscussion(lines: string[]): Paragraph[] {
  const out: Paragraph[] = [];
  let current: Paragraph | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (re(`^\\s*(?:${QUESTION_NEW})`).test(line) || re(SECTION_NEW).test(line)) break;
    if (line.trim() === '') {
      current = null;
      continue;
    }
    if (current) current.text += ` ${line.trim()}`;
    else out.push((current = { text: line.trim(), line: i + 1 }));
  }
  return out;
}

/** "три вопроса:", "үш мәселені қарауды ұсынды:": the count said, the items after the colon. */
const COUNT_SAID = re(`(?<![\\p{L}])(${N})\\s+(?:вопрос[\\p{L}]*|мәселе[\\p{L}]*)(?:\\s+[\\p{L}]+){0,2}\\s*:\\s*`);
/** Where one item ends and the next starts: ", об …", " и о …" (Russian items open with "о"); "… туралы, …", "… туралы және …". */
const ITEM_BREAK = re(`(?:,\\s*(?:а\\s+также\\s+|и\\s+)?|;\\s*|\\s+и\\s+)(?=(?:о|об|обо)\\s)|(?<=(?:туралы|жөнінде)[»"]?)(?:,\\s*|;\\s*|\\s+(?:және|мен)\\s+)`, 'giu');

function itemsAfterCount(paragraphs: Paragraph[]): AgendaItem[] | null {
  for (const p of paragraphs) {
    for (const s of sentencesOf(p.text)) {
      const said = COUNT_SAID.exec(s.text);
      const count = said ? parseCount(said[1]) : null;
      if (!said || count === null || count < 2) continue;
      const items = splitOutsideBrackets(s.text.slice(said.index + said[0].length));
      if (items.length !== count) continue;
      return items.map((title, k) => ({ no: k + 1, title, line: p.line }));
    }
  }
  return null;
}

/** The items of a run-on list, cut only outside brackets ("(докладывает Жанабаев А.С.), об …"). */
function splitOutsideBrackets(text: string): string[] {
  const depthAt: number[] = [];
  let depth = 0;
  for (const ch of text) {
    if (ch === '(' || ch === '«') depth++;
    else if ((ch === ')' || ch === '»') && depth > 0) depth--;
    depthAt.push(depth);
  }
  const cuts = matchesOf(text, ITEM_BREAK).filter((m) => depthAt[m.index ?? 0] === 0);
  const items: string[] = [];
  let from = 0;
  for (const m of cuts) {
    items.push(text.slice(from, m.index));
    from = (m.index ?? 0) + m[0].length;
  }
  items.push(text.slice(from));
  return items.map((t) => tidy(t).replace(/[.;,]+$/u, '')).filter((t) => t !== '');
}

/** "Первый – о …", "Бірінші – … туралы": a paragraph opening with its question's ordinal and a dash. */
const ORDINAL_LEAD = re(`^\\s*(${[...RU_ORDINALS.map((o) => `${o}[\\p{L}]*`), ...KK_ORDINALS.map((o) => `${o}(?:сі)?`)].join('|')})\\s*[—–-]\\s+`);

function itemsByOrdinal(paragraphs: Paragraph[]): AgendaItem[] {
  const items: AgendaItem[] = [];
  for (const p of paragraphs) {
    const m = ORDINAL_LEAD.exec(p.text);
    const no = m ? ordinalNumber(m[1].toLowerCase()) : null;
    if (no === null) continue;
    if (no !== items.length + 1) return [];
    items.push({ no, title: tidy(p.text.slice(m![0].length)).replace(/[.;,]+$/u, ''), line: p.line });
  }
  return items.length >= 2 ? items : [];
}
