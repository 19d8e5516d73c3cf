import { findCounts } from '../grammar/findCounts.ts';
import { lowerCase } from '../grammar/lowerCase.ts';
import { matchesOf } from '../grammar/matchesOf.ts';
import { maskNeverCounts } from '../maskNeverCounts.ts';
import { tidy } from '../toLines.ts';
import type { ReportCandidate, ReportFigure } from '../types.ts';

/**
 * "На все обращения даны ответы", "По всем обращениям направлены ответы", "Барлық өтініштерге жауап берілді",
 * "өтініштердің барлығына жауап берілді", "6 өтініш түсті (…), олардың барлығына жауап берілді", a sentence of its own after the appeals' "Барлығына жауап берілді", a clause after
 * their count ("өтініштер – 7 (…), барлығына жауап берілді"): every appeal
 * received was answered.
 */
const ALL_ANSWERED = /(?:(?<![\p{L}])(?:на|по)\s+(?:все|всем)\s+(?:[\p{L}]+\s+)?(?:обращени|заявлени)[\p{L}]*\s+(?:[\p{L}]+\s+){0,2}?(?:дан[\p{L}]*|направлен[\p{L}]*|предоставлен[\p{L}]*)\s+ответ|(?<![\p{L}])(?:барлық\s+(?:[\p{L}]+\s+)?өтініштерге|өтініштердің\s+барлығына|(?<=өтініш[^.;]{0,160}?)олардың\s+(?:барлығына|бәріне))\s+(?:[\p{L}]+\s+)?жауап\s+(?:берілді|қайтарылды|жолданды)|(?<=(?:^|[.;!?])\s*)(?:барлығына|бәріне)\s+(?:[\p{L}]+\s+)?жауап\s+(?:берілді|қайтарылды|жолданды|бердік|қайтардық|жолдадық)(?![\p{L}])|(?<![\p{L}])(?:на\s+все\s+(?:мы\s+)?ответили|всем\s+(?:заявителям\s+)?(?:мы\s+)?ответили)(?![\p{L}])|(?<=өтініш[^.;]{0,120}?,\s*)(?:барлығына|бәріне)\s+жауап\s+(?:берілді|қайтарылды|жолданды)(?![\p{L}]))/gu;

/**
 * "12 хат кетті, жауаптың бәрі келді", "ответы пришли на все", "5 хат жолданды, барлығына жауап алынды", "направлено 5 писем,
 * на все получены ответы", "4 хаттың барлығына жауап алынды": every letter sent was answered, the number not said again —
 * letters_answered the count sent in the paragraph, a candidate as "all appeals answered" is; with the number said in
 * brackets after "all", equal to the count sent ("барлығына (4) жауап алынды"), a figure.
 */
const ALL_LETTERS_ANSWERED = /(?<![\p{L}])(?:жауап(?:тар)?(?:тың|дың|тардың)\s+(?:бәрі|барлығы)\s+(?:келді|алынды)|ответы\s+(?:пришли|получены)\s+на\s+все(?![\p{L}])(?!\s+[\d\p{L}]+\s+(?:пис|запрос))|на\s+все\s+(?:письма|запросы)\s+(?:пришли|получены)\s+ответы|(?<=хат[^.;]{0,120}?,\s*)(?:барлығына|бәріне)\s+жауап\s+(?:алынды|келді)(?![\p{L}])|(?<![\p{L}])хат(?:тың|тардың)\s+(?:барлығына|бәріне)\s+жауап\s+(?:алынды|келді)(?![\p{L}])|(?<=пис(?:ем|ьм)[^.;]{0,120}?,\s*)на\s+все\s+(?:получены|пришли)\s+ответы)/gu;

const ALL_LETTERS_WHY = 'every letter said to be answered ("жауаптың бәрі келді", "ответы пришли на все"): the count sent, or no number stated — for a person to confirm';

/**
 * "Все поступившие проекты рассмотрены", "рассмотрены все поступившие проекты", "олардың барлығы қаралды", "барлық
 * жобалар қаралды": every draft received was reviewed.
 */
const ALL_REVIEWED = /(?:(?<![\p{L}])все\s+(?:[\p{L}]+\s+)?(?:проект[\p{L}]*|нпа)(?:\s+[\p{L}]+){0,3}?\s+рассмотрен[\p{L}]*|(?<![\p{L}])рассмотрен[\p{L}]*\s+все\s+(?:[\p{L}]+\s+)?(?:проект|нпа)|(?<![\p{L}])(?:олардың|жобалардың)\s+барлығы\s+(?:[\p{L}]+\s+)?қаралды|(?<![\p{L}])барлық\s+(?:[\p{L}]+\s+)?жобалар[\p{L}]*\s+қаралды)/gu;

const ALL_ANSWERED_WHY = 'every appeal said to be answered ("на все обращения даны ответы", "барлық өтініштерге жауап берілді", "Барлығына жауап қайтардық"): the count received, or no number stated — for a person to confirm';

/** "All" with its number in brackets after it: "барлығына (4)", "на все (4)", "всем (12)". */
// (A bracket may reach here as a dash, "на все – 4 получены ответы", as an earlier repair writes a bracketed count; so
// "Өтініштердің бәрі (5) жеке тұлғалардан түсті", "all of them came in", set 173.)
const ALL_NUMBERED = /((?<![\p{L}])(?:барлығы(?:на)?|бәрі(?:не)?|все|всем|всех))\s*(?:\((\d{1,4})\)|[-–—]\s*(\d{1,4})(?=\s+(?:получен|пришл|дан|направлен|жауап|(?:[\p{L}]+\s+){0,3}?(?:түсті|келді|поступил[\p{L}]*)(?![\p{L}]))))/gu;

const RESTATED = /^[\p{L}]*\s*,?\s*(?:яғни|то\s+есть|т\.\s?е\.)\s+(?:на\s+)?(\d{1,4})(?!\d|[.,]\d)/u;

/** A part left out of "all": "все, кроме двух", "за исключением", "остальные", "қоспағанда", "басқасы". */
const EXCEPT = /(?:кроме|за\s+исключением|остальн|қоспағанда|басқа(?:сы|лары))/u;

/**
 * Totals a paragraph states by saying all of what came in was handled: "В Совет поступило 12 обращений … На все
 * обращения даны ответы" → appeals_answered 12, the appeals received in the same paragraph, as a candidate (the
 * held-out sets disagree: set 10 reads "all" as no number, set 34 as the count received); "Проектов НПА,
 * поступивших на рассмотрение, – в количестве 28 …, из них одобрено – 21, с замечаниями – 7. Все поступившие проекты
 * рассмотрены" → npa_reviewed 28 — only when the number received is written in the paragraph and equals the approved
 * plus those with remarks, so a draft rejected or still pending can never be counted as reviewed.
 */
export function readAllOfReceived(lines: string[], figures: ReportFigure[], candidates: ReportCandidate[]): ReportFigure[] {
  const out: ReportFigure[] = [];
  const has = (metric: string) => figures.some((f) => f.metric === metric);
  for (const [from, to] of paragraphs(lines)) {
    const text = lines.slice(from, to + 1).join(' ');
    // "4 хаттың барлығына (4) жауап алынды", "на все (4) получены ответы": "all" with its number in brackets — read
    // without the bracket (spaces keep every index), the number kept to be checked against the count it repeats.
    const stated = new Map<number, number>();
    const lower = lowerCase(text).replace(ALL_NUMBERED, (m: string, word: string, bracketed: string | undefined, dashed: string | undefined, at: number) => {
      stated.set(at, Number(bracketed ?? dashed));
      return word + ' '.repeat(m.length - word.length);
    });
    // The number "all" was given in its sentence: equal to the count it restates, a figure; else nothing is said.
    // (Over the whole sentence, its clauses too: "Өтініштердің бәрі (5) жеке тұлғалардан түсті, …; барлығына жауап берілді",
    // set 173 — "all" numbered in the clause before is the same "all".)
    const allSaid = (at: number, count: number): boolean | null => {
      const sentence = wholeSentenceAt(lower, at);
      const start = lower.indexOf(sentence);
      const numbers = [...stated].filter(([k]) => k >= start && k < start + sentence.length).map(([, n]) => n);
      return numbers.length === 0 ? null : numbers.every((n) => n === count);
    };
    const inParagraph = (f: ReportFigure) => f.line - 1 >= from && f.line - 1 <= to;
    for (const m of matchesOf(lower, ALL_ANSWERED)) {
      // The count received in the paragraph; or anywhere, when "all" is numbered in the sentence with that count
      // ("Түскен өтініштер ....... 5" in the summary, "Өтініштердің бәрі (5) …; барлығына жауап берілді" in the notes below).
      const received = figures.find((f) => f.metric === 'appeals_received' && inParagraph(f)) ?? figures.find((f) => f.metric === 'appeals_received' && allSaid(m.index ?? 0, f.value) === true);
      if (received === undefined || has('appeals_answered') || EXCEPT.test(sentenceAt(lower, m.index ?? 0))) continue;
      // "барлығына жауап берілді, яғни 17 өтінішке", "на все даны ответы, то есть на 17": the number restated after "that is".
      const restated = RESTATED.exec(lower.slice((m.index ?? 0) + m[0].length));
      const said = restated ? Number(restated[1]) === received.value : allSaid(m.index ?? 0, received.value);
      if (said === false) continue;
      if (said) out.push({ metric: 'appeals_answered', value: received.value, line: lineAt(lines, from, m.index ?? 0), text: tidy(sentenceAt(text, m.index ?? 0)).slice(0, 300) });
      else candidates.push({ metric: 'appeals_answered', value: received.value, line: lineAt(lines, from, m.index ?? 0), text: tidy(sentenceAt(text, m.index ?? 0)).slice(0, 300), why: ALL_ANSWERED_WHY });
    }
    for (const m of matchesOf(lower, ALL_LETTERS_ANSWERED)) {
      const sent = figures.find((f) => f.metric === 'letters_sent' && inParagraph(f));
      if (sent === undefined || has('letters_answered') || EXCEPT.test(sentenceAt(lower, m.index ?? 0))) continue;
      const said = allSaid(m.index ?? 0, sent.value);
      if (said === false) continue;
      if (said) out.push({ metric: 'letters_answered', value: sent.value, line: lineAt(lines, from, m.index ?? 0), text: tidy(sentenceAt(text, m.index ?? 0)).slice(0, 300) });
      else candidates.push({ metric: 'letters_answered', value: sent.value, line: lineAt(lines, from, m.index ?? 0), text: tidy(sentenceAt(text, m.index ?? 0)).slice(0, 300), why: ALL_LETTERS_WHY });
    }
    for (const m of matchesOf(lower, ALL_REVIEWED)) {
      const approved = figures.find((f) => f.metric === 'npa_approved' && inParagraph(f));
      const remarks = figures.find((f) => f.metric === 'npa_with_remarks' && inParagraph(f));
      if (approved === undefined || remarks === undefined || has('npa_reviewed') || EXCEPT.test(sentenceAt(lower, m.index ?? 0))) continue;
      const sum = approved.value + remarks.value;
      // The number received, written in the paragraph before the parts: the sum of the parts alone is no statement.
      if (!findCounts(maskNeverCounts(text)).some((c) => c.value === sum && c.value !== approved.value)) continue;
      out.push({ metric: 'npa_reviewed', value: sum, line: lineAt(lines, from, m.index ?? 0), text: tidy(sentenceAt(text, m.index ?? 0)).slice(0, 300) });
    }
    // "Советом рассмотрено 7 проектов НПА, все одобрены без замечаний", "9 НҚА жобасы қаралды — барлығы ескертусіз
    // мақұлданды": every draft reviewed approved, in the count's own sentence — npa_approved the count reviewed (the
    // session-30 convention; the remarks' none is no number the text writes, left out).
    // (The count read elsewhere — a table's row "Қаралған НҚА жобалары | 5" — and restated in the paragraph's sentence
    // "Қаралған 5 НҚА жобасының бәрі ескертусіз мақұлданды": that sentence says it, of the same drafts.)
    // "1 НҚА жобасы қаралды (…), ескертулермен келісілді.", "3 проекта рассмотрены, согласованы с замечаниями" (set 148):
    // every draft reviewed given remarks — npa_with_remarks the count reviewed, as its mirror above (none approved without
    // remarks is no number the text writes, left out). A bracket after the count ("(облыстағы … тізбесі)") is an aside.
    for (const [all, metric] of [[ALL_REVIEWED_APPROVED, 'npa_approved'], [ALL_REVIEWED_REMARKED, 'npa_with_remarks']] as const) {
      const global = new RegExp(all.source, 'gu');
      const restated = (f: ReportFigure) => matchesOf(lower, global).map((m) => sentenceAt(lower, m.index ?? 0)).find((t) => DRAFT_NOUN.test(t) && findCounts(maskNeverCounts(t)).some((c) => c.value === f.value));
      for (const reviewed of figures.filter((f) => f.metric === 'npa_reviewed' && (inParagraph(f) || restated(f) !== undefined))) {
        const said = (inParagraph(reviewed) ? lowerCase(reviewed.text) : restated(reviewed)!).replace(/\s*\([^()]*\)/gu, '');
        const told = all.exec(said);
        // (The other part told beside "all" — "рассмотрено 3, все поддержаны, по одному … направлены рекомендации. Итого 2 –
        // без замечаний, 1 – с замечаниями", set 179's Zhangeldi: "all" were supported, not all without remarks.)
        const mirror = metric === 'npa_approved' ? 'npa_with_remarks' : 'npa_approved';
        const split = figures.some((f) => f.metric === mirror && f.value > 0 && inParagraph(f));
        if (told === null || has(metric) || split || out.some((f) => f.metric === metric) || EXCEPT.test(said)) continue;
        // The count reviewed is the sentence's only count before "all": "рассмотрено 7 проектов, все 5 одобрены" says another.
        // (A table's row said as "Қаралған НҚА жобалары – 3: барлығы ескертусіз мақұлданды" — its note after the label's
        // count, set 178 — gives the count after a dash, no noun after it.)
        const head = said.slice(0, told.index);
        const found = findCounts(maskNeverCounts(head)).map((c) => c.value);
        const labelled = /^[^\d]*[-–—]\s*(\d{1,4})\s*:\s*$/u.exec(head);
        const before = found.length === 0 && labelled ? [Number(labelled[1])] : found;
        const inAll = findCounts(maskNeverCounts(told[0])).map((c) => c.value);
        if (before.length !== 1 || before[0] !== reviewed.value || inAll.some((v) => v !== reviewed.value)) continue;
        out.push({ metric, value: reviewed.value, line: reviewed.line, text: reviewed.text });
      }
    }
    // "На общественную экспертизу поступило 9 проектов НПА. По 6 проектам дано положительное заключение …, по 3 направлены
    // замечания": every draft received given a conclusion is every draft reviewed — when the approved and those with
    // remarks make up the number received written before them; "поступило 3 проекта НПА, все три одобрены без замечаний":
    // all of them reviewed and approved.
    const received = matchesOf(lower, NPA_RECEIVED)[0];
    if (received === undefined || has('npa_reviewed') || out.some((f) => f.metric === 'npa_reviewed')) continue;
    const count = findCounts(maskNeverCounts(received[0])).map((c) => c.value);
    const approved = figures.find((f) => f.metric === 'npa_approved' && inParagraph(f));
    const remarks = figures.find((f) => f.metric === 'npa_with_remarks' && inParagraph(f));
    if (count.length !== 1 || approved === undefined) continue;
    const line = lineAt(lines, from, received.index ?? 0);
    const said = tidy(sentenceAt(text, received.index ?? 0)).slice(0, 300);
    if (remarks !== undefined && approved.value + remarks.value === count[0]) out.push({ metric: 'npa_reviewed', value: count[0], line, text: said });
    // Of two, one approved and "the other" remarked: "2 … жобасы келіп түсті: біреуі ескертусіз мақұлданды, екіншісі бойынша
    // ескертулер … жіберілді", "поступило 2 проекта НПА: один одобрен без замечаний, по второму направлены замечания".
    else if (remarks === undefined && count[0] === 2 && approved.value === 1 && OTHER_REMARKED.test(lowerCase(approved.text)) && !EXCEPT.test(lowerCase(approved.text))) {
      out.push({ metric: 'npa_reviewed', value: 2, line, text: said }, { metric: 'npa_with_remarks', value: 1, line: approved.line, text: approved.text });
    }
    else if (remarks === undefined && approved.value === count[0] && ALL_APPROVED.test(lowerCase(approved.text)) && !EXCEPT.test(lowerCase(approved.text))) {
      // (None with remarks is no number the text writes: left out, as BLIND-WRITER.md's convention of session 30 says.)
      out.push({ metric: 'npa_reviewed', value: count[0], line, text: said });
    }
  }
  return out;
}

/**
 * Drafts received for the council's review, with their number: "На общественную экспертизу поступило 9 проектов
 * нормативных правовых актов", "поступило 3 проекта НПА", "Кеңеске қоғамдық сараптамаға 2 нормативтік құқықтық акт
 * жобасы келіп түсті"; the drafts named by the review they came for without the NPA's noun: "На экспертизу поступили 3
 * проекта", "Сараптамаға 3 жоба түсті".
 */
const NPA_RECEIVED = /(?<![\p{L}])(?:поступил[\p{L}]*\s+(?:[\p{L}]+\s+){0,3}?\d{1,3}\s+проект[\p{L}]*\s+(?:нпа|нормативн[\p{L}]*[\s-]+правов[\p{L}]*\s+акт[\p{L}]*)|на\s+(?:общественную\s+)?экспертизу\s+поступил[\p{L}]*\s+\d{1,3}\s+проект[\p{L}]*|(?:қоғамдық\s+)?сараптамаға\s+\d{1,3}\s+жоба[\p{L}]*\s+(?:келіп\s+)?түсті|\d{1,3}\s+(?:нқа|нормативтік\s+құқықтық\s+акт[\p{L}]*)\s+жоба[\p{L}]*\s+(?:[\p{L}]+\s+)?(?:келіп\s+)?түсті)/gu;
/** The other of two given remarks: "екіншісі бойынша ескертулер", "по второму (другому) направлены замечания". */
const OTHER_REMARKED = /(?<![\p{L}])(?:екіншісі(?:\s+бойынша)?(?:\s+[\p{L}]+){0,2}?\s+ескерту|(?:по\s+)?(?:втор|друг)(?:ому|ой|ом)(?:\s+проекту)?(?:\s+[\p{L}]+){0,2}?\s+замечани)/u;
/** All of them approved without remarks: "все три одобрены без замечаний", "все одобрены без замечаний", "барлығы ескертусіз мақұлданды". */
const ALL_APPROVED = /(?<![\p{L}])(?:все(?:\s+[\p{L}]+)?\s+(?:были\s+)?одобрен[\p{L}]*\s+без\s+замечаний|барлығы(?:\s+де)?\s+ескертусіз\s+(?:мақұлданды|қолдау\s+тапты|келісілді))/u;

/**
 * All the drafts of the sentence approved, by the word "all" and no other noun ("все одобрены без замечаний", "все три
 * проекта одобрены", "одобрены все без замечаний", "барлығы ескертусіз мақұлданды", "жобалардың бәрі де қолдау тапты"):
 * "все рекомендации одобрены" approves something else. "1 жоба қаралды, ескертусіз мақұлданды;", "3 проекта рассмотрены,
 * одобрены без замечаний.": the drafts reviewed, the same subject approved in the next clause, nothing after it — all of them.
 */
/** "все (три проекта) одобрены / поддержаны / согласованы": the word for all, then the verb. */
const ALL_OF = String.raw`все(?:\s+(?:они|\d{1,3}|дв[аое]|три|четыре|пять|шесть|семь|восемь|девять|десять|проект[\p{L}]*|нпа))*\s+(?:были\s+)?(?:одобрен[\p{L}]*|поддержан[\p{L}]*|согласован[\p{L}]*)`;
/** "(жобалардың) барлығы (да)", "бәрі де": the Kazakh word for all before the verb. */
const EVERY_KK = String.raw`(?:(?:олардың|жобалардың)\s+)?(?:барлығы|бәрі)(?:\s+(?:да|де))?\s+`;
/**
 * Right after "қаралды, " / "рассмотрены, ": the same drafts' next clause — the draft named between ("Рассмотрен 1 проект –
 * правила благоустройства территории посёлка, одобрен без замечаний.", set 156).
 */
const AFTER_REVIEWED = String.raw`(?<=(?:қаралды|рассмотрен[\p{L}]*)(?:\s+[^,.;:()]{1,80})?\s*,\s*(?:и\s+)?)`;
const ALL_REVIEWED_APPROVED = new RegExp(String.raw`(?<![\p{L}])(?:${ALL_OF}(?!\s+с\s+замечани)|(?:одобрен[\p{L}]*|поддержан[\p{L}]*)\s+все(?![\p{L}])|${EVERY_KK}(?:ескертусіз\s+)?(?:мақұлданды|қолдау\s+тапты|келісілді|қолдады)|${AFTER_REVIEWED}(?:ескертусіз\s+|без\s+замечаний\s+)?(?:мақұлданды|келісілді|одобрен[\p{L}]*)(?:\s+без\s+замечаний)?(?=\s*(?:[.;]|$)))(?![\p{L}])`, 'u');

/**
 * All the drafts of the sentence given remarks: "все согласованы с замечаниями", "барлығы ескертулермен келісілді"; "1 жоба
 * қаралды, ескертулермен келісілді.", "3 проекта рассмотрены, одобрены с замечаниями." — the mirror of ALL_REVIEWED_APPROVED.
 */
const ALL_REVIEWED_REMARKED = new RegExp(String.raw`(?<![\p{L}])(?:${ALL_OF}\s+с\s+замечаниями|${EVERY_KK}ескертулермен\s+(?:мақұлданды|қолдау\s+тапты|келісілді)|${AFTER_REVIEWED}(?:ескертулермен\s+(?:мақұлданды|келісілді)|(?:одобрен[\p{L}]*|согласован[\p{L}]*)\s+с\s+замечаниями|с\s+замечаниями\s+(?:одобрен[\p{L}]*|согласован[\p{L}]*))(?=\s*(?:[.;]|$)))(?![\p{L}])`, 'u');
/** The drafts' noun: "НПА", "НҚА", "проект(ов)", "жоба(сы)". */
const DRAFT_NOUN = /(?<![\p{L}])(?:нпа|нқа|проект[\p{L}]*|жоба[\p{L}]*)(?![\p{L}])/u;

/** The runs of non-blank lines, first and last index. */
function paragraphs(lines: string[]): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  lines.forEach((l, i) => {
    if (l.trim() === '') {
      if (start >= 0) out.push([start, i - 1]);
      start = -1;
    } else if (start < 0) start = i;
  });
  if (start >= 0) out.push([start, lines.length - 1]);
  return out;
}

/** The sentence of a paragraph's text around an offset. */
function sentenceAt(text: string, at: number): string {
  const from = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('; ', at)) + 1;
  const end = text.slice(at).search(/[.;](?:\s|$)/u);
  return text.slice(from, end < 0 ? text.length : at + end + 1);
}

/** The sentence around an offset, its clauses a semicolon apart included. */
function wholeSentenceAt(text: string, at: number): string {
  const from = text.lastIndexOf('. ', at) + 1;
  const end = text.slice(at).search(/[.](?:\s|$)/u);
  return text.slice(from, end < 0 ? text.length : at + end + 1);
}

/** The 1-based line of an offset into a paragraph joined with spaces. */
function lineAt(lines: string[], from: number, at: number): number {
  let k = from;
  let offset = 0;
  while (k < lines.length && offset + lines[k].length < at) {
    offset += lines[k].length + 1;
    k++;
  }
  return k + 1;
}
