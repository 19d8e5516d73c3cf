/**
 * What kind of body one item of a list of bodies heard names — the one place the lists' readers tell a department
 * from a subordinate organisation or another body (report/bodiesHeardList.ts, report/departmentsListed.ts).
 */
export type BodyKind = 'department' | 'subordinate' | 'other';

/** A district's department or office: "аудандық білім бөлімі", "отдел образования", "ГУ «Управление …»" — not "Академия государственного управления". */
// "отделение полиции", "отделения банка": a branch of another body, no department ("отдел"); nor is the police's
// "управление полиции района", "полиция басқармасы" (a body of the interior ministry, no akimat's).
const DEPARTMENT = /(?<![\p{L}])(?:(?<!полиция\s+)бөлім|(?<!полиция\s+)басқарма|отдел(?!ени)|(?<!государственн[\p{L}]*\s+)управлени(?![\p{L}]*\s+полиции))[\p{L}]*/giu;
/** Departments in the plural, or two joined: more than one body. */
const DEPARTMENTS = /(?<![\p{L}])(?:бөлімдер|басқармалар|отдел(?:ы|ов|ам|ами|ах)|управлений)(?![\p{L}])|(?:бөлім|басқарма)[\p{L}]*\s+(?:мен|және|пен|бен)\s|(?:отдел|управлени)[\p{L}]*\s+и\s/iu;
/**
 * A "департамент" is a ministry's department in a ministry's council (heldOut6Classes: "министрліктің 3 департаменті")
 * but a territorial body in a district's ("облыстық экология департаменті"): an item naming one is of no kind told.
 */
// So is "ДП Көші-қон қызметі басқармасы", "ДП …" the police department's ("Департамент полиции") own directorate.
const DEPARTEMENT = /(?<![\p{L}])(?:[Дд][Ее][Пп][Аа][Рр][Тт][Аа][Мм][Ее][Нн][Тт]|ДП(?![\p{L}]))/u;
/** A subordinate or state enterprise by its legal form or its words: "«…» МКК", "ГКП «…»", "ведомстволық бағынысты ұйым". */
const SUBORDINATE = /(?<![\p{L}])(?:мкк|кмк|кмқк|гкп|кгп|гккп|кгкп|ведомстволық\s+бағыныс[\p{L}]*|подведомственн[\p{L}]*|коммуналдық\s+(?:мемлекеттік\s+)?кәсіпорн[\p{L}]*|коммунальн[\p{L}]*\s+(?:государственн[\p{L}]*\s+)?предприяти[\p{L}]*)(?![\p{L}])/iu;
/** Whether a text names subordinate organisations by their words or legal forms ("ведомстволық бағынысты ұйымдар"). */
export function namesSubordinate(text: string): boolean {
  return SUBORDINATE.test(text);
}
/**
 * Bodies of other kinds: an akim ("Қазталов ауылдық округінің әкімі", "аким Коктобинского сельского округа"), an
 * enterprise or institution by its word ("мекемесі", "кәсіпорны", "учреждение"), a school, a hospital, a police or court office.
 */
const OTHER_BODY = /(?<![\p{L}])(?:әкім|аким|мекеме|кәсіпор|учреждени|предприяти|организаци|ұйым|больниц|аурухана|емхана|поликлиник|мектеп|школ|колледж|полици|прокурат|суд)[\p{L}]*/iu;
/**
 * The department a subordinate organisation belongs to, no second body: "(басқарманың ведомстволық бағынысындағы ұйым)",
 * "денсаулық сақтау басқармасына ведомстволық бағынысты", "подведомственного отделу образования", "подведомственное
 * Управлению" — the owner's word blanked, the subordination kept.
 */
const SUBORDINATION_OWNER = /(?<![\p{L}])(?:бөлім|басқарма)[\p{L}]*(?=\s+ведомстволық\s+бағыныс)|(?<=подведомственн[\p{L}]*\s+(?:[\p{L}]+\s+)?)(?:отдел|управлени|министерств)[\p{L}]*/giu;
/** Legal forms, in capitals only ("АҚ" is no "Ақсу"). */
const LEGAL_FORM = /(?<![\p{L}])(?:КГУ|ЖШС|ТОО|АО|АҚ|ШЖҚ)(?![\p{L}])/u;
/**
 * A state institution's legal form, of a department as of a school: "«… бөлімі» ММ", "«№ 84 … мектеп» КММ", "ГУ «Отдел …»".
 * It tells no kind beside a department's word; alone it is a body of another kind.
 */
const INSTITUTION_FORM = /(?<![\p{L}])(?:ММ|КММ|ГУ|РГУ|ГМУ)(?![\p{L}])/u;
/** Words joining two bodies in one item ("… және … ауылдық округтерінің әкімдері"). */
const TWO_BODIES = /(?<![\p{L}])(?:и|және|мен|бен|пен)(?![\p{L}])|,/u;

/**
 * The kind of the one body an item names, or null when it names none, more than one, or one of no kind told. A quoted
 * name is the body's own and tells its kind by its first word only ("ГУ «Отдел образования»" is a department; "«Ауыл
 * тұрғын үй-коммуналдық шаруашылығы» МКК" is an enterprise, whatever its name says).
 */
export function bodyKindOf(item: string): BodyKind | null {
  const unquoted = item
    .replace(/«([^«»]*)»|"([^"]*)"|“([^“”]*)”/gu, (_, a?: string, b?: string, c?: string) => ` ${kindWordsOf(a ?? b ?? c ?? '')} `)
    .replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/gu, '');
  if (DEPARTEMENT.test(unquoted) || DEPARTMENTS.test(unquoted)) return null;
  const owned = unquoted.replace(SUBORDINATION_OWNER, ' ');
  const departments = (owned.match(DEPARTMENT) ?? []).length;
  const subordinate = SUBORDINATE.test(owned);
  // The akimat a department belongs to is its owner, no second body: "отдела занятости и социальных программ акимата
  // города", "аудан әкімдігінің білім бөлімі".
  const other = OTHER_BODY.test(owned.replace(/(?<![\p{L}])(?:акимат[\p{L}]*|әкімдіг[\p{L}]*)/giu, ' ')) || LEGAL_FORM.test(owned);
  if (departments === 1) return subordinate || other ? null : 'department';
  if (departments === 0 && !subordinate && INSTITUTION_FORM.test(owned) && !TWO_BODIES.test(owned)) return 'other';
  if (departments > 1) return null;
  // An enterprise's item may carry the last words of the one before it ("(мамыр) басшылары, сондай-ақ «…» МКК директоры").
  if (subordinate) return 'subordinate';
  return other && !TWO_BODIES.test(owned) ? 'other' : null;
}

/**
 * The words of a quoted name that tell its kind: its first ("«Ауыл тұрғын үй-коммуналдық шаруашылығы» МКК" is an
 * enterprise, whatever its name says), and a Kazakh name's last when it is a department's word, as Kazakh names the kind
 * last ("«Қамысты ауданының білім беру бөлімі» ММ" is a department).
 */
function kindWordsOf(name: string): string {
  const last = /(?:бөлімі|басқармасы)\s*$/u.exec(name)?.[0] ?? '';
  return `${firstWord(name)} ${last}`;
}

function firstWord(text: string): string {
  return /^\s*[\p{L}]+/u.exec(text)?.[0] ?? '';
}

/**
 * A district's or city's akimat named as the body heard, nothing else: "акимата Тупкараганского района", "акимат г. Актау",
 * "Хромтау ауданы әкімдігінің есебі", "Жітіқара ауданы әкімдігі (ауылдық клубтардың жағдайы)" (set 181) — its topic's
 * brackets and quoted names set aside. Not an oblast's or a rural okrug's akimat, not an akim in person, and not a
 * department of the akimat ("отдел образования акимата района" is a department: bodyKindOf).
 */
export function namesDistrictAkimat(item: string): boolean {
  const text = item.replace(/\([^()]*\)/gu, ' ').replace(/«[^«»]*»|"[^"]*"/gu, ' ');
  const m = DISTRICT_AKIMAT.exec(text);
  return m !== null && !namesBody(text.replace(DISTRICT_AKIMAT, ' '));
}
/** "акимата Тупкараганского района", "акимат города …", "акимата г. …"; "Хромтау ауданы әкімдігі", "аудан әкімдігінің", "Арқалық қаласы әкімдігі". */
const DISTRICT_AKIMAT = /(?<![\p{L}])(?:акимат[\p{L}]*\s+(?:\p{Lu}[\p{L}-]+\s+)?(?:район[\p{L}]*|город[\p{L}]*|г\.)|(?:\p{Lu}[\p{L}-]+\s+)?(?:аудан(?:ы|ның|ының|дық)?|қала(?:сы|сының|лық)?)\s+әкімдіг[\p{L}]*)/u;

/** Whether words name any body at all — a department, a subordinate organisation, an akim or an institution ("Жылдың соңғы тоқсанында" names none). */
export function namesBody(words: string): boolean {
  DEPARTMENT.lastIndex = 0;
  const found = DEPARTMENT.test(words) || SUBORDINATE.test(words) || OTHER_BODY.test(words.replace(/(?<![\p{L}])(?:акимат[\p{L}]*|әкімдіг[\p{L}]*)/giu, ' ')) || LEGAL_FORM.test(words);
  DEPARTMENT.lastIndex = 0;
  return found;
}
