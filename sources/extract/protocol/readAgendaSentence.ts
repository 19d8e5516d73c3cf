import { parseCount } from '../parseCount.ts';
import { sentencesOf } from '../grammar/sentencesOf.ts';
import { matchesOf } from '../grammar/matchesOf.ts';
import { tidy } from '../toLines.ts';
import type { AgendaItem } from '../types.ts';
import { ordinalNumber } from './countQuestionSections.ts';
import { QUESTION_NEW, SECTION_NEW } from './lexicon.ts';
import { re } from './re.ts';
import { type Paragraph, type ParagraphsPart, paragraphsOf } from './paragraphsOf.ts';
import { COUNT_SAID, MISCELLANY, ORDINAL, ORDINAL_WORD } from './readSpokenAgenda.ts';

/**
 * The agenda told in the narrative, with no list under a heading:
 * - its count and then its items after a colon, in one sentence: "Төраға күн тәртібіне үш мәселе енгізілгенін айтты:
 *   біріншісі – …, екіншісі – …, үшіншісі – …", "В повестке – три вопроса: о …; о …; о …", "бүгін үш мәселе қаралатынын
 *   хабарлады: …, … және …", "предложил рассмотреть три вопроса: о …, об … (докладывает …) и о …", "үш мәселені қарауды
 *   ұсынды: … туралы, … туралы және … туралы" — taken only when the sentence splits into as many items as it says (partsOf);
 * - each question a paragraph opening with its ordinal, "Первый – о …" / "Второй – о …", "Бірінші – … туралы" — taken when
 *   they run from the first, in order, two at least.
 * Past the first question's section ("По первому вопросу …", "СЛУШАЛИ:") the counts and ordinals are of the discussion,
 * never the agenda.
 */
export function readAgendaSentence(lines: string[]): AgendaItem[] {
  const paragraphs = paragraphsOf(lines, lines.map((_, k) => k + 1), BEFORE_DISCUSSION);
  return itemsAfterCount(paragraphs) ?? itemsByOrdinal(paragraphs);
}

/**
 * Up to the first question's discussion ("По первому вопросу …", "СЛУШАЛИ:"), not to the agenda's heading as the
 * attendance part: the agenda's sentence may stand on its line ("Күн тәртібінде / В повестке – три вопроса: …"); and every
 * line, for a line ending with a colon ("три вопроса:") or numbered is of the sentence.
 */
const BEFORE_DISCUSSION: ParagraphsPart = { endsAt: discussionOpens, proseOnly: false };
const DISCUSSION = re(`${QUESTION_NEW}|${SECTION_NEW}`, 'giu');

/** Where the first question's section opens in the line, -1 for none: "бірінші мәселе – …" (a dash after it) is an agenda's item. */
function discussionOpens(line: string): number {
  return matchesOf(line, DISCUSSION).find((m) => !/^\s*[—–-]/u.test(line.slice((m.index ?? 0) + m[0].length)))?.index ?? -1;
}

/**
 * The count's clause up to its colon or dash ("три вопроса:", "үш мәселе енгізілгенін айтты:", "екі мәселе енгізілді –"), or
 * up to the first ordinal after a comma ("повестку дня из двух вопросов, первый – …").
 */
const TO_COLON = /^,\s*(?=(?:перв|бірінші)[\p{L}]*(?:\s+(?:вопрос|мәселе)[\p{L}]*)?\s*[—–-])|^[^.:;!?]{0,60}?(?::|\s[—–-](?=\s))\s*/iu;
/** "Төраға күн тәртібін жариялады: бірінші мәселе – …", "Повестка дня: первый – …": no count said, the items by their ordinals. */
const LISTED = re(`(?<![\\p{L}])(?:повестк[\\p{L}]*(?:\\s+дня)?|күн\\s+тәртіб[\\p{L}]*)[^.:;!?]{0,40}:\\s*`);
/**
 * The sentence going on past the items to the agenda's adoption (", күн тәртібі бірауыздан бекітілді", ", и после короткого
 * обсуждения члены Совета единогласно утвердили повестку дня"): that clause is no item.
 */
const AGENDA_AGAIN = re(`[,;]\\s+(?=[^,;()«»]*?(?<![\\p{L}])(?:повестк[\\p{L}]*|күн\\s+тәртіб[\\p{L}]*))`);

function itemsAfterCount(paragraphs: Paragraph[]): AgendaItem[] | null {
  for (const p of paragraphs) {
    for (const s of sentencesOf(p.text)) {
      // Every count of the sentence in turn: "два вопроса решены, осталось три вопроса: …" is told by the second.
      const leads: { after: number; count: number | null }[] = [];
      for (let from = 0, said = COUNT_SAID.exec(s.text); said !== null; said = COUNT_SAID.exec(s.text.slice(from))) {
        const after = from + said.index + said[0].length;
        from = after;
        leads.push({ after, count: parseCount(said[1]) });
      }
      const listed = LISTED.exec(s.text);
      if (listed) leads.push({ after: listed.index + listed[0].length, count: null });
      for (const { after, count } of leads) {
        const colon = count === null ? { 0: '' } : TO_COLON.exec(s.text.slice(after));
        if ((count !== null && count < 2) || !colon) continue;
        const bodyAt = after + colon[0].length;
        const body = s.text.slice(bodyAt);
        const again = AGENDA_AGAIN.exec(body);
        const parts = partsOf(again ? body.slice(0, again.index) : body, count);
        if (parts !== null) return parts.map((part, k) => ({ no: k + 1, title: part.title, line: p.lineAt(s.start + bodyAt + part.at) }));
      }
    }
  }
  return null;
}

interface Part {
  title: string;
  /** Where the title starts in the body. */
  at: number;
}

/** Where the last two items join: "…, жұмыс жоспарының жобасы және көше жарығы …", "об отчёте … и о плане …". */
const LAST_JOIN = re(`\\s+(?:және|и|мен)\\s+(?=\\p{L})`, 'giu');
/** Where one item ends and the next starts: ", об …", " и о …" (Russian items open with "о"); "… туралы, …", "… туралы және …". */
const ITEM_BREAK = re(`(?:,\\s*(?:а\\s+также\\s+|и\\s+)?|;\\s*|\\s+и\\s+)(?=(?:о|об|обо)\\s)|(?<=(?:туралы|жөнінде)[»"]?)(?:,\\s*|;\\s*|\\s+(?:және|мен)\\s+)`, 'giu');

/**
 * The items of the body after the colon, cut outside brackets ("(докладывает Жанабаев А.С.), об …") and quotes: by its
 * ordinals in order, else at its semicolons, else at its commas and the last "и" / "және" / "мен", else before each Russian
 * "о …" and after each Kazakh "… туралы" — the first way that gives as many items as the count says. Anything else is no
 * agenda read: an item's own comma would make one more.
 */
function partsOf(body: string, count: number | null): Part[] | null {
  const depth: number[] = [];
  for (let i = 0, d = 0; i < body.length; i++) {
    if (body[i] === '(' || body[i] === '«') d++;
    else if ((body[i] === ')' || body[i] === '»') && d > 0) d--;
    depth.push(d);
  }
  const cuts = (pattern: RegExp) => matchesOf(body, pattern).filter((m) => depth[m.index ?? 0] === 0);
  const ordinals = cuts(ORDINAL);
  const byOrdinals = ordinals.every((m, k) => ordinalNumber(m[1].toLowerCase()) === k + 1) ? itemsBetween(body, ordinals, false) : null;
  // No count said: the ordinals alone, two at least, from the first and in order, each opening the body's next item.
  if (count === null) return byOrdinals !== null && byOrdinals.length >= 2 && ordinals[0].index === 0 ? byOrdinals : null;
  const commas = cuts(/,/gu);
  const lastJoin = cuts(LAST_JOIN).find((m) => (m.index ?? 0) > (commas[commas.length - 1]?.index ?? -1));
  const byCommas = lastJoin ? itemsBetween(body, [...commas, lastJoin], true) : null;
  for (const parts of [byOrdinals, itemsBetween(body, cuts(/;/gu), true), byCommas, itemsBetween(body, cuts(ITEM_BREAK), true)]) {
    // A title shorter than a phrase is a cut inside an item — but the closing "разное" / "әртүрлі" is an item of its own.
    if (parts !== null && parts.length === count && parts.every((p, k) => p.title.length >= 8 || (k === parts.length - 1 && MISCELLANY.test(p.title)))) return parts;
  }
  return null;
}

/** The text between the cuts; what stands before the first is an item only when no mark opens each (as an ordinal does). */
function itemsBetween(body: string, cuts: RegExpExecArray[], leadIsItem: boolean): Part[] | null {
  if (cuts.length === 0) return null;
  const pieces = cuts.map((m, k) => ({ from: (m.index ?? 0) + m[0].length, to: cuts[k + 1]?.index ?? body.length }));
  if (leadIsItem) pieces.unshift({ from: 0, to: cuts[0].index ?? 0 });
  return pieces
    .map(({ from, to }) => ({ title: titleOf(body.slice(from, to)), at: from + Math.max(0, body.slice(from, to).search(/[^-–—\s]/u)) }))
    .filter((p) => p.title !== '');
}

/** An item's text without the dash before it and the stop or comma after it. */
function titleOf(text: string): string {
  return tidy(text).replace(/^[-–—\s]+|[.;,\s]+$/gu, '');
}

/** "Первый – о …", "Бірінші – … туралы": a paragraph opening with its question's ordinal and a dash. */
const ORDINAL_LEAD = re(`^\\s*(${ORDINAL_WORD})\\s*[—–-]\\s+`);

function itemsByOrdinal(paragraphs: Paragraph[]): AgendaItem[] {
  const items: AgendaItem[] = [];
  for (const p of paragraphs) {
    const m = ORDINAL_LEAD.exec(p.text);
    const no = m ? ordinalNumber(m[1].toLowerCase()) : null;
    if (no === null) continue;
    if (no !== items.length + 1) return [];
    items.push({ no, title: titleOf(p.text.slice(m![0].length)), line: p.lineAt(0) });
  }
  return items.length >= 2 ? items : [];
}
