import lexicon from './lexicon/draftClauses.json' with { type: 'json' };
import { findCounts, type CountSpan } from '../grammar/findCounts.ts';
import { sentencesOf } from '../grammar/sentencesOf.ts';
import { maskNeverCounts } from '../maskNeverCounts.ts';
import { isKazakh, tidy } from '../toLines.ts';
import type { MetricId, ReportCandidate, ReportFigure } from '../types.ts';
import { continuesSentence } from './continuesSentence.ts';
import { PARTS_OVER_WHOLE } from './partsOverWhole.ts';

/**
 * The drafts of acts a paragraph tells clause by clause, each clause a count, the drafts it counts and what was done
 * with them (lexicon/draftClauses.json): "Из них рассмотрено пять: по трём даны положительные заключения, по двум –
 * заключения с рекомендациями", "18 … акт жобасы қаралды: 14-іне қолдау білдірілді, 4-іне ескертулер … жіберілді",
 * "Рассмотрено 6 проектов (5 – одобрено, 1 – с замечаниями)". The count may be a number word in any case ("по трём",
 * "алтауына да", "сексен бір"); the verb, not the phrase around it, says the figure. A count of the whole and its part
 * in one clause ("Из 12 рассмотренных проектов … 9 одобрены", "Қаралған 11 жобаның 8-іне …") are read apart. "По всем
 * даны положительные заключения", "барлығы ескертусіз келісілді" state no number (writers differ on them): not read; the
 * whole is read from its parts only when they add up to the drafts received ("поступило двенадцать … По девяти … по
 * трём …"). Read only where the lexicon's phrases left the figure unread, and only
 * when the parts are not more than their whole; a clause of another year, a plan, a comparison, or a count of another
 * noun ("направлено 12 замечаний", "14 обращений") is not read.
 */

type Role = 'remarksNone' | 'remarksNegated' | 'pending' | 'approved' | 'remarks' | 'reviewed' | 'received';

const flags = 'iu';
const DRAFTS = new RegExp(lexicon.drafts, flags);
const DRAFT_NOUN = new RegExp(`^${lexicon.draftNoun}`, flags);
const OTHER_NOUN = new RegExp(`^${lexicon.otherNoun}`, flags);
const OTHER_TIME = new RegExp(lexicon.otherTime, flags);
const BOTH = new RegExp(lexicon.both, flags);
const ROLES = lexicon.roles.map((r) => ({ role: r.role as Role, regex: new RegExp(r.pattern, flags) }));
/** A year in the sentence: only the report's own years may stand there ("Салыстыру үшін: 2024 жылдың … 7 жоба қаралған"). */
const YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/gu;
/** "из 12 …", "12 … жобаның", "11 жобадан": the count of the whole whose part the clause's next count is. */
const WHOLE_BEFORE = /(?:^|[\s(])из\s+$/iu;
const WHOLE_AFTER = /^(?:-?[\p{L}]{0,4})?\s+(?:[\p{L}]+\s+){0,4}?[\p{L}]*(?:ның|нің|дың|дің|тың|тің|нын|нин|дын|дин|дан|ден|нан|нен|тан|тен)(?![\p{L}])/iu;
/** A Russian verb in the singular of one draft pending with no count: "Шестой проект … находится на рассмотрении". */
const ONE_PENDING = /(?<![\p{L}])(?:находится|остается|остаётся|рассматривается|будет\s+(?:[\p{L}]+\s+)?рассмотрен)(?![\p{L}])/iu;
/** Drafts received and to be reviewed later ("поступил 22 декабря и будет рассмотрен в январе"): pending, no plan. */
const RECEIVED_AWAITING = new RegExp(lexicon.receivedAwaiting, flags);

const METRIC: Partial<Record<Role, MetricId>> = { pending: 'npa_pending', approved: 'npa_approved', remarks: 'npa_with_remarks', reviewed: 'npa_reviewed' };

/** A heading that names drafts, of acts or not: under it "жоба", "проект" are the drafts of acts. */
const DRAFTS_HEADING = new RegExp(`${lexicon.drafts}|(?<![\\p{L}])(?:нормотвор|проект[\\p{L}]*\\s+нпа|нпа|нқа|нка)`, flags);
/** A draft named by its plain noun, under such a heading. */
const DRAFT_WORD = /(?<![\p{L}])(?:проект|жоба)[\p{L}]*/iu;

/** A short line of its own with no stop inside it: a section's heading ("НҚА жобаларын қарау", "5. Проекты НПА"). */
function isHeadingLike(paragraph: string): boolean {
  const t = tidy(paragraph).replace(/^(?:[IVX]+|\d{1,2})[.)]\s*/u, '');
  return t.length > 0 && t.length <= 60 && !/[,;:]/u.test(t) && !/[.!?]\s*\S/u.test(t) && findCounts(maskNeverCounts(t)).length === 0;
}

/** A clause broken before its dash ("…, по двум" / "– заключения с рекомендациями."): the dash and a word in lower case go on. */
function dashGoesOn(line: string, next: string): boolean {
  return /[\p{Ll}\d]\s*$/u.test(line) && /^\s*[-–—]\s+\p{Ll}/u.test(next);
}

const FRAME_WORD = /^(?:из|от|да|де|та|те|сол|осы|бойынша|қолдау|оң|даны|дано|дан|направлены|направлено|были|было|находятся|находится|остаются|остается|ещё|еще|тағы|қалған[\p{L}]*|проект[\p{L}]*)$/iu;
const REVIEWED = ROLES.find((r) => r.role === 'reviewed')!.regex;
const DRAFT_NOUN_IN = new RegExp(`(?<![\\p{L}])${lexicon.draftNoun}`, flags);
const DATIVE = /(?:[ыі]?на|[іи]?не|сына|сіне|[ғгқк][аеә])$/iu;

/** One draft named in the singular dative, opening its clause: "по проекту правил …", "по проекту о благоустройстве". */
const ONE_DRAFT = /^(?:а\s+)?по\s+проекту(?![\p{L}])/iu;

const METRIC_SET = new Set<MetricId>(Object.values(METRIC));
const PART_METRICS = new Set<MetricId>(['npa_approved', 'npa_with_remarks']);
/** The doubts of report/otherReadings and readFigures that are of the sentence's grammar, not of whose or when the count is. */
const GRAMMAR_DOUBT = /no reader gave a role|follows a preposition/u;
/** Only a doubt that a number had no role is met by the clauses' reading of that number. */
const NO_ROLE = /no reader gave a role/u;

interface Fact {
  role: Role;
  value: number;
  line: number;
  text: string;
}

function roleOf(text: string): Role | null {
  return ROLES.find((r) => r.regex.test(text))?.role ?? null;
}

/** The clauses of a sentence: split at commas, semicolons and colons, a bracket's clauses apart from the words around it. */
function clausesOf(sentence: string): string[] {
  const out: string[] = [];
  // A bracket holding only a count is the count of the words before it ("рассмотрено проектов НПА (36)"): kept in place.
  const outside = sentence.replace(/\(([^()]*)\)/gu, (whole, inner: string) => {
    if (/^\s*[\d\uE000\s]*$/u.test(inner)) return whole.replace(/[()]/gu, ' ');
    out.push(...inner.split(/[,;:]/u));
    return ' '.repeat(whole.length);
  });
  return [...outside.split(/[,;:]/u), ...out].map((c) => c.trim()).filter((c) => c !== '');
}

/** The remarks in the instrumental right after a count: "2 ескертумен", "с 2 замечаниями". */
const REMARKS_WITH = /^(?:-?[\p{L}]{0,5})?\s*(?:(?:ескерту|ескертпе)(?:лер)?мен|замечани(?:ями|ем))(?![\p{L}])/iu;

/** The word after a count: a draft's noun, another noun, or none (a verb, a mark, the clause's end). */
function countsOtherNoun(clause: string, c: CountSpan): boolean {
  // A count in the dative ("3-іне ескертулер жіберілді", "үшеуіне ескерту", "по двум – замечания") is what the noun after
  // it was given to, not that noun's count.
  if (DATIVE.test(clause.slice(c.start, c.end)) || /(?:^|\s)по\s+$/u.test(clause.slice(0, c.start))) return false;
  // "біреуі 2 ескертумен мақұлданды", "один – с 2 замечаниями": the remarks one draft counted before was approved with, no
  // drafts' count.
  if (REMARKS_WITH.test(clause.slice(c.end)) && (/(?:^|\s)с\s+$/u.test(clause.slice(0, c.start)) || findCounts(clause.slice(0, c.start), { kazakh: true }).length > 0)) return true;
  const next = clause.slice(c.end).match(/^(?:-?[\p{L}]{0,5})?\s*(?:[-–—]\s*)?([\p{L}%]+)/u)?.[1] ?? '';
  // The word after the count is the drafts' noun, a verb of what was done with them, or a word of the clause's frame; any
  // other noun counts something else ("Поддержано 5 инициатив", "14 обращений").
  if (next === '' || DRAFT_NOUN.test(next)) return false;
  return OTHER_NOUN.test(next) || (roleOf(next) === null && !FRAME_WORD.test(next));
}

/**
 * The facts of one clause. Nothing is carried from one clause to the next: a count with no verb and a verb with no count
 * in two clauses ("рассмотрено 12 проектов, по всем представлены положительные заключения") are not one statement to
 * read — "по всем" states no number, and writers differ on it.
 */
function factsOfClause(clause: string, kazakh: boolean, line: number, text: string, facts: Fact[]): void {
  // "замечаний нет" is a none some writers count and others leave out: no count here (readStatedNone's matter).
  const counts = findCounts(clause, { kazakh }).filter((c) => c.value > 0 && !countsOtherNoun(clause, c));
  const role = roleOf(clause);
  // "по проекту правил замечаний нет", "по 5 проектам замечаний нет": no remarks, which writers count as 0 or leave out; no
  // clause of remarks either (it gave "remarks 1").
  if (role === 'remarksNegated') return;
  // "По проекту правил … Совет замечаний не имел": one draft, in the singular dative.
  if (counts.length === 0 && role !== null && role !== 'received' && ONE_DRAFT.test(clause)) {
    facts.push({ role: role === 'remarksNone' ? 'approved' : role, value: 1, line, text });
    return;
  }
  if (counts.length === 0 || role === 'remarksNone') {
    if (role === null) return;
    if (role === 'remarksNone') facts.push({ role: 'remarks', value: 0, line, text });
    else if (BOTH.test(clause)) facts.push({ role, value: 2, line, text });
    else if (role === 'pending' && ONE_PENDING.test(clause) && /(?<![\p{L}])(?:проект|нпа)(?![\p{L}]{2})/iu.test(clause)) facts.push({ role, value: 1, line, text });
    return;
  }
  if (counts.length === 1) {
    const c = counts[0];
    // The count of a whole alone ("Из 12 рассмотренных проектов постановлений 9 …" with the part masked as a reference):
    // only what its own words say of it, never the verb of a part after it.
    if (WHOLE_BEFORE.test(clause.slice(0, c.start)) || WHOLE_AFTER.test(clause.slice(c.end))) {
      const own = roleOf(clause.slice(0, c.end) + (clause.slice(c.end).match(/^(?:\s*[\p{L}-]+){0,2}/u)?.[0] ?? ''));
      if (own === 'reviewed' || own === 'received') facts.push({ role: own, value: c.value, line, text });
      return;
    }
    // "рассмотрены и представлены рекомендации по 94 НПА": reviewed, and remarks on some of them — which the count is, unsure.
    // A conclusion given is no review apart: "по 1 проекту дано заключение без замечаний" is the approval itself.
    if ((role === 'approved' || role === 'remarks') && REVIEWED.test(clause.replace(CONCLUSION_GIVEN, ' '))) return;
    if (role !== null) facts.push({ role, value: counts[0].value, line, text });
    return;
  }
  if (counts.length !== 2) return;
  const [whole, part] = counts;
  // The whole must be of drafts: "5 өтініштің 3-еуі бойынша …" is a part of appeals.
  const isWhole = (WHOLE_BEFORE.test(clause.slice(0, whole.start)) || WHOLE_AFTER.test(clause.slice(whole.end, part.start))) && DRAFT_NOUN_IN.test(clause.slice(whole.end, part.start));
  if (!isWhole || whole.value < part.value) return;
  const wholeRole = roleOf(clause.slice(0, part.start));
  const partRole = roleOf(clause.slice(part.start));
  if (wholeRole === 'reviewed' || wholeRole === 'received') facts.push({ role: wholeRole, value: whole.value, line, text });
  if (partRole !== null && partRole !== 'received' && partRole !== wholeRole) facts.push({ role: partRole, value: part.value, line, text });
}

/**
 * All the drafts counted reviewed and, in the same breath, approved without remarks: "үшеуін де қарап, ескертусіз
 * мақұладық", "үшеуі де қаралып, ескертусіз мақұлданды", "рассмотрены все три, одобрены без замечаний", "мы рассмотрели
 * все три и одобрили без замечаний" — the count marked as all of them ("все N", "N-еуі де", "үшеуін де"), the verb of
 * review in its clause, and the approval without remarks after the count, in its clause or the next one with no count of
 * its own: N reviewed and N approved ("all" applied to a stated number gives that number, set 115). Without the word for
 * all ("рассмотрено 12 проектов, одобрены без замечаний") whether each was approved is not said: not read.
 */
function allReviewedApproved(clause: string, next: string, kazakh: boolean): number | null {
  const counts = findCounts(clause, { kazakh }).filter((c) => c.value > 0);
  if (counts.length !== 1) return null;
  const c = counts[0];
  const all = /(?<![\p{L}])все\s+$/iu.test(clause.slice(0, c.start)) || /^\s+(?:да|де|та|те)(?![\p{L}])/iu.test(clause.slice(c.end));
  // Remarks given to some ("по двум даны замечания") are no approval of all; "без замечаний" itself is.
  const remarked = (t: string) => REMARKS.test(t.replace(new RegExp(APPROVED_CLEAN.source, 'giu'), ' '));
  if (!all || !REVIEWED.test(clause) || remarked(clause) || remarked(next)) return null;
  const rest = clause.slice(c.end);
  const approvedAfter = APPROVED_CLEAN.test(rest) || (findCounts(next, { kazakh }).length === 0 && APPROVED_CLEAN.test(next) && roleOf(next) === 'approved');
  return approvedAfter ? c.value : null;
}
/** A conclusion given: "дано заключение", "заключения подготовлены". */
const CONCLUSION_GIVEN = /(?:дан|подготовлен|выдан|вынесен)[\p{L}]*\s+(?:[\p{L}]+\s+)?заключени[\p{L}]*|заключени[\p{L}]*\s+(?:дан|подготовлен|выдан|вынесен)[\p{L}]*/giu;
/** Approved without remarks: "без замечаний", "ескертусіз" (the first role of approval in the lexicon). */
const APPROVED_CLEAN = ROLES.find((r) => r.role === 'approved')!.regex;
const REMARKS = ROLES.find((r) => r.role === 'remarks')!.regex;

/** A bracket that names a year outside the report's and nothing of this one: "(в 2024 году – 8)", "(2024 жылы – 8)". */
function withoutOtherYearBrackets(written: string, masked: string, periodYears: number[]): { written: string; read: string } {
  let w = written;
  let r = masked;
  for (const m of written.matchAll(/\([^()]*\)/gu)) {
    const years = [...m[0].matchAll(YEAR)].map((y) => Number(y[1]));
    if (years.length === 0 || years.some((y) => periodYears.includes(y))) continue;
    const at = m.index ?? 0;
    const blank = ' '.repeat(m[0].length);
    w = w.slice(0, at) + blank + w.slice(at + blank.length);
    r = r.slice(0, at) + blank + r.slice(at + blank.length);
  }
  return { written: w, read: r };
}

/** One value per role in a paragraph: a role told twice with two values is not read. */
function valueOf(facts: Fact[], role: Role): Fact | undefined {
  const of = facts.filter((f) => f.role === role);
  return of.length > 0 && of.every((f) => f.value === of[0].value) ? of[0] : undefined;
}

export function readDraftClauses(lines: string[], inTable: Set<number>, figures: ReportFigure[], candidates: ReportCandidate[], periodYears: number[]): ReportFigure[] {
  const told = new Set<MetricId>([...figures, ...candidates].map((f) => f.metric));
  const out: ReportFigure[] = [];
  let section = false;
  for (let i = 0; i < lines.length; i++) {
    if (inTable.has(i) || lines[i].trim() === '') continue;
    const first = i;
    let paragraph = lines[i];
    while (i + 1 < lines.length && !inTable.has(i + 1) && (continuesSentence(lines[i], lines[i + 1]) || dashGoesOn(lines[i], lines[i + 1]))) paragraph += ` ${lines[++i]}`;
    const masked = maskNeverCounts(tidy(paragraph));
    // A heading of drafts ("НҚА жобаларын қарау", "5. Проекты НПА") over paragraphs that name them only as "жоба", "проект".
    if (isHeadingLike(paragraph)) {
      section = DRAFTS_HEADING.test(masked);
      continue;
    }
    if (!DRAFTS.test(masked) && !section) continue;
    // A draft's figure of this paragraph doubted for whose or when it is (another body's, a part of the period, a plan):
    // the paragraph is not read again. A doubt of the grammar's (a number no reader gave a role, one after a preposition)
    // is no such doubt: the clauses may give that number its role.
    const doubted = candidates.filter((c) => METRIC_SET.has(c.metric) && c.line >= first + 1 && c.line <= i + 1);
    if (doubted.some((c) => !GRAMMAR_DOUBT.test(c.why))) continue;
    const facts: Fact[] = [];
    let inDrafts = false;
    for (const s of sentencesOf(masked)) {
      // A sentence of drafts, or one going on about the drafts the sentence before told ("Все пять одобрены без замечаний").
      inDrafts = DRAFTS.test(s.text) || ((inDrafts || (section && DRAFT_WORD.test(s.text))) && !/(?<![\p{L}])(?:обращ|письм|пис[её]м|өтініш|хат)/iu.test(s.text));
      if (!inDrafts || (OTHER_TIME.test(s.text) && !RECEIVED_AWAITING.test(s.text))) continue;
      // "поступило двенадцать проектов (в 2024 году – 8)", "3 жоба келді (2024 жылы – 8)": a bracket of another year's count
      // compares; the sentence is read without it.
      const { written, read } = withoutOtherYearBrackets(tidy(paragraph).slice(s.start, s.start + s.text.length), s.text, periodYears);
      // Read on the words as written: the mask blanks the years. A draft to be reviewed next year is still pending now.
      const pendingOnly = clausesOf(read).every((c) => roleOf(c) === 'pending' || findCounts(c).length === 0);
      if ([...written.matchAll(YEAR)].some((y) => !periodYears.includes(Number(y[1])) && !(pendingOnly && Number(y[1]) > Math.max(...periodYears)))) continue;
      const text = tidy(paragraph).slice(s.start, s.start + s.text.length).slice(0, 300);
      const clauses = clausesOf(read);
      for (const [k, clause] of clauses.entries()) {
        factsOfClause(clause, isKazakh(read), first + 1, text, facts);
        const all = allReviewedApproved(clause, clauses[k + 1] ?? '', isKazakh(read));
        if (all !== null) facts.push({ role: 'reviewed', value: all, line: first + 1, text }, { role: 'approved', value: all, line: first + 1, text });
      }
    }
    const existing = (m: MetricId) => figures.find((f) => f.metric === m)?.value;
    const received = valueOf(facts, 'received')?.value;
    const approved = valueOf(facts, 'approved');
    const remarks = valueOf(facts, 'remarks');
    const pending = valueOf(facts, 'pending');
    // The drafts received all reviewed, their parts adding up to them (none left pending): "поступило двенадцать … По девяти … по трём …".
    // "небәрі 3 жоба келді, үшеуіне де ескертусіз келісім берілді": all approved, with their count, are all reviewed too.
    if (valueOf(facts, 'reviewed') === undefined && approved && pending === undefined && received !== undefined && approved.value + (remarks?.value ?? 0) === received) {
      facts.push({ role: 'reviewed', value: approved.value + (remarks?.value ?? 0), line: approved.line, text: approved.text });
    }
    const whole = valueOf(facts, 'reviewed')?.value ?? existing('npa_reviewed');
    const parts = (approved?.value ?? existing('npa_approved') ?? 0) + (remarks?.value ?? existing('npa_with_remarks') ?? 0);
    if (whole !== undefined && parts > whole) {
      // "Кеңес 3 НҚА жобасын қарады: 4-іне …, 2-еуіне ескертулер жіберілді": a part alone over its whole, so a part another
      // reader took from this paragraph is no surer — a candidate. Parts each within it but over it together ("рассмотрено
      // 89, из них одобрено - 89, с замечаниями – 4": the approved may hold those with remarks) stay an issue (checkParts).
      const overrun = Math.max(approved?.value ?? 0, remarks?.value ?? 0) > whole;
      for (const f of overrun ? figures.filter((f) => PART_METRICS.has(f.metric) && f.line >= first + 1 && f.line <= i + 1) : []) {
        figures.splice(figures.indexOf(f), 1);
        candidates.push({ metric: f.metric, value: f.value, line: f.line, text: f.text, why: PARTS_OVER_WHOLE });
      }
      continue;
    }
    for (const role of ['reviewed', 'approved', 'remarks', 'pending'] as const) {
      const metric = METRIC[role]!;
      const fact = valueOf(facts, role);
      // "5. НПА. Рассмотрено 6 проектов (5 – одобрено, …)": the 5 was doubted for the 6 beside it, which the clauses read as
      // the drafts reviewed; the candidate the clauses read the same is the figure.
      const met = doubted.find((c) => c.metric === metric && c.value === fact?.value && NO_ROLE.test(c.why));
      if (met !== undefined && facts.some((f) => f.value !== met.value && f.role !== role && f.line === met.line)) {
        candidates.splice(candidates.indexOf(met), 1);
        out.push({ metric, value: met.value, line: met.line, text: met.text });
        continue;
      }
      if (fact === undefined || told.has(metric) || out.some((f) => f.metric === metric)) continue;
      out.push({ metric, value: fact.value, line: fact.line, text: fact.text });
    }
  }
  // Two paragraphs that count the same drafts two ways: neither is read.
  return out.filter((f) => out.every((g) => g.metric !== f.metric || g.value === f.value)).filter((f, k, all) => all.findIndex((g) => g.metric === f.metric) === k);
}
