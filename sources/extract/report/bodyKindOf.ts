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
const SUBORDINATE = /(?<![\p{L}])(?:мкк|кмк|кмқк|гкп|кгп|гккп|кгкп|ведомстволық\s+бағынысты|подведомственн[\p{L}]*|коммуналдық\s+(?:мемлекеттік\s+)?кәсіпорн[\p{L}]*|коммунальн[\p{L}]*\s+(?:государственн[\p{L}]*\s+)?предприяти[\p{L}]*)(?![\p{L}])/iu;
/**
 * Bodies of other kinds: an akim ("Қазталов ауылдық округінің әкімі", "аким Коктобинского сельского округа"), an
 * enterprise or institution by its word ("мекемесі", "кәсіпорны", "учреждение"), a school, a hospital, a police or court office.
 */
const OTHER_BODY = /(?<![\p{L}])(?:әкім|аким|мекеме|кәсіпор|учреждени|предприяти|организаци|ұйым|больниц|аурухана|емхана|поликлиник|мектеп|школ|колледж|полици|прокурат|суд)[\p{L}]*/iu;
/** Legal forms, in capitals only ("АҚ" is no "Ақсу"). */
const LEGAL_FORM = /(?<![\p{L}])(?:КГУ|ЖШС|ТОО|АО|АҚ|ШЖҚ)(?![\p{L}])/u;
/** Words joining two bodies in one item ("… және … ауылдық округтерінің әкімдері"). */
const TWO_BODIES = /(?<![\p{L}])(?:и|және|мен|бен|пен)(?![\p{L}])|,/u;

/**
 * The kind of the one body an item names, or null when it names none, more than one, or one of no kind told. A quoted
 * name is the body's own and tells its kind by its first word only ("ГУ «Отдел образования»" is a department; "«Ауыл
 * тұрғын үй-коммуналдық шаруашылығы» МКК" is an enterprise, whatever its name says).
 */
export function bodyKindOf(item: string): BodyKind | null {
  const unquoted = item
    .replace(/«([^«»]*)»|"([^"]*)"|“([^“”]*)”/gu, (_, a?: string, b?: string, c?: string) => ` ${firstWord(a ?? b ?? c ?? '')} `)
    .replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/gu, '');
  if (DEPARTEMENT.test(unquoted) || DEPARTMENTS.test(unquoted)) return null;
  const departments = (unquoted.match(DEPARTMENT) ?? []).length;
  const subordinate = SUBORDINATE.test(unquoted);
  // The akimat a department belongs to is its owner, no second body: "отдела занятости и социальных программ акимата
  // города", "аудан әкімдігінің білім бөлімі".
  const other = OTHER_BODY.test(unquoted.replace(/(?<![\p{L}])(?:акимат[\p{L}]*|әкімдіг[\p{L}]*)/giu, ' ')) || LEGAL_FORM.test(unquoted);
  if (departments === 1) return subordinate || other ? null : 'department';
  if (departments > 1) return null;
  // An enterprise's item may carry the last words of the one before it ("(мамыр) басшылары, сондай-ақ «…» МКК директоры").
  if (subordinate) return 'subordinate';
  return other && !TWO_BODIES.test(unquoted) ? 'other' : null;
}

function firstWord(text: string): string {
  return /^\s*[\p{L}]+/u.exec(text)?.[0] ?? '';
}
