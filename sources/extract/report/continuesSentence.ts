import { ITEM } from './readLists.ts';
import { openBrackets } from '../grammar/openBrackets.ts';

/**
 * Whether `next` goes on with the sentence `line` left unfinished: a paragraph
 * wrapped at a fixed width, or a PDF's lines. The next line goes on it when
 * `line` ends with no stop (`stops`: the marks that end a sentence for the
 * caller) and the next is no list item, and
 *
 * - it starts in lower case or with a bracket ("проведено 5" / "заседаний
 *   Президиума.", "Семинарлар саны:" / "үш."), or with a comma, semicolon
 *   or colon (a mark typed after a space and wrapped); or
 * - it starts with a digit or a capital ("комиссиялардың" / "9 отырысы
 *   өтті", "Telegram-да – 27," / "Facebook-те – 18 жарияланым") and `line`
 *   is a wrapped line of running text: long, ending with a comma, a dash or a
 *   word in lower case — a heading ("Отырыстар", "1. Жалпы мәліметтер") is
 *   short and is not continued; or
 * - `line` is long and ends a clause with a semicolon, and the next starts
 *   with a count ("…заңды тұлғалардан – 7;" / "30-ына жауап берілді."): a
 *   list's items are short, or marked.
 */
/** "провел", "проведено", "рассмотрены", "направил": a verb whose object (a count) follows, ending a wrapped line. */
const AWAITS_OBJECT = /(?<![\p{L}])(?:провел[аои]?|провёл|проведен[аоы]?|организовал[аои]?|организован[аоы]?|рассмотрел[аои]?|рассмотрен[аоы]?|направил[аои]?|направлен[аоы]?)\s*$/u;

export function continuesSentence(line: string, next: string | undefined, stops = /[.!?;]\s*$/u): boolean {
  if (next === undefined || next.trim() === '') return false;
  // A Word table read cell by cell ("\tзаседания рабочей группы", "\t5", "\tобщественный мониторинг", "\t3"): a cell of
  // a count alone is the value of the label before it, never the start of a sentence the next cell goes on with ("5
  // общественный мониторинг" read the first row's count as the second row's).
  if (COUNT_CELL_LINE.test(line) && next.startsWith('\t')) return false;
  // A label's dash at the line's end awaits its value: "…заңды тұлғалардан –" / "4. 19 өтінішке жауап берілді", "…өкілдері –"
  // / "4), 31.12.2025 жағдай бойынша" — the number is the value, not a list's item.
  if (awaitsValue(line) && /^\s*\d{1,6}(?:[.,;)]|\s|$)/u.test(next)) return true;
  // A Russian verb of holding or sending at the line's end awaits its object, the count opening the next line ("…за
  // январь–сентябрь провел" / "6 заседаний и 14 мониторингов."): however short the line, the sentence goes on (its
  // subject, another body's or the council's, is on the line above).
  if (AWAITS_OBJECT.test(line) && /^\s*\d{1,6}\s+\p{L}/u.test(next)) return true;
  // A label's genitive at a wrapped line's end, its dash and count opening the next line, the count closed by a mark at
  // once ("…(отдел образования и отдел ЖКХ, ПТ и АД); мониторингов" / "– 3; круглых столов – 1; …"): the label's value,
  // never a list's item ("– 3 мониторинга;" has its own noun).
  if (line.trim().length >= WRAPPED && /\p{Ll}\s*$/u.test(line) && /^\s*[-–—]\s*\d{1,4}\s*[;,.](?:\s|$)/u.test(next)) return true;
  if (ITEM.test(next)) return false;
  // A point numbered by its section opening the next line ("(итого 3 отдела … и 1 подведомственное предприятие)" / "3.2 Из 19
  // обращений: …", a program's printout): a paragraph of its own, never the count that goes on the line above.
  if (SECTION_POINT.test(next)) return false;
  // A count's colon at the line's end opens its parts: "На конец года нас 17:" / "12 от общественности и 5 от госорганов."
  if (/\d\s*:\s*$/u.test(line) && /^\s*\d{1,4}\s+\p{L}/u.test(next)) return true;
  // A key figure's row whose value is words ("Семинарлар ........ өткізілген жоқ"): the row ends at its line; run on,
  // the next row's count ("Меморандумдар ..... 1") would be read into its "none".
  if (/(?:[.…·_][ \t]?){5,}[ \t]*\p{L}[\p{L} ]*$/u.test(line)) return false;
  // Rows of a block of totals, each "label – count" and its note ("НҚА жобаларын қарау - 9, оның ішінде 2-еуіне …" /
  // "Азаматтардың өтініштері - 14, оның 13-іне …"): a row ends at its line, whatever stop it leaves out.
  // So do rows of "label : count" ("кеңес отырыстары : 2" / "президиум отырыстары : 1").
  if ((LABEL_COUNT.test(line) || LABEL_COLON_COUNT.test(line)) && (LABEL_COUNT.test(next) || LABEL_COLON_COUNT.test(next))) return false;
  // So do such rows in lower case, a total's list set in under its heading ("ИТОГО ЗА I КВАРТАЛ" / "  заседаний Совета – 2" /
  // "  мониторингов – 2"): the row's count ends its line (its note in brackets at most) and the next is a row too — run on,
  // "2 мониторингов" read the next row's noun as the count's.
  if (ROW_ENDS_WITH_COUNT.test(line) && LOWER_LABEL_COUNT.test(next)) return false;
  // So does a row before a field left empty ("Кеңес отырысы: 1 (2026 жылғы 14 қазан, № 9 хаттама)" / "Төралқа отырысы:", a
  // form's blank): run on, the empty field's label took the row's count.
  if ((LABEL_COUNT.test(line) || LABEL_COLON_COUNT.test(line)) && EMPTY_FIELD.test(next)) return false;
  // So do an infographic's cards, the count first and a dash before its words ("26 — проектов НПА рассмотрено: 21 одобрен, 5 —
  // с замечаниями" / "6 — круглых столов"): run on, the next card's count is read into the card above.
  if (COUNT_DASH_CARD.test(line) && COUNT_DASH_CARD.test(next)) return false;
  // A clause ended with a semicolon goes on when a long line is followed by a count: "…заңды тұлғалардан – 7;" / "30-ына жауап берілді."
  // Not when both lines open with a count and its own noun, items of one list typed without their marks ("\t2 қоғамдық тыңдау –
  // 04.09.2025 (…) және 20.11.2025 (…);" / "\t1 дөңгелек үстел – 16.10.2025 «…»;", "2 круглых стола – …;" / "1 семинар – …;"): run
  // on, the second item's count and date are read as the first's.
  if (/;\s*$/u.test(line) && !/[.!?]\s*$/u.test(line)) return line.trim().length >= WRAPPED && /^\s*\d/u.test(next) && !(COUNTED_ITEM.test(line) && COUNTED_ITEM.test(next));
  // An abbreviation that never ends a sentence, its stop at the line's end ("… акимата города (в т.ч." / "управлений
  // здравоохранения, …) и 3 акимов районов"): the sentence goes on in the next line's lower case.
  if (NEVER_ENDS.test(line) && /^\s*[\p{Ll}«"]/u.test(next)) return true;
  if (stops.test(line)) return false;
  // A bracket left open at the line's end ("2 дөңгелек үстел (соның бірі 11.06.2026 – «…», модератор – ҚР" / "Мәдениет
  // қайраткері Төлеуқызы Сәуле), 2 семинар өткізілді."): the sentence goes on inside it, whatever case the next line opens with.
  if (openBrackets(line) === 1 && /^\s*[\p{L}\d«"]/u.test(next) && /\)/u.test(next)) return true;
  // So does a line that opens with a comma, a semicolon or a colon: the copy wrapped the mark typed after a space (", получено 19 ответов").
  if (/^\s*[\p{Ll}(]/u.test(next) || /^\s*[,;:]\s*\S/u.test(next)) return true;
  // A numbered heading in both languages ("2. Заседания Совета и комиссий / Кеңестің және комиссиялардың отырыстары") is
  // long, but a heading: the sentence under it is not its.
  if (BILINGUAL_HEADING.test(line) && /^\s*[\p{Lu}\d«"]/u.test(next)) return false;
  // A numbered section title set as its own paragraph with no blank line after it (a Word or PDF heading: "6. Дөңгелек
  // үстелдер, семинарлар, қоғамдық тыңдаулар" / "Дөңгелек үстелдер төрт рет …") is long enough to look wrapped, but the
  // capitalised sentence under it is not its: run on, the heading's nouns take that sentence's counts. Only over a
  // paragraph of one line (longer than text wrapped at a width is), or one much longer than the title (a wrapped line is
  // never much longer than the line before it, cut at the same width: "3. Общественный мониторинг, слушания, круглые
  // столы" / "Количество проведённых общественных мониторингов составило 4 (…):", a Word file's paragraphs): a numbered
  // paragraph wrapped at a width ("7. Информация о деятельности Совета размещена на интернет-ресурсе" / "Агентства (9
  // публикаций) …") goes on.
  if (NUMBERED_TITLE.test(line) && line.trim().split(/\s+/u).length <= 9 && /^\s*\p{Lu}\p{Ll}/u.test(next) && next.trim().length > Math.min(UNWRAPPED, line.trim().length + LONGER)) return false;
  // So is one over a row of "label – count" however short, its note wrapped onto the line after, the row's label one of the
  // kinds the title names ("V. Публичные слушания, круглые столы, диалоговые площадки" / "Публичные слушания – 2 (проект
  // правил … – 25 марта; проект" / "программы … – 12 ноября).", set 173): the row opens its paragraph, the title's other
  // nouns are not its label. (A row naming what the title does not, "14. Публикации … (по площадкам)" / "Instagram – 27 …",
  // goes on with the title that tells what it counts.)
  if (NUMBERED_TITLE.test(line) && line.trim().split(/\s+/u).length <= 9 && LABEL_COUNT.test(next) && labelInTitle(next, line)) return false;
  // A long line ending with an abbreviation, the quoted name on the next ("директора ГКП на ПХВ" / "«Экибастузтеплоэнерго»
  // (подведомственного …)"): the name is the abbreviation's.
  if (/^\s*[«"]/u.test(next) && line.trim().length >= WRAPPED && /\s\p{Lu}{2,5}\s*$/u.test(line)) return true;
  // A line that ends one sentence and begins another it leaves open ("Постоянных комиссий – 3. Изменений в составе" /
  // "Совета в I квартале не было."): wrapped however short, the open sentence's words going on in the next line.
  // The sentence ended before holds two words or more: a numbered heading ("1. Кеңестің құрамы", "Глава 2. Состав
  // совета") ends none.
  const open = OPENS_SENTENCE_AT_END.exec(line);
  if (open !== null && /^\s*[\p{Lu}\d«"]/u.test(next) && (line.slice(0, open.index).match(/\p{L}{2,}/gu) ?? []).length >= 2) return true;
  return /^\s*[\p{Lu}\d«"]/u.test(next) && line.trim().length >= WRAPPED && /(?:[\p{Ll},–—-]|\p{Ll}\))\s*$/u.test(line);
}

/** Every word of a row's label ("Публичные слушания – 2") stands in the title above it (the stems of its first five letters). */
function labelInTitle(row: string, title: string): boolean {
  const label = /^\s*([^\d–—-]+?)\s[-–—]\s\d/u.exec(row)?.[1] ?? '';
  const words = label.toLowerCase().match(/\p{L}{3,}/gu) ?? [];
  const lower = title.toLowerCase();
  return words.length > 0 && words.every((w) => lower.includes(w.slice(0, 5)));
}

/** A line opening with a point's number of its section and a capital: "3.2 Из 19 обращений", "2.1. Заседания". */
const SECTION_POINT = /^\s*\d{1,2}\.\d{1,2}\.?\s+\p{Lu}/u;

/** A line that opens with a count and its noun, as an item of a list does: "2 қоғамдық тыңдау – …", "1 семинар – …". */
const COUNTED_ITEM = /^\s*\d{1,3}\s+\p{L}{2,}/u;

/** A Word table's cell of a count alone ("\t5", "\t24 310", "\t12*"), as docxHtmlToText lays a table out. */
const COUNT_CELL_LINE = /^\t\s*\d{1,3}(?:[ \u00a0]\d{3})*\*{0,3}\s*$/u;

/** An abbreviation that ends no sentence: "в т.ч.", "т.е.", "им.", "ул.", "мкр.", "көш." (көшесі). */
const NEVER_ENDS = /(?<![\p{L}])(?:т\.\s?ч|т\.\s?е|им|ул|мкр|көш)\.\s*$/iu;

/** A sentence's end (after a word or a count, never an initial "Ш.") and two words or more of the next, left open. */
const OPENS_SENTENCE_AT_END = /[\p{Ll}\d][.!?]\s+\p{Lu}[^.!?;:\d]*\s\p{Ll}+\s*$/u;

/** A line ending with a word and a dash ("заңды тұлғалардан –"): a label whose value is on the next line. */
export function awaitsValue(line: string): boolean {
  return /[\p{L})]\s+[-–—]\s*$/u.test(line);
}

/** A line opening as a row of totals: a label of words, a colon, its count ("комиссиялар : 3", "Мониторинг: 4 (…)"). */
const LABEL_COLON_COUNT = /^\s*\p{L}[^\d.;:!?]{2,60}?\s*:\s*\d{1,6}(?![\d.,]\d)(?:[\s,;(]|$)/u;
/** A form's field with no value: a capitalised label of words, its colon, nothing after ("Төралқа отырысы:", "Сайт:"). */
const EMPTY_FIELD = /^\s*\p{Lu}[^\d.;:!?]{1,60}?:\s*$/u;
/** A line opening as a row of totals: a label of words, a dash, its count. */
const LABEL_COUNT = /^\s*\p{Lu}[^\d.;:!?]{2,60}?\s[-–—]\s\d{1,6}(?![\d.]\d)(?:[,;.]|\s|$)/u;

/** A row of totals whose count ends it, in either case, a note in brackets after it at most: "заседаний Совета – 2". */
const ROW_ENDS_WITH_COUNT = /^\s*\p{L}[^\d.;:!?]{2,60}?\s[-–—]\s\d{1,6}(?:\s*\([^()]*\))?\s*$/u;
/** A row of totals in either case: "мониторингов – 2", "кеңес отырыстары – 3 (…)". */
const LOWER_LABEL_COUNT = /^\s*\p{L}[^\d.;:!?]{2,60}?\s[-–—]\s\d{1,6}(?![\d.]\d)(?:[,;.(]|\s|$)/u;

/** A line longer than this is a paragraph of one line, never text wrapped at a width. */
const UNWRAPPED = 120;

/** A line this much longer than a numbered title under it is a paragraph of its own, not the title's wrapped rest. */
const LONGER = 30;

/** An infographic's card typed on one line: its count, a dash, its words ("8 — заседаний Совета", "12 — есеп тыңдалды"). */
const COUNT_DASH_CARD = /^\s*\d{1,4}\s+[-–—]\s+\p{L}/u;

/** A line this long that stops mid-sentence was wrapped, not ended: paragraph text is wrapped at 60 to 100 columns. */
const WRAPPED = 50;

/** "6. Дөңгелек үстелдер, семинарлар, қоғамдық тыңдаулар", "5. Заслушивание отчетов": a number, then a title with no count nor stop. */
const NUMBERED_TITLE = /^\s*(?:\d{1,2}(?:\.\d{1,2})*\.|[IVXІ]{1,4}\.)\s+\p{Lu}[^.!?;:\d–—]*$/u;

const BILINGUAL_HEADING = /^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVXІ]{1,4}\.)\s+\p{Lu}[^.!?;:\d]*\s\/\s\p{Lu}[^.!?;:\d]*$/u;
