import { sentencesOf } from '../grammar/sentencesOf.ts';
import { findCounts } from '../grammar/findCounts.ts';
import { matchesOf } from '../grammar/matchesOf.ts';
import { tidy } from '../toLines.ts';
import type { ReportCandidate, ReportFigure } from '../types.ts';
import { bodiesBesideDepartments } from './bodiesBesideDepartments.ts';

/**
 * A state enterprise named by its legal form and its quoted name, one body each: Russian form first ("ГКП на ПХВ
 * «Степногорск Су»", "КГП «…»", "РГКП «…»"), Kazakh form last, its genitive allowed ("«Ленгер су» МКК-ның", "«Арыс
 * қалалық ауруханасы» ШЖҚ МКК", "«Су» МКК директорының"). A Kazakh case that makes it a partner or an aim ("МКК-мен",
 * "МКК-ға") is no body heard. The form may be spelled out ("коммунального государственного предприятия на праве
 * хозяйственного ведения «Булаевская районная больница»", "«Жылу» шаруашылық жүргізу құқығындағы коммуналдық мемлекеттік
 * кәсіпорнының"): the same enterprise.
 */
const ENTERPRISE = /(?<![\p{L}])(?:(?:ГКП|КГП|ГККП|КГКП|РГП|РГКП)(?:\s+на\s+ПХВ)?|(?:коммунальн|государственн)[\p{L}]*\s+(?:(?:государственн|коммунальн|казенн|казённ)[\p{L}]*\s+){0,2}предприяти[\p{L}]*(?:\s+на\s+праве\s+хозяйственного\s+ведения)?)\s*«([^«»]+)»|«([^«»]+)»\s*(?:(?:ШЖҚ\s+)?(?:МКК|КМК|МКҚК|КМҚК)(?:-?(?:ның|нің|ы|і))?|(?:шаруашылық\s+жүргізу\s+құқығындағы\s+)?(?:мемлекеттік\s+)?коммуналдық\s+(?:мемлекеттік\s+)?(?:қазыналық\s+)?кәсіпорн[\p{L}]*)(?![\p{L}-])/gu;
/** What parts the bodies of a list: a comma, a semicolon, a colon, a closed bracket, "и", "а также", "және", "сондай-ақ", "ал". */
const SEPARATOR = /[,;:)]|(?<![\p{L}])(?:и|а\s+также|және|сондай-ақ|ал|ещё|еще)(?![\p{L}])/giu;
/** A preposition or postposition that makes the enterprise a topic, a partner or an aim, no body heard ("о работе ГКП «…»", "«…» МКК туралы"). */
const NOT_HEARD = /(?<![\p{L}])(?:о|об|по|на|в|во|для|с|со|при|из|от|к|за|у|через|туралы|жөнінде|бойынша|қатысты|мен|бен|пен|үшін|арқылы|бірге)(?![\p{L}])/iu;
/** A department's word: the sentence tells the departments heard. */
const DEPARTMENT = /(?<![\p{L}])(?:бөлім|отдел(?!ени)|управлени|басқарма)[\p{L}]*/iu;
/**
 * A body of another kind heard besides (an akim, the police, a prosecutor or a court), which the hearings left over may
 * be: "сондай-ақ Ленгер қаласы әкімінің есебі", "аудандық полиция бөлімінің бастығы", "ещё два – акимы посёлков". The
 * akimat that owns the departments ("отделов акимата района", "аудан әкімдігінің") is no such body.
 */
const OTHER_HEARD = /(?<![\p{L}])(?:аким(?!ат)|әкім(?!д)|полиц|прокур|суд(?:а|ов|ьи?)?(?![\p{L}])|сот(?:ы|тың)?(?![\p{L}]))[\p{L}]*/giu;
/** Such bodies in the plural ("акимы посёлков", "округтерінің әкімдері"): as many as the number right before them. */
const PLURAL_OTHER = /^(?:акимы|акимов|акимам|әкімдер[\p{L}]*)$/iu;
/** A body heard more than once ("(дважды – в марте и в мае)", "екі рет"): its hearings are no count of bodies. */
const REPEATED = /(?<![\p{L}])(?:дважды|трижды|повторно|екі\s+рет|үш\s+рет|қайта)(?![\p{L}])/iu;
/** The words of reports heard: the sentence is the hearings'. */
const HEARD = /(?<![\p{L}])(?:заслуш|отч[её]т|отчит|есеп|тыңдал)[\p{L}]*/iu;

/**
 * The state enterprises heard beside the departments counted, named one by one in the sentence that tells the
 * departments: "Кеңес отырыстарында 5 есеп тыңдалды: … бөлімінің (барлығы 3 бөлім), аудан әкімдігінің ведомстволық
 * бағынысындағы «Ленгер су» МКК-ның, сондай-ақ … қаласы әкімінің есебі", "пять отчётов из восьми (…), один отчёт представил
 * директор ГКП на ПХВ «Степногорск Су», … ещё два – акимы посёлков …". Each enterprise is a subordinate organisation
 * (subordinate_orgs_heard), counted by its distinct names, when it stands as an item of the list (its words since the
 * last separator and up to the next hold no preposition that would make it a topic or a partner: "отчёт отдела ЖКХ о
 * работе ГКП «…»" is none), the sentence tells reports heard, and the departments and the enterprises do not outnumber
 * the hearings stated. The hearings left over must be the district akimats counted or as many bodies of another kind as
 * the sentence names (an akim, the police, "два – акимы посёлков"): "3 отделов …, директор ГКП «…», а также начальник
 * полиции" for six hearings leaves one unaccounted, and gives nothing; a body heard twice ("дважды") makes the hearings
 * no count of bodies. Only when both counts were read from the text and no count of subordinate organisations is stated
 * or offered (bodiesBesideDepartments); brackets (topics, days) are set aside.
 */
export function readEnterprisesBesideDepartments(lines: string[], figures: ReportFigure[], candidates: ReportCandidate[]): ReportFigure[] {
  const beside = bodiesBesideDepartments(lines, figures, candidates);
  if (beside === null) return [];
  const { hearings, departments } = beside;
  const found = sentencesOf(tidy(beside.text))
    .map((s) => ({ text: s.text, names: enterprisesListed(withoutBrackets(s.text)) }))
    .filter((s) => s.names !== null && s.names.length > 0 && DEPARTMENT.test(s.text) && HEARD.test(s.text));
  // Two sentences naming enterprises: which one counts the departments is not told.
  if (found.length !== 1) return [];
  const count = found[0].names!.length;
  const akimats = figures.find((f) => f.metric === 'district_akimats_heard')?.value ?? 0;
  const bodies = departments.value + count;
  // "3 отделов (…) и директора ГККП «…» (дважды – в марте и в мае)" for five hearings: one body heard twice, the
  // hearings no count of bodies.
  if (REPEATED.test(found[0].text) || bodies > hearings.value) return [];
  // The hearings left over are the district akimats counted, or bodies of another kind the sentence names; else the
  // bodies named do not account for them.
  const others = othersNamed(withoutBrackets(found[0].text).replace(ENTERPRISE, ' '));
  const accounted = bodies === hearings.value || bodies + akimats === hearings.value || (others !== null && bodies + others === hearings.value);
  if (!accounted) return [];
  return [{ metric: 'subordinate_orgs_heard', value: count, line: departments.line, text: tidy(found[0].text).slice(0, 300) }];
}

/** The distinct names of the enterprises a sentence lists, or null when one of them stands as no item of a list. */
function enterprisesListed(text: string): string[] | null {
  const names = new Set<string>();
  const stops = matchesOf(text, SEPARATOR).map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  for (const m of matchesOf(text, ENTERPRISE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, ...stops.filter((s) => s.end <= start).map((s) => s.end)), start);
    const after = text.slice(end, Math.min(text.length, ...stops.filter((s) => s.start >= end).map((s) => s.start)));
    if (NOT_HEARD.test(before) || NOT_HEARD.test(after)) return null;
    names.add(tidy(m[1] ?? m[2]).toLowerCase());
  }
  return [...names];
}

/** A sentence with its brackets' words blanked (a topic, a day, a count of the kind: "(1 кәсіпорын)"), their marks kept to part the items. */
function withoutBrackets(text: string): string {
  return text.replace(/\(([^()]*)\)/gu, (_, inner: string) => `(${' '.repeat(inner.length)})`);
}

/**
 * How many bodies of another kind a sentence names: one for each in the singular, the number right before one in the
 * plural ("ещё два – акимы посёлков"); null when a plural has no number.
 */
function othersNamed(text: string): number | null {
  let total = 0;
  for (const m of matchesOf(text, OTHER_HEARD)) {
    if (!PLURAL_OTHER.test(m[0])) {
      total++;
      continue;
    }
    const before = text.slice(Math.max(0, (m.index ?? 0) - 12), m.index);
    const count = findCounts(before).at(-1);
    if (count === undefined) return null;
    total += count.value;
  }
  return total;
}
