import { maskNeverCounts } from '../maskNeverCounts.ts';
import { parseDatePhrase } from '../parseDatePhrase.ts';
import { tidy } from '../toLines.ts';
import type { ReportActivity, ReportFigure } from '../types.ts';
import { ACTIVITY_PHRASES, activityTypeOf } from './activityLexicon.ts';
import { matchesOf } from '../grammar/matchesOf.ts';
import { countedDays } from './countedDays.ts';
import { bodyKindOf } from './bodyKindOf.ts';

/**
 * A label of a kind of event, its count, then the events after a dash or colon, each dated: "Есеп тыңдау – 2: қалалық
 * жолаушылар көлігі бөлімі (08.10), тұрғын үй-коммуналдық шаруашылық бөлімі (17.12)", "Дөңгелек үстел – 1 –
 * 26.11.2025, «…»", a form's answer joined to its label ("Қоғамдық тыңдаулар – 1 – Тереңөзек кентінің бас жоспары (2025
 * жылғы 11 қыркүйек, 74 тұрғын)"). As many events as the count when the text after it holds as many days' dates, each
 * titled by its words before its date; else none (a date of a decision, a span, a count the dates do not meet). A set-in
 * line under such a line that is no item goes on with it. The reports heard, every event naming a department ("бөлімі",
 * "отдел", "управление"), also state the departments heard, as many as the events, unless a figure says it already — a
 * department as bodyKindOf tells one: "басқармаға ведомстволық бағынысты «…» КМҚК директорының есебі" is its subordinate's
 * (set 167).
 */
export function readCountedItems(lines: string[], inTable: Set<number>, year: number | undefined, listed: ReportActivity[], figures: ReportFigure[], parts: ReportFigure[] = []): ReportActivity[] {
  const out: ReportActivity[] = [];
  const taken = new Set(listed.map((a) => a.line));
  for (let i = 0; i < lines.length; i++) {
    if (inTable.has(i) || taken.has(i + 1)) continue;
    // "«…»). Диалогтық алаң – 1 (2025 жылғы 12 маусым," : the label may open the line's last sentence, as a text file wraps
    // (its label then that sentence's, not the line's; "в г. Актобе – 2" is no sentence of its own: the line's label).
    const tail = lines[i].replace(/^.*[.!?]\s+(?=\p{Lu})/u, '');
    const ofTail = tail === lines[i] ? null : COUNTED.exec(withoutEarlierBracket(tail));
    const m = ofTail !== null && activityTypeOf(ofTail[1]) !== null ? ofTail : COUNTED.exec(withoutEarlierBracket(lines[i]));
    if (m === null) continue;
    const type = activityTypeOf(m[1]);
    if (type === null) continue;
    let rest = m[3];
    // "…, тұрғын үй-коммуналдық" / "\tшаруашылық бөлімі (17.12)": the line the events wrap onto; set in, or a sentence
    // broken where a text file wraps ("… және 2025 жылғы" / "6 қарашада (…)."), opening in lower case or with a number.
    // A bracket left open goes on past its semicolon: "диалоговые площадки – 2 (с предпринимателями – 13.08.2025;" / "с
    // родителями учащихся – 20.11.2025)".
    const open = (t: string) => (t.match(/\(/gu) ?? []).length > (t.match(/\)/gu) ?? []).length;
    // So is one that opens with a quoted name after a line broken in its sentence ("… ШЖҚ МКК (17.12.2025) және" / "«№ 3 қалалық
    // емхана» ШЖҚ МКК (17.12.2025).", held-out 72's Aktobe health council).
    const goesOn = (k: number) => /^(?:\s+\S|[\p{Ll}\d])/u.test(lines[k]) || (/^[«"“]/u.test(lines[k]) && /[\p{Ll},]\s*$/u.test(lines[k - 1]));
    for (let k = i + 1; k < lines.length && k <= i + 2 && goesOn(k) && !ITEM_OPENING.test(lines[k]) && (!/[.;]\s*$/u.test(rest) || open(rest)); k++) rest += ` ${lines[k].trim()}`;
    // "круглый стол – 1 («Занятость сельской молодёжи», 29.05.2025)": the events in the bracket after the count.
    const events = datedEvents(rest.replace(/^\(\s*(\D[^()]*)\)\s*[.;,]?\s*$/u, '$1'), year);
    if (events.length === 0 || events.length !== Number(m[2])) continue;
    // Dates alone in the bracket after the count name no event of their own: each is the label's.
    const datesOnly = /^\(\s*\d/u.test(m[3]);
    for (const e of events) out.push({ type: type.type, title: (datesOnly ? tidy(m[1]) : e.title).slice(0, 300), date_start: e.start, date_end: e.end, line: i + 1 });
    if (type.type === 'report_hearing' && events.every((e) => bodyKindOf(e.title) === 'department') && !figures.some((f) => f.metric === 'departments_heard')) {
      figures.push({ metric: 'departments_heard', value: events.length, line: i + 1, text: tidy(lines[i]).slice(0, 300) });
    }
  }
  out.push(...readCountedDays(lines, inTable, year, [...listed, ...out], figures));
  // A count that is a part of the council's (the events a commission proposed: doubtOfFigure) still lists the council's events.
  out.push(...readColonLists(lines, inTable, year, [...listed, ...out], [...figures, ...parts], new Set([...taken, ...out.map((a) => a.line)])));
  return out;
}

/**
 * The labels of a line each counted and dated by its days alone (countedDays), several to a line: "3.4. Круглые столы /
 * диалоговые площадки – круглые столы – 2 (09.10.2025, 04.12.2025); диалоговая площадка – 1 (…)", "Круглых столов – 3,
 * семинаров для членов районных советов – 2 (18.04.2024 и 26.09.2024).". A label's events only when a figure of its kind
 * read on that line is its count (so the count passed the figures' guards: no plan, no other body's) and no event of that
 * kind is read on the line already.
 */
function readCountedDays(lines: string[], inTable: Set<number>, year: number | undefined, listed: ReportActivity[], figures: ReportFigure[]): ReportActivity[] {
  const out: ReportActivity[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (inTable.has(i)) continue;
    const days = countedDays(lines[i], year);
    for (const type of new Set(days.map((d) => d.type))) {
      const own = days.filter((d) => d.type === type);
      const metric = ACTIVITY_PHRASES.find((w) => w.type === type)?.metric;
      if (listed.some((a) => a.line === i + 1 && a.type === type) || !figures.some((f) => f.line === i + 1 && f.metric === metric && f.value === own.length)) continue;
      for (const d of own) out.push({ type, title: d.title.slice(0, 300), date_start: d.start, date_end: d.end, line: i + 1 });
    }
  }
  return out;
}

/**
 * A figure's sentence that opens a list with its colon, the dated events after it — on the lines after it, or in the sentence
 * itself (titles in quotes, each with its date in brackets): "Общественные слушания
 * проведены трижды:" / "19.03.2025 (правила благоустройства …), 17.06.2025 (тарифы …), 28.10.2025 (проект генплана …).",
 * "3 қоғамдық тыңдау өткізілді:" / "…". As many events as the figure, each dated to a day, up to the paragraph's end;
 * else none.
 */
function readColonLists(lines: string[], inTable: Set<number>, year: number | undefined, listed: ReportActivity[], figures: ReportFigure[], taken: Set<number>): ReportActivity[] {
  const out: ReportActivity[] = [];
  for (const f of figures) {
    const at = f.line - 1;
    const type = ACTIVITY_PHRASES.find((w) => w.metric === f.metric);
    if (type === undefined || f.value < 1 || inTable.has(at)) continue;
    // "…стали два круглых стола: «Молодежь и занятость на селе» (16 апреля 2025 г.) и «…» (24 сентября 2025 г.).", "…үш
    // дөңгелек үстелдің тақырыптары мынадай: «…» (2025 жылғы 12 наурыз), …": the titles after the sentence's own colon.
    const own = /:\s*(\S.*)$/u.exec(f.text);
    // "Проведено 9 мониторингов, в том числе: … (4–6 марта); … (22 апреля)", "12 мониторинг жүргізілді, соның ішінде: …
    // (10.06.2025 ж.), …": the events the colon names are SOME of the count — each dated one an event, never the count's
    // others. (Without "in them", fewer dates than the count name no event: the dates may be of anything else.)
    // (The figure's text is cut at 300 characters: the list read on from its line.)
    const whole = (lines[at] ?? '').includes(f.text.slice(0, 60)) ? lines[at].slice(lines[at].indexOf(f.text.slice(0, 60))) : f.text;
    const including = INCLUDING.exec(whole);
    if (including !== null) {
      const events = including[1].length < 600 ? datedEvents(including[1], year) : [];
      if (events.length > 0 && events.length <= f.value) {
        // (An event of them another reader took already is not read twice.)
        for (const e of events) if (![...listed, ...out].some((a) => a.line === f.line && a.type === type.type && a.date_start === e.start)) out.push({ type: type.type, title: e.title.replace(/^(?:и|және|мен)\s+/u, '').slice(0, 300), date_start: e.start, date_end: e.end, line: f.line });
      }
      continue;
    }
    if (taken.has(f.line)) continue;
    if (!/:\s*$/u.test(lines[at] ?? '')) {
      const events = own !== null && own[1].length < 290 && !listed.some((a) => a.line === f.line) ? datedEvents(own[1], year) : [];
      if (events.length === f.value) for (const e of events) out.push({ type: type.type, title: e.title.replace(/^(?:и|және|мен)\s+/u, '').slice(0, 300), date_start: e.start, date_end: e.end, line: f.line });
      continue;
    }
    // The list runs on the lines after the colon, to a blank line or a line that opens another point.
    let rest = '';
    let k = at + 1;
    // A set-in item closed by a semicolon ("   19.02 - питание в школах-интернатах;") goes on to the next set-in item.
    for (; k < lines.length && lines[k].trim() !== '' && !inTable.has(k) && (k === at + 1 || !ITEM_OPENING.test(lines[k])) && (!/[.;]\s*$/u.test(rest) || (/;\s*$/u.test(rest) && /^\s+\S/u.test(lines[k]))); k++) rest += ` ${lines[k].trim()}`;
    if (listed.some((a) => a.line > f.line && a.line <= k)) continue;
    const events = datedEvents(rest, year);
    if (events.length !== f.value) continue;
    for (const e of events) out.push({ type: type.type, title: e.title.slice(0, 300), date_start: e.start, date_end: e.end, line: at + 2 });
  }
  return out;
}

/**
 * The label (a list's or a question's number before it), its count, a dash or colon, what follows; or the dates (or the
 * dated events: a quoted title, or each one's words, a dash and its date) in a bracket right after the count ("Семинары
 * для членов Совета – 2 (05.06.2025, 11.09.2025).", "круглый стол – 1 («Занятость сельской молодёжи», 29.05.2025)",
 * "диалоговые площадки – 2 (с предпринимателями – 13.08.2025; …)"). A partner and a date ("меморандумы – 1 (с ОЮЛ «…»,
 * 22.04.2025)") are the count's note: no event of their own.
 */
const COUNTED = /^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]?\s+|[•·▪◦*]\s*|[-–—]\s+)?(\p{L}[^\d:–—]{2,80}?)\s*[-–—:]\s*(\d{1,2})\s*(?:[-–—:]\s*|(?=\(\s*(?:\d|[«"“]|[^()]*?\s[-–—]\s*\d)))(\S.*)$/u;
/**
 * The bracket right after a count that gives an earlier period's ("Семинар – 1 (IV тоқсанда өткізілмеген): 12 наурызда …",
 * "Дөңгелек үстел – 1 (IV тоқсанда – 2): 18 наурызда …", "Круглые столы – 2 (в 2024 году – 3): …"), blanked to its colon
 * or dash so the events after it are the count's. A bracket of the period's own events stays ("– 1 (22.05.2025, «…»)").
 */
function withoutEarlierBracket(line: string): string {
  return line.replace(EARLIER_BRACKET, (all: string, count: string) => `${count}${' '.repeat(all.length - count.length)}`);
}
const EARLIER_BRACKET = /(\s[-–—:]\s*\d{1,2}\s*)\((?:в\s+|за\s+)?(?:[IVXІХ]{1,4}\s+(?:тоқсан|квартал|жартыжылдық|полугоди)[\p{L}]*|(?:19|20)\d{2}\s*(?:жыл|год|г\.)[\p{L}]*|өткен\s+(?:жыл|тоқсан)[\p{L}]*|былтыр[\p{L}]*|прошл[\p{L}]*\s+(?:год|квартал|полугоди)[\p{L}]*)(?:\s+(?:да|де|та|те|тоже|также))?\s*(?:[-–—:]\s*\d{1,2}|(?:[\p{L}]+\s+){0,2}?(?:өткізілмеген|өткізілмеді|болған\s+жоқ|болмаған|не\s+проводил[\p{L}]*|не\s+было))\s*\)(?=\s*[:–—-])/giu;

/** "in them" and a list's colon, what the list says after it: "в т.ч.", "в том числе", "из них", "оның ішінде", "соның ішінде", "атап айтқанда". */
const INCLUDING = /(?<![\p{L}])(?:в\s+т\.\s*ч\.|в\s+том\s+числе|из\s+них|оның\s+ішінде|соның\s+ішінде|олардың\s+ішінде|атап\s+айтқанда)\s*:\s*(\S.*)$/iu;

/** A line opening another point: its number ("3.", "3)"; never a date's day, "15.04 - …"), a bullet, a dash. */
const ITEM_OPENING = /^\s*(?:\d{1,3}[.)](?!\d)|[•·▪◦*]|[-–—]\s|[oо]\t)/u;

/**
 * The events of a text, each ended by its date: the masked dates found (maskNeverCounts), each read as a day (a span of
 * more than a week is none); the words before a date, back to the end of the event before, its title.
 */
function datedEvents(text: string, year: number | undefined): { title: string; start: string; end: string }[] {
  const masked = maskNeverCounts(text);
  const out: { title: string; start: string; end: string }[] = [];
  let from = 0;
  // "19.02 - питание …; 15.04 - …": the first event's title after its date, so each one's.
  let dateFirst = false;
  for (const d of matchesOf(masked, /\uE000(?:[\uE000\s–—-]*\uE000)?(?:\s*(?:г|ж)\.)?/gu)) {
    const at = d.index ?? 0;
    // "(08.10)": a day and month the masker took for a date, written without the point "08.10." would close it with.
    const phrase = text.slice(at, at + d[0].length).trim();
    const date = parseDatePhrase(/^\d{1,2}\.\d{1,2}$/u.test(phrase) ? `${phrase}.` : phrase, year);
    if (date === null) continue;
    if ((Date.parse(date.end) - Date.parse(date.start)) / 86_400_000 > 7) return [];
    const before = dateFirst ? '' : text.slice(from, at);
    const title = tidy(before.replace(/^[\s,;)–—-]+/u, '').replace(/[\s,;(–—-]+$/u, '').replace(/\s*\d{4}\s*жылғы\s*$/u, ''));
    // "«…», 2025 жылғы 20 наурыз": a date after its event's title; "26.11.2025, «…»": the title after the date.
    // "19.03.2025 (правила благоустройства г. Павлодара), 17.06.2025 (…)": the date first, the event's title in its bracket.
    const after = text.slice(at + d[0].length);
    const bracket = title === '' ? /^\s*\(([^()]+)\)/u.exec(after) : null;
    if (out.length === 0 && title === '' && bracket === null) dateFirst = true;
    out.push({ title: title !== '' ? title : bracket !== null ? tidy(bracket[1]) : tidy(after.replace(/^[\s,;)–—-]+/u, '').split(/[;(]/u)[0] ?? '').replace(/[\s.,]+$/u, ''), ...date });
    // The event goes on to its bracket's end ("(2025 жылғы 7 тамыз, Кеңес отырысында)").
    const close = text.indexOf(')', at);
    from = bracket !== null ? at + d[0].length + bracket[0].length : close >= 0 && !text.slice(at, close).includes('(') ? close + 1 : at + d[0].length;
  }
  return out;
}
