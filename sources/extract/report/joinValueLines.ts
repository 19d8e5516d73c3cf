import { codeCounts } from '../grammar/codeCounts.ts';
import { parseCount } from '../parseCount.ts';
import type { MetricId, ReportFigure } from '../types.ts';
import { readIndicatorRows } from './readIndicatorBlocks.ts';
import { SAYS_NONE } from './noneHeldVerbs.ts';
import { metricOfRow, namesAnyRow } from './tableRowLexicon.ts';
import { ANY_PLATFORM, MEDIA_PUBLICATIONS, MEDIA_VIEWS } from './activityLexicon.ts';
import { NOTE_OPENING } from './formTableBreaks.ts';

/**
 * A form or a questionnaire typed as text, each field's label (or numbered question) on a line of its own and its
 * answer on the next: "Түскен өтініштер:" / "6", "14. Кеңеске түскен азаматтардың өтініштері?" / "9", "Комиссия
 * отырыстары:" / "4   (жыл басынан – 11)". The number counts what the label names, which no reader of one line can
 * see. Each pair is joined on the label's line as the sentence it stands for ("Түскен өтініштер – 6"), the answer's
 * lines blanked (line numbers kept), so that every reader (slash groups "1 / 1", media rows, stated nones "өткізілген
 * жоқ", dated items) reads it as one statement; and each label the row lexicon names is a row figure of its answer's
 * leading count, as an indicator block's line is (a lower-case label or a sub-numbered question "1.1." is a part of
 * the field before it). A question's framing is no part of what it counts: "Есепті кезеңнің соңындағы (30.06.2025) Кеңес
 * мүшелерінің саны?" names the members (rowLabel). An answer that says none ("жоқ", "өткізілген жоқ", "нет", "не
 * проводились") is 0; a dash ("—") or another answer in words ("Кеңесте президиум қарастырылмаған", "мәлімет жоқ")
 * says nothing. Only a text with three such pairs or more is a form: a heading with a colon over a paragraph is no
 * field. An answer is one to three lines up to a blank line, never a list ("1) …", "а) …", "•").
 */
export function joinValueLines(source: string[]): { lines: string[]; rows: ReportFigure[]; answeredTwice: number[] } {
  const lines = [...source];
  // A question answered by "4:" over its list is that list's counted heading, form or not (countedLists).
  countedLists(lines);
  const pairs: Pair[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const pair = pairAt(lines, i);
    if (pair === null) continue;
    pairs.push(pair);
    i = pair.end;
  }
  // Fewer than three pairs make no form: a heading with a colon over a paragraph is no field. A numbered question with a
  // bare count or a slash group under it ("16. Түскен өтініштер, барлығы:" / "44") is one, as a questionnaire's page is.
  if (pairs.length < 3) pairs.splice(0, pairs.length, ...pairs.filter((p) => p.numbered && BARE_ANSWER.test(p.answer)));
  if (pairs.length === 0) return { lines, rows: [], answeredTwice: [] };
  pairs.forEach((p, k) => {
    if (k > 0) Object.assign(p, breakdownOfAbove(p, pairs[k - 1]) ?? {});
  });
  // A question pasted twice (two drafts of the form in one mail): the same answer is one statement, read once; two
  // answers that differ are neither the figure, and their lines go to the review (answeredTwice).
  const twice = questionsAnsweredTwice(pairs);
  const dropped = new Set([...twice.same, ...twice.differ]);
  const rows: ReportFigure[] = [];
  let block: Pair[] = [];
  const flush = () => {
    // A part whose metric its question's head told (headedParts) is that metric's row; the others are read as a block.
    for (const p of block) for (const part of p.parts) if (part.metric !== undefined && part.value !== null) rows.push({ metric: part.metric, value: part.value, line: p.at + 1, text: `${part.label} – ${part.value}` });
    readIndicatorRows(block.flatMap((p) => p.parts.filter((part) => part.metric === undefined).map((part, k) => ({ indent: p.sub || k > 0 ? 1 : 0, label: rowLabel(part.label), value: part.value, at: p.at }))), rows);
    block = [];
  };
  for (const p of pairs.filter((x) => !dropped.has(x))) {
    // A field right under another (blank lines between) is of the same block; a heading or text between ends it.
    const last = block[block.length - 1];
    if (last !== undefined && lines.slice(last.end + 1, p.at).some((l) => l.trim() !== '')) flush();
    block.push(p);
  }
  flush();
  // A numbered question answered by a list ("10. Мониторингтердің тақырыптары мен өткізілген күндері?" over "а) … – 2025
  // жылғы 19 ақпан;") heads that list: without its number it is no item of the questions' numbering.
  for (let i = 0; i + 1 < lines.length; i++) {
    const m = LABEL.exec(lines[i]);
    if (m !== null && m[1] !== undefined && (i === 0 || lines[i - 1].trim() === '') && LIST_ITEM.test(lines[i + 1])) lines[i] = `${m[2].trim()}:`;
  }
  for (const p of pairs) {
    lines[p.at] = twice.same.includes(p) ? '' : p.sentence;
    for (let k = p.at + 1; k <= p.end; k++) lines[k] = '';
  }
  return { lines, rows, answeredTwice: twice.differ.map((p) => p.at) };
}

/**
 * A numbered question (its line wrapped, or a note under it: "(перечислить)", "(тізімі)") answered by a count with a
 * colon on a line of its own over the list it counts: "7. Заслушано отчётов руководителей госорганов" / "(перечислить)" /
 * "4:" / "- руководитель ГУ «Отдел образования» – 25.04.2025;". The question and its count are one line, "7. Заслушано
 * отчётов … (перечислить) – 4:", heading the list as a counted heading does; the lines it took are blanked.
 */
function countedLists(lines: string[]): void {
  for (let i = 0; i < lines.length; i++) {
    if ((i > 0 && lines[i - 1].trim() !== '') || !/^\s*\d{1,2}(?:\.\d{1,2})*[.)]?\s+\p{L}/u.test(lines[i])) continue;
    for (let k = 1; k <= 3; k++) {
      const question = lines.slice(i, i + k);
      if (question.some((l) => l.trim() === '' || /[.;:?!]\s*$/u.test(l)) || question.slice(1).some((l) => LIST_ITEM.test(l))) break;
      const count = /^\s*(\d{1,4}|\p{L}+)\s*:\s*$/u.exec(lines[i + k] ?? '');
      const value = count === null ? null : /^\d/u.test(count[1]) ? Number(count[1]) : wordCountOf(count[1]);
      if (value === null || !LIST_ITEM.test(lines[i + k + 1] ?? '')) continue;
      lines[i] = `${question.map((l) => l.trim()).join(' ')} – ${value}:`;
      for (let j = i + 1; j <= i + k; j++) lines[j] = '';
      break;
    }
  }
}

/**
 * A question asking the parts of the one above it: "3. Оның ішінде: азаматтық қоғамнан / мемлекеттік органдардан" over "15 /
 * 6" under "2. Жыл соңындағы кеңес мүшелерінің саны", "Вопрос 4. Из них: от физических / юридических лиц" over "20 / 3"
 * under the appeals. Its slashed labels are parts of what the question above counts, each its part's row when the row
 * lexicon names it so; null when the question is none such, the counts and labels differ in number, or the question above
 * names no metric.
 */
function breakdownOfAbove(p: Pair, above: Pair): Pick<Pair, 'parts' | 'sentence'> | null {
  const m = /^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]?\s+)?(?:оның\s+ішінде|олардың\s+ішінде|соның\s+ішінде|в\s+том\s+числе|в\s+т\.\s?ч\.|из\s+них)\s*[:,–—-]?\s*(.+?)\s*[:?]?\s*$/iu.exec(p.question);
  const values = p.answer.replace(/[.;]\s*$/u, '').split(/\s*\/\s*/u);
  if (m === null || p.parts.some((part) => part.metric !== undefined) || !values.every((v) => COUNT_VALUE.test(v))) return null;
  const labels = m[1].split(/\s*\/\s*/u);
  const own = metricOfRow(rowLabel(above.parts[0]?.label ?? above.question), null);
  if (own === null || labels.length !== values.length || labels.length < 2) return null;
  const metrics = labels.map((l) => metricOfRow(l, own));
  if (metrics.some((x) => x === null || x === own) || new Set(metrics).size !== metrics.length) return null;
  return { parts: labels.map((label, k) => ({ label, value: parseCount(values[k]), metric: metrics[k]! })), sentence: '' };
}

/** The pairs whose numbered question is asked again further down: with the same answer (the later), with another (both). */
function questionsAnsweredTwice(pairs: Pair[]): { same: Pair[]; differ: Pair[] } {
  const same: Pair[] = [];
  const differ = new Set<Pair>();
  const key = (p: Pair) => p.question.replace(/\s+/gu, ' ').trim().toLowerCase();
  const answer = (p: Pair) => p.answer.replace(/\s+/gu, ' ').trim().toLowerCase();
  pairs.forEach((p, k) => {
    if (!p.numbered) return;
    const earlier = pairs.slice(0, k).filter((q) => q.numbered && key(q) === key(p));
    if (earlier.length === 0) return;
    if (earlier.every((q) => answer(q) === answer(p))) same.push(p);
    else for (const q of [...earlier, p]) differ.add(q);
  });
  return { same, differ: [...differ] };
}

interface Pair {
  at: number;
  end: number;
  /** The label's text as typed, its number with it. */
  question: string;
  /** A numbered question ("16. …:"), not a bare label. */
  numbered: boolean;
  sub: boolean;
  answer: string;
  /** The fields the label names, one, or several with slashes ("шыққан / енгізілген мүшелер" over "1 / 1"); a part's metric when its head told it. */
  parts: { label: string; value: number | null; metric?: MetricId }[];
  /** The pair as a sentence ("Түскен өтініштер – 6"; slashes shared out: "шыққан мүшелер – 1; енгізілген мүшелер – 1"). */
  sentence: string;
}

/** A field's label: words ending with a colon or a question mark, nothing after it, no sentence before it. */
const LABEL = /^\s*(?:(\d{1,2}(?:\.\d{1,2})*)[.)]?\s+)?(\p{L}[^?]{2,150}?)\s*[:?]\s*$/u;
const PLAN_LABEL = /(?<![\p{L}])(?:план|жоспар|задач|міндет|перспектив|предстоящ|алдағы|келесі)/iu;

/**
 * The words of a question that frame what it counts — the period ("Есепті кезеңде", "Тоқсан ішінде өткізілген", "В
 * отчетном периоде", "на конец отчетного периода"), the council ("Кеңестегі", "Кеңеске түскен"), "саны" / "количество"
 * and a second question after "және" / "и" ("… мүшелер саны және себебі?") — taken off when the whole label names no
 * metric. Only these words: a label left with another body's name ("Жұмыс тобының отырыстары") stays unnamed.
 */
function rowLabel(label: string): string {
  if (namesAnyRow(label)) return label;
  const tries: string[] = [];
  let out = label.replace(/\s*\([^()]*\)/gu, ' ').replace(/\s+/gu, ' ').trim();
  for (let k = 0; k < 5; k++) {
    tries.push(out, out.replace(/(?:\s+жалпы)?\s+саны(?:\s+және\s+.*)?$/iu, '').replace(/\s+және\s+себеб[\p{L}]*$/iu, ''), out.replace(/\s+және\s+.*$/iu, ''));
    const next = out.replace(FRAME, '').replace(FRAME_END, '').replace(/^(?:количество|число|общее\s+количество)\s+/iu, '');
    if (next === out) break;
    out = next;
  }
  return tries.find(namesAnyRow) ?? label;
}
/** The period framing a question at its end: "Численность членов Общественного совета на конец отчётного периода". */
const FRAME_END = /\s+(?:на\s+конец\s+(?:отч[её]тного\s+периода|года)|за\s+отч[её]тный\s+период|в\s+отч[её]тном\s+периоде|есепті\s+кезеңнің\s+соңында(?:ғы)?|есепті\s+кезеңде)$/iu;
const FRAME = /^(?:есепті\s+кезең[\p{L}]*(?:\s+соңындағы)?|жыл\s+соңында(?:ғы)?|на\s+конец\s+(?:года|периода)|тоқсан\s+ішінде|тоқсанда|жартыжылдықта|жыл\s+ішінде|өткізілген|кеңеске|кеңестегі|кеңестің|түскен(?=\s+азамат)|в\s+отч[её]тном\s+периоде|за\s+отч[её]тный\s+период|на\s+конец\s+отч[её]тного\s+периода|проведенн[\p{L}]*(?=\s)|(?:проведено|рассмотрено|поступило|направлено|өткізілді|қаралды)(?=\s))\s*/iu;
/** A numbered question with no colon: "1.1. из них представителей гражданского общества". */
const BARE_QUESTION = /^\s*\d{1,2}(?:\.\d{1,2})*[.)]?\s+\p{L}[^?:]{2,150}$/u;
/**
 * The short answer of a question with no colon: a count (with a note in brackets), a slash group, a none in words
 * ("нет", "не проводились", "жоқ", "өткізілген жоқ") or an approximate count ("около 30", "шамамен 30").
 */
const SHORT_ANSWER = /^(?:(?:около|примерно|порядка|более|свыше|шамамен|шамасы|астам)\s+)?(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d{1,4})(?:\s*\([^()]*\))?(?:\s*\/\s*(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d{1,4}))*\s*[.;]?$|^(?:нет|не\s+(?:проводил|проведен|состоял|поступал)[\p{L}]*|жоқ|өткізілген\s+жоқ|өткізілмеді|болған\s+жоқ)[.;]?$/iu;
/** A bare answer: a count with its note in brackets ("2 (23.07.2025 – выездное)"), or a slash group of counts ("39 / 5"). */
const BARE_ANSWER = /^(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d{1,4})(?:\s*\([^()]*\))?(?:\s*\/\s*(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d{1,4}))*\s*[.;]?$/u;
/** An answer that opens a list or a new field is none: "1) …", "а) …", "•", "– …" over items. */
const LIST_ITEM = /^\s*(?:\d{1,2}[.)]\s|\p{L}\)\s|[•·▪o]\s|[-–—]\s+\p{L})/u;
/** The answer's leading count, footnote stars after it dropped ("1*"), and what may follow: a bracket, a dash or colon and words. */
const COUNT = /^(\d{1,3}(?:[ \u00a0]\d{3})+|\d{1,4})(?:\*{1,3})?(?=\s*(?:$|\(|[–—:;,.]|-\s))/u;

/**
 * A form's numbered question with no colon or question mark over its answer's one line, a blank line after: a
 * questionnaire pasted into an e-mail loses its table's rules, not its numbering. The answer is short ("5", "11 / 3",
 * "не проводились", "около 30": SHORT_ANSWER); or, under "N.N." numbering ("2.2. Заседания президиума ОС", "3.2. Қоғамдық
 * мониторинг (саны)") and no sentence's point, any line with a number in it ("1 (с начала года – 4)", "круглые столы –
 * 2"). A sentence over a paragraph is none.
 */
function bareQuestion(lines: string[], i: number): boolean {
  const answer = lines[i + 1];
  if (answer !== undefined && indentedAnswer(lines, i)) return true;
  if (answer === undefined || (lines[i + 2] ?? '').trim() !== '' || !BARE_QUESTION.test(lines[i])) return false;
  if (SHORT_ANSWER.test(answer.trim())) return true;
  return SUB_QUESTION.test(lines[i]) && !/[.]\s*$/u.test(lines[i]) && /\d/u.test(answer) && !SUB_QUESTION.test(answer) && !LIST_ITEM.test(answer);
}
/**
 * A numbered question flush left over an answer set in under it, opening with a count in figures or words or a none:
 * "3. Өткізілген Кеңес отырыстары (саны, күндері)" / "      екі: 17.07.2025 ж. және 18.09.2025 ж." / "      (жыл басынан
 * бері – 6)", "6. Қоғамдық мониторингтер" / "      үшеуі:" / "      а) 09.07.2025 – …". The indent says where the answer
 * is, however many lines it runs on.
 */
function indentedAnswer(lines: string[], i: number): boolean {
  const answer = lines[i + 1];
  if (!BARE_QUESTION.test(lines[i]) || /[.;]\s*$/u.test(lines[i]) || indentOf(answer) < indentOf(lines[i]) + 2 || LIST_ITEM.test(answer.trim())) return false;
  const text = answer.trim();
  // "Instagram – 11, Telegram – 8, барлығы 19": the counts of what the question names, each with its own label.
  return SHORT_ANSWER.test(text) || SAYS_NONE.test(text) || /^[\uE001\uE003]/u.test(codeCounts(text, { kazakh: true }).coded) || (PLATFORM_FIRST.test(text) && /^\p{L}[^.:;]{0,40}\s[-–—]\s\d/u.test(text));
}
/** An answer that opens with a platform's name: "Instagram – 11, Telegram – 8, барлығы 19". */
const PLATFORM_FIRST = new RegExp(`^(?:${ANY_PLATFORM})`, 'iu');
const indentOf = (line: string): number => /^\s*/u.exec(line)?.[0].length ?? 0;
/** The lines of an answer set in under its question (indentedAnswer), up to three, up to a list's first item. */
function indentedEnd(lines: string[], i: number): number {
  let end = i + 1;
  while (end + 1 < lines.length && end - i < 3 && lines[end + 1].trim() !== '' && indentOf(lines[end + 1]) >= indentOf(lines[i]) + 2 && !LIST_ITEM.test(lines[end + 1].trim())) end++;
  return end;
}

/**
 * The lines of a numbered question the page wrapped (two or three), with no colon or question mark at its end, over a
 * short answer (SHORT_ANSWER: a count, a slash group, a none) that a blank line or a note in brackets ends: "13.
 * Направлено писем, запросов и рекомендаций в государственные органы /" / "получено ответов" / "21 / 19"; "12. Өтініштер:
 * барлығы / жеке тұлғалардан / заңды" / "тұлғалардан" / "14 / 13 / 1" / "(2024 жылы – 10)". 0 when it is none: a
 * paragraph's lines end with a point, and its next line is no bare count.
 */
function wrappedQuestion(lines: string[], i: number): number {
  if (!/^\s*\d{1,2}(?:\.\d{1,2})*[.)]?\s+\p{L}/u.test(lines[i])) return 0;
  for (let k = 2; k <= 3; k++) {
    const question = lines.slice(i, i + k);
    const answer = lines[i + k];
    if (answer === undefined || question.some((l) => l.trim() === '' || /[.;:?!]\s*$/u.test(l) || SHORT_ANSWER.test(l.trim())) || question.slice(1).some((l) => LIST_ITEM.test(l))) return 0;
    if (!SHORT_ANSWER.test(answer.trim())) continue;
    const after = lines[i + k + 1] ?? '';
    const note = /^\s*\([^()]*\)\s*[.;]?\s*$/u.test(after) && (lines[i + k + 2] ?? '').trim() === '';
    return after.trim() === '' || note ? k : 0;
  }
  return 0;
}

/** A sub-numbered question: "2.2. Заседания президиума ОС". */
const SUB_QUESTION = /^\s*\d{1,2}\.\d{1,2}\.?\s+\p{L}[^:?!;]{2,120}$/u;

function pairAt(lines: string[], i: number): Pair | null {
  // The label opens the text or a paragraph; a numbered question may wrap onto a line or two ("8. Количество
  // направленных писем (рекомендаций) в государственные органы /" / "количество полученных ответов:").
  if (i > 0 && lines[i - 1].trim() !== '') return null;
  let last = i;
  const bare = bareQuestion(lines, i);
  // "11. Экспертиза проектов НПА: поступило / рассмотрено / одобрено без замечаний" / "/ с замечаниями / на рассмотрении"
  // / "7 / 6 / 4 / 2 / 1": a numbered question the page wrapped, no colon at its end, over its short answer (wrappedQuestion).
  const wrapped = bare ? 0 : wrappedQuestion(lines, i);
  if (wrapped > 0) last = i + wrapped - 1;
  else if (!bare && !LABEL.test(lines[i]) && /^\s*\d{1,2}(?:\.\d{1,2})*[.)]?\s+\p{L}/u.test(lines[i])) {
    while (last - i < 2 && last + 1 < lines.length && lines[last + 1].trim() !== '' && !/[.;:?!]\s*$/u.test(lines[last]) && !LIST_ITEM.test(lines[last + 1])) {
      last++;
      if (LABEL.test(lines[last])) break;
    }
  }
  // A numbered question with no colon over its short answer is a field all the same (bareQuestion).
  const text = bare ? `${lines[i].trim()}:` : `${lines.slice(i, last + 1).map((l) => l.trim()).join(' ')}${wrapped > 0 ? ':' : ''}`;
  const m = LABEL.exec(text);
  // A sentence's end inside is no label's ("… проведено. Итоги:"); an abbreviation's point is ("на 30.06.2025 г. (всего").
  if (m === null || (last > i && wrapped === 0 && !LABEL.test(lines[last])) || /[.!]\s+\p{Lu}/u.test(m[2]) || m[2].split(/\s+/u).length > 24) return null;
  // A question of plans ("13. План на 2 полугодие 2025 года:") is left as typed: the plan readers know it by its colon.
  if (PLAN_LABEL.test(m[2])) return null;
  const first = lines[last + 1];
  const indented = bare && last === i && indentedAnswer(lines, i);
  if (first === undefined || first.trim() === '' || (LABEL.test(first) && !indented) || LIST_ITEM.test(first)) return null;
  let end = last + 1;
  if (indented) end = indentedEnd(lines, i);
  else while (end + 1 < lines.length && end - last < 3 && lines[end + 1].trim() !== '' && !LABEL.test(lines[end + 1]) && !LIST_ITEM.test(lines[end + 1]) && !NOTE_OPENING.test(lines[end + 1].trim())) end++;
  // An answer runs to a blank line (or the text's end): a paragraph that goes on is no answer. One set in under its
  // question ends where the indent or a list does; any answer where a note under it opens ("Ескерту: 2024 жылы – 6
  // мониторинг", "Примечание: …"), the note a line of its own.
  if (!indented && end + 1 < lines.length && lines[end + 1].trim() !== '' && !NOTE_OPENING.test(lines[end + 1].trim())) return null;
  const answer = lines.slice(last + 1, end + 1).map((l) => l.trim()).join(' ').replace(/(\d)\*{1,3}/gu, '$1');
  if (answer.split(/\s+/u).length > 30) return null;
  // "12 / 10", "19 / 6,2 мың" answer several labels (sharedOut); a count with a slash after it is none of its own.
  const count = COUNT.exec(first.trim());
  const sub = m[1]?.includes('.') === true || /^\p{Ll}/u.test(m[2]);
  const value = SAYS_NONE.test(answer) ? 0 : count !== null ? parseCount(count[1]) : null;
  const label = m[2].trim();
  const pair: Pair = { at: i, end, question: text, numbered: m[1] !== undefined, sub, answer, parts: [{ label, value }], sentence: `${text.replace(/\s*[:?]\s*$/u, '')} – ${answer}` };
  return /\//u.test(first) ? { ...pair, ...sharedOut(lines[i].match(/^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]?\s+)?/u)?.[0] ?? '', label, first.trim().replace(/[.;]$/u, '')) } : pair;
}

/** A value of a slash group that is a count in figures: "12", "8 400". */
const COUNT_VALUE = /^(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d{1,4})$/u;
/** A field of what came in ("поступило", "түскені", "келіп түскен"): the head's own count only when the head counts what came in. */
const CAME_IN = /^(?:поступ|түск|түсті|келіп\s+түс|келген)/iu;
/** A field of the whole: "всего", "барлығы", "итого", "жалпы". */
const WHOLE = /^(?:всего|барлығы|итого|жалпы|жиыны)$/iu;

/**
 * The fields after a head's colon, each read as the head's: "всего" is the head's own count; a field the lexicon names
 * alone ("одобрено без замечаний", "с замечаниями"), or as a part of the head's ("на рассмотрении" of "Экспертиза
 * проектов НПА", "от физических лиц" of "Обращения граждан"), or with the head's words after it ("рассмотрено" →
 * "рассмотрено Экспертиза проектов НПА"). What came in ("поступило") is the head's count only for appeals; of drafts it is
 * no metric. A field naming nothing is left out; two fields naming one metric are neither.
 */
function headedParts(head: string, labels: string[], values: (number | null)[]): { label: string; value: number | null; metric?: MetricId }[] {
  const own = metricOfRow(rowLabel(head), null);
  const metrics = labels.map((l): MetricId | null => {
    if (WHOLE.test(l) || (CAME_IN.test(l) && own === 'appeals_received')) return own;
    if (CAME_IN.test(l)) return null;
    return metricOfRow(l, null) ?? (own !== null ? metricOfRow(l, own) : null) ?? metricOfRow(`${l} ${head}`, null);
  });
  return labels.flatMap((label, k) => {
    const metric = metrics[k];
    return metric !== null && metrics.filter((x) => x === metric).length === 1 ? [{ label, value: values[k], metric }] : [];
  });
}

const MEDIA_WORD = new RegExp(`^(?:${MEDIA_PUBLICATIONS}|${MEDIA_VIEWS})$`, 'iu');
/** One value of a slash group that is a count: "12", "8 400", "6,2 мың" (not "мәлімет жоқ", "—"). */
const SLASH_VALUE = /^(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d{1,4}|\d{1,3},\d\s*(?:мың|тыс\.?))$/u;

/** The count a value opens with in words ("біреуі енгізілді", "екі"), its note after; null when it opens with none. */
function wordCountOf(value: string): number | null {
  const { coded, counts } = codeCounts(value, { kazakh: true });
  return /^\uE003/u.test(coded) ? (counts.get(0) ?? null) : null;
}

/**
 * A field answering several labels with slashes: "Instagram (жарияланым / қаралым):" over "19 / 6,2 мың" is "Instagram
 * – 19 жарияланым, 6,2 мың қаралым" (the media reader's sentence; a value in words, "мәлімет жоқ", is left out);
 * "Мемлекеттік органдарға жіберілген хаттар / жауап келгені?" over "12 / 10" is two fields, the second a part of the
 * first; "Тоқсанда шыққан / енгізілген мүшелер:" over "1 / 1" shares its last noun ("шыққан мүшелер",
 * "енгізілген мүшелер"). Labels and values that differ in number are no fields at all: whose value is whose is a guess,
 * so the pair's lines are blanked.
 */
function sharedOut(opening: string, label: string, answer: string): Pick<Pair, 'parts' | 'sentence'> {
  const values = answer.split(/\s*\/\s*/u);
  const none = { parts: [], sentence: '' };
  // The slashed labels: in a bracket ("Instagram (жарияланым / қаралым)"), after a colon, or the label itself.
  const m = /^(.*?)\s*(?:\(([^()]*\/[^()]*)\)|:\s*([^:]*\/[^:]*))\s*$/u.exec(label);
  const head = m ? m[1] : '';
  const labels = (m ? (m[2] ?? m[3]) : label).split(/\s*\/\s*/u).map((l) => l.trim());
  if (labels.length !== values.length || labels.length < 2) return none;
  if (labels.every((l) => MEDIA_WORD.test(l))) {
    const said = labels.flatMap((l, k) => (SLASH_VALUE.test(values[k]) ? [`${values[k]} ${l}`] : []));
    return { parts: [], sentence: said.length > 0 ? `${opening}${head} – ${said.join(', ')}.` : '' };
  }
  // "Экспертиза проектов НПА: поступило / рассмотрено / одобрено без замечаний / с замечаниями / на рассмотрении" over
  // "7 / 6 / 4 / 2 / 1": the labels after a head's colon are its fields (headedParts), and the line says nothing more.
  if (m && m[3] !== undefined && values.every((v) => COUNT_VALUE.test(v))) {
    const parts = headedParts(head, labels, values.map((v) => parseCount(v)));
    return { parts, sentence: parts.length > 0 ? '' : `${opening}${label}: ${answer}` };
  }
  // "Состав Совета на 30.06.2025 г. (всего / представители гражданского общества / представители госорганов):" over
  // "15 / 10 / 5.": labels in a bracket qualify the noun before it, as readSlashGroups reads them on the line.
  if (m) return { parts: [], sentence: `${opening}${label}: ${answer}` };
  // "біреуі енгізілді (мәслихат шешімі …) / біреуі шықты (өз өтініші бойынша)": each value a count in words with its
  // verb and note, its label's all the same.
  const counted = values.map((v) => wordCountOf(v));
  if (counted.every((c) => c !== null) && values.some((v) => !/^(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d{1,4})$/u.test(v))) {
    const parts = labels.map((l, k) => ({ label: l, value: counted[k] }));
    return { parts, sentence: `${opening}${parts.map((p) => `${p.label} – ${p.value}`).join('; ')}.` };
  }
  if (values.some((v) => !/^(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d{1,4})$/u.test(v))) return none;
  // A Kazakh label whose noun closes it ("шыққан / енгізілген мүшелер"): a first label ending with a participle takes it.
  const noun = /\s(\p{L}+)$/u.exec(labels[labels.length - 1])?.[1];
  // So does one that names nothing alone where the last's words name a row: "Оның ішінде жеке / заңды тұлғалардан" over
  // "39 / 5" is "жеке тұлғалардан – 39; заңды тұлғалардан – 5" (readSlashGroups reads a line's group the same way).
  const whole = labels.map((l, k) => {
    if (k === labels.length - 1 || noun === undefined) return l;
    if (/(?:ған|ген|қан|кен)$/iu.test(l)) return `${l} ${noun}`;
    return !namesAnyRow(rowLabel(l)) && namesAnyRow(rowLabel(`${l} ${noun}`)) ? `${l} ${noun}` : l;
  });
  const parts = whole.map((l, k) => ({ label: l, value: parseCount(values[k]) }));
  return { parts, sentence: `${opening}${parts.map((p) => `${p.label} – ${p.value}`).join('; ')}.` };
}
