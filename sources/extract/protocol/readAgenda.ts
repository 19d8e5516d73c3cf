import { languageIsKazakh, lineLanguage, tidy } from '../toLines.ts';
import type { AgendaItem, ExtractIssue } from '../types.ts';
import { AGENDA, AGENDA_HEADING, DECIDED, INVITED_HEADING, SECTION_NEW } from './lexicon.ts';
import { INITIALS, NAME_WORD, NUMBER_MARK, re } from './re.ts';
import { openBrackets } from '../grammar/openBrackets.ts';
import { readAgendaAdditions } from './readAgendaAdditions.ts';
import { withAgendaChanges } from './agendaChanges.ts';
import { readVoteTables, type TableRead } from './readVoteTable.ts';
import { COUNT_SOURCE } from '../parseCount.ts';

// "1.", "1)", "IV.", Roman numerals typed with the Cyrillic letters that look like them (Kazakh "І" U+0406, "Х" U+0425),
// the Kazakh ordinal "1-ші." / "2-нші)" (NUMBER_MARK): the number, how it is marked, the title.
const ITEM = re(`^\\s*(\\d{1,2}|[IVXІХ]{1,5})(${NUMBER_MARK})\\s*(.+)$`, 'u');
const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };

/** "3" → 3, "IV" → 4, "ІІІ" (Cyrillic) → 3: the number of an item, Arabic or Roman (I–XXXIX). */
function numberOf(raw: string): number {
  if (/^\d+$/.test(raw)) return Number(raw);
  const no = raw.replace(/І/g, 'I').replace(/Х/g, 'X');
  let n = 0;
  for (let k = 0; k < no.length; k++) {
    const v = ROMAN[no[k]];
    n += v < (ROMAN[no[k + 1]] ?? 0) ? -v : v;
  }
  return n;
}

/** A form's field of how many items the agenda has: "Күн тәртібіндегі мәселелер саны: 3", "Количество вопросов: 3". */
const ITEMS_COUNT_FIELD = re(`^\\s*(?:[\\p{L}]+\\s+){0,3}?(?:мәселелер(?:дің)?\\s+саны|(?:количество|число)\\s+(?:[\\p{L}]+\\s+)?вопросов)\\s*[:\\-–—]?\\s*(?:\\d{1,2}|[\\p{L}]+)?\\s*[.;]?\\s*$`);
/** A ruled line of a form: dashes, equals signs, underscores. */
const RULE = /^\s*[-=_–—*]{5,}\s*$/;
/** "2.2-тармақтарды", "2.3-пунктом" at a line's start: a point cited, its word inflected (DECIMAL takes "2.1-тармақ – …"). */
const CITED_POINT = /^\s*\d{1,2}\.\d{1,2}\s*-\s*\p{L}/u;
/** "24.01.2025 г.", "05.05.2025" at a line's start: a date (day.month.year), not an item's number. */
const WRAPPED_DATE = /^\s*\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?!\d)/;
/** "(3 вопроса)", "(3 мәселе)": the count of items in brackets after the heading. */
const ITEM_COUNT = re(`^\\(\\s*[\\p{L}\\d]+\\s+(?:вопрос[\\p{L}]*|мәселе[\\p{L}]*)\\s*\\)\\s*[:.]?`);
/**
 * A section heading numbered as a part of a form: "2. КҮН ТӘРТІБІ / ПОВЕСТКА ДНЯ", "III. Повестка дня:", "3-бөлім. Күн
 * тәртібі", "Раздел 3. Повестка дня" — nothing after it.
 */
// "3. ПОВЕСТКА ДНЯ (3 вопроса)": the count of items in brackets after it is still the heading's.
const NUMBERED_HEADING = re(`^\\s*(?:(?:\\d{1,2}|[IVXІХ]{1,4})\\s*[.)]|\\d{1,2}\\s*-\\s*бөлім\\s*[.:]?|(?:раздел|часть|бөлім)\\s+(?:\\d{1,2}|[IVXІХ]{1,4})\\s*[.:]?)\\s*${AGENDA}(?:\\s*[/|]\\s*${AGENDA})?(?:\\s*\\(\\s*[\\p{L}\\d]+\\s+(?:вопрос[\\p{L}]*|мәселе[\\p{L}]*)\\s*\\))?\\s*[:.]?\\s*$`);
/**
 * The agenda named inside a sentence that ends with a colon: "Я предложила повестку дня из трех вопросов, ее приняли без
 * возражений:", "Күн тәртібіне мынадай мәселелер енгізілді:" — a heading only when item 1 (or I) follows.
 */
const AGENDA_IN_SENTENCE = re(`(?<![\\p{L}])(?:повестк[\\p{L}]*(?:\\s+дня)?|күн\\s+тәртіб[\\p{L}]*)(?![\\p{L}])[^:]*:\\s*$`);

/**
 * The heading's rest that says how many items, not an item: "Күн тәртібінде үш мәселе бар. Біріншісі – …", "Повестка дня: три
 * вопроса.", "Повестка – из трёх вопросов": the chair's words in a record; its items follow as ordinals or a list.
 */
const COUNT_OF_ITEMS = re(`^(?:(?:состоит\\s+)?из\\s+)?(?:${COUNT_SOURCE})\\s+(?:вопрос[\\p{L}]*|мәселе[\\p{L}]*)(?![\\p{L}])`);

/** A bracketed note closing the heading line: "(утверждена президиумом 07.10.2025):", "(бекітілді):". */
const HEADING_NOTE = /^\([^()]*\)\s*[:.]?$/u;

const ABOUT_AGENDA = re(`^(?:бойынша|туралы|жөнінде|жөніндегі)(?![\\p{L}])`);
const WHOLE_HEADING_WORD = re(`^\\s*${AGENDA}(?![\\p{L}])`);
/** The rest of a line naming how many items the agenda has: "– 4 мәселе", ": 3 вопроса", "– 5 вопросов." */
const ITEMS_IN_IT = re('^\\s*[:\\-–—]?\\s*\\d{1,2}\\s+(?:вопрос[\\p{L}]*|мәселе[\\p{L}]*)\\s*[.;]?\\s*$');
/**
 * What a sentence says of the agenda, right after its words and no colon: closed, adopted, taken — a clause between commas
 * may come first ("Повестка дня, предложенная председателем, утверждена единогласно.").
 */
// "Күн тәртібі өзгерістермен бекітілді", "Повестка дня с изменением утверждена": up to three words before the predicate.
// "Порядок дня положили на голосование.", "Күн тәртібі дауысқа салынды": put to the vote.
const AGENDA_PREDICATE = re(`^\\s*(?:,[^,.:;]{1,80},\\s*)?(?:[\\p{L}]+\\s+){0,3}?(?:исчерпан|утвержд[её]н|принят|одобрен|рассмотрен|бекітіл|қабылдан|таусыл|толық\\s+қаралд|қаралып\\s+болд|(?:поставлен|постав(?:ил|или)|положил|вынесен|внес[её]н)[\\p{L}]*\\s+на\\s+голосовани|дауысқа\\s+(?:салын|қойыл))[\\p{L}]*`);

/** The rest of the line after an agenda heading, or null when the line is not one. */
function headingRest(lines: string[], i: number): string | null {
  // A row of a table typed with pipes ("Күн тәртібі /     | Бірауыздан / Единогласно | қабылданды /", its wrapped "Повестка
  // |   | принято" in a results table): the agenda's cell of a vote's row, no heading. (A heading in both languages has one
  // pipe at most: "КҮН ТӘРТІБІ | ПОВЕСТКА ДНЯ".)
  if ((lines[i].match(/\|/gu) ?? []).length >= 2) return null;
  // "Күн тәртібіне …:" is the heading word inflected inside a sentence, not the heading.
  const h = re(AGENDA_HEADING).exec(lines[i]);
  // "Күн тәртібі бойынша дауыс беру: …", "Күн тәртібі бойынша – бірауыздан.": the agenda with a postposition is a sentence about
  // it (its vote), no heading.
  if (h && WHOLE_HEADING_WORD.test(lines[i]) && ABOUT_AGENDA.test(h[1])) return null;
  // "Повестка дня исчерпана.", "Повестка дня утверждена единогласно", "Күн тәртібі бекітілді": a sentence about the agenda.
  // "Повестка дня утверждена:" over its items is the heading, the predicate no item.
  if (h && WHOLE_HEADING_WORD.test(lines[i]) && AGENDA_PREDICATE.test(h[1])) return /:\s*$/.test(lines[i]) ? '' : null;
  // "күн тәртібінде – 4 мәселе", "Повестка дня – 3 вопроса": how many items, in a summary box beside the protocol (held-out 192's
  // Mangystau bulletin, "Отырыс бір қарағанда"), no heading — read as one, the box's next lines were its only item.
  if (h && ITEMS_IN_IT.test(h[1])) return null;
  if (h && WHOLE_HEADING_WORD.test(lines[i])) return h[1];
  if (NUMBERED_HEADING.test(lines[i])) return '';
  if (!AGENDA_IN_SENTENCE.test(lines[i]) && !isPutHeading(lines, i)) return null;
  const next = lines.slice(i + 1).find((l) => l.trim() !== '' && !RULE.test(l));
  const m = next === undefined ? null : ITEM.exec(next);
  return m && numberOf(m[1]) === 1 ? '' : null;
}

/**
 * A short line naming a part of a meeting held in parts — a session, a stage, a part, a day ("Утренняя сессия",
 * "II этап:", "Второй день", "Таңғы сессия", "Түстен кейінгі сессия", "Бірінші бөлім") — directly over the next item
 * of the agenda (numbered prev + 1). A line that is anything else, or not followed by that item, is not one.
 */
const PART_HEADING = re(`^\\s*(?:[\\p{L}\\d-]+\\s+){0,3}(?:сесси[\\p{L}]*|этап[\\p{L}]*|част[ьи]|ден[ьи]|день|бөлім[\\p{L}]*|кезең[\\p{L}]*|күн[і]?)(?:\\s+(?:[\\p{L}\\d-]+))?\\s*(?:\\([^)]{0,40}\\))?\\s*[:.]?\\s*$`);
function partHeadingOver(lines: string[], j: number, prev: number): boolean {
  if (!PART_HEADING.test(lines[j]) || lines[j].trim().length > 50) return false;
  const next = lines.slice(j + 1).find((l) => l.trim() !== '');
  const m = next === undefined ? null : ITEM.exec(next);
  return m !== null && numberOf(m[1]) === prev + 1;
}

/**
 * A PDF sets paragraphs apart with spacing, read as a blank line between items ("1. О …" / "Докладчик: …" / "" / "2. О …"):
 * one blank line, then the next item by number (prev + 1), no heading of the discussion ("2. СЛУШАЛИ:", "РЕШИЛИ:") in it —
 * when the items before were spaced so too, or the last had its speaker below it (items typed close, a blank line
 * ends them: "III. Разное обсуждение" below is the form's next section).
 */
function nextItemAfterSpacing(lines: string[], blank: number, k: number, prev: number): boolean {
  if (k !== blank + 1) return false;
  const m = ITEM.exec(lines[k]);
  return m !== null && numberOf(m[1]) === prev + 1 && !opensDiscussion(lines[k], m[3]) && !/^[^:]{0,25}:/.test(m[3]);
}

/** A numbered line that opens the discussion, not the agenda: "2. СЛУШАЛИ: …", "2. … РЕШИЛИ: …" (`title`: after its number). */
function opensDiscussion(line: string, title: string): boolean {
  return re(SECTION_NEW).test(line) || re(`^[^:]{0,40}?${DECIDED}\\s*:`).test(title);
}

/** "КҮН ТӘРТІБІ / ПОВЕСТКА ДНЯ:" — the heading in both languages on one line: what follows the second is the rest. */
const SECOND_HEADING = re(`^[/|]\\s*${AGENDA}\\s*[:.]?\\s*(.*)$`);

/**
 * A line that carries on the item above: a lowercase start, a bracket or quote, an indented line under an item typed
 * flush, or a line after an item cut mid-phrase — after a preposition, a conjunction, a comma or a hyphen ("… Плана
 * работы на" / "2025 год.") — unless it opens a heading. "2. Разное" / "Председатель открыл заседание." is not one.
 */
function carriesOn(line: string, itemLine: string, title: string): boolean {
  if (/^\s*[\p{Ll}(«"“]/u.test(line)) return true;
  // "1. … жобасы туралы" / "/ О проекте строительства полигона …": the item's other language after the slash, wrapped onto
  // a line of its own (set 174, a scan's hyphenated "ту-" / "ралы / О проекте …" made whole) — an item never opens so.
  if (/^\s*\/\s*\S/u.test(line) && !SECOND_HEADING.test(line)) return true;
  const indent = (l: string) => /^\s*/.exec(l)![0].length;
  if (indent(line) >= 2 && indent(line) > indent(itemLine)) return true;
  // "… облыстық мәслихаттың" / "2024 жылғы 13 желтоқсандағы № 21/148-VIII шешіміне …": a number and a lowercase word under
  // a title not ended is a date or a count wrapped, not an item (an item's number has its stop or bracket).
  if (!/[.;!?]\s*$/.test(title) && /^\s*\d{1,4}(?:[.,]\d+)?\s+\p{Ll}/u.test(line)) return true;
  // "… к отопительному сезону" / "2026-2027 гг.", "2026–2027 жылдарға …": a year or a run of years wrapped under a title not ended.
  if (!/[.;!?]\s*$/.test(title) && /^\s*(?:19|20)\d{2}(?:\s*[-–—]\s*(?:19|20)?\d{2})?(?!\d)(?:\s*(?:гг?\.|жж?\.|год|жыл)|\s+\p{Ll})/u.test(line)) return true;
  // "… «О внесении изменений в решение" / "№ 247 от 12 декабря 2024 года «Об областном бюджете…»»": a title whose quote is
  // still open, or a line opening with a document's "№", goes on — an item's number is never "№".
  // (A numbered line under an open quote is the next item: a quote typed unclosed must not swallow it.)
  if (/^\s*№/u.test(line) || (quoteOpen(title) && !ITEM.test(line))) return true;
  // "3. О мониторинге дорог (докл." / "Омаров С.Р.).": a bracket left open (the speaker's name wrapped) goes on likewise.
  if (openBrackets(title) > 0 && !ITEM.test(line)) return true;
  // "… тұрғындар сұрағына «Аршалы су»" / "МКК директорының жауабы.", "… ответ руководителя" / "ГКП «Водоканал» на вопрос жителей":
  // a title not ended, the next line opening with an organisation's abbreviation and a word in lower case — the sentence
  // runs on (an item, a heading or a speaker's label opens with a word of its own, a number or a colon's label).
  if (!/[.;:!?]\s*$/.test(title) && ABBREVIATION_RUNS_ON.test(line) && !/^[^:]{0,40}:/.test(line)) return true;
  const cut = /[,\-–—]\s*$/u.test(title) || re(`(?<![\\p{L}])(?:${CUT_WORDS})\\s*$`).test(title);
  return cut && !/^[^:]{0,40}:/.test(line) && !/^\s*[\p{Lu}\s\d/.,-]+$/u.test(line);
}
/** An abbreviation of capitals (МКК, ГКП, ЖКХ, ТОО, КГУ) opening the line, a word in lower case after it (or a quoted name, then one). */
const ABBREVIATION_RUNS_ON = /^\s*[А-ЯЁӘҒҚҢӨҰҮҺІ]{2,6}(?![\p{L}])(?:\s+«[^»]{1,40}»)?\s+\p{Ll}/u;
/** More «opening» quotes than »closing« ones in a title: the quoted name runs on to the next line. */
function quoteOpen(title: string): boolean {
  return (title.match(/«/gu)?.length ?? 0) > (title.match(/»/gu)?.length ?? 0);
}
/**
 * "1.1. …", "1.2 …", "II.3) …": a decimal sub-item, the part of item 1 (of II); "2.1-тармақ – …", "2.2-пункт" name the point
 * with its word ("2.2-тармақтарды қараңыз" wrapped in a title is a reference, no point).
 */
const DECIMAL = /^\s*(\d{1,2}|[IVXІХ]{1,5})\s*\.\s*\d{1,2}(?:\s*\.\s*\d{1,2})*(?:\s*[.)]?\s+\S|\s*-\s*(?:тармақ|пункт)(?!\p{L}))/u;

/**
 * "1-мәселе. …", "Вопрос 2. …", "Вопрос № 3: …": an item led by the word "question" and its number, read as "1. …" — the
 * number is the item's (under the agenda's heading only; "1-мәселе бойынша" in the discussion has no stop after the word).
 */
function asNumberedItem(line: string): string {
  return line.replace(QUESTION_NUMBERED, (_, lead: string, a?: string, b?: string) => `${lead}${a ?? b}. `);
}
const QUESTION_NUMBERED = re(`^(\\s*)(?:(\\d{1,2})\\s*-\\s*(?:мәселе|сұрақ)|вопрос\\s*№?\\s*(\\d{1,2}))\\s*[.:]\\s+(?=\\S)`);
const BULLET = /^\s*[•▪◦·●○■□➢►✓*\-–—]\s*\S/u;
const styleOf = (m: RegExpExecArray) => `${/^\d/.test(m[1]) ? 'arabic' : 'roman'}${m[2].replace(/\s/g, '')}`;
const indentOf = (l: string) => /^\s*/.exec(l.replace(/\t/g, '    '))![0].length;

/**
 * A part of the item above: a decimal sub-item of its number ("1.1." under "1."), or — under an item that introduces
 * its parts (it ends with a colon) or with the part indented deeper — a bullet, or a list numbered otherwise than the
 * items ("1)" under "1.", "1." under "I.") that starts at 1 and runs on. "3." after "2)" is the next item, however typed.
 */
function subItemOf(line: string, itemLine: string, item: AgendaItem, mainStyle: string | null, sub: number): boolean {
  const decimal = DECIMAL.exec(line);
  if (decimal) return numberOf(decimal[1]) === item.no;
  const introduces = /:\s*$/.test(item.title) || indentOf(line) > indentOf(itemLine);
  if (!introduces) return false;
  if (BULLET.test(line)) return true;
  const m = ITEM.exec(line);
  if (!m || mainStyle === null || styleOf(m) === mainStyle) return false;
  const no = numberOf(m[1]);
  return no === sub + 1;
}

/** A name alone on its line ("Дәулетбаева Ж.М.", "Ж.М. Дәулетбаева", "Иванов Иван Иванович."): a speaker's, wrapped. */
const SPEAKER_NAME = re(`^\\s*(?:${NAME_WORD}\\s+${INITIALS}|${INITIALS}\\s?${NAME_WORD}|${NAME_WORD}(?:\\s+${NAME_WORD}){1,2})\\s*[.;,]?\\s*$`, 'u');

/**
 * The line under an item naming who speaks to it or who is invited: "Докладчик: …", "Информация – …", "Баяндамашы: …",
 * also led by "По данному вопросу" / "Мәселе бойынша", with how many in brackets before the colon ("Шақырылғандар
 * (барлығы 3 адам): …", "Приглашены по вопросу: …"), or saying there are none ("Шақырылғандар жоқ.", "Приглашённых нет.").
 * Not an item, and not the item's title wrapped.
 */
const ON_QUESTION = '(?:по\\s+(?:данному\\s+|этому\\s+)?вопросу|(?:осы\\s+)?мәселе\\s+бойынша)';
const SPEAKER_LINE = re(`^\\s*(?:${ON_QUESTION}\\s+)?(?:${INVITED_HEADING}|информаци[\\p{L}]*|ақпарат)(?:\\s+${ON_QUESTION})?(?:\\s*(?:\\s*[:\\-–—]|\\([^()]{1,40}\\)\\s*[:\\-–—])|\\s+(?:нет|жоқ)\\s*[.;]?\\s*$)`);

/** A draft agenda's heading, its words before the colon (an item "О проекте …" on its line is no draft's): "Проект повестки дня", "Күн тәртібінің жобасы". */
const DRAFT_HEADING = re('(?<![\\p{L}])(?:проект[\\p{L}]*|жоба(?:сы)?)(?![\\p{L}])');

/** Words no title ends with: prepositions and conjunctions, ru and kk. */
const CUT_WORDS = 'на|в|во|и|о|об|по|для|с|со|к|ко|от|из|за|до|при|без|через|между|над|под|а|или|мен|пен|бен|және|мен|немесе|үшін|арналған|жөніндегі|бойынша';

/**
 * The agenda: the numbered items under "Повестка дня:" / "Күн тәртібі:". An
 * item may wrap onto the next line (a lowercase start) and be followed by its
 * speaker ("Докладчик: …", "Баяндамашы: …"), which is not an item. A
 * bilingual protocol has the agenda twice; the Russian one is kept, as for the counts.
 */
export function readAgenda(lines: string[], issues: ExtractIssue[]): AgendaItem[] {
  const blocks: { kazakh: boolean; put: boolean; draft?: boolean; items: AgendaItem[] }[] = [];
  /** The vote tables, read once a heading might stand over one. */
  let tables: TableRead[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const rest = headingRest(lines, i);
    if (rest === null) continue;
    const items: AgendaItem[] = [];
    // "ПОВЕСТКА (3 вопроса)", "Күн тәртібі (3 мәселе):" — how many items, not an item.
    // "Повестка дня (утверждена президиумом 07.10.2025):" — a note on the agenda in brackets, not an item.
    const inline = (SECOND_HEADING.exec(rest.trim())?.[1] ?? rest).trim().replace(ITEM_COUNT, '').replace(HEADING_NOTE, '').trim();
    const inlineItem = ITEM.exec(inline);
    // "Повестка дня, рассмотренные вопросы, принятые решения и результаты голосования:" over a table of a row per question
    // (its number, its question, the decision, the counts): the agenda is the table's column of questions — the rest of
    // the heading no item.
    const table = inlineItem || !/:\s*$/.test(lines[i]) ? null : questionsTableUnder(lines, i, (tables ??= readVoteTables(lines, []).tables));
    if (table) {
      blocks.push({ kazakh: languageIsKazakh(lines[i]), put: isPutHeading(lines, i), items: table.items! });
      i = table.end;
      continue;
    }
    if (inlineItem) items.push({ no: numberOf(inlineItem[1]), title: tidy(inlineItem[3]), line: i + 1 });
    // "Повестка дня и результаты голосования:": the heading's own words, up to its colon, are no item.
    else if (inline !== '' && !/:\s*$/.test(inline) && !COUNT_OF_ITEMS.test(inline)) items.push({ no: 1, title: tidy(inline), line: i + 1 });
    let j = i + 1;
    let itemLine = lines[i];
    /** The speaker's line under the last item, so its wrapped rest is not read into the item. */
    let speaker: string | null = null;
    /** How the items are numbered ("1." / "1)" / "I."), and the number of the last sub-item under the current item. */
    let mainStyle: string | null = inlineItem ? styleOf(inlineItem) : null;
    let sub = 0;
    // Items followed each other with no blank line between (a blank line then ends the list), and whether one was passed.
    let tight = false;
    let blankSince = false;
    /** Under an item typed again in the other language (a translation): whether its wrapped lines go onto the title kept. */
    let twinWraps: boolean | null = null;
    // "2. Повестка дня" / "2.1. О …", "2.2. О …": items numbered under the heading's own section number are items 1, 2.
    const section = NUMBERED_HEADING.test(lines[i]) ? /^\s*(\d{1,2})\s*\./.exec(lines[i])?.[1] : undefined;
    const sectioned = section === undefined ? null : new RegExp(`^(\\s*)${section}\\.(\\d{1,2})\\.?\\s+(?=\\S)`);
    const ownSection = section === undefined && isPutHeading(lines, i) ? Number(/^\s*(\d{1,2})\./.exec(lines[i])?.[1] ?? NaN) || null : null;
    for (; j < lines.length; j++) {
      const line = asNumberedItem(sectioned ? lines[j].replace(sectioned, '$1$2. ') : lines[j]);
      // A ruled line under a form's section heading ("-----", "=====", "_____") is a blank.
      if (line.trim() === '' || RULE.test(line)) {
        const k = lines.findIndex((l, n) => n > j && l.trim() !== '');
        const spaced = (!tight || speaker !== null) && nextItemAfterSpacing(lines, j, k, items[items.length - 1]?.no ?? 0);
        if (items.length > 0 && !(k > 0 && (partHeadingOver(lines, k, items[items.length - 1].no) || spaced))) break;
        blankSince = true;
        continue;
      }
      // "Күн тәртібіндегі мәселелер саны: 3", "Количество вопросов – 3" under a form's heading: how many, no item.
      if (items.length === 0 && ITEMS_COUNT_FIELD.test(line)) continue;
      // "1.1. Информация отдела", "• доклад", "а) …" under an item are its parts, not items: they neither end the agenda
      // nor stand for the items after them.
      if (items.length > 0 && subItemOf(line, itemLine, items[items.length - 1], mainStyle, sub)) {
        const n = ITEM.exec(line);
        if (n && !DECIMAL.test(line)) sub = numberOf(n[1]);
        continue;
      }
      // "2.1." under item 1 is the numbering of something else (the decisions of the discussion): not item 2.
      if (items.length > 0 && DECIMAL.test(line)) break;
      // "… по итогам заседания № 1 от" / "24.01.2025 г.": a date wrapped onto its own line is not item 24.
      // "(2.1 және" / "2.2-тармақтарды қараңыз);": a point's number cited in a title wrapped is no item of one level ("2.").
      const m = items.length > 0 && (WRAPPED_DATE.test(line) || CITED_POINT.test(line)) ? null : ITEM.exec(line);
      // "Утренняя сессия", "Дневная сессия", "Түстен кейінгі сессия": a sub-heading of a meeting held in parts, when the
      // next item follows under it — the items run on across the parts.
      if (!m && partHeadingOver(lines, j, items.length > 0 ? items[items.length - 1].no : 0)) continue;
      // "ПОВЕСТКА ДНЯ" / "(вопросы, перенесённые с 9 декабря 2025 года)" / "4. …": a note in brackets under the heading is
      // still the heading's.
      if (!m && items.length === 0 && HEADING_NOTE.test(line.trim())) continue;
      if (!m && items.length > 0 && twinWraps !== null && carriesOn(line, itemLine, items[items.length - 1].title)) {
        if (twinWraps) items[items.length - 1].title = tidy(`${items[items.length - 1].title} ${line}`);
        itemLine = line;
        continue;
      }
      if (!m && items.length > 0) {
        if (SPEAKER_LINE.test(line)) {
          speaker = line;
          continue;
        }
        // The speaker's line wrapped ("Докладчик: … председатель комиссии по социальным" / "вопросам."): still the speaker.
        // Or the speaker's role wrapped before the name: "Баяндамашы: … комиссиясының төрағасы" / "Дәулетбаева Ж.М.".
        // Or a count runs on to the next line: "…, оның орынбасары," / "3 мектеп директоры, …" (a number with no item's mark).
        if (speaker !== null && !/[.;]\s*$/.test(speaker) && (/^\s*(?:\d{1,3}\s+)?\p{Ll}/u.test(line) || (!m && SPEAKER_NAME.test(line)))) {
          speaker = line;
          continue;
        }
        const last = items[items.length - 1];
        if (speaker === null && carriesOn(line, itemLine, last.title)) {
          last.title = tidy(`${last.title} ${line}`);
          continue;
        }
      }
      // "1. Индустриялық аймақтарға инвесторларды тарту туралы." / "1. О привлечении инвесторов …": an item typed again under
      // its own number in the other language — a bilingual table read a row at a time, each paragraph then its translation
      // (held-out 192's West Kazakhstan bulletin) — is that item told twice: one item, its Russian title kept, as for the
      // counts (and its wrapped lines with it).
      if (m !== null && items.length > 0 && !blankSince && numberOf(m[1]) === items[items.length - 1].no && inOtherLanguage(m[3], items[items.length - 1].title)) {
        twinWraps = !languageIsKazakh(m[3]);
        if (twinWraps) items[items.length - 1].title = tidy(m[3]);
        itemLine = line;
        continue;
      }
      // A number typed again right under its item, marked alike ("2. …" / "2. Разное."), is the next item mistyped: read
      // as it (a repeated number never dropped an item without a word); a smaller number, or one after a blank line, ends
      // the list (the discussion's "2. СЛУШАЛИ:" below).
      // (Not under a numbered section's heading: its items are renumbered, and the next section's number follows them.)
      const retyped = m !== null && sectioned === null && items.length > 0 && numberOf(m[1]) === items[items.length - 1].no && !blankSince && styleOf(m) === mainStyle
        && !opensDiscussion(line, m[3]);
      if (!m || (items.length > 0 && numberOf(m[1]) <= items[items.length - 1].no && !retyped)) break;
      // "3. Вопросы, поставленные на голосование:" / "1) …" "2) …" "3) …" / "4. Итоги голосования": the heading's own
      // section numbered next, marked as the heading is and not as the items, is no item (set 195's written poll).
      if (items.length > 0 && ownSection !== null && numberOf(m[1]) === ownSection + 1 && styleOf(m) !== mainStyle && styleOf(m) === 'arabic.') break;
      const no = retyped ? items[items.length - 1].no + 1 : numberOf(m[1]);
      if (retyped) issues.push({ line: j + 1, message: `agenda item numbered ${numberOf(m[1])} again: read as item ${no}` });
      itemLine = line;
      if (items.length > 0 && !blankSince) tight = true;
      blankSince = false;
      speaker = null;
      twinWraps = null;
      mainStyle ??= styleOf(m);
      sub = 0;
      const prev = items.length > 0 ? items[items.length - 1].no : 0;
      if (no !== prev + 1) issues.push({ line: j + 1, message: `agenda numbering jumps from ${prev} to ${no}` });
      items.push({ no, title: tidy(m[3]), line: j + 1 });
    }
    if (items.length > 0) blocks.push({ kazakh: languageIsKazakh(lines[i]), put: isPutHeading(lines, i), draft: DRAFT_HEADING.test(lines[i].split(':')[0]), items });
    i = j - 1;
  }
  // The questions put to a vote are the agenda only when the protocol has no agenda of its own.
  const agenda = blocks.filter((b) => !b.put);
  const chosen = agenda.length > 0 ? agenda : blocks;
  const first = chosen.find((b) => !b.kazakh) ?? chosen[0];
  // "Күн тәртібінің жобасы:", "Проект повестки дня:" and, after the changes, the agenda adopted printed in the same
  // language: the adopted one is the meeting's.
  const printed = (first?.draft ? chosen.find((b) => b.kazakh === first.kazakh && b.items[0].line > first.items[first.items.length - 1].line) : undefined)?.items ?? first?.items;
  // A question added at the meeting by a vote belongs to the agenda adopted.
  // Items withdrawn, moved to another meeting or merged when the agenda was adopted are not on it.
  if (!printed) return readPutQuestions(lines);
  const adopted = withAgendaChanges(lines, printed, issues);
  return [...adopted, ...readAgendaAdditions(lines, chosen[chosen.length - 1].items, issues, adopted.length < printed.length)];
}

/** Two titles in the two languages, each with words of its own. */
function inOtherLanguage(a: string, b: string): boolean {
  const [x, y] = [lineLanguage(a), lineLanguage(b)];
  return x !== null && y !== null && x !== y;
}

/** The table of votes whose header is the first line with text under line i, when it names its rows' questions. */
function questionsTableUnder(lines: string[], i: number, tables: TableRead[]): TableRead | null {
  const next = lines.findIndex((l, k) => k > i && l.trim() !== '');
  return tables.find((t) => t.header === next && t.items !== undefined) ?? null;
}

/**
 * The heading of the questions put to a vote (a written poll has them for its agenda): "ВОПРОСЫ, ВЫНЕСЕННЫЕ НА ЗАОЧНОЕ
 * ГОЛОСОВАНИЕ", "Вопросы, вынесенные на заседание", "ВОПРОСЫ, ВКЛЮЧЕННЫЕ В ОПРОСНЫЙ ЛИСТ", "Вопросы для голосования", "Вопросы заочного голосования", "На голосование вынесены следующие вопросы",
 * "ДАУЫСҚА ҚОЙЫЛҒАН МӘСЕЛЕЛЕР", "Сырттай дауыс беруге шығарылған мәселелер", "Дауыс беру мәселелері".
 */
const PUT_RU = [
  'вопрос[\\p{L}]*,?\\s+(?:вынесенн|поставленн|выносим|представленн)[\\p{L}]*\\s+на\\s+(?:заочн[\\p{L}]*\\s+)?(?:голосовани|рассмотрени|заседани)[\\p{L}]*',
  'вопрос[\\p{L}]*\\s+(?:для\\s+)?(?:заочного\\s+)?голосовани[\\p{L}]*',
  'на\\s+(?:заочное\\s+)?голосование\\s+(?:вынесен[\\p{L}]*|поставлен[\\p{L}]*)(?:\\s+следующ[\\p{L}]*)?\\s+вопрос[\\p{L}]*',
  // A poll by questionnaire: "ВОПРОСЫ, ВКЛЮЧЕННЫЕ В ОПРОСНЫЙ ЛИСТ", "Вопросы бюллетеня заочного голосования".
  'вопрос[\\p{L}]*,?\\s+(?:включ[её]нн|внес[её]нн)[\\p{L}]*\\s+в\\s+(?:опросн[\\p{L}]*\\s+лист|бюллетен)[\\p{L}]*',
  'вопрос[\\p{L}]*\\s+(?:опросного\\s+листа|бюллетеня)(?:\\s+заочного\\s+голосования)?',
].join('|');
const PUT_KK = [
  '(?:сырттай\\s+)?(?:дауыс\\s+беруге|дауысқа)\\s+(?:шығарылған|ұсынылған|қойылған|салынған)\\s+мәселелер',
  '(?:сырттай\\s+)?дауыс\\s+беру(?:дің)?\\s+мәселелері',
  'мәселелер\\s+(?:дауысқа|дауыс\\s+беруге)\\s+(?:қойылды|салынды|шығарылды)',
  '(?:сауалнама|сауал|бюллетень)[\\p{L}]*(?:\\s+парағ[\\p{L}]*)?(?:ға|ге|қа|ке|на|не)?\\s+(?:енгізілген|қосылған)\\s+мәселелер',
].join('|');

/**
 * A meeting by correspondence (or any protocol without an agenda heading) lists the questions put to the vote under a
 * heading of its own ("ВОПРОСЫ, ВЫНЕСЕННЫЕ НА ЗАОЧНОЕ ГОЛОСОВАНИЕ", "Сырттай дауыс беруге шығарылған мәселелер:"), each
 * question opening its part of the text ("Вопрос 1. О проекте …", "2-мәселе. …") with its substance and its vote under it.
 * The items are those questions, numbered from 1 on without a gap; the title runs to the end of its paragraph.
 */
function readPutQuestions(lines: string[]): AgendaItem[] {
  const heading = lines.findIndex((_, i) => isPutHeading(lines, i));
  if (heading < 0) return [];
  const items: AgendaItem[] = [];
  for (let i = heading + 1; i < lines.length; i++) {
    const m = PUT_QUESTION.exec(lines[i]);
    if (!m) continue;
    const no = Number(m[1] ?? m[2]);
    if (no !== items.length + 1) break;
    let title = m[3];
    for (let j = i + 1; j < lines.length && lines[j].trim() !== '' && !PUT_QUESTION.test(lines[j]); j++) title = `${title} ${lines[j]}`;
    items.push({ no, title: tidy(title), line: i + 1 });
  }
  return items;
}

// A bilingual protocol says it in both languages on one line, either first: "Дауысқа қойылған мәселелер / Вопросы, вынесенные на
// голосование:", "Вопросы для голосования / Дауыс беру мәселелері:".
// Numbered as a section of the protocol ("3. Вопросы, поставленные на голосование:", set 195's written poll) or not.
const PUT_HEADING = re(`^\\s*(?:\\d{1,2}\\.\\s*)?(?:${PUT_RU}|${PUT_KK})(?:\\s*[/|]\\s*(?:${PUT_RU}|${PUT_KK}))?\\s*[:.]?\\s*$`);
/**
 * "Сұрақтар:", "Вопросы:", "Мәселелер:" alone over "1-сұрақ. …", "Вопрос 1. …" (set 195's Turkistan poll): the sheet's
 * questions, each named a question by its number — a bare heading is theirs only so (under a report, "Вопросы:" heads the
 * questions asked of the speaker, "1. Какие …").
 */
const BARE_QUESTIONS = re('^\\s*(?:\\d{1,2}\\.\\s*)?(?:сұрақтар|вопросы|мәселелер)\\s*:\\s*$');
function isPutHeading(lines: string[], i: number): boolean {
  if (PUT_HEADING.test(lines[i])) return true;
  if (!BARE_QUESTIONS.test(lines[i])) return false;
  const next = lines.slice(i + 1).find((l) => l.trim() !== '');
  return next !== undefined && QUESTION_NUMBERED.test(next);
}
/** "Вопрос 1. О проекте …", "Вопрос № 2: …", "2-мәселе. …", "Мәселе 1. …": a question opening its line, its title after it. */
const PUT_QUESTION = re(`^\\s*(?:(?:вопрос|мәселе|сұрақ)\\s*№?\\s*(\\d{1,2})|(\\d{1,2})\\s*-\\s*(?:мәселе|сұрақ))\\s*[.:)\\-–—]\\s*(\\S.*)$`);
