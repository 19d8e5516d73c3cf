import { parseCount } from '../parseCount.ts';
import type { MetricId, ReportFigure } from '../types.ts';
import { ANY_PLATFORM, MEDIA_PUBLICATIONS } from './activityLexicon.ts';
import { keepArrowCurrent } from './arrowPairs.ts';
import { SAYS_NONE, STATES_NONE_HELD } from './noneHeldVerbs.ts';
import { compositionTotal, metricUnderHeading } from './rowUnderHeading.ts';
import { treeBranchAsRow } from './treeRows.ts';
import { PLAN_ROW, SUB_ROW, metricOfRow } from './tableRowLexicon.ts';

/**
 * A leader between a label and its value: dots ("......", ". . . .", "……"), middle dots, underscores, or tabs
 * mixed with them. At least three leader marks, so a sentence's "…" or "и т.д." is none.
 */
const LEADER = String.raw`(?:[ \t]*(?:[.·•…_][ \t]?){3,}[ \t]*|\t+)`;
/**
 * A row's line holds a leader somewhere: looked for first, in one pass, because a line without one otherwise fails
 * only after the label's two lazy runs have tried every split of it (the costliest pattern of a report's parse).
 */
const HAS_LEADER = String.raw`(?=[^\n]*?(?:\t|[.·•…_][ \t]?[.·•…_][ \t]?[.·•…_]))`;
/** The value: a count ("40", "12 500"), a unit after it ("40 членов", "7 адам", "5 ед."), a bracket ("(годовой план – 24)"). */
// Or the count's parts after it in a clause of their own: "5, из них одобрено – 4, с замечаниями – 1", "8: ескертусіз – 7,
// ескертумен – 1", "14, жауап берілгені – 12" (m[6]); a bracket after them (m[7]: "(6)", the half-year before) as after the count.
const ROW = new RegExp(String.raw`^${HAS_LEADER}([ \t]*)([^\s\t][^\t]*?\p{L}[^\t]*?)${LEADER}(\d{1,3}(?:[ \u00a0]\d{3})+|\d{1,4})((?:[ \t]+\p{L}+\.?){0,2})[ \t]*(?:\(([^()]*)\))?((?:,[ \t]*(?:из[ \t]+них|в[ \t]+том[ \t]+числе|оның[ \t]+ішінде|олардың[ \t]+ішінде)|[,:][ \t]*\p{L}[^()\t\d]*?[-–—][ \t]*\d)[^()\t]*?)?[ \t]*(?:\(([^()]*)\))?[ \t]*[.;]?[ \t]*$`, 'u');
/**
 * A row whose value is words saying none was held ("Семинарлар ........ өткізілген жоқ", "Семинаров ..... не проводились"):
 * a row of the block (left out, the next row's sentence would join it and take its "none"), rewritten as the clause
 * readStatedNone reads.
 */
const NONE_ROW = new RegExp(String.raw`^${HAS_LEADER}([ \t]*)([^\s\t][^\t]*?\p{L}[^\t]*?)${LEADER}(\p{L}[\p{L}\s]*?)[ \t]*[.;]?[ \t]*$`, 'u');
const noneRow = (line: string) => {
  const m = NONE_ROW.exec(line);
  return m !== null && STATES_NONE_HELD.test(m[3]) && m[3].trim().split(/\s+/u).length <= 3 ? m : null;
};
/**
 * A form's row answered in words or not at all ("Проведено заседаний президиума ...... президиум не образован", "Круглые
 * столы ...... нет данных", "Меморандумы ...... нет", "Получено ответов на письма ...... –", "жауап берілгені ...... (нақтылануда)", "Семинары, тренинги ......" left
 * empty): a row of the block all the same — a block cut there left its next row alone, and a row alone is never read. Only
 * after dots (a tab's cell may be a table's); the answer a few words. "нет" / "жоқ" states none (0) of what the label
 * counts; a dash, an empty answer, "нет данных" or anything else states nothing: the row is kept as its label and answer,
 * no count in it.
 */
const WORD_ROW = new RegExp(String.raw`^(?=[^\n]*?[.·•…_][ \t]?[.·•…_][ \t]?[.·•…_])([ \t]*)([^\s\t][^\t]*?\p{L}[^\t]*?)[ \t]*(?:[.·•…_][ \t]?){3,}[ \t]*((?:[-–—]|\p{L}[\p{L}\s-]{0,60}?|\(\p{L}[\p{L}\s-]{0,60}?\))?)[ \t]*[.;]?[ \t]*$`, 'u');
const wordRow = (line: string) => {
  const m = WORD_ROW.exec(line);
  return m !== null && !ROW.test(line) && noneRow(line) === null && !/\d/u.test(m[3]) && m[2].length <= 120 ? m : null;
};
/**
 * A row whose value is a count and words after it that no other row form reads ("Мемлекеттік органдарға хаттар ........ 5
 * жіберілді, 4 жауап алынды", "Өтініштер ........ 9 (…), 9-ына да жауап берілді", "Жарияланымдар ........ 27: Facebook – 11,
 * Instagram – 10, Telegram – 6"): a row of the block all the same, so that the next row's words never join its sentence.
 * Only after dots (a tab's cell may be a table's).
 */
const PROSE_ROW = new RegExp(String.raw`^(?=[^\n]*?[.·•…_][ \t]?[.·•…_][ \t]?[.·•…_])([ \t]*)([^\s\t][^\t]*?\p{L}[^\t]*?)[ \t]*(?:[.·•…_][ \t]?){3,}[ \t]*(\d{1,4}(?![\d.,])[^\t]*?\p{L}[^\t]*)$`, 'u');
const proseRow = (line: string) => {
  const m = PROSE_ROW.exec(line);
  return m !== null && !ROW.test(line) && noneRow(line) === null && wordRow(line) === null && m[2].length <= 120 ? m : null;
};

/**
 * A leader row's value wrapped onto the lines under it, each set in at least as far as the value's column and none a row
 * of its own (no leader), the row not closed by a stop: joined onto the row's line, their lines left empty. A row closed
 * by its stop, or a line set in less (a note, the next paragraph), stays.
 */
function joinWrappedValues(out: string[]): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const m = /^(?=[^\n]*?[.·•…_][ \t]?[.·•…_][ \t]?[.·•…_])[ \t]*[^\s\t][^\t]*?\p{L}[^\t]*?[ \t]*(?:[.·•…_][ \t]?){3,}[ \t]*(?=\d)/u.exec(out[i]);
    if (m === null || /[.;]\s*$/u.test(out[i]) || /\t/u.test(out[i])) continue;
    const column = m[0].length;
    let k = i + 1;
    while (k < out.length && out[k].trim() !== '' && !/\t/u.test(out[k]) && indentOf(out[k]) >= column - 2 && !/(?:[.·•…_][ \t]?){3,}/u.test(out[k])) {
      out[i] = `${out[i].trimEnd()} ${out[k].trim()}`;
      out[k] = '';
      if (/[.;]\s*$/u.test(out[i])) break;
      k++;
    }
    i = Math.max(i, k - 1);
  }
}

/** A body named as the row's whole label ("Президиум ...... нет"): "нет" says there is none of it, no count of its meetings. */
const BODY_ALONE = /^(?:президиум|төралқа|комисси[\p{L}]*|комиссия[\p{L}]*)$/iu;
/** A row's value with its bracket left open at the line's end ("1 (15.10.2026 – подготовка"), its close on the next line. */
const OPEN_BRACKET_ROW = new RegExp(String.raw`^${HAS_LEADER}.*?${LEADER}\d{1,4}[ \t]*\([^()]*$`, 'u');
/** A row's number, and that of a sub-row's parent: "16.2" under "16.", "1.1" under "1". */
const ROW_NUMBER = /^\s*(\d{1,2})(?:\.(\d{1,2}))?[.)]?\s+(?=\p{L})/u;
/** A full date in a row's bracket ("1 (15.10.2026 – подготовка котельных)"): the event's, kept in the row's sentence. */
const DATED_BRACKET = /(?<!\d)\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}(?!\d)/u;

/**
 * A row whose bracket names the parts its slashed values count ("Обращения (поступило / дан ответ) ...... 21 / 20"): a row
 * of the block, rewritten as "Обращения (поступило / дан ответ) – 21 / 20." for expandSlashList to read pair by pair.
 */
const SLASH_ROW = new RegExp(String.raw`^([ \t]*)(\p{L}[^\t()]*?\([^()/]+(?:/[^()/]+){1,2}\))${LEADER}(\d{1,4}(?:[ \t]*/[ \t]*\d{1,4}){1,2})[ \t]*[.;]?[ \t]*$`, 'u');
/**
 * A row's bracket that splits its count into parts, each a label and its count, the parts summing to it: "88 (Instagram –
 * 40, Facebook – 18, Telegram – 30)", "8 (6 – ескертусіз, 2 – ескертулермен)", "31 (жеке тұлғалар – 27, заңды тұлғалар –
 * 4)" — kept in the row's sentence, where the readers of parts read it as in any sentence. A bracket of another year's or
 * another body's number ("(2025 жылы – 5)") sums to no count of the row, and goes as before.
 */
function splitsCount(bracket: string, n: number): boolean {
  const items = bracket.trim().replace(/[.;]$/u, '').split(/\s*[,;]\s*/u);
  if (items.length < 2) return false;
  let sum = 0;
  for (const item of items) {
    const m = /^[\p{L}][\p{L}\s.-]{1,40}?\s*[-–—:]\s*(\d{1,4})$/u.exec(item) ?? /^(\d{1,4})\s*[-–—]\s*[\p{L}][\p{L}\s.-]{1,40}$/u.exec(item);
    if (m === null || /(?<!\d)(?:19|20)\d{2}(?!\d)/u.test(item)) return false;
    sum += Number(m[1]);
  }
  return sum === n;
}

/** A views bracket of a media row ("(188 тыс. просмотров)", "(12 400 қаралым)"): kept in the row's sentence for readMedia. */
const VIEWS = /просмотр|қаралым|көрсетілім/iu;

/**
 * A reference note's key figures typed as a column of labels with dot leaders ("Заседаний Президиума ......... 3",
 * "Кеңес отырыстары ··········· 4", "Instagram ____ 104  (188 тыс. просмотров)"), sub-rows set in under their
 * parent ("  из них управлений акимата города ..... 7"): each row rewritten in place as the sentence it stands for
 * ("Заседаний Президиума – 3.") and, when the lexicon names its label, a figure of its own in `rowFigures` (a sub-row
 * named with its parent's metric, as in an indicator table). A row's value is the number on its own line after the
 * leader, never the next line's; a bracket after it (a plan, views) is no part of the count. Only a block of two
 * rows or more; a block led by tabs alone only when no row's value is a year (a header "Показатель\t2025").
 */
export function readDotLeaders(out: string[], rowFigures: ReportFigure[]): void {
  spaceLeadersAsDots(out);
  // A row told as a change ("Совет ...... 6 → 7 (▲1)"): its value is the number after the arrow, the period's.
  // A tree's branch kept as its bare label ("├── Отырыстар: барлығы 33" → "Отырыстар") heads the rows under it.
  const branchHeads = new Set<number>();
  // A tree's branch with its count is a row however few its neighbours ("├── дөңгелек үстел: 4" over "└── меморандум:
  // өткізілген жоқ"): left unwritten, the next branch's words would join its number.
  const treeRows = new Set<number>();
  for (let i = 0; i < out.length; i++) {
    const kept = keepArrowCurrent(treeBranchAsRow(out[i], out[i + 1]));
    if (kept !== out[i] && !ROW.test(kept) && BRANCH_HEAD.test(out[i])) branchHeads.add(i);
    if (kept !== out[i] && ROW.test(kept) && BRANCH_HEAD.test(out[i])) treeRows.add(i);
    if (kept !== out[i] && (ROW.test(kept) || BRANCH_HEAD.test(out[i]))) out[i] = kept;
  }
  // "10. Общественный мониторинг ...... 1 (15.10.2026 – подготовка" / "      котельных сел к зиме)": the row's bracket wrapped
  // onto a line set in further, read on its row's line (the continuation's line left empty).
  for (let i = 0; i + 1 < out.length; i++) {
    const next = out[i + 1];
    if (/\d[ \t]*\([^()]*$/u.test(out[i]) && OPEN_BRACKET_ROW.test(out[i]) && indentOf(next) > indentOf(out[i]) && /^[^()]*\)\s*[.;]?$/u.test(next.trim())) {
      out[i] = `${out[i].trimEnd()} ${next.trim()}`;
      out[i + 1] = '';
    }
  }
  // "Өтініштер ........ 9 (жеке тұлғалардан – 8," / "                   заңды тұлғалардан – 1)," / "… 9-ына да жауап
  // берілді": a row's value wrapped onto lines set in under it (as far as the value's column), read on the row's line.
  joinWrappedValues(out);
  for (let i = 0; i < out.length; i++) {
    if (!ROW.test(out[i]) && proseRow(out[i]) === null) continue;
    // A block: leader rows, blank lines between groups allowed, up to the first other line.
    const block: number[] = [];
    let k = i;
    const nones: number[] = [];
    const slashed: number[] = [];
    const worded: number[] = [];
    const prose: number[] = [];
    const platformLines = new Set<number>();
    for (; k < out.length; k++) {
      if (ROW.test(out[k])) block.push(k);
      else if (noneRow(out[k]) !== null) nones.push(k);
      else if (wordRow(out[k]) !== null) worded.push(k);
      else if (SLASH_ROW.test(out[k])) slashed.push(k);
      else if (proseRow(out[k]) !== null) prose.push(k);
      else if (block.includes(k - 1) && platformsSetIn(out[k], out[k - 1])) platformLines.add(k);
      else if (out[k].trim() !== '') break;
    }
    const rows = block.map((at) => ({ at, m: ROW.exec(out[at]) as RegExpExecArray }));
    // A table of contents ("СОДЕРЖАНИЕ", "3. Заслушивание отчетов ....... 6") gives pages, not counts.
    if (contents(out, i, rows.map((r) => r.m))) {
      i = k;
      continue;
    }
    const dotted = rows.filter((r) => !/^\t+$/u.test(leaderOf(out[r.at], r.m)));
    const tabsOnly = dotted.length === 0;
    // A row of two numbers ("организаций 3\t4"), a year ("2025 год"): a table's columns, no label's value.
    const columns = rows.some((r) => /(?<![\d.,])\d+$/u.test(r.m[2].trim()) || /^\s*(?:г\.?|год[\p{L}]*|жыл[\p{L}]*|ж\.)$/iu.test(r.m[4]));
    if (columns || (rows.length + worded.length + nones.length + prose.length < 2 && !rows.every((r) => treeRows.has(r.at))) || (tabsOnly && rows.some((r) => /^(?:19|20)\d{2}$/u.test(r.m[3])))) {
      i = k;
      continue;
    }
    let parent: { metric: MetricId | null; indent: number; label: string; number?: string } = { metric: null, indent: -1, label: '' };
    // The section's heading over the block ("ЗАСЕДАНИЯ" over "Совет …… 7"): a bare label names its thing with it.
    let h = i - 1;
    while (h >= 0 && out[h].trim() === '') h--;
    const heading = h >= 0 ? out[h] : '';
    const branch = branchHeads.has(h);
    let before = -1;
    for (const { at, m } of rows) {
      // A blank line closes a group: a row right under another ("Писем направлено … 190" / "Ответов получено … 171")
      // may be its part, a row after a blank line never.
      const grouped = before === at - 1;
      before = at;
      const indent = m[1].replace(/\t/gu, '    ').length;
      // "Публикаций о деятельности Совета, всего": the total is the row's own count.
      const text = m[2].replace(/[\s:.,]+$/u, '').replace(/,?\s+(?:всего|итого|барлығы|жиыны|жалпы)$/iu, '');
      const n = parseCount(m[3])!;
      // "1.1  в т.ч. представители гражданского общества" under "1. Количество членов Совета": numbered as its part.
      const number = ROW_NUMBER.exec(text);
      const numberedPart = number !== null && number[2] !== undefined && parent.number === number[1];
      const sub = parent.indent >= 0 && (indent > parent.indent || numberedPart || (SUB_ROW.test(text.replace(ROW_NUMBER, '')) && parent.metric !== null));
      const orphan = sub && parent.metric === null;
      const named = orphan ? null : metricOfRow(text, sub ? parent.metric : null);
      // A bare label read with the row it is set in under ("Құрамы: 21 мүше" / "комиссиялар: 5"), else with the block's
      // heading ("ЗАСЕДАНИЯ" / "Совет …… 7"); the composition's own row by its unit of members.
      const headed = named !== null ? null : sub ? metricUnderHeading(parent.label, text, true) : metricUnderHeading(heading, text, branch || undefined);
      const own = named ?? headed ?? (sub ? null : compositionTotal(text, m[4]));
      // A row that names nothing by itself but a part of the row above it ("Ответов получено" under letters) is that part.
      const part = own === null && !sub && grouped && parent.metric !== null ? metricOfRow(text, parent.metric) : null;
      const metric = own ?? part;
      if (!sub && part === null) parent = { metric, indent, label: text, number: number !== null && number[2] === undefined ? number[1] : undefined };
      // A bracket that says the row is a plan ("Публикации в СМИ (план) …… 60") stays: without it the row's sentence states a count.
      const words = text.replace(/\s*\([^()]*\)/gu, (b) => (PLAN_ROW.test(b) ? b : ''));
      const bracket = m[5] ?? m[7];
      const views = bracket !== undefined && VIEWS.test(bracket) ? `, ${bracket.trim()}` : bracket !== undefined && ((n === 1 && DATED_BRACKET.test(bracket)) || splitsCount(bracket, n)) ? ` (${bracket.trim()})` : '';
      // A platform's row under the publications ("Instagram …. 104"): its publications, as readMedia reads them.
      // So is a platform's row right under a line that states the publications ("Публикаций за квартал: 33" over
      // "  Instagram @… ....... 21", "  Telegram ....... 12", held-out 30's Konaev slide): the line names what they count.
      // So are platforms' rows under a table's header that runs its two cells together, no count ("Әлеуметтік желі
      // Жарияланым", "Площадка Публикаций": a PDF's header): a few words, the last naming the publications, no sentence.
      const columnHeader = /^\s*\p{L}[\p{L}\s-]{0,60}$/u.test(heading) && heading.trim().split(/\s+/u).length <= 4 && PUBLICATIONS_NOUN.test(heading.trim().split(/\s+/u).at(-1) ?? '');
      const underPublications = !sub && PLATFORM.test(words) && PUBLICATIONS_NOUN.test(heading) && (/\d/u.test(heading) || columnHeader) && !ROW.test(heading);
      const unit = (sub && parent.metric === 'publications' && PLATFORM.test(words)) || underPublications ? (KAZAKH.test(sub ? parent.label : heading) ? ' жарияланым' : ' публикаций') : m[4].trimEnd();
      const parts = m[6] !== undefined ? m[6].replace(/[\s.;]+$/u, '') : '';
      out[at] = `${orphan ? `${parent.label.replace(/\s*\([^()]*\)/gu, '')}, ` : ''}${words} – ${n}${unit}${views}${parts}.`;
      if (metric !== null) rowFigures.push({ metric, value: n, line: at + 1, text: `${words} – ${n}.` });
      // "Жарияланымдар ........ 46 (33)" over "  ДП сайтында – 18, Instagram – 20, Facebook – 8": the platforms the row's
      // publications are told by, read in its sentence (readMedia checks them against the total); under any other row
      // (appeals by channel, "WhatsApp арқылы – 5") the line is left as it is. A row the lexicon does not name but whose
      // label is the publications' noun ("Жарияланған материалдар ...... 30") is read so too: the sentence says what it counts.
      if (platformLines.has(at + 1) && (metric === 'publications' || (metric === null && !sub && PUBLICATIONS_NOUN.test(words)))) {
        out[at] = `${out[at].replace(/\.$/u, '')}: ${platformsOf(out[at + 1])}.`;
        out[at + 1] = '';
      }
      // "обращения граждан ..... 17 (ответ дан – 14, в работе – 3)": a bracket of the row's parts, each "label – N" the
      // lexicon names as a part of the row's metric; a plan's or another's bracket names none.
      if (metric !== null && m[5] !== undefined && !VIEWS.test(m[5])) rowFigures.push(...bracketParts(m[5], metric, at));
    }
    for (const at of slashed) {
      const m = SLASH_ROW.exec(out[at]) as RegExpExecArray;
      out[at] = `${m[2].trim()} – ${m[3].replace(/[ \t]*\/[ \t]*/gu, ' / ')}.`;
    }
    // A row whose value is a clause ("Хаттар ........ 5 жіберілді, 4 жауап алынды", "Жарияланымдар ........ 27: Facebook –
    // 11, …"): its label and clause one sentence of their own, for the sentence grammar (no row figure: the row's words
    // say what each number is).
    // A clause of one count ("НҚА жобалары ........ 3 қаралды, барлығы ескертусіз мақұлданды") is read as written, closed by
    // its stop: the sentence grammar reads a row's one count and what is said of all of it there.
    for (const at of prose) {
      const m = proseRow(out[at]) as RegExpExecArray;
      const clause = m[3].trim().replace(/[\s,;.]+$/u, '');
      out[at] = /\d[^\d]*\d/u.test(clause) ? `${m[2].replace(/[\s:.,]+$/u, '')} – ${clause}.` : `${out[at].trimEnd().replace(/[\s,;.]+$/u, '')}.`;
    }
    for (const at of nones) {
      const m = noneRow(out[at]) as RegExpExecArray;
      out[at] = `${m[2].replace(/[\s:.,]+$/u, '')} ${m[3].trim()}.`;
    }
    for (const at of worded) {
      const m = wordRow(out[at]) as RegExpExecArray;
      const label = m[2].replace(/[\s:.,]+$/u, '');
      const answer = m[3].trim();
      const metric = SAYS_NONE.test(answer) && !BODY_ALONE.test(label.replace(ROW_NUMBER, '').trim()) ? metricOfRow(label, null) : null;
      if (metric !== null) rowFigures.push({ metric, value: 0, line: at + 1, text: `${label} – ${answer}.` });
      // The label and its answer in words, no leader: no count to read in it ("нет" read as the none it says).
      out[at] = metric !== null ? `${label} – 0.` : `${label}${/^[-–—]?$/u.test(answer) ? '' : `: ${answer}`}.`;
    }
    i = k;
  }
}

/**
 * A table of contents: under its heading ("Содержание", "Оглавление", "Мазмұны"), or rows all numbered as sections
 * ("1. Общие сведения ..... 3") whose values never go down, as page numbers do.
 */
function contents(out: string[], first: number, rows: RegExpExecArray[]): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 3; k--) {
    if (/^\s*(?:содержание|оглавление|мазмұны|contents)\s*:?\s*$/iu.test(out[k])) return true;
  }
  const values = rows.map((m) => parseCount(m[3])!);
  return rows.length >= 3 && rows.every((m) => /^\s*(?:[IVX]+|\d{1,2})(?:\.\d{1,2})*[.)]?\s/u.test(m[2])) && values.every((v, k) => k === 0 || v >= values[k - 1]);
}

/** "из них:", "в том числе", "оның ішінде:" before a row's platforms. */
const PLATFORMS_OPENER = /^(?:из\s+них|в\s+том\s+числе|в\s+т\.\s?ч\.|оның\s+ішінде|соның\s+ішінде)\s*:?\s*/iu;

/** A platforms line's pieces, its opener and a bracket round the whole ("(Facebook – 4, сайт акимата района – 2)") left off. */
function platformsOf(line: string): string {
  const bare = line.trim().replace(/[\s.;]+$/u, '');
  const unwrapped = /^\([^()]*\)$/u.test(bare) ? bare.slice(1, -1).trim() : bare;
  return unwrapped.replace(PLATFORMS_OPENER, '').replace(/[\s.;]+$/u, '');
}

/**
 * A line set in further than the row above it, of "platform – N" pieces only ("  ДП сайтында – 18, Instagram – 20,
 * Facebook – 8", "   из них: на сайте – 12; в Telegram – 9"): the row's count told by platform, no row of its own.
 */
function platformsSetIn(line: string, row: string): boolean {
  const indent = (l: string) => l.replace(/\t/gu, '    ').search(/\S|$/u);
  if (line.trim() === '' || indent(line) <= indent(row)) return false;
  const pieces = platformsOf(line).split(/\s*[,;]\s*/u);
  return pieces.length >= 2 && pieces.every((p) => PLATFORM_PIECE.test(p) && PLATFORM.test(p));
}
const PUBLICATIONS_NOUN = new RegExp(String.raw`(?<![\p{L}])${MEDIA_PUBLICATIONS}`, 'iu');
const PLATFORM_PIECE = /^\p{L}[\p{L}\s.«»"-]{0,40}?\s*[-–—:]\s*\d{1,5}$/u;

/** A tree's branch without a number ("├── Бақылау"): kept as its bare label. */
const BRANCH_HEAD = /^[│| \t]*[├└]──/u;
const PLATFORM = new RegExp(ANY_PLATFORM, 'iu');
const KAZAKH = /[әғқңөұүһі]/iu;
const leaderOf = (line: string, m: RegExpExecArray) => line.slice(m[1].length + m[2].length, line.indexOf(m[3], m[1].length + m[2].length));

/** The parts a row's bracket names: "ответ дан – 14, в работе – 3" under appeals, "получено ответов – 7" under letters. */
function bracketParts(bracket: string, metric: MetricId, at: number): ReportFigure[] {
  return bracket.split(/[,;]\s*/u).flatMap((piece) => {
    const part = /^\s*(\p{L}[\p{L}\s]*?)\s*[-–—:]\s*(\d{1,4})\s*$/u.exec(piece);
    const named = part === null ? null : metricOfRow(part[1], metric);
    return part !== null && named !== null && named !== metric ? [{ metric: named, value: Number(part[2]), line: at + 1, text: `${piece.trim()}.` }] : [];
  });
}

const indentOf = (line: string) => line.replace(/\t/gu, '    ').search(/\S|$/u);

/**
 * A column of labels and counts set apart by spaces only, no header of columns over it, the counts RIGHT-ALIGNED as a
 * program prints them ("Поступило обращений                           21" / "    от физических лиц                         18"
 * / … between two rules under the caption "Обращения и письма"; held-out 129's Sarysu): the spaces are the leader a
 * dotted row has — each row's gap is rewritten as dots, so readDotLeaders reads its rows, sub-rows by their indent. Only a
 * block of three rows or more, one line apart (a rule may stand before and after), each a label of words, three spaces
 * or more and one count (or a dash) alone, every count ending at the same column; and no line of cells right over it
 * (skipping a rule): under a header "Показатель   2024 г." the counts are that column's, which the table's readers judge.
 */
function spaceLeadersAsDots(out: string[]): void {
  const rowAt = (line: string) => SPACE_ROW.exec(line);
  for (let i = 0; i < out.length; i++) {
    if (rowAt(out[i]) === null) continue;
    let k = i;
    while (k < out.length && rowAt(out[k]) !== null) k++;
    const rows = out.slice(i, k);
    const ends = new Set(rows.map((l) => l.trimEnd().length));
    let above = i - 1;
    if (above >= 0 && SPACE_RULE.test(out[above])) above--;
    const header = above >= 0 && /\S(?: ?\S)*\s{2,}\S/u.test(out[above].trim());
    if (rows.length >= 3 && ends.size === 1 && !header && rows.filter((l) => /\d\s*$/u.test(l)).length >= 2) {
      for (let j = i; j < k; j++) {
        const m = rowAt(out[j])!;
        out[j] = `${m[1]}${m[2]} ${'.'.repeat(Math.max(3, m[3].length - 2))} ${m[4]}`;
      }
    }
    i = k - 1;
  }
}
/** A row of a space-aligned column: its indent, a label of words (no tab, bar or leader), three spaces or more, a count or a dash alone. */
const SPACE_ROW = /^([ ]*)(\p{L}[^\t|.…·_]*?[\p{L})»"])([ ]{3,})(\d{1,3}(?:[ \u00a0]\d{3})+|\d{1,4}|[–—-])[ ]*$/u;
/** A rule of dashes, equals or box lines under a caption or closing a block. */
const SPACE_RULE = /^\s*(?:-{5,}|={5,}|─{5,}|_{5,})\s*$/u;
