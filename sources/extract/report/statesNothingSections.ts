import { matchesOf } from '../grammar/matchesOf.ts';
import { sentencesOf } from '../grammar/sentencesOf.ts';
/**
 * Sections whose heading says their counts are not the report's: a plan ("ПЛАН НА 2026 ГОД (проект)", "VII. ПЛАН НА IV
 * КВАРТАЛ", "2026 ЖЫЛҒА АРНАЛҒАН ЖҰМЫС ЖОСПАРЫ") and a reference block ("Справочно (в показатели квартала не
 * включаются):", "5. СЕРІКТЕС КЕҢЕСТЕР / ДЛЯ СПРАВКИ"). Their "Заседания ОС – 6" lines are written like the period's
 * indicators, so they are blanked before any reader of figures reads them: a planned or cumulative count is never the
 * period's. A plan section runs to the next heading (a numbered or capitalised line, "Приложение", a rule); a
 * reference block ends at the next blank line unless its heading is a section heading of its own. The lines of each,
 * by kind. A paragraph opened by such a title run in ("Для справки: Общественный совет … области провёл 9 заседаний",
 * "2026 жылға міндеттер: 6 отырыс, …") is one to its first sentence's end (runInNote): `cut` gives a line's
 * sentences after it, which are the report's again.
 */
export function statesNothingSections(lines: string[], periodYears: number[] = []): { plan: Set<number>; reference: Set<number>; cut: Map<number, string> } {
  const sections = { plan: new Set<number>(), reference: new Set<number>(), cut: new Map<number, string>() };
  const ownLevel = levelOf(headOf(lines));
  for (let i = 0; i < lines.length; i++) {
    const runIn = runInKind(lines[i], paragraphFrom(lines, i), periodYears, ownLevel);
    if (runIn !== null) {
      i = runInNote(lines, i, sections[runIn], sections.cut);
      continue;
    }
    const list = excludedListAt(lines, i);
    if (list > i) {
      for (let k = i; k <= list; k++) sections.reference.add(k);
      i = list;
      continue;
    }
    // A Word table's cell ("\tПлан на I полугодие" beside "\tФакт") heads a column, not a section of the text.
    const kind = lines[i].startsWith('\t') ? null : headingKind(lines[i], periodYears);
    // A sentence wrapped after its first line is no heading: "2025 жылға арналған жұмыс жоспары 2024 жылғы 20
    // желтоқсандағы отырыста" / "бекітілген. Орындалуы төмендегі кестеде …" (held-out 59's Sairam) tells of the year's
    // plan the table below fulfils, as "План работы на 2025 год утверждён на заседании 20 декабря 2024 года и" / "выполнен …".
    if (kind === null || (kind === 'plan' && wrapsOn(lines, i))) continue;
    const section = kind === 'plan' || isSectionHeading(lines[i]);
    let end = i + 1;
    for (; end < lines.length; end++) {
      const line = lines[end];
      if (!section && line.trim() === '') break;
      if (section && lines[end - 1].trim() === '' && (isSectionHeading(line) || isNumberedHeading(line)) && headingKind(line, periodYears) === null) break;
      if (/^\s*[-=_]{10,}\s*$/u.test(line) || /^\s*(?:приложение|қосымша)(?![\p{L}])/iu.test(line)) break;
    }
    for (let k = i; k < end; k++) sections[kind].add(k);
    i = end - 1;
  }
  return sections;
}

/**
 * Line i is a sentence's first line, wrapped: as long as a paragraph's line (a heading is short), no stop or colon
 * closes it, and the next line goes on in lower case.
 */
function wrapsOn(lines: string[], i: number): boolean {
  return lines[i].trim().length > 50 && !/[.:;!?]\s*$/u.test(lines[i]) && /^\s*\p{Ll}/u.test(lines[i + 1] ?? '');
}

const NUMBERING = String.raw`^\s*(?:[IVXLC]+\.|\d{1,2}(?:\.\d{1,2})*\.?)?\s*`;
/** A plan heading: the word opens the line, for a later period ("на 2026 год", "на IV квартал"); the whole line. */
const PLAN = new RegExp(
  NUMBERING +
    String.raw`(?:(?:проект\s+)?план(?:\s+(?:работы|мероприятий|деятельности)(?:\s+[\p{L}]+){0,3})?\s+на\s+(?:\d{4}|[IVX]+\s|следующ|предстоящ|\d)[^.!?]*|(?:\d{4}\s+жылға\s+арналған\s+)?(?:жұмыс\s+)?жоспар[\p{L}]*(?:\s*\([^()]*\))?|(?:[IVX]+\s+тоқсанға|\d{4}\s+жылға)\s+(?:арналған\s+)?(?:жұмыс\s+)?жоспар[\p{L}]*[^.!?]*)\s*$`,
  'iu',
);
/** A reference heading: "Справочно", "Для справки", "Анықтама үшін" opening the line or ending a section heading. */
// Its words looked for alone first: the whole pattern tries sixty splits of every short line.
const REFERENCE_WORD = /справ|анықтама/iu;
const REFERENCE = new RegExp(NUMBERING + String.raw`(?:(?:справочно|для\s+справки|анықтама\s+үшін)(?:\s*\([^()]*\))?\s*:?\s*$|.{0,60}\/\s*(?:для\s+справки|справочно)\s*$)`, 'iu');

/**
 * A heading of running totals ("Показатели нарастающим итогом:", "С момента формирования Совета:", "Жыл басынан бері
 * (өспелі қорытындымен):"): a line ending with a colon, or in capitals, naming a span longer than the period's.
 */
const CUMULATIVE = /нарастающ[\p{L}]*\s+итог|с\s+начала\s+(?:года|созыва|деятельности)|с\s+момента\s+(?:формирования|создания|образования)|за\s+весь\s+период|жыл\s+басынан\s+бері|өспелі\s+қорытынды|құрылған\s+сәттен/iu;

function headingKind(line: string, periodYears: number[]): 'plan' | 'reference' | null {
  if (line.length > 100) return null;
  // The plan of the report's own year ("ПЛАН РАБОТЫ НА 2025 ГОД" in the 2025 report) heads the work done under it.
  const years = matchesOf(line, /(?<!\d)(?:19|20)\d{2}(?!\d)/gu).map((m) => Number(m[0]));
  if (PLAN.test(line)) return years.length > 0 && years.every((y) => periodYears.includes(y)) ? null : 'plan';
  if (REFERENCE_WORD.test(line) && REFERENCE.test(line)) return 'reference';
  return CUMULATIVE.test(line) && (/:\s*$/u.test(line) || isSectionHeading(line)) && !countsBeside(line) ? 'reference' : null;
}

/**
 * A line that counts beside its running total is a statement of the period, no heading of totals: "4.1. Мониторинг: ІІІ
 * тоқсанда – 3, жыл басынан бері – 9. Өткізілгендері:" (set 176) — the quarter's count and the year's, a list under it. Its
 * numbering and years aside, a heading of totals holds no number.
 */
function countsBeside(line: string): boolean {
  return /\d/u.test(line.replace(new RegExp(NUMBERING, 'u'), '').replace(/(?<!\d)(?:19|20)\d{2}(?!\d)/gu, ''));
}

/**
 * A run-in title of a paragraph that states nothing of the period: "Для справки:", "Справочно:", "Анықтама үшін:" over
 * another body's or another period's counts; "Задачи на 2026 год:", "План на 2026 год:", "2026 жылға міндеттер:", "2026
 * жылға арналған жоспар:" over what is yet to be done (a later year than the period's only).
 */
// "Справка:" and "Анықтама:" run in as well; alone on a line they may be a report's own title ("СПРАВКА о работе Совета").
const RUN_IN_REFERENCE = new RegExp(NUMBERING + String.raw`(?:для\s+справки|справочно|справка|анықтама(?:\s+үшін)?)\s*[:–—-]\s*\S`, 'iu');
const RUN_IN_PLAN = new RegExp(NUMBERING + String.raw`(?:(?:задачи|план[\p{L}]*|планируемые\s+мероприятия)\s+на\s+((?:19|20)\d{2})\s*(?:год[\p{L}]*|г\.)?|((?:19|20)\d{2})\s+жыл[\p{L}]*\s+(?:арналған\s+)?(?:жұмыс\s+)?(?:міндет|жоспар)[\p{L}]*)\s*[:–—-]\s*\S`, 'iu');

function runInKind(line: string, paragraph: string, periodYears: number[], ownLevel: 'oblast' | 'local'): 'plan' | 'reference' | null {
  // A note about the council itself ("Справочно: всего публикаций о деятельности Совета – 118") restates its figures, to
  // be weighed against them; only a note about a council of another level states nothing of this one's.
  // A note that says its data are left out of the report's ("Эти данные в настоящую информацию не включены", "бұл деректер
  // есепке енгізілмеген") states nothing of it, whoever's they are — said anywhere in its paragraph, as the sentence after the
  // note's ("Анықтама: … облыстық Қоғамдық кеңес III тоқсанда 7 мониторинг" / "өткізді. Бұл деректер Кеңестің
  // көрсеткіштеріне жатпайды.", set 148).
  // So is a note about an authority that names no council ("Справочно: Карагандинским областным маслихатом проведено 11
  // сессий; в e-Otinish по области зарегистрировано 143 612 обращений к государственным органам").
  // So is a note of another year only ("Справочно: за октябрь 2025 г. поступило 3 обращения" in the report of October 2026):
  // the same month of last year, set beside the period's counts.
  if (REFERENCE_WORD.test(line) && RUN_IN_REFERENCE.test(line)) return (ownLevel === 'local' && OBLAST_COUNCIL.test(line)) || NOT_INCLUDED.test(paragraph) || (AUTHORITY.test(line) && !COUNCIL_WORD.test(line)) || ofOtherYearsOnly(line, periodYears) ? 'reference' : null;
  const plan = RUN_IN_PLAN.exec(line);
  if (plan === null) return null;
  const year = Number(plan[1] ?? plan[2]);
  return periodYears.length > 0 && year > Math.max(...periodYears) ? 'plan' : null;
}

/** The years a line names, none of them the period's: "за октябрь 2025 г." in a report of 2026. */
function ofOtherYearsOnly(line: string, periodYears: number[]): boolean {
  const years = matchesOf(line, /(?<![\d.])(?:19|20)\d{2}(?!\d)/gu).map((m) => Number(m[0]));
  return periodYears.length > 0 && years.length > 0 && years.every((y) => !periodYears.includes(y));
}

/**
 * "Мероприятия акимата района с участием членов Совета (организатор – акимат, в показатели Совета не включены):": a list
 * its heading (ending with a colon) leaves out of the report's counts — its items, each a dated line, a number or a bullet,
 * state nothing of the report. The list's last line, or i when line i heads no such list.
 */
function excludedListAt(lines: string[], i: number): number {
  if (lines[i].startsWith('\t') || lines[i].length > 200 || !/:\s*$/u.test(lines[i]) || !NOT_INCLUDED.test(lines[i])) return i;
  let end = i;
  while (end + 1 < lines.length && LIST_ITEM.test(lines[end + 1])) end++;
  return end;
}

/** The lines of every list its heading leaves out of the report's counts (excludedListAt), heading and items. */
export function excludedLists(lines: string[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const end = excludedListAt(lines, i);
    if (end === i) continue;
    for (let k = i; k <= end; k++) out.add(k);
    i = end;
  }
  return out;
}

/** An item of a list: a bullet, a number or a date opening the line ("14.11.2026 – семинар …", "- 2026 жылғы 12 ақпанда …"). */
const LIST_ITEM = /^\s*(?:[-–—•·▪*]\s|\d{1,2}[.)]\s|\d{1,2}\.\d{1,2}\.(?:\d{2}){1,2}|(?:19|20)\d{2}\s+жыл)/u;

const AUTHORITY = /маслихат|мәслихат|акимат|әкімдік|госорган|(?:государственн|мемлекеттік)[\p{L}]*\s+орган/iu;
const COUNCIL_WORD = /совет|кеңес/iu;

/**
 * "не включены", "не включаются", "не учитываются", "в показатели Совета не входят", "енгізілмеген", "есепке алынбаған",
 * "Кеңестің көрсеткіштеріне кірмейді / жатпайды": data left out of the report's.
 */
const NOT_INCLUDED = /(?:не\s+(?:включ|учит|учт|вход|относ)[\p{L}]*|енгізілмеге[\p{L}]*|енгізілмейді|есепке\s+алынбаға[\p{L}]*|есепке\s+алынбайды|(?:көрсеткіш|есеб|есеп)[\p{L}]*\s+(?:кірмейді|жатпайды|енбейді|қосылмайды|қосылмаған))/iu;

/** The paragraph line `i` opens, to the next blank line (eight lines at most): a note and the sentences that go with it. */
function paragraphFrom(lines: string[], i: number): string {
  const out: string[] = [];
  for (let k = i; k < Math.min(lines.length, i + 8) && lines[k].trim() !== ''; k++) out.push(lines[k].trim());
  return out.join(' ');
}

/**
 * The lines of a note opened by its run-in title, from line `i`: a title ending on a colon heads what follows to the
 * blank line (a table of the other council's counts); else the note is its first sentence, wrapped over lines until one
 * ends it ("Для справки: Общественный совет области провёл 9 заседаний, … нашего Совета."), and the sentences after it
 * on its last line are the report's again ("Планы на 2026 год – 12 мониторингов … Сейчас в Совете работают 3 постоянные
 * комиссии."): that line's remainder goes to `cut`. The note's whole lines go to `whole`. Returns its last line.
 */
function runInNote(lines: string[], i: number, whole: Set<number>, cut: Map<number, string>): number {
  // A note that holds no count of its own is the title of the lines under it in its paragraph ("Справочно: Общественный
  // совет Восточно-Казахстанской области, I полугодие 2026 г." over "Заседаний – 5; мониторингов – 14; …", set 94): they
  // are its counts, as under a colon.
  if (/:\s*$/u.test(lines[i]) || !/\d/u.test(lines[i].replace(/(?<!\d)(?:19|20)\d{2}(?!\d)/gu, ''))) {
    let end = i;
    while (end + 1 < lines.length && lines[end + 1].trim() !== '') end++;
    for (let k = i; k <= end; k++) whole.add(k);
    return end;
  }
  for (let k = i; ; k++) {
    const line = lines[k].trimEnd();
    // The grammar's sentences: "Советом г. Рудного проведено …" goes on after the town's "г." (a stop of its own cut the
    // note there and gave its last clause, of another quarter, to the report).
    const next = sentencesOf(line)[1];
    if (next !== undefined) {
      cut.set(k, line.slice(next.start).trim());
      return k;
    }
    whole.add(k);
    if (/[.!?;]$/u.test(line) || k + 1 >= lines.length || lines[k + 1].trim() === '') return k;
  }
}

/**
 * A council of the oblast or the republic: "Общественный совет Павлодарской области", "областной общественный совет", "облыстық
 * қоғамдық кеңес", "облысының Қоғамдық кеңесі"; the oblast by its abbreviation, in either language ("БҚО Қоғамдық кеңесі",
 * "Общественный совет ЗКО", "ШҚО қоғамдық кеңесінің").
 */
const OBLAST_ABBREVIATION = String.raw`(?<![\p{L}])(?:ЗКО|ВКО|СКО|ЮКО|БҚО|ШҚО|СҚО|ОҚО)(?![\p{L}])`;
const OBLAST_COUNCIL = new RegExp(String.raw`${OBLAST_ABBREVIATION}\s+(?:қоғамдық\s+)?кеңес|(?:общественн[\p{L}]*\s+)?совет[\p{L}]*\s+${OBLAST_ABBREVIATION}|`
  + /(?:общественн[\p{L}]*\s+совет[\p{L}]*\s+(?:при\s+[\p{L}]+\s+)?(?:[\p{L}-]+\s+)?(?:област|республик)|(?:областн|республиканск)[\p{L}]*\s+(?:общественн[\p{L}]*\s+)?совет|(?:облыстық|республикалық)\s+(?:қоғамдық\s+)?кеңес|облысы(?:ның)?\s+(?:[\p{L}]+\s+)?қоғамдық\s+кеңес)/u.source, 'iu');

/**
 * A table's caption naming another body as the owner of its counts: "Показатели Общественного совета Павлодарской
 * области за 9 месяцев:", "Работа районного маслихата", "Облыстық қоғамдық кеңестің көрсеткіштері:", "Аудандық
 * мәслихаттың 2025 жылғы жұмысы:" (an oblast's council only in a lower council's report). `head` is the report's first lines.
 */
export function captionOfOtherBody(caption: string, head: string): boolean {
  const c = caption.replace(NUMBERING_RE, '').replace(/^(?:для\s+справки|справочно|анықтама\s+үшін)\s*[:–—-]?\s*/iu, '');
  // An oblast's council is another body only to a lower council.
  const ownIsLocal = levelOf(head) === 'local';
  const ru = /^(?:основные\s+)?(?:показатели|работа|деятельность|итоги\s+работы|сведения\s+о\s+работе)\s+/iu.exec(c);
  if (ru !== null) {
    const owner = c.slice(ru[0].length);
    return /^(?:районного\s+|городского\s+|областного\s+)?маслихат/iu.test(owner) || /^акимат/iu.test(owner) || (ownIsLocal && OBLAST_COUNCIL.test(owner) && /^(?:областного|республиканского|общественного)/iu.test(owner));
  }
  // Kazakh names the owner first, in the genitive: "<owner> (2025 жылғы (9 айдағы)) (негізгі) жұмысы / көрсеткіштері / қызметі".
  const kk = /^(.+?)\s+(?:\d{4}\s+жылғы\s+(?:[\p{L}]+\s+)?)?(?:негізгі\s+)?(?:жұмысы|көрсеткіштері|қызметі)(?![\p{L}])/iu.exec(c);
  if (kk === null) return false;
  const ownerKk = kk[1].trim();
  return /^(?:аудандық\s+|қалалық\s+|облыстық\s+)?мәслихат(?:тың|ының)?$/iu.test(ownerKk) || /^(?:аудан\s+|қала\s+)?әкімдіг(?:інің|нің)$/iu.test(ownerKk) || (ownIsLocal && /^(?:облыстық\s+қоғамдық\s+кеңес(?:тің|інің)|[\p{L}]+\s+облысының\s+қоғамдық\s+кеңесі(?:нің)?)$/iu.test(ownerKk));
}
const NUMBERING_RE = new RegExp(NUMBERING, 'u');

/**
 * The lines with a table of another body's counts blanked: a short caption naming its owner (captionOfOtherBody) and the
 * lines after it to the blank line, when they hold rows (cells apart by tabs or bars, or a Word table's cells). In place.
 */
export function blankOtherBodyTables(lines: string[]): string[] {
  const head = headOf(lines);
  for (let i = 0; i < lines.length - 1; i++) {
    if (lines[i].length > 140 || !/\p{L}/u.test(lines[i]) || !captionOfOtherBody(lines[i].trim(), head)) continue;
    let end = i;
    while (end + 1 < lines.length && lines[end + 1].trim() !== '') end++;
    if (!lines.slice(i + 1, end + 1).some((l) => /\t|\|/u.test(l))) continue;
    for (let k = i; k <= end; k++) lines[k] = '';
    i = end;
  }
  return lines;
}

/** The report's first lines, which name its own council. */
const headOf = (lines: string[]): string => lines.filter((l) => l.trim() !== '').slice(0, 6).join(' ');

/** The level of the report's own council, by the lines that name it: an oblast's (or the republic's), else a district's, a town's, an aul's. */
function levelOf(head: string): 'oblast' | 'local' {
  return /област|облыс|республик/iu.test(head) && !/район|аудан|город|қала|ауыл|сельск|поселк|кент/iu.test(head) ? 'oblast' : 'local';
}

/** A numbered heading after a blank line: "3. Обращения граждан", "IV. Круглый стол" (short, no sentence's end). */
function isNumberedHeading(line: string): boolean {
  return /^\s*(?:[IVXLC]+|\d{1,2})\.\s+\p{Lu}/u.test(line) && line.length <= 80 && !/[.!?;:]\s*$/u.test(line.replace(/^\s*\S+/u, ''));
}

/** A section heading: "VII. ПЛАН …", "6. ПРОБЛЕМЫ И ПРЕДЛОЖЕНИЯ", a line in capitals. */
function isSectionHeading(line: string): boolean {
  const words = line.replace(/\([^()]*\)/gu, '').replace(/[^\p{L}]+/gu, '');
  return words.length >= 4 && words === words.toUpperCase() && line.length <= 100;
}
