import lexicon from './lexicon/figures.json' with { type: 'json' };
import { lowerCase } from '../grammar/lowerCase.ts';
import { hasKazakhGrammar } from '../toLines.ts';
import type { MetricId } from '../types.ts';
import { bracketsOf } from '../grammar/bracketsOf.ts';
import { matchesOf } from '../grammar/matchesOf.ts';

/**
 * Whose count a number is. A report's figures are the council's, but its
 * sentences also count the members, meetings and events of other bodies — a
 * commission, a working group, an expert council, the presidium: "Из состава
 * комиссии выбыли двое", "Рабочей группой проведено 2 семинара", "Жұмыс тобы
 * 4 отырыс өткізді". Such a number is not the council's figure; it is a
 * candidate. Returns the other body's words, or null when the count is the
 * council's (or names no body, and so is the report's own).
 *
 * The body a count belongs to, in this order:
 * 1. for members, the body whose membership ("состав", "құрам") the sentence
 *    speaks of: "в состав комиссии входят 7 членов Совета" counts the
 *    commission;
 * 2. an owner right after the counted noun, with no preposition between:
 *    "5 заседаний рабочей группы", "2 члена Совета" (Russian puts the
 *    genitive after its noun);
 * 3. else the nearest body named before the number in the sentence that is
 *    not a modifier of another ("комиссия Совета", "Кеңестің жұмыс тобы":
 *    the head is the commission, the working group) nor a partner ("совместно
 *    с комиссией", "әкімдікпен бірлесіп").
 *
 * An authority (маслихат, акимат, a ministry, a state body) is a body too:
 * "Маслихатом проведено 5 круглых столов", "Әкімдік 3 қоғамдық тыңдау
 * өткізді" are not the council's; "Совет при акимате" names the council.
 *
 * Only metrics that some other body also has are checked, each with the
 * bodies it may belong to (a commission's meetings are `commission_meetings`).
 */
export function otherBodyOf(sentence: string, start: number, end: number, metric: MetricId, councilIsOther = false): string | null {
  // `councilIsOther`: a commission's report that gives the council's figures apart from its own (report/councilSetApart):
  // the council and its presidium are another body for every metric ("Кеңес бойынша барлығы – 41 өтініш").
  const allowed = SCOPED.get(metric) ?? (councilIsOther ? [] : undefined);
  if (allowed === undefined) return null;
  const lower = lowerCase(sentence);
  const kazakh = hasKazakhGrammar(sentence);
  // An authority holds events of its own ("Маслихатом проведено 5 круглых столов"), but members "представители
  // государственных органов" are the council's, and letters and appeals go to it or come about it.
  // A body named in brackets that do not hold the number ("(всего в Совет – 94), ответы даны на 15") is an aside, not its owner.
  const asides = bracketsOf(sentence).filter(([a, b]) => !(a < start && b >= end));
  // Appeals the authority received are its own, not the council's: "Аудан әкімдігіне 9 айда 1 318 өтініш келіп түсті", "Аудан
  // әкімдігінің «Е-өтініш» жүйесіне 689 өтініш түсті", "В акимат района поступило 1 318 обращений" — the authority before the
  // count, a verb of receiving in its clause.
  const received = (m: Mention) => APPEALS_METRICS.includes(metric) && m.end <= start && RECEIVED.test(lower.slice(m.start, clauseEnd(lower, end)));
  // An NGO holds events of its own ("ҮЕҰ ресурстық орталығы 11 семинар өткізді"); the members "from NGOs" are the council's,
  // and a memorandum named with an NGO ("«…» ҮЕҰ ресурстық орталығы» КММ-мен 1 меморандум") is signed with it, a partner.
  const mentions = mentionsOf(sentence, lower).filter((m) => (m.kind !== 'authority' || EVENT_METRICS.includes(metric) || received(m)) && (m.kind !== 'ngo' || (EVENT_METRICS.includes(metric) && metric !== 'memoranda')) && !asides.some(([a, b]) => a < m.start && b >= m.end));
  const verdict = (m: Mention | undefined) => {
    if (m !== undefined && councilIsOther && (m.kind === 'council' || m.kind === 'presidium')) return m.words;
    if (m === undefined || m.kind === 'council') return null;
    // The council's commission meetings are all its commissions': one commission's ("комиссией проведено 9 заседаний") are a part.
    // So is one commission's work; the council's commissions together ("Комиссиями ОС рассмотрено 94 НПА") do the council's.
    if ((metric === 'commission_meetings' || WORK_METRICS.includes(metric)) && m.kind === 'commission' && !kazakh && ONE_COMMISSION.test(lowerCase(m.words))) return m.words;
    if (WORK_METRICS.includes(metric) && m.kind === 'commission' && kazakh && ONE_COMMISSION_KK.test(lowerCase(m.words))) return m.words;
    // A commission named by its field ("… жөніндегі комиссия төрт рет жиналды") is one commission, its meetings a part.
    if (metric === 'commission_meetings' && m.kind === 'commission' && kazakh && ONE_COMMISSION_KK.test(lowerCase(m.words)) && NAMED_KK.test(lower.slice(Math.max(0, m.start - 30), m.start))) return m.words;
    // The council's commissions together hold its events ("Комиссиями проведено 2 общественных мониторинга", "Комиссиялар 4
    // мониторинг жүргізді"): all of them, in the plural, named by no field and owned by no other body ("комиссии маслихата").
    // So do its working groups, all of them in the plural ("Рабочими группами проведено четыре общественных мониторинга",
    // "Жұмыс топтары 3 мониторинг жүргізді"), owned by no other body after them ("рабочими группами акимата").
    if (COMMISSIONS_EVENTS.has(metric) && ((m.kind === 'commission' && ALL_COMMISSIONS.test(lowerCase(m.words))) || (m.kind === 'working_group' && ALL_WORKING_GROUPS.test(lowerCase(m.words)) && !QUALIFIED.test(lower.slice(Math.max(0, m.start - 30), m.start)))) && !NAMED_KK.test(lower.slice(Math.max(0, m.start - 30), m.start)) && !mentions.some((o) => o !== m && o.start >= m.end && o.start - m.end <= 40 && o.kind !== 'council') && !/^\s+по\s/u.test(lower.slice(m.end, m.end + 5))) return null;
    return allowed.includes(m.kind) ? null : m.words;
  };

  // The commissions of an authority ("Постоянные комиссии маслихата провели 11 заседаний", "Мәслихаттың тұрақты
  // комиссиялары 11 отырыс өткізді"): their meetings and their number are the authority's, not the council's — the
  // authority a modifier of the commissions (isModifier: after them in Russian, before them in Kazakh).
  if (metric === 'commission_meetings' || metric === 'commissions') {
    const all = mentionsOf(sentence, lower);
    const owner = all.find((m, k) => m.kind === 'authority' && m.end <= start && all[kazakh ? k + 1 : k - 1]?.kind === 'commission' && isModifier(m, all, lower, kazakh));
    if (owner) return owner.words;
  }
  if (MEMBER_METRICS.has(metric)) {
    // "Комиссия состоит из 7 членов ОС": the body that consists of the members, right before its verb, is whose they are,
    // whatever body they are members of besides.
    const consists = mentions.find((m) => m.end <= start && CONSISTS_OF.test(lower.slice(m.end, start)));
    if (consists) return verdict(consists);
    // A body named in the count's own clause is what the members left or joined, whatever the sentence's first clause named:
    // "В состав Совета введены 2 новых члена, из рабочей группы выбыли 2", "Кеңес құрамына 2 мүше енгізілді, жұмыс
    // тобынан 2 мүше шықты" — the second count is the working group's.
    const own = ownClauseBody(mentions, lower, start, kazakh);
    if (own) return verdict(own);
    const membership = mentions.find((m) => (kazakh ? MEMBERSHIP_AFTER : MEMBERSHIP_BEFORE).test(kazakh ? lower.slice(m.end, m.end + 30) : lower.slice(Math.max(0, m.start - 30), m.start)));
    // "В составе совета три члена постоянной комиссии": the council's membership, but the members' own owner after them is
    // a commission — a count is the council's only when neither says another body.
    const ownerAfter = kazakh ? undefined : mentions.find((m) => m.start >= end && ownerGap(lower.slice(end, m.start).replace(/(?<![\p{L}])(?:постоянн|рабоч|тұрақты)[\p{L}]*\s+$/u, ' ')));
    if (membership) return verdict(membership) ?? (ownerAfter ? verdict(ownerAfter) : null);
  }
  // Kazakh puts the owner before its noun ("комиссиялардың 9 отырысы"): a body after the count is the next phrase's.
  const afterText = lower.slice(end);
  const owner = kazakh ? undefined : mentions.find((m) => m.start >= end && ownerGap(afterText.slice(0, m.start - end)));
  if (owner) return verdict(owner);
  // A count of commissions is of the commissions themselves, the subject of their own clause: a body in an earlier clause
  // ("Кеңес төралқасы жыл бойы үш рет жиналып, үш тұрақты комиссия …") owns them only in the genitive ("маслихаттың, …").
  const ownsCommissions = (m: Mention) => metric !== 'commissions' || !/[,;]/u.test(lower.slice(m.end, start)) || /(?:ның|нің|дың|дің|тың|тің)$/u.test(lower.slice(m.start, m.end));
  const before = mentions.filter((m) => m.end <= start && ownsCommissions(m) && !isModifier(m, mentions, lower, kazakh) && !OWN_LABEL_COUNT.test(lower.slice(m.end, start)) && !PARTNER.test(lower.slice(Math.max(0, m.start - 25), m.start)) && !PARTNER_AFTER.test(lower.slice(m.start, m.end + 25)) && !/(?:мен|бен|пен)$/u.test(lower.slice(m.start, m.end)) && !(kazakh && (ownsItsItemOnly(lower.slice(m.start, start)) || CLAUSE_CLOSED.test(lower.slice(m.end, start)) || ownsTheDraft(lower.slice(m.start, start)))) && !(!kazakh && DRAFT_BEFORE.test(lower.slice(Math.max(0, m.start - 80), m.start))));
  const last = before[before.length - 1];
  // "ҮЕҰ 42 іс-шара өткізді; оның ішінде Қоғамдық кеңес ұйымдастырғандары – 6: 3 дөңгелек үстел, 2 семинар": the council
  // named after an outside body (an authority, an NGO) and before the count, though only as its list's label, takes the
  // list from it: its part of the other's total is its own.
  if (last !== undefined && (last.kind === 'authority' || last.kind === 'ngo') && mentions.some((m) => m.kind === 'council' && m.start > last.end && m.end <= start)) return null;
  return verdict(last);
}

/**
 * A body in the genitive whose draft the event was on: "аудандық мәслихаттың абаттандыру қағидалары жобасы бойынша 1 қоғамдық
 * тыңдау өтті" — the maslikhat owns the draft ("жобасы бойынша", "on its draft"), the hearing is the council's (held-out 125).
 */
function ownsTheDraft(text: string): boolean {
  return /^\S*(?:ның|нің|дың|дің|тың|тің)(?![\p{L}])[^,;.]{0,80}?(?:жоба|жобалар)[\p{L}]*\s+бойынша(?![\p{L}])/u.test(text);
}

/** Russian puts the draft's owner after it: "по проекту правил благоустройства районного маслихата проведено 1 слушание". */
const DRAFT_BEFORE = /(?<![\p{L}])(?:по|на|о)\s+проект[\p{L}]*(?:\s+[^\s,;.]+){0,6}\s+$/u;

const APPEALS_METRICS: MetricId[] = ['appeals_received', 'appeals_individuals', 'appeals_legal_entities'];
/** A verb of appeals coming in: "түсті", "келіп түсті", "келді", "тіркелді", "поступило", "получено", "зарегистрировано". */
const RECEIVED = /(?<![\p{L}])(?:түс(?:ті|кен|іп)|кел(?:ді|ген|іп)|тіркел(?:ді|ген)|поступ[\p{L}]*|получен[\p{L}]*|получил[\p{L}]*|зарегистрирован[\p{L}]*)(?![\p{L}])/u;
/** Where the clause holding a count ends: its sentence's stop or a semicolon after it. */
const clauseEnd = (lower: string, from: number): number => {
  const k = lower.slice(from).search(/[.;]/u);
  return k < 0 ? lower.length : from + k;
};

/** A body's verb of consisting right before its count: "… состоит из", "… включает", "… насчитывает". */
const CONSISTS_OF = /^\s*(?:[\p{L}]+\s+){0,2}?(?:состо(?:ит|ят)\s+из|включа(?:ет|ют)|насчитыва(?:ет|ют)|объединя(?:ет|ют))\s*$/u;

/**
 * The last body named in the clause that holds the count, before it, when an earlier clause of the sentence stands
 * before (a comma or a semicolon outside brackets): not a modifier of another body, not a partner. Undefined when the
 * count's clause names no body of its own or the sentence is one clause.
 */
function ownClauseBody(mentions: Mention[], lower: string, start: number, kazakh: boolean): Mention | undefined {
  const before = lower.slice(0, start).replace(/\([^()]*\)/gu, (b) => ' '.repeat(b.length));
  const from = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'));
  if (from < 0) return undefined;
  const own = mentions.filter((m) => m.start > from && m.end <= start && !isModifier(m, mentions, lower, kazakh) && !PARTNER.test(lower.slice(Math.max(0, m.start - 25), m.start)) && !PARTNER_AFTER.test(lower.slice(m.start, m.end + 25)));
  return own[own.length - 1];
}

type BodyKind = 'council' | 'commission' | 'presidium' | 'working_group' | 'other_council' | 'authority' | 'ngo';

interface Mention {
  kind: BodyKind;
  start: number;
  end: number;
  words: string;
}

const bodies = lexicon.bodies as Record<BodyKind, string>;
const BODY_RES = (Object.keys(bodies) as BodyKind[]).map((kind) => ({ kind, regex: new RegExp(`(?<![\\p{L}])(?:${bodies[kind]})`, 'gu') }));
// "ОС", "ОСА": the council's abbreviation, in capitals only.
const COUNCIL_ABBREVIATION = /(?<![\p{L}])ОСА?(?![\p{L}])/gu;

/** Every body the sentence names, a longer name ("экспертный совет") over the shorter inside it ("совет"). */
function mentionsOf(sentence: string, lower: string): Mention[] {
  const found: Mention[] = [];
  for (const { kind, regex } of BODY_RES) {
    for (const m of matchesOf(lower, regex)) found.push({ kind, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, words: sentence.slice(m.index ?? 0, (m.index ?? 0) + m[0].length) });
  }
  for (const m of matchesOf(sentence, COUNCIL_ABBREVIATION)) found.push({ kind: 'council', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, words: m[0] });
  const kept = found.filter((m) => !found.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * A body named as a modifier of the next: Russian puts it after its head
 * ("комиссия по социальным вопросам Совета"), Kazakh before ("Кеңестің жұмыс
 * тобы", "Кеңес жанындағы комиссия"), a few words apart with no punctuation.
 */
function isModifier(m: Mention, mentions: Mention[], lower: string, kazakh: boolean): boolean {
  const k = mentions.indexOf(m);
  const other = kazakh ? mentions[k + 1] : mentions[k - 1];
  if (!other) return false;
  const gap = kazakh ? lower.slice(m.end, other.start) : lower.slice(other.end, m.start);
  return MODIFIER_GAP.test(gap);
}

/**
 * A body in the label of a count before this one, closed by that count and its comma or semicolon: "ИТОГО по Совету:
 * заседаний комиссий – 7, мониторингов – 6" — "комиссий" owns the 7 of its label, never the monitorings after it. The
 * label's words up to its dash, no stop or colon between (a body that opens a list, "Комиссиями: заседаний – 7, …", owns its items).
 */
const OWN_LABEL_COUNT = /^[^\d:;,.()]{0,40}?\s[-–—]\s*\d{1,4}\s*[,;]/u;

const MODIFIER_GAP = /^(?:\s+[\p{L}-]+){0,4}\s+$|^\s+$/u;
/** Between a counted noun and its owner: up to three words (the noun, its adjectives), none a preposition. */
const OWNER_GAP = new RegExp(`^[\\p{L}\\s-]{0,60}$`, 'u');
const PREPOSITION = new RegExp(`(?<![\\p{L}])(?:${(lexicon.prepositions as string[]).join('|')})(?![\\p{L}])`, 'u');
const CONJUNCTION = /(?<![\p{L}])(?:и|а|или|также|және|мен|бен|пен|немесе)(?![\p{L}])/u;
/**
 * A partner named before the count ("совместно с …", "при участии …", "… бірлесіп") owns no count; nor does the body
 * that decided ("по решению рабочей группы в состав вошли три члена", "решениями рабочей группы … введены два новых
 * члена", "жұмыс тобының шешімімен").
 */
const PARTNER = /(?:(?:^|\s)(?:с|со)\s+(?:[\p{L}-]+\s+){0,1}$)|(?:совместно\s+с|вместе\s+с|с\s+участием|при\s+участии|при\s+поддержке|по\s+инициативе|(?:по|согласно)\s+(?:решени(?:ю|ям)|представлени(?:ю|ям)|рекомендаци(?:и|ям))|решени(?:ем|ями))\s+(?:[\p{L}-]+\s+){0,2}$|(?:бірлесіп|бірге)\s+$/u;
/**
 * Kazakh says the partner with "-мен/-бен/-пен" ("with") on the body, or "бірлесіп" after it: "әкімдігімен 1 меморандумға
 * қол қойылды", "әкімдікпен бірлесіп"; a body of two words ("ардагерлер кеңесімен") holds the ending in its own last word.
 */
const PARTNER_AFTER = /^[\p{L}-]*(?:мен|бен|пен)(?:ен)?(?![\p{L}])|^[\p{L}-]*(?:\s+(?:мен|бен|пен))?\s+(?:[\p{L}-]+\s+){0,2}?(?:бірлесіп|бірге)(?![\p{L}])|^[\p{L}-]*(?:\s+[\p{L}-]+)?\s+(?:шешімі|ұсынысы)(?:мен|не\s+сәйкес|бойынша)(?![\p{L}])/u;
const MEMBERSHIP_BEFORE = /(?:состав[\p{L}]*|член[\p{L}]*)\s+(?:[\p{L}-]+\s+){0,2}$/u;
const MEMBERSHIP_AFTER = /^\s+(?:[\p{L}]+\s+)?(?:құрам|мүше)/u;

const MEMBER_METRICS = new Set<MetricId>(['members_total', 'members_civil', 'members_state', 'members_left', 'members_joined']);
/** The council's work that a commission or an authority also does: "Комиссия рассмотрела 13 проектов НПА", "В комиссию поступило 17 обращений". */
const WORK_METRICS: MetricId[] = lexicon.bodyWork.commissionWork;
/** One commission, not the council's commissions: Russian singular forms only ("комиссии" may be either; Kazakh "комиссия отырыстары" is "commission meetings"). */
const ONE_COMMISSION = /^(?:под)?комисси(?:я|ей|ю|ею)$/u;
/**
 * One commission in Kazakh, for its work ("Комиссияға 17 өтініш түсті", "Комиссия 13 НҚА жобасын қарады"): a
 * form without the plural "-лар". Not for meetings: "комиссия отырыстары" is what Kazakh calls the commissions' meetings.
 */
const ONE_COMMISSION_KK = /^комиссия(?:ға|ны|сы|сына|сымен|да|дан)?$/u;
/** The commissions, all of them, in the plural: Russian "комиссиями", "комиссии" (with no field after), Kazakh "комиссиялар". */
const ALL_COMMISSIONS = /^(?:комиссиями|комиссии|комиссиялар(?:ы|мен)?)$/u;
/** The working groups, all of them, in the plural: "рабочими группами", "рабочие группы", "жұмыс топтары". */
/** An adjective right before the groups ("межведомственными рабочими группами", "ведомствоаралық жұмыс топтары"): another kind of group. */
const QUALIFIED = /[\p{L}](?:ыми|ими|ые|ие|лық|лік|дық|дік|тық|тік|аралық)\s+$/u;
const ALL_WORKING_GROUPS = /^(?:рабочими\s+группами|рабочие\s+группы|жұмыс\s+топтары(?:мен)?)$/u;
/** Events the council's commissions hold for it, never its general meetings (the commissions' own are commission_meetings). */
const COMMISSIONS_EVENTS = new Set<MetricId>(['monitorings', 'round_tables', 'seminars', 'public_hearings', 'dialog_platforms']);
/** "Әлеуметтік мәселелер жөніндегі (тұрақты) комиссия": the field a commission is named by stands before it. */
const NAMED_KK = /жөніндегі\s+(?:тұрақты\s+)?$/u;
const EVENT_METRICS: MetricId[] = lexicon.bodyWork.events;
const SCOPED = new Map<MetricId, BodyKind[]>([
  ...[...MEMBER_METRICS, ...EVENT_METRICS].map((m) => [m as MetricId, [] as BodyKind[]] as const),
  ...WORK_METRICS.map((m) => [m as MetricId, ['commission'] as BodyKind[]] as const),
  ['commission_meetings', ['commission']],
  ['commissions', ['commission']],
  ['presidium_meetings', ['presidium']],
]);

/**
 * A Kazakh body that owns only the item of a list it stands in: in the genitive before its own count ("Кеңес: 6 отырыс,
 * комиссиялардың 9 отырысын, 2 дөңгелек үстел өткізді") or as a label's first word ("комиссия отырысы – 13, тыңдалған есеп
 * – 6, мониторинг – 8"). A count after the item's comma is the list's, not the body's. `text` runs from the body to the count.
 */
function ownsItsItemOnly(text: string): boolean {
  return OWN_ITEM.test(text);
}

/**
 * A Kazakh clause the body is the subject of, closed by a conditional of contrast before the count: "Кеңес төралқасы екі рет
 * жиналса, төрт тұрақты комиссияның …" (while the presidium met twice, the commissions …); or a turn to another subject
 * with "ал" ("…, ал …"). A finite verb or a converb ("жиналды, 3 мониторинг жүргізді", "жиналып,") goes on with the same one.
 */
const CLAUSE_CLOSED = /[\p{L}](?:са|се)\s*,|,\s*ал\s/u;

const OWN_ITEM = /^[\p{L}-]*(?:(?:ның|нің|дың|дің|тың|тің)\s+(?:[\p{L}-]+\s+)?[\d\uE001\uE003]|\s+[\p{L}-]+\s*[-–—:]\s*\d)[^,;]*[,;]/u;

/** Whether the words between a number and a body name make that body the owner of the counted noun: no preposition, no punctuation, three words at most. */
function ownerGap(gap: string): boolean {
  return OWNER_GAP.test(gap) && !PREPOSITION.test(gap) && !CONJUNCTION.test(gap) && gap.trim().split(/\s+/).length <= 3;
}

