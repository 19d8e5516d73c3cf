import { isTypedInCapitals } from '../inSentenceCase.ts';

/**
 * A telegraphic report (typed in capitals, set 194) writes a figure as its noun and then its count, with no dash and no
 * verb, often with no mark between figures: "ЗАСЕДАНИЙ ОС 3 ЗПТ ПРЕЗИДИУМА 2", "КК ОТЫРЫСЫ 2 (29.01, 26.03)", "ӨТІНІШ ТҮСТІ
 * 19 (ЖЕКЕ ТҰЛҒА 17 ЗАҢДЫ ТҰЛҒА 2)", "МЕМЛ ОРГАНДАРҒА ХАТ 9 ЖАУАП АЛЫНДЫ 7". Prose puts the count before its noun or after
 * a dash, and the figure grammar reads those; here a clause that ends with a count right after its noun is a run of
 * labelled values, each count read with the dash a label takes and a comma closing it ("хат – 9, жауап алынды – 7").
 * A clause that ends with a word is left as it is: Kazakh puts the count before its noun ("6 АЙДА 3 ОТЫРЫС 2 ЕСЕП ТЫҢДАУ"),
 * and such a run cannot be told from labelled values. A count after a preposition ("ЗА 8 МЕС", "ИЗ 13"), a year, a
 * document's number ("N 4"), a date or a decimal ("15.04", "1,8") or a number in groups ("14 300") is no labelled value.
 */
export function dashedTelegraphicCounts(lines: string[], written: string[]): string[] {
  if (!isTypedInCapitals(written)) return lines;
  return lines.map((line) => line.replace(CLAUSE, (clause) => {
    if (CLOSING_COUNT.test(clause)) return clause.replace(LABEL_COUNT, labelled);
    // "ӨТІНІШ 7 ТҮСТІ:": a Kazakh clause closed by its verb in the past after the count — the count is the noun's before it.
    const verb = CLOSING_VERB.exec(clause);
    return verb ? `${clause.slice(0, verb.index).replace(LABEL_COUNT, labelled)}${verb[0]}` : clause;
  }));
}

/** A clause: the text between marks (a comma, a stop, a colon, a bracket, a dash set off by spaces; not a date's stop). */
const CLAUSE = /(?:[^,.;:()]|[,.:](?=\d))+?(?=[,.;:](?!\d)|[()]|\s[-–—]\s|$)/gu;
/** The clause ends with a count right after a word. */
const CLOSING_COUNT = /\p{L}{2,}\s+\d{1,4}\s*$/u;
/** The clause ends with a count after a word, then a Kazakh verb in the past ("түсті", "өткізілді", "қаралды"). */
const CLOSING_VERB = /(?<=\p{L}{2,}\s+\d{1,4})\s+\p{L}{3,}(?:[дт][ыі])\s*$/u;
/** A word and its count (digits alone: no date, decimal, group of a number). */
const LABEL_COUNT = /(?<![\p{L}\d№])(\p{L}{2,})(\s+)(\d{1,4})(?![\d\p{L}]|[.,/:-]\d)(?!\s+\d)(\s*)(?=(\p{L})?)/gu;
const PREPOSITION = /^(?:за|из|по|на|до|от|ок|около|в|во|с|со|к|ко|при|через|после|более|менее|свыше|до|дейін|бойы|n|no|ст|стр|тел)$/iu;

function labelled(found: string, word: string, gap: string, count: string, after: string, next: string | undefined): string {
  if (PREPOSITION.test(word) || /^(?:19|20)\d{2}$/u.test(count)) return found;
  return `${word}${gap}– ${count}${next === undefined ? after : `,${after}`}`;
}
