import { MONTH_WORD } from '../monthNames.ts';
import type { ReportActivity } from '../types.ts';
import { ACTIVITY_PHRASES } from './activityLexicon.ts';
import { sameDepartment } from './sameDepartment.ts';

/** Any phrase of an activity type ("меморандум", "подписание меморандума" keeps "подписание"): no word of what the event was about. */
const TYPE_WORDS = new RegExp(ACTIVITY_PHRASES.map((a) => `(?:${a.source})`).join('|'), 'giu');
const MONTH = new RegExp(MONTH_WORD, 'iu');
/** The words of a date that are no month: "2026 жылғы 29 сәуір", "2025 жылдың". */
const DATE_WORD = /^(?:жылғы|жылдың|жылы)$/u;

/**
 * A report that tells an event in its section and again in a recap list ("7. Меморандумы. 22 июля 2025 года подписан
 * меморандум о сотрудничестве с Палатой предпринимателей области Жетісу." and "8. Основные мероприятия III квартала:" / "– 22
 * июля – подписание меморандума с Палатой предпринимателей;"): an activity of the type and the one day of one read before on
 * another line, the words of one of them (five letters or more, not the type's nor a month's; two at least) all words of the
 * other, is that one told again, and is dropped. Two events of a day with a word of their own ("… с Палатой
 * предпринимателей", "… с Ассоциацией фермеров"; "… ауыл шаруашылығы бөлімі", "… жұмыспен қамту … бөлімі"), two items of
 * one list (each an event of its own, however alike), a span, or an undated one: both kept.
 */
export function dropRetoldEvents(activities: ReportActivity[], lines: string[]): ReportActivity[] {
  const kept: ReportActivity[] = [];
  for (const a of activities) {
    const own = stemsOf(a.title);
    const told = a.date_start !== null && a.date_start === a.date_end && own.size >= 2 && kept.some((k) => {
      if (k.type !== a.type || k.date_start !== a.date_start || k.date_end !== a.date_end || k.line === a.line || oneList(lines, k.line, a.line)) return false;
      // "23 қыркүйек – ТКШ бөлімінің … есебін тыңдау" after "… тұрғын үй-коммуналдық шаруашылығы … бөлімі басшысының есебі"
      // of that day: one department heard on one day, named once in full and once by its abbreviation (sameDepartment).
      if (a.type === 'report_hearing' && sameDepartment(k.title, a.title)) return true;
      const other = stemsOf(k.title);
      const [fewer, more] = own.size <= other.size ? [own, other] : [other, own];
      return fewer.size >= 2 && [...fewer].every((w) => more.has(w));
    });
    if (told || stageOf(a, kept, lines)) continue;
    // "Қоғамдық тыңдау | 1 | 1 | 29.04 – аула абаттандыру" and, in the list below, "2026 жылғы 29 сәуір – қоғамдық тыңдау;": of
    // one type on one day on two lines, the one told by its type alone says nothing of its own — one event, the other kept.
    const oneDay = (e: ReportActivity) => e.date_start !== null && (e.date_end === null || e.date_end === e.date_start);
    const same = oneDay(a) ? kept.findIndex((k) => k.type === a.type && oneDay(k) && k.date_start === a.date_start && k.line !== a.line && !oneList(lines, k.line, a.line)) : -1;
    if (same >= 0 && own.size === 0) continue;
    if (same >= 0 && stemsOf(kept[same].title).size === 0) kept[same] = a;
    else kept.push(a);
  }
  return kept;
}

/**
 * "– 2026 жылғы 2–5 маусым – … (6 бұзушылық, 5 ұсыным). Мониторинг екі кезеңмен өтті (2–3 маусым және 4–5 маусым), бір
 * мониторинг ретінде есептелді" (set 148), "… прошёл в два этапа (2–3 и 4–5 июня)": the stages of an event read a line or
 * two below it, of its type and inside its span, in a sentence that says stages, are that event — never events of their own.
 */
function stageOf(a: ReportActivity, kept: ReportActivity[], lines: string[]): boolean {
  if (a.date_start === null || !STAGES.test(`${a.title} ${lines[a.line - 1] ?? ''}`)) return false;
  const end = a.date_end ?? a.date_start;
  return kept.some((k) => k.type === a.type && k.date_start !== null && k.date_end !== null && k.date_end > k.date_start && a.line >= k.line && a.line - k.line <= 2
    && a.date_start! >= k.date_start! && end <= k.date_end!);
}
/** Stages of one event: "в два этапа", "первый этап", "екі кезеңмен", "бірінші кезеңі". */
const STAGES = /(?<![\p{L}])(?:этап[\p{L}]*|кезең[\p{L}]*)/iu;

/** A line's list mark: a number ("7.", "2)"), a dash or bullet; null for a line of running text. */
function markOf(line: string): 'number' | 'dash' | null {
  if (/^\s*\d{1,3}[.)]\s/u.test(line)) return 'number';
  return /^\s*[-–—•·▪*]\s/u.test(line) ? 'dash' : null;
}

/** Whether two lines (1-based) are items of one list: the same mark, and every line between blank, another such item or an item's wrapped line. */
function oneList(lines: string[], first: number, second: number): boolean {
  const mark = markOf(lines[first - 1] ?? '');
  if (mark === null || markOf(lines[second - 1] ?? '') !== mark) return false;
  return lines.slice(first, second - 1).every((l) => l.trim() === '' || markOf(l) === mark || (/^\s/u.test(l) && markOf(l) === null));
}

/** The first five letters of each word of five letters or more, lower case, the type's words and months left out. */
function stemsOf(title: string): Set<string> {
  const words = title.replace(TYPE_WORDS, ' ').toLowerCase().match(/\p{L}{5,}/gu) ?? [];
  return new Set(words.filter((w) => !MONTH.test(w) && !DATE_WORD.test(w)).map((w) => w.slice(0, 5)));
}
