import { withoutRowNumbers } from './rowNumbers.ts';
import { namesCouncilOfOtherLevel } from './otherCouncilsCounts.ts';
import { ONE_DIRECTION, directionSections } from './directionSections.ts';
import { namesTwoMetrics } from './tableRowLexicon.ts';
import { partsOfPeriod } from './partsOfPeriod.ts';
import { codeCounts } from '../grammar/codeCounts.ts';
import { findCounts } from '../grammar/findCounts.ts';
import { lowerCase } from '../grammar/lowerCase.ts';
import { sentencesOf } from '../grammar/sentencesOf.ts';
import { doubtOfFigure, leftOutOfCount } from '../doubtOfFigure.ts';
import { maskNeverCounts } from '../maskNeverCounts.ts';
import { isBilingualDocument, isKazakh, isKazakhDocument, tidy } from '../toLines.ts';
import type { ExtractIssue, MetricId, ReportCandidate, ReportFigure } from '../types.ts';
import { type Period, namesPartOutside } from './readPeriod.ts';
import { KAZAKH_MONTH_CLAUSE, monthBreakdownLines } from './monthBreakdown.ts';
import { COVERED_IN, FIGURE_LEXICON, LEADING_PREPOSITION, SUB_PERIODS, betweenAllowed, clauseAround, countStart, countStartsOf, namesOtherSubject } from './figureLexicon.ts';
import { expandSlashList } from './expandSlashList.ts';
import { expandRespectively } from './respectively.ts';
import { runningLines } from './runningLines.ts';
import { commissionSections } from './commissionSections.ts';
import { sectionContext } from './sectionContext.ts';
import { monthRangeOf } from '../grammar/monthRangeOf.ts';
import { isPublicationsTotal } from './readMedia.ts';
import { parseDatePhrase } from '../parseDatePhrase.ts';
import { MONTH_WORD, monthOfWord } from '../monthNames.ts';
import { MEDIA_GENERAL } from './activityLexicon.ts';
import { declaresTranslation } from './declaresTranslation.ts';
import { disputeBoth, disputeWhy, disputedAcrossLanguages, isDisputeOf, isRestatedOf, restatedWhy } from './disputedFigures.ts';
import { keepPeriodYear, maskChangedFrom } from './yearPairs.ts';
import { WHOLE_TERM } from './wholeTerm.ts';
import { blankComparedWith } from './comparedWith.ts';
import { doubtOfBodyAsCommission } from './bodyAsCommission.ts';
import { maskPlanOfFact } from './planOfFact.ts';
import { isHeading, isRunInTitle } from './isHeading.ts';
import { doubtOfHeadingSum } from './headingSum.ts';
import { matchesOf } from '../grammar/matchesOf.ts';
import { summaryLines } from './summaryLines.ts';
import { MEMBER_JOINED, MEMBER_LEFT } from './memberChangeClauses.ts';
import { CHANGE_METRICS, totalOfParts } from './changeParts.ts';
import { doubtOfCompositionDay, doubtOfFormerComposition } from './compositionDay.ts';
import { doubtOfChangeBreakdown } from './changeBreakdown.ts';
import { MEMBER_ITEM_WHY, isMemberItem } from './memberItems.ts';
import { doubtOfAppealsOfVisitors } from './appealsOfVisitors.ts';
import { doubtOfDepartmentsPart } from './departmentsPart.ts';
import { RUN_ON_SENTENCE } from '../grammar/runOnSentence.ts';

interface Taken {
  start: number;
  end: number;
  metric: MetricId;
}

/**
 * Stated figures: every number that stands next to the words of a metric
 * (figureLexicon). Numbers that are never counts (dates, years, references,
 * phones, money, percentages: maskNeverCounts) are blanked first; the counts
 * left are found once per sentence (grammar/findCounts); a number that is a
 * count but doubtful for this metric and period (doubtOfFigure) is a candidate.
 * The first statement of a metric is kept; a later, different one is an issue,
 * unless the two are the two languages of a bilingual report: then both are
 * candidates (report/disputedFigures). `ownCommission`: the report is a
 * commission's own (report/authorOf), so its commission's counts are its figures; `councilApart`: it sets the council's
 * figures apart from its own (report/councilSetApart), so the council's counts are another body's.
 */
export function readFigures(typed: string[], inTable: Set<number>, mediaLines: Set<number>, periodYears: number[], candidates: ReportCandidate[], issues: ExtractIssue[], periodMonths = 12, period: Period | null = null, ownCommission = false, councilApart = false): ReportFigure[] {
  // A fixed-width table's row numbers are no counts of the events its rows name (rowNumbers.ts).
  const lines = withoutRowNumbers(typed);
  const figures: ReportFigure[] = [];
  const kazakh = isKazakhDocument(lines);
  // A report translated in part ("Перевод:" under some sections only, a short summary in the other language) is bilingual
  // for its disputes though most of its lines are one language's: "14 өтініштің 12-сіне жауап берілді" / "Ответы даны на 11
  // из 14 обращений" (set 178) — neither is the figure.
  const bilingual = isBilingualDocument(lines) || declaresTranslation(lines);
  const partOfPeriod = partSections(lines, periodMonths, period);
  // Paragraphs that give two months or more their own counts: a Kazakh month's count there is a part (monthBreakdown).
  const byMonth = monthBreakdownLines(lines);
  const plans = planSections(lines, periodYears);
  const summary = summaryLines(lines);
  // The member changes a totals sentence states: they stand over a change counted before them (addFigure).
  const changeTotals = new WeakSet<ReportFigure>();
  // A reference note on a council of another level ("Анықтама: Еңбекшіқазақ аудандық Қоғамдық кеңесі … 14 мониторинг
  // жүргізді" in a rural okrug council's report, set 151) restates nothing of the report's: no dispute (otherCouncilsCounts).
  const restates = (text: string) => REFERENCE_NOTE.test(text) && !namesCouncilOfOtherLevel(lines, text);
  // A commission's own section of a council's report: its counts are the commission's (the report's own when it is the commission's).
  const oneCommission = ownCommission ? new Set<number>() : commissionSections(lines);
  // A thematic direction's section of a report told by directions: its counts are that direction's (directionSections).
  const oneDirection = directionSections(lines);
  // "Проведено заседаний ОС / президиума / комиссий: 5 / 3 / 12" read as "заседаний ОС – 5, заседаний президиума – 3, …".
  for (const read of runningLines(lines.map(expandSlashList), inTable)) {
    // "жеке және заңды тұлғалардан тиісінше 19 және 4 өтініш": each count before its kind (report/respectively).
    const unit = withRespectively(read);
    const line = unit.text;
    const lineOf = (offset: number) => unit.first + unit.starts.filter((s) => s <= offset).length - 1;
    // "4. Серікбаев Н.А. – 2 мониторинг; … 3 хат жолдады": one member's own counts, never the council's (memberItems.ts).
    const memberItem = isMemberItem(line);
    // A count compared with last year inside its own statement ("столько же, сколько и в 2024 году, - шесть") read without the comparison.
    const { text: masked, plans: planOf, origins } = maskPlanOfFact(blankComparedWith(maskChangedFrom(keepPeriodYear(line, maskNeverCounts(line), periodYears))));
    let section: string | undefined;
    const inSection = (context: RegExp) => context.test((section ??= sectionContext(lines, unit.first)));
    // The paragraph above, read once a unit (each lexicon entry of each sentence may ask for it).
    let above: string | undefined;
    const paragraphAbove = () => (above ??= paragraphBefore(lines, unit.first));
    const sentences = sentencesOf(masked);
    // The counts the paragraph stated before the sentence: a later sentence may tell a kind of them (doubtOfKindPart).
    const stated: { metric: MetricId; value: number }[] = [];
    for (const [index, sentence] of sentences.entries()) {
      const { coded: upper, counts } = codeCounts(sentence.text, { kazakh });
      const coded = lowerCase(upper);
      const lower = lowerCase(sentence.text);
      // Most sentences hold no count at all: the lexicon is not tried on them.
      if (counts.size === 0) continue;
      const original = line.slice(sentence.start, sentence.start + sentence.text.length);
      // The sentence as doubtOfFigure reads it: a comparison the count's own statement sets inside it ("столько же, сколько в
      // прошлом году, – 3", "өткен жылдың деңгейінде сақталды – 9") tells the other year, not the count's (blankComparedWith).
      let withoutComparison: string | undefined;
      const uncompared = () => (withoutComparison ??= blankComparedWith(original));
      const taken: Taken[] = [];
      // The context texts are the sentence's, the same for each of the lexicon's entries: made once a sentence, when first asked for.
      const partsOpen = PARTS_OPEN.test(lower);
      let paragraphContext: string | undefined;
      let partsBefore: string | undefined;
      const contextOf = (inParagraph: boolean | undefined): string => {
        const ownContext = inParagraph ? (paragraphContext ??= `${paragraphAbove()} ${lowerCase(masked.slice(0, sentence.start + sentence.text.length))}`) : lower;
        // "Олардың ішінде …", "Из них …": a sentence of parts goes on with the verb of the sentence before.
        return partsOpen ? `${(partsBefore ??= index > 0 ? lowerCase(sentences[index - 1].text) : paragraphAbove())} ${ownContext}` : ownContext;
      };
      let quoted: string | undefined;
      // The sentence before, coded as this one: the whole a part opening this one ("Из них 14 …") counts (appealsOfVisitors).
      let previous: string | undefined;
      const previousCoded = () => (previous ??= index > 0 ? lowerCase(codeCounts(sentences[index - 1].text, { kazakh }).coded) : '');
      // The lexicon's ~850 forms need ~440 distinct texts, each looked for in the sentence once (the forms share them):
      // by its number in NEED_TEXTS, 0 not looked for yet, 1 held, 2 not.
      const holds = new Uint8Array(NEED_TEXTS.length);
      const canMatch = (form: Form): boolean => {
        const needs = FORM_NEEDS.get(form);
        if (needs === undefined) return !form.needs || form.needs.some((text) => coded.includes(text));
        if (needs === null) return true;
        for (const id of needs) {
          if (holds[id] === 0) holds[id] = coded.includes(NEED_TEXTS[id]) ? 1 : 2;
          if (holds[id] === 1) return true;
        }
        return false;
      };
      for (const entry of FIGURE_LEXICON) {
        // An entry none of whose forms can match (each needs a word the sentence lacks) reads nothing: its contexts are not tried.
        if (!entry.forms.some(canMatch)) continue;
        if (entry.context && !entry.context.test(contextOf(entry.contextInParagraph)) && !(entry.contextInSection && inSection(entry.context) && (entry.sectionNames === null || inSection(entry.sectionNames)))) continue;
        // A sentence of run-on prose (a paragraph of commas, set 164) names every subject of the report: the words another
        // subject is told by ("хат", "письм") rule out a count only when they are the last subject named before it.
        const runOn = sentence.text.length > RUN_ON_SENTENCE && entry.context !== null;
        if (entry.notContext && !runOn && entry.notContext.test(lower)) continue;
        // "Хаттар – 8. Жауап берілгені – 6": the context found before the sentence must be the last subject named there.
        if (entry.lastSubjectNot && entry.context && !entry.context.test(lower) && lastSubjectIsOther(entry.context.test(contextOf(entry.contextInParagraph)) ? contextOf(entry.contextInParagraph) : (section ??= sectionContext(lines, unit.first)), entry.context, entry.lastSubjectNot)) continue;
        let earlier: number[] | undefined;
        for (const form of entry.forms) {
          if (!canMatch(form)) continue;
          form.regex.lastIndex = 0;
          for (const m of matchesOf(coded, form.regex)) {
            const raw = m[1];
            if (raw === undefined || !betweenAllowed(form, m[2])) continue;
            const start = countStart(form.regex, m, coded);
            // "Круглые столы, диалоговые площадки – 2", "Круглые столы; дискуссионные площадки – 2": a count of two kinds, neither's;
            // so is "Заседания Совета и комиссий – 12", "Кеңес және комиссия отырыстары – 12", the meetings of two bodies.
            if (form.label && countsTwoKinds(labelBefore(coded, start))) continue;
            const end = start + raw.length;
            if (taken.some((t) => start < t.end && end > t.start && t.metric !== entry.sharesWith)) continue;
            const count = counts.get(start) ?? null;
            if (count === null || isYearOrNumberSign(sentence.text, start, end, count)) continue;
            // "Кеңес құрамынан бір мүше өз еркімен, 2 мүше денсаулығына байланысты шықты": a part of a change told part by part
            // stands for their sum, never for itself.
            const value = (CHANGE_METRICS.has(entry.metric) ? totalOfParts(lower, start, entry.metric, kazakh || isKazakh(sentence.text)) : null) ?? count;
            // "не проведено ни одного слушания": none, never one (readStatedNone reads it).
            if (/(?:^|[^\p{L}])(?:ни|бірде)[\s-]+$/u.test(lowerCase(sentence.text.slice(Math.max(0, start - 6), start)))) continue;
            if (runOn && entry.notContext && entry.context && lastSubjectIsOther(lower.slice(0, (m.index ?? 0) + m[0].length), entry.context, entry.notContext)) continue;
            if (entry.notClause && entry.notClause.test(clauseAround(`${coded.slice(0, start)}#${coded.slice(end)}`, start, start + 1))) continue;
            if (entry.contextInParagraph && entry.context && !entry.context.test(lower) && namesOtherSubject(entry, coded.slice(end, end + 40), coded.slice(Math.max(0, start - 40), start))) continue;
            const i = lineOf(sentence.start + start);
            // "…әлеуметтік желілерде 57 жарияланыммен көрсетілді:" / "Instagram – 38, Telegram – 19.": the list the colon opens
            // on the next line is read with the count it breaks down; a list of one platform a line ("БАҚ пен әлеуметтік
            // желілерде 112 материал жарық көрді:" / "  Instagram – 54 жарияланым (…);" / "  Telegram-арна – 31;" / …) with all its lines.
            const listed = /:\s*$/u.test(sentence.text) && index === sentences.length - 1 ? ` ${linesOpenedBy(lines, unit.first + unit.starts.length)}` : '';
            if (entry.metric === 'publications' && !isPublicationsTotal(`${sentence.text}${listed}`, start, mediaLines.has(i))) continue;
            taken.push({ start, end, metric: entry.metric });
            // A unit rewritten for "respectively" is quoted as written: its whole text, the rewritten sentence being kenes' own.
            const found = { metric: entry.metric, value, line: i + 1, text: (quoted ??= tidy(unit === read ? original : read.text).slice(0, 300)) };
            // A done number a plan's rewrite moved (maskPlanOfFact) is doubted where the sentence as written has it (the doubts
            // that read the sentence as written; those that read the masked one keep `start`).
            const origin = origins.get(sentence.start + start);
            const [written, writtenEnd] = origin === undefined ? [start, end] : [origin - sentence.start, origin - sentence.start + end - start];
            const why = (memberItem ? MEMBER_ITEM_WHY : null) ?? (partOfPeriod.has(i) ? PART_SECTION : null) ?? (plans.has(i) ? PLAN_SECTION : null) ?? doubtOfHeadingSum(lines, i, entry.metric) ?? (oneCommission.has(i) ? ONE_COMMISSION_SECTION : null) ?? (oneDirection.has(i) ? ONE_DIRECTION : null) ?? doubtOfOpening(sentence.text, start, periodMonths, period) ?? doubtOfPart(taken, coded, start, entry.metric, () => (earlier ??= matchStarts(entry.forms, coded, counts))) ?? doubtOfKindPart(stated, lower, entry.metric, value) ?? doubtOfFigure(uncompared(), written, writtenEnd, entry.metric, periodYears, periodMonths, ownCommission, councilApart, period) ?? doubtOfBodyAsCommission(entry.metric, sentence.text, end, sentences[index + 1]?.text ?? '') ?? leftOutOfCount(lower, sentences[index + 1]?.text ?? goesOnAfter(lines, unit.first + unit.starts.length - 1)) ?? doubtOfCase(form.excluded !== null && (kazakh || isKazakh(sentence.text)), coded, (m.index ?? 0) + m[0].length, entry.metric) ?? doubtOfPlace(lower, lowerCase(original), m.index ?? 0, start, periodMonths, period, periodYears, entry.metric, byMonth.has(unit.first)) ?? doubtOfCompositionDay(entry.metric, lowerCase(original.slice(0, written)), period, periodYears[0]) ?? doubtOfFormerComposition(entry.metric, lowerCase(original.slice(0, written)), lowerCase(original.slice(writtenEnd))) ?? doubtOfChangeBreakdown(entry.metric, lowerCase(original.slice(0, written))) ?? doubtOfAppealsOfVisitors(entry.metric, coded.slice(0, start), previousCoded()) ?? doubtOfDepartmentsPart(entry.metric, lower.slice(0, start));
            // "10 мониторингтің 4-еуі орындалды": the plan beside the fact is offered for review, never stated.
            const plan = planOf.get(sentence.start + start);
            if (plan !== undefined && !candidates.some((c) => c.metric === found.metric && c.value === plan && c.line === found.line)) candidates.push({ ...found, value: plan, why: PLAN_OF_FACT_WHY });
            stated.push({ metric: entry.metric, value });
            // "Барлығы тоқсанда құрамнан 9 мүше шықты, 8 мүше енді", "Итого за отчетный период выбыли 4 члена": the change's total.
            if (CHANGE_METRICS.has(entry.metric) && TOTALS_SENTENCE.test(lower)) changeTotals.add(found);
            if (why === null) addFigure(figures, issues, candidates, found, bilingual, summary, restates, changeTotals);
            else if (!candidates.some((c) => c.metric === found.metric && c.value === value && c.line === found.line)) candidates.push({ ...found, why });
          }
        }
      }
    }
  }
  return figures;
}

/** Whether the last subject a text names is one of `other`'s rather than the context's. */
function lastSubjectIsOther(text: string, context: RegExp, other: RegExp): boolean {
  const last = (re: RegExp) => Math.max(-1, ...matchesOf(text, new RegExp(re.source, 'gu')).map((m) => m.index ?? 0));
  return last(other) > last(context);
}

/** A unit with its counts of "respectively" set before their kinds; its lines' starts after the change moved with it. */
function withRespectively(unit: { text: string; first: number; starts: number[] }): { text: string; first: number; starts: number[] } {
  const text = expandRespectively(unit.text);
  if (text === unit.text) return unit;
  const delta = text.length - unit.text.length;
  const changed = [...unit.text].findIndex((ch, k) => ch !== text[k]);
  return { ...unit, text, starts: unit.starts.map((s) => (s > changed ? Math.max(changed, s + delta) : s)) };
}

/** A sentence that opens with the parts of the one before: "Олардың ішінде", "Оның ішінде", "Из них", "В том числе". */
const PARTS_OPEN = /^\s*(?:(?:олардың|оның)\s+ішінде|из\s+них|в\s+том\s+числе|в\s+их\s+числе)(?![\p{L}])/u;

/**
 * The lines of the paragraph above a line, up to a blank line (at most five), lower-cased and masked: a sentence names
 * its subject once ("поступило 40 проектов нормативных правовых актов." / "Рассмотрено 38 проектов: …").
 */
function paragraphBefore(lines: string[], at: number): string {
  const out: string[] = [];
  let k = at - 1;
  for (; k >= 0 && k >= at - 5 && lines[k].trim() !== ''; k--) out.unshift(lines[k]);
  // The paragraph's heading above it ("4. Нормативтік құқықтық актілер жобаларын қарау", a short line that ends no
  // sentence) names its subject too.
  while (k >= 0 && k >= at - 8 && lines[k].trim() === '') k--;
  // A heading may end in its own count ("7. НҚА ЖОБАЛАРЫН ҚАРАУ – 14"): the count is its line's, the words name the subject.
  const heading = k >= 0 && k < at - 1 ? lines[k].trim().replace(/\s+[-–—]\s*\d{1,4}(?:\s*\([^()]*\))?$/u, '') : '';
  // So does a telegraphic report's numbered title closed by a stop ("4. НПА.").
  if (heading !== '' && ((heading.split(/\s+/u).length <= 10 && !/[.;,!?:]$/u.test(heading)) || isRunInTitle(heading)) && !/\d{2,}/u.test(heading.replace(/^\d{1,2}(?:\.\d{1,2})*[.)]?\s+/u, ''))) out.unshift(heading);
  return lowerCase(maskNeverCounts(out.join(' ')));
}

/**
 * The clause a line ended with a semicolon goes on with in the lines after it, when they start in lower case
 * ("…2 қоғамдық тыңдау өткізілді;" / "оларды облыстық кеңес ұйымдастырғандықтан, … есебіне" / "енгізілмеді."),
 * up to the sentence's end; else ''.
 */
function goesOnAfter(lines: string[], last: number): string {
  if (!/;\s*$/u.test(lines[last] ?? '') || !/^\s*\p{Ll}/u.test(lines[last + 1] ?? '')) return '';
  const out: string[] = [];
  for (let i = last + 1; i < lines.length && i <= last + 3 && lines[i].trim() !== ''; i++) {
    out.push(lines[i]);
    if (/[.!?]\s*$/u.test(lines[i])) break;
  }
  return out.join(' ');
}

export const PART_SECTION = 'the section is about a part of the report\'s period (its heading names a quarter, a half-year or a month)';

/**
 * A sentence that opens with a part of the period ("В IV квартале проведено
 * 2 заседания ОС и 4 заседания комиссий, 3 мониторинга, …", "IV тоқсанда 3
 * отырыс өтті, …"): every count in it is that part's, not only the one in
 * the first clause. The part must stand before the sentence's first number.
 */
function doubtOfOpening(sentence: string, start: number, periodMonths: number, period: Period | null = null): string | null {
  const lower = lowerCase(sentence);
  // A count in words opens it too: "тоқсан алты жобасына …" is ninety-six, no quarter ("тоқсан").
  const first = Math.min(/\d/u.exec(lower)?.index ?? start, findCounts(lower, { kazakh: isKazakh(lower) })[0]?.start ?? start);
  // "тоқсан сайын шақырылып" (called every quarter), "ежемесячно": a rate, no part of the period.
  const opening = lower.slice(0, Math.min(first, start)).replace(RATE_OF_PART, (r) => ' '.repeat(r.length));
  if (/(?:из\s+них|в\s+том\s+числе|оның\s+ішінде)/u.test(opening)) return null;
  // "Кеңес отырыстары: І тоқсанда – 1, ІІ тоқсанда – 2, жартыжылдықта барлығы 3": a label's parts, then its total — the total
  // is the label's, of the whole period; the parts stay candidates.
  if (LABEL_THEN_TOTAL.test(lower.slice(0, start)) && !SUB_PERIODS.some((p) => p.months < periodMonths && p.regex.test(lower.slice(0, lower.indexOf(':'))))) return null;
  // "Бірінші тоқсанда – 2, екіншіде – 3, үшіншіде – 1, барлығы 6 мониторинг" (a 9 months' report): the parts tile the
  // period, the total after them is the whole period's.
  if (totalOfTilingParts(lower.slice(0, start), periodMonths)) return null;
  // "ІІ жартыжылдықта 12 мониторинг … жоспарланған", "Во II полугодии проведено 12" in a first half's report: another part of the year.
  if (namesPartOutside(sentence.slice(0, Math.min(first, start)), period)) return OUTSIDE_PART;
  // A month ("В марте выбыл 1 член", "В июле – сентябре" of a quarter's report) is left to the clause (doubtOfPlace).
  return SUB_PERIODS.some((p) => p.months > 1 && p.months < periodMonths && p.regex.test(opening)) ? 'the sentence opens with a part of the report\'s period (a quarter, a half-year, a month): its counts are that part\'s' : null;
}

/**
 * Lines under a heading that names a part of the period ("ИТОГИ IV КВАРТАЛА
 * 2024 ГОДА", "IV тоқсанның қорытындысы", "За первое полугодие") in a longer
 * report, up to the next heading: their counts are the part's. A heading is a
 * short line that ends no sentence.
 */
export function partSections(lines: string[], periodMonths: number, period: Period | null = null): Set<number> {
  const out = new Set<number>();
  let inPart = false;
  /** The number and mark of the part's own numbered heading ("3. III тоқсандағы іс-шаралар тізілімі" → "3."). */
  let partNo: { no: number; mark: string } | null = null;
  const whole = monthsOfYear(period);
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].trim();
    // "4. Нормативтік құқықтық актілер. 6 НҚА жобасы қаралды …" after the part's section "3. III тоқсандағы …": the next
    // section, its title run in with its text (no heading line of its own), ends the part.
    const numbered = NUMBERED_SECTION.exec(text);
    if (inPart && partNo !== null && numbered !== null && Number(numbered[1]) === partNo.no + 1 && numbered[2] === partNo.mark && RUN_IN_HEADING.test(text)) {
      inPart = false;
      partNo = null;
    }
    // "2025 жылдың шілде–қыркүйек айларында:" leading into a list of a 9 months' report: to the blank line, a part of the period.
    const lead = /:\s*$/u.test(text) && text.split(/\s+/u).length <= 8 ? monthRangeOf(text) : null;
    if (lead !== null && whole !== null && (lead.from !== whole[0] || lead.to !== whole[1])) {
      for (let k = i + 1; k < lines.length && lines[k].trim() !== ''; k++) out.add(k);
      continue;
    }
    if (isHeading(text)) {
      // "2025 жылдың қаңтар–қыркүйек айларында:" over a 9 months' list: the months of the period itself, no part of it.
      const range = monthRangeOf(text);
      if (range !== null && whole !== null && range.from === whole[0] && range.to === whole[1]) {
        inPart = false;
        continue;
      }
      // "2. Отырыстар. 2025 жылы Кеңестің 6 отырысы … (оның ішінде бірінші жартыжылдықта –": the heading is the run-in
      // title; the sentence after it names its own parts.
      const lower = lowerCase(text.replace(RUN_IN_HEADING, '$1')).replace(BROKEN_DOWN_BY_PARTS, ' ');
      // "2026 ЖЫЛҒЫ II–III ТОҚСАНДАҒЫ … АҚПАРАТ", "за II–III кварталы": a run of quarters as long as the period is the
      // period itself (its title), no part of it.
      if (partsOfPeriod(lower).some((p) => p.kind === 'months' && p.span !== null && p.months >= periodMonths)) {
        inPart = false;
        continue;
      }
      inPart = SUB_PERIODS.some((p) => p.months < periodMonths && p.regex.test(lower)) || (periodMonths > 3 && /(?<![\p{L}])(?:[ivх]+|\d)\s*(?:-?\s*(?:й|го|ші|шы))?\s*(?:кв\.|квартал|тоқсан)/u.test(lower));
      partNo = inPart && numbered !== null ? { no: Number(numbered[1]), mark: numbered[2] } : null;
      continue;
    }
    if (inPart && text !== '') out.add(i);
  }
  // A paragraph that opens with a part of the period as its run-in head ("I квартал. Проведено 2 заседания …", "Во втором
  // квартале …", "ІІ тоқсанда …"): every line of it, to the blank line, tells that part.
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() === '' || (i > 0 && lines[i - 1].trim() !== '') || !opensWithPart(lowerCase(lines[i].trim()), periodMonths)) continue;
    for (let k = i; k < lines.length && lines[k].trim() !== ''; k++) out.add(k);
  }
  return out;
}

/**
 * A heading's words that say the section's figures are broken down by parts ("2025 ЖЫЛҒЫ КӨРСЕТКІШТЕР (ТОҚСАН БОЙЫНША)",
 * "Показатели за 2025 год по кварталам", "в разрезе месяцев", "тоқсандарға бөліп", "Жұмыс көлемі (тоқсан бөлінісінде)",
 * "с разбивкой по кварталам"): the whole period, shown part by part
 * (its total column or row is the period's) — no one part's section. A part named by its number ("I тоқсан бойынша",
 * "за II квартал") is one.
 */
const BROKEN_DOWN_BY_PARTS = /(?<![\p{L}\d])(?<!(?:[ivxх]{1,3}|\d|бірінші|екінші|үшінші|төртінші|перв\p{L}*|втор\p{L}*|трет\p{L}*|четв[её]рт\p{L}*)(?:\s*-\s*\p{L}{1,3})?\s+)(?:по\s+(?:кварталам|месяцам|полугодиям)|в\s+разрезе\s+(?:кварталов|месяцев|полугодий)|поквартально|помесячно|(?:тоқсан|ай|жартыжылдық)(?:дар|тар|лар)?\s+бойынша|(?:тоқсан|ай)(?:дар|тар|лар)ға\s+бөліп|(?:тоқсан|ай|жартыжылдық)(?:дар|тар|лар)?\s+(?:бөлініс|қима)[\p{L}]*|(?:тоқсандық|айлық)\s+бөлініс[\p{L}]*|(?:в|с)\s+разбивк[\p{L}]*\s+по\s+(?:кварталам|месяцам|полугодиям)|в\s+(?:квартальном|помесячном)\s+разрезе)(?![\p{L}])/gu;

/** "i квартал.", "во втором квартале", "за 1-й квартал", "іі тоқсанда", "бірінші жартыжылдықта" at the start of a (lowered) line. */
// Only as a title run in with its stop, colon or dash ("I квартал.", "ІІ тоқсан:"): a sentence "В I квартале …" is its own (doubtOfOpening).
const PART_OPENING = /^(?:[ivхі]{1,3}|[1-4])\s*(?:-?\s*(?:й|м|го|ші|шы))?\s+(квартал|тоқсан|полугодие|жартыжылдық)\s*[.:–—-]/u;

export function opensWithPart(lower: string, periodMonths: number): boolean {
  const m = PART_OPENING.exec(lower);
  if (!m) return false;
  return /^(?:квартал|тоқсан)/u.test(m[1]) ? periodMonths > 3 : periodMonths > 6;
}

export const PLAN_OF_FACT_WHY = 'the number is the plan that what was done is set against ("10 мониторингтің 4-еуі орындалды")';
const ONE_COMMISSION_SECTION = 'the section tells one commission\'s own work (its heading names the commission): its counts are a part of the council\'s';
const PLAN_SECTION = 'the section is about plans or tasks ahead (its heading says so), not the work done';
/**
 * A heading of plans or tasks ahead: "ПЛАНЫ НА II ПОЛУГОДИЕ", "Выводы и задачи на IV квартал", "Алдағы міндеттер", "НА IV
 * КВАРТАЛ (план)", "IV ТОҚСАНҒА (жоспар)"; never a plan's fulfilment. "Екінші жартыжылдыққа жоспар", "IV тоқсанға
 * арналған міндеттер" (a keyboard's "жартыжылдыкка" too): a plan for a part of the year, the heading ending there
 * ("… жоспар бойынша өткізілді" is no heading).
 */
const PLAN_HEADING = /(?<![\p{L}])(?:планы?\s+на|\((?:план|жоспар)\)|план\s+работы\s+на\s+следующ|задач[\p{L}]*\s+(?:на|и\s+перспектив)|перспектив|предстоящ|алдағы|келесі\s+(?:жыл|кезең|жартыжылдық|тоқсан)[\p{L}]*(?:\s+арналған)?\s+(?:жоспар|міндет)|(?:жарты\s*жыл|то[қк]сан)[\p{L}]*(?:\s+арналған)?\s+(?:жоспар|міндет)[\p{L}]*\s*$)/u;
/** "План работы на 2026 год", "2026 жылға арналған жоспар", "2026 жылға міндеттер": a plan of a year after the report's. */
const PLAN_OF_YEAR = /(?:план[\p{L}]*\s+(?:работы\s+)?на\s+(\d{4})|(\d{4})\s+жыл[\p{L}]*\s+(?:арналған\s+(?:жұмыс\s+)?жоспар|(?:арналған\s+)?міндет))/u;
const NOT_PLAN = /(?:исполнени|выполнени|орындал|итог|қорытынды|отч[её]т|есеп)/u;

/** Lines under a heading of plans, up to the next heading: their counts are planned, not held. */
function planSections(lines: string[], periodYears: number[]): Set<number> {
  const last = Math.max(...periodYears);
  const out = new Set<number>();
  let inPlan = false;
  let byQuestion = false;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].trim();
    // A heading typed in capitals or numbered, a slide's number, or a short title after a blank line ("План работы на 2026 год").
    const title = text !== '' && (i === 0 || lines[i - 1].trim() === '') && /^\p{Lu}/u.test(text) && !/[.;:,!?]$/u.test(text) && text.split(/\s+/).length <= 8;
    // A numbered question of a questionnaire after a blank line ("13. План на 2 полугодие 2025 года:"): a plan's
    // question opens a plan section; another question ends one that a question opened.
    const question = text !== '' && (i === 0 || lines[i - 1].trim() === '') && /^\d{1,2}[.)]\s+\p{Lu}/u.test(text) && /:$/u.test(text) && text.split(/\s+/).length <= 14;
    if (question && !isHeading(text) && !title) {
      const lower = lowerCase(text);
      if (PLAN_HEADING.test(lower) && !NOT_PLAN.test(lower)) {
        inPlan = true;
        byQuestion = true;
        continue;
      }
      if (inPlan && byQuestion) {
        inPlan = false;
        continue;
      }
    }
    // A numbered title opening with the year ("8. 2026 жылға міндеттер"): isHeading takes a count after the number for an
    // item wrapped onto its line, but a year of plans after the report's is a title.
    const yearTitle = /^(?:\d{1,2}|[IVX]{1,4})[.)]\s+(?:19|20)\d{2}\s+\p{L}[^.;:,!?]*$/u.test(text) && text.split(/\s+/).length <= 8;
    if (isHeading(text) || title || yearTitle || /^слайд\s+\d{1,3}$/iu.test(text)) {
      byQuestion = false;
      const lower = lowerCase(text);
      const year = PLAN_OF_YEAR.exec(lower);
      inPlan = (PLAN_HEADING.test(lower) || (year !== null && periodYears.length > 0 && Number(year[1] ?? year[2]) > last)) && !NOT_PLAN.test(lower);
      continue;
    }
    if (inPlan && text !== '') out.add(i);
    // A paragraph run in under a title of tasks ahead ("5. Задачи на II полугодие: провести не менее 3 заседаний …",
    // "Планы на 2026 год: …", "Алдағы міндеттер: …"): its counts are planned, whatever section it stands in.
    const runIn = /^(?:(?:\d{1,2}|[IVX]{1,4})[.)]\s+)?(\p{Lu}[^.:;!?]{2,60}):\s+\S/u.exec(text);
    if (runIn && PLAN_HEADING.test(lowerCase(runIn[1])) && !NOT_PLAN.test(lowerCase(runIn[1]))) out.add(i);
  }
  return out;
}

/** A numbered heading run into its paragraph: "2. Отырыстар. 2025 жылы …" — the title and its stop, then the sentence. */
const RUN_IN_HEADING = /^((?:\d{1,2}|[IVX]{1,4})[.)]\s+\p{Lu}[^.]{1,60}?\.)\s+\S.*$/u;
/** A section's number at a line's start and its mark: "4. …", "4) …". */
const NUMBERED_SECTION = /^(\d{1,2})([.)])\s+\S/u;


/** The words that open a part of the count before them: "из них", "в том числе", "оның ішінде", "оның біреуі". */
const PART_OPENS = /(?:из\s+них|из\s+которых|в\s+том\s+числе|в\s+т\.\s*ч\.|(?<![\p{L}])оның(?:\s+ішінде)?|олардың(?:\s+ішінде)?)\s*[-–—:]?\s*$/u;

/**
 * A number of the same metric as one stated before it in the sentence, after
 * "из них", "оның" ("Кеңестің 5 отырысы өткізілді, оның біреуі … көшпелі
 * отырыс болды", "проведено 9 заседаний, в том числе 2 выездных
 * заседания"): a part of that count, not a second statement of it.
 */
function doubtOfPart(taken: Taken[], coded: string, start: number, metric: MetricId, starts: () => number[]): string | null {
  if (!PART_OPENS.test(coded.slice(Math.max(0, start - 30), start))) return null;
  // The total may be read by a later form of the lexicon ("Совет собирался на заседания одиннадцать раз, из них два
  // заседания были выездными"): any count of the metric before the number, not only one already taken.
  return taken.some((t) => t.metric === metric && t.end <= start) || starts().some((s) => s < start) ? 'the number is a part of the count stated before it ("из них", "оның біреуі"), not the total' : null;
}

/** Meetings of one kind: away, online, joint ("в выездном формате", "выездных", "онлайн", "көшпелі", "бірлескен"). */
const KIND_OF_MEETING = /(?<![\p{L}])(?:выездн[\p{L}]*|онлайн[\p{L}-]*|дистанционн[\p{L}]*|совместн[\p{L}]*|расширенн[\p{L}]*|көшпелі|бірлескен|кеңейтілген|қашықтықтан)(?![\p{L}])/u;
const MEETINGS = new Set<MetricId>(['general_meetings', 'presidium_meetings', 'commission_meetings']);

/**
 * A count of meetings of one kind in a sentence of its own, after a larger count of the same meetings in the paragraph
 * ("Совет провел шесть заседаний, … 2 заседания прошли в выездном формате"): a part of that count, with no "из них".
 */
function doubtOfKindPart(stated: { metric: MetricId; value: number }[], lower: string, metric: MetricId, value: number): string | null {
  if (!MEETINGS.has(metric) || !KIND_OF_MEETING.test(lower)) return null;
  return stated.some((s) => s.metric === metric && s.value > value) ? 'the number counts meetings of one kind ("2 заседания прошли в выездном формате") after their total in the paragraph: a part of it' : null;
}

type Form = (typeof FIGURE_LEXICON)[number]['forms'][number];
/** The distinct texts the lexicon's forms need (figureLexicon's `needs`), and each form's as their numbers there. */
const NEED_TEXTS: string[] = [];
const FORM_NEEDS = new Map<Form, number[] | null>();
{
  const ids = new Map<string, number>();
  const idOf = (text: string): number => {
    let id = ids.get(text);
    if (id === undefined) ids.set(text, (id = NEED_TEXTS.push(text) - 1));
    return id;
  };
  for (const form of FIGURE_LEXICON.flatMap((e) => e.forms)) FORM_NEEDS.set(form, form.needs && form.needs.map(idOf));
}

/** Where the counts that a metric's forms read in a sentence start. */
function matchStarts(forms: (typeof FIGURE_LEXICON)[number]['forms'], coded: string, counts: Map<number, number>): number[] {
  return countStartsOf(forms, coded).filter((at) => counts.has(at));
}

/** Metrics that count events held: a Kazakh count of them is of the noun in the nominative or accusative. */
const EVENTS = new Set<MetricId>(['general_meetings', 'presidium_meetings', 'commission_meetings', 'monitorings', 'round_tables', 'seminars', 'public_hearings', 'dialog_platforms']);
/** The endings of the Kazakh dative, locative and ablative, after a possessive too ("отырысқа", "отырыста", "отырыстардан", "отырысына"). */
const OBLIQUE_CASE = /(?:ға|ге|қа|ке|да|де|та|те|дан|ден|тан|тен|нан|нен|ына|іне|нда|нде)$/u;

/**
 * The Kazakh counterpart of a number after a preposition: the counted event
 * in the dative, locative or ablative ("себепсіз 4 отырысқа қатыспағаны
 * үшін" — the meetings a member missed; "3 отырыста қаралды" — where
 * something was heard) is a circumstance, not the events held. `end` is
 * where a `before` form's match ends, inside the noun.
 */
function doubtOfCase(kazakhBefore: boolean, coded: string, end: number, metric: MetricId): string | null {
  if (!kazakhBefore || !EVENTS.has(metric)) return null;
  const noun = (/[\p{L}]+$/u.exec(coded.slice(0, end))?.[0] ?? '') + (/^[\p{L}]*/u.exec(coded.slice(end))?.[0] ?? '');
  // ("Төралқа", the presidium, ends as a dative does: the word itself, in a Russian sentence too — "1 заседание Төралқа".)
  return OBLIQUE_CASE.test(noun) && !/^төралқа$/iu.test(noun) ? 'the counted noun is in the dative, locative or ablative ("4 отырысқа қатыспады", "3 отырыста"): a circumstance, not the events held' : null;
}

/** The number, then a noun that names publications only ("материал" is also an inspection's). */
const OWN_PUBLICATION_NOUN = /^[\d\s\u00a0\u202f]+(?:публикац|жарияланым)/u;

/**
 * Doubts the figure grammar itself sees: a number that opens its match right
 * after a preposition ("на 3 заседаниях присутствовали", "по итогам 4
 * мониторингов") is where or about what something happened, not a count the
 * sentence states; a clause naming a quarter, a half-year or a month of a
 * longer report ("в 1-м квартале проведено 3 заседания") states a part of the
 * period. Both are candidates. A range of whole months ("В июле – сентябре
 * проведено 2 заседания", "шілде – қыркүйек айларында") is the period when
 * it is the report's months, else a part of it or another span.
 */
function doubtOfPlace(lower: string, unmasked: string, matchStart: number, start: number, periodMonths: number, period: Period | null, periodYears: number[], metric: MetricId, byMonth = false): string | null {
  // The council's commissions are counted where the work is done "в рамках пяти комиссий", "в 5 комиссиях": the metric's context says they exist.
  // "освещена в 412 публикациях": the publications counted; "отражен в 3 материалах проверки" is no media's.
  const coveredIn = metric === 'publications' && COVERED_IN.test(lower.slice(Math.max(0, start - 50), start)) && (OWN_PUBLICATION_NOUN.test(lower.slice(start)) || MEDIA_GENERAL.test(lower));
  if (matchStart === start && metric !== 'commissions' && !coveredIn && LEADING_PREPOSITION.test(lower.slice(Math.max(0, start - 30), start))) {
    return 'the number follows a preposition ("на 3 заседаниях"): a circumstance or a part, not a count stated';
  }
  // "по 29 обращениям даны ответы", "по 12 обращениям приняты меры": what was done about them, a part, never how many came.
  if (matchStart === start && RECEIVED_TOTALS.has(metric) && /(?:^|[\s(,])по\s+$/u.test(lower.slice(Math.max(0, start - 5), start))) {
    return 'the number follows "по" ("по 12 обращениям приняты меры"): what was done about them, not how many were received';
  }
  // Kazakh puts the "по" after its noun: "1 өтініш бойынша мерзімі 10 қазанда аяқталады", "3 хат бойынша жауап күтілуде".
  if (RECEIVED_TOTALS.has(metric) && ABOUT_THE_COUNTED.test(lower.slice(start))) {
    return 'the number and its noun stand before "бойынша" ("1 өтініш бойынша мерзімі …"): what is said about them, not how many were received';
  }
  // A bracket closed before the count breaks an earlier count down ("Кеңестің 3 отырысы (I тоқсанда – 1, II тоқсанда – 2)
  // және комиссиялардың 8 отырысы"): its parts of the period are not this count's clause.
  const clause = lower.slice(0, start).replace(/\([^()]*\)/gu, (b) => ' '.repeat(b.length)).split(/[,;]/).pop() ?? '';
  // Read on the text as written: a year after a month ("сентябре 2025 г.") is masked with the month.
  const written = unmasked.slice(0, start).split(/[,;]/).pop() ?? '';
  const range = monthRangeOf(written);
  if (range !== null && range.year !== null && !periodYears.includes(range.year)) return 'the number is about another period than the report\'s';
  // "В июне 2024 года из Совета вышел 1 член", "2024 жылғы маусымда … шықты" in a report of 2025: a month of another year in
  // the count's own clause (a date with its day is a date: "от 2 ноября 2015 года"), not in a bracket's note ("(IV созыв,
  // сформирован в марте 2024 года) … насчитывает 27 членов").
  const otherYearMonth = (text: string) => matchesOf(text, MONTH_OF_YEAR).some((y) => !periodYears.includes(Number(y[1] ?? y[2])));
  if (otherYearMonth(written.replace(/\([^()]*\)?|^[^()]*\)/gu, ' '))) return 'the number is about another period than the report\'s';
  // "состав не менялся (два новых члена включены в ноябре 2025 г.)" in a report of 2026: the month of another year told after
  // the count, in its own clause or bracket — not in a bracket after it ("5 проектов НПА (срок подготовки заключений – январь
  // 2026 года)": a deadline, the count the period's).
  const after = unmasked.slice(start).split(/[,;()]|\.(?=\s+\p{Lu})/u)[0];
  if (otherYearMonth(after)) return 'the number is about another period than the report\'s';
  const whole = monthsOfYear(period);
  if (range !== null) return whole !== null && range.from === whole[0] && range.to === whole[1] ? null : 'the clause names months other than the report\'s period';
  // "С 1 августа по 30 сентября проведено 2 заседания" in a quarter's report: a span of dates longer than an event's days, not the period.
  const span = parseDatePhrase(written, periodYears[0]);
  if (span !== null && daysBetween(span.start, span.end) > 7 && (period === null || span.start !== period.from || span.end !== period.to)) return 'the clause names a span of dates other than the report\'s period';
  if (namesPartOutside(clause, period)) return OUTSIDE_PART;
  if (SUB_PERIODS.some((p) => p.months < periodMonths && p.regex.test(clause)) && !changeInMonth(lower, clause, metric, period, written, periodYears)) return PERIOD_PART;
  // "Тамызда – 2 мониторинг: …" in a paragraph that gives other months their counts too: that month's (monthBreakdown).
  // A member's leaving or joining is an event the month dates ("Наурызда 1 мүше шықты, оның орнына сәуірде 1 жаңа мүше
  // енгізілді"), as changeInMonth reads it.
  // (Brackets blanked as for the clause — "3 отырысы (шілдеде – 1, қыркүйекте – 2) және комиссиялардың 8 отырысы" — but a
  // bracket of a day alone, which makes its month a date: "Тамызда (27-сі күні) … 1 дөңгелек үстел".)
  const monthClause = lower.slice(0, start).replace(/\((?!\s*\d{1,2}(?:-?[\p{L}]{1,3})?(?:\s+(?:күні|числа))?\s*\))[^()]*\)/gu, (b) => ' '.repeat(b.length)).split(/[,;]/).pop() ?? '';
  if (byMonth && periodMonths > 1 && metric !== 'members_left' && metric !== 'members_joined' && KAZAKH_MONTH_CLAUSE.test(monthClause)) return PERIOD_PART;
  // "Жыл басынан бері … 2 меморандум жасалды", "С начала года подписано 2 меморандума" in a quarter's or a half-year's report:
  // the year to date, a span longer than the period.
  // Read on the text as written too: the period's year masked out of "С начала 2025 года" leaves "с начала   проведено".
  // A period that opens the year (the first quarter, half-year, nine months) is the year to date: "Жыл басынан бері кеңестің
  // 2 отырысы … өткізілді" in a first quarter's report counts the quarter.
  if (periodMonths < 12 && !opensYear(period) && (YEAR_TO_DATE.test(clause) || YEAR_TO_DATE.test(written))) return 'the clause counts from the start of the year (year to date), a span longer than the report\'s period';
  // "(за весь созыв выбыли 3 и включены 3 члена)", "өкілеттік мерзімі ішінде 3 мүше шықты" in a half-year's or a year's report
  // (set 171): the council's whole term, a span longer than the period — the term's own only in a report of the term.
  if (periodMonths <= 13 && (WHOLE_TERM.test(clause) || WHOLE_TERM.test(written))) return 'the clause counts over the council\'s whole term (its convocation), a span longer than the report\'s period';
  return null;
}

/** A count of a quarter, a half-year or a month of the period: a part, though the events it lists are the period's. */
export const PERIOD_PART = 'the clause names a part of the report\'s period (a quarter, a half-year, a month)';

/** Whether the report's period begins on the 1st of January: its figures to date are the year's to date. */
const opensYear = (period: Period | null): boolean => period !== null && /-01-01$/u.test(period.from);

/** A month and its year with no day before the month: "в июне 2024 года", "2024 жылғы маусымда". */
const MONTH_OF_YEAR = new RegExp(`(?<!\\d\\s*(?:-?[\\p{L}]{1,3})?\\s)${MONTH_WORD}\\s+((?:19|20)\\d{2})(?!\\d)|(?<!\\d)((?:19|20)\\d{2})\\s*(?:жылғы|жылдың|ж\\.)\\s+${MONTH_WORD}`, 'giu');

/**
 * Whether the text before a count lists parts of the period, each with its number, then a word of a total ("Бірінші
 * тоқсанда – 2, екіншіде – 3, үшіншіде – 1, барлығы", "В I квартале – 4, во II – 3, всего"), and as many parts as tile the
 * report's period (3 quarters of 9 months, 2 half-years of a year): the count is the period's. Parts that do not tile it
 * ("В III квартале проведено 2 заседания, 3 мониторинга, всего" — one quarter's events) leave it that part's.
 */
function totalOfTilingParts(before: string, periodMonths: number): boolean {
  const total = TOTAL_AFTER_PARTS.exec(before);
  if (!total) return false;
  const parts = before.slice(0, total.index).split(/[,;]/u).filter((p) => p.trim() !== '');
  const part = SUB_PERIODS.find((p) => p.months > 1 && p.months < periodMonths && p.regex.test(parts[0] ?? ''));
  return part !== undefined && parts.length * part.months === periodMonths && parts.every((p) => /^\D*\d+\s*$/u.test(p.replace(/^\s*(?:а|и|ал|және)\s+/u, '')));
}
const TOTAL_AFTER_PARTS = /[,;]\s*(?:а\s+|ал\s+)?(?:всего|итого|барлығы|жалпы|жиыны|в\s+целом)\s*[-–—:]?\s*$/u;

/** A label and its colon opening the sentence, and a total word right before the count. */
const LABEL_THEN_TOTAL = /^[^:,;]{2,80}:\s[^:]*(?:всего|итого|барлығы|жалпы|жиыны)\s*[-–—:]?\s*$/u;

/** A rate by a part of the year: "тоқсан сайын", "ай сайын", "каждый квартал", "ежеквартально", "ежемесячно". */
const RATE_OF_PART = /(?<![\p{L}])(?:(?:тоқсан|ай|жартыжылдық)\s+сайын|кажд(?:ый|ом|ое)\s+(?:квартал|месяц|полугодие)[\p{L}]*|ежеквартальн[\p{L}]*|ежемесячн[\p{L}]*)(?![\p{L}])/gu;

const OUTSIDE_PART = 'the clause names a quarter or half-year outside the report\'s period ("во II полугодии" of a first half\'s report)';

const YEAR_TO_DATE = /с\s+начала\s+(?:(?:текущего|этого|\d{4})\s+)?года|нарастающим\s+итогом|жыл\s+басынан\s+(?:бері|бастап)|(?:\d{4}\s+)?жылдың\s+басынан\s+(?:бері|бастап)|өспелі\s+қорытынды/iu;

/** Counts of things that came in or were sent: after "по" a number counts what was done about a part of them. */
const RECEIVED_TOTALS = new Set<MetricId>(['appeals_received', 'appeals_individuals', 'appeals_legal_entities', 'letters_sent']);
/** A number, its noun and the postposition "бойынша" (as the Russian "по" before them): the topic of what the clause says. */
const ABOUT_THE_COUNTED = /^\d[\d\s\u00a0]*(?:-?[\p{L}]{1,4})?\s+[\p{L}]+\s+бойынша(?![\p{L}])/u;

/**
 * Members who left or joined "В марте" of a report from January to May: a
 * change is an event, and the month says when in the period it happened, not
 * a part of the period counted apart. Only when the sentence names no other
 * part of the period ("в марте – 1, в мае – 2" are parts) and the month lies
 * inside the period.
 */
function changeInMonth(sentence: string, clause: string, metric: MetricId, period: Period | null, written: string, periodYears: number[]): boolean {
  const months = monthsOfYear(period);
  if ((metric !== 'members_left' && metric !== 'members_joined') || months === null) return false;
  // "В июне 2024 года из Совета вышел 1 член" in a report of 2025: another year's month.
  if (matchesOf(written, /(?<!\d)(?:19|20)\d{2}(?!\d)/gu).some((y) => !periodYears.includes(Number(y[0])))) return false;
  // A part named after the sentence's last count counts nothing ("введён 1 новый член (…) вместо выбывшего во II квартале",
  // "выбыл один член (…); кандидатура … будет рассмотрена во втором полугодии"): the last count in digits or in words.
  const last = findCounts(sentence).at(-1);
  const counted = last === undefined ? sentence : sentence.slice(0, last.end);
  const partsOf = (text: string) => SUB_PERIODS.reduce((n, p) => n + matchesOf(text, new RegExp(p.regex.source, 'gu')).length, 0);
  // "В июне из Совета вышел 1 член, в августе введён 1 новый член": each month in a clause with its own verb of change
  // is that change's time, not a part of one count ("выбыло: в марте – 1, в мае – 2" has no verb after its first clause).
  const clauses = counted.split(/[,;]/u).filter((c) => partsOf(c) > 0);
  const kinds = clauses.map((c) => (partsOf(c) !== 1 ? null : MEMBER_LEFT.test(c) ? 'left' : MEMBER_JOINED.test(c) ? 'joined' : null));
  // Two clauses of the same kind ("В марте выбыл 1 член, в мае выбыли 2 члена") are parts of one count all the same.
  const eachOwnVerb = clauses.length > 1 && !kinds.includes(null) && new Set(kinds).size === kinds.length;
  const parts = eachOwnVerb ? 1 : partsOf(counted);
  const month = SUB_PERIODS.find((p) => p.months === 1)?.regex.exec(clause)?.[0].split(/\s+/).pop();
  const m = month === undefined ? null : monthOfWord(month);
  return parts === 1 && m !== null && m >= months[0] && m <= months[1];
}

/** The first and last month of a period within one year; null for none or one across years. */
function monthsOfYear(period: Period | null): [number, number] | null {
  if (period === null || period.from.slice(0, 4) !== period.to.slice(0, 4)) return null;
  return [Number(period.from.slice(5, 7)), Number(period.to.slice(5, 7))];
}

function daysBetween(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / 86_400_000;
}

const MANGLED_DIGIT = /^[OОoоlIІЗз](?![\p{L}])/u;
const MANGLED_DIGIT_BEFORE = /(?:^|[^\p{L}])[OОoоlIІЗз]$/u;
/** "2019 году", "№ 3", "70%" are not counts. */
function isYearOrNumberSign(text: string, start: number, end: number, value: number): boolean {
  const before = text.slice(Math.max(0, start - 3), start);
  const after = text.slice(end, end + 6);
  if (/№\s*$/.test(before) || /^\s*%/.test(after)) return true;
  // A number the copy mangled, a letter like a digit glued to it ("1O", "l5", "З8"): its digits are not the number.
  if (MANGLED_DIGIT.test(text.slice(end, end + 2)) || MANGLED_DIGIT_BEFORE.test(text.slice(Math.max(0, start - 2), start))) return true;
  // A difference, never a count: "на 6 больше, чем годом ранее", "12-ге көп", "6-ға артық".
  if (/(?:^|[\s(])на\s+$/u.test(text.slice(Math.max(0, start - 4), start)) && /^\s*(?:больше|меньше|выше|ниже)(?![\p{L}])/u.test(text.slice(end, end + 10))) return true;
  // A number in the locative ("25-інде", "5-інде", "3-сында"): a day of a month broken from its month by a line's end
  // ("сәуірдің" / "25-інде … диалог алаңы өтті"), or where ("оның 3-інде"), never how many.
  if (/-\p{L}*(?:да|де|та|те)$/u.test(text.slice(start, end))) return true;
  if (/(?:ға|ге|қа|ке|ына|іне)$/u.test(text.slice(start, end)) && /^\s*(?:көп|артық|кем|аз|ұлғайды|өсті|азайды|төмендеді)(?![\p{L}])/u.test(text.slice(end, end + 12))) return true;
  return value >= 1900 && value <= 2100 && /^\s*(?:г|год|жыл|ж\.)/iu.test(after);
}

/**
 * A reference note in the other language ("Справочно: всего публикаций … – 118" in a Kazakh report, "Анықтама: …") restates
 * a fact of the text: when it disagrees, neither is the figure, as in a bilingual report.
 */
const REFERENCE_NOTE = /^\s*(?:справочно|для\s+справки|анықтама(?:\s+үшін)?)\s*[:.–—-]/iu;

/**
 * A sentence that opens with a total word: "Итого за отчетный период …", "Всего за квартал …", "Барлығы тоқсанда …", "Жалпы
 * алғанда …"; or with a word summing up what was told, the total word a few words on: "Сонымен жартыжылдықта кеңестен барлығы
 * 8 мүше шықты" after "7 мүшенің өкілеттігі … тоқтатылды" and "1 мүше … кетті" (set 167), "Таким образом, за полугодие всего
 * выбыли 8 членов".
 */
const TOTALS_SENTENCE = /^\s*(?:(?:сонымен|осылайша|демек|таким\s+образом|итак|тем\s+самым)\s*,?\s+(?:[\p{L}-]+\s+){0,4}?)?(?:итого|всего|в\s+целом|в\s+итоге|барлығы|жалпы|қорытындысында|нәтижесінде)(?![\p{L}])/u;

/**
 * A sentence that says it corrects what the text said before: "С учётом уточнения по итогам сверки: …", "По уточнённым данным
 * …", "Уточнение: …", "Түзетілген дерек: …", "Нақтыланған мәлімет бойынша …" (set 126).
 */
const CORRECTING = /(?<![\p{L}])(?:с\s+уч[её]том\s+уточнени[\p{L}]*|по\s+уточн[её]нным\s+данным|уточн[её]нн[\p{L}]*\s+данн[\p{L}]*|уточнени[ея]\s*:|(?:түзетілген|нақтыланған)\s+(?:дерек|мәлімет)[\p{L}]*)(?![\p{L}])/iu;

/**
 * Whether a figure's sentence is a correction whose own statement gives its number: the number in the sentence outside its
 * brackets, which explain the correction ("(два обращения ТОО … не попали в сводку)" names no count of the period).
 */
function correctsEarlier(f: ReportFigure): boolean {
  if (!CORRECTING.test(f.text)) return false;
  const main = f.text.replace(/\([^()]*\)?/gu, ' ');
  return new RegExp(`(?<![\\d.,])${f.value}(?!\\d|[.,]\\d)`, 'u').test(main);
}

function addFigure(figures: ReportFigure[], issues: ExtractIssue[], candidates: ReportCandidate[], f: ReportFigure, bilingual: boolean, summary: Set<number>, restates: (text: string) => boolean, changeTotals: WeakSet<ReportFigure> = new WeakSet()): void {
  const disputed = candidates.find((c) => c.metric === f.metric && (isDisputeOf(f.metric, c.why) || isRestatedOf(f.metric, c.why)));
  if (disputed) {
    candidates.push({ ...f, why: disputed.why });
    return;
  }
  const earlier = figures.find((x) => x.metric === f.metric);
  if (!earlier) {
    figures.push(f);
  } else if ((bilingual || restates(earlier.text) || restates(f.text)) && disputedAcrossLanguages(earlier, f)) {
    // Neither translation is the figure: both go to the review with the two lines.
    disputeBoth(figures, candidates, earlier, [earlier, f], disputeWhy(f.metric, earlier, f));
  } else if (earlier.value !== f.value && summary.has(f.line - 1) !== summary.has(earlier.line - 1)) {
    // The summary restates a section's figure with another number ("Үш (3) дөңгелек үстел" / "Қорытынды. … 4 дөңгелек
    // үстел"): the document states it twice, and neither number is the figure.
    disputeBoth(figures, candidates, earlier, [earlier, f], restatedWhy(f.metric, earlier, f));
  } else if (earlier.value !== f.value && changeTotals.has(f) && !changeTotals.has(earlier)) {
    // A change told clause by clause ("8 мүшенің өкілеттігі тоқтатылып …"), then its total ("Барлығы тоқсанда құрамнан 9
    // мүше шықты"): the total is the period's, the clause one part of it.
    figures.splice(figures.indexOf(earlier), 1, f);
    issues.push({ line: f.line, message: `${f.metric} stated as ${earlier.value} (line ${earlier.line}) and as the total ${f.value} (line ${f.line}); the total is kept` });
  } else if (earlier.value !== f.value && correctsEarlier(f) && !correctsEarlier(earlier)) {
    // "С учётом уточнения …: от юридических лиц поступило 9 обращений" under "… 7 – от юридических лиц": the text takes the
    // first number back itself.
    figures.splice(figures.indexOf(earlier), 1, f);
    issues.push({ line: f.line, message: `${f.metric} stated as ${earlier.value} (line ${earlier.line}) and, corrected, as ${f.value} (line ${f.line}); the correction is kept` });
  } else if (earlier.value !== f.value) {
    issues.push({ line: f.line, message: `${f.metric} stated as ${earlier.value} (line ${earlier.line}) and ${f.value} (line ${f.line}); the first is kept` });
  }
}

/**
 * The lines of the list a colon opens at line `from`: the next line, and the lines after it while each goes on with an item
 * closed by a semicolon or a comma on the line before (at most 12, up to a blank line or a line that ends the list with a stop).
 */
function linesOpenedBy(lines: string[], from: number): string {
  const out: string[] = [];
  for (let k = from; k < lines.length && k < from + 12; k++) {
    const line = lines[k] ?? '';
    if (line.trim() === '') break;
    out.push(line.trim());
    if (!/[;,]\s*$/u.test(line)) break;
  }
  return out.join(' ');
}

/**
 * The label a count follows, from the clause's start: its parts with a count of their own ("Проведено 3 мониторинга,
 * круглые столы – 2") are other statements, left out.
 */
function labelBefore(coded: string, start: number): string {
  const clause = coded.slice(0, start).split(/[.:!?]\s/u).pop() ?? '';
  // (The item's number masked before it, "3. Обращения и письма", is no word of the label.)
  return clause.replace(/[\s\-–—:]+$/u, '').replace(/^[\uE000\s]+/u, '').split(/(?<=[,;])/u).filter((part) => !/[\d\uE001\uE003]/u.test(part)).join(' ');
}

/** A label whose one count is of two kinds of events or of two subjects of the work, or of two bodies' meetings. */
function countsTwoKinds(label: string): boolean {
  return namesTwoMetrics(label, EVENT_KINDS) || namesTwoMetrics(label, SUBJECT_KINDS) || MEETINGS_OF_TWO_BODIES.test(label);
}

/**
 * Subjects of the work a count of two of them joins: "3. Обращения и письма – 2" (set 104's contents, a page's number;
 * a numbered label is read since set 194) is neither the appeals' nor the letters'.
 */
const SUBJECT_KINDS: ReadonlySet<MetricId> = new Set<MetricId>(['appeals_received', 'letters_sent', 'npa_reviewed', 'publications']);

/** A label of the meetings of two bodies at once: the council's and the commissions' (or the presidium's). */
const MEETINGS_OF_TWO_BODIES = /(?:заседани|собрани)[\p{L}]*\s+(?:общественного\s+)?(?:совета|ос|президиума)\s*(?:,|и|а\s+также)\s*(?:(?:его|её|постоянн[\p{L}]*)\s+)?(?:комисси|президиум)[\p{L}]*|(?<![\p{L}])(?:кеңес|төралқа)[\p{L}]*\s*(?:,|және|мен|бен|пен)\s*(?:(?:тұрақты)\s+)?(?:комиссия|төралқа)[\p{L}]*\s+отырыс/iu;

/** The kinds of events a count of two of them joins ("Круглые столы и диалоговые площадки – 2"); the parts of a whole ("ескертпесіз мақұлданды, ескертпемен – 0") are not. */
const EVENT_KINDS: ReadonlySet<MetricId> = new Set<MetricId>(['general_meetings', 'presidium_meetings', 'commission_meetings', 'report_hearings', 'public_hearings', 'monitorings', 'round_tables', 'dialog_platforms', 'seminars', 'memoranda']);
