import { codeCounts } from '../grammar/codeCounts.ts';
import { findCounts } from '../grammar/findCounts.ts';
import { matchesOf } from '../grammar/matchesOf.ts';
import { FIGURE_LEXICON, countStartsOf } from './figureLexicon.ts';
import { lowerCase } from '../grammar/lowerCase.ts';
import { bracketsOf } from '../grammar/bracketsOf.ts';
import { maskNeverCounts } from '../maskNeverCounts.ts';
import { MONTH_WORD } from '../monthNames.ts';
import { hasKazakhGrammar } from '../toLines.ts';
import { planOfStatement } from './plannedCount.ts';
import { withoutRestHandledLater } from '../doubtOfFigure.ts';
import type { MetricId, ReportCandidate, ReportFigure, ReportMedia } from '../types.ts';
import { MEMBER_JOINED, MEMBER_LEFT } from './memberChangeClauses.ts';

/** A number some reader of the sentence gave a role: a figure or candidate of any metric, a media count. */
export interface ReadNumber {
  metric: MetricId;
  value: number;
}

/**
 * Why a figure read from a sentence may have another reading, or null when the sentence leaves none. A guard of every
 * figure the sentence readers state, whatever phrase read it: every other number in the sentence must have a role
 * (numberRole) — another figure or candidate read from it, a part after "из них"/"оның", the whole the figure is a part
 * of, another year's or the plan's ("против 10", "(в 2024 году – 29)", "9-дан"), a reference, a part still open, an item
 * of the same breakdown, a count with a label or a noun of its own ("заседаний комиссий – 6", "240 человек") — else the
 * figure is a candidate: "Отставание от плана по мониторингам (8 из 12) связано с переносом двух мониторингов" states
 * no 2 monitorings; "5 Проведено заседаний Общественного совета 5 6 +1" (a table row set with spaces) no 5 meetings.
 * So is a figure after a year later than the report's ("2026 жылға міндеттер: 6 отырыс, 6 мониторинг"), and one whose
 * statement is a plan, an intention or an obligation with no deed beside it (plannedCount: "Кемінде 5 отырыс, 7 мониторинг
 * өткізу.", "… жоспарланған", "планируется провести 12 мониторингов", "План на II полугодие: 2 заседания"), and one of a
 * sentence wholly quoted: another body's words (set 28: «Аудандық кеңес … 4 мониторинг … өткізді» in an oblast's report),
 * an example. Another body as the subject outside quotes was tried and dropped: no false figure of sets 27–48 has one,
 * and the Kazakh subject is not told from a genitive's head ("Аудандық мәслихат шешімдерінің 7 жобасын қарап…": 11 right
 * figures lost).
 *
 * Measured before it was wired (session 18), as a function of (sentence, number, metric) on labelled figures:
 *
 * | figures                                                                 | caught / lost |
 * | ----------------------------------------------------------------------- | ------------- |
 * | false, sets 27–48 as first scored blind (each set's code before it)     | 44 of 90      |
 * |   of them table rows set with spaces, read as sentences                 | 31 of 32      |
 * |   of them sentences                                                     | 13 of 58      |
 * |     by the other numbers' roles                                         | 4             |
 * |     by a plan (added after, its 6 plans seen: not blind)                | 6             |
 * |     by a whole quotation (added after, seen: not blind)                 | 3             |
 * | right, sets 2–48 today (every reader's, tables too)                     | 0 of 4 948    |
 * | set 49's reports (false 4, right 93)*                                   | 3 / 0         |
 *
 * *Not blind: the loose digits and the later year were added after its false figures were seen (the roles alone: 0 of 4).
 * Right figures lost while the roles grew, each now a role: "горячую линию 1433", "по трём …, по двум", "учтено 7)",
 * "9 (девять) выездов", "собирались 11 раз". Most false figures of sentences are a misread whose every number has a role (another
 * body's count, a part read as the total, a composition at formation): this guard does not see those; doubtOfFigure's
 * classes do. A plan it sees by the statement's predicate, whatever numbers stand beside it.
 */
export function otherReadingOf(text: string, metric: MetricId, value: number, read: ReadNumber[], periodYears: number[] = [], bracketsCompare = false): string | null {
  const masked = maskNeverCounts(text);
  const counts = findCounts(masked, { kazakh: hasKazakhGrammar(text) });
  const own = counts.filter((c) => c.value === value);
  // "Барлығы 10 6 2 12 Мониторингтер кестесі: …" (a table's total row run into the next line), "Итого 5 6 +1": the number is
  // one cell of a row of bare numbers, whose column is the metric's is not told (a row's later cells are no count to findCounts).
  const row = inNumberRow(masked, value, own);
  if (row !== null) return `the number is one cell of a row of bare numbers (${row}, a table's row run into a line): which column is the metric's is not sure`;
  // A figure whose number the sentence does not write (counted from a list, a "none" in words) is not this guard's.
  if (own.length === 0) return null;
  const lower = lowerCase(masked);
  // "Жоспарда 3 отырыс көзделген, іс жүзінде 3 отырыс өткізілді": the plan and the fact of one number, the fact's the figure.
  const readAt = figuresAt(masked, metric, own, hasKazakhGrammar(text));
  const figure = readAt.find((f) => planOfStatement(text, f.start, f.end) === null) ?? readAt[0];
  const brackets = bracketsOf(text);
  const figureNoun = nounAfter(lower, figure.end) ?? labelBefore(lower, figure.start);
  // "2026 жылға міндеттер: 6 отырыс, …", "Задачи на 2026 год: …", "в 2026 году планируется": a year after the report's heads the count.
  const later = laterYearBefore(text.slice(0, figure.start), periodYears);
  if (later !== null) return `the sentence names a year after the report's (${later}) before the number: another period's count`;
  // «Аудандық кеңес 2025 жылы 4 мониторинг, 2 есеп тыңдау өткізді, 19 өтініш қабылдады»: a sentence wholly quoted is another's
  // words — a body's it quotes, an example, a template — not the report's own count.
  if (QUOTED_WHOLE.test(text)) return 'the sentence is wholly a quotation (another body\'s words, an example): its counts are not the report\'s';
  // "Кемінде 5 отырыс, 7 мониторинг … өткізу.", "ІІ жартыжылдықта 12 мониторинг … жоспарланған", "планируется провести 6 заседаний".
  const plan = planOfStatement(text, figure.start, figure.end);
  if (plan !== null) return `the statement is a plan or an intention (${plan}), not what was done`;
  // Digits no count took ("Круглые столы – 1 1 2": findCounts reads the first only, the rest look like a thousands group).
  const loose = matchesOf(masked, /(?<![\d.,])\d+(?![\d]|[.,]\d)/gu).filter((m) => !counts.some((c) => c.start <= m.index && m.index < c.end)).map((m) => ({ start: m.index, end: m.index + m[0].length, value: Number(m[0]) }));
  for (const c of [...counts, ...loose]) {
    if (c.value === value && !loose.includes(c)) continue;
    if (read.some((r) => r.value === c.value)) continue;
    const endsCount = counts.some((o) => o.end <= c.start && /^\s*\(\s*$/u.test(text.slice(o.end, c.start)));
    const role = numberRole(text, lower, c, figure, figureNoun, brackets, endsCount, bracketsCompare);
    if (role !== null) continue;
    return `the sentence holds another number (${text.slice(c.start, c.end)}) no reader gave a role: which of them is the figure is not sure`;
  }
  return null;
}

/**
 * The run of three bare numbers or more apart only by spaces or tabs ("10 6 2 12", "5\t6\t+1") the figure's number is a
 * cell of, else null; never one number in thousands groups ("1 200 300").
 */
function inNumberRow(masked: string, value: number, own: Span[]): string | null {
  for (const m of matchesOf(masked, NUMBER_ROW)) {
    if (/^\d{1,3}(?:[ \u00a0]\d{3})+$/u.test(m[0])) continue;
    const cells = matchesOf(m[0], /\d+/gu);
    // The figure's number is a cell: one a count starts at, or, with no count of its value, a later cell of its value.
    if (own.some((o) => o.start >= m.index && o.end <= m.index + m[0].length && cells.some((c) => m.index + c.index === o.start)) || (own.length === 0 && cells.some((c) => Number(c[0]) === value))) return m[0];
  }
  return null;
}

const NUMBER_ROW = /(?<![\d.,+\-–—])[+]?\d+(?:[ \t\u00a0]+[+]?\d+){2,}(?![\d.,])/gu;

/** Where the metric's forms read the figure's number (each such, in the lexicon's order), else its first occurrence. */
function figuresAt(masked: string, metric: MetricId, own: Span[], kazakh: boolean): Span[] {
  const { coded } = codeCounts(masked, { kazakh });
  const lower = lowerCase(coded);
  const out: Span[] = [];
  for (const entry of FIGURE_LEXICON) {
    if (entry.metric !== metric) continue;
    for (const at of countStartsOf(entry.forms, lower)) {
      const found = own.find((o) => o.start === at);
      if (found !== undefined && !out.includes(found)) out.push(found);
    }
  }
  return out.length > 0 ? out : [own[0]];
}

/** A sentence inside one pair of quotes, with nothing outside them but a closing stop. */
const QUOTED_WHOLE = /^\s*(?:«[^«»]*»|"[^"]*"|“[^“”]*”)\s*[.;]?\s*$/u;

/** A year with its word ("2026 жылға", "на 2026 год", "в 2026 году"), not a date's ("до 10 января 2026 года") nor a title's. */
const YEAR_NAMED = /(?<![\d.,])((?:19|20)\d{2})\s*(?:жыл[\p{L}]*|ж\.|год[\p{L}]*|г\.)/gu;

function laterYearBefore(before: string, periodYears: number[]): number | null {
  if (periodYears.length === 0) return null;
  const last = Math.max(...periodYears);
  // "…, қалған екеуі 2026 жылдың қаңтарында қаралады; … 19 хат жолданып": a year the rest are handled in dates them only.
  const outside = withoutRestHandledLater(before).replace(/«[^«»]*»|"[^"]*"|\([^()]*\)/gu, (m) => ' '.repeat(m.length));
  for (const m of matchesOf(outside, YEAR_NAMED)) {
    const year = Number(m[1]);
    const lead = outside.slice(Math.max(0, m.index - 25), m.index);
    if (year > last && !new RegExp(`(?:\\d{1,2}\\s*${MONTH_WORD}|\\d{1,2}[./]\\d{1,2}[./])\\s*$`, 'iu').test(lead) && !/(?:бюджет|программ|концепци|стратеги|план[\p{L}]*\s+развития|–|-)\s*[\p{L}\s]{0,30}$/iu.test(lead)) return year;
  }
  return null;
}

interface Span {
  start: number;
  end: number;
}

/** Words that open the parts of a count before them: "из них", "в том числе", "оның ішінде", "олардың", "соның". */
const PART_OPEN = /(?:из\s+них|из\s+которых|в\s+том\s+числе|в\s+т\.\s*ч\.|в\s+их\s+числе|включая|(?<![\p{L}])(?:оның|олардың|соның)(?![\p{L}]))/u;
/** A total named right before the figure: its parts are the sentence's other numbers. */
const TOTAL_BEFORE = /(?:всего|итого|общ[\p{L}]*\s+(?:количеств|числ)[\p{L}]*|барлығы|жалпы(?:\s+саны)?|жиыны|в\s+целом)[^.;\d]{0,40}$/u;
/** A year or a word of another period or of a comparison: the number it stands with is another period's. */
/**
 * A text's legend that its brackets hold another period's counts for comparison: "В скобках для сравнения приведены данные
 * за предыдущие три месяца", "(в скобках – показатели 2024 года)", "Жақшада 2024/2025 оқу жылының көрсеткіштері салыстыру
 * үшін берілді". A bracket that opens the legend's own line, not the words "в скобках" in a sentence about something else.
 */
const BRACKETS_WORD = String.raw`(?:^|[\s(])(?:в\s+(?:квадратных\s+|круглых\s+)?скобках|жақшада|жақша\s+ішінде)(?![\p{L}])`;
const COMPARED_WORD = String.raw`(?:сравнени|салыстыр|прошл|предыдущ|аналогичн|өткен|алдыңғы|былтыр|(?:19|20)\d{2})`;
const BRACKET_LEGEND = new RegExp(`${BRACKETS_WORD}[^.]{0,160}?${COMPARED_WORD}|${COMPARED_WORD}[^.]{0,200}?${BRACKETS_WORD}\\s+(?:беріл|көрсетіл|приведен|указан|даны)`, 'iu');
const OTHER_TIME = /(?:(?:19|20)\d{2}|прошл|предыдущ|ранее|против|чем\s|сравнени|аналогичн|өткен\s+жыл|былтыр|салыстыр|жоспар|план)/u;
/** A state of a part: pending, late, refused. */
const PART_STATE = /(?:рассмотрени|рассматрива|в\s+работе|на\s+исполнени|орындалу|не\s+истек|не\s+истёк|ждем|ждём|ожида|на\s+контроле|продлени|қаралу|қарауда|қаралуда|қарау\s+үстінде|жалғасуда|мерзім|жауапсыз|кешік|кешіг|отклон|с\s+нарушени)/u;
/** Words after a number that are no noun of its own: a preposition, a conjunction ("раз", "рет" are: the times of its verb). */
const NOT_A_NOUN = /^(?:и|или|а|из|от|по|в|во|на|с|со|к|для|до|за|мен|және|не|немесе|мен|де|да)$/u;

/** The whole a part is told of: "из 58", "14 мүшенің 8-і", "11 из 14", "пять отчётов из восьми". */
const WHOLE_AFTER = /^[\s-]*(?:[\p{L}]+(?:ның|нің|дың|дің|тың|тің)|[\p{L}]+\s+[\p{L}]+(?:ның|нің|дың|дің|тың|тің))(?![\p{L}])/u;
/** Another time's number, or a plan's, told with the figure: "против 10", "вместо 49", "с девяти до двенадцати", "при плане шесть", "былтырғы 4-тен". */
const THEN_BEFORE = /(?:(?<![\p{L}])(?:против|вместо|с|со|при\s+плане|план[\p{L}]*|чем|былтырғы|өткен\s+жылғы|прошлогодн[\p{L}]*|жоспар[\p{L}]*)\s+(?:[\p{L}]+\s+)?|(?:19|20)\d{2}\s*(?:жылғы|жылы|г\.?|году)?\s+)$/u;
const THEN_AFTER = /^(?:-?(?:тен|тан|ден|дан|нен|нан)(?![\p{L}])|\s+(?:в|за)\s+(?:(?:19|20)\d{2}|прошл|предыдущ|тот\s+же)|\s*(?:[\p{L}]+\s+)?(?:больше|меньше|көп|кем|артық|аз)(?![\p{L}]))/u;
/** A none in words: "ни одного", "жоқ", "нет". */
const NONE_WORD = /^(?:нет|жоқ|ни|ноль|нөл)/u;
/** A reference the mask left: "1-кестеде", "по строке 7", "горячую линию 1433", "сенім телефоны 1414". */
const REFERENCE = /(?:^-?(?:кесте|сурет|қосымша)|(?:строк[\p{L}]*|графа|кестеде|таблиц[\p{L}]*|лини[\p{L}]*|номер[\p{L}]*|телефон[\p{L}]*|код[\p{L}]*|желі[\p{L}]*)\s*$)/u;

/** The role of a number other than the figure, or null when it has none. */
function numberRole(text: string, lower: string, c: Span, figure: Span, figureNoun: string | null, brackets: [number, number][], endsCount: boolean, bracketsCompare: boolean): string | null {
  const after = c.start > figure.end;
  const between = after ? lower.slice(figure.end, c.start) : lower.slice(c.end, figure.start);
  const word = lower.slice(c.start, c.end);
  const before = lower.slice(Math.max(0, c.start - 40), c.start);
  const rest = lower.slice(c.end, c.end + 80);
  if (NONE_WORD.test(word) || /(?:^|\s)ни\s+$/u.test(before) || /(?:^|\s)іс\s+$/u.test(before)) return 'none';
  if (/^(?:19|20)\d{2}$/u.test(word)) return 'year';
  // "2024 жылғы 9-дан … 14-ке дейін": the number it grew from.
  if (/-(?:тен|тан|ден|дан|нен|нан)$/u.test(word)) return 'then';
  // "0 + 1 + 0", "90 / 87,9 / 97,7 %": a sum's terms, a slash row of another measure.
  if (/\s[+/]\s+$/u.test(before) || /^\s+[+/]\s/u.test(rest)) return 'sum';
  // A row's number opening the text: "1 За январь–сентябрь … проведено 5 заседаний".
  if (c.start === 0 && /^\s+\p{Lu}/u.test(text.slice(c.end, c.end + 3))) return 'item';
  // "27 (39)", "он бір (11)", "№ 2 (10)", "чем за I полугодие 2024 года (10)": a number in brackets right after another, a
  // reference or a comparison — its other year, its restatement, or a count of what the reference names.
  if (/^\s*\)/u.test(rest) && /\(\s*$/u.test(before) && (/\d[\s\u00a0]*\(\s*$/u.test(before) || /№\s*\d+[\s\u00a0]*\(\s*$/u.test(text.slice(Math.max(0, c.start - 12), c.start)) || endsCount || OTHER_TIME.test(lowerCase(text.slice(Math.max(0, c.start - 60), c.start))))) return 'aside';
  // "жарияланымдар – 74 (+20)", "Кеңес отырыстары – 3 (−1)", "21 (+2 к 2024 г.)", "4 (↑ 1)": a signed number in a bracket after a count,
  // its change against another period (a digest's "жақшада – айырма").
  if (/\d[\s\u00a0]*\(\s*[+−–\-↑↓▲▼]\s*$/u.test(before)) return 'change';
  // Past the figure's statement: "…; рассмотрено 90", "…; одно (…) рассмотрено с продлением срока".
  if (between.includes(';')) return 'statement';
  // "Проектов НПА нам прислали 5, по всем …", "рассмотрено 90.": a count its own verb states, closing its clause.
  if (/(?:[\p{L}]{2}(?:ли|ло|ла|но|ны|ено|ано|лось|лись))\s+$/u.test(before) && /^\s*(?:[,;.:)]|$)/u.test(rest)) return 'predicate';
  // "вошли 4 новых члена, прекратили полномочия 3 (…)", "…, выбыли 2": the other change of membership, counted after its own
  // verb in its own clause.
  const ownClause = lower.slice(0, c.start).split(/[,;:]/u).pop() ?? '';
  if ((MEMBER_LEFT.test(ownClause) || MEMBER_JOINED.test(ownClause)) && /^\s*(?:[,;.:(]|$)/u.test(rest)) return 'change';
  // "яғни 25 өтініш азаматтардан", "то есть 12": a count told again in other words.
  if (/(?:яғни|то\s+есть|т\.\s*е\.)\s*$/u.test(before)) return 'restated';
  // "По 11 даны заключения: 8 – без замечаний, …": the count a colon breaks down, the figure one of its parts.
  if (!after && between.includes(':') && !between.includes(';')) return 'whole';
  // "два из них носили выездной характер": a part said of the count before it.
  if (after && /^\s+(?:из\s+них|из\s+которых|олардың|оның)(?![\p{L}])/u.test(rest)) return 'part';
  // "оның 18-і …, 1-еуі …", "біреуі", "екеуі": a Kazakh count of some "of them", after the figure.
  if (after && /(?:і|ы|сі|сы|інің|ының)$/u.test(word)) return 'part';
  // "Проведено 3 мониторинга, по 2 – с рекомендациями": on some of them, after the figure.
  if (after && /(?:^|\s)по\s+$/u.test(before) && /^\s*[-–—]/u.test(rest)) return 'part';
  if (REFERENCE.test(lower.slice(c.end, c.end + 8)) || REFERENCE.test(before)) return 'reference';
  // "поступило 38, из них 31 – от физических лиц, 7 – от юридических": a part of the figure (or of another count).
  if (after && PART_OPEN.test(between) && (!between.includes(';') || /(?:из\s+них|оның\s+ішінде)\s*:/u.test(between))) return 'part';
  // "Из 58 рассмотренных … 39 одобрены", "Түскен 9 өтініштің 8-і", "из них … 27": the whole the figure is a part of.
  if (!after && (PART_OPEN.test(between) || WHOLE_AFTER.test(lower.slice(c.end, c.end + 30)) || /(?:^|\s)из\s+$/u.test(before))) return 'whole';
  if (after && /^\s*из\s+$/u.test(between)) return 'whole';
  // "Поступило 34 обращения (30 – от физических лиц, 4 – …)", "19 өтініш түсті (жеке тұлғалардан – 17, …)": the count whose
  // breakdown a bracket after its noun opens, the figure the bracket's first item.
  if (!after && /^\s*(?:[\p{L}-]+\s+){0,3}\(\s*(?:[\p{L}]+\s+){0,3}(?:[-–—:]\s*)?$/u.test(between)) return 'whole';
  if (after && /(?:^|\s)из\s+$/u.test(before)) return 'whole';
  // "барлығы 203 материал жарияланды: Instagram – 120, …", "Сайтта – 31, …, барлығы – 140": the total's parts.
  if (TOTAL_BEFORE.test(lower.slice(Math.max(0, figure.start - 50), figure.start)) || TOTAL_BEFORE.test(before)) return 'total';
  if (after && /:/u.test(between) && !between.includes(';')) return 'part';
  if (THEN_BEFORE.test(before) || THEN_AFTER.test(rest)) return 'then';
  // A bracket beside a count: "(в 2024 году – 29)", "(I тоқсанда – 1, II тоқсанда – 2)", "(комиссия по … – 6)"; any bracket
  // of a text whose legend says its brackets compare ("В скобках для сравнения приведены данные за …": "[1; 2]").
  const bracket = brackets.find(([a, b]) => a < c.start && b >= c.end);
  if (bracket !== undefined && !(bracket[0] < figure.start && bracket[1] >= figure.end)) {
    const inside = text.slice(bracket[0] + 1, bracket[1]);
    if (bracketsCompare || OTHER_TIME.test(lowerCase(inside)) || /\s[-–—]\s|:/u.test(inside)) return 'aside';
  }
  // Its clause names another year or a comparison ("2024 жылы – 31", "против 10").
  const clause = clauseAround(text, c.start, c.end);
  if (OTHER_TIME.test(lowerCase(clause)) && clauseAround(text, figure.start, figure.end) !== clause) return 'aside';
  // "одно обращение, поступившее 24 декабря, находится на рассмотрении", "біреуі қаралуда": a part still open.
  // A bracket between the part and its state is read past, its abbreviations' points too: "одно (о вырубке деревьев в пос.
  // Каргалы) находится на контроле".
  if (PART_STATE.test(lower.slice(c.end, c.end + 150).replace(/\([^()]*\)/gu, ' ').split(/[;.]/u)[0])) return 'state';
  // "31 – от физических лиц, 7 – от юридических", "(2 – по собственному желанию, 1 – …)": an item of a breakdown, as the figure is.
  if (/^\s*[-–—]\s*(?:от|по|в|с|из|[\p{L}]+(?:дан|ден|тан|тен|нан|нен))?\s*\p{L}/u.test(rest) && /(?:^|[\s,;:(])$/u.test(before.slice(-1)) && (/^\s*[-–—]/u.test(lower.slice(figure.end, figure.end + 4)) || PART_OPEN.test(lower.slice(0, figure.start)))) return 'listed';
  // "по трём даны положительные заключения, по двум – …": an item said as the figure is, after the same preposition.
  const preposition = /(?:^|[\s,;:(])(по|на|из|от)\s+$/u.exec(lower.slice(Math.max(0, figure.start - 5), figure.start))?.[1];
  if (preposition !== undefined && new RegExp(`(?:^|[\\s,;:(])${preposition}\\s+$`, 'u').test(before)) return 'listed';
  // A label of its own before it: "заседаний комиссий – 6", "жіберілді – 11", "Азаматтық қоғам өкілдері – 19".
  const label = /((?:[\p{L}]+\s+)?[\p{L}]+)\.?\s*[-–—:]\s*$/u.exec(before);
  if (label !== null && (figureNoun === null || signature(label[1]) !== signature(figureNoun))) return 'label';
  // A noun of its own, not the figure's: "240 человек", "15 вопросов", "46 рекомендаций", "15-дневный срок".
  const noun = nounAfter(lower, c.end);
  if (noun !== null && (figureNoun === null || signature(noun) !== signature(figureNoun))) return 'noun';
  return null;
}

/** The word right after a number when it is a noun of its own (not a dash, a conjunction, "times", a partitive ending). */
function nounAfter(lower: string, end: number): string | null {
  // "он бір (11) отырысы": the digits a number is restated in are skipped to its noun.
  end += /^\s*\(\s*(?:\d+|[\p{L}]+)\s*\)/u.exec(lower.slice(end))?.[0].length ?? 0;
  const compound = /^-([\p{L}]{5,})/u.exec(lower.slice(end, end + 20));
  if (compound !== null) return compound[1];
  if (/^[\p{L}-]/u.test(lower.slice(end, end + 1))) return null;
  const m = /^\s+([\p{L}]+(?:\s+[\p{L}]+)?)/u.exec(lower.slice(end, end + 50));
  if (m === null || NOT_A_NOUN.test(m[1].split(/\s+/u)[0])) return null;
  return m[1];
}

function labelBefore(lower: string, start: number): string | null {
  return /((?:[\p{L}]+\s+)?[\p{L}]+)[^\p{L}\d]*$/u.exec(lower.slice(Math.max(0, start - 40), start))?.[1] ?? null;
}

/** Words compared by their stems: "общественных мониторингов" and "общественное слушание" differ, "өтініш" and "өтінішке" do not. */
function signature(words: string): string {
  return words.split(/\s+/u).map((w) => w.slice(0, 5)).join(' ');
}

/** The clause around a span: between commas, semicolons, colons and brackets. */
function clauseAround(text: string, start: number, end: number): string {
  const from = Math.max(...[',', ';', ':', '(', ')'].map((s) => text.lastIndexOf(s, start - 1))) + 1;
  const stops = [',', ';', ':', '(', ')'].map((s) => text.indexOf(s, end)).filter((k) => k >= 0);
  return text.slice(from, stops.length > 0 ? Math.min(...stops) : text.length);
}

/**
 * The figures read from sentences that the guard lets stand; each other one becomes a candidate with its reason. A figure's
 * fellows are the figures, candidates and media counts read from its sentence (the same text or line). Run once the table
 * rows have replaced what the grammar made of their lines: a row number the grammar read as a count ("1 Кеңес отырыстары
 * – 2") is gone by then, and its doubt cannot fall on the row's own count.
 */
export function keepFiguresOfOneReading(figures: ReportFigure[], candidates: ReportCandidate[], media: ReportMedia[], periodYears: number[], tableRows: Set<ReportFigure>, lines: string[] = []): ReportFigure[] {
  // A platform's count on a later line of the figure's sentence ("26 жарияланым – Instagram-да 15 (…)," / "Telegram-да 6,
  // kazkenes.kz порталында 5.") has its role as the one on the figure's line has: the line's words stand in the sentence.
  const squeeze = (t: string) => t.replace(/\s+/gu, ' ').trim();
  const inSentence = (m: ReportMedia, f: ReportFigure) => m.line === f.line || (m.line > f.line && m.line <= f.line + 4 && squeeze(lines[m.line - 1] ?? '') !== '' && squeeze(f.text).includes(squeeze(lines[m.line - 1])));
  const fellows = (f: ReportFigure): ReadNumber[] => [
    ...[...figures, ...candidates].filter((x) => x !== f && (x.text === f.text || x.line === f.line)),
    ...media.filter((m) => inSentence(m, f)).flatMap((m) => [m.publications, m.views].filter((v): v is number => v !== null).map((value) => ({ metric: 'publications', value }))),
  ];
  // A table's row is read by its columns (addTableFigures), not as a sentence.
  const compare = BRACKET_LEGEND.test(lines.join(' '));
  const doubts = figures.map((f) => (tableRows.has(f) ? null : otherReadingOf(f.text, f.metric, f.value, fellows(f), periodYears, compare)));
  figures.forEach((f, k) => {
    const why = doubts[k];
    if (why !== null && !candidates.some((c) => c.metric === f.metric && c.value === f.value && c.line === f.line)) candidates.push({ ...f, why });
  });
  return figures.filter((_, k) => doubts[k] === null);
}
