import { parseCount } from '../parseCount.ts';
import type { MetricId, ReportFigure } from '../types.ts';
import { SUB_ROW, metricOfRow } from './tableRowLexicon.ts';
import { metricUnderHeading } from './rowUnderHeading.ts';
import { SAYS_NONE } from './noneHeldVerbs.ts';
import { emojiAsBullet } from '../grammar/emojiBullet.ts';
import { matchesOf } from '../grammar/matchesOf.ts';

/**
 * A block of indicator lines, "Показатель — значение" typed without a table: a line per indicator ("Заседания
 * Общественного совета — 2", "Круглые столы: 1", "Кеңес отырыстары – 3"), sub-lines set in further or opened by
 * "в т.ч." / "оның ішінде" ("   от физических лиц — 12"). Each line whose label names a metric (tableRowLexicon)
 * is a row figure of that metric, as a table row would be (addTableFigures); a sub-line is named with its parent
 * line's metric. A value that is no bare count ("не менее 120", "около 40", "без изменений", a date) says nothing.
 * Blocks under a plan or reference heading were blanked before (statesNothingSections), so what is left is the
 * period's. A block is two indicator lines or more in a row: a single "Label – N" line is a sentence's business.
 */
export function readIndicatorBlocks(lines: string[], rowFigures: ReportFigure[], periodYears: number[] = []): void {
  // A sentence wrapped across lines ("НҚА жобалары: 1 жоба қаралды, ескертусіз мақұлданды; ескертулермен" / "мақұлданғандар –
  // жоқ."): the line going on is no indicator of its own — its label began on the line before.
  const rowsAt = (k: number) => (wrapsOn(lines[k - 1], lines[k]) ? [] : rowsOf(lines[k]));
  const rowAt = (k: number) => rowsAt(k)[0] ?? null;
  for (let i = 0; i < lines.length; i++) {
    if (rowAt(i) === null) continue;
    let end = i;
    // A bullet's text wrapped onto a line set in further ("• управлений акимата области – 6: здравоохранения;" /
    // "    пассажирского транспорта …") goes on with the bullet; so does any line set in under a row that is no row (a
    // sub-bullet "\to\t22.10.2025 – …", a wrapped label's end): the row's detail, the block goes on after it.
    const wrapped = (k: number) => /^\s*[•·▪◦*]\s/u.test(lines[i]) && lines[k].trim() !== '' && !/^\s*[•·▪◦*–—-]\s/u.test(lines[k]) && lines[k].search(/\S/u) > lines[i].search(/\S/u);
    const detail = (k: number) => (/^\s+\S/u.test(lines[k]) && rowOf(lines[k]) === null) || wrapped(k);
    // A field left empty between two rows ("2.2. Төралқа отырыстары:" between "2.1. … : 3" and "2.3. … : 7", a form's blank)
    // states nothing, and is no end of the block: the row after it is the block's.
    const blankField = (k: number) => EMPTY_FIELD.test(lines[k]) && k + 1 < lines.length && rowAt(k + 1) !== null;
    for (let k = end + 1; k < lines.length; k++) {
      if (rowAt(k) !== null && !wrapped(k)) end = k;
      else if (!detail(k) && !blankField(k)) break;
    }
    const rows = lines.slice(i, end + 1).flatMap((_line, k) => (k > 0 && wrapped(i + k) ? [] : rowsAt(i + k).map((row) => ({ ...row, at: i + k }))));
    // A numbered section heading in capitals that states its count ("7. НҚА ЖОБАЛАРЫН ҚАРАУ – 14", "8. ОБРАЩЕНИЯ ГРАЖДАН –
    // 38 (2024 г. – 29)") is its section's indicator line, alone as it stands.
    // A heading over indicator lines of its own ("2. ОТЫРЫСТАР – 27" over "2.1. Кеңес отырыстары – 6", …) sums them: none.
    const below = lines.slice(i + 1).find((l) => l.trim() !== '') ?? '';
    const heading = rows.length === 1 && rows[0].value !== null && /^\s*\d{1,2}\.\s+\P{Ll}+$/u.test(lines[i].replace(/\([^()]*\)/gu, '')) && rowOf(below) === null && !/^\s*\d{1,2}\.\d/u.test(below);
    // An infographic's card, its caption in capitals written before its count ("КЕҢЕС МҮШЕСІ – 15", "ӨТІНІШ ТҮСТІ – 17",
    // set 157), alone between blank lines: its row when the label names a metric on its own — the parts under it
    // ("15 – жеке тұлғалардан | …") are its detail, no sum of other rows.
    const card = rows.length === 1 && rows[0].value !== null && CARD_LINE.test(lines[i]) && metricOfRow(rows[0].label, null) !== null && (lines[i - 1] ?? '').trim() === '';
    if (heading || card) readIndicatorRows(rows, rowFigures);
    else if (rows.filter((r) => r.value !== null).length >= 2) {
      // A block headed by another body ("Комиссия по социальным вопросам:") or another year ("Показатели 2024 года:")
      // is not the council's period: its lines are blanked, so that the grammar takes no count of them either.
      if (isOthers(headingOf(lines, i), periodYears)) for (let k = i; k <= end; k++) lines[k] = '';
      else readIndicatorRows(rows, rowFigures, headingMetric(lines, i), lineAbove(lines, i));
    }
    i = end;
  }
}

/**
 * The metric a block's heading names ("РАЗДЕЛ III. ЗАСЛУШИВАНИЕ ОТЧЕТОВ (9)" over "Заслушаны отчеты 9 руководителей:"
 * over "• управлений акимата области (6)"): the rows that name nothing on their own are its parts. The nearest of the
 * two lines above that names one, its section's number, counts and brackets taken off; a line that is no heading
 * (no colon at its end, not in capitals, an item of a list) ends the search.
 */
function headingMetric(lines: string[], start: number): MetricId | null {
  let seen = 0;
  for (let k = start - 1; k >= 0 && seen < 2; k--) {
    const text = lines[k].trim();
    if (text === '') continue;
    seen++;
    // Only a heading: a line ending with a colon, or in capitals ("– заслушиваний отчетов … подведомственных" wrapped
    // over "  организаций Министерства (3)" heads nothing).
    if (text.length > 100 || !(/:$/u.test(text) || text === text.toUpperCase()) || /^[-–—•·▪◦*]\s/u.test(text)) return null;
    const words = text.replace(/^(?:раздел|бөлім)\s+[IVXLC\d]+\.?\s*/iu, '').replace(/\([^()]*\)/gu, ' ').replace(/[-–—]\s*\d+/gu, ' ').replace(/\d+/gu, ' ').replace(/[:.\s]+$/u, '').replace(/\s+/gu, ' ').trim();
    const metric = words === '' ? null : metricOfRow(words, null);
    if (metric !== null) return metric;
  }
  return null;
}

/** The line right above a block, or above a blank line above it: its heading, if it reads as one (metricUnderHeading says). */
function lineAbove(lines: string[], start: number): string {
  let k = start - 1;
  if (k >= 0 && lines[k].trim() === '') k--;
  return k >= 0 ? lines[k] : '';
}

/** The heading of a block: the text line right above it, or above a blank line above it, when it reads as one. */
function headingOf(lines: string[], start: number): string {
  const line = lineAbove(lines, start).trim();
  return line.length <= 100 && (/:$/u.test(line) || line === line.toUpperCase()) ? line : '';
}

const OTHER_BODY = /комисси|рабоч[\p{L}]*\s+групп|маслихат|акимат|(?<![\p{L}])аким|президиум|жұмыс\s+тоб|мәслихат|әкім|төралқа/iu;
const COUNCIL = /(?<![\p{L}])(?:совет|кеңес|ос)[\p{L}]*(?![\p{L}])/iu;

function isOthers(heading: string, periodYears: number[]): boolean {
  if (heading === '') return false;
  if (OTHER_BODY.test(heading) && !COUNCIL.test(heading)) return true;
  // A year in brackets compares ("Кеңеске 19 өтініш келіп түсті (2024 жылғы І жартыжылдықта – 12), оның ішінде:"): the heading's
  // own count is of the period.
  const years = matchesOf(heading.replace(/\([^()]*\)/gu, ' '), /(?<!\d)(?:19|20)\d{2}(?!\d)/gu).map((m) => Number(m[0]));
  return periodYears.length > 0 && years.length > 0 && !years.some((y) => periodYears.includes(y));
}

export interface IndicatorRow {
  indent: number;
  label: string;
  value: number | null;
  at: number;
}

/**
 * The row figures of a block of indicator lines: each line whose label the row lexicon names, a line set in further (or
 * opened by "в т.ч.", "оның ішінде") named with its parent line's metric, a line naming nothing under the metric of the
 * block's heading. Also the fields of a form (joinValueLines).
 */
export function readIndicatorRows(rows: IndicatorRow[], rowFigures: ReportFigure[], heading: MetricId | null = null, headingText = ''): void {
  const base = Math.min(...rows.map((r) => r.indent));
  let parent: MetricId | null = heading;
  for (const r of rows) {
    const sub = r.indent > base || SUB_ROW.test(r.label);
    // A line of its own that names only a part ("Даны ответы – 21" after "Поступило обращений – 23") is a part of
    // the line before; it stays under that line's metric for the lines after it.
    // A body's label under a heading of meetings counts its meetings ("2. Отырыстар" over "Тұрақты комиссиялар – 8": eight
    // meetings of the commissions, not eight commissions): rowUnderHeading's reading first.
    const own = sub ? null : (headingText === '' ? null : metricUnderHeading(headingText, r.label)) ?? metricOfRow(r.label, null);
    // Under a heading that names the block's thing ("ЭКСПЕРТИЗА ПРОЕКТОВ НПА (18)"), a row naming nothing of its own
    // ("на рассмотрении") is the heading's part, whatever row stood before it.
    const metric = (sub ? metricOfRow(r.label, parent) : (own ?? metricOfRow(r.label, parent))) ?? (heading !== null ? metricOfRow(r.label, heading) : null);
    if (!sub && own !== null) parent = own;
    else if (!sub && metric === null) parent = null;
    if (metric === null || r.value === null) continue;
    rowFigures.push({ metric, value: r.value, line: r.at + 1, text: `${r.label} – ${r.value}` });
  }
}

/** The separator of label and value: a dash with spaces (a hyphen needs them: "Письма-рекомендации"), a colon. */
const SEPARATOR = /\s+[-–—]\s+|\s*[–—]\s*|:\s+/gu;
/** A bare count, maybe with a bracketed note: "14", "3 150", "5 (из них 2 выездных)". */
const COUNT = /^(\d{1,3}(?:[ \u00a0]\d{3})+|\d{1,4})(?:\s*\([^()]*\))?\s*[.;:]?$/u;
/** A count, then a dash or colon and its detail in words or dates ("2 – 08.10.2025 (№ 7)", "2: қалалық … бөлімі"), or its parts. */
const COUNT_THEN_DETAIL = /^(\d{1,3}(?:[ \u00a0]\d{3})+|\d{1,4})(?:\s*[–—:]|\s+-)\s*(?:\p{L}|\d{1,2}\.\d{1,2}(?:\.\d{2,4})?(?!\d))|^(\d{1,4})(?=\s*,\s*(?:оның|олардың|из\s+них|в\s+том\s+числе|в\s+т\.\s?ч\.)(?![\p{L}]))/u;

/**
 * A count told done, a noun of it between at most ("хаттар – 4 жолданды", "НҚА жобалары – 2 жоба қаралды", "Мониторинги –
 * 3 проведено"), a clause of its own after it or not ("6 направлено, ответы получены на 5"): the line's count (held-out
 * 53's Temirtau summary). A count told planned ("2 запланировано") is not.
 */
const COUNT_THEN_DONE = /^(\d{1,3}(?:[ \u00a0]\d{3})+|\d{1,4})(?:\s+\p{L}+)?\s+(?:проведен[\p{L}]*|состоял[\p{L}]*|рассмотрен[\p{L}]*|направлен[\p{L}]*|поступил[\p{L}]*|получен[\p{L}]*|заслушан[\p{L}]*|подписан[\p{L}]*|организован[\p{L}]*|өткізілді|жүргізілді|қаралды|жолданды|жіберілді|түсті|келіп\s+түсті|тыңдалды|ұйымдастырылды|қол\s+қойылды)(?:\s*[.;]?$|,\s)/u;
/**
 * A count with its parts in brackets, then a clause of no number about the same things ("өтініштер – 7 (жеке тұлғалардан
 * – 6, заңды тұлғадан – 1), барлығына жауап берілді;", "Обращения – 12, все рассмотрены"): the line's count; the clause is
 * the figure grammar's to read.
 */
const COUNT_THEN_CLAUSE = /^(\d{1,3}(?:[ \u00a0]\d{3})+|\d{1,4})(?:\s*\([^()]*\))?,\s+\p{L}[^\d()]*[.;]?$/u;
/** The period of a report said before a none ("тоқсанда өткізілген жоқ", "в отчетном периоде не проводились"). */
const IN_THE_PERIOD = /^(?:(?:есепті\s+)?(?:кезеңде|тоқсанда|жартыжылдықта)|есепті\s+жылы|(?:в|за)\s+отчетн[\p{L}]*\s+(?:период[\p{L}]*|квартал[\p{L}]*|год[\p{L}]*)|в\s+квартале)\s+/iu;

/** The parts after a count: ", оның ішінде 2-еуіне …", ", оның 13-іне …", ", из них …", ", в том числе …". */
const PARTS_AFTER = /,\s*(?:оның|олардың|из\s+них|в\s+том\s+числе|в\s+т\.\s?ч\.)(?![\p{L}]).*$/u;

/**
 * A sentence's end inside a label: a stop, then a space and no small letter. A stop before a small letter is an
 * abbreviation's ("физ. лица – 8", "юр. лица – 0", "гос. органы – 3": a dashboard's captions, set 157).
 */
const SENTENCE_END = /[.!?]\s(?!\s*\p{Ll})/u;

/** A card's line: a label in capitals, a dash, a bare count ("КЕҢЕС МҮШЕСІ – 15", "ЗАСЕДАНИЙ СОВЕТА – 5"). */
const CARD_LINE = /^\s*\p{Lu}[^\p{Ll}\d]*\p{Lu}\s+[–—-]\s+\d{1,4}\s*$/u;

/**
 * A line of several labelled values set apart by semicolons, each its own indicator ("Кеңес отырыстары – 6; комиссия
 * отырыстары – 9.", "Мониторинги – 5; Заслушанные отчёты – 2.": a dashboard's row of tiles as slideTiles writes it, set
 * 157) when its first label names a metric: its rows in their order; any other line, its one row or none. Every part must be a row with its count: a
 * sentence whose clause holds no "label – N" ("… – 6; остальные перенесены") is no line of indicators.
 */
function rowsOf(line: string): Omit<IndicatorRow, 'at'>[] {
  const parts = line.replace(/\([^()]*\)/gu, (b) => b.replace(/;/gu, ',')).split(/;\s+/u);
  if (parts.length >= 2) {
    const indent = line.search(/\S/u);
    const rows = parts.map((part) => rowOf(part.replace(/[.;]\s*$/u, '')));
    // Its first label names a metric on its own ("Члены Совета", "Заседания Совета") and opens as a label does, with a
    // capital: a line opening with a bare noun ("мүше – 19; азаматтық қоғам өкілі – 14; …") or with a caption in small
    // letters, a phrase in the genitive ("заседаний Совета – 5; заседания президиума – 2; …", a Word tile table's, set 97),
    // is left to the sentence readers, which read it whole.
    if (rows.every((r) => r !== null && r.value !== null) && metricOfRow(rows[0]!.label, null) !== null && /^\p{Lu}/u.test(rows[0]!.label)) return rows.map((r) => ({ ...r!, indent }));
  }
  const row = rowOf(line);
  return row === null ? [] : [row];
}

/**
 * An indicator line: a label that opens with a letter and holds no sentence's end, its last separator, a value.
 * The value is the count, or null for a value in words ("без изменений", "значение" of the header line).
 */
function rowOf(source: string): Omit<IndicatorRow, 'at'> | null {
  if (source.trim() === '' || source.length > 140) return null;
  // "🏛 Кеңес отырыстары — 6": a channel's post puts an emoji where a bullet would stand.
  const line = emojiAsBullet(source);
  // "• круглые столы – 4 – 20.02, 16.04", "• круглые столы (4) – 20.02", "• выбыли в отчетном периоде – 2: Сергеев А.В. – …",
  // "• на рассмотрении по состоянию на 30.09.2025 (2)": the count right after the label (a date in it is no count), then
  // a note of what it counts (dates, names) after a dash or a colon.
  // "1) Кеңес отырыстары – 2 (2024 жылғы II тоқсанда – 1): 24 сәуірде …": a bracket after the count (last year's, a note)
  // is no part of it, nor of the note after.
  const noted = /^(\p{L}(?:[^–—:()\d]|\d{1,2}\.\d{1,2}\.\d{4})*?)\s*(?:\s[–—-]\s+(\d{1,4})(?:\s*\([^()]*\))?|\((\d{1,4})\))\s*(?:(?:[:–—]\s+|-\s+).*)?$/u.exec(line.trim().replace(/^(?:\d{1,2}[.)]|[-–—•·*])\s+/u, ''));
  if (noted && !SENTENCE_END.test(noted[1])) return { indent: line.search(/\S/u), label: noted[1].trim(), value: Number(noted[2] ?? noted[3]) };
  // A separator inside brackets is the bracket's ("– 23 (I полугодие 2024 г. – 17)"): brackets are masked first.
  const seps = matchesOf(line.replace(/\([^()]*\)/gu, (b) => '_'.repeat(b.length)), SEPARATOR);
  const last = seps[seps.length - 1];
  if (last === undefined || last.index === undefined) return null;
  // A list's number or bullet before the label ("1) Заседания Совета – 5", "• Круглые столы – 2") is no part of it.
  // "Кеңес отырыстары – 2 – 08.10.2025 (№ 7), …", "Дөңгелек үстел – 1 – 26.11.2025, «…»": the count after the first
  // separator, its detail after a second one.
  const first = seps[0];
  if (first !== last && first.index !== undefined) {
    const head = line.slice(0, first.index).trim().replace(LIST_MARK, '');
    const detailed = COUNT_THEN_DETAIL.exec(line.slice(first.index + first[0].length).trim());
    if (detailed && /^\p{L}/u.test(head) && !SENTENCE_END.test(head) && /\p{L}{3}/u.test(head)) return { indent: line.search(/\S/u), label: head, value: parseCount(detailed[1] ?? detailed[2]) };
  }
  const label = line.slice(0, last.index).trim().replace(LIST_MARK, '');
  const value = line.slice(last.index + last[0].length).trim();
  if (!/^\p{L}/u.test(label) || SENTENCE_END.test(label) || !/\p{L}{3}/u.test(label) || value === '') return null;
  // A value in words is still an indicator line ("без изменений"); a count followed by more words is a sentence.
  // "Азаматтардың өтініштері - 14, оның 13-іне жауап берілді", "Обращения – 14, из них 13 рассмотрено": the count, then
  // its parts in a clause of their own (the figure grammar reads them on this line).
  const count = COUNT.exec(value) ?? COUNT.exec(value.replace(PARTS_AFTER, '')) ?? COUNT_THEN_DONE.exec(value.replace(PARTS_AFTER, '')) ?? COUNT_THEN_CLAUSE.exec(value);
  if (count) return { indent: line.search(/\S/u), label, value: parseCount(count[1]) };
  if (SAYS_NONE.test(value) || SAYS_NONE.test(value.replace(IN_THE_PERIOD, ''))) return { indent: line.search(/\S/u), label, value: 0 };
  if (/^\d/u.test(value) || /[.!?]\s/u.test(value) || value.split(/\s+/u).length > 8) return null;
  return { indent: line.search(/\S/u), label, value: null };
}

/**
 * A list's number or bullet before a label ("1) Заседания Совета – 5", "2.1 Кеңес отырыстары – 3", "1.2 мемлекеттік органдардың
 * өкілдері – 2" (a point of a section whatever follows, set 144), "• Круглые столы – 2"). A
 * bare number before a word in small letters is no list's number but a count of that word: "31 обращение: 27 – физических
 * лиц, 4 – юридических лиц" (set 188's slide) states 31 appeals, its label is no "обращение" of 27.
 */
const LIST_MARK = /^(?:\d{1,2}(?:\.\d{1,2})+[.)]?|\d{1,2}(?:[.)]|(?=\s+[^\p{Ll}\s]))|[-–—•·*])\s+/u;

/** A form's field with no value: a label (its point's number before it) and its colon or dash, nothing after. */
const EMPTY_FIELD = /^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]?\s+)?\p{L}[^\d:;.!?–—]{1,80}?\s*[:–—]\s*$/u;

/** A line that ends mid-sentence (on a word or a comma) and one below it going on in lower case. */
function wrapsOn(line: string | undefined, next: string | undefined): boolean {
  return line !== undefined && next !== undefined && /[\p{L},]\s*$/u.test(line) && /^\s*\p{Ll}/u.test(next);
}
