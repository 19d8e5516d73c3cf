import { parseDatePhrase } from '../parseDatePhrase.ts';
import { re } from './re.ts';

/** A note for reference opening its paragraph: "Справочно", "Для справки", "Для сведения", "Справка:", "Анықтама үшін", "Мәлімет үшін". */
const REFERENCE = '(?:справочно|для\\s+(?:справки|сведения|информации)|справка|напоминаем|анықтама(?:\\s+үшін)?|анықтамалық|мәлімет\\s+үшін|ақпарат\\s+үшін)';
/**
 * Another sitting than this protocol's: the first day of a meeting continued ("первый день", "в первый день заседания",
 * "бірінші күні"), the meeting before ("на предыдущем заседании", "на прошлом заседании", "алдыңғы отырыста", "өткен
 * отырыста").
 */
const OTHER_SITTING = '(?:(?:в\\s+)?(?:перв(?:ый|ого|ом)|1\\s*-?\\s*(?:й|ый|ого|ом)?)\\s+(?:день|дня|дне)|(?:на\\s+)?(?:предыдущ|прошл)[\\p{L}]*\\s+(?:заседани|собрани)[\\p{L}]*|бірінші\\s+күн[\\p{L}]*|(?:алдыңғы|өткен)\\s+отырыс[\\p{L}]*)';
/**
 * The paragraph opens with the other sitting itself, as the place of a sentence with a count in it: "В первый день
 * заседания присутствовали 35 …", "На предыдущем заседании голосовали: за – 18 …", "Бірінші күні 35 мүше қатысты",
 * "Алдыңғы отырыста 20 мүше қатысты". ("Первый день (12 марта)" over agenda items is a part's heading, no sentence.)
 */
const OPENS_WITH_OTHER = re(`^\\s*(?:в\\s+(?:перв(?:ый|ой)|1\\s*-?\\s*(?:й|ый))\\s+день|на\\s+(?:предыдущ|прошл)[\\p{L}]*\\s+(?:заседани|собрани)[\\p{L}]*|бірінші\\s+күні|(?:алдыңғы|өткен)\\s+отырыс(?:та|ында))(?![\\p{L}]).*\\d`);
/**
 * A reference note whose first line names another sitting or another date: "Справочно (первый день, 09.12.2025):",
 * "Для сведения: на заседании Общественного совета 22.04.2025 (протокол № 3) присутствовали 31 …".
 */
const REFERENCE_LEAD = re(`^\\s*${REFERENCE}(?![\\p{L}])(.*)$`);
const NAMES_OTHER = re(OTHER_SITTING);
/**
 * A continuation's protocol opens by telling the day its meeting was opened or broken off: "Заседание № 8 открыто 11 ноября
 * 2026 года; в тот день … (присутствовали 12 членов Совета), после чего заседание было прервано …", "№ 8 отырыс 2026 жылғы
 * 11 қарашада ашылып, … (12 мүше қатысты), үзіліс жарияланды". The sentence opens with the meeting and has its verb of opening,
 * starting or breaking off within a clause; the day it names is read after (MEETING_OPENED_DAY).
 */
const MEETING_OPENED = re(`^\\s*(?:№\\s*\\d{1,3}\\s+)?(?:заседани[\\p{L}]*|собрани[\\p{L}]*|отырыс[\\p{L}]*)(?![\\p{L}])(?:[^.;!]|\\.(?=\\d|\\s+\\p{Ll})){0,120}?(?<![\\p{L}])(?:(?:был[аои]?\\s+)?(?:открыт|начат|начал|прерван)[\\p{L}]*|ашыл(?:ды|ып|ған)|басталы?(?:ды|п|ған)|үзіл(?:ді|іп|ген))(?![\\p{L}])`);
/** A sentence's end: a stop before a capital (or the line's end); a date's stops ("11.11.2026") end nothing. */
const SENTENCE_END = /[.!](?=\s+[\p{Lu}«"]|\s*$)/u;
/** How far a reference sentence may run over lines before it is taken to be this protocol's text again. */
const REACH = 8;

/**
 * A protocol of the second day of a meeting recalls the first ("Справочно (первый день, 09.12.2025): присутствовали 35
 * членов Совета, из них 4 – онлайн; по вопросу 2 голосовали: за – 30 …"), a protocol may recall the meeting before: those
 * counts and votes are another sitting's, never this protocol's. The sentence of such a note (from its opening to the
 * line its sentence ends, or its paragraph's end) is blanked, its lines kept at their numbers. A note "Справочно:" naming
 * no other sitting (nor another date than the protocol's `date`) is this meeting's and kept.
 */
export function withoutOtherSittings(lines: string[], date: string | null): string[] {
  const out = [...lines];
  for (let i = 0; i < out.length; i++) {
    if (opensOtherDay(out[i], date)) {
      i = blankSentence(out, i);
      continue;
    }
    if (!opensOtherSitting(out[i], date)) continue;
    for (let k = i; k < out.length && k < i + REACH; k++) {
      if (out[k].trim() === '') break;
      const ends = /[.!]\s*$/.test(out[k]);
      out[k] = '';
      i = k;
      if (ends) break;
    }
  }
  return out;
}

function opensOtherSitting(line: string, date: string | null): boolean {
  if (OPENS_WITH_OTHER.test(line)) return true;
  const lead = REFERENCE_LEAD.exec(line);
  if (!lead) return false;
  if (NAMES_OTHER.test(lead[1])) return true;
  // "Справочно (09.12.2025): …" in the protocol of 10 December: another day's.
  const year = date ? Number(date.slice(0, 4)) : undefined;
  const told = year === undefined ? null : parseDatePhrase(lead[1], year);
  return told !== null && date !== null && (told.start > date || told.end < date);
}

/**
 * The meeting opened or broken off on another day than this protocol's (set 146, "ПРОТОКОЛ № 8 (продолжение)" of 18
 * November telling the sitting of 11 November): that day's count is the other protocol's. A protocol of a two-day meeting
 * dated its first day tells its own opening ("Заседание открыто 14 октября") — the same day, kept.
 */
function opensOtherDay(line: string, date: string | null): boolean {
  const m = MEETING_OPENED.exec(line);
  if (m === null || date === null) return false;
  const told = parseDatePhrase(line.split(SENTENCE_END)[0], Number(date.slice(0, 4)));
  return told !== null && (told.start > date || told.end < date);
}

/** The sentence opening at line `i` blanked, over the lines it runs to (at most REACH, never past its paragraph); the last line touched. */
function blankSentence(out: string[], i: number): number {
  for (let k = i; k < out.length && k < i + REACH; k++) {
    if (out[k].trim() === '') return k - 1;
    const end = SENTENCE_END.exec(out[k]);
    if (end !== null) {
      out[k] = ' '.repeat(end.index + 1) + out[k].slice(end.index + 1);
      return k;
    }
    out[k] = '';
  }
  return i;
}
