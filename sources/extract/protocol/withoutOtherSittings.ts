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
