import lexicon from './lexicon/figures.json' with { type: 'json' };
import { CODED_COUNT } from '../grammar/codeCounts.ts';
import { lowerCase, lowerPattern } from '../grammar/lowerCase.ts';
import { matchesOf } from '../grammar/matchesOf.ts';
import { requiredText } from '../grammar/requiredText.ts';
import type { MetricId } from '../types.ts';

/**
 * The figure grammar's lexicon (lexicon/figures.json) as compiled patterns:
 * which nouns, next to a number, state which metric, in Russian and Kazakh.
 * A new phrasing is an entry in the JSON file, not code. A form is one of
 *
 * - `before`: the number, up to three words, the noun — "18 общественных
 *   мониторингов"; never a number joined to its noun by a hyphen, which
 *   is an ordinal ("Кеңестің 3-отырысы", "2-заседание"). The words between may be adjectives, never a noun of
 *   another subject or a preposition that opens one (`people`, `otherNouns`,
 *   `prepositions`): "2 члена по собственному заявлению" counts members, not
 *   appeals; nor a conjunction ("8 өкілі және азаматтық қоғам": the 8 are
 *   of the phrase before); `people: true` lets the people nouns stand between ("3 человека
 *   представители государственных органов");
 *   `notOfBodies: true` (the meetings' nouns) bars a body's name between too: "Мәслихат жанындағы үш тұрақты комиссия
 *   өз отырыстарын …", "три постоянные комиссии маслихата заседания …" count the commissions, not the meetings;
 * - `after`: the noun, a dash or colon, the number — "одобрено – 89",
 *   "Семинары, тренинги – 2"; not out of a bracket nor across a comma that
 *   opens another statement ("обращений – 24 (все от физических лиц),
 *   рассмотрено – 19": 19 are not the individuals);
 * - `amount`: "мониторинг в количестве 18";
 * - `bracket`: the noun, then its count in brackets — "Постоянными
 *   комиссиями (их в Совете пять)", "(олардың саны 5)";
 * - `bracketTotal`: the noun (with up to two words after it), then the
 *   council's total in brackets — "17 обращений граждан (всего в Совет –
 *   94)", "17 өтініш түсті (Кеңеске барлығы – 94)"; a bracket naming no body
 *   leaves the owner to the sentence (report/otherBodyOf), one naming
 *   another body is not read;
 * - `heldBy`: the body that met, then "проведено N заседаний", with words or a
 *   bracket between ("Комиссии провели в общей сложности 9 заседаний");
 * - `total`: the noun, a colon, its parts, then the total closing the sentence — "Проведено мониторингов: в
 *   январе – 2, в феврале – 1, в марте – 3, всего 6", "Мониторингтер: қаңтарда – 2, …, барлығы 6" (the parts are
 *   not read; a second colon between is another noun's list);
 * - `inverted`: the noun opening its clause, the verb, the count closing it (or opening its parts after a colon:
 *   "Заседаний комиссий за полугодие состоялось 9: по банковскому сектору – 3, …") — "Заседаний комиссий проведено 8",
 *   "Мониторингов проведено всего 12"; never a count with a noun of its own after it ("… проведено 8 выездов");
 * - `predicate`: an event's noun, the count said of it as its predicate — "Круглых столов было три", "Дөңгелек
 *   үстелдер үшеу болды", "Дөңгелек үстелдің екеуі өткізілді", "Қоғамдық мониторингтің үшеуі жүргізілді" (`ru`: the noun as "было" takes it; `kk`: its stem, the
 *   plural or genitive endings added); never a part ("Отырыстардың 2-еуі көшпелі форматта өтті": a word between); also
 *   the times the council held it, the noun its object ("Круглые столы собирали дважды", "Мониторингке бес рет шықты");
 * - `pattern`: a regular expression of its own, `{N}` the count.
 *
 * Forms are tried in order and a number once taken is not taken again, so the
 * specific ("4 заседания Президиума") stand before the general ("17 заседаний").
 * `context` must occur in the same sentence (or, with `contextInParagraph`,
 * in one before it on the same line: "…15 проектов НПА. Рассмотрено 12"),
 * `notContext` must not; `notClause` must not match the number's clause.
 * Patterns run on text whose counts are coded (grammar/codeCounts), so `{N}`
 * is one character class, and a negated class excluding digits excludes
 * codes of digits too (`\uE001`; `\uE003` opens a count in words); `\uE000` is a masked never-count (maskNeverCounts).
 * Patterns and text are matched in lower case (grammar/lowerCase).
 */
export type FigureForm =
  | { before: string; people?: boolean; notOfBodies?: boolean }
  | { after: string }
  | { amount: string }
  | { heldBy: string }
  | { bracket: string }
  | { bracketTotal: string }
  | { total: string }
  | { inverted: string }
  | { predicate: { ru: string; kk: string } }
  | { pattern: string };
/** A form as it is compiled: a `predicate` stands for five patterns (predicateForms). */
type PlainForm = Exclude<FigureForm, { predicate: unknown }>;

export interface FigureEntry {
  metric: MetricId;
  forms: FigureForm[];
  context?: string;
  notContext?: string;
  /** The context may stand in an earlier sentence of the same paragraph (line). */
  contextInParagraph?: boolean;
  /**
   * The context may stand in the heading or the items above a list item (report/sectionContext): "СОСТАВ СОВЕТА"
   * over "• 27 членов ОС". A string: the section must also name this ("• Получено ответов – 29" answers letters
   * only where the section names letters, not under "• Направлено в госорганы по компетенции – 5" of appeals).
   */
  contextInSection?: boolean | string;
  /**
   * With the context only in an earlier sentence, the word after the number may
   * be one of these or no noun of the lexicon's lists: "…проектов НПА. По итогам
   * мониторинга одобрено 5 рекомендаций" approves recommendations, not NPAs.
   */
  ownNouns?: string;
  /**
   * The clause holding the number (between commas, colons, semicolons), the
   * number itself written `#`, may not match this: "поступило 15 проектов НПА",
   * "из поступивших 15" were received, not reviewed.
   */
  notClause?: string;
  /**
   * With the context only in an earlier sentence or the section, the last subject named before the number may not be
   * one of these: "Өтініштер – 19, жауап берілгені – 17. Хаттар – 8. Жауап берілгені – 6" — the second answers letters.
   */
  lastSubjectNot?: string;
  /** A metric whose number, taken earlier in the sentence, this entry may read too ("2 отчета районных отделов": hearings and departments). */
  sharesWith?: MetricId;
}

export interface CompiledForm {
  regex: RegExp;
  /** Text one of which every match holds (grammar/requiredText): a sentence holding none is not tried. */
  needs: string[] | null;
  /** For a `before` form: the words between the number and the noun may not be one of these. */
  excluded: RegExp | null;
  /** An `after` form: its noun is a label the count follows ("Круглые столы – 3"). */
  label?: true;
}

export interface CompiledEntry {
  metric: MetricId;
  forms: CompiledForm[];
  context: RegExp | null;
  notContext: RegExp | null;
  contextInParagraph: boolean;
  contextInSection: boolean;
  /** What the section must name besides the context, when the entry says. */
  sectionNames: RegExp | null;
  ownNouns: RegExp | null;
  notClause: RegExp | null;
  lastSubjectNot: RegExp | null;
  sharesWith: MetricId | null;
}

const N = `(?:${CODED_COUNT})`;
/** The council as a bracket names it: "всего в Совет", "по ОС", "Кеңеске барлығы". */
const COUNCIL_WORDS = '(?:совет[\\p{L}]*|оса?(?![\\p{L}])|кеңес[\\p{L}]*)';
const alternatives = (list: string[]) => `(?:${list.join('|')})`;
const excludedWord = (list: string[]) => new RegExp(lowerPattern(`^${alternatives(list)}(?![\\p{L}])`), 'u');
const EXCLUDED = excludedWord([...lexicon.people, ...lexicon.otherNouns, ...lexicon.prepositions, ...lexicon.conjunctions]);
const EXCLUDED_BUT_PEOPLE = excludedWord([...lexicon.otherNouns, ...lexicon.prepositions, ...lexicon.conjunctions]);
const EXCLUDED_AND_BODIES = excludedWord([...lexicon.people, ...lexicon.otherNouns, ...lexicon.prepositions, ...lexicon.conjunctions, ...lexicon.otherBodies]);

/**
 * A participle of coming in set off by commas between an `after` label and its dash, up to six words with no preposition
 * that names a part ("от юрлиц", "по вопросам ЖКХ"): "Обращений, зарегистрированных в журнале Совета за год, – 21",
 * "Обращений, поступивших в Совет, – 14". Never one that selects ("Обращений, поступивших от юрлиц, – 2").
 */
/** A bracket of the day a state is told on: "(30.09.2026 ж. жағдай бойынша)", "(на 31.12.2025 г.)", "(по состоянию на 30.09.2026)". */
const STATE_DAY = '\\(\\s*(?:(?:по\\s+состоянию\\s+)?на\\s+)?\\uE000[\\uE000\\s.]*(?:(?:ж|г)\\.|года|жылғы)?\\s*(?:(?:жағдай|күй)[\\p{L}]*\\s+бойынша)?\\s*\\)';
const AFTER_PARTICIPLE = '(?:\\s*,\\s*(?:зарегистрированн|поступивш|полученн|тіркелген|түскен)[\\p{L}]*(?:\\s+(?!(?:от|из|по|с|со|о|об)\\s)[^\\s,.;:\\d()\\uE000\\uE001]+){0,6}\\s*,(?=\\s*[-–—]))?';

// The words between are captured (group 2) and checked one by one in code: a long alternation
// inside each pattern made compiling the table take seconds.
const BETWEEN = '((?:[\\p{L}«»"“”\\-]+\\s+){0,3}?)';

/** A `predicate` form as the patterns it stands for: Russian "было N", Kazakh "N болды", "N ғана", "-дың N-і өтті". */
function predicateForms(form: FigureForm): PlainForm[] {
  if (!('predicate' in form)) return [form];
  const { ru, kk } = form.predicate;
  return [
    { pattern: String.raw`(?<![\p{L}])(?:${ru})\s+был[оиа]\s+(?:уже\s+)?({N})(?=\s*(?:[,.;:)(]|$|[-–—]\s))` },
    // With the first person's possessive ("Отырыстарымыз үшеу болды", "Дөңгелек үстеліміз екеу болды": a chair's speech).
    { pattern: String.raw`(?<![\p{L}])(?:${kk})(?:дер|тар|лер|лар)?(?:ымыз|іміз|мыз|міз)?\s+({N})\s+(?:рет\s+)?болды(?![\p{L}])` },
    // "Мониторинг өткен жылмен салыстырғанда 2-ге көбейіп, 6 болды": the count said after last year's difference.
    { pattern: String.raw`(?<![\p{L}])(?:${kk})(?:дер|тар|лер|лар)?(?:\s+саны)?\s+(?:өткен\s+жылмен|былтырмен)\s+салыстырғанда\s+{N}\s+(?:көбейіп|артып|өсіп|азайып|кеміп|төмендеп)\s*,\s*({N})\s+болды(?![\p{L}])` },
    // "Дөңгелек үстел біреу ғана – қыркүйектің 18-інде": the count "only", its date after a dash.
    { pattern: String.raw`(?<=(?:^|[.;:])\s*)(?:${kk})(?:дер|тар|лер|лар)?\s+({N})\s+ғана(?=\s*(?:[,.;:]|$|[-–—]\s))` },
    // "Қоғамдық тыңдау біреу – сәуірдің 22-сінде", "Круглых столов два – 5 и 19 июня": the count said right after the noun
    // opening its sentence, what and when after a dash (never a range of days, "15 – 20 мамыр": a digit after the dash).
    { pattern: String.raw`(?<=(?:^|[.;:])\s*)(?:${kk})(?:дер|тар|лер|лар)?\s+({N})(?=\s*[-–—]\s+(?![\d\uE001]))` },
    { pattern: String.raw`(?<=(?:^|[.;:])\s*)(?:${ru})\s+({N})(?=\s*[-–—]\s+(?![\d\uE001]))` },
    { pattern: String.raw`(?<=(?:^|[.;:])\s*)(?:${kk})(?:дің|тің|ің|ның|нің)\s+({N})(?:-?[\p{L}]{1,4})?\s+(?:өткізілді|өтті|ұйымдастырылды|жүргізілді|болды)(?![\p{L}])` },
    // "Дөңгелек үстел бір рет – 27 мамырда … өтті", "Круглый стол проводился один раз – 27 мая": the times said of the
    // noun opening its sentence, its date after a dash or its verb right after; never a rate ("проводился 2 раза в год").
    { pattern: String.raw`(?<=(?:^|[.;:])\s*)(?:${kk})(?:дер|тар|лер|лар)?\s+({N})\s+рет(?:\s*[-–—]\s|\s+(?:өткізілді|өтті|ұйымдастырылды)(?![\p{L}]))` },
    { pattern: String.raw`(?<=(?:^|[.;:])\s*)(?:${ru})\s+(?:проводил(?:ся|ись)|прош[её]л|состоял(?:ся|ись))\s+({N})\s+раза?(?![\p{L}])(?!\s+в\s+(?:год|месяц|квартал|неделю|полугодие)(?![\p{L}]))` },
    // The times the council held the events, the noun their object and the council ("we", "Совет", its members) the
    // subject: "Қоғамдық мониторингті … барлығы алты мәрте жүргіздік", "Дөңгелек үстелге екі рет жиналдық", "Мониторингке Кеңес
    // мүшелері бес рет шықты", "Круглые столы мы проводили дважды", "Публичные слушания Совет проводил однажды — 14 мая",
    // "На общественный мониторинг члены Совета выезжали пять раз". Kazakh words between hold no count unless a total word
    // stands before this one ("төрт бағыт бойынша, барлығы алты мәрте": 4 counts directions); never a rate ("жылына екі
    // рет", "два раза в квартал") nor a count of another noun ("проводили 3 члена").
    { pattern: String.raw`(?<![\p{L}])(?:${kk})(?:дер|тар|лер|лар)?(?:ды|ді|ты|ті|ны|ні|ға|ге|қа|ке)\s+(?:(?:(?!(?:жылына|айына|тоқсанына|аптасына|әр)(?![\p{L}]))[\p{L}]+,?\s+){0,4}?|[^.;:!?]{0,80}?(?:барлығы|жалпы)\s+)({N})\s+(?:рет|мәрте|дүркін)\s+(?:өткіздік|өткіздім|өткізді|жүргіздік|жүргізді|ұйымдастырдық|ұйымдастырды|жиналдық|жиналды|шықтық|шықты|бардық|барды)(?![\p{L}])` },
    { pattern: String.raw`(?<=(?:^|[.;:])\s*)(?:на\s+)?(?:${ru})[\p{L}]*(?:\s+(?:члены\s+)?(?:общественн[\p{L}]*\s+)?(?:совет(?:а|ом)?|мы|я))?\s+(?:проводил[аи]?|провели|собирал[аи]?|организовывал[аи]?|организовали|выезжал[аи]?|устраивал[аи]?)(?:\s+(?:в\s+общей\s+сложности|всего|за\s+год))?\s+({N})(?:\s+раза?(?![\p{L}])|(?=\s*(?:[,.;:)(]|$|[-–—]\s)))(?!\s+в\s+(?:год|месяц|квартал|неделю|полугодие)(?![\p{L}]))` },
  ];
}

/**
 * The commissions opening the clause after a label's comma own the count there, not the label: "Проведено 2 заседания
 * президиума, комиссиями – 11" (set 148) — the commissions' meetings (commission_meetings reads them), never the
 * presidium's. (Another body there — "…, рабочая группа – 4" — is left to the label and doubted as another body's.)
 */
const OTHER_OWNER = String.raw`комисси[\p{L}]*(?![\p{L}])`;

function compileForm(form: PlainForm): CompiledForm {
  const compiled = compilePattern(form);
  const needs = requiredText(compiled.regex.source);
  // Letters too few to tell sentences apart are not worth the look.
  return { ...compiled, needs: needs && needs.every((n) => n.length >= 3) ? needs : null };
}

function compilePattern(form: PlainForm): Omit<CompiledForm, 'needs'> {
  const re = (source: string) => new RegExp(lowerPattern(source.replaceAll('{N}', N)), 'gu');
  if ('before' in form) {
    return { regex: re(`({N})(?!-[\\p{L}])(?:\\s*\\([^)\\d\\uE001]{1,40}\\))?\\s*[-–—]?\\s*${BETWEEN}[«"“]?(?:${form.before})`), excluded: form.people ? EXCLUDED_BUT_PEOPLE : form.notOfBodies ? EXCLUDED_AND_BODIES : EXCLUDED };
  }
  // "Заседаний комиссий – в количестве 11": the dash, then the amount's own words; "поступило обращений в количестве 8":
  // the amount's words without the dash.
  // "өтініштер саны (2025 жылы) 14-ке жетті", "число обращений (в 2025 году) достигло 14": the count the label's number
  // reached, no dash between; the year between is masked. "Кеңес мүшелерінің саны он тоғызға (19) тең", "Количество членов
  // Совета равно 19": the count the label equals. "Өтініштер саны 31.", "… саны 12 болды": Kazakh states the number of a
  // thing with no verb and no dash — only right after "саны", the count ending its clause.
  // "Обращений, зарегистрированных в журнале Совета за год, – 21": the label's participle set off by commas (AFTER_PARTICIPLE).
  // A dash then a comma is a field whose value was left blank ("диалоговых площадок – , семинаров – 2", a template's "N"
  // blanked): its label ends there and never takes the next field's count.
  // "ҚК мүш. саны (30.09.2026 ж. жағдай бойынша) – 15", "Численность (на 31.12.2025 г.) – 13": the day of the state in a
  // bracket between the label and its dash (set 170).
  if ('after' in form) return { regex: re(`(?:${form.after})${AFTER_PARTICIPLE}(?:[^.\\d:;,()\\uE000\\uE001]|(?<![-–—]\\s*),(?!\\s*[\\p{L}]+(?:но|ло|ли|ны|на|ды|ді)(?![\\p{L}]))(?!\\s*${OTHER_OWNER})|\\([^().\\d\\uE001]{0,28}\\)|${STATE_DAY}){0,30}?(?:\\s*[-–—:]\\s*(?:в\\s+количестве\\s+)?|\\s+в\\s+количестве\\s+|\\s+(?:\\uE000[\\uE000\\s]*\\s)?(?:достиг(?:ло|ла|ли)?\\s+|(?:равн(?:о|а|ы)|равня(?:ется|ются))\\s+|(?={N}\\s+жетті(?![\\p{L}]))|(?={N}(?:\\s*\\([\\uE001\\uE002]+\\))?\\s+тең(?![\\p{L}])))|(?<=саны)\\s+(?={N}(?![\\p{L}\\d-])\\s*(?:[.;,(]|$|болды|құрады)))({N})`), excluded: null, label: true };
  if ('amount' in form) return { regex: re(`(?:${form.amount})[\\p{L}\\s]{0,40}?в\\s+количестве\\s+({N})`), excluded: null };
  if ('bracket' in form) return { regex: re(`(?<![\\p{L}])(?:${form.bracket})\\s*\\(\\s*(?:их|всего|олар(?:дың)?(?:\\s+саны)?|барлығы)\\s+(?:(?:в|у|было|при)\\s+)?(?:[\\p{L}]+\\s+)?({N})\\s*\\)`), excluded: null };
  if ('bracketTotal' in form) {
    return { regex: re(`(?<![\\p{L}])(?:${form.bracketTotal})(?:\\s+[\\p{L}]+){0,2}?\\s*\\(\\s*(?:(?:всего|итого|в\\s+целом)(?:\\s+(?:в|во|по|на|у|для)?\\s*${COUNCIL_WORDS})?|(?:${COUNCIL_WORDS}\\s+)?(?:барлығы|жалпы))(?:\\s+[\\p{L}]+)?\\s*[-–—:]?\\s*({N})\\s*\\)`), excluded: null };
  }
  if ('heldBy' in form) {
    // The body is the subject wherever it stands in the clause: "Комиссии провели в общей сложности 9 заседаний",
    // "Постоянными комиссиями (их в Совете пять) проведено двадцать семь заседаний".
    return { regex: re(`(?<![\\p{L}])${form.heldBy}(?:\\s*\\([^()]{0,40}\\))?(?:\\s+[\\p{L}]+){0,3}?(?:\\s*,\\s*котор[\\p{L}]*)?\\s+(?:был[\\p{L}]*\\s+)?(?:проведен[\\p{L}]*|провел[\\p{L}]*|организова[\\p{L}]*)(?:\\s+[\\p{L}]+){0,4}?\\s+({N})\\s+(?:[\\p{L}]+\\s+)?(?:заседани|собрани)(?![\\p{L}]*\\s+(?:рабоч|президиум))`), excluded: null };
  }
  if ('total' in form) {
    return { regex: re(`(?<![\\p{L}])(?:${form.total})(?:\\s+[\\p{L}]+){0,2}?\\s*:[^.;:]{0,200}?[,;]\\s*(?:а\\s+)?(?:(?:жартыжылдықта|жарты\\s+жылда|жылда|жыл\\s+бойы|кезеңде|за\\s+(?:полугодие|год|период))\\s+)?(?:всего|итого|в\\s+целом|в\\s+общей\\s+сложности|барлығы|жалпы|бәрі|жиыны)(?:\\s+за\\s+(?:квартал|полугодие|год|период|отч[её]тный\\s+период))?\\s*[-–—:]?\\s*({N})(?=\\s*(?:[,.;)]|\\((?:[^()]*?(?:19|20)\\d{2}|\\uE000)|$))`), excluded: null };
  }
  if ('inverted' in form) {
    // A list's bullet may open the clause: "• Заседаний Общественного совета проведено 4 (29 января, …)".
    // "Количество проведённых общественных мониторингов составило 4 (в I квартале – 1, …)", "Заседаний комиссий проведено в
    // количестве 14", "… ограничилось четырьмя", "… равнялось шести", "… исчислялось 41", "Публикаций стало 48" (a secretary's predicate of amount): the noun may follow "количество (проведённых)", the count "составило" or "в количестве"; a bracket of
    // words (its parts, another period) may follow the count, never one of digits.
    return { regex: re(`(?<=(?:^|[,;:])\\s*(?:[•▪●◦‣∙·*]\\s*)?)(?:(?:количеств[оа]|числ[оа])\\s+(?:(?:провед[её]нн|организованн|рассмотренн|поступивш)[\\p{L}]*\\s+)?)?(?:${form.inverted})(?:\\s+(?!был|проведен|провел|состоял|прош|поступ|рассмотрен|заслушан|организован|подписан|составил|равнял|ограничил|исчислял|достиг|стал)[\\p{L}]+){0,2}?\\s+(?:был[\\p{L}]*\\s+)?(?:проведен[\\p{L}]*|провел[аио]?|состоял[\\p{L}]*|прош[её]?л[\\p{L}]*|организован[\\p{L}]*|поступил[\\p{L}]*|рассмотрен[\\p{L}]*|заслушан[\\p{L}]*|подписан[\\p{L}]*|составил[оаи]?|равнял[аои]?сь|ограничил[аои]?сь|исчислял[аои]?сь|достиг(?:ло|ла|ли)?|стал[оаи]?)\\s+(?:[-–—]\\s+)?(?:всего\\s+|в\\s+количестве\\s+)?({N})(?=\\s*(?:[,.;)]|:(?!\\s*\\d)|\\((?!\\s*[\\d\\uE001\\uE003])|$))`), excluded: null };
  }
  return { regex: re(form.pattern), excluded: null };
}

/** The keys that say what kind a form is: each form has exactly one. */
const FORM_KINDS = ['before', 'after', 'amount', 'heldBy', 'bracket', 'bracketTotal', 'total', 'inverted', 'predicate', 'pattern'];
/** The keys a form may have beside its kind: a note, and a `before` form's two switches. */
const FORM_EXTRAS = ['$comment', 'people', 'notOfBodies'];

/**
 * A form of the lexicon as written, checked: exactly one kind and no key the compiler does not know. A misspelt or misplaced
 * key ("$coment", a second kind) is otherwise compiled as whatever kind it is tested for first — or as `pattern: undefined`,
 * a regex matching everywhere, which slowed every report threefold on a helper's branch in session 40. A bug of the
 * shipped data, thrown when the module loads (every test then fails), never a user's error.
 */
export function checkedForm(metric: string, form: FigureForm): FigureForm {
  const keys = Object.keys(form);
  const kinds = keys.filter((k) => FORM_KINDS.includes(k));
  const unknown = keys.filter((k) => !FORM_KINDS.includes(k) && !FORM_EXTRAS.includes(k));
  if (kinds.length !== 1 || unknown.length > 0) {
    throw new Error(`figures.json: a form of ${metric} has ${kinds.length === 1 ? `the unknown key(s) ${unknown.join(', ')}` : `${kinds.length} kinds (${kinds.join(', ') || 'none'})`}: ${JSON.stringify(form).slice(0, 120)}`);
  }
  return form;
}

export const FIGURE_LEXICON: CompiledEntry[] = (lexicon.metrics as FigureEntry[]).map((e) => ({
  metric: e.metric,
  forms: e.forms.map((f) => checkedForm(e.metric, f)).flatMap(predicateForms).map(compileForm),
  context: e.context ? new RegExp(lowerPattern(e.context), 'u') : null,
  notContext: e.notContext ? new RegExp(lowerPattern(e.notContext), 'u') : null,
  contextInParagraph: e.contextInParagraph === true,
  contextInSection: e.contextInSection !== undefined && e.contextInSection !== false,
  sectionNames: typeof e.contextInSection === 'string' ? new RegExp(lowerPattern(e.contextInSection), 'u') : null,
  ownNouns: e.ownNouns ? new RegExp(lowerPattern(`^${e.ownNouns}`), 'u') : null,
  notClause: e.notClause ? new RegExp(lowerPattern(e.notClause), 'u') : null,
  lastSubjectNot: e.lastSubjectNot ? new RegExp(lowerPattern(e.lastSubjectNot), 'gu') : null,
  sharesWith: e.sharesWith ?? null,
}));

/** Whether the lexicon lets `metric` read a number `other` took ("Заслушивание отчетов … подведомственных организаций – 3": the hearings and the organisations). */
export function sharesNumber(metric: MetricId, other: MetricId): boolean {
  return FIGURE_LEXICON.some((e) => e.metric === metric && e.sharesWith === other);
}

/**
 * Whether the word after a count whose metric's context stands only in an earlier sentence names another subject. A
 * count of a part of the metric's own noun in the genitive before it counts that noun, whatever word follows: "Қаралған
 * 5 жобаның 3-еуі бойынша … қорытынды берілді" (three of the five drafts; "бойынша" opens no subject of its own).
 */
export function namesOtherSubject(entry: CompiledEntry, after: string, before = ''): boolean {
  // "Шесть из них – руководители отделов", "одобрено 2 из 3": "из" takes the part out of a count, no other subject.
  if (/^\s+из\s+(?:(?:них|которых)(?![\p{L}])|[\uE001\uE003])/u.test(after)) return false;
  // "екеуі жыл соңында қаралу үстінде", "2 на конец года остаются на рассмотрении": a time of the year, no year counted.
  if (/^\s+(?:жыл(?:дың)?\s+(?:соңында|аяғында|басында|ішінде)|на\s+конец\s+года)(?![\p{L}])/u.test(after)) return false;
  const word = /^(?:-[\p{L}]+)?\s+([\p{L}]+)/u.exec(after)?.[1];
  if (!word || entry.ownNouns?.test(word)) return false;
  const whole = /([\p{L}]+(?:тың|тің|дың|дің|ның|нің))\s+$/u.exec(before)?.[1];
  if (whole !== undefined && entry.ownNouns?.test(whole)) return false;
  return EXCLUDED.test(word);
}

/** The clause of a sentence around a number: between commas, colons and semicolons. */
export function clauseAround(text: string, start: number, end: number): string {
  const from = Math.max(...[',', ':', ';'].map((c) => text.lastIndexOf(c, start - 1))) + 1;
  const stops = [',', ':', ';'].map((c) => text.indexOf(c, end)).filter((k) => k >= 0);
  return text.slice(from, stops.length > 0 ? Math.min(...stops) : text.length);
}

/**
 * Where a match's count (group 1) starts: the first count code in the match,
 * unless the match holds more than one ("Заседаний комиссий – 27, президиума
 * – 4"); then the match is run again with indices (the `d` flag costs a
 * quarter of the grammar's time when every pattern carries it).
 */
export function countStart(regex: RegExp, m: RegExpMatchArray, text: string): number {
  const at = m.index ?? 0;
  const first = m[0].indexOf(m[1]);
  if (!/[\uE001\uE003]/u.test(m[0].slice(first + 1))) return at + first;
  const again = new RegExp(regex.source, 'dyu');
  again.lastIndex = at;
  return again.exec(text)?.indices?.[1]?.[0] ?? at + first;
}

/** Where the forms read a count in a coded text, form by form: each match's count start (countStart). */
export function countStartsOf(forms: CompiledForm[], coded: string): number[] {
  const out: number[] = [];
  for (const form of forms) {
    for (const m of matchesOf(coded, form.regex)) if (m[1] !== undefined && betweenAllowed(form, m[2])) out.push(countStart(form.regex, m, coded));
  }
  return out;
}

/** Whether the words a `before` match found between its number and its noun let the number count the noun. */
export function betweenAllowed(form: CompiledForm, between: string | undefined): boolean {
  if (!form.excluded || !between) return true;
  return between.split(/\s+/).every((word) => word === '' || !form.excluded!.test(lowerCase(word)));
}

/** A number right after one of these ("на 3 заседаниях", "по итогам 4 мониторингов") is a circumstance or a part, not the count stated. */
export const LEADING_PREPOSITION = new RegExp(`(?:^|[\\s(,])(?:${lexicon.leadingPrepositions.join('|')})\\s+$`, 'u');

/** "освещена в 412 публикациях", "нашла отражение в 96 материалах": the publications a work was covered in, counted. */
export const COVERED_IN = new RegExp(lowerPattern(`(?<![\\p{L}])${lexicon.coveredIn}`), 'u');

/** Words naming a part of a period ("в 1-м квартале", "в январе") and its length in months. */
export const SUB_PERIODS = (lexicon.subPeriods as { months: number; source: string }[]).map((p) => ({
  months: p.months,
  regex: new RegExp(lowerPattern(`(?<![\\p{L}])(?:${p.source})`), 'u'),
}));
