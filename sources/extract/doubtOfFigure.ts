import { MONTH_WORD } from './monthNames.ts';
import { parseCount } from './parseCount.ts';
import { otherBodyOf } from './report/otherBodyOf.ts';
import { COUNCIL_APART } from './report/councilSetApart.ts';
import { METRICS } from '../reference/metrics.ts';
import type { MetricId } from './types.ts';
import { bracketsOf } from './grammar/bracketsOf.ts';
import { NOT_HELD_AFTER } from './report/noneHeldVerbs.ts';
import { matchesOf } from './grammar/matchesOf.ts';
import { RUN_ON_SENTENCE } from './grammar/runOnSentence.ts';
import { doubtOfCountBetweenNouns } from './report/countBetweenNouns.ts';

/**
 * Why a number the figure grammar attached to a metric may still not be that
 * metric's figure for the report's period — null when nothing speaks against
 * it. A doubtful number becomes a candidate (a person confirms it in the
 * review), never a stated figure. Each rule is a class of sentence, not a
 * phrase of one report:
 *
 * - another period: the number's clause (or the brackets it stands in) names
 *   a year other than the report's (a year things were carried over to, in
 *   another clause, is not: "88 өтініш қабылданды, … 8-і 2025 жылға ауысты") ("(в 2022 году – 4)", "за аналогичный
 *   период 2023 года – 3 заседания"), compares ("для сравнения", "в прошлом
 *   году", "өткен жылы") or states the count as of a date of another year
 *   ("Состав Совета на 01.01.2024 – 25 членов", "… жағдай бойынша");
 * - an approximate number: "более 300", "около 50", "свыше 1 000", "шамамен";
 * - a part, not the total: a total (received, sent, reviewed) whose clause says
 *   the counted things are still pending or unanswered ("6 обращений находятся
 *   на рассмотрении", "по 14 письмам сроки не истекли");
 * - appeals handled one way: "17 обращений рассмотрены с выездом на место",
 *   "решены положительно", "оң шешілді" are a part of those received;
 * - appeals in a sentence about membership: "заявление"/"өтініш" are also the
 *   words for a member's request to leave ("по собственному заявлению",
 *   "өз өтініші бойынша"), so an appeal count there is not sure;
 * - a count of another body's members, meetings or events (report/otherBodyOf),
 *   unless the report is that commission's own (`ownCommission`):
 *   "Комиссиями проведено 19 заседаний" is not a count of council meetings,
 *   "из состава комиссии выбыли двое" not of members who left the council;
 * - one end of a range: "5–7 встреч", "5-7 отырыс", "5 или 6 заседаний" (a date after the dash is no end:
 *   "Қоғамдық тыңдаулар – 1 – 2025 жылғы 4 қарашада", "Совет собирался дважды – 24 июля и 25 сентября");
 * - a plan, not what was done: the number's clause plans and says nothing was
 *   held ("планируется провести 5 круглых столов", "запланировано 8
 *   мониторингов, проведено 6", "по плану – 8", "өткізу жоспарлануда");
 * - a rate: "ежемесячно проводится 2 заседания", "ай сайын 2 отырыс", "жылына 4 рет" (never "оқу жылына", "2025 жылына": a year's dative);
 * - a span other than the report's: "за 3 года проведено 21 заседание", "за
 *   последние 5 лет", "соңғы 3 жылда", "за 9 месяцев" in a year's report.
 */
export function doubtOfFigure(sentence: string, start: number, end: number, metric: MetricId, periodYears: number[], periodMonths = 12, ownCommission = false, councilApart = false, period: { from: string; to: string } | null = null): string | null {
  const scope = scopeOf(blankDocumentYears(metric === 'report_hearings' ? blankHeardYears(sentence) : sentence), start, end);
  // "Өтініштер бойынша: 11-дің ішінде заңды тұлғалар бар ма?", "Сколько из 11 от юрлиц?": a question in a chat asks, it states nothing.
  if (QUESTION.test(sentence)) return 'the sentence is a question, not a statement';
  // "Обращения граждан – 2026" (set 197: a text box's title over "Поступило – 19"): the report's own year where a count
  // stands names the year, it counts nothing.
  if (/^\d{4}$/u.test(sentence.slice(start, end).trim()) && periodYears.includes(Number(sentence.slice(start, end).trim()))) return 'the number is the report\'s year, not a count';
  const clause = clauseOf(scope.text, start - scope.start, end - scope.start);
  // A year things were carried over to, in another clause ("8-і 2025 жылға ауысты", "3 перенесены на 2025 год"), dates only that clause.
  let outer = blankOtherYearValues(blankComparedAfter(blankCarriedOver(blankConditionalBefore(blankOtherStatements(scope.text, start - scope.start, end - scope.start), clause.start), clause.start, clause.start + clause.text.length), clause.start + clause.text.length, end - scope.start), start - scope.start, end - scope.start, periodYears);
  // "…, 9 айда кеңестің 7 отырысы өткізілді, салыстыру үшін айта кетсек, облыстық кеңес … 21 отырыс өткізген": what a
  // comparison's lead opens after the number is the compared thing's, none of the number's (set 164).
  const compared = COMPARISON_LEAD_WORD.exec(outer.slice(end - scope.start));
  if (compared) outer = outer.slice(0, end - scope.start + compared.index) + ' '.repeat(outer.length - (end - scope.start + compared.index));
  const other = (otherPeriod(outer, periodYears) && (!samePeriod(outer, periodYears) || otherPeriod(clause.text, periodYears))) || stateDateOutside(clause.text, periodYears);
  if (other) return 'the number is about another period than the report\'s';
  // "…, салыстыру үшін айта кетсек, облыстық қоғамдық кеңес осы кезеңде 21 отырыс өткізген, ал …", "для сравнения: облсовет
  // провёл 21 заседание": a count told to compare with — another body's or another time's — in the clause the lead opens
  // (run-on prose, set 164: a sentence a paragraph long holds the council's own counts before it).
  if (COMPARISON_LEAD.test(sentence.slice(0, start))) return 'the number is told for comparison ("салыстыру үшін", "для сравнения"), not the council\'s own';
  // "Направлено 12 писем, ответы получены на 10 в январе 2026 года" in a 2025 report: what the count's own clause dates
  // after the period's end happened after it (a date, not a period's year, so periodYears passes it). Not what is still to
  // come ("будет рассмотрен в январе 2026 года": pending now).
  if (datedAfter(clause.text, periodYears) && !FUTURE_STATEMENT.test(clause.text)) return 'the number\'s clause dates it after the report\'s period ("в январе 2026 года")';
  // "Өткен жылдың бірінші жартысымен салыстырғанда (9 өтініш) … көбейді", "по сравнению с прошлым годом (9 обращений)": a
  // bracket that follows a comparison holds the other period's count.
  if (scope.start > 0 && COMPARED_BEFORE_BRACKET.test(sentence.slice(0, scope.start - 1))) return 'the number is about another period than the report\'s';
  // "Семинар – өткізілмеді (ІІ тоқсанда 1 семинар болған)", "(во II квартале – 2)": a count in a bracket that names a
  // quarter or a half-year is that part's, another than the report's or a part of it, never the period's own.
  if (scope.start > 0 && PART_OF_YEAR.test(scope.text)) return 'the number is about a quarter or half-year its bracket names, not the report\'s period';
  // "Қазан айында құрамға тағы екі жаңа мүше енгізілді", "в октябре введены ещё два члена": a count added to one the
  // story told before, a step of it, not the period's total (the summing sentence may follow: "… үш мүше қосылды"). Not of
  // those pending: "на рассмотрении находятся еще 3 проекта НПА" — "still", the count itself.
  // "дважды – отдела ЖКХ, по одному разу – КГП …", "екі рет – білім бөлімі": how many times one body was heard, no count of
  // bodies (read as 2 departments it was a false figure, held-out 125).
  if (BODIES.has(metric) && (TIMES_WORD.test(sentence.slice(start, end)) || TIMES_AFTER.test(sentence.slice(end)))) return 'the number counts times ("дважды", "екі рет"), not bodies';
  if (metric !== 'npa_pending' && ONE_MORE_BEFORE.test(sentence.slice(0, start))) return 'the number is added to one told before ("тағы екі", "ещё два"): a step of a story, not the total';
  if (APPROXIMATE.test(scope.text.slice(0, start - scope.start)) || APPROXIMATE_AFTER.test(scope.text.slice(end - scope.start)) || COMPARED_ON_NUMBER.test(sentence.slice(start))) return 'the number is approximate ("более", "около", "астам", …)';
  // "заседаний совета за квартал два заседания комиссий четыре": a transcript's count between two nouns (countBetweenNouns.ts).
  const between = doubtOfCountBetweenNouns(sentence, start, end);
  if (between !== null) return between;
  if (RANGE_BEFORE.test(sentence.slice(0, start)) || RANGE_AFTER.test(sentence.slice(end)) || wordRange(sentence, start, end)) return 'the number is one end of a range ("5–7 встреч")';
  if (PLAN_BEFORE.test(sentence.slice(0, start)) || PLAN_OF.test(sentence.slice(0, start)) || PLAN_AFTER.test(sentence.slice(end))) return 'the number is the plan that what was done is set against ("При плане 4 заседания проведено 5", "план – 4", "жоспарда 4")';
  // "Жоспарда жыл бойына 8 мониторинг, 4 дөңгелек үстел … көзделген", "В плане – 8 мониторингов, 4 круглых стола": the plan
  // opens the list and every count of it up to a semicolon is planned, unless its own words say it was done.
  const lead = `${scope.text.slice(0, clause.start).replace(/^[^;]*;/u, '')}${clause.text}`;
  if (PLAN_LEAD.test(lead) && !DONE.test(lead)) return 'the number is planned, not held ("жоспарда … көзделген", "в плане", "предусмотрено")';
  if (PLANNED.test(clause.text) && !DONE.test(clause.text)) return 'the number is planned, not held ("планируется", "запланировано", "жоспарлануда")';
  // "12 мониторинг, 1 қоғамдық тыңдау және 5 есеп тыңдау жоспарланған.": the counts a comma lists share the verb that ends
  // the sentence; when that verb plans and nothing after the count says it was done, every one of them is planned.
  const after = sentence.slice(end);
  if (PLANNED_AT_END.test(after) && !DONE.test(after)) return 'the number is planned, not held ("… жоспарланған", "… запланированы"): the sentence ends with a plan';
  // "Екі семинар да тренердің келмеуіне байланысты өтпей қалды", "2 семинара отменены", "3 мониторинга перенесены на
  // октябрь": the count's own clause says its events did not happen in the period — a count of what fell through, never
  // of what was held (no verb of done between: "2 семинара проведены, не состоялся 1" is of a comma's clause apart).
  // (Up to the clause's sentence stop, a hurried typist's too: "Семинар … – 1 (24.09).Публичные слушания … не проводились".)
  const tail = clause.text.slice(Math.max(0, end - scope.start - clause.start));
  const stop = tail.search(/[.!?]\s*(?=\p{Lu})/u);
  const rest = stop < 0 ? tail : tail.slice(0, stop);
  // (A count of none said with its verb of none, "0 – қоғамдық тыңдау өткізілген жоқ", agrees with itself: the 0 stays.)
  const off = HELD_KINDS.has(metric) && parseCount(sentence.slice(start, end)) !== 0 ? NOT_HELD_AFTER.exec(rest) : null;
  if (off !== null && !DONE.test(rest.slice(0, off.index))) return 'the count\'s clause says its events were not held, cancelled or put off ("өтпей қалды", "отменены", "перенесены"): not a count of what was done';
  // "На начало 2025 года в Совете состояло четырнадцать членов", "Жыл басында Кеңесте 14 мүше болды": the composition on the
  // period's first day, which DESIGN.md takes on its last.
  if (COMPOSITION.has(metric) && PERIOD_START.test(scope.text.slice(0, start - scope.start)) && !PERIOD_END_AFTER_START.test(scope.text.slice(0, start - scope.start))) return 'the composition at the period\'s start ("на начало года", "жыл басында"), not on its last day';
  // "комиссиялардың әрқайсысы жарты жыл ішінде кемінде екі рет жиналды", "каждая комиссия провела по два заседания": a
  // count for each of several, no total. Not the several's own count: "каждая из 4 комиссий".
  const each = lastMatchEnd(EACH, clause.text.slice(0, start - scope.start - clause.start));
  if (each !== null && !/^\s*из\s*$/iu.test(clause.text.slice(each, start - scope.start - clause.start))) return 'the number is for each of several ("әрқайсысы", "каждая"), not a total';
  // "Летом Совет собирался один раз", "Жазда Кеңес бір рет жиналды": a season's count, a part of the period.
  // Not when the report's period is that season ("за зимний период: декабрь 2025 – февраль 2026": "в зимний период" is it).
  // (A season opening a later clause is that clause's: "Жыл ішінде бір мүше шықты, ал күзде бір жаңа мүшені қабылдадық".)
  const season = SEASON.exec(scope.text.slice(0, clause.start + clause.text.length));
  if (season !== null && !isPeriodsSeason(season[0], period)) return 'the number is a season\'s ("летом", "жазда"), a part of the period, not its total';
  // "Членов Совета пригласили на обучающий семинар, который провёл облсовет", "Кеңес мүшелері облыстық кеңестің семинарына
  // шақырылды": an event the council's members were invited to is another's, not one the council held.
  if (INVITED_BEFORE.test(clause.text.slice(0, start - scope.start - clause.start)) || INVITED_AFTER.test(sentence.slice(0, start)) && INVITED_VERB_KK.test(sentence.slice(end))) return 'the council\'s members were invited to the event: another body\'s, not one the council held';
  if (RATE.test(clause.text)) return 'the number is a rate ("ежемесячно", "ай сайын"), not a count of the period';
  if (periodMonths < 12 && WHOLE_YEAR.test(wholeYearScope(scope.text, start - scope.start, end - scope.start))) return 'the sentence counts over the whole year ("Всего за 2025 год", "жыл бойы"), not the report\'s part of it';
  const span = spanMonths(scope.text) ?? yearRangeMonths(scope.text);
  if (span !== null && span !== periodMonths) return 'the sentence counts over a span other than the report\'s period ("за 3 года", "соңғы 5 жылда", "за 2025–2026 годы")';
  if (SINCE_FOUNDING.test(scope.text)) return 'the sentence counts since the council began ("за весь период работы", "құрылғаннан бері"), not over the report\'s period';
  if (TOTALS.has(metric) && PART_STATE.test(clause.text)) return 'the number counts a part still pending or unanswered, not the total';
  if (OVERDUE.test(clause.text)) return 'the number counts those out of time ("2 ответа с нарушением срока", "мерзімі бұзылып"), a part, not the total';
  if (APPEALS.has(metric) && HANDLED.test(clause.text)) return 'the number counts appeals handled one way ("рассмотрены с выездом на место", "решены положительно"), a part, not the total';
  // "Ответы получили авторы 26 обращений", "26 өтініш авторлары жауап алды": those answered, a part of those received.
  if (metric === 'appeals_received' && ANSWERED.test(clause.text)) return 'the number counts appeals answered ("ответы получили авторы 26 обращений", "жауап алды"), not those received';
  // (A sentence of run-on prose, a paragraph of commas, tells of members in clauses far from the appeals: the clauses around
  // the number are looked at then, set 164.)
  if (APPEALS.has(metric) && MEMBERSHIP.test(sentence.length > RUN_ON_SENTENCE ? clausesAround(sentence, start, end) : sentence)) return 'the sentence is about members leaving or joining, not appeals';
  // "Комиссия бастамасымен Кеңес отырыстарында екі есеп тыңдалды", "По инициативе комиссии на заседаниях Совета заслушано 2
  // отчета": the council's events, but only those one of its bodies proposed — a part of the council's count. Not a total in
  // a bracket after it ("(всего Советом заслушано 19 отчетов)"): the bracket is its own scope.
  if (!ownCommission && !metric.startsWith('commission') && INITIATIVE.test(scope.text.slice(0, start - scope.start))) return INITIATIVE_PART;
  // "Мониторинг: 12 мектеп аралап шығылды", "Проведён мониторинг – 40 объектов", "12 мектепте мониторинг": the count has a
  // noun of its own right after it, the places or people the event went through — not the events.
  if (EVENTS.has(metric) && (OBJECT_AFTER.test(sentence.slice(end)) || ABBREVIATION_AFTER.test(sentence.slice(end)))) return 'the count is of what the noun right after it names ("12 мектеп", "40 объектов"), not of the events';
  const body = otherBodyOf(sentence, start, end, metric, ownCommission && councilApart);
  // A commission's own report that sets the council's figures apart: "Кеңес жалпы тоқсанда 12 мониторинг өткізді" is not its.
  if (body !== null && ownCommission && councilApart && COUNCIL_OR_PRESIDIUM.test(body)) return `the count is the council's ("${body}"), ${COUNCIL_APART}`;
  // A commission's own report: "комиссия провела 7 заседаний" is the report's body, not another. Its members are still
  // not the council's: "Комиссия құрамында 7 мүше бар" is no members_total.
  if (body !== null && !(ownCommission && /^(?:под)?комисси/iu.test(body) && !metric.startsWith('members_'))) return `the count is of another body than the council ("${body}")`;
  return null;
}

const re = (source: string, flags = 'iu') => new RegExp(source, flags);

/** The council or its presidium as otherBodyOf names them: "Кеңес", "Совета", "ОС", "президиумның". */
const COUNCIL_OR_PRESIDIUM = /^(?:совет|кеңес|оса?$|президиум|төралқа)/iu;

/**
 * The meetings and events (the metrics file's units "meeting" and "activity"): a count of them has no noun of places or
 * people after it. Not the report hearings: "заслушаны отчёты 5 организаций" counts hearings by the bodies heard.
 */
/** The kinds a count of which may be said not held: the events and the hearings of reports. */
const HELD_KINDS = new Set<MetricId>(METRICS.filter((m) => m.unit === 'meeting' || m.unit === 'activity').map((m) => m.id));
const EVENTS = new Set<MetricId>(METRICS.filter((m) => (m.unit === 'meeting' || m.unit === 'activity') && m.id !== 'report_hearings').map((m) => m.id));
/** Or bodies and places by an abbreviation in capitals, a case ending after it: "9 ФАП-қа мониторинг", "5 КГУ", "3 МКК-да". */
const ABBREVIATION_AFTER = /^(?:-?[\p{L}]{1,5})?\s+\p{Lu}{2,5}(?:-[\p{Ll}]{1,5})?(?![\p{L}])/u;
/**
 * Right after a count (a Kazakh ending on it or not), a noun of places, bodies or people visited or reached: "12 мектеп",
 * "40 объектов", "5 ауылда", "120 участников", "300-ге жуық тұрғын".
 */
const OBJECT_AFTER = re(`^(?:-?[\\p{L}]{1,5})?\\s+(?:жуық\\s+|астам\\s+)?(?:${[
  'школ', 'объект', 'учреждени', 'организаци', 'предприяти', 'лагер', 'больниц', 'поликлиник', 'амбулатори', 'детск', 'сад',
  'сел', 'аул', 'двор', 'дом', 'подъезд', 'улиц', 'дорог', 'пункт', 'магазин', 'аптек', 'остановк', 'маршрут', 'автобус',
  'площадк', 'парк', 'район', 'город', 'человек', 'жител', 'граждан', 'родител', 'ученик', 'учащ', 'студент', 'участник',
  'сем(?:ей|ьи|ья)', 'реб[её]н', 'дет(?:ей|и)', 'пациент', 'квартир', 'столов', 'рын(?:ок|к)',
  'мектеп', 'нысан', 'мекеме', 'ұйым', 'кәсіпорын', 'аурухана', 'емхана', 'балабақша', 'ауыл', 'аула', 'үй(?!р)', 'көше',
  'дүкен', 'дәріхана', 'аялдама', 'алаң', 'саябақ', 'аудан', 'қала(?!д|ған)', 'адам', 'тұрғын', 'азамат', 'ата-ана', 'оқушы',
  'қатысушы', 'отбасы', 'бала', 'пәтер', 'асхана', 'базар',
].join('|')})(?![\\p{L}]{6,})`);

/** "әрқайсысы", "әрбірі", "каждая", "каждый": a count that follows is for each of several. */
const EACH = re('(?<![\\p{L}])(?:әрқайсысы|әрқайсы|әрбірі|каждая|каждый|каждое|каждые|каждому|каждой)(?![\\p{L}])', 'giu');
/** A season named: "летом", "за лето", "в летний период", "жазда", "жаз айларында". */
const SEASON = re('(?<![\\p{L}])(?:летом|весной|осенью|зимой|за\\s+(?:лето|весну|осень|зиму)|в\\s+(?:летний|весенний|осенний|зимний)\\s+период|в\\s+(?:летние|весенние|осенние|зимние)\\s+месяцы|жазда|көктемде|күзде|қыста|(?:жаз|көктем|күз|қыс)\\s+(?:айларында|мезгілінде|бойы))(?![\\p{L}])');
const SEASON_MONTHS: [RegExp, number[]][] = [[/зим|қыс/iu, [12, 1, 2]], [/весн|весен|көктем/iu, [3, 4, 5]], [/лет|жаз/iu, [6, 7, 8]], [/осен|осень|күз/iu, [9, 10, 11]]];

/** Whether a season's words name the report's period itself: its months those of the season, no more, no less. */
function isPeriodsSeason(words: string, period: { from: string; to: string } | null): boolean {
  if (period === null) return false;
  const months: number[] = [];
  for (let d = new Date(`${period.from.slice(0, 7)}-01T00:00:00Z`); d.toISOString().slice(0, 7) <= period.to.slice(0, 7); d.setUTCMonth(d.getUTCMonth() + 1)) months.push(d.getUTCMonth() + 1);
  const season = SEASON_MONTHS.find(([word]) => word.test(words))?.[1];
  return season !== undefined && months.length === season.length && season.every((m) => months.includes(m));
}

/** The counts of bodies or people, never of times. */
const BODIES = new Set<MetricId>(['departments_heard', 'subordinate_orgs_heard', 'members_total', 'members_civil', 'members_state', 'members_joined', 'members_left', 'commissions']);
/** A number of times: "дважды", "трижды", "четырежды", "единожды". */
const TIMES_WORD = /^(?:дважды|трижды|четырежды|пятикратно|единожды)$/iu;
/** "2 раза", "екі рет", "3 мәрте" after the number: times. */
const TIMES_AFTER = /^\s*(?:раз(?:а|ом)?|рет|мәрте|дүркін)(?![\p{L}])/iu;

/** Members invited before the event counted: "членов Совета пригласили на", "члены Совета были приглашены на", "пригласили членов Совета на". */
const INVITED_BEFORE = re('(?:член[\\p{L}]*\\s+(?:нашего\\s+)?(?:совет[\\p{L}]*|ОС)[^.;]{0,40}?(?:пригласил[\\p{L}]*|приглаш[её]н[\\p{L}]*|приглашал[\\p{L}]*)|(?:пригласил[\\p{L}]*|приглаш[её]н[\\p{L}]*|приглашал[\\p{L}]*)\\s+(?:[\\p{L}]+\\s+){0,2}?член[\\p{L}]*(?:\\s+[\\p{L}]+)?)\\s+на\\s+[^.;]*$');
/** Kazakh: the council's members before the count ("Кеңес мүшелері … семинарына шақырылды"). */
const INVITED_AFTER = re('(?:кеңес[\\p{L}]*\\s+)?мүшелер[\\p{L}]*(?![^.;]*(?:өткіздік|өткізді|өткізілді))[^.;]*$');
const INVITED_VERB_KK = re('^[^.;]*?(?<![\\p{L}])шақыр(?:ылды|ылған|ды|ылып)(?![\\p{L}])');

/** Whether a sentence telling one event says the council's members were invited to it ("Членов Совета пригласили на семинар", "Кеңес мүшелері семинарға шақырылды"): another's event. */
export function invitedToEvent(sentence: string): boolean {
  const verb = matchesOf(sentence, INVITED_VERB_KK_ANY)[0];
  // One sentence: its dots are abbreviations' and its end's, no bounds of a clause.
  return INVITED_BEFORE.test(sentence.replace(/[.;]/gu, ' ')) || (verb !== undefined && INVITED_AFTER.test(sentence.slice(0, verb.index)));
}
const INVITED_VERB_KK_ANY = re('(?<![\\p{L}])шақыр(?:ылды|ылған|ды|ылып)(?![\\p{L}])', 'giu');

/** Where the last match of a global regex ends in text, or null. */
function lastMatchEnd(regex: RegExp, text: string): number | null {
  const last = matchesOf(text, regex).at(-1);
  return last === undefined ? null : last.index + last[0].length;
}

const COMPOSITION = new Set<MetricId>(['members_total', 'members_civil', 'members_state']);
// "на конец года та же, что и на начало, - 15": the start a comparison names, the count the end's.
const PERIOD_START = /(?<![\p{L}])(?<!(?:что|как)\s+и\s+)(?:на\s+начало|в\s+начале\s+(?:отч[её]тного\s+)?(?:года|периода|полугодия|квартала)|(?:жыл|жылдың|кезең|кезеңнің|жартыжылдық|жартыжылдықтың|тоқсан|тоқсанның)\s+басында(?:ғы)?)(?![\p{L}])/iu;
/** "Жыл басында … он бір мүше болса, жыл соңында он екі мүше бар", "на начало года – 11, на конец года – 12": the period's end named after its start, nearer the count. */
const PERIOD_END_AFTER_START = /(?:на\s+начало|жыл\s+басында|басында)[^]*(?:на\s+конец|на\s+окончание|(?:жыл|жылдың|кезең|кезеңнің|жартыжылдық|жартыжылдықтың)\s+(?:соңында|аяғында))(?![\p{L}])/iu;
/** Why a count of the events one body proposed is a candidate: a part of the council's, the events still the council's. */
export const INITIATIVE_PART = 'the number counts only the events a commission or group proposed, a part of the council\'s';
/** One body's initiative: "комиссия бастамасымен", "жұмыс тобының ұсынысымен", "по инициативе (нашей) комиссии". */
const INITIATIVE = re('(?:(?<![\\p{L}])(?:комиссия|жұмыс\\s+тоб)[\\p{L}]*\\s+(?:бастамасы(?:мен|\\s+бойынша)|ұсынысы(?:мен|\\s+бойынша))|по\\s+(?:инициативе|предложению)\\s+(?:[\\p{L}]+\\s+)?(?:комисси|рабоч[\\p{L}]*\\s+групп))');

/** A quarter or a half-year named: "ІІ тоқсанда", "во II квартале", "за 1 полугодие", "бірінші жартыжылдықта". */
const PART_OF_YEAR = re('(?<![\\p{L}])(?:(?:[IVXІ]{1,3}|[1-4])\\s*-?\\s*(?:[\\p{L}]{0,5}\\s+)?(?:тоқсан|квартал|кв\\.|полугоди|жартыжылдық)|(?:бірінші|екінші|үшінші|төртінші|перв[\\p{L}]*|втор[\\p{L}]*|трет[\\p{L}]*|четв[её]рт[\\p{L}]*)\\s+(?:тоқсан|квартал|полугоди|жартыжылдық))');

/**
 * The whole year named as the span a sentence counts over ("Всего за 2025 год проведено 8 заседаний", "за год в
 * целом", "в течение всего года", "2025 жылы барлығы", "жыл бойы"): in a quarter's or a half-year's report, the
 * year's count, not the period's. A year named as a date or a plan's ("план на 2025 год") is not one.
 */
/**
 * The text the whole year is looked for in: the scope, less the statements after semicolons other than the count's when
 * the count's own names the report's part of the year ("За отчетный квартал Советом проведено 2 заседания …; для
 * сравнения, всего за 2025 год Совет провел 8 заседаний", "Есепті тоқсанда 2 отырыс өтті …; ал жыл бойы 8 отырыс"): the
 * year's total is another statement's. A statement that names no part of its own leaves the year to every count.
 */
function wholeYearScope(text: string, start: number, end: number): string {
  let from = 0;
  for (const part of text.split(';')) {
    const to = from + part.length;
    if (from <= start && end <= to) return OWN_PART.test(part) && !WHOLE_YEAR.test(part) ? part : text;
    from = to + 1;
  }
  return text;
}

/** The report's own part of the year, named as such: "за отчетный квартал", "в отчетном полугодии", "есепті тоқсанда". */
const OWN_PART = re('(?<![\\p{L}])(?:(?:за|в)\\s+отч[её]тн[\\p{L}]*\\s+(?:квартал|полугоди|период)[\\p{L}]*|есепті\\s+(?:тоқсан|жартыжылдық|кезең)[\\p{L}]*)(?![\\p{L}])');

const WHOLE_YEAR = re('(?<![\\p{L}])(?:(?:всего\\s+|итого\\s+|в\\s+целом\\s+)?за\\s+(?:весь\\s+|(?:19|20)\\d{2}\\s*)(?:год|г\\.)(?![\\p{L}])|за\\s+год(?:\\s+в\\s+целом)?(?![\\p{L}])|в\\s+течение\\s+(?:всего\\s+)?года(?![\\p{L}])|(?:19|20)\\d{2}\\s*(?:жылы|жылғы|ж\\.)\\s+(?:барлығы|жалпы|бойы)|(?<!жарты\\s+)жыл\\s+бойы(?:на)?(?![\\p{L}]))');

/**
 * Words saying the things counted are left out of the council's count ("есебіне енгізілмей қалған", "есепке алынбайды"): "2 қоғамдық тыңдау өткізілді; оларды облыстық
 * кеңес ұйымдастырғандықтан, қала Кеңесінің есебіне енгізілмеді", "проведены 2 слушания, которые в отчет Совета не
 * включены", "не учитываются в итогах", a note of another body's events "… өткізген 4 семинар кеңестің іс-шараларына
 * жатқызылмады", "… не отнесены к мероприятиям Совета". A joint event alone ("совместно с …", "…-пен бірлесіп") is the council's too.
 * An infographic's source note says the same of its sheet: "облыстық кеңестің көрсеткіштері (7 отырыс) бұл инфографикаға
 * енгізілмеген", "показатели областного совета (7 заседаний) в инфографику не вошли" — the participle in -ген as the past in -ді.
 * The report's period is no report: "новых членов в отчетном периоде не включалось" (set 148) says no member joined.
 */
const LEFT_OUT = re('(?:(?<![\\p{L}])не\\s+(?:включ[\\p{L}]*|входят|вошл[\\p{L}]*|учитыва[\\p{L}]*|засчитыва[\\p{L}]*|отнесен[\\p{L}]*)(?:\\s+[\\p{L}]+){0,4}?\\s+(?:в|к)\\s+(?:[\\p{L}]+\\s+){0,2}?(?:отч[её]т|итог|подсч[её]т|статистик|показател|мероприяти|инфографик)|(?:отч[её]т(?!н)|итог|подсч[её]т|показател|мероприяти|инфографик)[\\p{L}]*(?:\\s+[\\p{L}]+){0,3}?\\s+не\\s+(?:включ|вошл|входят|учитыва|засчитыва|отнесен)|(?:есеб|есеп|қорытынды|көрсеткіш|іс-шара|инфографика)[\\p{L}]*\\s+(?:[\\p{L}]+\\s+)?(?:енгізілмеді|енгізілмеген|алынбаған|кірмеген|қосылмаған|енгізілмей\\s+қал[\\p{L}]*|енгізілген\\s+жоқ|енгізілмейді|алынбайды|кірмеді|кірмейді|алынбады|алынған\\s+жоқ|есептелмеді|қосылмады|жатқызылма(?:ды|йды)|жатқызылған\\s+жоқ))');
/** A sentence that speaks of the one before: "Они в отчет Совета не включены.", "Олар Кеңес есебіне енгізілмеді." */
const BACK_REFERENCE = re('^\\s*(?:они|эти|данные|указанные|последние|олар|оларды|бұлар|аталған)(?![\\p{L}])');

/** Whether the sentence of a count, or the next one speaking of it, says the things counted are left out of the council's count. */
export function leftOutOfCount(sentence: string, next: string): string | null {
  // The next text speaks of the count when it refers back, or goes on with the same sentence (it starts in lower case).
  return LEFT_OUT.test(sentence) || ((BACK_REFERENCE.test(next) || /^\s*\p{Ll}/u.test(next)) && LEFT_OUT.test(next)) ? 'the text says these are left out of the council\'s count ("есебіне енгізілмеді", "в отчет не включены"): another body\'s, or not the council\'s work' : null;
}

/**
 * Another period, as a comparison names it: "в 2024 году", "за 2024 г.", "2024 г.", "годом ранее", "в прошлом году",
 * "за тот же период прошлого года", "өткен жылы", "өткен жылдың осы кезеңінде".
 */
const OTHER_TIME = '(?:(?:(?:в|за)\\s+)?(?:19|20)\\d{2}\\s*(?:г\\.|гг\\.|год[\\p{L}]*)?|(?:19|20)\\d{2}\\s*(?:жыл(?![\\p{L}]*(?:дай|дей|дан|ден|нан|нен)(?![\\p{L}]))[\\p{L}]*|ж\\.)|годом\\s+ранее|ранее|(?:в|за)\\s+(?:прошл|предыдущ)[\\p{L}]*\\s+(?:год[\\p{L}]*|период[\\p{L}]*)|(?:за\\s+)?аналогичн[\\p{L}]*\\s+период[\\p{L}]*(?:\\s+прошл[\\p{L}]*\\s+год[\\p{L}]*)?|(?:за\\s+)?(?:тот\\s+же|такой\\s+же|этот\\s+же)\\s+период\\s+(?:прошл|предыдущ)[\\p{L}]*\\s+год[\\p{L}]*|өткен\\s+жылдың\\s+(?:осы|сол|ұқсас)\\s+кезең[\\p{L}]*|өткен\\s+жыл(?![\\p{L}]*(?:дай|дей|дан|ден|нан|нен)(?![\\p{L}]))[\\p{L}]*|былтыр(?![\\p{L}]))';

/**
 * The phrases of a sentence comparing two years that date only the other year's number, or none: "(как и годом
 * ранее)", "как и в 2024 году", "не изменилась по сравнению с прошлым годом" (the same count as then), "против 10 в
 * 2024 году", "тогда как в 2024 году – 44", "а в 2024 году – ни одной", "годом ранее – 8", "на 6 больше, чем годом
 * ранее", "2024 жылғыдай", "өткен жылы – 6". Blanked (same length) unless the number itself stands in one: then it is
 * the other year's.
 */
const OTHER_YEAR_VALUE = new RegExp([
  `(?<![\\p{L}])(?:как\\s+и|так\\s+же,?\\s+как\\s+и|столько\\s+же,?\\s+сколько\\s+и)\\s+${OTHER_TIME}`,
  `(?:(?<![\\p{L}])по\\s+сравнению\\s+с\\s+(?:прошл|предыдущ)[\\p{L}]*\\s+(?:год|период)[\\p{L}]*\\s+)?(?<![\\p{L}])(?:не\\s+изменил[\\p{L}]*|остал[\\p{L}]*\\s+(?:прежн|неизменн)[\\p{L}]*)(?:\\s+по\\s+сравнению\\s+с\\s+(?:прошл|предыдущ)[\\p{L}]*\\s+(?:год|период)[\\p{L}]*)?`,
  `(?<![\\p{L}])(?:против|по\\s+сравнению\\s+с|в\\s+сравнении\\s+с)\\s+(?!(?:19|20)\\d{2}(?!\\d))\\d+(?:\\s+${OTHER_TIME})?`,
  `(?<![\\p{L}])(?:(?:а|тогда\\s+как|в\\s+то\\s+время\\s+как|при\\s+этом)\\s+)?${OTHER_TIME}\\s*[-–—:]\\s*(?:\\d+|ни\\s+(?:одно[\\p{L}]*|по\\s+одному))`,
  `(?<![\\p{L}])на\\s+\\d+(?:[,.]\\d+)?\\s*%?\\s*(?:больше|меньше|выше|ниже)(?:\\s*,?\\s*чем\\s+${OTHER_TIME})?`,
  `(?<![\\p{L}])(?:больше|меньше|выше|ниже),?\\s+чем\\s+${OTHER_TIME}`,
  `(?<![\\p{L}\\d])(?:(?:19|20)\\d{2}\\s*жылғыдай|өткен\\s+жылғыдай|былтырғыдай|өткен\\s+жылдағыдай|(?:өткен\\s+жылғы|былтырғы|(?:19|20)\\d{2}\\s*жылғы)\\s+деңгейде)`,
  // "саны былтырғыдан бір кем – 4", "өткен жылғыдан екеуге артық – 7": the difference from last year, this year's count
  // told after it.
  // "Мониторинг өткен жылмен салыстырғанда 2-ге көбейіп, 6 болды": the increase, this year's count told after its comma.
  `(?<![\\p{L}\\d])(?:өткен\\s+жылмен|былтырмен)\\s+салыстырғанда\\s+(?:[^\\s,;.]+\\s+){0,2}?(?:көбейіп|артып|өсіп|азайып|кеміп|төмендеп)(?![\\p{L}])`,
  `(?<![\\p{L}\\d])(?:(?:19|20)\\d{2}\\s*жылғыдан|өткен\\s+жылғыдан|былтырғыдан)\\s+(?:[^\\s,;.]+\\s+){0,2}?(?:кем|артық|көп|аз|жоғары|төмен)(?![\\p{L}])`,
].join('|'), 'giu');

function blankOtherYearValues(text: string, start: number, end: number, periodYears: number[]): string {
  return text.replace(OTHER_YEAR_VALUE, (m: string, at: number) => (at < end && at + m.length > start) || listedAfter(m, text.slice(at + m.length, start)) || spansOtherYears(m, periodYears) ? m : ' '.repeat(m.length));
}

/**
 * "в 2024 году – 6 мониторингов, 3 круглых стола, 131 публикация", "2024 жылы – 6 мониторинг, 3 дөңгелек үстел": the
 * other year and its dash head the whole list, so a count further on in it, with only commas and the counted words
 * between (no bracket, no stop, no "а"/"но"/"тогда как" turning to another time), is that year's too.
 */
function listedAfter(match: string, between: string): boolean {
  return /[-–—:]\s*\d+$/u.test(match.trimEnd()) && /^[^\d;.!?()]*(?:,\s*\d+[^\d;.!?(),]*)*,\s*$/u.test(between) && !/(?<![\p{L}])(?:а|но|тогда|однако|отч[её]тн[\p{L}]*|ал|бірақ|есепті)(?![\p{L}])/iu.test(between);
}

/**
 * "в 2022–2023" read as a year and its value is a span of years: "подписанные в 2022–2023 годах" names years outside the
 * report's, and stays to tell the count is of them. A span reaching into the period ("сезона 2024–2025 гг.") is left to
 * be blanked as before.
 */
function spansOtherYears(m: string, periodYears: number[]): boolean {
  const span = /((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})(?!\d)/u.exec(m);
  return span !== null && periodYears.length > 0 && !periodYears.includes(Number(span[1])) && !periodYears.includes(Number(span[2]));
}

/**
 * "Былтыр 24 хат жолданса, есепті кезеңде 27 хат жолданды", "Өткен жылы 3 тыңдау өткізілсе, биыл – 5", "Если в прошлом
 * году было 24 письма, то в этом – 27": the clause of the condition (a Kazakh verb in -са/-се, "если …") tells the other
 * period; the clause after its comma is the period's own — the other period named in the condition does not date it.
 */
const CONDITION_BEFORE = re('(?:(?<![\\p{L}])(?:[\\p{L}]{3,}(?:са|се)(?:\\s+(?:да|де))?)|(?<![\\p{L}])если(?![\\p{L}])[^;]*)\\s*,\\s*(?:то\\s+|ал\\s+)?$');

function blankConditionalBefore(text: string, clauseStart: number): string {
  return CONDITION_BEFORE.test(text.slice(0, clauseStart)) ? ' '.repeat(clauseStart) + text.slice(clauseStart) : text;
}

/** "тағы", "ещё" (also spelt "еще") just before a count: one more, after a count told before. */
const ONE_MORE_BEFORE = re('(?<![\\p{L}])(?:тағы|ещ[её])\\s+$');

/** The words just before a number that make it an estimate, not a count. */
// A bound in either direction is no count either: "больше 12 мониторингов", "менее 10 обращений", "как минимум 5", "по меньшей
// мере 3", "без малого 20", "шамасы 15".
export const APPROXIMATE = re('(?:более|свыше|около|порядка|примерно|почти|не\\s+менее|не\\s+более|до|более\\s+чем|приблизительно|ориентировочно|шамамен|астам|артық|жуық|кем\\s+дегенде|кемінде|ең\\s+кемі|(?<![\\p{L}])(?:больше|меньше|менее|минимум|максимум|по\\s+(?:меньшей|крайней)\\s+мере|без\\s+малого|чуть\\s+ли\\s+не|шамасы))\\s*(?:чем\\s*)?$');

/** Kazakh says it after the number: "40 мыңнан астам", "12 мыңға жуық", "50-ден аса". */
// And Russian after it: "30 с лишним мероприятий", "10 и более обращений", "5 или более"; Kazakh "жиырма шақты".
export const APPROXIMATE_AFTER = re('^\\s*(?:астам|асты|аса|асып|жуық|шамасында|шамалы|артық|дейін|шақты|с\\s+(?:лишним|небольшим|гаком)|(?:и|или)\\s+(?:более|больше))(?![\\p{L}])');

/**
 * A Kazakh comparison on the number itself: "12-ден көп отырыс" (more than 12), "отыздан кем" (fewer than 30), "20-дай адам"
 * (some 20) — the ablative before "көп", "кем", "аз", or the similative ending. Read on the text from the number on; never
 * "5 көп балалы отбасы" (five large families: no ablative).
 */
export const COMPARED_ON_NUMBER = re('^[^\\s]*?(?:(?:дан|ден|тан|тен|нан|нен)\\s+(?:көп|кем|аз)(?![\\p{L}])|\\d-?(?:дай|дей|тай|тей)(?![\\p{L}]))');

/** A range: "5–7", "5 - 7", "5 или 6", "пять-семь"; the end before or after the number. */
const RANGE_BEFORE = re('(?<![\\d./])\\d+\\s*[-–—]\\s*$|\\d\\s+(?:или|либо|немесе)\\s+$');
// A date after the dash is when, not the range's other end: "1 – 2025 жылғы 4 қарашада", "2 – 12.03.2025".
const RANGE_AFTER = re(`^(?:-[\\p{L}]{1,4})?\\s*(?:[-–—]\\s*(?!\\d{4}\\s*(?:жыл|ж\\.|г\\.|год)|\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}|\\d{1,2}\\s+${MONTH_WORD})\\d|(?:или|либо|немесе)\\s+\\d)`);

/** "пять-семь заседаний", "бес-алты отырыс": number words joined by a hyphen. */
function wordRange(sentence: string, start: number, end: number): boolean {
  const before = /([\p{L}]+)-$/u.exec(sentence.slice(Math.max(0, start - 20), start));
  const after = /^-([\p{L}]+)/u.exec(sentence.slice(end, end + 20));
  return (before !== null && parseCount(before[1]) !== null) || (after !== null && parseCount(after[1]) !== null);
}

/** A sentence's last verb that plans: "… жоспарланған.", "… жоспарлануда", "… жоспарланып отыр", "… көзделген", "… запланированы". */
const PLANNED_AT_END = re('(?<![\\p{L}])(?:жоспарлан[\\p{L}]*(?:\\s+отыр(?:мыз)?)?|көздел(?:ген|уде)|запланирован[\\p{L}]*|планиру(?:ется|ются))\\s*[.!]?\\s*$');
/** Words of a plan — with no word saying it was done in the same clause, the number is what was planned (not a plan denied:
 * "0 – не планировались", "жоспарланбаған"); "сверх плана – 2",
 * "выше плана: 2" (a fact's note of how far it went past the plan) says it was done; "планирование" and "жоспарлау" (planning, a noun: "Агентство по стратегическому планированию", "стратегиялық жоспарлау комиссиясы") name no plan. */
const PLANNED = re('(?:(?<!(?<![\\p{L}])не\\s+)(?:планир(?!овани)|запланир|намеч)|предстоит|(?<![\\p{L}])будут?(?![\\p{L}])|(?<![\\p{L}])(?<!(?<![\\p{L}])(?:сверх|выше|помимо|вне|больше)\\s+)план[\\p{L}]*\\s*[-–—:]|жоспарла(?!у|нба|нған\\s+жоқ)|жоспар\\s*(?:бойынша\\s*)?[-–—:]|көздел)');
/**
 * A plan's number, said right before it, that a count done is set against in the same sentence: "При плане 4
 * заседания проведено 5", "согласно плану – 4", "запланировано 4, проведено 5", "жоспарда 4 отырыс, өткізілгені 5".
 * Not "по плану проведено 5" nor "жоспар бойынша 5 отырыс өткізілді": done as planned is a count done.
 */
const PLAN_BEFORE = re('(?:(?<![\\p{L}])(?:при|согласно)\\s+план[\\p{L}]*\\s*[-–—:]?|(?<![\\p{L}])(?:по\\s+)?план[\\p{L}]*\\s*[-–—:]|(?<![\\p{L}])запланирован[оа]?\\s*(?:было\\s*)?[-–—:]?|(?<![\\p{L}])жоспар(?:да|\\s*[-–—:]|\\s+бойынша\\s*[-–—:]))\\s*$');
/**
 * The planned things a part of which was done: "Жоспарланған 3 мониторингтің 2-еуі жүргізілді", "Из запланированных 3
 * мониторингов проведено 2", "из 3 запланированных мониторингов", "3 жоспарланған мониторингтің". The number is the plan's.
 */
const PLAN_OF = re('(?:(?<![\\p{L}])(?:из\\s+)?(?:запланированн|намеченн|предусмотренн)[\\p{L}]*|(?<![\\p{L}])жоспарланған|(?<![\\p{L}])жоспардағы|(?<![\\p{L}])көзделген)\\s*$');
const PLAN_AFTER = re('^\\s*(?:запланированн|намеченн|предусмотренн|жоспарланған|көзделген)[\\p{L}]*');
const DONE = re('(?:(?<![\\p{L}])(?:проведен|провел|провели|состоял|прошл|организован|организовал|осуществлен|выполнен|отчитал|заслушан|фактически|өткізілді|өткізді|өтті|ұйымдастырылды|жүргізілді|орындалды|тыңдалды|тыңдадық|іс\\s+жүзінде))');

/** Words that open a plan's list: "жоспарда", "в плане", "планом предусмотрено", "көзделген", "предусматривал". */
const PLAN_LEAD = re('(?:(?<![\\p{L}])(?:жоспар(?:ын)?да|в\\s+плане|планом)(?![\\p{L}])|(?<![\\p{L}])(?:предусм|предполага|көздел|жоспарланған|запланирован))');

/** A rate, said by an adverb of frequency: the count is per month or quarter, not of the period. */
const RATE = re('(?:(?<![\\p{L}])(?:ежемесячно|ежеквартально|еженедельно|ежегодно)(?![\\p{L}])|кажд[\\p{L}]*\\s+(?:месяц|квартал|недел)|(?<![\\p{L}])в\\s+(?:месяц|квартал|неделю)(?![\\p{L}])|раз\\s+в\\s+(?:месяц|квартал|год|полугоди)|(?:ай|тоқсан|апта|жыл)\\s+сайын|(?<![\\p{L}])(?:айына|тоқсанына|аптасына)(?![\\p{L}])|(?<![\\p{L}])жылына\\s+(?:[\\p{L}]+\\s+){0,2}?[\\p{L}\\d][\\p{L}\\d-]*\\s+рет(?![\\p{L}]))');

/** "за 3 года", "за последние пять лет", "в течение 9 месяцев", "соңғы 3 жылда", "5 жыл ішінде": the span's length in months. */
const SPAN_RU = re('(?<![\\p{L}])(?:за|в\\s+течение|на\\s+протяжении)\\s+(?:последни[\\p{L}]*\\s+|прошедши[\\p{L}]*\\s+)?([\\d]+|[\\p{L}]+)\\s+(лет|год[\\p{L}]*|месяц[\\p{L}]*)(?![\\p{L}])', 'giu');
const SPAN_KK = re('(?:(?<![\\p{L}])соңғы\\s+([\\d]+|[\\p{L}]+)\\s+(жыл|ай)[\\p{L}]*|(?<![\\p{L}\\d])([\\d]+|[\\p{L}]+)\\s+(жыл|ай)\\s+(?:ішінде|бойы))', 'giu');

/**
 * A run of years the count is over ("за 2025–2026 годы", "в 2024-2026 гг.", "2025–2026 жылдары"): so many years, in
 * months — in Russian only after "за"/"в", the time of the count, not a subject's years ("об итогах отопительного сезона
 * 2024–2025 гг."). Not an academic year or a heating season, one year written with two ("2025–2026 учебный год", "оқу
 * жылы", "жылыту маусымы").
 * (The years a document is for — a budget's, a programme's — are blanked before: blankDocumentYears.)
 */
const YEAR_RANGE = re('(?:(?<![\\p{L}])(?:за|в|во|в\\s+течение|на\\s+протяжении)\\s+((?:19|20)\\d{2})\\s*[-–—]\\s*((?:19|20)\\d{2})\\s*(?:гг?\\.|год(?:ы|ах)(?![\\p{L}]))|(?<![\\d.,/]|маусым[\\p{L}]*\\s{1,3}|оқу\\s{1,3})((?:19|20)\\d{2})\\s*[-–—]\\s*((?:19|20)\\d{2})\\s*(?:жылдар(?:ы|да|ында)?(?![\\p{L}])|жж\\.))', 'giu');

function yearRangeMonths(text: string): number | null {
  for (const m of matchesOf(text, YEAR_RANGE)) {
    const years = Number(m[2] ?? m[4]) - Number(m[1] ?? m[3]) + 1;
    if (years >= 2 && years <= 30) return years * 12;
  }
  return null;
}

/**
 * A count over all the council's life: "за весь период работы (деятельности) Совета", "с момента создания", "за всё время
 * существования", "Кеңес құрылғаннан бері", "құрылған кезден бері", "жұмыс істеген барлық кезеңде".
 */
const SINCE_FOUNDING = re('(?:за\\s+(?:весь|всё|все)\\s+(?:период|время|годы)\\s+(?:работы|деятельности|существования|функционирования)|с\\s+момента\\s+(?:создания|образования|формирования|основания)|за\\s+всю\\s+историю|құрыл(?:ған|ғаннан)\\s+(?:кезден|уақыттан|сәттен\\s+)?\\s*бері|құрылғаннан\\s+бері|(?:жұмыс\\s+істеген|қызмет\\s+атқарған)\\s+(?:барлық\\s+)?(?:кезең|уақыт)|барлық\\s+жұмыс\\s+кезеңінде)');

function spanMonths(text: string): number | null {
  for (const m of [...matchesOf(text, SPAN_RU), ...matchesOf(text, SPAN_KK)]) {
    const n = parseCount(m[1] ?? m[3]);
    const unit = (m[2] ?? m[4]).toLowerCase();
    // "в течение 2024 года" names the year, not a span of 2024 years.
    if (n === null || n === 0 || n > 50) continue;
    return /^(?:месяц|ай)/u.test(unit) ? n : n * 12;
  }
  return null;
}

/** A sentence that ends with a question mark (grammar/sentencesOf ends a sentence after it). */
const QUESTION = /\?[\s)»"”]*$/u;

/** Totals, and the words saying the things counted are a part still open. */
const TOTALS = new Set<MetricId>(['appeals_received', 'appeals_individuals', 'appeals_legal_entities', 'letters_sent', 'npa_reviewed', 'npa_approved']);
const PART_STATE = re('(?:на\\s+рассмотрении|находят[\\p{L}]*|находит[\\p{L}]*|не\\s+истек|не\\s+получен|не\\s+поступил|без\\s+ответа|на\\s+контроле|в\\s+работе|на\\s+исполнении|отклонен|оставлен[\\p{L}]*\\s+без|қаралуда|мерзімі\\s+өтпеген|жауап\\s+(?:алынбады|берілмеді)|жауапсыз|қаралу\\s+үстінде|неотвеч)');

/**
 * Things counted with a breach of their deadline ("получено 2 ответа с нарушением срока", "3 ответа направлены с
 * опозданием", "2 жауап мерзімі бұзылып берілді"): a part of the whole, whatever the metric; never its total.
 */
const OVERDUE = re('(?:с\\s+(?:нарушени[\\p{L}]*\\s+(?:[\\p{L}]+\\s+)?срок|просрочк|опоздани)|несвоевременн|просрочен|(?<![\\p{L}])(?:позже|позднее)\\s+(?:установленн|срок)|мерзім[\\p{L}]*\\s+(?:бұзыл|бұзып|өткен\\s+соң|өткеннен)|кешіктіріл|кешігіп|уақтылы\\s+емес)');

const APPEALS = new Set<MetricId>(['appeals_received', 'appeals_individuals', 'appeals_legal_entities', 'appeals_answered']);
/** Appeals whose authors got answers: "ответы получили авторы", "получили ответы заявители", "авторлары жауап алды" (not "87 өтініштің 80-іне жауап берілді", the total with its answered part). */
const ANSWERED = re('(?:ответ[\\p{L}]*\\s+получил[\\p{L}]*\\s+(?:авторы|заявител)|получил[\\p{L}]*\\s+ответ[\\p{L}]*\\s+(?:авторы|заявител)|авторлар[\\p{L}]*\\s+жауап\\s+ал)');

/** Appeals handled one way: a part of those received ("17 обращений рассмотрены с выездом на место", "8-і оң шешілді"). */
const HANDLED = re('(?:с\\s+выездом|выездн[\\p{L}]*\\s+(?:при[её]м|провер)|решен[\\p{L}]*\\s+положительно|положительно\\s+решен|удовлетворен[\\p{L}]*|оң\\s+шешіл|барып\\s+қаралды|орнына\\s+барып)');
const MEMBERSHIP = re('(?:собственному\\s+желанию|по\\s+(?:личн|собственн)[\\p{L}]*\\s+(?:заявлени|просьб)|о\\s+выходе|из\\s+состава|(?:введен|включен|вошл|принят)[\\p{L}]*\\s+в\\s+состав|выбыл|вышл[\\p{L}]*|исключен[\\p{L}]*\\s+из|сложил[\\p{L}]*\\s+полномочи|прекращ[\\p{L}]*\\s+(?:членств|полномочи)|ротаци|өз\\s+еркі|өз\\s+өтініш|құрамынан|құрамына)');


/**
 * The years a document is for ("по проекту бюджета района на 2025–2027 годы", "Концепции развития … на 2026–2030
 * годы", "Дорожной карты по развитию конкуренции на 2024–2026 годы", "2025–2027 жылдарға арналған бюджет жобасы", "Аудан бюджетінің 2026–2028 жылдарға арналған жобасы"): its subject, not when the count happened; blanked (same length).
 * Not a plan's years: "по плану на 2026 год – 5" is a plan (PLANNED).
 */
const DOCUMENT_YEARS = re('(?:бюджет|программ|концепци|стратеги|дорожн[\\p{L}]*\\s+карт|генеральн[\\p{L}]*\\s+план|генплан|прогноз|тариф)[\\p{L}]*(?:\\s+[\\p{L}]+){0,4}?\\s+(?:на|до)\\s+(?:19|20)\\d{2}(?:\\s*[-–—]\\s*(?:19|20)\\d{2})?\\s*(?:гг?\\.|год[\\p{L}]*)|(?:19|20)\\d{2}(?:\\s*[-–—]\\s*(?:19|20)\\d{2})?\\s*(?:жыл|ж\\.)[\\p{L}]*\\s+арналған\\s+(?:[\\p{L}]+\\s+){0,2}?(?:бюджет|бағдарлама|тұжырымдама|стратегия|даму\\s+жоспар)|(?:бюджет|бағдарлама|тұжырымдама|стратегия)[\\p{L}]*\\s+(?:19|20)\\d{2}(?:\\s*[-–—]\\s*(?:19|20)\\d{2})?\\s*(?:жыл|ж\\.)[\\p{L}]*\\s+арналған', 'giu');

/**
 * The year of the work a heard report tells ("заслушаны 4 отчета: публичный отчет Председателя об итогах деятельности за 2024
 * год", "Агенттік төрағасының 2024 жылғы қызметі туралы есебі"): a report on last year is heard this year; its year is the
 * report's subject, not when the hearing was. Read for the hearings only ("по итогам работы за 2024 год проведено 5
 * заседаний" dates the count).
 */
const HEARD_YEARS = re('(?:отч[её]т|есеп|есебі|ақпарат)[\\p{L}]*(?:\\s+[\\p{L}]+){0,5}?\\s+(?:об\\s+итогах|о)\\s+(?:деятельности|работ[\\p{L}]*)(?:\\s+[\\p{L}]+){0,2}?\\s+за\\s+(?:19|20)\\d{2}\\s*(?:гг?\\.|год[\\p{L}]*)|(?:19|20)\\d{2}\\s*(?:жылғы|жылдың)\\s+(?:қызмет|жұмыс)[\\p{L}]*(?:\\s+(?:туралы|қорытындысы))?\\s+(?:[\\p{L}]+\\s+)?(?:есеб|есеп|ақпарат)', 'giu');

function blankHeardYears(sentence: string): string {
  return sentence.replace(HEARD_YEARS, (m) => m.replace(/\d/gu, ' '));
}

function blankDocumentYears(sentence: string): string {
  return sentence.replace(DOCUMENT_YEARS, (m) => m.replace(/\d/gu, ' '));
}

/** Words comparing with another period, wherever the year is; "ранее" before a participle ("ранее принятых рекомендаций", "ранее поступивших") dates that, not the count. */
const COMPARED = re('(?:аналогичн[\\p{L}]*\\s+период|прошл[\\p{L}]*\\s+(?:год|период|отчетн)|предыдущ[\\p{L}]*\\s+(?:год|период)|для\\s+сравнения|в\\s+сравнении|по\\s+сравнению|ранее(?!\\s+[\\p{L}]*(?:нн|вш|ят|ыт|ущ|ющ|ащ|ящ)(?:ых|ым|ыми|ое|ого|ая|ой|ую|ый|ые|ие|их|им|ими|ий)(?![\\p{L}]))|өткен\\s+жыл|былтыр|салыстыру)');

/** The comparison a bracket follows: "…-мен салыстырғанда (", "по сравнению с прошлым годом (", "чем годом ранее (". */
const COMPARED_BEFORE_BRACKET = re('(?:салыстырғанда|салыстырмалы\\s+түрде|(?:по|в)\\s+сравнени[\\p{L}]*\\s+с(?:о)?\\s+(?:[\\p{L}\\d.]+\\s*){1,5}|чем\\s+(?:[\\p{L}\\d.]+\\s*){1,4})\\s*$');

/**
 * Years that name a period ("в 2022 году", "за 2022 г.", "(2022 г. – 4)",
 * "2022 жылы", "за I полугодие 2023 г."), not a date's year ("от 2 ноября
 * 2015 года", "15.03.2015") and not a law's.
 */
/** The words that open a comparison: "салыстыру үшін", "для сравнения" (a number's own "по сравнению с …" is not one). */
const COMPARISON_WORDS = 'салыстыру\\s+үшін|салыстырып\\s+айтсақ|для\\s+сравнения|для\\s+сопоставления';
const COMPARISON_LEAD_WORD = re(`(?<![\\p{L}])(?:${COMPARISON_WORDS})(?![\\p{L}])`);
/** A comparison's lead with no stop or comma after it up to the number: the number is the compared thing's. */
const COMPARISON_LEAD = re(`(?<![\\p{L}])(?:${COMPARISON_WORDS}|сравним)(?:\\s+(?:айта\\s+кетсек|айтсақ|отметим|скажем))?\\s*[,:–—-]?[^;.,]*$`);
const KAZAKH_DATE_AFTER_YEAR = re(`^\\s*(?:жылғы|ж\\.)\\s+\\d{1,2}[\\s-]*(?:${MONTH_WORD})`);

function periodYears(text: string): number[] {
  const out: number[] = [];
  const yearRe = /(?<![\d.,])((?:19|20)\d{2})(?:\s*[-–—]\s*((?:19|20)\d{2}))?(?!\d)/gu;
  for (const m of matchesOf(text, yearRe)) {
    const at = m.index ?? 0;
    const before = text.slice(Math.max(0, at - 30), at);
    const after = text.slice(at + m[0].length, at + m[0].length + 8);
    // "в 2023 году", "2023 жылы" name a period even after a day ("27 ноября 2023 жылы"); "от 2 ноября 2015 года" is a date.
    const inYear = /^\s*(?:году|жылы|жылда)(?![\p{L}])/iu.test(after);
    if (!inYear && (re(`${MONTH_WORD}\\s*$`).test(before) || /\d{1,2}[./]\d{1,2}[./]\s*$/u.test(before))) continue;
    // "2015 жылғы 2 қарашадағы № 383-V Заңы", "2026 жылғы 17 желтоқсанға дейін": the Kazakh date, its year first (set 164).
    if (KAZAKH_DATE_AFTER_YEAR.test(text.slice(at + m[0].length, at + m[0].length + 40))) continue;
    // A bare year ("(2022 – 4)", "2023, 27 ноября") names a period too; a year-like count has its noun after it ("2000 обращений").
    const bare = /^\s*(?:[\d(),;:–—-]|$)/u.test(after);
    const named = bare || /^\s*(?:г\.?|гг\.?|год[\p{L}]*|жыл[\p{L}]*|ж\.)(?![\p{L}])/iu.test(after) || /(?:^|[\s(])(?:в|за|на|до|с|по|к)\s+$/iu.test(before);
    if (!named) continue;
    out.push(Number(m[1]));
    if (m[2]) out.push(Number(m[2]));
  }
  return out;
}

/**
 * A count stated, in its clause, as of a date ("Состав Совета на 01.01.2024 – 25 членов", "по состоянию на 1 января 2024 г.",
 * "2024 жылғы 1 қаңтардағы жағдай бойынша") whose year is not the report's: the state then, not in the period.
 */
const STATE_DATE = re(`(?:(?<![\\p{L}])на|состоянию\\s+на)\\s+(?:\\d{1,2}[./]\\d{1,2}[./]((?:19|20)\\d{2})|\\d{1,2}\\s+${MONTH_WORD}\\s+((?:19|20)\\d{2}))|((?:19|20)\\d{2})\\s*(?:жылғы|ж\\.)\\s+\\d{1,2}[\\s-]*${MONTH_WORD}\\s+(?:жағдай|күй)`, 'giu');

/** The rest handled in a later year: "қалған екеуі 2026 жылдың қаңтарында қаралады", "остальные 2 будут рассмотрены в январе 2026 года". */
const REST_LATER = '(?<![\\p{L}])(?:қалғаны|қалғандары|қалған|остальн[\\p{L}]*|оставш[\\p{L}]*)(?:\\s+\\d{1,3}(?:-[\\p{L}]{1,4})?)?[^,;.\\d]{0,40}?(?:19|20)\\d{2}(?:\\s*(?:жыл[\\p{L}]*|г\\.?|год[\\p{L}]*))?';

/**
 * A year as where things went on to: "2025 жылға ауысты", "2026 жылдың қаңтарына ауыстырылды", "2026 жылдың бірінші
 * тоқсанына ауыстырылды", "перенесены на 2025 год",
 * "перенесены на январь 2026 года", "на 2025 год перешли"; or when the
 * rest are handled ("қалғаны 2026 жылдың қаңтарында қаралады", "қалған екеуі 2026 жылдың қаңтарында қаралады", "остальные
 * 2 будут рассмотрены в январе 2026 года"), a part named by its count too ("39 өтінішке жауап берілді, 2-еуі 2026 жылдың
 * қаңтарында қаралады", "2 будут рассмотрены в 2026 году"); or the rest's deadline ("біреуінің мерзімі 2026 жылдың
 * қаңтарында аяқталады", "по двум срок истекает в январе 2026 года").
 */
const CARRIED_OVER = re(`${REST_LATER}|(?<![\\d.])(?:19|20)\\d{2}\\s*(?:жылдың|жылғы|ж\\.)\\s+(?:[\\p{L}]+\\s+)?[\\p{L}]+\\s+(?:қаралады|қаралатын\\s+болады|шешіледі|жауап\\s+беріледі)(?![\\p{L}])|(?:будут|будет)\\s+(?:рассмотрен|дан)[\\p{L}]*\\s+(?:[\\p{L}]+\\s+)?в\\s+(?:19|20)\\d{2}\\s*(?:г\\.?|год[\\p{L}]*)|(?<![\\d.])(?:19|20)\\d{2}\\s*(?:жылға|ж\\.\\s*-?ға)(?![\\p{L}])|(?<![\\d.])(?:19|20)\\d{2}\\s*(?:жылдың|жылғы|ж\\.)\\s+(?:[\\p{L}]+\\s+)?[\\p{L}]+\\s+(?:ауыс|көшір)[\\p{L}]*|(?:перенес[\\p{L}]*|переш[\\p{L}]*|переход[\\p{L}]*|перевед[\\p{L}]*)\\s+на\\s+(?:[\\p{L}]+\\s+)?(?:19|20)\\d{2}(?:\\s*(?:г\\.?|год[\\p{L}]*))?|на\\s+(?:19|20)\\d{2}\\s*(?:г\\.?|год)\\s+(?:перенес|переш|переход)[\\p{L}]*|(?<![\\d.])(?:19|20)\\d{2}\\s*(?:жылы|ж\\.)\\s+(?:[\\p{L}]+\\s+)?жалғас[\\p{L}]*|(?<![\\d.])(?:19|20)\\d{2}\\s*(?:жылдың|жылғы|ж\\.)\\s+(?:[\\p{L}]+\\s+)?[\\p{L}]+\\s+(?:аяқталады|бітеді)(?![\\p{L}])|(?:истека|истеч)[\\p{L}]*\\s+(?:[\\p{L}]+\\s+){0,2}?(?:19|20)\\d{2}\\s*(?:г\\.?|год[\\p{L}]*)?|продолж[\\p{L}]*\\s+(?:[\\p{L}]+\\s+)?в\\s+(?:19|20)\\d{2}\\s*(?:г\\.?|год[\\p{L}]*)`, 'giu');

/** A statement of what is still to come: "будет рассмотрен", "предстоит", "планируется", "жоспарлануда", "енгізілетін болады". */
const FUTURE_STATEMENT = re('(?<![\\p{L}])(?:будет|будут|предстоит|планиру[\\p{L}]*|запланирован[\\p{L}]*|жоспарлан[\\p{L}]*|көздел(?:уде|ген)|[\\p{L}]+(?:тын|тін)\\s+болады)(?![\\p{L}])');

/**
 * The statements a semicolon parts from the number's that hold a count of their own: "Кеңестің 5 отырысы өткізілді (…);
 * өткен жылдың 9 айында 4 отырыс болған;" — the last year named there dates its own 4, not the 5. Blanked (same length).
 */
function blankOtherStatements(text: string, start: number, end: number): string {
  let from = 0;
  let out = '';
  for (const part of text.split(';')) {
    const to = from + part.length;
    const own = from <= start && end <= to;
    // "…вышел 1 член; вопрос о его замене будет рассмотрен в I квартале 2026 года": a statement of what is still to come
    // dates that, not the count.
    out += (own || (!/\d/u.test(part.replace(/(?<!\d)(?:19|20)\d{2}(?!\d)/gu, ' ')) && !FUTURE_STATEMENT.test(part)) ? part : ' '.repeat(part.length)) + (to < text.length ? ';' : '');
    from = to + 1;
  }
  return out;
}

/** The text with every year the rest are handled in blanked (offsets kept): it dates the rest only. */
export function withoutRestHandledLater(text: string): string {
  return text.replace(REST_LATER_ALL, (m) => ' '.repeat(m.length));
}

const REST_LATER_ALL = re(REST_LATER, 'giu');

/**
 * The text with every carried-over year outside [from, to) blanked; so is a year work goes on into ("1 өтініш бойынша жұмыс
 * 2026 жылы жалғасуда", "работа продолжится в 2026 году"): it dates that clause only, not "26 өтінішке жауап берілді".
 */
function blankCarriedOver(text: string, from: number, to: number): string {
  return text.replace(CARRIED_OVER, (m, at: number) => (at + m.length <= from || at >= to ? ' '.repeat(m.length) : m));
}

/**
 * A clause after the count that compares it with another year ("поступило 63 обращения, что на 20 % больше, чем в
 * 2024 году", "63 өтініш түсті, бұл 2024 жылмен салыстырғанда 20 %-ға көп"): it tells the change, the count stays the
 * period's. Blanked from `from` on; a number inside such a clause keeps its own ("что больше, чем 50 в 2024 году"). The
 * clause may open on the comparison itself: "48 жарияланым, өткен жылғы көрсеткіштен 12-ге көп", "27 писем, на 5 больше
 * прошлогоднего".
 */
const COMPARED_AFTER = re('^\\s*,?\\s*(?:(?:что|это|бұл)\\s+[^,;]*?(?:больше|меньше|выше|ниже|чем|салыстырғанда|көп|аз(?![\\p{L}])|артық|кем(?![\\p{L}]))|(?=[^,;]*?(?:больше|меньше|выше|ниже|превыс|салыстырғанда|қарағанда|көп|аз(?![\\p{L}])|артық|кем(?![\\p{L}])))[^,;]*?(?:прошл[\\p{L}]*\\s+год|прошлогодн|предыдущ|аналогичн|годом\\s+ранее|өткен\\s+жыл|былтыр|(?:19|20)\\d{2}\\s*(?:г\\.|год|жыл|ж\\.)))(?:[^,;]|,\\s*(?=чем))*', 'iu');

/**
 * A count set against another period's after it: "29 обращений против 21 в первом полугодии 2024 года", "6 заседаний по
 * сравнению с 4 в 2024 году", "29 өтініш түсті, 2024 жылғы 21 өтінішпен салыстырғанда": the compared count and its period.
 */
const AGAINST_AFTER = re('^[^,;.]*?\\s(?:против|в\\s+сравнении\\s+с|по\\s+сравнению\\s+с)\\s+\\d+[^,;.]*|^[^,;.]*?,\\s*[^,;.]*?\\d+[^,;.\\d]*?(?:салыстырғанда|қарағанда)[^,;.]*', 'iu');

/** The same told after a dash in the count's own clause: "Мы провели 11 мониторингов – почти в полтора раза больше, чем годом ранее". */
const DASH_COMPARED = re('^[^,;.–—]*?\\s[-–—]\\s+(?:[^,;]*?)(?:больше|меньше|выше|ниже|салыстырғанда|көп|аз(?![\\p{L}])|артық|кем(?![\\p{L}]))(?:[^,;]|,\\s*(?=чем))*', 'iu');

function blankComparedAfter(text: string, from: number, countEnd = from): string {
  const dash = DASH_COMPARED.exec(text.slice(countEnd));
  if (dash !== null) {
    const at = countEnd + dash[0].search(/\s[-–—]\s/u);
    return text.slice(0, at) + ' '.repeat(countEnd + dash[0].length - at) + text.slice(countEnd + dash[0].length);
  }
  // "поступило 29 обращений против 21 в первом полугодии 2024 года": the other period's count follows "против", and the
  // period it names is that count's, not this one's.
  const against = AGAINST_AFTER.exec(text.slice(countEnd));
  if (against !== null) {
    const at = countEnd + against[0].search(/(?:против|в\s+сравнении\s+с|по\s+сравнению\s+с|,)\s/iu);
    return text.slice(0, at) + ' '.repeat(countEnd + against[0].length - at) + text.slice(countEnd + against[0].length);
  }
  const m = COMPARED_AFTER.exec(text.slice(from));
  return m === null ? text : text.slice(0, from) + ' '.repeat(m[0].length) + text.slice(from + m[0].length);
}

/** A month or a full date with its year in a text: "в январе 2026 года", "15.01.2026", "2026 жылдың қаңтарында". */
const DATED_YEAR = re(`${MONTH_WORD}[\\p{L}]*\\s+((?:19|20)\\d{2})(?!\\d)|(?<![\\d.])\\d{1,2}[./]\\d{1,2}[./]((?:19|20)\\d{2})(?!\\d)|(?<![\\d.])((?:19|20)\\d{2})\\s*(?:жылдың|жылғы|ж\\.)\\s+(?:\\d{1,2}[\\s-]*)?${MONTH_WORD}`, 'giu');

function datedAfter(text: string, years: number[]): boolean {
  if (years.length === 0) return false;
  const last = Math.max(...years);
  return matchesOf(text, DATED_YEAR).some((m) => Number(m[1] ?? m[2] ?? m[3]) > last);
}

function stateDateOutside(text: string, years: number[]): boolean {
  if (years.length === 0) return false;
  return matchesOf(text, STATE_DATE).some((m) => !years.includes(Number(m[1] ?? m[2] ?? m[3])));
}

/**
 * Whether a text names a period other than the report's: last year or a comparison in words ("в прошлом году", "өткен
 * жылы", "былтыр", "для сравнения"), or a year outside `years` ("в 2024 году", "2024 жылы").
 */
export function otherPeriod(text: string, years: number[]): boolean {
  if (COMPARED.test(text)) return true;
  return years.length > 0 && periodYears(text).some((y) => !years.includes(y));
}

function samePeriod(text: string, years: number[]): boolean {
  return periodYears(text).some((y) => years.includes(y));
}

interface Span {
  text: string;
  start: number;
}

/** The innermost brackets around the number, else the sentence with the bracketed and quoted parts left out (blanked). */
function scopeOf(sentence: string, start: number, end: number): Span {
  const pairs = bracketsOf(sentence);
  const around = pairs.filter(([a, b]) => a < start && b >= end).sort((x, y) => (y[0] - x[0]))[0];
  if (around) return { text: sentence.slice(around[0] + 1, around[1]), start: around[0] + 1 };
  // A quoted title says nothing about the figure's period («… до 2035 года»), so it is left out too.
  for (const m of matchesOf(sentence, /«[^«»]*(?:«[^«»]*»[^«»]*)*»|"[^"]*"|“[^”]*”/gu)) {
    const a = m.index ?? 0;
    if (!(a < start && a + m[0].length > end)) pairs.push([a, a + m[0].length - 1]);
  }
  let outside = sentence;
  for (const [a, b] of pairs) outside = outside.slice(0, a) + ' '.repeat(Math.min(b + 1, sentence.length) - a) + outside.slice(Math.min(b + 1, sentence.length));
  return { text: outside, start: 0 };
}

/** The number's clause with the one before it and the one after it. */
function clausesAround(text: string, start: number, end: number): string {
  const stops = matchesOf(text, /[,;]/gu).map((m) => m.index ?? 0);
  const before = stops.filter((at) => at < start);
  const after = stops.filter((at) => at >= end);
  return text.slice((before[before.length - 2] ?? -1) + 1, after[1] ?? text.length);
}

/** The clause of a scope holding the number: between commas and semicolons. */
function clauseOf(text: string, start: number, end: number): Span {
  const stops = /[,;]/gu;
  let from = 0;
  let to = text.length;
  for (const m of matchesOf(text, stops)) {
    const at = m.index ?? 0;
    if (at + m[0].length <= start) from = at + m[0].length;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return { text: text.slice(from, to), start: from };
}
