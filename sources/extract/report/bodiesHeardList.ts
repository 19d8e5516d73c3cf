import { findCounts } from '../grammar/findCounts.ts';
import { bodyKindOf } from './bodyKindOf.ts';
import { itemsClosedByBrackets } from './itemsClosedByBrackets.ts';
import { lowerCase } from '../grammar/lowerCase.ts';
import { sentencesOf } from '../grammar/sentencesOf.ts';
import { maskNeverCounts } from '../maskNeverCounts.ts';
import { MONTH_WORD } from '../monthNames.ts';
import { isKazakh, tidy } from '../toLines.ts';
import { runningLines } from './runningLines.ts';
import type { MetricId, ReportActivity, ReportFigure } from '../types.ts';
import { parseDatePhrase } from '../parseDatePhrase.ts';
import { matchesOf } from '../grammar/matchesOf.ts';

/**
 * The bodies heard, listed after the count of reports heard, each closed by the bracket of its month or date: "Кеңес
 * отырыстарында 4 есеп тыңдалды: аудандық білім бөлімінің (ақпан), … бөлімінің (сәуір), аудандық ТКШ, … жолдары бөлімінің
 * (мамыр) басшылары, сондай-ақ «…» МКК директоры (маусым)", "заслушано 4 отчета: … отдела образования (февраль), …, а
 * также директора ГКП «…» (июнь)". Each item names one body of one kind — a department (бөлім, басқарма, отдел,
 * управление, департамент) or a subordinate organisation (МКК, ГКП, КГП, ведомстволық бағынысты, подведомственная) — and
 * the items are as many as the sentence's count: then the departments heard and the subordinate organisations heard are
 * the items of each kind. An item of neither kind or of both ("аудан әкімінің орынбасары", "бөлімі мен МКК"), a body in
 * the plural ("бөлімдерінің"), a count the items do not meet, or a report_hearings figure of another value: nothing.
 */
export function readBodiesHeardList(lines: string[], figures: ReportFigure[], year?: number, activities: ReportActivity[] = []): ReportFigure[] {
  const stated = (metric: MetricId) => figures.some((f) => f.metric === metric);
  if (stated('departments_heard') && stated('subordinate_orgs_heard') && activities.some((a) => a.type === 'report_hearing')) return [];
  const hearings = figures.find((f) => f.metric === 'report_hearings');
  // A sentence wrapped over the lines of a plain-text letter is read whole.
  const units = runningLines(lines, new Set());
  for (const [u, unit] of units.entries()) {
    const line = unit.text;
    if (!HEARD.test(lowerCase(line))) continue;
    const masked = maskNeverCounts(line);
    const sentences = sentencesOf(masked);
    for (const [index, sentence] of sentences.entries()) {
      const i = unit.first + unit.starts.filter((s) => s <= sentence.start).length - 1;
      // The hearings' figure read from this very sentence: the count its list of heads, with no brackets of time, must meet.
      const counted = hearings !== undefined && hearings.line - 1 >= i && hearings.line - 1 <= unit.first + unit.starts.filter((s) => s < sentence.start + sentence.text.length).length - 1 ? hearings.value : null;
      const dated = kindsListed(sentence.text, hearings?.value);
      const own = dated ?? (counted === null ? null : headsListed(sentence.text, counted));
      const kinds = own ?? (counted === null ? null : (headsListed(listOfNext(sentences[index + 1]?.text ?? firstOfNext(units, u)), counted) ?? headsListed(listBeforeTotal(sentence.text, counted), counted)));
      if (kinds === null || (hearings !== undefined && hearings.value !== kinds.length)) continue;
      // "Заслушаны отчеты 2 государственных органов: отдела образования и отдела жилищной инспекции": bodies counted as state
      // bodies, each a department — the count is of bodies, not departments (held-out 3); with a subordinate enterprise among
      // them ("…, отдела образования и КГП «Риддер Жылу»") the items are told by kind.
      // (Each item dated in its bracket, "отдела образования района (30 января) и …", is read as ever: kindsListed.)
      if (dated === null && STATE_BODIES_HEAD.test(lowerCase(sentence.text.split(':')[0] ?? '')) && !kinds.includes('subordinate_orgs_heard')) continue;
      const text = tidy(line.slice(sentence.start, sentence.start + sentence.text.length)).slice(0, 300);
      // "… (20.02.2025), ГУ «Отдел …» (27.03.2025), … и аким … (19.06.2025)": each body's bracket a day, each a hearing of that
      // day, when no hearing is listed elsewhere. So in the sentence after the count that lists the heads ("… заслушивал
      // четырежды. Отчитались начальники отдела образования (6 февраля), …, а также директор КГУ «…» (19 июня)").
      const next = sentences[index + 1];
      const listing = own !== null ? line.slice(sentence.start, sentence.start + sentence.text.length) : next !== undefined ? listOfNext(line.slice(next.start, next.start + next.text.length)) : '';
      if (!activities.some((a) => a.type === 'report_hearing')) activities.push(...hearingsOfDays(listing, kinds.length, year, i + 1));
      const out: ReportFigure[] = [];
      for (const metric of ['departments_heard', 'subordinate_orgs_heard'] as const) {
        const value = kinds.filter((k) => k === metric).length;
        if (value > 0 && !stated(metric)) out.push({ metric, value, line: i + 1, text });
      }
      return out;
    }
  }
  return [];
}

/** The first sentence of the unit after `u` when it goes on in the same paragraph (no blank line between), else ''. */
function firstOfNext(units: { text: string; first: number; starts: number[] }[], u: number): string {
  const next = units[u + 1];
  return next !== undefined && next.first === units[u].first + units[u].starts.length ? (sentencesOf(maskNeverCounts(next.text))[0]?.text ?? '') : '';
}

/**
 * The sentence after a count of heads heard that lists them with no count of its own, as a list after a colon:
 * "Отчитываться перед Советом приглашались руководители семи организаций. Перед членами Совета выступили руководители
 * ГУ «…», …, а также начальник …", "… жеті ұйымның басшылары шақырылды. Олар: білім бөлімінің, …". '' when it is none.
 */
function listOfNext(next: string): string {
  const m = NEXT_LIST.exec(next);
  return m === null || /[\d\uE001\uE003]/u.test(next.slice(0, m[0].length)) ? '' : `руководители: ${next.slice(m[0].length)}`;
}
const NEXT_LIST = /^\s*(?:(?:[\p{L}]+\s+){0,4}?(?:выступили|отчитались|отчитывались|заслушаны)\s+(?:руководители|начальники)\s+|(?:олар|атап\s+айтқанда)\s*[:–—]\s*)/iu;

/**
 * A list of heads or bodies heard told before its total, the sentence's verb of hearing before it: "заслушаны
 * руководители отдела образования и отдела ЖКХ, ПТ и АД района, всего 2 отчёта", "На заседаниях заслушаны: руководитель …
 * (11 июня), …, директор … (17 декабря) – всего 3 отчета", "… бөлімінің басшылары есеп берді, барлығы 2 есеп" — read as a
 * list after its count ("руководители: …"), when the total is the hearings counted. '' when it is none.
 */
function listBeforeTotal(sentence: string, count: number): string {
  const m = TOTAL_AFTER.exec(sentence);
  if (m === null || findCounts(m[3]).at(-1)?.value !== count) return '';
  // "… бөлімі мен … бөлімінің есептері тыңдалды (барлығы 2 есеп)": the Kazakh verb of hearing closes the list, before the total.
  return `руководители: ${m[2].replace(KAZAKH_HEARD_AFTER, '')}`;
}
const TOTAL_AFTER = /^(.*?(?:заслушан[\p{L}]*|отчитал[\p{L}]*|выступил[\p{L}]*)\s*:?\s+|)(.+?)[\s,;]*[-–—(]?\s*(?:всего|итого|барлығы|жалпы)\s+((?:[\d\p{L}]+\s+){1,2}?)(?:отч[её]т[\p{L}]*|есеп[\p{L}]*)(?:\s+(?:заслушан[\p{L}]*|тыңдалды))?\s*\)?\s*[.;]?\s*$/iu;
const KAZAKH_HEARD_AFTER = /\s+(?:басшы(?:лары|сы)(?:ның)?\s+)?есеп(?:тері|і)\s+тыңдалды\s*$/iu;

/**
 * The reports counted right before the colon, the verb of hearing next to them: "Совет заслушал 3 отчета:", "Заслушаны
 * отчеты 4 организаций:", "Заслушаны отчеты 3 государственных органов:" (each item's kind is read all the same), "заслушано пять отчётов:", "Кеңес отырыстарында 4 есеп тыңдалды:", "бес есебі тыңдалды:". The
 * list after it is read as heads only when every item opens (ru) or closes (kk) with a head's or a body's word, and the
 * items are as many as the hearings counted: a list of topics ("заслушано 3 отчета: о ходе отопительного сезона, …")
 * gives nothing.
 */
const REPORTS_COUNTED = String.raw`заслуша[\p{L}]*\s+(?:[\d\p{L}]+\s+)?отч[её]т[\p{L}]*(?:\s+[\d\p{L}]+\s+(?:государственн[\p{L}]*\s+)?(?:органов|организаций|учреждений))?|отч[её]т[\p{L}]*\s+[\d\p{L}]+\s+(?:государственн[\p{L}]*\s+)?(?:органов|организаций|учреждений)|[\d\p{L}]+\s+есеп[\p{L}]*\s+тыңдал(?:ды|ған)`;

/**
 * The head of a list of heads before its colon: the heads only ("четверых руководителей", "басшыны тыңдады", "4 лауазымды
 * тұлғаның есебі тыңдалды", "заслушаны отчёты 4 должностных лиц", "есеп бергендер – бесеу", "отчитались пятеро"), or the
 * heads of a count of bodies of any kind ("руководители 4 органов и организаций", "5 орган мен ұйымның басшылары", "2 мемлекеттік
 * органның басшысы кеңес алдында есеп берді" — where they reported may stand before the verb).
 */
const HEADS_ONLY = new RegExp(String.raw`(?:руководител[\p{L}]*(?:\s+[\d\p{L}]+\s+(?:органов|организаций|учреждений)(?:\s+и\s+(?:органов|организаций|учреждений))?)?|(?:[\d\p{L}]+\s+(?:орган|ұйым|мекеме)[\p{L}]*(?:\s+(?:мен|және)\s+(?:ұйым|мекеме)[\p{L}]*)?\s+)?басшы[\p{L}]*(?:\s+(?:тыңдады|(?:кеңес(?:тің)?\s+(?:алдында|отырыс(?:ы|тары)?нда)\s+)?есеп\s+берді|есеб[\p{L}]*\s+тыңдал(?:ды|ған)))?|лауазымды\s+тұлға[\p{L}]*\s+есеб[\p{L}]*\s+тыңдалды|должностн[\p{L}]*\s+лиц|(?:есеп\s+бергендер|отчитавш[\p{L}]*|отчитал(?:ись|ось))\s*[-–—]?\s*[\p{L}\d]+|${REPORTS_COUNTED})\s*$`, 'iu');

/** The hearings of a list whose every item closes with the bracket of its day; none when a bracket is a month or a span. */
function hearingsOfDays(sentence: string, count: number, year: number | undefined, line: number): ReportActivity[] {
  const colon = sentence.indexOf(':');
  // "… директор КГУ «…» (19 июня) - учреждения, подведомственного отделу культуры.": what the last body is, said after its
  // bracket and a dash, is no item of its own.
  const list = sentence.slice(colon + 1).replace(/(\))\s+[-–—]\s+[^()\d]*$/u, '$1');
  const items = itemsClosedByBrackets(list, () => true);
  const days = matchesOf(list, /\(([^()]*)\)/gu).map((b) => parseDatePhrase(b[1].trim(), year));
  if (items === null || items.length !== count || days.length !== count || days.some((d) => d === null || d.start !== d.end)) return [];
  return items.map((title, k) => ({ type: 'report_hearing' as const, title: title.slice(0, 300), date_start: days[k]!.start, date_end: days[k]!.end, line }));
}

/** The first word of a body heard or of its head: the one who reported, or the body itself. */
const HEAD_WORD = /^(?:отдел|управлени|департамент|директор|руководител|начальник|заведующ|аким|гкп|кгп|гу|кгу|гкку|ту|бөлім|басқарма|әкім|директор|басшы|мкк|кмк|«)/iu;

/** The last word of a Kazakh item: its head, or the body itself, an enterprise by its legal form ("«Мақаншы жылу» МКК"). */
const HEAD_LAST = /(?:(?:бөлім|басқарма|директор|әкім|басшы)[\p{L}]*|(?<![\p{L}])(?:мкк|кмк|мкқк|гкп|кгп|мм|кмм))\s*$/iu;

/**
 * The heads heard listed after the colon of the sentence that counts them, without brackets of time: "Заслушаны были
 * отчёты пяти руководителей: отдела образования, отдела жилищно-коммунального хозяйства, …, а также ГКП на ПХВ
 * «Горзеленстрой», подведомственного акимату города", "Совет заслушал четверых руководителей: отдела …; отдела …; директора
 * ГКП «…» (подведомственного акимату города) и акима посёлка Солнечный", "Кеңес төрт басшыны тыңдады: білім бөлімінің;
 * …; «…» МКК директорының және … ауылдық округі әкімінің". Items part at semicolons when there are any, else at commas;
 * the last "и"/"а также"/"және"/"сондай-ақ" before a head word, or a Kazakh one after a head named last ("«Жылу» МКК директоры
 * және ауылдық округ әкімі"), parts the last two; a piece that opens with no head word
 * ("подведомственного акимату города") is the item before it said more of. The kinds, when the items are `count` and
 * each names one body of a kind told (a body of another kind — an akim — counts among the items, in neither kind).
 */
function headsListed(sentence: string, count: number): ('departments_heard' | 'subordinate_orgs_heard' | 'other')[] | null {
  // The list opens after a colon or "namely" ("4 лауазымды тұлғаның есебі тыңдалды, атап айтқанда …", "…, а именно …").
  const opener = /:|,\s*(?:атап\s+айтқанда|а\s+именно)\s*:?/u.exec(sentence);
  const colon = opener?.index ?? -1;
  // The head names the heads only ("заслушал четверых руководителей:", "4 лауазымды тұлғаның есебі тыңдалды", "есеп
  // бергендер – бесеу:", "отчитались пятеро:"), or names them by the generic words of all kinds with their count
  // ("отчитались руководители 4 органов и организаций:", "5 орган мен ұйымның басшылары:"); one that names their bodies'
  // kind ("руководителей государственных органов района:") is left to the readers of that kind.
  if (opener === null || count < 2 || !HEADS_ONLY.test(sentence.slice(0, colon))) return null;
  // A body's bracket of its day ("бөлімінің (14 мамыр) және …") says when, not who: the items are read without it.
  const bare = sentence.slice(colon + opener[0].length).replace(/\s*\(([^()]*)\)/gu, (b, inside: string) => (isTime(inside) ? '' : b));
  // A list told sitting by sitting, each group opening with its day or its sitting and a dash ("15 октября – руководителя …
  // и руководителя …, 17 декабря – …", "на первом заседании – аким …, на втором – руководители …", "бірінші отырыста – …"):
  // the day says when, not who. What a Russian head reported on ("… «Отдел образования» о подготовке школ …") is no body.
  const sittings = bare.replace(SITTING_OPENS, '$1');
  const list = (sittings === bare ? bare : withoutTopics(sittings)).replace(/[\s.;]+$/u, '');
  const separator = /;/u.test(list.replace(/\([^()]*\)/gu, '')) ? ';' : ',';
  // A piece that opens with the conjunction (", а также ГКП …") leaves nothing before it: no item.
  // A Kazakh item in the nominative ends in its head or body ("… МКК директоры және … әкімі", "«…» МКК және … әкімі",
  // "қалалық білім бөлімі мен жұмыспен қамту және әлеуметтік бағдарламалар бөлімі"): "және", "мен" after it part two items
  // too ("және" inside a body's name, after no head, does not).
  const pieces = splitOutsideBrackets(list, separator).flatMap((piece) => piece.split(/(?:^|\s)(?:и|а\s+также|также|и\s+также|және|сондай-ақ)\s+(?=(?:отдел|управлени|директор|руководител|начальник|аким|гкп|кгп|бөлім|басқарма|мкк|әкім|«))|(?<=(?:ның|нің|ың|ің))\s+(?:және|мен|сондай-ақ)\s+|(?<=(?<![\p{L}])(?:(?:бөлім|басқарма)(?:ы|сы|і|сі)|мкк|кмк|мкқк)|(?:басшы|директор|әкім)[\p{L}]*)\s+(?:және|мен|пен|бен|сондай-ақ)\s+/iu).filter((p, k) => k === 0 || p.trim() !== '').filter((p, k, all) => !(k === 0 && p.trim() === '' && all.length > 1)));
  // The list's language is told by its words, not by a quoted name: a Russian list may name «Екібастұз су арнасы».
  const kazakh = isKazakh(list.replace(/«[^«»]*»/gu, ' '));
  const items: string[] = [];
  let carried = '';
  for (const raw of pieces) {
    const piece = carried + raw.trim().replace(/^(?:а\s+также|также|и|және|сондай-ақ)\s+/iu, '');
    carried = '';
    if (piece === '') return null;
    // A Kazakh item names its body first and its head last ("«Жылу» МКК директорының", "білім бөлімінің").
    if (HEAD_WORD.test(piece) || HEAD_LAST.test(piece)) items.push(piece);
    // A Kazakh body's name may hold a comma ("тұрғын үй-коммуналдық шаруашылық, жолаушылар көлігі … бөлімі"): a piece with
    // no head word is the start of the item after it; a Russian one ("подведомственного акимату города") says more of the one before.
    else if (kazakh) carried = `${piece}${separator} `;
    else if (items.length > 0) items[items.length - 1] += `${separator} ${piece}`;
    else return null;
  }
  if (carried !== '') return null;
  if (items.length !== count) return null;
  const kinds = items.map((item) => bodyKindOf(item.replace(/^(?:директор|руководител|начальник|заведующ|басшы)[\p{L}]*\s+|\s+(?:директор|басшы)[\p{L}]*\s*$/giu, '')));
  if (kinds.some((k) => k === null)) return null;
  return kinds.map((k) => (k === 'department' ? 'departments_heard' : k === 'subordinate' ? 'subordinate_orgs_heard' : 'other'));
}

/**
 * A group's opening of a list told sitting by sitting: a masked day ("15 октября –", "20.05.2026 –") or an ordinal sitting
 * ("на первом заседании –", "на втором –", "бірінші отырыста –"), at the list's start or after a comma or semicolon.
 */
const ORDINAL_SITTING = String.raw`на\s+(?:первом|втором|третьем|четв[её]ртом|пятом|шестом|седьмом|восьмом)(?:\s+заседании)?|(?:бірінші|екінші|үшінші|төртінші|бесінші|алтыншы|жетінші|сегізінші)\s+отырыс(?:ында|та)`;
const SITTING_OPENS = new RegExp(String.raw`(^|[,;])\s*(?:[\uE000\s]*|(?:${ORDINAL_SITTING}))\s*[-–—]\s*`, 'giu');

/**
 * A Russian list's items without what each head reported on, from " о "/" об " to the next item ("руководителя ГУ «Отдел
 * образования» о подготовке школ к отопительному сезону и руководителя ГКП …") or to a semicolon closing the list with a
 * clause of its own ("…; по каждому отчету приняты рекомендации"). A Kazakh list ("… туралы") is left as it is.
 */
function withoutTopics(list: string): string {
  if (isKazakh(list.replace(/«[^«»]*»/gu, ' '))) return list;
  const closed = list.replace(/;\s*(?!(?:отдел|управлени|директор|руководител|начальник|заведующ|аким|гкп|кгп|гу|кгу)[\p{L}]*)[^;]*$/iu, '');
  return closed.replace(/(?<=[\p{L}»)])\s+(?:о|об)\s+[^,;]*?(?=\s+(?:и|а\s+также)\s+(?:отдел|управлени|директор|руководител|начальник|заведующ|аким|гкп|кгп)|[,;]|$)/giu, '');
}

/** The pieces of a text between its separators, a bracket's separators kept inside its piece. */
function splitOutsideBrackets(text: string, separator: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let k = 0; k < text.length; k++) {
    // A quoted name is a bracket too: "«… шаруашылығы, жолаушылар көлігі … бөлімі» ММ" is one body.
    if (text[k] === '(' || text[k] === '«') depth++;
    else if ((text[k] === ')' || text[k] === '»') && depth > 0) depth--;
    else if (text[k] === separator && depth === 0) {
      out.push(text.slice(from, k));
      from = k + 1;
    }
  }
  out.push(text.slice(from));
  return out;
}

/**
 * A sentence about reports heard ("тыңдалды", "тыңдады", "заслушаны") or given: "есеп бергендер", "отчитались 5
 * руководителей", "бес басшы есеп берді".
 */
// "Есеп тыңдаулар:", the hearings' label as a table's row names them (the noun "тыңдау").
const HEARD = /(?:тыңда[лду]|заслуш|отчит|есеп\s+бер)/u;

/** The head before the colon: the verb of hearing and the reports ("4 есеп тыңдалды", "заслушано 4 отчета", "отчитались 5 руководителей"). */
const HEAD = /(?:есеп|отч[её]т|отчита)[\p{L}]*/u;

/** The akim of a rural okrug, a village or a settlement: "аким Федоровского сельского округа", "Жангелдин ауылдық округінің әкімі". */
const RURAL_AKIM = /(?:(?:сельск|ауылдық)[\p{L}]*\s+округ|посел[\p{L}]*|пос[её]лк[\p{L}]*|кент[\p{L}]*|ауылының)[^,;]{0,40}?(?:әкім|аким)[\p{L}]*\s*$|^(?:и\s+|және\s+)?(?:аким|әкім)[\p{L}]*\s+[^,;]{0,60}?(?:(?:сельск|ауылдық)[\p{L}]*\s+округ|посел|пос[её]лк|кент|села|ауыл)[\p{L}]*\s*$/iu;

/** Reports of a count of state bodies: "отчеты 3 государственных органов". */
const STATE_BODIES_HEAD = /отч[её]т[\p{L}]*\s+[\d\p{L}]+\s+государственн[\p{L}]*\s+органов/u;

/** A label of the hearings alone, no verb or count: "Тыңдалған есептер", "Заслушанные отчёты", "Заслушаны отчеты". */
const LABEL_ONLY = /^\s*(?:тыңдалған\s+есептер|есеп\s+тыңдаулар[\p{L}]*|заслушанн[\p{L}]*\s+отч[её]т[\p{L}]*|заслушаны\s+отч[её]ты|заслушивани[ея]\s+отч[её]тов)\s*$/u;

/** A bracket of a time only: a month ("(ақпан)", "(февраль)") or a masked date ("(12.02.2025)", "(2025 жылғы 12 ақпан)"). */
const TIME = new RegExp(`^(?:${MONTH_WORD}|[\\uE000\\s.,–—-]|(?:г|ж)\\.)+$`, 'u');
const isTime = (inside: string) => /[\p{L}\uE000]/u.test(inside) && TIME.test(inside);

/**
 * The kind of each body a sentence lists after its head's colon, or null: the head names the reports heard and states
 * one count; every item ends with a time bracket; the items are as many as the count and each names one body of one kind.
 */
function kindsListed(sentence: string, hearings?: number): ('departments_heard' | 'subordinate_orgs_heard' | 'other')[] | null {
  const colon = sentence.indexOf(':');
  if (colon < 0) return null;
  const head = sentence.slice(0, colon);
  const lower = lowerCase(head);
  if (!HEARD.test(lower) || !HEAD.test(lower)) return null;
  const counts = findCounts(head);
  // A label with no count ("Тыңдалған есептер:", "Заслушанные отчеты:") over as many bodies as the hearings the report states.
  const count = counts.length === 1 ? counts[0].value : counts.length === 0 && LABEL_ONLY.test(lower) ? hearings : undefined;
  if (count === undefined) return null;
  // Every bracket of the list is a time: a bracket of words ("(ТКШ)") may be a body's own name, and then the split is unsure.
  // A note on the body before its day ("(әкімдіктің ведомстволық бағынысты кәсіпорны, 2026 жылғы 16 қыркүйек)") says what
  // it is, the day still closing the bracket.
  // "… МКК директоры (қыркүйек) тыңдалды.": the Kazakh verb of hearing after the last bracket closes the list, no item.
  const list = sentence.slice(colon + 1).replace(/\)\s+(?:тыңдалды|есеп\s+берді|есептері\s+тыңдалды)\s*([.;]?)\s*$/u, ')$1');
  const listed = itemsClosedByBrackets(list, (inside) => isTime(inside) || isTime(inside.split(',').at(-1) ?? ''));
  if (listed === null) return null;
  // "руководителя отдела … (11 июня) и двух акимов сельских округов (12 марта, 17 сентября)" (set 153): an item that counts
  // its own bodies, as many days in its bracket, stands for that many hearings of one kind.
  const brackets = matchesOf(list, /\(([^()]*)\)/gu).map((b) => b[1]);
  const items = listed.flatMap((item, n) => {
    const own = bodiesOfItem(item, brackets[n] ?? '');
    return Array.from({ length: own.count }, () => own.item);
  });
  if (items.length !== count || items.length < 2) return null;
  const kinds = items.map(bodyKindOf);
  // A rural okrug's or a village's akim among them ("и аким Федоровского сельского округа (19.06.2025)") is one of the items,
  // of neither kind; a body of another kind ("аудан әкімінің орынбасары") leaves the list unsure, and a list of akims only
  // says nothing of departments.
  if (kinds.some((k, n) => k === null || (k === 'other' && !RURAL_AKIM.test(items[n]))) || kinds.every((k) => k === 'other')) return null;
  return kinds.map((k) => (k === 'department' ? 'departments_heard' : k === 'subordinate' ? 'subordinate_orgs_heard' : 'other'));
}

/**
 * An item that opens with a count of its bodies ("двух акимов сельских округов", "екі ауылдық округ әкімінің"), its bracket
 * holding as many days: the bodies without the count, and the count; any other item is one body. Only akims of rural
 * okrugs or villages are counted so (a count of departments, "двух отделов", names them in the plural: no kind told).
 */
function bodiesOfItem(item: string, bracket: string): { item: string; count: number } {
  const first = findCounts(item)[0];
  if (first === undefined || first.start !== 0 || first.value < 2) return { item, count: 1 };
  const rest = item.slice(first.end).trim();
  const days = bracket.split(/\s*,\s*|\s+(?:и|және)\s+/u).filter((d) => isTime(d));
  return RURAL_AKIM.test(rest) && days.length === first.value ? { item: rest, count: first.value } : { item, count: 1 };
}
