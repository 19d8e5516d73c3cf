import { parseCount } from '../parseCount.ts';
import { tidy } from '../toLines.ts';
import type { AgendaItem } from '../types.ts';
import { ordinalNumber } from './countQuestionSections.ts';
import { QUESTION_NEW, SECTION_NEW } from './lexicon.ts';
import { re } from './re.ts';
import { COUNT_SAID, ORDINAL } from './readSpokenAgenda.ts';
import { matchesOf } from '../grammar/matchesOf.ts';

/**
 * The agenda told in one sentence of the narrative, its count and then its items after a colon: "Төраға күн тәртібіне үш
 * мәселе енгізілгенін айтты: біріншісі – …, екіншісі – …, үшіншісі – …", "В повестке – три вопроса: о …; о …; о …",
 * "бүгін үш мәселе қаралатынын хабарлады: …, … және …". The items are taken only when the sentence splits into as many as
 * it says — by its ordinals in order, else at its semicolons, else at its commas and the last "және" / "и"; anything else
 * is no agenda read (an item's own comma would make one more).
 */
export function readAgendaSentence(lines: string[]): AgendaItem[] {
  for (let i = 0; i < lines.length; i++) {
    // (Past the first question's section the counts are of the discussion, never the agenda.)
    if (re(SECTION_NEW).test(lines[i]) || re(QUESTION_NEW).test(lines[i])) return [];
    const said = COUNT_SAID.exec(lines[i]);
    const count = said ? parseCount(said[1]) : null;
    if (!said || count === null || count < 2) continue;
    // The sentence's rest, over the lines of its paragraph (a hard-wrapped text), each offset kept with its line.
    let text = lines[i].slice(said.index + said[0].length);
    const starts = [0];
    for (let k = i + 1; k < lines.length && lines[k].trim() !== '' && !SENTENCE_END.test(text); k++) {
      starts.push(text.length + 1);
      text += ` ${lines[k].trim()}`;
    }
    // The count and its colon in one clause: "три вопроса:", "үш мәселе енгізілгенін айтты:".
    const colon = /^[^.:;!?]{0,60}:\s*/u.exec(text);
    if (!colon) continue;
    const end = SENTENCE_END.exec(text);
    const body = text.slice(colon[0].length, end ? end.index : undefined);
    const parts = partsOf(body, count);
    if (parts === null) continue;
    return parts.map((title, k) => ({ no: k + 1, title, line: i + 1 + starts.filter((s) => s <= colon[0].length + body.indexOf(title)).length - 1 }));
  }
  return [];
}

/** The sentence's end: a stop before a capital (or the text's end), not after an initial or "г.". */
const SENTENCE_END = /(?<!(?:^|[\s.(])(?:г|с|ж|[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]))[.!?](?=\s+[«"A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]|\s*$)/u;
const LAST_JOIN = re(`\\s+(?:және|и|мен)\\s+(?=\\p{L})`);

function partsOf(body: string, count: number): string[] | null {
  const ordinals = matchesOf(body, ORDINAL);
  if (ordinals.length > 0) {
    if (ordinals.length !== count || !ordinals.every((m, k) => ordinalNumber(m[1].toLowerCase()) === k + 1)) return null;
    return clean(ordinals.map((m, k) => body.slice((m.index ?? 0) + m[0].length, ordinals[k + 1]?.index)), count);
  }
  if (body.includes(';')) return clean(body.split(';'), count);
  const commas = body.split(',');
  const last = commas.pop() ?? '';
  const join = LAST_JOIN.exec(last);
  if (!join) return null;
  return clean([...commas, last.slice(0, join.index), last.slice(join.index + join[0].length)], count);
}

function clean(parts: string[], count: number): string[] | null {
  const titles = parts.map((p) => tidy(p).replace(/^[-–—\s]+|[.;,\s]+$/gu, '')).filter((p) => p !== '');
  return titles.length === count && titles.every((t) => t.length >= 8) ? titles : null;
}
