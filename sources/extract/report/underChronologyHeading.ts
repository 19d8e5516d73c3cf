import { maskNeverCounts } from '../maskNeverCounts.ts';

/**
 * A paragraph in a chronology told in paragraphs, each opening with its day and a dash, under a heading that calls them a
 * chronology or the events held: "Тоқсан ішінде өткізілген іс-шаралар хронологиясы:" / "" / "18 сәуір – …" / "" / "25 сәуір –
 * «…» тақырыбында дөңгелек үстел …", "Хронология мероприятий:" / "14 мая – мониторинг …". Its entries are read as a
 * diary's under a month heading are (one day, one type, no verb needed). From `first` up, past blank lines and the
 * entries above it, to the heading; false at any other line.
 */
export function underChronologyHeading(lines: string[], first: number): boolean {
  if (!DAY_DASH.test(maskNeverCounts(lines[first] ?? ''))) return false;
  for (let k = first - 1; k >= 0; k--) {
    const line = lines[k];
    if (line.trim() === '') continue;
    // A line of an entry above (its first or a wrapped one): the run goes on up to its heading.
    if (DAY_DASH.test(maskNeverCounts(line)) || !/:\s*$/u.test(line) && k > 0 && lines[k - 1].trim() !== '') continue;
    return CHRONOLOGY_HEADING.test(line);
  }
  return false;
}

/** A day (masked as dates are by maskNeverCounts), perhaps with its year, and a dash opening the line. */
const DAY_DASH = /^\s*\uE000(?:[\uE000\s–—-]*\uE000)?(?:\s*(?:г|ж)\.)?\s*[-–—]\s+\S/u;
/** "… іс-шаралар хронологиясы:", "Хронология мероприятий:", "Проведённые мероприятия (в хронологическом порядке):". */
const CHRONOLOGY_HEADING = /(?:хронолог[\p{L}]*|(?:өткізілген|проведенн|проведённ)[\p{L}]*\s+(?:іс-шара|мероприяти)[\p{L}]*)[^:]{0,60}:\s*$/iu;
