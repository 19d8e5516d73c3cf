import { sentencesOf } from '../grammar/sentencesOf.ts';
import { matchesOf } from '../grammar/matchesOf.ts';
import { parseDatePhrase } from '../parseDatePhrase.ts';
import { tidy } from '../toLines.ts';
import type { ReportActivity, ReportFigure } from '../types.ts';
import { runningLines } from './runningLines.ts';
import { BODY_OPENING } from './datedHearingsUnderHeading.ts';

/** Reports heard in the plural, the bodies after it: "Заслушаны отчеты", "заслушали отчёты", "были заслушаны отчеты". */
const RU_HEARD = /(?<![\p{L}])(?:заслушаны|заслушали)\s+(?:[\p{L}]+\s+)?отч[её]ты\s+(.+)$/iu;
/**
 * Heads heard in the plural, named one after the other: "заслушаны руководитель отдела ЖКХ района и аким г. Форт-Шевченко",
 * "заслушали отчеты начальника отдела образования, директора КГП «…»".
 */
const RU_HEADS_HEARD = /(?<![\p{L}])(?:заслушаны|заслушали)\s+(?:отч[её]ты\s+)?((?:руководител|начальник|директор|аким|заместител)[\p{L}]*\s.+)$/iu;
/** A head's word opening a part of such a clause, after a comma or "и" ("…, директор …", "… и аким …"). */
const NEXT_HEAD = /\s*,\s*(?:а\s+также\s+)?(?=(?:руководител|начальник|директор|аким|заместител)[\p{L}]*\s)|\s+(?:и|а\s+также)\s+(?=(?:руководител|начальник|директор|аким|заместител)[\p{L}]*\s)/iu;
/** Kazakh: the bodies before "есептері тыңдалды" ("… бөлімі мен … бөлімінің есептері тыңдалды"). */
// A meeting's entry tells the reports alone, the hearing left out: "кеңес отырысы: … бөлімі мен … бөлімінің есептері;".
const KK_HEARD = /^(.+?)\s+есептері(?:\s+тыңдал[\p{L}]*|\s*[.;]?\s*$)/iu;

/** The sitting a Kazakh sentence tells the hearing at, before the bodies ("26 ақпандағы отырыста", "Кеңестің 2026 жылғы 22 сәуірдегі отырысында"). */
const KK_SITTING_BEFORE = /^[^«»]{0,60}?(?<![\p{L}])(?:отырыс|мәжіліс)(?:та|те|ында|інде)\s+/iu;
/** A body by its legal form and quoted name: "ГУ «Отдел образования города …»", "ГКП на ПХВ «…»", "«…» МКК". */
const QUOTED_BODY = /(?<![\p{L}])(?:ГУ|КГУ|ГККП|ГКП|КГП|КММ|ММ|ТОО|АО)(?:\s+на\s+ПХВ)?\s*«[^«»]+»|«[^«»]+»\s*(?:МКК|КМК|КММ|ММ|ЖШС)(?![\p{L}])/gu;
/** The day a list's entry opens with, and its dash: "12.03.2025 – ", "16.04 – ", "18.06.2025 ж. — ". */
const LEADING_DAY = /^\s*\d{1,2}\.\d{1,2}(?:\.\d{2,4})?(?:\s*(?:г|ж)\.)?\s*[-–—]\s*/u;
/** What may stand between two bodies named one after the other: a comma, "и", "және", "мен". */
const JOINER = /^\s*(?:,\s*)?(?:(?:и|және|мен|бен|пен)\s+)?$/iu;
/**
 * A Kazakh body named plainly, a few words ending in its word: "аудандық білім бөлімі", "жұмыспен қамту бөлімінің",
 * "Агенттіктің Алматы қаласы бойынша департаментінің", "Аэроғарыш комитетінің"; or by its quoted name and legal form,
 * the genitive's ending after a hyphen ("Агенттікке ведомстволық бағынысты «…» ШЖҚ РМК-ның", "«Жылу» МКК-ның").
 */
const KK_DEPARTMENT = /^\s*(?:(?:[\p{L}-]+\s+){0,6}(?:бөлім|басқарма|департамент|комитет)[\p{L}]*|(?:[\p{L}-]+\s+){0,4}«[^«»]+»\s*(?:(?:ШЖҚ|ШЖК)\s+)?(?:МКК|КМК|КММ|ММ|РМК|МК|ЖШС|АҚ|КЕАҚ)(?:-?(?:ның|нің|дың|дің|тың|тің))?)\s*$/iu;

/**
 * The bodies a sentence names as heard on one day, each once and joined one to the next ("Заслушаны отчеты ГУ «Отдел
 * образования …» и ГУ «Отдел занятости …»", "білім бөлімі мен жұмыспен қамту бөлімінің есептері тыңдалды"), when two or
 * more; else null.
 */
export function bodiesHeardTogether(sentence: string): string[] | null {
  const text = tidy(sentence);
  const ru = RU_HEARD.exec(text);
  if (ru !== null && quotedBodies(ru[1]) !== null) return quotedBodies(ru[1]);
  // Each head of its body, a head's word opening every part: as many bodies as heads.
  const heads = RU_HEADS_HEARD.exec(text)?.[1].replace(/[.;]\s*$/u, '').split(NEXT_HEAD);
  if (heads !== undefined && heads.length >= 2) return heads.map((h) => h.trim());
  // "заслушаны отчеты отдела образования и отдела предпринимательства аппарата акима района": each part opens with its body.
  if (ru !== null) return ruBodiesJoined(ru[1].replace(/[.;]\s*$/u, ''));
  const heard = KK_HEARD.exec(text.slice(text.lastIndexOf(':') + 1));
  if (heard === null) return null;
  // "26 ақпандағы отырыста … департаментінің және … РМК-ның есептері тыңдалды": the day and the sitting before the bodies.
  const kk = [heard[0], heard[1].replace(KK_SITTING_BEFORE, '')];
  const quoted = quotedBodies(kk[1]);
  if (quoted !== null) return quoted;
  return kkBodiesJoined(kk[1]);
}

/**
 * Kazakh bodies named one after the other, each by its own word ("білім бөлімі мен жұмыспен қамту бөлімінің", "Экологиялық
 * реттеу және бақылау комитеті мен … кәсіпорны «Қазгидромет» РМК"): two or more; else null. "… кәсіпкерлік және өнеркәсіп
 * бөлімінің": "және" may join two words of one department's name, "мен" joins bodies — tried first.
 */
function kkBodiesJoined(clause: string): string[] | null {
  for (const joiner of [/\s*,\s*|\s+(?:мен|бен|пен)\s+/u, /\s*,\s*|\s+(?:мен|және|бен|пен)\s+/u]) {
    const parts = splitOutsideQuotes(clause, joiner);
    if (parts.length >= 2 && parts.every((p) => KK_DEPARTMENT.test(p))) return parts.map((p) => p.trim());
  }
  return null;
}

/**
 * A list's entry of bodies apart by semicolons, each opening with its body ("Комитет медицинского … контроля; РГП на ПХВ
 * «…»;", "аудандық білім бөлімі; «Жылу» МКК."): two or more; else null.
 */
function bodiesBySemicolons(title: string): string[] | null {
  const parts = splitOutsideQuotes(title.replace(/[;.]\s*$/u, ''), /\s*;\s*/u).map((p) => p.trim());
  return parts.length >= 2 && parts.every((p) => BODY_OPENING.test(p)) ? parts : null;
}

/**
 * Russian bodies named one after the other in the genitive, each part opening with its body's word ("отдела образования и
 * отдела предпринимательства …", "управления здравоохранения, комитета …"): two or more; else null. "отдела ЖКХ,
 * пассажирского транспорта и автомобильных дорог" is one department — a part opening with no body's word.
 */
function ruBodiesJoined(clause: string): string[] | null {
  const parts = splitOutsideQuotes(clause, /\s*,\s*(?:а\s+также\s+)?|\s+(?:и|а\s+также)\s+/u).map((p) => p.trim());
  return parts.length >= 2 && parts.every((p) => RU_BODY_OPENING.test(p)) ? parts : null;
}
const RU_BODY_OPENING = /^(?:отдел|управлени|департамент|комитет|аппарат|акимат|ГУ|КГУ|ГККП|КГП|ГКП|ТОО|АО|РГП|НАО)[\p{L}]*(?![\p{L}])/u;

/** A clause split at its joiners, never inside a quoted name ("«Білім және ғылым» МКК-ның" stays one). */
function splitOutsideQuotes(clause: string, joiner: RegExp): string[] {
  const masked = clause.replace(/«[^«»]*»/gu, (q) => '\uE001'.repeat(q.length));
  const parts: string[] = [];
  let from = 0;
  for (const m of matchesOf(masked, new RegExp(joiner.source, 'gu'))) {
    parts.push(clause.slice(from, m.index));
    from = (m.index ?? 0) + m[0].length;
  }
  parts.push(clause.slice(from));
  return parts;
}

/** Bodies named by legal form and quoted name, nothing between them but a joiner and nothing before the first. */
function quotedBodies(clause: string): string[] | null {
  const found = matchesOf(clause, QUOTED_BODY);
  if (found.length < 2 || clause.slice(0, found[0].index).trim() !== '') return null;
  for (let k = 1; k < found.length; k++) if (!JOINER.test(clause.slice(found[k - 1].index + found[k - 1][0].length, found[k].index))) return null;
  return found.map((m) => m[0]);
}

/**
 * A hearing read on its day that heard two bodies or more ("10 сентября состоялось заседание Совета № 4. Заслушаны
 * отчеты ГУ «Отдел образования …» и ГУ «Отдел занятости …»"): one hearing per body, on that day. The bodies are read
 * from the hearing's own sentence or a sentence after it that names no other day. Only when the report states its
 * count of hearings and the hearings read, so split, are exactly that many — a split that does not meet the count is
 * not made.
 */
export function splitBodiesOfOneDate(lines: string[], year: number | undefined, activities: ReportActivity[], figures: ReportFigure[]): ReportActivity[] {
  const count = figures.find((f) => f.metric === 'report_hearings');
  const hearings = activities.filter((a) => a.type === 'report_hearing' && a.date_start !== null && a.date_start === a.date_end);
  if (count === undefined || hearings.length === 0 || activities.filter((a) => a.type === 'report_hearing').length >= count.value) return activities;
  const units = runningLines(lines, new Set());
  const splits = new Map<ReportActivity, string[]>();
  for (const a of hearings) {
    // A dated list's entry whose title is the bodies themselves ("– 28.01.2026 – ГУ «Отдел образования …» и ГКП на ПХВ
    // «Костанайские тепловые сети»;", held-out 66's Kostanay): a hearing per body, as in a sentence that says them heard.
    // So is a chronology's entry of the meeting that heard them ("16.04 – кеңес отырысы: … бөлімі мен … бөлімінің есептері;").
    const title = tidy(a.title).replace(LEADING_DAY, '');
    // So is a run-in list's entry of Kazakh bodies joined ("17 желтоқсанда – … комитеті мен … «Қазгидромет» РМК.").
    const listed = quotedBodies(title) ?? bodiesHeardTogether(title) ?? bodiesBySemicolons(title) ?? kkBodiesJoined(title.replace(/[.;]\s*$/u, ''));
    if (listed !== null) {
      splits.set(a, listed);
      continue;
    }
    const unit = units.find((u) => a.line - 1 >= u.first && a.line - 1 < u.first + u.starts.length);
    if (unit === undefined) continue;
    const from = unit.starts[a.line - 1 - unit.first];
    // A chronology's lines run on with no stop between them ("…; 17.12.2025 — заседание Совета, заслушаны …"): the
    // sentence is read from the hearing's own line on.
    const sentences = sentencesOf(unit.text).filter((s) => s.start + s.text.length > from).map((s) => (s.start < from ? { start: from, text: s.text.slice(from - s.start) } : s));
    const own = sentences.findIndex((s) => parseDatePhrase(s.text, year)?.start === a.date_start);
    if (own < 0) continue;
    for (const [k, s] of sentences.slice(own).entries()) {
      if (k > 0 && parseDatePhrase(s.text, year) !== null) break;
      const bodies = bodiesHeardTogether(s.text);
      if (bodies !== null) {
        splits.set(a, bodies);
        break;
      }
    }
  }
  const total = activities.filter((a) => a.type === 'report_hearing').length + [...splits.values()].reduce((n, b) => n + b.length - 1, 0);
  if (splits.size === 0 || total !== count.value) return activities;
  return activities.flatMap((a) => splits.get(a)?.map((b) => ({ ...a, title: b.slice(0, 300) })) ?? [a]);
}
